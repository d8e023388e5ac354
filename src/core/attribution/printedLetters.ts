/**
 * A letter a story prints in full (round 30: News24's "News24 has seen the letter, dated 10 October. It is published in
 * full below."): from its salutation ("Dear Honourable Minister Ntuli") to its closing ("Yours faithfully"), the
 * paragraphs are the words of the one who signs it below the closing, not the story's; the story around it is the
 * reporter's narration.
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { LETTER_CLOSING, withoutNickname } from './letterClosings.js';
import { mentionsIn } from './mentionsIn.js';
import { isTitle } from './nameWords.js';
import { escapeRegExp } from '../text/escapeRegExp.js';

/** A story's words announcing a letter printed after them: "It is published in full below.", "The letter reads:". */
const PRINTED_IN_FULL = /\b(?:(?:published|reproduced|printed)\s+(?:in\s+full|below)|full\s+text\s+of\s+the\s+letter|letter\s+(?:reads|reads\s+in\s+full|states)\s*:)/i;
/** A letter's salutation, opening its first paragraph: "Dear Honourable Minister Ntuli", "Dear Ms Kaur,", "To everyone at Penrhos Town,". */
const SALUTATION = /^\s*(?:Dear\s+\p{Lu}|To\s+[^\n.!?]{3,60},$)/u;
/** A salutation to a body's members, a letter sent to them all: "Dear Shareholder,", "Dear Members", "Dear Parents and Carers,". */
// (In lower case too, "Dear members,", round 34; a pastor's "Dear friends," in a parish newsletter, round 40.)
const GROUP_SALUTATION = /^\s*Dear\s+(?:fellow\s+)?(?:friends|shareholders?|members?|colleagues?|stakeholders?|parents?(?:\s+and\s+carers)?|residents?|customers?|investors?|unitholders?|policyholders?|supporters?)\b/iu;
/** A closing in the letter's own words, a short line ending with a comma above the name: "Diolch o galon,", "With thanks,". */
// (Only above a line that is a name alone, `SIGNED_NAME_LINE`.)
const OWN_CLOSING = /^[^\n.!?:;]{2,40},$/u;
/** A line that is only a name, one to four capitalised words: "Rhodri", "Nomvula Dlamini-Reyneke". */
const SIGNED_NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
/** The most paragraphs a printed letter runs to, from its salutation to its closing. */
const MAX_LETTER_PARAGRAPHS = 40;
/** The paragraphs after the closing read for the signer's name ("Adv. Nomvula Dlamini-Reyneke" / "Chairperson: …"). */
const SIGNATURE_PARAGRAPHS = 2;
/** The most words of a signature's paragraph ("Chairperson: Board of Lebombo Water"). */
const MAX_SIGNATURE_WORDS = 10;

/** A letter printed in a story: its salutation's and closing's paragraphs (by position) and its signer. */
interface PrintedLetter {
  salutation: number;
  closing: number;
  /** The last paragraph of the signature under the closing (the name, the role): the layout's, nobody's words. */
  signed: number;
  signer: string;
}

/**
 * The letters a story prints in full: a paragraph announcing one (`PRINTED_IN_FULL`), then a salutation, a closing
 * within `MAX_LETTER_PARAGRAPHS`, and a person's full name in the paragraphs after the closing. None without all four:
 * a story quoting a line of a letter prints no letter.
 */
