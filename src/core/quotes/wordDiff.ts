import type { DiffWord, QuoteChange } from '../model.js';
import { fold } from '../text/matchText.js';

/** Words with their punctuation, as printed; compared folded and without the punctuation around them. */
function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function comparable(word: string): string {
  return fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Marks the words that differ between what was asked and the real wording (a longest common subsequence
 * of words; case, curly quotes and surrounding punctuation do not count as differences).
 *
 * ```ts
 * diffWords('no positive impact', 'no positive influence').real
 * // [{word:'no',changed:false},{word:'positive',changed:false},{word:'influence',changed:true}]
 * diffWords('no positive impact', 'no positive influence').changes // [{asked:'impact', source:'influence'}]
 * ```
 */
export function diffWords(asked: string, real: string): { asked: DiffWord[]; real: DiffWord[]; shared: number; changes: QuoteChange[] } {
  const a = words(asked);
  const b = words(real);
  const ak = a.map(comparable);
  const bk = b.map(comparable);
  // lcs[i][j]: length of the longest common subsequence of ak[i..] and bk[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = ak[i] === bk[j] ? (lcs[i + 1] as number[])[j + 1]! + 1 : Math.max((lcs[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const askedSame = new Array<boolean>(a.length).fill(false);
  const realSame = new Array<boolean>(b.length).fill(false);
  // Walk the alignment; a run of asked words and a run of real words between two shared words are one change.
  const changes: QuoteChange[] = [];
  let askedRun: string[] = [];
  let realRun: string[] = [];
  const flush = () => {
    if (askedRun.length > 0 || realRun.length > 0) {
      changes.push({ ...(askedRun.length > 0 ? { asked: askedRun.join(' ') } : {}), ...(realRun.length > 0 ? { source: realRun.join(' ') } : {}) });
    }
    askedRun = [];
    realRun = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ak[i] === bk[j]) {
      flush();
      askedSame[i++] = true;
      realSame[j++] = true;
    } else if ((lcs[i + 1] as number[])[j]! >= (lcs[i] as number[])[j + 1]!) askedRun.push(a[i++] as string);
    else realRun.push(b[j++] as string);
  }
  askedRun.push(...a.slice(i));
  realRun.push(...b.slice(j));
  flush();
  return {
    asked: a.map((word, k) => ({ word, changed: !askedSame[k] })),
    real: b.map((word, k) => ({ word, changed: !realSame[k] })),
    shared: (lcs[0] as number[])[0] ?? 0,
    changes,
  };
}
