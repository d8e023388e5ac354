/**
 * An interview's or a transcript's turns: paragraphs opening with a speaker's label (`Novak: …`, `Q:`/`A:`)
 * and the paragraphs that go on with them are the labelled speaker's.
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { isCountryName } from './countryNames.js';
import { withoutCourtesyTitles } from './courtesyTitles.js';
import { isEnglishWord } from '../text/englishWords.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { LETTER_CLOSING, withoutNickname } from './letterClosings.js';
import { mentionsIn } from './mentionsIn.js';
import { nameOnly } from './nameRuns.js';
import { COURTESY_TITLES, isPublicationTitle, isRoleNoun, isTitle, MEMBERSHIP_LETTER_WORDS, ORG_WORDS, PARTICLE, POST_NOMINAL_WORDS, TITLE_GENDER, withoutProfessionalStyle } from './nameWords.js';
import { FIRST_PERSON_SINGULAR } from './firstPerson.js';
import { DEPOSITION_CAPTION } from './examinationExchanges.js';
import { QUESTIONS_AND_ANSWERS_FORM } from './journalismGenres.js';
import { authorOf, documentOwnVoice } from './ownVoice.js';
import type { Referent } from './referent.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { TRANSCRIPT_DIRECTION } from './stageDirections.js';
import { casedCapitals, ENTRY_TIME, labelPhrase } from './subjectPhrases.js';

/** A paragraph opening with a speaker's label: `Novak: …`, `JANA NOVAK: …`, `Q: …`, `Example News: …`. */
// Rule "a label names its speaker before any comma": "FILIP VANĚK, BRNĚNSKÝ DENÍK:" is Filip Vaněk, a
// journalist of that paper; the outlet after the comma (capitalised words) is not part of the label.
// Rule "a question number is not part of the label" (names10): a UK committee transcript numbers the
// questions ("Q4 Ben Whitlock: …" is Ben Whitlock asking); nor a voice's number ("UNIDENTIFIED PERSON #1:").
// Rule "a label's parentheses say where the speaker sits, or who holds the office" (Hansard and the
// European Parliament): "Mr Tom Hargreaves (Skipton and Ripon Dales) (Con):" is Mr Hargreaves; "The
// Parliamentary Under-Secretary of State for Transport (Claire Ashdown):" and "Madam Deputy Speaker (Judith
// Cummins):" are the people named in them.
// (Its particles are a name's, "Rhodri ap Gwilym:", round 29.)
export const LABEL_NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|${PARTICLE.source.slice(1, -1)})){0,4}`;
// (An office's words may take "at" and "to": the Seanad's "Minister of State at the Department of Education and Youth
// (Deputy Cathal Brannigan):", round 23.)
// (An office's list of portfolios may take commas: "Minister for Housing, Local Government and Heritage (Deputy Ciarán
// Doherty):", round 29.)
const LABEL_OFFICE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:,?\s+(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and|at|to)){0,11}(?=\s*\()`;
// (An office in capitals after "The", however long, as South Africa's Hansard prints a minister's turn: "The MINISTER OF
// WATER AND SANITATION: Hon House Chair, …", round 29; a name's five words would end at "AND".)
const LABEL_OFFICE_IN_CAPITALS = String.raw`The\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,9}(?=\s*:)`;
// (Two parts at most: PBS's "Thomas Okafor, Director, Arizona Department of Water Resources:", round 20; three in the
// Canadian Senate's committee record, "Marianne Solberg, Vice-President, Logistics, Western Terminal Elevator
// Association:", round 22.)
const LABEL_OUTLET = String.raw`(?:,\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|of|for|and|de|del|la|le|du|des|the)){0,5}){0,3}`;
// (Up to 120 characters: Canada's "(Parliamentary Secretary to the Minister of Government Transformation, Public
// Services and Procurement)", round 20.)
// (One pair may hold another: Canada's committee record nests the chair's seat inside the parentheses naming her, "The
// Chair (Mr. Gordon Lachance (Kanata—Carleton East, Lib.)):", round 30; see `groupsIn`.)
const LABEL_PARENTHESES = String.raw`((?:\s*\((?:[^()\n]|\([^()\n]{1,80}\)){1,120}\)){0,2})`;
// Rule "a label may stand alone, its words in the paragraphs after it" ("DANIEL RUIZ, HOST:" on a line of its own).
// Rule "the European Parliament's verbatim report ends a label with a full stop and a dash": "Hanna
// Lehtonen (PPE). – Madam President, …", "President. – The debate is closed."
const LABEL_END = String.raw`(?::|\.[ \t]*[\u2013\u2014])`;
/** Written parliamentary questions and answers, whose headings "Topic: Subtopic" stand over each question. */
const WRITTEN_ANSWERS_KIND = /\bwritten\s+(?:questions|answers|parliamentary\s+questions)\b/iu;
/** Hansard's note in square brackets after an answerer's name, before the colon: "Kieran Marsh [holding answer 13 March 2025]:" (round 59). */
const LABEL_BRACKETED_NOTE = String.raw`(?:[ \t]*\[[^\]\n]{1,60}\])?`;
// Rule "the European Parliament's label may give the speaker's part before its dash" (round 18), in any case:
// "Pilar Ibáñez Robles, rapporteur. –", "Klaus-Dieter Wendland, on behalf of the PPE Group. –", "Kateřina
// Nováková (The Left), blue-card question. –", "Pierre Karleskind, Chair of the Committee on Fisheries. –" (only
// before the full stop and dash: a colon label's words after a comma are an outlet's, capitalised).
const LABEL_PART_BEFORE_DASH = String.raw`(?:,\s+\p{L}[\p{L}\p{N} '’/&-]{0,70}?(?=\.[ \t]*[\u2013\u2014]))?`;
// (A question's number before a member's label with a seat and a party, as the Scottish Parliament's Official Report
// prints its questions: "1. Fiona Dalgleish (Argyll and Bute) (SNP): To ask …", round 21; not a numbered list's
// "1. Greta Gerwig (Lady Bird): …".)
/** The words a broadcast transcript marks a recording played with: "[CLIP]", "[ARCHIVE CLIP]", "[SOUNDBITE]". */
const CLIP_WORD = String.raw`CLIP|ARCHIV(?:E|AL)(?:\s+CLIP)?|AUDIO(?:\s+CLIP)?|VIDEO(?:\s+CLIP)?|SOUNDBITE|VT`;
/** The Lok Sabha's asterisk before a label, its footnote's mark for a speech translated from the language it was given in: "*SHRI RAGHUVIR PRASAD YADAV (JHANJHARPUR):" (round 24). */
const TRANSLATED_MARK = String.raw`\*(?=\p{Lu})`;
/** A recording's mark before its speaker's label: "[CLIP] JOANNE HARTIGAN, HEADTEACHER:" (round 22); in parentheses, "(VT) DEREK HOLLAND:" (round 25). */
const CLIP_MARK = String.raw`(?:\[(?:${CLIP_WORD})\]|\((?:${CLIP_WORD})\))[ \t]*`;
/** A podcast transcript's time stamp before its label: "[00:00:03] Andrea Collier:", "[01:12] Sam Okonjo:" (round 25, The Globe and Mail's The Ledger). */
// (Or a messaging app's export's, with the date: "[14/03/2025, 10:42]", "14/03/2025, 10:42 - " (WhatsApp), round 36.)
const TIME_MARK = String.raw`(?:\[(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]+[-\u2013])[ \t]*`;
const TIME_MARK_AT_START = new RegExp(`^${TIME_MARK}`, 'u');
/** A chat's or a messaging app's export by its genre: "chat export", "Slack export", "Teams chat", "WhatsApp group". */
export const CHAT_KIND = /\b(?:chat|slack|teams\s+(?:chat|channel|export)|whatsapp|message\s+log|messaging)\b/i;
/**
 * A research participant's code for a label, as studies anonymise their interviewees and focus groups: "P07", "P12",
 * "R5", "G2-R4", "FG1-P3" (round 36: an interview transcript deposited as open data, a focus-group report's excerpt).
 * Whoever it stands for is not named (`speakerOfLabel`), but the turn is theirs, not the one before's.
 */
const PARTICIPANT_CODE_WORD = String.raw`(?:P|R|G\d{1,2}-R|FG\d{1,2}-P)\d{1,3}`;
/** A participant's code before a label's colon (`PARTICIPANT_CODE_WORD`). */
const PARTICIPANT_CODE = String.raw`${PARTICIPANT_CODE_WORD}(?=\s*:)`;
/** Words saying a document quotes a study's participants, which its codes stand for: "participant", "respondent", "interviewee", "focus group", "anonymised". */
const STUDY_PARTICIPANTS = /\b(?:participants?|respondents?|interviewees?|focus\s+groups?|anonymi[sz]ed|pseudonymi[sz]ed)\b/iu;
/** A label that is only a participant's code. */
const PARTICIPANT_CODE_LABEL = new RegExp(String.raw`^\s*${PARTICIPANT_CODE_WORD}\s*$`, 'u');

/** A picture's credit or caption opening a paragraph, "Foto: Valentin Flauraud / DER SPIEGEL", "Photo: …": no label, and the end of any turn before it (round 25). */
const PICTURE_WORDS = 'photo|foto|photograph|photos|picture|image|illustration|graphic|graphics|caption|map|chart|video';
const PICTURE_CREDIT = new RegExp(String.raw`^\s*(?:${PICTURE_WORDS})\s*:`, 'iu');
// (The words may begin on the label's next line, in the same paragraph: a podcast's "Lena Vogtmann (00:00:04):" / "Hello
// and welcome …", round 29.)
const TURN_LABEL = new RegExp(String.raw`^(?:${TIME_MARK})?(?:${CLIP_MARK}|${TRANSLATED_MARK}|Q\d+\s+|\d{1,3}\.\s+(?=[^:()\n]{1,120}\([^()\n]{1,80}\)\s*\([^()\n]{1,40}\)\s*:))?(${LABEL_OFFICE_IN_CAPITALS}|${PARTICIPANT_CODE}|${LABEL_NAME}|${LABEL_OFFICE})(?:\s+#\d{1,2})?${LABEL_OUTLET}${LABEL_PARENTHESES}${LABEL_BRACKETED_NOTE}${LABEL_PART_BEFORE_DASH}${LABEL_END}(?:[ \t]+(?=\S)|[ \t]*\n(?=[ \t]*\S)|\s*$)`, 'u');
/**
 * Rule "a US hearing's label is a title and a surname in capitals, then a full stop" (round 19), as the
 * Government Publishing Office prints hearings: "The CHAIRMAN. Good morning.", "Senator WHITCOMB. So …", "Mr.
 * ESCOBEDO of Texas. Thank you …", "Mr. PLUMMER.--but I would …", "Mrs. McMORRIS RODGERS.", "The PRESIDING
 * OFFICER (Mr. Lankford).", "The SPEAKER pro tempore.". Only after a title, or "The" and an office of four
 * capitals or more (not "The US."), so that a dateline or an acronym opening a paragraph is no label. (Group 1:
 * the label as printed, "Mr. ESCOBEDO"; 2: the member's state, which tells two Mr. Smiths apart; 3: the holder
 * an office's label names in parentheses.)
 */
