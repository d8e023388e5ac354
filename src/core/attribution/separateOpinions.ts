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
import { isTitle } from './nameWords.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import { personBySurname } from './surnameInFull.js';

/**
 * What an opinion's heading says it is, after the judge: "dissenting", "concurring in part and dissenting in part", "with
 * whom JUSTICE LEE joins, dissenting", "opinion of the Court", to the heading's end.
 */
const OPINION_KIND = String.raw`(?:with\s+whom\s+[^,\n]{3,120},\s+)?(?:(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?(?:,?\s+and\s+(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment))?)?|(?:delivered\s+)?(?:the\s+)?opinion\s+of\s+the\s+[Cc]ourt)\.?[\s*_]*$`;

/**
 * An opinion's heading, its judge then what the opinion is (group 1 or 2: the judge's name as printed): "JUSTICE HOLLOWAY,
 * dissenting.", "JUSTICE PÉREZ, with whom JUSTICE LEE joins, dissenting.", "Holloway, J., concurring in part and dissenting
 * in part.", "CHIEF JUSTICE OKONKWO, concurring.", "JUSTICE SALTONSTALL, opinion of the Court.", perhaps in bold. The
 * office and name in capitals, as the reports print them: not a subheading of the reasons telling what a court below
 * held, "Justice Martin, dissenting." (the review of round 58).
 */
const OPINION_HEADING = new RegExp(String.raw`^[\s*_]*(?:(?:CHIEF\s+JUSTICE|JUSTICE|JUDGE)\s+(\p{Lu}(?:c|ac)?[\p{Lu}'’-]+(?:\s+\p{Lu}(?:c|ac)?[\p{Lu}'’-]+)?)|(\p{Lu}[\p{L}'’-]+),\s+(?:C\.\s*)?J\.)\s*,\s+${OPINION_KIND}`, 'u');

/**
 * A judge's name in an opinion's opening or signature, one or two words, in capitals as the reports print it ("LINDQVIST",
 * "GORDON McCLOUD", "MAXWELL-OYAMA") or in small letters ("Abernathy", "McCloud"), then the office's letters: "J.", "C.J.",
 * "A.C.J.", "P.J." (the review of round 62: a name with a small "c", a name in small letters).
 */
