/**
 * Rule "a staff report in a council's agenda is the officer who submits it" (round 56: a city council's agenda prints each
 * staff report under its item's heading, "**5.1 Waterfront Parking Management Strategy – Phase 2**" / "Report from:
 * Engineering and Public Works, …", and closes it "Respectfully submitted," / "Devinder Sandhu, P.Eng." / "Director,
 * Engineering and Public Works"): from its "Report from:" field (or a heading calling it a staff report) to "Respectfully
 * submitted," its sentences are the signer's, as two blind sets' labellers gave a council officer's report to the officer
 * who signs it. The agenda's own lines, its headings, fields and signature block are no one's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';

/** The line closing a report over its signer's name: "Respectfully submitted,", "Submitted by:". */
const SUBMITTED = /^\s*(?:Respectfully\s+submitted|Submitted\s+by)\s*[,:]?\s*$/iu;
/**
 * Where a staff report's own text begins: its field naming who it is from ("Report from: Engineering and Public Works",
 * "Prepared by: …") or a heading calling it a staff or an officer's report; not an agenda item's number alone, over a
 * residents' letter or a councillor's motion (the review of round 56).
 */
const REPORT_START = /^\s*(?:\*\*\s*)?(?:(?:Report\s+(?:from|to|by)|Prepared\s+by|Report\s+author|Author|Submitted\s+by)\s*:|[^\n]{0,60}\b(?:staff|officer['’]?s?|director['’]?s?|manager['’]?s?)\s+report\b)/iu;
/** A quotation printed as a block, another's words inside the report: "> Comments include: …". */
const BLOCK_QUOTATION = /^\s*>/u;
/** A report's field lines and headings, no one's words: "Report from: …", "File: …", "**PURPOSE**", "**RECOMMENDATION:**". */
const REPORT_LAYOUT = /^\s*(?:\*\*[^*\n]+\*\*\s*$|(?:Report\s+(?:from|to)|From|To|File|Re|Date|Subject|Attachments?|Concurrence|Prepared\s+by|Reviewed\s+by|Approved\s+by)\s*:)/iu;
/** Letters and credentials after a signer's name, after a comma: "P.Eng.", "MCIP, RPP", "CPA". */
const CREDENTIALS = /,\s*(?:[\p{Lu}][\p{L}.]*\.?(?:,\s*)?)+$/u;
/** The most paragraphs a staff report runs to from its item's heading. */
const MAX_REPORT_PARAGRAPHS = 60;
/** A document that holds staff reports: an agenda, a council's or a committee's papers (by genre). */
const AGENDA_KIND = /\b(?:agenda|staff\s+reports?|officers?['’]?\s+reports?|council\s+papers?|committee\s+papers?|board\s+papers?)\b/iu;

/** Whether a document may hold submitted staff reports (cheap: its genre and a "Respectfully submitted," line). */
export function mayHaveSubmittedReports(doc: SourceDocument): boolean {
  return AGENDA_KIND.test(doc.source.kind ?? '') && doc.paragraphs.some((p) => SUBMITTED.test(p.text));
}

/** The signer named on the line after "Respectfully submitted,", a person's full name without the credentials after it. */
function signerOn(text: string | undefined): string | undefined {
  const line = (text ?? '').trim().split('\n')[0]?.trim() ?? '';
  const name = nameOnly(line.replace(CREDENTIALS, '').trim());
  return name?.kind === 'person' && name.form === 'name' && name.core.includes(' ') ? name.core : undefined;
}

/** The turns of an agenda's submitted staff reports (see the module's note); none for any other document. */
export function submittedReportTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayHaveSubmittedReports(doc)) return [];
  const turns: (SpeakerTurn | undefined)[] = doc.paragraphs.map(() => undefined);
  let after = -1;
  doc.paragraphs.forEach((p, at) => {
    if (!SUBMITTED.test(p.text)) return;
    const signer = signerOn(doc.paragraphs[at + 1]?.text);
    const from = doc.paragraphs.findLastIndex((q, k) => k > after && k < at && REPORT_START.test(q.text));
    after = at + 1;
    if (!signer || from < 0 || at - from > MAX_REPORT_PARAGRAPHS) return;
    for (let k = from + 1; k < at; k++) {
      const text = doc.paragraphs[k]?.text ?? '';
      if (doc.paragraphs[k]?.heading === undefined && !REPORT_LAYOUT.test(text) && !BLOCK_QUOTATION.test(text) && /\p{Ll}/u.test(text)) turns[k] = { start: 0, speaker: signer, written: true };
    }
  });
  return turns.some(Boolean) ? turns : [];
}
