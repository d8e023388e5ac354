/** A sentence as a range of the paragraph it comes from (`text.slice(start, end)` is the sentence). */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Titles and abbreviations after which `Intl.Segmenter` wrongly ends a sentence. Kept short on purpose:
 * "U.S.", "p.m." and decimals are already handled by the segmenter itself.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'cmdr',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'amb', 'sec', 'atty', 'supt', 'messrs', 'mt', 'ft', 'no', 'nos',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'univ', 'corp', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'fig', 'vol',
]);

/**
 * Local offices and ranks abbreviated before a name ("Ald. Marina Harmon", "Cllr. Jones", "Det. Insp. Hale"):
 * capitalised only, as printed ("det" and "maj" end Danish and Swedish sentences: "Vi gjorde det."). And Canada's
 * "Coun. Amira Haddad" (the Toronto Star's councillor), "Const." and "Cst." (a police constable), round 34.
 */
const RANK_ABBREVIATIONS = new Set(['Ald', 'Cllr', 'Coun', 'Det', 'Insp', 'Const', 'Cst', 'Cpl', 'Maj', 'Brig']);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Whether a piece ends at a line break inside a sentence: a hard-wrapped line (or a chemical formula
 * written over two lines, "the formula O\n2") that ends without a sentence's closing punctuation, and
 * the next line goes on in lower case or with a digit. `Intl.Segmenter` ends a sentence at every line
 * break; a heading line followed by a capitalised sentence stays apart.
 */
function endsInWrappedLine(piece: string, next: string): boolean {
  return /[^.!?:;\s"'\u201D\u2019)\]]\r?\n\s*$/.test(piece) && /^[\p{Ll}\p{N}]/u.test(next);
}

/**
 * Time zones written after a clock time: "8:52 p.m. PT", "10 a.m. GMT" — followed by nothing, punctuation or a
 * lower-case word, so that "9 a.m. PT Bank Mandiri said" (an Indonesian company, "PT") still starts a sentence.
 * Not "AT", "CT", "NT": "AT&T said", "CT scans showed", "NT police said".
 */
const TIME_ZONE = /^(?:PT|PST|PDT|MT|MST|MDT|CST|CDT|ET|EST|EDT|GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT)(?=$|[\s,;:.)\]]*$|\s*[,;:.)\]]|\s+\p{Ll})/u;

/** Whether a piece ends in a clock time's "a.m." or "p.m." and the paragraph goes on at `end` with its time zone (a live blog's "### 8:52 p.m. PT"). */
function endsBeforeTimeZone(piece: string, paragraph: string, end: number): boolean {
  return /\b[ap]\.m\.\s*$/i.test(piece) && TIME_ZONE.test(paragraph.slice(end, end + ATTRIBUTION_CHARS));
}

/**
 * Whether a piece ends in a question or exclamation closed by a quotation mark and the next goes on in lower
 * case: "“You see?” she says, pointing." is one sentence, its attribution no sentence of its own. (“ and « close
 * quotations too: German „Warum?“, Danish »Hvorfor?«.)
 */
function endsInQuotedQuestion(piece: string, paragraph: string, end: number): boolean {
  if (!/[?!]["'\u201D\u2019\u201C\u00BB\u00AB]+\s*$/.test(piece)) return false;
  const next = paragraph.slice(end, end + ATTRIBUTION_CHARS);
  return /^\p{Ll}/u.test(next) || NAMED_ATTRIBUTION.test(next);
}

/**
 * A named attribution after a quoted question, no sentence of its own: "'Which one was shouting?' Mr Hale asks.",
 * "“Why now?” Novak said." — a name of up to three words (a courtesy title before it), a reporting verb, a few
 * words, the sentence's end.
 */
const NAMED_ATTRIBUTION = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2}\s+(?:said|says|asked|asks|added|adds|replied|replies|wondered|wonders|shouted|shouts)\b[^.!?"\u201C\u201D]{0,40}[.!?](?:\s|$)/u;

/** Characters after a piece read for what goes on with it: a time zone, or a named attribution ("Mr Hale asks."). */
const ATTRIBUTION_CHARS = 90;

/** Whether a piece ends in an abbreviation or an initial ("John F."), so the next piece continues it. */
function endsInAbbreviation(piece: string): boolean {
  const match = /(?:^|[\s("'\u201C\u2018])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(piece);
  if (!match) return false;
  const word = (match[1] as string).toLowerCase();
  if (ABBREVIATIONS.has(word) || RANK_ABBREVIATIONS.has(match[1] as string)) return true;
  // Capital initials before the period ("John F. Kennedy", "F.J. Smith") do not end a sentence.
  return /^(?:[A-Z]\.)*[A-Z]$/.test(match[1] as string);
}

/**
 * Splits one paragraph into sentences, as ranges of the paragraph (nothing is altered or dropped but
 * the whitespace between sentences).
 *
 * ```ts
 * const text = 'Mr. Smith went to Washington. The U.S. agreed.'
 * splitSentences(text).map(r => text.slice(r.start, r.end))
 * // ['Mr. Smith went to Washington.', 'The U.S. agreed.']
 * ```
 */
export function splitSentences(paragraph: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let carry: SentenceRange | undefined;
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const end = index + segment.length;
    const range = { start: carry ? carry.start : index, end };
    // (What follows is read only for a piece whose end asks for it: this runs over every passage of a corpus.)
    if (end < paragraph.length && (endsInAbbreviation(segment) || endsInWrappedLine(segment, paragraph.charAt(end)) || endsBeforeTimeZone(segment, paragraph, end) || endsInQuotedQuestion(segment, paragraph, end))) {
      carry = range;
      continue;
    }
    carry = undefined;
    ranges.push(range);
  }
  if (carry) ranges.push(carry);
  return giveBackClosingGuillemets(
    paragraph,
    ranges.map((r) => trimRange(paragraph, r)).filter((r) => r.end > r.start),
  );
}

/**
 * French typography sets a space before a closing guillemet ("« Il le fallait. »"), and `Intl.Segmenter`
 * starts the next sentence with it. The closing marks belong to the sentence they close.
 */
function giveBackClosingGuillemets(text: string, ranges: SentenceRange[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (const range of ranges) {
    const before = out[out.length - 1];
    // (Only a range opening with a closing guillemet is looked at again: most are pushed as they are.)
    if (before && isClosingGuillemet(text[range.start])) {
      let end = range.start;
      while (end < range.end && isClosingGuillemet(text[end])) end++;
      before.end = end;
      const rest = trimRange(text, { start: end, end: range.end });
      if (rest.end > rest.start) out.push(rest);
      continue;
    }
    out.push(range);
  }
  return out;
}

function trimRange(text: string, range: SentenceRange): SentenceRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

const isClosingGuillemet = (c: string | undefined) => c === '»' || c === '›';
