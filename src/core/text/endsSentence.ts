/**
 * Whether a line ends a sentence: a full stop, a question or an exclamation mark, perhaps inside a closing quotation mark
 * or bracket ("… said.", "… ever?”", "… (2024).").
 *
 * ```ts
 * endsSentence('Thank you for having me.') // true
 * endsSentence('Oslo, 6 February 2025') // false: a heading's or an address's line
 * ```
 */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

const SENTENCE_END = /[.!?]["”’)]?\s*$/u;
