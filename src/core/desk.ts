import { fileURLToPath } from 'node:url';
import type { Answer, Corpus, LoadProblem, QuoteCheck, SourceInfo } from './model.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError, loadCorpus } from './corpus/loadCorpus.js';
import { readCorpusFiles } from './corpus/fingerprint.js';
import { cacheDirFor, INDEX_VERSION, loadIndexCache, saveIndexCache } from './search/indexCache.js';
import { buildPassageIndex, type PassageIndex } from './search/passageIndex.js';
import { readSynonymsFile, type SynonymGroups } from './search/synonyms.js';
import { commonSynonyms, joinSynonymGroups } from './search/commonSynonyms.js';
import { answerQuestion, type AnswerOptions } from './search/answerQuestion.js';
import { checkQuote } from './quotes/checkQuote.js';
import { withSpeakers } from './attribution/speakersOfQuotes.js';
import { readSpeakersInBackground } from './attribution/readSpeakersInBackground.js';
import { readPositionsFile, type Comparison, type Topic } from './compare/positions.js';
import { findTopic } from './compare/findTopic.js';
import { inScope, isWholeCorpus, type Scope } from './scope.js';

/** The corpus bundled with Prague Desk (the `corpus/` folder of the package). */
export const BUNDLED_CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** The longest question or quote accepted: anything longer is not a question but pasted junk. */
export const MAX_INPUT_LENGTH = 1000;

/** Bad input from a person (an empty or overlong question); the message says what to do instead. */
export class InputError extends Error {}

/**
 * Checks a question or quote typed by a person and returns it trimmed.
 *
 * @throws InputError for empty text or text over {@link MAX_INPUT_LENGTH} characters.
 */
export function readInput(text: string, what: 'question' | 'quote'): string {
  const trimmed = text.trim();
  if (!trimmed) throw new InputError(`empty ${what}: type a ${what}, e.g. ${what === 'question' ? '"who attended"' : '"no positive influence"'}`);
  if (trimmed.length > MAX_INPUT_LENGTH) {
    throw new InputError(`${what} too long (${trimmed.length} characters; at most ${MAX_INPUT_LENGTH})`);
  }
  return trimmed;
}

/**
 * The engine over one corpus folder: loaded once, then asked any number of questions.
 *
 * ```ts
 * const desk = await openDesk('corpus')
 * desk.ask('who attended').results[0].quote
 * desk.checkQuote('no positive influence').verdict // 'verbatim'
 * ```
 */
export class Desk {
  constructor(
    readonly corpus: Corpus,
    readonly index: PassageIndex,
    readonly synonyms: SynonymGroups,
    /** Problems of the corpus folder (bad documents, sources.yml, synonyms.yml): reported, not fatal. */
    readonly problems: LoadProblem[],
    /** The desk's comparison of positions (`positions.yml`), when the folder has one. */
    readonly comparison?: Comparison,
    /** Problems of `positions.yml`: a quote that is not verbatim stops the app from starting. */
    readonly comparisonProblems: LoadProblem[] = [],
  ) {
    this.searchSynonyms = joinSynonymGroups(commonSynonyms(), synonyms);
  }

  /** The editor's synonyms joined to the common ones: what searching uses. */
  private readonly searchSynonyms: SynonymGroups;

  /** Every problem of the folder, for `prague check`: documents, sources.yml, synonyms.yml, positions.yml. */
  allProblems(): LoadProblem[] {
    return [...this.problems, ...this.comparisonProblems];
  }

  /** The comparison topic loose words ask for (see `findTopic`), in the comparison as seen from `scope`. */
  findTopic(words: string, scope: Scope = {}): Topic | undefined {
    const comparison = this.comparisonIn(scope);
    return comparison ? findTopic(comparison, words, this.searchSynonyms) : undefined;
  }

  /**
   * The comparison as seen from a scope: each position keeps only its quotes from documents in scope, and
   * a side left with none is "not addressed" there. The whole comparison when the scope is the whole corpus.
   */
  comparisonIn(scope: Scope = {}): Comparison | undefined {
    if (!this.comparison || isWholeCorpus(scope)) return this.comparison;
    const visible = new Set(this.corpus.documents.filter((d) => inScope(d, scope)).map((d) => d.source.id));
    return {
      sides: this.comparison.sides,
      topics: this.comparison.topics.map((topic) => ({
        ...topic,
        positions: topic.positions
          .map((p) => ({ ...p, quotes: p.quotes.filter((q) => visible.has(q.source.id)) }))
          .filter((p) => p.quotes.length > 0),
      })),
    };
  }

  /**
   * Answers a question with verbatim quotes (see `answerQuestion`), from the documents in `scope` only.
   *
   * ```ts
   * desk.ask('who attended', { limit: 3, scope: { collections: ['prague'] } })
   * ```
   */
  ask(question: string, options: Pick<AnswerOptions, 'limit' | 'scope' | 'exhaustive' | 'ranking'> = {}): Answer {
    const answer = answerQuestion(this.index, readInput(question, 'question'), { ...options, synonyms: this.searchSynonyms });
    return { ...answer, results: withSpeakers(this.index, answer.results) };
  }

  /**
   * Reads who speaks in every document ahead of questions, a few milliseconds at a time between other
   * work (see `readSpeakersInBackground`): a long-running app calls it once the corpus is loaded, so that
   * no reporter's answer waits for a story to be read. Answers are the same with or without it.
   *
   * ```ts
   * void desk.readSpeakersAhead({ signal }).then((documents) => logger.info({ documents }, 'speakers read'))
   * ```
   */
  readSpeakersAhead(options: { signal?: AbortSignal } = {}): Promise<number> {
    return readSpeakersInBackground(this.index, this.corpus.documents, options);
  }

