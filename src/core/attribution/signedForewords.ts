/**
 * A foreword signed inside a body's document (round 30: a trade association's position paper opens with "Foreword from
 * the Chair", its chair's first-person note signed "Annelie Botha" / "Chair, …"; a regulator's consultation paper, a
 * charity's annual review): from the heading to the signature the paragraphs are the signer's words, not the issuing
 * body's; the signature lines are nobody's. The body's own voice resumes after.
 */
import type { SourceDocument } from '../model.js';
import { personBySurname } from './surnameInFull.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { endsSentence } from '../text/endsSentence.js';
import { LETTER_CLOSING, withoutNickname } from './letterClosings.js';
import { TRANSCRIPT_DIRECTION } from './stageDirections.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { inFirstPerson } from './firstPerson.js';
import { withoutCourtesyTitles } from './courtesyTitles.js';
import { isJournalismOrRecord } from './journalismGenres.js';
import { nameOnly } from './nameRuns.js';
import { dottedLetters, isPlaceName, isRoleNoun, isTitle, POST_NOMINAL_WORDS, RELATION_NOUNS } from './nameWords.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';

/**
 * A signed note's heading: "Foreword", "Foreword from the Chair", "Welcome from our Chair", "From our Chief Executive",
 * "Chair's statement", "A message from the Chief Executive". Not a report's bare "Introduction", a section of the
 * body's own.
 */
// (Or from a board's office, "A Letter from Our Board Chair" over a nonprofit's annual report, round 62.)
// (And "A word from our Chief Executive", "A letter from the Chair", a tenant newsletter's, round 34; a union bulletin's
// "From the General Secretary", round 38.)
// (And an office's report appended to minutes, "Appendix 1: Chief Executive's report to the Board, 27 March 2025",
// "APPENDIX A: VICE-CHANCELLOR'S REPORT TO COUNCIL, JUNE 2025", signed by its holder, round 59: only a report "to" a body,
// not an agenda item's "Chair's report", the minutes' own narration.)
const FOREWORD_HEADING = /^(?:(?:a\s+)?(?:(?:foreword|preface|welcome|message|note|introduction|word|letter)\s+)?(?:from|by)\s+(?:the\s+|our\s+)(?:(?:deputy|assistant|vice)\s+)?(?:(?:board|general|executive|managing)\s+)?(?:chair(?:man|woman|person)?|chief\s+executive|ceo|president|director|commissioner|minister|secretary|mayor|vice-chancellor|founder|principal|head\s*teacher|head|editor|secretary-general)|(?:a\s+)?(?:foreword|preface|welcome|message|note|introduction|word)\s+(?:from|by)\s+(?:the\s+|our\s+)?[\p{L}'’ -]{2,50}|(?:ministerial\s+)?foreword|preface|(?:the\s+|our\s+)?(?:chair(?:man|woman|person)?|chief\s+executive(?:\s+officer)?|ceo|president|director|commissioner|minister|secretary|mayor|vice-chancellor)['’]s\s+(?:foreword|introduction|message|welcome|statement|note|letter|review))$/iu;
/** A heading's section number before its words, "1. Ministerial foreword", "2.1 Foreword", "A. Preface" (round 61, a consultation response's numbered sections). */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)\s+/u;
/** Whether a paragraph is a foreword's heading (`FOREWORD_HEADING`), read trimmed and without its section number. */
function isForewordHeading(text: string): boolean {
  return FOREWORD_HEADING.test(text.trim().replace(SECTION_NUMBER, ''));
}
/**
 * An office's report appended to minutes, "Appendix 1: Chief Executive's report to the Board, 27 March 2025", "APPENDIX A:
 * VICE-CHANCELLOR'S REPORT TO COUNCIL, JUNE 2025" (round 59; group 1: the office). Signed by the office's holder only (see
 * `signedByHeadingsOffice`): not the minutes' own agenda item "Chief Executive's report to the Board", nor a list of papers
 * taken as read signed by the chair who signs the minutes (the second review of round 59).
 */
const APPENDED_OFFICE_REPORT = /^appendix\s+[\dA-Z]{1,3}\s*[:.–—-]\s+(?:the\s+)?(chair(?:man|woman|person)?|chief\s+executive(?:\s+officer)?|president|director|vice-chancellor|principal|mayor|managing\s+director|general\s+manager|chief\s+constable|commissioner)['’]s\s+report\s+to\s+(?:the\s+)?\p{Lu}[\p{L}' -]{1,40}(?:,\s+[\p{L}\d ]{3,30})?$/iu;

/** The most paragraphs a signed note runs to before its signature. */
const MAX_NOTE_PARAGRAPHS = 20;
/** A minister's style before a signed name: "Rt Hon", "The Rt Hon", "Hon". */
const HONOURABLE_STYLE = String.raw`(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+`;
/** Letters after a signed name: "MP", "KC", "OBE" (`POST_NOMINAL_WORDS`), with stops or without, "T.D." (round 31). */
const POST_NOMINALS_AFTER = String.raw`(?:\s+(?:${POST_NOMINAL_WORDS.map(dottedLetters).join('|')}))*`;
/** A signed name's style and letters, to be taken off before reading the name itself. */
const STYLE_BEFORE = new RegExp(`^${HONOURABLE_STYLE}`);
const LETTERS_AFTER = new RegExp(`${POST_NOMINALS_AFTER}$`);
/** A signature's name line: two to four capitalised words (a title's included), alone on the line. */
// (With a minister's style and letters, "Rt Hon Nadia Haworth MP", round 30.)
const SIGNATURE_NAME = new RegExp(String.raw`^(?:${HONOURABLE_STYLE})?(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Rev|Revd|Bishop|Mayor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}${POST_NOMINALS_AFTER}$`, 'u');
/** A role after a signed name's comma, on its line: ", Chair", ", Chief Executive Officer" (no stop, a few words). */
const ROLE_AFTER_COMMA = /,\s+\p{Lu}[^,.!?:;\n]{1,50}$/u;
/** A heading: one short line with no sentence's stop ("Key findings", "Foreword from the Minister for Energy Consumers"). */
const SECTION_HEADING = /^[^\n.!?:;,]{2,80}$/u;
/** The most words of a heading that ends the search for a signature (see `SECTION_HEADING`). */
const MAX_HEADING_WORDS = 8;
/** A contact's email address or telephone number: the lines under a name are a contact block, not a signature. */
/** An email address's at-sign and domain, "@unhcr.example". */
export const EMAIL_ADDRESS = /@[\w-]+\./u;
/** A telephone number, "+41 79 000 00 00". */
export const TELEPHONE_NUMBER = /\+?\d[\d\s()-]{7,}\d/u;
export const CONTACT = new RegExp(`${EMAIL_ADDRESS.source}|${TELEPHONE_NUMBER.source}`, 'u');
/** A line under a signed name: a role, with no sentence's stop ("Chair, Cape Independent Winegrowers' Association", "Commissioner"). */
const ROLE_LINE = /^[^.!?\n]{2,100}$/u;

