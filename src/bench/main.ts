/**
 * `npm run bench`: build time, heap and query latency of the engine on the bundled corpus and on
 * Reuters-21578 written out as corpus folders (1k, 10k, all stories), with plain MiniSearch (default
 * options, the same passages, the same queries) beside it in the same run as the baseline; natural
 * questions and headlines as queries, each reported apart, timed as the app answers them: after the
 * corpus is loaded and who speaks in each story has been read in the background (`speakers_read_ahead`
 * says how long that took and what it holds in memory). Start-up of the app (cold, and warm from the
 * index cache) and a second `prague ask` on the folder (from the CLI's cache) per Reuters size.
 * Prints one JSON document on stdout.
 *
 * The machine is shared: besides p50/p95 over every run of every query, `p95_best_ms` is the p95 of
 * each query's best of its runs (what the engine does when nothing else takes the processor).
 *
 * Options (environment): REUTERS (path of reuters-21578.jsonl; default ../shared/corpora/…),
 * BENCH_SIZES (e.g. "1000,10000,all"), BENCH_DIR (where corpus folders are written; default .bench/),
 * BENCH_SLACK=0 (skip the Slack round trip), BENCH_FORMATS=0 (skip the document formats: see formats.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../core/corpus/loadCorpus.js';
import { BUNDLED_CORPUS_DIR, Desk, openDeskCached } from '../core/desk.js';
import { buildPassageIndex } from '../core/search/passageIndex.js';
import { readSynonymsFile } from '../core/search/synonyms.js';
import { readReuters, writeReutersFolder, type ReutersStory } from '../eval/reuters.js';
import { headlines, naturalQuestions, warmUpQuestions } from './reutersQuestions.js';
import { benchSlack } from './slackRoundTrip.js';
import { benchFormats } from './formats.js';
import { benchSharedState } from './sharedState.js';
import { benchQuoteChecks } from './quoteChecks.js';

const gc = (globalThis as { gc?: () => void }).gc;

function memoryMB(): { heap: number; external: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1024 / 1024, external: m.arrayBuffers / 1024 / 1024 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * p50/p95 of `run` over `rounds` runs of every query, timed as a running app answers: after `warmUp`
 * (queries of the same kinds about other stories, never the timed ones; by default the first 20 timed).
 */
function latencies(run: (q: string) => unknown, queries: string[], rounds: number, warmUp: string[] = queries.slice(0, 20)) {
  // Start from a collected heap, so that the garbage of what ran before is not timed as this run's; then
  // warm up. In that order: a full collection throws away V8's optimised code and inline caches, and the
  // first ~10 queries after one run up to ten times slower (measured on all Reuters; `--trace-deopt` says
  // "weak objects"), which is the cost of the forced collection, not of answering. The warm-up is what
  // an app that has been up a while has behind it: V8 re-optimises the ranking code for the shapes of
  // data it meets over the first ~200 questions (`--trace-opt`), and answers meanwhile take 2-3x longer.
  gc?.();
  for (const q of warmUp) run(q);
  const times: number[] = [];
  const best = queries.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      run(q);
      const d = performance.now() - t;
      times.push(d);
      best[i] = Math.min(best[i] as number, d);
    });
  }
  times.sort((a, b) => a - b);
  best.sort((a, b) => a - b);
  return { queries: times.length, p50_ms: round(percentile(times, 50), 3), p95_ms: round(percentile(times, 95), 3), p95_best_ms: round(percentile(best, 95), 3), max_ms: round(times[times.length - 1] ?? 0, 1) };
}

