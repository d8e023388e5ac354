import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import type { Corpus, LoadProblem, SourceDocument, SourceInfo } from '../model.js';
import { DocumentError } from './parseDocument.js';
import { readSourceFields } from './sourceFields.js';
import { readYaml } from '../files/readYaml.js';
import { collectionOfFile } from '../scope.js';
import { decodeUtf8 } from './decodeText.js';
import { formatBytes, formatOf, MAX_DOCUMENT_BYTES } from './formats.js';
import { isExtractedFormat, readDocumentBytes, type ReadDocument } from './readDocument.js';
import { contentHashOf, pruneExtractions, readExtraction, saveExtraction } from './extractionCache.js';
import { scanCorpusFolder } from './scanCorpusFolder.js';


/** Thrown when the corpus cannot be loaded at all (the folder is missing); one bad file never throws. */
export class CorpusError extends Error {}

/** The editor's metadata file inside a corpus folder. */
export const SOURCES_FILE = 'sources.yml';
/** The largest `sources.yml` read: about 50,000 entries, far beyond any archive's. */
const MAX_SOURCES_BYTES = 10 * 1024 * 1024;

/** How a corpus is loaded. */
export interface LoadOptions {
  /**
   * A folder where what was extracted from PDFs, web pages and Word files is kept by the hash of the
   * file's bytes, so that each file is extracted once (`DATA_DIR/cache/extracted` in the app).
   */
  extractionCacheDir?: string;
  /** Extractions already made in this process, by content hash (a file added from Slack was read before it was saved). */
  extracted?: ReadonlyMap<string, ReadDocument>;
  /** Files already read in full (path relative to the corpus folder → bytes), e.g. for the cache's fingerprint: not read again. */
  bytes?: ReadonlyMap<string, Buffer | undefined>;
}

/**
 * The document files of a corpus folder: every file of a type that loads as a document (text, Markdown,
 * PDF, web page, Word), recursively, following symbolic links; hidden files, the editor's files and files
 * of other types are left out (`scanCorpusFolder` reports those). Paths relative to the folder, sorted.
 */
export function listDocumentFiles(dir: string): string[] {
  return scanCorpusFolder(dir).documents;
}

/** A document's id: its file name without the extension (path segments joined by `/`). */
export function documentId(file: string): string {
  const base = basename(file, extname(file));
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return folder + base;
}

/**
 * Reads the editor's `sources.yml`: a mapping from a document's file name (or id) to metadata that
 * overrides what the text says.
 *
 * ```yaml
 * china-watch-us-weak-link-in-5g-security.txt:
 *   outlet: China Watch
 *   kind: opinion
 * ```
 */
