import type { Query } from 'minisearch';
import { conceptIn, SYNONYM_WEIGHT, type Concept } from './concepts.js';
import type { Passage, PassageIndex } from './passageIndex.js';
import { termSet, withCues } from './passageIndex.js';
import { bestOf } from './bestOf.js';

/** In a large corpus a term held by more than this share of passages is slow to look up and decides little. */
const COMMON_TERM_SHARE = 0.005;
const LARGE_CORPUS = 2000;
/** Candidates whose score is completed with the common terms left out of the lookup. */
const RESCORED = 60;
/** When every word is common, the two rarest are intersected only if the second is in at most this share of passages. */
const INTERSECTED_TERM_SHARE = 0.02;
/** A word with at least this many passages in a large corpus has its synonyms checked on the best candidates only. */
const ENOUGH_LITERAL_HITS = 100;
/** A word of a document's title, outlet or author counts this much of a BM25 match in a passage (0.4 × 1.5). */
const META_WEIGHT = 0.6;
/** Documents named only in their metadata are brought in if there are at most this many... */
const META_NEW_DOCUMENTS = 20;
/** ...with this many of their first passages each. */
export const META_NEW_PASSAGES = 3;

/** A passage's score so far, and the concepts it matched as a bit set (concept i is bit i). */
export interface PassageScore {
  score: number;
  concepts: number;
}

/** How many concepts a bit set holds. */
export function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

const QUERY_SEARCH = { tokenize: (t: string) => [t], processTerm: (t: string) => t };

/**
 * Scores passages for the question's concepts (BM25 from MiniSearch). A concept scores the better of
 * its literal match and its synonyms' (at {@link SYNONYM_WEIGHT}, averaged over the synonyms a passage
 * holds), so a passage holding three synonyms never outranks one holding the word asked. The concept
 * scores add up, times the number of concepts matched: answering two parts of a question beats
 * answering one part twice.
 *
 * In a large corpus, concepts held by many passages are slow to look up and decide little: they are left
 * out of the lookup and added back only to the best candidates' scores.
 */
export function scoreConcepts(index: PassageIndex, concepts: Concept[]): Map<number, PassageScore> {
  const n = index.size;
  const isCommonTerm = (t: string) => n >= LARGE_CORPUS && (index.documentFrequency.get(t) ?? 0) > n * COMMON_TERM_SHARE;
  const isCommon = (terms: string[]) => terms.every(isCommonTerm);
  // An answer cue ("#date") is in no index: like a common term, it is only added to the best candidates.
  const words = concepts.filter((c) => !c.cue);
  let lookup = words.filter((c) => !isCommon(c.asked));
  /** Concepts whose passages were looked up (the others are only added to the best candidates). */
  const looked = new Set<Concept>();
  /** Concepts looked up by their word only: their synonyms are only added to the best candidates. */
  const deferred = new Set<Concept>();
  const totals = new Map<number, PassageScore>();
  const add = (id: number, c: number, score: number) => {
    const total = totals.get(id);
    if (total) {
      total.score += score;
      total.concepts |= 1 << c;
    } else totals.set(id, { score, concepts: 1 << c });
  };
  if (lookup.length === 0) {
    // Every concept is common ("bank board takes"): passages holding the two rarest together are the
    // candidates (far fewer than those holding either); only when none does, those holding the rarest.
    const [rarest, second] = [...words].sort((a, b) => b.weight - a.weight);
    // Intersecting with a word in a large share of all passages costs more than it narrows: then the
    // rarest word alone gives the candidates, and the others are added to the best of them.
    const narrows = second?.asked.every((t) => (index.documentFrequency.get(t) ?? 0) <= n * INTERSECTED_TERM_SHARE);
    const both = rarest && second && narrows ? index.miniSearch.search({ combineWith: 'AND', queries: [asQuery(rarest.asked), asQuery(second.asked)] }, QUERY_SEARCH) : [];
    for (const hit of both) {
      const share = hit.score / hit.queryTerms.length / 2;
      add(hit.id as number, concepts.indexOf(rarest as Concept), share);
      add(hit.id as number, concepts.indexOf(second as Concept), share);
    }
    if (both.length > 0) for (const c of [rarest, second] as Concept[]) looked.add(c);
    else lookup = rarest ? [rarest] : [];
  }
  for (const concept of lookup) {
    looked.add(concept);
    const c = concepts.indexOf(concept);
    const best = new Map<number, number>();
    for (const hit of index.miniSearch.search(asQuery(concept.asked), QUERY_SEARCH)) best.set(hit.id as number, hit.score / hit.queryTerms.length);
    // A common synonym would cost more than the asked word itself: it only widens, so leave it out. When
    // the asked word alone already gives plenty of candidates, synonyms are only checked on the best ones.
    const synonyms = concept.alternatives.filter((a) => a.weight < 1 && !isCommon(a.terms));
    if (synonyms.length > 0 && n >= LARGE_CORPUS && best.size >= ENOUGH_LITERAL_HITS) {
      deferred.add(concept);
    } else if (synonyms.length > 0) {
      const query = { combineWith: 'OR' as const, queries: synonyms.map((a) => asQuery(a.terms, isCommonTerm)) };
      for (const hit of index.miniSearch.search(query, QUERY_SEARCH)) {
        const matched = hit.queryTerms.length;
        const score = (SYNONYM_WEIGHT * hit.score) / (matched * matched);
        if (score > (best.get(hit.id as number) ?? 0)) best.set(hit.id as number, score);
      }
    }
    for (const [id, score] of best) add(id, c, score);
  }
  addMetaScores(index, concepts, totals, add);
  const skipped = concepts.filter((c) => !looked.has(c) || deferred.has(c));
  if (skipped.length > 0) {
    // Only the best candidates are worth the look at their words.
    const best = bestOf(totals.entries(), RESCORED, ([, a], [, b]) => b.score - a.score);
    for (const [id] of best) {
      const passage = index.passages.get(id);
      if (!passage) continue;
      const terms = skipped.some((c) => c.cue) ? withCues(passageTermsOf(passage), passage.paragraph.text) : passageTermsOf(passage);
      for (const concept of skipped) {
        const c = concepts.indexOf(concept);
        // A deferred concept's literal matches are scored already: only a synonym is added, where the word is not.
        if (deferred.has(concept) && ((totals.get(id)?.concepts ?? 0) & (1 << c)) !== 0) continue;
        const w = conceptIn(terms, concept);
        if (w > 0) add(id, c, w * concept.weight);
      }
    }
  }
  return totals;
}

