/**
 * Widens a range of `text` to whole words (and trims the spaces at its ends), so a match found by an
 * approximate search never starts or ends inside a word.
 *
 * ```ts
 * toWordBoundaries('no positive influence', 4, 10) // { start: 3, end: 11 }  ("positive")
 * ```
 */
export function toWordBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'\u2019-]/u.test(ch);
  while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  while (end < text.length && isWord(text[end]) && isWord(text[end - 1])) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
