import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/core/search/question.js';
import { RANKING } from '../../src/core/search/ranking.js';
import { rankSentences } from '../../src/core/search/score.js';
import { scopeView } from '../../src/core/search/scopeView.js';
import { commonSynonyms } from '../../src/core/search/commonSynonyms.js';
import { bigCorpus, hasReuters } from '../helpers/bigCorpus.js';

// A generated wire archive always (a fresh clone has no ../shared), and Reuters stories when at hand.
for (const kind of hasReuters ? (['generated', 'reuters'] as const) : (['generated'] as const)) describe(`pruning never changes an answer (${kind})`, () => {
  const big = bigCorpus(20_000, kind);

  it(`gives the same top 3 as scoring every candidate, for ${big.questions.length} questions over ${big.desk.index.size} passages (${big.source})`, () => {
    expect(big.desk.index.size).toBeGreaterThanOrEqual(20_000);
    expect(big.questions.length).toBeGreaterThanOrEqual(200);
    const differing: string[] = [];
    let answered = 0;
    for (const q of big.questions) {
      const fast = big.desk.ask(q, { limit: 3, exhaustive: false }).results;
      const slow = big.desk.ask(q, { limit: 3, exhaustive: true }).results;
      if (fast.length > 0) answered++;
      if (JSON.stringify(fast) !== JSON.stringify(slow)) differing.push(q);
    }
    expect(differing).toEqual([]);
    // The questions must exercise ranking, not all be answered with nothing.
    expect(answered).toBeGreaterThan(big.questions.length * 0.8);
  }, 600_000);

  it('gives the same sentences in the same order, deep into the ranking, with a scope and without', () => {
    const synonyms = commonSynonyms();
    for (const scope of [undefined, { collections: ['wire'] }]) {
      const view = scopeView(big.desk.index, scope);
      for (const q of big.questions.filter((_, i) => i % 8 === 0)) {
        const question = readQuestion(q, synonyms, view, RANKING);
        const take = (exhaustive: boolean) => {
          const out: string[] = [];
          for (const s of rankSentences(question, view, RANKING, { exhaustive })) {
            out.push(`${s.sentence}:${s.score}`);
            if (out.length >= 25) break;
          }
          return out;
        };
        expect(take(false), q).toEqual(take(true));
      }
    }
  }, 600_000);

  it('bounds the sentences still to come truly, so that selection may stop without ranking one more', () => {
    const synonyms = commonSynonyms();
    const view = scopeView(big.desk.index, undefined);
    let checked = 0;
    for (const q of big.questions.filter((_, i) => i % 4 === 0)) {
      const progress = { remaining: Infinity };
      let bound = Infinity;
      let n = 0;
      for (const s of rankSentences(readQuestion(q, synonyms, view, RANKING), view, RANKING, { exhaustive: false, progress })) {
        expect(s.score, q).toBeLessThanOrEqual(bound);
        expect(progress.remaining, q).toBeLessThanOrEqual(s.score);
        bound = progress.remaining;
        checked++;
        if (++n >= 40) break;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 600_000);
});
