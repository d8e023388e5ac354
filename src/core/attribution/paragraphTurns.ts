/**
 * Whole paragraphs spoken by one person, read from how the document is laid out rather than from its
 * sentences: a transcript's labelled turns (`Novak: …`), turns under speakers' headings, an interview's
 * unlabelled questions and answers, a letters page's signed letters, a judgment's quoted examination, a paragraph credited on the line after it ("— Tomasz Wrona") or on its
 * own last line (a block quotation's, the credit line itself nobody's words), and a
 * paragraph holding no quotation that the one before introduced with a colon ("He told clients in a note:").
 */
import { mayHaveSeparateOpinions, separateOpinionTurns } from './separateOpinions.js';
import type { SourceDocument } from '../model.js';
import { attributedReleaseTurns, mayBeAttributedRelease } from './attributedReleases.js';
import { emailThreadTurns, mayBeEmailThread } from './emailThreads.js';
import { creditedParagraphs, mayHaveCreditLines, mayHaveNameHeadings, ownCreditLineStart } from './creditLines.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { examinationTurns, isExaminationLine, mayHaveExamination, namesExaminingCounsel } from './examinationExchanges.js';
import type { Referent } from './referent.js';
import { guestPostTurns, mayHaveGuestPost } from './guestPosts.js';
import { mayBePetitionPage, petitionTurns } from './petitionPages.js';
import { lettersInOneParagraph, mayPrintLetter, mayPrintLetterInOneParagraph, printedLetterTurns } from './printedLetters.js';
import { mayHavePublicQuestions, publicQuestionTurns } from './publicQuestions.js';
import { mayPrintReadersLetters, readersLetterTurns } from './readersLetters.js';
import { mayHaveSignedEntries, signedEntryTurns } from './signedEntries.js';
import { headedStatementParagraphs, mayHaveSectionsSignedWithRole, mayHaveSignedForeword, sectionsSignedWithRoleTurns, signedForewordTurns } from './signedForewords.js';
import { mayHaveSignedSections, signedSectionTurns } from './signedSections.js';
import { mayHaveSubmittedReports, submittedReportTurns } from './submittedReports.js';
import { mayHaveQuickQuestions, quickQuestionTurns } from './quickQuestions.js';
import { mayBeLettersPage, signedLetterTurns } from './signedLetters.js';
import { chatTurns, forwardedPostTurns, headedTurns, mayForwardPosts, mayHaveChatMessages, mayHaveSpeakerHeadings } from './speakerHeadings.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { mayHaveTranscribedText, transcribedTextTurns } from './transcribedTexts.js';
import { mayBeTranscript, transcriptTurns } from './transcriptTurns.js';
import { mayBeUnlabelledInterview, unlabelledInterviewTurns } from './unlabelledInterviews.js';
import { mayHaveWriterOpenings, writerOpeningTurns } from './writerOpenings.js';

/** A document's turns, per paragraph position, and the names its credit lines give the paragraphs before them. */
export interface ParagraphTurns {
  turns: (SpeakerTurn | undefined)[];
  credited: (string | undefined)[];
}

/**
 * The turns of one layout, the first that reads: an advice column's readers' letters (`readersLetterTurns`), else labels, else headings, else a chat's or an email thread's messages, else a quick Q&A's answers, else unlabelled questions, else an
 * archive's or an edition's transcribed text (`transcribedTextTurns`), else a petition's page (`petitionTurns`), else a letter a
 * story prints in full, else a guest's piece, else forwarded posts, else a signed foreword, else a release put in one
 * person's name, else questions published with their askers and answerers, else signed letters, else a judgment's quoted examination ("Q." and "A." lines), else
 * sections several people sign with their labels ("Kája (vocals):", `signedSectionTurns`), else entries signed below their
 * text between thematic breaks (a book of condolence's, `signedEntryTurns`); then, beside any of them, the paragraphs a
 * writer's name opens in an obituary or a letters page ("Jenny Abbott writes:", `writerOpeningTurns`); then a paragraph
 * no turn covers that a credit line names, or that the paragraph before introduced with a colon (`introduced`, from the
 * paragraph walk: "He told clients in a note:"), is that person's.
 */
