/**
 * A press review printed in sections, each under its paper's name and country ("Le Monde (FR)", "Frankfurter
 * Allgemeine Zeitung (DE) / 10 December 2025", as eurotopics prints them): a quotation in a section that no rule
 * gives to anyone is the paper's ("The conservative daily sees a belated victory …:" then "“Twenty-five years of
 * negotiations …”"), round 20. A columnist the section names keeps their own words.
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

/** Gives each quotation no rule gave a speaker, in a press review's section, to the section's paper. */
export function givePressReviewQuotationsToPapers(doc: SourceDocument, quotations: { speaker?: string }[][]): void {
  pressReviewSections(doc).forEach((paper, at) => {
    if (paper) for (const q of quotations[at] ?? []) q.speaker ??= paper;
  });
}
