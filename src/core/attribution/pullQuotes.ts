/**
 * Rule "a pull quote is its speaker's words again" (round 42): a magazine's or a web page's pull quote, a paragraph
 * that is one quotation and nothing else, set as a block quotation (or given to no one), repeats words the story quotes
 * in its text; it is those words' speaker's, whoever the story was hearing just before it. Fast Company's profile sets
 * `> "It's a one-way street. The sweater never comes back as a sweater."` after the founder's reported speech; the
 * words are her cofounder's, quoted paragraphs earlier: `"… But it's a one-way street. The sweater never comes back as
 * a sweater."` Ibeh says.
 */
import type { SourceDocument } from '../model.js';
import type { AttributedQuotation } from './documentAttribution.js';

/**
 * The fewest words a pull quote must repeat for the repeat to tell its speaker: a phrase two people might both say
 * ("we will not back down") is shorter, and a pull quote is a sentence or two.
 */
const MIN_PULL_QUOTE_WORDS = 6;

/** A text's words for comparing: lower case, curly apostrophes straight, punctuation and spacing dropped. */
function wordsForMatching(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** Where a sentence ends inside a quotation: its stop, any closing mark, then space. */
const SENTENCE_END = /(?<=[.!?\u2026])["'\u201d\u2019)]*\s+/u;

/**
 * A text's sentences' words for comparing (see `wordsForMatching`), each between bars: a pull quote repeats sentences
 * of the quotation it comes from ("… But it's a one-way street. The sweater never comes back as a sweater."), not words
 * inside one, which are as often another's words reported ("He stood there and said we will build …, and not one street
 * …", the review of round 42; see `repeatsSentences`).
 */
function sentencesForMatching(text: string): string {
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => wordsForMatching(s).trim())
    .filter(Boolean);
  return `|${sentences.join('|')}|`;
}

/**
 * Whether a pull quote's sentences (`sentencesForMatching`) are a quotation's, whole words, starting or ending where one
 * of its sentences does: a pull quote may drop a sentence's opening "But", not take words from inside one.
 */
function repeatsSentences(quotation: string, pullQuote: string): boolean {
  const inner = pullQuote.slice(1, -1);
  for (let at = quotation.indexOf(inner); at >= 0; at = quotation.indexOf(inner, at + 1)) {
    const before = quotation[at - 1];
    const after = quotation[at + inner.length];
    const wordsWhole = (before === ' ' || before === '|') && (after === ' ' || after === '|');
    if (wordsWhole && (before === '|' || after === '|')) return true;
  }
  return false;
}

/**
 * Gives each pull quote the speaker of the quotation elsewhere in the document whose whole sentences it repeats (at
 * least `MIN_PULL_QUOTE_WORDS` words); a pull quote whose words two speakers' quotations hold, or none, is left as it is.
 */
export function givePullQuotesToTheirSpeakers(paragraphs: SourceDocument['paragraphs'], quotations: AttributedQuotation[][]): void {
  const pullQuotes = quotations.flatMap((quotes, at) => {
    const text = paragraphs[at]?.text ?? '';
    const only = quotes.length === 1 ? quotes[0] : undefined;
    if (!only || only.continues || only.runsOn || only.open !== text.search(/\S/) || only.close < text.trimEnd().length) return [];
    // (Set as a block quotation, as pull quotes are, or given to no one: not a speaker's words going on in a paragraph of
    // their own, which a critic quotes back later, "They say the building needs …", the review of round 42.)
    if (!paragraphs[at]?.quoted && only.speaker) return [];
    // (Nor one a line ending in a colon brings in, "Prime Minister Mark Tan told delegates:", "The 1998 bylaw reads:": that
    // line says whose words they are, whoever quotes them back later, the review of round 42.)
    if (/:\s*$/u.test(paragraphs[at - 1]?.text ?? '')) return [];
    const words = sentencesForMatching(text.slice(only.start, only.end));
    return wordsForMatching(text.slice(only.start, only.end)).trim().split(' ').length < MIN_PULL_QUOTE_WORDS ? [] : [{ at, quotation: only, words }];
  });
  // (Most documents have none: the quotations' words are read only for one that has.)
  if (pullQuotes.length === 0) return;
  const spoken = quotations.flatMap((quotes, at) => quotes.filter((q) => q.speaker).map((q) => ({ at, speaker: q.speaker as string, words: sentencesForMatching((paragraphs[at]?.text ?? '').slice(q.start, q.end)) })));
  for (const { at, quotation, words } of pullQuotes) {
    const speakers = new Set(spoken.filter((s) => s.at !== at && repeatsSentences(s.words, words)).map((s) => s.speaker));
    if (speakers.size === 1) quotation.speaker = [...speakers][0];
  }
}