const HEARING_LABEL = /^((?:The|(?:Mr|Ms|Mrs|Miss|Dr|Sen|Rep)\.|Senator|Chairman|Chairwoman|Chair|Representative|Delegate|Commissioner|Secretary|General|Admiral|Governor|Ambassador|Judge|Justice|Speaker)\s+(?:\p{Lu}\p{Ll}{1,2})?\p{Lu}[\p{Lu}'’-]+(?:\s+(?:\p{Lu}\p{Ll}{1,2})?\p{Lu}[\p{Lu}'’-]+){0,2})(?:\s+pro\s+tempore)?(?:\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))?(?:\s+\(([^()\n]{1,40})\))?\.(?:[ \t]+(?=\S)|(?=--|\u2014)|\s*$)/u;
/** A surname in mixed case, as a hearing's label prints it: "Okafor", "McMorris", "O'Brien", "Moreno-Hale". */
const MIXED_SURNAME = String.raw`\p{Lu}(?:\p{Ll}{1,2}\p{Lu}|\p{Ll}?['’]\p{Lu})?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/**
 * Rule "a Senate hearing may print its labels in mixed case" (round 23): "The Chairman. The Committee will come to
 * order.", "Senator Easterbrook. Thank you, …", "Dr. Okafor. No, sir, …", as the Government Publishing Office prints
 * many Senate committees' hearings. Only a title and a surname of one or two words ("Senator Van Hollen."), or "The"
 * and a presiding office, with words after it in the same paragraph: "Senator Easterbrook." alone is the chair calling
 * on her, the chair's words. Never a witness addressing the chair, "Mr. Chairman. If I may …"; and only in a document
 * filed as a transcript or hearing (`hearingLabel`): a news explainer's recurring "Senator Warren. The Massachusetts
 * Democrat …" is no record (the review of round 23).
 */
const MIXED_HEARING_LABEL = new RegExp(String.raw`^((?:The\s+(?:Chairman|Chairwoman|Chair|Speaker|Clerk|President|Presiding\s+Officer|Vice\s+Chair(?:man|woman)?|Ranking\s+Member))|(?:(?:Mr|Ms|Mrs|Miss|Dr|Sen|Rep)\.|Senator|Chairman|Chairwoman|Representative|Delegate|Commissioner|Secretary|General|Admiral|Governor|Ambassador|Judge|Justice)\s+(?!(?:Chairman|Chairwoman|Chair|President|Speaker|Secretary|Clerk|Vice)\b)${MIXED_SURNAME}(?:\s+${MIXED_SURNAME})?)\.[ \t]+(?=\S)`, 'u');
/** A member's label with the state, as `transcriptTurns` keys it: "Mr. JOHNSON of South Dakota" (group 1: "Mr. JOHNSON"). */
const MEMBER_OF_STATE = /^(.*\p{Lu}{2}[\p{Lu}'’-]*)\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;
/** A hearing's office label, "The CHAIRMAN", "The PRESIDING OFFICER": the office, its holder named elsewhere. */
const OFFICE_LABEL = /^The\s+(\p{Lu}+(?:\s+\p{Lu}+)?)$/u;
/**
 * A hearing's heading in capitals before a witness's statement: "STATEMENT OF DANA OKAFOR, DEPUTY
 * ADMINISTRATOR, …", "PREPARED STATEMENT OF LYLE ABERNATHY". (Group 1: the one name it gives.)
 */
// (Or "STATEMENT OF THE HON. WADE T. ELLINGSON, A REPRESENTATIVE …", "… OF THE HONORABLE …", round 63.)
const STATEMENT_HEADING = /^(?:OPENING\s+|PREPARED\s+)?STATEMENT\s+OF\s+(?:THE\s+)?(?:HON\.\s+|HONOU?RABLE\s+)?(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3})(?:,[^;]*)?$/u;
/**
 * Rule "a heading in title case is nobody's" (round 20): a paragraph of two to eight words, each capitalised but
 * the small words of a title, with no stop ("Cost of Living", "Electricity Prices", Australia's Hansard). Not
 * in capitals alone: a hearing's "PREPARED STATEMENT OF LYLE ABERNATHY" opens a turn (`STATEMENT_HEADING`).
 */
const TITLE_HEADING = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|the|for|on|in|to|a|an|&)){1,7}\s*$/u;
const isTitleHeading = (text: string): boolean => TITLE_HEADING.test(text) && /\p{Ll}/u.test(text);

/** The most words of a section's heading in sentence case ("Written statements (Rule 178)"). */
const MAX_SENTENCE_CASE_HEADING_WORDS = 5;
/** The most words of a section's heading in capitals ("ORAL ARGUMENT OF ELENA V. MARCHETTI ON BEHALF OF THE PETITIONER"). */
const MAX_CAPITALS_SECTION_HEADING_WORDS = 12;

/**
 * Rule "a short line with no stop right before a label is a section's heading" (round 23): the European Parliament's
 * "Catch-the-eye procedure" and "Written statements (Rule 178)", in sentence case; the Supreme Court's "ORAL ARGUMENT
 * OF ELENA V. MARCHETTI ON BEHALF OF THE PETITIONER", in capitals. Up to twelve words in capitals, five otherwise;
 * no comma, no quotation mark, and no stop or dash at its end.
 */
const isSectionHeading = (text: string): boolean => {
  // (An initial's full stop, "ELENA V. MARCHETTI", is no stop; a line broken off, "My Lords—", is a turn's words.)
  const words = text.replace(/(?<=(?:^|[^\p{L}])\p{Lu})\./gu, '');
  const count = words.trim().split(/\s+/).length;
  // (Five words at most in sentence case: a podcast's turn may drop its stop, "And then we stopped at the border and
  // waited for nine hours", the review of round 23.)
  return /^\s*\p{Lu}[^,.!?;:\n]*[^\s,.!?;:…"”’\u2013\u2014-]\s*$/u.test(words) && count <= (/\p{Ll}/u.test(words) ? MAX_SENTENCE_CASE_HEADING_WORDS : MAX_CAPITALS_SECTION_HEADING_WORDS) && !/["“”]/.test(words);
};

/** Whether a paragraph is a heading in capitals alone ("STATEMENT OF DANA OKAFOR, …", "BACKGROUND"): no lower-case letter, two capitals at least. */
const isHeadingInCapitals = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);

/**
 * Rule "the web Hansard prints a label as a paragraph of its own, with no colon" (round 19): "Baroness Thornleigh
 * (LD)", "Lord Ashcombe of Wyre (Lab)", "The Parliamentary Under-Secretary of State, Department for Energy
 * Security and Net Zero (Lord Ashcombe of Wyre) (Lab)". Only with a seat, party or office holder in parentheses
 * (`seatOrOfficeHolder`), so that a line of capitalised words alone is no label; a peer's "of Wyre" is part of
 * the name.
 */
const STANDALONE_LABEL = new RegExp(String.raw`^(${LABEL_NAME}(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?|[\p{Lu}][\p{L}.'’-]*(?:,?\s+(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)){0,14}(?=\s*\())((?:\s*\([^()\n]{1,80}\)){1,2})\s*$`, 'u');

/**
 * A peer's title, the name the Lords know them by as printed: "Lord Ashcombe of Wyre", "Baroness Thornleigh of
 * Hale", "The Lord Bishop of Hereford", "The Earl of Devon" (a surname alone read from it would be the place).
 */
/** A peer by style and title alone, as the Lords' record prints an office's holder: "Lord Penhallow", "Baroness Harrowby". */
const PEER_STYLE = /^(?:Lord|Baroness|Lady|Viscount(?:ess)?|Earl|Countess|Baron)\s+\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?$/u;
const PEER_TITLE = /^(?:The\s+)?(?:Lord\s+Bishop|Lord|Baroness|Lady|Viscount(?:ess)?|Earl|Countess|Baron|Duke|Duchess|Marquess)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
/** A peer's title standing alone as a paragraph with no party after it: "The Lord Bishop of Hereford". */
const PEER_ALONE = new RegExp(String.raw`^(${PEER_TITLE.source.slice(1, -1)})()\s*$`, 'u');
/**
 * A heckle as the Bundestag's record prints it, a paragraph in parentheses: "(Jörg Randt [AfD]: And who was in
 * government?)", "(Applause from the CDU/CSU – Leonie Bach [BÜNDNIS 90/DIE GRÜNEN]: That is not an answer!)"
 * (round 19). Group 1: the heckler's name; the match ends where their words begin.
 */
const INTERJECTION = /(?<=^\s*\((?:[^()[\]]*?\s[\u2013\u2014-]\s+)?)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s+\[[^\]\n]{1,40}\]:\s*(?=[^()]*\)\s*$)/u;

/** The Congressional Record's note that a document follows, inserted at a member's request. */
const PRINTED_IN_RECORD = /\bordered\s+to\s+be\s+printed\s+in\s+the\s+Record\b[^\n]{0,40}$/;
/** A signature line's name before its comma: "Ruth Aalgaard, MD," (group 1). */
const SIGNATURE_NAME = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*,/u;

/**
 * Who signed a document inserted into a record after paragraph `at`: the name on the line after its closing
 * ("Sincerely," / "Ruth Aalgaard, MD,"), before the record's next label; undefined when it has no signature.
 */
function signerOfInsertion(doc: SourceDocument, at: number, labels: (RegExpExecArray | null)[]): string | undefined {
  for (let next = at + 1; next + 1 < doc.paragraphs.length && !labels[next]; next++) {
    if (LETTER_CLOSING.test((doc.paragraphs[next] as { text: string }).text)) return SIGNATURE_NAME.exec((doc.paragraphs[next + 1] as { text: string }).text)?.[1];
  }
  return undefined;
}

/**
 * Rule "a briefing's "Q" is a reporter no one names" (round 22): the White House and other press offices print a
 * reporter's question as "Q Thank you, Victor. …", a bare Q and no colon. Nobody's named words, and the end of the
 * answer before it: not the press secretary's.
 */
// (Or one going on after an answer broke in, "Q — will the President meet with the families …?", round 55.)
const REPORTERS_QUESTION = /^Q[ \t\u00A0]+(?=[\p{Lu}"“‘(\d]|[—–]\s)/u;
/**
 * A call on someone by name: a lead-in, the name, a tail ("With that, Matt.", "Go ahead, Nadia.", "Greg, go ahead.",
 * "Dezhi?"; group 1: the lead-in, 2: the name, 3: the tail).
 */
// (Past an acknowledgement, "Okay, go ahead, Darlene.", round 55.)
const CALL = String.raw`(?:(?:OK|Okay|All\s+right|Alright),?\s+(?=[Gg]o\s+ahead|[Ww]ith\s+that|[Ll]et['’]s\s+go\s+to))?(?:(Yes|Yeah|Sure|OK|Okay|Please|[Gg]o\s+ahead|[Ww]ith\s+that|[Ll]et['’]s\s+go\s+to),?\s+)?(\p{Lu}\p{Ll}+)(?:,?\s+(go\s+ahead|please|you['’]re\s+(?:up|on(?:\s+air)?)))?\s*`;

/**
 * Rule "a briefer calls on a reporter by name" (round 28): "MS. WHITCOMB: Zeke." or "Go ahead, Mariana.", then "Q Thank
 * you. Director, is the President …?": the reporter's "Q" turns, the follow-ups after each answer too, are the one
 * called, by the first name as printed, until a "Q" opening with thanks or a greeting no one called, or one after two
 * turns of the briefers (`CALL`'s group 2: the name). A whole turn that is a call comes after an answer, not right after
 * a question ("No.", a court's "Overruled."), and its word no English word ("Thanks.", "Next."); a call closing an answer,
 * see `callAtEnd`.
 */
const CALLED_ON = new RegExp(`^${CALL}[.?!]?$`, 'u');
/** The last sentence of a briefer's or a host's turn when it calls on someone: "… in the meantime. Dezhi?" (see `CALL`). */
const CALL_AT_END = new RegExp(String.raw`(?:^|[.!?)]\s+)${CALL}[.?!]$`, 'u');

/**
 * Who a turn's last sentence calls on (`CALL_AT_END`, `calledIn`): closing an answer, any call ("… his meetings. Dezhi?",
 * a bare name only with a question mark);
 * elsewhere only one handing over the floor, "Go ahead, Sharon.", "With that, Matt.", "Greg, you're on" (not "… Yes,
 * Sarah." or "… Peter?" closing a moderator's remarks, which may turn to a panellist).
 */
function callAtEnd(text: string, calls: 'any' | 'handing over' = 'handing over'): string | undefined {
  const call = CALL_AT_END.exec(text.trim());
  if (calls === 'handing over' && !HANDING_OVER.test(`${call?.[1] ?? ''} ${call?.[3] ?? ''}`)) return undefined;
  // (A bare name closing an answer calls only as a question, "Dezhi?": "We know who. Hamas." answers, the review of round 31.)
  if (call && !call[1] && !call[3] && !text.trim().endsWith('?')) return undefined;
  return calledIn(call);
}

/**
 * A briefer's turn ending with a call on someone it does not name: "Yes, in the back.", "The lady in blue.", "Next
 * question, the gentleman at the front." (round 31): the question after it is someone new's, not the last asker's follow-up.
 */
const CALL_NAMING_NO_ONE = /(?:^|[.!?]\s+)(?:(?:yes|okay|ok|sure|next\s+question)[,.]?\s+)?(?:(?:over\s+)?(?:in|at)\s+the\s+(?:back|front|middle|aisle|side)|(?:the\s+)?(?:gentleman|lady|woman|man|person)\s+(?:in|at|on|with|over)\s+[^.!?]{1,30})\s*[.?!]$/i;

/** The words of a call that hand over the floor (`CALL`'s lead-in or tail). */
const HANDING_OVER = /\b(?:go\s+ahead|with\s+that|let['’]s\s+go\s+to|you['’]re\s+(?:up|on))\b/i;

/**
 * The name a call (`CALL`) calls: no title or office ("Minister?", "Yes, Sir."), and with no lead-in or tail to make it a
 * call, no English word ("Thanks.", "Next."); "With that, Matt." calls Matt.
 */
function calledIn(call: RegExpExecArray | null): string | undefined {
  const name = call?.[2];
  // (Not a topic, "Okay, let's go to Syria.", a country, the review of round 55.)
  if (!name || isTitle(name) || isRoleNoun(name.toLowerCase()) || isCountryName(name)) return undefined;
  return call[1] || call[3] || !isEnglishWord(name) ? name : undefined;
}

/**
 * A questioner giving a name at the start of the question, after any thanks: "Thank you. Kofi Ampofo, Joy Business.",
 * "Nadia Karam with Asharq.", "Hi, I'm Dana Roe from …", "Margaret Eames, I spent 20 years …" (group 1: the name): after
 * the name, an outlet ending its sentence, "I", or "with"/"from"/"of" an outlet; never a name the question goes on to
 * talk about ("Donald Trump, as you know, has …", "Vladimir Putin, the Russian President, said …", the review of round 31).
 */
// (An outlet with a channel's number, "Q: Jasmine Kowalczyk-Reed, WHPT News 8.", round 62: only after a channel's word or
// a call sign, not "Q: Kevin Durant, Game 3.", the second review of round 62.)
const SELF_INTRODUCTION = /^\s*(?:(?:[Tt]hank\s+you|[Tt]hanks|[Hh]i|[Hh]ello|[Gg]ood\s+(?:morning|afternoon|evening))\b[^.!?]{0,40}[.!?]\s+)?(?:(?:[Hh]i|[Hh]ello)[,.]?\s+)?(?:(?:I['’]m|[Mm]y\s+name\s+is|[Tt]his\s+is)\s+)?(?!(?:Hi|Hello|Hey|Thanks|Thank|Good|Morning|Afternoon|Evening|Yes|No|Well|So|Sorry)\b)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|(?<=(?:News|Channel|TV|Radio|Television|FM|\p{Lu}{2,})\s)\d{1,3}|of|for|and|the|&)){0,5}[.;]|,\s+I\b|\s+(?:with|from|of)\s+\p{Lu})/u;

/**
 * Rule "a questioner who gives a name is that one" (round 31): the name a question opens with, a person's name of two
 * or three words, no title and no speaker the record labels ("Dr Mensah, the United States has …" and "StS Kornblum, a
 * question on a different topic." address someone; they name no asker).
 */
function selfIntroduced(body: string, labelled: Set<string>): string | undefined {
  const name = SELF_INTRODUCTION.exec(body)?.[1];
  // (Nor one the record labels as a speaker, "Question: StS Kornblum, a question on a different topic.": the one asked.)
  if (!name || isTitle(name.split(/\s+/)[0] as string) || labelled.has(name.toLowerCase()) || labelled.has((name.split(/\s+/).at(-1) as string).toLowerCase())) return undefined;
  const phrase = labelPhrase(name);
  return phrase?.kind === 'person' && phrase.form === 'name' ? phrase.core : undefined;
}

/**
 * A caller's label naming the caller after a dash, as an Australian premier's office prints talkback: "CALLER – GREG:"
 * (group 1: the name, read as a label is; round 31).
 */
// (Or a question's or an answer's, a town hall's record, "Q — Kerry Blandford, Transport Planning, Daventry:", "A — Dan
// Okafor:", with what the asker does and where after commas, round 48; each capitalised, not an answer's own words, "A —
// Tom Reed, our captain, is fit: …", the review of round 48.)
const CALLER_NAMED_LABEL = /^(?:CALLER|Caller|LISTENER|Listener|Q|A)\s*[–—-]\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+\p{Lu}[^:,\n]{0,40}){0,3}\s*:\s+/u;
/** A question whose asker the record does not name, after a dash: "Q — asked anonymously on Slido:" (group 1: "Q"). */
const UNNAMED_QUESTION_LABEL = /^(Q)\s*[–—-]\s*\p{Ll}[^:\n]{0,60}:\s+/u;

/** A follow-up's label, the second word in lower case as the German government's press conferences print it: "Follow-up question:" (group 1: the label). */
const FOLLOW_UP_LABEL = /^((?:Follow-?up|Supplementary)\s+question)\s*:\s+(?=\S)/u;

/** A numbered question's label standing alone over the question, as Chatham House prints its Q&A: "Question 1:" (group 1: the label). */
const NUMBERED_QUESTION_LABEL = /^(Question\s+\d{1,3})\s*:\s*$/;

/** A label for whoever a briefer or a host calls on: "QUESTION:", "Questioner:", "CALLER:", "AUDIENCE MEMBER:", "Q:". */
const ASKERS_LABEL = /^(?:(?:follow-?up\s+|supplementary\s+)?question(?:\s+\d{1,3})?|follow-?up|questioner|caller|audience\s+member|q)$/i;

/**
 * A reporter's question opening as a new one's does: thanks or a greeting ("Thank you.", "Thanks, Dana.", "Good afternoon."), or
 * a change of subject ("On a different subject?", round 31).
 */
const NEW_QUESTIONER = /^\s*(?:thank|thanks|hi\b|hello|good\s+(?:morning|afternoon|evening)|(?:(?:can\s+I\s+)?(?:on\s+|change\s+(?:to\s+)?)?(?:a\s+|the\s+)?(?:different|another|separate|new)\s+(?:subject|topic|issue)\b))/i;
/**
 * Rule "a record's note of a tabled question is nobody's turn" (round 23): the Northern Ireland Assembly prints each
 * question as "1. Mr Kernoghan asked the Minister for Infrastructure what action she is taking …" (a topical one as
 * "T1."), the record's words before the member rises: it ends the turn before it, the Speaker's. Only numbered: "Mr
 * Hale asked the Minister about it again in June." inside a speech is the speaker's.
 */
// (Or a deputy's, the Dáil's written answers: "201. Deputy Aoife Brennan asked the Minister for Education …", round 29.)
const TABLED_QUESTION = /^\s*T?\d{1,3}\.\s+(?:Mr|Mrs|Ms|Miss|Dr|Deputy|Senator)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+asked\s+the\s+\p{Lu}/u;
/**
 * A tabled question printed with its number and reference and no label, as the Senedd's record prints it: "1. Will the
 * First Minister make a statement on …? OQ62811" (round 25); the Scottish Parliament's "(S6O-04871)". Whose it is the
 * record says elsewhere, so it is nobody's here, not the presiding officer's before it.
 */
const TABLED_QUESTION_REFERENCE = String.raw`\s*\(?(?:OQ|WQ|TQ|S\d[OFWT]-)\d{4,6}\)?\s*$`;
const NUMBERED_TABLED_QUESTION = new RegExp(String.raw`^\s*\d{1,3}\.\s+[^\n]{10,400}\?${TABLED_QUESTION_REFERENCE}`, 'u');
/** A paragraph that is only a time stamp in a record (a live blog entry's time, `ENTRY_TIME`, or Hansard's "(1425)"): "3.11 pm", "10:04 a.m.". */
const TIME_STAMP = new RegExp(String.raw`^\s*(?:${ENTRY_TIME}|\(\d{3,4}\))\s*$`, 'i');

/** A paragraph that is a table, each line a row between bars: "| Resolution | For (%) |". */
const TABLE = /^(?:[ \t]*\|[^\n]*\|[ \t]*(?:\n|$))+$/u;
/** A label ending with the European Parliament's full stop and dash, whose parentheses are a political group's ("(Verts/ALE)", "(The Left)"): short and capitalised, not "(laughing)". */
const DASH_LABEL_END = /\.[ \t]*[\u2013\u2014][ \t]*$/;
const POLITICAL_GROUP = /^\s*\(\p{Lu}[^()]{0,29}\)\s*$/u;
/** Speakers a document of a transcript's genre needs, if no label recurs, to be read as turns. */
const MIN_SPEAKERS_IN_TRANSCRIPT = 3;
/** Labelled paragraphs a document needs to be read as a transcript (with at least two labels recurring). */
export const MIN_TURNS = 4;

/**
 * An interview's or transcript's turns: a document where at least `MIN_TURNS` paragraphs open with a
 * speaker's label and at least two labels recur (so that "Note:" or "Contact:" once is not a speaker). A
 * paragraph without a label between two labelled ones goes on with the turn before it.
 */
export function transcriptTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  const hearing = new Set<number>();
  const standalone = new Set<number>();
  const chairNotes = new Set<number>();
  const motionLines = new Set<number>();
  const cueLines = new Set<number>();
  const transcriptKind = TRANSCRIPT_KIND.test(doc.source.kind ?? '');
  const lowerCaseLabels = transcriptKind && doc.paragraphs.filter((p) => LOWER_CASE_LABEL.test(p.text)).length >= MIN_TURNS ? recurringLowerCaseLabels(doc) : undefined;
  const capitalsLines = transcriptKind ? recurringCapitalsLines(doc) : new Set<string>();
  const key = speakerKey(doc);
  const keyedInitials = speakerKeyLabel(key);
  // (The key's own lines, "LK Liesl Kaltenbrunner", open no turn.)
  const keysLines = keyedInitials ? speakerKeysLines(doc) : -1;
  const capitalsStop = new Set<number>();
  const interviewStops = printsStopLabels(doc);
  const matches = doc.paragraphs.map((p, at) => {
    if (at === keysLines) return null;
    const colonLabel = SCRIPT_DIRECTION_LABEL.exec(p.text) ?? CLIP_DASH_LABEL.exec(p.text) ?? TURN_LABEL.exec(p.text) ?? CLIP_LABEL.exec(p.text) ?? (lowerCaseLabels ? lowerCaseLabel(doc, p.text, lowerCaseLabels) : null) ?? (keyedInitials ? keyedInitials.exec(p.text) : null) ?? NUMBERED_QUESTION_LABEL.exec(p.text) ?? CALLER_NAMED_LABEL.exec(p.text) ?? UNNAMED_QUESTION_LABEL.exec(p.text) ?? FOLLOW_UP_LABEL.exec(p.text) ?? (interviewStops ? INTERVIEW_STOP_LABEL.exec(p.text) : null);
    const m = colonLabel ?? (transcriptKind ? (standaloneLabel(p.text) ?? capitalsLineLabel(p.text, capitalsLines)) : null);
    // ("IN THE CHAIR: JAVIER OLMEDO" between two speeches: a note of who presides, nobody's words, and the end of the
    // turn before it, round 20.)
    if (m && CHAIR_NOTE.test(m[1] ?? '')) chairNotes.add(at);
    // ("RESOLVED: That the council adopts the plan." between two turns: the record's, and the end of the turn before it, the
    // review of round 51.)
    if (m && MOTION_LABEL.test((m[1] ?? '').trim())) motionLines.add(at);
    // ("SOT (archive footage): We were promised a bridge …": a script's cue for sound the record does not name, nobody's, and
    // the end of the turn before it, the review of round 52.)
    if (m && PRODUCTION_CUE.test((m[1] ?? '').trim())) cueLines.add(at);
    if (m && ((m[2] && !seatOrOfficeHolder(m[1] as string, m[2]) && !(DASH_LABEL_END.test(m[0]) && POLITICAL_GROUP.test(m[2]))) || NOT_SPEAKER_LABEL.test(m[1] ?? '') || GREETING_LABEL.test(m[1] ?? '') || headlineOrHeading(p.text.slice(m[0].length)) || ROSTER_ENTRY.test(p.text.slice(m[0].length)))) return null;
    // (A time stamp before a label only in a transcript's genre: a live blog's "[09:02] Downing Street: …" is its
    // narration, the review of round 25.)
    // (Or a chat's export, where each message is stamped so, round 36.)
    if (m && !transcriptKind && !CHAT_KIND.test(doc.source.kind ?? '') && TIME_MARK_AT_START.test(p.text)) return null;
    if (m && !colonLabel) standalone.add(at);
    if (m) return m;
    // (A name in capitals and a full stop, "CHAIR VOSS.", only in a transcript's genre and kept apart: see below.)
    const stated = hearingLabel(p.text, transcriptKind);
    const stop = !stated && transcriptKind ? CAPITALS_FULL_STOP_LABEL.exec(p.text) : null;
    if (stop) capitalsStop.add(at);
    const heard = stated ?? stop;
    if (heard) hearing.add(at);
    return heard;
  });
  // (Names in capitals and a full stop only where the record is laid out so, two of them printed twice or more: then a
  // reporter asking once is a turn too; "SAN FRANCISCO. Jane Roe meets me …" or "BREAKING NEWS. Officials say …" alone is
  // a dateline or a banner, the review of round 29.)
  const stopLabels = new Map<string, number>();
  for (const at of capitalsStop) stopLabels.set(matches[at]?.[1] as string, (stopLabels.get(matches[at]?.[1] as string) ?? 0) + 1);
  const laidOutSo = [...stopLabels.values()].filter((n) => n >= 2).length >= 2;
  if (!laidOutSo) {
    for (const at of capitalsStop) {
      matches[at] = null;
      hearing.delete(at);
    }
  }
  // ("Community Energy: Grid Connections", a debate's title over its record: words in title case with no stop
  // after a label printed once are a title, not a turn.)
  const printed = new Map<string, number>();
  for (const m of matches) if (m) printed.set(m[1] as string, (printed.get(m[1] as string) ?? 0) + 1);
  // (And a heading the file marks so, "### Free School Meals: Registration" in Hansard's written answers, one word after the
  // colon too: nobody's, and the end of the answer before it, round 59.)
  const topicHeadings = new Set<number>();
  const writtenAnswers = WRITTEN_ANSWERS_KIND.test(doc.source.kind ?? '');
  matches.forEach((m, at) => {
    const body = m ? (doc.paragraphs[at] as { text: string }).text.slice(m[0].length).trim() : '';
    // (Only in written answers: a transcript's speaker goes on under "### Trade: US Tariffs", and "### Dr Tony Holohan:
    // Opening Remarks" names its speaker, the fourth review of round 59.)
    const marked = writtenAnswers && doc.paragraphs[at]?.heading !== undefined;
    const titleCase = body.split(/\s+/).length >= (marked ? 1 : 2) && body !== '' && !/[.!?,;:]/.test(body) && body.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
    if (m && titleCase && (marked || printed.get(m[1] as string) === 1)) {
      matches[at] = null;
      if (marked) topicHeadings.add(at);
    }
  });
  // (A label standing alone next to another is an item of a list, "Jeff Mason (Reuters)" among a podcast's
  // guests, not a turn: its words would be the next paragraph's.)
  const listed = [...standalone].filter((at) => standalone.has(at + 1) || standalone.has(at - 1));
  for (const at of listed) {
    matches[at] = null;
    standalone.delete(at);
  }
  const lists = participantLists(doc.paragraphs, matches);
  for (const at of lists) matches[at] = null;
  if (transcriptKind) bareNameLines(doc, matches, standalone);
  // ("Chair: Sir Adrian Hollis KCMG, Associate Fellow, …", "Interviewer: Ruth A. Holloway" over the first turn: who takes
  // the part, no one's words, round 31.)
  // (Only a label printed once, a part the record names and then labels by name: "Q: Minister Novak, Welcome" opens an
  // interview whose "Q:" goes on, the review of round 31.)
  const printedTimes = (label: string) => matches.filter((other) => other?.[1] === label).length;
  // (A participant's code only where the document speaks of participants, an interview study's or a focus group's: a
  // minister's "P1: Safety." reading out priorities, a plan's "R2: The road will be closed." are no one's labels, the
  // review of round 36.)
  const codes = matches.some((m) => m && PARTICIPANT_CODE_LABEL.test(m[1] as string));
  if (codes && !STUDY_PARTICIPANTS.test(`${doc.source.kind ?? ''}\n${doc.source.title ?? ''}\n${doc.paragraphs.map((p) => p.text).join('\n')}`)) {
    for (const [at, m] of matches.entries()) if (m && PARTICIPANT_CODE_LABEL.test(m[1] as string)) matches[at] = null;
  }
  // (A title opening the document, "Farming Futures: succession and the next generation on family dairy farms" over
  // "Interview transcript — edited extract", a label printed once in a block of lines none of which ends with a stop:
  // the document's heading, no one's turn, round 36.)
  const first = matches[0];
  // (Its subtitle on the label's line: "DANIEL RUIZ, HOST:" alone on its line opens the host's turn below it. And a title
  // set in its words' case, not a label in capitals, "ANNOUNCER: Ladies and gentlemen, the Minister of Finance", nor
  // words addressing the room: the review of round 36. The heading is no one's, not the document's own voice.)
  const openingLines = (doc.paragraphs[0]?.text ?? '').split('\n');
  const subtitle = (openingLines[0] ?? '').slice((first?.[0] ?? '').trimEnd().length).trim();
  const titleLabel = !!first && /\p{Ll}/u.test(first[1] as string) && !ADDRESSING_THE_ROOM.test(subtitle);
  // (Nor a person's first label that later ones shorten, "Sarah Jones: Thanks for having me, Tom" before "Jones:", the
  // review of round 36.)
  const surname = ((first?.[1] as string | undefined) ?? '').trim().split(/\s+/u).at(-1);
  const shortened = matches.some((other, at) => at > 0 && other?.[1] === surname);
  const openingTitle = !!first && subtitle !== '' && titleLabel && !shortened && printedTimes(first[1] as string) === 1 && openingLines.every((line) => !endsSentence(line.trim()) && !/["”]\s*$/u.test(line));
  if (openingTitle) matches[0] = null;
  for (const [at, m] of matches.entries()) {
    if (!m) continue;
    if (!isHeaderRoster((doc.paragraphs[at] as { text: string }).text.slice(m[0].length)) || printedTimes(m[1] as string) > 1) break;
    matches[at] = null;
  }
  // (A member's label keeps the state, "Mr. JOHNSON of South Dakota", apart from a witness's "Mr. JOHNSON".)
  // ("HON. CHAIRPERSON:" after "HON. CHAIRPERSON (SHRI JAGDISH PRASAD VERMA):": an office's label printed bare is
  // the holder the record last named in it, round 21; before any is named, the office as printed. A change of chair
  // the record notes in parentheses, "(Shri Kodikunnil Suresh in the Chair)", ends what was named: known limit.)
  const lastHolder = new Map<string, string>();
  // (Not a question's or an answer's "Q"/"A": a town hall's "A (Water Services Director Kevin Marchbanks):" names who
  // answers that once; the bare "A:" after it is the one the introduction says answers, round 29.)
  // (Each office of a label naming two, "The Tánaiste and Minister for Foreign Affairs and Trade (Deputy Declan Furlong):",
  // then "The Tánaiste:", round 55.)
  const holderOf = (m: RegExpExecArray) => {
    const label = labelOf(m);
    // (Nor a questioner's, "REPORTER (Hollis Mayberry, Lexington Herald-Leader):": a bare "REPORTER:" after it is whichever
    // reporter is called on, no office's holder, round 63; a one-off part's holder stays, "WITNESS (Dr Sarah Hill):" then
    // "WITNESS:", "GUEST (…):" then "GUEST:", the second review of round 63.)
    if (m[2] && label !== m[1] && !/^[QA]$/.test(m[1] as string) && !takenInTurn((m[1] as string).trim())) {
      lastHolder.set(m[1] as string, label);
      const firstOffice = FIRST_OF_TWO_OFFICES.exec(m[1] as string)?.[1];
      if (firstOffice) lastHolder.set(firstOffice, label);
    }
    return !m[2] ? (lastHolder.get(m[1] as string) ?? label) : label;
  };
  let labels = labelsAsMeant(matches.map((m, at) => (m ? (hearing.has(at) && m[2] ? `${m[1]} of ${m[2]}` : holderOf(m)) : undefined)));
  // (A Lords question has one speaker recurring, the minister answering each peer: labels standing alone with a
  // party in parentheses are evidence enough with one label recurring.)
  const standaloneTurns = matches.filter((m, at) => m && standalone.has(at)).length >= MIN_TURNS && new Set(labels.filter(Boolean)).size < labels.filter(Boolean).length;
  // (A report's exchange: its paragraphs with no label are the reporter's, and a field's label among the turns,
  // "Case Title:", is no turn.)
  // (Each label resolved once: a field's label filtered out below keeps its entry, which no turn reads.)
  // (In a transcript's genre, turns by three speakers or more are enough, none recurring: the United Nations' verbatim
  // record gives each delegate one statement between the President's, round 29.)
  // (People's labels only, a title and a surname or a full name: an interview's topic lead-ins, "Housing: …", "Health:
  // …", are no speakers, the review of round 29.)
  const peopleLabelled = [...new Set(labels.filter((label): label is string => label !== undefined))].filter((label) => {
    const phrase = labelPhrase(label);
    return phrase?.kind === 'person' && phrase.form === 'name' && (label.includes(' ') || isTitledSurname(label));
  });
  const severalSpeakers = transcriptKind && labels.filter(Boolean).length >= MIN_TURNS && peopleLabelled.length >= MIN_SPEAKERS_IN_TRANSCRIPT;
  // (Or two people, one of them recurring, among parts' labels: a town hall's "DANA NOVAK (CEO):" twice, "TOM HALE (Head of
  // People):" once, between "MODERATOR:" and "QUESTION (anonymous):"; a chat's messages likewise, round 36.)
  const recurringPerson = (transcriptKind || CHAT_KIND.test(doc.source.kind ?? '')) && labels.filter(Boolean).length >= MIN_TURNS && peopleLabelled.length >= 2 && peopleLabelled.some((label) => labels.filter((other) => other === label).length >= 2);
  const enough = enoughTurns(labels) || standaloneTurns || severalSpeakers || recurringPerson;
  const speakers = enough || labels.some(Boolean) ? speakersOfLabels(doc, labels, resolve) : new Map<string, string | undefined>();
  // (A speaker key's initials are the names it gives them, whatever initials the names would have.)
  if (keyedInitials) for (const [initials, name] of key) if (speakers.has(initials)) speakers.set(initials, name);
  const exchange = enough ? undefined : namedPeoplesLabels(labels, speakers);
  if (!enough && !exchange) return answersToUnnamedQuestions(doc, matches, resolve);
  if (exchange) labels = labels.map((label) => (label !== undefined && exchange.has(label) ? label : undefined));
  const lastLabelled = labels.findLastIndex((label) => label !== undefined);
  /** Whether a label's paragraph holds nothing after it, its words in the paragraph below. */
  // (A label printed before, a speaker's: not a footer's heading, "NOTES TO EDITORS:", "Disclaimer:", the second review of
  // round 63.)
  const labelAlone = (at: number) => {
    const m = matches[at];
    return !!m && (doc.paragraphs[at] as { text: string }).text.slice(m[0].length).trim() === '' && labels.slice(0, at).includes(labels[at]);
  };
  const goesOn = !exchange && continuesTurns(doc, labels);
  if (hearing.size > 0) nameWitnessesInFull(doc, speakers, labels.filter((_, at) => hearing.has(at) && !!matches[at]?.[2]));
  // ("Mr. SMITH of Nebraska." and "Mr. SMITH of New Jersey.", or a member "Mr. JOHNSON of South Dakota." beside a
  // witness "Mr. JOHNSON.": people told apart by the state printed with the label.)
  const statesOf = new Map<string, Set<string>>();
  matches.forEach((m, at) => {
    if (m && hearing.has(at)) statesOf.set(m[1] as string, (statesOf.get(m[1] as string) ?? new Set()).add(m[2] ?? ''));
  });
  // (The Senedd's tabled questions, read once: each is a turn's end and its asker's words.)
  const tabled = new Set(doc.paragraphs.flatMap((p, at) => (NUMBERED_TABLED_QUESTION.test(p.text) ? [at] : [])));
  // (A deputy's numbered question with no reference, "201. Deputy … asked the Minister …", ends the turn too and is
  // nobody's, but names no asker to find among the turns after it: the review of round 29.)
  const askedAt = new Set(doc.paragraphs.flatMap((p, at) => (TABLED_QUESTION.test(p.text) ? [at] : [])));
  /** Whether a paragraph opens a turn by its label, or a question tabled or asked. */
  const labelledNext = (at: number) => !!matches[at] || tabled.has(at) || askedAt.has(at);
  /** Whether a paragraph with no label, or one after it before the next label, ends with a question mark: a question going on. */
  const questionGoesOn = (from: number) => {
    for (let at = from; at < doc.paragraphs.length && !labelledNext(at); at++) if (/\?["”’)]*\s*$/u.test((doc.paragraphs[at]?.text ?? '').trim())) return true;
    return false;
  };
  /**
   * Whether the next label after a paragraph is the last answerer's own: an unlabelled run before it is the question going
   * on ("Q: Will the President veto the bill?" / "I ask because …" / "MS. JEAN-PIERRE: …"), the review of round 37; before
   * another question, a heading or another panellist's label it is the answer (the review of round 38).
   */
  const nextLabelIsAnswerers = (from: number, answerer: string | undefined) => {
    for (let at = from + 1; at < doc.paragraphs.length; at++) {
      if (matches[at]) return answerer !== undefined && !standalone.has(at) && speakers.get(labels[at] as string) === answerer;
      if (tabled.has(at) || askedAt.has(at) || REPORTERS_QUESTION.test((doc.paragraphs[at] as { text: string }).text)) return false;
    }
    return false;
  };
  const turns: (SpeakerTurn | undefined)[] = [];
  const chairs = chairsInForce(doc);
  let current: SpeakerTurn | undefined;
  // (The reporter a briefer last called on by name, and the one asking now: see `CALLED_ON`.)
  let called: string | undefined;
  let questioner: string | undefined;
  // (Briefers' turns since the last "Q": none right after a question, when a one-word turn is an answer, no call; one
  // before any question, as if the briefing's opening had answered.)
  let answersSince = 1;
  // (The record's labels, whole and by their last word, which no questioner introduces as their own name.)
  const labelled = new Set(matches.flatMap((m) => (m ? [(m[1] as string).trim().toLowerCase(), ((m[1] as string).trim().split(/\s+/).at(-1) as string).toLowerCase()] : [])));
  // (Whether the turn going on is a reporter's or a caller's question, and whether the last briefer's turn called on
  // someone it did not name, "Yes, in the back.")
  let asking = false;
  let callsSomeoneNew = false;
  // (Who answered last, a label's speaker other than a question's: the one an unlabelled answer after a question is.)
  let answerer: string | undefined;
  // (Whether the question is the paragraph after its label, "Question 1:" standing alone: that paragraph asks, not answers.)
  let questionBelow = false;
  // (Whether the question only thanks: "Q: Thank you, Karine." asks nothing an unlabelled paragraph after it could answer,
  // the review of round 37; any other may end without a question mark, "Talk us through the penalty.", the review of round
  // 38.)
  let onlyThanks = false;
  // (Thanks and nothing after it but whom it thanks: "Thanks, Mark. Talk us through the penalty decision." asks, the
  // review of round 38.)
  const thanksOnly = (text: string) => /^\s*(?:thank\s+you|thanks|cheers)\b[^.!?]*[.!]?\s*$/iu.test(text.trim());
  matches.forEach((m, at) => {
    const text = (doc.paragraphs[at] as { text: string }).text;
    // (A hearing's label is a sentence of its own, "Senator WHITCOMB.": like any label, it names who speaks and is
    // nobody's words.)
    const state = m && hearing.has(at) ? m[2] : undefined;
    // ("The PRESIDING OFFICER (Mr. Lankford).": the holder the office's label names.)
    const holder = m && hearing.has(at) && m[3] ? labelPhrase(m[3]) : undefined;
    // (A presiding officer's label in a record whose chair changes, "President. –": who is in the chair there.)
    const presiding = m && chairs && PRESIDING_LABEL.test((labels[at] ?? '').trim()) ? chairs[at] : undefined;
    const bracketed = m ? askerInBrackets(m) : undefined;
    const speaker = holder ? (resolve(holder)?.name ?? holder.text) : (presiding ?? bracketed ?? speakers.get(labels[at] as string));
    const asked = m ? null : REPORTERS_QUESTION.exec(text);
    // ("QUESTION: Thank you. Nadia Karam with Asharq. …", "CALLER: …" after "Go ahead, Sharon.": a label for whoever is
    // called on, read as a bare "Q" is, round 31.)
    // (Not one whose parentheses name the caller, "CALLER (Anna, Leeds):", round 31.)
    // (Nor one whose square brackets name the asker, "Question [Lene Vasquez-Brandt, Deutsche Welle]:", round 64.)
    const askerLabelled = m && !m[2] && ASKERS_LABEL.test((m[1] as string).trim()) && !bracketed ? m : null;
    if (m && !askerLabelled) {
      current = { start: m[0].length, speaker: state && speaker && (statesOf.get(m[1] as string)?.size ?? 0) > 1 ? `${speaker} of ${state}` : speaker };
      // (Not an answer's one word, "No.", "Overruled.": a call comes after an answer, and a name is no English word.)
      const call = answersSince === 0 ? undefined : calledIn(CALLED_ON.exec(text.slice(m[0].length).trim()));
      called = call ?? callAtEnd(text.slice(m[0].length), answersSince === 0 ? 'any' : 'handing over');
      callsSomeoneNew = !called && CALL_NAMING_NO_ONE.test(text.slice(m[0].length).trim());
      answersSince++;
      // ("Q (Sam Price, Harbury Echo):": a question whose label names its asker, no answer.)
      asking = QUESTION_LABEL.test((m[1] as string).trim());
      onlyThanks = asking && thanksOnly(text.slice(m[0].length));
      questionBelow = false;
      if (!asking) answerer = current.speaker;
    } else if (asked || askerLabelled) {
      // (The reporter called on asks, and asks again right after the one answer; a "Q Thank you." no one called, or a
      // question after a second voice has spoken, is someone new; one who gives a name, "Kofi Ampofo, Joy Business.",
      // is that one, round 31.)
      const start = ((asked ?? askerLabelled) as RegExpExecArray)[0].length;
      // ("Question 1:" standing alone: the question is the paragraph after it.)
      const body = text.slice(start).trim() || (doc.paragraphs[at + 1]?.text ?? '');
      questionBelow = text.slice(start).trim() === '';
      onlyThanks = thanksOnly(body);
      // (So does one opening on the briefer's first name, "Q Marisol, the former Commerce Secretary … writes …", round 55.)
      const briefer = answerer?.split(' ')[0];
      // (Not one following up, "Q Marisol, just to follow up on that —", "Q Marisol, one more on tariffs:", the review of round 55.)
      const addressesBriefer = !!briefer && /^\p{Lu}\p{Ll}+$/u.test(briefer) && body.startsWith(`${briefer},`) && !FOLLOWING_UP.test(body);
      questioner = selfIntroduced(body, labelled) ?? called ?? (callsSomeoneNew || NEW_QUESTIONER.test(body) || addressesBriefer || answersSince !== 1 ? undefined : questioner);
      called = undefined;
      callsSomeoneNew = false;
      answersSince = 0;
      asking = true;
      // (An interview's "Q:" no one called and who gives no name is its interviewer, as `speakerOfLabel` reads it.)
      current = { start, speaker: questioner ?? (askerLabelled && /^q$/i.test((askerLabelled[1] as string).trim()) ? speaker : undefined) };
    }
    else if (askedAt.has(at) || tabled.has(at)) {
      turns[at] = undefined;
      current = undefined;
      return;
    }
    else if (cueLines.has(at)) {
      turns[at] = undefined;
      current = undefined;
      return;
    }
    else if (motionLines.has(at)) {
      // ("RESOLVED: That the council adopts the plan.": the record's; the turn before ends there when a label follows, and
      // goes on after it otherwise, a councillor's "I will read the motion." / "Motion: …" / "I commend it to colleagues.",
      // the second review of round 51.)
      turns[at] = undefined;
      if (labelledNext(at + 1)) current = undefined;
      return;
    }
    else if (UNNAMED_VOICE.test(/^\s*(\p{Lu}[^:\n]{2,40}):\s/u.exec(text)?.[1] ?? '')) {
      // ("Honourable members: Hear, hear!", the label's second word in lower case: the House's voice, nobody named, and
      // the speaker before goes on after it, round 29.)
      turns[at] = undefined;
      return;
    }
    else if (/^\p{Lu}/u.test(text.trim()) && UNNAMED_VOICE.test(text.trim())) {
      // ("Noble Lords" on a line of its own, then "Hear, hear!": the House's voice, no one's named words, round 22.)
      turns[at] = undefined;
      current = { start: 0, speaker: undefined };
      return;
    }
    else if (lists.has(at)) current = undefined;
    // (Only a paragraph in parentheses is read for a heckle: the pattern looks back to the paragraph's start.)
    else if (/^\s*\(.*\)\s*$/su.test(text) && INTERJECTION.test(text)) {
      // ("(Jörg Randt [AfD]: And who was in government?)": the heckler's words, then the speaker goes on.)
      const m = INTERJECTION.exec(text) as RegExpExecArray;
      const phrase = labelPhrase(m[1] as string);
      const speaker = phrase ? (resolve(phrase)?.name ?? phrase.core) : undefined;
      turns[at] = speaker ? { start: (m.index ?? 0) + m[0].length, end: text.lastIndexOf(')'), speaker } : undefined;
      return;
    } else if (PRINTED_IN_RECORD.test(text)) {
      // ("There being no objection, the material was ordered to be printed in the Record, as follows:": what follows,
      // to the next label, is the letter's signer's, or nobody's when it names none, round 22.)
      turns[at] = undefined;
      current = { start: 0, speaker: signerOfInsertion(doc, at, matches) };
      return;
    } else if (PICTURE_CREDIT.test(text)) {
      // ("Foto: …" between an interview's title and its introduction, or between two answers: nobody's, and the turn
      // before it ends there; the review of round 25.)
      turns[at] = undefined;
      current = undefined;
      return;
    } else if (TRANSCRIPT_DIRECTION.test(text) || TIME_STAMP.test(text) || TABLE.test(text)) {
      // ("[Laughter.]", "(Applause from the CDU/CSU – Laughter from the Greens)", "3.11 pm": nobody's, and the
      // speaker before it goes on after it.)
      // (And a table the record prints, an AGM's poll results under the chair's "I have the results of the poll", round
      // 48: the record's, not words anyone speaks.)
      turns[at] = undefined;
      return;
    } else if (((isTitleHeading(text) || isSectionHeading(text)) && (labelledNext(at + 1) || (TRANSCRIPT_DIRECTION.test(doc.paragraphs[at + 1]?.text ?? '') && labelledNext(at + 2)))) || chairNotes.has(at)) {
      // (Or before a direction, then a label: South Africa's Hansard, "WATER SUPPLY INTERRUPTIONS IN EMFULENI" /
      // "(Member's Statement)" / "Ms N K MASHEGO (ANC): …", round 35.)
      // ("Cost of Living" between two questions in Hansard: a debate's heading is nobody's, and the turn before
      // it ends there. Only right before a label: "The Red Shoes and Citizen Kane" inside an answer is the
      // answer's, round 20's review.)
      turns[at] = undefined;
      current = undefined;
      return;
    } else if (hearing.size > 0 && isHeadingInCapitals(text)) {
      // ("PREPARED STATEMENT OF LYLE ABERNATHY": the heading is nobody's; the statement after it is his. A
      // statement's own heading, "BACKGROUND", is nobody's, and the statement goes on after it.)
      turns[at] = undefined;
      if (/\bSTATEMENTS?\s+OF\b/.test(text)) {
        const named = STATEMENT_HEADING.exec(text.trim())?.[1];
        // (Cased as the record prints the name elsewhere, "Dale Whitcomb", not as a mention of the heading's own capitals,
        // "HON DALE WHITCOMB", round 29.)
        const phrase = named ? labelPhrase(casedAsPrinted(doc, named)) : undefined;
        const resolved = phrase ? resolve(phrase)?.name : undefined;
        const speaker = phrase && phrase.kind === 'person' ? (resolved && /\p{Ll}/u.test(resolved) ? resolved : phrase.core) : undefined;
        current = speaker ? { start: 0, speaker } : undefined;
      }
      return;
    }
    // (A paragraph the file marks as a heading, "## Questions we didn't get to" after a town hall's last answer: nobody's,
    // and the turn before it ends there, round 48; not in a transcript's genre, whose speaker may go on under a topic's
    // heading, "### On the injury", the review of round 48.)
    else if (doc.paragraphs[at]?.heading !== undefined && (!transcriptKind || topicHeadings.has(at) || topicHeadings.has(at + 1))) {
      turns[at] = undefined;
      current = undefined;
      return;
    }
    // (A label standing alone has its words in the paragraph after it, the last label's too; and the last question its
    // answer.)
    // (Or the last label printed on a line of its own with its colon, "GOV. WHITCOMBE:", its words below it, round 63.)
    else if (current && goesOn && (at < lastLabelled || ((standalone.has(lastLabelled) || asking || labelAlone(lastLabelled)) && at === lastLabelled + 1))) {
      // (A paragraph with no label after a question, itself no question, is its answer, not the question going on: a club's
      // press conference prints "Q (Sam Price, Harbury Echo): Was the penalty right?" and the coach's answer under it
      // unlabelled, beneath his name's heading, round 37.)
      // (Not a question going on over paragraphs, "The first is about the numbers …" before "Does the President accept
      // them?": none of the paragraphs to the next label ends with a question mark, the review of round 37.)
      const answers = asking && !onlyThanks && !questionBelow && !questionGoesOn(at) && !nextLabelIsAnswerers(at, answerer);
      questionBelow = false;
      current = { start: 0, speaker: answers ? answerer : current.speaker };
      if (answers) {
        asking = false;
        answersSince++;
      }
      // ("With that, Matt." closing a briefer's opening: a call, as at the end of a labelled turn.)
      if (!asking) called = callAtEnd(text) ?? called;
    } else current = undefined;
    turns[at] = current;
  });
  briefersOpening(doc, matches, turns, resolve);
  askersOfTabledQuestions(doc, tabled, matches, turns);
  if (openingTitle) turns[0] = { start: 0, speaker: undefined };
  return turns;
}

/** Words opening an address to an audience, no title's subtitle: "Ladies and gentlemen", "Good evening", "Please welcome", "Welcome". */
const ADDRESSING_THE_ROOM = /^(?:ladies|good\s+(?:morning|afternoon|evening)|please\s+welcome|welcome|thank\s+you|hello|hi)\b/iu;

/** A field in capitals opening a page's footer: "CONTACT:", "MEDIA CONTACT:", "NOTES TO EDITORS:". */
const FOOTER_FIELD = /^\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*:/u;
/** A label only a reporter's question has: "Question:", "Q:", "Questioner:". */
const QUESTION_LABEL = /^(?:question|questioner|q)$/i;

/**
 * A press conference's header naming who sits there, first the one who answers: "Ingrid Vasseur-Holm, President of
 * the ECB, Tomás Echevarría, Vice-President of the ECB" (group 1: the first name). One line with no stop.
 */
const PANEL_HEADER = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:the\s+)?[^,.!?]*\b(?:President|Vice-President|Chair|Chairman|Chairwoman|Chairperson|Governor|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Director|Commissioner|Chief\s+Executive)\b[^.!?]*$/u;

/** The longest header `PANEL_HEADER` reads: a line naming two or three people and their offices. */
const MAX_PANEL_HEADER_LENGTH = 300;
/** A page's closing line after a transcript: "Reproduction is permitted provided …", "© European Central Bank". */
const PAGE_FOOTER = /^\s*(?:©|Copyright\b|Reproduction\s+is\s+permitted\b)/iu;

/**
 * Rule "a press conference's unlabelled answers are the one its header names first" (round 27): a central bank prints
 * its press conference with only the reporters' questions labelled ("Question: …"), under a header naming the
 * President and the Vice-President; the opening statement and every answer, printed with no label, are the
 * President's. Only in a transcript's genre (not an explainer's "Q:" and answers), when every label, `MIN_TURNS` or
 * more, is a question's, and a paragraph before the first question is the answerer's own ("Good afternoon", the
 * first person), from which the answerer's words start; only paragraphs that are sentences (not "Frankfurt am Main,
 * 30 October 2025", "* * *"), up to a footer ("CONTACT: …", "Reproduction is permitted …"); a paragraph asking a
 * question right after a question goes on with it. None for any other record. Known limit: a header naming its
 * moderator first gives the answers to the moderator.
 */
function answersToUnnamedQuestions(doc: SourceDocument, matches: (RegExpExecArray | null)[], resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  if (!TRANSCRIPT_KIND.test(doc.source.kind ?? '') && !PRESS_CONFERENCE_RECORD.test(doc.source.kind ?? '')) return [];
  const labelled = matches.filter((m): m is RegExpExecArray => m !== null);
  if (labelled.length < MIN_TURNS || !labelled.every((m) => QUESTION_LABEL.test(m[1] as string))) return [];
  // (A person's name standing alone over a question, "MARTIN ELLERY" above "Q: Martin, how do you sum that one up?": a
  // club's press conference prints each speaker's section so, and the unlabelled answers under it are theirs, round 38.)
  const headings = doc.paragraphs.map((p, at) => (matches[at + 1] ? nameOverQuestions(doc, p.text, resolve) : undefined));
  if (headings.some(Boolean)) return unlabelledAnswers(doc, matches, answererUnderHeadings(doc, matches, headings));
  const first = (doc.paragraphs[0]?.text ?? '').trim();
  const header = first.length <= MAX_PANEL_HEADER_LENGTH ? PANEL_HEADER.exec(first) : null;
  const phrase = header ? labelPhrase(header[1] as string) : undefined;
  if (phrase?.kind !== 'person' || phrase.form !== 'name') return [];
  const sentence = (text: string) => ENDS_AS_SENTENCE.test(text.trim());
  // (Before the first question, from the first paragraph in the answerer's own words: an editor's note before it,
  // "The transcript below has been edited for clarity.", is nobody's.)
  const firstQuestion = matches.findIndex((m) => m !== null);
  const opening = doc.paragraphs.findIndex((p, at) => at > 0 && at < firstQuestion && sentence(p.text) && BRIEFERS_OWN_WORDS.test(p.text));
  if (opening < 0) return [];
  const answerer = resolve(phrase)?.name ?? phrase.core;
  return unlabelledAnswers(doc, matches, (at) => (at >= opening ? answerer : undefined));
}

/**
 * The turns of a record whose questions are labelled and answers are not: the labels, and a paragraph going on with a
 * question (ending with a question mark after one), are nobody's; each other paragraph that is a sentence is the answer
 * of `answererAt` (called once per paragraph, in order), up to the page's footer ("CONTACT: European Central Bank, …", a
 * field in capitals).
 */
function unlabelledAnswers(doc: SourceDocument, matches: (RegExpExecArray | null)[], answererAt: (at: number, text: string) => string | undefined): (SpeakerTurn | undefined)[] {
  const footer = doc.paragraphs.findIndex((p, at) => !matches[at] && (FOOTER_FIELD.test(p.text) || PAGE_FOOTER.test(p.text)));
  const turns: (SpeakerTurn | undefined)[] = [];
  doc.paragraphs.forEach((p, at) => {
    const m = matches[at];
    const answerer = answererAt(at, p.text);
    const asking = at > 0 && (matches[at - 1] !== null || (turns[at - 1] !== undefined && turns[at - 1]?.speaker === undefined)) && /\?["”’)]*$/u.test(p.text.trim());
    if (m || asking) turns[at] = { start: m ? m[0].length : 0, speaker: undefined };
    else turns[at] = answerer && (footer < 0 || at < footer) && ENDS_AS_SENTENCE.test(p.text.trim()) && !TRANSCRIPT_DIRECTION.test(p.text) ? { start: 0, speaker: answerer } : undefined;
  });
  return turns;
}

/**
 * Who answers in a record whose questions stand in sections under their answerers' names (`headings`, the name a heading
 * gives where one stands): the last heading's name above a paragraph; no one for a heading itself.
 */
function answererUnderHeadings(doc: SourceDocument, matches: (RegExpExecArray | null)[], headings: (string | undefined)[]): (at: number, text: string) => string | undefined {
  let answerer: string | undefined;
  // (A paragraph past an answer's first that closes a section, before the next name's heading or after the last question,
  // and says no "I", may be the club's note: "Harwick Athletic travel to Sellick Town on Wednesday", "Watch the full press
  // conference on Harwick TV.", "We will have full reaction from the players tomorrow.", the review of round 38; only one
  // that reads as a note, naming the club or a programme's words, not an answer's "We let them down today.", the review of
  // round 38's rules.)
  const lastQuestion = matches.findLastIndex((m) => m !== null);
  const club = (doc.source.outlet ?? '').replace(CLUB_SUFFIX, '').trim();
  const isNote = (text: string) => CLUB_NOTE.test(text) || (club.length > 0 && text.includes(club));
  return (at, text) => {
    answerer = headings[at] ?? answerer;
    const closesSection = at > lastQuestion || headings[at + 1] !== undefined;
    if (closesSection && !matches[at - 1] && !headings[at] && !FIRST_PERSON_SINGULAR.test(text) && isNote(text)) answerer = undefined;
    return headings[at] ? undefined : answerer;
  };
}

/** A club's name's last word, dropped to find the club named in a note: "Harwick Athletic FC" → "Harwick Athletic". */
const CLUB_SUFFIX = /\s+(?:FC|AFC|CF|RFC|RLFC|SC|Club)$/u;
/** A club's note after its press conference: "Watch the full press conference on Harwick TV.", "Tickets are on sale now." */
const CLUB_NOTE = /^\s*(?:watch|listen|read|follow|subscribe|tickets?|highlights)\b|\bfull\s+(?:reaction|press\s+conference|interview|highlights|match\s+report)\b/iu;

/** A label naming an office that answers or chairs, not a member asking: "The First Minister (Huw Pennant)", "The Llywydd", "Cabinet Secretary". */
const ANSWERING_OFFICE_LABEL = /^(?:The|Madam|Mr\.?)\s|\b(?:Minister|Secretary|Llywydd|Presiding\s+Officer|Speaker|Chair|Convener)\b/u;

/**
 * Rule "a tabled question is its asker's, the first member to speak on it" (round 25, the Senedd's record): "1. Will
 * the First Minister make a statement on …? OQ62811" is printed with no label; the member who tabled it speaks on it
 * before or after the minister's answer. So the question is the first speaker after it whose label names no office
 * (`ANSWERING_OFFICE_LABEL`), before any other tabled question; none when no member speaks.
 */
function askersOfTabledQuestions(doc: SourceDocument, tabled: Set<number>, matches: (RegExpExecArray | null)[], turns: (SpeakerTurn | undefined)[]): void {
  for (const at of tabled) {
    const text = (doc.paragraphs[at] as { text: string }).text;
    for (let i = at + 1; i < doc.paragraphs.length && !tabled.has(i); i++) {
      const m = matches[i];
      const speaker = m && !ANSWERING_OFFICE_LABEL.test(m[1] as string) ? turns[i]?.speaker : undefined;
      if (speaker) {
        turns[at] = { start: /^\s*\d{1,3}\.\s+/u.exec(text)?.[0].length ?? 0, end: text.search(new RegExp(TABLED_QUESTION_REFERENCE, 'u')), speaker };
        break;
      }
    }
  }
}

/**
 * A transcript's headnote naming who gives the briefing: "The following is a near-verbatim transcript of today’s noon
 * briefing by Farid Oyelaran, Deputy Spokesperson for the Secretary-General." (group 1: the name).
 */
const BRIEFER_HEADNOTE = /\b(?:briefing|press\s+conference|press\s+briefing|remarks)\s+(?:given\s+)?by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=\s*[,.(]|\s*$)/u;

/**
 * Rule "a briefing's opening is the briefer's its headnote names" (round 23): the UN's noon briefing opens with the
 * spokesperson's announcements, printed with no label ("Good afternoon. In a short while, I will be joined by …"), and
 * labels only the questions and answers after them. The paragraphs from the headnote to the first label are the
 * briefer's, but for their headings ("Niger", "Secretary-General’s Travel": a line with no stop).
 */
function briefersOpening(doc: SourceDocument, matches: (RegExpExecArray | null)[], turns: (SpeakerTurn | undefined)[], resolve: (phrase: SpeakerPhrase) => Referent | undefined): void {
  const first = matches.findIndex((m) => m !== null);
  if (first < 0) return;
  const headnote = doc.paragraphs.slice(0, Math.min(2, first)).findIndex((p) => BRIEFER_HEADNOTE.test(p.text));
  if (headnote < 0) return;
  const phrase = labelPhrase(BRIEFER_HEADNOTE.exec((doc.paragraphs[headnote] as { text: string }).text)?.[1] as string);
  if (phrase?.kind !== 'person' || phrase.form !== 'name') return;
  // (Only when the briefer's own words open it, a greeting or the first person: not an editor's note, "Note: This
  // transcript has been edited", nor narration, "The minister was joined by Dr Tom Hale", the review of round 23.)
  const spoken = (text: string) => ENDS_AS_SENTENCE.test(text) && !/^[^:\n]{1,40}:/u.test(text);
  const opening = doc.paragraphs.slice(headnote + 1, first).find((p) => spoken(p.text.trim()));
  if (!opening || !BRIEFERS_OWN_WORDS.test(opening.text)) return;
  const briefer = resolve(phrase)?.name ?? phrase.core;
  for (let at = headnote + 1; at < first; at++) {
    const text = (doc.paragraphs[at] as { text: string }).text.trim();
    turns[at] = spoken(text) ? { start: 0, speaker: briefer } : undefined;
  }
}

/** How a paragraph of speech ends, unlike a heading or a dateline ("Niger", "Frankfurt am Main, 30 October 2025"). */
export const ENDS_AS_SENTENCE = /[.!?:”"’)]$/u;

/** A briefer's own words: a greeting, or the first person ("Good afternoon.", "In a short while, I will be joined by …"). */
const BRIEFERS_OWN_WORDS = /\b(?:Good\s+(?:morning|afternoon|evening)|I|we|our|us|my)\b/;

/** A hearing record's opening line naming the member presiding (group 1: the name): "Hon. Gordon P. Thackeray (chairman of the subcommittee) presiding". */
const PRESIDING_MEMBER = /\bHon\.\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[([][^()[\]\n]{1,80}[)\]]\s*)?,?\s+presiding\b/gu;

/**
 * Rule "a hearing's headings give its witnesses' full names" (round 19): "Ms. OKAFOR." after "STATEMENT OF DANA
 * OKAFOR, DEPUTY ADMINISTRATOR, …" is Dana Okafor, whom the rest of the text calls only "Ms. Okafor". A speaker
 * known only by surname (with or without a courtesy title) becomes the one heading's name ending with it; a
 * member (`members`: labels printed with a state) never does.
 */
function nameWitnessesInFull(doc: SourceDocument, speakers: Map<string, string | undefined>, members: (string | undefined)[]): void {
  const names = doc.paragraphs
    .filter((p) => isHeadingInCapitals(p.text) && /\bSTATEMENTS?\s+OF\b/.test(p.text))
    .flatMap((p) => p.text.split(/;\s*(?:AND\s+)?/))
    .map((part) => part.replace(/^.*?\bSTATEMENTS?\s+OF\s+/, '').replace(/^HON\.\s+/, '').split(',')[0]?.trim() ?? '')
    .filter((name) => /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2}$/u.test(name))
    .map((name) => casedAsPrinted(doc, name));
  // (And the member presiding, as the record's opening line names him, "…, Hon. Gordon P. Thackeray (chairman of the
  // subcommittee) presiding.": "Mr. THACKERAY." is Gordon P. Thackeray, round 58.)
  for (const p of doc.paragraphs.slice(0, HEADER_PARAGRAPHS)) for (const m of p.text.matchAll(PRESIDING_MEMBER)) names.push(m[1] as string);
  for (const [label, speaker] of speakers) {
    const words = (speaker ?? '').split(/\s+/);
    // (A member of Congress, "Mr. JOHNSON of South Dakota.", is no witness the headings name.)
    if (!speaker || members.includes(label) || (words.length > 1 && !isTitle(words[0] as string))) continue;
    const surname = (words.at(-1) as string).toLowerCase();
    const fits = new Set(names.filter((name) => name.split(' ').at(-1)?.toLowerCase() === surname));
    if (fits.size === 1) speakers.set(label, [...fits][0]);
  }
}

/**
 * Rule "a bare name line is a member a standing label named before" (round 31): the House of Commons' Hansard names a
 * member in full the first time, "The Minister for Policing, Fire and Crime Prevention (Ruth Cadogan)", "Daniel Whitlock
 * (Bracknell) (Con)", and then by the name alone on its line, "Ruth Cadogan", as it prints the chair, "Mr Speaker". In a
 * transcript's genre, such a line is a standing label too (`standalone`): its words are the paragraph after it.
 */
function bareNameLines(doc: SourceDocument, matches: (RegExpExecArray | null)[], standalone: Set<number>): void {
  const named = new Set<string>();
  matches.forEach((m, at) => {
    if (!m || !standalone.has(at)) return;
    for (const label of [m[1] as string, ...groupsIn(m[2] ?? '')]) if (labelNamesPerson(label.trim()) && label.trim().includes(' ')) named.add(label.trim());
  });
  // (Only in a record whose standing labels name people: a chair's line alone, anywhere else, may be a heading.)
  if (named.size === 0) return;
  const lines = new RegExp(String.raw`^(${[...named].map(escapeRegExp).join('|')}|${PRESIDING_CHAIR_LINE})\s*$`, 'u');
  doc.paragraphs.forEach((p, at) => {
    const m = matches[at] ? null : lines.exec(p.text.trim());
    if (!m) return;
    matches[at] = m;
    standalone.add(at);
  });
}

/** A line that may be a bare name or the chair's (`bareNameLines`), for `mayBeTranscript`: a short line with a capital and no stop but a title's ("Dr. Ruth Cadogan", "Ruth van der Berg", "The Chairman of Ways and Means"). */
const NAME_LINE = /^\p{Lu}[^\n!?:;,]{1,60}$/u;

/** The chair's line in Hansard: "Mr Speaker", "Madam Deputy Speaker", "The Chairman of Ways and Means". */
const PRESIDING_CHAIR_LINE = String.raw`(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker|The\s+(?:Chairman|Chairwoman|Chair)\s+of\s+Ways\s+and\s+Means`;

/** A label standing alone as a paragraph (see `STANDALONE_LABEL`), as a turn label's match. */
function standaloneLabel(text: string): RegExpExecArray | null {
  return STANDALONE_LABEL.exec(text) ?? PEER_ALONE.exec(text);
}

/**
 * A label in lower case on a line of its own over the speaker's words, as the New York Times prints its podcasts'
 * transcripts: "natalie kramer\nFrom The New York Times, I’m Natalie Kramer." A recording played names its voice in
 * parentheses, "archived recording (tamara wells)", or none, "archived recording" (round 24). Group 1: the label;
 * group 2: the name in parentheses.
 */
const LOWER_CASE_LABEL = /^(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){1,3})(?:[ \t]+\((\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){1,3})\))?[ \t]*\n(?=[ \t]*\S)/u;

/**
 * A lower-case label (see `LOWER_CASE_LABEL`) as a turn label's match: its name as the text prints it ("Natalie
 * Kramer"), or each word capitalised when the text never prints it; a recording's voice, the name in parentheses.
 * Read only in a transcript's genre with `MIN_TURNS` such lines, so a line in lower case in other copy is no label.
 */
function lowerCaseLabel(doc: SourceDocument, text: string, recurring: Set<string>): RegExpExecArray | null {
  const m = LOWER_CASE_LABEL.exec(text);
  // (A line in lower case printed once, "and then she said", is words, not a label; a recording's voice in
  // parentheses may speak once.)
  if (!m || (!m[2] && !recurring.has(m[1] as string) && !UNNAMED_VOICE.test(m[1] as string))) return null;
  const printed = (m[2] ?? m[1]) as string;
  const named = UNNAMED_VOICE.test(printed) ? printed : (nameAsPrinted(doc, printed) ?? printed.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase()));
  return Object.assign([m[0], named, undefined], { index: 0, input: text, groups: undefined }) as unknown as RegExpExecArray;
}

/**
 * Rule "a briefing prints each speaker's name in capitals on a line of its own" (round 29, Police Scotland's media
 * briefing): "DETECTIVE SUPERINTENDENT GILLIAN MOFFAT" / "Good afternoon and thank you for coming." — a person's name,
 * with any titles, alone in capitals, printed twice or more (a heading in capitals, "MINISTERIAL RESPONSES", is
 * printed once and names nobody), in a transcript's genre. Its words are the paragraphs after it.
 */
const CAPITALS_LINE = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,6}\p{Lu}[\p{Lu}'’-]+)\s*$/u;

/** A paragraph that is a speaker's name in capitals on its own (see `CAPITALS_LINE`), as a label's match. */
function capitalsLineLabel(text: string, recurring: Set<string>): RegExpExecArray | null {
  const line = CAPITALS_LINE.exec(text)?.[1];
  if (!line || !recurring.has(line)) return null;
  return Object.assign([text, line, undefined], { index: 0, input: text, groups: undefined }) as unknown as RegExpExecArray;
}

/** The lines in capitals (see `CAPITALS_LINE`) a document prints twice or more that name a person. */
function recurringCapitalsLines(doc: SourceDocument): Set<string> {
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const line = CAPITALS_LINE.exec(p.text)?.[1];
    if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  // (Opening with a title, "DETECTIVE SUPERINTENDENT …": a place's name printed twice as a heading, "KINGSMEAD TOWER",
  // is read as a person's by its shape alone, the review of round 29.)
  const person = (line: string) => {
    const cased = casedCapitals(line);
    const phrase = labelPhrase(cased);
    return phrase?.kind === 'person' && phrase.form === 'name' && isTitle(cased.split(/\s+/)[0] as string);
  };
  return new Set([...counts].filter(([line, n]) => n >= 2 && person(line)).map(([line]) => line));
}

/** The lower-case labels (see `LOWER_CASE_LABEL`) a document prints twice or more. */
function recurringLowerCaseLabels(doc: SourceDocument): Set<string> {
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const label = LOWER_CASE_LABEL.exec(p.text)?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}

/** A US hearing's label opening a paragraph (see `HEARING_LABEL`), as a turn label's match; in mixed case (`MIXED_HEARING_LABEL`) only in a transcript's genre. */
function hearingLabel(text: string, transcriptKind: boolean): RegExpExecArray | null {
  const m = HEARING_LABEL.exec(text);
  return m && !/^The\s+\p{Lu}{1,3}$/u.test(m[1] as string) ? m : transcriptKind ? MIXED_HEARING_LABEL.exec(text) : null;
}

/**
 * Rule "a central bank's press conference prints each turn's speaker in capitals and a full stop" (round 29, the
 * Federal Reserve's layout): "CHAIR VOSS. Good afternoon.", "NINA ABERNATHY. Thank you, Chair Voss." — two or three
 * words in capitals, no title needed; only in a transcript's genre, and only where two such labels are printed twice or
 * more (`transcriptTurns`), so that a dateline or a banner opening a paragraph is no label.
 */
// (No function word or abbreviated title among them: "STATEMENT OF HON. DENISE HOLLOWAY, …" is a heading.)
const CAPITALS_WORD = String.raw`(?!(?:OF|THE|AND|FOR|TO|IN|ON|AT|BY|HON|MR|MRS|MS|DR)\b)\p{Lu}[\p{Lu}'’-]+`;
const CAPITALS_FULL_STOP_LABEL = new RegExp(String.raw`^((?:${CAPITALS_WORD}\s+){1,2}${CAPITALS_WORD})\.[ \t]+(?=\S)`, 'u');

/**
 * Whether a document's speaker labels (or headings), per paragraph, make it a transcript: at least
 * `MIN_TURNS` of them, and at least two recurring (so that "Note:" or "Contact:" once is not a speaker).
 */
export function enoughTurns(labels: (string | undefined)[]): boolean {
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  return labels.filter(Boolean).length >= MIN_TURNS && [...counts.values()].filter((n) => n >= 2).length >= 2;
}

/**
 * Rule "an exchange a report prints as turns of people it names" (round 28): a court report's "Justice Rao: Who
 * permitted you …?" three times and "AAG Sharma: My Lords, …" once, under "The following exchange ensued:": `MIN_TURNS`
 * labels, one recurring, every label a title and surname the story gives a full name ("Justice Meenakshi Rao",
 * "Additional Advocate General Naveen Sharma"). `enoughTurns` asks two recurring labels of a transcript; a report
 * quoting a short exchange has one side speaking once as often. The labels that are such people's, or undefined.
 */
function namedPeoplesLabels(labels: (string | undefined)[], speakers: Map<string, string | undefined>): Set<string> | undefined {
  // (People's labels only: "Case Title: Sohna Residents' Welfare Federation v. State of Haryana" under the exchange is a
  // field, whose label names no one the story names in full.)
  const named = (label: string) => labelPhrase(label)?.kind === 'person' && !!speakers.get(label)?.includes(' ') && speakers.get(label) !== label;
  const people = labels.filter((label): label is string => label !== undefined && named(label));
  const counts = new Map<string, number>();
  for (const label of people) counts.set(label, (counts.get(label) ?? 0) + 1);
  return people.length >= MIN_TURNS && [...counts.values()].some((n) => n >= 2) && counts.size >= 2 ? new Set(people) : undefined;
}

/** Who each distinct label (or heading) of a document names (see `speakerOfLabel`), resolved once per label. */
export function speakersOfLabels(doc: SourceDocument, labels: (string | undefined)[], resolve: (phrase: SpeakerPhrase) => Referent | undefined): Map<string, string | undefined> {
  return new Map(
    [...new Set(labels.filter((l): l is string => l !== undefined))].map((label) => {
      // ("Operator:" is the operator as printed, not the longer "Operator Instructions" an earnings call prints in
      // parentheses, "(Operator Instructions)", read as a name, round 30.)
      const read = speakerOfLabel(doc, label, resolve);
      const speaker = /^operator$/i.test(label.trim()) && read && /^operator\s/i.test(read) ? label.trim() : read;
      // (A surname alone from a label in capitals with an office or title before it, a member's: the full name the
      // record's roll prints, round 21. Not a bare "DELUCA:", who may be a witness of the same surname.)
      const member = label === label.toUpperCase() && label.trim().split(/\s+/).length > 1;
      return [label, speaker && !speaker.includes(' ') && member ? (nameInRollCall(doc, speaker) ?? speaker) : speaker];
    }),
  );
}

/** Genres printed as turns, where a paragraph with no label goes on with the speaker before it (and a speaker's heading may carry a time code). */
// (And a parliament's own names for its record, "parliamentary record", "official report", "verbatim record", "written
// answers", round 29; the plural, "parliamentary debates", India's Lok Sabha's record, and a committee's "oral evidence" or
// "committee evidence", round 30.)
export const TRANSCRIPT_KIND = new RegExp(String.raw`\b(?:transcripts?|interview|debates?|hearings?|hansard|(?:oral|committee)\s+evidence|q\s*&\s*a(?!\s+(?:${QUESTIONS_AND_ANSWERS_FORM})\b)|podcast|proceedings|parliamentary\s+record|official\s+report|verbatim(?:\s+(?:record|report))?|written\s+answers?|meeting\s+records?)\b`, 'i');
/** An interview by its genre (`kind: interview`, `kind: Q&A`; not a body's "Q&A memo" or "Q&A page", its own questions and answers, round 51). */
export const INTERVIEW_KIND = new RegExp(String.raw`\b(?:interview|q\s*&\s*a(?!\s+(?:${QUESTIONS_AND_ANSWERS_FORM})\b))\b`, 'i');
/**
 * An interview's "Q." and "A." opening its questions and answers, as a news magazine prints them ("Q. How did the city
 * get here?" / "A. Honestly, we got here over thirty years.", round 45): labels only in an interview's genre and where
 * both open paragraphs `MIN_TURNS` times in all (a court's quoted examination and an explainer's questions are read
 * elsewhere). (Group 1: which.)
 */
const INTERVIEW_STOP_LABEL = /^([QA])\.[ \t]+(?=\S)/;
function printsStopLabels(doc: SourceDocument): boolean {
  if (!INTERVIEW_KIND.test(doc.source.kind ?? '')) return false;
  const labels = doc.paragraphs.map((p) => INTERVIEW_STOP_LABEL.exec(p.text)?.[1]).filter(Boolean);
  return labels.length >= MIN_TURNS && labels.includes('Q') && labels.includes('A');
}
/** A press conference's or a briefing's genre, the whole genre: "press conference", "press briefing", "virtual press conference" (not a "press conference write-up", journalism). */
const PRESS_CONFERENCE_RECORD = /^\s*(?:virtual\s+|government\s+|joint\s+|daily\s+)?press\s+(?:conferences?|briefings?)(?:\s+transcripts?)?\s*$/i;
/** The share of paragraphs from the first label to the last that must be labelled for an unlabelled one to go on with a turn, in another genre. */
const MIN_LABELLED_SHARE = 2 / 3;

/**
 * Whether a paragraph with no label goes on with the turn before it: in a transcript or interview, or in a
 * text made mostly of labelled turns. In a report that prints some remarks as "Name (Party): …" between
 * paragraphs of its own, the paragraphs between are the reporter's.
 */
function continuesTurns(doc: SourceDocument, labels: (string | undefined)[]): boolean {
  // (A press conference's or a briefing's record too: the World Health Organization's, a turn over several paragraphs
  // between its speakers' initials, round 31.)
  if (TRANSCRIPT_KIND.test(doc.source.kind ?? '') || PRESS_CONFERENCE_RECORD.test(doc.source.kind ?? '')) return true;
  const first = labels.findIndex((label) => label !== undefined);
  const last = labels.findLastIndex((label) => label !== undefined);
  const labelled = labels.filter((label) => label !== undefined).length;
  return labelled >= MIN_LABELLED_SHARE * (last - first + 1);
}

/** A witness's parentheses when they speak for no organisation: "(As an Individual)", "(Private Citizen)". */
const AS_AN_INDIVIDUAL = /^\s*(?:(?:appearing\s+)?as\s+an?\s+individual|private\s+citizen)\s*$/iu;

/**
 * Whether a label's parentheses are a parliament's: the person holding the office named before them ("(Claire
 * Ashdown)"), or ending with a party or group ("(Skipton and Ripon Dales) (Con)", "(PPE)", a US senator's
 * "(D-NM)"); a role ("(Director of Planning)", "(Chair)"); a participant's name ("CALLER (Anna, Leeds)"); or
 * a witness's organisation after their full name ("Fiona Crerar (Mull and Iona Ferry Committee)", round 18).
 * Other words in parentheses after a name ("(laughing)", "(via video link)") make no turn label: round 13's
 * first version, reading every parenthesis as a label's, failed a held-out set's floor (set 23, 18 more
 * wrong speakers).
 */
function seatOrOfficeHolder(label: string, parentheses: string): boolean {
  // (Australia's Hansard prints the time after the seat, and the surname in capitals: "Mr FAIRWEATHER (Flinders)
  // (14:04):", round 20.)
  const timed = (/\p{Lu}{2}/u.test(label) && CLOCK_TIME.test(groupsIn(parentheses).at(-1) ?? '')) || TIME_CODE.test(groupsIn(parentheses).at(-1) ?? '');
  const groups = timed ? groupsIn(parentheses).slice(0, -1) : groupsIn(parentheses);
  // ("The SPEAKER (14:02):", "Mr TEHAN (14:05):": the time alone.)
  if (groups.length === 0) return timed;
  // ("(Bendigo—Minister for Climate Change and Energy)", "(Barton—Attorney-General)": Australia's seat and office,
  // joined by a dash; an office's words may be joined by a hyphen.)
  const role = (g: string) => g.split(/[\s\u2014\u2013]+/).some((w) => [w, ...w.split('-')].some((part) => isRoleNoun(part.replace(/[^\p{L}-]/gu, '').toLowerCase())));
  // (Canada's record gives the seat and the party in one pair, the party last: "(Peace River—Westlock, CPC)",
  // "(Minister of Emergency Preparedness, Lib.)".)
  const party = (groups.at(-1) ?? '').split(/,\s*/).at(-1) ?? '';
  // ("Fiona Crerar (Mull and Iona Ferry Committee):": a witness's organisation after their full name.)
  const organisation = (g: string) => /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|of|for|the|&))*$/u.test(g) && g.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
  // (Or "(As an Individual)", Canada's committee evidence for a witness with no organisation, round 60.)
  const witness = labelPhrase(label)?.form === 'name' && label.trim().includes(' ') && groups.length === 1 && (organisation(groups[0] as string) || AS_AN_INDIVIDUAL.test(groups[0] as string));
  // ("Leonie Bach (BÜNDNIS 90/DIE GRÜNEN):": a party's name in capitals, the Bundestag's record in translation.)
  const partyInCapitals = /^\p{Lu}[\p{Lu}\p{N} /&-]{1,29}$/u.test(party) && /\p{Lu}{2}/u.test(party);
  // ("SHRI HARIPADA MAHATO (Jharkhand):": a member's label in capitals, a person's, with the state or seat in one word,
  // India's Rajya Sabha, round 23.)
  // (New Zealand's party and electorate joined by a dash, "KIRI WAAKA (Labour—Ōhāriu):", round 24. The Lok Sabha's seat
  // in capitals, "(AKOLA)", reads as a party in capitals below.)
  const seat = label === label.toUpperCase() && labelNamesPerson(label) && groups.length === 1 && (/^\p{Lu}\p{Ll}+$/u.test(groups[0] as string) || PARTY_AND_ELECTORATE.test(groups[0] as string));
  // ("Mr. Hargrove (United States of America):", "Mr. Delorme (France) (spoke in French):": the United Nations' verbatim
  // record names a member by courtesy title and surname, then the country, then any language spoken, round 29.)
  const delegate = COURTESY_SURNAME.test(label.trim()) && groups.length > 0 && groups.every((g) => COUNTRY.test(g) || LANGUAGE_NOTE.test(g));
  // ("MINISTER NOVÁK (through interpreter):", "THE WITNESS (through the interpreter):", "SENATOR LEE (in Spanish):": how
  // the words were delivered, no seat or office, round 36.)
  if (groups.length > 0 && groups.flatMap((g) => g.split(/,\s*/u)).every((part) => DELIVERY_NOTE.test(part.trim()))) return true;
  // ("AUDIENCE MEMBER (anonymous):", "QUESTION (from the chat):": a participant the record does not name, round 36.)
  // (Or any of its parts between commas, "MEMBER (unidentified, from the floor):", round 50.)
  const unnamedParticipant = PARTICIPANT_LABEL.test(label.trim()) && isUnnamedParticipant(groups.join(' '));
  // ("TOM HALE (BBC Look East):", "ANNA PRZYBYLSKA (Castleshire Live):": a reporter's full name and outlet at a briefing,
  // round 38.)
  const reporter = labelNamesPerson(label) && label.trim().includes(' ') && groups.length === 1 && isOutletsName(firstInParentheses(parentheses));
  return seat || delegate || witness || unnamedParticipant || reporter || groups.some((g) => nameOnly(g)?.core.includes(' ') || role(g)) || partyInCapitals || /^[\p{Lu}][\p{L}&/]{0,7}\.?$|^[DRI]-[A-Z]{2}$/u.test(party) || nameOfParticipant(label, parentheses) !== undefined || outletOfParticipant(label, parentheses) !== undefined;
}

/**
 * A courtesy title and a surname, as a verbatim record labels a delegate: "Mr. Hargrove", "Mrs. Persaud-Khan"; a surname of
 * two words or a name in its own order, "Ms. Carrasco Villalba", "Mr. Liu Wenjie" (round 53).
 */
const COURTESY_SURNAME = /^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;
/** A country's name in capitalised words: "France", "United States of America", "Republic of Korea". */
const COUNTRY = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and))*$/u;
/** A record's note of the language a speech was given in: "spoke in French", "interpretation from Arabic". */
const LANGUAGE_NOTE = /^(?:spoke|speaking)\s+in\s+\p{Lu}\p{Ll}+$|^interpretation\s+from\s+\p{Lu}\p{Ll}+$/u;

/** A party and an electorate joined by a dash in a label's parentheses, as New Zealand's Hansard prints them: "Labour—Ōhāriu", "National—Rangitīkei". */
const PARTY_AND_ELECTORATE = /^\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2}[\u2013\u2014]\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** A time of day alone in a label's parentheses, on the 24-hour clock: "(14:04)". */
const CLOCK_TIME = /^\d{2}:\d{2}$/;
/** A recording's time code alone in a label's parentheses, hours, minutes and seconds: "Lena Vogtmann (00:00:04):" (round 29). */
const TIME_CODE = /^\d{1,2}:\d{2}:\d{2}$/;

