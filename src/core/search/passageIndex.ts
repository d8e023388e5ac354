import MiniSearch from 'minisearch';
import type { Paragraph, SourceDocument } from '../model.js';
import { cachedTerm, tokenize } from '../text/terms.js';
import { readText, TermIndex } from './termIndex.js';
import { familyRoot } from '../text/wordFamilies.js';

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
 * The tokens MiniSearch is about to be given for a paragraph already read (a one-sentence paragraph is
 * tokenised once, not twice): the text they are for, and the tokens.
 */
let readTokens: { text: string; tokens: string[] } | undefined;

/**
 * MiniSearch options of the passage index. A cached index must be loaded with exactly these options.
 * Only the passage's own text is in MiniSearch: a document's title, outlet and author would repeat in
 * every one of its passages (a third of the index on a wire archive); they have an index of their own.
 */
export const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['text'],
  storeFields: [] as string[],
  tokenize: (text: string) => (readTokens?.text === text ? readTokens.tokens : tokenize(text)),
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

/** The words of a document's author (a question naming them asks about the author: see `evidence.ts`). */
export function authorTermsOf(doc: SourceDocument): Set<string> {
  return termSet(doc.source.author ?? '');
}

/** Passages given to MiniSearch at a time when it is filled in the background (a few milliseconds each). */
const BACKGROUND_CHUNK = 200;

/**
 * The corpus as search sees it: a MiniSearch index over passages (the corpus index: vocabulary, fuzzy
 * look-ups of misspelt names, quote checks), the compact term statistics ranking scores with (see
 * `termIndex.ts`), the passages themselves, and which documents' title, outlet or author hold a word.
 *
 * Questions are answered from the term statistics alone, so a new index answers as soon as they are
 * built; MiniSearch is filled after, a few passages at a time in the background (see
 * {@link PassageIndex.indexInBackground}), or at once when it is first needed.
 */
export class PassageIndex {
  /** meta term → numbers of the documents whose title, outlet or author holds it. */
  readonly metaDocuments = new Map<string, Set<number>>();
  /** term → numbers of the documents whose outlet, author or genre holds it: who speaks, not what about. */
  readonly speakerDocuments = new Map<string, Set<number>>();
  /** term → numbers of the documents whose author holds it. */
  readonly authorDocuments = new Map<string, Set<number>>();
  /** document id → its passages, in order. */
  readonly passagesOfDocument = new Map<string, Passage[]>();
  /** passage id → its document's id: an array, since ranking looks it up for every candidate. */
  readonly documentOf: (string | undefined)[] = [];
  /** document number (see {@link TermIndex.documentNumber}) → the document; numbers are never reused. */
  readonly documentByNumber: (SourceDocument | undefined)[] = [];
  private readonly numberOfDocument = new Map<string, number>();
  private miniSearchOrLoader: MiniSearch<IndexedFields> | (() => MiniSearch<IndexedFields>);
  /** Passages not yet in MiniSearch (with the tokens already read for a one-sentence paragraph), in order. */
  private readonly pending = new Map<number, { passage: Passage; tokens?: string[] }>();
  private background?: NodeJS.Timeout;

  /**
   * An empty index, or one restored from a cache (see `indexCache.ts`): the passages, their term index
   * and MiniSearch index (or a function that loads it when first needed), exactly as they were saved.
   */
  constructor(
    miniSearch: MiniSearch<IndexedFields> | (() => MiniSearch<IndexedFields>) = new MiniSearch<IndexedFields>(INDEX_OPTIONS),
    readonly passages = new Map<number, Passage>(),
    readonly terms = new TermIndex(),
    private nextId = 1,
    /** The document numbers the term index was built with (document id at its number; '' for a removed one). */
    documentIds: string[] = [],
  ) {
    this.miniSearchOrLoader = miniSearch;
    documentIds.forEach((id, n) => {
      if (id) this.numberOfDocument.set(id, n);
    });
    const docs = new Set<SourceDocument>();
    for (const passage of passages.values()) {
      docs.add(passage.doc);
      this.documentOf[passage.id] = passage.doc.source.id;
      const list = this.passagesOfDocument.get(passage.doc.source.id) ?? [];
      list.push(passage);
      this.passagesOfDocument.set(passage.doc.source.id, list);
    }
    for (const doc of docs) {
      const n = this.numberOfDocument.get(doc.source.id);
      if (n === undefined) throw new Error(`document ${doc.source.id} has no number`);
      this.documentByNumber[n] = doc;
      this.indexMeta(doc);
    }
  }

