/** A letter's closing, alone on its line before the signature: "Yours faithfully", "Sincerely,", "Kind regards". */
// (One list for the Congressional Record's inserted letters (transcriptTurns.ts) and the letters stories print in full
// (printedLetters.ts), the review of round 30.)
// (And te reo Māori's "Ngā mihi nui,", a New Zealand letter's or report's, round 59.)
export const LETTER_CLOSING = /^\s*(?:sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully|respectfully)|yours,\s+etc\.?|(?:with\s+)?(?:kind|best|warm)\s+regards|regards|with\s+best\s+wishes|ng[āa]\s+mihi(?:\s+nui)?)\s*[,.]?\s*$/iu;

/**
 * A nickname in quotation marks, one or two capitalised words: the `“Peg”` of "Margaret “Peg” Dunleavy", the `"Miss Pat"`
 * of 'Patricia "Miss Pat" Greenidge'. One pattern for a signature's (`withoutNickname`) and a story's names
 * (`documentNames.ts`, round 59's re-read).
 */
export const NICKNAME_MARKED = String.raw`["“‘'](?:\p{Lu}[\p{L}.'’-]{0,20}(?:[ \t]\p{Lu}[\p{L}.'’-]{0,20})?)["”’']`;
/** A nickname in quotation marks between a given name and a surname: the ` “Peg” ` of "Margaret “Peg” Dunleavy". */
const NICKNAME_IN_NAME = new RegExp(String.raw`(?<=\p{L})\s+${NICKNAME_MARKED}\s+(?=\p{Lu})`, 'gu');

/**
 * A signature's lines without a nickname set in the name: "Margaret “Peg” Dunleavy" signs as Margaret Dunleavy, as the
 * blind sets' labellers name such signers and speakers (round 53).
 */
export function withoutNickname(text: string): string {
  return text.replace(NICKNAME_IN_NAME, ' ');
}
