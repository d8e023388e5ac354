import { splitSentences } from '../text/splitSentences.js';

const sentenceCache = new WeakMap<object, { text: string; ranges: { start: number; end: number }[] }>();

/** The sentences of a paragraph, remembered per paragraph object. */
function sentencesOf(paragraph: { text: string }): { start: number; end: number }[] {
  let cached = sentenceCache.get(paragraph);
  if (!cached || cached.text !== paragraph.text) {
    cached = { text: paragraph.text, ranges: splitSentences(paragraph.text) };
    sentenceCache.set(paragraph, cached);
  }
  return cached.ranges;
}

/**
 * Widens a range of a paragraph to the whole sentence(s) it touches, so that a quote shown as the real
 * wording never starts or ends mid-sentence.
 *
 * ```ts
 * wholeSentences({ text: 'One two. Three four five. Six.' }, 12, 16) // { start: 9, end: 25 }
 * ```
 */
export function wholeSentences(paragraph: { text: string }, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  for (const s of sentencesOf(paragraph)) {
    if (s.end <= start || s.start >= Math.max(end, start + 1)) continue;
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  return { start: from, end: to };
}
