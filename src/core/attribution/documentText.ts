/**
 * A document's text as the speaker rules read it: its paragraphs' sentences and narration (a paragraph with
 * its quotations masked, where the rules look for who speaks), and places that say where in it a word is.
 */
import type { SourceDocument } from '../model.js';
import { type SentenceRange, splitSentences } from '../text/splitSentences.js';
import type { AttributedQuotation } from './documentAttribution.js';
import { EXCHANGE_LABEL, isLabelledQuestion } from './examinationExchanges.js';
import { documentQuotations, maskQuotations } from './quotations.js';

/** Places per paragraph: a place is its paragraph's position times this plus its offset in the paragraph, so that places compare in reading order. */
const PLACES_PER_PARAGRAPH = 1e6;

/** The place of the character at `offset` of the paragraph at position `paragraph`. */
export const placeOf = (paragraph: number, offset: number): number => paragraph * PLACES_PER_PARAGRAPH + offset;
/** The position of the paragraph a place is in. */
export const paragraphOf = (place: number): number => Math.floor(place / PLACES_PER_PARAGRAPH);
/** A place's offset in its paragraph. */
export const offsetOf = (place: number): number => place % PLACES_PER_PARAGRAPH;
/** A place after every word of the document: a transcript's labels are read once the whole text is. */
export const AFTER_THE_TEXT = Number.MAX_SAFE_INTEGER;

/** An obituary by its genre or title ("Brenda Kelsall obituary", "Obituary: …"). */
export const OBITUARY = /\bobituary\b/i;

/**
 * A nickname in single quotation marks between a given name and a surname, "Dwayne 'The Weasel' Carolan" (round 45): no
 * part of the name, nor anyone's words. (In double marks it is masked as a quotation: "Ma. Consuelo “Connie”
 * Villarama-Sison" already reads as the name before it. Round 55 tried blanking those too: the labellers keep a nickname
 * in double marks in the name, "John "Bud" Frazier", and the surname alone was right where the whole name no longer is.)
 */
