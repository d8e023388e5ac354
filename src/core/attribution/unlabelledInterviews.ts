/**
 * An interview printed as questions and answers with no labels (a magazine's bold questions, loaded as plain
 * text): each question paragraph is the interviewer's, the answer paragraphs after it the interviewee's.
 */
import type { Paragraph, SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { splitSentences } from '../text/splitSentences.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { mentionsIn } from './mentionsIn.js';
import { nameOnly } from './nameRuns.js';
import { authorOf } from './ownVoice.js';
import { DOUBLE_MARK } from './quotations.js';
import { ENDS_AS_SENTENCE, INTERVIEW_KIND, interviewee } from './transcriptTurns.js';

/** An interview by its title ("Interview: …", "Q&A: …", "… in conversation"). */
const INTERVIEW_TITLE = /\b(?:interview|q\s*&\s*a|in conversation)\b/i;

/**
 * A press conference's record by its genre, the whole genre ("press conference", "news conference", "press conference
 * transcript"; not a club's "press conference write-up", journalism), or a statement followed by questions by its title
 * ("Monetary policy statement (with Q&A)", the European Central Bank's, round 30).
 */
const PRESS_CONFERENCE_KIND = /^\s*(?:(?:government|joint)\s+)?(?:press|news)\s+conference(?:\s+transcript)?\s*$/i;
/** A statement followed by questions, by its title: "Monetary policy statement (with Q&A)". */
const STATEMENT_WITH_QUESTIONS_TITLE = /\bstatement\b.*\bq\s*&\s*a\b/i;

/** A transcript by its genre, with or without a note: "transcript", "transcript (ECB press conference after …)". */
const TRANSCRIPT_GENRE = /^\s*transcript\b/i;
/** Words naming a press conference: "press conference", "news conference". */
const PRESS_CONFERENCE_WORDS = /\b(?:press|news)\s+conference\b/i;

/** Whether a document is a press conference's record (see `PRESS_CONFERENCE_KIND`). */
function isPressConference(doc: SourceDocument): boolean {
  return PRESS_CONFERENCE_KIND.test(doc.source.kind ?? '') || STATEMENT_WITH_QUESTIONS_TITLE.test(doc.source.title ?? '');
}

/**
 * Whether a document is a transcript whose note or title says it is a press conference's, "transcript (ECB press
 * conference after the Governing Council's monetary policy meeting …)" under "Monetary policy statement and press
 * conference, 5 June 2025" (round 64). Read as a press conference only where its questions are set in bold, as the
 * European Central Bank sets them: not a transcript whose labels with times stand on lines of their own, "Chief Renata
 * Vargas (00:31):", which `transcribedTextTurns` reads (the full suite of round 64).
 */
function isPressConferenceTranscript(doc: SourceDocument): boolean {
  const kind = doc.source.kind ?? '';
  return TRANSCRIPT_GENRE.test(kind) && PRESS_CONFERENCE_WORDS.test(`${kind} ${doc.source.title ?? ''}`);
}

/** Whether a document is an interview by its genre or its title ("interview", "Q&A: …"). */
function isInterviewByName(doc: SourceDocument): boolean {
  return INTERVIEW_KIND.test(doc.source.kind ?? '') || INTERVIEW_TITLE.test(doc.source.title ?? '');
}

/** Whether a document is an interview or a press conference, by its genre or its title. */
function isInterview(doc: SourceDocument): boolean {
  return isInterviewByName(doc) || isPressConference(doc) || isPressConferenceTranscript(doc);
}

/**
 * Who answers at a press conference printed with unlabelled questions: the first person its introduction names in
 * full ("Margarethe Lindqvist, President of the ECB, / Tomás Ferreira Lobo, Vice-President"), the one presiding printed
 * first; its author, where the same paragraph names the author (the European Central Bank files its President's
 * statement under her name).
 */
function platformSpeaker(doc: SourceDocument, firstQuestion: number): { speaker?: string; named: number; panel: string[] } {
  for (let at = 0; at < firstQuestion; at++) {
    // (Only a line naming the platform's people, "Name, Role,", not a sentence naming a guest: "Good afternoon. I am
    // joined today by the Director-General of Health, Dr Ashley Bloomfield." is the one speaking's, the review of
    // round 30; nor a heading in capitals, "MONETARY POLICY STATEMENT", read as a name.)
    const text = doc.paragraphs[at]?.text ?? '';
    const people = /\p{Ll}/u.test(text) && !endsSentence(text) ? mentionsIn(text).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ')) : [];
    const person = people[0];
    const author = authorOf(doc.source);
    if (person) return { speaker: author && text.includes(author) ? author : person.phrase.core, named: at, panel: people.map((m) => m.phrase.core) };
  }
  return { speaker: undefined, named: -1, panel: [] };
}

/** An answer opened by a label, "Brandstätter: Thank you." (group 1: the label, a name of one to four words). */
const ANSWERERS_LABEL = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}):\s+(?=\S)/u;

