import type { QuoteChange, QuoteMatch } from '../model.js';

/**
 * Plain-language lines that explain a match beside its quote (never inside it), the same for the
 * terminal and Slack: what each of a journalist's marks stands for, and what differs in a near match.
 */

/** What differs between a quotation and the real wording, one line per difference (outside the quote). */
export function changeText(c: QuoteChange): string {
  if (c.note === 'not in this passage') return `not in this passage: \u201C${c.asked}\u201D`;
  if (c.note === 'in another order in the source') return `in another order in the source: \u201C${c.asked}\u201D`;
  if (c.asked && !c.source) return `you added \u201C${c.asked}\u201D: the source has no words there`;
  if (!c.asked && c.source) return `you left out \u201C${c.source}\u201D`;
  return `you wrote \u201C${c.asked}\u201D, the source says \u201C${c.source}\u201D`;
}

/** What each of a journalist's marks stands for in the source, one line per mark. */
export function markLines(m: QuoteMatch): string[] {
  return (m.marks ?? []).map((k) => {
    if (k.kind === 'sic') return `${k.mark}: the source has \u201C${k.source}\u201D`;
    if (k.kind === 'omission') return k.source ? `${k.mark} leaves out \u201C${k.source.replace(/\n+/g, ' \u00B6 ')}\u201D` : `${k.mark} leaves nothing out`;
    return `${k.mark} stands for \u201C${k.source}\u201D`;
  });
}