const JUDGES_WORD = String.raw`(?:\p{Lu}(?:c|ac)?[\p{Lu}'’-]+|(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
// (Or the office spelt out, "LINDQVIST, Justice (concurring specially).", as Iowa's opinions print it, round 63.)
const JUDGE_AND_OFFICE = String.raw`(${JUDGES_WORD}(?:[ -]${JUDGES_WORD})?),\s+(?:(?:(?:A\.\s*)?C\.\s*|P\.\s*)?J\.|(?:Chief\s+)?Justice\.?|(?:CHIEF\s+)?JUSTICE\.?)`;
/**
 * An opinion's opening run into its first sentence, as Washington's and other states' slip opinions print it (round 62):
 * "LINDQVIST, J. — Harlan Vostrikov appeals …", "ABERNATHY, J. (dissenting) — I respectfully dissent.", "MAXA, A.C.J. –
 * …", or a colon after it (group 1: the judge's surname as printed). The paragraph is the judge's opinion already, its
 * opener with it.
 */
const INLINE_OPINION_OPENER = new RegExp(String.raw`^[\s*_]*${JUDGE_AND_OFFICE}(?:\s+\((?:dissenting|concurring)[^()\n]{0,80}\))?[*_]*\s*(?:—|–|--|:)\s*(?=\S)`, 'u');
/** The same opening on a line of its own, a separate opinion's heading: "ABERNATHY, J. (dissenting)" (group 1: the judge; the review of round 62). */
const OPENER_ALONE = new RegExp(String.raw`^[\s*_]*${JUDGE_AND_OFFICE}\s+\((?:dissenting|concurring)[^()\n]{0,80}\)[*_.]*\s*$`, 'u');
/**
 * An opinion's signature under its last paragraph, "LINDQVIST, J.", "Lindqvist, J.", "/s/ LINDQVIST, J.", or the line
 * before the judges who join it, "We concur:", "I concur:" (round 62 and its review): the layout's, and the end of the
 * judge's words (a footnote below is the court's page).
 */
// (Or a line telling who joins it, "Sandoval, J., joins this special concurrence.", round 63; "Weller and Sandoval, JJ., join
// this dissent.", the review of round 63.)
const OPINION_SIGNATURE = new RegExp(String.raw`^[\s*_]*(?:(?:/s/\s*)?${JUDGE_AND_OFFICE}(?:\s+[Pp]ro\s+[Tt]em\.?)?|(?:[Ww][Ee]|I)\s+(?:[Cc]oncur|CONCUR)\s*:?|(?:${JUDGE_AND_OFFICE},?|(?:${JUDGES_WORD},?\s+(?:and\s+)?){1,6}${JUDGES_WORD},\s+JJ\.,?)\s+joins?\s+(?:in\s+)?(?:this|the)\s+(?:special\s+)?(?:concurrence|dissent|opinion)\.?)[\s*_]*$`, 'u');
/**
 * What ends an opinion in a court's list of several cases (the review of round 62): the next case's caption with its
 * docket number, "IN RE MARRIAGE OF HALE, No. 58200-1-II", "STATE v. OKAFOR, No. 58011-4-II", or a court's own opinion,
 * "Per curiam."
 */
// (In capitals and a line of its own: not a citation opening a paragraph, "In re Marriage of Hale, No. 58200-1-II, slip op.
// at 6 …", the second review of round 62.)
const NEXT_CASE = /^[\s*_]*(?:(?:[Pp]er\s+[Cc]uriam|PER\s+CURIAM)\b|(?:IN\s+RE\s+|\p{Lu}[\p{Lu}\s.,'’&-]{2,80}\s+v\.?\s+)[\p{Lu}\s.,'’&-]{2,80},?\s+No\.\s*[\d-]+[\p{Lu}\d-]*[\s*_.]*$)/u;

/** A heading in capitals inside an opinion, perhaps numbered: "ANALYSIS", "II.\nADEQUACY OF THE SEARCH" (no small letter). */
const CAPITALS_HEADING = /^[\s*_#]*(?:[IVX]{1,5}\.|[A-Z]\.|\d{1,2}\.)?[^\p{Ll}.!?]{0,100}$/u;

/** The judge an opinion's run-in opening or its heading alone names, as printed (see `INLINE_OPINION_OPENER`, `OPENER_ALONE`); undefined for any other paragraph. */
function openersJudge(text: string): string | undefined {
  return (INLINE_OPINION_OPENER.exec(text) ?? OPENER_ALONE.exec(text))?.[1];
}

/** The genres whose text may be a court's opinions: "state supreme court opinion", "judgment", "decision". */
const COURTS_GENRE = /\b(?:opinions?|judg(?:e)?ments?|decisions?|rulings?)\b/i;
/** A court's words in a genre or an issuer's name: "state supreme court opinion", "Supreme Court of Arden", "judgment". */
const COURTS_WORDS = /\b(?:courts?|judiciary|tribunals?|judg(?:e)?ments?|law\s+reports?)\b/i;
/** A newsroom's genre about a judgment, "news report on supreme court decision" (the review of round 58): no court's opinions. */
// (Not a "law report", a court's judgment as the reports print it, the second review of round 58.)
const JOURNALISM_ABOUT_A_COURT = /\b(?:news|(?<!\blaw\s)report|story|article|coverage|analysis|feature|correspondent|reporter)\b/i;

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
  return lines.length > 0 && (isOpinionHeading(text) || MIXED_CASE_HEADING.test(text.trim()) || lines.every((line) => OPINION_LAYOUT_LINE.test(line)));
}

/** A line naming the judges who sat, "Before Chief Justice Adaeze Okonkwo and Justices Miriam K. Saltonstall, Ruth Holloway and Daniel McHugh." */
const BENCH_LINE = /^[\s*_]*(?:Before|BEFORE|Coram|CORAM|Present|PRESENT)\s*:?\s+[^\n]*\b(?:Justices?|JUSTICES?|Judges?|JUDGES?)\b/u;

/** A judge's full name by surname on the bench line (`BENCH_LINE`), where it names one judge so. */
function judgeOnBench(doc: SourceDocument, surname: string): string | undefined {
  const named = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?)\s+${escapeRegExp(surname)}(?![\p{L}])`, 'gu');
  const names = new Set(
    doc.paragraphs
      .filter((p) => BENCH_LINE.test(p.text))
      .flatMap((p) => [...p.text.matchAll(named)])
      .filter((m) => !isTitle(((m[1] as string).split(/\s+/u)[0] as string).toLowerCase()) && !/^(?:and|before|coram|justices|judges)$/iu.test((m[1] as string).split(/\s+/u)[0] as string))
      .map((m) => `${m[1]} ${surname}`),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * An opinion's heading in small letters, "Justice McHugh, dissenting." (group 1: the judge): one only where the document
 * heads its court's opinion so too, "Justice Saltonstall, opinion of the Court." (`MIXED_CASE_COURTS_OPINION`), an
 * American report's layout; not a subheading of a Canadian judgment's reasons on a court below, "Justice Martin,
 * dissenting." (the second review of round 58).
 */
const MIXED_CASE_HEADING = new RegExp(String.raw`^[\s*_]*(?:Chief\s+Justice|Justice|Judge)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,\s+${OPINION_KIND}`, 'u');
const MIXED_CASE_COURTS_OPINION = /^[\s*_]*(?:Chief\s+Justice|Justice|Judge)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,\s+(?:delivered\s+)?(?:the\s+)?opinion\s+of\s+the\s+[Cc]ourt\.?[\s*_]*$/u;

/** Whether a document heads its court's opinion in small letters (`MIXED_CASE_COURTS_OPINION`), so that its other opinions' headings so are headings too. */
function headsOpinionsInSmallLetters(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => p.text.length < 160 && MIXED_CASE_COURTS_OPINION.test(p.text.trim()));
}

