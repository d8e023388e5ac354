import search from 'approx-string-match';
import type { DiffWord, EditMark, QuoteChange, QuoteFragment, QuoteMatch, QuotePlace } from '../model.js';
import { fold, type FoldedText } from '../text/matchText.js';
import { termsOf } from '../text/terms.js';
import type { Passage } from '../search/passageIndex.js';
import type { MarkedPiece } from './editMarks.js';
import { foldedPassage } from './foldedPassage.js';
import { toWordBoundaries } from './wordBoundaries.js';
import { wholeSentences } from './wholeSentences.js';
import { diffWords } from './wordDiff.js';

/**
 * How far apart an edited quotation's pieces may stand: within one paragraph or two adjacent ones
 * ("within one passage or adjacent paragraphs"). Pieces further apart are not one quotation.
 */
export const MAX_PARAGRAPHS_SPANNED = 2;
/** At most this many source words may stand behind one bracket (`[The Czech ministry]` for "It"). */
const MAX_BRACKET_WORDS = 12;
/**
 * Share of a text's characters that may differ for it to count as found approximately (`near`): a plain
 * quotation as a whole, or each piece of a marked one.
 */
export const NEAR_MAX_ERRORS = 0.3;
/** Shorter than this (folded characters), a text or piece is looked for exactly only: anything is "near" it. */
export const NEAR_MIN_LENGTH = 12;
/** Share of the quotation's words the closest wording must share to count as `near` (plain or marked). */
export const NEAR_MIN_SHARED_WORDS = 0.5;
/** Windows searched approximately for a marked quotation's closest wording: those holding most of it exactly. */
const NEAR_WINDOWS = 8;
/** Placements tried per window at most (a guard against pathological quotes of one-word pieces). */
const MAX_STEPS = 5000;

/** Words that a bracket at the edge of a piece most often stands for. */
const PRONOUNS = new Set('he she it they we i you him her them us me his its their our my this that these those'.split(' '));

/** Words that open a noun phrase: a bracket standing for one stands for its noun too. */
const DETERMINERS = new Set('the a an its their his her our my this that these those'.split(' '));

/** A unit to find in the source: a piece of the source's words, or an in-word bracket (any one word). */
interface Unit {
  /** Index of the piece in the quotation. */
  piece: number;
  /** The folded words to find; undefined for an in-word bracket (`[t]he`), which matches any one word. */
  pattern?: string;
  /** The words as typed (for near: what differs). */
  typed: string;
}

/** What stands between two units (or before the first / after the last): the marks typed there. */
interface Gap {
  omission: boolean;
  bracket: boolean;
  /** Indexes of the pieces (marks) in this gap. */
  marks: number[];
}

/** A quotation read into units to find and the gaps between them. */
export interface MarkedQuote {
  pieces: MarkedPiece[];
  units: Unit[];
  /** gaps[0] before the first unit, gaps[i] between unit i-1 and i, gaps[units.length] after the last. */
  gaps: Gap[];
  /** The search terms of each unit (empty for in-word brackets). */
  terms: string[][];
}

