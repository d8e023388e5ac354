/**
 * `npm run eval`: retrieval quality through the core (openDesk + desk.ask), one JSON line per set.
 *
 * - `seed`: `../shared/eval/questions.dev.json` on the bundled corpus.
 * - `squad`: `../shared/eval/squad/questions.dev.json` on its corpus folder, with the two halves of its
 *   articles (A: even, B: odd positions among the articles the questions are about) reported apart, so
 *   that a value tuned on one half can be checked on the other.
 * - `seeds-reuters`: when `../shared/corpora/reuters-21578.jsonl` is there, the seed questions over one
 *   corpus folder holding the seeds in their own collection (`prague/`) and every Reuters story
 *   (`reuters/`): scoped to `prague`, and unscoped. Unscoped, `distinctive` counts the questions that
 *   name something distinctive: a search term of the question, or two of its terms side by side, that
 *   the seed documents hold and no Reuters story does ("China Watch", "the Prague meeting"); only those
 *   can be expected to find the seeds among 17,000 other stories. Then questions a 1987 wire archive
 *   cannot answer, asked of `reuters/` alone: the ones answered anyway are listed.
 * - `speakers`: questions naming who speaks ("what did Novak say about the tender"), over the bundled corpus
 *   and the news fixtures of `tests/fixtures/news/` (`tests/fixtures/speakers/speakerQuestions.json`):
 *   recall@3 and `first` (the named speaker's words quoted first).
 *
 * Per set: recall@3 (a top-3 quote contains a gold passage, or lies inside one of 20+ characters: the
 * rule of `../shared/tools/dev-eval.mjs`), MRR, both-sides (questions marked `both` quoted from 2+
 * sources), abstentions (out-of-scope questions answered with nothing), median quote length.
 *
 * Environment: EVAL_SETS (e.g. "seed,squad"), EVAL_DIR (where the seeds + Reuters folder is written;
 * default .eval/), REUTERS (path of the jsonl), EVAL_RANKING (JSON overrides of RANKING, for tuning),
 * EVAL_MISSES=1 (print the questions missed on stderr).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLED_CORPUS_DIR, openDesk, type Desk } from '../core/desk.js';
import type { Scope } from '../core/scope.js';
import { RANKING, type Ranking } from '../core/search/ranking.js';
import { questionTerms } from '../core/text/terms.js';
import { scopeView } from '../core/search/scopeView.js';
import { readReuters, writeReutersFolder } from './reuters.js';
import { isHit, squadHalves } from './goldHits.js';

interface EvalSet {
  k?: number;
  questions: { q: string; gold: string[]; both?: boolean }[];
  out_of_scope?: string[];
}

/** Questions on things a 1987 wire archive never mentions (asked of the Reuters collection alone). */
const REUTERS_OUT_OF_SCOPE = [
  'did Macron attend the summit', 'who won the world cup', 'what is the weather in Prague tomorrow', 'bitcoin price forecast',
  'covid vaccine rollout in Europe', 'how many iPhones did Apple sell', 'what did Taylor Swift say about streaming',
  'Brexit negotiations with the EU', 'the 5G spectrum auction', 'Huawei ban in Europe', 'climate change protests by Greta Thunberg',
  'Tesla electric car deliveries', 'ChatGPT regulation in the United States', 'Premier League football transfer rumours',
  'best pizza in Naples', 'social media misinformation', 'Zoom video calls during the pandemic', 'the Prague 5G security conference',
  'who is the author of the China Watch op-ed', 'what did Li Zheng write',
];

const shared = resolve(new URL('../../../shared/', import.meta.url).pathname);
const ranking: Ranking = { ...RANKING, ...(JSON.parse(process.env.EVAL_RANKING ?? '{}') as Partial<Ranking>) };
const sets = new Set((process.env.EVAL_SETS ?? 'seed,squad,speakers,seeds-reuters').split(','));


function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
}

interface Figures {
  set: string;
  questions: number;
  recallAt3: number;
  mrr: number;
  bothSides: string;
  abstentions: string;
  medianQuoteLength: number;
  ms: number;
  [extra: string]: unknown;
}