export function paragraphTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined, introduced: (string | undefined)[] = []): ParagraphTurns {
  // (An advice column's readers' letters first: its "Q." and "A." are no interview's, round 34.)
  let turns = readersLetterTurns(doc);
  if (turns.length === 0) turns = transcriptTurns(doc, resolve);
  const spokenTurns = turns.length > 0;
  // (A court transcript's own examination, "BY MS. TRAN:" over its "Q." and "A." lines: the questions are counsel's and
  // the answers the witness's, not the turn before them going on, round 29; only where such a line names who examines,
  // so that an interview's "Q:" and "A:" after a paragraph on someone's "evidence" stay the interview's.)
  if (turns.length > 0 && mayHaveExamination(doc) && namesExaminingCounsel(doc)) {
    const examined = examinationTurns(doc, resolve);
    // (The lines naming who examines and swearing the witness in are nobody's, not the turn before them going on, round 30.)
    turns = turns.map((turn, at) => (examined[at]?.speaker ? examined[at] : isExaminationLine(doc.paragraphs[at]?.text ?? '') ? undefined : turn));
  }
  // (And a statement headed with its maker's name before a transcript's first label, a central bank's "Opening remarks by
  // Governor Aleksander Rusk" over its press conference's questions and answers, round 50; not after it, where a paragraph
  // with no label goes on with the turn before, a hearing's chair closing it after a witness's "STATEMENT OF …".)
  const firstTurn = turns.findIndex(Boolean);
  if (firstTurn > 0)
    headedStatementParagraphs(doc).forEach((turn, at) => {
      if (at < firstTurn) turns[at] = turn;
    });
  if (turns.length === 0) turns = headedTurns(doc, resolve);
  if (turns.length === 0) turns = chatTurns(doc);
  if (turns.length === 0) turns = emailThreadTurns(doc);
  if (turns.length === 0) turns = quickQuestionTurns(doc);
  if (turns.length === 0) turns = unlabelledInterviewTurns(doc);
  if (turns.length === 0) turns = transcribedTextTurns(doc);
  if (turns.length === 0) turns = petitionTurns(doc);
  if (turns.length === 0) {
    turns = printedLetterTurns(doc);
    // (On a letters page, the letters printed under rules and those signed below their text both, the review of round 39's
    // rules.)
    if (turns.length > 0 && mayBeLettersPage(doc)) {
      const signed = signedLetterTurns(doc);
      signed.forEach((turn, at) => {
        turns[at] ??= turn;
      });
    }
    // (And a section signed with name and role beside the letter, a prospectus's chair's letter and its chief executive's
    // statement signed "Adebayo Ilori" / "Chief Executive Officer", round 49: the paragraphs no letter covers.)
    if (turns.length > 0 && mayHaveSectionsSignedWithRole(doc))
      sectionsSignedWithRoleTurns(doc).forEach((turn, at) => {
        turns[at] ??= turn;
      });
  }
  if (turns.length === 0) turns = guestPostTurns(doc);
  // (A guest's column beside another layout's turns, a members' bulletin's "Rep's corner" above its legal team's "Q:" and
  // "A:", round 42: the column's paragraphs no other turn covers.)
  else if (mayHaveGuestPost(doc)) guestPostTurns(doc).forEach((turn, at) => {
    turns[at] ??= turn;
  });
  if (turns.length === 0) turns = forwardedPostTurns(doc);
  if (turns.length === 0) turns = signedForewordTurns(doc);
  // (A signed note beside another layout's turns, a school newsletter's "From the Principal" signed "Ms Anh Nguyen-Hartley"
  // / "Principal" above its sport report's student byline, round 54: the note's paragraphs no other turn covers; not beside
  // a transcript's, whose "STATEMENT OF …" headings its own turns read.)
  else if (!spokenTurns && mayHaveSignedForeword(doc))
    signedForewordTurns(doc).forEach((turn, at) => {
      turns[at] ??= turn;
    });
  if (turns.length === 0) turns = attributedReleaseTurns(doc);
  if (turns.length === 0) turns = publicQuestionTurns(doc);
  if (turns.length === 0) turns = signedLetterTurns(doc);
  if (turns.length === 0) turns = examinationTurns(doc, resolve);
  // (Beside any layout, a judgment's opinions under their judges' headings, "JUSTICE HOLLOWAY, dissenting.", round 58: the
  // paragraphs no other turn covers.)
  if (mayHaveSeparateOpinions(doc))
    separateOpinionTurns(doc).forEach((turn, at) => {
      turns[at] ??= turn;
    });
  if (turns.length === 0) turns = signedSectionTurns(doc);
  if (turns.length === 0) turns = signedEntryTurns(doc);
  if (turns.length === 0) turns = sectionsSignedWithRoleTurns(doc);
  // (Beside any layout, an agenda's staff reports, each its submitting officer's from its "Report from:" field to
  // "Respectfully submitted,", round 56; not over a transcript's labelled turns, a clerk's minutes signed so, the review of
  // round 56.)
  if (mayHaveSubmittedReports(doc)) {
    if (turns.length === 0) turns = doc.paragraphs.map(() => undefined);
    submittedReportTurns(doc).forEach((turn, at) => {
      turns[at] ??= turn;
    });
    if (!turns.some(Boolean)) turns = [];
  }
  // (Beside any layout, a letter reproduced in one block quotation, an audit's "The Department of Labor's response is
  // reproduced below.", round 62: its words its signer's, the lines around them nobody's.)
  for (const letter of lettersInOneParagraph(doc)) turns[letter.at] ??= { start: letter.start, end: letter.end, speaker: letter.signer, written: true };
  // (Beside any layout, the paragraphs a writer's name opens, "Jenny Abbott writes:", an obituary's appended
  // appreciation, round 44.)
  if (mayHaveWriterOpenings(doc))
    writerOpeningTurns(doc).forEach((turn, at) => {
      turns[at] ??= turn;
    });
  const credited = creditedParagraphs(doc);
  turns = doc.paragraphs.map((p, at) => {
    const speaker = credited[at] ?? introduced[at];
    return turns[at] ?? (speaker ? { start: 0, end: credited[at] ? ownCreditLineStart(p, doc.source.kind) : undefined, speaker } : undefined);
  });
  return { turns: turns.some(Boolean) ? turns : [], credited };
}

