import type { Passage } from './passageIndex.js';
import type { Question } from './question.js';
import type { Ranking } from './ranking.js';
import type { ScopeView } from './scopeView.js';
import type { PostingList, TermIndex } from './termIndex.js';
import { speakerOf } from '../attribution/index.js';
import { contextFor } from '../attribution/speakersOfQuotes.js';
import { termsOf } from '../text/terms.js';
import { EVIDENCE, type CandidateFacts, type EvidenceQuestion, type SentenceFacts } from './evidence.js';
import { speakerNamed } from './speaker.js';

/**
 * Candidates → features → one score. Every sentence of a paragraph holding one of the question's
 * concepts (or of one of the few documents whose title, outlet or author names one) is a candidate,
 * and gets one score (the formula is in `ranking.ts`). Sentences come out best first, as a stream: the
 * answer reads as many as it needs.
 *
 * Two passes make that fast without changing any answer. The first runs over the concepts' posting
 * lists (typed arrays) and gives every candidate an upper bound of its score: its BM25 sums with each
 * concept's alternatives added up (the score takes the best one), its neighbours' whole sentence score
 * (the score takes only the concepts the sentence lacks), and the most each piece of evidence can add.
 * The second takes sentences in order of that bound and computes their exact score from the terms the
 * index keeps for each sentence; a sentence is given out once its score beats the best bound still unread, so the stream
 * is exactly what sorting every candidate by its exact score gives (ties by sentence id). With
 * `exhaustive` every candidate is read and sorted: the reference the fast path is tested against
 * (`PRAGUE_EXHAUSTIVE=1`).
 */

/** A scored sentence, as the stream gives it out. */
export interface RankedSentence {
  /** Sentence id (see `TermIndex`). */
  sentence: number;
  passage: Passage;
  /** Position of the sentence among its paragraph's sentences (0-based). */
  position: number;
  score: number;
  /** What the sentence says itself: its own BM25 and evidence, without its paragraph's, neighbours' or document's part. */
  own: number;
  /** Concepts the sentence itself holds, as bits (concept i is bit i). */
  bits: number;
  /** Concepts the document's title, outlet or author names. */
  metaBits: number;
  /** Concepts the sentence before / after holds (0 when there is none). */
  bitsBefore: number;
  bitsAfter: number;
}

/** One alternative of a concept as scored: its rarest term (whose postings are walked) and its value. */
interface ScoredAlternative {
  terms: string[];
  /** The terms' numbers in the index (-1 for one it holds in no passage). */
  numbers: number[];
  lookup: string;
  /** Weight of a match: the alternative's weight times the smaller of the concept's and its own idf. */
  value: number;
}

/** Scratch arrays of one term index, reused by every question (answering is synchronous). */
interface Scratch {
  epoch: number;
  sentenceScore: Float64Array;
  sentenceBits: Int32Array;
  sentenceStamp: Int32Array;
  paragraphScore: Float64Array;
  paragraphStamp: Int32Array;
  paragraphs: Int32Array;
  documentScore: Float64Array;
  documentBits: Int32Array;
  documentStamp: Int32Array;
  candidates: Int32Array;
  base: Float64Array;
  upper: Float64Array;
}
const scratches = new WeakMap<TermIndex, Scratch>();

function scratchOf(terms: TermIndex, documents: number): Scratch {
  let s = scratches.get(terms);
  const sentences = terms.sentenceParagraph.length;
  const paragraphs = terms.sentenceCount.length;
  if (!s || s.sentenceScore.length < sentences || s.paragraphScore.length < paragraphs || s.documentScore.length < documents) {
    s = {
      epoch: 0,
      sentenceScore: new Float64Array(sentences), sentenceBits: new Int32Array(sentences), sentenceStamp: new Int32Array(sentences),
      paragraphScore: new Float64Array(paragraphs), paragraphStamp: new Int32Array(paragraphs), paragraphs: new Int32Array(paragraphs),
      documentScore: new Float64Array(documents + 1), documentBits: new Int32Array(documents + 1), documentStamp: new Int32Array(documents + 1),
      candidates: new Int32Array(sentences), base: new Float64Array(sentences), upper: new Float64Array(sentences),
    };
    scratches.set(terms, s);
  }
  s.epoch++;
  return s;
}