const NICKNAME = /(?<=(?<![\p{L}])\p{Lu}\p{Ll}+\s)['‘](?:The\s)?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’](?=\s\p{Lu}\p{Ll})/gu;

/**
 * A newsletter's lead-in in capitals and its dash opening a paragraph, "A SHARP REBUKE — Former Sen. Hal Whitmore (R-Ky.) did
 * not mince words …", "FIRST IN PLAYBOOK — Rep. Kendra Lyle …" (round 46): no part of the sentence's subject. Only before a
 * sentence in small letters: not a broadcast script's "GFX – FULL-FRAME QUOTE, NORTH RIDINGS HOSPITALS NHS TRUST:". And
 * only a phrase with a small word of its own (`LEAD_IN_WORD`): not a name in capitals, "JOSE MOURINHO — He said …", the
 * sentence's subject (the review of round 46's rules). Nor before a sentence whose speaker is a pronoun (`PRONOUN_AFTER_LEAD_IN`):
 * "THUNE IN THE HALLWAY — Asked about the timeline, he shrugged: …" may name its "he" in the lead-in, the review of round 46.
 */
const CAPITALS_LEAD_IN = /^[\s*_]*(?:\p{Lu}[\p{Lu}\d'’&.-]*\s+){0,5}\p{Lu}[\p{Lu}\d'’&.-]*\p{Lu}[\s*_]*\s[—–]\s(?=[*_]*\p{Lu}[^\n]*\p{Ll})/u;

/** A small word that shows a lead-in in capitals to be a phrase, not a name: "A SHARP REBUKE", "FIRST IN PLAYBOOK" (not an initial, "JOHN A. BARRASSO"). */
const LEAD_IN_WORD = /(?<![\p{L}])(?:A|AN|THE|IN|OF|ON|FOR|TO|AND|AT|WITH|FROM|BY|IS|ARE)(?![\p{L}.])/u;

/** A pronoun before the first quotation mark or colon of the words after a lead-in: "Asked about the timeline, he shrugged:". */
const PRONOUN_AFTER_LEAD_IN = /^[^"“:]*(?<![\p{L}])(?:he|she|they|He|She|They)(?![\p{L}])/u;

/**
 * A dateline with no agency opening a paragraph, its place in capitals, then a comma, its state or country and a dash:
 * "MANILA, Philippines — ", "SANTA FE, N.M. — " (round 55). No part of the sentence's subject; not a name in capitals before
 * its dash, "JOSE MOURINHO — He said …", which has no comma.
 */
const DATELINE_WITH_COUNTRY = /^[\s*_]*\p{Lu}{2}[\p{Lu}\s.'’-]*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+[—–]\s(?=[*_]*\p{Lu})/u;

/**
 * A paragraph's masked text (as long as its text) with its nicknames (`NICKNAME`), a lead-in in capitals
 * (`CAPITALS_LEAD_IN`) and a dateline (`DATELINE_WITH_COUNTRY`) blanked out, so that the name reads whole and opens its
 * sentence.
 */
function withoutNicknames(masked: string, text: string): string {
  let out = masked;
  for (const m of text.matchAll(NICKNAME)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  const dateline = DATELINE_WITH_COUNTRY.exec(text)?.[0];
  const leadIn = CAPITALS_LEAD_IN.exec(text)?.[0];
  if (dateline) out = ' '.repeat(dateline.length) + out.slice(dateline.length);
  else if (leadIn && LEAD_IN_WORD.test(leadIn) && !PRONOUN_AFTER_LEAD_IN.test(text.slice(leadIn.length))) out = ' '.repeat(leadIn.length) + out.slice(leadIn.length);
  return out;
}

/**
 * A paragraph's masked text with an examination's answer label blanked out when the paragraph before is a question's,
 * "Q. Please give your full name." then "A. Priya Desai. I am …" (round 41), "A. Trevor rang me …" (round 49), or a
 * transcript's labelled question before it, "MS ADEYEMI: … your full name?" (round 54; not any question, "A member asked:
 * “Why …?”" before "A. Patel said", the review of round 54): no
 * initial of a name, nor a name a pronoun after it could stand for; but "A. William Reynolds, chairman, said" is his.
 */
function withoutAnswerLabel(masked: string, textBefore: string | undefined): string {
  const answer = EXCHANGE_LABEL.exec(masked);
  return answer?.[1] === 'A' && (EXCHANGE_LABEL.exec(textBefore ?? '')?.[1] === 'Q' || isLabelledQuestion(textBefore ?? '')) ? ' '.repeat(answer[0].length) + masked.slice(answer[0].length) : masked;
}

/**
 * A numbered paragraph's number, "6.1 ", "3.3 ", "1.2.4 " before its first capital (round 49): a report's or a decision's
 * clause number, no part of the sentence, whose subject it would hide ("6.1 Cllr Imran Bashir … has provided the following
 * comment:").
 */
// (Not a live blog's time, "08.56 GMT Carys Bowen, who runs a guest house, sent us this", "10.32 Housing minister …": a
// number of two parts whose second has two digits is read as a time and kept, held-out 55, 91 and 97.)
const CLAUSE_NUMBER = /^\s*(?!\d{1,2}\.\d{2}\s)\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{Lu})/u;

/**
 * A paragraph's masked text with a clause number (`CLAUSE_NUMBER`) blanked out; only before a sentence, the paragraph ending
 * in a stop or a colon: a numbered heading, "2.3 Historic England", keeps its number, which says it is one. (A quotation's
 * masked words, `MASK`, end a sentence too.)
 */
function withoutClauseNumber(masked: string): string {
  const number = /[.!?:"”’\u00A4]\s*$/u.test(masked) ? CLAUSE_NUMBER.exec(masked)?.[0] : undefined;
  return number ? ' '.repeat(number.length) + masked.slice(number.length) : masked;
}

/** One document's text, read once for all the rules. */
export class DocumentText {
  readonly paragraphs: SourceDocument['paragraphs'];
  /** The direct quotations, per paragraph position; their speakers are filled in as the document is read. */
  readonly quotations: AttributedQuotation[][];
  /** Each paragraph's sentences. */
  readonly sentences: SentenceRange[][];
  /** Each paragraph with its quotations masked (marks and words): what the reporter says around them. */
  readonly masked: string[];
  /** The document's narration: its text with every quotation masked (a word it prints outside quotation marks). */
  readonly narration: string;
  /** The whole of the document's text, for reading how it prints a name. */
  readonly wholeText: string;
  /** An obituary's title (the document is one by its genre or title): its "he" or "she" is most often the one it names. */
  readonly obituaryTitle: string | undefined;
  /** The document's byline (its `author` field): a line printing that name alone is the byline, whatever follows it. */
  readonly author: string | undefined;
  /** The document's title (its `title` field, the first heading the loader drops): a name it alone prints in full completes one the text prints short. */
  readonly title: string;

  constructor(doc: SourceDocument) {
    this.paragraphs = doc.paragraphs;
    this.quotations = documentQuotations(doc.paragraphs);
    this.sentences = doc.paragraphs.map((p) => splitSentences(p.text));
    this.masked = doc.paragraphs.map((p, at) => withoutClauseNumber(withoutAnswerLabel(withoutNicknames(maskQuotations(p.text, this.quotations[at] ?? []), p.text), doc.paragraphs[at - 1]?.text)));
    this.narration = this.masked.join('\n');
    this.wholeText = doc.paragraphs.map((p) => p.text).join('\n');
    this.author = doc.source.author;
    this.title = doc.source.title ?? '';
    this.obituaryTitle = OBITUARY.test(doc.source.kind ?? '') || OBITUARY.test(doc.source.title ?? '') ? (doc.source.title ?? '') : undefined;
  }
}
