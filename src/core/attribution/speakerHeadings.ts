/**
 * A transcript printed with a heading line for each speaker (an earnings call, a hearing): the heading names
 * the speaker ("Henrik Dahl — Chief Executive Officer", "Operator"), and the paragraphs under it, up to the
 * next heading, are that speaker's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import type { Referent } from './referent.js';
import { isRoleNoun, PARTICLE } from './nameWords.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { casedCapitals } from './subjectPhrases.js';
import { enoughTurns, LABEL_NAME, MIN_TURNS, speakersOfLabels, TRANSCRIPT_KIND } from './transcriptTurns.js';

/**
 * A paragraph that is only a speaker's heading: a name as a transcript's label gives it (`LABEL_NAME`), then
 * perhaps a dash or a comma and a title ("— Analyst, Carnegie"), with no question, colon or full stop but an
 * initial's (a sentence or a labelled turn).
 */
// (An initial's full stop inside the title is no sentence's end: "Tom Bertrand -- J.P. Morgan -- Analyst", round 26.)
const SPEAKER_HEADING = new RegExp(String.raw`^(${LABEL_NAME})(?:\s*[—–]\s*|\s+-{1,2}\s+|,\s+)?((?:[^.!?:\n]|\p{Lu}\.(?=\p{Lu}|\s\p{Lu})){0,80})$`, 'u');

/**
 * An earnings call's section heading with its colon ("Prepared Remarks:", "Questions & Answers:", "Call
 * participants:", round 20): nobody's words; it ends the turn before it and introduces no one.
 */
export const CALL_SECTION_HEADING = /^\s*(?:prepared\s+remarks|questions\s+(?:and|&)\s+answers|question-and-answer\s+session|call\s+participants|participants|presentation)\s*:\s*$/i;

/** The heading of an earnings call's participants' list, which closes the call: "Call participants:", "Participants:". */
const PARTICIPANTS_HEADING = /^\s*(?:call\s+)?participants\s*:\s*$/i;

/** A byline line: "From CNN's Jenna Salcido", "By Marcus Oyelaran", "Reporting by …", "With …". */
const BYLINE = /^(?:from|by|reporting\s+by|written\s+by|with)\s/i;

