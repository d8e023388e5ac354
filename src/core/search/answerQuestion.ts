import type { Answer } from '../model.js';
import type { Scope } from '../scope.js';
import type { Passage, PassageIndex } from './passageIndex.js';
import { namesSomethingAbsent, readQuestion, type Question } from './question.js';
import { RANKING, type Ranking } from './ranking.js';
import { openings, rankSentences } from './score.js';
import { scopeView } from './scopeView.js';
import { selectQuotes } from './select.js';
import { asksOnlyForPosition, speakerAsked } from './speaker.js';
import type { SynonymGroups } from './synonyms.js';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many quotes at most (default 3). */
  limit?: number;
  /** The synonym groups to widen words with (the built-in ones joined to `synonyms.yml`). */
  synonyms?: SynonymGroups;
  /** The part of the corpus to answer from (see `core/scope.ts`); every document when absent. */
  scope?: Scope;
  /**
   * Score every candidate exactly instead of pruning: the same answers, slower. Default: on when the
   * environment sets `PRAGUE_EXHAUSTIVE=1` (to check that a shortcut never changes an answer).
   */
  exhaustive?: boolean;
  /** The constants to rank with (tuning and tests only; `RANKING` otherwise). */
  ranking?: Ranking;
}

/**
 * Answers a question with verbatim quotes from the corpus, best first, each cut at sentence precision
 * and cited. Reads top to bottom:
 *
 * 1. **Read the question** (`question.ts`): its concepts (stemmed words, synonyms, misspelt names read
 *    as the closest on file), each weighted by how rare it is in scope; the answer cue ("when" → a date);
 *    the speaker it asks for, if any (`speaker.ts`). A question naming someone the scope never mentions,
 *    or with no word that can be searched, is answered with nothing.
 * 2. **Candidates, features, one score** (`score.ts`, `evidence.ts`, constants in `ranking.ts`): every
 *    sentence of a passage holding a concept, scored by BM25+ at sentence and paragraph level, the
 *    context of its neighbours, the documents' metadata, and evidence (proximity, answer cue, opening
 *    sentence, author),
 *    given out best first. Rank-safe pruning reads only the sentences that can still reach the answer.
 * 3. **Select** (`select.ts`): neighbouring sentences become one quote, quotes that need the sentence
 *    before get it, identical quotes are shown once, quotes holding too little of the question or far
 *    weaker than the best are dropped (so an unrelated question gets nothing), and both sides are heard
 *    where both speak.
 *
 * ```ts
 * const answer = answerQuestion(index, 'who attended', { limit: 3 })
 * answer.results[0].quote  // 'At the meeting in Prague, the cybersecurity officials came mainly from …'
 * answer.results[0].source // { id, title, outlet, author, published, kind }
 * ```
 */
export function answerQuestion(index: PassageIndex, text: string, options: AnswerOptions = {}): Answer {
  const limit = options.limit ?? 3;
  const ranking = options.ranking ?? RANKING;
  const exhaustive = options.exhaustive ?? process.env.PRAGUE_EXHAUSTIVE === '1';
  const nothing: Answer = { query: text, results: [] };
  const view = scopeView(index, options.scope);

  // 1. Read the question.
  const question = readQuestion(text, options.synonyms ?? [], view, ranking);
  if (question.concepts.length === 0 || view.totals.paragraphs === 0 || namesSomethingAbsent(question)) return nothing;
  // Naming the speaker picks the documents; sentences are ranked on what the question is about, not on
  // how often they name the speaker.
  const speaker = speakerAsked(question, view);
  const about: Question = speaker ? { ...question, concepts: question.concepts.filter((c) => !speaker.concepts.includes(c) && !asksOnlyForPosition(c)) } : question;

  // 2. Candidates → features → one score, best first (a speaker-only question: the speaker's openings).
  // `progress` bounds the sentences still to come, so that selection can stop without ranking one more.
  const progress = { remaining: Infinity };
  const ranked =
    speaker && about.concepts.length === 0
      ? openings(view, speaker.documents, ranking)
      : rankSentences(about, view, ranking, { exhaustive, progress, ...(speaker ? { documents: speaker.documents } : {}) });

  // 3. Select the quotes.
  const results = selectQuotes(
    ranked,
    {
      concepts: about.concepts,
      mustMatch: mustMatch(question),
      speaker: !!speaker,
    },
    ranking,
    limit,
    (passage) => sentenceRanges(index, passage),
    () => progress.remaining,
  );
  return { query: text, results };
}

/**
 * How many of the question's concepts a quote must hold to answer it: one, or as many as the question has
 * words the scope never uses ("who won the world cup", "what is the weather in Prague tomorrow"): with
 * most of a question foreign to the sources, one word in common is a coincidence.
 */
function mustMatch(question: Question): number {
  return Math.max(1, question.concepts.filter((c) => c.unused).length);
}

/** The sentences of a passage as the index split it (ranges of the paragraph's text). */
function sentenceRanges(index: PassageIndex, passage: Passage): { start: number; end: number }[] {
  const terms = index.terms;
  const first = terms.firstSentence[passage.id] as number;
  const ranges: { start: number; end: number }[] = [];
  for (let id = first; id < first + (terms.sentenceCount[passage.id] as number); id++) {
    ranges.push({ start: terms.sentenceStart[id] as number, end: terms.sentenceEnd[id] as number });
  }
  return ranges;
}
