/**
 * A press review printed in sections, each under its paper's name and country ("Le Monde (FR)", "Frankfurter
 * Allgemeine Zeitung (DE) / 10 December 2025", as eurotopics prints them): a quotation in a section that no rule
 * gives to anyone is the paper's ("The conservative daily sees a belated victory …:" then "“Twenty-five years of
 * negotiations …”"), round 20. A columnist the section names keeps their own words, and so does a quotation
 * that opens no paragraph: it may be anyone's.
 */
import type { SourceDocument } from '../model.js';

/** A press review by its genre or title ("press review", "review of the papers", "Presseschau"). */
const PRESS_REVIEW = /\bpress\s+review\b|\breview\s+of\s+the\s+(?:papers|press)\b|\bpresseschau\b/i;

/**
 * A section's heading: a paper's name, then its country's two-letter code in parentheses, perhaps a date after a
 * slash (group 1: the name).
 */
const PAPER_HEADING = /^\s*(\p{Lu}[^()\n]{1,60}?)\s+\(\p{Lu}{2}\)(?:\s*\/\s*[^\n]{1,30})?\s*$/u;

/** Per paragraph position, the paper whose section of a press review the paragraph is in (none for any other document). */
export function pressReviewSections(doc: SourceDocument): (string | undefined)[] {
  if (!PRESS_REVIEW.test(`${doc.source.kind ?? ''} ${doc.source.title ?? ''}`)) return [];
  // (Two sections at least: a lone "Donald Tusk (PL)" line is no paper's heading.)
  if (doc.paragraphs.filter((p) => PAPER_HEADING.test(p.text)).length < MIN_SECTIONS) return [];
  let paper: string | undefined;
  return doc.paragraphs.map((p) => {
    const heading = PAPER_HEADING.exec(p.text);
    if (heading) {
      paper = (heading[1] as string).trim();
      return undefined;
    }
    return paper;
  });
}

/** The fewest paper headings that make a press review's sections. */
const MIN_SECTIONS = 2;

/**
 * Gives each quotation no rule gave a speaker, opening its paragraph in a press review's section (the paper's
 * words, set off after "The conservative daily sees …:"), to the section's paper. Not a term quoted inside the
 * review's own sentence ("The paper recalls Emmanuel Macron's promise of “a Europe that protects”"; the review of
 * round 20).
 */
export function givePressReviewQuotationsToPapers(doc: SourceDocument, quotations: { open: number; speaker?: string }[][]): void {
  pressReviewSections(doc).forEach((paper, at) => {
    const opening = (doc.paragraphs[at]?.text ?? '').search(/\S/);
    if (paper) for (const q of quotations[at] ?? []) if (q.open <= opening) q.speaker ??= paper;
  });
}
