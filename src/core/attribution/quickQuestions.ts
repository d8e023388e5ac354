/**
 * Rule "a quick Q&A's answers are the one person asked" (round 37: a council's staff newsletter's "Five minutes with… the
 * new Head of Libraries"): at least `MIN_QUESTIONS` paragraphs in a row, each a question on its first line and its answer
 * on the lines under it ("What surprised you most?\nHow busy the branches are at half past three."), after a paragraph
 * that names one person in full (the one asked: "Adebayo Martins joined Brennmoor in April … We asked him five quick
 * questions."). Each answer, from its second line, is that person's; the question line is no one's. Printed this way a
 * Q&A has no labels, so it is a layout of its own, beside a transcript's `Q:`/`A:` and an interview's bold questions.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { mentionsIn } from './mentionsIn.js';

/** How many question-and-answer paragraphs make a Q&A: two could be a letter's rhetorical questions. */
const MIN_QUESTIONS = 3;
/** How many paragraphs before the first question may hold the one naming the person asked (a heading may stand between). */
const INTRODUCTION_PARAGRAPHS = 2;
/** A question put to the one asked: "you" or "your" in it. */
const ADDRESSED = /\b(?:you|your|yours|yourself)\b/iu;
/** The most characters of a question's line. */
const MAX_QUESTION_CHARS = 200;

/** Where a paragraph's answer starts, when its first line is a question and lines follow it; else -1. */
function answerStart(text: string): number {
  const newline = text.indexOf('\n');
  if (newline < 0 || newline > MAX_QUESTION_CHARS) return -1;
  const question = text.slice(0, newline).trim();
  const answer = text.slice(newline + 1);
  // (Not a label's line, "Q: …?" over "A: …", which a transcript's rules read.)
  if (!/\?["”’*_]*$/u.test(question) || /^\s*\p{Lu}[\p{L} .'’-]{0,40}:\s/u.test(answer) || !/\p{L}/u.test(answer)) return -1;
  return newline + 1 + (answer.length - answer.trimStart().length);
}

/** Whether a document may print a quick Q&A (cheap: `MIN_QUESTIONS` paragraphs opening with a question's line). */
export function mayHaveQuickQuestions(doc: SourceDocument): boolean {
  let found = 0;
  for (const p of doc.paragraphs) if (answerStart(p.text) >= 0 && ++found >= MIN_QUESTIONS) return true;
  return false;
}

/** The one person a paragraph names in full, or undefined (none, or two). */
function onePersonNamed(text: string): string | undefined {
  const people = new Set(mentionsIn(text).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ')).map((m) => m.phrase.core));
  return people.size === 1 ? [...people][0] : undefined;
}

/** The turns of a document's quick Q&As (see the module's note), or none. */
export function quickQuestionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayHaveQuickQuestions(doc)) return [];
  const starts = doc.paragraphs.map((p) => answerStart(p.text));
  const turns: (SpeakerTurn | undefined)[] = [];
  for (let at = 0; at < starts.length; at++) {
    if ((starts[at] ?? -1) < 0 || (starts[at - 1] ?? -1) >= 0) continue;
    let end = at;
    while ((starts[end + 1] ?? -1) >= 0) end++;
    if (end - at + 1 < MIN_QUESTIONS) continue;
    // (Questions put to someone, "What surprised you most?": not a body's FAQ, whose readers ask "Was my money at risk?"
    // and whose answers are its own voice; nor the body or the author themselves as the one asked.)
    const toYou = doc.paragraphs.slice(at, end + 1).filter((p) => ADDRESSED.test(p.text.slice(0, p.text.indexOf('\n')))).length;
    if (toYou * 2 < end - at + 1) continue;
    const asked = doc.paragraphs
      .slice(Math.max(0, at - INTRODUCTION_PARAGRAPHS), at)
      .map((p) => onePersonNamed(p.text))
      .findLast((name) => name !== undefined);
    if (!asked || asked === doc.source.outlet || asked === doc.source.author) continue;
    for (let q = at; q <= end; q++) turns[q] = { start: starts[q] as number, speaker: asked };
  }
  return turns;
}
