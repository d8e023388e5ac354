/**
 * Rule "a staff report in a council's agenda is the officer who submits it" (round 56: a city council's agenda prints each
 * staff report under its item's heading, "**5.1 Waterfront Parking Management Strategy – Phase 2**" / "Report from:
 * Engineering and Public Works, …", and closes it "Respectfully submitted," / "Devinder Sandhu, P.Eng." / "Director,
 * Engineering and Public Works"): from the item's heading to "Respectfully submitted," its sentences are the signer's, as
 * two blind sets' labellers gave a council officer's report to the officer who signs it. The agenda's own lines, its
 * headings, fields and signature block are no one's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';

/** The line closing a report over its signer's name: "Respectfully submitted,", "Submitted by:". */
const SUBMITTED = /^\s*(?:Respectfully\s+submitted|Submitted\s+by)\s*[,:]?\s*$/iu;
/** An agenda's numbered item, where a report begins: "**5.1 Waterfront Parking Management Strategy – Phase 2** — 14", "6. BYLAWS". */
const AGENDA_ITEM = /^\s*\**\s*\d+(?:\.\d+)*\.?\s+\S/u;
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
    const from = doc.paragraphs.findLastIndex((q, k) => k > after && k < at && AGENDA_ITEM.test(q.text));
    after = at + 1;
    if (!signer || from < 0 || at - from > MAX_REPORT_PARAGRAPHS) return;
    for (let k = from + 1; k < at; k++) {
      const text = doc.paragraphs[k]?.text ?? '';
      if (doc.paragraphs[k]?.heading === undefined && !REPORT_LAYOUT.test(text) && /\p{Ll}/u.test(text)) turns[k] = { start: 0, speaker: signer, written: true };
    }
  });
  return turns.some(Boolean) ? turns : [];
}
