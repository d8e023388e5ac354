import MiniSearch from 'minisearch';
import type { Paragraph, SourceDocument } from '../model.js';
import { processTerm, tokenize } from '../text/terms.js';

/** One indexed passage: a paragraph of a document. Quotes are cut from it at sentence precision. */
export interface Passage {
  id: number;
  doc: SourceDocument;
  paragraph: Paragraph;
}

export interface IndexedFields {
  id: number;
  text: string;
  /** Title, outlet and author, so that "what does China Watch say" finds that outlet's passages. */
  meta: string;
}

/** Stems are looked up far more often than there are distinct words: remember them. */
const stemCache = new Map<string, string | null>();
/**
 * {@link processTerm} with a memory of the words already seen (the same term for the same word).
 */
export function cachedTerm(token: string): string | null {
  let term = stemCache.get(token);
  if (term === undefined) {
    term = processTerm(token);
    if (stemCache.size < 500_000) stemCache.set(token, term);
  }
  return term;
}

/** The set of distinct terms of a text. */
export function termSet(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = cachedTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}

/**
 * MiniSearch options of the passage index. A cached index must be loaded with exactly these options.
 * Metadata weighs less than the passage's own words.
 */
export const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['text', 'meta'],
  storeFields: [] as string[],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => cachedTerm(term),
  searchOptions: { boost: { text: 1, meta: 0.4 } },
};

/**
 * A MiniSearch index over passages, plus what ranking needs beyond it: the passages themselves and how
 * many passages hold each term (document frequency).
 */
export class PassageIndex {
  /**
   * An empty index, or one restored from a cache (see `indexCache.ts`): the MiniSearch index, the
   * passages it holds and the document frequencies, exactly as they were saved.
   */
  constructor(
    readonly miniSearch = new MiniSearch<IndexedFields>(INDEX_OPTIONS),
    readonly passages = new Map<number, Passage>(),
    /** term → number of passages whose text holds it. */
    readonly documentFrequency = new Map<string, number>(),
    private nextId = 1,
  ) {}

  /** The id the next passage will get (saved with a cached index so that ids stay unique). */
  get nextPassageId(): number {
    return this.nextId;
  }

  /** Indexes every paragraph of a document. */
  addDocument(doc: SourceDocument): void {
    const meta = [doc.source.title, doc.source.outlet, doc.source.author].filter(Boolean).join(' \n ');
    const batch: IndexedFields[] = [];
    for (const paragraph of doc.paragraphs) {
      const id = this.nextId++;
      this.passages.set(id, { id, doc, paragraph });
      for (const term of termSet(paragraph.text)) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
      batch.push({ id, text: paragraph.text, meta });
    }
    this.miniSearch.addAll(batch);
  }

  /** Removes every passage of the document with this id. */
  removeDocument(docId: string): void {
    for (const [id, passage] of this.passages) {
      if (passage.doc.source.id !== docId) continue;
      for (const term of termSet(passage.paragraph.text)) {
        const n = (this.documentFrequency.get(term) ?? 1) - 1;
        if (n > 0) this.documentFrequency.set(term, n);
        else this.documentFrequency.delete(term);
      }
      this.miniSearch.discard(id);
      this.passages.delete(id);
    }
  }

  get size(): number {
    return this.passages.size;
  }

  /** Inverse document frequency of a term, as BM25 computes it (a term no passage holds gets the most). */
  idf(term: string): number {
    const n = this.passages.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

/**
 * Builds the passage index of a set of documents.
 *
 * ```ts
 * const index = buildPassageIndex(loadCorpus('corpus').documents)
 * index.size // number of paragraphs indexed
 * ```
 */
export function buildPassageIndex(documents: SourceDocument[]): PassageIndex {
  const index = new PassageIndex();
  for (const doc of documents) index.addDocument(doc);
  return index;
}