async function benchCorpus(name: string, dir: string, sets: Record<string, string[]>, rounds: number, warmUp?: string[]) {
  const before = memoryMB();
  let t = performance.now();
  const corpus = await loadCorpus(dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = buildPassageIndex(corpus.documents);
  const buildMs = performance.now() - t;
  // Answers need only the term index; MiniSearch (quote checks, misspelt names) is filled after, in the
  // background in the app: timed here on its own, and counted in the memory.
  t = performance.now();
  void index.miniSearch;
  const miniSearchMs = performance.now() - t;
  const after = memoryMB();
  // What a desk searches with: the common synonyms joined to the folder's own.
  const desk = new Desk(corpus, index, readSynonymsFile(dir).groups, []);
  // As the app does once the corpus is loaded: who speaks in each story, read in the background.
  t = performance.now();
  const speakerDocuments = await desk.readSpeakersAhead();
  const speakersMs = performance.now() - t;
  const afterSpeakers = memoryMB();
  const engine: Record<string, unknown> = {
    load_ms: round(loadMs), build_ms: round(buildMs), open_ms: round(loadMs + buildMs), minisearch_after_ms: round(miniSearchMs),
    heap_mb: round(after.heap - before.heap), typed_arrays_mb: round(after.external - before.external),
    speakers_read_ahead: { documents: speakerDocuments, ms: round(speakersMs), heap_mb: round(afterSpeakers.heap - after.heap) },
  };
  for (const [set, queries] of Object.entries(sets)) engine[set] = latencies((q) => desk.ask(q), queries, rounds, warmUp);

  // Baseline: plain MiniSearch, default options, the same passages and queries.
  const passages = [...index.passages.values()].map((p) => ({ id: p.id, text: p.paragraph.text }));
  const plainBefore = memoryMB();
  t = performance.now();
  const plain = new MiniSearch({ fields: ['text'] });
  plain.addAll(passages);
  const plainBuildMs = performance.now() - t;
  const plainAfter = memoryMB();
  const baseline: Record<string, unknown> = { build_ms: round(plainBuildMs), heap_mb: round(plainAfter.heap - plainBefore.heap) };
  for (const [set, queries] of Object.entries(sets)) baseline[set] = latencies((q) => plain.search(q), queries, rounds, warmUp);
  return { corpus: name, documents: corpus.documents.length, passages: index.size, engine, plain_minisearch: baseline, quote_check: benchQuoteChecks(index) };
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
    memoryMB();
    t = performance.now();
    const warm = await openDeskCached(dir, cacheDir);
    const warmMs = performance.now() - t;
    if (warm.cache !== 'hit') throw new Error(`warm start missed the cache: ${warm.cache}`);
    return { cold_ms: round(coldMs), cache_write_ms: round(writeMs), warm_ms: round(warmMs) };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Two `prague ask --corpus DIR` in a row, as a user runs them: the second answers from the CLI's index cache. */
function benchCli(dir: string, question: string) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'prague-bench-cli-'));
  const cli = new URL('../cli/main.js', import.meta.url).pathname;
  const ask = () => {
    const t = performance.now();
    execFileSync(process.execPath, [cli, 'ask', '--json', '--corpus', dir, question], { env: { ...process.env, PRAGUE_CACHE_DIR: cacheDir }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    return round(performance.now() - t);
  };
  try {
    return { first_ask_ms: ask(), second_ask_ms: ask() };
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
  results.push(await benchCorpus('bundled', BUNDLED_CORPUS_DIR, { questions: seedQueries }, 50));

  const reutersPath = resolve(process.env.REUTERS ?? new URL('../../../shared/corpora/reuters-21578.jsonl', import.meta.url).pathname);
  if (existsSync(reutersPath)) {
    const stories: ReutersStory[] = readReuters(reutersPath);
    const sizes = (process.env.BENCH_SIZES ?? '1000,10000,all').split(',').filter(Boolean);
    const benchDir = resolve(process.env.BENCH_DIR ?? '.bench');
    for (const size of sizes) {
      const n = size === 'all' ? stories.length : Math.min(Number(size), stories.length);
      const subset = stories.slice(0, n);
      const dir = join(benchDir, `reuters-${n}`);
      writeReutersFolder(subset, dir);
      const sets = { natural: naturalQuestions(subset, 200), headlines: headlines(subset, 200) };
      results.push({ ...(await benchCorpus(`reuters-${n}`, dir, sets, 3, warmUpQuestions(subset, 200))), start: await benchStart(dir), cli: benchCli(dir, 'why did oil prices fall') });
      // The slash command round trip again with every story loaded: acks must not wait for answers.
      if (n === stories.length && process.env.BENCH_SLACK !== '0') {
        slackAll = await benchSlack({ corpusDir: dir, questions: [...seedQueries, ...naturalQuestions(subset, 50), ...headlines(subset, 50)] });
      }
    }
  } else {
    results.push({ corpus: 'reuters', skipped: `not found: ${reutersPath}` });
  }

  // Document formats last, from a collected heap, so that they do not disturb the engine's figures.
  memoryMB();
  const formats = process.env.BENCH_FORMATS === '0' ? undefined : await benchFormats();

  process.stdout.write(`${JSON.stringify({ node: process.version, corpora: results, slack, slack_all_reuters: slackAll, shared_state: sharedState, formats }, null, 2)}\n`);
}

await main();
