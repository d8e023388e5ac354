/** Pairs of quotation marks a reporter may type: straight, curly, guillemets. */
const QUOTED = /"([^"\n]{2,})"|\u201C([^\u201C\u201D\n]{2,})\u201D|\u201E([^\u201C\u201D\u201E\n]{2,})[\u201C\u201D]|\u00AB\s?([^\u00AB\u00BB\n]{2,}?)\s?\u00BB|\u2018([^\u2018\u2019\n]{6,})\u2019(?![\p{L}])/gu;

/**
 * The phrases in quotation marks inside a message, in order, each once (straight "…", curly “…”, „…“,
 * «…», and curly single ‘…’ when it is not an apostrophe).
 *
 * ```ts
 * quotedPhrases('Did he say "no positive impact" or \u201Cfar from feasible\u201D?')
 * // ['no positive impact', 'far from feasible']
 * ```
 */
export function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const phrase = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}
