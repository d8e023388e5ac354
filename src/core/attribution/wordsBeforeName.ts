/**
 * The capitalised word printed before each mention of a name, up to two lower-case words away, and whether it is
 * in the possessive: "Belgian" of "outsprinting Belgian Jens Vercauteren", "England" of "England's Jess McKinnon",
 * "Dutchman" of "Dutchman and rider Koen Blom" (what tells "the Frenchman" from the others named, `ReferentResolver`).
 *
 * The answers are exactly `text.matchAll(beforeNamePattern(name))`'s, in order; only the way they are found is
 * quicker. Such a match holds nothing but letters, hyphens, apostrophes and white space before the name, so it
 * starts inside the run of those characters that ends where the name is printed: the pattern is tried there
 * alone, not over the whole text (a 45,000-character Wikipedia article with 188 names took 2.5 s the plain way,
 * round 26). `tests/core/attribution/wordsBeforeName.test.ts` checks the two ways agree on every labelled document.
 *
 * @example
 * capitalisedWordsBefore('outsprinting Belgian Jens Vercauteren and England’s Jess McKinnon', 'Jess McKinnon')
 * // [['England', true]]
 */
import { escapeRegExp } from '../text/escapeRegExp.js';

/** The plain pattern: a capitalised word, maybe possessive, then up to two lower-case words, then the name (group 1: the word, group 2: "'s"). */
export function beforeNamePattern(name: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}-]*?)(['’]s)?\s+(?:\p{Ll}+\s+){0,2}${escapeRegExp(name)}(?![\p{L}])`, 'gu');
}

/** A character a match may hold before the name: a letter, a hyphen, an apostrophe or white space. */
const BEFORE_NAME_CHARACTER = /[\p{L}'’\s-]/u;

/** Each match's capitalised word and whether it is possessive, in order (see the module's comment). */
export function capitalisedWordsBefore(text: string, name: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  if (name.length === 0) return out;
  const pattern = beforeNamePattern(name);
  // Where the last match ended: as `matchAll` does, the next one is looked for from there.
  let from = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let runStart = at;
    while (runStart > 0 && BEFORE_NAME_CHARACTER.test(text[runStart - 1] as string)) runStart--;
    const start = Math.max(from, runStart);
    if (start >= at) continue;
    // (The text up to one character past the name, so that the look-behind and look-ahead see the real neighbours.)
    pattern.lastIndex = start;
    const m = pattern.exec(text.slice(0, at + name.length + 1));
    if (!m) continue;
    out.push([m[1] as string, m[2] !== undefined]);
    from = m.index + m[0].length;
  }
  return out;
}
