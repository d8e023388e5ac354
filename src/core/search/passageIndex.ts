import MiniSearch from 'minisearch';
import type { Paragraph, SourceDocument } from '../model.js';
import { processTerm, tokenize } from '../text/terms.js';
import { cueTermsOf } from './answerCues.js';

/** One indexed passage: a paragraph of a document. Quotes are cut from it at sentence precision. */
export interface Passage {
  id: number;
  doc: SourceDocument;
  paragraph: Paragraph;
}

export interface IndexedFields {
  id: number;
  text: string;
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
 * A text's terms (from {@link termSet}, already at hand) with the answer cues the text holds ("#date",
 * see `answerCues.ts`): what a passage or sentence is matched on when a question has a cue.
 */
export function withCues(terms: Set<string>, text: string): Set<string> {
  const cues = cueTermsOf(text);
  return cues.length === 0 ? terms : new Set([...terms, ...cues]);
}

/**
 * MiniSearch options of the passage index. A cached index must be loaded with exactly these options.
 * Only the passage's own text is in MiniSearch: a document's title, outlet and author would repeat in
 * every one of its passages (a third of the index on a wire archive); they have an index of their own.
 */
export const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['text'],
  storeFields: [] as string[],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => cachedTerm(term),
};

/** The words of a document's title, outlet and author. */
export function metaTermsOf(doc: SourceDocument): Set<string> {
  const { title, outlet, author } = doc.source;
  return termSet([title, outlet, author].filter(Boolean).join(' \n '));
}

/** The words of a document's outlet, author and genre: who is speaking in it ("the op-ed", "Reuters"). */
export function speakerTermsOf(doc: SourceDocument): Set<string> {
  const { outlet, author, kind } = doc.source;
  return termSet([outlet, author, kind].filter(Boolean).join(' \n '));
}

/**
 * A MiniSearch index over passages, plus what ranking needs beyond it: the passages themselves, how many
 * passages hold each term (document frequency), and which documents' title, outlet or author hold it.
 */
export class PassageIndex {
  /** meta term → ids of the documents whose title, outlet or author holds it. */
  readonly metaDocuments = new Map<string, Set<string>>();
  /** term → ids of the documents whose outlet or author holds it: who speaks, not what about. */
  readonly speakerDocuments = new Map<string, Set<string>>();
  /** document id → its passages, in order. */
  readonly passagesOfDocument = new Map<string, Passage[]>();
  /** passage id → its document's id: an array, since ranking looks it up for every candidate. */
  readonly documentOf: (string | undefined)[] = [];

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
  ) {
    const docs = new Set<SourceDocument>();
    for (const passage of passages.values()) {
      if (!docs.has(passage.doc)) docs.add(passage.doc);
      this.documentOf[passage.id] = passage.doc.source.id;
      const list = this.passagesOfDocument.get(passage.doc.source.id) ?? [];
      list.push(passage);
      this.passagesOfDocument.set(passage.doc.source.id, list);
    }
    for (const doc of docs) this.indexMeta(doc);
  }

  /** The id the next passage will get (saved with a cached index so that ids stay unique). */
  get nextPassageId(): number {
    return this.nextId;
  }

  private indexMeta(doc: SourceDocument): void {
    const put = (map: Map<string, Set<string>>, terms: Set<string>) => {
      for (const term of terms) {
        const set = map.get(term) ?? new Set<string>();
        set.add(doc.source.id);
        map.set(term, set);
      }
    };
    put(this.metaDocuments, metaTermsOf(doc));
    put(this.speakerDocuments, speakerTermsOf(doc));
  }

  /** Indexes every paragraph of a document. */
  addDocument(doc: SourceDocument): void {
    const batch: IndexedFields[] = [];
    const list: Passage[] = [];
    for (const paragraph of doc.paragraphs) {
      const id = this.nextId++;
      const passage = { id, doc, paragraph };
      this.passages.set(id, passage);
      this.documentOf[id] = doc.source.id;
      list.push(passage);
      for (const term of termSet(paragraph.text)) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
      batch.push({ id, text: paragraph.text });
    }
    this.passagesOfDocument.set(doc.source.id, list);
    this.indexMeta(doc);
    this.miniSearch.addAll(batch);
  }

  /** Removes every passage of the document with this id. */
  removeDocument(docId: string): void {
    const list = this.passagesOfDocument.get(docId) ?? [];
    for (const passage of list) {
      for (const term of termSet(passage.paragraph.text)) {
        const n = (this.documentFrequency.get(term) ?? 1) - 1;
        if (n > 0) this.documentFrequency.set(term, n);
        else this.documentFrequency.delete(term);
      }
      this.miniSearch.discard(passage.id);
      this.passages.delete(passage.id);
      this.documentOf[passage.id] = undefined;
    }
    const doc = list[0]?.doc;
    if (doc) {
      const drop = (map: Map<string, Set<string>>, terms: Set<string>) => {
        for (const term of terms) {
          const set = map.get(term);
          set?.delete(docId);
          if (set?.size === 0) map.delete(term);
        }
      };
      drop(this.metaDocuments, metaTermsOf(doc));
      drop(this.speakerDocuments, speakerTermsOf(doc));
    }
    this.passagesOfDocument.delete(docId);
  }

  get size(): number {
    return this.passages.size;
  }

  /** Whether a passage, or a document's title, outlet or author, holds a term. */
  holds(term: string): boolean {
    return this.documentFrequency.has(term) || this.metaDocuments.has(term);
  }

  /** Inverse document frequency of a term, as BM25 computes it (a term no passage holds gets the most). */
  idf(term: string): number {
    const n = this.passages.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Terms of the passages one edit away from a term they do not hold (two for long words), the most
   * frequent first: what a misspelt name was meant to be ("Huwei" → "huawei").
   *
   * ```ts
   * index.similarTerms('barcelonna') // ['barcelona']
   * ```
   */
  similarTerms(term: string, max = 3): string[] {
    const found = new Set<string>();
    const options = { fuzzy: term.length >= 8 ? 2 : 1, prefix: false, tokenize: (t: string) => [t], processTerm: (t: string) => t };
    for (const hit of this.miniSearch.search(term, options)) for (const t of hit.terms) found.add(t);
    return [...found].sort((a, b) => (this.documentFrequency.get(b) ?? 0) - (this.documentFrequency.get(a) ?? 0)).slice(0, max);
  }

  /** Inverse document frequency of a term among the documents' titles, outlets and authors. */
  metaIdf(term: string): number {
    const n = this.passagesOfDocument.size;
    const df = this.metaDocuments.get(term)?.size ?? 0;
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
