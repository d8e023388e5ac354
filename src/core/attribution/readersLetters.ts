/**
 * Rule "an advice column's readers' letters are the readers'" (round 34: the Irish Independent's "Ask Bernadette", a
 * reader's letter under "**Q.**" signed "– Torn Between Two Countries, Manchester", then the columnist's answer under
 * "**A.**"): from a question's label up to the answer's, the paragraphs are a reader's words whom the column names by a
 * pseudonym at most (a reader signing in full is left to no one too: the rules read no signature here), never the
 * columnist's; the columnist's own voice resumes at the answer, its "A." or "Bernadette says:", or after the reader's sign-off.
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import type { SpeakerTurn } from './documentAttribution.js';

/** An advice column's genre: "advice column", "agony aunt", "problem page". */
const ADVICE_KIND = /\b(?:advice\s+column|agony\s+(?:aunt|uncle|column)|problem\s+page)\b/i;
/** A reader's letter's label opening its paragraph: "Q.", "Q:" (perhaps in bold, its marks already removed). */
const QUESTION_LABEL = /^\s*Q[.:]\s/u;
/** A reader's sign-off under the letter, a dash and a pseudonym or a name: "– Torn Between Two Countries, Manchester". */
// (An en or em dash, not a list's hyphen, "- I earn £30,000", and no "I" after it, the review of round 35.)
const READERS_SIGN_OFF = /^\s*[\u2013\u2014]\s*(?!I\b)\p{Lu}[^\n]{0,80}$/u;
/** An answer opened by a name, not by a label: "Bernadette says: Never." (group 1: the name). */
const NAMED_ANSWER = /^\s*(\p{Lu}[\p{L}'’-]+)\s+(?:says|replies|writes|answers)\s*:/u;
/** The columnist's answer's label: "A.", "A:". */
const ANSWER_LABEL = /^\s*A[.:]\s/u;

/** Whether a paragraph is the columnist's answer opened by name: the byline's name, not a reader quoting "Tom says: let her go". */
function columnistAnswers(doc: SourceDocument, text: string): boolean {
  const name = NAMED_ANSWER.exec(text)?.[1];
  return !!name && (doc.source.author ?? '').split(/\s+/u).includes(name);
}

/** The turns of an advice column's readers' letters: nobody's, from each "Q." up to the next "A.", the columnist's answer by name or the reader's sign-off (see the module's note). */
export function readersLetterTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayPrintReadersLetters(doc)) return [];
  const turns: (SpeakerTurn | undefined)[] = [];
  let inLetter = false;
  doc.paragraphs.forEach((p, at) => {
    if (QUESTION_LABEL.test(p.text)) inLetter = true;
    else if (ANSWER_LABEL.test(p.text) || columnistAnswers(doc, p.text)) inLetter = false;
    if (inLetter) turns[at] = { start: 0, speaker: undefined };
    // (The reader's sign-off, "– Torn Between Two Countries, Manchester", ends the letter: what follows is the columnist's
    // answer, though no "A." opens it, the review of round 34.)
    // (A line with no sentence's stop, a pseudonym's: not a reader quoting a dashed line, "— Please, it is only for a year.",
    // the review of round 35's rules.)
    if (inLetter && READERS_SIGN_OFF.test(p.text) && !endsSentence(p.text.trim())) inLetter = false;
  });
  return turns;
}

/** Whether a document may print readers' letters so (cheap: its genre, a question's label, and an answer's label, a named answer or a sign-off). */
export function mayPrintReadersLetters(doc: SourceDocument): boolean {
  return ADVICE_KIND.test(doc.source.kind ?? '') && doc.paragraphs.some((p) => QUESTION_LABEL.test(p.text)) && doc.paragraphs.some((p) => ANSWER_LABEL.test(p.text) || columnistAnswers(doc, p.text) || READERS_SIGN_OFF.test(p.text));
}
