/**
 * Words one edit apart: a letter dropped, added or changed, or two side by side swapped ("Merceds" and
 * "Mercedes", "Ghengis" and "Genghis", "documnet" and "document"). Search makes the words one edit away
 * from a misspelt name to look them up; the speaker rules test whether a word is a misspelt noun.
 *
 * ```ts
 * oneEditApart('documnet', 'document') // true (two letters swapped)
 * wordsOneEditAway('cat').includes('cart') // true (a letter added)
 * ```
 */

/** Whether two different words are one edit apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The words one edit away from a word, with lower-case ASCII letters added or changed (repeats included). */
export function wordsOneEditAway(word: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const l of letters) {
      out.push(head + l + tail);
      if (tail) out.push(head + l + tail.slice(1));
    }
  }
  return out;
}

/** The words made by swapping two letters side by side: the one edit a short word is allowed. */
export function swapsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2));
  return out;
}
