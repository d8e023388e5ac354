import search from 'approx-string-match';
import type { QuoteCheck, QuoteMatch } from '../model.js';
import { foldForMatch, originalRange, type FoldedText } from '../text/matchText.js';
import { termsOf } from '../text/terms.js';
import type { Passage, PassageIndex } from '../search/passageIndex.js';
import { diffWords } from './wordDiff.js';

/** Share of the asked text's characters that may differ for the closest wording to count as `near`. */
const NEAR_MAX_ERRORS = 0.3;
/** Share of the asked words the closest wording must share to count as `near`. */
const NEAR_MIN_SHARED_WORDS = 0.5;
/** Shorter than this (folded characters), a text is checked verbatim only: anything is "near" it. */
const NEAR_MIN_LENGTH = 12;
/** Passages tried for a near match: the best candidates by the words they share with the text. */
const NEAR_CANDIDATES = 40;
/** Places listed for one verbatim quote at most (a short phrase can stand in hundreds of stories). */
const MAX_PLACES = 50;

const foldedCache = new WeakMap<Passage, FoldedText>();
function folded(passage: Passage): FoldedText {
  let f = foldedCache.get(passage);
  if (!f) {
    f = foldForMatch(passage.paragraph.text);
    foldedCache.set(passage, f);
  }
  return f;
}

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
function verbatimCandidates(index: PassageIndex, terms: string[]): Passage[] {
  if (terms.length === 0) return [...index.passages.values()];
  const hits = index.miniSearch.search(
    { combineWith: 'AND', queries: [...new Set(terms)] },
    { tokenize: (t: string) => [t], processTerm: (t: string) => t, fields: ['text'] },
  );
  return hits.map((h) => index.passages.get(h.id)).filter((p): p is Passage => !!p);
}

function nearCandidates(index: PassageIndex, terms: string[]): Passage[] {
  if (terms.length === 0 || index.size <= NEAR_CANDIDATES) return [...index.passages.values()];
  const hits = index.miniSearch.search(
    { combineWith: 'OR', queries: [...new Set(terms)] },
    { tokenize: (t: string) => [t], processTerm: (t: string) => t, fields: ['text'] },
  );
  return hits.slice(0, NEAR_CANDIDATES).map((h) => index.passages.get(h.id)).filter((p): p is Passage => !!p);
}

/** Widens a range of `text` to whole words, so a near match never starts or ends inside a word. */
function toWordBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'\u2019-]/u.test(ch);
  while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  while (end < text.length && isWord(text[end]) && isWord(text[end - 1])) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

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
    const f = folded(passage);
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
    const f = folded(passage);
    for (const m of search(f.text, pattern, best ? Math.min(maxErrors, best.errors) : maxErrors)) {
      if (!best || m.errors < best.errors) best = { passage, ...originalRange(f, m.start, m.end), errors: m.errors };
    }
  }
  if (!best) return undefined;
  const { start, end } = closestWording(best.passage.paragraph.text, asked, toWordBoundaries(best.passage.paragraph.text, best.start, best.end));
  const match = matchAt(best.passage, start, end);
  const diff = diffWords(asked, match.quote);
  if (diff.shared < diff.asked.length * NEAR_MIN_SHARED_WORDS) return undefined;
  return { ...match, diff: diff.real, askedDiff: diff.asked };
}

/**
 * Checks a quotation against the corpus.
 *
 * - `verbatim`: it stands in a source, ignoring case, runs of whitespace and curly vs straight quotes;
 *   every place it occurs is listed.
 * - `near`: not verbatim, but a source says something close; the closest real wording is given, with the
 *   words that differ marked.
 * - `none`: nothing in the sources comes close.
 *
 * The quote returned is always the source's own text, never the text asked.
 *
 * ```ts
 * checkQuote(index, 'this meeting will have no positive impact on 5G security')
 * // { verdict: 'near', matches: [{ quote: 'this meeting will have no positive influence on 5G security', diff: […] }] }
 * ```
 */
export function checkQuote(index: PassageIndex, text: string): QuoteCheck {
  return judge(text, (terms) => verbatimCandidates(index, terms), (terms) => nearCandidates(index, terms));
}

/** The verdict on `text`, looking for it verbatim in one set of passages, then near in another. */
function judge(text: string, verbatimPool: (terms: string[]) => Iterable<Passage>, nearPool: (terms: string[]) => Iterable<Passage>): QuoteCheck {
  const asked = unquote(text);
  const pattern = foldForMatch(asked).text;
  if (!pattern) return { text, verdict: 'none', matches: [] };
  const terms = termsOf(asked);
  const places = findVerbatim(verbatimPool(terms), pattern);
  if (places.length > 0) return { text, verdict: 'verbatim', matches: places };
  const near = findNear(nearPool(terms), asked, pattern);
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
  return judge(text, () => passages, () => passages);
}
