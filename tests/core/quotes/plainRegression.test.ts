import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';

/** Plain quote checks with the verdicts given before quote check v2 (see makePlainRegressionSet.mjs). */
interface PlainCheck {
  corpus: 'seed' | 'squad';
  kind: string;
  text: string;
  verdict: string;
  places?: string[];
  near?: { source: string; paragraph: number; quote: string };
}
const set = JSON.parse(readFileSync(new URL('../../fixtures/quotes/plainRegression.json', import.meta.url), 'utf8')) as { checks: PlainCheck[] };
const desks = {
  seed: await openDesk(),
  squad: await openDesk(new URL('../../fixtures/quotes/squad-sample', import.meta.url).pathname),
};

describe('plain quote checks do not regress (verdicts recorded before quote check v2)', () => {
  it(`gives the same verdict on all ${set.checks.length} plain checks, the same places for verbatim, and near wording holding the old closest wording`, () => {
    const wrong: string[] = [];
    for (const c of set.checks) {
      const check = desks[c.corpus].checkQuote(c.text);
      if (check.verdict !== c.verdict) {
        wrong.push(`${c.kind}: ${c.verdict} → ${check.verdict}: ${c.text}`);
        continue;
      }
      if (c.places) {
        const places = check.matches.map((m) => `${m.source.id}:${m.place.paragraph}:${m.place.start}:${m.place.end}`);
        if (places.join() !== c.places.join()) wrong.push(`places differ: ${c.text}`);
      }
      if (c.near) {
        const m = check.matches[0];
        if (!m || m.source.id !== c.near.source || m.place.paragraph !== c.near.paragraph || !m.quote.includes(c.near.quote)) wrong.push(`near wording differs: ${c.text}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(set.checks.length).toBeGreaterThanOrEqual(300);
  });
});