/** The judge an opinion's heading names, as printed (see `OPINION_HEADING`, `MIXED_CASE_HEADING`); undefined for any other paragraph. */
function headingsJudge(text: string, smallLetters: boolean): string | undefined {
  if (text.length >= 160) return undefined;
  const m = OPINION_HEADING.exec(text.trim()) ?? (smallLetters ? MIXED_CASE_HEADING.exec(text.trim()) : null);
  return m ? ((m[1] ?? m[2]) as string) : undefined;
}

/** Whether a paragraph is an opinion's heading (see `OPINION_HEADING`, `OPINION_OF_JUDGES`). */
export function isOpinionHeading(text: string): boolean {
  return OPINION_HEADING.test(text.trim()) || isOpinionOfJudgesHeading(text);
}

/** Whether a paragraph is an international court's separate opinion's heading (`OPINION_OF_JUDGES`), a short one. */
function isOpinionOfJudgesHeading(text: string): boolean {
  return text.length < 160 && OPINION_OF_JUDGES.test(text.trim());
}

/**
 * A separate opinion's heading as the European Court of Human Rights and other international courts print it (round 64):
 * "JOINT DISSENTING OPINION OF JUDGES KAIRIENĖ AND WACHTEL", "PARTLY DISSENTING OPINION OF JUDGE WACHTEL", "Concurring
 * opinion of Judge Wachtel" (group 1: the judges' surnames as printed).
 */
const OPINION_OF_JUDGES = /^[\s*_#]*(?:JOINT\s+|Joint\s+)?(?:(?:PARTLY|PARTIALLY|Partly|Partially|partly|partially)\s+)?(?:(?:DISSENTING|CONCURRING|SEPARATE)\s+OPINION\s+OF\s+JUDGES?|(?:[Dd]issenting|[Cc]oncurring|[Ss]eparate)\s+opinion\s+of\s+Judges?)\s+(\p{Lu}[\p{L}'’ ,-]{1,150}?)[\s*_.]*$/u;
/** How the judges of one separate opinion are listed: "KAIRIENĖ AND WACHTEL", "Kairienė, Vukelić and Wachtel". */
const JUDGES_LIST = /\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND)\s+/u;
/** The most judges one separate opinion's heading is read for. */
const MAX_JOINT_JUDGES = 6;

/**
 * The judges a European separate opinion's heading names (`OPINION_OF_JUDGES`), each in full where the document prints a
 * given name before the surname once ("Gintarė Kairienė (Lithuania)," in the Chamber's composition), else cased, joined as
 * a joint byline is ("Gintarė Kairienė and Ingeborg Wachtel"); undefined for any other paragraph.
 */
