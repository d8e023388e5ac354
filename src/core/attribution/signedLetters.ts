/**
 * A letters page: several readers' letters in one document, each signed below its text with the writer's name in
 * capitals ("PROFESSOR GARETH LLEWELLYN" / "Emeritus professor …, Cardiff University"; "DECLAN FORRESTAL," /
 * "Terenure," / "Dublin 6W."). Each letter is its signer's words, not the page's byline ("Letters to the
 * Editor"), though the name comes only at its end (round 20: The Times's and The Irish Times's pages).
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { isEnglishWord } from '../text/englishWords.js';
import { LETTER_CLOSING } from './letterClosings.js';
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

/** A signed name in mixed case: two words to five, a title's included (see `SIGNED_NAME_MIXED`). */
const MIXED_NAME = String.raw`(?:(?:Dr|Prof|Professor|Cllr|Rev|Revd|Sir|Dame|Lady|Lord|Baroness|Canon|Fr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{L}'’-]+)){1,3}`;
/**
 * Rule "The Guardian signs its letters in mixed case, with the town on the line below" (round 23): "Helen Ashdown" /
 * "Rochdale, Greater Manchester", "Dr Catherine Brayfield" / "Lewes, East Sussex". A name of two words to five (a
 * title's included), alone on its line, with a line under it: one capitalised line alone may be a headline.
 */
const SIGNED_NAME_MIXED = new RegExp(`^${MIXED_NAME}$`, 'u');
/** A place of one to four capitalised words: "Windsor", "West Hartford", "St. Paul". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** Words no signer's name holds: "Name Withheld", "Letters Editor" (the review of round 25). */
const NOT_A_SIGNER = /\b(?:Name|Withheld|Editor|Editors|Letters|Staff|Readers?)\b/u;

/**
 * Rule "an American page signs a letter with the name and the town on one line" (round 25, the Hartford Courant's
 * page): "Raymond Castellano, Windsor", "Maria Esposito-Grant, West Hartford", "Dana Reyes, Austin, Texas" (group 1:
 * the name, as `SIGNED_NAME_MIXED`; then a place of capitalised words, perhaps with its state).
 */
// (Only after a letter's last paragraph, a sentence ending with its stop, and only a person's full name: a headline
// "Wake Up, America" after a signature, or a caption "The Arrigoni Bridge, Middletown", is none; the review of round 25.)
const SIGNED_NAME_AND_TOWN = new RegExp(String.raw`^(${MIXED_NAME}),\s+${PLACE}(?:,\s+${PLACE})?$`, 'u');

/**
 * Rule "The Globe and Mail signs a letter with the name and the town on one line, no comma between" (round 29): "Priya
 * Raghunathan Mississauga", "Gerald Boucher Brampton, Ont." (group 1: a given name and a surname; then a place, perhaps
 * with its province). Where the name ends is read by its words: two, the surname no English word, so that a headline
 * in capitals ("Bus Stops Here") is no signature; the town one word, so that "Anne Marie Boucher Brampton" is not read
 * as "Anne Marie" (the review of round 29): a writer with a longer name, a town of two words or a surname that is a
 * word abstains.
 */
const SIGNED_NAME_THEN_TOWN = new RegExp(String.raw`^(\p{Lu}\p{Ll}[\p{L}'’-]*\s+(\p{Lu}\p{Ll}[\p{L}'’-]*))\s+\p{Lu}[\p{L}.'’-]*(?:,\s+${PLACE})?$`, 'u');

/** A province or state abbreviated after the town's comma, ending a signature: ", Ont.", ", Que.", ", B.C.", ", N.S.". */
const PROVINCE_ABBREVIATION = /,\s+(?:\p{Lu}[\p{Ll}]{1,3}\.|(?:\p{Lu}\.){2})$/u;

/** A letter's signature: who signs it, and whether in mixed case (`SIGNED_NAME_MIXED`) rather than capitals. */
function signatureOf(paragraph: string, before = ''): { signer: string; mixed: boolean; nameEnd?: number } | undefined {
  // (Under The Irish Times' closing on its own line, "Yours, etc," / "BRÍD NÍ CHONAILL," / "Castlebar,": the name is the
  // line after it, round 31.)
  const closing = /^\s*[^\n]*\n/u.exec(paragraph);
  if (closing && LETTER_CLOSING.test(closing[0].trim())) {
    const signature = signatureOf(paragraph.slice(closing[0].length), before);
    return signature && { ...signature, nameEnd: signature.nameEnd === undefined ? undefined : signature.nameEnd + closing[0].length };
  }
  const lines = paragraph.trim().split('\n').map((line) => line.trim());
  const [first, ...rest] = lines;
  if (!first || lines.length > MAX_SIGNATURE_LINES) return undefined;
  // (Its province abbreviated after a comma, "Brampton, Ont.", is no town after a name: "Gerald Boucher Brampton" is
  // no name; but "Mary Ann Smith, Boston" is read as the American form.)
  const alone = rest.length === 0 && STOPPED.test(before);
  const town = alone ? SIGNED_NAME_THEN_TOWN.exec(first) : null;
  const nameThenTown = town && !isEnglishWord(town[2] as string) && (!first.includes(',') || PROVINCE_ABBREVIATION.test(first)) ? town : null;
  const nameAndTown = alone ? (nameThenTown ?? SIGNED_NAME_AND_TOWN.exec(first)) : null;
  const signer = nameAndTown && !NOT_A_SIGNER.test(nameAndTown[1] as string) ? labelPhrase(nameAndTown[1] as string) : undefined;
  if (nameAndTown && signer?.kind === 'person' && signer.core.includes(' ')) return { signer: signer.core, mixed: true, nameEnd: paragraph.indexOf(nameAndTown[1] as string) + (nameAndTown[1] as string).length };
  if (nameAndTown) return undefined;
  const mixed = rest.length > 0 && SIGNED_NAME_MIXED.test(first);
  if (!mixed && (!SIGNED_NAME.test(first) || !/\p{Lu}{2}/u.test(first))) return undefined;
  // (A title or an address under it, never a sentence: "Tenant farmer, Llandovery, Carmarthenshire".)
  if (rest.some((line) => line.length > MAX_SIGNATURE_LINE || /[.!?]\s+\p{Lu}/u.test(line) || (mixed && /[.!?]$/.test(line)))) return undefined;
  const cased = casedCapitals(first.replace(/,$/, ''));
  const phrase = labelPhrase(cased);
  // ("Professor Gareth Llewellyn", "Colonel (Retd) Nigel Fairbairn": the name without the rank.)
  return { signer: phrase?.kind === 'person' && phrase.core.includes(' ') ? phrase.core : cased, mixed };
}