export function printedLetters(doc: SourceDocument): PrintedLetter[] {
  const letters: PrintedLetter[] = [];
  const { paragraphs } = doc;
  for (let at = 0; at + 1 < paragraphs.length; at++) {
    // (Or a letter to a body's members with no announcement, "Dear Shareholder," opening the chair's letter in a notice
    // of meeting, round 31: read from the paragraph before it, as if that announced it.)
    // (Or one set off by a rule with no announcement: a complaints service's page printing "a complaint … together with the
    // reply", each letter under a "---" with its address block, date and salutation, round 39.)
    // (A rule after the page's own words only: a body's letter with a rule under its letterhead is its own, the review of
    // round 39's rules.)
    const ruledOff = isThematicBreak(paragraphs[at]?.text.trim() ?? '') && paragraphs.slice(0, at).some((p) => endsSentence(p.text.trim()) && !isLetterLayout(p.text));
    if (!PRINTED_IN_FULL.test(paragraphs[at]?.text ?? '') && !GROUP_SALUTATION.test(paragraphs[at + 1]?.text ?? '') && !ruledOff) continue;
    const salutation = salutationAfter(paragraphs, at);
    if (salutation < 0) continue;
    const last = Math.min(paragraphs.length - 1, salutation + MAX_LETTER_PARAGRAPHS);
    let closing = -1;
    for (let i = salutation + 1; i <= last && closing < 0; i++) {
      const line = (paragraphs[i]?.text ?? '').split('\n')[0]?.trim() ?? '';
      // (Not past the next rule or salutation: a letter with no closing does not run on into the next one and take its
      // signer, the review of round 39's rules.)
      if (isThematicBreak(line) || SALUTATION.test(line) || GROUP_SALUTATION.test(line)) break;
      // (The name perhaps over its role: "Gareth Pellow" / "President, Wessex Vale Farmers' Union", round 34.)
      if (LETTER_CLOSING.test(line) || (OWN_CLOSING.test(line) && SIGNED_NAME_LINE.test(withoutNickname(paragraphs[i + 1]?.text.trim().split('\n')[0]?.trim() ?? '')))) closing = i;
    }
    if (closing < 0) continue;
    // (The closing's paragraph may go on with the name on the line below it.)
    // (Only the signature's own lines, up to the first that reads as a sentence: the story goes on after it, "Penrhos
    // Town FC would like to place on record …", "Council leader Gareth Hughes said he would reply.", the review of
    // round 30; a short line ending with an initial's stop, "Adv. Nomvula Dlamini-Reyneke", is the name.)
    const lines: string[] = [(paragraphs[closing]?.text ?? '').split('\n').slice(1).join('\n')];
    let signed = closing;
    for (const p of paragraphs.slice(closing + 1, closing + 1 + SIGNATURE_PARAGRAPHS)) {
      // (A sentence ends the signature: the story going on, "Council leader Gareth Hughes said he would reply.")
      if (endsSentence(p.text) || p.text.trim().split(/\s+/).length > MAX_SIGNATURE_WORDS) break;
      lines.push(p.text);
      signed++;
    }
    const signature = withoutNickname(lines.join('\n'));
    const signer = mentionsIn(signature).find((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' '))?.phrase.core ?? fullNameOf(doc, signature.trim().split('\n')[0]?.trim() ?? '');
    if (!signer) continue;
    letters.push({ salutation, closing, signed, signer: nameForInitial(doc, signer) ?? signer });
    at = closing;
  }
  return letters;
}

/** Whether a document opens as a letter itself: past its layout (an address, a date), its first paragraph a salutation. */
export function opensAsLetter(doc: SourceDocument): boolean {
  return salutationAfter(doc.paragraphs, -1) >= 0;
}

/**
 * Where the letter announced at `at` opens: its salutation in the next paragraph, or after the layout a letter is printed
 * with, a heading of its own ("A message from Rhodri"), a rule ("---"), the sender's and the recipient's address blocks
 * and the date (round 34: The Northern Echo's "She shared her letter with the Echo and asked that it be published in full."
 * over "Dr Ayesha Rahman / Director / Tyneside Maritime Museum", "2 May 2024", "Mr Richard Thornbury / Chair, Board of
 * Trustees", "Dear Richard,"); -1 when no salutation follows so.
 */
function salutationAfter(paragraphs: SourceDocument['paragraphs'], at: number): number {
  for (let i = at + 1; i <= at + 1 + LETTER_LAYOUT_PARAGRAPHS && i < paragraphs.length; i++) {
    const text = paragraphs[i]?.text ?? '';
    if (SALUTATION.test(text) || GROUP_SALUTATION.test(text)) return i;
    if (!isLetterLayout(text)) return -1;
  }
  return -1;
}

/** The most layout paragraphs (a heading, a rule, two address blocks, a date, a reference) between an announcement and its letter's salutation. */
const LETTER_LAYOUT_PARAGRAPHS = 6;
/** The most lines of an address block. */
const MAX_ADDRESS_LINES = 6;

