import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Corpus, LoadProblem, SourceDocument } from '../model.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { INDEX_OPTIONS, PassageIndex, type IndexedFields, type Passage } from './passageIndex.js';

/**
 * Version of the cached index's format and of the options it was built with (tokenizer, stemming, stop
 * words, fields). Change it whenever any of them changes: MiniSearch does not store its options, and an
 * index loaded with other options gives wrong answers silently.
 */
export const INDEX_VERSION = 'prague-index-7';

interface CacheFile {
  version: string;
  fingerprint: string;
  documents: SourceDocument[];
  problems: LoadProblem[];
  /** [passage id, document position in `documents`, paragraph position in that document]. */
  passages: [number, number, number][];
  documentFrequency: [string, number][];
  nextId: number;
  miniSearch: ReturnType<MiniSearch['toJSON']>;
}

/** The cache file of a fingerprint, in the cache folder. */
function cachePath(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, `index-${fingerprint.slice(0, 24)}.json`);
}

/**
 * Loads a cached corpus and index, if one was saved for exactly this fingerprint. A stale cache (another
 * fingerprint) is not found; a corrupt one is reported and never trusted.
 */
export function loadIndexCache(cacheDir: string, fingerprint: string): { corpus: Omit<Corpus, 'dir'>; index: PassageIndex } | { missing: string } {
  const path = cachePath(cacheDir, fingerprint);
  if (!existsSync(path)) return { missing: 'no cached index for this corpus' };
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (cache.version !== INDEX_VERSION || cache.fingerprint !== fingerprint) return { missing: 'cached index is stale' };
    const passages = new Map<number, Passage>();
    for (const [id, d, p] of cache.passages) {
      const doc = cache.documents[d];
      const paragraph = doc?.paragraphs[p];
      if (!doc || !paragraph) throw new Error(`passage ${id} points nowhere`);
      passages.set(id, { id, doc, paragraph });
    }
    const miniSearch = MiniSearch.loadJS<IndexedFields>(cache.miniSearch, INDEX_OPTIONS);
    if (miniSearch.documentCount !== passages.size) throw new Error('index and passages disagree');
    const index = new PassageIndex(miniSearch, passages, new Map(cache.documentFrequency), cache.nextId);
    return { corpus: { documents: cache.documents, problems: cache.problems }, index };
  } catch (error) {
    return { missing: `cached index is corrupt (${(error as Error).message}); rebuilding` };
  }
}

/**
 * Saves a corpus and its index under their fingerprint (atomically), and removes older caches.
 */
export function saveIndexCache(cacheDir: string, fingerprint: string, corpus: Corpus, index: PassageIndex): void {
  const position = new Map(corpus.documents.map((d, i) => [d, i]));
  const passages: CacheFile['passages'] = [];
  for (const passage of index.passages.values()) {
    const d = position.get(passage.doc);
    if (d === undefined) continue;
    passages.push([passage.id, d, passage.doc.paragraphs.indexOf(passage.paragraph)]);
  }
  const cache: CacheFile = {
    version: INDEX_VERSION,
    fingerprint,
    documents: corpus.documents,
    problems: corpus.problems,
    passages,
    documentFrequency: [...index.documentFrequency],
    nextId: index.nextPassageId,
    miniSearch: index.miniSearch.toJSON(),
  };
  const path = cachePath(cacheDir, fingerprint);
  writeAtomically(path, JSON.stringify(cache));
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('index-') && name.endsWith('.json') && join(cacheDir, name) !== path) rmSync(join(cacheDir, name), { force: true });
  }
}
