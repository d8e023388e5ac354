/**
 * Direct quotations in a document: the spans between quotation marks, paragraph by paragraph, with a
 * quotation left open at the end of a paragraph continued by the next paragraph's opening mark (the
 * news convention for a quotation running over paragraphs).
 */
import { splitSentences } from '../text/splitSentences.js';

/** One span between quotation marks, within one paragraph. */
export interface Quotation {
  /** Position of the paragraph in the document's `paragraphs` array (0-based). */
  at: number;
  /** Index of the opening mark (or 0 for a paragraph that continues an open quotation without a mark). */
  open: number;
  /** Index just past the closing mark, or the paragraph's length when the quotation runs on. */
  close: number;
  /** The quoted words themselves: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** Left open at the end of the paragraph: it runs on into the next one. */
  runsOn: boolean;
  /** Opens a paragraph that continues the previous paragraph's open quotation. */
  continues: boolean;
}

/** Any double quotation mark: a paragraph or document with one quotes with double marks. */
export const DOUBLE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;
const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
/** German and Scandinavian copy turns guillemets the other way: »…« (French and Czech copy: «…»). */
const INWARD_OPENERS = new Set(['\u201C', '\u201E', '\u00BB']);
const INWARD_CLOSERS = new Set(['\u201D', '\u00AB']);

/** Whether a paragraph's guillemets point inwards (`»…«`): its first guillemet is `»` and a `«` follows it. */
function guillemetsPointInwards(text: string): boolean {
  const first = text.search(/[\u00AB\u00BB]/);
  return first >= 0 && text[first] === '\u00BB' && text.includes('\u00AB', first + 1);
}

/** A name of one to four capitalised words before an attribution's verb: "Robert Murphy ", "Lyng ". */
const NAME_BEFORE_VERB = String.raw`(?:\p{Lu}[\p{L}.'-]*\s+){1,4}`;
/** Where a quotation whose closing mark was dropped gives way to its attribution: `…in Europe, said Robert Murphy`. */
const DROPPED_CLOSE = new RegExp(String.raw`,\s+(?:(?:said|says|added|adds|told|according\s+to)\b|${NAME_BEFORE_VERB}(?:said|says|added|told)\b)`, 'u');

/** An attribution ending a paragraph after a comma, a name and "said": `…, Lyng said.` (see `DROPPED_CLOSE`). */
const ATTRIBUTION_AT_END = new RegExp(String.raw`,\s+${NAME_BEFORE_VERB}(?:said|says|added|told\s+(?:reporters|Reuters))\.?\s*$`, 'u');

