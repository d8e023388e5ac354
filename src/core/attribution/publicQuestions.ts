/**
 * Questions a body publishes with its answers (round 31, an NHS trust's board meeting held in public): "Submitted by: Mr
 * Brian Tolley, Harwood" over a member of the public's question, "Response from Raj Malhotra, Chief Operating Officer:"
 * over the answer. The paragraphs under each such line, up to the next one or the next question's heading ("Question 2:
 * Maternity staffing"), are the words of the one it names; the line itself is nobody's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { labelPhrase } from './subjectPhrases.js';

/** A line naming who asked the question under it: "Submitted by: Mr Brian Tolley, Harwood", "Asked by Ms Kelly Ashworth" (group 1 or 2: who). */
// (Or a council's minutes', "Question from Mr Alan Birch:", round 44.)
const ASKED_BY = /^(?:(?:submitted|asked|raised|question\s+(?:submitted|asked))\s+by[\s:]+(\S[^.!?\n]{2,119})|question\s+from[\s:]+(\S[^.!?\n:]{2,119}):?)$/iu;
/** A line naming who answers under it: "Response from Raj Malhotra, Chief Operating Officer:" (group 1: who). */
// (Or a parliament's written answer, "Answered by Louise Penhallow, Minister of State (Department for Transport)", round 41.)
// (Or the European Parliament's, "Answer given by Executive Vice-President Halvorsen" / "on behalf of the European
// Commission" / "(3.9.2025)", round 49: the one named before "on behalf of", group 3.)
const ANSWERED_BY = /^(?:(?:response|answer|reply)\s+(?:from|by)[\s:]+(\S[^.!?\n:]{2,119}):|answered\s+by[\s:]+(\S[^.!?\n:]{2,119})|answer\s+given\s+by\s+(\S[^.!?\n:]{2,119}?)\s*\n\s*on\s+behalf\s+of\s+[^\n]{2,120}(?:\n\s*\(\d{1,2}\.\d{1,2}\.\d{4}\))?)$/iu;
/**
 * A written question's heading, "Question for written answer E-002871/2025" / "to the Commission" / "Rule 144", over the
 * line of its askers (`ASKERS_WITH_GROUPS`), round 49.
 */
const WRITTEN_QUESTION_HEADING = /^question\s+for\s+written\s+answer\b/iu;
/** The askers of a written question with their political groups: "Rasa Vaitkevičiūtė (Renew), Hendrik Zwaanstra (Renew)" (each name before its brackets). */
const ASKERS_WITH_GROUPS = /^(\p{Lu}[\p{L}'’. -]{2,60}\s*\([^()\n]{1,30}\)(?:,\s*(?:and\s+)?\p{Lu}[\p{L}'’. -]{2,60}\s*\([^()\n]{1,30}\))*)$/u;
/** A written question's date line, "Submitted: 12.6.2025", or a page's footnote, "[^1]: https://…": its end, nobody's. */
const QUESTION_END = /^(?:submitted:?\s+\d{1,2}[./]\d{1,2}[./]\d{4}|\[\^\d{1,3}\]:\s.*)$/iu;
/** A written answer's date line: "Answered on 11 March 2025". */
const ANSWERED_ON = /^answered\s+on\s+\d{1,2}\s+\p{L}+\s+\d{4}$/iu;
/** A section's heading, which ends the answer before it too: "Closing remarks from the Chair" (a short line with no stop). */
const SECTION_HEADING = /^\p{Lu}[^.!?:;\n]{2,60}$/u;
/** A question's heading, which ends the answer before it: "Question 2: Maternity staffing", "Question 3". */
const QUESTION_HEADING = /^question\s+\d{1,3}\b[^.!?\n]*$/iu;
/**
 * A paragraph printed as one quotation: it opens with a quotation mark that no other mark closes before its end (an
 * answer going on over paragraphs leaves its close to the last); not '"Value for money" is at the heart of …', a phrase
 * quoted (the review of round 44).
 */
