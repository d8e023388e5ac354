import { createRequire } from 'node:module';

/**
 * Whether a word is an English word (a dictionary of ~275,000 words and their inflections, from the
 * npm package `an-array-of-english-words`), as opposed to a name, a brand or a coinage ("huawei",
 * "bitcoin", "brexit"). Asked of a question's words that the corpus does not hold: a dictionary word
 * the sources never use is probably the question's own phrasing ("respond", "stayed away"); anything
 * else names something the sources never mention.
 *
 * ```ts
 * isEnglishWord('negotiations') // true
 * isEnglishWord('bitcoin')      // false
 * ```
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words.has(word.toLowerCase());
}

/** Loaded on first use (about 3 MB of JSON): only questions with words the corpus lacks need it. */
let words: Set<string> | undefined;
