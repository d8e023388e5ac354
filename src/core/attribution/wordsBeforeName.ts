/**
 * The capitalised word printed before each mention of a name, up to two lower-case words away, and whether it is
 * in the possessive: "Belgian" of "outsprinting Belgian Jens Vercauteren", "England" of "England's Jess McKinnon",
 * "Dutchman" of "Dutchman and rider Koen Blom" (what tells "the Frenchman" from the others named, `ReferentResolver`).
 *
 * The answers are exactly `text.matchAll(beforeNamePattern(name))`'s, in order; only the way they are found is
 * quicker. Such a match holds nothing but letters, hyphens, apostrophes and white space before the name, so it
 * starts inside the run of those characters that ends where the name is printed: the pattern is tried there
 * alone, and only over the three words before the name, not over the whole text (a 45,000-character Wikipedia
 * article with 188 names took 2.5 s the plain way, round 26). `tests/core/attribution/wordsBeforeName.test.ts`
 * checks the two ways agree on made-up edge cases (letters outside the Basic Multilingual Plane among them) and on
 * every name of a third of the labelled documents.
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
const BEFORE_NAME_CHARACTER = /^[\p{L}'’\s-]$/u;
/**
 * The most words (runs of characters between white space) a match holds before the name: the capitalised word and
 * two lower-case ones. A match for a mention starts in one of them, so no further back is tried.
 */
const WORDS_BEFORE_NAME = 3;

/** The character (a whole surrogate pair for a letter outside the Basic Multilingual Plane) ending at `end`. */
function characterBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/**
 * Where a match ending at the mention at `at` may start, at the earliest: back over letters, hyphens, apostrophes
 * and white space, no further than `WORDS_BEFORE_NAME` words nor past `floor` (where the last match ended).
 */
function earliestStart(text: string, at: number, floor: number): number {
  let start = at;
  let words = 0;
  while (start > floor) {
    const c = characterBefore(text, start);
    if (!BEFORE_NAME_CHARACTER.test(c)) break;
    // (A word begins, reading backwards, where a character that is no white space follows white space or the name.)
    const opensWord = !/\s/u.test(c) && (start === at || /\s/u.test(text[start] as string));
    if (opensWord && ++words > WORDS_BEFORE_NAME) break;
    start -= c.length;
  }
  return start;
}

/** Each match's capitalised word and whether it is possessive, in order (see the module's comment). */
export function capitalisedWordsBefore(text: string, name: string): [string, boolean][] {
  const pattern = beforeNamePattern(name);
  const read = (m: RegExpMatchArray): [string, boolean] => [m[1] as string, m[2] !== undefined];
  // (An empty name is no mention to look before: the plain way, whatever it finds.)
  if (name.length === 0) return [...text.matchAll(pattern)].map(read);
  const out: [string, boolean][] = [];
  // Where the last match ended: as `matchAll` does, the next one is looked for from there.
  let from = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const start = earliestStart(text, at, from);
    if (start >= at) continue;
    // (The text up to one character past the name, a whole surrogate pair included, so that the look-behind and
    // look-ahead see the real neighbours.)
    const after = at + name.length;
    const next = text.charCodeAt(after);
    pattern.lastIndex = start;
    const m = pattern.exec(text.slice(0, after + (next >= 0xd800 && next <= 0xdbff ? 2 : 1)));
    if (!m) continue;
    out.push(read(m));
    from = (m.index ?? 0) + m[0].length;
  }
  return out;
}
