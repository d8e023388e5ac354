/**
 * Rule "a judgment's Q. and A. lines are counsel's and the witness's" (round 24): a court's reasons quote an
 * examination as alternating paragraphs, "Q. You didn't call Ms. Harwood back that evening?" / "A. No.", after a
 * paragraph saying whose it was ("In cross-examination by Ms. Ferreira, he gave the following evidence:"). The
 * questions are the examining counsel's, the answers the witness's; neither is the judge's own voice.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { mentionsIn } from './mentionsIn.js';
import { casedCapitals } from './subjectPhrases.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import type { Referent } from './referent.js';
import type { SpeakerPhrase } from './speakerPhrases.js';

/** A question's or an answer's label opening a paragraph: "Q. ", "A: ", after the mark opening the quoted exchange, "“Q. " (round 29) (group 1: which). */
export const EXCHANGE_LABEL = /^\s*[“"]?([QA])[.:][ \t]+(?=\S)/;
/**
 * A transcript's turn asking a question under a titled label in capitals, "MS ADEYEMI: … Please could you give us your full
 * name?" (round 54): the "A." after it answers it. Not a heading's or a member's question in prose, "Why does the bridge
 * need to close?", "A member asked: “Why …?”" (the review of round 54).
 */
const LABELLED_QUESTION = /^\s*(?:\*\*)?(?:MR|MS|MRS|MISS|DR|SIR|DAME|PROFESSOR|LORD|LADY)\s+\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}:(?:\*\*)?\s[\s\S]*\?["”’]?\s*$/u;

/** Whether a paragraph is counsel's labelled question (see `LABELLED_QUESTION`). */
export function isLabelledQuestion(text: string): boolean {
  return LABELLED_QUESTION.test(text);
}

/** The most paragraphs between two runs of an exchange for the second to go on with the first's parties (a chair's interjection, a time stamp). */
const INTERJECTION_PARAGRAPHS = 2;
/**
 * The most paragraphs between two runs of an exchange in a hearing's own transcript (`HEARING_RECORD`) for the second to go
 * on with the first's parties: a break's time stamps and note and the chair's turns around it, five in set 348's inquiry
 * day ("THE WITNESS: Understood.", "(11.32 am)", "(A short break)", "(11.48 am)", "SIR ANTHONY MOBERLY: Ms Ramcharan.").
 */
const BREAK_PARAGRAPHS = 8;
/** A hearing's own transcript by its genre: "transcript (public inquiry hearing …)", "hearing transcript", "oral evidence" (not a judgment quoting an examination). */
// (Not a judgment's or a news report's kind with "hearing" in its note, "judgment (full merits hearing)", the review of round 61.)
const HEARING_RECORD = /^(?![^()]*\b(?:judgment|judgement|decision|reasons|news|story|article|report)\b)[^()]*\b(?:transcripts?|verbatim|(?:oral|committee)\s+evidence)\b/i;
/**
 * Words in a hearing's transcript that end one examination and begin another, whatever the line's form: a witness sworn,
 * withdrawing or called next, counsel's examination or cross-examination named ("Cross-examined by Ms Oyelaran for the
 * council", "CROSS-EXAMINATION", "BY MR. DE LA CRUZ:"; the review of round 61).
 */
const NEW_EXAMINATION = /\b(?:examin\w*|sworn|affirmed|withdr[ae]w\w*|next\s+witness|recalled|called)\b|^\s*BY\s+(?:MR|MS|MRS|MISS|DR)\.?\s/iu;
/** Paragraphs before an exchange read for who examined whom (the introduction, and the paragraph before it). */
const INTRODUCTION_PARAGRAPHS = 2;
/** Words saying the paragraphs before an exchange introduce evidence ("In cross-examination …", "gave the following evidence", "The following exchange then took place"): without them, "Q." and "A." are an explainer's questions. */
const EVIDENCE_WORDS = /\b(?:examin\w*|cross-examin\w*|evidence|testif\w*|testimony|exchange|questioned)\b/i;
/** Counsel examining, named after "by" ("In cross-examination by Ms. Ferreira") or set off by commas after "counsel" as a titled name ("senior counsel for the pursuers, Mr Fraser,"). */
// (Or the titled name putting a case to the witness: "Ms Sandhu put to Mr Dunmore that he had been warned. The exchange
// was as follows:", round 29.)
const COUNSEL = /\b(?:(?:cross-|re-)?examin(?:ation|ed|ing)|question(?:ed|ing))\s+by\s+([^,:;]{2,60})|\bcounsel\b[^.;:]{0,60}?,\s+((?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+(?:KC|QC|SC))?),|\b((?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+(?:KC|QC|SC))?)\s+put\s+(?:it\s+)?to\s/u;
/**
 * A court transcript's line naming who examines, in capitals, over the questions: "BY MS. TRAN:" (round 29, a US
 * district court's hearing; group 1: counsel).
 */
// (And a public inquiry's line over counsel's questions, "Questions from MR DRUMMOND KC", "Questions by COUNSEL TO THE
// INQUIRY", round 30, a UK inquiry's daily transcript.)
// (And "Examination-in-chief by MR HOLLOWAY", "Cross-examined by MS OYELARAN", "Re-examined by …", round 40, a planning
// inquiry's transcript; or all in capitals, "EXAMINATION BY MS MATIU-REEVES", round 49, a royal commission's.)
const EXAMINING_COUNSEL_LINE = /^\s*(?:BY\s+((?:MR|MS|MRS|MISS|DR)\.?\s+\p{Lu}[\p{Lu}'’-]+)\s*:|(?:(?:Questions|Examination(?:[\s-]in[\s-]chief)?|Cross-examination|Re-examination|Further\s+questions|(?:Cross|Re)-examined|Examined(?:[\s-]in[\s-]chief)?)\s+(?:from|by)|(?:QUESTIONS|(?:CROSS-|RE-)?EXAMINATION(?:[\s-]IN[\s-]CHIEF)?|FURTHER\s+QUESTIONS|(?:CROSS|RE)-EXAMINED|EXAMINED(?:[\s-]IN[\s-]CHIEF)?)\s+(?:FROM|BY))\s+((?:MR|MS|MRS|MISS|DR)\.?\s+\p{Lu}[\p{Lu}'’-]+(?:\s+(?:KC|QC|SC))?|COUNSEL\s+TO\s+THE\s+(?:INQUIRY|INQUEST)|[Cc]ounsel\s+to\s+the\s+(?:Inquiry|Inquest))\s*:?)\s*$/u;
/** A public inquiry's header line naming its counsel: "Counsel to the Inquiry: Ms Ngozi Achebe KC" (group 1: who). */
// (A paragraph's own line, read trimmed: no multiline flag, whose "^\s*" would cross lines, the review of round 30.)
const COUNSEL_TO_THE_INQUIRY = /^Counsel\s+to\s+the\s+(?:Inquiry|Inquest)\s*:\s*([^\n,;]{3,80}?)$/iu;
/** A court transcript's line swearing the witness in: "EZRA HALDANE, called as a witness on behalf of the Plaintiffs, …" (group 1: the witness, in capitals). */
// (Or a public inquiry's line swearing the witness in, "MR GRAHAM TOLLEY (affirmed)", "MS RUTH OWUSU (sworn)", round 30.)
const WITNESS_CALLED = /^\s*(?:((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,3}\p{Lu}[\p{Lu}'’-]+),\s+(?:having\s+been\s+)?called\s+as\s+a\s+witness\b|(?:(?:MR|MS|MRS|MISS|DR|SIR|DAME|PROFESSOR)\.?\s+)?((?:\p{Lu}[\p{Lu}'’-]*\s+){1,3}\p{Lu}[\p{Lu}'’-]+)\s*\((?:sworn|affirmed|on\s+former\s+(?:oath|affirmation))\)\s*$)/u;
/**
 * A deposition's caption naming the deponent, on a line of its own in capitals: "VIDEOTAPED DEPOSITION OF GERALD R.
 * PRUITT", "ORAL DEPOSITION OF …" (group 1: the witness, in capitals; round 63, a civil deposition's transcript).
 */
export const DEPOSITION_CAPTION = /^[\s*_]*(?:(?:VIDEOTAPED|VIDEO|ORAL|REMOTE|VIRTUAL|CONTINUED|CONFIDENTIAL)\s+)*DEPOSITION\s+OF\s+((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,3}\p{Lu}[\p{Lu}'’-]+)[\s*_]*$/u;
/** A witness the introduction gives only as a subject pronoun ("she was asked", "he gave the following evidence"). */
const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:was|gave|said|told|answered|replied|accepted|agreed|testified)\b/i;
/** The witness as the object of the examining verb: "Mr Fraser cross-examined Ms Tait about …", "Ms Sandhu put to Mr Dunmore that …". */
const WITNESS_EXAMINED = /\b(?:(?:cross-|re-)?(?:examined|questioned)|put\s+(?:it\s+)?to)\s+((?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** Whether a court transcript names who examines over its question lines, "BY MS. TRAN:" (see `EXAMINING_COUNSEL_LINE`). */
export function namesExaminingCounsel(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => EXAMINING_COUNSEL_LINE.test(p.text));
}

/** Whether a paragraph is an examination's own line, nobody's words: "BY MS. TRAN:", "Questions from MR DRUMMOND KC", "MR GRAHAM TOLLEY (affirmed)". */
export function isExaminationLine(text: string): boolean {
  return EXAMINING_COUNSEL_LINE.test(text) || WITNESS_CALLED.test(text);
}

/** Whether a document holds a question line followed by an answer line (cheap: see `examinationTurns`). */
export function mayHaveExamination(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p, at) => /^\s*[“"]?Q[.:][ \t]/.test(p.text) && /^\s*[“"]?A[.:][ \t]/.test(doc.paragraphs[at + 1]?.text ?? ''));
}

/**
 * The turns of the examinations a document quotes: each run of paragraphs opening "Q." or "A.", at least one
 * of each and starting with a question, after paragraphs speaking of evidence (`EVIDENCE_WORDS`), is counsel's
 * (questions) and the witness's (answers), as the paragraphs before it name them; a side they do not name is
 * nobody's. Empty when the document quotes none.
 */
export function examinationTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  if (isWitnesssOwnTestimony(doc)) return turns;
  const labels = doc.paragraphs.map((p) => EXCHANGE_LABEL.exec(p.text));
  const record = HEARING_RECORD.test(doc.source.kind ?? '');
  // (Each paragraph swearing a witness in, read once: an exchange's witness is the one sworn in last before it.)
  const inquiryCounsel = doc.paragraphs.map((p) => COUNSEL_TO_THE_INQUIRY.exec(p.text.trim())?.[1]).find(Boolean);
  const called = doc.paragraphs.map((p) => {
    const m = WITNESS_CALLED.exec(p.text);
    return m ? (m[1] ?? m[2]) : undefined;
  });
  // (The deponent a deposition's caption names, "VIDEOTAPED DEPOSITION OF GERALD R. PRUITT", round 63: in a deposition's own
  // transcript the witness, as a witness sworn in is; elsewhere, a story quoting depositions, of an exchange whose
  // introduction names no other, the last one read before it.)
  const deponents = doc.paragraphs.map((p) => DEPOSITION_CAPTION.exec(p.text)?.[1]);
  // (In a deposition's own transcript, its genre saying so, the caption's deponent answers whoever the paragraphs before an
  // exchange name, counsel at the appearances, an exhibit's author, the second review of round 63.)
  const ownDeposition = /\bdepositions?\b/i.test(doc.source.kind ?? '') && !/\b(?:news|report|story|article|coverage)\b/i.test(doc.source.kind ?? '');
  // (The last exchange read: an exchange the chair breaks into goes on with the same parties after the interjection,
  // "THE CHAIR: Mr Tolley, when you say …" then "A. Sir, I think …", round 30.)
  let last: { end: number; counsel?: string; witness?: string } | undefined;
  for (let at = 0; at < labels.length; at++) {
    if (!labels[at] || labels[at - 1]) continue;
    let end = at;
    while (labels[end]) end++;
    let parties: { counsel?: string; witness?: string } | undefined;
    // (Not where a line between names new counsel or swears in a witness, "Questions from MR DRUMMOND KC", or introduces
    // new evidence, "Mr Dunmore was then cross-examined by Ms Sandhu, and the following exchange took place:", the
    // review of round 30.)
    const between = doc.paragraphs.slice(last?.end ?? at, at);
    // (In a hearing's own transcript, across a break too, its time stamps and the chair's turns, "SIR ANTHONY MOBERLY: Ms
    // Ramcharan." then "Q. Mr Whitcombe, before the break …", and a panel member's question answered by "A.": the record's
    // turns speak of evidence without introducing any, so only new counsel or a new witness ends the exchange, round 61.)
    const resumes = (p: SourceDocument['paragraphs'][number], i: number) => !EXAMINING_COUNSEL_LINE.test(p.text) && !called[(last?.end ?? 0) + i] && (record ? !NEW_EXAMINATION.test(p.text) : !EVIDENCE_WORDS.test(p.text));
    if (last && at - last.end <= (record ? BREAK_PARAGRAPHS : INTERJECTION_PARAGRAPHS) && between.every(resumes)) parties = last;
    // (Or a run opening with the answer to counsel's own labelled question, "MS ADEYEMI: … Please could you give us your
    // full name?" / "A. Roland Peter Fenwick." / "Q. You've made a witness statement …", round 54, a public inquiry's day.)
    else if ((labels[at]?.[1] === 'Q' && labels.slice(at, end).some((m) => m?.[1] === 'A')) || (labels[at]?.[1] === 'A' && isLabelledQuestion(doc.paragraphs[at - 1]?.text ?? '') && labels.slice(at, end).some((m) => m?.[1] === 'Q'))) {
      const introduction = doc.paragraphs.slice(Math.max(0, at - INTRODUCTION_PARAGRAPHS), at).map((p) => p.text);
      // (Or a court transcript's "BY MS. TRAN:" over the lines, after an objection has broken the examination.)
      if (introduction.some((text) => EVIDENCE_WORDS.test(text) || EXAMINING_COUNSEL_LINE.test(text))) parties = examiningParties(introduction, resolve, called.slice(0, at).findLast(Boolean) ?? (ownDeposition ? deponents.slice(0, at).findLast(Boolean) : undefined), inquiryCounsel, deponents.slice(0, at).findLast(Boolean));
    }
    if (!parties) continue;
    for (let i = at; i < end; i++) {
      const m = labels[i] as RegExpExecArray;
      turns[i] = { start: m[0].length, speaker: m[1] === 'Q' ? parties.counsel : parties.witness };
    }
    last = { ...parties, end };
    at = end;
  }
  return turns;
}

/**
 * A witness's own prefiled testimony, filed under the witness's name (`author`) as a "testimony" that is no transcript's
 * (round 58: a utility's "prefiled direct testimony (question-and-answer)"): its "Q." and "A." lines are both the author's
 * text, written for the witness, not an examination; "Witness Dorian Achterhof addresses the revenue requirement" in an
 * answer names a colleague, not the one answering.
 */
export function isWitnesssOwnTestimony(doc: SourceDocument): boolean {
  const kind = doc.source.kind ?? '';
  // (Only a testimony filed as such, "prefiled direct testimony", "rebuttal testimony", or titled as the author's, "Direct
  // Testimony of Marguerite A. Holbrook": not a newspaper's "testimony excerpt" its reporter signs, the review of round 58.)
  const author = doc.source.author?.trim();
  const filed = /\b(?:pre-?filed|direct|rebuttal|surrebuttal|reply|supplemental|written)\s+(?:direct\s+)?testimony\b/i.test(kind) || (!!author && new RegExp(String.raw`\btestimony\s+of\s+(?:[\p{L}.]+\s+){0,3}${escapeRegExp(author.split(/\s+/u).at(-1) ?? '')}\b`, 'iu').test(doc.source.title ?? ''));
  return !!author && filed && /\btestimony\b/i.test(kind) && !/\b(?:transcripts?|hearing|trial|court|record|excerpts?|news|report|story|article)\b/i.test(kind);
}

/** Who examines and who answers in an exchange, from the paragraphs introducing it (in reading order). */
function examiningParties(introduction: readonly string[], resolve: (phrase: SpeakerPhrase) => Referent | undefined, calledLine?: string, inquiryCounsel?: string, deponent?: string): { counsel?: string; witness?: string } {
  const before = [...introduction].reverse();
  const named = (printed: string | undefined) => {
    // (In capitals, cased as a name is: "Cross-examined by MS OYELARAN" is Ms Oyelaran, round 40.)
    const words = printed && !/\p{Ll}/u.test(printed) ? casedCapitals(printed) : printed;
    const phrase = words ? mentionsIn(words).find((m) => m.phrase.kind === 'person' && m.phrase.form === 'name')?.phrase : undefined;
    return phrase ? (resolve(phrase)?.name ?? phrase.core) : undefined;
  };
  const counselWords = before.map((text) => COUNSEL.exec(text)).find(Boolean);
  const counselBy = before
    .map((text) => {
      const m = EXAMINING_COUNSEL_LINE.exec(text);
      return m ? (m[1] ?? m[2]) : undefined;
    })
    .find(Boolean);
  // ("COUNSEL TO THE INQUIRY": the one the inquiry's header names so.)
  const byOffice = counselBy && /^counsel\s/i.test(counselBy) ? named(inquiryCounsel) : undefined;
  const counsel = byOffice ?? named(counselWords?.[1] ?? counselWords?.[2] ?? counselWords?.[3] ?? (counselBy ? casedCapitals(counselBy) : undefined));
  // (Case aside: "BY MS. OYELARAN:" names the counsel the appearances give as "Ms. Adaeze Oyelaran", no witness, round 63.)
  const surname = (name: string) => (name.split(/\s+/).at(-1) as string).toLowerCase();
  const examined = before.map((text) => WITNESS_EXAMINED.exec(text)?.[1]).find(Boolean) ?? (calledLine ? casedCapitals(calledLine) : undefined);
  // (Else the first person the nearest paragraph names other than counsel, not in the possessive: "Mr. Sandhu said
  // that he had …" before "In cross-examination by Ms. Ferreira, he gave the following evidence:".)
  const others = (text: string) => mentionsIn(text).filter((m) => m.phrase.kind === 'person' && m.phrase.form === 'name' && (!counsel || surname(m.phrase.core) !== surname(counsel)) && !/^['’]s\b/.test(text.slice(m.end)));
  // (Not when the introduction gives the witness as a pronoun and names someone else: "In cross-examination by Ms.
  // Ferreira, she was asked about her call to Mr. Sandhu:" is not Mr. Sandhu's evidence, the review of round 24.)
  const nearest = before[0] ?? '';
  if (!examined && PRONOUN_SUBJECT.test(nearest) && others(nearest).length > 0) return { counsel, witness: undefined };
  const witness =
    named(examined) ??
    before
      .map((text) => {
        const person = others(text)[0];
        return person ? (resolve(person.phrase)?.name ?? person.phrase.core) : undefined;
      })
      .find(Boolean) ??
    (deponent ? casedCapitals(deponent) : undefined);
  return { counsel, witness };
}
