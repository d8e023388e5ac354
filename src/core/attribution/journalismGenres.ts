/**
 * Genres that are journalism or a record of what others said, whoever files them (a news report, a transcript, minutes),
 * as against a body's or an author's own text: asked by the own-voice rules and by the layout rules that must never
 * read a story's captions or credits as someone's signature.
 */

/**
 * A genre that is journalism or a record of what others said, whoever files it: a news report, a feature, a live blog, a
 * transcript, minutes, an interview, a hearing's evidence, a petition, a treaty (`issuedByBody` leaves its text to nobody);
 * and a newsletter, which its own rules read (`signedOffByAuthor`, `issuerOfNewsletter`). An archive's catalogue record of
 * the papers it holds, "archival telegrams (digitised file with catalogue description)", is a record too (round 35): its
 * description the archivist's, nobody's, the papers their writers' (`transcribedTextTurns`).
 */
export const JOURNALISM_OR_RECORD_KIND = /\b(?:news|newsletter|newswire|wire|digest|(?:news|amicus)\s+brief|investigation|long\s+read|live\s+updates|reports?|feature|live\s*blog|blog|review|fact[-\s]?check|explainer|round-?up|complaint|indictment|filing|affidavit|pleading|bulletin|dispatch|podcast|show\s+notes|interview|obituary|analysis|write-?up|event\s+summary|transcripts?|minutes|hansard|debates?|record|verbatim|proceedings|conference|briefing|doorstep|webinar|call|q\s*&\s*a|questions|answers|hearing|evidence|petition|treaty|communiqu[eé]|declaration|cable|witness|letters?|column|sermon|eulogy|essay|story|article|profile|diary|photo|video|gallery|timeline|factbox|quiz|poll|survey|catalogue|archival|finding\s+aid)\b/i;

/**
 * A body's own questions and answers by the whole genre, "questions and answers", "Q&A", "FAQ" (round 32: the European
 * Commission's Q&A on a proposal, its answers the Commission's): a body's, unsigned, is its own explanation, not the record
 * of an interview, which names whom it interviews (its author or its labels).
 */
/** The form a body's questions and answers come in, after the genre's name: a "Q&A memo", a "FAQ page" (round 51), as a regex source; never an interview's (`INTERVIEW_KIND`). */
export const QUESTIONS_AND_ANSWERS_FORM = String.raw`memo|memorandum|fact\s*sheet|page|document|sheet|note`;
// (Or the whole genre and the form it comes in, an EU agency's "Q&A memo", a "FAQ page", round 51.)
// (Or "published questions and answers (local health board public information page)", round 61: a word saying the body
// published them before the genre, and what it is in brackets after it, not an interview's, a conversation's, a profile's, a
// reader's or a paper's; not a council's "public questions", its question time, the review of round 61.)
export const BODYS_QUESTIONS_AND_ANSWERS = new RegExp(String.raw`^\s*(?:(?:published|official)\s+)?(?:questions?\s+(?:and|&)\s+answers?|q\s*(?:&|and)\s*a|faqs?|frequently\s+asked\s+questions)(?:\s+(?:${QUESTIONS_AND_ANSWERS_FORM}))?(?:\s*\((?![^()]*\b(?:interview\w*|conversation|meet|profile|chat|talks?|with|readers?['’]?|news\w*|papers?|magazine|podcast|column|story|reporters?)\b)[^()]{1,120}\))?\s*$`, 'i');

/**
 * A body's briefing notes, the whole genre, "press briefing notes", "briefing notes" (round 45: a UN office's notes its
 * spokesperson reads at the Geneva briefing, "we are alarmed …"): the body's own statement, not a record of the briefing,
 * whose questions and answers keep their labels.
 */
// (Or with what they are in brackets after them, "press briefing notes (UN agency spokesperson's notes as published)", round
// 56: its spokesperson's, when the notes are filed under her name.)
export const BODYS_BRIEFING_NOTES = /^\s*(?:press\s+)?briefing\s+notes?(?:\s*\([^()]{1,80}\))?\s*$/i;

/** Whether a genre is journalism or a record (`JOURNALISM_OR_RECORD_KIND`), a body's own questions and answers and briefing notes excepted. */
export function isJournalismOrRecord(kind: string): boolean {
  return JOURNALISM_OR_RECORD_KIND.test(kind) && !BODYS_QUESTIONS_AND_ANSWERS.test(kind) && !BODYS_BRIEFING_NOTES.test(kind);
}
