/**
 * `npm run bench`: build time, heap and query latency of the engine on the bundled corpus and on
 * Reuters-21578 written out as corpus folders (1k, 10k, all stories), with plain MiniSearch (default
 * options, the same passages) beside it as the baseline. Prints one JSON document on stdout.
 *
 * Options (environment): REUTERS (path of reuters-21578.jsonl; default ../shared/corpora/…),
 * BENCH_SIZES (e.g. "1000,10000,all"), BENCH_DIR (where corpus folders are written; default .bench/),
 * BENCH_FORMATS=0 skips the document formats (see formats.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../core/corpus/loadCorpus.js';
import { BUNDLED_CORPUS_DIR, openDeskCached } from '../core/desk.js';
import { buildPassageIndex } from '../core/search/passageIndex.js';
import { answerQuestion } from '../core/search/answerQuestion.js';
import { readSynonymsFile } from '../core/search/synonyms.js';
import { commonSynonyms, joinSynonymGroups } from '../core/search/commonSynonyms.js';
import { benchSlack } from './slackRoundTrip.js';
import { benchFormats } from './formats.js';
import { benchSharedState } from './sharedState.js';
import { benchQuoteChecks } from './quoteChecks.js';

const gc = (globalThis as { gc?: () => void }).gc;

function heapMB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function latencies(run: (q: string) => unknown, queries: string[], rounds: number) {
  for (const q of queries.slice(0, 20)) run(q); // warm up
  // Start from a collected heap, so that the garbage of what ran before is not timed as this run's.
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { queries: times.length, p50_ms: round(percentile(times, 50), 3), p95_ms: round(percentile(times, 95), 3) };
}

interface ReutersStory {
  id: string | number;
  date?: string;
  title: string;
  dateline?: string;
  paragraphs: string[];
}

/** Writes stories as a corpus folder in the project's own format (front matter, blank-line paragraphs). */
function writeReutersFolder(stories: ReutersStory[], dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length === stories.length) return;
  mkdirSync(dir, { recursive: true });
  for (const s of stories) {
    const date = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(s.date ?? '');
    const front = ['---', `title: ${JSON.stringify(s.title)}`, 'outlet: Reuters', 'kind: news report'];
    if (date) front.push(`published: ${date[1]} ${date[2]} ${date[3]}`);
    front.push('---');
    writeFileSync(join(dir, `reuters-${s.id}.txt`), `${front.join('\n')}\n${s.title}\n\n${s.paragraphs.join('\n\n')}\n`);
  }
}

/** Questions drawn from the stories' own titles (content words only), so every query has real hits. */
function reutersQueries(stories: ReutersStory[], count: number): string[] {
  const queries: string[] = [];
  const step = Math.max(1, Math.floor(stories.length / count));
  for (let i = 0; i < stories.length && queries.length < count; i += step) {
    const words = (stories[i] as ReutersStory).title.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    if (words.length >= 2) queries.push(`what about ${words.slice(0, 3).join(' ')}`);
  }
  return queries;
}

