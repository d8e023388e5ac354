import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';

/** Journalists' edits (issue 12): quotations cut and adapted as in print, and negatives, with the verdict expected. */
interface EditedCheck {
  corpus: 'seed' | 'news';
  expected: string;
  text: string;
}
const set = JSON.parse(readFileSync(new URL('../../fixtures/quotes/editedDevSet.json', import.meta.url), 'utf8')) as { checks: EditedCheck[] };
const desks = { seed: await openDesk(), news: await openDesk(new URL('../../fixtures/news', import.meta.url).pathname) };

describe("journalists' edits dev set", () => {
  it(`gets at least 97% of the ${set.checks.length} verdicts right (edited, near or none)`, () => {
    const wrong = set.checks.filter((c) => !c.expected.split('|').includes(desks[c.corpus].checkQuote(c.text).verdict));
    expect(set.checks.length).toBeGreaterThanOrEqual(60);
    expect(set.checks.filter((c) => c.expected === 'edited').length).toBeGreaterThanOrEqual(30);
    expect((set.checks.length - wrong.length) / set.checks.length, wrong.map((c) => c.text).join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('has every mark style among its edited checks', () => {
    const edited = set.checks.filter((c) => c.expected === 'edited').map((c) => c.text).join('\n');
    for (const mark of ['\u2026', '...', '. . .', '[\u2026]', '[...]', '(\u2026)', '[sic]', '[T]he']) expect(edited).toContain(mark);
  });
});