/**
 * Whether a document's layout may give it turns (cheap: labels, headings, genre, credit lines and paragraphs
 * ending with a colon only). It must answer yes wherever `paragraphTurns` or the paragraph walk's
 * `introduced` could give a turn: `speakerOf`'s shortcut trusts a no (speakerShortcut.test.ts).
 */
export function mayHaveTurns(doc: SourceDocument): boolean {
  return mayPrintReadersLetters(doc) || mayBeTranscript(doc) || mayHaveSpeakerHeadings(doc) || mayHaveChatMessages(doc) || mayBeEmailThread(doc) || mayHaveQuickQuestions(doc) || mayBeUnlabelledInterview(doc) || mayHaveTranscribedText(doc) || mayBePetitionPage(doc) || mayPrintLetter(doc) || mayPrintLetterInOneParagraph(doc) || mayHaveGuestPost(doc) || mayForwardPosts(doc) || mayHaveSignedForeword(doc) || mayBeAttributedRelease(doc) || mayHavePublicQuestions(doc) || mayBeLettersPage(doc) || mayHaveExamination(doc) || mayHaveSignedSections(doc) || mayHaveSubmittedReports(doc) || mayHaveSignedEntries(doc) || mayHaveSectionsSignedWithRole(doc) || mayHaveCreditLines(doc) || mayHaveNameHeadings(doc) || mayHaveIntroducedParagraphs(doc) || mayHaveWriterOpenings(doc) || mayHaveSeparateOpinions(doc);
}

/** Whether a paragraph ending with a colon comes before another (cheap: see `introduced`). */
function mayHaveIntroducedParagraphs(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p, at) => at + 1 < doc.paragraphs.length && /:\s*$/.test(p.text));
}