/**
 * The turns of a press conference printed as a statement, then unlabelled questions and answers (round 30): the
 * statement's paragraphs after the one naming the speaker, and every answer up to the end, are the speaker's
 * (see `platformSpeaker`); the questions are reporters' the record does not name, nobody's; headings between are
 * nobody's.
 */
function pressConferenceTurns(doc: SourceDocument, questions: number[]): (SpeakerTurn | undefined)[] {
  const { speaker, named, panel } = platformSpeaker(doc, questions[0] as number);
  const asked = new Set(questions);
  // (An answer another on the platform gives, opened by the label of a name the header prints, "Brandstätter: Thank you."
  // under "Lukas Brandstätter, Vice-President of the ECB": theirs up to the next question, round 64.)
  // (By the label's last word too, an office before the surname, "Deputy Chief Lee:" for "Deputy Chief Tom Lee"; and one
  // the header does not name, "Mayor Dana Ortiz:", is the person the label names, not the platform's first, the review of
  // round 64.)
  const surname = (name: string) => name.split(/\s+/u).at(-1)?.toLowerCase();
  const panellist = (label: string) => panel.find((name) => surname(name) === surname(label));
  const labelsPerson = (label: string) => {
    const phrase = nameOnly(label);
    return phrase?.kind === 'person' && phrase.core.includes(' ') ? phrase.core : undefined;
  };
  let answerer = speaker;
  return doc.paragraphs.map((p, at) => {
    if (asked.has(at)) {
      answerer = speaker;
      return { start: 0, speaker: undefined };
    }
    const label = at > named ? ANSWERERS_LABEL.exec(p.text) : null;
    const labelled = label ? (panellist(label[1] as string) ?? labelsPerson(label[1] as string)) : undefined;
    if (label && labelled) {
      answerer = labelled;
      return { start: (label[0] as string).length, speaker: labelled };
    }
    // (Not a heading, "Economic activity", nor "Jump to the transcript …": a paragraph ending as a sentence does.)
    return at > named && ENDS_AS_SENTENCE.test(p.text.trim()) ? { start: 0, speaker: answerer } : undefined;
  });
}

