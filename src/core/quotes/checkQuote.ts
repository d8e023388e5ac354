import search from 'approx-string-match';
import type { DiffWord, QuoteCheck, QuoteMatch } from '../model.js';
import { foldForMatch, originalRange } from '../text/matchText.js';
import { termsOf } from '../text/terms.js';
import type { Passage, PassageIndex } from '../search/passageIndex.js';
import { diffWords } from './wordDiff.js';
import { readMarks } from './editMarks.js';
import { findEdited, findMarkedNear, markedQuote, NEAR_MAX_ERRORS, NEAR_MIN_LENGTH, NEAR_MIN_SHARED_WORDS, type EditedPools } from './findEdited.js';
import { foldedPassage } from './foldedPassage.js';
import { toWordBoundaries } from './wordBoundaries.js';
import { wholeSentences } from './wholeSentences.js';
import { withSpeakers } from '../attribution/speakersOfQuotes.js';

/** Passages tried for a near match: the best candidates by the words they share with the text. */
const NEAR_CANDIDATES = 40;
/** Places listed for one verbatim quote at most (a short phrase can stand in hundreds of stories). */
const MAX_PLACES = 50;


/** Strips the quotation marks a reporter typed around the text ("“no positive impact”"), if on both ends. */
export function unquote(text: string): string {
  const marks = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+|["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+$/g;
  const trimmed = text.trim();
  const ends = trimmed.match(marks) ?? [];
  return ends.length === 2 && trimmed.length > 2 ? trimmed.replace(marks, '').trim() : trimmed;
}

function matchAt(passage: Passage, start: number, end: number): QuoteMatch {
  return {
    quote: passage.paragraph.text.slice(start, end),
    source: passage.doc.source,
    place: { paragraph: passage.paragraph.index, start, end, ...(passage.paragraph.page ? { page: passage.paragraph.page } : {}) },
  };
}

/** Passages that may hold the text: those with all of its words, or every passage when it has none. */
function verbatimCandidates(index: PassageIndex, terms: string[], accepts: Accepts): Passage[] {
  if (terms.length === 0) return [...index.passages.values()].filter(accepts);
  const hits = index.miniSearch.search(
    { combineWith: 'AND', queries: [...new Set(terms)] },
    { tokenize: (t: string) => [t], processTerm: (t: string) => t, fields: ['text'] },
  );
  return hits.map((h) => index.passages.get(h.id)).filter((p): p is Passage => !!p && accepts(p));
}

function nearCandidates(index: PassageIndex, terms: string[], accepts: Accepts): Passage[] {
  if (terms.length === 0 || index.size <= NEAR_CANDIDATES) return [...index.passages.values()].filter(accepts);
  const hits = index.miniSearch.search(
    { combineWith: 'OR', queries: [...new Set(terms)] },
    { tokenize: (t: string) => [t], processTerm: (t: string) => t, fields: ['text'] },
  );
  const passages: Passage[] = [];
  for (const hit of hits) {
    const p = index.passages.get(hit.id);
    if (p && accepts(p)) passages.push(p);
    if (passages.length >= NEAR_CANDIDATES) break;
  }
  return passages;
}

/** Which passages a check may quote (a request's scope); every passage when unrestricted. */
export type Accepts = (passage: Passage) => boolean;
const EVERY_PASSAGE: Accepts = () => true;

/** Word boundaries (starts and ends of words) of a text within a window. */
function boundaries(text: string, from: number, to: number, kind: 'start' | 'end'): number[] {
  const out: number[] = [];
  const isWord = (i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '');
  for (let i = Math.max(0, from); i <= Math.min(text.length, to); i++) {
    if (kind === 'start' ? isWord(i) && !isWord(i - 1) : !isWord(i) && isWord(i - 1)) out.push(i);
  }
  return out;
}

/**
 * The approximate matcher finds a region with the fewest character edits, which may stop a word short
 * ("will suffer the" for "will suffer most."). Among nearby word boundaries, take the range whose words
 * share the most with what was asked, then the one closest to it in length; trailing punctuation of the
 * sentence comes along.
 */
function closestWording(text: string, asked: string, range: { start: number; end: number }): { start: number; end: number } {
  const window = 20;
  const askedWords = asked.split(/\s+/).filter(Boolean).length;
  let best = { ...range, shared: diffWords(asked, text.slice(range.start, range.end)).shared, gap: 0 };
  best.gap = Math.abs(text.slice(range.start, range.end).split(/\s+/).length - askedWords);
  for (const start of boundaries(text, range.start - window, range.start + window, 'start')) {
    for (const end of boundaries(text, range.end - window, range.end + window, 'end')) {
      if (end <= start) continue;
      const slice = text.slice(start, end);
      const shared = diffWords(asked, slice).shared;
      const gap = Math.abs(slice.split(/\s+/).length - askedWords);
      if (shared > best.shared || (shared === best.shared && gap < best.gap)) best = { start, end, shared, gap };
    }
  }
  // Keep the closing punctuation the asked text also has ("most." → "the most.").
  let end = best.end;
  while (end < text.length && /[.,;:!?'"\u2019\u201D)]/.test(text[end] as string) && /[.,;:!?'"\u2019\u201D)]$/.test(asked.trim())) end++;
  return { start: best.start, end };
}

/** Every place the folded pattern stands in the passages (at most {@link MAX_PLACES}). */
function findVerbatim(passages: Iterable<Passage>, pattern: string): QuoteMatch[] {
  const places: QuoteMatch[] = [];
  for (const passage of passages) {
    const f = foldedPassage(passage);
    for (let at = f.text.indexOf(pattern); at >= 0; at = f.text.indexOf(pattern, at + 1)) {
      const { start, end } = originalRange(f, at, at + pattern.length);
      places.push(matchAt(passage, start, end));
      if (places.length >= MAX_PLACES) return places;
    }
  }
  return places;
}

/** The closest real wording to what was asked, if close enough to count as `near`. */
function findNear(passages: Iterable<Passage>, asked: string, pattern: string): QuoteMatch | undefined {
  if (pattern.length < NEAR_MIN_LENGTH) return undefined;
  const maxErrors = Math.floor(pattern.length * NEAR_MAX_ERRORS);
  let best: { passage: Passage; start: number; end: number; errors: number } | undefined;
  for (const passage of passages) {
    const f = foldedPassage(passage);
    for (const m of search(f.text, pattern, best ? Math.min(maxErrors, best.errors) : maxErrors)) {
      if (!best || m.errors < best.errors) best = { passage, ...originalRange(f, m.start, m.end), errors: m.errors };
    }
  }
  if (!best) return undefined;
  const text = best.passage.paragraph.text;
  const { start, end } = closestWording(text, asked, toWordBoundaries(text, best.start, best.end));
  const diff = diffWords(asked, text.slice(start, end));
  if (diff.shared < diff.asked.length * NEAR_MIN_SHARED_WORDS) return undefined;
  // Shown as the whole sentence(s) the closest wording stands in; only the words within it can differ.
  const whole = wholeSentences(best.passage.paragraph, start, end);
  const before = text.slice(whole.start, start).split(/\s+/).filter(Boolean).map((word) => ({ word, changed: false }));
  const after = text.slice(end, whole.end).split(/\s+/).filter(Boolean).map((word) => ({ word, changed: false }));
  return { ...matchAt(best.passage, whole.start, whole.end), diff: joinWords(text, whole, start, end, before, diff.real, after), askedDiff: diff.asked, changes: diff.changes };
}

/**
 * The words of a whole-sentence range: those before the closest wording, its own (marked), those after;
 * a word cut by the closest wording's edge ("most." → "most" + ".") is one word again.
 */
function joinWords(text: string, whole: { start: number; end: number }, start: number, end: number, before: DiffWord[], inner: DiffWord[], after: DiffWord[]): DiffWord[] {
  const words = [...before, ...inner, ...after];
  const real = text.slice(whole.start, whole.end).split(/\s+/).filter(Boolean);
  if (real.length === words.length) return real.map((word, i) => ({ word, changed: (words[i] as DiffWord).changed }));
  // Edges fell inside a word: rebuild from the text, marking the words that overlap a changed inner word.
  const changed: { s: number; e: number }[] = [];
  let at = start;
  for (const w of inner) {
    const s = text.indexOf(w.word, at);
    if (s < 0 || s >= end) break;
    at = s + w.word.length;
    if (w.changed) changed.push({ s, e: at });
  }
  const out: DiffWord[] = [];
  for (const m of text.slice(whole.start, whole.end).matchAll(/\S+/g)) {
    const s = whole.start + (m.index ?? 0);
    out.push({ word: m[0], changed: changed.some((c) => c.s < s + m[0].length && c.e > s) });
  }
  return out;
}

/**
 * Checks a quotation against the corpus.
 *
 * - `verbatim`: it stands in a source, ignoring case, runs of whitespace and curly vs straight quotes;
 *   every place it occurs is listed.
 * - `edited`: it uses a journalist's standard marks (omissions `…`, `...`, `. . .`, `[…]`, `(…)`;
 *   replacements in square brackets; `[sic]`) and everything else is the source's own words, in order,
 *   from one document, within one paragraph or two adjacent ones; every place is listed, each with its
 *   fragments and what each mark stands for.
 * - `near`: not verbatim nor edited, but a source says something close; the whole sentence(s) holding
 *   the closest real wording are given, with what differs.
 * - `none`: nothing in the sources comes close.
 *
 * The quote returned is always the source's own text, never the text asked.
 *
 * ```ts
 * checkQuote(index, 'this meeting will have no positive impact on 5G security')
 * // { verdict: 'near', matches: [{ quote: 'But its practice … so this meeting will have no positive influence on 5G security.', changes: [{asked: 'impact', source: 'influence'}] }] }
 * checkQuote(index, 'the meeting [\u2026] helped [the US] eliminate some of the competitors').verdict // 'edited'
 * ```
 */
export function checkQuote(index: PassageIndex, text: string, accepts: Accepts = EVERY_PASSAGE): QuoteCheck {
  const check = judge(text, {
    verbatim: (terms) => verbatimCandidates(index, terms, accepts),
    near: (terms) => nearCandidates(index, terms, accepts),
    edited: {
      passagesWith: (term) => termPassages(index, term).filter(accepts),
      frequency: (term) => index.documentFrequency.get(term) ?? 0,
      nearCandidates: (terms) => rareTermCandidates(index, terms, accepts),
      all: () => [...index.passagesOfDocument.values()].flat().filter(accepts),
      byDocument: index.passagesOfDocument,
    },
  });
  return { ...check, matches: withSpeakers(index, check.matches) };
}

/** Terms looked up per piece of a marked quotation when looking for its closest wording: its rarest. */
const RARE_TERMS_PER_PIECE = 2;

/**
 * Candidates for the closest wording of a marked quotation: the passages holding the rarest terms of its
 * pieces, those holding the most of them first (an OR search over every term costs tens of milliseconds
 * on a large archive; the rare terms' passages are few and hold the answer whenever one exists).
 */
function rareTermCandidates(index: PassageIndex, pieceTerms: string[][], accepts: Accepts): Passage[] {
  const hits = new Map<Passage, number>();
  for (const terms of pieceTerms) {
    const rare = [...new Set(terms)].filter((t) => index.documentFrequency.has(t)).sort((a, b) => (index.documentFrequency.get(a) ?? 0) - (index.documentFrequency.get(b) ?? 0));
    for (const term of rare.slice(0, RARE_TERMS_PER_PIECE)) {
      for (const p of termPassages(index, term)) if (accepts(p)) hits.set(p, (hits.get(p) ?? 0) + 1);
    }
  }
  return [...hits].sort((a, b) => b[1] - a[1]).slice(0, NEAR_CANDIDATES).map(([p]) => p);
}

/** The passages holding one term (already a search term: stemmed). */
function termPassages(index: PassageIndex, term: string): Passage[] {
  const hits = index.miniSearch.search({ queries: [term] }, { tokenize: (t: string) => [t], processTerm: (t: string) => t, fields: ['text'] });
  return hits.map((h) => index.passages.get(h.id)).filter((p): p is Passage => !!p);
}

interface Pools {
  verbatim: (terms: string[]) => Iterable<Passage>;
  near: (terms: string[]) => Iterable<Passage>;
  edited: EditedPools;
}

/** The passages holding the rarest of some terms (none when a term is in no passage at all). */
function rarestTermPassages(pools: EditedPools, terms: string[]): Passage[] {
  if (terms.length === 0) return pools.all();
  const frequencies = terms.map((t) => [t, pools.frequency(t)] as const);
  if (frequencies.some(([, f]) => f === 0)) return [];
  const [rarest] = frequencies.reduce((a, b) => (b[1] < a[1] ? b : a));
  return pools.passagesWith(rarest);
}

/** The verdict on `text`: verbatim, then (for a quotation with marks) edited, then near. */
function judge(text: string, pools: Pools): QuoteCheck {
  const asked = unquote(text);
  const pattern = foldForMatch(asked).text;
  if (!pattern) return { text, verdict: 'none', matches: [] };
  const terms = termsOf(asked);
  const pieces = readMarks(asked);
  // A quotation with marks stands verbatim only where a source prints the marks too; the passages holding
  // its rarest term include every such place (an AND search over all its words is slow on a large archive).
  const places = findVerbatim(pieces ? rarestTermPassages(pools.edited, terms) : pools.verbatim(terms), pattern);
  if (places.length > 0) return { text, verdict: 'verbatim', matches: places };
  if (pieces) {
    const marked = markedQuote(pieces);
    const edited = findEdited(marked, pools.edited, MAX_PLACES);
    if (edited.length > 0) return { text, verdict: 'edited', matches: edited };
    const near = findMarkedNear(marked, pools.edited);
    return near ? { text, verdict: 'near', matches: [near] } : { text, verdict: 'none', matches: [] };
  }
  const near = findNear(pools.near(terms), asked, pattern);
  return near ? { text, verdict: 'near', matches: [near] } : { text, verdict: 'none', matches: [] };
}

/**
 * Checks a quotation against one document only (a comparison's quote must stand in the source it names).
 *
 * ```ts
 * checkQuoteInDocument(index, 'prague-proposals-wire-report', 'two-day meeting in Prague').verdict // 'verbatim'
 * ```
 */
export function checkQuoteInDocument(index: PassageIndex, documentId: string, text: string): QuoteCheck {
  const passages = index.passagesOfDocument.get(documentId) ?? [];
  const byDocument = new Map([[documentId, passages]]);
  return judge(text, {
    verbatim: () => passages,
    near: () => passages,
    edited: {
      passagesWith: (term) => termPassages(index, term).filter((p) => p.doc.source.id === documentId),
      frequency: (term) => index.documentFrequency.get(term) ?? 0,
      nearCandidates: () => passages,
      all: () => passages,
      byDocument,
    },
  });
}