/** Whether a straight double quote at `i` opens (after a space, a bracket or a dash, or at the start; after a full stop when a word follows). */
function opensAt(text: string, i: number): boolean {
  const before = text[i - 1];
  // `budget."We have…`: a sentence's end, then a mark with a word right after it, opens one.
  return before === undefined || /[\s([{\u2014\u2013-]/.test(before) || (/[.!?:;]/.test(before) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
}

/**
 * Whether a straight single mark at `i` opens a quotation (British copy with no double marks anywhere):
 * where a mark opens, before a word, and not an elision's apostrophe (`'90s`, `'em`, `'n'`, `'til`).
 */
function singleOpensAt(text: string, i: number): boolean {
  // Not after a full stop: `the U.K.'s`, `S.A.'s` (an apostrophe after initials).
  return (i === 0 || /[\s([{\u2014\u2013-]/.test(text[i - 1] as string)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && !STRAIGHT_ELISION.test(text.slice(i, i + 6));
}

/** An apostrophe standing for dropped letters or a century at a word's start: `'90s`, `'08`, `'em`, `Pay 'N Pak`, `'tis`. */
const STRAIGHT_ELISION = /^'(?:\d\d(?:s\b|\b)|em\b|n\b|til\b|tis\b|twas\b|cause\b)/i;

/**
 * Whether a straight single mark left open at `open` may run on past its paragraph: only where speech
 * runs on (opening the paragraph, or after a colon or comma: `said: 'This was…`). Elsewhere an unclosed
 * one is an elision's apostrophe (`the new 'planes`).
 */
function mayRunOn(text: string, open: number, quotedBefore: boolean): boolean {
  return open === text.search(/\S/) || /[:,]\s*$/.test(text.slice(0, open)) || (quotedBefore && opensSentenceAfterAttribution(text, open));
}

/**
 * Rule "speech goes on after its attribution": a straight single mark opening a sentence right after a
 * sentence that quoted someone and named them (`'…,' she said. 'The prosecution case is…`) may run on past
 * its paragraph, as the speaker's words go on in the next one. Not after any other sentence: there an
 * unclosed mark is as often an elision's apostrophe.
 */
function opensSentenceAfterAttribution(text: string, open: number): boolean {
  return /['\u2019][^']*\b(?:said|says|added|adds|told|asked|continued|went on)\b[^'.!?]*[.!?]\s+$/.test(text.slice(0, open));
}

/**
 * Whether a straight double mark right after a comma with a capital after it (`said,"The report…`, wire
 * copy with its space dropped) opens a quotation: no quotation is open and the next straight double mark
 * closes one (so `…rates,"Smith said` after an opening mark still closes).
 */
function opensAfterComma(text: string, i: number): boolean {
  if (text[i - 1] !== ',' || !/\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  const next = text.indexOf('"', i + 1);
  return next > i && !opensAt(text, next);
}

/**
 * Whether a right single quotation mark at `i` is an apostrophe: inside a word ("don’t"), or closing a
 * plural possessive ("residents’ concerns": after an s, before a lower-case word). A noun in "-ness" or
 * "-less" is no plural ("‘necessary to secure its competitiveness’ against rivals" closes there); a name's
 * possessive may be "Congress’ authority".
 */
function isApostrophe(text: string, i: number): boolean {
  if (/\p{L}/u.test(text[i + 1] ?? '')) return true;
  return /s$/i.test(text.slice(0, i)) && !/\p{L}(?:ness|less)$/iu.test(text.slice(0, i)) && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/** Whether a closing mark at `i` ends spoken words: punctuation right before it, a reporting clause after. */
function closesUtterance(text: string, i: number): boolean {
  return /[.,!?]$/.test(text.slice(0, i)) && /^\s*,?\s*(?:\p{Lu}|he\b|she\b|it\b|they\b|said\b)/u.test(text.slice(i + 1));
}

/**
 * The quotations of one paragraph: curly “…”, straight "…", „…“, «…» and »…«. A curly ‘…’ pair counts only
 * in a paragraph with no double quotation marks, and only where it is not an apostrophe; with
 * `straightSingle` (a document with no double marks at all), so does a straight '…' pair. With `british`
 * (a document quoting in single marks, double ones nested inside: 'I heard him say "you'll regret this",'
 * Mr Holt said), single marks quote in every paragraph, and double marks inside a single quotation are
 * part of it.
 */
export function quotationsOf(text: string, at: number, openAtStart = false, straightSingle = false, british = false): Quotation[] {
  const out: Quotation[] = [];
  let open = openAtStart ? 0 : -1;
  let markLength = 0;
  let continues = openAtStart;
  const hasDouble = DOUBLE_MARK.test(text);
  const singlesQuote = !hasDouble || british;
  const [openers, closers] = guillemetsPointInwards(text) ? [INWARD_OPENERS, INWARD_CLOSERS] : [OPENERS, CLOSERS];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const isOpen =
      openers.has(ch) ||
      (ch === '"' && (opensAt(text, i) || (open < 0 && opensAfterComma(text, i)))) ||
      (singlesQuote && ch === '\u2018' && opensAt(text, i)) ||
      (straightSingle && singlesQuote && ch === "'" && singleOpensAt(text, i));
    // (A single quotation closes only at its own closing mark: a double mark inside it is a quotation it quotes.)
    const singleOpen = open >= 0 && (text[open] === '\u2018' || text[open] === "'");
    const isClose = singleOpen
      ? ((ch === '\u2019' && text[open] === '\u2018') || (straightSingle && ch === "'" && text[open] === "'")) && !isApostrophe(text, i)
      : closers.has(ch) || (ch === '"' && !isOpen && !opensAt(text, i));
    if (open < 0 && isClose && out.length === 0 && !openAtStart && closesUtterance(text, i)) {
      // A closing mark with no opening one before it (a dropped mark in wire copy: `…prospects," Clarke
      // said.`): the quotation runs from the paragraph's start.
      const from = text.search(/\S/);
      if (from >= 0 && from < i) out.push({ at, open: from, close: i + 1, start: from, end: i, runsOn: false, continues: false });
      continue;
    }
    if (open < 0) {
      if (isOpen) {
        open = i;
        markLength = 1;
        continues = false;
      }
      continue;
    }
    if (isClose || (ch === '\u201C' && text[open] === '\u201E')) {
      if (i > open + markLength) out.push({ at, open, close: i + 1, start: open + markLength, end: i, runsOn: false, continues });
      open = -1;
      continues = false;
    } else if (isOpen && i === open + markLength && ch === text[open]) {
      // A doubled opening mark: keep the first.
      markLength++;
    } else if (ch === '"' && text[open] === '"' && isOpen) {
      // A straight mark opening while one is open: the first one's closing mark was dropped. When its words
      // go on into an attribution (`"Energy futures were led by …, said Robert Murphy, …, adding, "crude…`),
      // the quotation ends at the comma before it and the new mark opens the next one.
      const attribution = DROPPED_CLOSE.exec(text.slice(open + markLength, i));
      if (attribution) {
        const end = open + markLength + attribution.index + 1;
        out.push({ at, open, close: end, start: open + markLength, end, runsOn: false, continues });
        open = i;
        markLength = 1;
        continues = false;
      }
    }
  }
  if (open >= 0 && text.length > open + markLength && (text[open] !== "'" || mayRunOn(text, open, out.length > 0))) {
    // (Its closing mark dropped before the attribution that ends the paragraph, "“We will not negotiate new quotas … in
    // the GATT, Lyng said.": the quotation ends at the comma before it, round 48.)
    const attribution = text[open] === '"' ? ATTRIBUTION_AT_END.exec(text.slice(open + markLength)) : null;
    if (attribution) out.push({ at, open, close: open + markLength + attribution.index + 1, start: open + markLength, end: open + markLength + attribution.index + 1, runsOn: false, continues });
    else out.push({ at, open, close: text.length, start: open + markLength, end: text.length, runsOn: true, continues });
  }
  return out;
}

/**
 * The quotations of a document's paragraphs, in order. A paragraph that opens with a quotation mark
 * right after a paragraph whose quotation ran on continues it (`continues: true`). A mark left open in
 * the middle of a sentence the way a term opens (a stray or mismatched mark: `the "may-sell' level`) is a
 * quotation to the end of its own sentence only: the sentences after it are not known to be anyone's words.
 */
export function documentQuotations(paragraphs: { text: string }[]): Quotation[][] {
  const out: Quotation[][] = [];
  let runningOn = false;
  // Straight single marks quote only in British copy: a document with no double marks at all, or one quoting
  // in single marks far more often than in double ones (which it nests inside them). Elsewhere they are
  // apostrophes or a quotation inside a quotation.
  const british = quotesInSingleMarks(paragraphs);
  const straightSingle = british || !paragraphs.some((p) => DOUBLE_MARK.test(p.text));
  const listed = dashListItems(paragraphs);
  const dashDialogue = paragraphs.filter((p, at) => !listed.has(at) && DASH_SPEECH.test(p.text) && DASH_ATTRIBUTION.test(p.text)).length >= MIN_DASH_ATTRIBUTIONS;
  paragraphs.forEach((p, at) => {
    const text = p.text;
    const dashed = dashDialogue && !listed.has(at) ? dashQuotation(text, at) : undefined;
    if (dashed) {
      out.push([dashed]);
      runningOn = false;
      return;
    }
    // A quotation left open goes on into a paragraph whose first mark closes it, with no opening mark of its
    // own (wire copy cut mid-quotation: `…including the Soviet Union. ¶ The Agriculture Department is in the
    // best position … Program."`).
    const quotes = quotationsOf(text, at, runningOn && firstMarkCloses(text), straightSingle, british);
    if (runningOn && quotes[0] && quotes[0].open === text.search(/\S/)) quotes[0] = { ...quotes[0], continues: true };
    closeStrayMark(quotes, text);
    out.push(quotes.filter((q) => !isPseudonym(text, q)));
    runningOn = quotes.length > 0 && (quotes[quotes.length - 1] as Quotation).runsOn;
  });
  return out;
}

/** A paragraph opening with a quotation dash, as Scandinavian, French or Italian copy prints speech: "– People are tired of us." */
const DASH_SPEECH = /^[\u2013\u2014\u2015][ \t\u00A0]+(?=[\p{Lu}\p{N}])/u;
/**
 * The attribution that ends a dash's speech: ", says Birgitta Holmér, who has sat …", ", he says." (the comma
 * before it is where the speech ends).
 */
const DASH_ATTRIBUTION = /,\s+(?:(?:says|said|adds|added|asks|asked|explains|explained|continues|notes|replies|replied|tells|told)\s+(?:\p{Lu}|(?:he|she|they|the)\b)|(?:he|she|they|we)\s+(?:says|said|adds|added|asks|asked|explains|continues|notes|replies|replied)\b)/u;
/** How many dash paragraphs must end with an attribution for a document to print speech with dashes (not a list's dashes). */
const MIN_DASH_ATTRIBUTIONS = 2;

/** A name alone, of one or two words: what a pseudonym in quotation marks holds ("“Rosa”"). */
const NAME_ALONE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u;
/** What follows a pseudonym: its description ("“Rosa”, a 29-year-old woman from Bali, told us", "“Tom”, 34,") or a note that it is one. */
const AFTER_PSEUDONYM = /^\s*(?:,\s+(?:an?\s+\p{Ll}|aged\s+\d|\d{1,3}\s*,)|\((?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym|name\s+changed)\))/u;

/**
 * Rule "a name in quotation marks is a pseudonym" (round 22): a report or feature that hides its interviewees prints
 * their names in marks ("“Rosa”, a 29-year-old woman from Bali, told us …"); the marks quote no one, and the name is
 * the one a later "she said" stands for. Only a name alone, with its description or a note after it.
 */
function isPseudonym(text: string, q: Quotation): boolean {
  return !q.runsOn && NAME_ALONE.test(text.slice(q.start, q.end)) && AFTER_PSEUDONYM.test(text.slice(q.close));
}

/** A list's lead: a paragraph ending in a colon that is no speaker's ("Here are the latest developments:", not "she says:"). */
const LIST_LEAD = /:\s*$/;
/** A lead that introduces speech, not a list: "…, she says:", "He told reporters:". */
const SPEECH_LEAD = /\b(?:says|said|adds|added|told\s+[\p{L}\s]{1,30}|explains|explained|writes|wrote)\s*:\s*$/u;

/**
 * The dash paragraphs (by position) that are a list's items: every dash paragraph in the run after a list's lead
 * ("Here are the latest developments in the war:" then "— Russia launched 40 drones, said …"), whatever an item
 * says; an agency's roundup is narration (round 22's review).
 */
function dashListItems(paragraphs: { text: string }[]): Set<number> {
  const items = new Set<number>();
  paragraphs.forEach((p, at) => {
    if (!LIST_LEAD.test(p.text) || SPEECH_LEAD.test(p.text)) return;
    for (let next = at + 1; next < paragraphs.length && DASH_SPEECH.test((paragraphs[next] as { text: string }).text); next++) items.add(next);
  });
  return items;
}

/**
 * Rule "a quotation dash opens speech" (round 22): in a document printing speech with dashes (at least
 * `MIN_DASH_ATTRIBUTIONS` dash paragraphs end with "…, says X"), a paragraph opening with a dash and no quotation
 * mark is one quotation, from the dash to the comma before its attribution, or to the paragraph's end when it
 * has none (the speaker's words going on, as a quotation paragraph does).
 */
function dashQuotation(text: string, at: number): Quotation | undefined {
  const dash = DASH_SPEECH.exec(text);
  if (!dash || DOUBLE_MARK.test(text)) return undefined;
  const start = dash[0].length;
  const attribution = DASH_ATTRIBUTION.exec(text.slice(start));
  const end = attribution ? start + attribution.index + 1 : text.length;
  return { at, open: 0, close: end, start, end, runsOn: false, continues: false };
}

/** A single mark opening a quotation: at a paragraph's or clause's start, or after a space, bracket or dash, before a word. */
const SINGLE_OPENING = /(?:^|[\s([\u2014\u2013])['\u2018](?=[\p{Lu}\p{N}])/gu;
/** A double mark opening a quotation, the same way (a lower-case word too: a quoted fragment). */
const DOUBLE_OPENING = /(?:^|[\s([\u2014\u2013])["\u201C\u201E\u00AB\u00BB](?=[\p{L}\p{N}])/gu;
/** How many times more often a document must open quotations with single marks than with double ones to quote in single marks. */
const BRITISH_MAJORITY = 2;

/**
 * Whether a document quotes in single marks, nesting double ones inside (British copy): it opens sentences of
 * speech with single marks (a capital after the mark: not "the '90s" or "rock 'n' roll") at least
 * `BRITISH_MAJORITY` times as often as it opens any quotation with double marks, and at least twice.
 */
function quotesInSingleMarks(paragraphs: { text: string }[]): boolean {
  let singles = 0;
  let doubles = 0;
  for (const p of paragraphs) {
    singles += [...p.text.matchAll(SINGLE_OPENING)].length;
    doubles += [...p.text.matchAll(DOUBLE_OPENING)].length;
  }
  return doubles > 0 && singles >= 2 && singles >= BRITISH_MAJORITY * doubles;
}

/** Whether a paragraph's first double quotation mark closes a quotation at the end of a sentence (`…Program."`). */
function firstMarkCloses(text: string): boolean {
  const i = text.search(DOUBLE_MARK);
  if (i < 0) return false;
  const ch = text[i] as string;
  return (CLOSERS.has(ch) || (ch === '"' && !opensAt(text, i))) && /[.!?]$/.test(text.slice(0, i));
}

/**
 * Ends a paragraph's last quotation, left open, at the end of the sentence it opens in when it opens in
 * the middle of that sentence the way a term does (`exceeded the "may-sell' level of…`): not at the
 * sentence's start, after a colon or comma, or right after a reporting verb, as speech running on does
 * (`he said. "We must… They, too, should support you.` with its closing mark dropped).
 */
function closeStrayMark(quotes: Quotation[], text: string): void {
  const last = quotes[quotes.length - 1];
  if (!last?.runsOn || last.continues) return;
  const sentence = splitSentences(text).find((s) => s.start <= last.open && s.end > last.open);
  if (!sentence || sentence.start === last.open || /(?:[:,]|\b(?:said|says|told|added|adds|saying|adding))\s*$/.test(text.slice(0, last.open))) return;
  const end = Math.max(sentence.end, last.start);
  if (end < text.length) quotes[quotes.length - 1] = { ...last, close: end, end, runsOn: false };
}

/** The character a quotation's marks and words are masked with, so that rules see only the narration. */
export const MASK = '\u00A4';

/** The paragraph with its quotations' marks and words masked, so that rules see only the narration. */
export function maskQuotations(text: string, quotes: Quotation[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const q of quotes) {
    pieces.push(text.slice(at, q.open), MASK.repeat(q.close - q.open));
    at = q.close;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
