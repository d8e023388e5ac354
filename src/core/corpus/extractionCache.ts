import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../files/writeAtomically.js';
import type { ReadDocument } from './readDocument.js';

/**
 * Version of what the extractors produce. Change it whenever an extractor changes its output (paragraph
 * joining, furniture, metadata): every cached extraction is then done again. (2: a block set in bold from end
 * to end is marked `strong`; 3: a heading's paragraph is marked with its level, `heading`; 4: a line said again
 * on purpose, a transcript's speaker line of 8-16 words, is kept each time, round 60.)
 */
export const EXTRACTION_VERSION = 'prague-extraction-4';

interface CacheEntry {
  version: string;
  /** SHA-256 of the file's bytes: the key. */
  contentHash: string;
  /** SHA-256 of `JSON.stringify(document)`: a cut-short or altered entry is never used. */
  checksum: string;
  document: ReadDocument;
}

const entryPath = (dir: string, contentHash: string) => join(dir, `${contentHash}.json`);
const checksumOf = (document: ReadDocument) => createHash('sha256').update(JSON.stringify(document)).digest('hex');

/** SHA-256 of a file's bytes, in hex: a document's content hash. */
export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What a PDF, web page or Word file was read as, kept by the hash of its bytes: a file is extracted once,
 * and again only when its bytes change. An entry of another extractor version, or one that does not
 * match its checksum, is not used.
 *
 * ```ts
 * readExtraction('data/cache/extracted', hash) ?? saveExtraction('data/cache/extracted', hash, await readDocumentBytes(bytes, file))
 * ```
 */
export function readExtraction(dir: string, contentHash: string): ReadDocument | undefined {
  const path = entryPath(dir, contentHash);
  if (!existsSync(path)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
    if (entry.version !== EXTRACTION_VERSION || entry.contentHash !== contentHash) return undefined;
    if (!entry.document || checksumOf(entry.document) !== entry.checksum) return undefined;
    return entry.document;
  } catch {
    return undefined;
  }
}

/** Saves an extraction under its file's content hash (atomically; a cache that cannot be written is no error). */
export function saveExtraction(dir: string, contentHash: string, document: ReadDocument): ReadDocument {
  try {
    const entry: CacheEntry = { version: EXTRACTION_VERSION, contentHash, checksum: checksumOf(document), document };
    writeAtomically(entryPath(dir, contentHash), JSON.stringify(entry));
  } catch {
    // A read-only or full disk: the document is still read, only not kept.
  }
  return document;
}

/** Removes the entries of files no longer in the corpus (after a full load that saw every file). */
export function pruneExtractions(dir: string, keep: Set<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !keep.has(name.slice(0, -5))) rmSync(join(dir, name), { force: true });
  }
}
