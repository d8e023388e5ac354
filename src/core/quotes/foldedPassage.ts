import type { Passage } from '../search/passageIndex.js';
import { foldForMatch, type FoldedText } from '../text/matchText.js';

const foldedCache = new WeakMap<Passage, FoldedText>();

/**
 * A passage's text folded for matching (see `foldForMatch`), computed once per passage: every quote
 * check looks for what was asked in the same folded texts.
 */
export function foldedPassage(passage: Passage): FoldedText {
  let f = foldedCache.get(passage);
  if (!f) {
    f = foldForMatch(passage.paragraph.text);
    foldedCache.set(passage, f);
  }
  return f;
}
