import type { Query } from 'minisearch';
import type { Answer, AnswerResult } from '../model.js';
import { splitSentences, type SentenceRange } from '../text/splitSentences.js';
import { fold } from '../text/matchText.js';
import { questionTerms, tokenize } from '../text/terms.js';
import type { PassageIndex, Passage } from './passageIndex.js';
import { cachedTerm, metaTermsOf, termSet } from './passageIndex.js';
import type { SynonymGroups } from './synonyms.js';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many quotes at most (default 3). */
  limit?: number;
  /** The editor's synonym groups (see `synonyms.yml`). */
  synonyms?: SynonymGroups;
}

/** Weight of a synonym's match against the word actually asked: it widens recall, never outranks. */
const SYNONYM_WEIGHT = 0.5;
/** Share of the question's weight the best quote must cover to count as an answer at all. */
const MIN_COVERAGE = 0.3;
/** Weight of a word found nowhere in the corpus, as a share of the weight of the rarest word. */
const UNKNOWN_TERM_SHARE = 0.5;
/** A quote scoring under this share of the best one is noise beside it. */
const MIN_RELATIVE_SCORE = 0.2;
/** A second source "speaks to" the question when its best quote scores at least this share of the best. */
const OTHER_SIDE_SCORE = 0.3;
/** Candidates cut into sentences per question: the rest are too far down to be quoted. */
const CANDIDATES = 40;
/** In a large corpus a term held by more than this share of passages is slow to look up and decides little. */
const COMMON_TERM_SHARE = 0.005;
const LARGE_CORPUS = 2000;
/** Candidates whose score is completed with the common terms left out of the lookup. */
const RESCORED = 60;
const MAX_CONCEPTS = 30;
/** A paragraph's second quote scores this share of its first. */
const SECOND_QUOTE_SCORE = 0.9;
/** A word of a document's title, outlet or author counts this much of a BM25 match in a passage (0.4 × 1.5). */
const META_WEIGHT = 0.6;
/** Documents named only in their metadata are brought in if there are at most this many... */
const META_NEW_DOCUMENTS = 20;
/** ...with this many of their first passages each. */
const META_NEW_PASSAGES = 3;

/** One thing the question asks about: a term as asked, and the alternatives that also count. */
interface Concept {
  /** The asked term(s) (a phrase when a synonym phrase was asked). */
  asked: string[];
  alternatives: { terms: string[]; weight: number }[];
  /** How much the concept says (inverse document frequency of what was asked). */
  weight: number;
}

/** Words after "how" that only make a question ("how long", "how many"), never its subject. */
const HOW_WORDS = /\bhow\s+(long|many|much|often|far|soon|old|big|large|come)\b/gi;

/**
 * The concepts of a question: its terms, with synonym groups applied (a synonym phrase asked, such as
 * "radio frequencies", is one concept).
 */
function conceptsOf(question: string, synonyms: SynonymGroups, index: PassageIndex): Concept[] {
  const terms = questionTerms(question.replace(HOW_WORDS, 'how'));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // Concepts are tracked as bits of one number: a question with more than 30 is pasted text, not a question.
  for (let i = 0; i < terms.length && concepts.length < MAX_CONCEPTS; ) {
    let taken = 1;
    let group: string[][] | undefined;
    let asked = [terms[i] as string];
    // Longest synonym member starting here wins ("radio frequencies" before "radio").
    for (const g of synonyms) {
      for (const member of g) {
        if (member.length >= taken && member.every((t, k) => terms[i + k] === t)) {
          if (member.length > taken || !group) {
            group = g;
            taken = member.length;
            asked = member;
          }
        }
      }
    }
    i += taken;
    const key = asked.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const alternatives = [{ terms: asked, weight: 1 }];
    for (const member of group ?? []) {
      if (member.join(' ') !== key) alternatives.push({ terms: member, weight: SYNONYM_WEIGHT });
    }
    const weight = asked.reduce((sum, t) => sum + termWeight(index, t), 0) / asked.length;
    concepts.push({ asked, alternatives, weight });
  }
  return concepts;
}

