/**
 * A court's opinions in one judgment (round 58, a state supreme court's "JUSTICE SALTONSTALL, opinion of the Court." and,
 * after it, "JUSTICE HOLLOWAY, dissenting."): each heading opens the named judge's opinion, and the paragraphs under it,
 * up to the next such heading, are that judge's words, not the byline's. The heading itself is the court's layout, nobody's
 * (`isOpinionHeading`).
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';
import { withoutOfficesOrCourtesyTitles } from './courtesyTitles.js';

/**
 * An opinion's heading, its judge then what the opinion is (group 1 or 2: the judge's name as printed): "JUSTICE HOLLOWAY,
 * dissenting.", "JUSTICE PÉREZ, with whom JUSTICE LEE joins, dissenting.", "Holloway, J., concurring in part and dissenting
 * in part.", "CHIEF JUSTICE OKONKWO, concurring.", "JUSTICE SALTONSTALL, opinion of the Court.", perhaps in bold. The
 * office and name in capitals, as the reports print them: not a subheading of the reasons telling what a court below
 * held, "Justice Martin, dissenting." (the review of round 58).
 */
const OPINION_HEADING =
  /^[\s*_]*(?:(?:CHIEF\s+JUSTICE|JUSTICE|JUDGE)\s+(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)?)|(\p{Lu}[\p{L}'’-]+),\s+(?:C\.\s*)?J\.)\s*,\s+(?:with\s+whom\s+[^,\n]{3,120},\s+)?(?:(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?(?:,?\s+and\s+(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?)?|(?:delivered\s+)?(?:the\s+)?opinion\s+of\s+the\s+[Cc]ourt)\.?[\s*_]*$/u;

/** The genres whose text may be a court's opinions: "state supreme court opinion", "judgment", "decision". */
const COURTS_GENRE = /\b(?:opinions?|judg(?:e)?ments?|decisions?|rulings?)\b/i;
/** A newsroom's genre about a judgment, "news report on supreme court decision" (the review of round 58): no court's opinions. */
const JOURNALISM_ABOUT_A_COURT = /\b(?:news|report|story|article|coverage|analysis|feature|correspondent|reporter)\b/i;

/**
 * A line of a court opinion's caption and syllabus, the court's layout (round 58): a party's line, "STATE OF WYANDOTTE,
 * Respondent," / "v." / "ADRIAN DELACROIX-HUME, Petitioner."; where it comes from, "On review from the Court of Appeals,
 * Second Division. Affirmed."; counsel's line, "Corinne Abasolo, Deputy State Public Defender, for petitioner."; and who
 * wrote what, "SALTONSTALL, J., delivered the opinion of the Court, …" in capitals.
 */
const OPINION_LAYOUT_LINE =
  /^[\s*_]*(?:[^\n]{1,120},\s+(?:Petitioners?|Respondents?|Appellants?|Appellees?|Plaintiffs?|Defendants?)[,.]?|v\.?|vs\.?|(?:[Oo]n\s+(?:review|appeal|certiorari)\s+(?:from|to)|[Aa]ppeal\s+from)\s+(?:the\s+)?\p{Lu}[^\n]{0,160}|[^.!?\n]{3,160},\s+for\s+(?:the\s+)?(?:petitioners?|respondents?|appellants?|appellees?|plaintiffs?|defendants?|amicus\s+curiae|the\s+(?:state|people|united\s+states))\.?|\p{Lu}{2}[\p{Lu}'’-]*,\s+(?:C\.\s*)?J\.,\s+(?:delivered|filed|announced|wrote)\b[^\n]*)[\s*_]*$/u;

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
  return COURTS_GENRE.test(doc.source.kind ?? '') && !JOURNALISM_ABOUT_A_COURT.test(doc.source.kind ?? '') && doc.paragraphs.some((p) => p.text.length < 160 && isOpinionHeading(p.text));
}

/**
 * The turns of a judgment's opinions (see the module's note), each judge as the heading prints the name, cased ("Holloway"),
 * or the byline's judge in full; only where a dissent or a concurrence is among them: a judgment with one
 * opinion is its byline's voice already.
 */
export function separateOpinionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayHaveSeparateOpinions(doc)) return [];
  const author = doc.source.author ? withoutOfficesOrCourtesyTitles(doc.source.author.trim(), true) : undefined;
  const judges = doc.paragraphs.map((p) => {
    const m = p.text.length < 160 ? OPINION_HEADING.exec(p.text.trim()) : null;
    if (!m) return undefined;
    const printed = (m[1] ?? m[2]) as string;
    const cased = /\p{Ll}/u.test(printed) ? printed : casedCapitals(printed);
    // (The byline's judge by surname, "SALTONSTALL" of "Miriam K. Saltonstall", whom the text itself may never name in full.)
    if (author && author.split(/\s+/u).at(-1)?.toLowerCase() === cased.toLowerCase()) return author;
    // (Else as printed, cased: not a party of the judge's surname, "JUSTICE LEE" no "Terrence Lee" the case names, the review
    // of round 58.)
    return labelPhrase(cased)?.kind === 'person' ? cased : undefined;
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
