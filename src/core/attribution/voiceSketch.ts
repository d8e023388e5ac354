/** The cheap first look at a document's voices: whether anything in it can be anyone's words. */
import type { SourceDocument } from '../model.js';
import { mayHaveOwnVoice, signedOffByAuthor, speakerOfHeadedSpeech, speaksAsABody } from './ownVoice.js';
import { documentQuotations, type Quotation } from './quotations.js';
import { mayHaveTurns } from './paragraphTurns.js';
import { paragraphTranslations, type Translation } from './translatedQuotations.js';

/** What a document can hold of voices, read cheaply (quotation marks and layout only): see {@link voiceSketch}. */
export interface VoiceSketch {
  /** An opinion piece, column, editorial or statement: its own text may be its author's (or issuer's). */
  ownVoice: boolean;
  /**
   * The document's layout may give whole paragraphs to speakers: a transcript's labels or headings, an
   * interview's questions, a credit line, a paragraph introduced with a colon (see `mayHaveTurns`).
   */
  layoutTurns: boolean;
  /** The direct quotations, per paragraph position, exactly as {@link attributeDocument} finds them (without speakers). */
  quotations: Quotation[][];
  /** Each paragraph's closing translation of its quotation, per paragraph position (see `translationIn`). */
  translations: (Translation | undefined)[];
}

/**
 * The cheap part of reading who speaks in a document. A news report that is neither an opinion piece nor
 * laid out in turns (see `mayHaveTurns`) speaks only through its quotations, so words touching none of
 * them are narration, nobody's: `speakerOf` answers them from the sketch without attributing the document (most sentences an archive's
 * answers quote are such narration).
 */
export function voiceSketch(doc: SourceDocument): VoiceSketch {
  const quotations = documentQuotations(doc.paragraphs);
  return {
    ownVoice: mayHaveOwnVoice(doc.source) || signedOffByAuthor(doc) || speaksAsABody(doc) || speakerOfHeadedSpeech(doc) !== undefined,
    layoutTurns: mayHaveTurns(doc),
    quotations,
    translations: paragraphTranslations(doc.paragraphs, quotations),
  };
}

/**
 * Whether anything in a document can be anyone's words: an opinion piece (or statement) has a voice of
 * its own; any other document only through a quotation or a turn its layout gives (labels, headings, an
 * interview's questions, credit lines, a paragraph introduced with a colon). A wire story with neither is
 * narration throughout, so nobody speaks in it and it need not be read further (most answers on a large
 * archive come from such stories). Cheap: quotation marks and layout only.
 */
export function mayHaveVoices(doc: SourceDocument, sketch: VoiceSketch = voiceSketch(doc)): boolean {
  return sketch.ownVoice || sketch.layoutTurns || sketch.quotations.some((quotes) => quotes.length > 0);
}