  /** Family root → the terms on file with that root (see `familyRoot`), grown as the vocabulary grows. */
  private readonly families = new Map<string, string[]>();
  private familiesRead = 0;

  /**
   * The other terms on file of a term's word family ("citizen" for "citizenship"; see `familyRoot`).
   *
   * ```ts
   * index.familyOf('citizenship') // ['citizen'] when some passage says "citizen"
   * ```
   */
  familyOf(term: string): string[] {
    const vocabulary = this.terms.vocabulary;
    for (; this.familiesRead < vocabulary.length; this.familiesRead++) {
      const t = vocabulary[this.familiesRead] as string;
      if (/\d/.test(t)) continue;
      const root = familyRoot(t);
      const members = this.families.get(root);
      if (members) members.push(t);
      else this.families.set(root, [t]);
    }
    return (this.families.get(familyRoot(term)) ?? []).filter((t) => t !== term);
  }

  /** The MiniSearch index of every passage (loaded from the cache, or completed, when first needed). */
  get miniSearch(): MiniSearch<IndexedFields> {
    this.fillMiniSearch(Infinity);
    return this.loadedMiniSearch();
  }

  private loadedMiniSearch(): MiniSearch<IndexedFields> {
    if (typeof this.miniSearchOrLoader === 'function') this.miniSearchOrLoader = this.miniSearchOrLoader();
    return this.miniSearchOrLoader;
  }

  /** Gives MiniSearch up to `count` of the passages it does not hold yet, in order. */
  private fillMiniSearch(count: number): void {
    if (this.pending.size === 0) return;
    const miniSearch = this.loadedMiniSearch();
    for (const [id, { passage, tokens }] of this.pending) {
      if (count-- <= 0) break;
      this.pending.delete(id);
      // A one-sentence paragraph's tokens are the sentence's: MiniSearch need not tokenise it again.
      readTokens = tokens ? { text: passage.paragraph.text, tokens } : undefined;
      miniSearch.add({ id, text: passage.paragraph.text });
      readTokens = undefined;
    }
  }

  /**
   * Fills MiniSearch in the background, a few passages at a time, so that it is ready for quote checks
   * without holding up the answers (a command that ends first does not wait for it).
   */
  indexInBackground(): void {
    if (this.background || this.pending.size === 0) return;
    const step = () => {
      this.fillMiniSearch(BACKGROUND_CHUNK);
      this.background = this.pending.size > 0 ? setTimeout(step, 0).unref() : undefined;
    };
    this.background = setTimeout(step, 0).unref();
  }

  /** The id the next passage will get (saved with a cached index so that ids stay unique). */
  get nextPassageId(): number {
    return this.nextId;
  }

  /** The documents' ids by number, as the term index refers to them (for the cache). */
  get documentIds(): string[] {
    return this.documentByNumber.map((d) => d?.source.id ?? '');
  }

  private indexMeta(doc: SourceDocument): void {
    const number = this.numberOfDocument.get(doc.source.id) as number;
    const put = (map: Map<string, Set<number>>, terms: Set<string>) => {
      for (const term of terms) {
        const set = map.get(term) ?? new Set<number>();
        set.add(number);
        map.set(term, set);
      }
    };
    put(this.metaDocuments, metaTermsOf(doc));
    put(this.speakerDocuments, speakerTermsOf(doc));
    put(this.authorDocuments, authorTermsOf(doc));
  }

