import type { SourceDocument } from '../model.js';
import { giveQuotationsToAddressee } from './addressedQuotations.js';
import { attributeParagraphs } from './attributeParagraphs.js';
import { giveSpeakersBackOverContinuedQuotations, quotationsBetweenOneVoice } from './continuedQuotations.js';
import type { AttributionContext, DocumentAttribution } from './documentAttribution.js';
import { DocumentNames } from './documentNames.js';
import { creditLineParagraphs, creditQuotations, giveQuotationsToNameHeadings } from './creditLines.js';
import { AFTER_THE_TEXT, DocumentText } from './documentText.js';
import { readLowerCaseStory } from './lowerCaseStories.js';
import { documentOwnVoice, notesAboutAuthor } from './ownVoice.js';
import { ReferentResolver } from './referentResolver.js';
import { paragraphTurns } from './paragraphTurns.js';
import { givePullQuotesToTheirSpeakers } from './pullQuotes.js';
import { givePressReviewQuotationsToPapers } from './pressReviewSections.js';
import { stageDirections } from './stageDirections.js';
import { paragraphTranslations } from './translatedQuotations.js';

/**
 * Who speaks where in one document, by rules on sentence structure:
 *
 * 1. A direct quotation is attributed by a reporting verb next to it: after it (`“…,” Novak said`,
 *    `“…,” said Jana Novak`, `“…,” Andris Kalnins, chief executive of…, told reporters`), before it
 *    (`Novak told the BBC: “…”`, `The document said “…”`, `…, saying “…”`, `quoted X as saying “…”`,
 *    `Platt called the vote ‘…’`), elsewhere in its sentence outside quotation marks, by `according to X`,
 *    by a colon after a sentence opening with a person (`Her verdict: “…”`), or by a name standing alone
 *    after it (`“…,” Anthony O'Reilly, Heinz's chairman.`). A colon before a quotation outranks the words
 *    after it, and words after a quotation that ends its sentence belong to the next sentence.
 * 2. A quotation with no verb of its own shares the speaker of a quotation beside it in the paragraph
 *    when nothing but that one's attribution stands between them (`“A,” she said. “B.”`), of the
 *    quotation it continues over a paragraph break, or of a paragraph ending `X said:` just before it.
 *    A title or term in quotation marks (`"Star Wars"`, `so-called "offset"`) is nobody's.
 * 3. Pronouns (`he said`) are the nearest earlier person heard speaking or named as a sentence's subject
 *    (`it said`: the organisation heard last); a description (`the defence minister`, `the company`) is
 *    the nearest earlier name of the same role, its words matching; a surname or a titled name (`Ms
 *    Novak`) is the full name the document gives (`Jana Novak`). An unnamed source keeps its description.
 * 4. An interview's or transcript's labelled paragraphs (`Novak: …`, `Q:`/`A:`) are their speakers', and so
 *    are the paragraphs under a speaker's heading line ("Henrik Dahl — Chief Executive Officer"), an
 *    interview's unlabelled answers (after its question paragraphs), a paragraph credited on the line
 *    after it ("— Tomasz Wrona"), and one holding no quotation after "He told clients in a note:".
 * 5. An opinion piece, column, editorial or statement speaks in its author's voice (the outlet's for an
 *    unsigned editorial or statement), except in notes about the author. A news report's own narration
 *    has no speaker. Where the rules cannot read who speaks, nobody is named.
 */

/** Reads who speaks where in a document (see the rules above). Pure; cache it per document (`speakerOf`). */
export function attributeDocument(doc: SourceDocument, context: AttributionContext = {}): DocumentAttribution {
  // The document's names first: "Ms Novak" in the first paragraph is the "Jana Novak" named in the fifth.
  const text = new DocumentText(doc);
  const names = new DocumentNames(text);
  const resolver = new ReferentResolver(text, names, context);
  // Rules 1 to 3, paragraph by paragraph in reading order: who speaks each quotation and each sentence of reported speech.
  const { reported, paraphrased, introduced } = attributeParagraphs(text, names, resolver);
  // Speakers carried across paragraphs: over a stretch in one voice, back over a continued quotation.
  quotationsBetweenOneVoice(text.paragraphs, text.quotations, paraphrased);
  giveSpeakersBackOverContinuedQuotations(text.quotations);
  // A story printed in lower case gives the name rules nothing to read.
  readLowerCaseStory(text.paragraphs, text.quotations, reported, text.narration);
  // Rule 4: a transcript's labels and the rest of its layout, read once the whole text is.
  const { turns, credited } = paragraphTurns(doc, (phrase) => resolver.resolve(phrase, AFTER_THE_TEXT), introduced);
  creditQuotations(text.quotations, credited);
  // (A quotation put to "you" in a turn is the one addressed's words.)
  giveQuotationsToAddressee(doc, text.quotations, turns, (phrase) => resolver.resolve(phrase, AFTER_THE_TEXT));
  // Quotations no rule gave to anyone: under a round-up's name-and-role heading, that person's; in a press
  // review's section, its paper's.
  giveQuotationsToNameHeadings(doc, text.quotations);
  givePressReviewQuotationsToPapers(doc, text.quotations);
  // A pull quote repeating words quoted in the text: their speaker's.
  givePullQuotesToTheirSpeakers(doc.paragraphs, text.quotations);
  // Rule 5: the document's own voice, except in notes about the author, stage directions ("[Applause]") and credit
  // lines standing as paragraphs.
  const ownVoice = documentOwnVoice(doc);
  return {
    quotations: text.quotations,
    reported,
    ownVoice,
    notes: new Set([...notesAboutAuthor(doc, text.masked, ownVoice !== undefined), ...stageDirections(doc), ...creditLineParagraphs(doc)]),
    turns,
    translations: paragraphTranslations(doc.paragraphs, text.quotations),
  };
}
