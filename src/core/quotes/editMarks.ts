/**
 * A journalist's standard marks in a quotation as it will run in print: omissions (`…`, `...`, `. . .`,
 * `[…]`, `[...]`, `(…)`), replacements in square brackets (`[The ministry] rejected the plan`, `[t]he`),
 * and `[sic]`. Everything else is meant to be the source's own words.
 */

/** A piece of a marked quotation, in the order typed. */
export type MarkedPiece =
  /** The source's own words, as typed (a fragment between marks; may be a single word). */
  | { kind: 'words'; text: string }
  /** An omission: some of the source's words are left out here. */
  | { kind: 'omission'; mark: string }
  /**
   * Square brackets standing for source words: `[The ministry]` for "It". `inWord` when the bracket is
   * part of a word (`[t]he`, `recogni[s]e`): it then stands for exactly one source word, and `text` is
   * that whole word as typed, brackets removed.
   */
  | { kind: 'bracket'; mark: string; text: string; inWord: boolean }
  /** `[sic]`: the word before it is the source's own, error and all. */
  | { kind: 'sic'; mark: string };

/** Omission marks: bracketed or parenthesised ellipses first, then bare ones (`…`, `...`, `. . .`, `....`). */
const OMISSION = String.raw`\[\s*(?:\u2026|\.(?:\s?\.){2,})\s*\]|\(\s*(?:\u2026|\.(?:\s?\.){2,})\s*\)|\u2026|\.(?:\s?\.){2,}`;
const SIC = String.raw`\[\s*sic!?\s*\]`;
/** Any other square bracket (a replacement); nested or overlong brackets are not marks. */
const BRACKET = String.raw`\[[^\[\]\n]{1,80}\]`;
/** A bracket joined to letters on either side is part of a word (`[t]he`, `recogni[s]e`). */
const WORD_CHARS = String.raw`[\p{L}\p{N}'\u2019-]`;
const MARK = new RegExp(`(${OMISSION})|(${SIC})|((?:${WORD_CHARS})*${BRACKET}(?:${WORD_CHARS})*)`, 'gu');

/**
 * Splits a quotation into the source's words and the journalist's marks; `undefined` when it has no mark.
 *
 * ```ts
 * readMarks('[The ministry] rejected the plan \u2026 in full')
 * // [{kind:'bracket', mark:'[The ministry]', text:'The ministry', inWord:false}, {kind:'words', text:'rejected the plan'},
 * //  {kind:'omission', mark:'\u2026'}, {kind:'words', text:'in full'}]
 * ```
 */
export function readMarks(text: string): MarkedPiece[] | undefined {
  const pieces: MarkedPiece[] = [];
  let last = 0;
  const words = (s: string) => {
    const trimmed = s.trim();
    if (trimmed) pieces.push({ kind: 'words', text: trimmed });
  };
  MARK.lastIndex = 0;
  for (const m of text.matchAll(MARK)) {
    const at = m.index ?? 0;
    words(text.slice(last, at));
    last = at + m[0].length;
    if (m[1]) pieces.push({ kind: 'omission', mark: m[1] });
    else if (m[2]) pieces.push({ kind: 'sic', mark: m[2] });
    else {
      const whole = m[3] as string;
      const inner = /\[([^[\]]*)\]/.exec(whole);
      const inWord = whole !== inner?.[0];
      pieces.push({ kind: 'bracket', mark: whole, text: inWord ? whole.replace(/[[\]]/g, '') : (inner?.[1] ?? '').trim(), inWord });
    }
  }
  if (last === 0) return undefined;
  words(text.slice(last));
  return pieces;
}
