/** Someone or something a document mentions, as the speaker rules remember it for the pronouns and descriptions after it. */
import type { MentionKind, SpeakerPhrase } from './speakerPhrases.js';

/** Someone or something mentioned, as it will be named if a pronoun or description refers to it. */
export interface Referent {
  name: string;
  kind: MentionKind;
  gender?: 'm' | 'f';
  /** The words naming it as printed (with titles: "Transport Minister Jana Novak"). */
  text: string;
  /** Head noun of a description, or the name. */
  core: string;
  form: SpeakerPhrase['form'];
  /** Where it is mentioned: a place in the document (`placeOf`). */
  at: number;
  /** Named as the speaker of a quotation or of reported speech (not merely mentioned). */
  spoke?: boolean;
  /** The first person a sentence names, not after a preposition: most often its subject. */
  subject?: boolean;
  /** A name the text shows to be a person's (a title or role beside it, an age, a gender, speech). */
  person?: boolean;
  /** The first name a sentence gives, not after a preposition ("Josef Hruby is already untying the rope"). */
  opening?: boolean;
  /** The sentence's grammatical subject by its shape ("Her Polish counterpart, Agnieszka Nowicka, was blunter still"). */
  leads?: boolean;
  /** Roles written right beside the name ("spokesman Marlin Fitzwater", "Mary Lee, an analyst"): "the spokesman" is this person. */
  roles?: string[];
  /**
   * A document or organisation the text only describes and never names ("the report" with no issuer in
   * sight): kept so that "it said" refers to it, but nobody a reader could be told is the speaker.
   */
  unnamed?: boolean;
  /** A description resolved to whoever issued it or is named in it ("the report" → the OECD). */
  issued?: boolean;
}