function judgesOfSeparateOpinion(doc: SourceDocument, text: string): string | undefined {
  const printed = isOpinionOfJudgesHeading(text) ? OPINION_OF_JUDGES.exec(text.trim())?.[1] : undefined;
  if (!printed) return undefined;
  const surnames = printed.split(JUDGES_LIST).filter(Boolean);
  if (surnames.length > MAX_JOINT_JUDGES || !surnames.every((name) => name.split(/\s+/u).length <= 2)) return undefined;
  const names = surnames.map((surname) => {
    const cased = /\p{Lu}{2}/u.test(surname) ? casedCapitals(surname) : surname;
    return personBySurname(doc, cased) ?? cased;
  });
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A judgment's appendix heading: "APPENDIX", "Annex", "ANNEX II". */
const APPENDIX_HEADING = /^[\s*_#]*(?:APPENDIX|ANNEX|Appendix|Annex)(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-H]))?[\s*_.:]*$/u;

/** Whether a document is a court's or a tribunal's own by its genre's or its issuer's words ("state supreme court opinion", "Supreme Court of Arden", "judgment", "law report"). */
export function isCourtsDocument(source: SourceDocument['source']): boolean {
  return COURTS_WORDS.test(source.kind ?? '') || COURTS_WORDS.test(source.outlet ?? '');
}

/**
 * Whether a document is a court's opinion, judgment or decision (`COURTS_GENRE`) of the court's own (`isCourtsDocument`):
 * not a columnist's "opinion" quoting a judgment's headings (the third review of round 58), nor a newsroom's story on it.
 */
export function isCourtsOpinion(source: SourceDocument['source']): boolean {
  const kind = source.kind ?? '';
  return COURTS_GENRE.test(kind) && isCourtsDocument(source) && !JOURNALISM_ABOUT_A_COURT.test(kind);
}

/** Whether a document may hold a court's several opinions (cheap: its genre and one heading; see `separateOpinionTurns`). */
export function mayHaveSeparateOpinions(doc: SourceDocument): boolean {
  return isCourtsOpinion(doc.source) && doc.paragraphs.some((p) => (p.text.length < 160 && (isOpinionHeading(p.text) || MIXED_CASE_COURTS_OPINION.test(p.text.trim()))) || openersJudge(p.text) !== undefined);
}

/**
 * The turns of a judgment's opinions (see the module's note), each judge as the heading prints the name, cased ("Holloway"),
 * or the byline's judge in full; only where a dissent or a concurrence is among them: a judgment with one
 * opinion is its byline's voice already.
 */
export function separateOpinionTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayHaveSeparateOpinions(doc)) return [];
  const author = doc.source.author ? withoutOfficesOrCourtesyTitles(doc.source.author.trim(), true) : undefined;
  const smallLetters = headsOpinionsInSmallLetters(doc);
  const judges = doc.paragraphs.map((p) => {
    const judgesOf = judgesOfSeparateOpinion(doc, p.text);
    if (judgesOf) return judgesOf;
    const printed = headingsJudge(p.text, smallLetters) ?? openersJudge(p.text);
    if (!printed) return undefined;
    const cased = /\p{Lu}{2}/u.test(printed) ? casedCapitals(printed) : printed;
    // (The byline's judge by surname, "SALTONSTALL" of "Miriam K. Saltonstall", whom the text itself may never name in full.)
    if (author && author.split(/\s+/u).at(-1)?.toLowerCase() === cased.toLowerCase()) return author;
    // (Else in full where a bench line names the judge so, "Before Chief Justice Adaeze Okonkwo and Justices Miriam K.
    // Saltonstall, Ruth Holloway and Daniel McHugh.", or as printed, cased: not a party of the judge's surname, "JUSTICE LEE"
    // no "Terrence Lee" the case names, the reviews of round 58.)
    if (labelPhrase(cased)?.kind !== 'person') return undefined;
    return judgeOnBench(doc, cased) ?? cased;
  });
  // (An opinion its opening names, "LINDQVIST, J. — …", is its judge's though it is the only one: the slip opinion names no
  // author otherwise, round 62.)
  const openers = doc.paragraphs.map((p, at) => judges[at] !== undefined && INLINE_OPINION_OPENER.test(p.text));
  // (An international court's separate opinion, "JOINT DISSENTING OPINION OF JUDGES …", is the judges' though the court's
  // own reasons carry no heading: a release prints the Court's words above it, round 64.)
  const international = doc.paragraphs.map((p) => isOpinionOfJudgesHeading(p.text));
  const opened = openers.some(Boolean) || international.some(Boolean) || doc.paragraphs.some((p, at) => judges[at] !== undefined && OPENER_ALONE.test(p.text));
  if (!opened && !doc.paragraphs.some((p) => /\b(?:dissenting|concurring)\b/u.test(p.text) && headingsJudge(p.text, smallLetters))) return [];
  let judge: string | undefined;
  let internationalJudge = false;
  return doc.paragraphs.map((p, at) => {
    if (judges[at] !== undefined) {
      judge = judges[at];
      internationalJudge = international[at] === true;
      return openers[at] ? { start: 0, speaker: judge as string, written: true } : undefined;
    }
    // (An international court's separate opinion ends at a thematic break, its release's footnotes and disclaimer below, or
    // at its judgment's appendix, "APPENDIX" / "List of applicants", the review of round 64.)
    // (A rule of dashes or underscores, not "* * *", a US opinion's break between its parts, the review of round 64.)
    if (internationalJudge && ((isThematicBreak(p.text) && !p.text.includes('*')) || APPENDIX_HEADING.test(p.text))) judge = undefined;
    // (Its signature ends it, "LINDQVIST, J.", "We concur:"; so does the next case's caption or a per curiam opinion.)
    if (judge && opened && (OPINION_SIGNATURE.test(p.text) || NEXT_CASE.test(p.text))) judge = undefined;
    // (Its headings in capitals, "ANALYSIS", "II. ADEQUACY OF THE SEARCH", are the page's, nobody's words.)
    if (judge && opened && CAPITALS_HEADING.test(p.text)) return undefined;
    return judge ? { start: 0, speaker: judge, written: true } : undefined;
  });
}
