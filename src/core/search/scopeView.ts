import { inScope, isWholeCorpus, type Scope } from '../scope.js';
import type { PassageIndex } from './passageIndex.js';
import type { UnitTotals } from './termIndex.js';

/**
 * The part of the corpus a question is answered from, with the statistics it is ranked by. A scoped
 * question ("search the Prague dossier") is ranked with the collection's own statistics (how many of
 * its passages hold a word, their average lengths), so that it is answered exactly as if the collection
 * were the whole corpus: a word common in the wire archive beside it but rare in the dossier keeps the
 * weight it has in the dossier.
 */
export class ScopeView {
  /** Per passage id: 1 when the passage is in scope (only for a restricted scope). */
  private readonly allowed?: Uint8Array;
  /** Per document number: 1 when the document is in scope (only for a restricted scope). */
  private readonly allowedDocuments?: Uint8Array;
  private readonly frequencies = new Map<string, number>();
  readonly totals: UnitTotals;

  constructor(
    readonly index: PassageIndex,
    scope: Scope | undefined,
  ) {
    const terms = index.terms;
    if (isWholeCorpus(scope)) {
      this.totals = { ...terms.totals };
      return;
    }
    const allowed = new Uint8Array(terms.sentenceCount.length);
    const allowedDocuments = new Uint8Array(index.documentByNumber.length);
    const totals: UnitTotals = { paragraphs: 0, paragraphLength: 0, sentences: 0, sentenceLength: 0 };
    let everything = true;
    index.documentByNumber.forEach((doc, n) => {
      if (!doc) return;
      if (!inScope(doc, scope)) {
        everything = false;
        return;
      }
      allowedDocuments[n] = 1;
      for (const passage of index.passagesOfDocument.get(doc.source.id) ?? []) {
        allowed[passage.id] = 1;
        totals.paragraphs++;
        totals.paragraphLength += terms.paragraphLength[passage.id] as number;
        const first = terms.firstSentence[passage.id] as number;
        for (let s = first; s < first + (terms.sentenceCount[passage.id] as number); s++) {
          totals.sentences++;
          totals.sentenceLength += terms.sentenceLength[s] as number;
        }
      }
    });
    // A scope that leaves nothing out (a team's scope on a corpus with no private folder) is the whole corpus.
    this.totals = everything ? { ...terms.totals } : totals;
    if (!everything) {
      this.allowed = allowed;
      this.allowedDocuments = allowedDocuments;
    }
  }

  /** Per passage id, 1 when in scope; undefined when every passage is. */
  get allowedPassages(): Uint8Array | undefined {
    return this.allowed;
  }

  /** Whether a passage is in scope. */
  allowsPassage(id: number): boolean {
    return this.allowed ? this.allowed[id] === 1 : this.index.terms.holdsPassage(id);
  }

  /** Whether a document (by number) is in scope. */
  allowsDocument(n: number): boolean {
    return this.allowedDocuments ? this.allowedDocuments[n] === 1 : this.index.documentByNumber[n] !== undefined;
  }

  /** How many passages in scope hold a term. */
  documentFrequency(term: string): number {
    if (!this.allowed) return this.index.terms.documentFrequency(term);
    let df = this.frequencies.get(term);
    if (df === undefined) {
      df = 0;
      const list = this.index.terms.terms.get(term)?.paragraphs;
      if (list) for (let i = 0; i < list.count; i++) df += this.allowed[list.data[2 * i] as number] as number;
      this.frequencies.set(term, df);
    }
    return df;
  }

  /** Inverse document frequency of a term in scope, as BM25 computes it (a term no passage holds gets the most). */
  idf(term: string): number {
    const n = this.totals.paragraphs;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The documents in scope whose outlet, author or genre holds a term. */
  speakerDocuments(term: string): number[] {
    return this.within(this.index.speakerDocuments.get(term));
  }

  /** The documents in scope whose author holds a term. */
  authorDocuments(term: string): number[] {
    return this.within(this.index.authorDocuments.get(term));
  }

  /** How many documents are in scope. */
  get documents(): number {
    return this.allowedDocuments ? this.allowedDocuments.reduce((n, x) => n + x, 0) : this.index.passagesOfDocument.size;
  }

  private within(docs: Set<number> | undefined): number[] {
    if (!docs) return [];
    return this.allowedDocuments ? [...docs].filter((d) => this.allowsDocument(d)) : [...docs];
  }

  /** Whether a passage in scope, or the title, outlet or author of a document in scope, holds a term. */
  holds(term: string): boolean {
    if (this.documentFrequency(term) > 0) return true;
    for (const n of this.index.metaDocuments.get(term) ?? []) if (this.allowsDocument(n)) return true;
    return false;
  }

  /**
   * Whether some passage in scope holds a term together with every term of `others` (posting lists are
   * in increasing id order: the shortest is walked, the others searched).
   */
  together(term: string, others: string[]): boolean {
    const lists = [term, ...others].map((t) => this.index.terms.terms.get(t)?.paragraphs);
    if (lists.some((l) => !l)) return false;
    const [shortest, ...rest] = (lists as { data: Int32Array; count: number }[]).sort((a, b) => a.count - b.count);
    for (let i = 0; i < (shortest as { count: number }).count; i++) {
      const id = (shortest as { data: Int32Array }).data[2 * i] as number;
      if (!this.allowsPassage(id)) continue;
      if (rest.every((l) => holdsId(l.data, l.count, id))) return true;
    }
    return false;
  }

  /** Terms in scope one or two edits away from a term it does not hold, the most frequent first (see `PassageIndex.similarTerms`). */
  similarTerms(term: string): string[] {
    return this.index.similarTerms(term).filter((t) => this.documentFrequency(t) > 0);
  }
}

/** Whether a posting list (`[id, tf]` pairs in increasing id order) holds an id: binary search. */
function holdsId(data: Int32Array, count: number, id: number): boolean {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = data[2 * mid] as number;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const views = new WeakMap<PassageIndex, { version: number; byScope: Map<string, ScopeView> }>();
/** Views kept per index: a desk has a handful of collections and teams. */
const MAX_VIEWS = 64;

/** The view of a scope (cached until the index changes). */
export function scopeView(index: PassageIndex, scope: Scope | undefined): ScopeView {
  let cached = views.get(index);
  if (!cached || cached.version !== index.terms.version) {
    cached = { version: index.terms.version, byScope: new Map() };
    views.set(index, cached);
  }
  const key = isWholeCorpus(scope) ? '' : JSON.stringify([[...(scope?.collections ?? [])].sort(), scope?.team ?? '']);
  let view = cached.byScope.get(key);
  if (!view) {
    if (cached.byScope.size >= MAX_VIEWS) cached.byScope.clear();
    view = new ScopeView(index, scope);
    cached.byScope.set(key, view);
  }
  return view;
}
