import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../src/core/desk.js';
import { RANKING, type Ranking } from '../../src/core/search/ranking.js';
import { fold } from '../../src/core/text/matchText.js';

/**
 * The figures the ranking's constants were set by (see `ranking.ts` and `npm run eval`), pinned: a
 * change that moves them fails here. The SQuAD articles (2,067 passages, CC BY-SA 4.0: see
 * tests/fixtures/squad/LICENSE.md) and the seed questions are copies kept in tests/fixtures.
 */
interface EvalSet {
  questions: { q: string; gold: string[]; both?: boolean }[];
  out_of_scope?: string[];
}
const squad = JSON.parse(readFileSync(new URL('../fixtures/squad/questions.dev.json', import.meta.url), 'utf8')) as EvalSet;
const seeds = JSON.parse(readFileSync(new URL('../fixtures/questions.dev.json', import.meta.url), 'utf8')) as EvalSet;
const squadDesk = await openDesk(new URL('../fixtures/squad/corpus', import.meta.url).pathname);
const seedDesk = await openDesk();

/** The hit rule of `npm run eval`: a top-3 quote holds a gold passage, or lies inside one (20+ characters). */
const hit = (quote: string, gold: string) => fold(quote).includes(fold(gold)) || (quote.length >= 20 && fold(gold).includes(fold(quote)));

function figures(desk: Desk, set: EvalSet, ranking: Ranking) {
  let found = 0;
  let rr = 0;
  for (const item of set.questions) {
    const at = desk.ask(item.q, { limit: 3, ranking }).results.findIndex((r) => item.gold.some((g) => hit(r.quote, g)));
    if (at >= 0) {
      found++;
      rr += 1 / (at + 1);
    }
  }
  return { recall: found / set.questions.length, mrr: rr / set.questions.length };
}

describe('ranking figures', () => {
  it('SQuAD development questions: the answer sentence in the top 3 for at least 0.883 of them', () => {
    expect(squadDesk.index.size).toBeGreaterThan(2000);
    const { recall, mrr } = figures(squadDesk, squad, RANKING);
    expect(recall).toBeGreaterThanOrEqual(0.883);
    expect(mrr).toBeGreaterThanOrEqual(0.81);
    // (Its first answers attribute each article's speakers, the slowest part: a minute's room on a slow machine.)
  }, 60_000);

  it('seed questions: found, both sides quoted where both speak, out-of-scope ones answered with nothing', () => {
    const { recall, mrr } = figures(seedDesk, seeds, RANKING);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(mrr).toBeGreaterThanOrEqual(0.88);
    for (const q of seeds.questions.filter((x) => x.both)) expect(new Set(seedDesk.ask(q.q).results.map((r) => r.source.id)).size, q.q).toBe(2);
    for (const q of seeds.out_of_scope ?? []) expect(seedDesk.ask(q).results, q).toEqual([]);
  });
});
