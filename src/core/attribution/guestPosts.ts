/**
 * A guest's piece inside someone else's newsletter or blog (round 30, a Substack letter's "Guest post: What the
 * call-up system fixed" / "By Dr Babatunde Oyelaran"): from its byline to the guest's biography (or the next
 * heading), the paragraphs are the guest's words, not the newsletter author's; the heading, the byline and the
 * biography ("Dr Babatunde Oyelaran is a senior lecturer …") are nobody's. The author's own voice resumes after.
 * So too a column a note introduces (round 42, a union's members' bulletin: "Rep's corner" / "This month's column is by
 * Gwen Tallis, a healthcare assistant and workplace rep at …"): to the next heading, the columnist's; the note nobody's.
 * So too a section a body's unsigned newsletter prints under a heading and its writer's byline (round 51, a tenants'
 * association's "## From the Chair" / "By Maria Gonzalez, Chair", "## Lift update" / "By Tom Birchall, Secretary"): to the
 * next heading, its writer's; the byline nobody's. Only where the outlet names a body, not a publication (a newspaper's
 * or a magazine's reporters' bylines head narration that is nobody's, whatever the genre: the review of round 51), in a
 * genre neither journalism's nor a record's, a newsletter's or a bulletin's excepted; not a document its byline signs,
 * whose sections are the author's own; and a byline naming a person, not "By Appointment Only". So too, in any document, a
 * written comment under its numbered heading, "Comment 1 — Maria Delgado, parent" (round 52): its commenter's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { inFirstPerson } from './firstPerson.js';
import { mentionsIn } from './mentionsIn.js';
import { isJournalismOrRecord } from './journalismGenres.js';
import { namesABody, namesAMeetingBody } from './ownVoice.js';
import { isEnglishWord } from '../text/englishWords.js';

/** A guest piece's heading: "Guest post: …", "Guest column", "A guest essay by …". */
const GUEST_HEADING = /^\s*(?:a\s+)?guest\s+(?:post|column|essay|piece|contribution)\b/i;
/** A note introducing a guest's column: "This month's column is by …", "Today's guest post is written by …" (the name follows). */
const GUEST_NOTE = /^\s*(?:this|today['’]s|this\s+(?:month|week|issue|edition)['’]s)\s+(?:guest\s+)?(?:column|post|piece|essay|blog|contribution|diary)\s+(?:is|comes)\s+(?:written\s+)?(?:by|from)\s+/iu;
/** A byline alone on its line: "By Dr Babatunde Oyelaran". */
const BYLINE = /^\s*By\s+\p{Lu}[^\n.!?]{2,80}$/u;
/** A genre whose unsigned sections its writers may sign with a byline under their headings, journalism's and a record's aside (see the module's note). */
const NEWSLETTER_KIND = /\b(?:newsletter|bulletin)\b/i;
/**
 * A written comment's heading in a body's papers, its commenter after a dash or a colon: "Comment 1 — Maria Delgado, parent,
 * Westfield Elementary", "Submission 4: Westfield Parent Teacher Club" (group 1: who; round 52, a school board's agenda
 * printing the public's written comments on an item).
 */
