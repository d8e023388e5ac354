import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/text/escapeRegExp.js';
import { wordOccurrences } from '../../src/core/text/wordOccurrences.js';

/** The regex `wordOccurrences` stands in for: the name between a lookbehind and a lookahead for a letter or digit. */
const byRegex = (text: string, name: string) => [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'gu'))].map((m) => m.index ?? 0);

describe('wordOccurrences (a speed shortcut for a lookaround regex)', () => {
  it('finds a name as whole words only', () => {
    expect(wordOccurrences('Bank of Japan and Japanese banks; Japan.', 'Japan')).toEqual([8, 34]);
    expect(wordOccurrences('the Commission said', '')).toEqual([]);
  });

  it('gives the same places as the regex on texts made to trip it: accents, digits, overlaps, astral letters, punctuation', () => {
    // A small seeded generator, so the check is the same on every run.
    let seed = 17;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['Acme', 'Acme Corp', 'é', 'Ä', '7', ' ', ' ', '.', ',', "'", '-', '&', '\n', 'a', 'AcmeAcme', '𝒜', '(', 'Corp', 'of'];
    const names = ['Acme', 'Acme Corp', 'AcmeAcme', 'Corp', 'of', 'a', '𝒜'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const name = names[Math.floor(next() * names.length)] as string;
      expect(wordOccurrences(text, name), `${JSON.stringify(text)} / ${name}`).toEqual(byRegex(text, name));
    }
  });
});