/** A signature block's first line when it holds only the signer's style, printed above the name: "HON. (DR.)" (round 32). */
const STYLE_LINE = /^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?|\(?(?:dr|prof|eng|engr)\.?\)?)(?:\s+(?:(?:rt\.?\s+)?hon\.?|\(?(?:dr|prof|eng|engr)\.?\)?))*$/iu;
/** A line left blank for the signing, over a signature: "SIGNED ………… DATE ……………", "Signed: ________" (round 32). */
const SIGNING_LINE = /^(?:signed|signature)\s*:?[\s….·_-]*(?:date\s*:?[\s….·_-]*)?$/iu;

/**
 * A signature's name line as the signature prints it: in capitals after a style ("HON. (DR.) PAMELA ACHIENG OKELLO, MP"),
 * under a style line or under a line left for the signing, cased as a name is ("Pamela Achieng Okello, MP"), round 32.
 */
function printedNameLine(text: string, before: string): string {
  const lines = text.trim().split('\n').map((line) => line.trim());
  const styled = STYLE_LINE.test(lines[0] ?? '') && lines.length > 1;
  const line = (styled ? lines[1] : lines[0]) ?? '';
  const style = STYLE_IN_CAPITALS.exec(line)?.[0] ?? '';
  return (styled || style || SIGNING_LINE.test(before.trim())) && !/\p{Ll}/u.test(line) ? casedCapitals(line.slice(style.length)) : line;
}
/** A style in capitals before a name in capitals: "HON. (DR.) ", "THE RT HON ", "DR " (empty when there is none). */
const STYLE_IN_CAPITALS = /^(?:(?:THE\s+)?(?:RT\.?\s+)?HON\.?\s+)?(?:\(?(?:DR|PROF|ENG|ENGR)\.?\)?\s+)?/u;

/** Two signers on a signature's one line: "Maren Solberg and Kwame Asante-Doyle" (groups 1 and 2: each name as printed; 3: the lines after). */
const JOINT_SIGNATURE = /^([^\n]+?)[ \t]+(?:and|&)[ \t]+([^\n]+?)(\n[\s\S]*)?$/u;

/**
 * The signer a paragraph names as a signature's first line, when it is one (see `SIGNATURE_NAME`); two who sign one line
 * jointly, each a signature's name, as the line joins them: a party's co-leaders under their manifesto's foreword,
 * "Maren Solberg and Kwame Asante-Doyle" / "Co-leaders, Green Left Alliance" (round 54).
 */
function signatureName(printed: string, before = ''): string | undefined {
  // (Under a closing on the paragraph's first line, "Ngā mihi nui,\nMiriama Tautahi", round 59.)
  const lines = printed.trim().split('\n');
  const text = lines.length > 1 && LETTER_CLOSING.test(lines[0] ?? '') ? lines.slice(1).join('\n') : printed;
  const joint = JOINT_SIGNATURE.exec(text.trim());
  if (joint) {
    const first = oneSignatureName(joint[1] as string, before);
    const second = oneSignatureName(`${joint[2]}${joint[3] ?? ''}`, before);
    // (Else one signer whose role holds the "and", "Dr Helen Marsh-Oyelaran, Chair of Audit and Risk", the review of round 54.)
    if (first && second) return `${first} and ${second}`;
  }
  return oneSignatureName(text, before);
}

