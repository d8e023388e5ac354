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

/** Longest stretch of a piece quoted in the line that says whose words it is. */
const PIECE_SHOWN_CHARS = 60;

/**
 * When an edited quotation joins pieces of different people's words (each piece real and in order, so
 * the verdict stands), one line saying whose each piece is: an editor must not run it as one person's.
 * Empty when the pieces share a speaker or no piece has one.
 */
export function speakerLines(m: QuoteMatch): string[] {
  const pieces = m.fragments ?? [];
  const speakers = new Set(pieces.map((f) => f.speaker));
  // (Two or more distinct values: at least one piece has a speaker.)
  if (speakers.size < 2) return [];
  const shown = (text: string) => (text.length > PIECE_SHOWN_CHARS ? `${text.slice(0, PIECE_SHOWN_CHARS - 1).trimEnd()}\u2026` : text);
  return [`the pieces are different people\u2019s words: ${pieces.map((f) => `\u201C${shown(f.text)}\u201D ${f.speaker ? `is ${f.speaker}\u2019s` : 'is the document\u2019s own text'}`).join('; ')}`];
}
