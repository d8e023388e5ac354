/**
 * Rule "a transcribed text is its writer's" (round 35: an archive's catalogue record of an airman's letter, "Letter from
 * Sergeant Pilot Tomáš Vaněk to his mother, 1941", printing the letter under "Transcription" after the archivist's note;
 * a local history society's annotated edition, "… from the diary of Ludmila Veselá, 1890", printing the entries under
 * "The extracts" between the editor's introduction and notes): in an archive's record or an editor's edition, the
 * section under a transcription's heading, up to the next heading of the record's own (notes, commentary, related items)
 * or a thematic break, is the written words of the writer the title names. Its lines that are no sentences (a date over
 * an entry, "East Wretham, 14 August 1941", a signature "your son Tomáš") are nobody's; the record's own text is not the
 * writer's (the archivist's, nobody's; an edition's editor's, see `editorOfEdition` in ownVoice.ts).
 */
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import { isPlaceName, isTitle } from './nameWords.js';

/** An archive's record or an editor's edition, by its genre: "archived letter (catalogue record …)", "diary extracts (annotated edition)". */
const RECORD_OR_EDITION_KIND = /\b(?:archiv\w*|catalogue|catalog|annotated|edited|digiti[sz]ed|declassified)\b/i;
/**
 * Journalism's genres, a story about someone's writings, an archive's papers or an edition, not the record or the edition
 * itself: "news report (print edition)", "feature", "diary review" (`editorOfEdition` in ownVoice.ts asks it too).
 */
export const JOURNALISM_ABOUT_WRITINGS = /\b(?:news|reports?|feature|article|story|analysis|blog|review|column|obituary)\b/i;
/** A title's words saying the writings are made up: "The secret diary of …", a parody's (see `diarist` in ownVoice.ts). */
export const MADE_UP_WRITINGS = /\b(?:secret|imaginary|imagined|fictional|spoof|parody|satirical)\b/i;
/**
 * A title's words before the name of the writer of what it prints: "Letter from …", "from the diary of …", "The notebooks
 * of the late …" (the name after them, `NAME_WORDS`).
 */
const WRITINGS_BY = /\b(?:letters?|telegrams?|postcards?|diary|diaries|journals?|notebooks?|memorand(?:um|a)|memos?|memoirs?|correspondence)\s+(?:from|of|by)\s+(?:the\s+late\s+)?/iu;
/** Capitalised words, a name perhaps with rank or title: "Sergeant Pilot Tomáš Vaněk", "Ludmila Veselá". */
const NAME_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,5}/u;
/** The most characters of a title read for a writer's name: a hostile title costs no more. */
const MAX_TITLE_CHARS = 300;
/** A transcription's heading, the whole paragraph: "Transcription", "The extracts", "Full text", "Text of the letter". */
const TRANSCRIPTION_HEADING = /^\s*(?:the\s+)?(?:transcription|transcribed\s+text|full\s+text|text(?:\s+of\s+the\s+(?:letter|diary|telegram|memorandum|memo|entries))?|extracts?|excerpts?|entries|translation|letter|diary)(?:\s*\([^()\n]{1,40}\))?\s*$/iu;
/** A heading of the record's own, ending the transcription: "Notes", "Editor's notes", "Commentary", "Related items". */
// (And an archival description's own headings, "Biographical history", "Scope and content", "Archivist's comment", "What
// happened next", or a reply's heading, "Her reply, 2 September 1941", the review of round 35.)
const RECORD_HEADING = /\b(?:notes?|commentary|afterword|context|background|about|related|sources?|references|further\s+reading|provenance|description|acknowledg\w+|biograph\w*|history|scope|contents?|comments?|archivist\w*|repl(?:y|ies)|what\s+happened)\b/iu;
/** The most words of a line that is a heading or a signature, not the writer's sentence ("East Wretham, 14 August 1941"). */
const MAX_LAYOUT_LINE_WORDS = 8;

/** The turns of a record's or an edition's transcribed text (see the module's note). */
export function transcribedTextTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const writer = transcribedWriter(doc);
  if (!writer) return [];
  const opens = doc.paragraphs.findIndex((p) => TRANSCRIPTION_HEADING.test(p.text));
  const turns: (SpeakerTurn | undefined)[] = [];
  for (let at = opens + 1; at < doc.paragraphs.length; at++) {
    const text = doc.paragraphs[at]?.text.trim() ?? '';
    if (isThematicBreak(text) || (isLayoutLine(text) && RECORD_HEADING.test(text))) break;
    turns[at] = { start: 0, speaker: isLayoutLine(text) ? undefined : writer, written: true };
  }
  return turns;
}

/** Whether a document may print a transcribed text (cheap: its genre, and a transcription's heading). */
export function mayHaveTranscribedText(doc: SourceDocument): boolean {
  const kind = doc.source.kind ?? '';
  // (Not a story about a letter or an edition, "news report (print edition)", "news report on an annotated edition", the
  // review of round 35.)
  return RECORD_OR_EDITION_KIND.test(kind) && !JOURNALISM_ABOUT_WRITINGS.test(kind) && doc.paragraphs.some((p) => TRANSCRIPTION_HEADING.test(p.text));
}

/** The writer of a record's or an edition's transcribed text, the one its title names; undefined when it prints none. */
export function transcribedWriter(doc: SourceDocument): string | undefined {
  return mayHaveTranscribedText(doc) ? writerInTitle(doc.source.title ?? '') : undefined;
}

/** The writer a title names, a person's full name without rank or title ("Sergeant Pilot Tomáš Vaněk" → Tomáš Vaněk). */
function writerInTitle(title: string): string | undefined {
  const head = title.slice(0, MAX_TITLE_CHARS);
  const by = WRITINGS_BY.exec(head);
  const named = by ? NAME_WORDS.exec(head.slice(by.index + by[0].length))?.[0] : undefined;
  // (Not a possessive, "A diary of Keir Starmer's first 100 days"; not writings made up, "The Secret Diary of …"; not two
  // writers', "Correspondence of Jana Novak and Tomas Vanek": the review of round 35.)
  const after = by && named ? head.slice(by.index + by[0].length + named.length) : '';
  if (!named || /['’]s$/u.test(named) || MADE_UP_WRITINGS.test(head) || /^\s*(?:and|&)\s/iu.test(after) || /^correspondence$/iu.test(by?.[0].trim().split(/\s+/u)[0] ?? '')) return undefined;
  // (Nor a place's or a building's, "Letter from Prague Castle to the Ministry", "Telegram from Legation Stockholm"; after
  // "from", only a writer with a recipient after the name, "Letter from Tomáš Vaněk to his mother", or with a rank or a
  // title before it: "Postcard from Karlovy Vary, 1936" is a place's, the review of round 35.)
  const fromWho = /\bfrom\s/iu.test(by?.[0] ?? '');
  if (isPlaceName(named) || (fromWho && !/^\s*to\s/iu.test(after) && !isTitle(named.split(/\s+/u)[0]?.toLowerCase() ?? ''))) return undefined;
  const name = nameOnly(named);
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/** A line that is a heading, a date or a signature: one short line, no sentence, no salutation's comma. */
function isLayoutLine(text: string): boolean {
  return !text.includes('\n') && !endsSentence(text) && !/[,:;]$/u.test(text) && text.split(/\s+/u).length <= MAX_LAYOUT_LINE_WORDS;
}