/**
 * Adds what the documents' titles, outlets and authors say: a concept named there ("what does China
 * Watch say", a headline word) counts for every passage of that document, at {@link META_WEIGHT} of a
 * match in the passage itself. A document named this way with no passage among the candidates brings in
 * its first passages, unless the name is so common (a wire's outlet) that it singles nothing out.
 */
function addMetaScores(index: PassageIndex, concepts: Concept[], totals: Map<number, PassageScore>, add: (id: number, c: number, score: number) => void): void {
  // A document's candidate passages. Names in few titles are cheapest walked from the documents named;
  // a name in many titles from the candidates, grouped by document once (only then: it costs a lookup
  // per candidate, and a question's words can match tens of thousands of passages).
  let grouped: Map<string, number[]> | undefined;
  const group = (): Map<string, number[]> => {
    grouped = new Map();
    for (const id of totals.keys()) {
      const docId = index.documentOf[id];
      if (docId === undefined) continue;
      const ids = grouped.get(docId);
      if (ids) ids.push(id);
      else grouped.set(docId, [id]);
    }
    return grouped;
  };
  const walked = new Map<string, number[]>();
  const candidatesOf = (docId: string): number[] => {
    if (grouped) return grouped.get(docId) ?? [];
    let ids = walked.get(docId);
    if (!ids) {
      ids = (index.passagesOfDocument.get(docId) ?? []).filter((p) => totals.has(p.id)).map((p) => p.id);
      walked.set(docId, ids);
    }
    return ids;
  };
  const passagesPerDocument = index.size / Math.max(1, index.passagesOfDocument.size);
  concepts.forEach((concept, c) => {
    const docScores = new Map<string, number>();
    for (const alt of concept.alternatives) {
      const sets = alt.terms.map((t) => index.metaDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const named = sets as Set<string>[];
      const weight = alt.weight * META_WEIGHT * (alt.terms.reduce((sum, t) => sum + index.metaIdf(t), 0) / alt.terms.length);
      const smallest = named.reduce((a, b) => (b.size < a.size ? b : a));
      const isNamed = (docId: string) => named.every((set) => set.has(docId));
      if (!grouped && smallest.size * passagesPerDocument > totals.size) group();
      // Walk whichever is smaller: the documents named, or the candidates' documents.
      const docs = grouped && grouped.size < smallest.size ? grouped.keys() : smallest;
      for (const docId of docs) {
        if (weight > (docScores.get(docId) ?? 0) && isNamed(docId) && candidatesOf(docId).length > 0) docScores.set(docId, weight);
      }
      if (smallest.size <= META_NEW_DOCUMENTS) {
        for (const docId of smallest) {
          if (weight <= (docScores.get(docId) ?? 0) || !isNamed(docId) || candidatesOf(docId).length > 0) continue;
          docScores.set(docId, weight);
        }
      }
    }
    for (const [docId, score] of docScores) {
      const own = candidatesOf(docId);
      const ids = own.length > 0 ? own : (index.passagesOfDocument.get(docId) ?? []).slice(0, META_NEW_PASSAGES).map((p) => p.id);
      for (const id of ids) add(id, c, score);
    }
  });
}

/**
 * A term, or a phrase whose terms must all be in the passage. A phrase's common words ("new" of "New
 * Delhi") are left out of the lookup when it has rarer ones: they would cost the most and narrow nothing.
 */
function asQuery(terms: string[], isCommonTerm: (t: string) => boolean = () => false): Query {
  const rare = terms.filter((t) => !isCommonTerm(t));
  const looked = rare.length > 0 ? rare : terms;
  return looked.length === 1 ? (looked[0] as string) : { combineWith: 'AND', queries: looked };
}

const passageTermCache = new WeakMap<Passage, Set<string>>();
function passageTermsOf(passage: Passage): Set<string> {
  let terms = passageTermCache.get(passage);
  if (!terms) {
    terms = termSet(passage.paragraph.text);
    passageTermCache.set(passage, terms);
  }
  return terms;
}
