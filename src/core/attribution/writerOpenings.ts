/**
 * A paragraph opening with the name of the one who writes it (round 44, a newspaper obituary's appended appreciation:
 * "**Jenny Abbott writes:** I joined Wheal Honour as a 19-year-old in 1990, …"): that paragraph, and those after it that
 * go on as sentences up to a heading or another such opening, are the writer's own words. A line that is no sentence
 * (the obituary's closing "Alasdair John Penhaligon, theatre director, born 11 June 1944; died 3 February 2024") ends
 * them. Only in an obituary or a letters page (`WRITTEN_IN_GENRE`): a press review's or a column's "Matthew Parris
 * writes: “…”" quotes him, and the copy after it is the reporter's (the review of round 44).
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { OBITUARY } from './documentText.js';
import { nameOnly } from './nameRuns.js';

/** The genres that print what others write under their names: obituaries ("Other lives"), letters pages. */
const WRITTEN_IN_GENRE = /\b(?:obituar(?:y|ies)|obit|tributes?|other\s+lives|letters?(?:\s+(?:page|to\s+the\s+editor))?)\b/i;
/** A paragraph's opening naming who writes it, two to four capitalised words: "Jenny Abbott writes:" (group 1: the name). */
const WRITES_OPENING = /^\W{0,2}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+writes\s*:/u;
/** A quotation right after that opening: "Matthew Parris writes: “Reese was the cleverest man …”". */
const QUOTATION_AFTER_OPENING = /^[\s*_]*["“‘]/u;
/** The genres that print readers' letters, where "Tom Reed writes: “Trams are the future” was the slogan" is his letter. */
const LETTERS_GENRE = /\bletters?\b/i;

/**
 * The writer a paragraph's opening names (see `WRITES_OPENING`), a person's full name only; null for an opening that
 * quotes the one it names.
 */
// (Not before a quotation outside a letters page, "Matthew Parris writes: “Reese was the cleverest man …”", an obituary
// quoting him: the copy after it is the obituarist's, the review of round 44's rules, and no earlier writer's either, "Tom
// Reed writes: “…”" after "Jenny Abbott writes:", the review of round 45's rules.)
function writerOf(text: string, letters: boolean): string | null | undefined {
  const named = WRITES_OPENING.exec(text.trim());
  if (!named) return undefined;
  if (!letters && QUOTATION_AFTER_OPENING.test(text.trim().slice(named[0].length))) return null;
  const name = nameOnly(named[1] as string);
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/** The turns of the paragraphs written under a writer's name (see the module's note); none for any other document. */
export function writerOpeningTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!WRITTEN_IN_GENRE.test(doc.source.kind ?? '') && !OBITUARY.test(doc.source.title ?? '')) return [];
  const letters = LETTERS_GENRE.test(doc.source.kind ?? '');
  let writer: string | undefined;
  return doc.paragraphs.map((p) => {
    const opening = writerOf(p.text, letters);
    if (opening !== undefined) writer = opening ?? undefined;
    else if (p.heading || !endsSentence(p.text.trim())) writer = undefined;
    return writer ? { start: 0, speaker: writer, written: true } : undefined;
  });
}

/** Whether a paragraph may open with the name of the one who writes it (cheap: see `writerOpeningTurns`). */
export function mayHaveWriterOpenings(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => /\swrites\s*:/u.test(p.text.slice(0, 80)));
}