async function benchCorpus(name: string, dir: string, queries: string[], rounds: number) {
  const heap0 = heapMB();
  let t = performance.now();
  const corpus = await loadCorpus(dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = buildPassageIndex(corpus.documents);
  const buildMs = performance.now() - t;
  const heapEngine = heapMB() - heap0;
  // What a desk searches with: the common synonyms joined to the folder's own.
  const synonyms = joinSynonymGroups(commonSynonyms(), readSynonymsFile(dir).groups);
  const engine = latencies((q) => answerQuestion(index, q, { synonyms }), queries, rounds);

  // Baseline: plain MiniSearch, default options, the same passages.
  const passages = [...index.passages.values()].map((p) => ({ id: p.id, text: p.paragraph.text }));
  const heap1 = heapMB();
  t = performance.now();
  const plain = new MiniSearch({ fields: ['text'] });
  plain.addAll(passages);
  const plainBuildMs = performance.now() - t;
  const heapPlain = heapMB() - heap1;
  const baseline = latencies((q) => plain.search(q), queries, rounds);
  return {
    corpus: name,
    documents: corpus.documents.length,
    passages: index.size,
    engine: { load_ms: round(loadMs), build_ms: round(buildMs), heap_mb: round(heapEngine), ...engine },
    plain_minisearch: { build_ms: round(plainBuildMs), heap_mb: round(heapPlain), ...baseline },
    quote_check: benchQuoteChecks(index),
  };
}

/** Start-up of the app's engine: cold (no index cache: read, parse, index) and warm (cache hit). */
async function benchStart(dir: string) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'prague-bench-cache-'));
  try {
    let t = performance.now();
    let cold: Awaited<ReturnType<typeof openDeskCached>> | undefined = await openDeskCached(dir, cacheDir);
    const coldMs = performance.now() - t;
    t = performance.now();
    cold.save();
    const writeMs = performance.now() - t;
    // A restart starts with an empty heap: let go of the cold desk before timing the warm start.
    cold = undefined;
    heapMB();
    t = performance.now();
    const warm = await openDeskCached(dir, cacheDir);
    const warmMs = performance.now() - t;
    if (warm.cache !== 'hit') throw new Error(`warm start missed the cache: ${warm.cache}`);
    return { cold_ms: round(coldMs), cache_write_ms: round(writeMs), warm_ms: round(warmMs) };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main() {
  // The Slack round trip first, while this process holds only the bundled corpus, as the app does: after
  // the Reuters runs, their left-over heap (hundreds of MB, a full stem cache) would be timed as GC pauses.
  const slack = process.env.BENCH_SLACK === '0' ? undefined : await benchSlack();
  // The same round trip with the app's state behind it (files, then PostgreSQL): src/bench/sharedState.ts.
  const sharedState = process.env.BENCH_SLACK === '0' ? undefined : await benchSharedState();
  const results: unknown[] = [];
  let slackAll: Awaited<ReturnType<typeof benchSlack>> | undefined;
  const seedQuestions = JSON.parse(readFileSync(new URL('../../tests/fixtures/questions.dev.json', import.meta.url), 'utf8')) as {
    questions: { q: string }[];
    out_of_scope: string[];
  };
  const seedQueries = [...seedQuestions.questions.map((q) => q.q), ...seedQuestions.out_of_scope];
  results.push(await benchCorpus('bundled', BUNDLED_CORPUS_DIR, seedQueries, 50));

  const reutersPath = resolve(process.env.REUTERS ?? new URL('../../../shared/corpora/reuters-21578.jsonl', import.meta.url).pathname);
  if (existsSync(reutersPath)) {
    const stories = readFileSync(reutersPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReutersStory);
    const sizes = (process.env.BENCH_SIZES ?? '1000,10000,all').split(',').filter(Boolean);
    const benchDir = resolve(process.env.BENCH_DIR ?? '.bench');
    for (const size of sizes) {
      const n = size === 'all' ? stories.length : Math.min(Number(size), stories.length);
      const subset = stories.slice(0, n);
      const dir = join(benchDir, `reuters-${n}`);
      writeReutersFolder(subset, dir);
      results.push({ ...(await benchCorpus(`reuters-${n}`, dir, reutersQueries(subset, 200), 3)), start: await benchStart(dir) });
      // The slash command round trip again with every story loaded: acks must not wait for answers.
      if (n === stories.length && process.env.BENCH_SLACK !== '0') {
        slackAll = await benchSlack({ corpusDir: dir, questions: [...seedQueries, ...reutersQueries(subset, 100)] });
      }
    }
  } else {
    results.push({ corpus: 'reuters', skipped: `not found: ${reutersPath}` });
  }

  // Document formats last, from a collected heap, so that they do not disturb the engine's figures.
  heapMB();
  const formats = process.env.BENCH_FORMATS === '0' ? undefined : await benchFormats();

  process.stdout.write(`${JSON.stringify({ node: process.version, corpora: results, slack, slack_all_reuters: slackAll, shared_state: sharedState, formats }, null, 2)}\n`);
}

await main();
