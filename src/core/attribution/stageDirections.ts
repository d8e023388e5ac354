/**
 * Stage directions: words in brackets or parentheses that say what happened in the room, not what anyone said
 * ("[Applause]", "(Laughter.)", "[The prepared statement of Mr. Abernathy follows:]"). They are nobody's words.
 * Three readings, by how sure the layout makes them: a short paragraph in any document, a paragraph of any
 * reasonable length in a transcript, and a sentence of a word or three anywhere.
 */
import type { SourceDocument } from '../model.js';

/**
 * Rule "a Westminster-style Hansard prints heckling as a direction of its own" (round 20, Australia's House):
 * "Opposition members interjecting—", "Mr Donovan interjecting—", "Honourable members interjecting—".
 */
// (And the Commons' "Several hon. Members rose—", round 21.)
const INTERJECTING = String.raw`\p{Lu}[\p{L}'’. -]{0,60}\s(?:interjecting[\u2014\u2013-]?|rose[\u2014\u2013])`;

/**
 * Rule "the Congressional Record's proceedings are its own" (round 22): "The senior assistant legislative clerk
 * proceeded to call the roll.", "The bill clerk read as follows:". The record's voice, nobody's words. (Its note
 * "… ordered to be printed in the Record, as follows:" is read in `transcriptTurns.ts`, which gives what follows
 * to the inserted letter's signer.)
 */
const RECORD_PROCEEDING = String.raw`The\s+(?:\p{Ll}+\s+){0,3}clerk\s+(?:proceeded\s+to|read|called)[^\n]{0,120}`;

/** The longest direction or note in brackets read as one (`TRANSCRIPT_DIRECTION`, `BRACKETED_NOTE`): a record's run long, a speaker's words longer. */
const MAX_DIRECTION_CHARS = 160;

/** A time code in brackets before a direction, "[00:00:41] [CLIP — Kessington City Council meeting]": a podcast's transcript (round 52). */
const TIME_CODE_BEFORE = String.raw`(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?`;

/** A paragraph that is only a short direction, in any document: "[Applause]", "(Laughter)", "[END OF INTERVIEW]", "Mr Donovan interjecting—". */
const STAGE_DIRECTION = new RegExp(String.raw`^\s*${TIME_CODE_BEFORE}(?:\[[^\]\n]{1,40}\]|\([^)\n]{1,40}\)|${INTERJECTING})\s*$`, 'u');

/** A record's footnote on what it holds: "* Not recorded.", "* English translation of the speech originally delivered in Hindi." (not a bullet). */
const RECORD_FOOTNOTE = String.raw`\*\s+(?:[Nn]ot\s+recorded|[Ee]xpunged|[Ee]nglish\s+translation|[Tt]ranslation|[Oo]riginal(?:ly)?\s+(?:in|delivered))\b[^*\n]{0,160}`;

/** A transcript's page number on a line of its own: "Page 42", "PAGE 117" (round 63). */
const TRANSCRIPT_PAGE = String.raw`(?:Page|PAGE)\s+\d{1,5}`;

/** A record's note that the sitting stopped or resumed: "Proceedings suspended from 10:30 to 10:45", "Sitting suspended at 11.07 a.m. and resumed at 11.15 a.m." (round 25). */
const RECORD_SUSPENSION = String.raw`(?:Proceedings|Sitting|Session|Meeting|Hearing)\s+(?:suspended|adjourned|resumed)\b[^\n]{0,80}`;

/**
 * A transcript's paragraph in brackets or parentheses, to `MAX_DIRECTION_CHARS` characters: "(Applause from the CDU/CSU – Laughter
 * from the Greens)", "[The prepared statement of Mr. Abernathy follows:]". Longer than `STAGE_DIRECTION`: a
 * record's directions run long, and in a transcript a paragraph in parentheses is never a turn's words.
 */
// (With the Lok Sabha's dots and the asterisk of its footnote about it, "... (Interruptions)... *"; and its
// footnotes, "* Not recorded.", "* English translation of the speech originally delivered in Hindi.": round 21. Each
// optional piece carries its own spaces, so that no two runs of spaces meet: linear on a paragraph of spaces.)
// (And a transcript's page number on a line of its own, "Page 42", a deposition's page break inside a turn, round 63.)
export const TRANSCRIPT_DIRECTION = new RegExp(String.raw`^\s*(?:(?:(?:\.{3}|…)\s*)?(?:\[[^\]\n]{1,${MAX_DIRECTION_CHARS}}\]|\([^()\n]{1,${MAX_DIRECTION_CHARS}}\)|${INTERJECTING})(?:\s*(?:\.{3}|…))?(?:\s*\*)?|${RECORD_FOOTNOTE}|${RECORD_PROCEEDING}|${RECORD_SUSPENSION}|${TRANSCRIPT_PAGE})\s*$`, 'u');

/**
 * A sentence that is a stage direction, in any document: a capitalised word and at most two more, in brackets or
 * parentheses ("(Laughter.)", "(Cheers and applause.)"), never "I", "We" or "You" speaking ("(I have checked,
 * twice.)" is the author's aside).
 */
// (Or a record's reference in brackets, capitals and digits, a number among them: a Holyrood question's "(S6O-04512)" after
// the member asks it, round 63.)
export const SENTENCE_DIRECTION = /^\s*[([]\s*(?:(?!(?:I|We|You)\b)\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}[.!]?|(?=[\p{Lu}\d/.-]*\d)[\p{Lu}\d][\p{Lu}\d/.-]{2,24})\s*[)\]]\s*$/u;

/**
 * Rule "a paragraph wholly in square brackets is a note on the text" (round 35: a mayor's speech as delivered, "[Minute of
 * silence. The bell of St Bartholomew's Church is rung twenty-three times.]"; an archive's "[Pencil annotation, Prague: …]"),
 * to `MAX_DIRECTION_CHARS` characters, as `TRANSCRIPT_DIRECTION` reads a transcript's: an editor's, a transcriber's or a record's words,
 * never the speaker's or the writer's, whose own asides go in parentheses.
 */
// (Not in its writer's first person, "[Disclosure: I own shares in Tesla.]", an author's own aside, the review of round 35.)
const BRACKETED_NOTE = new RegExp(String.raw`^\s*${TIME_CODE_BEFORE}\[(?![^\]\n]*\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b)[^\]\n]{1,${MAX_DIRECTION_CHARS}}\]\s*$`, 'u');

/** The paragraphs (by position) that are stage directions: nobody's words, in a speech or a transcript's turn alike. */
export function stageDirections(doc: SourceDocument): Set<number> {
  return new Set(doc.paragraphs.flatMap((p, at) => (STAGE_DIRECTION.test(p.text) || BRACKETED_NOTE.test(p.text) ? [at] : [])));
}
