/**
 * A transcript printed with a heading line for each speaker (an earnings call, a hearing): the heading names
 * the speaker ("Henrik Dahl — Chief Executive Officer", "Operator"), and the paragraphs under it, up to the
 * next heading, are that speaker's.
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import type { SpeakerTurn } from './documentAttribution.js';
import type { Referent } from './referent.js';
import { isRoleNoun, PARTICLE } from './nameWords.js';
import { TRANSCRIPT_DIRECTION } from './stageDirections.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';
import { authorOf } from './ownVoice.js';
import { CHAT_KIND, enoughTurns, LABEL_NAME, MIN_TURNS, speakersOfLabels, TRANSCRIPT_KIND } from './transcriptTurns.js';

/**
 * A paragraph that is only a speaker's heading: a name as a transcript's label gives it (`LABEL_NAME`), then
 * perhaps a dash or a comma and a title ("— Analyst, Carnegie"), with no question, colon or full stop but an
 * initial's (a sentence or a labelled turn).
 */
// (An initial's full stop inside the title is no sentence's end: "Tom Bertrand -- J.P. Morgan -- Analyst", round 26; nor a
// company's abbreviation, "Mark Lindqvist,  Keefe, Bruyette, & Woods, Inc., Research Division - MD", round 31.)
const SPEAKER_HEADING = new RegExp(String.raw`^(${LABEL_NAME})(?:\s*[—–]\s*|\s+-{1,2}\s+|,\s+)?((?:[^.!?:\n]|\p{Lu}\.(?=\p{Lu}|\s\p{Lu})|(?<=\b(?:Inc|Co|Corp|Ltd|Bros))\.){0,90})$`, 'u');

/**
 * An earnings call's section heading, with its colon or without ("Prepared Remarks:", "Questions & Answers:", "Call
 * participants:", round 20; StreetEvents' "Questions and Answers", round 31): nobody's words; it ends the turn before it
 * and introduces no one.
 * (And its lists' headings, "Company Participants" and "Conference Call Participants", round 54: the names and firms under
 * them are no one's turn.)
 */
export const CALL_SECTION_HEADING = /^\s*(?:prepared\s+remarks|questions\s+(?:and|&)\s+answers|question-and-answer\s+session|(?:(?:company|corporate|conference\s+call|call)\s+)?participants|presentation)\s*:?\s*$/i;

/** The heading of an earnings call's participants' list, which closes the call: "Call participants:", "Participants:". */
const PARTICIPANTS_HEADING = /^\s*(?:call\s+)?participants\s*:\s*$/i;

/** A byline line: "From CNN's Jenna Salcido", "By Marcus Oyelaran", "Reporting by …", "With …". */
const BYLINE = /^(?:from|by|reporting\s+by|written\s+by|with)\s/i;

