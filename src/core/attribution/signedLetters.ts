/**
 * A letters page: several readers' letters in one document, each signed below its text with the writer's name in
 * capitals ("PROFESSOR GARETH LLEWELLYN" / "Emeritus professor …, Cardiff University"; "DECLAN FORRESTAL," /
 * "Terenure," / "Dublin 6W."). Each letter is its signer's words, not the page's byline ("Letters to the
 * Editor"), though the name comes only at its end (round 20: The Times's and The Irish Times's pages).
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';

/** A letter's genre (`kind: letter`, `letters`, `letters to the editor`). */
const LETTER_KIND = /\bletters?\b/i;

/**
 * A signature's first line: a name in capitals, with a rank's note in parentheses ("COLONEL (RETD) NIGEL
 * FAIRBAIRN"), two words to six, perhaps ending with the comma the address goes on after ("DECLAN FORRESTAL,").
 */
const SIGNED_NAME = /^(?:\p{Lu}[\p{Lu}'’.-]*|\(\p{L}+\))(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|\(\p{L}+\))){1,5},?$/u;
/** The most lines a signature runs to: the name, then a title, an organisation and an address ("Chairwoman," / "Family Carers' Network," / "Portlaoise," / "Co Laois."). */
const MAX_SIGNATURE_LINES = 6;
/** The longest line under a signed name ("Emeritus professor of environmental economics, Cardiff University"). */
const MAX_SIGNATURE_LINE = 90;

/** The signer a paragraph names when it is a letter's signature (see `SIGNED_NAME`), or undefined. */
function signerOf(paragraph: string): string | undefined {
  const lines = paragraph.trim().split('\n').map((line) => line.trim());
  const [first, ...rest] = lines;
  if (!first || lines.length > MAX_SIGNATURE_LINES || !SIGNED_NAME.test(first) || !/\p{Lu}{2}/u.test(first)) return undefined;
  // (A title or an address under it, never a sentence: "Tenant farmer, Llandovery, Carmarthenshire".)
  if (rest.some((line) => line.length > MAX_SIGNATURE_LINE || /[.!?]\s+\p{Lu}/u.test(line))) return undefined;
  const cased = casedCapitals(first.replace(/,$/, ''));
  const phrase = labelPhrase(cased);
  // ("Professor Gareth Llewellyn", "Colonel (Retd) Nigel Fairbairn": the name without the rank.)
  return phrase?.kind === 'person' && phrase.core.includes(' ') ? phrase.core : cased;
}

/**
 * The turns of a letters page: every paragraph from a letter's salutation ("Sir, –") to the next signature is that
 * signer's letter (the signature itself is a note, nobody's, as any heading block in a
 * document in its author's voice). Only in a letter's genre, with two signatures at least, each letter opening
 * with a salutation: one capitalised line under an op-ed is no letters page.
 */
export function signedLetterTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayBeLettersPage(doc)) return [];
  const signers = doc.paragraphs.map((p) => signerOf(p.text));
  if (signers.filter(Boolean).length < 2) return [];
  const turns: (SpeakerTurn | undefined)[] = [];
  let from = 0;
  for (const [at, signer] of signers.entries()) {
    if (!signer) continue;
    // (Each letter opens with its salutation, "Sir, –", "Dear Editor,": headlines in capitals between letters, an
    // open letter's co-signatories or a letter's own subheads in capitals are no signatures; the review of round 20.)
    const opens = doc.paragraphs.findIndex((p, i) => i >= from && i < at && SALUTATION.test(p.text));
    if (opens < 0) return [];
    // (From the salutation: the previous letter's address printed a line a paragraph, "Ballinameen," / "Co
    // Roscommon.", and the next letter's headline, "School transport chaos", are nobody's words, round 22.)
    for (let i = opens; i <= at; i++) turns[i] = { start: 0, speaker: signer };
    from = at + 1;
  }
  return turns;
}

/** A letter's salutation opening a paragraph: "Sir, –", "Sir,", "Madam,", "Dear Editor,", "To the Editor:". */
const SALUTATION = /^\s*(?:Sir|Madam)\s*,|^\s*Dear\s+(?:Sir|Madam|Editor)\b|^\s*To\s+the\s+Editor\b/u;

/** Whether a document may be a letters page (cheap: its genre only). */
export function mayBeLettersPage(doc: SourceDocument): boolean {
  return LETTER_KIND.test(doc.source.kind ?? '');
}
