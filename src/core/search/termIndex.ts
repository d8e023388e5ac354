import { splitSentences, type SentenceRange } from '../text/splitSentences.js';
import { cachedTerm, tokenize } from '../text/terms.js';
import { cueBitsOf } from './answerCues.js';

/**
 * The compact statistics ranking reads beside MiniSearch: every paragraph (passage) and every sentence is
 * a unit with its length in terms, and every term has two posting lists, the paragraphs and the
 * sentences holding it with how often. Lists are typed arrays of `[unit id, term frequency]` pairs in
 * increasing id order, so that scoring a question is a few tight loops over numbers, whatever the size of
 * the corpus. Each sentence's terms are kept too, in order, as term numbers: a sentence is scored
 * exactly without being read again.
 *
 * Units are numbered once and never reused: passage ids are the {@link PassageIndex}'s, sentence ids are
 * given here in reading order (a paragraph's sentences are consecutive ids, so a sentence's neighbours
 * are `id - 1` and `id + 1` when they belong to the same paragraph). The sentence of a one-sentence
 * paragraph (most paragraphs of a wire story) has no sentence postings: its paragraph's serve for it.
 */

/** A term's postings: `[id, tf, id, tf, …]` for the first `2 * count` numbers of `data`. */
export interface PostingList {
  data: Int32Array;
  count: number;
}

export interface TermPostings {
  paragraphs: PostingList;
  sentences: PostingList;
}

/** Totals of the units a question is answered from (the whole corpus, or a scope): what BM25 normalises by. */
export interface UnitTotals {
  paragraphs: number;
  paragraphLength: number;
  sentences: number;
  sentenceLength: number;
}

/** The terms of a text, sentence by sentence, as the index reads them. */
export interface ReadText {
  ranges: SentenceRange[];
  /** The terms of each sentence, in order (duplicates kept). */
  terms: string[][];
  /** The raw word tokens of each sentence (what MiniSearch is given for a one-sentence paragraph). */
  tokens: string[][];
  /** The answer cues each sentence holds (a date, a number, a duration: see `answerCues.ts`), as bits. */
  cues: number[];
}

/**
 * Text that is one sentence whatever the sentence splitter makes of it: Latin letters, digits, ASCII
 * punctuation, curly quotes and dashes only, and no sentence end (., !, ?), line break or semicolon
 * before its last sentence end. Half the paragraphs of a wire archive; splitting them costs as much as
 * reading their words.
 */
const ONE_SENTENCE = /^[\x20\x22-\x2d\x2f-\x39\x3c-\x3e\x40-\x7e\u00a0-\u024f\u2010-\u2015\u2018-\u201f]*[.!?]?["'\u201d\u2019)\]]*$/;

/** The sentences of a paragraph (see `splitSentences`), without the splitter for one that can only be one. */
function sentencesOf(text: string): SentenceRange[] {
  if (!ONE_SENTENCE.test(text)) return splitSentences(text);
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? [{ start, end }] : [];
}

/**
 * Reads a paragraph the way the index does: sentences (see `splitSentences`), each tokenised on its own
 * (a sentence's words never run into the next one's), each token reduced to its term.
 */
export function readText(text: string): ReadText {
  const ranges = sentencesOf(text);
  const terms: string[][] = [];
  const tokens: string[][] = [];
  const cues: number[] = [];
  for (const r of ranges) {
    const sentence = text.slice(r.start, r.end);
    cues.push(cueBitsOf(sentence));
    const raw = tokenize(sentence);
    const list: string[] = [];
    for (const token of raw) {
      const term = cachedTerm(token);
      if (term) list.push(term);
    }
    tokens.push(raw);
    terms.push(list);
  }
  return { ranges, terms, tokens, cues };
}

const EMPTY = new Int32Array(0);
/** Unit lengths are stored in 16 bits: a longer unit (a pasted table) counts as this long. */
const MAX_LENGTH = 65_535;

type NumberArray = Int32Array | Uint16Array | Uint8Array;

function grow<T extends NumberArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 64));
  next.set(array);
  return next;
}

