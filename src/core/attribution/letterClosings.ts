/** A letter's closing, alone on its line before the signature: "Yours faithfully", "Sincerely,", "Kind regards". */
// (One list for the Congressional Record's inserted letters (transcriptTurns.ts) and the letters stories print in full
// (printedLetters.ts), the review of round 30.)
export const LETTER_CLOSING = /^\s*(?:sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully|respectfully)|yours,\s+etc\.?|(?:with\s+)?(?:kind|best|warm)\s+regards|regards|with\s+best\s+wishes)\s*[,.]?\s*$/iu;
