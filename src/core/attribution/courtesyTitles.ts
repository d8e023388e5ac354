/**
 * Titles of courtesy, learning and rank a byline or a signature puts before a name ("Dr", "Professor Emeritus", "Dame",
 * "Councillor", "Air Chief Marshal"), which the text's own mentions of the person leave off: "Professor Dame Caroline
 * Achebe-Morrow" wrote as Caroline Achebe-Morrow, as the text's own "Ms Novak" is Jana Novak (round 41; signatures, round
 * 44; one list for both, the review of round 44's rules).
 */

import { AUSTRALIAN_ORDERS, dottedLetters, POST_NOMINAL_WORDS } from './nameWords.js';

// (Ranks, round 41: a service chief's speech filed under "Air Chief Marshal Sir Duncan Harrow". "Emeritus" after its
// professor, "Professor Emeritus John Smith", the review of round 44's rules.)
const HONOURS = String.raw`Professor(?:\s+Emeritus)?|Prof\.?|Dr\.?|Sir|Dame|Councillor|Cllr\.?|(?:Air\s+(?:Chief\s+|Vice[\s-])?)?Marshal|Air\s+Commodore|Group\s+Captain|Wing\s+Commander|Squadron\s+Leader|Flight\s+Lieutenant|(?:Vice|Rear)\s+Admiral|Admiral|Commodore|(?:Lieutenant|Major|Brigadier)\s+General|General|Brigadier|(?:Lieutenant\s+)?Colonel|Major`;
/** Forms of address: "Mr", "Mrs", "Ms", "Miss", "Mx". */
const ADDRESS = String.raw`Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?`;
/** Titles, one or more, before a given name (a capital and small letters, then more of the name): courtesy titles, and the offices given. */
function titlesBefore(offices?: string): RegExp {
  return new RegExp(String.raw`^(?:(?:${offices ? `${offices}|` : ''}${HONOURS}|${ADDRESS})\s+)+(?=\p{Lu}[\p{Ll}'’-]+\s)`, 'u');
}
/** Every courtesy title, one or more, before a given name (a capital and small letters, then more of the name). */
export const COURTESY_TITLES_BEFORE = titlesBefore();

/**
 * A name without the courtesy titles before its given name (see the module's note), a signature's form of address too,
 * "Mrs Anna Reyes, Practice Manager" signing as Anna Reyes (round 45); as it is when no given name follows them, "Mrs C.
 * Hartley", or none are there.
 */
export function withoutCourtesyTitles(name: string): string {
  return name.replace(COURTESY_TITLES_BEFORE, '');
}

/**
 * Offices a byline may print before its author's full name (round 58): a judge's "Justice Miriam K. Saltonstall", a
 * mayor's "Mayor Rosalind Okereke-Dunn", a bishop's, a senator's, "Hon." or "The Hon". The text names the author
 * without them, and so does its citation; only before a given name and a surname, so that a judge's office with a
 * surname alone ("Justice Whitcombe", "Mrs Justice Hartley") stays as printed.
 */
// (A coroner's, "Coroner Annika Velasquez" over her finding, "Senior Coroner …", "Deputy State Coroner …", "HM Senior Coroner
// …", a circuit judge's "HHJ" or "Her Honour Judge", and a minister's "The Rt Hon" or "The Right Honourable", "Senator the
// Hon.", round 61 and its review: offices, never a given name.)
const OFFICES = String.raw`(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?Hon\.?|(?:[Tt]he\s+)?(?:Right\s+)?Honourable|(?:(?:HM|Senior|Assistant|Area|Deputy|State|Chief|Acting|Principal)\s+){0,3}Coroner|HHJ|HH\s+Judge|H(?:is|er)\s+Honour\s+Judge|Judge|Mayor|Senator|Sen\.|Governor|Bishop|Archbishop|Rev\.?|Revd\.?|Reverend|Pastor|Rabbi|Imam|Canon`;
const OFFICES_AND_TITLES_BEFORE = titlesBefore(OFFICES);
/**
 * A judge's "Justice" before a byline's full name, only in a court's own document (`judicial`): elsewhere it is a given
 * name as often, Ghana's "Justice Kwame Agyeman" (the review of round 58); "Judge" is an office everywhere, a retired
 * judge's op-ed by "Judge Nancy Hartigan" (the second review of round 58).
 */
const JUDICIAL_OFFICES_AND_TITLES_BEFORE = titlesBefore(`Justice|${OFFICES}`);

/** A byline's name without the offices and courtesy titles before its given name ("Justice Miriam K. Saltonstall" → "Miriam K. Saltonstall" in a court's opinion). */
export function withoutOfficesOrCourtesyTitles(name: string, judicial = false): string {
  return name.replace(judicial ? JUDICIAL_OFFICES_AND_TITLES_BEFORE : OFFICES_AND_TITLES_BEFORE, '');
}

/**
 * Letters after a byline's name for a seat, an honour or a silk (`POST_NOMINAL_WORDS`, with stops or without): "The Hon.
 * Catherine Marloe MP" over a minister's letter is Catherine Marloe, as the letter's text and its signature name her (round 61).
 */
// (And the seats and orders other parliaments print after a byline's name only, "AM", "AO", "MPP", "MHK", "MS": read
// after a full name at a byline's end, never in running text, where "MS" and "AM" are other words; the review of round 61.)
const BYLINE_LETTERS = [...POST_NOMINAL_WORDS, ...AUSTRALIAN_ORDERS, 'MPP', 'MHK', 'MHA', 'MNA', 'MS'];
const LETTERS_AFTER_NAME = new RegExp(String.raw`(?:\s+(?:${BYLINE_LETTERS.map(dottedLetters).join('|')}))+$`, 'u');

/** A byline's name without the letters after it (`LETTERS_AFTER_NAME`): "Catherine Marloe MP" → "Catherine Marloe". */
export function withoutLettersAfter(name: string): string {
  return name.replace(LETTERS_AFTER_NAME, '');
}