/** One signer a paragraph names as a signature's first line (see `signatureName`). */
function oneSignatureName(text: string, before: string): string | undefined {
  // (And a cleric's "The Revd" before the name, "The Revd Anna Kowalczyk, Vicar of Hollinshaw", round 49.)
  // (And without a nickname in quotation marks, "Margaret “Peg” Dunleavy" signing as Margaret Dunleavy, round 53.)
  const line = printedNameLine(withoutNickname(text), before).replace(COLLAR_NUMBER_BEFORE, '').replace(CLERICS_THE, '');
  // (Or with the role after a comma on the same line, "Alasdair Munro, Chair", round 31; not a pull quote's caption, the
  // same line under a quotation, "“We have not yet earned back the trust we lost.”" / "Margaret Ellery, Chair".)
  const first = SIGNATURE_NAME.test(line) || /[”"’]\s*$/u.test(before.trim()) ? line : line.replace(ROLE_AFTER_COMMA, '');
  if (!SIGNATURE_NAME.test(first)) return undefined;
  // (A name in capitals cased as a name is, "ANNA REYES, PRACTICE MANAGER" signed by Anna Reyes, the review of round 39's
  // rules.)
  const printed = first.replace(STYLE_BEFORE, '').replace(LETTERS_AFTER, '').trim();
  const bare = /\p{Ll}/u.test(printed) ? printed : casedCapitals(printed);
  const name = nameOnly(bare);
  // (The name without the minister's style and the letters after it, "Conall Breathnach" for "Conall Breathnach T.D.",
  // "Nadia Haworth" for "Rt Hon Nadia Haworth MP", as the text calls them, round 31; and without a courtesy title,
  // "Cordelia Fenwick-Ashe" for "Dame Cordelia Fenwick-Ashe", "Deborah Ainsley" for "Councillor Deborah Ainsley", as a
  // byline's is taken off, round 44; only before a given name, and a clergy's or a married name's style kept, "Mrs C.
  // Hartley", "Revd Canon Alison Marchbank", as their labellers give them.)
  return name?.kind === 'person' && name.core.includes(' ') ? withoutCourtesyTitles(bare) : undefined;
}

/** The turns of the signed notes a document prints under a foreword's heading (see the module's note). */
export function signedForewordTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  const { paragraphs } = doc;
  // (An office's statement runs over its subheadings only in the issuing body's own document, a results announcement or an
  // annual report: not a news story or a media release, whose contacts sign nothing, the second review of round 59.)
  // (A company's or a charity's own report is no journalism's "report", the third review of round 59; a newsletter, a
  // bulletin, a magazine, an editorial are, the fourth.)
  const kind = doc.source.kind ?? '';
  const maySpanSubheadings = !isJournalismOrRecord(kind.replace(COMPANYS_OWN_REPORT, '')) && !RELEASE_KIND.test(kind);
  for (let at = 0; at < paragraphs.length; at++) {
    const appended = APPENDED_OFFICE_REPORT.exec(paragraphs[at]?.text.trim() ?? '')?.[1];
    if (!isForewordHeading(paragraphs[at]?.text ?? '') && !appended) continue;
    let end = -1;
    let signer: string | undefined;
    let i = at + 2;
    for (; i < paragraphs.length && i <= at + MAX_NOTE_PARAGRAPHS && end < 0; i++) {
      const text = paragraphs[i]?.text.trim() ?? '';
      signer = signatureName(text, paragraphs[i - 1]?.text);
      // (Not a contact block, "Amina Yusuf\nPress Officer\namina@…": a press officer signs no foreword.)
      if (signer && CONTACT.test([text, paragraphs[i + 1]?.text ?? ''].join('\n'))) signer = undefined;
      if (signer) end = i;
      else if (SIGNING_LINE.test(text)) continue;
      // (Not past the next heading, a section of the body's own ("Key findings") or the next note's: an unsigned
      // foreword gives nobody the report, the review of round 30; a second minister's foreword is the second's. Past its own
      // subheadings only to a signature with the heading's office under it, `signedByOfficeAhead`.)
      else if (isSectionHeading(text) && !(maySpanSubheadings && signedByOfficeAhead(paragraphs, at, i))) break;
      // (Nor past the next note's or appendix's heading, "Appendix 2: Chair's report to the Board, 27 March 2025", which a
      // date's comma keeps from reading as a heading, the second review of round 59.)
      else if (isForewordHeading(text) || APPENDED_OFFICE_REPORT.test(text)) break;
    }
    // (An appended report is its office-holder's: signed with the office under the name, or by the one its byline under the
    // heading names with it, "Professor Miriama Tautahi, Vice-Chancellor"; not the chair who signs the minutes.)
    if (appended && signer && !signedByHeadingsOffice(paragraphs, at, end, appended)) signer = undefined;
    // (Unsigned, an office's section, "Chief Executive's Review" in a results announcement, is the one the document names
    // as holding the office, "Ciarán Fallon, Chief Executive Officer", up to the next heading.)
    const office = end < 0 ? OFFICES_NOTE.exec(paragraphs[at]?.text.trim() ?? '')?.[1] : undefined;
    const holder = office ? holderNamed(doc, office) : undefined;
    // (Not one that speaks of its holder, "Ms Halvorsen said the grocery contract was …" (`speaksOf`, as a section signed
    // with a role is read): the company's account of the division, round 44; whatever a section in the first person calls
    // someone, "since my grandmother, Mrs Dunne, opened our first shop", a final review of round 44.)
    const section = paragraphs.slice(at + 1, i);
    const spokenOf = !!holder && !section.some((p) => inFirstPerson(p.text)) && section.some((p) => speaksOf(p.text, holder));
    if (holder && !spokenOf) {
      turns[at] = { start: 0, speaker: undefined };
      for (let j = at + 1; j < i && j < paragraphs.length; j++) if (!SECTION_HEADING.test(paragraphs[j]?.text.trim() ?? '')) turns[j] = { start: 0, speaker: holder, written: true };
      continue;
    }
    if (end < 0 || !signer) continue;
    turns[at] = { start: 0, speaker: undefined };
    // (A subheading on the way, "Dividend", "Outlook", is nobody's; so is a byline under the heading naming the signer,
    // "Professor Miriama Tautahi, Vice-Chancellor", round 59.)
    const byline = (j: number) => j === at + 1 && signatureName(paragraphs[j]?.text ?? '') === signer;
    for (let j = at + 1; j < end; j++) turns[j] = SIGNING_LINE.test(paragraphs[j]?.text.trim() ?? '') || (j > at + 1 && isSectionHeading(paragraphs[j]?.text ?? '')) || byline(j) ? { start: 0, speaker: undefined } : { start: 0, speaker: signer, written: true };
    turns[end] = { start: 0, speaker: undefined };
    // (The role on the paragraph after the name: "Commissioner".)
    if (ROLE_LINE.test(paragraphs[end + 1]?.text.trim() ?? '') && !(paragraphs[end]?.text ?? '').includes('\n')) turns[end + 1] = { start: 0, speaker: undefined };
    at = end;
  }
  headedStatementTurns(doc, turns);
  // (And a document with a signed foreword may sign other sections with name and role, a newsletter's "A word from our
  // Practice Manager" and its "Patient Participation Group corner", round 39.)
  if (turns.some(Boolean)) sectionsSignedWithRoleTurns(doc).forEach((turn, at) => {
    turns[at] ??= turn;
  });
  return turns;
}

/**
 * Rule "a section its writer signs with name and role is theirs" (round 39: a practice's newsletter, "Patient
 * Participation Group corner" / "Our Patient Participation Group (PPG) met in May …" / "Derek Hollis, Chair, Riverside
 * PPG"): under any heading, the paragraphs up to a signature line naming a person and a role after a comma, before the
 * next heading, are the signer's; the heading and the signature are nobody's. Not in journalism, whose "Jane Doe,
 * Reuters" under a section is a byline or a caption's.
 */
