/**
 * Where a text prints a name as whole words: no letter or digit right before or after it (a surrogate pair read
 * whole), in order, each after the one before ends. The same places a regex finds with the escaped name between a
 * negative lookbehind and lookahead for a letter or digit (`wordOccurrences.test.ts` holds them equal), by
 * `indexOf`: a lookbehind opening a pattern makes a regex test every position of a story, once per name.
 *
 * @example
 * wordOccurrences('Bank of Japan and Japanese banks; Japan.', 'Japan') // [8, 34]
 */
export function wordOccurrences(text: string, name: string): number[] {
  const found: number[] = [];
  if (name === '') return found;
  for (let at = text.indexOf(name); at >= 0; ) {
    const clear = !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(at + name.length, at + name.length + 2));
    if (clear) found.push(at);
    at = text.indexOf(name, clear ? at + name.length : at + 1);
  }
  return found;
}

/** A letter or digit ending a piece of text. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
/** A letter or digit opening a piece of text. */
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;