  /** Indexes every paragraph of a document. */
  addDocument(doc: SourceDocument): void {
    const number = this.documentByNumber.length;
    this.documentByNumber.push(doc);
    this.numberOfDocument.set(doc.source.id, number);
    const list: Passage[] = [];
    for (const paragraph of doc.paragraphs) {
      const id = this.nextId++;
      const passage = { id, doc, paragraph };
      this.passages.set(id, passage);
      this.documentOf[id] = doc.source.id;
      list.push(passage);
      const read = readText(paragraph.text);
      this.terms.add(id, number, read);
      this.pending.set(id, { passage, ...(read.tokens.length === 1 ? { tokens: read.tokens[0] as string[] } : {}) });
    }
    this.passagesOfDocument.set(doc.source.id, list);
    this.indexMeta(doc);
  }

  /** Removes every passage of the document with this id. */
  removeDocument(docId: string): void {
    const list = this.passagesOfDocument.get(docId) ?? [];
    this.terms.remove(list.map((p) => p.id));
    for (const passage of list) {
      if (this.pending.has(passage.id)) this.pending.delete(passage.id);
      else this.loadedMiniSearch().discard(passage.id);
      this.passages.delete(passage.id);
      this.documentOf[passage.id] = undefined;
    }
    const doc = list[0]?.doc;
    const number = this.numberOfDocument.get(docId);
    if (doc && number !== undefined) {
      const drop = (map: Map<string, Set<number>>, terms: Set<string>) => {
        for (const term of terms) {
          const set = map.get(term);
          set?.delete(number);
          if (set?.size === 0) map.delete(term);
        }
      };
      drop(this.metaDocuments, metaTermsOf(doc));
      drop(this.speakerDocuments, speakerTermsOf(doc));
      drop(this.authorDocuments, authorTermsOf(doc));
    }
    if (number !== undefined) this.documentByNumber[number] = undefined;
    this.numberOfDocument.delete(docId);
    this.passagesOfDocument.delete(docId);
  }

  get size(): number {
    return this.passages.size;
  }

  /**
   * How many passages hold a term, over the whole corpus, as a read-only map (`get` is `undefined` for a
   * term no passage holds): for callers outside ranking (quote checks look up the rarest words first).
   */
  readonly documentFrequency: Pick<ReadonlyMap<string, number>, 'get' | 'has'> = {
    get: (term: string) => this.terms.documentFrequency(term) || undefined,
    has: (term: string) => this.terms.documentFrequency(term) > 0,
  };

  /** Whether a passage, or a document's title, outlet or author, holds a term (anywhere in the corpus). */
  holds(term: string): boolean {
    return this.terms.documentFrequency(term) > 0 || this.metaDocuments.has(term);
  }

  /**
   * Terms of the passages one edit away from a term they do not hold (two for long words), the most
   * frequent first: what a misspelt name was meant to be ("Huwei" → "huawei").
   *
   * ```ts
   * index.similarTerms('barcelonna') // ['barcelona']
   * ```
   */
  similarTerms(term: string): string[] {
    const found = new Set<string>();
    const options = { fuzzy: term.length >= 8 ? 2 : 1, prefix: false, tokenize: (t: string) => [t], processTerm: (t: string) => t };
    for (const hit of this.miniSearch.search(term, options)) for (const t of hit.terms) found.add(t);
    found.delete(term);
    return [...found].sort((a, b) => this.terms.documentFrequency(b) - this.terms.documentFrequency(a) || (a < b ? -1 : 1));
  }
}

/**
 * Builds the passage index of a set of documents.
 *
 * ```ts
 * const index = buildPassageIndex((await loadCorpus('corpus')).documents)
 * index.size // number of paragraphs indexed
 * ```
 */
export function buildPassageIndex(documents: SourceDocument[]): PassageIndex {
  const index = new PassageIndex();
  for (const doc of documents) index.addDocument(doc);
  return index;
}