/** A time code ending a speaker's heading, after a space: " 00:00:04", " 12:31" (linear: no run of spaces to backtrack over). */
const TIME_CODE_AFTER = /(?<=\s)(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
/** An earnings call's turn number after a speaker's heading, LSEG StreetEvents' "Operator [1]", "Fiona Blake, Corvane Health Ltd - Head of IR [2]" (round 30). */
// (After a space, by lookbehind: no run of spaces to backtrack over, as `TIME_CODE_AFTER`; the review of round 30.)
const TURN_NUMBER_AFTER = /(?<=\s)\[\d{1,3}\]$/;
/** How many numbered headings make a record numbered throughout (`TURN_NUMBER_AFTER`): two, so that one "[1]" is no layout. */
const MIN_NUMBERED_TURNS = 2;
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

/** A line of three dashes or more above or below a heading, a rule ("------…"). */
const RULED_OFF = /^[ \t]*-{3,}[ \t]*(?:\n|$)|(?:^|\n)[ \t]*-{3,}[ \t]*$/g;

/**
 * A meeting's record of a vote's result, a line of its own under each resolution: "CARRIED UNANIMOUSLY", "Carried", "LOST",
 * "ADOPTED AS AMENDED" (round 59, an Australian shire's minutes): no speaker's heading, however often it recurs.
 */
const MOTIONS_RESULT = /^(?:carried|lost|adopted|defeated|agreed|approved|deferred|withdrawn|lapsed|not\s+carried)(?:\s+(?:unanimously|as\s+amended|on\s+the\s+(?:chair['’]s\s+|mayor['’]s\s+)?casting\s+vote|by\s+(?:a\s+)?(?:majority|division)))?\.?$/iu;

/** The name a paragraph that is only a speaker's heading gives, or undefined. */
function headingName(paragraph: string, timeCodes: boolean): string | undefined {
  // (A podcast's transcript service prints each speaker's heading with the time code, and a clip's with what it
  // is: "Naomi Achterberg  00:00:04", "Clip: Harriet Lowe MP  00:00:31", round 20. Only in a transcript: a news
  // report's "Hartlepool 01:15" is a result's time, round 20's review.)
  // (LSEG StreetEvents rules each heading off above and below with a line of dashes, round 31.)
  const trimmed = paragraph.replace(RULED_OFF, '').trim();
  // (Headings in lower case, in a transcript only: anywhere else two lower-case words alone are a fragment. Not an
  // answer with its full stop, "no comment."; a recording of "(news anchor)" names a role, no one.)
  const lower = timeCodes && !/[.!?]$/.test(trimmed) ? LOWER_CASE_HEADING.exec(trimmed) : null;
  if (lower) {
    const name = (lower[1] ?? lower[2]) as string | undefined;
    return name && !name.split(/\s+/).some((w) => isRoleNoun(w)) ? casedName(name) : 'Unidentified recording';
  }
  const code = timeCodes ? TIME_CODE_AFTER.exec(trimmed) : null;
  const text = (code ? trimmed.slice(0, code.index).trim().replace(CLIP_BEFORE, '') : trimmed).replace(QA_HEADING_PREFIX, '').replace(TURN_NUMBER_AFTER, '').trim();
  // ("Yes.", "Okay.": an answer, not a name; "Jr." or an initial may end one.)
  if (/\p{L}{2,}\.$/u.test(text) && !/\b(?:Jr|Sr)\.$/.test(text)) return undefined;
  // ("From CNN's Jenna Salcido", "By Marcus Oyelaran": a live blog entry's byline, its reporter's narration
  // nobody's words, round 21.)
  if (BYLINE.test(text) || MOTIONS_RESULT.test(text)) return undefined;
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
  const posts = postHeaders(doc);
  const printed = doc.paragraphs.map((p) => headingName(p.text, timeCodes));
  const named = withWrittenAnswerers(doc, printed);
  // (A written answer runs to the next heading or field line, "## NHS dentistry: Children", "UIN 38302, tabled on 4 March
  // 2025", "Answered by …", which is nobody's and ends it; its lists and links are the answer's, the review of round 53.)
  const writtenAnswers = named.some((h, at) => h !== printed[at]);
  // (Where turns are numbered, "Carla Brandt, Meridian Grid Holdings Inc - VP of IR [4]", only a numbered heading is a
  // speaker's: the header's "MGRD.N - Meridian Grid Holdings Inc Investor Day" and "Corporate Participants" are not, round 31.)
  const numbered = doc.paragraphs.map((p) => TURN_NUMBER_AFTER.test(p.text.replace(RULED_OFF, '').trim()));
  const numberedOnly = (list: (string | undefined)[]) => (numbered.filter(Boolean).length >= MIN_NUMBERED_TURNS ? list.map((h, at) => (numbered[at] ? h : undefined)) : list);
  const headings = posts ?? numberedOnly(named);
  // (Whether the headings lay out turns is read from them as printed: a written answer's recurring "Answer", round 53.)
  const laidOut = numberedOnly(printed);
  if (!posts && (!enoughTurns(laidOut) || signedBelow(doc, laidOut))) return [];
  // (A post's account is named as its header prints it, "City of Toronto", "Accessible Streets TO": an account's
  // name, not a phrase to resolve.)
  // (A deleted account's comment, "u/[deleted] · 4h", is no one's: its header still ends the post before it, round 31; and an
  // anonymous commenter's, "Anonymous · 9 January 2024 at 9:15am", round 39.)
  const speakers = posts ? new Map(posts.filter((name): name is string => !!name && !NO_NAME_POSTER.test(name)).map((name) => [name, name])) : speakersOfLabels(doc, headings, resolve);
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: SpeakerTurn | undefined;
  // (A participants' list after "Call participants:" is nobody's either, and so is what follows it, the publisher's
  // note: the turns are over, round 26. Only after a turn: a list of participants before the first is no end.)
  let listed = false;
  let turnRead = false;
  headings.forEach((h, at) => {
    const text = doc.paragraphs[at]?.text ?? '';
    if (PARTICIPANTS_HEADING.test(text) && turnRead) listed = true;
    if (h && !listed && !CALL_SECTION_HEADING.test(text)) {
      current = { start: 0, speaker: speakers.get(h) };
      // (A post's header is nobody's words, not the thread's author's own voice.)
      turns[at] = posts ? { start: 0, speaker: undefined } : undefined;
    } else if (posts && POST_FOOTER.test(text.trim())) {
      turns[at] = { start: 0, speaker: undefined };
    } else if (listed || CALL_SECTION_HEADING.test(text) || (writtenAnswers && endsWrittenAnswer(doc, at))) {
      current = undefined;
      turns[at] = undefined;
    } else {
      turns[at] = current;
      if (current) turnRead = true;
    }
  });
  // (A post signed by the one writing it for a shared account, "– Alasdair": its paragraphs since the header are that
  // person's, named in full where the document names them, round 30's AMA; the signature line is nobody's.)
  if (posts) {
    headings.forEach((h, at) => {
      const text = doc.paragraphs[at]?.text.trim() ?? '';
      const alone = POST_SIGNATURE.exec(text)?.[1];
      // (Or at the end of a paragraph: "Edit: That's us finished! … We'll come back tomorrow for a few we missed. – Morag".)
      const signer = alone ?? (turns[at]?.speaker ? INLINE_SIGNATURE.exec(text)?.[1] : undefined);
      if (h || !signer) return;
      const phrase = labelPhrase(signer);
      const name = (phrase && resolve(phrase)?.name) || signer;
      turns[at] = { start: 0, speaker: alone ? undefined : name };
      // (Only a line of its own signs the post; a name ending a paragraph signs that paragraph, an edit added to a post.)
      if (alone) for (let i = at - 1; i >= 0 && !headings[i]; i--) if (turns[i]?.speaker) turns[i] = { start: 0, speaker: name };
    });
  }
  return turns;
}

/**
 * A written question's line naming who asked it or who answered it: "Asked by Helena Marchbank (Liberal Democrat, North
 * Devon Moors)", "Answered by Tobias Wrenfield, Minister of State (Health and Secondary Care)" (group 1: which; group 2: the
 * name, titles and all, which the document's resolver completes).
 */
// (A line that is only that, the name perhaps followed by its party in brackets or its office after a comma: not a
// sentence of prose opening so, "Asked by Reuters in 2019 whether she would run, Grace Okafor laughed.", the review of round
// 53; a peer's territorial title whole, "Lord Bassam of Brighton", "Baroness Jones of Moulsecoomb", one line only.)
const ASKED_OR_ANSWERED_BY = /^[ \t]*(Asked|Answered)[ \t]+by[ \t]+((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,4}\p{Lu}[\p{L}'’-]+(?:[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})?)[ \t]*(?:$|[(,–—-]|[ \t]on[ \t])/mu;
/** Any line opening "Asked by" or "Answered by", read or not: a new question's, whose asker or answerer the one before is not. */
const ASKED_OR_ANSWERED_LINE = /^[ \t]*(Asked|Answered)[ \t]+by\b/mu;
/** A peer's style opening a name, whose territorial title "of …" is part of it: "Baroness Jones of Moulsecoomb". */
const PEERS_STYLE = /^(?:Lord|Baroness|Lady|Viscount(?:ess)?|Earl|Countess|Baron|Duke|Duchess|Marquess)\s/u;
/** A written answer's field line: its number, its date tabled or answered, the department it was put to, a group's note. */
const WRITTEN_ANSWER_FIELD = /^\s*(?:UIN\b|(?:asked|answered|tabled)\s+(?:by|on)\b|question\s+for\b|grouped\s+questions?\b|date\s+and\s+time\s+of\b|HL\d{3,6}\s*$)/iu;
/**
 * Whether a paragraph ends a written answer: a heading, a field line (`WRITTEN_ANSWER_FIELD`), or a title printed plain
 * over the next question's field line, "Flood defences: Cumbria" over "Asked by Lord Carrow" (the review of round 53).
 */
function endsWrittenAnswer(doc: SourceDocument, at: number): boolean {
  const text = doc.paragraphs[at]?.text.trim() ?? '';
  const next = doc.paragraphs[at + 1]?.text ?? '';
  return doc.paragraphs[at]?.heading !== undefined || WRITTEN_ANSWER_FIELD.test(text) || (!endsSentence(text) && !text.includes('\n') && (WRITTEN_ANSWER_FIELD.test(next) || QUESTION_OR_ANSWER.test(next)));
}

/** A written question's headings over the question and over the answer, each a line alone. */
const QUESTION_OR_ANSWER = /^\s*(Question|Answer)\s*$/;

/**
 * Rule "a written answer's "Question" and "Answer" headings stand for who asked and who answered" (round 53: Parliament's
 * written questions print "Asked by …", "Question", the question, "Answered by …", "Answer", the answer; read as speakers'
 * headings, they gave each answer to a speaker called "Answer"): each such heading names the one the nearest "Asked by" or
 * "Answered by" line above it names; one with no such line above it stays as it was.
 */
function withWrittenAnswerers(doc: SourceDocument, headings: (string | undefined)[]): (string | undefined)[] {
  let asker: string | undefined;
  let answerer: string | undefined;
  return doc.paragraphs.map((p, at) => {
    // (A line that names no one readable clears the one before, "Asked by Lord Rennard on 28 January 2025" read or not;
    // an office after the name is no part of it, "Answered by Stephen Kinnock Minister of State (…)", and "of …" a peer's
    // only: the review of round 53.)
    const line = ASKED_OR_ANSWERED_LINE.exec(p.text)?.[1];
    const by = line ? ASKED_OR_ANSWERED_BY.exec(p.text)?.[2] : undefined;
    const name = by ? nameBeforeOffice(by) : undefined;
    if (line === 'Asked') asker = name;
    if (line === 'Answered') answerer = name;
    const heading = QUESTION_OR_ANSWER.exec(p.text)?.[1];
    return (heading === 'Question' ? asker : heading === 'Answer' ? answerer : undefined) ?? headings[at];
  });
}

/** A party's word printed after a member's name without a bracket: "Munira Wilson Liberal Democrat", "Peter Bedford Conservative". */
const PARTY_WORD = /^(?:Conservative|Labour|Liberal|Democrats?|Green|Plaid|SNP|DUP|SDLP|UUP|Independent|Reform|Alliance|Crossbench|Sinn)$/u;

/** A written answer's name up to an office's or a party's word after it, and without an "of …" unless a peer's: "Stephen Kinnock" for "Stephen Kinnock Minister of State". */
function nameBeforeOffice(printed: string): string | undefined {
  const words = (PEERS_STYLE.test(printed) ? printed : printed.replace(/\s+of\s.*$/u, '')).split(/\s+/u);
  const office = words.findIndex((w, at) => at > 0 && (isRoleNoun(w.toLowerCase()) || PARTY_WORD.test(w)));
  const name = (office > 0 ? words.slice(0, office) : words).join(' ');
  return name.includes(' ') || PEERS_STYLE.test(name) ? name : undefined;
}

/** A paragraph that is only a time code: "00:00:05", "[01:12]", "(12:40)". */
const TIME_CODE_LINE = /^\s*[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*$/u;
/** The most words of a paragraph read as a heading or a field between texts, not as a text (see `signedBelow`). */
const MAX_LAYOUT_WORDS = 12;
/** The share of name lines that must sit as signatures do for the names to be read as signatures (see `signedBelow`). */
const SIGNATURE_SHARE = 2 / 3;

/**
 * Rule "a name under a text and over the next one's heading signs the text above it" (round 35: an archive's file of
 * telegrams, each "Telegram 2" / "From: Political Section, Prague" / the text / "KREJČÍ"): when most of the lines that are
 * only a name (`SIGNATURE_SHARE`) follow a paragraph of text and precede a heading, a field or the end, they are
 * signatures, and the document is no transcript headed by its speakers: reading each name as the heading of what follows
 * gave every telegram to the one who signed the telegram before it.
 */
function signedBelow(doc: SourceDocument, headings: (string | undefined)[]): boolean {
  const isText = (at: number) => {
    const text = doc.paragraphs[at]?.text.trim() ?? '';
    return !headings[at] && (endsSentence(text) || text.split(/\s+/u).length > MAX_LAYOUT_WORDS);
  };
  // (A direction under a name, a play's "JANA" / "(quietly)" / "I know what you did", is the turn's: the text after it
  // counts, the review of round 35.)
  // (So is a time code under a name, a podcast's "JANA NOVAK" / "00:00:05" / "Welcome …", the review of round 35's rules.)
  const after = (at: number) => (TRANSCRIPT_DIRECTION.test(doc.paragraphs[at + 1]?.text ?? '') || TIME_CODE_LINE.test(doc.paragraphs[at + 1]?.text ?? '') ? at + 2 : at + 1);
  const named = headings.flatMap((h, at) => (h ? [at] : []));
  const signatures = named.filter((at) => isText(at - 1) && (after(at) >= doc.paragraphs.length || !isText(after(at))));
  return named.length > 0 && signatures.length >= SIGNATURE_SHARE * named.length;
}

/** Whether enough paragraphs are only a name that the document may be headed by its speakers (cheap). */
export function mayHaveSpeakerHeadings(doc: SourceDocument): boolean {
  const timeCodes = TRANSCRIPT_KIND.test(doc.source.kind ?? '');
  return postHeaders(doc) !== undefined || doc.paragraphs.filter((p) => headingName(p.text, timeCodes)).length >= MIN_TURNS;
}

/**
 * A social network's post header: the account's name, its handle and the date, perhaps with the line saying whom it
 * replies to ("Councillor Priya Ramsaran @PriyaRamsaranTO · Oct 21", "Dan Kowalczyk @dkowalczyk_to · Oct 21" / "Replying
 * to @PriyaRamsaranTO"; group 1: the name). Round 30, a councillor's thread on X with its replies.
 */
const POST_HEADER = /^([^@\n]{2,80}?)\s+@[A-Za-z0-9_.]{1,30}\s*·[^\n]{0,40}(?:\nReplying\s+to\s+@[^\n]{1,80})?$/u;

/** A channel's line over a post it forwards from another: "Forwarded from Ukrenergo" (group 1: the other account). */
const FORWARDED_FROM = /^Forwarded\s+from\s+(\S[^\n]{1,80})$/u;
/** A channel post's footer: its views and time, "👁 61.0K · 19:05". */
const VIEWS_FOOTER = /^👁\s*[\d.,]+[KM]?\s*·\s*\d{1,2}:\d{2}$/u;

/**
 * Rule "a forwarded post is its source's" (round 30, a utility's Telegram channel): under "Forwarded from Ukrenergo",
 * the post up to its views footer is the other account's words, not the channel's; the line itself is nobody's.
 */
export function forwardedPostTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: string | undefined;
  doc.paragraphs.forEach((p, at) => {
    const text = p.text.trim();
    const from = FORWARDED_FROM.exec(text)?.[1]?.trim();
    if (from) {
      current = from;
      turns[at] = { start: 0, speaker: undefined };
    } else if (current && VIEWS_FOOTER.test(text)) {
      current = undefined;
      turns[at] = { start: 0, speaker: undefined };
    } else if (current) turns[at] = { start: 0, speaker: current, written: true };
  });
  return turns;
}

/**
 * A chat message's header, the first line of its paragraph: the sender's name, then the time, "Jana Novak  10:42",
 * "Tom Hale 10:44 AM", "Eva Marsh [11:02]" (group 1: the sender, as printed).
 */
const CHAT_HEADER = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})[ \t]+\[?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?=\n|$)/u;

/** A chat export's own note above its messages: "Exported from the #ops channel on 3 May 2024.", "Chat log generated …". */
const EXPORT_NOTE = /^(?:exported|export(?:ed)?\s+(?:from|of)|(?:chat|message)\s+(?:log|history|export)|generated|downloaded|saved)\b/iu;

/**
 * Rule "a chat's message is its sender's" (round 36: an incident channel's export): in a chat's genre (`CHAT_KIND`) with
 * at least `MIN_TURNS` paragraphs opened by a message's header (`CHAT_HEADER`), the lines under each header are its
 * sender's words, as printed, and the header itself no one's. A paragraph with no header goes on with the message before.
 */
export function chatTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayHaveChatMessages(doc)) return [];
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: SpeakerTurn | undefined;
  // (Only between messages: what follows the last one, "The exchange took place in December 2020, …" in a story printing
  // leaked messages, is the story's again, the review of round 36.)
  // (In a story printing the messages, by a byline that is none of their senders; a chat's own export runs its last message
  // to the end, the review of round 37. A last header alone on its paragraph still has its message under it.)
  const headers = doc.paragraphs.map((p) => CHAT_HEADER.exec(p.text));
  const lastOfHeader = headers.findLastIndex((h) => h !== null);
  const headerOnly = (headers[lastOfHeader]?.[0].length ?? 0) + 1 >= (doc.paragraphs[lastOfHeader]?.text.length ?? 0);
  const author = authorOf(doc.source);
  // (Or one opening with a sentence of its own before the first message, a byline or not, the review of round 37.)
  const firstHeader = headers.findIndex((h) => h !== null);
  // (Not an export's own note, "Exported from the #ops channel on 3 May 2024.", the review of round 37.)
  const story = (!!author && !headers.some((h) => h?.[1] === author)) || doc.paragraphs.slice(0, Math.max(0, firstHeader)).some((p) => endsSentence(p.text.trim()) && !EXPORT_NOTE.test(p.text.trim()));
  const lastHeader = !story ? doc.paragraphs.length : headerOnly ? lastOfHeader + 1 : lastOfHeader;
  doc.paragraphs.forEach((p, at) => {
    const header = headers[at];
    if (header) {
      current = { start: 0, speaker: header[1] };
      const start = header[0].length + 1;
      turns[at] = start < p.text.length ? { start, speaker: header[1], written: true } : { start: 0, speaker: undefined };
    } else if (current && at <= lastHeader && p.text.trim() !== '') turns[at] = { start: 0, speaker: current.speaker, written: true };
  });
  return turns;
}

