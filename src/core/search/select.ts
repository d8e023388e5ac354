import type { AnswerResult } from '../model.js';
import { fold } from '../text/matchText.js';
import { cachedTerm, tokenize } from '../text/terms.js';
import type { Concept } from './question.js';
import type { Ranking } from './ranking.js';
import type { RankedSentence } from './score.js';

/**
 * Select: from the ranked sentences, the quotes a reporter is shown. Sentences of one paragraph chosen
 * side by side become one quote; a quote opens with the sentence before when it needs it (it starts
 * with a pronoun, or the sentence before holds a part of the question it lacks); the same words are
 * never quoted twice (wire services file stories twice); a quote holding too little of the question is
 * no answer, nor one far weaker than the best; and when more than one source speaks to the question, the
 * first three quotes hear each.
 */

/** What selection needs to know of the question. */
export interface SelectionQuestion {
  /** The concepts sentences were ranked on, in the order of the ranked sentences' bits. */
  concepts: Concept[];
  /** A quote must hold at least this many of the ranked concepts. */
  mustMatch: number;
  /** A speaker was asked for: that side only, no other. */
  speaker: boolean;
}

interface Chosen {
  passage: RankedSentence['passage'];
  /** First and last sentence (positions in the paragraph) and their character range. */
  first: number;
  last: number;
  start: number;
  end: number;
  score: number;
  /** The score it is ranked by among the quotes (see `RANKING.sameParagraph`). */
  rank: number;
  own: number;
  bits: number;
}

