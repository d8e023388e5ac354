/**
 * Site furniture: text a web page wraps around an article that is not the article. Matched per sentence
 * (or per line), so that "The author contributed this article to China Watch exclusively." survives
 * while the disclaimer printed right after it on the same line is dropped.
 */
const FURNITURE: RegExp[] = [
  /^leave a (reply|comment)\b/i,
  /^all rights reserved\b/i,
  /^copyright\b|^©|^\(c\)\s*\d{4}/i,
  /^copying or sharing of any content\b/i,
  /^(reproduction|redistribution|republication)\b.*\b(prohibited|permission)\b/i,
  /^the views expressed\b.*\bdo(es)? not necessarily reflect\b/i,
  /^(share|share this|share this article|share on \w+|tweet|print|email this)\s*:?$/i,
  /^(follow us|subscribe|sign up)\b.*\b(newsletter|twitter|facebook|updates|on)\b/i,
  /^(click here|read more|advertisement|most (read|popular)|you may also like)\b\s*:?/i,
  // (A list of links, "Related", "Related stories:", "Related: …"; not a sentence or an archive's section opening with the
  // word, "Related to this, the minister said …", "Related material", round 34.)
  /^related(\s+(articles?|stories|story|content|coverage|links?|reading|news|posts?|videos?))?\s*(:|$)/i,
  /^(photo|image|video) ?(credit)?\s*:/i,
  /^(tags?|topics?)\s*:/i,
  /^(posted|filed) (in|under)\s*:?/i,
];

/** Words one of the furniture patterns needs: a block without any of them is kept whole, unsplit. */
const FURNITURE_HINT =
  /leave a|rights reserved|copyright|©|\(c\)|copying or sharing|reproduction|redistribution|republication|views expressed|share|tweet|print|email|follow us|subscribe|sign up|click here|read more|related|advertisement|most (read|popular)|you may also like|photo|image|video|tags?\s*:|topics?\s*:|posted|filed/i;

/** Whether a block of text may hold furniture at all (a cheap test before splitting it into sentences). */
export function mayHoldFurniture(block: string): boolean {
  return FURNITURE_HINT.test(block);
}

/**
 * Whether one sentence or line is site furniture rather than content.
 *
 * ```ts
 * isFurniture('All rights reserved. Copying or sharing…') // true
 * isFurniture('The author is an associate research fellow…') // false: a note on the author is content
 * ```
 */
export function isFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (!text) return true;
  return FURNITURE.some((pattern) => pattern.test(text));
}