  /** Checks a quotation against the sources in `scope` (see `checkQuote`). */
  checkQuote(text: string, options: { scope?: Scope } = {}): QuoteCheck {
    const scope = options.scope;
    // Only passages in scope are candidates: the verdict is the one the scope's documents give.
    return checkQuote(this.index, readInput(text, 'quote'), isWholeCorpus(scope) ? undefined : (passage) => inScope(passage.doc, scope));
  }

  /** The collections of the corpus (subfolders holding documents, and their parents), sorted; `''` is left out. */
  collections(scope: Scope = {}): string[] {
    const names = new Set<string>();
    for (const doc of this.corpus.documents) {
      if (!inScope(doc, { team: scope.team })) continue;
      const parts = doc.collection.split('/').filter(Boolean);
      for (let i = 1; i <= parts.length; i++) names.add(parts.slice(0, i).join('/'));
    }
    return [...names].sort();
  }

  /** The sources on file in `scope`, newest first (undated last), then by title, with when each was added. */
  sources(scope: Scope = {}): (SourceInfo & { addedAt?: string; collection: string; file: string; format?: string; pages?: number; encoding?: string })[] {
    return this.corpus.documents
      .filter((d) => inScope(d, scope))
      .map((d) => ({ ...d.source, addedAt: d.addedAt, collection: d.collection, file: d.file, format: d.format, pages: d.pages, encoding: d.encoding }))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id));
  }
}

/** Completes a desk from a loaded corpus and its index: the synonyms and the verified comparison. */
function assembleDesk(dir: string, corpus: Corpus, index: PassageIndex): Desk {
  const synonyms = readSynonymsFile(dir);
  const positions = readPositionsFile(dir, index);
  return new Desk(corpus, index, synonyms.groups, [...corpus.problems, ...synonyms.problems], positions.comparison, positions.problems);
}

/**
 * Loads a corpus folder (documents, `sources.yml`, `synonyms.yml`, `positions.yml`) and indexes it.
 *
 * @param dir the corpus folder; the bundled corpus when omitted.
 * @throws CorpusError when the folder is missing.
 */
export async function openDesk(dir: string = BUNDLED_CORPUS_DIR): Promise<Desk> {
  const corpus = await loadCorpus(dir);
  const index = buildPassageIndex(corpus.documents);
  index.indexInBackground();
  return assembleDesk(dir, corpus, index);
}

/**
 * Like {@link openDesk}, with the parsed corpus and its index cached in `cacheDir`, keyed on a fingerprint
 * of the corpus files' contents and the index options: a restart on an unchanged corpus skips parsing and
 * indexing. A stale, corrupt or forged cache is rebuilt, never trusted (see `indexCache.ts`).
 *
 * ```ts
 * const { desk, cache, save } = await openDeskCached('corpus', 'data/cache')
 * if (cache !== 'hit') save() // after start-up, so that the next start is fast
 * ```
 */
export async function openDeskCached(dir: string, cacheDir: string): Promise<{ desk: Desk; cache: 'hit' | string; save: () => void }> {
  if (!existsSync(dir)) throw new CorpusError(`corpus folder not found: ${dir}`);
  const files = readCorpusFiles(dir, INDEX_VERSION);
  const fingerprint = files.fingerprint;
  const cached = loadIndexCache(cacheDir, fingerprint, files.contents);
  if (!('missing' in cached)) {
    const desk = assembleDesk(dir, { dir, ...cached.corpus }, cached.index);
    return { desk, cache: 'hit', save: () => {} };
  }
  const corpus = await loadCorpus(dir, { extractionCacheDir: join(cacheDir, 'extracted'), bytes: files.contents });
  const index = buildPassageIndex(corpus.documents);
  index.indexInBackground();
  return { desk: assembleDesk(dir, corpus, index), cache: cached.missing, save: () => saveIndexCache(cacheDir, fingerprint, corpus, index) };
}

/** A corpus of at least this many passages is worth caching for the next command (smaller ones build in well under a second). */
export const CACHED_CORPUS_PASSAGES = 2000;

/**
 * Opens a corpus folder for a one-off command (the CLI): from the on-disk index cache of the folder
 * (see `cacheDirFor`: `$PRAGUE_CACHE_DIR`, `$XDG_CACHE_HOME/prague-desk` or `~/.cache/prague-desk`, never
 * inside the corpus folder) when it holds one for exactly these files, else built, and then saved there
 * when the corpus is large enough to be slow to build. A cache that cannot be written is no error: the
 * next command builds again.
 *
 * ```ts
 * const desk = await openDeskReusingCache('archive') // the second call on an unchanged folder is fast
 * ```
 *
 * @throws CorpusError when the folder is missing.
 */
export async function openDeskReusingCache(dir: string): Promise<Desk> {
  const cacheDir = cacheDirFor(dir);
  if (!cacheDir) return openDesk(dir);
  const { desk, cache, save } = await openDeskCached(dir, cacheDir);
  if (cache !== 'hit' && desk.index.size >= CACHED_CORPUS_PASSAGES) {
    try {
      save();
    } catch {
      // Read-only or full disk: the cache only saves time.
    }
  }
  return desk;
}