// (Or one closing with its mark whatever it quotes inside, “Will the Leader explain why the "Fairer Streets" consultation
// closed early?”, a final review of round 44.)
const QUOTED_PARAGRAPH = /^["“](?:[^"“”]*|[\s\S]*["”])$/u;
/** Journalism's genres, where such lines are quoted, not laid out: a news report, a feature, a live blog. */
const JOURNALISM_KIND = /\b(?:news|feature|live\s*blog|analysis|column|opinion|editorial|explainer|profile)\b/i;
/** How many asking or answering lines make a document laid out so: a question and its answer. */
const MIN_LINES = 2;

/** Whether a paragraph is a line naming who asks or who answers (`ASKED_BY`, `ANSWERED_BY`); group 1 of its match: who. */
const askingOrAnswering = (text: string): RegExpExecArray | null => ASKED_BY.exec(text.trim()) ?? ANSWERED_BY.exec(text.trim());

/** The askers' line under a written question's heading (see `WRITTEN_QUESTION_HEADING`), read as an asking line: group 1 the askers. */
function writtenQuestionAskers(text: string, before: string | undefined): RegExpExecArray | null {
  return WRITTEN_QUESTION_HEADING.test(before?.trim() ?? '') ? ASKERS_WITH_GROUPS.exec(text.trim()) : null;
}

/**
 * The person a line names, before any comma and the town or office after it: "Mr Brian Tolley, Harwood" is Brian
 * Tolley; "Name withheld at the questioner's request" is no one.
 */
// (Nor the party and seat in brackets after the name, "Tom Brierley (Conservative, Harrowby North)", round 41.)
// (Nor the one the question is put to, "Councillor Jane Hurst to Councillor Tom Reid, Leader of the Council", the review
// of round 44.)
function personNamed(who: string): string | undefined {
  // (Two askers with their groups, "Rasa Vaitkevičiūtė (Renew), Hendrik Zwaanstra (Renew)": both, as a joint byline.)
  if (ASKERS_WITH_GROUPS.test(who.trim()) && who.includes('),')) {
    const askers = who.split(/\),\s*(?:and\s+)?/u).map((part) => personNamed(part));
    return askers.every(Boolean) ? askers.join(', ') : undefined;
  }
  const phrase = labelPhrase((who.replace(/\s*\(.*$/su, '').replace(/\s+to\s+.*$/su, '').split(',')[0] ?? '').trim());
  return phrase?.kind === 'person' && phrase.form === 'name' && !/\bwithheld\b/i.test(who) ? phrase.core : undefined;
}

/** The turns of a document's published questions and answers (see the module's note); none for any other layout. */
export function publicQuestionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  // (Not in journalism: a story's "Response from Councillor Jane Roe:" quotes her once, and the reporter goes on, the
  // review of round 31.)
  if (JOURNALISM_KIND.test(doc.source.kind ?? '')) return [];
  const lines = doc.paragraphs.map((p, at) => askingOrAnswering(p.text) ?? writtenQuestionAskers(p.text, doc.paragraphs[at - 1]?.text));
  if (lines.filter(Boolean).length < MIN_LINES || !lines.some((m) => m && personNamed((m[1] ?? m[2] ?? m[3]) as string))) return [];
  // (A "Question from Sarah Jones, Leeds:" page with no line naming who answers and its questions unquoted, a Q&A's
  // readers' questions, is no published questions' layout: its answers are the expert's, the review of round 44; minutes
  // quoting each question under its line are, their replies in the minute-taker's words, a final review of round 44.)
  const unanswered = !doc.paragraphs.some((p) => ANSWERED_BY.test(p.text.trim())) && lines.every((m) => !m || /^question\s+from\b/i.test(m[0]));
  if (unanswered && !lines.every((m, at) => !m || QUOTED_PARAGRAPH.test(doc.paragraphs[at + 1]?.text.trim() ?? ''))) return [];
  let current: SpeakerTurn | undefined;
  /** Whether the turn's words are printed in quotation marks (see `QUOTED_PARAGRAPH`). */
  let quoted: boolean | undefined;
  const answering = new Set<string | undefined>();
  return doc.paragraphs.map((p, at) => {
    const line = lines[at];
    if (line) {
      current = { start: 0, speaker: personNamed((line[1] ?? line[2] ?? line[3]) as string) };
      quoted = undefined;
      if (ANSWERED_BY.test(p.text.trim())) answering.add(current.speaker);
      return { start: 0, speaker: undefined };
    }
    // (A written answer's date line over an answer whose "Answered by …" line, one over an answer before said again word
    // for word, the loader keeps once: the minister's who answered so far, round 41; with two of them, nobody can tell
    // which, the review of round 41.)
    if (ANSWERED_ON.test(p.text.trim()) && answering.size > 0 && !lines[at + 1]) {
      current = answering.size === 1 ? { start: 0, speaker: [...answering][0] } : undefined;
      return { start: 0, speaker: undefined };
    }
    // (Or any heading the page sets as one, "### 66. BUDGET 2024/25 AND MEDIUM TERM FINANCIAL STRATEGY", round 44; or a
    // written question's date line or a footnote, round 49.)
    if (QUESTION_HEADING.test(p.text.trim()) || SECTION_HEADING.test(p.text.trim()) || p.heading || QUESTION_END.test(p.text.trim())) {
      current = undefined;
      return { start: 0, speaker: undefined };
    }
    // (A turn printed in quotation marks ends with them: minutes go on in the minute-taker's words, "Mr Birch asked a
    // supplementary question …", round 44.)
    quoted ??= QUOTED_PARAGRAPH.test(p.text.trim());
    if (quoted && !QUOTED_PARAGRAPH.test(p.text.trim())) current = undefined;
    return current;
  });
}

/** Whether a document may print questions with their askers and answerers (cheap: see `publicQuestionTurns`). */
export function mayHavePublicQuestions(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => askingOrAnswering(p.text) !== null || WRITTEN_QUESTION_HEADING.test(p.text.trim()));
}
