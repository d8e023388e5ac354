import { stemmer } from 'stemmer';
import { baseWord, verbStem } from './wordFamilies.js';

/**
 * How text becomes search terms, the same way for passages, questions and synonyms: split into words,
 * drop function words and question words (they never decide what a question is about, and they are the
 * slowest terms to look up), and reduce each word to its stem ("attended" and "attending" → "attend").
 */

/** Function words, auxiliaries and question words: they do not drive ranking. */
const STOP_WORDS = new Set(
  `a about above again against all am an and any are aren arent as at be because been being
  below between both but by can cannot could couldn did didn didnt do does doesn doesnt doing don dont down
  during each few for from further had hadn has hasn have haven having he her here hers herself him himself
  his how i if in into is isn it its itself just let lets me more most mustn my myself no nor not now of off
  on once only or other ought our ours ourselves out over own same shan she should shouldn so some such than
  that thats the their theirs them themselves then there these they this those through to too under until up
  upon us very was wasn we were weren what whats when where which while who whom whose why will with
  would wouldn you your yours yourself yourselves also ever may might must shall s t d ll m o re ve y
  tell told say says said know think thing things anything something get got go goes went really
  please show give find does mean means`.split(/\s+/),
);

/** A word token: letters and digits, inner apostrophes, or a dotted acronym such as "U.S." or "p.m.". */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/**
 * How hyphenated words ("non-binding") become tokens: in sources, the parts and the joined word, so that
 * "binding", "non-binding" and "nonbinding" all find them; in questions, the joined word only (the parts
 * would each count as a word of the question).
 */
export type Compounds = 'parts-and-joined' | 'joined';

/**
 * Splits text into raw word tokens, as typed (case kept: "US" the country is not "us" the pronoun).
 *
 * ```ts
 * tokenize("The U.S. said China's two-day talks") // ['The', 'US', 'said', "China's", 'two', 'day', 'twoday', 'talks']
 * tokenize('two-day talks', 'joined')              // ['twoday', 'talks']
 * ```
 */
export function tokenize(text: string, compounds: Compounds = 'parts-and-joined'): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  let runEnd = -1;
  const endRun = () => {
    if (run.length > 1) {
      if (compounds === 'joined') tokens.splice(tokens.length - run.length, run.length);
      tokens.push(run.join(''));
    }
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const token = raw.includes('.') ? raw.replace(/\./g, '') : raw;
    const start = match.index ?? 0;
    // A word joined to the one before by a hyphen continues a compound ("state-of-the-art").
    if (!(run.length > 0 && start === runEnd + 1 && text[runEnd] === '-')) endRun();
    tokens.push(token);
    run.push(token);
    runEnd = start + raw.length;
  }
  endRun();
  // A run of capitals ("RULE OF LAW") is shouting, not a string of acronyms.
  return tokens.map((token, i) =>
    isAcronym(token) && (isAcronym(tokens[i - 1] ?? '') || isAcronym(tokens[i + 1] ?? '')) ? token.toLowerCase() : token,
  );
}

/** Whether a token is an acronym written in capitals ("US", "EU", "NATO"), which is never a stop word. */
function isAcronym(token: string): boolean {
  return token.length >= 2 && token.length <= 6 && /^[A-Z0-9]+$/.test(token) && /[A-Z]/.test(token);
}

/**
 * Turns one token into its search term, or `null` for a word that does not carry meaning.
 *
 * ```ts
 * processTerm('Attended') // 'attend'
 * processTerm('rose')     // 'rise'   (irregular forms and a verb's nouns join it: see wordFamilies.ts)
 * processTerm('who')      // null
 * processTerm('US')       // 'us'  (the country, written in capitals)
 * ```
 */