/** A passage's score so far, and the concepts it matched as a bit set (concept i is bit i). */
interface PassageScore {
  score: number;
  concepts: number;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

/**
 * How much an asked term says: its idf; a word no passage holds counts half as much as the rarest word
 * that is there, since questions are often phrased in words the sources do not use ("how did Huawei
 * respond"): such words must not make a good quote look irrelevant.
 */
function termWeight(index: PassageIndex, term: string): number {
  const idf = index.idf(term);
  return index.documentFrequency.has(term) ? idf : idf * UNKNOWN_TERM_SHARE;
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
function scoreConcepts(index: PassageIndex, concepts: Concept[]): Map<number, PassageScore> {
  const n = index.size;
  const isCommon = (terms: string[]) =>
    n >= LARGE_CORPUS && terms.every((t) => (index.documentFrequency.get(t) ?? 0) > n * COMMON_TERM_SHARE);
  let lookup = concepts.filter((c) => !isCommon(c.asked));
  /** Concepts whose passages were looked up (the others are only added to the best candidates). */
  const looked = new Set<Concept>();
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
    const [rarest, second] = [...concepts].sort((a, b) => b.weight - a.weight);
    const both = rarest && second ? index.miniSearch.search({ combineWith: 'AND', queries: [asQuery(rarest.asked), asQuery(second.asked)] }, QUERY_SEARCH) : [];
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
    // A common synonym would cost more than the asked word itself: it only widens, so leave it out.
    const synonyms = concept.alternatives.filter((a) => a.weight < 1 && !isCommon(a.terms));
    if (synonyms.length > 0) {
      const query = { combineWith: 'OR' as const, queries: synonyms.map((a) => asQuery(a.terms)) };
      for (const hit of index.miniSearch.search(query, QUERY_SEARCH)) {
        const matched = hit.queryTerms.length;
        const score = (SYNONYM_WEIGHT * hit.score) / (matched * matched);
        if (score > (best.get(hit.id as number) ?? 0)) best.set(hit.id as number, score);
      }
    }
    for (const [id, score] of best) add(id, c, score);
  }
  addMetaScores(index, concepts, totals, add);
  const skipped = concepts.filter((c) => !looked.has(c));
  if (skipped.length > 0) {
    // Only the best candidates are worth the look at their words.
    const best = [...totals.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, RESCORED);
    for (const [id] of best) {
      const passage = index.passages.get(id);
      if (!passage) continue;
      const terms = passageTermsOf(passage);
      for (const concept of skipped) {
        const w = conceptIn(terms, concept);
        if (w > 0) add(id, concepts.indexOf(concept), w * concept.weight);
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
  // The candidates grouped by document, once: each concept then looks at documents, not passages.
  const candidates = new Map<string, number[]>();
  for (const id of totals.keys()) {
    const docId = index.passages.get(id)?.doc.source.id;
    if (docId === undefined) continue;
    const ids = candidates.get(docId);
    if (ids) ids.push(id);
    else candidates.set(docId, [id]);
  }
  concepts.forEach((concept, c) => {
    const docScores = new Map<string, number>();
    for (const alt of concept.alternatives) {
      const sets = alt.terms.map((t) => index.metaDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const named = sets as Set<string>[];
      const weight = alt.weight * META_WEIGHT * (alt.terms.reduce((sum, t) => sum + index.metaIdf(t), 0) / alt.terms.length);
      const smallest = named.reduce((a, b) => (b.size < a.size ? b : a));
      const isNamed = (docId: string) => named.every((set) => set.has(docId));
      // Walk whichever is smaller: the documents named, or the candidates' documents.
      const docs = smallest.size < candidates.size ? smallest : candidates.keys();
      for (const docId of docs) {
        if (candidates.has(docId) && isNamed(docId) && weight > (docScores.get(docId) ?? 0)) docScores.set(docId, weight);
      }
      if (smallest.size <= META_NEW_DOCUMENTS) {
        for (const docId of smallest) {
          if (candidates.has(docId) || !isNamed(docId) || weight <= (docScores.get(docId) ?? 0)) continue;
          docScores.set(docId, weight);
        }
      }
    }
    for (const [docId, score] of docScores) {
      const ids = candidates.get(docId) ?? (index.passagesOfDocument.get(docId) ?? []).slice(0, META_NEW_PASSAGES).map((p) => p.id);
      for (const id of ids) add(id, c, score);
    }
  });
}

/** A term, or a phrase whose terms must all be in the passage. */
function asQuery(terms: string[]): Query {
  return terms.length === 1 ? (terms[0] as string) : { combineWith: 'AND', queries: terms };
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

const sentenceCache = new WeakMap<Passage, { ranges: SentenceRange[]; terms: Set<string>[] }>();

function sentencesOf(passage: Passage): { ranges: SentenceRange[]; terms: Set<string>[] } {
  let cached = sentenceCache.get(passage);
  if (!cached) {
    const text = passage.paragraph.text;
    const ranges = splitSentences(text);
    cached = { ranges, terms: ranges.map((r) => termSet(text.slice(r.start, r.end))) };
    sentenceCache.set(passage, cached);
  }
  return cached;
}

const metaCache = new WeakMap<Passage['doc'], Set<string>>();
function metaTermsOfPassage(passage: Passage): Set<string> {
  let terms = metaCache.get(passage.doc);
  if (!terms) {
    terms = metaTermsOf(passage.doc);
    metaCache.set(passage.doc, terms);
  }
  return terms;
}

function conceptIn(terms: Set<string>, concept: Concept): number {
  let best = 0;
  for (const alt of concept.alternatives) {
    if (alt.weight > best && alt.terms.every((t) => terms.has(t))) best = alt.weight;
  }
  return best;
}

/**
 * The sentence(s) of a passage that answer: the sentence holding the most of the question's weight,
 * joined by its neighbour when the neighbour holds a concept it lacks. Returned as a range of the
 * paragraph, so the quote is a verbatim slice of it.
 */
function cutQuotes(passage: Passage, concepts: Concept[]): { start: number; end: number; covered: number }[] {
  const { ranges, terms } = sentencesOf(passage);
  // A question naming the outlet or author ("what does China Watch say") is answered by all its passages.
  const meta = metaTermsOfPassage(passage);
  const weightOf = (sentenceTerms: Set<string>[]) =>
    concepts.reduce((sum, c) => sum + c.weight * Math.max(conceptIn(meta, c), ...sentenceTerms.map((t) => conceptIn(t, c))), 0);
  const weights = terms.map((t) => weightOf([t]));
  const cut = (bestIndex: number) => {
    let first = bestIndex;
    let last = bestIndex;
    let covered = weights[bestIndex] as number;
    for (const neighbour of [bestIndex + 1, bestIndex - 1]) {
      if (neighbour < 0 || neighbour >= ranges.length) continue;
      const w = weightOf(terms.slice(Math.min(first, neighbour), Math.max(last, neighbour) + 1));
      if (w > covered + 1e-9) {
        covered = w;
        first = Math.min(first, neighbour);
        last = Math.max(last, neighbour);
      }
    }
    return { start: (ranges[first] as SentenceRange).start, end: (ranges[last] as SentenceRange).end, covered, first, last };
  };
  const best = weights.reduce((b, w, i) => (w > (weights[b] as number) ? i : b), 0);
  const first = cut(best);
  // A second sentence of the same paragraph that says as much, apart from the first, is quoted too:
  // "Huawei …" may be both the lobbying against it and its denial.
  const second = weights.findIndex((w, i) => (i < first.first || i > first.last) && w >= (weights[best] as number) - 1e-9);
  if (second < 0) return [first];
  const range = ranges[second] as SentenceRange;
  return [first, { start: range.start, end: range.end, covered: weights[second] as number }];
}

/** The words of the quote (as printed) that carry one of the question's concepts, for highlighting. */
function matchedWordsOf(quote: string, concepts: Concept[]): string[] {
  const wanted = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const words = new Set<string>();
  for (const token of tokenize(quote)) {
    const term = cachedTerm(token);
    if (term && wanted.has(term)) words.add(token);
  }
  return [...words];
}

/**
 * For a question that names a speaker and nothing else ("what does China Watch say"): the opening
 * passages of the speaker's documents, in order, as a reporter would read them.
 */
function openingsOf(index: PassageIndex, documents: Set<string>): Map<number, PassageScore> {
  const scores = new Map<number, PassageScore>();
  for (const docId of documents) {
    (index.passagesOfDocument.get(docId) ?? []).slice(0, META_NEW_PASSAGES).forEach((passage, i) => {
      scores.set(passage.id, { score: 1 / (i + 1), concepts: 1 });
    });
  }
  return scores;
}

/** Words that ask for someone's position rather than for facts ("what does X say", "X's view of"). */
const STANCE_WORDS = /\b(say|says|said|saying|think|thinks|view|views|position|positions|stance|side|sides|argue|argues|argued|claim|claims|believe|believes|opinion|opinions|make of)\b/i;

/**
 * The speaker a question asks for ("what does the Chinese side say about the proposals", "China Watch's
 * view of the conference"): when it asks for a position and names an outlet or author of some (not all)
 * documents, those documents, and the question's concepts that named them.
 */
function speakerAsked(question: string, concepts: Concept[], index: PassageIndex): { documents: Set<string>; concepts: Concept[] } | undefined {
  if (!STANCE_WORDS.test(question)) return undefined;
  const all = index.passagesOfDocument.size;
  const documentsOf = (concept: Concept) => {
    const docs = new Set<string>();
    for (const alt of concept.alternatives) {
      const sets = alt.terms.map((t) => index.speakerDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const [first, ...rest] = sets as Set<string>[];
      for (const id of first ?? []) if (rest.every((set) => set.has(id))) docs.add(id);
    }
    return docs;
  };
  let documents: Set<string> | undefined;
  const named: Concept[] = [];
  for (const concept of concepts) {
    const docs = documentsOf(concept);
    if (docs.size === 0 || docs.size >= all) continue;
    if (documents && ![...docs].some((d) => documents!.has(d))) continue;
    documents = documents ? new Set([...documents].filter((d) => docs.has(d))) : docs;
    named.push(concept);
  }
  return documents && documents.size > 0 ? { documents, concepts: named } : undefined;
}

/**
 * Whether the question names someone or something (a capitalised word inside it, such as "Naples" or
 * "Macron") that appears nowhere in the corpus, not even through a synonym. Then nothing on file is
 * about what was asked, however well its other words match: no quote is better than a wrong one.
 */
function namesSomethingAbsent(question: string, concepts: Concept[], index: PassageIndex): boolean {
  const tokens = tokenize(question);
  if (!/\p{Ll}/u.test(question)) return false; // all capitals: no way to tell names from words
  return tokens.some((token, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(token)) return false;
    const term = cachedTerm(token);
    if (!term) return false;
    const concept = concepts.find((c) => c.asked.includes(term));
    const known = (t: string) => index.documentFrequency.has(t) || index.metaDocuments.has(t);
    return !known(term) && !(concept?.alternatives.some((a) => a.terms.every(known)) ?? false);
  });
}

/**
 * Answers a question with verbatim quotes from the corpus, best first: at most one quote per paragraph,
 * each cut at sentence precision, each with its source. When more than one source speaks to the question
 * the top three quote each of them; when nothing in the corpus is relevant the results are empty.
 *
 * ```ts
 * const answer = answerQuestion(index, 'who attended', { limit: 3 })
 * answer.results[0].quote  // 'At the meeting in Prague, the cybersecurity officials came mainly from …'
 * answer.results[0].source // { id, title, outlet, author, published, kind }
 * ```
 */
export function answerQuestion(index: PassageIndex, question: string, options: AnswerOptions = {}): Answer {
  const limit = options.limit ?? 3;
  const concepts = conceptsOf(question, options.synonyms ?? [], index);
  if (concepts.length === 0 || index.size === 0) return { query: question, results: [] };
  if (namesSomethingAbsent(question, concepts, index)) return { query: question, results: [] };
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);

  // Naming the speaker picks the documents; passages and sentences are ranked on what the question is
  // about, not on how often they happen to name the speaker.
  const speaker = speakerAsked(question, concepts, index);
  const about = speaker ? concepts.filter((c) => !speaker.concepts.includes(c)) : concepts;
  const speakerWeight = speaker ? speaker.concepts.reduce((sum, c) => sum + c.weight, 0) : 0;
  let scored = speaker && about.length === 0 ? openingsOf(index, speaker.documents) : scoreConcepts(index, about);
  if (speaker) {
    const own = new Map([...scored].filter(([id]) => speaker.documents.has(index.passages.get(id)?.doc.source.id ?? '')));
    if (own.size > 0) scored = own;
  }
  const candidates = [...scored.entries()]
    .map(([id, s]) => ({ id, score: s.score * bitCount(s.concepts) }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, CANDIDATES);

  const results: AnswerResult[] = [];
  // Wire services file the same story twice: a desk wants each quote once.
  const seenQuotes = new Set<string>();
  // Enough quotes for the answer and for every side's best to be among them; cutting more is wasted work.
  const enough = limit + 6;
  for (const { id, score } of candidates) {
    if (results.length >= enough) break;
    const passage = index.passages.get(id);
    if (!passage) continue;
    cutQuotes(passage, about).forEach((cut, k) => {
      if ((cut.covered + speakerWeight) / totalWeight < MIN_COVERAGE) return;
      const quote = passage.paragraph.text.slice(cut.start, cut.end);
      const key = fold(quote);
      if (seenQuotes.has(key)) return;
      seenQuotes.add(key);
      results.push({
        quote,
        source: passage.doc.source,
        place: { paragraph: passage.paragraph.index, start: cut.start, end: cut.end },
        // The paragraph's second quote ranks just below its first.
        score: Math.round(score * (k === 0 ? 1 : SECOND_QUOTE_SCORE) * 1000) / 1000,
        matchedWords: matchedWordsOf(quote, concepts),
      });
    });
  }
  results.sort((a, b) => b.score - a.score);
  const top = results[0]?.score ?? 0;
  const relevant = results.filter((r) => r.score >= top * MIN_RELATIVE_SCORE);
  // A question naming who speaks wants that side only; otherwise every side that speaks is heard.
  return { query: question, results: speaker ? relevant.slice(0, limit) : withEverySide(relevant, limit) };
}

/**
 * Reorders results so that the first three quote every source that speaks to the question (its best
 * quote scores at least {@link OTHER_SIDE_SCORE} of the best), then cuts to `limit`.
 */
function withEverySide(results: AnswerResult[], limit: number): AnswerResult[] {
  const top = results[0]?.score ?? 0;
  const front: AnswerResult[] = [];
  const seenSources = new Set<string>();
  for (const r of results) {
    if (front.length >= 3) break;
    if (seenSources.has(r.source.id) || r.score < top * OTHER_SIDE_SCORE) continue;
    seenSources.add(r.source.id);
    front.push(r);
  }
  // Sources that speak go first (best first); the remaining places go to the next best quotes.
  const rest = results.filter((r) => !front.includes(r));
  const slots = Math.max(0, Math.min(3, limit) - front.length);
  const head = [...front, ...rest.slice(0, slots)].sort((a, b) => b.score - a.score);
  const tail = rest.slice(slots);
  return [...head, ...tail].slice(0, limit);
}