/** Whether a document may be a chat's export (cheap: its genre and `MIN_TURNS` message headers). */
export function mayHaveChatMessages(doc: SourceDocument): boolean {
  return CHAT_KIND.test(doc.source.kind ?? '') && doc.paragraphs.filter((p) => CHAT_HEADER.test(p.text)).length >= MIN_TURNS;
}

/** Whether a document may forward posts (cheap: see `forwardedPostTurns`). */
export function mayForwardPosts(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => FORWARDED_FROM.test(p.text.trim()));
}

/**
 * A Reddit comment's header: the user, perhaps marked as the poster, and its age, "u/auldreekie_lad • 1d",
 * "u/EdinCouncil_STL OP • 1d", "u/HMT_DanaWhitcombe · OP · 6h · 1.1k points" (round 31), or the post's own, "r/IAmA ·
 * Posted by u/HMT_DanaWhitcombe · 6h" (group 1: the user, as printed).
 */
const REDDIT_HEADER = /^(?:r\/[A-Za-z0-9_]{2,30}\s*[•·]\s*Posted\s+by\s+)?(u\/(?:[A-Za-z0-9_-]{3,30}|\[deleted\]))(?:\s*[•·]?\s*OP)?\s*[•·]\s*\d{1,3}[smhdwy](?:\s*[•·][^\n]{0,60})?$/u;
/**
 * A post's signature by the one person writing for a shared account, a dash and a first name on its own line: "–
 * Alasdair" under the council's answer in an AMA (group 1: the name).
 */
