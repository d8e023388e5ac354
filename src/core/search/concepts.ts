import type { PassageIndex } from './passageIndex.js';
import type { SynonymGroups } from './synonyms.js';
import { questionTerms, tokenize } from '../text/terms.js';
import { cachedTerm } from './passageIndex.js';
import { answerCueOf } from './answerCues.js';

/** Weight of a synonym's match against the word actually asked: it widens recall, never outranks. */
export const SYNONYM_WEIGHT = 0.5;
/** Weight of a word found nowhere in the corpus, as a share of the weight of the rarest word. */
const UNKNOWN_TERM_SHARE = 0.5;
/** Concepts are tracked as bits of one number: a question with more than this is pasted text. */
const MAX_CONCEPTS = 30;
/** Names shorter than this are not corrected: too many words are one letter away from them. */
const MIN_FUZZY_LENGTH = 5;

/** One thing the question asks about: a term as asked, and the alternatives that also count. */
export interface Concept {
  /** The asked term(s) (a phrase when a synonym phrase was asked). */
  asked: string[];
  alternatives: { terms: string[]; weight: number }[];
  /** How much the concept says (inverse document frequency of what was asked). */
  weight: number;
  /** An answer cue ("#date" for "when …"), not a word: it ranks, but never answers on its own. */
  cue?: boolean;
  /** Whether it was asked as a name (a capitalised word): a name the corpus never holds means nothing is on file. */
  name?: boolean;
}

/** Words after "how" that only make a question ("how long", "how many"), never its subject. */
const HOW_WORDS = /\bhow\s+(long|many|much|often|far|soon|old|big|large|come)\b/gi;

/**
 * The concepts of a question: its terms, with synonym groups applied (a synonym phrase asked, such as
 * "radio frequencies", is one concept).
 */
export function conceptsOf(question: string, synonyms: SynonymGroups, index: PassageIndex): Concept[] {
  const terms = questionTerms(question.replace(HOW_WORDS, 'how'));
  const names = nameTermsOf(question);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // Concepts are tracked as bits of one number: a question with more than 30 is pasted text, not a question.
  for (let i = 0; i < terms.length && concepts.length < MAX_CONCEPTS; ) {
    let taken = 1;
    let group: string[][] | undefined;
    let asked = [terms[i] as string];
    // Longest synonym member starting here wins ("radio frequencies" before "radio").
    for (const g of synonyms) {
      for (const member of g) {
        if (member.length >= taken && member.every((t, k) => terms[i + k] === t)) {
          if (member.length > taken || !group) {
            group = g;
            taken = member.length;
            asked = member;
          }
        }
      }
    }
    i += taken;
    const key = asked.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const alternatives = [{ terms: asked, weight: 1 }];
    for (const member of group ?? []) {
      if (member.join(' ') !== key) alternatives.push({ terms: member, weight: SYNONYM_WEIGHT });
    }
    const [term] = asked;
    const name = asked.some((t) => names.has(t));
    if (asked.length === 1 && term && name && term.length >= MIN_FUZZY_LENGTH && !alternatives.some((a) => a.terms.every((t) => index.holds(t)))) {
      // A name the corpus does not hold, nor any synonym: most likely misspelt ("Huwei"). It is read as
      // the closest name the corpus does hold, the others as synonyms.
      const [likeliest, ...others] = index.similarTerms(term);
      if (likeliest) {
        asked = [likeliest];
        alternatives.splice(0, alternatives.length, { terms: asked, weight: 1 }, ...others.map((t) => ({ terms: [t], weight: SYNONYM_WEIGHT })));
      }
    }
    const weight = asked.reduce((sum, t) => sum + termWeight(index, t), 0) / asked.length;
    concepts.push({ asked, alternatives, weight, ...(name ? { name } : {}) });
  }
  const cue = answerCueOf(question);
  if (cue && concepts.length > 0) {
    const weight = concepts.reduce((sum, c) => sum + c.weight, 0) / concepts.length;
    concepts.push({ asked: [cue], alternatives: [{ terms: [cue], weight: 1 }], weight, cue: true });
  }
  return concepts;
}


/**
 * The terms of the capitalised words of a question: names, the words worth correcting when the corpus
 * does not hold them. The first word counts only when it is the whole question ("Barcelonna"): a
 * sentence starts with a capital anyway. None when the question is all capitals.
 */
function nameTermsOf(question: string): Set<string> {
  const names = new Set<string>();
  if (!/\p{Ll}/u.test(question)) return names;
  const tokens = tokenize(question, 'joined');
  tokens.forEach((token, i) => {
    const term = (i > 0 || tokens.length === 1) && /^\p{Lu}/u.test(token) ? cachedTerm(token) : null;
    if (term) names.add(term);
  });
  return names;
}

/**
 * How much an asked term says: its idf; a word no passage holds counts half as much as the rarest word
 * that is there, since questions are often phrased in words the sources do not use ("how did Huawei
 * respond"): such words must not make a good quote look irrelevant.
 */
function termWeight(index: PassageIndex, term: string): number {
  const idf = index.idf(term);
  return index.documentFrequency.has(term) ? idf : idf * UNKNOWN_TERM_SHARE;
}

/** How strongly a set of terms holds a concept: 1 for what was asked, the synonym weight, or 0. */
export function conceptIn(terms: Set<string>, concept: Concept): number {
  let best = 0;
  for (const alt of concept.alternatives) {
    if (alt.weight > best && alt.terms.every((t) => terms.has(t))) best = alt.weight;
  }
  return best;
}