// (Only the section's last paragraph, one such line alone, not a list of a team's names and roles; not a contact's, its
// email or telephone on the line after; nor in a record, minutes' "The meeting closed at 9.15pm." over "Ann Lee, Chair":
// the review of round 39's rules. An item in the third person signed so is still its signer's, a teacher's "Year 4 had a
// brilliant day at the Thackray Museum" over "Miss R. Patel, Year 4 Teacher", as 199's labeller read it.)
export function sectionsSignedWithRoleTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  const { paragraphs } = doc;
  if (JOURNALISM_KIND.test(doc.source.kind ?? '') || RECORD_KIND.test(doc.source.kind ?? '')) return turns;
  // (A newsletter's question over its item is a heading too, "Could you join our patient group?", the review of round 39.)
  const heading = (i: number) => isSectionHeading(paragraphs[i]?.text ?? '') || isQuestionHeading(paragraphs[i]?.text ?? '');
  const nameAndRole = (i: number) => NAME_AND_ROLE_LINE.test(paragraphs[i]?.text.trim() ?? '');
  for (let at = 0; at < paragraphs.length; at++) {
    if (turns[at] || !heading(at)) continue;
    // (A question in the writer's own first person goes on with the section, "So why are we asking now?", the review of
    // round 40: a heading's question asks the reader.)
    // (Only within a section already in the first person: not the practice's "Opening hours" item carried to the signer of
    // the next one by its "Can we help you?", the review of round 41.)
    // (Nor one asking the reader, "Can we help you with the NHS App?", another item's heading, the review of round 41.)
    // (Nor the signer's given name alone over the signature, "Anna" over "The Revd Anna Kowalczyk, Vicar of Hollinshaw",
    // round 49.)
    const signedGivenName = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(paragraphs[i]?.text.trim() ?? '') && nameAndRole(i + 1) && (paragraphs[i + 1]?.text ?? '').includes(` ${paragraphs[i]?.text.trim()} `);
    const stops = (i: number) => heading(i) && !signedGivenName(i) && !(isQuestionHeading(paragraphs[i]?.text ?? '') && FIRST_PERSON_SUBJECT.test(paragraphs[i]?.text ?? '') && !ASKING_THE_READER.test(paragraphs[i]?.text ?? '') && paragraphs.slice(at + 1, i).some((p) => inFirstPerson(p.text)));
    for (let i = at + 2; i < paragraphs.length && i <= at + MAX_NOTE_PARAGRAPHS && !stops(i) && !turns[i]; i++) {
      const text = paragraphs[i]?.text.trim() ?? '';
      if (!nameAndRole(i)) continue;
      // (The next paragraph a heading, or a short line with no sentence's stop, "You said, we did".)
      const next = paragraphs[i + 1]?.text.trim() ?? '';
      const closes = i + 1 >= paragraphs.length || heading(i + 1) || (!endsSentence(next) && !next.includes('\n') && next.split(/\s+/u).length <= MAX_HEADING_WORDS);
      // (Over sentences, a letter's greeting and closing with them, not a release's list of links, "Proposal for a Regulation on
      // single European rail ticketing", whose credit line needs its "Quote(s)" heading, round 25.)
      // (The signer's given name alone on its line over the signature is no heading, `signedGivenName`.)
      const prose = paragraphs.slice(at + 1, i).every((p, k) => /[.!?,:;"”’)]$/u.test(p.text.trim()) || (at + 1 + k === i - 1 && signedGivenName(i - 1)));
      // (Not a line a colon announces, a contact's or a thanks list's: "For more information please contact:" / "Jane Doe,
      // Communications Manager", "Special thanks to:" / "Mrs J. Patel, PTA Chair", the review of round 39.)
      const announced = /:$/u.test(paragraphs[i - 1]?.text.trim() ?? '');
      // (Nor a letter's signature under its closing, "Yours faithfully," / "Tom Ashworth" / "Chair, Lune Valley Rivers Trust",
      // now that the role may stand on the name's next line: the letter rules read a letter's signer, guide 215, round 49.)
      if (LETTER_CLOSING.test(paragraphs[i - 1]?.text ?? '') && text.includes('\n')) break;
      if (!closes || !prose || announced || nameAndRole(i - 1) || nameAndRole(i + 1) || CONTACT.test([text, next].join('\n'))) break;
      // (The name before the first comma, cased when in capitals: "Derek Hollis, Chair, Riverside PPG" names a role and its
      // body after it; "ANNA REYES, PRACTICE MANAGER" is Anna Reyes.)
      // (On two lines, the second a role's, a role noun in it: not an address, "Little Haddon Village Hall" / "Church Lane",
      // the review of round 49.)
      if (text.includes('\n') && !(text.split('\n')[1] ?? '').split(/[\s,]+/u).some((w) => isRoleNoun(w.replace(/[^\p{L}-]/gu, '')))) break;
      const printed = text.split(/,|\n/u)[0] ?? '';
      const signer = signatureName(/\p{Ll}/u.test(printed) ? printed : casedCapitals(printed), paragraphs[i - 1]?.text);
      // (Nor a section that speaks of the one named under it, a caption's: "We are delighted to welcome Sarah to the team"
      // over "Sarah Jones, Practice Nurse", the review of round 39.)
      const spokenOf = signer !== undefined && paragraphs.slice(at + 1, i).some((p) => speaksOf(p.text, signer));
      if (!signer || spokenOf) break;
      turns[at] = { start: 0, speaker: undefined };
      for (let j = at + 1; j < i; j++) turns[j] = { start: 0, speaker: signer, written: true };
      turns[i] = { start: 0, speaker: undefined };
      at = i;
      break;
    }
  }
  return turns;
}
/** A question's "you", the reader it asks (see `sectionsSignedWithRoleTurns`). */
const ASKING_THE_READER = /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu;
/** A writer's own "I" or "we" (see `sectionsSignedWithRoleTurns`). */
const FIRST_PERSON_SUBJECT = /(?<![\p{L}])(?:I|[Ww]e)(?![\p{L}])/u;
/** A heading put as a question: one short line ending with a question mark ("Could you join our patient group?"). */
function isQuestionHeading(text: string): boolean {
  const line = text.trim();
  return /^[^\n.!:;]{2,80}\?$/u.test(line) && line.split(/\s+/).length <= MAX_HEADING_WORDS;
}
/** A heading: one short line with no sentence's stop (see `SECTION_HEADING`, `MAX_HEADING_WORDS`). */
/**
 * Rule "an office's statement runs over its subheadings to the holder's signature" (round 59, an RNS results announcement):
 * "Chair's statement" / "I am pleased to report …" / "Dividend" / … / "Outlook" / … / "Helen Margesson" / "Chair", and the
 * "Chief Executive Officer's review" signed "Rafael Quint" / "Chief Executive Officer": the statement is the signer's,
 * subheadings and all, when a signature ahead, before another note's heading, has the heading's office on the line under
 * its name (or after its comma).
 */
// (Only over topic subheadings, "Dividend", "Outlook": never into another section of the body's, "Financial review",
// "Treasurer's report", "Principal risks", "Responsibility statement", "About the Trust", nor to a signature in a contact
// block or a board's biography, the office under the name exactly, "Chair", not "Chair of the Audit Committee": the second
// review of round 59.)
function signedByOfficeAhead(paragraphs: SourceDocument['paragraphs'], at: number, from: number): boolean {
  const office = OFFICES_NOTE.exec(paragraphs[at]?.text.trim() ?? '')?.[1];
  if (!office || BODYS_OWN_SECTION.test(paragraphs[from]?.text ?? '')) return false;
  for (let k = from + 1; k < paragraphs.length && k <= at + MAX_NOTE_PARAGRAPHS; k++) {
    const text = paragraphs[k]?.text.trim() ?? '';
    if (isForewordHeading(text) || (isSectionHeading(text) && BODYS_OWN_SECTION.test(text))) return false;
    if (!signatureName(text, paragraphs[k - 1]?.text)) continue;
    const { role, onNextLine } = signaturesRole(paragraphs, k);
    const after = paragraphs[onNextLine ? k + 2 : k + 1]?.text.trim() ?? '';
    // (The signature closes the statement: a heading or the end after it, no contact's lines.)
    const closes = after === '' || isSectionHeading(after);
    return holdsOffice(role, office) && closes && !CONTACT.test([text, paragraphs[k + 1]?.text ?? '', paragraphs[k + 2]?.text ?? ''].join('\n'));
  }
  return false;
}
/**
 * The role a signature prints: on the lines under the name, after its comma, or else on the paragraph after it (`onNextLine`);
 * a closing line over the name, "Ngā mihi nui,", is no part of it.
 */
function signaturesRole(paragraphs: SourceDocument['paragraphs'], at: number): { role: string; onNextLine: boolean } {
  const lines = (paragraphs[at]?.text.trim() ?? '').split('\n').filter((line) => !LETTER_CLOSING.test(line));
  const signed = lines[0] ?? '';
  if (lines.length > 1) return { role: lines.slice(1).join(' '), onNextLine: false };
  if (signed.includes(',')) return { role: signed.slice(signed.indexOf(',') + 1), onNextLine: false };
  return { role: paragraphs[at + 1]?.text.trim() ?? '', onNextLine: true };
}
/** Whether a signature's role line is the office itself, perhaps with its body after a comma: "Chair", "Chair, Corvane Group plc". */
function holdsOffice(role: string, office: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[.*_]/gu, '').replace(/\s+/gu, ' ').trim();
  const printed = words(role.split(',')[0] ?? '');
  return printed === words(office);
}
/** A section of the body's own by its heading's words: a review, a report, a statement, risks, accounts, contacts. */
const BODYS_OWN_SECTION = /\b(?:review|report|statement|risks?|accounts|directors|board\s+of|about|contacts?|enquiries|notes?\s+to\s+editors|key\s+figures|biograph(?:y|ies))\b/iu;
/** A company's or a charity's own report, which a statement's span may run in: "annual report", "integrated report", "trustees' report". */
const COMPANYS_OWN_REPORT = /\b(?:annual|integrated|strategic|interim|half-year|trustees['’]?|directors['’]?)\s+report(?:\s+and\s+accounts)?\b/giu;
/** A release's genre, whose contact lines sign nothing. */
const RELEASE_KIND = /\b(?:press|media|news)\s+(?:release|statement)\b/iu;