function append(list: PostingList, id: number, tf: number): void {
  if (2 * list.count + 2 > list.data.length) {
    const next = new Int32Array(Math.max(4, list.data.length * 2));
    next.set(list.data.subarray(0, 2 * list.count));
    list.data = next;
  }
  list.data[2 * list.count] = id;
  list.data[2 * list.count + 1] = tf;
  list.count++;
}

/** Removes the entries of the given ids from a list (in place). */
function removeIds(list: PostingList, ids: Set<number>): void {
  let kept = 0;
  for (let i = 0; i < list.count; i++) {
    const id = list.data[2 * i] as number;
    if (ids.has(id)) continue;
    list.data[2 * kept] = id;
    list.data[2 * kept + 1] = list.data[2 * i + 1] as number;
    kept++;
  }
  list.count = kept;
}

export class TermIndex {
  /** term → its posting lists. */
  readonly terms = new Map<string, TermPostings>();
  /** term → its number (in `sentenceTerms`); numbers are never reused. */
  readonly termNumbers = new Map<string, number>();
  /** number → term. */
  readonly vocabulary: string[] = [];
  /** Per passage id: length in terms, first sentence id, number of sentences, document number; 0 length and no sentences when absent. */
  paragraphLength = new Uint16Array(64);
  firstSentence = new Int32Array(64);
  sentenceCount = new Uint16Array(64);
  documentNumber = new Int32Array(64);
  /** Per sentence id: its passage id, length in terms, and where it stands in the paragraph's text. */
  sentenceParagraph = new Int32Array(64);
  sentenceLength = new Uint16Array(64);
  sentenceStart = new Int32Array(64);
  sentenceEnd = new Int32Array(64);
  /** Per sentence id: the answer cues it holds, as bits (see `answerCues.ts`). */
  sentenceCues = new Uint8Array(64);
  /** The terms of every sentence in order, as numbers; sentence id's are `sentenceTerms[termsFrom[id] … termsFrom[id + 1])`. */
  sentenceTerms = new Int32Array(1024);
  termsFrom = new Int32Array(64);
  /** Totals over the passages held now. */
  readonly totals: UnitTotals = { paragraphs: 0, paragraphLength: 0, sentences: 0, sentenceLength: 0 };
  /** The id the next sentence gets. */
  nextSentence = 1;
  /** Grows by one with every change: what is computed from the index (scope statistics) is keyed on it. */
  version = 0;

