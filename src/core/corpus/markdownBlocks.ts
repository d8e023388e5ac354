/**
 * Markdown's block markers are formatting, not words: a block quotation's `>` and a heading's `#` at the
 * start of a line. A Markdown file's paragraphs are loaded without them, so that a pull quote pasted as
 * `> “We have waited ten years for this.”` is a quotation opening its paragraph, as the page shows it,
 * and `## What they said` is the heading's words. The raw file stays as it is.
 *
 * Only a line's leading markers go, as CommonMark reads them: up to three spaces, then `>` markers (each
 * with one optional space after it), then a heading's one to six `#` and the white space after them. A
 * `#` with no space after it ("#5G") is a word, and a `>` inside a line is left alone. A line of `#`s alone, "# # #",
 * is a press release's end mark, kept as printed (a heading of nothing would lose it).
 */

/** A line's leading block-quotation markers and heading marker. */
const BLOCK_MARKERS = /^[ \t]{0,3}(?:(?:>[ \t]?)+(?:#{1,6}[ \t]+(?![#\t ]*$))?|#{1,6}[ \t]+(?![#\t ]*$))/gm;

/**
 * The text with every line's block markers removed (the same string when it has none).
 *
 * ```ts
 * removeBlockMarkers('> “We have waited ten years.”\n> — Rita Alvarez') // '“We have waited ten years.”\n— Rita Alvarez'
 * removeBlockMarkers('## What they said') // 'What they said'
 * removeBlockMarkers('Turnout rose > 5% in #Brno') // unchanged
 * removeBlockMarkers('# # #') // unchanged: a press release's end mark
 * ```
 */
export function removeBlockMarkers(text: string): string {
  return text.replace(BLOCK_MARKERS, '');
}
