import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentFiles, SOURCES_FILE } from './loadCorpus.js';

/** The files an index is built from, as read for their fingerprint (see {@link corpusFingerprint}). */
export interface CorpusFiles {
  fingerprint: string;
  /** Document file (path relative to the corpus folder) → its bytes, or `undefined` when it cannot be read. */
  contents: Map<string, Buffer | undefined>;
}

/**
 * A fingerprint of what the passage index is built from: the content (SHA-256) of every document file
 * with its path, the editor's `sources.yml`, and the version of the index format and options. Any change
 * to one of them gives another fingerprint, so a cached index is only ever used for the exact same input,
 * whatever the files' modification times say (a restored backup, a copied folder).
 *
 * ```ts
 * corpusFingerprint('corpus', 'index-v1') // 'c0ffee…' (hex)
 * ```
 */
export function corpusFingerprint(dir: string, indexVersion: string): string {
  return readCorpusFiles(dir, indexVersion).fingerprint;
}

/** Reads every document file of a corpus folder once: their fingerprint, and their bytes (to check a cache against). */
export function readCorpusFiles(dir: string, indexVersion: string): CorpusFiles {
  const hash = createHash('sha256').update(`${indexVersion}\n`);
  const contents = new Map<string, Buffer | undefined>();
  for (const file of listDocumentFiles(dir)) {
    const bytes = readBytes(join(dir, file));
    contents.set(file, bytes);
    hash.update(`${file}\t${bytes ? sha256(bytes) : 'unreadable'}\n`);
  }
  const sources = join(dir, SOURCES_FILE);
  const bytes = existsSync(sources) ? readBytes(sources) : undefined;
  if (bytes) hash.update(`${SOURCES_FILE}\t${sha256(bytes)}\n`);
  return { fingerprint: hash.digest('hex'), contents };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file's bytes, or `undefined` for one that cannot be read (it fails to load, too). */
function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
