/**
 * Rule "sections each of several people writes under their own name are theirs" (round 34: a band's farewell post, "Each
 * of us wanted to say something, so here goes.", then "Kája (vocals):" / "When we started, I was nineteen …", "Honza
 * (guitar):" / "I've got a daughter …"): paragraphs opening with a label that may name a person and a colon, each written in the first
 * person singular, are their writers' words. Not a transcript's turns, which speak more than once and which
 * `transcriptTurns` reads first; not a glossary's or a report's "Update:" or "Background:", whose label is a word and whose
 * text says no "I"; only in a document no one author signs, in a genre neither journalism's nor a record's (the review of
 * round 34).
 */
import type { SourceDocument } from '../model.js';
import { isEnglishWord } from '../text/englishWords.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { isJournalismOrRecord } from './journalismGenres.js';
import { FIRST_PERSON_SINGULAR } from './firstPerson.js';
import { authorOf, outsideQuotations } from './ownVoice.js';
import { isNotSpeakerLabel } from './transcriptTurns.js';

/**
 * A paragraph's opening label: one to three capitalised words, perhaps a role in lower case in brackets, then a colon at
 * the end of its line or before the text (group 1: the name; group 2: the role).
 */
const SECTION_LABEL = /^(\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]{1,30}){0,2})(?:\s+\(([\p{Ll}\s&,'’/-]{1,40})\))?:[ \t]*(?:\n|(?=\S))/u;
/** Words of a heading, never of a name: "Our Response", "What Happens Next", "Key Points". */
const HEADING_WORDS = new Set('the a an our my your their his her its what why how when where who next key main further other more about update note'.split(' '));
/** A section opening by speaking to the one its label names: "you believed in me", "your patience". */
const ADDRESSED = /^\s*(?:you|your|thank\s+you)\b/iu;
/** How many such sections show a document written so: a pair may be a glossary's or a form's. */
const MIN_SIGNED_SECTIONS = 3;

/** The turns of the sections several people sign with their labels (see the module's note). */
export function signedSectionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  // (Not journalism's nor a record's, a wire factbox's "MODERNA: The U.S. company began …", a travel feature's
  // "Dunfermline: …"; nor a document one author signs, whose "Ukraine: I have visited Kyiv" or "Coach Horak: you believed
  // in me" are the author's own words under a topic or to the one addressed: the review of round 34.)
  if (authorOf(doc.source) || isJournalismOrRecord(doc.source.kind ?? '')) return [];
  const sections = doc.paragraphs.map((p) => signedSection(p.text));
  if (sections.filter(Boolean).length < MIN_SIGNED_SECTIONS) return [];
  return sections.map((section) => (section ? { start: section.start, speaker: section.writer, written: true } : undefined));
}

/** Whether a document may hold such sections (cheap: three paragraphs opening with a label and a colon). */
export function mayHaveSignedSections(doc: SourceDocument): boolean {
  return doc.paragraphs.filter((p) => SECTION_LABEL.test(p.text)).length >= MIN_SIGNED_SECTIONS;
}

/** The writer of a paragraph written under its writer's label, and where the writer's words start; undefined for any other. */
function signedSection(text: string): { writer: string; start: number } | undefined {
  const label = SECTION_LABEL.exec(text);
  if (!label) return undefined;
  const name = label[1] as string;
  const body = text.slice(label[0].length);
  if (!FIRST_PERSON_SINGULAR.test(outsideQuotations(body))) return undefined;
  // (A person's label: a full name, a role beside it, or a first name no dictionary holds; "Update", "Answer" name nobody.)
  const words = name.split(/\s+/u);
  if (words.length === 1 && !label[2] && isEnglishWord(name)) return undefined;
  // (Nor a heading's words, "Our Response:", "What Happens Next:", a list's or a note's label, "Update:", a greeting,
  // "Dear Petr:"; nor a section speaking to the one it names, "Coach Horak: you believed in me", the review of round 34.)
  if (words.some((word) => HEADING_WORDS.has(word.toLowerCase())) || isNotSpeakerLabel(name) || ADDRESSED.test(body)) return undefined;
  return { writer: name, start: label[0].length };
}