/** Runs questions through the desk and computes the figures; `group` splits recall by a label. */
function run(name: string, desk: Desk, ev: EvalSet, scope?: Scope, group?: (q: EvalSet['questions'][number]) => string): Figures {
  const k = ev.k ?? 3;
  const t = performance.now();
  let found = 0;
  let rr = 0;
  let both = 0;
  let bothN = 0;
  const lengths: number[] = [];
  const groups = new Map<string, { n: number; found: number }>();
  const misses: string[] = [];
  for (const item of ev.questions) {
    const top = desk.ask(item.q, { limit: k, ranking, ...(scope ? { scope } : {}) }).results.slice(0, k);
    for (const r of top) lengths.push(r.quote.length);
    const at = top.findIndex((r) => item.gold.some((g) => isHit(r.quote, g)));
    if (at >= 0) {
      found++;
      rr += 1 / (at + 1);
    } else misses.push(item.q);
    if (item.both) {
      bothN++;
      if (new Set(top.map((r) => r.source.id)).size > 1) both++;
    }
    if (group) {
      const g = groups.get(group(item)) ?? { n: 0, found: 0 };
      g.n++;
      if (at >= 0) g.found++;
      groups.set(group(item), g);
    }
  }
  const oos = ev.out_of_scope ?? [];
  const abstained = oos.filter((q) => desk.ask(q, { ranking, ...(scope ? { scope } : {}) }).results.length === 0).length;
  if (process.env.EVAL_MISSES === '1') for (const m of misses) process.stderr.write(`${name} miss: ${m}\n`);
  const n = ev.questions.length;
  const figures: Figures = {
    set: name,
    questions: n,
    recallAt3: round(found / Math.max(1, n)),
    mrr: round(rr / Math.max(1, n)),
    bothSides: `${both}/${bothN}`,
    abstentions: `${abstained}/${oos.length}`,
    medianQuoteLength: median(lengths),
    ms: Math.round(performance.now() - t),
  };
  for (const [g, { n: gn, found: gf }] of [...groups].sort()) figures[`recallAt3_${g}`] = round(gf / gn);
  return figures;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function print(figures: Figures): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

async function main() {
  const seedFile = join(shared, 'eval/questions.dev.json');
  const seedSet = existsSync(seedFile) ? (JSON.parse(readFileSync(seedFile, 'utf8')) as EvalSet) : undefined;
  if (sets.has('seed') && seedSet) print(run('seed', await openDesk(BUNDLED_CORPUS_DIR), seedSet));

  const squadFile = join(shared, 'eval/squad/questions.dev.json');
  if (sets.has('squad') && existsSync(squadFile)) {
    const ev = JSON.parse(readFileSync(squadFile, 'utf8')) as EvalSet;
    const desk = await openDesk(join(shared, 'eval/squad/corpus'));
    const halves = squadHalves(desk, ev.questions);
    print(run('squad', desk, ev, undefined, (item) => halves.get(item.q) ?? 'A'));
  }

  if (sets.has('speakers')) {
    const here = new URL('../../', import.meta.url).pathname;
    const dir = resolve(process.env.EVAL_DIR ?? '.eval', 'speakers');
    mkdirSync(dir, { recursive: true });
    for (const folder of [BUNDLED_CORPUS_DIR, join(here, 'tests/fixtures/news')]) {
      for (const file of readdirSync(folder)) copyFileSync(join(folder, file), join(dir, file));
    }
    const ev = JSON.parse(readFileSync(join(here, 'tests/fixtures/speakers/speakerQuestions.json'), 'utf8')) as EvalSet;
    const desk = await openDesk(dir);
    const first = ev.questions.filter((item) => {
      const [top] = desk.ask(item.q, { limit: 1, ranking }).results;
      return top && item.gold.some((g) => isHit(top.quote, g));
    }).length;
    print({ ...run('speakers', desk, ev), first: round(first / ev.questions.length) });
  }

  const reutersPath = resolve(process.env.REUTERS ?? join(shared, 'corpora/reuters-21578.jsonl'));
  if (sets.has('seeds-reuters') && seedSet && existsSync(reutersPath)) {
    const dir = resolve(process.env.EVAL_DIR ?? '.eval', 'seeds-reuters');
    writeReutersFolder(readReuters(reutersPath), join(dir, 'reuters'));
    mkdirSync(join(dir, 'prague'), { recursive: true });
    for (const file of ['china-watch-us-weak-link-in-5g-security.txt', 'prague-proposals-wire-report.txt']) copyFileSync(join(BUNDLED_CORPUS_DIR, file), join(dir, 'prague', file));
    // The editor's files of the bundled corpus, for the whole desk (sources.yml keys name the subfolder).
    const sources = readFileSync(join(BUNDLED_CORPUS_DIR, 'sources.yml'), 'utf8').replace(/^([a-z0-9-]+\.txt):/gm, 'prague/$1:');
    writeFileSync(join(dir, 'sources.yml'), sources);
    copyFileSync(join(BUNDLED_CORPUS_DIR, 'synonyms.yml'), join(dir, 'synonyms.yml'));
    const t = performance.now();
    const desk = await openDesk(dir);
    const openMs = Math.round(performance.now() - t);
    print({ ...run('seeds-reuters-scoped', desk, seedSet, { collections: ['prague'] }), openMs });
    const index = desk.index;
    const seeds = scopeView(index, { collections: ['prague'] });
    const reuters = scopeView(index, { collections: ['reuters'] });
    // Distinctive: a search term of the question, or two of its terms side by side, that the seed
    // documents hold (in a sentence) and no Reuters story does (title included).
    const pairsIn = (collection: string) => {
      const terms = index.terms;
      const pairs = new Set<string>();
      for (let id = 1; id < terms.nextSentence; id++) {
        const passage = terms.sentenceParagraph[id] as number;
        const doc = index.documentByNumber[terms.documentNumber[passage] as number];
        if (!doc || doc.collection !== collection || !terms.holdsPassage(passage)) continue;
        for (let i = (terms.termsFrom[id] as number) + 1; i < (terms.termsFrom[id + 1] as number); i++) {
          pairs.add(`${terms.vocabulary[terms.sentenceTerms[i - 1] as number]} ${terms.vocabulary[terms.sentenceTerms[i] as number]}`);
        }
      }
      for (const doc of index.documentByNumber) {
        if (doc?.collection !== collection) continue;
        const title = questionTerms(doc.source.title ?? '');
        for (let i = 1; i < title.length; i++) pairs.add(`${title[i - 1]} ${title[i]}`);
      }
      return pairs;
    };
    const seedPairs = pairsIn('prague');
    const reutersPairs = pairsIn('reuters');
    const distinctive = (q: string) => {
      const terms = questionTerms(q);
      if (terms.some((t) => seeds.documentFrequency(t) > 0 && !reuters.holds(t))) return true;
      return terms.slice(1).some((t, i) => seedPairs.has(`${terms[i]} ${t}`) && !reutersPairs.has(`${terms[i]} ${t}`));
    };
    const all = run('seeds-reuters-unscoped', desk, seedSet);
    const named = { ...seedSet, questions: seedSet.questions.filter((q) => distinctive(q.q)), out_of_scope: [] };
    const dist = run('seeds-reuters-distinctive', desk, named);
    // Also: how many of them are answered from the seed documents at all (a top-3 quote from `prague/`),
    // gold sentence or not: a reporter is then reading the dossier, not an unrelated story.
    const fromSeeds = named.questions.filter((q) => desk.ask(q.q, { ranking }).results.some((r) => r.source.id.startsWith('prague/'))).length;
    print({ ...all, distinctive: `${named.questions.length}/${seedSet.questions.length}`, distinctiveRecallAt3: dist.recallAt3, distinctiveFromSeeds: `${fromSeeds}/${named.questions.length}`, distinctiveQuestions: named.questions.map((q) => q.q) });
    // Questions about what a 1987 wire archive cannot hold: every one should get nothing.
    const oos = run('reuters-out-of-scope', desk, { questions: [], out_of_scope: REUTERS_OUT_OF_SCOPE }, { collections: ['reuters'] });
    const answered = REUTERS_OUT_OF_SCOPE.filter((q) => desk.ask(q, { ranking, scope: { collections: ['reuters'] } }).results.length > 0);
    print({ ...oos, answered });
  }
}

await main();
