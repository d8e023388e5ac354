/**
 * Stories printed in lower case ("azpurua said"): the name rules read capitals, so there they name nobody,
 * except the one speaker a story names in lower case by title and full name.
 */
import { escapeRegExp } from '../text/escapeRegExp.js';
import { splitSentences } from '../text/splitSentences.js';
import type { AttributedQuotation, SpeakerSpan } from './documentAttribution.js';
import { isRoleNoun } from './nameWords.js';
import { MASK, maskQuotations } from './quotations.js';

/**
 * Takes back every speaker of a story printed all in lower case, then gives its one speaker named in lower
 * case the quotations a sentence attributes to that surname.
 */
export function readLowerCaseStory(paragraphs: { text: string }[], quotations: AttributedQuotation[][], reported: SpeakerSpan[], narration: string): void {
  // A story printed all in lower case ("azpurua said") gives the name rules nothing to read: the capitals
  // left open sentences, and a name read from them would be invented. Nobody is named.
  if (isUncased(paragraphs)) {
    for (const quotes of quotations) for (const q of quotes) q.speaker = undefined;
    reported.length = 0;
  }
  // (After that, not wiped by it.) A story printing its one speaker's name in lower case ("finance minister manuel azpurua told a press
  // conference", then '“…,” azpurua said'): that person's quotations are the ones a sentence attributes to
  // the surname itself. A "he" is left alone: without capitals no other person can be told from words.
  const reporter = lowerCaseReporter(narration);
  if (reporter) {
    const bySurname = new RegExp(`(?:\\b${escapeRegExp(reporter.surname)}\\s+(?:${LOWER_CASE_REPORTING})|(?:${LOWER_CASE_REPORTING})\\s+(?:${escapeRegExp(reporter.name.split(' ')[0] as string)}\\s+)?${escapeRegExp(reporter.surname)})\\b`, 'u');
    paragraphs.forEach((p, at) => {
      const quotes = quotations[at] ?? [];
      const masked = maskQuotations(p.text, quotes);
      for (const q of quotes) {
        const sentence = splitSentences(p.text).find((s) => s.start <= q.open && s.end > q.open);
        if (!q.speaker && sentence && bySurname.test(masked.slice(sentence.start, sentence.end))) q.speaker = reporter.name;
      }
    });
  }
}

/** Words inside sentences a text needs before its lack of capitals says it is printed in lower case. */
const MIN_WORDS_FOR_CASE = 40;

/** Whether a document is printed in lower case: no word inside a sentence (not opening it) has a capital. */
function isUncased(paragraphs: { text: string }[]): boolean {
  let inside = 0;
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      const words = p.text.slice(s.start, s.end).match(/\p{L}+/gu) ?? [];
      for (const w of words.slice(1)) {
        if (/\p{Lu}/u.test(w)) return false;
        inside++;
      }
    }
  }
  return inside >= MIN_WORDS_FOR_CASE;
}

/** Reporting verbs a lower-case name is read beside ("azpurua said", "told …"). */
const LOWER_CASE_REPORTING = 'said|says|told|added|stated';
/** A lower-case title, first name and surname, then a reporting verb: "finance minister manuel azpurua told". */
const LOWER_CASE_TITLED = new RegExp(String.raw`(?<![\p{L}-])(\p{Ll}+)\s+(\p{Ll}{2,})\s+(\p{Ll}{2,})\s+(?:${LOWER_CASE_REPORTING})\b`, 'gu');
/** A quotation's reporting verb, then a lower-case first name and surname set off by "of" or a comma: '"…," said rudiger dornbush of the …'. */
// (Right after a quotation, masked in the narration: "he said artifical support of the dollar" is no name.)
const LOWER_CASE_INVERTED = new RegExp(String.raw`${MASK}[\s,]*(?:said|says)\s+(\p{Ll}{2,})\s+(\p{Ll}{2,})(?=\s+of\b|\s*,)`, 'gu');
/** Lower-case words that are no part of a name after a title. */
const NOT_LOWER_CASE_NAME = new Set('the a an of and or to in on at for with by from who which that he she it they said says told added also has had was is would will one another some its their his her this'.split(' '));

/**
 * The one person a story names in lower case by title and full name as the subject of a reporting verb
 * ("finance minister manuel azpurua told …") or after it ("said rudiger dornbush of the …"); none when there is
 * no such person, or more than one.
 */
function lowerCaseReporter(narration: string): { name: string; surname: string } | undefined {
  const found = new Set<string>();
  for (const m of narration.matchAll(LOWER_CASE_TITLED)) {
    const [title, first, surname] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    if (isRoleNoun(title) && !NOT_LOWER_CASE_NAME.has(first) && !NOT_LOWER_CASE_NAME.has(surname) && !isRoleNoun(first)) found.add(`${first} ${surname}`);
  }
  // (Round 16: the inverted attribution, '"…," said rudiger dornbush of the massachusetts institute'.)
  for (const m of narration.matchAll(LOWER_CASE_INVERTED)) {
    const [first, surname] = [m[1] ?? '', m[2] ?? ''];
    if (![first, surname].some((w) => NOT_LOWER_CASE_NAME.has(w) || isRoleNoun(w) || /s$/.test(w))) found.add(`${first} ${surname}`);
  }
  if (found.size !== 1) return undefined;
  const name = [...found][0] as string;
  return { name, surname: name.split(' ')[1] as string };
}
