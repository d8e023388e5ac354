import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';

/**
 * Journalists' edits on wire stories the checker was never shaped on (tests/fixtures/quotes/reuters-edits):
 * every omission and bracket style, verbatim checks, and negatives (a bracket adding words, a changed
 * word, pieces of two stories, far apart or out of order, [sic] on a word the source spells right).
 */
const set = JSON.parse(readFileSync(new URL('../../fixtures/quotes/reuters-edits/checks.json', import.meta.url), 'utf8')) as { checks: { expected: string; text: string }[] };
const desk = await openDesk(new URL('../../fixtures/quotes/reuters-edits/corpus', import.meta.url).pathname);

describe("journalists' edits on unseen wire stories", () => {
  it('gives every check the verdict expected', () => {
    const wrong = set.checks.map((c) => ({ ...c, found: desk.checkQuote(c.text).verdict })).filter((c) => !c.expected.split('|').includes(c.found));
    expect(set.checks.length).toBeGreaterThanOrEqual(40);
    expect(wrong.map((c) => `${c.expected} ≠ ${c.found}: ${c.text}`)).toEqual([]);
  });

  it('names who said the edited quotation when the story attributes it', () => {
    const check = desk.checkQuote('Be careful ... there\'s not as much coffee in the world as they say. What there is are bags of sawdust.');
    expect(check.verdict).toBe('edited');
    expect(check.matches[0]?.speaker).toBe('Luis Diego Escalante');
  });
});