export function processTerm(token: string): string | null {
  let lower = token.toLowerCase().replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
  // Accents do not tell words apart in a search ("Temüjin", "Temujin"; "Céloron", "Celoron").
  if (/[^ -~]/.test(lower)) lower = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (!lower) return null;
  if (STOP_WORDS.has(lower) && !isAcronym(token)) return null;
  if (/^\d+$/.test(lower) || isAcronym(token)) return lower;
  const stem = stemmer(baseWord(lower));
  // Porter cuts "using" and "used" to "us": a stem that short would collide with acronyms ("US").
  return stem.length < 3 ? lower : verbStem(stem);
}

/** Terms are looked up far more often than there are distinct words: remember them. */
const termCache = new Map<string, string | null>();
/** Entries kept at most in the memory of terms (a corpus has far fewer distinct words). */
const TERM_CACHE_SIZE = 500_000;

/**
 * {@link processTerm} with a memory of the words already seen (the same term for the same word).
 */
export function cachedTerm(token: string): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    term = processTerm(token);
    if (termCache.size < TERM_CACHE_SIZE) termCache.set(token, term);
  }
  return term;
}

/**
 * The terms of a text, in order, duplicates kept.
 *
 * ```ts
 * termsOf('Who attended the meeting?') // ['attend', 'meet']
 * ```
 */
export function termsOf(text: string, compounds: Compounds = 'parts-and-joined'): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text, compounds)) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The terms of a question. A question typed all in capitals is read as lower case, so that "WHO
 * ATTENDED" is not taken for acronyms.
 */
export function questionTerms(question: string): string[] {
  const text = /\p{Ll}/u.test(question) ? question : question.toLowerCase();
  return termsOf(text, 'joined');
}

/** A word of a question: its term, whether it is written as a name, and a compound's parts. */
export interface QuestionWord {
  term: string;
  /** The word as typed, lower-cased (possessive `'s` off): what a dictionary is asked. */
  word: string;
  /** Capitalised (not as the first word of a longer question, nor in a question all in capitals), or with a capital inside ("vBNS"): a name. */
  name: boolean;
  /** For a hyphenated compound ("Disney-ABC"): its parts, to search for when the joined word is nowhere. */
  parts?: QuestionWord[];
}

/**
 * The words of a question, in order, as search reads them (the terms of {@link questionTerms}), with
 * what ranking needs besides: whether a word is written as a name, and a compound's parts.
 *
 * ```ts
 * questionWords('what did the Disney-ABC deal say')
 * // [{ term: 'disneyabc', word: 'disneyabc', name: true, parts: [{ term: 'disnei', word: 'disney', name: true }, …] },
 * //  { term: 'deal', word: 'deal', name: false }]
 * ```
 */
export function questionWords(question: string): QuestionWord[] {
  const surface = (token: string) => token.toLowerCase().replace(/['\u2019]s$/, '');
  const shouting = !/\p{Ll}/u.test(question);
  const text = shouting ? question.toLowerCase() : question;
  const tokens = tokenize(text, 'joined');
  // The parts of each hyphenated compound, by its joined spelling (as tokenize() joins them).
  const compounds = new Map<string, string[]>();
  for (const match of text.matchAll(/[\p{L}\p{N}.'\u2019]+(?:-[\p{L}\p{N}.'\u2019]+)+/gu)) {
    const parts = match[0].split('-').map((part) => part.replace(/\./g, ''));
    compounds.set(parts.join('').toLowerCase(), parts);
  }
  // A capital inside a word ("vBNS", "iPhone", "eBay") makes it a name wherever it stands.
  const nameLike = (token: string, i: number) => !shouting && (((i > 0 || tokens.length === 1) && /^\p{Lu}/u.test(token)) || /^\p{Ll}+\p{Lu}/u.test(token));
  const words: QuestionWord[] = [];
  tokens.forEach((token, i) => {
    const term = processTerm(token);
    if (!term) return;
    const parts = (compounds.get(token.toLowerCase()) ?? []).flatMap((part) => {
      const t = processTerm(part);
      return t ? [{ term: t, word: surface(part), name: nameLike(part, 1) }] : [];
    });
    words.push({ term, word: surface(token), name: nameLike(token, i), ...(parts.length > 1 ? { parts } : {}) });
  });
  return words;
}
