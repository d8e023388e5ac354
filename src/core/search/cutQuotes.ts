import { splitSentences, type SentenceRange } from '../text/splitSentences.js';
import { tokenize } from '../text/terms.js';
import { conceptIn, type Concept } from './concepts.js';
import type { Passage } from './passageIndex.js';
import { cachedTerm, metaTermsOf, termSet, withCues } from './passageIndex.js';

interface Sentences {
  ranges: SentenceRange[];
  terms: Set<string>[];
  /** The terms with the answer cues each sentence holds: only looked for when a question has a cue. */
  withCues?: Set<string>[];
}
const sentenceCache = new WeakMap<Passage, Sentences>();

function sentencesOf(passage: Passage, cues: boolean): { ranges: SentenceRange[]; terms: Set<string>[] } {
  const text = passage.paragraph.text;
  let cached = sentenceCache.get(passage);
  if (!cached) {
    const ranges = splitSentences(text);
    cached = { ranges, terms: ranges.map((r) => termSet(text.slice(r.start, r.end))) };
    sentenceCache.set(passage, cached);
  }
  if (!cues) return cached;
  const { ranges, terms } = cached;
  cached.withCues ??= ranges.map((r, i) => withCues(terms[i] as Set<string>, text.slice(r.start, r.end)));
  return { ranges: cached.ranges, terms: cached.withCues };
}

const metaCache = new WeakMap<Passage['doc'], Set<string>>();
function metaTermsOfPassage(passage: Passage): Set<string> {
  let terms = metaCache.get(passage.doc);
  if (!terms) {
    terms = metaTermsOf(passage.doc);
    metaCache.set(passage.doc, terms);
  }
  return terms;
}

/** A sentence opening with a pronoun: who or what it speaks of is in the sentence before. */
const REFERS_BACK = /^[\s"\u201C\u2018']*(?:It|Its|This|These|That|Those|They|Their|Them|Such|He|She|His|Her)\b/;
/** A quote is widened to the sentence before only while it stays this short (characters). */
const MAX_WITH_CONTEXT = 600;

/**
 * The sentence(s) of a passage that answer: the sentence holding the most of the question's weight,
 * joined by its neighbour when the neighbour holds a concept it lacks, and by the sentence before when
 * it opens with a pronoun ("They …"). Returned as a range of the paragraph, so the quote is a verbatim
 * slice of it.
 */
export function cutQuotes(passage: Passage, concepts: Concept[]): { start: number; end: number; covered: number; matched: number }[] {
  const { ranges, terms } = sentencesOf(passage, concepts.some((c) => c.cue));
  const text = passage.paragraph.text;
  // A question naming the outlet or author ("what does China Watch say") is answered by all its passages.
  const meta = metaTermsOfPassage(passage);
  const strength = (c: Concept, sentenceTerms: Set<string>[]) => Math.max(conceptIn(meta, c), ...sentenceTerms.map((t) => conceptIn(t, c)));
  const weightOf = (sentenceTerms: Set<string>[]) => concepts.reduce((sum, c) => sum + c.weight * strength(c, sentenceTerms), 0);
  const matchedIn = (sentenceTerms: Set<string>[]) => concepts.filter((c) => !c.cue && strength(c, sentenceTerms) > 0).length;
  const weights = terms.map((t) => weightOf([t]));
  const cut = (bestIndex: number) => {
    let first = bestIndex;
    let last = bestIndex;
    let covered = weights[bestIndex] as number;
    for (const neighbour of [bestIndex + 1, bestIndex - 1]) {
      if (neighbour < 0 || neighbour >= ranges.length) continue;
      const w = weightOf(terms.slice(Math.min(first, neighbour), Math.max(last, neighbour) + 1));
      if (w > covered + 1e-9) {
        covered = w;
        first = Math.min(first, neighbour);
        last = Math.max(last, neighbour);
      }
    }
    // "They do not represent …" names nobody: the sentence before says who, so it is quoted too.
    const start = ranges[first] as SentenceRange;
    const before = ranges[first - 1];
    if (before && REFERS_BACK.test(text.slice(start.start, start.end)) && (ranges[last] as SentenceRange).end - before.start <= MAX_WITH_CONTEXT) first--;
    return { start: (ranges[first] as SentenceRange).start, end: (ranges[last] as SentenceRange).end, covered, matched: matchedIn(terms.slice(first, last + 1)), first, last };
  };
  const best = weights.reduce((b, w, i) => (w > (weights[b] as number) ? i : b), 0);
  const first = cut(best);
  // A second sentence of the same paragraph that says as much, apart from the first, is quoted too:
  // "Huawei …" may be both the lobbying against it and its denial.
  const second = weights.findIndex((w, i) => (i < first.first || i > first.last) && w >= (weights[best] as number) - 1e-9);
  if (second < 0) return [first];
  const range = ranges[second] as SentenceRange;
  return [first, { start: range.start, end: range.end, covered: weights[second] as number, matched: matchedIn([terms[second] as Set<string>]) }];
}

/** The words of the quote (as printed) that carry one of the question's concepts, for highlighting. */
export function matchedWordsOf(quote: string, concepts: Concept[]): string[] {
  const wanted = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const words = new Set<string>();
  for (const token of tokenize(quote)) {
    const term = cachedTerm(token);
    if (term && wanted.has(term)) words.add(token);
  }
  return [...words];
}

