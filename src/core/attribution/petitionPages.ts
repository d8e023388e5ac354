/**
 * A parliamentary petition's page as Parliament prints it (petition.parliament.uk and its like): the petition's own text
 * above its "Created by …" line is its creator's words, and the government's response under "Government responded" is the
 * department that signs it on a line of its own at its end. Field lines ("18,442 signatures", "Deadline: …", "This response
 * was given on …") and headings are nobody's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import { ORG_WORDS } from './nameWords.js';
import { ENDS_AS_SENTENCE } from './transcriptTurns.js';

/** A petition's page by its genre: "parliamentary petition and government response (web page)", "e-petition". */
const PETITION_KIND = /\b(?:e-)?petitions?\b/i;
/** The line naming the petition's creator: "Created by Eleri Whitlock" (group 1: the name). */
const CREATED_BY = /^\s*Created\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;
/** A field line of the petition's: its signatures, its state, its deadline, its creator. */
const PETITION_FIELD = /^\s*(?:[*_]*\s*)?(?:[\d,]+\s+signatures|This\s+petition\s+(?:is|was)\b|Deadline\b|Created\s+by\b)/iu;
/** The heading over the government's response: "Government responded", "Government response". */
const RESPONSE_HEADING = /^\s*(?:#+\s*)?Government\s+respon(?:ded|se)\b/iu;
/** The response's own date line: "This response was given on 3 July 2025". */
const RESPONSE_DATE = /^\s*This\s+response\s+was\s+given\s+on\b/iu;
/** The most words of the line a department signs the response with ("Department for Rural Transport and Connectivity"). */
const MAX_SIGNATURE_WORDS = 10;

/** Whether a document may be a petition's page (cheap: its genre only). */
export function mayBePetitionPage(doc: SourceDocument): boolean {
  return PETITION_KIND.test(doc.source.kind ?? '');
}

/** A line a department signs with: a body's name alone, its words capitalised but for "for", "of", "and", "the". */
function signingBody(text: string): string | undefined {
  const line = text.trim();
  const words = line.split(/\s+/u);
  if (words.length > MAX_SIGNATURE_WORDS || ENDS_AS_SENTENCE.test(line) || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:for|of|and|the|&)$/u.test(w))) return undefined;
  return words.some((w) => ORG_WORDS.has(w.toLowerCase()) || /^(?:Department|Ministry|Office|Treasury)$/u.test(w)) ? line : undefined;
}

/**
 * The turns of a petition's page (see the module's note): none for any other document, or where it names no creator.
 * The petition's sentences before its first field line are its creator's; the response's sentences between its heading
 * and the department's line are the department's.
 */
export function petitionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayBePetitionPage(doc)) return [];
  const created = doc.paragraphs.map((p) => CREATED_BY.exec(p.text)?.[1]).find(Boolean);
  const creator = created ? nameOnly(created)?.core : undefined;
  if (!creator) return [];
  const firstField = doc.paragraphs.findIndex((p) => PETITION_FIELD.test(p.text) || RESPONSE_HEADING.test(p.text));
  const heading = doc.paragraphs.findIndex((p) => RESPONSE_HEADING.test(p.text));
  const signedAt = heading < 0 ? -1 : doc.paragraphs.findIndex((p, at) => at > heading && signingBody(p.text) !== undefined);
  const body = signedAt < 0 ? undefined : signingBody(doc.paragraphs[signedAt]?.text ?? '');
  return doc.paragraphs.map((p, at) => {
    const sentence = ENDS_AS_SENTENCE.test(p.text.trim());
    if (at < firstField && sentence) return { start: 0, speaker: creator };
    if (body && at > heading && at < signedAt && sentence && !RESPONSE_DATE.test(p.text)) return { start: 0, speaker: body };
    return undefined;
  });
}
