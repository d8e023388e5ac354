import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentFiles, SOURCES_FILE } from './loadCorpus.js';

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
  const hash = createHash('sha256').update(`${indexVersion}\n`);
  for (const file of listDocumentFiles(dir)) hash.update(`${file}\t${contentHash(join(dir, file))}\n`);
  const sources = join(dir, SOURCES_FILE);
  if (existsSync(sources)) hash.update(`${SOURCES_FILE}\t${contentHash(sources)}\n`);
  return hash.digest('hex');
}

/** SHA-256 of a file's bytes, or a marker for a file that cannot be read (it fails to load, too). */
function contentHash(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}