/** A time code ending a speaker's heading, after a space: " 00:00:04", " 12:31" (linear: no run of spaces to backtrack over). */
const TIME_CODE_AFTER = /(?<=\s)(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
/** What a timed heading says is played rather than spoken in the studio: "Clip:", "Archive:", "Soundbite:". */
const CLIP_BEFORE = /^(?:clip|archive|audio|video|soundbite|recording):\s*/i;

/**
 * A podcast transcript's heading in lower case, as The New York Times prints "The Daily" ("rachel amsel",
 * "archived recording (gerald mims)", "archived recording", round 21): groups 1 and 2, the name; a recording
 * with no name is a voice the transcript does not name.
 */
const LOWER_CASE_HEADING = /^(?:archived\s+recording(?:\s*\(([\p{Ll}][\p{Ll}.'’ -]{1,60})\))?|([\p{Ll}][\p{Ll}'’-]+(?:\s+[\p{Ll}][\p{Ll}.'’-]+){1,3}))$/u;

/** A name printed in lower case, cased as a name ("tomás ferreira" → "Tomás Ferreira", "karine jean-pierre" → "Karine Jean-Pierre", "conan o'brien" → "Conan O'Brien"; "de" and the like stay lower case inside it). */
function casedName(lower: string): string {
  return lower
    .split(/\s+/)
    .map((w, i) => (i > 0 && PARTICLE.test(w) ? w : casedCapitals(w.toUpperCase())))
    .join(' ');
}

/**
 * What a meeting's question-and-answer record prints before the name in a speaker's heading: "Question 1 – Mr Peter
 * Rangi, shareholder", "Response – Mike Tāwhai, Chief Executive" (round 30, a company's annual meeting).
 */
const QA_HEADING_PREFIX = /^(?:question(?:\s+\d{1,3})?|response|answer|reply)\s*[—–-]\s+(?=\p{Lu})/iu;

/** The name a paragraph that is only a speaker's heading gives, or undefined. */
function headingName(paragraph: string, timeCodes: boolean): string | undefined {
  // (A podcast's transcript service prints each speaker's heading with the time code, and a clip's with what it
  // is: "Naomi Achterberg  00:00:04", "Clip: Harriet Lowe MP  00:00:31", round 20. Only in a transcript: a news
  // report's "Hartlepool 01:15" is a result's time, round 20's review.)
  const trimmed = paragraph.trim();
  // (Headings in lower case, in a transcript only: anywhere else two lower-case words alone are a fragment. Not an
  // answer with its full stop, "no comment."; a recording of "(news anchor)" names a role, no one.)
  const lower = timeCodes && !/[.!?]$/.test(trimmed) ? LOWER_CASE_HEADING.exec(trimmed) : null;
  if (lower) {
    const name = (lower[1] ?? lower[2]) as string | undefined;
    return name && !name.split(/\s+/).some((w) => isRoleNoun(w)) ? casedName(name) : 'Unidentified recording';
  }
  const code = timeCodes ? TIME_CODE_AFTER.exec(trimmed) : null;
  const text = (code ? trimmed.slice(0, code.index).trim().replace(CLIP_BEFORE, '') : trimmed).replace(QA_HEADING_PREFIX, '');
  // ("Yes.", "Okay.": an answer, not a name; "Jr." or an initial may end one.)
  if (/\p{L}{2,}\.$/u.test(text) && !/\b(?:Jr|Sr)\.$/.test(text)) return undefined;
  // ("From CNN's Jenna Salcido", "By Marcus Oyelaran": a live blog entry's byline, its reporter's narration
  // nobody's words, round 21.)
  if (BYLINE.test(text)) return undefined;
  const m = SPEAKER_HEADING.exec(text);
  if (!m) return undefined;
  // A title after the name only with a dash or comma between ("Henrik Dahl — Chief Executive Officer"); a
  // lone capitalised run is a name only if it is the whole heading ("Operator", "HENRIK DAHL").
  if ((m[2] ?? '').trim() && !/[—–,-]/.test(text.slice((m[1] as string).length, text.length - (m[2] as string).length))) return undefined;
  return m[1] as string;
}

/**
 * A document's turns under speakers' headings: at least `MIN_TURNS` headings, two of them recurring (so that
 * a report's subheadings, each printed once, are not speakers). The heading itself is nobody's words; the
 * paragraphs up to the next heading are its speaker's.
 */
export function headedTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  const timeCodes = TRANSCRIPT_KIND.test(doc.source.kind ?? '');
  const headings = doc.paragraphs.map((p) => headingName(p.text, timeCodes));
  if (!enoughTurns(headings)) return [];
  const speakers = speakersOfLabels(doc, headings, resolve);
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: SpeakerTurn | undefined;
  // (A participants' list after "Call participants:" is nobody's either, and so is what follows it, the publisher's
  // note: the turns are over, round 26. Only after a turn: a list of participants before the first is no end.)
  let listed = false;
  let turnRead = false;
  headings.forEach((h, at) => {
    const text = doc.paragraphs[at]?.text ?? '';
    if (PARTICIPANTS_HEADING.test(text) && turnRead) listed = true;
    if (h && !listed) {
      current = { start: 0, speaker: speakers.get(h) };
      turns[at] = undefined;
    } else if (listed || CALL_SECTION_HEADING.test(text)) {
      current = undefined;
      turns[at] = undefined;
    } else {
      turns[at] = current;
      if (current) turnRead = true;
    }
  });
  return turns;
}

/** Whether enough paragraphs are only a name that the document may be headed by its speakers (cheap). */
export function mayHaveSpeakerHeadings(doc: SourceDocument): boolean {
  const timeCodes = TRANSCRIPT_KIND.test(doc.source.kind ?? '');
  return doc.paragraphs.filter((p) => headingName(p.text, timeCodes)).length >= MIN_TURNS;
}
