/**
 * Text folded for matching only: never shown, never quoted. Quotes always come from the original text;
 * the offset map leads back to it.
 */
export interface FoldedText {
  /** Lower-cased, curly quotes made straight, every run of whitespace one space. */
  text: string;
  /** `offsets[i]` is the index in the original string of folded character `i`; one extra entry at the end. */
  offsets: number[];
}

const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};

/**
 * Folds `original` for matching, keeping a map back to the original offsets.
 *
 * ```ts
 * foldForMatch('China\u2019s  Huawei').text // "china's huawei"
 * ```
 */
export function foldForMatch(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    const folded = (QUOTE_FOLDS[ch] ?? ch).toLowerCase();
    // toLowerCase can lengthen a character (e.g. "İ"); map every produced unit to the same source index.
    for (let j = 0; j < folded.length; j++) {
      text += folded[j];
      offsets.push(i);
    }
  }
  offsets.push(pendingSpace >= 0 ? pendingSpace : original.length);
  return { text, offsets };
}

/**
 * Folds a string the same way as {@link foldForMatch}, without the offset map (for comparing two strings).
 *
 * ```ts
 * fold('“Model  of governance.”') // '"model of governance."'
 * ```
 */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps a folded range back to the original string's range. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const origStart = folded.offsets[start] ?? 0;
  // end is exclusive: the original end is one past the last folded character's original index.
  const lastIndex = folded.offsets[end - 1];
  const origEnd = lastIndex === undefined ? origStart : lastIndex + 1;
  return { start: origStart, end: origEnd };
}
