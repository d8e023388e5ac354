/**
 * A speaker phrase: a name, a pronoun or a description ("the ministry") as read out of the text around a
 * quotation or a reporting verb, with what kind of referent it names; and the words that tell one holder of
 * a role from another ("the defence minister", "the finance minister").
 */

/** Who a phrase names: a person, an organisation or document ("thing"), or a group of people. */
export type MentionKind = 'person' | 'thing' | 'group';

/** A speaker phrase read out of text: a name, a pronoun or a description, as printed. */
export interface SpeakerPhrase {
  /** As printed ("Ms Novak", "it", "a spokeswoman for the authority"). */
  text: string;
  form: 'name' | 'pronoun' | 'description';
  kind: MentionKind;
  gender?: 'm' | 'f';
  /** For a name: the name without titles ("Jana Novak", "Novak"); for a description: its head noun. */
  core: string;
  /**
   * For a lone first name: the words before it give it as a person's ("a woman named Denise", "who gave her
   * name only as Dimitra", "This is from Priya in Bristol"), read by `mentionsIn`.
   */
  namedAsPerson?: boolean;
}

/** Words that say nothing about which one of a role is meant ("the former minister" is still the minister). */
const PLAIN_MODIFIERS = new Set('the a an this that its their his her our one another former current outgoing incoming new top senior same'.split(' '));

/**
 * The words that tell one holder of a role from another ("the defence minister", "the finance minister"):
 * those before the head noun, lower-cased.
 */
export function modifiersOf(phrase: SpeakerPhrase): string[] {
  const words = phrase.text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const head = words.indexOf(phrase.core);
  // Ages and numbers ("the 44-year-old prime minister") do not tell one holder from another either.
  return (head < 0 ? [] : words.slice(0, head)).filter((w) => w && !PLAIN_MODIFIERS.has(w) && !/\d/.test(w));
}
