import { describe, expect, it } from 'vitest';
import { oneEditApart, swapsOf, wordsOneEditAway } from '../../src/core/text/oneEdit.js';

describe('words one edit apart', () => {
  it('says a dropped, added, changed or swapped letter is one edit, and two edits are not', () => {
    expect(oneEditApart('documnet', 'document')).toBe(true);
    expect(oneEditApart('merceds', 'mercedes')).toBe(true);
    expect(oneEditApart('statment', 'statement')).toBe(true);
    expect(oneEditApart('reprot', 'report')).toBe(true);
    expect(oneEditApart('report', 'report')).toBe(false);
    expect(oneEditApart('rpeotr', 'report')).toBe(false);
    expect(oneEditApart('stmnt', 'statement')).toBe(false);
  });

  it('makes only words the predicate calls one edit apart, and every such word of the alphabet', () => {
    for (const word of ['ghengis', 'a', 'ministry', 'zz']) {
      const made = new Set(wordsOneEditAway(word).filter((w) => w !== word));
      for (const w of made) expect(oneEditApart(word, w), `${word} → ${w}`).toBe(true);
      for (const w of swapsOf(word).filter((s) => s !== word)) expect(made.has(w), `${word} → ${w}`).toBe(true);
      // Every one-letter change of the word is made (26 letters at each place, the word itself aside).
      expect([...made].filter((w) => w.length === word.length && [...w].filter((c, i) => c !== word[i]).length === 1).length).toBe(25 * word.length);
    }
  });
});
