/**
 * The first person in a writer's or a speaker's own words, as the own-voice rules and the section credits read it.
 */

/**
 * The first person singular: "I", "my", "me" (or "My", "Me", wherever they stand), "I'm", "I've", "I'd", "I'll". Not the
 * Roman numeral after a noun that numbers things so, "its Phase I trial", "World War I", "Title I funds" (the review of
 * round 34: a wire factbox's "MODERNA: The U.S. company began its Phase I trial" read as a writer's "I"); any other
 * capitalised word before "I" is no such noun ("Last Friday I stayed", "In Prague I met", the review of round 35).
 */
export const FIRST_PERSON_SINGULAR = /(?<!\b(?:Phase|War|Title|Class|Type|Stage|Grade|Tier|Level|Part|Chapter|Article|Schedule|Section|Volume|Division|Category|Annex|Appendix|Basel|Vatican|Series|Mark|Model|Version)\s+)\bI\b(?!['’])|\b(?:[Mm]y|[Mm]e|I['’]m|I['’]ve|I['’]d|I['’]ll)\b/u;

/** The first person plural: "we", "our", "us" (not "US", the country: no case-blind flag). */
export const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Ww]e['’]re|[Ww]e['’]ve)\b/;

/** Whether words are in the first person, singular or plural. */
export function inFirstPerson(text: string): boolean {
  return FIRST_PERSON_SINGULAR.test(text) || FIRST_PERSON_PLURAL.test(text);
}