/** Punctuation a reporter keeps or drops beside a mark: not part of the words looked for. */
const EDGE_PUNCTUATION = /^[\s,;:.!?"'\u201C\u201D\u2018\u2019()\u2013\u2014-]+|[\s,;:!?"'\u201C\u201D\u2018\u2019()\u2013\u2014-]+$|(?<![\p{Lu}]\.?[\p{Lu}])\.+$/gu;

/** Reads marked pieces into units and gaps. */
export function markedQuote(pieces: MarkedPiece[]): MarkedQuote {
  const units: Unit[] = [];
  const gaps: Gap[] = [{ omission: false, bracket: false, marks: [] }];
  const gap = () => gaps[gaps.length - 1] as Gap;
  pieces.forEach((piece, i) => {
    if (piece.kind === 'words' || (piece.kind === 'bracket' && piece.inWord)) {
      const typed = piece.text;
      const pattern = piece.kind === 'words' ? fold(typed.replace(EDGE_PUNCTUATION, '')) : undefined;
      if (piece.kind === 'words' && !pattern) return;
      units.push({ piece: i, pattern, typed });
      gaps.push({ omission: false, bracket: false, marks: [] });
      return;
    }
    const g = gap();
    g.marks.push(i);
    if (piece.kind === 'omission') g.omission = true;
    else if (piece.kind !== 'sic') g.bracket = true;
  });
  return { pieces, units, gaps, terms: units.map((u) => (u.pattern ? termsOf(u.typed) : [])) };
}

/** A run of consecutive paragraphs of one document, folded and joined by '\n' for matching. */
interface Window {
  passages: Passage[];
  text: string;
  /** Start of each paragraph's folded text in `text`. */
  bases: number[];
  folds: FoldedText[];
}

function makeWindow(passages: Passage[]): Window {
  const folds = passages.map(foldedPassage);
  const bases: number[] = [];
  let text = '';
  for (const f of folds) {
    if (text) text += '\n';
    bases.push(text.length);
    text += f.text;
  }
  return { passages, text, bases, folds };
}

/** The paragraph (index into the window) a window position falls in. */
function segmentAt(w: Window, pos: number): number {
  let s = 0;
  while (s + 1 < w.bases.length && (w.bases[s + 1] as number) <= pos) s++;
  return s;
}

/** A window range (inside one paragraph) as a place in the source. */
function placeOf(w: Window, start: number, end: number): { passage: Passage; start: number; end: number } {
  const s = segmentAt(w, start);
  const f = w.folds[s] as FoldedText;
  const base = w.bases[s] as number;
  const from = f.offsets[start - base] ?? 0;
  const to = end > start ? (f.offsets[end - 1 - base] ?? from) + 1 : from;
  return { passage: w.passages[s] as Passage, start: from, end: to };
}

function place(p: { passage: Passage; start: number; end: number }): QuotePlace {
  return { paragraph: p.passage.paragraph.index, start: p.start, end: p.end, ...(p.passage.paragraph.page ? { page: p.passage.paragraph.page } : {}) };
}

const WORD = /[\p{L}\p{N}]+/gu;
function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Every occurrence of a unit in the window, at word boundaries. */
function occurrences(w: Window, unit: Unit): [number, number][] {
  const out: [number, number][] = [];
  if (unit.pattern === undefined) {
    for (const m of w.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    return out;
  }
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const p = unit.pattern;
  for (let at = w.text.indexOf(p); at >= 0; at = w.text.indexOf(p, at + 1)) {
    if (isWord(p[0]) && isWord(w.text[at - 1])) continue;
    if (isWord(p[p.length - 1]) && isWord(w.text[at + p.length])) continue;
    out.push([at, at + p.length]);
  }
  return out;
}

/** Whether the text between two placed units fits the marks typed between them. */
function gapFits(gap: Gap, between: string): boolean {
  const words = wordCount(between);
  if (between.includes('\n') && !gap.omission) return false;
  if (gap.omission) return true;
  if (gap.bracket) return words >= 1 && words <= MAX_BRACKET_WORDS;
  return words === 0;
}

/**
 * Places every unit in the window, in order, each gap fitting its marks; the tightest placement (fewest
 * paragraphs, then fewest characters) or undefined.
 */
function placeUnits(w: Window, q: MarkedQuote): [number, number][] | undefined {
  const occ = q.units.map((u) => occurrences(w, u));
  if (occ.some((o) => o.length === 0)) return undefined;
  let best: [number, number][] | undefined;
  let bestCost = Infinity;
  let steps = 0;
  const chosen: [number, number][] = [];
  const visit = (i: number, from: number) => {
    if (++steps > MAX_STEPS) return;
    if (i === q.units.length) {
      const first = chosen[0] as [number, number];
      const last = chosen[chosen.length - 1] as [number, number];
      const paragraphs = segmentAt(w, last[1] - 1) - segmentAt(w, first[0]) + 1;
      const cost = paragraphs * 1e7 + (last[1] - first[0]);
      if (cost < bestCost) {
        bestCost = cost;
        best = chosen.map((c) => [...c] as [number, number]);
      }
      return;
    }
    for (const o of occ[i] as [number, number][]) {
      if (o[0] < from) continue;
      if (i > 0 && !gapFits(q.gaps[i] as Gap, w.text.slice(from, o[0]))) continue;
      if (i > 0 && segmentAt(w, o[1] - 1) - segmentAt(w, (chosen[0] as [number, number])[0]) >= MAX_PARAGRAPHS_SPANNED) break;
      chosen.push(o);
      visit(i + 1, o[1]);
      chosen.pop();
      // With no omission before it, a unit must follow the previous one closely: later places only grow the gap.
      if (i > 0 && !(q.gaps[i] as Gap).omission && wordCount(w.text.slice(from, o[0])) > MAX_BRACKET_WORDS) break;
    }
  };
  visit(0, 0);
  return best;
}

/**
 * The source words a bracket at the edge of a unit stands for: words right before (`side` 'before') or
 * after the unit, in its sentence. A pronoun next to the unit is taken alone; otherwise the span sharing
 * the most words with the bracket, else as many words as the bracket has.
 */
function bracketSource(paragraph: string, at: number, side: 'before' | 'after', bracketText: string, limit: number): { start: number; end: number } | undefined {
  const sentence = wholeSentences({ text: paragraph }, at, at);
  const words: { start: number; end: number }[] = [];
  for (const m of paragraph.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu)) {
    const s = m.index ?? 0;
    const e = s + m[0].replace(/\.$/, '').length;
    if (side === 'before' ? e <= at && s >= Math.max(sentence.start, limit) : s >= at && e <= Math.min(sentence.end, limit)) words.push({ start: s, end: e });
  }
  const near = side === 'before' ? words.reverse() : words;
  // A comma, semicolon or colon ends the phrase a bracket replaces.
  const collect = (stopAtPunctuation: boolean) => {
    const out: { start: number; end: number }[] = [];
    for (const wd of near) {
      const prev = out[out.length - 1];
      const between = prev ? (side === 'before' ? paragraph.slice(wd.end, prev.start) : paragraph.slice(prev.end, wd.start)) : side === 'before' ? paragraph.slice(wd.end, at) : paragraph.slice(at, wd.start);
      if (stopAtPunctuation && /[,;:()\u2013\u2014]/.test(between)) break;
      out.push(wd);
      if (out.length >= MAX_BRACKET_WORDS) break;
    }
    return out;
  };
  // Within the phrase next to the piece; a bracket right after a comma ("[In 2006] the elections…")
  // stands for the phrase before the comma.
  let reachable = collect(true);
  if (reachable.length === 0) reachable = collect(false);
  if (reachable.length === 0) return undefined;
  const span = (k: number) => {
    const ws = reachable.slice(0, k);
    const first = side === 'before' ? ws[ws.length - 1] : ws[0];
    const last = side === 'before' ? ws[0] : ws[ws.length - 1];
    return { start: (first as { start: number }).start, end: (last as { end: number }).end };
  };
  const wordAt = (k: number) => paragraph.slice(reachable[k]!.start, reachable[k]!.end).toLowerCase();
  if (PRONOUNS.has(wordAt(0))) return span(1);
  const asked = new Set(fold(bracketText).match(WORD) ?? []);
  let bestK = Math.min(reachable.length, Math.max(1, wordCount(bracketText)));
  // A determiner goes with its noun: "[Washington]" stands for "the US", not "the".
  const determinerAt = side === 'after' ? 0 : bestK - 1;
  if (DETERMINERS.has(wordAt(determinerAt)) && reachable.length > bestK) bestK++;
  let bestShared = 0;
  for (let k = 1; k <= reachable.length; k++) {
    const r = span(k);
    const shared = (fold(paragraph.slice(r.start, r.end)).match(WORD) ?? []).filter((x) => asked.has(x)).length;
    if (shared > bestShared) {
      bestShared = shared;
      bestK = k;
    }
  }
  return span(bestK);
}

/** The whole sentences a set of places stands in: the first paragraph's part, and the next one's if any. */
function sentencesAround(places: { passage: Passage; start: number; end: number }[]): Pick<QuoteMatch, 'quote' | 'place' | 'continued'> & { passage: Passage } {
  const first = places[0] as { passage: Passage; start: number; end: number };
  const inFirst = places.filter((p) => p.passage === first.passage);
  const rest = places.filter((p) => p.passage !== first.passage);
  const text = first.passage.paragraph.text;
  const a = wholeSentences(first.passage.paragraph, first.start, Math.max(...inFirst.map((p) => p.end)));
  const end = rest.length > 0 ? text.length : a.end;
  const result: Pick<QuoteMatch, 'quote' | 'place' | 'continued'> & { passage: Passage } = {
    passage: first.passage,
    quote: text.slice(a.start, end),
    place: place({ passage: first.passage, start: a.start, end }),
  };
  if (rest.length > 0) {
    const next = (rest[0] as { passage: Passage }).passage;
    const b = wholeSentences(next.paragraph, 0, Math.max(...rest.map((p) => p.end)));
    result.continued = { quote: next.paragraph.text.slice(0, b.end), place: place({ passage: next, start: 0, end: b.end }) };
  }
  return result;
}

/** Builds the `edited` match of a placement: fragments, and what each mark stands for. */
function editedMatch(w: Window, q: MarkedQuote, at: [number, number][]): QuoteMatch | undefined {
  const unitPlaces = at.map(([s, e]) => placeOf(w, s, e));
  const fragments: QuoteFragment[] = unitPlaces.map((p) => ({ text: p.passage.paragraph.text.slice(p.start, p.end), place: place(p) }));
  const marks: EditMark[] = [];
  const extra: { passage: Passage; start: number; end: number }[] = [];
  for (let g = 0; g < q.gaps.length; g++) {
    const gap = q.gaps[g] as Gap;
    const before = g > 0 ? (unitPlaces[g - 1] as { passage: Passage; start: number; end: number }) : undefined;
    const after = g < unitPlaces.length ? (unitPlaces[g] as { passage: Passage; start: number; end: number }) : undefined;
    const unit = g > 0 ? q.units[g - 1] : undefined;
    if (unit && before && unit.pattern === undefined) {
      const piece = q.pieces[unit.piece] as MarkedPiece & { kind: 'bracket' };
      marks.push({ kind: 'bracket', mark: piece.mark, text: piece.text, source: before.passage.paragraph.text.slice(before.start, before.end), place: place(before) });
    }
    for (const k of gap.marks) {
      const piece = q.pieces[k] as MarkedPiece;
      if (piece.kind === 'sic') {
        if (!before) continue;
        const text = before.passage.paragraph.text;
        const word = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*$/u.exec(text.slice(0, before.end));
        const start = word ? before.end - word[0].length : before.start;
        marks.push({ kind: 'sic', mark: piece.mark, source: text.slice(start, before.end), place: place({ passage: before.passage, start, end: before.end }) });
        continue;
      }
      if (piece.kind === 'omission') {
        const places: { passage: Passage; start: number; end: number }[] = [];
        if (before && after) {
          if (before.passage === after.passage) places.push({ passage: before.passage, start: before.end, end: after.start });
          else places.push({ passage: before.passage, start: before.end, end: before.passage.paragraph.text.length }, { passage: after.passage, start: 0, end: after.start });
        } else if (after) {
          const s = wholeSentences(after.passage.paragraph, after.start, after.end);
          places.push({ passage: after.passage, start: s.start, end: after.start });
        } else if (before) {
          const s = wholeSentences(before.passage.paragraph, before.start, before.end);
          places.push({ passage: before.passage, start: before.end, end: s.end });
        }
        const trimmed = places.map((p) => trimPlace(p)).filter((p) => p.end > p.start);
        marks.push({ kind: 'omission', mark: piece.mark, source: trimmed.map((p) => p.passage.paragraph.text.slice(p.start, p.end)).join('\n\n'), places: trimmed.map(place) });
        continue;
      }
      if (piece.kind !== 'bracket') continue;
      // A bracket between two pieces with no omission stands for exactly the words between them.
      let range: { passage: Passage; start: number; end: number } | undefined;
      if (before && after && !gap.omission && before.passage === after.passage) range = trimPlace({ passage: before.passage, start: before.end, end: after.start });
      else if (after && (!before || gap.marks.indexOf(k) > gap.marks.findIndex((m) => (q.pieces[m] as MarkedPiece).kind === 'omission'))) {
        const r = bracketSource(after.passage.paragraph.text, after.start, 'before', piece.text, before && before.passage === after.passage ? before.end : 0);
        if (r) range = { passage: after.passage, ...r };
      } else if (before) {
        const r = bracketSource(before.passage.paragraph.text, before.end, 'after', piece.text, after && after.passage === before.passage ? after.start : Infinity);
        if (r) range = { passage: before.passage, ...r };
      }
      if (!range || range.end <= range.start) return undefined;
      extra.push(range);
      marks.push({ kind: 'bracket', mark: piece.mark, text: piece.text, source: range.passage.paragraph.text.slice(range.start, range.end), place: place(range) });
    }
  }
  const all = [...unitPlaces, ...extra].sort((a, b) => a.passage.paragraph.index - b.passage.paragraph.index || a.start - b.start);
  const { passage, ...around } = sentencesAround(all);
  return { ...around, source: passage.doc.source, fragments, marks };
}

/** A place without the spaces and punctuation at its ends (an omission stands for words). */
function trimPlace(p: { passage: Passage; start: number; end: number }): { passage: Passage; start: number; end: number } {
  const text = p.passage.paragraph.text;
  let { start, end } = p;
  while (start < end && /[\s,;:.!?"'\u201C\u201D\u2018\u2019]/.test(text[start] as string)) start++;
  while (end > start && /[\s"'\u201C\u2018]/.test(text[end - 1] as string)) end--;
  return { passage: p.passage, start, end };
}

/** The windows of consecutive paragraphs around a passage that a quotation's pieces may span. */
function windowsAround(passage: Passage, byDocument: Map<string, Passage[]>): Passage[][] {
  const list = byDocument.get(passage.doc.source.id) ?? [passage];
  const i = list.indexOf(passage);
  if (i < 0) return [[passage]];
  const out: Passage[][] = [];
  for (let first = Math.max(0, i - MAX_PARAGRAPHS_SPANNED + 1); first <= i; first++) {
    out.push(list.slice(first, Math.min(list.length, first + MAX_PARAGRAPHS_SPANNED)));
  }
  return out;
}

/** Where to look: the passages that may hold a quotation's pieces, and every document's passages in order. */
export interface EditedPools {
  /** Passages holding a term (the rarest of the quotation's); none when no passage does. */
  passagesWith(term: string): Passage[];
  /** How many passages hold a term. */
  frequency(term: string): number;
  /** Passages sharing the most words with the quotation's pieces (each piece's terms), best first (for near). */
  nearCandidates(pieceTerms: string[][]): Passage[];
  /** Every passage that may be quoted (for a quotation with no searchable word). */
  all(): Passage[];
  /** Every document's passages in order (a candidate's neighbours). */
  byDocument: Map<string, Passage[]>;
}

/**
 * Every place a marked quotation stands as the source's words with its marks (`edited`), at most `max`.
 * The candidates are the passages holding the quotation's rarest term and the paragraphs beside them,
 * kept only where the window also holds every other piece's rarest term (so a quotation of common words
 * reads a few windows, not thousands).
 */
export function findEdited(q: MarkedQuote, pools: EditedPools, max: number): QuoteMatch[] {
  if (q.units.length === 0 || q.units.every((u) => u.pattern === undefined)) return [];
  // Each piece's rarest term: a window can hold the quotation only if it holds every one of them.
  const rarestOfPiece: { term: string; frequency: number }[] = [];
  for (const terms of q.terms) {
    let rarest: { term: string; frequency: number } | undefined;
    for (const term of terms) {
      const frequency = pools.frequency(term);
      if (frequency === 0) return [];
      if (!rarest || frequency < rarest.frequency) rarest = { term, frequency };
    }
    if (rarest) rarestOfPiece.push(rarest);
  }
  rarestOfPiece.sort((x, y) => x.frequency - y.frequency);
  const [anchor, ...others] = rarestOfPiece;
  const candidates = anchor ? pools.passagesWith(anchor.term) : pools.all();
  const holders = others.map((o) => new Set(pools.passagesWith(o.term)));
  const matches: QuoteMatch[] = [];
  const seenWindows = new Set<string>();
  const seenMatches = new Set<string>();
  for (const passage of candidates) {
    for (const passages of windowsAround(passage, pools.byDocument)) {
      const key = `${passage.doc.source.id}:${passages[0]?.paragraph.index}`;
      if (seenWindows.has(key)) continue;
      seenWindows.add(key);
      if (!holders.every((set) => passages.some((p) => set.has(p)))) continue;
      const w = makeWindow(passages);
      const at = placeUnits(w, q);
      if (!at) continue;
      const match = editedMatch(w, q, at);
      if (!match) continue;
      const id = `${match.source.id}:${match.fragments?.map((f) => `${f.place.paragraph}.${f.place.start}`).join(',')}`;
      if (seenMatches.has(id)) continue;
      seenMatches.add(id);
      matches.push(match);
      if (matches.length >= max) return matches;
    }
  }
  return matches;
}

/** One piece of the quotation as found (exactly or approximately) in a window, for `near`. */
interface Found {
  unit: Unit;
  start: number;
  end: number;
  errors: number;
  /** Found only before the piece quoted ahead of it: the quotation changes the source's order. */
  outOfOrder?: boolean;
}

/** The best way to place the quotation's pieces in one window, tolerating changed words and missing pieces. */
function placeLoosely(w: Window, q: MarkedQuote): { found: Found[]; shared: number; errors: number } {
  const found: Found[] = [];
  let from = 0;
  let shared = 0;
  let errors = 0;
  for (const unit of q.units) {
    if (unit.pattern === undefined) continue;
    const all = occurrences(w, unit);
    const exact = all.find(([s]) => s >= from);
    if (exact) {
      found.push({ unit, start: exact[0], end: exact[1], errors: 0 });
      shared += wordCount(unit.typed);
      from = exact[1];
      continue;
    }
    const earlier = all.find(([s, e]) => !found.some((f) => f.start < e && f.end > s));
    if (earlier && unit.pattern.length >= NEAR_MIN_LENGTH) {
      // The words are there, but before what the quotation puts ahead of them.
      found.push({ unit, start: earlier[0], end: earlier[1], errors: 0, outOfOrder: true });
      shared += wordCount(unit.typed);
      continue;
    }
    if (unit.pattern.length < NEAR_MIN_LENGTH) continue;
    const tail = w.text.slice(from);
    let best: { start: number; end: number; errors: number } | undefined;
    for (const m of search(tail, unit.pattern, Math.floor(unit.pattern.length * NEAR_MAX_ERRORS))) {
      if (!best || m.errors < best.errors) best = m;
    }
    if (!best) continue;
    const region = toWordBoundaries(w.text, from + best.start, from + best.end);
    if (region.end <= region.start || w.text.slice(region.start, region.end).includes('\n')) continue;
    const d = diffWords(unit.typed, w.text.slice(region.start, region.end));
    if (d.shared === 0) continue;
    found.push({ unit, ...region, errors: best.errors });
    shared += d.shared;
    errors += best.errors;
    from = region.end;
  }
  // Greedy placement takes each piece's first occurrence; pull the exactly found ones forward, next to
  // the piece after them, so that "The US … will suffer the least" is read where both stand together.
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i] as Found;
    const next = found[i + 1] as Found;
    if (f.errors > 0 || f.outOfOrder || next.outOfOrder) continue;
    const later = occurrences(w, f.unit).filter(([s, e]) => s >= f.start && e <= next.start).pop();
    if (later) [f.start, f.end] = later;
  }
  return { found, shared, errors };
}

/**
 * For a marked quotation that is not `edited`: the closest real wording (the whole sentences holding
 * the pieces best found in one place), with what differs — a changed word, a piece not in that passage,
 * a bracket adding words where the source has none — or undefined when too little of it is there.
 */
export function findMarkedNear(q: MarkedQuote, pools: EditedPools): QuoteMatch | undefined {
  const allWords = q.units.reduce((n, u) => n + (u.pattern === undefined ? 0 : wordCount(u.typed)), 0);
  if (allWords === 0) return undefined;
  // First the windows holding the most of the quotation's pieces exactly (cheap), then the closest
  // wording looked for approximately in the best of them only (approximate search is the costly part).
  const windows: { w: Window; exact: number; order: number }[] = [];
  const seen = new Set<string>();
  for (const passage of pools.nearCandidates(q.terms)) {
    for (const passages of windowsAround(passage, pools.byDocument)) {
      const key = `${passage.doc.source.id}:${passages[0]?.paragraph.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const w = makeWindow(passages);
      const exact = q.units.reduce((n, u) => n + (u.pattern !== undefined && occurrences(w, u).length > 0 ? wordCount(u.typed) : 0), 0);
      windows.push({ w, exact, order: windows.length });
    }
  }
  windows.sort((a, b) => b.exact - a.exact || a.order - b.order);
  let best: { w: Window; found: Found[]; shared: number; errors: number } | undefined;
  for (const { w } of windows.slice(0, NEAR_WINDOWS)) {
    const r = placeLoosely(w, q);
    if (r.found.length === 0) continue;
    if (!best || r.shared > best.shared || (r.shared === best.shared && r.errors < best.errors)) best = { w, ...r };
  }
  if (!best || best.shared < allWords * NEAR_MIN_SHARED_WORDS) return undefined;
  const { w, found } = best;
  const places = found.map((f) => placeOf(w, f.start, f.end));
  const { passage, ...around } = sentencesAround(places);
  const changes: QuoteChange[] = [];
  const changedRanges: { passage: Passage; start: number; end: number }[] = [];
  const askedWords: DiffWord[] = [];
  q.pieces.forEach((piece, k) => {
    const unitIndex = q.units.findIndex((u) => u.piece === k);
    const f = found.find((x) => x.unit.piece === k);
    if (piece.kind === 'words') {
      if (unitIndex < 0) return;
      if (!f) {
        changes.push({ asked: piece.text, note: 'not in this passage' });
        askedWords.push(...piece.text.split(/\s+/).map((word) => ({ word, changed: true })));
        return;
      }
      const p = placeOf(w, f.start, f.end);
      if (f.outOfOrder) {
        changes.push({ asked: piece.text, source: p.passage.paragraph.text.slice(p.start, p.end), note: 'in another order in the source' });
        askedWords.push(...piece.text.split(/\s+/).map((word) => ({ word, changed: true })));
        return;
      }
      const d = diffWords(piece.text.replace(EDGE_PUNCTUATION, ''), p.passage.paragraph.text.slice(p.start, p.end));
      changes.push(...d.changes);
      askedWords.push(...d.asked);
      if (d.changes.length > 0) markChanged(p, d.real, changedRanges);
      return;
    }
    askedWords.push({ word: piece.mark, changed: false });
    if (piece.kind === 'bracket' && !piece.inWord) {
      // A bracket between two pieces found next to each other adds words the source does not have.
      const g = q.gaps.findIndex((gap) => gap.marks.includes(k));
      const prev = found.find((x) => x.unit === q.units[g - 1]);
      const next = found.find((x) => x.unit === q.units[g]);
      const gap = q.gaps[g] as Gap;
      // At the edge of the quotation, a bracket with no source words beside its piece adds words too.
      const edge = !prev && next ? { f: next, side: 'before' as const } : prev && !next && g === q.gaps.length - 1 ? { f: prev, side: 'after' as const } : undefined;
      let adds = prev && next && !gap.omission && wordCount(w.text.slice(prev.end, next.start)) === 0;
      if (edge && !gap.omission) {
        const p = placeOf(w, edge.f.start, edge.f.end);
        adds = !bracketSource(p.passage.paragraph.text, edge.side === 'before' ? p.start : p.end, edge.side, piece.text, edge.side === 'before' ? 0 : Infinity);
      }
      if (adds) {
        changes.push({ asked: piece.mark, note: 'the source has no words here' });
        (askedWords[askedWords.length - 1] as DiffWord).changed = true;
      }
    }
  });
  return { ...around, source: passage.doc.source, diff: diffOfQuote(around.quote, around.place, passage, changedRanges), askedDiff: askedWords, changes };
}

/** Remembers the source ranges of the changed words of a found piece. */
function markChanged(p: { passage: Passage; start: number; end: number }, real: DiffWord[], out: { passage: Passage; start: number; end: number }[]): void {
  const text = p.passage.paragraph.text;
  let at = p.start;
  for (const w of real) {
    const s = text.indexOf(w.word, at);
    if (s < 0) break;
    at = s + w.word.length;
    if (w.changed) out.push({ passage: p.passage, start: s, end: at });
  }
}

/** The quote's words, `changed` where they fall in a changed range. */
function diffOfQuote(quote: string, at: QuotePlace, passage: Passage, changed: { passage: Passage; start: number; end: number }[]): DiffWord[] {
  const words: DiffWord[] = [];
  for (const m of quote.matchAll(/\S+/g)) {
    const s = at.start + (m.index ?? 0);
    const e = s + m[0].length;
    words.push({ word: m[0], changed: changed.some((r) => r.passage === passage && r.start < e && r.end > s) });
  }
  return words;
}
