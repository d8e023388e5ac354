/**
 * Every constant of ranking, in one place. Each says what it does and which evaluation figure justifies
 * its value (`npm run eval`; "squad" is `../shared/eval/squad` recall@3 of 300 questions, split A/B by
 * article to check that a value tuned on one half holds on the other; "seed" is the 12 development
 * questions on the bundled corpus; "reuters" is the seed questions among all Reuters stories). Figures
 * are those measured when the value was set; `tests/core/rankingPins.test.ts` fails when a change moves
 * them.
 *
 * The score of a sentence s in paragraph p of document d (see `score.ts`) is
 *
 *     sentence(s) + paragraph·P(p) + before·C(s-1) + after·C(s+1) + meta·M(d)
 *       + proximity·X(s) + cue·Q(s) + author·A(s)
 *
 * where sentence and P are BM25+ sums over the question's concepts (at sentence and paragraph level),
 * C is the part of a neighbour's sentence score for concepts s itself lacks, M the concepts the
 * document's title, outlet or author name, X the concept pairs of the question found close together in
 * s, Q whether s holds what "when / how many / how long" asks for, A whether s speaks of the author a
 * question names.
 */
export const RANKING = {
  // --- Term weighting (BM25+, Lv & Zhai 2011) -----------------------------------------------------------
  /** Sentence-level term-frequency saturation. squad 0.797 at 0.9; 0.6 and 1.2 both lower (≈ −0.5 pt). */
  sentenceK1: 0.9,
  /** Sentence-level length normalisation. squad 0.797 at 0.4 (notes: 0.3–0.5 flat); 0.75 (BM25's default) −2 pts. */
  sentenceB: 0.4,
  /** Paragraph-level saturation. Same figures as the sentence level (tuned together). */
  paragraphK1: 0.9,
  /** Paragraph-level length normalisation. */
  paragraphB: 0.4,
  /** BM25+'s floor for any occurrence: a term matched in a long unit still counts. squad +0.4 pt at 1 over 0.5. */
  delta: 1,
  /**
   * Weight of the paragraph's BM25 beside the sentence's: a sentence often answers with words from its
   * neighbours ("They are surrounded by …"). squad: sentence alone 0.713, ×1 0.797, ×1.5 0.800, ×0.5 0.783.
   */
  paragraph: 1,
  /** A word found nowhere in the corpus weighs this share of the rarest word's idf (questions are phrased in other words). */
  unknownTermShare: 0.5,
  /** A synonym (built-in or `synonyms.yml`) counts this share of the word asked: it widens, never outranks. seed: without synonyms 0.75. */
  synonym: 0.5,

  // --- Context and evidence ------------------------------------------------------------------------------
  /** Weight of the sentence before, for the concepts the sentence lacks. squad A-tuned 0.35–0.6; +1.0 pt. */
  before: 0.5,
  /** Weight of the sentence after, likewise. squad +0.3 pt. */
  after: 0.35,
  /** Document metadata (title, outlet, author) naming a concept: a share of a match in the text. seed: "who publishes China Watch articles". */
  meta: 0.5,
  /** Concepts adjacent in the question found within {@link RANKING.proximityWindow} terms in the sentence. squad +0.7 pt. */
  proximity: 0.5,
  /** How far apart (in terms) two concepts may stand to count as close. */
  proximityWindow: 2,
  /** The answer cue ("when" → a date) found in the sentence, as a multiple of the question's average concept weight. squad +0.7 pt, seed MRR 0.74 → 0.79. */
  cue: 3,
  titleShare: 0.5,
  opening: 0.25,
  /** A sentence naming "the author" in a document whose author the question names (the author's note). */
  author: 1,

  // --- Selection -----------------------------------------------------------------------------------------
  mergeShare: 0.8,
  sameParagraph: 0.9,
  /** A quote scoring under this share of the best is noise beside it. */
  minRelativeScore: 0.2,
  /** A second source "speaks to" the question when its best quote scores at least this share of the best. seed both-sides 1/1. */
  otherSide: 0.7,
  /** A quote grows by merging a neighbouring chosen sentence or a context sentence only while it stays this short (characters). */
  maxQuoteLength: 600,
  /** Documents named only by their title, outlet or author bring all their passages in when at most this many are named. */
  metaDocuments: 20,
  /** A speaker-only question ("China Watch's main argument") is answered with this many opening paragraphs per document. */
  openingParagraphs: 3,

  // --- Question reading ----------------------------------------------------------------------------------
  /** A question with more concepts than this is pasted text: the rest are ignored. */
  maxConcepts: 30,
  /** Names shorter than this are not read as misspellings of another: too many words are one letter away. */
  minFuzzyLength: 5,
} as const;

export type Ranking = { -readonly [K in keyof typeof RANKING]: (typeof RANKING)[K] extends number ? number : (typeof RANKING)[K] };
