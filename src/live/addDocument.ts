import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { LoadProblem, SourceDocument } from '../core/model.js';
import { documentId } from '../core/corpus/loadCorpus.js';
import { contentHashOf, saveExtraction } from '../core/corpus/extractionCache.js';
import { formatBytes, formatOf, MAX_DOCUMENT_BYTES, unsupportedTypeMessage } from '../core/corpus/formats.js';
import { isExtractedFormat, readDocumentBytes, type ReadDocument } from '../core/corpus/readDocument.js';
import { DocumentError } from '../core/corpus/parseDocument.js';
import { isHiddenName } from '../core/corpus/scanCorpusFolder.js';
import { writeAtomically } from '../core/files/writeAtomically.js';

/** A file someone wants on the desk: its name as they gave it, its bytes, and where it belongs. */
export interface AddRequest {
  name: string;
  bytes: Uint8Array;
  /** The collection (subfolder of the corpus) it goes into; the top of the corpus folder when absent. */
  collection?: string;
}

/** What became of a file someone added. */
export type AddOutcome =
  | { status: 'added'; file: string; document: SourceDocument }
  | { status: 'duplicate'; document: SourceDocument }
  | { status: 'refused'; message: string };

/** What adding needs from the live corpus. */
export interface AddContext {
  dir: string;
  documents: readonly SourceDocument[];
  extractionCacheDir?: string;
  /** Indexes the saved file now; resolves to its document, or the problem it turned out to have. */
  index(file: string, extracted: ReadonlyMap<string, ReadDocument>): Promise<SourceDocument | LoadProblem | undefined>;
}

/** The longest file name kept (the extension aside): enough for a headline, short of every file system's limit. */
const MAX_NAME_CHARS = 120;

/**
 * A file name a person gave, made safe to save in the corpus folder: no folders, no control or reserved
 * characters, not hidden, not too long; the extension kept.
 *
 * ```ts
 * safeFileName('../../etc/EU toolbox: final?.PDF') // 'EU toolbox- final-.pdf'
 * ```
 */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const ext = extname(base).toLowerCase().replace(/[^a-z0-9.]/g, '');
  const stem = base
    .slice(0, base.length - extname(base).length)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.~$\s]+/, '')
    .trim()
    .slice(0, MAX_NAME_CHARS)
    .trim();
  return `${stem || 'document'}${ext}`;
}

/** A collection's folder path, checked: relative, no `..`, nothing hidden. */
function collectionFolder(collection: string | undefined): string | undefined {
  if (!collection) return '';
  const parts = collection.split('/');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character makes a folder name unsafe
  if (parts.some((p) => !p || p === '..' || isHiddenName(p) || /[\\\u0000-\u001f]/.test(p))) return undefined;
  return parts.join('/');
}

/**
 * Adds a file to the corpus: checked first (type, size, readable, has text, not already on file by the
 * hash of its bytes), then saved into the collection's folder under a name of its own (never over another
 * file), then indexed at once. A file that would be a problem is never saved: the person adding it gets
 * the reason instead.
 */
export async function addDocument(request: AddRequest, context: AddContext): Promise<AddOutcome> {
  const name = safeFileName(request.name);
  if (!formatOf(name)) return { status: 'refused', message: unsupportedTypeMessage(name) };
  if (request.bytes.length === 0) return { status: 'refused', message: 'empty file (0 bytes)' };
  if (request.bytes.length > MAX_DOCUMENT_BYTES) {
    return { status: 'refused', message: `larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit (${formatBytes(request.bytes.length)})` };
  }
  const folder = collectionFolder(request.collection);
  if (folder === undefined) return { status: 'refused', message: `the collection "${request.collection}" is not a folder name this desk can use` };

  const contentHash = contentHashOf(request.bytes);
  const same = context.documents.find((d) => (d.contentHash ?? hashOfFile(context.dir, d.file)) === contentHash);
  if (same) return { status: 'duplicate', document: same };

  let read: ReadDocument;
  try {
    read = await readDocumentBytes(request.bytes, name);
  } catch (error) {
    if (error instanceof DocumentError) return { status: 'refused', message: error.problem.message };
    throw error;
  }

  const ids = new Set(context.documents.map((d) => d.source.id));
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let file = '';
  for (let n = 1; n < 1000; n++) {
    const candidate = `${folder ? `${folder}/` : ''}${n === 1 ? stem : `${stem}-${n}`}${ext}`;
    if (!existsSync(join(context.dir, candidate)) && !ids.has(documentId(candidate))) {
      file = candidate;
      break;
    }
  }
  if (!file) return { status: 'refused', message: `too many files named "${name}" already` };

  writeAtomically(join(context.dir, file), request.bytes);
  if (context.extractionCacheDir && isExtractedFormat(read.format)) saveExtraction(context.extractionCacheDir, contentHash, read);
  const indexed = await context.index(file, new Map([[contentHash, read]]));
  if (indexed && 'paragraphs' in indexed) return { status: 'added', file, document: indexed };
  return { status: 'refused', message: indexed?.message ?? 'saved, but it did not load' };
}

/** The content hash of a document whose cached record predates content hashes. */
function hashOfFile(dir: string, file: string): string | undefined {
  try {
    return contentHashOf(readFileSync(join(dir, file)));
  } catch {
    return undefined;
  }
}
