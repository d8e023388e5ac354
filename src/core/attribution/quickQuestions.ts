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
/** How many paragraphs before the first question may hold the one naming the person asked (a heading and a credit line may stand between). */
const INTRODUCTION_PARAGRAPHS = 3;
/** Words introducing questions put to someone: "We asked him five quick questions", "Five minutes with …", "Q&A with", "sat down with" (not a page's "Frequently asked questions"). */
// (Not "asked" alone: "Readers have asked us what the pension changes announced by Chancellor Rachel Reeves mean" asks the
// Chancellor nothing, the review of round 37.)
const ASKED = /(?<!frequently\s)\b(?:(?:we|I)\s+(?:also\s+)?asked|asked\s+(?:him|her|them)\b|questions?\s+(?:for|to|with)|quick\s+questions|(?:five|ten|two|three|60|sixty)\s+(?:minutes|seconds)\s+with|q\s*&\s*a\s+with|sat\s+down\s+with|caught\s+up\s+with|spoke\s+to)\b/iu;
/** A newsletter's, a bulletin's or a magazine's genre, whose quick Q&As need no "we asked". */
const FEATURE_PAGES_KIND = /\b(?:newsletter|bulletin|magazine|staff\s+news|intranet)\b/iu;
/** A credit line between an introduction and its questions: "Photo: Tom Hale", "Interview by Sarah Cole", "Words: …". */
const CREDIT = /^(?:(?:photo(?:graph)?s?|pictures?|images?|words|interview|illustration)\s*(?::|by\b)|(?:photo(?:graph)?|interview|words)\s+by\b)/iu;
/** A reader's own question, in the first person singular: "Will you pay for my parking?", "Can I still claim?" (a FAQ's, whose answers are the body's). */
const READERS_OWN = /\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b/u;
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
    const questions = doc.paragraphs.slice(at, end + 1).map((p) => p.text.slice(0, p.text.indexOf('\n')).trim());
    const toYou = questions.filter((q) => ADDRESSED.test(q)).length;
    if (toYou * 2 < questions.length) continue;
    // (Nor a FAQ in its readers' words, "Will you pay for my parking?", nor a recurring box, "Did you know?" over each
    // fact: the review of round 37.)
    // (Most of them: one "What should I order on my first visit?" among a chef's questions is still his interview, the review
    // of round 38.)
    if (questions.filter((q) => READERS_OWN.test(q)).length * 2 >= questions.length || new Set(questions.map((q) => q.toLowerCase())).size < questions.length) continue;
    // (Only the one the introduction says was asked, "We asked him five quick questions", "Five minutes with …": an
    // explainer's "Will you pay more tax?" after a paragraph naming the Chancellor, an op-ed's rhetorical questions, a
    // council's FAQ after a councillor's welcome are no one's interview, and a credit line between, "Photo: Tom Hale",
    // "Interview by Sarah Cole", names no one asked, the review of round 37.)
    const introduction = doc.paragraphs.slice(Math.max(0, at - INTRODUCTION_PARAGRAPHS), at).filter((p) => !CREDIT.test(p.text.trim()));
    // (Or a newsletter's or magazine's own feature, "Adebayo Mensah joined the council in April as head of libraries.",
    // whatever its introduction says, the review of round 37.)
    if (!introduction.some((p) => ASKED.test(p.text)) && !FEATURE_PAGES_KIND.test(doc.source.kind ?? '')) continue;
    const asked = introduction.map((p) => onePersonNamed(p.text)).findLast((name) => name !== undefined);
    if (!asked || asked === doc.source.outlet || asked === doc.source.author) continue;
    for (let q = at; q <= end; q++) turns[q] = { start: starts[q] as number, speaker: asked };
  }
  return turns;
}
