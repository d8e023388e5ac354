/**
 * Rule "a quotation's translation in parentheses is its speaker's words" (round 24): Rappler and the Inquirer print
 * a quotation in Filipino, then its English in parentheses, '"Hindi siya lumaban," she told Rappler. (He did not
 * fight back.)'. The parentheses hold no quotation marks, but they are the speaker's words, not the reporter's.
 */
import { isEnglishWord } from '../text/englishWords.js';
import { wordsIn } from '../text/wordsIn.js';
import type { Quotation } from './quotations.js';

/** Common English words, few of which another language a newsroom quotes spells the same way (not "a", "in", "on", "i"). */
const ENGLISH_MARKERS = new Set('the of to and that is was were are it he she they we you not have has had with this be for what who which there their them his her'.split(' '));
/** The share of a translation's words that must be `ENGLISH_MARKERS` ("He did not fight back." has 2 of 5). */
const MIN_ENGLISH_SHARE = 0.2;
/** The most of the quotation's words that may be `ENGLISH_MARKERS` ("Hindi siya lumaban. Wala siyang baril." has none). */
const MAX_QUOTED_ENGLISH_SHARE = 0.05;
/**
 * The share of the quotation's words that must be no English word at all: Rappler's Filipino quotes have 0.58-0.89, a
 * Spanish or French sentence 0.45-0.55 (its "no", "a", "le", "pas" are English words too), an English one none
 * ("“Absolutely unacceptable, frankly disgraceful”").
 */
const MIN_FOREIGN_SHARE = 0.4;
/** Words a quotation needs at least: a maxim of three or four words ("Wir schaffen das", "Fiat justitia ruat caelum") is cited, not translated. */
const MIN_QUOTED_WORDS = 5;
/**
 * How much longer or shorter a translation may be than what it translates, in words: Rappler's run 0.9-1.6 times
 * their Filipino; an aside about the quotation ("(The phrase became a rallying cry for her critics.)") is no match.
 */
const TRANSLATION_LENGTH_RATIO = { min: 0.5, max: 2 };
/** The most words of the attribution between the quotation and its translation ("the neighbor told Rappler on Monday."). */
const MAX_ATTRIBUTION_WORDS = 12;

/** A stretch of a paragraph in quotation marks. */
type QuotedStretch = Pick<Quotation, 'open' | 'close' | 'start' | 'end'>;

/** Where a paragraph ends with a translation in parentheses, and the quotation it translates (its position in `quotes`). */
export interface Translation {
  start: number;
  end: number;
  of: number;
}

/** The share of a text's words that are `ENGLISH_MARKERS`. */
function englishShare(text: string): number {
  const words = wordList(text);
  return words.length === 0 ? 0 : words.filter((w) => ENGLISH_MARKERS.has(w)).length / words.length;
}

/** The share of a text's words that are no English word (see `isEnglishWord`). */
function foreignShare(text: string): number {
  const words = wordList(text);
  return words.length === 0 ? 0 : words.filter((w) => !isEnglishWord(w)).length / words.length;
}

/** A text's words, lower-cased. */
function wordList(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
}

/** Each paragraph's closing translation (see `translationIn`), per paragraph position: read once per document. */
export function paragraphTranslations(paragraphs: readonly { text: string }[], quotations: readonly (readonly QuotedStretch[])[]): (Translation | undefined)[] {
  return paragraphs.map((p, at) => translationIn(p.text, quotations[at] ?? []));
}

/**
 * The translation a paragraph ends with, when its last quotation is in another language and the parentheses after
 * it (past an attribution of a few words, or none) are in English. Undefined for any other paragraph: "(Laughter.)",
 * "(Reuters)", an English aside after an English quotation.
 */
export function translationIn(text: string, quotes: readonly QuotedStretch[]): Translation | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(text);
  if (!m) return undefined;
  const open = m.index;
  const of = quotes.findLastIndex((q) => q.close <= open);
  const quote = quotes[of];
  if (!quote) return undefined;
  const between = text.slice(quote.close, open);
  if (/["“”«»„]/.test(between) || wordsIn(between) > MAX_ATTRIBUTION_WORDS || (wordsIn(between) > 0 && !/[.!?]\s*$/.test(between))) return undefined;
  const inside = m[1] as string;
  // (Every quotation of the paragraph up to it: a quotation cut by its attribution is one quotation.)
  const quoted = quotes.slice(0, of + 1).map((q) => text.slice(q.start, q.end)).join(' ');
  const ratio = wordsIn(inside) / Math.max(1, wordsIn(quoted));
  if (wordsIn(quoted) < MIN_QUOTED_WORDS || ratio < TRANSLATION_LENGTH_RATIO.min || ratio > TRANSLATION_LENGTH_RATIO.max) return undefined;
  if (englishShare(inside) < MIN_ENGLISH_SHARE || englishShare(quoted) > MAX_QUOTED_ENGLISH_SHARE || foreignShare(quoted) < MIN_FOREIGN_SHARE) return undefined;
  return { start: open, end: open + m[0].trimEnd().length, of };
}
