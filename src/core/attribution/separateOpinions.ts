/**
 * A court's opinions in one judgment (round 58, a state supreme court's "JUSTICE SALTONSTALL, opinion of the Court." and,
 * after it, "JUSTICE HOLLOWAY, dissenting."): each heading opens the named judge's opinion, and the paragraphs under it,
 * up to the next such heading, are that judge's words, not the byline's. The heading itself is the court's layout, nobody's
 * (`isOpinionHeading`).
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import type { Referent } from './referent.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';
import { withoutOfficesOrCourtesyTitles } from './courtesyTitles.js';

/**
 * An opinion's heading, its judge then what the opinion is (group 1 or 2: the judge's name as printed): "JUSTICE HOLLOWAY,
 * dissenting.", "Justice Holloway, concurring in part and dissenting in part.", "HOLLOWAY, J., dissenting.", "CHIEF JUSTICE
 * OKONKWO, concurring.", "JUSTICE SALTONSTALL, opinion of the Court.", perhaps in bold.
 */
const OPINION_HEADING =
  /^[\s*_]*(?:(?:CHIEF\s+JUSTICE|Chief\s+Justice|JUSTICE|Justice|JUDGE|Judge)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|(\p{Lu}[\p{L}'’-]+),\s+(?:C\.\s*)?J\.)\s*,\s+(?:(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?(?:,?\s+and\s+(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?)?|(?:delivered\s+)?(?:the\s+)?opinion\s+of\s+the\s+[Cc]ourt)\.?[\s*_]*$/u;

/** The genres whose text may be a court's opinions: "state supreme court opinion", "judgment", "decision". */
const COURTS_GENRE = /\b(?:opinions?|judg(?:e)?ments?|decisions?|rulings?)\b/i;

/**
 * A line of a court opinion's caption and syllabus, the court's layout (round 58): a party's line, "STATE OF WYANDOTTE,
 * Respondent," / "v." / "ADRIAN DELACROIX-HUME, Petitioner."; where it comes from, "On review from the Court of Appeals,
 * Second Division. Affirmed."; counsel's line, "Corinne Abasolo, Deputy State Public Defender, for petitioner."; and who
 * wrote what, "SALTONSTALL, J., delivered the opinion of the Court, …" in capitals.
 */
const OPINION_LAYOUT_LINE =
  /^[\s*_]*(?:[^\n]{1,120},\s+(?:Petitioners?|Respondents?|Appellants?|Appellees?|Plaintiffs?|Defendants?)[,.]?|v\.?|vs\.?|(?:[Oo]n\s+(?:review|appeal|certiorari)\s+(?:from|to)|[Aa]ppeal\s+from)\b[^\n]{0,160}|[^.!?\n]{3,160},\s+for\s+(?:the\s+)?(?:petitioners?|respondents?|appellants?|appellees?|plaintiffs?|defendants?|amicus\s+curiae|the\s+(?:state|people|united\s+states))\.?|\p{Lu}{2}[\p{Lu}'’-]*,\s+(?:C\.\s*)?J\.,\s+(?:delivered|filed|announced|wrote)\b[^\n]*)[\s*_]*$/u;

/** Whether a paragraph is a court opinion's layout, each line a caption's, a syllabus's or an opinion's heading (see `OPINION_LAYOUT_LINE`). */
export function isOpinionLayout(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && (isOpinionHeading(text) || lines.every((line) => OPINION_LAYOUT_LINE.test(line)));
}

/** Whether a paragraph is an opinion's heading (see `OPINION_HEADING`). */
export function isOpinionHeading(text: string): boolean {
  return OPINION_HEADING.test(text.trim());
}

/** Whether a document may hold a court's several opinions (cheap: its genre and one heading; see `separateOpinionTurns`). */
export function mayHaveSeparateOpinions(doc: SourceDocument): boolean {
  return COURTS_GENRE.test(doc.source.kind ?? '') && doc.paragraphs.some((p) => p.text.length < 160 && isOpinionHeading(p.text));
}

/**
 * The turns of a judgment's opinions (see the module's note), each judge named as the document names them in full where
 * it does ("Holloway" where it gives no more); only where a dissent or a concurrence is among them: a judgment with one
 * opinion is its byline's voice already.
 */
export function separateOpinionTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  if (!mayHaveSeparateOpinions(doc)) return [];
  const author = doc.source.author ? withoutOfficesOrCourtesyTitles(doc.source.author.trim()) : undefined;
  const judges = doc.paragraphs.map((p) => {
    const m = p.text.length < 160 ? OPINION_HEADING.exec(p.text.trim()) : null;
    if (!m) return undefined;
    const printed = (m[1] ?? m[2]) as string;
    const cased = /\p{Ll}/u.test(printed) ? printed : casedCapitals(printed);
    // (The byline's judge by surname, "SALTONSTALL" of "Miriam K. Saltonstall", whom the text itself may never name in full.)
    if (author && author.split(/\s+/u).at(-1)?.toLowerCase() === cased.toLowerCase()) return author;
    const phrase = labelPhrase(cased);
    return phrase?.kind === 'person' ? (resolve(phrase)?.name ?? phrase.core) : cased;
  });
  if (!doc.paragraphs.some((p) => /\b(?:dissenting|concurring)\b/u.test(p.text) && isOpinionHeading(p.text))) return [];
  let judge: string | undefined;
  return doc.paragraphs.map((_, at) => {
    if (judges[at] !== undefined) {
      judge = judges[at];
      return undefined;
    }
    return judge ? { start: 0, speaker: judge, written: true } : undefined;
  });
}
