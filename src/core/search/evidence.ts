import { namesSpeaker } from '../attribution/index.js';
import { termsOf } from '../text/terms.js';
import { CUE_BITS } from './answerCues.js';
import type { Ranking } from './ranking.js';
import type { Question } from './question.js';

/**
 * Evidence beyond term weighting: what a sentence shows besides holding the question's words. Each piece
 * adds `weight × value` to a sentence's score, and says the most it can add: to any sentence for this
 * question (`limit`), and to one candidate from what the first pass knows of it (`bound`: the concepts it
 * holds, its document and place, its answer cues). Pruning skips a sentence only when even its bound
 * cannot lift it to the answers, so it never changes them.
 *
 * To rank by one more thing, add an entry here (and its weight to `RANKING`).
 */
export interface Evidence {
  name: string;
  weight: (ranking: Ranking) => number;
  /** The most `value` can be for any sentence, for this question. */
  limit: (q: EvidenceQuestion) => number;
  /** The most `value` can be for this candidate (at most `limit`). */
  bound: (q: EvidenceQuestion, c: CandidateFacts) => number;
  /** What the sentence shows (before weighting); never above `bound`. */
  value: (q: EvidenceQuestion, s: SentenceFacts) => number;
}

/** What evidence knows of the question being answered. */
export interface EvidenceQuestion {
  question: Question;
  ranking: Ranking;
  /** Concept weights, in question order. */
  weights: number[];
  /** The question's average concept weight. */
  meanWeight: number;
  /** Per document number: the weight of the heaviest concept naming the document's author (0 when none). */
  authorWeight: Map<number, number>;
  /**
   * Who the question names as speaking ("what did Novak say …": see `speakerNamed`), with the weight of
   * the concepts naming them and the documents that name them in their text (only there can a sentence
   * be theirs).
   */
  speaker?: { phrase: string; weight: number; documents: Set<number> };
}

/** What the first pass knows of a candidate sentence. */
export interface CandidateFacts {
  /** Concepts whose rarest term the sentence holds (all it holds, and perhaps more), as bits. */
  bits: number;
  documentNumber: number;
  /** Position of the sentence in its paragraph (0: it opens it). */
  position: number;
  /** The answer cues the sentence holds (see `answerCues.ts`), as bits. */
  cues: number;
}

/** What is known of a sentence once it is read. */
export interface SentenceFacts extends CandidateFacts {
  /** Its terms, in order; read only when asked. */
  terms: () => string[];
  /** Who speaks the sentence, as the source attributes it (see `core/attribution`); read only when asked. */
  speaker: () => string | undefined;
  /** For each concept: where among the sentence's terms the concept stands (empty when the sentence lacks it). */
  positions: number[][];
}

/** Concepts adjacent in the question standing close together in the sentence ("Project Mercury", "first downs … Broncos"). */
const proximity: Evidence = {
  name: 'proximity',
  weight: (r) => r.proximity,
  limit: (q) => {
    let sum = 0;
    for (let i = 0; i + 1 < q.weights.length; i++) sum += Math.min(q.weights[i] as number, q.weights[i + 1] as number);
    return sum;
  },
  bound: (q, c) => {
    let sum = 0;
    for (let i = 0; i + 1 < q.weights.length; i++) {
      if ((c.bits >> i) & 1 && (c.bits >> (i + 1)) & 1) sum += Math.min(q.weights[i] as number, q.weights[i + 1] as number);
    }
    return sum;
  },
  value: (q, s) => {
    let sum = 0;
    const window = q.ranking.proximityWindow;
    for (let i = 0; i + 1 < q.weights.length; i++) {
      // Both concepts held by the sentence itself (a lone word of a phrase synonym does not count).
      if (!((s.bits >> i) & 1) || !((s.bits >> (i + 1)) & 1)) continue;
      const a = s.positions[i] as number[];
      const b = s.positions[i + 1] as number[];
      if (a.some((x) => b.some((y) => y !== x && Math.abs(y - x) <= window))) sum += Math.min(q.weights[i] as number, q.weights[i + 1] as number);
    }
    return sum;
  },
};

/** "When …" wants a date, "how many …" a number, "how long …" a duration (see `answerCues.ts`). */
const cue: Evidence = {
  name: 'cue',
  weight: (r) => r.cue,
  limit: (q) => (q.question.cue ? q.meanWeight : 0),
  bound: (q, c) => (q.question.cue && c.cues & CUE_BITS[q.question.cue] ? q.meanWeight : 0),
  value: (q, s) => (q.question.cue && s.cues & CUE_BITS[q.question.cue] ? q.meanWeight : 0),
};

/** A paragraph's first sentence states what it is about (news and reference writing alike). */
const opening: Evidence = {
  name: 'opening',
  weight: (r) => r.opening,
  limit: (q) => q.meanWeight,
  bound: (q, c) => (c.position === 0 ? q.meanWeight : 0),
  value: (q, s) => (s.position === 0 ? q.meanWeight : 0),
};

const AUTHOR_WORDS = new Set(termsOf('author writer columnist'));

/** A question naming a document's author ("who is Li Zheng") is answered by the author's note ("The author is …"). */
const author: Evidence = {
  name: 'author',
  weight: (r) => r.author,
  limit: (q) => Math.max(0, ...q.authorWeight.values()),
  bound: (q, c) => q.authorWeight.get(c.documentNumber) ?? 0,
  value: (q, s) => (s.terms().some((t) => AUTHOR_WORDS.has(t)) ? (q.authorWeight.get(s.documentNumber) ?? 0) : 0),
};

/**
 * A question naming who speaks ("what did Novak say about the port", "the ministry's reaction") is
 * answered by that speaker's own words first: a sentence the source attributes to them counts as if it
 * held the words naming them ("“We reopened it,” she said" is Jana Novak's).
 */
const speaker: Evidence = {
  name: 'speaker',
  weight: (r) => r.speaker,
  limit: (q) => q.speaker?.weight ?? 0,
  bound: (q, c) => (q.speaker?.documents.has(c.documentNumber) ? q.speaker.weight : 0),
  value: (q, s) => {
    if (!q.speaker?.documents.has(s.documentNumber)) return 0;
    const who = s.speaker();
    return who && namesSpeaker(q.speaker.phrase, who) ? q.speaker.weight : 0;
  },
};

/** The evidence every sentence is scored on, in the order it is added to the score. */
export const EVIDENCE: readonly Evidence[] = [proximity, cue, author, opening, speaker];