const COMMENT_HEADING = /^\s*(?:(?:written|public)\s+)?(?:comment|submission|representation|objection)\s+(?:no\.?\s*)?\d{1,3}\s*[—–:-]\s*(\p{Lu}[^\n]{2,120})$/iu;
/** A verb that makes a comment's heading a headline, "… Rachel Reeves's fiscal rule is looking shaky", "…, for the appellant, says …". */
const HEADLINE_VERB = /\b(?:says?|said|argues?|argued|claims?|claimed|warns?|warned|concedes?|is|are|was|were|has|have)\b/iu;
/** A numbered item's heading in capitals: "10. SUPERINTENDENT'S REPORT", "12) ADJOURNMENT". */
const NUMBERED_ITEM = /^\s*\d{1,3}(?:\.\d{1,2})?[.)]?\s+[^\p{Ll}\n]{3,80}$/u;
/** A body's reply after a comment: "Officer comment:", "District response:", "Council's reply:". */
const REPLY_LABEL = /^\s*(?:(?:[\p{L}-]+\s+)?(?:officer|officers|staff|district|council|board|committee|department|planning|city|county)(?:['’]s?)?\s+)?(?:comment|response|reply|recommendation|view)s?\s*:|^\s*(?:action|recommendation|officers?['’]?\s+view)\s*:/iu;
/** A paragraph opening on someone in the third person: "The club argued", "The superintendent will present", "She said". */
const THIRD_PERSON_OPENING = /^\s*(?:The|This|That|These|Those|He|She|They|It|Its|His|Her|Their|Officers|Members|Councillors|Cabinet|Following)\s/u;
/** A heading: one short line with no sentence's stop ("Back to me", "Our comments"). */
const HEADING = /^[^\n.!?:;,]{1,60}$/u;
/** The most characters before the guest's surname in their biography ("Dr Babatunde Oyelaran is …"). */
const MAX_BIOGRAPHY_LEAD = 40;
/** The most words of a heading that ends a guest's piece (see `HEADING`). */
const MAX_HEADING_WORDS = 6;

/** The turns of the guest pieces a document prints under a "Guest post" heading and a byline (see the module's note). */
export function guestPostTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  const { paragraphs } = doc;
  const sectionsSigned = mayHaveSignedSections(doc);
  const commentsPrinted = mayPrintComments(doc);
  for (let at = 0; at + 1 < paragraphs.length; at++) {
    const bylined = BYLINE.test(paragraphs[at + 1]?.text ?? '');
    const guestHeading = GUEST_HEADING.test(paragraphs[at]?.text ?? '');
    // (A writer's section under any heading of a body's document; a guest's piece, whose biography may end it, under its own.)
    const signedSection = sectionsSigned && !guestHeading && !!paragraphs[at]?.heading && bylined;
    const headed = (guestHeading || signedSection) && bylined;
    const note = GUEST_NOTE.exec(paragraphs[at]?.text ?? '');
    const comment = commentsPrinted ? COMMENT_HEADING.exec(paragraphs[at]?.text ?? '') : null;
    if (comment) {
      at = commentTurns(paragraphs, at, comment[1] as string, turns);
      continue;
    }
    if (!headed && !note) continue;
    const byline = headed ? (paragraphs[at + 1]?.text ?? '') : (paragraphs[at]?.text ?? '').slice(note?.[0].length);
    // (The note's first name, the columnist's: not "… a rep at Severn Vale General Hospital" after it.)
    const guest = mentionsIn(byline).find((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ') && (headed || m.index <= 0))?.phrase.core;
    if (!guest) continue;
    // (A section's writer by a role after the name, "By Rose Green, Treasurer", or by a name no dictionary spells out whole:
    // "By Appointment Only" names no one, the reviews of round 51.)
    const roleAfter = new RegExp(String.raw`${escapeRegExp(guest)}\s*,\s*\p{L}`, 'u').test(byline);
    if (signedSection && !roleAfter && guest.split(/\s+/u).every((word) => isEnglishWord(word))) continue;
    turns[at] = { start: 0, speaker: undefined };
    if (headed) turns[at + 1] = { start: 0, speaker: undefined };
    // (The biography ends the piece: the guest's name, then what they are, "Dr Babatunde Oyelaran is a senior lecturer
    // …". Without one, the first heading does; with one, the guest's own subheadings are theirs to pass, the review of
    // round 30.)
    const biography = new RegExp(String.raw`^[^.]{0,${MAX_BIOGRAPHY_LEAD}}${escapeRegExp(guest.split(/\s+/).at(-1) as string)}\s+(?:is|was|has|leads|directs|teaches|works)\b`, 'u');
    // (A section's writer has no biography: the next heading ends the section.)
    const bio = signedSection ? -1 : paragraphs.findIndex((p, i) => i > at + 1 && biography.test(p.text.trim()));
    let i = headed ? at + 2 : at + 1;
    for (; i < paragraphs.length && i !== bio; i++) {
      const text = (paragraphs[i]?.text ?? '').trim();
      // (Or any heading the page sets as one, "## Pay offer: what happens next?", the review of round 42.)
      // (A note's column ends at the next heading whatever biography comes after it, "## Awards" / "Gwen Tallis was named
      // rep of the year", and at a short line announcing, "Pay offer: what happens next?", the review of round 42.)
      const short = text.split(/\s+/).length <= MAX_HEADING_WORDS;
      // (A colon, not a question alone: the columnist's own "So what changed?" goes on with the column, the review of round 43.)
      // (A colon inside the line, as a title's: not "Three things to do:", the column going on to its list, the review of
      // round 43's rules.)
      // (But a line handing over to another voice, "From the branch secretary:", the review of round 44.)
      const heading = (HEADING.test(text) && short) || !!paragraphs[i]?.heading || (!headed && short && (/:\s*\S/u.test(text) || /^(?:a\s+(?:word|message|note)\s+)?from\s+(?:the|our|your)\s+(?:[\p{L}-]+\s+){0,2}(?:secretary|chair|chairman|chairwoman|president|editor|director|treasurer|officer|organiser|organizer|manager|rep|representative|convenor|leader|team)\s*:$/iu.test(text)) && !/[.!]["”’)]*$/u.test(text));
      if ((bio < 0 || !headed) && heading) break;
      turns[i] = HEADING.test(text) ? { start: 0, speaker: undefined } : { start: 0, speaker: guest, written: true };
    }
    if (i === bio) turns[i] = { start: 0, speaker: undefined };
    // (From the heading that ended it, which may open the next writer's section.)
    at = i === bio ? i : i - 1;
  }
  return turns;
}

/**
 * The turns of a written comment under its heading (`COMMENT_HEADING`): to the next heading, rule or comment (`endsComment`), the commenter's,
 * a person by full name or a body by its name ("Westfield Elementary Parent Teacher Club"); the heading nobody's. None for
 * a commenter the heading does not name ("Name withheld at the commenter's request"). The position of the comment's last
 * paragraph.
 */
function commentTurns(paragraphs: SourceDocument['paragraphs'], at: number, byline: string, turns: (SpeakerTurn | undefined)[]): number {
  // (The heading's words up to its first comma a name and nothing else, no headline's verb after: not "Comment 1 — Anas
  // Sarwar concedes in Glasgow East", the review of round 52.)
  // (A bracket after the name says more of them, "Cllr Mary Jones (ward member)", the second review of round 52.)
  const [who = '', ...rest] = byline.replace(/\s*\([^()]{1,60}\)\s*$/u, '').split(',');
  const first = mentionsIn(who)[0];
  const name = first?.phrase.kind === 'thing' ? first.phrase.text.replace(/^the\s+/iu, '') : first?.phrase.core;
  const whole = !!first && first.index <= 0 && first.phrase.form === 'name' && first.phrase.text === who.trim() && !rest.some((part) => HEADLINE_VERB.test(part));
  const commenter = whole && (first.phrase.kind === 'thing' || !!name?.includes(' ')) ? name : undefined;
  turns[at] = { start: 0, speaker: undefined };
  let i = at + 1;
  // (Its first paragraph by layout alone: "Strongly oppose the closure." is the commenter's, the second review of round 52.)
  for (; i < paragraphs.length && !endsComment(paragraphs[i], i === at + 1); i++) turns[i] = { start: 0, speaker: commenter, written: true };
  return i - 1;
}

/**
 * Whether a paragraph ends a written comment: a heading, a line in bold, a short line with no stop (`HEADING`) or a numbered
 * item's heading ("10. SUPERINTENDENT'S REPORT"), a rule, a body's reply ("Officer comment: …"), the next comment, or a
 * paragraph with no word in the first person that opens on someone or names anyone, a summary's "The club argued …" or a
 * record's "Ms Delgado spoke against …" (the review of round 52): the public write as "I" and "we", or ask, "Please
 * reconsider."
 */
function endsComment(paragraph: SourceDocument['paragraphs'][number] | undefined, first = false): boolean {
  const text = (paragraph?.text ?? '').trim();
  const thirdPerson = !first && !inFirstPerson(text) && (THIRD_PERSON_OPENING.test(text) || mentionsIn(text).some((m) => m.phrase.form === 'name' && m.phrase.kind === 'person'));
  return !!paragraph?.heading || !!(paragraph as { strong?: boolean } | undefined)?.strong || (HEADING.test(text) && text.split(/\s+/u).length <= MAX_HEADING_WORDS) || NUMBERED_ITEM.test(text) || /^[-*_]{3,}$/u.test(text) || REPLY_LABEL.test(text) || COMMENT_HEADING.test(text) || thirdPerson;
}

/** Whether a document may print the public's written comments as theirs: a body's unsigned papers, neither journalism nor a record nor a judgment or a report (see `COMMENT_HEADING`; the review of round 52). */
function mayPrintComments(doc: SourceDocument): boolean {
  const kind = doc.source.kind ?? '';
  return !doc.source.author?.trim() && !!doc.source.outlet && namesAMeetingBody(doc.source.outlet) && !isJournalismOrRecord(kind) && !/\b(?:judgment|judgement|decision|ruling|report)\b/iu.test(kind);
}

/** Whether a document may print sections its writers sign under their headings: an unsigned document of a genre neither journalism's nor a record's, or a newsletter (see the module's note). */
function mayHaveSignedSections(doc: SourceDocument): boolean {
  const kind = doc.source.kind ?? '';
  return !doc.source.author?.trim() && !!doc.source.outlet && namesABody(doc.source.outlet) && (!isJournalismOrRecord(kind) || NEWSLETTER_KIND.test(kind));
}

/** Whether a document may print a guest's piece (cheap: its heading), or a section its writer signs under its heading. */
export function mayHaveGuestPost(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p, at) => GUEST_HEADING.test(p.text) || GUEST_NOTE.test(p.text) || (COMMENT_HEADING.test(p.text) && mayPrintComments(doc)) || (!!p.heading && BYLINE.test(doc.paragraphs[at + 1]?.text ?? '') && mayHaveSignedSections(doc)));
}