/**
 * Whether an appended office report's signer holds the heading's office: the office on the line under the signature or
 * after its comma, or a byline under the heading naming the signer with it.
 */
function signedByHeadingsOffice(paragraphs: SourceDocument['paragraphs'], at: number, end: number, office: string): boolean {
  const text = paragraphs[end]?.text.trim() ?? '';
  if (holdsOffice(signaturesRole(paragraphs, end).role, office)) return true;
  const byline = paragraphs[at + 1]?.text.trim().replace(/^[*_]+|[*_]+$/gu, '') ?? '';
  const signer = signatureName(text, paragraphs[end - 1]?.text);
  return !!signer && byline.includes(signer) && holdsOffice(byline.slice(byline.indexOf(',') + 1), office);
}
/**
 * An office's note or section by its heading, "Chair's statement", "Chief Executive's Review", "Chief Executive Officer's
 * review" (group 1: the office): signed, it spans its subheadings (`signedByOfficeAhead`); unsigned, it is the holder's the
 * document names (`holderNamed`). One pattern for both since round 59's re-read.
 */
const OFFICES_NOTE = /^(?:the\s+|our\s+)?(chair(?:man|woman|person)?|chief\s+executive(?:\s+officer)?|president|managing\s+director|chief\s+operating\s+officer|chief\s+financial\s+officer|finance\s+director)['’]s\s+(?:review|statement|report|message|letter|introduction)$/iu;

function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(text.trim()) && text.trim().split(/\s+/).length <= MAX_HEADING_WORDS;
}
/** A record's genre, whose "Ann Lee, Chair" under its last item signs the record, not the item: minutes, a transcript. */
const RECORD_KIND = /\b(?:minutes|transcripts?|records?|proceedings|hansard)\b/iu;
/** A signature line naming a person and a role after a comma: "Derek Hollis, Chair, Riverside PPG" (cheap, for `mayHaveSectionsSignedWithRole`). */
// (One line: "Tom Ashworth" over "Chair, Lune Valley Rivers Trust" is a letter's signature block, `closingSignature`'s.)
// (A role's words capitalised but for "of", "and", "the", "for", a number's: not a caption's "Jane Doe, Chief Executive, at
// the opening in Leeds", round 35.)
/** A police officer's rank and collar number before a signed name: "PCSO 7712 ", "PC 4471 " (round 47). */
const COLLAR_NUMBER = String.raw`(?:PCSO|PC|DC|DS|PS|Sgt)\.?[ \t]+\d{1,6}[ \t]+`;
// (Or an officer's with rank and collar number before the name, "PCSO 7712 Kerry Ashworth, Eastmarch Police", round 47.)
// (Or the role on the line under the name, "Adebayo Ilori\nChief Executive Officer", a prospectus's statement, round 49.)
const NAME_AND_ROLE_LINE = new RegExp(String.raw`^(?:${COLLAR_NUMBER})?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}(?:,[ \t]+|[ \t]*\n[ \t]*)\p{Lu}[\p{L}'’&-]*(?:,?[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|\d+|of|and|the|for|&))*$`, 'u');
/** `COLLAR_NUMBER` opening a signed line, before the name. */
/** A cleric's style's "The " before the name: "The Revd Anna Kowalczyk", "The Very Revd …", "The Rt Revd …". */
const CLERICS_THE = /^The\s+(?=(?:Rt\.?\s+|Very\s+|Most\s+)?(?:Revd|Rev\.|Reverend|Ven\.|Venerable)\s)/u;
const COLLAR_NUMBER_BEFORE = new RegExp(String.raw`^${COLLAR_NUMBER}(?=\p{Lu})`, 'u');

/**
 * A statement headed with its maker's name ("by" or "of", not "from"), "Statement by Dr. Anjali Deshmukh", "Opening Statement by Ms Siobhán
 * Kearney-Doyle, Chief Executive, …", "Dissent by …" (group 1: what follows "by", the name and perhaps a role after a
 * comma).
 */
