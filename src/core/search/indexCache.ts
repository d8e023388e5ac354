import { decodeText } from '../corpus/decodeText.js';
import { removeBlockMarkers } from '../corpus/markdownBlocks.js';
import { withoutEmphasisCharacters } from '../corpus/markdownEmphasis.js';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import MiniSearch from 'minisearch';
import type { Corpus, LoadProblem, SourceDocument } from '../model.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { INDEX_OPTIONS, PassageIndex, type IndexedFields, type Passage } from './passageIndex.js';
import { TermIndex } from './termIndex.js';

/**
 * The on-disk cache of a corpus and its index, so that a restart (or a second `prague ask`) on an
 * unchanged corpus skips reading, parsing and indexing.
 *
 * A cache is used only when it is exactly what loading would build: it is keyed on the fingerprint of
 * the source files' contents (see `corpus/fingerprint.ts`) and the index version; it is signed with a
 * key kept beside it (`key`, readable by its owner only), so a cache that was corrupted, edited by hand,
 * or written by anyone without the key is rebuilt, never served; and every paragraph it holds of a text
 * document must stand verbatim in that document's file as it is now (as loading guarantees), so not even
 * a cache signed with a stolen key can put words in a source's mouth. The MiniSearch index is a file of
 * its own, read only when first needed (quote checks, misspelt names); a bad one is rebuilt from the
 * passages.
 */

/**
 * Version of the cached index's format and of everything it was built with (tokenizer, stemming, stop
 * words, sentence splitting, fields). Change it whenever any of them changes: an index built otherwise
 * gives wrong answers silently.
 */
// (23: the loader keeps a line said again on purpose, round 60: an index built before lacks those paragraphs.)
export const INDEX_VERSION = 'prague-index-23';

type ArrayKind = 'i32' | 'u16' | 'u8';

interface CacheFile {
  version: string;
  fingerprint: string;
  documents: SourceDocument[];
  problems: LoadProblem[];
  /** [passage id, document position in `documents`, paragraph position in that document]. */
  passages: [number, number, number][];
  nextId: number;
  documentIds: string[];
  terms: ReturnType<TermIndex['toArrays']>['header'];
  arrays: Record<string, [ArrayKind, string]>;
  /** SHA-256 of the MiniSearch file. */
  miniSearch: string;
}

/** The cache files of a fingerprint, in the cache folder. */
function cachePaths(cacheDir: string, fingerprint: string): { index: string; miniSearch: string } {
  const base = join(cacheDir, `index-${fingerprint.slice(0, 24)}`);
  return { index: `${base}.json`, miniSearch: `${base}.minisearch.json` };
}

/** The key caches in a folder are signed with (made, readable by its owner only, on first use). */
function cacheKey(cacheDir: string, create: boolean): Buffer | undefined {
  const path = join(cacheDir, 'key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    return key.length >= 32 ? key : undefined;
  }
  if (!create) return undefined;
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return cacheKey(cacheDir, false);
}