/** Whether a paragraph is a printed letter's layout: a rule, or a few short lines none of which ends a sentence (a heading, an address, a date). */
function isLetterLayout(text: string): boolean {
  const lines = text.trim().split('\n').map((line) => line.trim());
  // (Every line: a rule then a paragraph of the story is no layout, the review of round 34.)
  return lines.length <= MAX_ADDRESS_LINES && lines.every((line) => isThematicBreak(line) || (LETTER_LAYOUT_LINE.test(line) && !endsSentence(line)));
}

/** One line of a letter's layout: short, no sentence inside it. */
const LETTER_LAYOUT_LINE = /^[^.!?]{1,80}$/u;

/**
 * The one full name a document gives a signer who signs with a first name alone ("Rhodri" for "Rhodri Evans"), perhaps
 * after a title ("Pastor Elspeth"); undefined when it gives none or two.
 */
function fullNameOf(doc: SourceDocument, signed: string): string | undefined {
  // (Or with a title before it, a pastor's "Pastor Elspeth" under her letter in a church bulletin that names her "The Rev.
  // Dr. Elspeth Marrow", round 58.)
  const words = signed.split(/\s+/u);
  const title = words.length === 2 && isTitle((words[0] as string).toLowerCase()) ? (words[0] as string) : undefined;
  const first = title ? (words[1] as string) : signed;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  // (Line by line: a staff list's "**Pastor:** The Rev. Dr. Hanna Lindgren" over "**Deacon:** …" does not run on into the next line.)
  // (With a title, only a full name on a line the title heads as its field, "**Pastor:** …", or printed with the title
  // before it: not "Father John" for the organist John Hartley, nor "Dr Sam" for the practice manager Sam Whitley beside
  // "Dr Samantha Okoro", the third review of round 58.)
  const titledLine = title ? new RegExp(String.raw`^[\s*_]*${escapeRegExp(title)}[\s*_]*:|(?<![\p{L}])${escapeRegExp(title)}\.?\s+${escapeRegExp(first)}\s`, 'iu') : undefined;
  const names = new Set(doc.paragraphs.flatMap((p) => p.text.split('\n').filter((line) => !titledLine || titledLine.test(line)).flatMap((line) => mentionsIn(line).filter((m) => m.phrase.kind === 'person' && m.phrase.core.startsWith(`${first} `)).map((m) => m.phrase.core))));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The one full name a document gives a signer who signs with an initial ("Mrs K. Lowe" under a head teacher's letter filed
 * by "Katherine Lowe", round 37): its filed author, the same surname after a first name of that initial.
 */
function nameForInitial(doc: SourceDocument, signer: string): string | undefined {
  const m = /^(\p{Lu})\.\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(signer);
  if (!m) return undefined;
  const [, initial, surname] = m;
  const fits = (name: string) => name.startsWith(initial as string) && name.endsWith(` ${surname}`) && /^\p{Lu}\p{Ll}+\s/u.test(name);
  // (The filed author only: "Mr Kevin Lowe, our site manager," in the letter is not "Mrs K. Lowe", the review of round 37.)
  const author = doc.source.author ?? '';
  return fits(author) ? author : undefined;
}

/** A letter's section heading: one short line, capitalised, with no stop and no closing comma ("The collection", "A request"). */
function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(text.trim());
}
const SECTION_HEADING = /^\p{Lu}[^\n.!?:;,]{2,50}$/u;
/** How many section headings show a letter laid out in sections. */
const MIN_SECTION_HEADINGS = 2;

/** The turns of the letters a story prints in full (see `printedLetters`): each letter's paragraphs its signer's. */
export function printedLetterTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  for (const { salutation, closing, signed, signer } of printedLetters(doc)) {
    // (The signature under the closing, "Gareth Pellow" / "President, Wessex Vale Farmers' Union", is nobody's words, as a
    // signed document's is, round 34.)
    for (let at = closing + 1; at <= signed; at++) turns[at] = { start: 0, speaker: undefined };
    // (Its section headings, "The collection", "The decision", are the letter's layout, nobody's words, round 34; only in a
    // letter with two or more, not a letter's one short line, "Thank you", the review of round 34.)
    const headings = new Set<number>();
    // (Not a list's items, "We ask you to:" / "Keep the ward open" / "Restore the night-shift funding": a heading follows
    // no colon and stands between paragraphs that are no headings, the review of round 34.)
    const heading = (at: number) => isSectionHeading(doc.paragraphs[at]?.text ?? '');
    for (let at = salutation + 1; at < closing; at++) if (heading(at) && !heading(at - 1) && !heading(at + 1) && !/:\s*$/u.test(doc.paragraphs[at - 1]?.text ?? '')) headings.add(at);
    for (let at = salutation; at <= closing; at++) turns[at] = headings.size >= MIN_SECTION_HEADINGS && headings.has(at) ? { start: 0, speaker: undefined } : { start: 0, speaker: signer, written: true };
  }
  return turns;
}

