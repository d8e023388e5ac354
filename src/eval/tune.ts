/**
 * `node dist/eval/tune.js [A|B] [param,param…]`: coordinate ascent of `RANKING` constants on one half of
 * the SQuAD development articles (A or B, see `npm run eval`), printing the figures on the other half
 * and on the seed questions for every improvement, so that a value is only kept when it holds on both.
 * A development tool: its output is what the comments in `ranking.ts` cite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_CORPUS_DIR, openDesk, type Desk } from '../core/desk.js';
import { RANKING, type Ranking } from '../core/search/ranking.js';
import { isHit, squadHalves } from './goldHits.js';

interface Item {
  q: string;
  gold: string[];
  half?: string;
}

const shared = resolve(new URL('../../../shared/', import.meta.url).pathname);

function score(desk: Desk, items: Item[], ranking: Ranking): { recall: number; mrr: number } {
  let found = 0;
  let rr = 0;
  for (const item of items) {
    const top = desk.ask(item.q, { limit: 3, ranking }).results;
    const at = top.findIndex((r) => item.gold.some((g) => isHit(r.quote, g)));
    if (at >= 0) {
      found++;
      rr += 1 / (at + 1);
    }
  }
  return { recall: found / items.length, mrr: rr / items.length };
}

const STEPS: Record<string, number[]> = {
  sentenceK1: [0.5, 0.7, 0.9, 1.2, 1.6],
  sentenceB: [0.2, 0.3, 0.4, 0.5, 0.6, 0.75],
  paragraphK1: [0.5, 0.7, 0.9, 1.2, 1.6],
  paragraphB: [0.2, 0.3, 0.4, 0.5, 0.6, 0.75],
  delta: [0, 0.5, 1, 1.5],
  paragraph: [0.5, 0.75, 1, 1.25, 1.5, 2],
  before: [0, 0.25, 0.35, 0.5, 0.65, 0.8],
  after: [0, 0.2, 0.35, 0.5, 0.65],
  meta: [0, 0.25, 0.5, 1],
  proximity: [0, 0.25, 0.5, 1, 1.5],
  proximityWindow: [1, 2, 3, 4],
  cue: [0, 1, 2, 3, 4],
  synonym: [0.3, 0.5, 0.7],
  family: [0.5, 0.75, 1],
  titleShare: [0.25, 0.5, 0.75, 1],
  opening: [0, 0.25, 0.5, 0.75],
  mergeShare: [0.5, 0.65, 0.8, 0.9],
  sameParagraph: [0.8, 0.9, 0.95, 1],
  otherSide: [0.5, 0.6, 0.7, 0.8],
};

async function main() {
  const train = process.argv[2] ?? 'A';
  const params = (process.argv[3] ?? Object.keys(STEPS).join(',')).split(',');
  const squad = JSON.parse(readFileSync(join(shared, 'eval/squad/questions.dev.json'), 'utf8')) as { questions: Item[] };
  const seedFile = join(shared, 'eval/questions.dev.json');
  const seeds = existsSync(seedFile) ? (JSON.parse(readFileSync(seedFile, 'utf8')) as { questions: Item[] }).questions : [];
  const seedDesk = await openDesk(BUNDLED_CORPUS_DIR);
  const desk = await openDesk(join(shared, 'eval/squad/corpus'));
  const halves = squadHalves(desk, squad.questions);
  for (const item of squad.questions) item.half = halves.get(item.q);
  const own = squad.questions.filter((i) => i.half === train);
  const other = squad.questions.filter((i) => i.half !== train);
  let ranking: Ranking = { ...RANKING, ...(JSON.parse(process.env.EVAL_RANKING ?? '{}') as Partial<Ranking>) };
  // SQuAD recall and MRR on the training half, and the seed questions (each worth as much as a SQuAD one).
  const objective = (r: Ranking) => {
    const s = score(desk, own, r);
    const seed = score(seedDesk, seeds, r);
    return s.recall + 0.3 * s.mrr + (seed.recall * seeds.length) / own.length;
  };
  const report = (label: string, r: Ranking) => {
    const a = score(desk, own, r);
    const b = score(desk, other, r);
    const s = score(seedDesk, seeds, r);
    process.stdout.write(`${label} train ${a.recall.toFixed(3)}/${a.mrr.toFixed(3)} other ${b.recall.toFixed(3)}/${b.mrr.toFixed(3)} seed ${s.recall.toFixed(3)}/${s.mrr.toFixed(3)}\n`);
  };
  report('start', ranking);
  let best = objective(ranking);
  for (let round = 0; round < 2; round++) {
    for (const param of params) {
      for (const value of STEPS[param] ?? []) {
        const candidate = { ...ranking, [param]: value } as Ranking;
        const o = objective(candidate);
        if (o > best + 1e-9) {
          best = o;
          ranking = candidate;
          report(`${param}=${value}`, ranking);
        }
      }
    }
  }
  const changed = Object.fromEntries(Object.entries(ranking).filter(([k, v]) => RANKING[k as keyof Ranking] !== v));
  process.stdout.write(`${JSON.stringify(changed)}\n`);
}

await main();