const STATEMENT_BY_HEADING = /^(?:(?:[A-H]|[IVX]{1,4})\.\s+)?(?:(?:opening|closing|written|personal|individual|separate|dissenting|concurring|minority|explanatory)\s+)?(?:statement|remarks|dissent|opinion|minute|note|speech|address|memorandum)\s+(?:by|of)\s+(\p{Lu}[^.!?:;\n]{3,150}?|\p{Lu}[^!?:;\n]{3,150}?)$/iu;
/** The most paragraphs one headed statement runs to, so that a heading a document never closes gives no one the rest of a long document. */
const MAX_STATEMENT_PARAGRAPHS = 30;
/** A paragraph that is a heading or a sign-off: every line short, none ending a sentence ("Statement by …", "(Meera Kulshreshtha)" / "Chief General Manager"). */
function isHeadingBlock(text: string, numbered = false): boolean {
  const lines = text.trim().split('\n');
  // (Numbered too, "8. Financial implications", over a credit line, round 49; where a section ends, only as a heading the
  // document sets as one: a numbered list, "1. Stopping the marina extension", goes on with it, the review of round 49.)
  const heading = numbered ? /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[^.!?]{1,100}$/u : /^[^.!?]{1,100}$/u;
  return lines.length <= 3 && lines.every((line) => heading.test(line.trim()) || /^\S+\.$/u.test(line.trim())) && text.split(/\s+/).length <= 16;
}

/** The maker a statement's heading names (see `STATEMENT_BY_HEADING`): one person's name, with a title at most; not "the Governor". */
function statementMaker(heading: string, doc?: SourceDocument): string | undefined {
  return personHeadingNames(STATEMENT_BY_HEADING.exec(heading.trim())?.[1], doc);
}

/**
 * A speech's heading naming its speaker: "Speech by Kari Nordvik Lund, President and CEO", "Lecture by Professor Ann
 * Lee", "Sermon by Rev. John Smith", "Eulogy delivered by Mary Adeyemi" (group 1: the name and perhaps a role after a
 * comma); not a statement's, a note's or a dissent's heading, whose maker may only introduce the speech (the review of
 * round 33).
 */
const SPEECH_BY_HEADING = /^(?:(?:opening|closing|keynote|inaugural|commencement|graduation|farewell|guest|memorial|public|annual|plenary)\s+)?(?:speech|remarks|address|lecture|keynote|sermon|homily|eulogy|oration)\s+(?:(?:as\s+)?(?:delivered|given|preached)\s+)?(?:by|of)\s+(\p{Lu}[^.!?:;\n]{3,150}?|\p{Lu}[^!?:;\n]{3,150}?)$/iu;

/** The speaker a speech's heading names (see `SPEECH_BY_HEADING`): one person's name, with a title at most. */
export function speechMaker(heading: string): string | undefined {
  return personHeadingNames(SPEECH_BY_HEADING.exec(heading.trim())?.[1]);
}

/** An occasion or a place after a speaker's name in a heading: " at the flood memorial", " to Parliament", " on the budget". */
const OCCASION_AFTER_NAME = /\s+(?:at|to|on|before|during|in)\s+\S.*$/u;

/** The one person a heading's "by …" names, without a role after a comma or an office before the name; undefined for a body or an office alone. */
function personHeadingNames(named: string | undefined, doc?: SourceDocument): string | undefined {
  // (Without the occasion after the name, "Speech by Mayor Dana Procházková at the flood memorial", "Address by Prime
  // Minister Jane Doe to Parliament", round 36.)
  const [first, second] = (named ?? '').split(',').map((part) => part.trim().replace(OCCASION_AFTER_NAME, ''));
  // (A cleric's style after "the", "Sermon preached by the Revd John Smith", the review of round 33.)
  const name = first ? nameOnly(first.replace(/^the\s+(?=\p{Lu})/u, '')) : undefined;
  // (The name without the office before it, "Address by Prime Minister Jane Doe" is Jane Doe's, as a judge's is, the review
  // of round 32.)
  if (name?.kind === 'person' && name.core.includes(' ')) return name.core;
  // (A courtesy title and a surname, "Explanatory memorandum by Mr Berglund-Aho, rapporteur for opinion": the full name the
  // document gives that surname, "Rapporteur: Mr Jonas Berglund-Aho, Finland, …", round 64.)
  const titled = doc && name?.kind === 'person' && name.text !== name.core ? personBySurname(doc, name.core, name.text.split(/\s+/u)[0]) : undefined;
  if (titled) return titled;
  // (Or the office, then the name after its comma: "Speech by the Mayor of Kolín, Dana Procházková, at the commemoration
  // …", round 35; not "Speech by the Mayor, at the commemoration", which names nobody.)
  // (An office by its title's word, "the Mayor of Kolín"; not a relation, "the son of the late President", the review of
  // round 35.)
  const office = first ? labelPhrase(first) : undefined;
  const isOffice = office?.form === 'description' && office.kind === 'person' && isTitle(office.core) && !RELATION_NOUNS.has((first ?? '').replace(/^the\s+/iu, '').split(/\s+/u)[0]?.toLowerCase() ?? '');
  // (Not a place after the office, "Speech by the President of the Republic, Prague Castle", the review of round 35.)
  const holder = isOffice && second && !isPlaceName(second) ? nameOnly(second) : undefined;
  return holder?.kind === 'person' && holder.core.includes(' ') ? holder.core : undefined;
}

/** A genre's note in brackets after it: "(PACE Committee on Legal Affairs and Human Rights, opinion on another committee's report)". */
const KINDS_NOTE = /\s*\([^()]*\)\s*$/u;
/** Journalism's genres, where a statement printed under its heading is followed by the reporter's narration, not the maker's. */
const JOURNALISM_KIND = /\b(?:news|feature|story|article|live|blog|report|profile|obituary|analysis|explainer)\b/i;

/**
 * Rule "a statement headed with its maker's name is theirs" (round 32: a central bank's minutes print each member's
 * first-person statement under "Statement by …" after the committee's resolution, as a committee hearing's papers print
 * a witness's "Opening Statement by …"): the paragraphs under the heading, up to the next heading or sign-off, are that
 * person's written words; the heading itself is nobody's.
 */
