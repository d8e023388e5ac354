/**
 * An interview printed as questions and answers with no labels (a magazine's bold questions, loaded as plain
 * text): each question paragraph is the interviewer's, the answer paragraphs after it the interviewee's.
 */
import type { Paragraph, SourceDocument } from '../model.js';
import { splitSentences } from '../text/splitSentences.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { authorOf } from './ownVoice.js';
import { DOUBLE_MARK } from './quotations.js';
import { interviewee } from './transcriptTurns.js';

/** An interview by its genre (`kind: interview`, `kind: Q&A`). */
const INTERVIEW_KIND = /\b(?:interview|q\s*&\s*a)\b/i;
/** An interview by its title ("Interview: …", "Q&A: …", "… in conversation"). */
const INTERVIEW_TITLE = /\b(?:interview|q\s*&\s*a|in conversation)\b/i;

/** Whether a document is an interview, by its genre or its title. */
function isInterview(doc: SourceDocument): boolean {
  return INTERVIEW_KIND.test(doc.source.kind ?? '') || INTERVIEW_TITLE.test(doc.source.title ?? '');
}

/** Question paragraphs an interview needs for its paragraphs to be read as questions and answers. */
const MIN_QUESTIONS = 3;
/** The most sentences of a question paragraph ("You grew up by the sea. Did that shape the book?"). */
const MAX_QUESTION_SENTENCES = 3;

/**
 * A paragraph asking a question, in a few sentences: set in bold as a magazine sets its questions ("**That
 * sounds small.**", quoting someone or not), or ending with a question mark (before any closing mark) and
 * holding no double quotation marks (an answer may end by quoting a question).
 */
function isQuestion(paragraph: Paragraph): boolean {
  const { text } = paragraph;
  const asked = !!paragraph.strong || (/\?["”’)\]]*$/.test(text.trim()) && !DOUBLE_MARK.test(text));
  return asked && splitSentences(text).length <= MAX_QUESTION_SENTENCES;
}

/**
 * The question paragraphs (by position) of an interview printed with unlabelled questions: an interview by
 * genre or title, with at least `MIN_QUESTIONS` question paragraphs, each followed by one that is not a
 * question. None for any other document.
 */
function questionsOf(doc: SourceDocument): number[] {
  if (!isInterview(doc)) return [];
  const questions = doc.paragraphs.flatMap((p, at) => (isQuestion(p) ? [at] : []));
  if (questions.length < MIN_QUESTIONS) return [];
  const answered = questions.every((at) => {
    const next = doc.paragraphs[at + 1];
    return next !== undefined && !isQuestion(next);
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