/** A sentence opening with a pronoun: who or what it speaks of is in the sentence before. */
const REFERS_BACK = /^[\s"\u201C\u2018']*(?:It|Its|This|These|That|Those|They|Their|Them|Such|He|She|His|Her)\b/;

/**
 * The quotes answering a question, best first, at most `limit` (see the module's comment).
 *
 * @param ranges the sentence ranges of a passage (as the index split it).
 */
export function selectQuotes(
  ranked: Iterable<RankedSentence>,
  question: SelectionQuestion,
  ranking: Ranking,
  limit: number,
  ranges: (passage: RankedSentence['passage']) => { start: number; end: number }[],
  remaining: () => number = () => Infinity,
): AnswerResult[] {
  const countOf = (bits: number) => question.concepts.reduce((n, _c, i) => n + ((bits >> i) & 1), 0);
  // A quote answers when it holds enough of the question's concepts itself (with its context sentence
  // and its document's title); a question naming only a speaker is answered by its opening paragraphs.
  const answers = (quoteBits: number) => question.concepts.length === 0 || countOf(quoteBits) >= question.mustMatch;

  const chosen: Chosen[] = [];
  const seen = new Set<string>();
  const sources = new Set<string>();
  let top: number | undefined;
  // A source speaks to the question when its quote scores near the best and holds as much of the
  // question (its concepts, by weight) as the best quote does: a passage sharing one word of it is not a
  // second side.
  const weightOf = (bits: number) => question.concepts.reduce((w, c, i) => w + ((bits >> i) & 1 ? c.weight : 0), 0);
  const speaks = (score: number, bits: number, best: number, bestBits: number) =>
    score >= best * ranking.otherSide && weightOf(bits) >= weightOf(bestBits);
  /**
   * Whether no sentence scoring `score` (or less) can change the quotes: far weaker than the best, or
   * the quotes asked for are kept and every side that speaks is heard (three at most), or none left could.
   */
  const enough = (best: number, score: number) => {
    if (score < best * ranking.minRelativeScore) return true;
    const sidesHeard = question.speaker || sources.size >= Math.min(3, limit) || score < best * ranking.otherSide;
    // No sentence still to come can rank above the last quote kept (a quote's rank is at most its score).
    const kept = chosen.length >= limit ? (chosen.map((q) => q.rank).sort((a, b) => b - a)[limit - 1] as number) : -Infinity;
    return score < kept && sidesHeard;
  };
  const pending = ranked[Symbol.iterator]();
  for (;;) {
    // Stop before ranking another sentence when none still to come can score enough to matter (`remaining`
    // bounds them all, and `enough` only grows truer as scores fall): the same quotes, sooner.
    if (top !== undefined && enough(top, remaining())) break;
    const next = pending.next();
    if (next.done) break;
    const s = next.value;
    if (top !== undefined && enough(top, s.score)) break;
    const text = s.passage.paragraph.text;
    const sentences = ranges(s.passage);
    const range = sentences[s.position] as { start: number; end: number };
    // A sentence beside (or inside) a quote already chosen from its paragraph joins it, while it stays short.
    const beside = chosen.find((q) => q.passage === s.passage && s.position >= q.first - 1 && s.position <= q.last + 1);
    if (beside) {
      if (s.position >= beside.first && s.position <= beside.last) continue;
      const start = Math.min(beside.start, range.start);
      const end = Math.max(beside.end, range.end);
      // It joins when it adds a part of the question the quote lacks, or says nearly as much; else it is a quote of its own.
      if (((s.bits & ~beside.bits) !== 0 || s.own >= beside.own * ranking.mergeShare) && end - start <= ranking.maxQuoteLength) {
        beside.first = Math.min(beside.first, s.position);
        beside.last = Math.max(beside.last, s.position);
        beside.start = start;
        beside.end = end;
        beside.bits |= s.bits;
        continue;
      }
    }
    let first = s.position;
    let bits = s.bits | s.metaBits;
    const before = sentences[s.position - 1];
    const needsBefore = REFERS_BACK.test(text.slice(range.start, range.end)) || (s.bitsBefore & ~s.bits) !== 0;
    const quoted = (k: number) => chosen.some((q) => q.passage === s.passage && k >= q.first && k <= q.last);
    if (before && needsBefore && !quoted(s.position - 1) && range.end - before.start <= ranking.maxQuoteLength) {
      first--;
      bits |= s.bitsBefore;
    }
    const start = (sentences[first] as { start: number }).start;
    if (!answers(bits)) continue;
    const key = fold(text.slice(start, range.end));
    if (seen.has(key)) continue;
    seen.add(key);
    top ??= s.score;
    // Reading stops once three sources score near the best (as many as the answer can hear), whether or
    // not they hold as much of the question: which of them are sides is decided among the quotes read.
    if (s.score >= top * ranking.otherSide) sources.add(s.passage.doc.source.id);
    // A second quote of a paragraph ranks a little lower: three quotes of one paragraph say less than two places.
    const rank = chosen.some((q) => q.passage === s.passage) ? s.score * ranking.sameParagraph : s.score;
    chosen.push({ passage: s.passage, first, last: s.position, start, end: range.end, score: s.score, rank, own: s.own, bits });
  }
  const byRank = chosen.map((q, i) => ({ q, i })).sort((a, b) => b.q.rank - a.q.rank || a.i - b.i).map(({ q }) => q);
  const ordered = question.speaker ? byRank : withEverySide(byRank, limit, (q, best) => speaks(q.rank, q.bits, best.rank, best.bits));
  return ordered.slice(0, limit).map((q) => {
    const quote = q.passage.paragraph.text.slice(q.start, q.end);
    const page = q.passage.paragraph.page;
    return {
      quote,
      source: q.passage.doc.source,
      place: { paragraph: q.passage.paragraph.index, start: q.start, end: q.end, ...(page !== undefined ? { page } : {}) },
      // The score the quote is ranked by (a paragraph's second quote a little below its own).
      score: Math.round(q.rank * 1000) / 1000,
      matchedWords: matchedWordsOf(quote, question.concepts),
    };
  });
}

/**
 * Reorders quotes so that the first three quote every source that speaks to the question (its best
 * quote scores at least `otherSide` of the best and holds as many of the question's concepts), best
 * first; the remaining places go to the next best.
 */
function withEverySide(quotes: Chosen[], limit: number, speaks: (q: Chosen, best: Chosen) => boolean): Chosen[] {
  const best = quotes[0];
  const front: Chosen[] = [];
  const sources = new Set<string>();
  for (const q of quotes) {
    if (front.length >= 3 || !best) break;
    if (sources.has(q.passage.doc.source.id) || !speaks(q, best)) continue;
    sources.add(q.passage.doc.source.id);
    front.push(q);
  }
  const rest = quotes.filter((q) => !front.includes(q));
  const slots = Math.max(0, Math.min(3, limit) - front.length);
  const head = [...front, ...rest.slice(0, slots)].sort((a, b) => b.rank - a.rank);
  return [...head, ...rest.slice(slots)];
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