// (Or a section whose heading a line under it credits, "The winner's speech" / "Esperanza Vallin's acceptance speech, as
// delivered.", "The judges' citation" / "Read by Professor Gideon Marr, Chair of Judges, on behalf of the panel: …",
// round 39: from the paragraph after the credit line, up to the next heading or a closing note naming the publisher, "The
// Harrowgate Prize for Fiction is awarded annually …".)
function headedStatementTurns(doc: SourceDocument, turns: (SpeakerTurn | undefined)[]): void {
  const { paragraphs } = doc;
  // (Not in a news story printing "Statement by Mike Jones" and going on in its own words, the review of round 32; only an
  // officer's comments credited over a section, which no story prints, in a report of any kind, round 49.)
  // (By the genre before its note: a "committee opinion (…, opinion on another committee's report, …)" is no news report,
  // round 64.)
  // (A note's own journalism words still count, "investigation (news feature)"; only its "report" may be another's, the
  // review of round 64.)
  const kind = doc.source.kind ?? '';
  const note = KINDS_NOTE.exec(kind)?.[0] ?? '';
  const journalism = JOURNALISM_KIND.test(kind.replace(KINDS_NOTE, '')) || JOURNALISM_KIND.test(note.replace(/\breports?\b/giu, ''));
  const outlet = doc.source.outlet ?? '';
  // (Among the last paragraphs, naming the publisher and saying no "I": a press contact may follow it, the review of round
  // 39's rules.)
  const publishersNote = (i: number) => i >= paragraphs.length - PUBLISHERS_NOTE_PARAGRAPHS && outlet.length > 0 && (paragraphs[i]?.text ?? '').includes(outlet) && !/\bI\b/u.test(paragraphs[i]?.text ?? '');
  for (let at = 0; at < paragraphs.length; at++) {
    if (journalism && !COMMENTS_CREDIT.test(paragraphs[at]?.text ?? '')) continue;
    const creditedBy = at > 0 && isHeadingBlock(paragraphs[at - 1]?.text ?? '', true) ? sectionCreditMaker(paragraphs[at]?.text ?? '') : undefined;
    // (Its first paragraph in the first person, not speaking of the one credited: a listing's "Delivered by Ann Lee" over
    // "This two-day course teaches you …", an audiobook's "Read by Raynor Winn." over its blurb, a programme's "Dr Ann
    // Lee's keynote address" over "Dr Ann Lee … will set out …" are the publisher's, the review of round 39.)
    // (Within its first paragraphs: a speech may open "Thank you." / "Thank you so much.")
    const opening = paragraphs.slice(at + 1, at + 1 + CREDITED_OPENING_PARAGRAPHS).map((p) => p.text);
    // (Or read on a panel's behalf, "Read by Professor Alan Brook, Chair of Judges, on behalf of the panel.", a citation
    // in the third person, the review of round 40.)
    const onBehalf = /\bon\s+behalf\s+of\b/iu.test(paragraphs[at]?.text ?? '') || COMMENTS_CREDIT.test(paragraphs[at]?.text ?? '');
    const credited = creditedBy && (onBehalf || opening.some(inFirstPerson)) && !speaksOf(opening[0] ?? '', creditedBy) ? creditedBy : undefined;
    // (Remarks printed in quotation marks, paragraph by paragraph, are spoken: their quotations the speaker's, not a written
    // text's nobody's.)
    const remarks = REMARKS_HEADING.test(paragraphs[at]?.text.trim() ?? '') ? personTitled(doc) : undefined;
    const maker = statementMaker(paragraphs[at]?.text ?? '', doc) ?? remarks ?? credited;
    if (!maker) continue;
    turns[at] = { start: 0, speaker: undefined };
    let i = at + 1;
    // (A speech's stage directions inside it, "[Laughter]", "[Applause]", are nobody's and end no section.)
    const direction = (i: number) => credited !== undefined && TRANSCRIPT_DIRECTION.test(paragraphs[i]?.text.trim() ?? '');
    for (; i < paragraphs.length && i <= at + MAX_STATEMENT_PARAGRAPHS && (direction(i) || !isHeadingBlock(paragraphs[i]?.text ?? '', paragraphs[i]?.heading !== undefined)) && !STATEMENT_BY_HEADING.test(paragraphs[i]?.text.trim() ?? '') && !(credited && publishersNote(i)); i++) turns[i] = direction(i) ? { start: 0, speaker: undefined } : { start: 0, speaker: maker, written: remarks === undefined };
    at = i - 1;
  }
}

/** The paragraphs of a credited section read for its first person. */
const CREDITED_OPENING_PARAGRAPHS = 3;
/**
 * Whether a text speaks of someone by a word of their name: "We are delighted to welcome Sarah to the team" of Sarah Jones.
 * Not a self-introduction, "I'm Sarah", "My name is Ines Calder", nor a word opening a sentence before a small word, "Will
 * you help us …?" of Will Carter (the review of round 40).
 */