export function readSourcesFile(dir: string): {
  overrides: Map<string, Partial<SourceInfo>>;
  /** document id → the key as the editor wrote it, for messages. */
  keys: Map<string, string>;
  problems: LoadProblem[];
  /**
   * False when the file as a whole cannot be used (unreadable, not YAML, an alias bomb, too large, not a
   * mapping): the live app then keeps its last good version. A bad entry alone leaves the file usable.
   */
  usable: boolean;
} {
  const overrides = new Map<string, Partial<SourceInfo>>();
  const keys = new Map<string, string>();
  const problems: LoadProblem[] = [];
  const unusable = (problem: Omit<LoadProblem, 'file'>) => ({ overrides, keys, problems: [{ file: SOURCES_FILE, ...problem }], usable: false });
  const path = join(dir, SOURCES_FILE);
  if (!existsSync(path)) return { overrides, keys, problems, usable: true };
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_SOURCES_BYTES) return unusable({ message: `larger than the ${MAX_SOURCES_BYTES / 1024 / 1024} MB limit (${formatBytes(size)})` });
    text = decodeUtf8(readFileSync(path));
  } catch (error) {
    return unusable({ message: error instanceof DocumentError ? error.message : `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
  }
  const parsed = readYaml(text, { maxChars: MAX_SOURCES_BYTES });
  if (!parsed.ok) return unusable({ line: parsed.line, message: parsed.message });
  const { value, lineOf } = parsed;
  if (value === null || value === undefined) return { overrides, keys, problems, usable: true };
  if (typeof value !== 'object' || Array.isArray(value)) return unusable({ line: 1, message: 'expected a mapping from file names to metadata' });
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const { fields, problems: entryProblems } = readSourceFields(entry, lineOf, [key]);
    for (const p of entryProblems) problems.push({ file: SOURCES_FILE, ...p, message: `${key}: ${p.message}` });
    overrides.set(documentId(key), fields);
    keys.set(documentId(key), key);
  }
  return { overrides, keys, problems, usable: true };
}

/** A document file loaded, and the warnings on how it was read (its front matter read as plain lines). */
export interface LoadedDocument {
  document: SourceDocument;
  /** Problems of a file that loaded all the same (`loaded: true`), for the corpus's problems. */
  warnings: LoadProblem[];
}

/**
 * Loads one document file of a corpus folder, with the editor's overrides on top of what it says.
 *
 * @throws DocumentError (no `file` set: the caller knows it) for an unreadable, empty, oversized,
 *   encrypted or malformed file, with a reason a person can act on.
 */
export async function loadDocumentFile(dir: string, file: string, override: Partial<SourceInfo> = {}, options: LoadOptions = {}): Promise<LoadedDocument> {
  let bytes: Buffer;
  let addedAt: string | undefined;
  const path = join(dir, file);
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new DocumentError({ message: 'not a regular file' });
    if (stat.size > MAX_DOCUMENT_BYTES) {
      throw new DocumentError({ message: `larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit (${formatBytes(stat.size)}): split it, or save the text alone` });
    }
    addedAt = stat.mtime.toISOString();
    bytes = options.bytes?.get(file) ?? readFileSync(path);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied: let the app read it' : code === 'ENOENT' ? 'the file is gone (or a link to nothing)' : (code ?? (error as Error).message);
    throw new DocumentError({ message: `cannot be read: ${reason}` });
  }
  const contentHash = contentHashOf(bytes);
  const format = formatOf(file);
  const cacheDir = isExtractedFormat(format) ? options.extractionCacheDir : undefined;
  const cached = options.extracted?.get(contentHash) ?? (cacheDir ? readExtraction(cacheDir, contentHash) : undefined);
  const read = cached ?? (await readDocumentBytes(bytes, file));
  if (cacheDir && !cached) saveExtraction(cacheDir, contentHash, read);
  const id = documentId(file);
  const source: SourceInfo = { ...read.source, ...override, id: override.id ?? read.source.id ?? id };
  const document = withoutUndefined({
    source: withoutUndefined(source),
    file,
    collection: collectionOfFile(file),
    addedAt,
    paragraphs: read.paragraphs,
    format: read.format,
    encoding: read.encoding,
    pages: read.pages,
    contentHash,
  });
  return { document, warnings: (read.warnings ?? []).map((w) => ({ file, ...w, loaded: true })) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Loads every document of a corpus folder (text, Markdown, PDF, web pages, Word; with or without front
 * matter) and the editor's `sources.yml`. Nothing is left out silently: a file that does not load (bad,
 * empty, encrypted, scanned, unsupported type, a link cycle) is reported in `problems`, by name, and the
 * rest still loads. A file that loads with a warning (front matter read as plain lines) is reported
 * there too, marked `loaded: true`.
 *
 * ```ts
 * const corpus = await loadCorpus('corpus')
 * corpus.documents.map(d => d.source.title)
 * // ['US the weak link in 5G security', '30 Nations Pitch Internet Security Rules Amid Huawei Concern']
 * ```
 *
 * @throws CorpusError when the folder does not exist or is not a folder.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  if (!existsSync(dir)) throw new CorpusError(`corpus folder not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new CorpusError(`corpus path is not a folder: ${dir}`);
  const { overrides, keys, problems } = readSourcesFile(dir);
  const documents: SourceDocument[] = [];
  const ids = new Map<string, string>();
  const folder = scanCorpusFolder(dir);
  const fileProblems: LoadProblem[] = [...folder.problems];
  for (const file of folder.documents) {
    try {
      const { document: doc, warnings } = await loadDocumentFile(dir, file, overrides.get(documentId(file)), options);
      const clash = ids.get(doc.source.id);
      if (clash) {
        fileProblems.push({ file, message: `has the same id "${doc.source.id}" as ${clash}; rename one of them` });
        continue;
      }
      ids.set(doc.source.id, file);
      documents.push(doc);
      fileProblems.push(...warnings);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      fileProblems.push({ file, ...error.problem });
    }
  }
  problems.push(...fileProblems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  const present = new Set(folder.documents.map(documentId));
  for (const key of overrides.keys()) {
    if (!present.has(key)) problems.push({ file: SOURCES_FILE, message: `${keys.get(key) ?? key}: no such document in the corpus folder` });
  }
  if (options.extractionCacheDir) {
    pruneExtractions(options.extractionCacheDir, new Set(documents.filter((d) => isExtractedFormat(d.format)).map((d) => d.contentHash as string)));
  }
  return { dir, documents, problems };
}