/** The words inside each pair of a label's parentheses: "(Skipton and Ripon Dales) (Con)" → both. */
function groupsIn(parentheses: string): string[] {
  // (A pair holding another is read as two: "(Mr. Gordon Lachance (Kanata—Carleton East, Lib.))" as "(Mr. Gordon
  // Lachance) (Kanata—Carleton East, Lib.)", round 30.)
  return [...parentheses.matchAll(/\(((?:[^()]|\([^()]*\))+)\)/g)].flatMap((g) => {
    const inner = [...(g[1] as string).matchAll(/\(([^()]+)\)/g)].map((i) => (i[1] as string).trim());
    return [(g[1] as string).replace(/\s*\([^()]*\)/g, '').trim(), ...inner].filter(Boolean);
  });
}

/**
 * Whether the words after a label make it a headline or a heading rather than a turn (round 19): a quotation
 * in marks and nothing else (`Sweden's Preparedness Chief: “Resilience Is Not a Bunker”`, a headline quoting
 * its speaker), or words in capitals alone (`PUBLIC HEARING: SCHOOL TRANSPORTATION WORKFORCE SHORTAGES`).
 */
function headlineOrHeading(body: string): boolean {
  const words = body.trim();
  // (Not "CROWD: USA! USA! USA!": a heading has no sentence's stop.)
  return quotationAlone(words) || (!/[\p{Ll}.!?]/u.test(words) && words.split(/\s+/).filter((w) => /\p{Lu}{2}/u.test(w)).length >= 3);
}

