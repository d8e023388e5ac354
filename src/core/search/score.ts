import type { Passage } from './passageIndex.js';
import type { Question } from './question.js';
import type { Ranking } from './ranking.js';
import type { ScopeView } from './scopeView.js';
import type { TermIndex } from './termIndex.js';
import { readText, type ReadText } from './termIndex.js';
import { EVIDENCE, type CandidateFacts, type EvidenceQuestion, type SentenceFacts } from './evidence.js';

/**
 * Candidates → features → one score. Every sentence of a paragraph holding one of the question's
 * concepts (or of a document whose title, outlet or author names one) is a candidate, and gets one score
 * (see `RANKING` for the formula). Sentences come out best first, as a stream: the answer reads as many
 * as it needs.
 *
 * Two passes make that fast without changing any answer. The first runs over the concepts' posting
 * lists (typed arrays) and gives every candidate an upper bound of its score: its BM25 sums with each
 * concept's alternatives added up (the score takes the best one), its neighbours' whole sentence score
 * (the score takes only the concepts the sentence lacks), and each piece of evidence's bound. The second
 * reads sentences (tokenises their paragraph) in order of that bound and computes their exact score; a
 * sentence is given out once its score beats the best bound still unread, so the stream is exactly what
 * sorting every candidate by its exact score gives (ties by sentence id). With `exhaustive` every
 * candidate is read and sorted: the reference the fast path is tested against (`PRAGUE_EXHAUSTIVE=1`).
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
  /** Concepts the sentence's paragraph holds. */
  paragraphBits: number;
  /** Concepts the sentence before / after holds (0 when there is none). */
  bitsBefore: number;
  bitsAfter: number;
}

/** One alternative of a concept as scored: its rarest term (whose postings are walked) and its value. */
interface ScoredAlternative {
  terms: string[];
  lookup: string;
  /** Weight of a match: the alternative's weight times the smaller of the concept's and its own idf. */
  value: number;
}

/** What the sentences of one paragraph hold, read once per paragraph and kept for a while. */
interface ParagraphDetail {
  read: ReadText;
  /** Term frequencies of each sentence. */
  counts: Map<string, number>[];
  /** Term frequencies of the whole paragraph. */
  paragraph: Map<string, number>;
}

/** Paragraphs kept read (a question reads a few dozen; the exhaustive reference reads thousands). */
const DETAIL_CACHE_SIZE = 20_000;
const details = new WeakMap<TermIndex, Map<number, ParagraphDetail>>();

function detailOf(terms: TermIndex, passage: Passage): ParagraphDetail {
  let cache = details.get(terms);
  if (!cache) {
    cache = new Map();
    details.set(terms, cache);
  }
  let detail = cache.get(passage.id);
  if (!detail) {
    const read = readText(passage.paragraph.text);
    const counts = read.terms.map((list) => {
      const m = new Map<string, number>();
      for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    });
    const paragraph = new Map<string, number>();
    for (const m of counts) for (const [t, n] of m) paragraph.set(t, (paragraph.get(t) ?? 0) + n);
    detail = { read, counts, paragraph };
    if (cache.size >= DETAIL_CACHE_SIZE) cache.clear();
    cache.set(passage.id, detail);
  }
  return detail;
}

/** Scratch arrays of one term index, reused by every question (answering is synchronous). */
interface Scratch {
  epoch: number;
  sentenceScore: Float64Array;
  sentenceBits: Int32Array;
  sentenceStamp: Int32Array;
  paragraphScore: Float64Array;
  paragraphStamp: Int32Array;
  documentScore: Float64Array;
  documentBits: Int32Array;
  documentStamp: Int32Array;
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
      paragraphScore: new Float64Array(paragraphs), paragraphStamp: new Int32Array(paragraphs),
      documentScore: new Float64Array(documents), documentBits: new Int32Array(documents), documentStamp: new Int32Array(documents),
    };
    scratches.set(terms, s);
  }
  s.epoch++;
  return s;
}

/** BM25's term-frequency part, plus BM25+'s floor: `norm = k1 · (1 − b + b · length / average)` is precomputed per unit. */
function saturate(tf: number, k1: number, norm: number, delta: number): number {
  return (tf * (k1 + 1)) / (tf + norm) + delta;
}

/** Options of {@link rankSentences}. */
export interface RankOptions {
  /** Score every candidate exactly and sort them all (the reference; slow on large corpora). */
  exhaustive: boolean;
  /** Only sentences of these documents are candidates (a speaker asked for), unless none of them is. */
  documents?: Set<string>;
}

