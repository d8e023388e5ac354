/**
 * Whether a text prints a name as a former holder of an office: "former Taoiseach Bertie Ahern", "Bertie Ahern, a
 * former Taoiseach" (then "the Taoiseach" is not him, round 56). One pattern per name and office, tested over the whole
 * text, cost a fifth of reading a wire archive's speakers; most texts print no "former <office>" at all, so the words
 * after "former", "ex-" and "previous" are read once a text, and a name is looked for only beside an office whose first
 * letters are one of them. The same answers as the pattern alone: `tests/core/attribution/formerHolders.test.ts`.
 *
 * ```ts
 * const holders = new FormerHolders('Former Taoiseach Bertie Ahern said …');
 * holders.heldFormerly('Bertie Ahern', 'taoiseach') // true
 * ```
 */
import { escapeRegExp } from '../text/escapeRegExp.js';

/** The words that make one a former holder of the office after them: "former", "ex-", "previous". */
export const FORMER_WORDS = 'former|ex-|previous';
/** The run of letters after a former holder's word and a space; a lookahead, so "former former minister" reads both. */
const WORD_AFTER_FORMER = new RegExp(String.raw`(?:${FORMER_WORDS})\s+(?=(\p{L}+))`, 'giu');

/** "former minister Jane Hart", "ex- minister Jane Hart", "previous minister Jane Hart", "Jane Hart, a (the) former minister". */
export function formerHolderPattern(name: string, office: string): RegExp {
  const n = escapeRegExp(name);
  const o = escapeRegExp(office);
  return new RegExp(String.raw`(?<![\p{L}])(?:${FORMER_WORDS})\s+${o}\s+${n}(?![\p{L}])|(?<![\p{L}])${n},\s+(?:a|the)\s+former\s+${o}(?![\p{L}])`, 'iu');
}

export class FormerHolders {
  private wordsAfterFormer: string[] | undefined;
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** Whether `text` prints `name` as a former holder of `office` (`formerHolderPattern`). */
  heldFormerly(name: string, office: string): boolean {
    const leading = /^\p{L}+/u.exec(office)?.[0];
    // (The pattern's office follows "former " whole, so the letters run there is the office's first letters.)
    if (leading && !this.formerWords().some((word) => sameWordIgnoringCase(word, leading))) return false;
    const question = `${office}\u0000${name}`;
    let answer = this.answers.get(question);
    if (answer === undefined) {
      answer = formerHolderPattern(name, office).test(this.text);
      this.answers.set(question, answer);
    }
    return answer;
  }

  private formerWords(): string[] {
    this.wordsAfterFormer ??= [...new Set([...this.text.matchAll(WORD_AFTER_FORMER)].map((m) => m[1] as string))];
    return this.wordsAfterFormer;
  }
}

/** Whether two words are the same but for case, as a pattern with the `iu` flags compares them. */
function sameWordIgnoringCase(a: string, b: string): boolean {
  return new RegExp(`^${escapeRegExp(a)}$`, 'iu').test(b);
}