const POST_SIGNATURE = /^[–—-]\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u;
// (A dash and a name as a newsletter's sign-off (`SIGN_OFF` in ownVoice.ts) too; here a first name alone, under a post.)
/** The same signature ending a post's last paragraph, after a sentence: "… a few we missed. – Morag" (group 1: the name). */
const INLINE_SIGNATURE = /[.!?]\s+[–—]\s*(\p{Lu}\p{Ll}+)$/u;

/**
 * A blog's comment header, as WordPress prints it: the commenter and "says:", then the date and time on the next line,
 * "Brian Keogh says:" / "May 22, 2025 at 8:14 pm" (round 31; group 1: the commenter).
 */
const BLOG_COMMENT_HEADER = /^(\p{Lu}[^\n:]{1,60}?)\s+says:\s*\n\s*(?:\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?$/u;
/**
 * A blog's comment header on one line, the commenter and the date and time after a dot: "Sue Kettering · 9 January 2024
 * at 7:42am" (round 39; group 1: the commenter).
 */
// (A bullet too, "Sue Kettering • 9 January 2024 at 7:42am", and a comma for "at", "9 January 2024, 7:42am"; a post's own
// byline, "By Owen Pritchard · 8 January 2024 at 6:00pm", names its writer without "By": the review of round 39.)
const COMMENT_LINE_HEADER = /^(?:(?:[Pp]osted\s+)?[Bb]y\s+)?(\p{Lu}[^\n:·•]{1,60}?)\s+[·•]\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})(?:\s+at|,)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?$/u;
/** A dated line's word that names no commenter: a post's update or edit stamp, "Update · 10 January 2024 at 9:00am". */
const NOT_A_COMMENTER = /^(?:last\s+)?(?:updated?|edit(?:ed)?|correction|note|posted|published|comments?)(?:\s+(?:on|by|at))?$/iu;
/** A comment's header on one line (`COMMENT_LINE_HEADER`) naming a commenter, not an update stamp; its name. */
function commentLineHeader(text: string): RegExpExecArray | null {
  const m = COMMENT_LINE_HEADER.exec(text);
  return m && !NOT_A_COMMENTER.test(m[1]?.trim() ?? '') ? m : null;
}
/** A commenter who gives no name: "Anonymous", "Guest", a deleted account's "u/[deleted]". */
const NO_NAME_POSTER = /^(?:anonymous|guest|u\/\[deleted\])$/iu;
/** A post's footer: its time, date and views, "9:02 AM · Oct 21, 2025 · 41.3K Views". */
const POST_FOOTER = /^\d{1,2}:\d{2}\s*(?:AM|PM)?\s*·\s*\p{Lu}\p{Ll}{2}\s+\d{1,2},\s+\d{4}(?:\s*·\s*[\d.,]+[KM]?\s+Views)?$/u;