function sign(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function encode(array: Int32Array | Uint16Array | Uint8Array): [ArrayKind, string] {
  const kind = array instanceof Int32Array ? 'i32' : array instanceof Uint16Array ? 'u16' : 'u8';
  return [kind, Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')];
}

function decode([kind, base64]: [ArrayKind, string]): Int32Array | Uint16Array | Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  const size = kind === 'i32' ? 4 : kind === 'u16' ? 2 : 1;
  if (bytes.length % size !== 0) throw new Error('array of a wrong length');
  // Typed arrays need aligned memory: copy when the decoded bytes are not.
  const buffer = bytes.byteOffset % 4 === 0 ? bytes.buffer : new Uint8Array(bytes).buffer;
  const offset = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
  if (kind === 'u8') return new Uint8Array(buffer, offset, bytes.length);
  return kind === 'i32' ? new Int32Array(buffer, offset, bytes.length / 4) : new Uint16Array(buffer, offset, bytes.length / 2);
}

/**
 * Loads a cached corpus and index, if one was saved for exactly this fingerprint and is signed with this
 * folder's key. A stale cache (another fingerprint) is not found; a corrupt, edited or foreign one is
 * reported and never trusted.
 */
export function loadIndexCache(
  cacheDir: string,
  fingerprint: string,
  /** The source files' bytes (see `readCorpusFiles`): every cached paragraph of a text file must stand in it. */
  sources?: Map<string, Buffer | undefined>,
): { corpus: Omit<Corpus, 'dir'>; index: PassageIndex } | { missing: string } {
  const paths = cachePaths(cacheDir, fingerprint);
  if (!existsSync(paths.index)) return { missing: 'no cached index for this corpus' };
  try {
    const key = cacheKey(cacheDir, false);
    if (!key) throw new Error('no key to check it with');
    const text = readFileSync(paths.index, 'utf8');
    const newline = text.indexOf('\n');
    const mac = Buffer.from(text.slice(0, Math.max(0, newline)), 'hex');
    const body = text.slice(newline + 1);
    const expected = Buffer.from(sign(key, body), 'hex');
    if (newline < 0 || mac.length !== expected.length || !timingSafeEqual(mac, expected)) throw new Error('signature does not match');
    const cache = JSON.parse(body) as CacheFile;
    if (cache.version !== INDEX_VERSION || cache.fingerprint !== fingerprint) return { missing: 'cached index is stale' };
    if (sources) for (const doc of cache.documents) verifyText(doc, sources);
    const passages = new Map<number, Passage>();
    for (const [id, d, p] of cache.passages) {
      const doc = cache.documents[d];
      const paragraph = doc?.paragraphs[p];
      if (!doc || !paragraph) throw new Error(`passage ${id} points nowhere`);
      passages.set(id, { id, doc, paragraph });
    }
    const arrays = Object.fromEntries(Object.entries(cache.arrays).map(([name, value]) => [name, decode(value)]));
    const terms = TermIndex.fromArrays(cache.terms, arrays);
    if (terms.totals.paragraphs !== passages.size) throw new Error('index and passages disagree');
    const loadMiniSearch = (): MiniSearch<IndexedFields> => {
      try {
        const json = readFileSync(paths.miniSearch, 'utf8');
        if (sha256(json) !== cache.miniSearch) throw new Error('MiniSearch file changed');
        const miniSearch = MiniSearch.loadJSON<IndexedFields>(json, INDEX_OPTIONS);
        if (miniSearch.documentCount === passages.size) return miniSearch;
      } catch {
        // Rebuilt below from the passages, which are verified.
      }
      const rebuilt = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
      rebuilt.addAll([...passages.values()].map((p) => ({ id: p.id, text: p.paragraph.text })));
      return rebuilt;
    };
    const index = new PassageIndex(loadMiniSearch, passages, terms, cache.nextId, cache.documentIds);
    return { corpus: { documents: cache.documents, problems: cache.problems }, index };
  } catch (error) {
    return { missing: `cached index is corrupt (${(error as Error).message}); rebuilding` };
  }
}

/**
 * Files whose paragraphs are verbatim slices of their text, decoded as the loader decodes it (CRLF line
 * ends made LF); of Markdown, with its emphasis markers removed, so `*` and `_` are set aside on both sides.
 */
const TEXT_FILE = /\.(?:txt|md|markdown)$/i;
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** Throws unless every paragraph of a cached text document stands verbatim in its source file. */
function verifyText(doc: SourceDocument, sources: Map<string, Buffer | undefined>): void {
  if (!TEXT_FILE.test(doc.file)) return;
  const bytes = sources.get(doc.file);
  if (!bytes) throw new Error(`${doc.file} is not in the corpus`);
  let text: string;
  try {
    text = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  } catch {
    throw new Error(`${doc.file} is no longer text`);
  }
  const markdown = MARKDOWN_FILE.test(doc.file);
  if (markdown) text = withoutEmphasisCharacters(removeBlockMarkers(text));
  for (const paragraph of doc.paragraphs) {
    if (!text.includes(markdown ? withoutEmphasisCharacters(paragraph.text) : paragraph.text)) throw new Error(`${doc.file}: a paragraph is not in the file`);
  }
}

/**
 * Saves a corpus and its index under their fingerprint (atomically, signed with the folder's key), and
 * removes older caches.
 */
export function saveIndexCache(cacheDir: string, fingerprint: string, corpus: Corpus, index: PassageIndex): void {
  const key = cacheKey(cacheDir, true) as Buffer;
  const position = new Map(corpus.documents.map((d, i) => [d, i]));
  const passages: CacheFile['passages'] = [];
  for (const passage of index.passages.values()) {
    const d = position.get(passage.doc);
    if (d === undefined) continue;
    passages.push([passage.id, d, passage.doc.paragraphs.indexOf(passage.paragraph)]);
  }
  const { header, arrays } = index.terms.toArrays();
  const miniSearchJson = JSON.stringify(index.miniSearch);
  const cache: CacheFile = {
    version: INDEX_VERSION,
    fingerprint,
    documents: corpus.documents,
    problems: corpus.problems,
    passages,
    nextId: index.nextPassageId,
    documentIds: index.documentIds,
    terms: header,
    arrays: Object.fromEntries(Object.entries(arrays).map(([name, array]) => [name, encode(array)])),
    miniSearch: sha256(miniSearchJson),
  };
  const paths = cachePaths(cacheDir, fingerprint);
  const body = JSON.stringify(cache);
  writeAtomically(paths.miniSearch, miniSearchJson);
  writeAtomically(paths.index, `${sign(key, body)}\n${body}`);
  const keep = new Set([paths.index, paths.miniSearch]);
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('index-') && name.endsWith('.json') && !keep.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { force: true });
  }
}

/**
 * Where the command line keeps the index cache of a corpus folder: `$PRAGUE_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/prague-desk`, else `~/.cache/prague-desk`; one subfolder per corpus folder (named by a
 * hash of its real path). Never inside the corpus folder: `undefined` when it would be.
 */
export function cacheDirFor(corpusDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const root = env.PRAGUE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'prague-desk');
  let real: string;
  try {
    real = realpathSync(corpusDir);
  } catch {
    return undefined;
  }
  const dir = join(resolve(root), createHash('sha256').update(real).digest('hex').slice(0, 16));
  const inside = relative(real, dir);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return undefined;
  return dir;
}