// (A word of it standing alone, not inside a longer capitalised run, "the Castle Hill branch" of Anna Hill or "the White
// Hart" of Sarah White, the review of round 40; the whole name wherever it stands.)
/** A writer introducing themself: "I'm Sarah", "My name is Ines Calder", "I'm Nurse Jones" (see `speaksOf`). */
const SELF_INTRODUCTION = /\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Mm]y\s+name['’]s|[Tt]his\s+is)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3}/gu;
function speaksOf(text: string, name: string): boolean {
  // (A word of it after a title, wherever it stands: "Mrs Jones joined the nursing team", "a warm welcome to Nurse Jones",
  // the review of round 41.)
  // (Not "I'm Nurse Jones", her own introduction, the review of round 42.)
  const titled = [...text.replace(SELF_INTRODUCTION, ' ').matchAll(/(?<![\p{L}])(\p{Lu}\p{L}*)\.?\s+(?=(\p{Lu}[\p{L}'’-]*))/gu)].some((m) => isRoleNoun(m[1] as string) && name.split(' ').slice(1).includes(m[2] as string));
  if (titled) return true;
  // (A courtesy title before the word is no longer run, "welcome Mrs Jones", the review of round 41.)
  const own = text.replace(SELF_INTRODUCTION, ' ').replace(/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=\p{Lu})/gu, '');
  if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u').test(own)) return true;
  return name.split(' ').some((word) => word.length > 1 && new RegExp(String.raw`(?<![\p{L}])(?<!\p{Lu}[\p{L}'’-]*\s+)(?:(?<!(?:^|[.!?]\s+))${escapeRegExp(word)}(?![\p{L}])(?!\s+\p{Lu})|${escapeRegExp(word)}(?=[,.;:!?]))`, 'u').test(own));
}

/** The closing paragraphs read for a publisher's note ending a credited section. */
const PUBLISHERS_NOTE_PARAGRAPHS = 3;

/**
 * A line under a section's heading crediting who reads or delivers it: "Read by Professor Gideon Marr, Chair of Judges, …"
 * (group 1), "Esperanza Vallin's acceptance speech, as delivered." (group 2).
 */
// (Read or delivered, not "Presented by Dr Ann Lee" over a report's item in minutes, an award's presenter; the possessive
// with at most "as delivered" after it, not "Ann Lee's speech drew a standing ovation", nor "Tom Roe's eulogy, delivered
// by his son": the review of round 39's rules. In capitals too, "READ BY PROFESSOR ALAN BROOK, CHAIR OF JUDGES".)
// (Or a council report's section an officer comments on, "Comments provided by Mark Tillotson, Head of Finance (Place and
// Communities):" under "8. Financial implications", round 49: their comment, in the first person or not.)
// (Or the one who addressed the meeting, with the office after the name (group 3): "Kwame Osei-Bonsu, General Secretary,
// addressed conference at 11.40am. The text below is as delivered.", a union's conference record, round 49; only with its
// note that the text is as delivered: "Karen Doyle, Head of Housing, spoke to the report." in minutes, or a minister who
// "addressed the conference" in a release, introduce no text of theirs, the review of round 49.)
const SECTION_CREDIT = /^(?:(?:[Rr]ead|READ|[Dd]elivered|DELIVERED|[Ss]poken|SPOKEN|[Cc]omments\s+(?:provided|submitted|supplied))\s+(?:aloud\s+)?(?:by|BY)\s+(\p{Lu}[^.!?:;\n]{3,150}?)(?=[,:;]|\s+on\s+behalf\b|\s+ON\s+BEHALF\b|\.?$)|(\p{Lu}[\p{L}'’ .-]{3,60}?)['’]s\s+(?:(?:acceptance|keynote|opening|closing|victory|maiden|farewell|inaugural)\s+)?(?:speech|address|remarks|sermon)(?:,?\s+as\s+(?:delivered|given|prepared\s+for\s+delivery))?\.?$|(\p{Lu}[\p{L}'’ .-]{3,60}?),\s+[^,.;:\n]{2,80}?,\s+(?:addressed|spoke\s+to)\s+(?:[^.!?\n]|\.(?=\d)){2,80}\.\s+The\s+text\s+(?:below|that\s+follows)\s+is\s+as\s+(?:delivered|given|prepared\s+for\s+delivery)\.$)/u;

/** A heading over remarks it names no speaker for: "Remarks as prepared for delivery", "Remarks as delivered", "Full remarks". */
const REMARKS_HEADING = /^(?:(?:full|the\s+governor['’]s|the\s+mayor['’]s|the\s+minister['’]s)\s+)?remarks(?:,?\s+as\s+(?:prepared\s+for\s+delivery|delivered))?$/iu;
/** A title opening with a titled surname, "Governor Maldonado-Baca signs executive order …" (group 1: the surname). */
const TITLED_SURNAME_IN_TITLE = /^(?:Governor|Gov\.|Mayor|Minister|President|Premier|Senator|Secretary|Commissioner|Chancellor|Prime\s+Minister)\s+(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;

/**
 * Rule "a release's remarks are those of the one its title names" (round 49): a governor's release titled "Governor
 * Maldonado-Baca signs executive order …" prints her "Remarks as prepared for delivery" under that heading alone; the
 * paragraphs under it are hers, by the full name the release gives her ("Gov. Teresa Maldonado-Baca"). One such name only.
 */
function personTitled(doc: SourceDocument): string | undefined {
  const surname = TITLED_SURNAME_IN_TITLE.exec(doc.source.title ?? '')?.[1];
  if (!surname) return undefined;
  const full = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+${escapeRegExp(surname)})(?![\p{L}'’-])`, 'gu');
  const names = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(full)].map((m) => nameOnly(m[1] as string)?.core).filter((name): name is string => !!name?.includes(' '))));
  return names.size === 1 ? [...names][0] : undefined;
}

/** An officer's comments credited over a report's section, "Comments provided by Mark Tillotson, Head of Finance:" (see `SECTION_CREDIT`). */
// (A line of its own ending in a colon: not a story's "Comments provided by Mark Tillotson … were removed from the report",
// the review of round 49.)
const COMMENTS_CREDIT = /^\s*comments\s+(?:provided|submitted|supplied)\s+by\b[^.!?\n]*:\s*$/iu;

/** The one person a section's credit line names (see `SECTION_CREDIT`). */
function sectionCreditMaker(text: string): string | undefined {
  const m = SECTION_CREDIT.exec(text.trim());
  const named = m?.[1] ?? m?.[2] ?? m?.[3];
  return named ? personHeadingNames(/\p{Ll}/u.test(named) ? named : casedCapitals(named)) : undefined;
}


/**
 * The one person a document names with an office after a comma, "Ciarán Fallon, Chief Executive Officer", in full;
 * undefined when it names none or two.
 */
function holderNamed(doc: SourceDocument, office: string): string | undefined {
  const words = office.split(/\s+/).map((w) => `[${(w[0] ?? '').toUpperCase()}${(w[0] ?? '').toLowerCase()}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  const pattern = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:the\s+)?${words}(?![\p{L}])`, 'gu');
  const names = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(pattern)].map((m) => nameOnly(m[1] as string)?.core).filter((name): name is string => !!name?.includes(' '))));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The paragraphs of statements headed with their makers' names (`headedStatementTurns`) alone, for a layout whose own turns
 * leave them uncovered: a central bank's "Opening remarks by Governor Aleksander Rusk" before its press conference's
 * labelled questions and answers (round 50).
 */
// (Up to a paragraph that speaks of its maker, "Premier Eby was joined by … Reporters then asked questions.": the record's
// own narration, the review of round 50.)
export function headedStatementParagraphs(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  if (doc.paragraphs.some((p) => STATEMENT_BY_HEADING.test(p.text.trim()))) headedStatementTurns(doc, turns);
  let maker: string | undefined;
  for (let at = 0; at < turns.length; at++) {
    const speaker = turns[at]?.speaker;
    if (speaker !== maker) maker = speaker;
    else if (speaker && speaksOf(doc.paragraphs[at]?.text ?? '', speaker) && !inFirstPerson(doc.paragraphs[at]?.text ?? '')) {
      for (let end = at; end < turns.length && turns[end]?.speaker === speaker; end++) turns[end] = undefined;
      maker = undefined;
    }
  }
  return turns;
}

/** Whether a document may print a signed foreword (cheap: its heading). */
export function mayHaveSignedForeword(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => isForewordHeading(p.text) || STATEMENT_BY_HEADING.test(p.text.trim()) || SECTION_CREDIT.test(p.text.trim()) || REMARKS_HEADING.test(p.text.trim()));
}

/** Whether a document may hold sections signed with name and role (cheap: such a signature line). */
export function mayHaveSectionsSignedWithRole(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => NAME_AND_ROLE_LINE.test(p.text.trim()));
}
