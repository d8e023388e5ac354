import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentHashOf } from './extractionCache.js';
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
 * For a running app's reloads: a file whose size, modification time and inode are as when this process
 * last hashed it is not read again (a reload of one file in a 17,000-file archive stats them all but
 * reads one). Start-up reads everything (`readCorpusFiles`), so a cache is always checked against the
 * files' contents.
 *
 * ```ts
 * corpusFingerprint('corpus', 'index-v1') // 'c0ffee…' (hex)
 * ```
 */
export function corpusFingerprint(dir: string, indexVersion: string): string {
  return fingerprintOf(dir, indexVersion, (path) => {
    let stat: { size: number; mtimeMs: number; ino: number };
    try {
      stat = statSync(path);
    } catch {
      return undefined;
    }
    const known = hashes.get(path);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino) return known.hash;
    const bytes = readBytes(path);
    if (!bytes) return undefined;
    const hash = contentHashOf(bytes);
    hashes.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash });
    return hash;
  });
}

/** Content hashes this process has read, by path, with the file facts they were read for. */
const hashes = new Map<string, { size: number; mtimeMs: number; ino: number; hash: string }>();

/** Reads every document file of a corpus folder once: their fingerprint, and their bytes (to check a cache against). */
export function readCorpusFiles(dir: string, indexVersion: string): CorpusFiles {
  const contents = new Map<string, Buffer | undefined>();
  const fingerprint = fingerprintOf(dir, indexVersion, (path, file) => {
    const bytes = readBytes(path);
    if (file) contents.set(file, bytes);
    return bytes ? contentHashOf(bytes) : undefined;
  });
  return { fingerprint, contents };
}

/** The fingerprint of a corpus folder, with each file's content hash from `hashOf` (undefined: unreadable). */
function fingerprintOf(dir: string, indexVersion: string, hashOf: (path: string, file?: string) => string | undefined): string {
  const hash = createHash('sha256').update(`${indexVersion}\n`);
  for (const file of listDocumentFiles(dir)) hash.update(`${file}\t${hashOf(join(dir, file), file) ?? 'unreadable'}\n`);
  const sources = join(dir, SOURCES_FILE);
  const sourcesHash = existsSync(sources) ? hashOf(sources) : undefined;
  if (sourcesHash) hash.update(`${SOURCES_FILE}\t${sourcesHash}\n`);
  return hash.digest('hex');
}

/** A file's bytes, or `undefined` for one that cannot be read (it fails to load, too). */
function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