/**
 * The sentences answering a question, best first (see the module's comment).
 *
 * ```ts
 * const [best] = rankSentences(question, view, RANKING, { exhaustive: false })
 * best.passage.paragraph.text.slice(...)  // the best sentence
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
  const sentenceNorm = (length: number) => sentenceK1 * (1 - sentenceB + (sentenceB * length) / avgSentence);
  const paragraphNorm = (length: number) => paragraphK1 * (1 - paragraphB + (paragraphB * length) / avgParagraph);

  // The alternatives of each concept that can match in scope, with their rarest term and value.
  const alternatives: ScoredAlternative[][] = concepts.map((c) =>
    c.alternatives.flatMap((a) => {
      if (a.terms.some((t) => view.documentFrequency(t) === 0)) return [];
      const lookup = a.terms.reduce((x, y) => (view.documentFrequency(y) < view.documentFrequency(x) ? y : x));
      const idf = Math.max(...a.terms.map((t) => view.idf(t)));
      return [{ terms: a.terms, lookup, value: a.weight * Math.min(c.weight, idf) }];
    }),
  );
  const weights = concepts.map((c) => c.weight);
  const evidenceQuestion: EvidenceQuestion = {
    question, ranking, weights,
    meanWeight: weights.reduce((a, b) => a + b, 0) / weights.length,
    authorWeight: new Map(),
  };
  concepts.forEach((c) => {
    for (const docId of c.asked.length === 1 ? view.authorDocuments(c.asked[0] as string) : []) {
      const n = index.documentNumber(docId);
      if (n !== undefined) evidenceQuestion.authorWeight.set(n, Math.max(evidenceQuestion.authorWeight.get(n) ?? 0, c.weight));
    }
  });

  // --- First pass: BM25 sums over the posting lists, and the documents the metadata names. -------------
  const s = scratchOf(terms, index.documentByNumber.length);
  const epoch = s.epoch;
  const allowed = view.allowedPassages;
  const touched: number[] = [];
  alternatives.forEach((alts, c) => {
    const bit = 1 << c;
    for (const alt of alts) {
      const postings = terms.terms.get(alt.lookup);
      if (!postings) continue;
      const { data: pd, count: pc } = postings.paragraphs;
      for (let i = 0; i < pc; i++) {
        const id = pd[2 * i] as number;
        if (allowed && allowed[id] !== 1) continue;
        if (s.paragraphStamp[id] !== epoch) {
          s.paragraphStamp[id] = epoch;
          s.paragraphScore[id] = 0;
          touched.push(id);
        }
        s.paragraphScore[id] = (s.paragraphScore[id] as number) + alt.value * saturate(pd[2 * i + 1] as number, paragraphK1, paragraphNorm(terms.paragraphLength[id] as number), delta);
      }
      const { data: sd, count: sc } = postings.sentences;
      for (let i = 0; i < sc; i++) {
        const id = sd[2 * i] as number;
        if (allowed && allowed[terms.sentenceParagraph[id] as number] !== 1) continue;
        if (s.sentenceStamp[id] !== epoch) {
          s.sentenceStamp[id] = epoch;
          s.sentenceScore[id] = 0;
          s.sentenceBits[id] = 0;
        }
        s.sentenceScore[id] = (s.sentenceScore[id] as number) + alt.value * saturate(sd[2 * i + 1] as number, sentenceK1, sentenceNorm(terms.sentenceLength[id] as number), delta);
        s.sentenceBits[id] = (s.sentenceBits[id] as number) | bit;
      }
    }
  });
  const named: number[] = [];
  alternatives.forEach((alts, c) => {
    for (const alt of alts) {
      const sets = alt.terms.map((t) => index.metaDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const [smallest, ...rest] = (sets as Set<string>[]).sort((a, b) => a.size - b.size);
      for (const docId of smallest ?? []) {
        if (!rest.every((docs) => docs.has(docId)) || !view.allowsDocument(docId)) continue;
        const n = index.documentNumber(docId);
        if (n === undefined) continue;
        if (s.documentStamp[n] !== epoch) {
          s.documentStamp[n] = epoch;
          s.documentScore[n] = 0;
          s.documentBits[n] = 0;
          named.push(n);
        }
        s.documentScore[n] = (s.documentScore[n] as number) + alt.value;
        s.documentBits[n] = (s.documentBits[n] as number) | 1 << c;
      }
    }
  });
  const sentenceUpper = (id: number) => (s.sentenceStamp[id] === epoch ? (s.sentenceScore[id] as number) : 0);
  const documentUpper = (n: number) => (s.documentStamp[n] === epoch ? (s.documentScore[n] as number) : 0);

  // --- Candidates: the sentences of the paragraphs found, and of the few documents named. ---------------
  let paragraphs = touched;
  if (named.length > 0 && named.length <= ranking.metaDocuments) {
    const seen = new Set(touched);
    paragraphs = [...touched];
    for (const n of named) {
      const doc = index.documentByNumber[n];
      for (const p of doc ? (index.passagesOfDocument.get(doc.source.id) ?? []) : []) {
        if (seen.has(p.id) || (allowed && allowed[p.id] !== 1)) continue;
        seen.add(p.id);
        if (s.paragraphStamp[p.id] !== epoch) {
          s.paragraphStamp[p.id] = epoch;
          s.paragraphScore[p.id] = 0;
        }
        paragraphs.push(p.id);
      }
    }
  }
  if (options.documents) {
    const docs = options.documents;
    const own = paragraphs.filter((id) => docs.has(index.documentOf[id] ?? ''));
    if (own.length > 0) paragraphs = own;
  }
  const candidates: number[] = [];
  const upper: number[] = [];
  const paragraphWeight = ranking.paragraph;
  const evidence = EVIDENCE.map((e) => ({ e, weight: e.weight(ranking) }));
  const facts: CandidateFacts = { bits: 0, documentNumber: 0, position: 0 };
  for (const p of paragraphs) {
    const first = terms.firstSentence[p] as number;
    const count = terms.sentenceCount[p] as number;
    const documentNumber = terms.documentNumber[p] as number;
    const paragraphScore = s.paragraphScore[p] as number;
    const meta = documentUpper(documentNumber);
    for (let id = first; id < first + count; id++) {
      let ub = sentenceUpper(id) + paragraphWeight * paragraphScore;
      ub += ranking.before * (id > first ? sentenceUpper(id - 1) : 0);
      ub += ranking.after * (id + 1 < first + count ? sentenceUpper(id + 1) : 0);
      ub += ranking.meta * meta;
      facts.bits = s.sentenceStamp[id] === epoch ? (s.sentenceBits[id] as number) : 0;
      facts.documentNumber = documentNumber;
      facts.position = id - first;
      for (const { e, weight } of evidence) ub += weight * e.bound(evidenceQuestion, facts);
      candidates.push(id);
      // A hair above the bound, so that rounding in a different order of additions never puts a score above it.
      upper.push(ub * (1 + 1e-9) + 1e-12);
    }
  }

  // --- Second pass: exact scores, best first. ----------------------------------------------------------
  const exact = (id: number): RankedSentence => {
    const passageId = terms.sentenceParagraph[id] as number;
    const passage = index.passages.get(passageId) as Passage;
    const first = terms.firstSentence[passageId] as number;
    const count = terms.sentenceCount[passageId] as number;
    const position = id - first;
    const detail = detailOf(terms, passage);
    const documentNumber = terms.documentNumber[passageId] as number;
    // A concept's strength in a unit: the best of its alternatives there.
    const strength = (c: number, counts: Map<string, number>, k1: number, norm: number) => {
      let best = 0;
      for (const alt of alternatives[c] as ScoredAlternative[]) {
        let tf = Infinity;
        for (const t of alt.terms) tf = Math.min(tf, counts.get(t) ?? 0);
        if (tf > 0) best = Math.max(best, alt.value * saturate(tf, k1, norm, delta));
      }
      return best;
    };
    let meta = 0;
    let metaBits = 0;
    if (s.documentStamp[documentNumber] === epoch) {
      const named = s.documentBits[documentNumber] as number;
      for (let c = 0; c < concepts.length; c++) {
        if (!((named >> c) & 1)) continue;
        let best = 0;
        for (const alt of alternatives[c] as ScoredAlternative[]) {
          if (alt.value > best && alt.terms.every((t) => index.metaDocuments.get(t)?.has(passage.doc.source.id))) best = alt.value;
        }
        meta += best;
        if (best > 0) metaBits |= 1 << c;
      }
    }
    const sentenceAt = (k: number) => detail.counts[k] as Map<string, number>;
    const norm = (k: number) => sentenceNorm(terms.sentenceLength[first + k] as number);
    const titled = (c: number) => ((metaBits >> c) & 1 ? ranking.titleShare : 1);
    let sentence = 0;
    let paragraph = 0;
    let before = 0;
    let after = 0;
    let bits = 0;
    const ownStrength: number[] = [];
    for (let c = 0; c < concepts.length; c++) {
      const v = strength(c, sentenceAt(position), sentenceK1, norm(position)) * titled(c);
      ownStrength.push(v);
      sentence += v;
      if (v > 0) bits |= 1 << c;
    }
    const pNorm = paragraphNorm(terms.paragraphLength[passageId] as number);
    let paragraphBits = 0;
    for (let c = 0; c < concepts.length; c++) {
      const v = strength(c, detail.paragraph, paragraphK1, pNorm);
      paragraph += v;
      if (v > 0) paragraphBits |= 1 << c;
    }
    let bitsBefore = 0;
    let bitsAfter = 0;
    for (let c = 0; c < concepts.length; c++) {
      const b = position > 0 ? strength(c, sentenceAt(position - 1), sentenceK1, norm(position - 1)) * titled(c) : 0;
      const a = position + 1 < count ? strength(c, sentenceAt(position + 1), sentenceK1, norm(position + 1)) * titled(c) : 0;
      if (b > 0) bitsBefore |= 1 << c;
      if (a > 0) bitsAfter |= 1 << c;
      if ((ownStrength[c] as number) > 0) continue;
      before += b;
      after += a;
    }
    let score = sentence + paragraphWeight * paragraph;
    score += ranking.before * before;
    score += ranking.after * after;
    score += ranking.meta * meta;
    const range = detail.read.ranges[position] as { start: number; end: number };
    const sentenceTerms = detail.read.terms[position] as string[];
    const sentenceFacts: SentenceFacts = {
      text: passage.paragraph.text.slice(range.start, range.end),
      terms: sentenceTerms,
      positions: alternatives.map((alts) => {
        const wanted = new Set(alts.flatMap((a) => a.terms));
        const at: number[] = [];
        sentenceTerms.forEach((t, i) => wanted.has(t) && at.push(i));
        return at;
      }),
      documentNumber,
      position,
    };
    let own = sentence;
    for (const { e, weight } of evidence) {
      const v = weight * e.value(evidenceQuestion, sentenceFacts);
      score += v;
      own += v;
    }
    return { sentence: id, passage, position, score, own, bits, metaBits, paragraphBits, bitsBefore, bitsAfter };
  };
  const before = (a: RankedSentence, b: RankedSentence) => b.score - a.score || a.sentence - b.sentence;

  if (options.exhaustive) {
    const all = candidates.map(exact).sort(before);
    yield* all;
    return;
  }

  // Candidates in order of their bound, a batch at a time (each batch found by one scan of all of them).
  const order = new Int32Array(candidates.length).map((_, i) => i);
  let cutUpper = Infinity;
  let cutId = -1;
  let batch: number[] = [];
  let next = 0;
  let batchSize = 32;
  const after = (i: number) => (upper[i] as number) < cutUpper || ((upper[i] as number) === cutUpper && (candidates[i] as number) > cutId);
  const precedes = (i: number, j: number) => (upper[i] as number) > (upper[j] as number) || ((upper[i] as number) === (upper[j] as number) && (candidates[i] as number) < (candidates[j] as number));
  const fillBatch = () => {
    batch = topByBound(order, after, precedes, batchSize);
    batchSize *= 2;
    next = 0;
    const last = batch[batch.length - 1];
    if (last !== undefined) {
      cutUpper = upper[last] as number;
      cutId = candidates[last] as number;
    }
  };
  fillBatch();
  const heap = new Heap<RankedSentence>((a, b) => before(a, b) < 0);
  for (;;) {
    if (next >= batch.length && batch.length > 0) fillBatch();
    const pending = batch[next];
    const top = heap.peek();
    if (top && (pending === undefined || top.score > (upper[pending] as number) || (top.score === upper[pending] && top.sentence < (candidates[pending] as number)))) {
      yield heap.pop() as RankedSentence;
      continue;
    }
    if (pending === undefined) return;
    heap.push(exact(candidates[pending] as number));
    next++;
  }
}

/** The `k` first items of `order` that pass `keep`, in the order `precedes` gives (a bounded heap: one scan). */
function topByBound(order: Int32Array, keep: (i: number) => boolean, precedes: (i: number, j: number) => boolean, k: number): number[] {
  const heap = new Heap<number>((a, b) => precedes(b, a)); // worst kept item on top
  for (const i of order) {
    if (!keep(i)) continue;
    if (heap.size < k) heap.push(i);
    else if (precedes(i, heap.peek() as number)) {
      heap.pop();
      heap.push(i);
    }
  }
  const out: number[] = [];
  while (heap.size > 0) out.push(heap.pop() as number);
  return out.reverse();
}

/** The opening paragraphs of a speaker's documents, one sentence each, as a reporter would read them. */
export function* openings(view: ScopeView, documents: Set<string>, ranking: Ranking): Generator<RankedSentence> {
  const index = view.index;
  const out: RankedSentence[] = [];
  for (const docId of documents) {
    (index.passagesOfDocument.get(docId) ?? []).slice(0, ranking.openingParagraphs).forEach((passage, i) => {
      const first = index.terms.firstSentence[passage.id] as number;
      out.push({ sentence: first, passage, position: 0, score: 1 / (i + 1), own: 1 / (i + 1), bits: 0, metaBits: 0, paragraphBits: 0, bitsBefore: 0, bitsAfter: 0 });
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