/** Whether words are one quotation in marks and nothing after it but punctuation (linear: the first closing mark must end them). */
function quotationAlone(words: string): boolean {
  if (!/^[“"„«‘]/u.test(words)) return false;
  const close = words.slice(1).search(/[”"»’“„«]/u);
  // (A quotation closing on a full stop is a sentence said, a running order's clip, "ARBUTHNOT: “Every trial … holds up.”",
  // not a heading's words, round 32.)
  if (close >= 0 && words[close] === '.') return false;
  return close >= 0 && !/[\p{L}\p{N}]/u.test(words.slice(close + 2));
}

/** A running order's and a script's notes to its staff, never a turn: "NB:", "EP NOTE:", "SLUG:", "SUPER:", "GFX:" (round 32; not "ED:" or "CAM:", a name as often). */
const STAFF_NOTE_LABELS = String.raw`nb|n\.b\.|ep note|producer's note|producers' notes?|slug|super|caption|strap|aston|gfx`;
/**
 * A motion's record in minutes, never a turn: "Moved: Catherine Ashby", "Seconded: Tania Rewi", "Resolution: That the
 * Board receives …", "RESOLVED:", "Carried:" (round 51: a health board's minutes, whose many such lines read as a
 * transcript's labels). In a transcript the line ends the turn before it (`MOTION_LABEL`). Not "PUBLIC:", a hearing's
 * label for whoever speaks from the floor (the review of round 51).
 */
const MOTION_LABELS = String.raw`moved(?:\s+by)?|seconded(?:\s+by)?|proposed(?:\s+by)?|mover|seconder|motion|resolution|resolved|carried`;
/**
 * A broadcast script's production cues as labels, "VOX POP (clip):", "SOT (archive footage):", "NATS:", "VT:" (the review of
 * round 52), in capitals as scripts print them: read in either case alone (`PRODUCTION_CUE`), in capitals before a speaker
 * in brackets (`SCRIPT_DIRECTION_LABEL`; one list for both, the re-read of round 53).
 */
const PRODUCTION_CUES = String.raw`SOT|VT|NATS|SYNC|VOX\s+POPS?|ARCHIVE|ACTUALITY|CLIP|TAPE|AUDIO|FOOTAGE|MONTAGE|SOUNDBITE`;
/** A production cue's line (see `PRODUCTION_CUES`): sound nobody is named for, and the end of the turn before it. */
const PRODUCTION_CUE = new RegExp(`^(?:${PRODUCTION_CUES})$`, 'i');
/** A motion's line as a label (see `MOTION_LABELS`): nobody's, and the end of the turn before it. */
const MOTION_LABEL = new RegExp(`^(?:${MOTION_LABELS})$`, 'i');
// (A magazine's dates, "ISSUE DATE: April 22, 2024 | UPDATED: …", round 45; any date or deadline a desk files under,
// "INTERVIEW DATE:", "AIR DATE:", "FILING DEADLINE:", "WORD COUNT:", the review of round 46.)
// (A podcast's page, "Released: February 6, 2025 · Running time: 41:12", "Episode 88:", round 52.)
// (A staff report's "Concurrence: Alicia Ferreira, Chief Administrative Officer" and "Attachments:", round 56.)
// (A reference's field, "Appeal Ref: APP/K2715/W/24/3349821", "Our reference:", round 62: no name however it is cased;
// not a referee's "Ref:" alone, a match transcript's, the review of round 62; "Ref No:" is a field, the second review.)
// (And a broadcast script's production cues, "VOX POP (clip):", "SOT (archive footage):", "NATS:", "VT:", nobody named, the
// review of round 52.)
/** A reference's field as a label: "Appeal Ref", "Our ref", "Ref No", "Reference", "Your reference no" (not a referee's bare "Ref"). */
const REFERENCE_FIELD = String.raw`(?:[a-z]+\s+){1,2}ref\.?(?:\s+no\.?)?|(?:[a-z]+\s+){0,2}ref\.?\s+no\.?|(?:[a-z]+\s+){0,2}reference(?:\s+no\.?)?`;
/** Labels that head a list or a note, never a speaker's turn: "Present: Mayor Linda Carver (Chair); …" ("BOARD MEMBERS PRESENT:", "Councillors absent:", round 38; a hearing's "COMMITTEE STAFF:" and "INVITED WITNESSES:" over their lists, round 49, not a "CHIEF OF STAFF:"), "Note:", "IN THE CHAIR: Katarina Berglund", the Lok Sabha's "Title: Discussion on the motion …" (round 21), a record's "Session: 2025/2026", a broadcast's "Broadcast: Monday 6 October" and a court's "APPEARANCES:" (round 23), an inquiry's header "Before:" over its inspector's name (round 41); Singapore's Hansard's "Parliament No: 15", "Sitting Date: …", "Section Name: …" and a situation report's "Needs:", "Response:" and "Gaps:" (round 30); a running order's and a script's staff notes (`STAFF_NOTE_LABELS`, round 32). */
const NOT_SPEAKER_LABEL = new RegExp(`^(?:(?!(?:deputy\\s+)?(?:chief|head)\\s+of\\s+staff$)(?:[a-z]+\\s+){0,2}(?:present|absent|staff|attendees|participants|panellists|panelists|speakers|guests|witnesses)|about\\s+[^:\\n]{1,60}|apologies|in the chair|chairmen|chairs|co-chairs|presiding officer|in attendance|before|panel|note|notes|source|sources|featuring|starring|credits|editor's note|update|correction|contact|media contact|ends|about|title|subject|topic|(?:[a-z]+\\s+)?(?:date|deadline)|${REFERENCE_FIELD}|word count|time|venue|location|fixture|kick-off|agenda|session|sitting|subjects|attendance|list of participants|broadcast|transmission|appearances|official report|(?:parliament|session|volume|sitting)\\s+(?:no\\.?|number|date)|page|pages|section name|needs|response|gaps|highlights|key messages|key figures|situation overview|last\\s+updated|updated|published|posted|(?:first\\s+)?(?:released|recorded|aired)|running\\s+time|duration|(?:in\\s+this\\s+)?episode(?:\\s+\\d+)?|${PRODUCTION_CUES}|${PICTURE_WORDS}|music|sound|sfx|theme|transcript|watch|listen|concurrence|attachments?|appendix|appendices|enclosures?|${STAFF_NOTE_LABELS}|${MOTION_LABELS})$`, 'i');

/**
 * A broadcast script's or running order's direction with its speaker in brackets, "INTRO (TOM):", "BACK ANNO (HARRIET):",
 * "KEY GRAB for 0700 news (CORRIGAN, 0:04:12):" (round 32): the words after it are the one bracketed, the presenter
 * reading them or the clip's speaker, not a speaker called "Intro" (group 1: the name).
 */
const SCRIPT_DIRECTION_LABEL = new RegExp(String.raw`^(?:INTRO|OUTRO|CUE|LINK|BILLBOARD|BACK\s+ANNO|CLOSE|TRACK(?:\s+\d{1,2})?|PTC|VO|TEASE|THROW|(?:KEY\s+)?GRAB|CLIP(?:\s+\d{1,2})?|${PRODUCTION_CUES})(?:\s+for\s+[^():\n]{1,40})?\s*\(([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?:,\s*[^()\n]{1,30})?\)\s*:[ \t]*`, 'u');

/** A running order's clip line, "CLIP 1 – Darren Lucchese, rice and citrus grower, Griffith: “…”" (group 1: the name; round 32). */
const CLIP_DASH_LABEL = /^(?:CLIP|GRAB|SOT|INSERT)(?:\s+\d{1,2})?\s*[–—-]\s*((?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})(?:,[^:\n]{1,120})?:[ \t]*/u;

/** A clip named inside its bracket, the label after it: "[CLIP – Minister Ciarán Tobin]: “We have had …”" (group 1: who speaks; round 22). */
const CLIP_LABEL = new RegExp(String.raw`^\[(?:${CLIP_WORD})\s*[\u2013\u2014-]\s*([^\]\n]{1,80})\]:[ \t]*`, 'u');

/**
 * A record's roster line, a label and the holder's name alone: "President: Ms. Lassen (Denmark)" over the United
 * Nations' verbatim record (round 29) — who holds the office, not their words.
 */
// (With the country or seat in brackets: "Madam Deputy Speaker: Mr Owen" is the chair calling a member, her turn, the
// review of round 29.)
// (Or with dot leaders before the brackets, "President: Ms. Halvorsen .......... (Denmark)", round 53.)
const ROSTER_ENTRY = /^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*(?:\.{3,}\s*)?\([^()\n]{1,40}\)\s*$/u;

/**
 * A delegate's full name where the record gives it with the same courtesy title or as an ambassador: "Ms. Halvorsen" is
 * Kirsten Halvorsen after "Ambassador Kirsten Halvorsen"; not a briefer with the surname, "Dr. Ana Fernandes" for "Mr.
 * Fernandes", nor a name in its own order, "Kim Jong Un" for "Mr. Kim" (the review of round 53). Undefined where none or
 * two.
 */
function fullNameOfDelegate(doc: SourceDocument, titled: string): string | undefined {
  const [title, ...rest] = titled.split(/\s+/u);
  const surname = rest.join(' ');
  if (!title || !surname) return undefined;
  const named = new RegExp(String.raw`(?<![\p{L}])(?:Ambassador|${escapeRegExp(title.replace(/\.$/, ''))}\.?)\s+(\p{Lu}[\p{L}'’-]+\s+${escapeRegExp(surname)})(?![\p{L}-])`, 'gu');
  const names = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(named)].map((m) => m[1] as string)));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The member a record's roster names for an office, "President: Ms. Halvorsen .......... (Denmark)" (`ROSTER_ENTRY`), as
 * printed: undefined where its header has no such line or two.
 */
function holderOnRoster(doc: SourceDocument, office: string): string | undefined {
  const entry = new RegExp(String.raw`^\s*${escapeRegExp(office)}\s*:\s*(.+)$`, 'iu');
  const holders = new Set(
    doc.paragraphs.slice(0, HEADER_PARAGRAPHS).flatMap((p) =>
      p.text.split('\n').flatMap((line) => {
        // (A roster set as a table's row, "| President: | Mr. Lindqvist-Ahl | (Denmark) |", read as its cells' words, round 57.)
        const held = entry.exec(line.replace(/^\s*\|\s*/u, '').replace(/\s*\|\s*/gu, ' '))?.[1]?.trim();
        return held && ROSTER_ENTRY.test(held) ? [held.replace(/\s*(?:\.{3,}\s*)?\([^()\n]*\)\s*$/u, '')] : [];
      }),
    ),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

/**
 * A line over a record's first turn naming who takes a part: a label, then a name, perhaps post-nominals and the
 * office after a comma, and no stop: "Speaker: Dr Ines Valcourt, Director, European Armaments Observatory".
 */
// (Its holder's note in parentheses too, "Before: Dame Helen Ashworth (Chair)", "Interpreter: Ms Agnieszka Reid (sworn)",
// round 37.)
const HEADER_ROSTER = /^(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+\p{Lu}{2,5})*(?:,\s+[^.!?\n]{2,160})?(?:\s*\([^()\n]{1,80}\))?$/u;
/**
 * A panel's roster, its holders and their offices set apart by semicolons, with a stop at its end: "I: Priya Mander,
 * Operations Director, Northline Rail; and Dr Colin Sewell, Chief Executive, Rail Users Forum.", a select committee's first
 * panel of witnesses (round 41); not a host's greeting, "Agnès Moreau, good morning and thank you for joining us.".
 */
const PANEL_ROSTER = /^(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+[^.!?\n;]{2,120}(?:;\s+(?:and\s+)?(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+[^.!?\n;]{2,120})+\.$/u;
/** A further line of a header's roster: "Counsel to the Inquiry: Mr Daniel Okafor" (group 1: the label; 2: what follows it). */
const ROSTER_LINE = /^(\p{Lu}[^:\n]{0,40}):\s+(.+)$/u;

/**
 * Whether the words after a header's first label are a roster: the holder's name (`HEADER_ROSTER`), and on each further
 * line of the paragraph another part and its holder, "Witness: Mr Tomasz Zieliński, …\nInterpreter: Ms Agnieszka Reid
 * (sworn)\nCounsel to the Inquiry: Mr Daniel Okafor" (round 37: read as the witness's first turn).
 */
// (Or a field of the occasion's among them, "Date: 15 February 2024, Lecture Theatre 2", round 41: a seminar's header.)
function isHeaderRoster(afterLabel: string): boolean {
  const [first, ...more] = afterLabel.trim().split('\n');
  return (
    (HEADER_ROSTER.test((first ?? '').trim()) || PANEL_ROSTER.test((first ?? '').trim())) &&
    more.every((line) => {
      const m = ROSTER_LINE.exec(line.trim());
      return !!m && (HEADER_ROSTER.test((m[2] as string).trim()) || NOT_SPEAKER_LABEL.test((m[1] as string).trim()));
    })
  );
}

/** A letter's greeting, never a speaker's label: "Dear Senator Halverson: Thank you for …" (round 22). */
const GREETING_LABEL = /^(?:Dear|My\s+dear)\s/;

/** Whether a label before a colon heads a list, a note or a letter's greeting, never anyone's words ("Present:", "Dear Petr:"). */
export function isNotSpeakerLabel(label: string): boolean {
  return NOT_SPEAKER_LABEL.test(label) || GREETING_LABEL.test(label);
}

/** The note of who presides, as a label: "IN THE CHAIR: KATARINA BERGLUND, Vice-President". */
// (And a running order's or script's note to its staff, "NB:", "EP NOTE:", "SUPER:", round 32: nobody's words, not the turn
// before it going on.)
// (And a reference's field between turns, "Ref No: 24/01234/FUL." at a planning committee: nobody's, and the end of the
// chair's turn before it, the second review of round 62.)
const CHAIR_NOTE = new RegExp(`^(?:in the chair|${STAFF_NOTE_LABELS}|${REFERENCE_FIELD})$`, 'i');

/** Labels that stand for whoever takes part, the person named in their parentheses: "CALLER (Anna, Leeds):", "AUDIENCE MEMBER (Tom):", a press conference's "Q (Mark Ellery, Northern Echo):", an AGM's "SHAREHOLDER (Mr Alan Brierley, …):" (round 22). */
// (And a workplace's, "EMPLOYEE (anonymous):", "STAFF MEMBER (Brno office):", round 36.)
// (Or a co-operative's or a society's "MEMBER (Derek Fawley, Halifax branch):", an AGM's questioner, round 50.)
const PARTICIPANT_LABEL = /^(?:q|question|shareholder|stockholder|analyst|caller|listener|viewer|questioner|voice|reporter|journalist|participant|guest|panellist|panelist|audience member|member of the public|resident|student|witness|employee|staff member|colleague|attendee|member)$/i;
/** A reporter's question following up their own: "just to follow up", "one more", "on that", "also". */
const FOLLOWING_UP = /\b(?:follow(?:\s|-)?up|following\s+up|one\s+more|on\s+that|also)\b/iu;
/** The first of two offices a label joins, "The Tánaiste" of "The Tánaiste and Minister for Foreign Affairs and Trade" (group 1). */
const FIRST_OF_TWO_OFFICES = /^((?:The|An)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+and\s+(?:Minister|Secretary|Leader)\b/u;
/** A label that different people take in turn, one after another: an asker's (`ASKERS_LABEL`), a reporter's (`PRESS_ASKER_LABEL`), "LISTENER", "VIEWER", "MEMBER OF THE PUBLIC" (see `holderOf`). */
function takenInTurn(label: string): boolean {
  return ASKERS_LABEL.test(label) || PRESS_ASKER_LABEL.test(label) || /^(?:listener|viewer|member\s+of\s+the\s+public)$/iu.test(label);
}
/** A press conference's label for whichever reporter asks: "JOURNALIST", "REPORTER", "Journalist 2" (see `speakerOfLabel`). */
// (Not a court's "THE REPORTER:", its stenographer, the review of round 55.)
const PRESS_ASKER_LABEL = /^(?:journalist|reporter)s?(?:\s+\d{1,2})?$/iu;
/** A label's parentheses saying how its words were delivered: "(through interpreter)", "(via an interpreter)", "(translated)", "(interpreted)", "(in Czech)", "(speaking in Czech)", "(continuing)". */
// (Or a documentary's "(in Romanian, subtitled)", "(voice-over)", "(dubbed)"; a podcast's clip of someone heard
// elsewhere, "COUNCILLOR RAY FONTAINE (clip):", "(archive tape)", "(on the phone)", "(via video link)", round 52.)
// (Or where in the room, a debate's questioner "JAS KAUR (audience):", "(from the floor)", round 57.)
const DELIVERY_NOTE = /^(?:(?:speaking\s+)?(?:through|via|with)\s+(?:an?\s+|the\s+)?interpret(?:er|ers|ation)|(?:as\s+)?(?:translated|interpreted|subtitled|dubbed)(?:\s+from\s+\p{L}+)?|(?:speaking\s+)?in\s+\p{Lu}\p{Ll}+|voice[\s-]?over|v\.?o\.?|continuing|cont['’]?d|continued|(?:archive|archival|audio|news|video)?\s*(?:clip|tape|recording|footage)|archive|on\s+tape|recorded|(?:by|on\s+the)\s+(?:phone|telephone)|via\s+(?:video(?:\s+link)?|phone|telephone|zoom|skype)|(?:from\s+the\s+|in\s+the\s+)?(?:audience|floor)(?:\s+member)?|member\s+of\s+the\s+(?:public|audience))$/iu;
/** A participant's parentheses saying the record does not name them: "(anonymous)", "(from the chat)", "(off mic)", "(inaudible)", "(name withheld)". */
// (Or where they take part from, "(online)", "(in the room)", "(on Zoom)", round 40.)
const UNNAMED_PARTICIPANT = /^(?:anonymous|anon\.?|unnamed|unidentified|name\s+withheld|off[\s-]mic|inaudible|from\s+the\s+(?:chat|floor|audience|room)|via\s+(?:chat|slido|the\s+chat)|online|in\s+the\s+(?:room|hall|audience)|on\s+(?:zoom|teams|the\s+line|the\s+phone)|remote|remotely)$/iu;

/** Whether a participant's parentheses, or their first part before a comma, say the record does not name them (`UNNAMED_PARTICIPANT`). */
// (Its first part only, where a name would stand: "SHAREHOLDER (Dr. Anne Lee, online):" is named, the review of round 50.)
function isUnnamedParticipant(parentheses: string): boolean {
  return UNNAMED_PARTICIPANT.test(parentheses.split(/\s*,\s*/u)[0] ?? '');
}

/** A participant's label opening a paragraph, before its parentheses ("**REPORTER (TASR):**"). */
const PARTICIPANT_BEFORE = new RegExp(String.raw`^\W*(?:${PARTICIPANT_LABEL.source.slice(4, -2)})\s*\(`, 'iu');

/**
 * Rule "a participant's label names the person in its parentheses" (round 13): "CALLER (Anna, Leeds):" is
 * Anna, not one speaker "Caller" for every caller. The name is the parentheses' first part, capitalised.
 */
function nameOfParticipant(label: string, parentheses: string): string | undefined {
  if (!PARTICIPANT_LABEL.test(label.trim())) return undefined;
  const first = firstInParentheses(parentheses);
  // (A member by full name only: "MEMBER (Halifax):", "MEMBER (Labour):" say where from or which side, the review of round 50.)
  if (/^member$/iu.test(label.trim()) && !/\s/u.test(first)) return undefined;
  // (Only a person's name: a reporter's outlet alone, "Q (BBC Scotland):", "REPORTER (TASR):", "REPORTER (Hospodárske
  // noviny):", says whose reporter asks, not who; the reporter is unnamed, not the outlet speaking (round 35: a press
  // conference's "Q (Kelvinside Courier):" given to the Courier).)
  // (Past a courtesy title, "SHAREHOLDER (Dr. Anne Lee, online):" is Anne Lee's, the review of round 50.)
  const name = first.replace(PARTICIPANTS_TITLE, '');
  return PARTICIPANTS_NAME.test(name) && !isOutletsName(name) ? name : undefined;
}

/** A label's note in square brackets before its colon, as a participant's asker (group 1: what the brackets hold). */
const BRACKETED_ASKER = /\[([^\]\n]{1,60})\]\s*:/u;

/**
 * The asker a question's label names in full in square brackets, as NATO prints its doorsteps (round 64): "Question [Lene
 * Vasquez-Brandt, Deutsche Welle]:" is Lene Vasquez-Brandt's; "Question [Reuters]:", "[Off Mic]", "[Inaudible]" name no one
 * (the review of round 64). Read for that turn only: the label stays "Question", one recurring label of the transcript.
 */
function askerInBrackets(m: RegExpExecArray): string | undefined {
  // (A name and a comma before the asker's outlet, as a named asker is printed: "[Reuters]", "[Al Jazeera]", "[Agence
  // France-Presse]" alone are an outlet's, the review of round 64.)
  const inside = PARTICIPANT_LABEL.test((m[1] as string).trim()) && !m[2] ? BRACKETED_ASKER.exec(m[0])?.[1] : undefined;
  const name = inside === undefined || !inside.includes(',') ? undefined : nameOfParticipant(m[1] as string, `(${inside})`);
  const phrase = name ? nameOnly(name) : undefined;
  return phrase?.kind === 'person' && phrase.core.includes(' ') && phrase.core === name ? name : undefined;
}

/** A courtesy title opening a participant's name in a label's parentheses: "Dr. ", "Mr ", "Ms ". */
const PARTICIPANTS_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=\p{Lu})/u;

/** The outlet a participant's label names in its parentheses, no person's: "Q (BBC Scotland):", "JOURNALIST (The Courier)". */
function outletOfParticipant(label: string, parentheses: string): string | undefined {
  const first = firstInParentheses(parentheses);
  return PARTICIPANT_LABEL.test(label.trim()) && isOutletsName(first) ? first : undefined;
}

/** The first part of a label's parentheses, up to a comma: "Mark Ellery" in "(Mark Ellery, Northern Echo)". */
function firstInParentheses(parentheses: string): string {
  return /^\s*\(([^(),]+)/.exec(parentheses)?.[1]?.trim() ?? '';
}

/** A participant's name in a label's parentheses: one to three capitalised words ("Anna", "Mark Ellery"), an initial ("Tom O. Brady") among them, particles before a word ("Mark de la Cruz"); not four words ("Wall Street Journal Europe", "Port Talbot Steel Works", the review of round 50's mends). */
const PARTICIPANTS_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:${PARTICLE.source.replace(/^\^|\$$/g, '')})\s+){0,2}(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)){0,2}$`, 'u');

/**
 * Whether a label's parentheses name an outlet: a publication's name ("Kelvinside Courier", "STV News"), an acronym
 * ("TASR", "BBC Scotland"), words in lower case after the first, as no one's name is printed ("Hospodárske noviny"), an
 * organisation's word alone ("Reuters"), or a newsroom's word among others ("Czech Radio").
 */
function isOutletsName(name: string): boolean {
  // (Or one word, an organisation's, "Reuters", the review of round 35; not a person's surname that is one, "Sarah
  // Church", nor a titled name, "Dr. Anna Lee", the review of round 35's rules.)
  // (A newsroom's word in a longer name, "Czech Radio", "Anadolu Agency", "Associated Press", "Bloomberg Television", the
  // review of round 36.)
  return isPublicationTitle(name, () => true) || /^\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}|$)/u.test(name) || LOWER_CASE_AFTER_FIRST.test(name) || (!/\s/u.test(name) && ORG_WORDS.has(name.toLowerCase())) || name.split(/\s+/u).some((word) => NEWSROOM_WORDS.has(word.toLowerCase()));
}

/** Words of a newsroom's name: "Czech Radio", "Anadolu Agency", "Associated Press", "Bloomberg Television", "Radio Prague". */
const NEWSROOM_WORDS = new Set('radio television tv press agency broadcasting broadcaster media news newswire'.split(' '));

/** A name with a word in lower case after its first, as no person's is printed ("Hospodárske noviny"); not a function word ("Anna from Leeds") nor a particle ("Ludwig van Beethoven"). */
const LOWER_CASE_AFTER_FIRST = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?!(?:from|of|in|at|on|for|and|the)$)(?!${PARTICLE.source.replace(/^\^|\$$/g, '')}\b)\p{Ll}[\p{L}'’-]*$`, 'u');

/** A label's speaker as printed: the person its parentheses name ("Madam Deputy Speaker (Judith Cummins)"), else its name. */
function labelOf(m: RegExpExecArray): string {
  const participant = nameOfParticipant(m[1] as string, m[2] ?? '');
  if (participant) return participant;
  // (A participant's label naming an outlet, no person, "Q (BBC Scotland):", "JOURNALIST (The Courier)", is an unnamed
  // participant's, not the outlet's, round 35: kept with its parentheses, which `speakerOfLabel` reads as no one.)
  const outlet = outletOfParticipant(m[1] as string, m[2] ?? '');
  if (outlet) return `${(m[1] as string).trim()} (${outlet})`;
  // (So is one whose parentheses say it is not named, "AUDIENCE MEMBER (anonymous):", round 36.)
  const unnamed = groupsIn(m[2] ?? '').join(' ');
  if (PARTICIPANT_LABEL.test((m[1] as string).trim()) && isUnnamedParticipant(unnamed)) return `${(m[1] as string).trim()} (${unnamed})`;
  // ("SCRUTINEER (Lena Hart, Civica Election Services):": a part's label in capitals, which may read as a given name, as
  // "HAMISH (South Uist):" is one, names its holder when its parentheses open with a full name and a comma, round 50.)
  // (Only a part's label, its last word a role's, "SCRUTINEER", "RETURNING OFFICER": not a member's name with a seat and
  // party, "SENATOR GRAHAM (South Carolina, R):", "MS JONES (West Bromwich, Labour):", the review of round 50.)
  // (Or a given name in capitals the parentheses complete, "PETER (Peter Dunne, Ohariu):", the review of round 50's mends.)
  const holder = fullNameBeforeComma(m[2] ?? '');
  if (holder && (isPartsLabel((m[1] as string).trim()) || holder.split(' ')[0]?.toLowerCase() === (m[1] as string).trim().toLowerCase())) return holder;
  // ("HAMISH (South Uist):", "Mr Tom Hargreaves (Skipton and Ripon Dales):": a person's name labels the turn, and
  // its parentheses say where they are; only an office's label, "Madam Deputy Speaker (Judith Cummins):", has its
  // holder's name in them.)
  // ("The Lord Privy Seal (Baroness Harrowby) (Lab)": an office opening with "The", whose words may read as a peer's, held
  // by the peer its parentheses name, round 56.)
  const peer = /^the\s/iu.test((m[1] as string).trim()) ? groupsIn(m[2] ?? '').find((g) => PEER_STYLE.test(g.trim())) : undefined;
  if (peer) return peer.trim();
  if (labelNamesPerson(m[1] as string)) return m[1] as string;
  // ("Senator VUKOVIC (Western Australia) (15:07):": a title and a surname in capitals name the member, and the
  // parentheses her state, of however many words, round 29; not "The SPEAKER (Mr Rowe)", an office.)
  const titled = TITLED_SURNAME_IN_CAPITALS.exec((m[1] as string).trim());
  if (titled && !isRoleNoun((titled[2] as string).toLowerCase())) return m[1] as string;
  for (const inside of groupsIn(m[2] ?? '')) {
    if (PEER_TITLE.test(inside)) return inside;
    // ("The Parliamentary Under-Secretary of State, Department for Transport (Lord Penhallow) (Lab)", "The Lord Privy Seal
    // (Baroness Harrowby)": the Lords' record names an office's holder by a peer's style and title alone, round 56.)
    if (PEER_STYLE.test(inside.trim())) return inside.trim();
    const name = nameOnly(inside);
    if (name?.core.includes(' ')) return name.core;
    // ("MODERATOR (Tereza Malá, ministry spokesperson):", "INTERPRETER (Ms Yuko Brandt, Japanese embassy):": a part's label
    // naming its holder before a comma, round 37; a person's full name only, not "PANEL (Water and Towns, 2pm)".)
    const beforeComma = inside.includes(',') ? nameOnly(inside.slice(0, inside.indexOf(',')).trim()) : undefined;
    if (beforeComma?.kind === 'person' && beforeComma.core.includes(' ') && roleOfLabel(m[1] as string)) return beforeComma.core;
    // ("CHAIR (Senator Brennan):", an estimates hearing naming its chair by title and surname alone: as printed, round 25;
    // only for an office's label, not "CORRESPONDENT (General Santos):", a city, the review of round 25.)
    if (name && PRESIDING_OFFICE_LABEL.test(m[1] as string) && isTitledSurname(inside.trim())) return inside.trim();
    // (Or by a courtesy title and a surname in capitals, an AGM's "THE CHAIR (MR AINSLIE):", round 48.)
    if (PRESIDING_OFFICE_LABEL.test(m[1] as string) && COURTESY_SURNAME_IN_CAPITALS.test(inside.trim())) return inside.trim();
  }
  return m[1] as string;
}

/** The full name opening a label's first parentheses before a comma: "Lena Hart" of "(Lena Hart, Civica Election Services)". */
function fullNameBeforeComma(parentheses: string): string | undefined {
  const first = groupsIn(parentheses)[0] ?? '';
  if (!first.includes(',')) return undefined;
  const name = nameOnly(first.slice(0, first.indexOf(',')).trim());
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/** A part's label in capitals, one to three words, maybe after "THE": "SCRUTINEER", "THE RETURNING OFFICER". */
const PART_IN_CAPITALS = /^(?:THE\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u;
/** A part's name by its ending, for a noun the role lists lack: "SCRUTINEER", "ARCHIVIST", "ACTUARY" (not "PETER" nor "GRANT"). */
const PART_ENDING = /(?:eer|ist|ary)$/iu;
/** Whether a label in capitals names a part, its last word a role's noun or a part's ending (`PART_ENDING`): "SCRUTINEER", "RETURNING OFFICER". */
function isPartsLabel(label: string): boolean {
  const last = label.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return PART_IN_CAPITALS.test(label) && !labelNamesPersonByTitle(label) && (isRoleNoun(last) || PART_ENDING.test(last));
}
/** Whether a label opens with a title of courtesy or office before more words: "SENATOR GRAHAM", "MS JONES" (a person's). */
function labelNamesPersonByTitle(label: string): boolean {
  const words = label.split(/\s+/u);
  return words.length >= 2 && (LABEL_COURTESY_TITLES.has(words[0]?.toLowerCase() ?? '') || isTitle(words[0]?.toLowerCase() ?? '')) && !isRoleNoun(words.at(-1)?.toLowerCase() ?? '');
}

/** A courtesy title and a surname in capitals: "MR AINSLIE", "MS O'HARA". */
const COURTESY_SURNAME_IN_CAPITALS = /^(?:MR|MRS|MS|MISS|DR)\.?\s+\p{Lu}[\p{Lu}'’-]+$/u;

/** Whether a label is a person's name (with or without a courtesy title), not an office or a role: "HAMISH", "Mr Tom Hargreaves". */
function labelNamesPerson(label: string): boolean {
  const phrase = labelPhrase(label);
  // (A courtesy title is no office: "Mrs Helen Marsh (Taunton West) (LD):" is Mrs Marsh, her seat in the
  // parentheses, round 21.)
  return phrase?.form === 'name' && phrase.kind === 'person' && !label.split(/\s+/).some((w) => {
    const word = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
    return isRoleNoun(word) && !LABEL_COURTESY_TITLES.has(word);
  });
}

/**
 * A member's letters after a label's name, in capitals: "MSP", "MP" (`POST_NOMINAL_WORDS`), and a label's own, the London
 * Assembly's and the Senedd's "AM" and "MS", an Australian upper house's "MLC" (not in names elsewhere: "AM International"
 * is a company, the review of round 31's fourth batch).
 */
const LETTERS_AFTER_LABEL = new RegExp(String.raw`(?<=\p{Ll}[\p{L}'’-]*)\s+(?:${[...POST_NOMINAL_WORDS, 'AM', 'MS', 'MLC', 'MHK'].join('|')})$`, 'u');

/** Titles of courtesy, which name a person, not an office: nameWords.ts's list and India's "Shri" and "Smt." (round 23: "SHRI TAPAN KUMAR GHOSH (West Bengal):" is Mr Ghosh, his state in the parentheses). */
const LABEL_COURTESY_TITLES = new Set([...COURTESY_TITLES.map((t) => t.toLowerCase()), 'shri', 'smt', 'shrimati']);

/**
 * Words that make a label another office than the one it then names: "ACTING CHAIR" beside "CHAIR", "Deputy Speaker" beside
 * "Speaker", "FIRST DEPUTY GOVERNOR" beside "GOVERNOR" (round 31).
 */
const OTHER_OFFICE = /^(?:the\s+)?(?:(?:acting|deputy|vice|assistant|interim|temporary|co|first|second|third|senior|principal)[\s-]+)+/iu;

/**
 * Rule "a shortened label is the full label it shortens": "MOLL:" after "JAN MOLL, NORTHERN RADIO:", "Mr
 * Hargreaves:" after "Mr Tom Hargreaves (Skipton and Ripon Dales) (Con):", when exactly one longer label ends
 * with that surname. Counted as one speaker, so that a transcript naming each speaker in full once and by
 * surname after is still read as one.
 */
function labelsAsMeant(labels: (string | undefined)[]): (string | undefined)[] {
  const distinct = [...new Set(labels.filter((l): l is string => l !== undefined))];
  const words = (label: string) => label.trim().split(/\s+/);
  const full = new Map<string, string>();
  for (const label of distinct) {
    const [surname, count] = [words(label).at(-1)?.toLowerCase(), words(label).length];
    if (count > 2) continue;
    // (Not "CHAIR" read as the "ACTING CHAIR" who takes over later in an estimates hearing: another office, round 25;
    // but "ROWLEY:" is still "DEPUTY COMMISSIONER JANE ROWLEY:", the review of round 25.)
    const otherOffice = (other: string) => OTHER_OFFICE.test(other.trim()) && other.trim().replace(OTHER_OFFICE, '').toLowerCase() === label.trim().toLowerCase();
    const longer = distinct.filter((other) => words(other).length > count && words(other).at(-1)?.toLowerCase() === surname && !otherOffice(other));
    if (longer.length === 1) full.set(label, longer[0] as string);
  }
  return labels.map((label) => (label === undefined ? undefined : (full.get(label) ?? label)));
}

/**
 * Who a label names: the interview's author asks its `Q:` turns and the one person its title or
 * introduction names answers its `A:` turns (see `interviewee`); any other label is read as a name and
 * resolved against the document's text.
 */
function speakerOfLabel(doc: SourceDocument, printedLabel: string, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string | undefined {
  // ("Siân Pryce AM:", "Gareth Penhale AM (Chair):": a member's letters after the name are no part of it, round 31.)
  const label = printedLabel.replace(LETTERS_AFTER_LABEL, '');
  // (Not where questions come from reporters the record names, "Q (Gavin Royle, BBC Tees):": a bare "Q:" there is a
  // reporter it does not name, not the transcript's author, round 29.)
  if (label === 'Q') return doc.paragraphs.some((p) => NAMED_QUESTIONER.test(p.text)) ? undefined : authorOf(doc.source);
  // (A participant named only by an outlet, "REPORTER (TASR)" (see `labelOf`): no one the record names.)
  if (PARTICIPANT_BEFORE.test(label)) return undefined;
  // ("UNIDENTIFIED PERSON:", "UNIDENTIFIED MAN #1:": a broadcast transcript's voice it cannot name is nobody
  // named, not a person called "Unidentified Person", and not the speaker before, round 20.)
  if (UNNAMED_VOICE.test(label.trim())) return undefined;
  // ("JOURNALIST:", "REPORTER:" at a press conference: whichever reporter is called on, no one the record names, not a
  // person called "Journalist", round 55.)
  if (PRESS_ASKER_LABEL.test(label.trim())) return undefined;
  if (PARTICIPANT_CODE_LABEL.test(label)) return undefined;
  // ("NARRATOR:" in a documentary's transcript: its reporter's voice-over, the byline's, or no one the record names, round
  // 36; not a speaker called "Narrator".)
  // (The narrator the credits name first, "Narrated by Will Lyman", not the writer and producer in the byline, the review
  // of round 36.)
  if (/^(?:the\s+)?narrator$/iu.test(label.trim())) return holderOfRole(doc, 'narrator', 'narrated') ?? authorOf(doc.source);
  // (In a body's own document, an answer whose interviewee no introduction names is the body's: a union bulletin's "Ask
  // the legal team", "Q: Do I have to sign it?" / "A: No. …", round 42.)
  if (label === 'A') return interviewee(doc) ?? issuerAnswering(doc);
  const defined = DEFINED_LABEL.test(label.trim()) ? holderOfDefinedLabel(doc, label.trim()) : undefined;
  if (defined) return defined;
  if (INITIALS.test(label)) {
    const expanded = initialsOf(doc, label);
    if (expanded) return expanded;
  }
  if (PEER_TITLE.test(label.trim())) return label.trim();
  // ("Mr. JOHNSON of South Dakota": a member of Congress is named by the label before the state.)
  const member = MEMBER_OF_STATE.exec(label.trim());
  if (member) return speakerOfLabel(doc, member[1] as string, resolve);
  // ("THE COURT:" under "BEFORE THE HONORABLE MIRIAM T. ALCOTT, UNITED STATES DISTRICT JUDGE": the judge the record's
  // caption names, round 29; one only.)
  if (/^the\s+court$/i.test(label.trim())) {
    // (Not a panel's caption, "BEFORE THE HONORABLE MARY ROE, CHIEF JUDGE, AND THE HONORABLE JOHN DOE …": the review of round 29.)
    const judges = new Set(doc.paragraphs.filter((p) => (p.text.match(/\bHONOU?RABLE\b/gi)?.length ?? 0) === 1).flatMap((p) => [...p.text.matchAll(BEFORE_THE_JUDGE)].map((m) => casedAsPrinted(doc, m[1] as string))));
    if (judges.size === 1) return [...judges][0] as string;
  }
  // ("THE DEFENDANT:" under "UNITED STATES OF AMERICA v. RAYMOND T. KOSTELNIK, Defendant.": the one person the record's
  // caption names so, round 31.)
  if (/^the\s+defendant$/i.test(label.trim())) {
    const accused = new Set(doc.paragraphs.slice(0, CAPTION_PARAGRAPHS).flatMap((p) => [...p.text.matchAll(DEFENDANT_IN_CAPTION)].map((m) => casedAsPrinted(doc, m[1] as string))));
    if (accused.size === 1) return [...accused][0] as string;
  }
  // ("THE CHAIR:" in a public inquiry's transcript headed "Before: Sir Robert Haig (Chair)": the one person its header
  // names with the office in parentheses after the name, round 30.)
  // (Or "Chair:" alone, a select committee's, under "Members present: Helen Tarrant (Chair); …", round 41: by its members'
  // line or its header's "Before:" only, not a witness who chairs his own body, the review of round 41.)
  if (/^(?:the\s+)?chair(?:man|woman|person)?$/i.test(label.trim())) {
    const holder = namedAsChair(doc, !/^the\s/i.test(label.trim())) ?? namedInTheChair(doc);
    if (holder) return holder;
  }
  // (Or the presiding officer's, "President. –" in the European Parliament's verbatim report under "IN THE CHAIR: KATARINA
  // NOVAK", round 62: only by a line saying who is in the chair, not a company's president named so.)
  // (Only in a legislature's record: a club's AGM "In the Chair: Margaret Olsen" has a president of its own, the review of
  // round 62.)
  if (/^(?:the\s+)?(?:president|presiding\s+officer)$/i.test(label.trim()) && LEGISLATURES_RECORD.test(`${doc.source.outlet ?? ''} ${doc.source.kind ?? ''}`)) {
    const holder = namedInTheChair(doc);
    if (holder) return holder;
  }
  // ("THE INSPECTOR:" in a planning inquiry's transcript headed "Before: Ms Catherine Brandt BSc MRTPI, Inspector": the one
  // person its header names with that office after a comma, round 40.)
  // (Or a bare office in capitals, "MANAGER:" under "Speaker: Dalton Reyes, First-Team Manager", a club's press
  // conference, round 48.)
  // (Not a participant's, "REPORTER:", "QUESTIONER:", whoever is called on: the review of round 48.)
  // (Or two, "COMMITTEE ASSISTANT:" under a hearing's "Aaron Feld, Committee Assistant", round 49.)
  const headed = /^the\s+(\p{L}+)$/iu.exec(label.trim()) ?? (PARTICIPANT_LABEL.test(label.trim()) || ASKERS_LABEL.test(label.trim()) ? null : /^(\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)$/u.exec(label.trim()));
  // (An office's word last, a role noun: not a host's name, "RORY STEWART:" or "ROBINSON:" under "Hosts: Alastair Campbell,
  // Rory Stewart", whose second name would read as the first's office, the review of round 49.)
  const officeWord = headed ? ((headed[1] as string).split(/\s+/u).at(-1) ?? '') : '';
  // ("The President:" under a United Nations record's "President: Ms. Halvorsen ...... (Denmark)": the member its roster
  // names, in full where the record names her so, "Kirsten Halvorsen", round 53.)
  const inHeader = headed && (isRoleNoun(officeWord) || /^assistant$/iu.test(officeWord)) && !/^(?:witness|defendant|court|chair(?:man|woman|person)?)$/iu.test(headed[1] as string) ? holderInHeader(doc, headed[1] as string) : undefined;
  if (inHeader) return inHeader;
  const rostered = headed && /^the\s/iu.test(label.trim()) ? holderOnRoster(doc, headed[1] as string) : undefined;
  // (A name given in full is the name without its title, "Interpreter: Ms Agnieszka Reid (sworn)", as elsewhere.)
  if (rostered) return fullNameOfDelegate(doc, rostered) ?? withoutCourtesyTitles(rostered);
  const office = OFFICE_LABEL.exec(label.trim());
  if (office) return holderOfOffice(doc, office[1] as string, resolve);
  const role = roleOfLabel(label);
  if (role) return holderOfRole(doc, role.role, role.participle) ?? label.trim();
  const namedAfter = holderNamedAfterOffice(doc, label.trim());
  if (namedAfter) return namedAfter;
  const printed = label.trim();
  // ("Barron’s:", "BARRON’S:": a name in the possessive is an outlet's, as printed, not a person called Barron.)
  if (/\p{L}['’][sS]$/u.test(printed)) return casedCapitals(printed);
  const phrase = labelPhrase(label);
  const r = phrase ? resolve(phrase) : undefined;
  if (r?.unnamed) return undefined;
  // "THE LEDGER:" (the interviewing paper): read as a name, it loses its article ("Ledger"); a label
  // with an article that the text names no further is given as printed.
  // ("An Ceann Comhairle:", "An Cathaoirleach:": the Irish article is part of the office's name, round 22.)
  if (r && /^(?:the|an)\s/i.test(label.trim()) && label.toLowerCase().includes(r.name.toLowerCase())) return label.trim();
  // ("Senator Bergeron:" in a record that never gives her first name: named as the label prints her, not "Bergeron",
  // round 22; a name the text completes is given in full.)
  if (r && !r.name.includes(' ') && isTitledSurname(printed) && printed.endsWith(r.name)) return printed;
  // ("Senator McTIERNAN:", Australia's estimates hearings: the same with the surname in capitals, the title kept and
  // the surname as the text prints it, round 24.)
  const capitals = TITLED_SURNAME_IN_CAPITALS.exec(printed);
  if (r && !r.name.includes(' ') && capitals && isTitle(capitals[1] as string) && r.name.toLowerCase() === (capitals[2] as string).toLowerCase()) return `${capitals[1]} ${nameAsPrinted(doc, r.name) ?? r.name}`;
  // ("MS AINSWORTH:" under "Appearances: MS RACHEL AINSWORTH KC and MR DANIEL OKEKE, Counsel to the Inquiry": the one full
  // name the record prints in capitals with that surname, cased, round 57.)
  const inCapitals = TITLED_SURNAME_LABEL.exec(printed);
  // (Or the full name the speaker gives at the start of the label's own first turn, "MR. WHITLEY-AMANKWAH: Good afternoon,
  // board. Darius Whitley-Amankwah, I'm with Riders United …", round 62: not left to the window of mentions the resolver
  // reads back over; nor any other name of that surname in the text, a spouse's, a namesake's or a school's, the third review
  // of round 62.)
  // (A title in small letters, the GPO's "Mr. ELLINGSON.": only the name its statement heading prints, "STATEMENT OF THE HON.
  // WADE T. ELLINGSON, …", not any run of capitals ending in the surname, a school's "HARVARD KENNEDY SCHOOL" or a roster's
  // "MARISSA OKAFOR", the review of round 63.)
  const smallTitle = inCapitals ? /\p{Ll}/u.test(inCapitals[1] as string) : false;
  const fuller = inCapitals && r && (!r.name.includes(' ') || isTitledSurname(r.name)) ? ((smallTitle ? fullNameInStatementHeading(doc, inCapitals[2] as string) : fullNameInCapitals(doc, inCapitals[2] as string, inCapitals[1] as string)) ?? nameGivenInOwnTurn(doc, printedLabel, inCapitals[2] as string)) : undefined;
  if (fuller) return fuller;
  return r && printed === printed.toUpperCase() ? (nameAsPrinted(doc, r.name) ?? r.name) : r?.name;
}

/** A label of one title and a surname, as a record prints it: "Senator Bergeron", "Deputy Murphy" (not in capitals). */
// (A surname after "O’" too: "Senator O’Driscoll", round 55.)
const TITLED_SURNAME = /^\p{Lu}\p{Ll}+\.?\s+\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*$/u;
/** Whether words are one title and a surname (`TITLED_SURNAME`), the title a title: "Senator Bergeron", not "General Santos" unless "General" is one. */
const isTitledSurname = (words: string): boolean => TITLED_SURNAME.test(words) && isTitle(words.split(/\s+/)[0] as string);
/** How many paragraphs a court record's caption may take at its head. */
const CAPTION_PARAGRAPHS = 8;
/** A caption's defendant: "v. RAYMOND T. KOSTELNIK, Defendant." (group 1: the name, as printed). */
const DEFENDANT_IN_CAPTION = /\bv(?:s)?\.?\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),?\s+(?:the\s+)?Defendant\b/gu;

/** An office's label whose parentheses may name its holder: "CHAIR", "ACTING CHAIR", "The Speaker", "Presiding Officer". */
const PRESIDING_OFFICE_LABEL = /\b(?:chair|chairman|chairwoman|chairperson|speaker|president|presiding\s+officer|convener|deputy)\b/iu;

/** A label of one title and a surname in capitals, as Australia's Senate prints it: "Senator McTIERNAN", "Senator FARROW" (group 1: the title; 2: the surname). */
const TITLED_SURNAME_IN_CAPITALS = /^(\p{Lu}\p{Ll}+\.?)\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{Lu}'’-]+)$/u;

/** A member's name in a record's roll in capitals, after the honorific: "BEFORE: HONORABLE DENISE OSTROWSKI, MAJORITY CHAIRWOMAN; …" (group 1: the given names). */
const ROLL_CALL_NAME = (surname: string) => new RegExp(String.raw`\b(?:THE\s+)?(?:HONORABLE|HONOURABLE|HON\.)\s+((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,3})${escapeRegExp(surname.toUpperCase())}(?![\p{L}])`, 'gu');

/**
 * Rule "a surname label has its full name in the record's roll" (round 21): a state legislature's hearing lists
 * its members in capitals ("BEFORE: HONORABLE DENISE OSTROWSKI, MAJORITY CHAIRWOMAN; HONORABLE ANTHONY DELUCA")
 * and labels them by office and surname ("MAJORITY CHAIRWOMAN OSTROWSKI:"): the given names the roll prints,
 * cased, before the surname as the text spells it ("Anthony DeLuca"). Only one such entry for the surname.
 */
function nameInRollCall(doc: SourceDocument, surname: string): string | undefined {
  // (A title in the roll is no given name: "HONORABLE SENATOR MARK DELUCA" is Mark DeLuca.)
  const givenNames = (words: string) => casedCapitals(words.trim()).split(/\s+/).filter((w) => !isTitle(w)).join(' ');
  const given = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(ROLL_CALL_NAME(surname))].map((m) => givenNames(m[1] as string))));
  const [first] = [...given];
  return given.size === 1 && first ? `${first} ${surname}` : undefined;
}

/**
 * Rule "a label in capitals is the name as the text prints it" (round 16): "FEMKE DE WIT:" is Femke de Wit
 * when the introduction says "I'm Femke de Wit", not "Femke De Wit" cased word by word.
 */
function nameAsPrinted(doc: SourceDocument, name: string): string | undefined {
  // (Once per name and document: a long transcript's name headings each ask again, the review of round 38.)
  return readOncePerDocument(printedNames, doc, name, () => nameAsPrintedIn(doc, name));
}
const printedNames = new WeakMap<SourceDocument, Map<string, string | undefined>>();

/** An answer about a document read once per key (a name), kept while the document lives. */
function readOncePerDocument<T>(cache: WeakMap<SourceDocument, Map<string, T>>, doc: SourceDocument, key: string, read: () => T): T {
  const known = cache.get(doc) ?? new Map<string, T>();
  cache.set(doc, known);
  if (!known.has(key)) known.set(key, read());
  return known.get(key) as T;
}

function nameAsPrintedIn(doc: SourceDocument, name: string): string | undefined {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'giu');
  // (As a name is printed: each word capitalised but a particle, "Femke de Wit"; never "the mark price" for MARK PRICE.)
  const asName = (printed: string) => printed !== printed.toUpperCase() && printed.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w));
  return doc.paragraphs.flatMap((p) => [...p.text.matchAll(pattern)].map((m) => m[0])).find(asName);
}

/** A name in title case standing alone, two to four words, each capitalised or a particle (`PARTICLE`): "Martin Ellery", "Femke de Wit". */
function isNameInTitleCase(line: string): boolean {
  const words = line.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(words[0] ?? '') && words.every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) || PARTICLE.test(word));
}

/** Whether a name is printed in two paragraphs or more: a heading's name the text gives elsewhere too (once per name and document). */
function printedTwice(doc: SourceDocument, name: string): boolean {
  return readOncePerDocument(namesPrintedTwice, doc, name, () => {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'u');
    return doc.paragraphs.filter((p) => pattern.test(p.text)).length >= 2;
  });
}
const namesPrintedTwice = new WeakMap<SourceDocument, Map<string, boolean>>();

