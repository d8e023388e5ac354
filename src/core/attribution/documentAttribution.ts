/** What reading who speaks in a document gives: who speaks where, and what the rules may ask of the document's collection. */
import type { Quotation } from './quotations.js';
import type { Translation } from './translatedQuotations.js';

/** A stretch of a paragraph and who speaks it. */
export interface SpeakerSpan {
  /** The paragraph's 1-based `index`. */
  paragraph: number;
  start: number;
  end: number;
  speaker: string;
  /**
   * `quoted`: a direct quotation (the words in quotation marks); `reported`: a sentence of reported speech
   * ("Novak said the ministry would publish…": the reporter's words, the speaker's claim); `author`: the
   * document's own voice (an opinion piece's author).
   */
  kind: 'quoted' | 'reported' | 'author';
}

/** A direct quotation of the document and its speaker, when the document attributes it. */
export interface AttributedQuotation extends Quotation {
  speaker?: string;
  /** Whether its attribution only describes a document or person the document never names ("the report stated", "the letter says"): then not a transcript turn's speaker's words either. */
  described?: boolean;
  /** Whether its attribution is the text's own "I" ("I said to the lads: “…”"): then the words of whoever the text around it is (its author, or the turn's speaker). */
  ownFirstPerson?: boolean;
}

export interface DocumentAttribution {
  /** The direct quotations, per paragraph position (0-based, as in `doc.paragraphs`). */
  quotations: AttributedQuotation[][];
  /** Sentences of reported speech (no quotation marks) and their speaker. */
  reported: SpeakerSpan[];
  /** Who speaks the document's own text: an opinion piece's author; undefined for a news report. */
  ownVoice?: string;
  /** Paragraph positions that speak about the author (notes such as "The author is…") or are stage directions ("[Applause]"): nobody's voice. */
  notes: Set<number>;
  /**
   * An interview's or transcript's turns, per paragraph position: the paragraph after its label
   * (`Novak: …`) and the paragraphs that go on with it are the labelled speaker's (no speaker for a label
   * the text does not resolve). Empty for a document that is not a transcript.
   */
  turns: (SpeakerTurn | undefined)[];
  /** Each paragraph's closing translation of its quotation, per paragraph position (see `translationIn`): its speaker's words. */
  translations: (Translation | undefined)[];
}

/** A paragraph of an interview or transcript spoken by one person: from `start` (past the label) to its end. */
export interface SpeakerTurn {
  start: number;
  /** Where the turn's words end, when before the paragraph's end: a block quotation's own credit line ("— Paweł Sadowski, opposition spokesman") is nobody's words. */
  end?: number;
  speaker?: string;
  /** A written text's, a letter's, not a speaker's turn: a quotation in it that names no one is nobody's, as in an op-ed. */
  written?: boolean;
}

/** What a document's rules may ask of the rest of its collection. */
export interface AttributionContext {
  /**
   * The one proper name the document's collection gives a thing the document only describes: "the
   * proposals" → "Prague Proposals". Undefined when the collection has none, or more than one.
   */
  properName?(head: string): string | undefined;
}
