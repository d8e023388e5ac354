/**
 * Quotations that are nobody's speech: a title or a name in quotation marks ("Star Wars"), a term of the
 * story's own ("the Nicaraguan “contra” rebels"), and a quotation too short to be speech going on.
 */
import { escapeRegExp } from '../text/escapeRegExp.js';
import { wordsIn } from '../text/wordsIn.js';

/** Words a quotation needs to be read as speech going on in the voice just heard (not a quoted term). */
export const MIN_SPEECH_WORDS = 4;

/**
 * The most words a title in quotation marks has ("This Week With David Brinkley", "The Tracy Ullman Show"):
 * speech of this length is never capitalised word by word.
 */
const MAX_TITLE_WORDS = 7;

/**
 * Whether a quotation is a title or a name ("Star Wars", "60 Minutes", "New Leaders,", "Pete"): up to
 * `MAX_TITLE_WORDS` words, each capitalised or a number, small words between. Nobody speaks it.
 */
export function isQuotedTitle(words: string): boolean {
  const tokens = words.trim().replace(/[,.;:!?]+$/, '').split(/\s+/);
  // One capitalised word is a name or a nickname (C.J. "Pete" Silas) unless punctuated as speech ("Never,").
  if (tokens.length === 1) return /^\p{Lu}[\p{L}\p{N}-]*$/u.test(words.trim()) && !/^(?:No|Yes|Never|Nothing|Absolutely|Exactly)$/.test(words.trim());
  if (tokens.length > MAX_TITLE_WORDS) return false;
  const big = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  return big(tokens[0] as string) && big(tokens[tokens.length - 1] as string) && tokens.every((w) => big(w) || TITLE_SMALL_WORDS.test(w));
}

/** Small words a title keeps in lower case ("View of the Moldau at Prague", "Married with Children"). */
const TITLE_SMALL_WORDS = /^(?:of|and|the|a|an|in|on|for|to|de|at|with|or|la|le|von|van)$/;

/** Whether quoted words read as speech: enough words, and not a title ("an opinion piece quoting someone"). */
export function isSpeech(words: string): boolean {
  return wordsIn(words) >= MIN_SPEECH_WORDS && !isQuotedTitle(words);
}

/**
 * Whether a one-word quotation is a term of the story's own ("the Nicaraguan “contra” rebels" in a story
 * that speaks of "its contra program" outside quotation marks): the reporter's marks flag a word, not
 * someone's speech. A word the story prints only between quotation marks ("a “decent” price") may be.
 */
export function isStoryTerm(words: string, narration: string): boolean {
  const word = words.trim().replace(/[,.;:!?]+$/, '');
  if (!/^[\p{L}][\p{L}-]*$/u.test(word)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'iu').test(narration);
}
