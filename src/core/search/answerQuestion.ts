import type { Answer, AnswerResult } from '../model.js';
import { fold } from '../text/matchText.js';
import { conceptsOf } from './concepts.js';
import { cutQuotes, matchedWordsOf } from './cutQuotes.js';
import type { Passage, PassageIndex } from './passageIndex.js';
import { bitCount, scoreConcepts, type PassageScore } from './scoreConcepts.js';
import { bestOf } from './bestOf.js';
import { asksOnlyForPosition, namesSomethingAbsent, openingsOf, speakerAsked } from './speaker.js';
import type { SynonymGroups } from './synonyms.js';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many quotes at most (default 3). */
  limit?: number;
  /** The editor's synonym groups (see `synonyms.yml`). */
  synonyms?: SynonymGroups;
  /** Only passages of documents this accepts are quoted (see `core/scope.ts`); every document when absent. */
  accepts?: (doc: Passage['doc']) => boolean;
}

/** Share of the question's weight the best quote must cover to count as an answer at all. */
const MIN_COVERAGE = 0.3;
/** A quote scoring under this share of the best one is noise beside it. */
const MIN_RELATIVE_SCORE = 0.2;
/** A second source "speaks to" the question when its best quote scores at least this share of the best. */
const OTHER_SIDE_SCORE = 0.3;
/** Candidates cut into sentences per question: the rest are too far down to be quoted. */
const CANDIDATES = 40;
/** A paragraph's second quote scores this share of its first. */
const SECOND_QUOTE_SCORE = 0.9;

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
  if (namesSomethingAbsent(concepts, index)) return { query: question, results: [] };
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
  // Words of the question the corpus never uses itself (it may use a synonym). A quote sharing one word
  // with a question whose other words are all such ("who won the world cup") is a coincidence: a quote
  // must hold at least as many of the question's concepts as there are such words.
  const absent = concepts.filter((c) => !c.cue && !c.asked.every((t) => index.holds(t))).length;
  const mustMatch = Math.max(absent, 1);

  // Naming the speaker picks the documents; passages and sentences are ranked on what the question is
  // about, not on how often they happen to name the speaker.
  const speaker = speakerAsked(question, concepts, index);
  const about = speaker ? concepts.filter((c) => !speaker.concepts.includes(c) && !asksOnlyForPosition(c)) : concepts;
  const speakerWeight = speaker ? speaker.concepts.reduce((sum, c) => sum + c.weight, 0) : 0;
  let scored = speaker && about.length === 0 ? openingsOf(index, speaker.documents) : scoreConcepts(index, about);
  const accepts = options.accepts;
  if (accepts) scored = new Map([...scored].filter(([id]) => { const p = index.passages.get(id); return !!p && accepts(p.doc); }));
  if (speaker) {
    const own = new Map([...scored].filter(([id]) => speaker.documents.has(index.documentOf[id] ?? '')));
    if (own.size > 0) scored = own;
  }
  const rank = (s: PassageScore) => s.score * bitCount(s.concepts);
  const candidates = bestOf(scored.entries(), CANDIDATES, ([idA, a], [idB, b]) => rank(b) - rank(a) || idA - idB).map(([id, s]) => ({ id, score: rank(s) }));

  const results: AnswerResult[] = [];
  // Wire services file the same story twice: a desk wants each quote once.
  const seenQuotes = new Set<string>();
  // Enough quotes for the answer and for every side's best to be among them; cutting more is wasted work.
  const enough = limit + 6;
  for (const { id, score } of candidates) {
    if (results.length >= enough) break;
    const passage = index.passages.get(id);
    if (!passage) continue;
    // With nothing asked beyond the speaker, each opening paragraph is quoted once: an overview.
    const cuts = about.length === 0 ? cutQuotes(passage, about).slice(0, 1) : cutQuotes(passage, about);
    cuts.forEach((cut, k) => {
      if ((cut.covered + speakerWeight) / totalWeight < MIN_COVERAGE) return;
      // A date alone never answers "when did X happen" (cues are not counted in `matched`); a question
      // naming only a speaker is answered by the speaker's opening paragraphs, which match nothing.
      if (about.length > 0 && cut.matched < mustMatch) return;
      const quote = passage.paragraph.text.slice(cut.start, cut.end);
      const key = fold(quote);
      if (seenQuotes.has(key)) return;
      seenQuotes.add(key);
      results.push({
        quote,
        source: passage.doc.source,
        place: { paragraph: passage.paragraph.index, start: cut.start, end: cut.end, ...(passage.paragraph.page ? { page: passage.paragraph.page } : {}) },
        // The paragraph's second quote ranks just below its first.
        score: Math.round(score * (k === 0 ? 1 : SECOND_QUOTE_SCORE) * 1000) / 1000,
        matchedWords: [],
      });
    });
  }
  results.sort((a, b) => b.score - a.score);
  const top = results[0]?.score ?? 0;
  const relevant = results.filter((r) => r.score >= top * MIN_RELATIVE_SCORE);
  // A question naming who speaks wants that side only; otherwise every side that speaks is heard.
  const chosen = speaker ? relevant.slice(0, limit) : withEverySide(relevant, limit);
  // The words to highlight, for the quotes shown only.
  return { query: question, results: chosen.map((r) => ({ ...r, matchedWords: matchedWordsOf(r.quote, concepts) })) };
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