/**
 * A genre made of users' posts: a thread, posts, an AMA, a forum's or a page's comments. Only there are post headers
 * read as turns: a news report quoting four posts goes on in its own narration after them (the review of round 30).
 */
const SOCIAL_KIND = /\b(?:threads?|posts?|tweets?|ama|forum|comments?|social\s+media)\b/i;

/**
 * The names of a thread's post headers (see `POST_HEADER`, `REDDIT_HEADER`, `BLOG_COMMENT_HEADER`), by paragraph, in a genre of posts
 * (`SOCIAL_KIND`) with at least `MIN_TURNS` such headers: each post, up to the next header, is its account's, a reply
 * its replier's. Undefined otherwise.
 */
function postHeaders(doc: SourceDocument): (string | undefined)[] | undefined {
  if (!SOCIAL_KIND.test(doc.source.kind ?? '')) return undefined;
  const names = doc.paragraphs.map((p) => (POST_HEADER.exec(p.text.trim()) ?? REDDIT_HEADER.exec(p.text.trim()) ?? BLOG_COMMENT_HEADER.exec(p.text.trim()) ?? commentLineHeader(p.text.trim()))?.[1]?.trim());
  // (Two comments under their dated one-line headers are a thread already: the format tells them, round 39.)
  const dated = doc.paragraphs.filter((p) => commentLineHeader(p.text.trim()) !== null).length;
  return names.filter(Boolean).length >= MIN_TURNS || dated >= MIN_DATED_COMMENTS ? names : undefined;
}
/** The fewest comments under dated one-line headers read as a thread. */
const MIN_DATED_COMMENTS = 2;