/** A name in capitals standing alone, two to four words: "MARTIN ELLERY", "LEWIS OKAFOR". */
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3}$/u;

/**
 * The person a heading in capitals names, when the text prints that name in mixed case elsewhere ("Head coach Martin
 * Ellery and captain Lewis Okafor spoke …"): a debate's "COST OF LIVING" is printed nowhere as a name.
 */
function nameOverQuestions(doc: SourceDocument, heading: string, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string | undefined {
  const capitals = heading.trim();
  // (Or in title case, "Petra Lindqvist", printed in another paragraph too, the review of round 38's rules.)
  const printed = NAME_IN_CAPITALS.test(capitals) ? nameAsPrinted(doc, casedCapitals(capitals)) : isNameInTitleCase(capitals) && printedTwice(doc, capitals) ? capitals : undefined;
  const phrase = printed ? labelPhrase(printed) : undefined;
  return phrase?.kind === 'person' && phrase.form === 'name' ? (resolve(phrase)?.name ?? phrase.core) : undefined;
}

/** A name printed in capitals, as the text prints it elsewhere in mixed case (`nameAsPrinted`), else cased word by word. */
function casedAsPrinted(doc: SourceDocument, capitals: string): string {
  const cased = casedCapitals(capitals);
  return nameAsPrinted(doc, cased) ?? cased;
}

/** A label of a courtesy title and a surname in capitals: "MS AINSWORTH", "MR FARADAY" (group 1: the title; group 2: the surname). */
// (Or the title in small letters, "Mr. ELLINGSON.", as the Government Publishing Office prints a congressional hearing, round 63.)
const TITLED_SURNAME_LABEL = /^(MR|MRS|MS|MISS|DR|PROFESSOR|PROF|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+(\p{Lu}[\p{Lu}'’-]+)$/u;

/** Words in capitals before a name that are none of it: a heading's "EXAMINATION BY", "EVIDENCE OF", "STATEMENT OF". */
const NOT_GIVEN_NAME_IN_CAPITALS = /^(?:BY|OF|AND|THE|FOR|TO|FROM|WITH|FURTHER|EXAMINATION|CROSS-EXAMINATION|RE-EXAMINATION|EVIDENCE|STATEMENT|QUESTIONS|QUESTIONED|SUBMISSIONS|CLOSING|OPENING|RECALLED|SWORN|AFFIRMED|CALLED|WITNESS)$/u;

/** Courtesy titles and ranks in capitals, before a full name in capitals: not its given names. */
const TITLES_IN_CAPITALS = /^(?:(?:MR|MRS|MS|MISS|DR|PROFESSOR|PROF|SIR|DAME|LORD|LADY|THE|HON|RT|REVD|REV)\.?\s+)+/u;

/**
 * The one full name a record prints in capitals with this surname, cased: "Rachel Ainsworth" of "MS RACHEL AINSWORTH KC"
 * in a public inquiry's appearances. A given name or two before the surname, titles before them no part of it.
 */
function fullNameInCapitals(doc: SourceDocument, surname: string, title: string): string | undefined {
  const pattern = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{Lu}'’.-]*\s+){1,5})${escapeRegExp(surname)}(?![\p{L}])`, 'gu');
  const names = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(pattern)) {
      const words = (m[1] as string).trim().split(/\s+/u);
      // (The given names after any title, back to a word that is none of a name: "EXAMINATION BY MS VENKATARAMAN" gives none.)
      const start = Math.max(words.findLastIndex((w) => NOT_GIVEN_NAME_IN_CAPITALS.test(w) || TITLES_IN_CAPITALS.test(`${w} `)) + 1, words.length - 2);
      const given = words.slice(start);
      const printedTitle = words[start - 1]?.replace(/\.$/u, '') ?? '';
      // (Not a name printed with a title of the other sex, "MRS ANNE LOWE" for "MR LOWE:", the review of round 57.)
      const sexes = [TITLE_GENDER[printedTitle.toLowerCase()], TITLE_GENDER[title.toLowerCase()]];
      if (given.length > 0 && !(sexes[0] && sexes[1] && sexes[0] !== sexes[1])) names.add(casedAsPrinted(doc, `${given.join(' ')} ${surname}`));
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The one full name a hearing's statement headings print with a surname (`STATEMENT_HEADING`), cased: "Wade T. Ellingson" for "ELLINGSON". */
function fullNameInStatementHeading(doc: SourceDocument, surname: string): string | undefined {
  const names = new Set<string>();
  for (const p of doc.paragraphs) {
    // (An office before the name aside, "REPRESENTATIVE WADE T. ELLINGSON"; no name with a word of a body's, "THE FRIENDS OF
    // ELLINGSON", the second review of round 63.)
    const words = STATEMENT_HEADING.exec(p.text.trim())?.[1]?.split(/\s+/u) ?? [];
    const name = words.slice(words.findLastIndex((w) => isTitle(w.replace(/\.$/u, '').toLowerCase())) + 1);
    if (name.length > 1 && name.at(-1) === surname && !name.some((w) => /^(?:OF|AND|FOR|ON|TO|IN)$/u.test(w))) names.add(casedAsPrinted(doc, name.join(' ')));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The full name a speaker gives at the start of the first turn under a label of a title and a surname, "MR.
 * WHITLEY-AMANKWAH: Good afternoon, board. Darius Whitley-Amankwah, I'm with …" (round 62; `SELF_INTRODUCTION`): only a
 * name ending in the label's surname.
 */
function nameGivenInOwnTurn(doc: SourceDocument, printedLabel: string, surname: string): string | undefined {
  const opening = new RegExp(String.raw`^[\s*_]*${escapeRegExp(printedLabel.trim())}[\s*_]*:[\s*_]*`, 'u');
  const turn = doc.paragraphs.find((p) => opening.test(p.text));
  const name = turn ? selfIntroduced(turn.text.replace(opening, ''), new Set()) : undefined;
  return name?.toLowerCase().endsWith(` ${casedCapitals(surname).toLowerCase()}`) ? name : undefined;
}

/** A court transcript's caption naming its judge: "BEFORE THE HONORABLE MIRIAM T. ALCOTT, UNITED STATES DISTRICT JUDGE" (group 1: the name). */
const BEFORE_THE_JUDGE = /\b(?:BEFORE|Before)\s+(?:THE|the)\s+(?:HONORABLE|HONOURABLE|Honorable|Honourable)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+[^\n]{0,60}?\b(?:JUDGE|Judge|JUSTICE|Justice)\b/gu;

/** The pattern of a journal's line naming who holds an office while presiding: "THE SPEAKER PRO TEMPORE (PATRICK J. HALLORAN) PRESIDING" (group 1: the name). */
const officePresidingPattern = (office: string) => new RegExp(String.raw`\bthe\s+${escapeRegExp(office)}(?:\s+pro\s+tempore)?\s+\(([^()\n]{3,60})\)\s+presiding\b`, 'giu');

/** A hearing record's opening line naming who presides: "Hon. Roger Thalberg, Chairman of the Committee, presiding" (group 1: the name). */
const PRESIDING = /\bHon\.\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)(?:,[^,.;]{0,60},|\s*\[[^\]]{0,60}\]|\s*\([^)]{0,60}\))?\s+presiding\b/gu;

/**
 * Who holds a hearing's office label ("The CHAIRMAN"): for a chair, the one the record says presides; else the
 * one person the text calls by that office and a surname ("Chairman Thalberg"), by full name where it gives
 * one; else the label as printed, "The CHAIRMAN".
 */
function holderOfOffice(doc: SourceDocument, office: string, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string {
  const cased = casedCapitals(office);
  const pattern = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(cased)}\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}])`, 'gu');
  const surnames = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(pattern)].map((m) => m[1] as string)));
  // ("Hon. Dale Whitacre [chairman of the committee] presiding": the chair is the one the record says presides,
  // before anyone the text calls "Chairman": a witness may be "Chairman Powell" of the Fed.)
  const presiding = /^chair/i.test(office) ? new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(PRESIDING)].map((m) => m[1] as string))) : new Set<string>();
  if (presiding.size === 1) return [...presiding][0] as string;
  // ("THE SPEAKER PRO TEMPORE (PATRICK J. HALLORAN) PRESIDING": the holder a state House's journal names over its
  // record, round 24. One such line only: a change of presiding officer leaves the office as printed.)
  const presidingLine = officePresidingPattern(office);
  const named = new Set(doc.paragraphs.flatMap((p) => [...p.text.matchAll(presidingLine)].map((m) => casedCapitals((m[1] as string).trim()))));
  if (named.size === 1) {
    const name = [...named][0] as string;
    return nameAsPrinted(doc, name) ?? name;
  }
  const phrase = surnames.size === 1 ? labelPhrase(`${cased} ${[...surnames][0]}`) : undefined;
  return (phrase && resolve(phrase)?.name) || `The ${office}`;
}

/**
 * Rule "an office's label is the one person the text names right after that office" (round 64): NATO's "NATO Secretary
 * General:" under "Doorstep statement by NATO Secretary General Henrik Aalto-Brenner ahead of …". The label an office,
 * each word capitalised and the last a role noun; the name two to four capitalised words right after the office as the
 * label prints it; one such person only (two holders, a former and a present one, leave the label to the rules after).
 */
function holderNamedAfterOffice(doc: SourceDocument, label: string): string | undefined {
  const words = label.split(/\s+/u);
  if (words.length > MAX_OFFICE_LABEL_WORDS || !words.every((word) => /^\p{Lu}/u.test(word)) || !isRoleNoun(words.at(-1) as string)) return undefined;
  // (The office as the label prints it, whole: not part of a longer one, "Treasury Secretary Scott Bessent" for "Secretary:",
  // nor one held before, "former Mayor John Whitfield" for "Mayor:", the review of round 64.)
  const pattern = new RegExp(String.raw`(?<![\p{L}'’-])(?<!\p{Lu}[\p{L}'’.-]*\s+)(?<!\b(?:former|Former|ex-|then|late|outgoing|previous)\s*)${escapeRegExp(label)}\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})(?![\p{L}])`, 'gu');
  // (The title and a byline read too: the loader takes "by NATO Secretary General Henrik Aalto-Brenner ahead of …" under
  // the heading for the author.)
  const texts = [doc.source.title ?? '', doc.source.author ?? '', ...doc.paragraphs.map((p) => p.text)];
  const names = new Set(texts.flatMap((text) => [...text.matchAll(pattern)].flatMap((m) => {
    const name = nameOnly(m[1] as string);
    return name?.kind === 'person' && name.core.includes(' ') ? [name.core] : [];
  })));
  return names.size === 1 ? [...names][0] : undefined;
}
/** The most words of an office's label read by `holderNamedAfterOffice`: "NATO Deputy Secretary General". */
const MAX_OFFICE_LABEL_WORDS = 4;

/** A surname with its particle, two words: "Al Kuwari", "El Sayed", "Van Dijk", "De Souza". */
const PARTICLE_SURNAME = /^(?:Al|El|Bin|Ibn|Abu|Van|Von|De|Da|Di|Du|Le|La|Del|Dos)\s+\p{Lu}[\p{L}'’-]+$/u;

/** Words a header may print before an office's own word, saying which: "First-Team Manager", "Senior Planning Inspector". */
const MAX_WORDS_BEFORE_OFFICE = 2;
/** A word before an office that makes its holder another's deputy (see `holderInHeader`): "Assistant Coach", "Deputy Manager". */
// (Not the office its bare label names: "Tom Lee, Assistant Coach" beside the head coach's "COACH:", the review of round 48.)
const DEPUTY_OFFICE = String.raw`(?:Assistant|Deputy|Vice|Former|Acting|Interim|Associate|Junior|Under)\b`;
/** The paragraphs of a transcript read as its header for the holder of an office its label names (see `holderInHeader`). */
const HEADER_PARAGRAPHS = 8;

/**
 * The one person a transcript's header names with an office after a comma, "Before: Ms Catherine Brandt BSc MRTPI,
 * Inspector", or as the field's value, "Inspector: Ms Catherine Brandt", by name without titles and letters; undefined
 * when it names none or two.
 */
function holderInHeader(doc: SourceDocument, office: string): string | undefined {
  // (Each word of it in either case at its start, "Committee Assistant" for "COMMITTEE ASSISTANT".)
  const word = office
    .split(/\s+/u)
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]?.toLowerCase()}]${escapeRegExp(w.slice(1).toLowerCase())}`)
    .join(String.raw`\s+`);
  // (The office's word last, after words that say which, "First-Team Manager", "Head Coach", round 48.)
  const after = new RegExp(String.raw`(?:^|\n|:\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){1,6}\p{Lu}[\p{L}'’-]+),\s+(?:the\s+)?(?:(?!${DEPUTY_OFFICE})\p{Lu}[\p{L}'’-]*\s+){0,${MAX_WORDS_BEFORE_OFFICE}}${word}\s*$`, 'gmu');
  const field = new RegExp(String.raw`^\s*${word}\s*:\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s*$`, 'gmu');
  // (Or in brackets after the name, on its line or the next: "MR ANDREW LOCKWOOD BA (Hons) MRTPI\n(The Inspector)", round 41.)
  const bracketed = new RegExp(String.raw`^[ \t]*((?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,6}\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\(\p{Lu}\p{Ll}{2,4}\)|\p{Lu}[\p{L}'’-]*))*)\s*\((?:[Tt]he\s+)?${word}\)[ \t]*$`, 'gmu');
  // (Or before the name in a roster's list, "ALSO PRESENT: City Manager Howard Bexley; City Clerk Dolores Fenn.", a city
  // council's transcript, round 51: after the line's colon or a semicolon, no deputy's word before the office.)
  const before = new RegExp(String.raw`(?:^|[:;]\s*)(?:(?!${DEPUTY_OFFICE})\p{Lu}[\p{L}'’-]*\s+){0,${MAX_WORDS_BEFORE_OFFICE}}${word}\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[;.]|$))`, 'gmu');
  // (Or on the line above the office's, which may say where or what of, a minister's transcript: "**THE HON. DANIELLE
  // MARCHETTI MP**\n**PREMIER OF QUEENSLAND**", round 55.)
  // (Each letter in either case: the office in capitals under the name in capitals.)
  const anyCase = [...office].map((c) => (/\p{L}/u.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : /\s/u.test(c) ? String.raw`\s+` : escapeRegExp(c))).join('');
  const above = new RegExp(String.raw`^[ \t*_]*((?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,6}\p{Lu}[\p{L}'’-]+)[ \t*_]*\n[ \t*_]*(?:the\s+|THE\s+)?${anyCase}(?:[ \t]+(?:of|for|OF|FOR)[ \t][^\n]{1,60})?[ \t*_]*$`, 'gmu');
  // (Not a line of who is away, "ABSENT: City Clerk Dolores Fenn.", "MEMBERS EXCUSED: …", "Apologies: …", line by line, the
  // reviews of round 51.)
  const header = doc.paragraphs.slice(0, HEADER_PARAGRAPHS).map((p) => linesOfThosePresent(p.text).join('\n'));
  // (Not where the header prints each office above its holder, "PREMIER OF QUEENSLAND / THE HON. DANIELLE MARCHETTI MP /
  // TREASURER / …": its first line an office's, the review of round 55.)
  // (A minister's style is no office, "THE HON. DANIELLE MARCHETTI MP", now that "Hon" is a title, round 58.)
  const officeFirst = (text: string) => isRoleNoun((/^[\s*_]*(?:THE\s+|The\s+)?(?:(?:HON|Hon)\.?\s+)?(\p{L}+)/u.exec(text)?.[1] ?? '').toLowerCase());
  const names = new Set(header.flatMap((text) => [...text.matchAll(after), ...text.matchAll(field), ...text.matchAll(bracketed), ...text.matchAll(before), ...(officeFirst(text) ? [] : text.matchAll(above))].map((m) => headerName(m[1] as string)).filter((name): name is string => !!name?.includes(' '))));
  return names.size === 1 ? [...names][0] : undefined;
}