/**
 * The turns of a letters page: every paragraph from a letter's salutation ("Sir, –") to the next signature is that
 * signer's letter (the signature itself is a note, nobody's, as any heading block in a
 * document in its author's voice). Only in a letter's genre, with two signatures at least, each letter opening
 * with a salutation: one capitalised line under an op-ed is no letters page.
 */
export function signedLetterTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayBeLettersPage(doc)) return [];
  const signatures = doc.paragraphs.map((p, at) => signatureOf(p.text, doc.paragraphs[at - 1]?.text));
  if (signatures.filter(Boolean).length < 2) return [];
  const turns: (SpeakerTurn | undefined)[] = [];
  const salutations = doc.paragraphs.some((p) => SALUTATION.test(p.text));
  // (Only The Guardian's form goes without salutations, its signatures in mixed case: a page signed in capitals opens
  // each letter with "Sir,".)
  if (!salutations && signatures.some((s) => s && !s.mixed)) return [];
  let from = 0;
  for (const [at, signature] of signatures.entries()) {
    if (!signature) continue;
    const { signer } = signature;
    // (Each letter opens with its salutation, "Sir, –", "Dear Editor,": headlines in capitals between letters, an
    // open letter's co-signatories or a letter's own subheads in capitals are no signatures; the review of round 20.)
    const opens = salutations ? letterOpeningAtSalutation(doc, from, at) : letterOpeningWithoutSalutation(doc, from, at);
    if (opens < 0) return [];
    // (From the salutation: the previous letter's address printed a line a paragraph, "Ballinameen," / "Co
    // Roscommon.", and the next letter's headline, "School transport chaos", are nobody's words, round 22.)
    for (let i = opens; i < at; i++) turns[i] = { start: 0, speaker: signer, written: true };
    // (The signature's name is the signer's, the address under it nobody's words: "Helen Ashdown" / "Rochdale".)
    const signed = (doc.paragraphs[at] as { text: string }).text;
    const nameEnd = signature.nameEnd ?? signed.indexOf('\n', signed.search(/\S/));
    turns[at] = { start: 0, end: nameEnd > 0 ? nameEnd : undefined, speaker: signer };
    from = at + 1;
  }
  return turns;
}

/** A letter's salutation opening a paragraph: "Sir, –", "Sir,", "Madam,", "Dear Editor,", "To the Editor:". */
const SALUTATION = /^\s*(?:Sir|Madam)\s*,|^\s*Dear\s+(?:Sir|Madam|Editor)\b|^\s*To\s+the\s+Editor\b/u;

/**
 * Where a letter opens on a page with salutations: the last salutation before its signature (round 23), so that a
 * letter whose signature is not read ("Ana de Souza, London" on one line) is nobody's rather than the next signer's.
 */
function letterOpeningAtSalutation(doc: SourceDocument, from: number, at: number): number {
  return doc.paragraphs.findLastIndex((p, i) => i >= from && i < at && SALUTATION.test(p.text));
}

/**
 * Where a letter opens on a page printing no salutation, The Guardian's (round 23): past the last line with no stop
 * before its signature (a headline, the page's standfirst "Readers respond to a report that …", or a signature the
 * rules cannot read, "Ana de Souza" / "Bristol", whose letter is then nobody's rather than the next signer's), at the
 * first paragraph ending with a stop; the page's first letter in a writer's voice.
 */
function letterOpeningWithoutSalutation(doc: SourceDocument, from: number, at: number): number {
  const unstopped = doc.paragraphs.findLastIndex((p, i) => i >= from && i < at && !STOPPED.test(p.text));
  const after = Math.max(from, unstopped + 1);
  return doc.paragraphs.findIndex((p, i) => i >= after && i < at && STOPPED.test(p.text) && (from > 0 || WRITERS_VOICE.test(p.text)));
}

/** A paragraph ending as a sentence does (a stop, or a closing mark after one). */
const STOPPED = /[.!?:”’"')]\s*$/u;

/** A writer's own voice: the first person, or the paper addressed ("Your report …"). */
const WRITERS_VOICE = /\b(?:I|my|me|we|our|us|Your)\b/;

/** Whether a document may be a letters page (cheap: its genre only). */
export function mayBeLettersPage(doc: SourceDocument): boolean {
  return LETTER_KIND.test(doc.source.kind ?? '');
}