/** A letter printed inside one paragraph, a block quotation's: the words from the line after its salutation to its closing line, and its signer. */
interface LetterInParagraph {
  at: number;
  start: number;
  end: number;
  signer: string;
}

/** A letter's line of copies or enclosures under its signature: "cc: …", "Copy to: …", "Enc.", "Attachment:". */
const COPIES_LINE = /^\s*(?:c\.?\s?c\.?|b\.?c\.?c\.?|copy\s+to|copies\s+to|enc(?:l(?:osures?)?)?\.?|attachments?)\s*[:.]/iu;
/** The most lines of a signature under a letter's closing ("Walter Osei-Bramwell" / "Commissioner"). */
const SIGNATURE_LINES = 3;

/**
 * Rule "a letter reproduced in one block quotation is its signer's" (round 62: a state audit's "The Department of Labor's
 * response is reproduced below." over one quoted block holding the department's letterhead, date, addressee, "Dear Auditor
 * Lindgren-Ames:", three paragraphs, "Sincerely," and "Walter Osei-Bramwell" / "Commissioner"): the lines from the
 * salutation's next to the closing are the signer's words; the letterhead, the salutation and the signature nobody's.
 * Only after a paragraph announcing it (`PRINTED_IN_FULL`), with a salutation line, a closing line (`LETTER_CLOSING`) and a
 * person's full name in the lines under it.
 */
export function lettersInOneParagraph(doc: SourceDocument): LetterInParagraph[] {
  const letters: LetterInParagraph[] = [];
  doc.paragraphs.forEach((p, at) => {
    if (at === 0 || !PRINTED_IN_FULL.test(doc.paragraphs[at - 1]?.text ?? '') || !p.text.includes('\n')) return;
    const lines = p.text.split('\n');
    // (Each line's offset, summed once: a hostile paragraph of many lines costs no more than its length.)
    let offset = 0;
    const offsets = lines.map((line) => {
      const lineStart = offset;
      offset += line.length + 1;
      return lineStart;
    });
    const salutation = lines.findIndex((line) => SALUTATION.test(line) || GROUP_SALUTATION.test(line));
    const closing = salutation < 0 ? -1 : lines.findIndex((line, i) => i > salutation && LETTER_CLOSING.test(line));
    if (closing < 0) return;
    // (The signature's lines only, up to a copy's or an enclosure's, "cc: Cllr Priya Shah, Leader of the Council", the second
    // review of round 62; one signer only: a letter two sign is no one's of them alone.)
    const signatureLines = lines.slice(closing + 1, closing + 1 + SIGNATURE_LINES);
    const copied = signatureLines.findIndex((line) => COPIES_LINE.test(line));
    const signers = new Set(mentionsIn(signatureLines.slice(0, copied < 0 ? undefined : copied).join('\n')).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ')).map((m) => m.phrase.core));
    const [signer] = [...signers];
    if (!signer || signers.size > 1) return;
    letters.push({ at, start: offsets[salutation + 1] ?? p.text.length, end: offsets[closing] ?? p.text.length, signer });
  });
  return letters;
}

/** Whether a document may print a letter inside one paragraph (cheap: an announcement before a paragraph of several lines). */
export function mayPrintLetterInOneParagraph(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p, at) => at + 1 < doc.paragraphs.length && PRINTED_IN_FULL.test(p.text) && (doc.paragraphs[at + 1]?.text.includes('\n') ?? false));
}

/** Whether a document may print a letter in full (cheap: the announcing words and a salutation, or a salutation to a body's members). */
export function mayPrintLetter(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => GROUP_SALUTATION.test(p.text)) || (doc.paragraphs.some((p) => SALUTATION.test(p.text)) && doc.paragraphs.some((p) => PRINTED_IN_FULL.test(p.text) || isThematicBreak(p.text.trim())));
}
