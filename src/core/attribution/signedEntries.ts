/**
 * Rule "an entry signed below its text is its signer's" (round 35: a faculty's online book of condolence, each entry
 * under "Entry 3 · 6 June 2023", in its writer's first person, above the writer's line "Peter Hudák, PhD, Director,
 * Institute of History …", the entries parted by rules, `---`): in a document whose thematic breaks part two signed
 * entries at least, each such entry's text is its signer's written words, a person's or a body's ("Student Council of
 * the Faculty of Arts"). Its heading lines and its signature are nobody's; an entry signed with a description ("A former
 * student, class of 1994") is nobody's the rules can name. A guest book, a tribute wall and a page of testimonials are
 * laid out so too; and a memorandum ruled off in an archive's file, one entry signed by the one its "From:" field names.
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import { isJournalismOrRecord } from './journalismGenres.js';
import { FIRST_PERSON_SINGULAR } from './firstPerson.js';
import { authorOf, FROM_FIELD, outsideQuotations } from './ownVoice.js';
import { labelPhrase } from './subjectPhrases.js';

/** How many signed entries show a document laid out so: one signed paragraph above a break may be an article's credit. */
const MIN_SIGNED_ENTRIES = 2;
/** How many thematic breaks a document needs to hold entries at all: two entries part at one, a header at another. */
const MIN_BREAKS = 2;
/** The most words of a signature's line ("Peter Hudák, PhD, Director, Institute of History, Slovak Academy of Sciences"). */
const MAX_SIGNATURE_LINE_WORDS = 14;

/** The turns of a document's signed entries (see the module's note). */
export function signedEntryTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  // (Not in journalism or a record, nor in a document its author signs: a news story's sections end with a reporter's
  // credit, "Jana Novak, Ostrava", an opinion piece's with a caption, "Tom Hale, owner of the Blue Cup", the review of
  // round 35.)
  if (!mayHaveSignedEntries(doc) || authorOf(doc.source) || isJournalismOrRecord(doc.source.kind ?? '')) return [];
  const entries = entriesOf(doc).map((entry) => signedEntry(doc, entry)).filter((entry) => entry !== undefined);
  // (Or, with fewer, only an entry whose signer its own "From:" field names, a memorandum's, round 35.)
  const signed = entries.filter((entry) => entry.signer).length >= MIN_SIGNED_ENTRIES ? entries : entries.filter((entry) => entry.signer && entry.fromField);
  const turns: (SpeakerTurn | undefined)[] = [];
  for (const { headings, text, signature, signer } of signed) {
    for (const at of headings) turns[at] = { start: 0, speaker: undefined };
    for (const at of text) turns[at] = { start: 0, speaker: signer, written: true };
    turns[signature] = { start: 0, speaker: undefined };
  }
  return turns;
}

/** Whether a document may hold signed entries (cheap: `MIN_BREAKS` thematic breaks). */
export function mayHaveSignedEntries(doc: SourceDocument): boolean {
  return doc.paragraphs.filter((p) => isThematicBreak(p.text)).length >= MIN_BREAKS;
}

/** The paragraph positions between thematic breaks, one list for each stretch. */
function entriesOf(doc: SourceDocument): number[][] {
  const entries: number[][] = [[]];
  doc.paragraphs.forEach((p, at) => {
    if (isThematicBreak(p.text)) entries.push([]);
    else entries.at(-1)?.push(at);
  });
  return entries.filter((entry) => entry.length > 0);
}

/**
 * One stretch read as a signed entry: its text (from its first paragraph ending a sentence or a salutation's comma, past
 * its heading lines), its signature (its last paragraph: one short line, no sentence, after a paragraph ending one) and
 * its signer (undefined for a description). Undefined when the stretch is no such entry, or its text says no "I" or "we".
 */
function signedEntry(doc: SourceDocument, entry: number[]): { headings: number[]; text: number[]; signature: number; signer: string | undefined; fromField: boolean } | undefined {
  const signature = entry.at(-1) as number;
  const line = doc.paragraphs[signature]?.text.trim() ?? '';
  const before = doc.paragraphs[signature - 1]?.text.trim() ?? '';
  // (A dash's credit, "— Faculty of Arts, Charles University", is the credit lines' to read.)
  // (Nor a photograph's caption or credit under a section of a release or a campaign page, "Jane Doe, Chief Executive, at
  // the opening in Leeds", "Photo: Jana Novak, Ostrava", the review of round 35.)
  if (line.includes('\n') || endsSentence(line) || /^[\u2013\u2014-]/u.test(line) || CAPTION_LINE.test(line) || line.split(/\s+/u).length > MAX_SIGNATURE_LINE_WORDS || !entry.includes(signature - 1) || !endsSentence(before)) return undefined;
  const opens = entry.findIndex((at) => endsSentence(doc.paragraphs[at]?.text.trim() ?? '') || /,$/u.test(doc.paragraphs[at]?.text.trim() ?? ''));
  const text = entry.slice(opens, -1);
  if (opens < 0 || text.length === 0) return undefined;
  const written = outsideQuotations(text.map((at) => doc.paragraphs[at]?.text ?? '').join('\n'));
  // (Its writer's "I" or "we"; not "us" or "our" alone, a story's "police told us", "our reporter".)
  if (!FIRST_PERSON_SINGULAR.test(written) && !/\b[Ww]e\b/u.test(written)) return undefined;
  const signer = signerOf(line);
  // (A memorandum's "From: Andrew Whitcombe, First Secretary (Political)" over its text, signed "Andrew Whitcombe".)
  const fields = entry.slice(0, Math.max(opens, 0)).flatMap((at) => (doc.paragraphs[at]?.text ?? '').split('\n'));
  const fromField = !!signer && fields.some((field) => FROM_FIELD.exec(field.trim())?.[1]?.startsWith(signer));
  return { headings: entry.slice(0, opens), text, signature, signer, fromField };
}

/** A photograph's caption or credit: a credit's word opening it, or a place or moment after a comma ("…, at the opening in Leeds", "…, with the first apprentices"). */
const CAPTION_LINE = /^(?:photo|photograph|picture|pictured|image|credit|caption|video)\b|,\s+(?:at|with|in|on|during|outside|inside|after|before)\s+(?:the|a|an|his|her|their|our)\b/iu;


/**
 * Who a signature's line names: the first of its comma's parts that is a person's full name, past a valediction ("With
 * love, Ludmila Pokorná, Břevnov" → Ludmila Pokorná; "Prof. Alžběta Nováková, Institute of Czech History" → Alžběta
 * Nováková); else its first part as printed when that is a body's name ("Student Council of the Faculty of Arts");
 * undefined for a description ("A former student, class of 1994").
 */
function signerOf(line: string): string | undefined {
  const parts = line.split(',').map((part) => part.trim());
  for (const part of parts) {
    const name = nameOnly(part);
    if (name?.kind === 'person' && name.core.includes(' ')) return name.core;
  }
  const first = labelPhrase(parts[0] ?? '');
  return first?.form === 'name' && first.kind !== 'person' ? parts[0] : undefined;
}
