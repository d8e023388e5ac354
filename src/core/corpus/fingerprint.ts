import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentFiles, SOURCES_FILE } from './loadCorpus.js';

/**
 * A fingerprint of what the passage index is built from: every document file (path, size, modification
 * time), the editor's `sources.yml`, and the version of the index format and options. Any change to one
 * of them gives another fingerprint, so a cached index is only ever used for the exact same input.
 *
 * ```ts
 * corpusFingerprint('corpus', 'index-v1') // 'c0ffee…' (hex)
 * ```
 */
export function corpusFingerprint(dir: string, indexVersion: string): string {
  const hash = createHash('sha256').update(`${indexVersion}\n`);
  for (const file of listDocumentFiles(dir)) {
    const stat = statSync(join(dir, file));
    hash.update(`${file}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  const sources = join(dir, SOURCES_FILE);
  if (existsSync(sources)) hash.update(readFileSync(sources));
  return hash.digest('hex');
}