  /** Adds a passage (its id, the document's number, its text already read by {@link readText}). */
  add(passageId: number, documentNumber: number, read: ReadText): void {
    const sentences = read.ranges.length;
    const first = this.nextSentence;
    this.nextSentence += sentences;
    this.ensureParagraph(passageId);
    this.ensureSentence(this.nextSentence + 1);
    let offset = this.termsFrom[first] as number;
    const paragraphTerms = new Map<string, number>();
    read.terms.forEach((terms, k) => {
      const id = first + k;
      const range = read.ranges[k] as SentenceRange;
      this.sentenceParagraph[id] = passageId;
      this.sentenceLength[id] = Math.min(terms.length, MAX_LENGTH);
      this.sentenceStart[id] = range.start;
      this.sentenceEnd[id] = range.end;
      this.sentenceCues[id] = read.cues[k] ?? 0;
      this.sentenceTerms = grow(this.sentenceTerms, offset + terms.length);
      const counts = new Map<string, number>();
      for (const term of terms) {
        this.sentenceTerms[offset++] = this.numberOf(term);
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      this.termsFrom[id + 1] = offset;
      for (const [term, tf] of counts) {
        // A paragraph of one sentence is that sentence: its paragraph entry serves for both.
        if (sentences > 1) append(this.postingsOf(term).sentences, id, tf);
        paragraphTerms.set(term, (paragraphTerms.get(term) ?? 0) + tf);
      }
      this.totals.sentences++;
      this.totals.sentenceLength += Math.min(terms.length, MAX_LENGTH);
    });
    for (const [term, tf] of paragraphTerms) append(this.postingsOf(term).paragraphs, passageId, tf);
    const length = Math.min(read.terms.reduce((n, t) => n + t.length, 0), MAX_LENGTH);
    this.paragraphLength[passageId] = length;
    this.firstSentence[passageId] = first;
    this.sentenceCount[passageId] = sentences;
    this.documentNumber[passageId] = documentNumber;
    this.totals.paragraphs++;
    this.totals.paragraphLength += length;
    this.version++;
  }

  /** Removes passages (by id). */
  remove(passageIds: number[]): void {
    const paragraphIds = new Set<number>();
    const sentenceIds = new Set<number>();
    const touched = new Set<number>();
    for (const id of passageIds) {
      if (!this.holdsPassage(id)) continue;
      paragraphIds.add(id);
      const first = this.firstSentence[id] as number;
      for (let s = first; s < first + (this.sentenceCount[id] as number); s++) {
        sentenceIds.add(s);
        this.totals.sentences--;
        this.totals.sentenceLength -= this.sentenceLength[s] as number;
        for (let i = this.termsFrom[s] as number; i < (this.termsFrom[s + 1] as number); i++) touched.add(this.sentenceTerms[i] as number);
      }
      this.totals.paragraphs--;
      this.totals.paragraphLength -= this.paragraphLength[id] as number;
      this.paragraphLength[id] = 0;
      this.sentenceCount[id] = 0;
    }
    if (paragraphIds.size === 0) return;
    for (const number of touched) {
      const term = this.vocabulary[number] as string;
      const postings = this.terms.get(term);
      if (!postings) continue;
      removeIds(postings.paragraphs, paragraphIds);
      removeIds(postings.sentences, sentenceIds);
      if (postings.paragraphs.count === 0) this.terms.delete(term);
    }
    this.version++;
  }

  /** Whether a passage id is held now. */
  holdsPassage(id: number): boolean {
    return id > 0 && id < this.sentenceCount.length && (this.sentenceCount[id] as number) > 0;
  }

  /** How many passages hold a term (its document frequency over the whole corpus). */
  documentFrequency(term: string): number {
    return this.terms.get(term)?.paragraphs.count ?? 0;
  }

  /** The number of a term (made for a new one). */
  private numberOf(term: string): number {
    let n = this.termNumbers.get(term);
    if (n === undefined) {
      n = this.vocabulary.length;
      this.vocabulary.push(term);
      this.termNumbers.set(term, n);
    }
    return n;
  }

  private postingsOf(term: string): TermPostings {
    let p = this.terms.get(term);
    if (!p) {
      p = { paragraphs: { data: EMPTY, count: 0 }, sentences: { data: EMPTY, count: 0 } };
      this.terms.set(term, p);
    }
    return p;
  }

  private ensureParagraph(id: number): void {
    this.paragraphLength = grow(this.paragraphLength, id + 1);
    this.firstSentence = grow(this.firstSentence, id + 1);
    this.sentenceCount = grow(this.sentenceCount, id + 1);
    this.documentNumber = grow(this.documentNumber, id + 1);
  }

  private ensureSentence(end: number): void {
    this.sentenceParagraph = grow(this.sentenceParagraph, end);
    this.sentenceLength = grow(this.sentenceLength, end);
    this.sentenceStart = grow(this.sentenceStart, end);
    this.sentenceEnd = grow(this.sentenceEnd, end);
    this.sentenceCues = grow(this.sentenceCues, end);
    this.termsFrom = grow(this.termsFrom, end);
  }

  /**
   * The index as flat arrays, for the on-disk cache: unit arrays as they are, posting lists packed one
   * after another in the order of `header.terms` (see {@link TermIndex.fromArrays}).
   */
  toArrays(): { header: { vocabulary: string[]; terms: string[]; nextSentence: number; totals: UnitTotals }; arrays: Record<string, NumberArray> } {
    const terms = [...this.terms.keys()];
    const paragraphCounts = new Int32Array(terms.length);
    const sentenceCounts = new Int32Array(terms.length);
    let pTotal = 0;
    let sTotal = 0;
    terms.forEach((t, i) => {
      const p = this.terms.get(t) as TermPostings;
      paragraphCounts[i] = p.paragraphs.count;
      sentenceCounts[i] = p.sentences.count;
      pTotal += p.paragraphs.count;
      sTotal += p.sentences.count;
    });
    const paragraphPostings = new Int32Array(2 * pTotal);
    const sentencePostings = new Int32Array(2 * sTotal);
    let po = 0;
    let so = 0;
    for (const t of terms) {
      const p = this.terms.get(t) as TermPostings;
      paragraphPostings.set(p.paragraphs.data.subarray(0, 2 * p.paragraphs.count), po);
      po += 2 * p.paragraphs.count;
      sentencePostings.set(p.sentences.data.subarray(0, 2 * p.sentences.count), so);
      so += 2 * p.sentences.count;
    }
    const passages = this.sentenceCount.length;
    const sentences = this.nextSentence;
    return {
      header: { vocabulary: this.vocabulary, terms, nextSentence: this.nextSentence, totals: { ...this.totals } },
      arrays: {
        paragraphCounts, sentenceCounts, paragraphPostings, sentencePostings,
        paragraphLength: this.paragraphLength.subarray(0, passages), firstSentence: this.firstSentence.subarray(0, passages),
        sentenceCount: this.sentenceCount.subarray(0, passages), documentNumber: this.documentNumber.subarray(0, passages),
        sentenceParagraph: this.sentenceParagraph.subarray(0, sentences), sentenceLength: this.sentenceLength.subarray(0, sentences),
        sentenceStart: this.sentenceStart.subarray(0, sentences), sentenceEnd: this.sentenceEnd.subarray(0, sentences),
        sentenceCues: this.sentenceCues.subarray(0, sentences), termsFrom: this.termsFrom.subarray(0, sentences + 1),
        sentenceTerms: this.sentenceTerms.subarray(0, this.termsFrom[sentences] as number),
      },
    };
  }

  /** Restores an index saved by {@link TermIndex.toArrays}; posting lists are views of the packed arrays. */
  static fromArrays(header: ReturnType<TermIndex['toArrays']>['header'], arrays: Record<string, NumberArray | undefined>): TermIndex {
    const need = <T>(name: string, type: new (...a: never[]) => T): T => {
      const a = arrays[name];
      if (!(a instanceof type)) throw new Error(`term index: ${name} missing`);
      return a;
    };
    const index = new TermIndex();
    const paragraphCounts = need('paragraphCounts', Int32Array);
    const sentenceCounts = need('sentenceCounts', Int32Array);
    const paragraphPostings = need('paragraphPostings', Int32Array);
    const sentencePostings = need('sentencePostings', Int32Array);
    if (paragraphCounts.length !== header.terms.length || sentenceCounts.length !== header.terms.length) throw new Error('term index: counts do not match the terms');
    let po = 0;
    let so = 0;
    header.terms.forEach((term, i) => {
      const pc = paragraphCounts[i] as number;
      const sc = sentenceCounts[i] as number;
      if (2 * (po + pc) > paragraphPostings.length || 2 * (so + sc) > sentencePostings.length) throw new Error('term index: postings cut short');
      index.terms.set(term, {
        paragraphs: { data: paragraphPostings.subarray(2 * po, 2 * (po + pc)), count: pc },
        sentences: { data: sentencePostings.subarray(2 * so, 2 * (so + sc)), count: sc },
      });
      po += pc;
      so += sc;
    });
    header.vocabulary.forEach((term, n) => {
      index.vocabulary.push(term);
      index.termNumbers.set(term, n);
    });
    index.paragraphLength = need('paragraphLength', Uint16Array);
    index.firstSentence = need('firstSentence', Int32Array);
    index.sentenceCount = need('sentenceCount', Uint16Array);
    index.documentNumber = need('documentNumber', Int32Array);
    index.sentenceParagraph = need('sentenceParagraph', Int32Array);
    index.sentenceLength = need('sentenceLength', Uint16Array);
    index.sentenceStart = need('sentenceStart', Int32Array);
    index.sentenceEnd = need('sentenceEnd', Int32Array);
    index.sentenceCues = need('sentenceCues', Uint8Array);
    index.termsFrom = need('termsFrom', Int32Array);
    index.sentenceTerms = need('sentenceTerms', Int32Array);
    index.nextSentence = header.nextSentence;
    if (index.termsFrom.length !== header.nextSentence + 1 || index.sentenceTerms.length !== index.termsFrom[header.nextSentence]) throw new Error('term index: sentence terms cut short');
    for (const n of index.sentenceTerms) if (n < 0 || n >= index.vocabulary.length) throw new Error('term index: unknown term number');
    Object.assign(index.totals, header.totals);
    return index;
  }
}