/** Degrees, memberships and honours a header prints in capitals after a name (`headerName`). */
// (And Australian orders and state houses' letters, "THE HON KEVIN RUDD AC", "THE HON. PENNY SHARPE MLC", the review of round 55.)
const HEADER_LETTERS = new Set([...'BA BSC MA MSC MPHIL PHD DPHIL LLB LLM BENG MENG MBA FRS FMS AC AO AM OAM APM OM MLC MHA MLA MP KC QC SC'.split(' '), ...MEMBERSHIP_LETTER_WORDS, ...POST_NOMINAL_WORDS]);

/**
 * A name as a transcript's header prints it, without "Before" and the letters after it: "Ms Catherine Brandt BSc MRTPI"
 * is Catherine Brandt (`withoutLetters`); in capitals, "MR ANDREW LOCKWOOD BA (Hons) MRTPI", the name ends before the
 * first word in small letters or brackets (and a bracket's degree before it, "BA (Hons)"), cased: Andrew Lockwood.
 */
function headerName(printed: string): string | undefined {
  // (And a minister's style, "THE HON. DANIELLE MARCHETTI MP", round 55.)
  const words = printed.replace(/^(?:Before|BEFORE)\s+/u, '').replace(/^(?:the\s+)?hon(?:ou?rable|\.)?\s+/iu, '').trim().split(/\s+/u);
  if (words.slice(0, 2).some((w) => /\p{Ll}/u.test(w))) return nameOnly(withoutLetters(words.join(' ')))?.core;
  let end = words.findIndex((w) => /\p{Ll}|^\(/u.test(w));
  if (end < 0) end = words.length;
  else if (words[end]?.startsWith('(')) end--;
  // (And the letters in capitals after it, "MS HELEN TREGARTHEN MRTPI", the review of round 41.)
  while (end > 2 && HEADER_LETTERS.has((words[end - 1] as string).toUpperCase())) end--;
  return nameOnly(casedCapitals(words.slice(0, end).join(' ')))?.core;
}

/**
 * A name without the letters after it, degrees and memberships in capitals with a small letter at most among them:
 * "Catherine Brandt BSc MRTPI" is Catherine Brandt; "Jane McDonald" keeps her name (a capital after a small letter
 * opening it).
 */
function withoutLetters(name: string): string {
  return name.replace(/(?:\s+(?:\p{Lu}{2,}\p{Ll}?\p{Lu}*|\p{Lu}\p{Ll}\p{Lu}+))+$/u, '');
}

/** A name with the chair's office in parentheses after it, as an inquiry's header prints it: "Sir Robert Haig (Chair)" (group 1: the name). */
const NAMED_AS_CHAIR = /(?<![\p{L}])((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*\((?:(?:[Ii]n\s+)?[Tt]he\s+)?(?:[Cc]hair(?:man|woman|person)?|CHAIR(?:MAN|WOMAN|PERSON)?)\)/gu;

/**
 * A record's line saying who is in the chair, and nothing else (round 62): the Oireachtas's "Deputy Niall Breathnach in the
 * Chair.", the European Parliament's "IN THE CHAIR: KATARINA NOVAK" (group 1 or 2: the name, titles and all).
 */
const IN_THE_CHAIR_LINE = /^(?:((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s+in\s+the\s+[Cc]hair\.?|(?:IN\s+THE\s+CHAIR|In\s+the\s+[Cc]hair)\s*:\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+))$/u;

/** A record's words on someone taking the chair during the sitting: "Senator Tadhg Mulcahy took the Chair." (group 1: the name). */
// (A line of its own, the record's note: not a speech's "Colm Hayes took the chair of this committee in 2020", the second
// review of round 62.)
const TOOK_THE_CHAIR = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s+(?:took|resumed)\s+the\s+Chair\.?$/u;
/** A legislature's record by its outlet or genre: "European Parliament", "plenary sitting", "Senate", "House of Keys". */
// (Or its record's name, "Hansard", "official report", "verbatim report", or a house's own, "Tynwald", "Dáil", "Storting",
// the second review of round 62.)
const LEGISLATURES_RECORD = /\b(?:parliament\w*|plenary|senate|congress|legislat\w*|national\s+assembly|house\s+of\s+(?:commons|lords|representatives|keys|assembly)|hansard|official\s+report|verbatim\s+report|tynwald|d[áa]il|seanad|oireachtas|senedd|storting\w*|bundestag|knesset|sabha|riksdag\w*|folketing\w*|sejm|duma)\b/iu;

/**
 * The one person a record's lines say is in the chair (`IN_THE_CHAIR_LINE`), in full, cased as the text prints the name;
 * undefined when none or two, or when the record says another took the chair during the sitting (`TOOK_THE_CHAIR`, the
 * review of round 62: a chair changing mid-meeting, read paragraph by paragraph by `chairsInForce`).
 */
function namedInTheChair(doc: SourceDocument): string | undefined {
  const names = new Set(doc.paragraphs.flatMap((p) => p.text.split('\n').flatMap((line) => chairNamedBy(doc, line) ?? [])));
  return names.size === 1 ? [...names][0] : undefined;
}

/** The person a record's line says is in the chair or takes it (`IN_THE_CHAIR_LINE`, `TOOK_THE_CHAIR`), in full; undefined for any other line. */
function chairNamedBy(doc: SourceDocument, line: string): string | undefined {
  // (A name in capitals read as the text prints it, "KATARINA NOVAK" as "Katarina Novak".)
  const nameOf = (printed: string) => nameOnly(withoutLetters(/\p{Ll}/u.test(printed) ? printed : casedAsPrinted(doc, printed)));
  const took = TOOK_THE_CHAIR.exec(line.trim());
  const inTheChair = IN_THE_CHAIR_LINE.exec(line.trim());
  const name = took ? nameOf(took[1] as string) : inTheChair ? nameOf((inTheChair[1] ?? inTheChair[2]) as string) : undefined;
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/**
 * Rule "the chair in force" (round 64): in a legislature's record whose lines name two people or more in the chair, the
 * European Parliament's "IN THE CHAIR: Livia Moretti-Sanz" and, after the vote, "IN THE CHAIR: Oskar Lindqvist", who
 * presides at each paragraph: the last one named at or before it (undefined before the first). Undefined for a record
 * naming one chair or none, which `namedInTheChair` reads whole.
 */
function chairsInForce(doc: SourceDocument): (string | undefined)[] | undefined {
  if (!LEGISLATURES_RECORD.test(`${doc.source.outlet ?? ''} ${doc.source.kind ?? ''}`)) return undefined;
  let chair: string | undefined;
  const named = new Set<string>();
  const chairs = doc.paragraphs.map((p) => {
    for (const line of p.text.split('\n')) chair = chairNamedBy(doc, line) ?? chair;
    if (chair) named.add(chair);
    return chair;
  });
  return named.size >= 2 ? chairs : undefined;
}
/** A presiding officer's label: "President", "The Presiding Officer", "Chair", "The Chairman". */
const PRESIDING_LABEL = /^(?:the\s+)?(?:president|presiding\s+officer|chair(?:man|woman|person)?)$/i;

/** A header's line naming the chair and nothing else: "Chair: Sir Anthony Wrexham" (group 1: the name, titles and all). */
const CHAIR_FIELD_LINE = /^(?:[Tt]he\s+)?(?:[Cc]hair(?:man|woman|person)?|CHAIR(?:MAN|WOMAN|PERSON)?)\s*:\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)$/u;

/** A record's line of those who do not sit: "Apologies: …", "Absent: …", "Apologies for absence were received from …"; a label with a word or two before it, "MEMBERS ABSENT:", "COUNCILMEMBERS EXCUSED:" (the reviews of round 51). */
const ABSENT_LINE = /^\s*(?:apologies|absent|not\s+present)\b|^\s*(?:[\p{L}'’-]+\s+){0,2}(?:absent|excused)\s*:/iu;

/** A record's line of who sits: "Members present: …", "Present: …", "Before: …". */
const ROLL_LINE = /^\s*(?:(?:\p{L}+\s+){0,2}present|before|in\s+attendance)\s*:/iu;

/** A text's lines but those of who is away: a line of those absent (`ABSENT_LINE`) and the lines after it, up to the next roll's line (`ROLL_LINE`). */
function linesOfThosePresent(text: string): string[] {
  let absent = false;
  return text.split('\n').filter((line) => {
    absent = ABSENT_LINE.test(line) || (absent && !ROLL_LINE.test(line));
    return !absent;
  });
}

/**
 * The one person a document names as its chair by `NAMED_AS_CHAIR`, in full (in its roll's lines only, `ROLL_LINE`, for a
 * bare "Chair:"); undefined when it names none or two.
 */
function namedAsChair(doc: SourceDocument, inRollOnly = false): string | undefined {
  // (The name without its titles, "Linda Carver" for "Councillor Linda Carver (Chair)", as her own label "COUNCILLOR
  // CARVER:" names her: one person, one name; the review of round 30.)
  // (Line by line, and not a line of those absent, "Apologies: Helen Tarrant (Chair)." under "Members present: Mr Ian
  // Dennison (in the Chair); …", the review of round 41.)
  const lines = doc.paragraphs.filter((p) => !inRollOnly || ROLL_LINE.test(p.text)).flatMap((p) => linesOfThosePresent(p.text));
  // (Without the letters after it too, "The Hon. Dame Alison Pemberton-Reid DNZM (Chair)", round 49.)
  // (A name in capitals read cased, "Before: SIR ANTHONY MAULE (Chair)", round 57.)
  // (Only on a roll's line, "Before:", "PRESENT:", and as the text prints it elsewhere, "Iain MacLeod": not a witness's
  // heading in capitals, "MR DEREK HOLLIS (CHAIRMAN)", the reviews of round 57.)
  const cased = (name: string, line: string) => (/\p{Ll}/u.test(name) || !ROLL_LINE.test(line) ? name : casedAsPrinted(doc, name));
  const names = new Set(lines.flatMap((line) => [...line.matchAll(NAMED_AS_CHAIR)].map((m) => nameOnly(withoutLetters(cased((m[1] as string).replace(/^(?:Before|BEFORE)\s+/, ''), line)))?.core).filter((name): name is string => !!name?.includes(' '))));
  // (Or a header's field line holding the name alone, "Chair: Sir Anthony Wrexham", round 54, a public inquiry's day.)
  for (const line of lines) {
    const printed = CHAIR_FIELD_LINE.exec(line.trim())?.[1];
    const name = printed ? nameOnly(withoutLetters(printed)) : undefined;
    // (Not one who speaks under a label of their own, "MR HOLLIS:", a witness panel's "Chair: Derek Hollis", the review of
    // round 54.)
    const surname = name?.core.split(' ').at(-1)?.toUpperCase() ?? '';
    const ownLabelOpening = surname ? new RegExp(String.raw`^\s*(?:\*\*)?(?:\p{Lu}+\s+){0,2}${escapeRegExp(surname)}\s*:`, 'u') : undefined;
    const ownLabel = !!ownLabelOpening && doc.paragraphs.some((p) => ownLabelOpening.test(p.text));
    if (printed && name?.kind === 'person' && name.core.includes(' ') && printed.endsWith(name.core) && !ownLabel) names.add(name.core);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A label standing for a voice the transcript does not name: "UNIDENTIFIED PERSON", "Unidentified Male", "UNKNOWN
 * SPEAKER"; a House speaking together, "Noble Lords", "Hon. Members", "Members of the Senedd" (round 22); a
 * briefing's "Question:" and "Correspondent:", a reporter the record never names (round 23, the UN's noon briefing); a
 * podcast's "archived recording" with no name after it (round 24).
 */
const UNNAMED_VOICE = /^(?:(?:unidentified|unknown|unnamed)\s+\p{L}+|archived\s+recording|question|questioner|correspondent|(?:(?:some|several|many|other)\s+)?(?:noble\s+lords|hon(?:ou?rable|\.)?\s+members|members(?:\s+of\s+the\s+\p{L}+)?))$/iu;

/** A transcript's key to its speakers' initials, the heading of its first line: "Speaker key:", "Key to speakers:". */
const SPEAKER_KEY_HEADING = /^\s*(?:speakers?['’]?\s+key|key\s+to\s+speakers)\s*:?\s*\n/i;
/** A speaker key's heading on a line of its own, the key's lines in the paragraph after it: "Speaker key:". */
const SPEAKER_KEY_HEADING_ALONE = /^\s*(?:speakers?['’]?\s+key|key\s+to\s+speakers)\s*:?\s*$/i;
/** A speaker key's line: the initials, then the name ("SAM Dr Samuel Ato Mensah"; group 1: the initials). */
const SPEAKER_KEY_LINE = /^\s*(\p{Lu}{2,3})\s+\p{Lu}[^\n]{2,80}$/u;

/**
 * Rule "a speaker key's initials open their speakers' turns" (round 31): the World Health Organization prints a press
 * conference under a key ("Speaker key:", then a line each, "MR Margaret Rivas", "SAM Dr Samuel Ato Mensah") and opens
 * each turn with the initials and no colon, "SAM Thank you, Margaret.". The label: the initials of two or more key lines,
 * then a space and a capital, a quotation mark or a digit (group 1: the initials, read as `initialsOf` reads "JK:").
 */
function speakerKeyLabel(key: Map<string, string>): RegExp | undefined {
  const initials = [...key.keys()];
  return initials.length >= 2 ? new RegExp(String.raw`^(${initials.join('|')})[ \t]+(?=[\p{Lu}"“‘(\d])`, 'u') : undefined;
}

/**
 * Where a speaker key's lines are (`SPEAKER_KEY_HEADING`): its heading's paragraph, or the paragraph after a heading on a
 * line of its own, "**Speaker key:**" over "LK Liesl Kaltenbrunner" / "TN Dr Tomas Nyberg" (round 62); -1 when none.
 */
function speakerKeysLines(doc: SourceDocument): number {
  const at = doc.paragraphs.findIndex((p) => SPEAKER_KEY_HEADING.test(p.text) || SPEAKER_KEY_HEADING_ALONE.test(p.text));
  return at < 0 || SPEAKER_KEY_HEADING.test(doc.paragraphs[at]?.text ?? '') ? at : at + 1 < doc.paragraphs.length ? at + 1 : -1;
}

/** A speaker key's entries (`SPEAKER_KEY_HEADING`): each line's initials and the name after them, without its titles ("SAM" → "Samuel Ato Mensah"). */
function speakerKey(doc: SourceDocument): Map<string, string> {
  const at = speakerKeysLines(doc);
  const lines = at < 0 ? [] : (doc.paragraphs[at]?.text ?? '').split('\n').slice(SPEAKER_KEY_HEADING.test(doc.paragraphs[at]?.text ?? '') ? 1 : 0);
  const entries = new Map<string, string>();
  for (const line of lines) {
    const m = SPEAKER_KEY_LINE.exec(line);
    const name = m ? labelPhrase(line.trim().slice((m[1] as string).length).trim()) : undefined;
    if (m && name?.kind === 'person') entries.set(m[1] as string, name.core);
  }
  return entries;
}

/** What may stand between a name and the brackets defining its label: nothing, or one role after a comma (", Head of Performance, OPCC"). */
const ROLE_BEFORE_DEFINITION = /^\s*(?:,\s+\p{Lu}[^;:()]{1,60}?)?\s*$/u;
/** A label a record may define in brackets after a name: "PCC", "CC", "SW", "DCC". */
const DEFINED_LABEL = /^\p{Lu}{2,5}$/u;

/**
 * Rule "a label the record defines in brackets is the name before them" (round 47): "Present: Martin Oyelaran, Police and
 * Crime Commissioner (PCC); Chief Constable Deborah Lusk (CC)" makes "PCC:" him and "CC:" her, whatever their initials.
 * The name is a full name right before the brackets, or before one role set off by a comma; undefined when none, or two
 * different names, are so defined. (Not the first name of a list run on with commas, nor a name before a verb and a
 * body's name, "Tom Reed spoke to the Eastmarch Courier (EC)", the review of round 47's rules.)
 */
function holderOfDefinedLabel(doc: SourceDocument, label: string): string | undefined {
  const holders = new Set<string>();
  for (const p of doc.paragraphs) {
    // (Not a script's direction naming its reader, "BACK ANNO (TOM):": a label in brackets before a colon is no definition.)
    for (const m of p.text.matchAll(new RegExp(String.raw`\((?:the\s+)?${escapeRegExp(label)}\)(?!\s*:)`, 'gu'))) {
      const entry = p.text.slice(0, m.index).split(/[;:\n]|[.!?]\s/u).pop() ?? '';
      // (A name as printed there, not one an office after it is read as, "…, Martin Oyelaran, and the Chief Constable".)
      const person = mentionsIn(entry).findLast((t) => t.phrase.kind === 'person' && t.phrase.core.includes(' ') && entry.slice(t.index, t.end) === t.phrase.text && ROLE_BEFORE_DEFINITION.test(entry.slice(t.end)));
      if (person && /\p{Ll}/u.test(person.phrase.core)) holders.add(person.phrase.core);
    }
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** A label of two or three capitals, "JK:", "FC:": a speaker's or the interviewing outlet's initials. */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * Rule "initials stand for the one name they abbreviate": "JK:" in an interview introducing "Jitka Kubelkova"
 * is her; "FC:" printed by The Financial Chronicle is the paper. Undefined when no name, or two, fit.
 */
function initialsOf(doc: SourceDocument, label: string): string | undefined {
  const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Mr|Mrs|Ms|Dr)$/.test(w)).map((w) => w[0]).join('');
  const texts = [doc.source.title ?? '', ...doc.paragraphs.map((p) => p.text)];
  // ("PRESENTER: KIRSTY MALLORY" heading a BBC transcript: a name printed only in capitals is cased, round 25.)
  const people = new Set(texts.flatMap((text) => mentionsIn(text)).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ') && initials(m.phrase.core) === label).map((m) => (m.phrase.core === m.phrase.core.toUpperCase() ? casedAsPrinted(doc, m.phrase.core) : m.phrase.core)));
  // (The outlet's initials in an interview one reporter bylines are that reporter's questions, "PT:" in Premium Times' interview
  // "By Hauwa Bello-Ikenna", round 54; an unsigned one's are the paper's.)
  // (One person's byline only: not "Agency Report", "Premium Times Staff", two names or a byline's place, the review of round
  // 54.)
  const author = authorOf(doc.source);
  const bylined = author && !/,|\s(?:and|&)\s/u.test(author) ? nameOnly(author) : undefined;
  const reporter = bylined?.kind === 'person' && bylined.core === author ? author : undefined;
  const outlet = doc.source.outlet && initials(doc.source.outlet) === label ? [reporter ?? doc.source.outlet] : [];
  const fits = new Set([...people, ...outlet]);
  return fits.size === 1 ? [...fits][0] : undefined;
}

/** A question's label naming who asks it in its parentheses: "Q (Gavin Royle, BBC Tees):". */
// (A name of two capitalised words at least: not "Q (continued):", "Q (inaudible):", "Q (off mic):", the review of round 29.)
const NAMED_QUESTIONER = /^\s*Q\s*\(\p{Lu}\p{Ll}+\s+\p{Lu}[^()\n]{1,78}\)\s*:/u;

/** Labels that name a part in the programme, not a person, with the verb an introduction names its holder by ("moderated by Dana Prescott"). */
// (And an interpreter's, "INTERPRETER:" in a press conference whose header names "interpreter Réka Fodor", round 36.)
// (And a hearing's witness, "THE WITNESS:" under "Witness: Mr Tomasz Zieliński, …", with no verb, round 37: "witnessed by"
// names who signs a deed.)
const ROLE_LABELS: Record<string, string> = { moderator: 'moderated', host: 'hosted', chair: 'chaired', presenter: 'presented', anchor: 'anchored', interviewer: 'interviewed', spokesperson: 'briefed', interpreter: 'interpreted', witness: '' };

/** The part a label names, its article aside ("THE INTERPRETER" → interpreter), with the verb an introduction names its holder by. */
function roleOfLabel(label: string): { role: string; participle: string } | undefined {
  const printed = label.trim().toLowerCase();
  // (The article aside, "THE WITNESS", "THE MODERATOR"; but not before the chair, "THE CHAIR", which the chair's own rule
  // reads: a chair's or member's words naming "Federal Reserve Chair Jerome Powell" or "the former chair, Maria Cantwell"
  // name no holder, the reviews of round 37.)
  const role = /^the\s+(?!chair)/u.test(printed) ? printed.replace(/^the\s+/u, '') : printed;
  const participle = ROLE_LABELS[role];
  return participle === undefined ? undefined : { role, participle };
}

/** A witness sworn on a line of their own, in capitals: "DR SARAH HILL (sworn)", "MR KAREL NOVOTNÝ (affirmed)" (group 1: the name). */
const WITNESS_SWORN = /^(?:(?:MR|MS|MRS|MISS|DR|SIR|DAME|PROFESSOR)\.?\s+)?(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})\s*\((?:sworn|affirmed)\)\s*$/gmu;

/** A name, then "Spokesperson" after a comma and at most two capitalised words, none another office's ("Lionel Ambrose, Spokesperson for …"; group 1: the name). */
const NAMED_SPOKESPERSON = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),\s+(?:the\s+)?(?:(?!(?:Acting|Deputy|Vice|Assistant|Interim|Co)\b)\p{Lu}[\p{L}-]*\s+){0,2}Spokesperson\b/gu;

/**
 * "MODERATOR:" in a transcript "moderated by Dana Prescott of WMKE" (or naming "moderator Dana Prescott", or "Dana
 * Prescott, Moderator"): the one person the text names in that part, by full name; none when it names nobody or two.
 */
function holderOfRole(doc: SourceDocument, role: string, participle: string): string | undefined {
  // (Not in another's turn: a reporter's "Q: … was your speech interpreted by Vladimir Putin as a provocation?" names no
  // interpreter, the review of round 36. The record's header, its notes and the part's own label name the holder.)
  const turnOf = (text: string) => {
    const m = TURN_LABEL.exec(text);
    const label = m?.[1];
    return !!m && label !== undefined && !isNotSpeakerLabel(label) && !isHeaderRoster(text.slice(m[0].length)) ? label : undefined;
  };
  const labels = doc.paragraphs.map((p) => turnOf(p.text));
  // (Its opening paragraph is its header whatever it opens with: "FRONTLINE: The Power of the Purse\n…\nNarrated by Will
  // Lyman".)
  const text = doc.paragraphs
    .filter((_, at) => at === 0 || labels[at] === undefined || roleOfLabel(labels[at] as string)?.role === role)
    .map((p) => p.text)
    .join('\n');
  // (A note naming the part after an article, "the consecutive interpreter, Ms Yuko Brandt", only outside any turn: a
  // stand-in's "Our regular host, Tom Lee, is on holiday" in the host's own turn names another, the review of round 37.)
  const notes = doc.paragraphs
    .filter((_, at) => labels[at] === undefined)
    .map((p) => p.text)
    .join('\n');
  const names = new Set<string>();
  // (No case-blind flag: under it \p{Lu} would match any letter; the words' own capitals are spelt out.)
  const either = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
  // (Or a header's field line with a courtesy title, "Interpreter: Ms Agnieszka Reid (sworn)", and a note's "the
  // consecutive interpreter, Ms Yuko Brandt", round 37.)
  const byVerb = participle ? `${either(participle)}\\s+by|` : '';
  // (Only a word that says how the part is played, "the consecutive interpreter": not "our former host, Tom Lee", "the late
  // host", "the vice chair", the review of round 37.)
  const theRole = String.raw`\b(?:[Tt]he|[Oo]ur|[Yy]our)\s+(?:(?:consecutive|simultaneous|sworn|official|court|guest|regular|usual|main|lead)\s+)?${role},`;
  // (Not "Vice-Chair: Tom Lee" or "Deputy Chair Tom Lee" for the chair, the review of round 37; a councillor's title read as
  // a title, "Chair: Cllr Helen Ashworth".)
  // (Its last word no initial, two letters at least: "Witness: Gerald R. Pruitt" names Gerald R. Pruitt, not "Gerald R",
  // round 63.)
  const holderAfter = String.raw`\s+(?:(?:${COURTESY_TITLES.join('|')}|Councillor)\.?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])`;
  const notAnother = String.raw`(?<![\p{L}-])(?<!(?:[Vv]ice|[Dd]eputy|[Aa]cting|[Cc]o)[\s-])`;
  const read = (within: string, pattern: string) => {
    for (const m of within.matchAll(new RegExp(pattern + holderAfter, 'gu'))) {
      const name = nameOnly(m[1] as string);
      if (name?.core.includes(' ')) names.add(name.core);
    }
  };
  read(text, String.raw`(?:\b${byVerb}${notAnother}${either(role)}:?)`);
  read(notes, theRole);
  // (A day's second witness sworn in, "DR SARAH HILL (sworn)": "THE WITNESS" is then no one header's witness, the review of
  // round 37.)
  if (role === 'witness') for (const p of doc.paragraphs) for (const m of p.text.matchAll(WITNESS_SWORN)) names.add(casedCapitals(m[1] as string));
  // (Else the deponent a deposition's caption names, "VIDEOTAPED DEPOSITION OF GERALD R. PRUITT", round 63; only where
  // nothing else names the witness: a deposition played at a trial whose header names its own witness, the review of round
  // 63.)
  if (role === 'witness' && names.size === 0) {
    const deponents = new Set(doc.paragraphs.map((p) => DEPOSITION_CAPTION.exec(p.text)?.[1]).filter((name): name is string => name !== undefined));
    if (deponents.size === 1) names.add(casedCapitals([...deponents][0] as string));
  }
  // ("… today's noon briefing by Lionel Ambrose, Spokesperson for the Secretary-General": the name, then the part after a
  // comma, round 31.)
  // (A spokesperson's only, the office capitalised and no other office's word before it: "Tom Hale, Vice Chair" is no
  // chair, "Los Angeles, the Olympic host city" no host, the review of round 31.)
  const afterComma = role === 'spokesperson' ? text.matchAll(NAMED_SPOKESPERSON) : [];
  for (const m of afterComma) {
    const name = nameOnly(m[1] as string);
    if (name?.core.includes(' ')) names.add(name.core);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Rule "a label before a list of the speakers is a heading, not a turn" (names10): "Witnesses: Diane
 * Holloway, Managing Director, …; Colin Fairley, …" prints in full the labels of two or more speakers who
 * take turns later; nobody speaks it, and the turn after it is the next label's.
 */
function participantLists(paragraphs: { text: string }[], labels: (RegExpExecArray | null)[]): Set<number> {
  const fullLabels = new Set(labels.filter((m): m is RegExpExecArray => m !== null && (m[1] as string).includes(' ')).map((m) => m[1] as string));
  const lists = new Set<number>();
  labels.forEach((m, at) => {
    if (!m) return;
    const body = (paragraphs[at] as { text: string }).text.slice(m[0].length);
    const named = [...fullLabels].filter((label) => label !== m[1] && body.includes(label) && labels.some((other, later) => later > at && other?.[1] === label));
    // (Not a label that speaks again later: "The Convener (Morag Lindsay): Good morning … I welcome Fiona Crerar,
    // …; Calum MacAulay, …" is the convener's turn, naming the witnesses in it.)
    const speaksAgain = labels.some((other, later) => later !== at && other?.[1] === m[1]);
    // (Nor a person's label, who may name the others once and never speak again: an investor relations head's "Fiona
    // Beckett: … With me are Andrea Quayle, our CEO, and Robert Nanjiani, our CFO.", round 34.)
    const personsLabel = nameOnly(m[1] as string)?.kind === 'person' && (m[1] as string).includes(' ');
    if (named.length >= 2 && !speaksAgain && !personsLabel) lists.add(at);
  });
  return lists;
}

/**
 * Who answers an interview's turns: the one person its title names with a full name ("… an interview with
 * Jana Novak"); else the one person its introduction (the paragraphs before its first turn, `firstTurn`:
 * by default its first `Q:` or `A:`) names so ("Health Minister Helena Šťastná spoke to us about …"). Of
 * several full names there, the one it goes on to call by surname alone (rule "the interviewee is the one
 * called by surname", round 17), else the one not printed after a preposition of place ("at City Hall"). Two
 * such people, or none: nobody, since the answers could be either's. The outlet and the interviewer are never
 * the interviewee ("She spoke to Deník Morava at the dispatch centre").
 */
export function interviewee(doc: SourceDocument, firstTurn = doc.paragraphs.findIndex((p) => INTERVIEW_LABEL.test(p.text))): string | undefined {
  const authors = [doc.source.author, authorOf(doc.source)].filter((name): name is string => !!name).map((name) => name.toLowerCase());
  const asking = new Set([...authors, ...(doc.source.outlet ? [doc.source.outlet.toLowerCase()] : [])]);
  // (Not a run inside a longer organisation's or law's name: "African Growth" of "the African Growth and Opportunity Act".)
  // (A nickname set in a name no part of it, "Veteran arranger Dexter 'Skippy' Alleyne on …", round 60: one person, not
  // "Skippy' Alleyne" beside "Dexter Alleyne".)
  const fullNamesIn = (printed: string) => {
    const text = withoutNickname(printed);
    const mentions = mentionsIn(text);
    // (Only a name printed nowhere but inside it: "Tony Blair has built the Tony Blair Institute" still names him.)
    const insideThing = (m: (typeof mentions)[number]) =>
      mentions.some((t) => t.phrase.kind === 'thing' && t.phrase.core.length > m.phrase.core.length && t.phrase.core.includes(m.phrase.core) && !text.split(t.phrase.core).join(' ').includes(m.phrase.core));
    // (Nor a place every mention of which follows an article, "a Lawrence Hill food pantry", "the Barton Hill food pantry",
    // round 39: a person is named without one.)
    // (The name's words apart by any space, a no-break space too, the review of round 39's rules.)
    const afterArticle = (m: (typeof mentions)[number]) => !new RegExp(String.raw`(?<!(?<![\p{L}])(?:a|an|the)\s)(?<![\p{L}])${m.phrase.core.split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`)}(?![\p{L}])`, 'iu').test(text);
    // (The interviewer under a job title too: "Castellano spoke with Retail Editor Russell Dunmore", round 42.)
    // (The author's only: "Michael Bloomberg" interviewed by Bloomberg is no asker, the review of round 42.)
    // (A full name's only, of two words or more: a one-word author, the wire "Bloomberg", is no "Michael Bloomberg", the
    // review of round 42.)
    const isAsking = (core: string) => asking.has(core.toLowerCase()) || authors.some((name) => name.includes(' ') && core.toLowerCase().endsWith(` ${name}`));
    // (Nor a show's host, "Kostiuk, 78, told As It Happens host Carmen Lisowski", who asks, round 44; only the one told or
    // talked with, not a presenter the introduction is about, "Breakfast presenter Jane Hill is leaving …", the review of
    // round 44's rules.)
    const hostWord = (core: string, told = false) => new RegExp(String.raw`(?<![\p{L}])${told ? String.raw`(?:told|tells|to|with|by)\s+(?:[\p{L}'’-]+\s+){0,4}?` : ''}(?:host|co-host|presenter|anchor|interviewer)\s+${escapeRegExp(core)}(?![\p{L}])`, 'iu').test(text);
    // (Nor a field's label in capitals, "ISSUE DATE: April 22, 2024", round 45; a field's, not a name in capitals before a
    // colon, "MAYOR LENA ORTIZ: ON HOUSING, …", the review of round 45's rules.)
    const fieldLabel = (m: (typeof mentions)[number]) => !/\p{Ll}/u.test(m.phrase.core) && NOT_SPEAKER_LABEL.test(m.phrase.core) && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(m.phrase.core)}\s*:`, 'u').test(text);
    const names = mentions.filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ') && !isAsking(m.phrase.core) && !insideThing(m) && !afterArticle(m) && !fieldLabel(m)).map((m) => withoutProfessionalStyle(m.phrase.core));
    // (Only beside another: a presenter the introduction alone names, "Radio 2 presenter Zoe Ball is leaving …", is the
    // one interviewed, the review of round 44.)
    // (Never one the introduction has ask, "host Carmen Lisowski talks to a retired fisherman", a final review of round 44.)
    // (Only talking to someone described, "talks to a retired fisherman", "talks to retired fisherman Ivan Kostiuk": not to
    // us, the writer or the outlet, nor to a name, "Veteran anchor Dan Rather talks to us", "Former Breakfast presenter Jane
    // Hill speaks to Carmen Lisowski about …", whom a standfirst names as the one asking, round 45's final review.)
    const asks = (core: string) => {
      const talked = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(core)}\s+(?:talks|talked|speaks|spoke|chats|chatted)\s+(?:to|with)\s+([^.,;:!?\n]{1,60})`, 'u').exec(text)?.[1];
      const toWriter = !!talked && (/^(?:us|me)\b/iu.test(talked) || /^\p{Lu}/u.test(talked) || [...asking].some((name) => talked.toLowerCase().startsWith(name)));
      return (!!talked && !toWriter) || new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(core)}\s+(?:asks|interviews|meets)\b`, 'u').test(text);
    };
    const hosting = (core: string) => hostWord(core, true) || (hostWord(core) && asks(core));
    const notHosting = names.filter((name) => !hosting(name));
    return new Set(notHosting.length > 0 ? notHosting : names.filter((name) => !(hostWord(name) && asks(name))));
  };
  // ("A Hill Country Rancher on Dry Wells, New Subdivisions, and …": in a title set in title case, capitals tell no
  // name from other words, so only a name the text prints too is one, round 24.)
  const title = doc.source.title ?? '';
  const printedInText = (name: string) => doc.paragraphs.some((p) => p.text.includes(name));
  // ("Meet the woman running Lawrence Hill's busiest food pantry" over an introduction naming Ayesha Karimi: a title's name
  // the text never prints, in full or by its last word, while the introduction names another, is a place's or a thing's,
  // round 40.)
  const introduction = doc.paragraphs.slice(0, Math.max(0, firstTurn)).map((p) => p.text).join('\n');
  const inIntroduction = fullNamesIn(introduction);
  const unprinted = (name: string) => !printedInText(name) && !new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name.split(' ').at(-1) as string)}(?![\p{L}])`, 'u').test(doc.paragraphs.map((p) => p.text).join('\n'));
  const namedInTitle = [...fullNamesIn(title)].filter((name) => (!inTitleCase(title) || printedInText(name)) && !(unprinted(name) && [...inIntroduction].some((other) => other !== name)));
  // ("Nadia Osei-Hale on her debut novel The Salt Year": of several, a name printed after "the" is a title, a
  // thing's name, not a person's, round 26.)
  const notAfterThe = namedInTitle.filter((name) => !new RegExp(String.raw`(?<![\p{L}])the\s+${escapeRegExp(name)}(?![\p{L}])`, 'iu').test(title));
  const inTitle = new Set(namedInTitle.length > 1 && notAfterThe.length === 1 ? notAfterThe : namedInTitle);
  if (inTitle.size > 1) return undefined;
  // (A Q&A box inside a feature: its own italic note right before its first turn, "CBC North's Dana Morin spoke to Chief
  // Albert Zoe-Mantla of … about …", names the one it asks, whoever else the feature quoted before it, round 32.)
  // (The one named right after "spoke to", with a title at most: "Chief Albert Zoe-Mantla of the … First Nation".)
  const boxNote = doc.paragraphs[firstTurn - 1]?.text ?? '';
  const spoke = SPOKE_TO.exec(boxNote);
  const spokenTo = spoke ? boxNote.slice(spoke.index + spoke[0].length, spoke.index + spoke[0].length + SPOKEN_TO_REACH) : '';
  const boxed = spoke ? [...fullNamesIn(boxNote)].filter((name) => spokenTo.includes(name)).sort((a, b) => spokenTo.indexOf(a) - spokenTo.indexOf(b)) : [];
  if (boxed[0] !== undefined && TITLE_BEFORE_NAME.test(spokenTo.slice(0, spokenTo.indexOf(boxed[0]))) && firstTurn > 1) return boxed[0];
  // ("Hoshino Materials, a maker of … from Shizuoka Prefecture … Its president, Kenji Arakawa, … Arakawa talked
  // about …": of several full names, the one person the introduction goes on to call by surname alone.)
  const bySurname = [...inIntroduction].filter((name) => calledBySurname(introduction, name));
  const titled = [...inTitle][0];
  if (titled !== undefined) {
    // ("Tanaka Coatings chief: …": a name with a role after it in the title is the company the role is of; its
    // chief is the one the introduction calls "Mori".)
    // ("Abu Dhabi's urban cooling chief on shade, trees and …": a name whose role follows its possessive, a few words in
    // lower case between, is a place's or a body's too, round 55.)
    const after = (doc.source.title ?? '').slice((doc.source.title ?? '').indexOf(titled) + titled.length);
    const roleAfter = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
    // (The role the head of the phrase, its last word before "on", a colon, a comma or the end: not "Leni Robredo's life as a
    // lawyer for the poor", whose "lawyer" is hers, the review of round 55.)
    const possessed = /^['’]s((?:\s+\p{Ll}[\p{Ll}-]*){1,4}?)(?=\s+on\b|\s*[:,]|\s*$)/u.exec(after)?.[1]?.trim().split(/\s+/u) ?? [];
    const possessedRole = possessed.length > 0 && isRoleNoun(possessed.at(-1) as string) && !possessed.some((word) => /^(?:as|of|for|in|with|and)$/u.test(word));
    const other = bySurname.filter((name) => name !== titled);
    if (other.length === 1 && (isRoleNoun(roleAfter.toLowerCase()) || isTitle(roleAfter) || possessedRole)) return other[0];
    // ("Auckland Transport's new boss on road cones …" over "Grant Whitcombe has been Auckland Transport's chief executive
    // for exactly 100 days": a body's role in the title, no one called by surname, is the one person a sentence of the
    // introduction ties to a role of that body, round 57.)
    // (Only a role in the possessive, not a person's own, "Lisa Hartnell MP on housing" over "Lisa Hartnell's chief of staff,
    // Sean Doyle, sat in"; and the title's own words for which role, "Auckland Transport's cycling boss" no chief executive
    // the introduction names beside her: the review of round 57.)
    // (Or a role after the body's name, "Auckland Transport boss on …": not a member's letters, "Lisa Hartnell MP", the second
    // review of round 57; a word of the role itself, "chief" of "chief executive", says nothing of which.)
    const which = possessed.slice(0, -1).filter((word) => !GENERIC_ROLE_MODIFIERS.has(word) && !isRoleNoun(word));
    if (possessedRole || (isRoleNoun(roleAfter.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(roleAfter))) {
      const bodysRole = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(titled)}['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Ll}[\p{Ll}-]*)`, 'gu');
      const tiedSentences = introduction.split(/(?<=[.!?])\s+|\n+/u).filter((sentence) => [...sentence.matchAll(bodysRole)].some((m) => isRoleNoun(m[1] as string)) && which.every((word) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}(?![\p{L}])`, 'iu').test(sentence)));
      const tied = [...inIntroduction].filter((name) => name !== titled && tiedSentences.some((sentence) => sentence.includes(name)));
      if (tied.length === 1) return tied[0];
    }
    // ("'Qatar can be the region's cold-chain hub': Al Kuwari" over "… according to Fatima Al Kuwari, Chief Executive
    // …": a title's surname of two words is the one full name the introduction ends with it, round 52.)
    // (Only a surname with its particle, "Al Kuwari", "Van Dijk": not a full name, "Hamad Al Thani" beside "Sheikh Jassim bin
    // Hamad Al Thani", the second review of round 52.)
    const fuller = PARTICLE_SURNAME.test(titled) ? [...inIntroduction].filter((name) => name.endsWith(` ${titled}`)) : [];
    return fuller.length === 1 ? fuller[0] : titled;
  }
  if (inIntroduction.size <= 1) return [...inIntroduction][0];
  if (bySurname.length === 1) return bySurname[0];
  // ("We sat down with Peig in the little kitchen behind the counter": of several, the one person the introduction goes on
  // to call by given name alone, as an Irish or a local paper's Q&A does, round 56.)
  // (In an interview only, and a name's last word no initialism: not a town-hall FAQ's "Daventry DC", the town its staff
  // move to.)
  const byGivenName = INTERVIEW_KIND.test(doc.source.kind ?? '') ? [...inIntroduction].filter((name) => !/\s\p{Lu}{2,}$/u.test(name) && calledByGivenName(introduction, name)) : [];
  if (bySurname.length === 0 && byGivenName.length === 1) return byGivenName[0];
  // ("NL Times spoke to her at City Hall": a name after a preposition of place is where, not who.)
  const notPlaces = [...inIntroduction].filter((name) => !new RegExp(String.raw`\b(?:at|in|near|outside|inside)\s+(?:the\s+)?${escapeRegExp(name)}(?![\p{L}])`, 'iu').test(introduction));
  if (notPlaces.length === 1) return notPlaces[0];
  // ("More than 1.2 lakh households … under the PM Surya Ghar scheme … K. Ravindran, chairperson of …, who will hear the
  // petition later this month, spoke to The Hindu about …": of several, the one opening a sentence that goes on to say
  // they spoke to the paper, round 29.)
  const speaking = [...inIntroduction].filter((name) => new RegExp(String.raw`(?:^|[.!?:]\s+)${escapeRegExp(name)}(?!['’]s\b)[^.!?]{0,200}?\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\b`, 'mu').test(introduction));
  if (speaking.length === 1) return speaking[0];
  // ("Kasumi Robotics plans to double output …, President Mariko Seto told Nikkei Asia in an interview": the one who told the
  // interviewing outlet, or said so in an interview, round 37.)
  const outlet = doc.source.outlet ? escapeRegExp(doc.source.outlet) : undefined;
  // (This outlet's interview, and this one: not "Rival chief Jun Ito said in an interview with Bloomberg last year", nor
  // one who "told Nikkei Asia last year", the review of round 37; the time right after it, not "…, with a second line
  // running in 2026", the review of round 38.)
  const toldUs = String.raw`\s+(?:(?:told|tells)\s+${outlet ? String.raw`(?:the\s+)?${outlet}\b` : String.raw`\p{Lu}[^.!?]{0,40}?\s+in\s+an\s+interview`}|said\s+in\s+an\s+interview${outlet ? String.raw`(?!\s+with\s+(?!(?:the\s+)?${outlet}\b))` : ''})(?!\s*,?\s*(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:\d+|two|three|four|five|several|many)\s+years?\s+ago|in\s+(?:19|20)\d{2})\b)`;
  const telling = [...inIntroduction].filter((name) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}${toldUs}`, 'u').test(introduction));
  if (telling.length === 1) return telling[0];
  // ("… a professor at the University of Alberta … Aalto has been a member of …": of several still, the one person the
  // introduction has doing something by surname alone, a verb in lower case after it, round 26; "Canada's worst season"
  // has Parks Canada do nothing. Only the one it names first: "Her former supervisor, Mark Tremblay, …" then
  // "Tremblay retired …" is not the one introduced, and "Mori makes the paint; Sato sells it" leaves two, the review
  // of round 26.)
  const actsBySurname = (name: string) => new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(name.split(' ').at(-1) as string)}\s+\p{Ll}`, 'u').test(introduction.split(name).join(' '));
  const acting = bySurname.filter(actsBySurname);
  const firstNamed = [...inIntroduction].sort((a, b) => introduction.indexOf(a) - introduction.indexOf(b))[0];
  return acting.length === 1 && acting[0] === firstNamed ? firstNamed : undefined;
}

/** Words before a role in a title that say nothing of which role it is: "Auckland Transport's new boss". */
const GENERIC_ROLE_MODIFIERS = new Set('new top outgoing incoming interim acting former current'.split(' '));

/** An interview's note saying who spoke to whom: "spoke to", "talked with", "speaks to", "interviewed". */
const SPOKE_TO = /\b(?:spoke|talked|speaks|talks|sat\s+down)\s+(?:to|with)\b|\binterviewed\b/i;
/** How far after "spoke to" the name it introduces may end: a title and a full name. */
const SPOKEN_TO_REACH = 60;
/** What may stand between "spoke to" and the name: a title in capitals at most, " Chief ", " Prime Minister "; not " the Star at ". */
const TITLE_BEFORE_NAME = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The share of a title's longer words after the first that must be capitalised for it to be set in title case. */
const TITLE_CASE_SHARE = 0.8;
/** Longer words a title needs after its first to tell title case from sentence case. */
const MIN_TITLE_CASE_WORDS = 3;

/** Whether a title is set in title case ("A Hill Country Rancher on Dry Wells"): its words of four letters or more after the first, capitalised. */
function inTitleCase(title: string): boolean {
  const words = title.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= MIN_TITLE_CASE_WORDS && words.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
}

/** Whether a text calls the one a full name names by the name's last word alone, somewhere other than in the full name. */
function calledBySurname(text: string, fullName: string): boolean {
  const surname = fullName.split(' ').at(-1) as string;
  // ("Arakawa’s plans" calls him so too.)
  const alone = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(surname)}(?![\p{L}-])`, 'gu');
  const inFull = text.split(fullName).length - 1;
  return (text.match(alone)?.length ?? 0) > inFull;
}

/** Whether a text meets someone by given name alone ("We sat down with Peig" after "Peig Ní Shúilleabháin"). */
function calledByGivenName(text: string, fullName: string): boolean {
  const given = fullName.split(' ')[0] as string;
  if (isTitle(given.toLowerCase())) return false;
  // (As the one met, "We sat down with Peig", "spoke to Peig": not a spouse or a team-mate the introduction tells of, "Bríd
  // says he has never missed a day", nor a place, "its second site in Victoria", the review of round 56.)
  const met = new RegExp(String.raw`\b(?:with|to)\s+${escapeRegExp(given)}(?![\p{L}'’-])(?!\s+\p{Lu})`, 'u');
  return met.test(text);
}

/** The issuer of a document in its issuer's own voice (a bulletin, a release, a report): who answers its questions no one else is named to. */
// (Not where the document brings in someone it talks to, "We caught up with Gwen, a healthcare assistant at the Royal":
// its answers are hers, whom no rule names, not the union's, the review of round 42.)
function issuerAnswering(doc: SourceDocument): string | undefined {
  if (doc.paragraphs.some((p) => TALKED_TO_SOMEONE.test(p.text))) return undefined;
  const own = documentOwnVoice(doc);
  return own !== undefined && own === doc.source.outlet ? own : undefined;
}

/** Words bringing in someone a document talks to by name: "We caught up with Gwen", "spoke to Dr Amina Shah", "sat down with". */
// (The document's own "we" or "I" talking: not "general secretary Christina McAnea spoke to BBC Breakfast", the review of
// round 43.)
const TALKED_TO_SOMEONE = /\b(?:[Ww]e|I)\s+(?:have\s+|recently\s+|also\s+)?(?:caught\s+up\s+with|(?:spoke|talked|chatted)\s+(?:to|with)|sat\s+down\s+with|interviewed|put\s+(?:our|your|these|some)\s+questions\s+to)\s+\p{Lu}/u;

/** An interview's question or answer label opening a paragraph ("Q:", and a news magazine's "Q." too: `INTERVIEW_STOP_LABEL`). */
const INTERVIEW_LABEL = /^[QA]:\s|^[QA]\.[ \t]/;

/** Whether enough paragraphs open with a speaker's label that a document may be a transcript (cheap: labels only). */
export function mayBeTranscript(doc: SourceDocument): boolean {
  const transcriptKind = TRANSCRIPT_KIND.test(doc.source.kind ?? '');
  return doc.paragraphs.filter((p) => TURN_LABEL.test(p.text) || STANDALONE_LABEL.test(p.text) || !!hearingLabel(p.text, transcriptKind) || (transcriptKind && (LOWER_CASE_LABEL.test(p.text) || CAPITALS_LINE.test(p.text) || CAPITALS_FULL_STOP_LABEL.test(p.text) || NAME_LINE.test(p.text.trim()))) || CALLER_NAMED_LABEL.test(p.text) || UNNAMED_QUESTION_LABEL.test(p.text) || NUMBERED_QUESTION_LABEL.test(p.text) || FOLLOW_UP_LABEL.test(p.text)).length >= MIN_TURNS || doc.paragraphs.some((p) => SPEAKER_KEY_HEADING.test(p.text)) || printsStopLabels(doc);
}