/** An answer's own voice: "I", "my", "me", "we", "our". */
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’]m|I['’]ve|my|me|we|our|us)(?![\p{L}])/u;
/** Question paragraphs an interview needs for its paragraphs to be read as questions and answers. */
const MIN_QUESTIONS = 3;
/** A bold line that is a heading, not a question: ending in a colon, or a genre's kicker alone ("Interview", "Q&A"). */
const BOLD_HEADING = /:$|^(?:interview|the\s+interview|q\s*&\s*a|exclusive|profile|opinion|analysis|explainer|in\s+conversation)$/iu;
/** How a bold question ends as a sentence: "?", ".", "!", "…" or an interrupting dash, before any closing mark. */
const BOLD_QUESTION_END = /[.!?…—–-]["”’)\]]*$/u;
/** A prompt asking with no question mark: "Talk us through the title track", "Tell us about the Edinburgh show" (not "Walk the talk", nor a reader's "Tell us what you think: email …"). */
const PROMPT = /^(?:(?:tell|talk|walk|take)\s+(?:us|me)|describe|explain)\s[^:@]*$/iu;
/** The most sentences of a question paragraph ("You grew up by the sea. Did that shape the book?"). */
const MAX_QUESTION_SENTENCES = 3;

/**
 * A paragraph asking a question, in a few sentences: set in bold as a magazine sets its questions ("**That
 * sounds small.**", quoting someone or not), or ending with a question mark (before any closing mark) and
 * holding no double quotation marks (an answer may end by quoting a question).
 */
function isQuestion(paragraph: Paragraph, strict = false): boolean {
  const { text } = paragraph;
  // (Strictly, a bold line asks only as a sentence or a prompt does: not "**Interview**", "**HT City**", "**What you need to
  // know:**", a kicker's or a box's heading over an interview that asks its questions so, round 57; see `questionsOf`.)
  const bold = !!paragraph.strong && !BOLD_HEADING.test(text.trim()) && (!strict || BOLD_QUESTION_END.test(text.trim()) || PROMPT.test(text.trim()));
  const asked = bold || (/\?["”’)\]]*$/.test(text.trim()) && !DOUBLE_MARK.test(text));
  return asked && splitSentences(text).length <= MAX_QUESTION_SENTENCES;
}

/**
 * A bold standfirst naming the interviewer as someone else would, asking nothing: "Tendai Marufu became director of the
 * Hollins … She talks to Bethan Lloyd-Crane about restitution …" is the magazine's, not a question (round 44). An
 * interviewer's own question names them as its label at most: "Bethan Lloyd-Crane: What was it like …?"
 */
function namesInterviewerAside(text: string, doc: SourceDocument): boolean {
  const author = doc.source.author;
  if (!author?.includes(' ') || /\?/.test(text)) return false;
  return text.includes(author) && !new RegExp(String.raw`^\s*${escapeRegExp(author)}\s*:`, 'u').test(text);
}

/**
 * The question paragraphs (by position) of an interview printed with unlabelled questions: an interview by
 * genre or title, with at least `MIN_QUESTIONS` question paragraphs, each followed by one that is not a
 * question. None for any other document.
 */
function questionsOf(doc: SourceDocument): number[] {
  if (!isInterview(doc)) return [];
  // (Strictly where enough paragraphs ask so, any bold line only where they do not: a questionnaire's "**Earliest memory**"
  // prompts, the review of round 57.)
  const asking = (strict: boolean) => doc.paragraphs.flatMap((p, at) => (isQuestion(p, strict) && !namesInterviewerAside(p.text, doc) ? [at] : []));
  const strictly = asking(true).length >= MIN_QUESTIONS;
  const questions = asking(strictly);
  // (Loosely, only over answers in the first person, "Sitting on the back step at my nan's …": not a profile's bold subheads
  // over its narration, "**The early years**" / "He bought his first camera …", the review of round 57.)
  if (!strictly && questions.filter((at) => FIRST_PERSON.test(doc.paragraphs[at + 1]?.text ?? '')).length * 2 < questions.length) return [];
  if (questions.length < MIN_QUESTIONS) return [];
  const answered = questions.every((at) => {
    const next = doc.paragraphs[at + 1];
    return next !== undefined && !isQuestion(next, strictly);
  });
  return answered ? questions : [];
}

/**
 * The turns of an interview printed as unlabelled questions and answers: a question is the interviewer's (the
 * author's), the paragraphs after it up to the next question the interviewee's (see `interviewee`: the one
 * person the title or the introduction names in full). After the last question only the paragraph right
 * after it is read as the answer: what follows may be the magazine's note ("The Salt Year is published by…").
 */
export function unlabelledInterviewTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const questions = questionsOf(doc);
  if (questions.length === 0) return [];
  if (isPressConference(doc)) return pressConferenceTurns(doc, questions);
  if (isPressConferenceTranscript(doc) && !isInterviewByName(doc)) {
    return questions.every((at) => doc.paragraphs[at]?.strong) ? pressConferenceTurns(doc, questions) : [];
  }
  const answerer = interviewee(doc, questions[0]);
  const last = questions.at(-1) as number;
  return doc.paragraphs.map((_, at) => {
    if (at < (questions[0] as number)) return undefined;
    if (questions.includes(at)) return { start: 0, speaker: authorOf(doc.source) };
    if (at > last + 1) return undefined;
    return { start: 0, speaker: answerer };
  });
}

/** Whether a document may be an interview printed with unlabelled questions (cheap: genre and title only). */
export function mayBeUnlabelledInterview(doc: SourceDocument): boolean {
  return isInterview(doc);
}