/** BM25's term-frequency part, plus BM25+'s floor: `norm = k1 · (1 − b + b · length / average)`. */
function saturate(tf: number, k1: number, norm: number, delta: number): number {
  return (tf * (k1 + 1)) / (tf + norm) + delta;
}

/** Options of {@link rankSentences}. */
export interface RankOptions {
  /** Score every candidate exactly and sort them all (the reference; slow on large corpora). */
  exhaustive: boolean;
  /** Only sentences of these documents (numbers) are candidates (a speaker asked for), unless none of them is. */
  documents?: Set<number>;
  /**
   * Kept up to date as sentences are given out: no sentence still to come scores above `remaining` (for
   * a reader that can stop without asking for the next sentence: see `selectQuotes`).
   */
  progress?: { remaining: number };
}

/**
 * The sentences answering a question, best first (see the module's comment).
 *
 * ```ts
 * const [best] = rankSentences(question, view, RANKING, { exhaustive: false })
 * best.passage.paragraph.text  // the paragraph of the best sentence
 * ```
 */
export function* rankSentences(question: Question, view: ScopeView, ranking: Ranking, options: RankOptions): Generator<RankedSentence> {
  const index = view.index;
  const terms = index.terms;
  const concepts = question.concepts;
  const totals = view.totals;
  if (concepts.length === 0 || totals.paragraphs === 0) return;
  const avgSentence = totals.sentenceLength / Math.max(1, totals.sentences) || 1;
  const avgParagraph = totals.paragraphLength / Math.max(1, totals.paragraphs) || 1;
  const { sentenceK1, sentenceB, paragraphK1, paragraphB, delta } = ranking;
  // norm(length) = k1 · (1 − b + b · length / average) = base + slope · length
  const sentenceBase = sentenceK1 * (1 - sentenceB);
  const sentenceSlope = (sentenceK1 * sentenceB) / avgSentence;
  const paragraphBase = paragraphK1 * (1 - paragraphB);
  const paragraphSlope = (paragraphK1 * paragraphB) / avgParagraph;

  // The alternatives of each concept that can match in scope (in passages, or in a document's title,
  // outlet or author only), with their rarest term and value.
  const alternatives: ScoredAlternative[][] = concepts.map((c) =>
    c.alternatives.flatMap((a) => {
      if (!a.terms.every((t) => view.holds(t))) return [];
      const lookup = a.terms.reduce((x, y) => (view.documentFrequency(y) < view.documentFrequency(x) ? y : x));
      const idf = Math.max(...a.terms.map((t) => view.idf(t)));
      return [{ terms: a.terms, numbers: a.terms.map((t) => terms.termNumbers.get(t) ?? -1), lookup, value: a.weight * Math.min(c.weight, idf) }];
    }),
  );
  const weights = concepts.map((c) => c.weight);
  // The term numbers a sentence is read for, and for each concept, the numbers that stand for it.
  const asked = new Set(alternatives.flat().flatMap((a) => a.numbers));
  const wanted = alternatives.map((alts) => new Set(alts.flatMap((a) => a.numbers)));
  const evidenceQuestion: EvidenceQuestion = {
    question, ranking, weights,
    meanWeight: weights.reduce((a, b) => a + b, 0) / weights.length,
    authorWeight: new Map(),
  };
  for (const c of concepts) {
    for (const n of c.asked.length === 1 ? view.authorDocuments(c.asked[0] as string) : []) {
      evidenceQuestion.authorWeight.set(n, Math.max(evidenceQuestion.authorWeight.get(n) ?? 0, c.weight));
    }
  }
  // Who the question names as speaking: the concepts naming them, and the documents whose text does.
  const phrase = speakerNamed(question.text);
  if (phrase) {
    const named = new Set(termsOf(phrase));
    const naming = concepts.filter((c) => c.asked.every((t) => named.has(t)));
    const documents = new Set<number>();
    for (const c of naming) {
      const postings = terms.terms.get(c.asked.reduce((x, y) => (view.documentFrequency(y) < view.documentFrequency(x) ? y : x)));
      for (let i = 0; postings && i < postings.paragraphs.count; i++) {
        const id = postings.paragraphs.data[2 * i] as number;
        // Only the scope counts: a desk's dossier asked beside a large wire archive keeps its speakers.
        if (view.allowsPassage(id)) documents.add(terms.documentNumber[id] as number);
      }
    }
    const weight = naming.reduce((sum, c) => sum + c.weight, 0);
    // A name singles someone out; a common noun ("the company" in thousands of wire stories) does not,
    // and reading who speaks in every one of them would cost more than the answer.
    const cap = /\p{Lu}/u.test(phrase) ? ranking.speakerNameDocuments : ranking.speakerDocuments;
    if (weight > 0 && documents.size > 0 && documents.size <= cap) evidenceQuestion.speaker = { phrase, weight, documents };
  }

  // --- First pass: BM25 sums over the posting lists, and the documents the metadata names. -------------
  const s = scratchOf(terms, index.documentByNumber.length);
  const epoch = s.epoch;
  const allowed = view.allowedPassages;
  const { sentenceBits, sentenceStamp, paragraphScore, paragraphStamp, paragraphs } = s;
  const paragraphLength = terms.paragraphLength;
  const sentenceLength = terms.sentenceLength;
  const sentenceParagraph = terms.sentenceParagraph;
  const firstSentence = terms.firstSentence;
  const sentenceCount = terms.sentenceCount;
  const norms: Norms = { sentenceK1, sentenceBase, sentenceSlope, paragraphK1, paragraphBase, paragraphSlope, delta };
  let touched = 0;
  for (let c = 0; c < concepts.length; c++) {
    for (const alt of alternatives[c] as ScoredAlternative[]) {
      const postings = terms.terms.get(alt.lookup);
      if (!postings) continue;
      touched = addParagraphPostings(s, terms, postings.paragraphs, alt.value, 1 << c, allowed, norms, touched);
      addSentencePostings(s, terms, postings.sentences, alt.value, 1 << c, allowed, norms);
    }
  }
  const { documentScore, documentBits, documentStamp } = s;
  const named: number[] = [];
  for (let c = 0; c < concepts.length; c++) {
    for (const alt of alternatives[c] as ScoredAlternative[]) {
      const sets = alt.terms.map((t) => index.metaDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const [smallest, ...rest] = (sets as Set<number>[]).sort((a, b) => a.size - b.size);
      for (const n of smallest ?? []) {
        if ((rest.length > 0 && !rest.every((docs) => docs.has(n))) || !view.allowsDocument(n)) continue;
        if (documentStamp[n] !== epoch) {
          documentStamp[n] = epoch;
          documentScore[n] = 0;
          documentBits[n] = 0;
          named.push(n);
        }
        documentScore[n] = (documentScore[n] as number) + alt.value;
        documentBits[n] = (documentBits[n] as number) | (1 << c);
      }
    }
  }

  // --- Candidates: the sentences of the paragraphs found, and of the few documents named. ---------------
  if (named.length > 0 && named.length <= ranking.metaDocuments) {
    for (const n of named) {
      const doc = index.documentByNumber[n];
      for (const p of doc ? (index.passagesOfDocument.get(doc.source.id) ?? []) : []) {
        if (paragraphStamp[p.id] === epoch || (allowed !== undefined && allowed[p.id] !== 1)) continue;
        paragraphStamp[p.id] = epoch;
        paragraphScore[p.id] = 0;
        paragraphs[touched++] = p.id;
      }
    }
  }
  const documentNumber = terms.documentNumber;
  const speakerDocuments = options.documents;
  let onlySpeaker = false;
  for (let k = 0; speakerDocuments !== undefined && k < touched && !onlySpeaker; k++) onlySpeaker = speakerDocuments.has(documentNumber[paragraphs[k] as number] as number);
  const { candidates, base, upper } = s;
  const paragraphWeight = ranking.paragraph;
  const beforeWeight = ranking.before;
  const afterWeight = ranking.after;
  const metaWeight = ranking.meta;
  // Evidence that can add nothing to this question is not read at all (who speaks is costly to read).
  const evidence = EVIDENCE.map((e) => ({ e, weight: e.weight(ranking) })).filter(({ e, weight }) => weight * e.limit(evidenceQuestion) > 0);
  // The most evidence can add to any sentence: every candidate is first bounded with it.
  let evidenceLimit = 0;
  for (const { e, weight } of evidence) evidenceLimit += weight * e.limit(evidenceQuestion);
  const count = boundCandidates(s, terms, touched, onlySpeaker ? speakerDocuments : undefined, { paragraph: paragraphWeight, before: beforeWeight, after: afterWeight, meta: metaWeight }, evidenceLimit);

  // --- Second pass: exact scores, best first. ----------------------------------------------------------
  const sentenceTerms = terms.sentenceTerms;
  const termsFrom = terms.termsFrom;
  /** How often each asked term stands in the sentences `from … to - 1` (consecutive ids). */
  const countsOf = (from: number, to: number) => {
    const counts = new Map<number, number>();
    for (let i = termsFrom[from] as number; i < (termsFrom[to] as number); i++) {
      const n = sentenceTerms[i] as number;
      if (asked.has(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return counts;
  };
  const exact = (id: number): RankedSentence => {
    const passageId = sentenceParagraph[id] as number;
    const passage = index.passages.get(passageId) as Passage;
    const first = firstSentence[passageId] as number;
    const count = sentenceCount[passageId] as number;
    const position = id - first;
    const n = documentNumber[passageId] as number;
    // A concept's strength in a unit: the best of its alternatives there.
    const strength = (c: number, counts: Map<number, number>, k1: number, norm: number) => {
      let best = 0;
      for (const alt of alternatives[c] as ScoredAlternative[]) {
        let tf = Infinity;
        for (const t of alt.numbers) tf = Math.min(tf, counts.get(t) ?? 0);
        if (tf > 0) best = Math.max(best, alt.value * saturate(tf, k1, norm, delta));
      }
      return best;
    };
    // The concepts the document's metadata names, and how much.
    let meta = 0;
    let metaBits = 0;
    if (documentStamp[n] === epoch) {
      const namedBits = documentBits[n] as number;
      for (let c = 0; c < concepts.length; c++) {
        if (!((namedBits >> c) & 1)) continue;
        let best = 0;
        for (const alt of alternatives[c] as ScoredAlternative[]) {
          if (alt.value > best && alt.terms.every((t) => index.metaDocuments.get(t)?.has(n))) best = alt.value;
        }
        meta += best;
        if (best > 0) metaBits |= 1 << c;
      }
    }
    const own = countsOf(id, id + 1);
    const previous = position > 0 ? countsOf(id - 1, id) : undefined;
    const following = position + 1 < count ? countsOf(id + 1, id + 2) : undefined;
    const norm = (sid: number) => sentenceBase + sentenceSlope * (sentenceLength[sid] as number);
    // A concept the title names says what the whole document is about, not which of its sentences answers.
    const titled = (c: number) => ((metaBits >> c) & 1 ? ranking.titleShare : 1);
    let sentence = 0;
    let bits = 0;
    const ownStrength: number[] = [];
    for (let c = 0; c < concepts.length; c++) {
      const v = strength(c, own, sentenceK1, norm(id)) * titled(c);
      ownStrength.push(v);
      sentence += v;
      if (v > 0) bits |= 1 << c;
    }
    let paragraph = 0;
    const paragraphCounts = count === 1 ? own : countsOf(first, first + count);
    const paragraphNorm = paragraphBase + paragraphSlope * (paragraphLength[passageId] as number);
    for (let c = 0; c < concepts.length; c++) paragraph += strength(c, paragraphCounts, paragraphK1, paragraphNorm);
    let before = 0;
    let after = 0;
    let bitsBefore = 0;
    let bitsAfter = 0;
    for (let c = 0; c < concepts.length; c++) {
      const b = previous ? strength(c, previous, sentenceK1, norm(id - 1)) * titled(c) : 0;
      const a = following ? strength(c, following, sentenceK1, norm(id + 1)) * titled(c) : 0;
      if (b > 0) bitsBefore |= 1 << c;
      if (a > 0) bitsAfter |= 1 << c;
      if ((ownStrength[c] as number) > 0) continue;
      before += b;
      after += a;
    }
    // Summed in the order the bound was, each part at most its bound: the score never exceeds it.
    let score = sentence + paragraphWeight * paragraph;
    score += beforeWeight * before;
    score += afterWeight * after;
    score += metaWeight * meta;
    const numbers = sentenceTerms.subarray(termsFrom[id] as number, termsFrom[id + 1] as number);
    const facts: SentenceFacts = {
      terms: () => [...numbers].map((t) => terms.vocabulary[t] as string),
      positions: wanted.map((set) => {
        const at: number[] = [];
        numbers.forEach((t, i) => {
          if (set.has(t)) at.push(i);
        });
        return at;
      }),
      speaker: () => speakerOf(passage.doc, passage.paragraph.index, terms.sentenceStart[id] as number, terms.sentenceEnd[id] as number, contextFor(index, passage.doc)),
      bits,
      documentNumber: n,
      position,
      cues: terms.sentenceCues[id] as number,
    };
    let ownScore = sentence;
    let added = 0;
    for (const { e, weight } of evidence) {
      const v = weight * e.value(evidenceQuestion, facts);
      added += v;
      ownScore += v;
    }
    score += added;
    return { sentence: id, passage, position, score, own: ownScore, bits, metaBits, bitsBefore, bitsAfter };
  };
  const comesFirst = (a: RankedSentence, b: RankedSentence) => b.score - a.score || a.sentence - b.sentence;

  if (options.exhaustive) {
    const all: RankedSentence[] = [];
    for (let i = 0; i < count; i++) all.push(exact(candidates[i] as number));
    yield* all.sort(comesFirst);
    return;
  }

  // Candidates in order of their first bound, a batch at a time (each batch found by one scan of all of
  // them); each is then bounded again from what is known of it (its cues, place, document, concepts),
  // and read when that bound comes first. A sentence goes out once its score beats every bound left.
  let cutUpper = Infinity;
  let cutId = -1;
  let batch: number[] = [];
  let next = 0;
  let batchSize = 16;
  const fillBatch = () => {
    batch = nextByBound(candidates, upper, count, cutUpper, cutId, batchSize);
    batchSize *= 4;
    next = 0;
    const last = batch[batch.length - 1];
    if (last !== undefined) {
      cutUpper = upper[last] as number;
      cutId = candidates[last] as number;
    }
  };
  fillBatch();
  const facts: CandidateFacts = { bits: 0, documentNumber: 0, position: 0, cues: 0 };
  const tighten = (i: number): Bounded => {
    const id = candidates[i] as number;
    const p = sentenceParagraph[id] as number;
    facts.bits = sentenceStamp[id] === epoch ? (sentenceBits[id] as number) : 0;
    facts.documentNumber = documentNumber[p] as number;
    facts.position = id - (firstSentence[p] as number);
    facts.cues = terms.sentenceCues[id] as number;
    let added = 0;
    for (const { e, weight } of evidence) added += weight * e.bound(evidenceQuestion, facts);
    return { id, bound: above((base[i] as number) + added) };
  };
  const exactHeap = new Heap<RankedSentence>((a, b) => comesFirst(a, b) < 0);
  const boundHeap = new Heap<Bounded>((a, b) => a.bound > b.bound || (a.bound === b.bound && a.id < b.id));
  for (;;) {
    if (next >= batch.length && batch.length > 0) fillBatch();
    const pending = batch[next];
    const bounded = boundHeap.peek();
    // The best bound still unread: of a candidate bounded again, or of the next one in first-bound order.
    const looseFirst = pending !== undefined && (!bounded || (upper[pending] as number) > bounded.bound || ((upper[pending] as number) === bounded.bound && (candidates[pending] as number) < bounded.id));
    const best: Bounded | undefined = looseFirst ? { id: candidates[pending] as number, bound: upper[pending] as number } : bounded;
    const top = exactHeap.peek();
    if (top && (!best || top.score > best.bound || (top.score === best.bound && top.sentence < best.id))) {
      const out = exactHeap.pop() as RankedSentence;
      if (options.progress) options.progress.remaining = Math.max(best?.bound ?? -Infinity, exactHeap.peek()?.score ?? -Infinity);
      yield out;
      continue;
    }
    if (!best) return;
    if (looseFirst) {
      boundHeap.push(tighten(pending));
      next++;
    } else {
      boundHeap.pop();
      exactHeap.push(exact(best.id));
    }
  }
}

/** BM25+ normalisation of both levels: `norm(length) = base + slope · length` (see {@link rankSentences}). */
interface Norms {
  sentenceK1: number;
  sentenceBase: number;
  sentenceSlope: number;
  paragraphK1: number;
  paragraphBase: number;
  paragraphSlope: number;
  delta: number;
}

/*
 * The posting-list walks of the first pass are small functions of their own, not loops inside the
 * generator: V8 optimises them after a few questions and keeps them optimised, where a loop inside the
 * large generator ran unoptimised (tens of milliseconds on a wire archive) whenever the generator was
 * deoptimised by a branch taken for the first time.
 */

/**
 * Adds one term's paragraph postings to the paragraphs' BM25 sums (and to the sentence sums of one-sentence
 * paragraphs, which have no sentence postings of their own). Returns the number of paragraphs touched.
 */
function addParagraphPostings(s: Scratch, terms: TermIndex, list: PostingList, value: number, bit: number, allowed: Uint8Array | undefined, n: Norms, touched: number): number {
  const { paragraphScore, paragraphStamp, paragraphs, sentenceScore, sentenceStamp, sentenceBits, epoch } = s;
  const { paragraphLength, sentenceLength, sentenceCount, firstSentence } = terms;
  const pd = list.data;
  const pc = list.count;
  for (let i = 0; i < pc; i++) {
    const id = pd[2 * i] as number;
    if (allowed !== undefined && allowed[id] !== 1) continue;
    if (paragraphStamp[id] !== epoch) {
      paragraphStamp[id] = epoch;
      paragraphScore[id] = 0;
      paragraphs[touched++] = id;
    }
    const tf = pd[2 * i + 1] as number;
    paragraphScore[id] = (paragraphScore[id] as number) + value * ((tf * (n.paragraphK1 + 1)) / (tf + n.paragraphBase + n.paragraphSlope * (paragraphLength[id] as number)) + n.delta);
    if (sentenceCount[id] !== 1) continue;
    const sid = firstSentence[id] as number;
    if (sentenceStamp[sid] !== epoch) {
      sentenceStamp[sid] = epoch;
      sentenceScore[sid] = 0;
      sentenceBits[sid] = 0;
    }
    sentenceScore[sid] = (sentenceScore[sid] as number) + value * ((tf * (n.sentenceK1 + 1)) / (tf + n.sentenceBase + n.sentenceSlope * (sentenceLength[sid] as number)) + n.delta);
    sentenceBits[sid] = (sentenceBits[sid] as number) | bit;
  }
  return touched;
}

/** Adds one term's sentence postings to the sentences' BM25 sums. */
function addSentencePostings(s: Scratch, terms: TermIndex, list: PostingList, value: number, bit: number, allowed: Uint8Array | undefined, n: Norms): void {
  const { sentenceScore, sentenceStamp, sentenceBits, epoch } = s;
  const { sentenceLength, sentenceParagraph } = terms;
  const sd = list.data;
  const sc = list.count;
  for (let i = 0; i < sc; i++) {
    const id = sd[2 * i] as number;
    if (allowed !== undefined && allowed[sentenceParagraph[id] as number] !== 1) continue;
    if (sentenceStamp[id] !== epoch) {
      sentenceStamp[id] = epoch;
      sentenceScore[id] = 0;
      sentenceBits[id] = 0;
    }
    const tf = sd[2 * i + 1] as number;
    sentenceScore[id] = (sentenceScore[id] as number) + value * ((tf * (n.sentenceK1 + 1)) / (tf + n.sentenceBase + n.sentenceSlope * (sentenceLength[id] as number)) + n.delta);
    sentenceBits[id] = (sentenceBits[id] as number) | bit;
  }
}

/**
 * Every sentence of the paragraphs touched by the first pass becomes a candidate, with the part of its
 * score known so far (`base`: its BM25, its paragraph's, its neighbours', its document's) and an upper
 * bound (`upper`: that plus the most any evidence can add). Only sentences of `onlyDocuments` when given.
 * Returns the number of candidates.
 */
function boundCandidates(s: Scratch, terms: TermIndex, touched: number, onlyDocuments: Set<number> | undefined, w: { paragraph: number; before: number; after: number; meta: number }, evidenceLimit: number): number {
  const { paragraphs, paragraphScore, sentenceScore, sentenceStamp, documentScore, documentStamp, candidates, base, upper, epoch } = s;
  const { documentNumber, firstSentence, sentenceCount } = terms;
  let count = 0;
  for (let k = 0; k < touched; k++) {
    const p = paragraphs[k] as number;
    const n = documentNumber[p] as number;
    if (onlyDocuments !== undefined && !onlyDocuments.has(n)) continue;
    const first = firstSentence[p] as number;
    const end = first + (sentenceCount[p] as number);
    const paragraphPart = w.paragraph * (paragraphScore[p] as number);
    const meta = documentStamp[n] === epoch ? (documentScore[n] as number) : 0;
    for (let id = first; id < end; id++) {
      let ub = (sentenceStamp[id] === epoch ? (sentenceScore[id] as number) : 0) + paragraphPart;
      ub += w.before * (id > first && sentenceStamp[id - 1] === epoch ? (sentenceScore[id - 1] as number) : 0);
      ub += w.after * (id + 1 < end && sentenceStamp[id + 1] === epoch ? (sentenceScore[id + 1] as number) : 0);
      ub += w.meta * meta;
      candidates[count] = id;
      base[count] = ub;
      upper[count] = above(ub + evidenceLimit);
      count++;
    }
  }
  return count;
}

/** A candidate sentence and an upper bound of its score. */
interface Bounded {
  id: number;
  bound: number;
}

/** A hair above a bound, so that rounding in another order of additions never puts a score above it. */
function above(bound: number): number {
  return bound * (1 + 1e-9) + 1e-12;
}

/**
 * The positions (in `candidates`) of the `k` best candidates by bound that come after the cut (bound
 * `cutUpper`, sentence `cutId`), best first: one scan with a bounded heap.
 */
function nextByBound(candidates: Int32Array, upper: Float64Array, count: number, cutUpper: number, cutId: number, k: number): number[] {
  // `precedes(i, j)`: candidate i comes before j (higher bound, then lower sentence id).
  const precedes = (i: number, j: number) => (upper[i] as number) > (upper[j] as number) || ((upper[i] as number) === (upper[j] as number) && (candidates[i] as number) < (candidates[j] as number));
  const heap = new Heap<number>((a, b) => precedes(b, a)); // the worst kept on top
  let worst = -Infinity;
  for (let i = 0; i < count; i++) {
    const u = upper[i] as number;
    if (u > cutUpper || (u === cutUpper && (candidates[i] as number) <= cutId)) continue;
    if (heap.size < k) {
      heap.push(i);
      worst = upper[heap.peek() as number] as number;
    } else if (u >= worst && precedes(i, heap.peek() as number)) {
      heap.pop();
      heap.push(i);
      worst = upper[heap.peek() as number] as number;
    }
  }
  const out: number[] = [];
  while (heap.size > 0) out.push(heap.pop() as number);
  return out.reverse();
}

/** The opening paragraphs of a speaker's documents, one sentence each, as a reporter would read them. */
export function* openings(view: ScopeView, documents: Set<number>, ranking: Ranking): Generator<RankedSentence> {
  const index = view.index;
  const out: RankedSentence[] = [];
  for (const n of documents) {
    const doc = index.documentByNumber[n];
    (doc ? (index.passagesOfDocument.get(doc.source.id) ?? []) : []).slice(0, ranking.openingParagraphs).forEach((passage, i) => {
      const first = index.terms.firstSentence[passage.id] as number;
      const score = 1 / (i + 1);
      out.push({ sentence: first, passage, position: 0, score, own: score, bits: 0, metaBits: 0, bitsBefore: 0, bitsAfter: 0 });
    });
  }
  yield* out.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/** A binary heap; `first(a, b)` says whether `a` comes out before `b`. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly first: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.first(a[i] as T, a[parent] as T)) break;
      [a[i], a[parent]] = [a[parent] as T, a[i] as T];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.first(a[l] as T, a[m] as T)) m = l;
        if (r < a.length && this.first(a[r] as T, a[m] as T)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as T, a[i] as T];
        i = m;
      }
    }
    return top;
  }
}
