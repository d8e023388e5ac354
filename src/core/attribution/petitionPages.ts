/**
 * A parliamentary petition's page as Parliament prints it (petition.parliament.uk and its like): the petition's own text
 * above its "Created by …" line is its creator's words, and the government's response under "Government responded" is the
 * department that signs it on a line of its own at its end. Field lines ("18,442 signatures", "Deadline: …", "This response
 * was given on …") and headings are nobody's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import { ENDS_AS_SENTENCE } from './transcriptTurns.js';

/** A petition's page by its genre: "parliamentary petition and government response (web page)", "e-petition". */
const PETITION_KIND = /\b(?:e-)?petitions?\b/i;
/** A genre that is journalism about a petition, "news report on a petition", or a list of several, not one petition's page (the review of round 55). */
const ABOUT_A_PETITION = /\b(?:news|report|story|article|feature|column|editorial|blog|list|listing|index|round-?up)\b/i;
/** The line naming the petition's creator: "Created by Eleri Whitlock", "Created by: Ana de Souza" (group 1: the name). */
const CREATED_BY = /^\s*Created\s+by:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|di|du|del|van|von|le|la|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;
/** A field line of the petition's: its signatures, its state, its deadline, its creator. */
const PETITION_FIELD = /^\s*(?:[*_]*\s*)?(?:[\d,]+\s+signatures|This\s+petition\s+(?:is|was)\b|Deadline\b|Created\s+by\b)/iu;
/** The heading over the government's response: "Government responded", "Government response". */
const RESPONSE_HEADING = /^\s*(?:#+\s*)?Government\s+respon(?:ded|se)\b/iu;
/** The response's own date line: "This response was given on 3 July 2025", "… Deputy Minister for Climate Change, replied on 2 October 2023." */
const RESPONSE_DATE = /^\s*This\s+response\s+was\s+given\s+on\b|\b(?:replied|responded)\s+on\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\.?\s*$/u;
/** A department's or a government's name opening the line it signs with: "Department for Transport", "HM Treasury", "Home Office", "Welsh Government". */
const DEPARTMENT_NAME = /^(?:the\s+)?(?:Department|Ministry|HM\s+Treasury|Home\s+Office|Cabinet\s+Office|Foreign,|(?:Welsh|Scottish|Northern\s+Ireland)\s+Government|Government\s+of)\b/u;
/** The most words of the line a department signs the response with ("Department for Rural Transport and Connectivity"). */
const MAX_SIGNATURE_WORDS = 10;

/** Whether a document may be a petition's page (cheap: its genre only). */
export function mayBePetitionPage(doc: SourceDocument): boolean {
  return PETITION_KIND.test(doc.source.kind ?? '') && !ABOUT_A_PETITION.test(doc.source.kind ?? '');
}

/**
 * A line a department signs with: a department's or a government's name alone (`DEPARTMENT_NAME`), its words capitalised
 * but for "for", "of", "and", "the" (not a subheading, "Household Support Fund", nor a footer's "Contact the Petitions
 * Committee", the review of round 55).
 */
function signingBody(text: string): string | undefined {
  const line = text.trim().replace(/^[*_]+|[*_]+$/gu, '');
  const words = line.split(/\s+/u);
  if (words.length > MAX_SIGNATURE_WORDS || ENDS_AS_SENTENCE.test(line) || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:for|of|and|the|&)$/u.test(w))) return undefined;
  return DEPARTMENT_NAME.test(line) ? line : undefined;
}

/**
 * The turns of a petition's page (see the module's note): none for any other document, or where it names no creator.
 * The petition's sentences before its first field line are its creator's; the response's sentences between its heading
 * and the department's line are the department's.
 */
export function petitionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayBePetitionPage(doc)) return [];
  // (One creator only: a page listing several petitions gives none its neighbours' text, the review of round 55.)
  const created = doc.paragraphs.map((p) => CREATED_BY.exec(p.text)?.[1]).filter((name): name is string => !!name);
  const creator = created.length === 1 ? nameOnly(created[0] as string)?.core : undefined;
  if (!creator) return [];
  // (A field line, not the petition's own sentence "This petition is calling on the Government to …", the review of round 55.)
  const isField = (text: string) => PETITION_FIELD.test(text) && !(/^\s*This\s+petition\b/iu.test(text) && ENDS_AS_SENTENCE.test(text.trim()));
  const firstField = doc.paragraphs.findIndex((p) => isField(p.text) || RESPONSE_HEADING.test(p.text));
  const heading = doc.paragraphs.findIndex((p) => RESPONSE_HEADING.test(p.text));
  // (The last signing line before the next heading, the loader's `heading` level: the response's section only.)
  const sectionEnd = heading < 0 ? -1 : doc.paragraphs.findIndex((p, at) => at > heading && p.heading !== undefined);
  const signers = heading < 0 ? [] : doc.paragraphs.slice(heading + 1, sectionEnd < 0 ? undefined : sectionEnd).map((p) => signingBody(p.text));
  const signedIn = signers.findLastIndex((signer) => signer !== undefined);
  const signedAt = signedIn < 0 ? -1 : heading + 1 + signedIn;
  const body = signers[signedIn];
  return doc.paragraphs.map((p, at) => {
    const sentence = ENDS_AS_SENTENCE.test(p.text.trim());
    if (at < firstField && sentence) return { start: 0, speaker: creator };
    if (body && at > heading && at < signedAt && sentence && !RESPONSE_DATE.test(p.text)) return { start: 0, speaker: body };
    return undefined;
  });
}
