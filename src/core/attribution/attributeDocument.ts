import type { SourceDocument } from '../model.js';
import { type SentenceRange, splitSentences } from '../text/splitSentences.js';
import { ISSUER_VOICE, OWN_VOICE } from './ownVoice.js';
import { leadsSentence } from './sentenceSubject.js';
import { documentQuotations, type Quotation } from './quotations.js';
import {
  ABBREVIATION,
  COMPANY_STOP,
  COMPANY_NAME,
  COMPANY_NOUNS,
  endsSentenceAt,
  labelPhrase,
  lastName,
  loneName,
  isReportingVerb,
  isOpeningPhrase,
  isRoleNoun,
  leadingSubject,
  mentionsIn,
  modifiersOf,
  NAMING_VERB,
  nameOnly,
  opensSentence,
  PARTICIPLE,
  PREPOSITIONS,
  PRONOUNS,
  RANK_NOUNS,
  sentenceSubject,
  QUOTING_VERB,
  REPORTING_VERB,
  subjectAfter,
  subjectAtStart,
  subjectBefore,
  THING_NOUNS,
  type MentionKind,
  type SpeakerPhrase,
} from './speakerPhrases.js';

/**
 * Who speaks where in one document, by rules on sentence structure:
 *
 * 1. A direct quotation is attributed by a reporting verb next to it: after it (`“…,” Novak said`,
 *    `“…,” said Jana Novak`, `“…,” Andris Kalnins, chief executive of…, told reporters`), before it
 *    (`Novak told the BBC: “…”`, `The document said “…”`, `…, saying “…”`, `quoted X as saying “…”`,
 *    `Platt called the vote ‘…’`), elsewhere in its sentence outside quotation marks, by `according to X`,
 *    by a colon after a sentence opening with a person (`Her verdict: “…”`), or by a name standing alone
 *    after it (`“…,” Anthony O'Reilly, Heinz's chairman.`). A colon before a quotation outranks the words
 *    after it, and words after a quotation that ends its sentence belong to the next sentence.
 * 2. A quotation with no verb of its own shares the speaker of a quotation beside it in the paragraph
 *    when nothing but that one's attribution stands between them (`“A,” she said. “B.”`), of the
 *    quotation it continues over a paragraph break, or of a paragraph ending `X said:` just before it.
 *    A title or term in quotation marks (`"Star Wars"`, `so-called "offset"`) is nobody's.
 * 3. Pronouns (`he said`) are the nearest earlier person heard speaking or named as a sentence's subject
 *    (`it said`: the organisation heard last); a description (`the defence minister`, `the company`) is
 *    the nearest earlier name of the same role, its words matching; a surname or a titled name (`Ms
 *    Novak`) is the full name the document gives (`Jana Novak`). An unnamed source keeps its description.
 * 4. An interview's or transcript's labelled paragraphs (`Novak: …`, `Q:`/`A:`) are their speakers'.
 * 5. An opinion piece, column, editorial or statement speaks in its author's voice (the outlet's for an
 *    unsigned editorial or statement), except in notes about the author. A news report's own narration
 *    has no speaker. Where the rules cannot read who speaks, nobody is named.
 */

/** A stretch of a paragraph and who speaks it. */
export interface SpeakerSpan {
  /** The paragraph's 1-based `index`. */
  paragraph: number;
  start: number;
  end: number;
  speaker: string;
  /**
   * `quoted`: a direct quotation (the words in quotation marks); `reported`: a sentence of reported speech
   * ("Novak said the ministry would publish…": the reporter's words, the speaker's claim); `author`: the
   * document's own voice (an opinion piece's author).
   */
  kind: 'quoted' | 'reported' | 'author';
}

/** A direct quotation of the document and its speaker, when the document attributes it. */
export interface AttributedQuotation extends Quotation {
  speaker?: string;
}

export interface DocumentAttribution {
  /** The direct quotations, per paragraph position (0-based, as in `doc.paragraphs`). */
  quotations: AttributedQuotation[][];
  /** Sentences of reported speech (no quotation marks) and their speaker. */
  reported: SpeakerSpan[];
  /** Who speaks the document's own text: an opinion piece's author; undefined for a news report. */
  ownVoice?: string;
  /** Paragraph positions that speak about the author (notes such as "The author is…"): nobody's voice. */
  notes: Set<number>;
  /**
   * An interview's or transcript's turns, per paragraph position: the paragraph after its label
   * (`Novak: …`) and the paragraphs that go on with it are the labelled speaker's (no speaker for a label
   * the text does not resolve). Empty for a document that is not a transcript.
   */
  turns: (SpeakerTurn | undefined)[];
}

/** A paragraph of an interview or transcript spoken by one person: from `start` (past the label) to its end. */
export interface SpeakerTurn {
  start: number;
  speaker?: string;
}

/** What a document's rules may ask of the rest of its collection. */
export interface AttributionContext {
  /**
   * The one proper name the document's collection gives a thing the document only describes: "the
   * proposals" → "Prague Proposals". Undefined when the collection has none, or more than one.
   */
  properName?(head: string): string | undefined;
}

/**
 * A note about the author ("The author is…", "The writer contributed…"): not the author's argument. Only a
 * sentence that opens with it ("When the author is a model…" in an argument is no note).
 */
const AUTHOR_NOTE = /(?:^|[.!?]\s+|[(*_[]\s*)the (?:author|writer|columnist)s?\b/i;
/** How many closing paragraphs may hold an author's bio ("Tereza Vlckova is a lawyer…"; set 13: the last one, a note may follow). */
const AUTHOR_BIO_PARAGRAPHS = 2;

/** Whether a paragraph is the author's bio: it opens with the author's own name, then "is a/an/the…" or "was…". */
function isAuthorBio(text: string, author: string | undefined): boolean {
  const name = author?.trim();
  if (!name) return false;
  const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`^[\\s*_]*${pattern}\\s+(?:is|was)\\s+(?:also\\s+)?(?:a|an|the)\\b`, 'u').test(text);
}
/** How far back (paragraphs) "the agency said" looks for the one organisation heard speaking (set 9: the paragraph before). */
const DESCRIBED_ORGANISATION_PARAGRAPHS = 1;
/** How far back (paragraphs) a pronoun or description may look for what it refers to. */
const REFERENCE_PARAGRAPHS = 4;
/** Words in a public body's name: a regulator, a ministry, a court is never "the company". */
const PUBLIC_BODY = /\b(?:Commission|Ministry|Department|Authority|Court|Parliament|Council|Agency|Regulator|Office|Police|Government|Committee|Tribunal|Bureau|Inspectorate|Ombudsman)\b/;
/** A name printed as an acronym ("OPEC", "IBM", "AT&T"): an organisation's, never a person a "he" or "she" stands for. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]+$/u;
/** Mentions at most a pronoun or description looks back over (a paragraph of a thousand sentences stays linear). */
const MAX_REFERENTS = 100;
/** Words a quotation needs to be read as speech going on in the voice just heard (not a quoted term). */
const MIN_SPEECH_WORDS = 4;
/** Characters either side of a person's name read as what the text says about them ("Syrian", "Sunshine Mining"). */
const AROUND_CHARS = 60;
/** Words at most between a reporting verb and the quotation it introduces ("said the cap would “…”"). */
const MAX_WORDS_VERB_TO_QUOTE = 12;
/**
 * Words at most between a reporting verb and its quotation when the words between are one clause of the
 * verb's (`told a press conference … that …`, `described his meeting … as`).
 */
const MAX_WORDS_VERB_TO_QUOTE_LONG = 30;
/** Words at most after a sentence-final "…, X said" ("said in a statement on Tuesday"). */
const MAX_WORDS_TAIL = 6;
/** Words at most before a reporting verb right after a quotation ("“…,” Finance Minister Tomas Lind told"). */
const MAX_WORDS_QUOTE_TO_VERB = 6;

/** Someone or something mentioned, as it will be named if a pronoun or description refers to it. */
interface Referent {
  name: string;
  kind: MentionKind;
  gender?: 'm' | 'f';
  /** The words naming it as printed (with titles: "Transport Minister Jana Novak"). */
  text: string;
  /** Head noun of a description, or the name. */
  core: string;
  form: SpeakerPhrase['form'];
  at: number;
  /** Named as the speaker of a quotation or of reported speech (not merely mentioned). */
  spoke?: boolean;
  /** The first person a sentence names, not after a preposition: most often its subject. */
  subject?: boolean;
  /** A name the text shows to be a person's (a title or role beside it, an age, a gender, speech). */
  person?: boolean;
  /** The first name a sentence gives, not after a preposition ("Josef Hruby is already untying the rope"). */
  opening?: boolean;
  /** The sentence's grammatical subject by its shape ("Her Polish counterpart, Agnieszka Nowicka, was blunter still"). */
  leads?: boolean;
  /** Roles written right beside the name ("spokesman Marlin Fitzwater", "Mary Lee, an analyst"): "the spokesman" is this person. */
  roles?: string[];
  /**
   * A document or organisation the text only describes and never names ("the report" with no issuer in
   * sight): kept so that "it said" refers to it, but nobody a reader could be told is the speaker.
   */
  unnamed?: boolean;
  /** A description resolved to whoever issued it or is named in it ("the report" → the OECD). */
  issued?: boolean;
}

/** A name with a word printed as an acronym ("Without INRA") is no person's a "he" or "she" goes on about. */
const hasAcronymWord = (name: string): boolean => name.split(/\s+/).some((w) => ACRONYM.test(w) && !/^[IVX]+$/.test(w));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Titles printed otherwise than the role a story later calls their holder by: abbreviations ("Gov. Garrey
 * Carruthers" is "the governor"), a UK High Court judge's "Mrs Justice Adeyemi-Clarke" ("the judge"), "Dr"
 * and "Prof" ("the doctor", "the professor").
 */
const TITLE_ROLES: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant', col: 'colonel', capt: 'captain',
  sgt: 'sergeant', det: 'detective', insp: 'inspector', supt: 'superintendent', adm: 'admiral', cmdr: 'commander', cllr: 'councillor',
  ald: 'alderman', amb: 'ambassador', pres: 'president', atty: 'attorney', justice: 'judge', dr: 'doctor', prof: 'professor',
};

/** The words of a name as printed, in lower case, each title followed by the role it stands for ("Gov. Carruthers" → gov., governor, carruthers). */
function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s'’]+/)
    .flatMap((w) => {
      const role = TITLE_ROLES[w.replace(/\.$/, '')];
      return role ? [w, role] : [w];
    });
}

/** "the Texas Democrat", "the Ohio Republican": a politician by party and state, never a name of its own. */
const PARTY_EPITHET = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:Democrat|Republican)$/u;

const MASK = '\u00A4';

/** A connective opening a sentence before its quotation ("Furthermore, “…”"): the voice just heard goes on. */
const CONNECTIVE_OPENING = /^\s*(?:Furthermore|Moreover|Besides|Still|Indeed|Nevertheless|Nonetheless|Also|Otherwise|However|In addition|But|And)\s*,?\s*$/;

/** A run of capitalised words: a name, however many words it has. */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}.'&-]*\s+)*\p{Lu}[\p{L}.'&-]*/gu;

/** A verb joined to the sentence's first one ("He thanked them, but added"): its subject is the sentence's. */
const COORDINATED = /\b(?:and|but|then|while|yet)\s*,?\s*$/i;

/** A full stop that is not an initial's or a title's ("P.S. Tam", "Mr. Smith", "U.S."). */
const STOP = String.raw`(?<!\b\p{Lu})(?<!${ABBREVIATION})[.!?]`;
/** Where a sentence ends in the words after a quotation (or another quotation starts). */
const SENTENCE_END = new RegExp(String.raw`${STOP}(?:\s|$)|${COMPANY_STOP}|\u00A4`, 'u');
/** Sentence breaks in the words before a quotation. */
const SENTENCE_BREAK = new RegExp(String.raw`(?:${STOP}|${COMPANY_STOP})\s+(?=\S)`, 'gu');

/** The paragraph with its quotations' marks and words masked, so that rules see only the narration. */
function maskQuotations(text: string, quotes: Quotation[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const q of quotes) {
    pieces.push(text.slice(at, q.open), MASK.repeat(q.close - q.open));
    at = q.close;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A verb that may attribute a quotation, with where it is and how it finds its subject. */
interface Verb {
  index: number;
  end: number;
  /** `report`: said, told…; `quoting`: a verb taking the quotation as its object (called, described…); `participle`: saying, adding… */
  type: 'report' | 'quoting' | 'participle';
  word: string;
}

/** An article, possessive or other determiner ending a text: the word after it is no verb. */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|an|its|their|his|her|our|these|those|such|new|further)\s+$/iu;

/** The verbs in a text, in order (of the types asked for). */
function verbsIn(text: string, types: Verb['type'][] = ['report']): Verb[] {
  const patterns: [Verb['type'], RegExp][] = [
    ['report', REPORTING_VERB],
    ['quoting', QUOTING_VERB],
    ['participle', PARTICIPLE],
  ];
  const out: Verb[] = [];
  for (const [type, pattern] of patterns) {
    if (!types.includes(type)) continue;
    for (const m of text.matchAll(pattern)) {
      // After an article or a possessive the word is a noun or an adjective ("the proposed resolution",
      // "the charges to earnings", "its calls"), never the verb of a clause.
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type, word: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Whether the verb nearest before a quotation in its sentence is a quoting verb ("… though she knows the
 * candidate’s supporters have called the count “rigged”"): the quotation is that verb's object, whoever
 * its subject is; another verb of the sentence ("She says …") does not give it a speaker.
 */
function objectOfQuotingVerb(masked: string, sentenceStart: number, open: number): boolean {
  const before = masked.slice(sentenceStart, open);
  const last = verbsIn(before, ['report', 'quoting', 'participle']).at(-1);
  // Its object runs up to the quotation: a few words ("called the first count “rigged”"), no comma or
  // quotation between (in "the plan, which critics called “rushed”, was “the best we have”", the second
  // quotation is no longer the verb's).
  const between = last ? before.slice(last.end) : '';
  if (last?.type !== 'quoting' || /[,;:\u00A4]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > MAX_WORDS_QUOTING_OBJECT) return false;
  // Only a subject of common nouns ("supporters have called", "critics called") is someone else for sure; a
  // pronoun or a name there ("Smith said he believes “…”") may well be the sentence's speaker again.
  const subjectWord = /([\p{L}'’-]+)\s+(?:(?:has|have|had|also|have\s+long|repeatedly)\s+)*$/u.exec(before.slice(0, last.index))?.[1] ?? '';
  return /^\p{Ll}/u.test(subjectWord) && !PRONOUNS.has(subjectWord);
}

/** The most words of a quoting verb's object before the quotation it names ("called [the first count] “rigged”"). */
const MAX_WORDS_QUOTING_OBJECT = 5;

/**
 * Whether a quotation is a title or a name ("Star Wars", "60 Minutes", "New Leaders,", "Pete"): up to four
 * words, each capitalised or a number, small words between. Nobody speaks it.
 */
function isTitle(words: string): boolean {
  const tokens = words.trim().replace(/[,.;:!?]+$/, '').split(/\s+/);
  // One capitalised word is a name or a nickname (C.J. "Pete" Silas) unless punctuated as speech ("Never,").
  if (tokens.length === 1) return /^\p{Lu}[\p{L}\p{N}-]*$/u.test(words.trim()) && !/^(?:No|Yes|Never|Nothing|Absolutely|Exactly)$/.test(words.trim());
  if (tokens.length > 4) return false;
  const big = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  return big(tokens[0] as string) && big(tokens[tokens.length - 1] as string) && tokens.every((w) => big(w) || /^(?:of|and|the|a|an|in|on|for|to|de)$/.test(w));
}

/**
 * Whether a one-word quotation is a term of the story's own ("the Nicaraguan “contra” rebels" in a story
 * that speaks of "its contra program" outside quotation marks): the reporter's marks flag a word, not
 * someone's speech. A word the story prints only between quotation marks ("a “decent” price") may be.
 */
function isStoryTerm(words: string, narration: string): boolean {
  const word = words.trim().replace(/[,.;:!?]+$/, '');
  if (!/^[\p{L}][\p{L}-]*$/u.test(word)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'iu').test(narration);
}

/** A clause attributing speech: who, and the stretch of the paragraph it takes. */
interface Clause {
  phrase: SpeakerPhrase;
  from: number;
  to: number;
  /** Introduces the quotation with a colon (`Novak told reporters: “…”`): nothing after the quotation outranks it. */
  colon?: boolean;
}

/**
 * Whether a quotation's words end its sentence, so that the words after it begin another one: a full stop
 * or an ellipsis then a capital (`“…in court.” He added`), or `?`/`!` then a word that only opens
 * sentences (`“Why?” The minister…`; but `“Why?” Novak asked` goes on).
 */
function endsSentence(text: string, q: Quotation): boolean {
  const words = text.slice(q.start, q.end).trimEnd();
  const next = /^\s*(\S+)/.exec(text.slice(q.close))?.[1];
  if (!next || !/^\p{Lu}/u.test(next)) return false;
  if (/(?:\.|\u2026)$/.test(words)) return true;
  return /[!?]$/.test(words) && opensSentence(next);
}

/**
 * The attribution right after a quotation: `, Novak said`, `, said Jana Novak`, `, it said in a statement`;
 * or, with no verb, a name standing alone after a quotation that ends with a comma (`“…,” Anthony
 * O'Reilly, Heinz's chairman.`).
 */
function clauseAfter(text: string, masked: string, q: Quotation, to: number, knownPerson: (core: string) => boolean): Clause | undefined {
  if (endsSentence(text, q)) return undefined;
  const from = q.close;
  const rest = masked.slice(from, to);
  const lead = /^[\s,;\u2014\u2013-]*/.exec(rest)?.[0].length ?? 0;
  const sentenceEnd = rest.slice(lead).search(SENTENCE_END);
  const clause = rest.slice(lead, sentenceEnd < 0 ? undefined : lead + sentenceEnd);
  const verbs = verbsIn(clause, ['report', 'participle']);
  const verb = verbs[0];
  const span = { from: from + lead, to: from + lead + clause.length };
  if (!verb) {
    // Only for speech opening its sentence: `“…,” Name, role.` (not `the so-called “New Leaders,” Name…`).
    const lead = text.slice(Math.max(0, q.open - 16), q.open);
    const opensItsSentence = /[.!?]["\u201D\u2019]?\s*$/.test(lead) || (q.open <= 16 && /^\s*$/.test(lead));
    const speech = /,\s*$/.test(text.slice(q.start, q.end)) && wordsIn(text.slice(q.start, q.end)) >= MIN_SPEECH_WORDS;
    const name = opensItsSentence && speech ? nameOnly(clause.split(',')[0] ?? '') : undefined;
    return name ? { phrase: name, ...span } : undefined;
  }
  if (verb.type === 'participle') {
    // `“…,” Tehran Radio quoted him as saying.`
    const phrase = /\bquoted\b/i.test(clause.slice(0, verb.index)) ? subjectOfVerb(clause, verb, verbs) : undefined;
    return phrase ? { phrase, ...span } : undefined;
  }
  const before = clause.slice(0, verb.index);
  // `“fairly priced” against most currencies and added “…”`: the verb goes on from the sentence's subject.
  if (COORDINATED.test(before)) return undefined;
  if (wordsIn(before) > MAX_WORDS_QUOTE_TO_VERB) {
    // `“…,” James Kinnear, Texaco's president and chief executive officer, told reporters`; `“…,” Sergeyev,
    // who works at …, said`; `“…,” panel member Paul Bergstresser of the University of Texas told`.
    const fullPerson = (p: SpeakerPhrase | undefined) => p?.form === 'name' && p.kind === 'person' && (p.core.includes(' ') || p.text !== p.core || knownPerson(p.core));
    const appositive = /^([^,]+),\s*(who\b)?[^\u00A4]*$/.exec(before);
    const first = appositive ? subjectBefore(appositive[1] as string) : undefined;
    // The name must end the first part ("Ways and Means chairman Dan Rostenkowski, an Illinois Democrat,"; not
    // "Sand hopes to break even this year, Shattner said").
    const endsWithName = !!first && (appositive?.[1] ?? '').trimEnd().endsWith(first.text.split(' ').pop() as string);
    const name = appositive ? (nameOnly(appositive[1] as string) ?? (fullPerson(first) && endsWithName ? first : undefined) ?? (appositive[2] ? loneName(appositive[1] as string) : undefined)) : undefined;
    if (name) return { phrase: name, ...span };
    // Else the words after the last comma: `“…” while sales dipped, senior vice president Ian Diery said`;
    // `“…,” a spokesman for one of the major Dutch roasters said`. Only a person, named or described.
    const afterComma = before.slice(before.lastIndexOf(',') + 1);
    // (A name counts as one word: "the secretary general of the Organisation for Economic Cooperation and Development Jean-Claude Paye".)
    const subject = wordsIn(afterComma.replace(CAPITALISED_RUN, 'X')) <= 2 * MAX_WORDS_QUOTE_TO_VERB ? subjectBefore(afterComma) : undefined;
    const named = fullPerson(subject);
    const described = subject?.form === 'description' && subject.kind !== 'thing';
    if (subject && (named || described)) return { phrase: subject, ...span };
    // `“…,” thus paving the way for a more accommodative policy, added John Michael, analyst at …`: a
    // clause of the quotation's, then the verb and a person's full name after it.
    const inverted = wordsIn(afterComma) === 0 ? subjectAfter(clause.slice(verb.end)) : undefined;
    return fullPerson(inverted) ? { phrase: inverted as SpeakerPhrase, ...span } : undefined;
  }
  // `“…” and get more data, said Joel Reed`: the verb comes before its subject.
  const phrase = wordsIn(before) === 0 ? subjectAfter(clause.slice(verb.end)) : (subjectBefore(before) ?? (/,\s*$/.test(before) ? subjectAfter(clause.slice(verb.end)) : undefined));
  return phrase ? { phrase, ...span } : undefined;
}

/** A subject, then an aside set off by commas that opens with "a … of which" or "which" (group 1: the subject). */
const ASIDE_BEFORE_VERB = /^\s*([^,]+),\s*(?:which|(?:a|an|one|some|parts?)\s+(?:[\p{L}-]+\s+){0,2}?of\s+which)\b[^,]*,\s*$/u;

/** The subject a pronoun stands for after "quoted … as saying". */
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Words before a verb that make it passive ("was described as", "so-called"): its subject did not speak. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|so)[\s-]*$/i;
/** Words right after a verb that make it passive ("the plan, described as “…”", "labelled by critics"). */
const PASSIVE_AFTER = /^\s*(?:as|by)\b/i;

/**
 * Who a verb in a clause makes the speaker: the subject before it (`Novak said`, `Platt called the vote`),
 * the one named after it (`said Jana Novak`), or for a participle the sentence's subject (`De Croo
 * criticised…, saying`), and `quoted X as saying` → X.
 */
function subjectOfVerb(clause: string, verb: Verb, verbs: Verb[]): SpeakerPhrase | undefined {
  const subjectText = clause.slice(0, verb.index);
  const start = Math.max(0, subjectText.search(/[^;:]*$/));
  const own = subjectText.slice(start);
  if (verb.type === 'participle') {
    // "X was quoted (in the Tribune) as saying": X; "the radio quoted him as saying": him.
    const wasQuoted = /^(.*?)\s*\b(?:was|were|is|are|has been|have been|had been)\s+(?:\S+\s+){0,3}?quoted\b/i.exec(own);
    if (wasQuoted) return subjectBefore(wasQuoted[1] as string);
    // ("Tehran Radio quoted X telling a delegation, “…”": the participle may follow X without "as".)
    const quotedAs = /\bquoted\s+(.+?)(?:\s+as)?\s*$/i.exec(subjectText);
    if (quotedAs) {
      const whom = (quotedAs[1] as string).replace(/^(him|her|them)\b/i, (w) => OBJECT_PRONOUNS[w.toLowerCase()] ?? w);
      return PREPOSITIONS.has(whom.split(/\s/)[0]?.toLowerCase() ?? '') ? undefined : subjectAfter(whom);
    }
    // "…, with Reagan describing France as “…”": the name the participle follows is its subject.
    const absolute = /\b[Ww]ith\s+((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*)\s*$/u.exec(subjectText);
    if (absolute) return lastName(absolute[1] as string);
    // The participle's subject is the finite verb's before it in the sentence, or the sentence's ("He
    // declined to comment, saying": an infinitive is no finite verb).
    const finite = verbs.filter((v) => v.type !== 'participle' && v.index < verb.index && !/\bto\s+$/i.test(clause.slice(0, v.index))).pop();
    return finite ? subjectOfVerb(clause, finite, verbs) : sentenceSubject(own);
  }
  // "The Commission's annual enlargement package, a draft of which was first reported by Capital Europe
  // last week, calls …": the subject is the words before an aside set off by commas, not a name inside it.
  const aside = ASIDE_BEFORE_VERB.exec(own);
  const asideSubject = aside ? subjectBefore(aside[1] as string) : undefined;
  if (asideSubject && !(verb.type === 'quoting' && PASSIVE_AFTER.test(clause.slice(verb.end)))) return asideSubject;
  if (verb.type === 'quoting') {
    if (wordsIn(own) === 0 || PASSIVE_BEFORE.test(own) || PASSIVE_AFTER.test(clause.slice(verb.end))) return undefined;
    const reporter = reporterOfPronoun(own);
    if (reporter) return reporter;
    // "Braks told journalists he had rounded on Kiechle and accused Bonn of “…”": the subject is the
    // sentence's, not the name before "and".
    return COORDINATED.test(own) ? (subjectAtStart(own) ?? subjectBefore(own)) : subjectBefore(own);
  }
  // "Haggard said he does not know what chances the ASA-backed proposals have but said, “…”": a verb
  // coordinated after a clause of its own goes on from the sentence's subject, not the words before it.
  if (COORDINATED.test(own) && wordsIn(own) > MAX_WORDS_QUOTE_TO_VERB) {
    const opening = subjectAtStart(own);
    if (opening) return opening;
  }
  // "In a filing with the SEC, the group disclosed … and said it “…”": the sentence's subject, past its opening phrase.
  return subjectBefore(own) ?? (wordsIn(subjectText) === 0 ? subjectAfter(clause.slice(verb.end)) : COORDINATED.test(subjectText) ? (subjectAtStart(subjectText) ?? subjectPastOpening(subjectText)) : undefined);
}

/**
 * The person a pronoun subject reports for when a name's reporting verb introduces its clause: in "He said
 * he was pleased that chairman A. William Reynolds stated at the meeting that he found …", the "he" who
 * found is Reynolds, the one whose statement the clause is, not the sentence's first "he".
 */
function reporterOfPronoun(own: string): SpeakerPhrase | undefined {
  // (The last name before such a verb: the sentence's own "He said he … that" is no name.)
  const m = /^.*\s((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*)\s+(\p{Ll}+)\s+(?:[^,;:\u00A4]*?\s)?that\s+(?:he|she)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?$/u.exec(own);
  if (!m || !isReportingVerb(m[2] as string)) return undefined;
  const name = lastName(m[1] as string);
  return name?.kind === 'person' ? name : undefined;
}

/** Words that open a phrase set off by a comma before a sentence's subject ("In a filing with the SEC,"). */
const OPENING_WORD = /^(?:in|on|at|after|before|although|though|while|when|if|as|since|because|under|with|without|despite|during|for|from|by|following|besides|however|also|meanwhile)$/i;

/** The subject of a sentence past its opening phrases: "In a filing with the SEC, the group disclosed …" → the group. */
function subjectPastOpening(text: string): SpeakerPhrase | undefined {
  const segments = text.split(',');
  let i = 0;
  while (i < segments.length - 1 && (OPENING_WORD.test(/^\s*(\S+)/.exec(segments[i] as string)?.[1] ?? '') || /^\s*\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(segments[i] as string))) i++;
  return i > 0 ? sentenceSubject(segments[i] as string) : undefined;
}

/**
 * The attribution right before a quotation: `Novak told the BBC:`, `The document said`, `according to X,`,
 * `Platt called the vote`, `…, saying`; with no verb, a colon after a sentence opening with a person
 * (`The spokesman, Daniel Sulc, had a short answer:`).
 */
function clauseBefore(masked: string, from: number, to: number): Clause | undefined {
  const text = masked.slice(from, to);
  const sentenceStart = Math.max(0, ...[...text.matchAll(SENTENCE_BREAK)].map((m) => (m.index ?? 0) + m[0].length));
  const clause = text.slice(sentenceStart);
  const colon = /:\s*$/.test(clause);
  // "Said one trader:", "Commented another diplomat:": the verb first, then who spoke.
  // ("Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, “…”": the name, then its appositive.)
  const inverted = /^\s*(\p{Lu}\p{Ll}+)\s+([^:\u00A4]+?)[,:]?\s*$/u.exec(clause);
  const invertedWords = wordsIn(((inverted?.[2] as string | undefined) ?? '').split(',')[0] as string);
  // ("Asked whether the plan would survive, Novak said:": a verb later in the clause makes the first word an
  // opening participle, not an inverted attribution.)
  if (inverted && isReportingVerb(inverted[1] as string) && verbsIn(inverted[2] as string).length === 0 && invertedWords <= MAX_WORDS_QUOTE_TO_VERB && wordsIn(inverted[2] as string) <= MAX_WORDS_VERB_TO_QUOTE_LONG && !PREPOSITIONS.has((inverted[2] as string).split(/\s/)[0] as string)) {
    const phrase = subjectAfter(inverted[2] as string);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  const according = /\baccording to\s+([^,\u00A4]+?)\s*,?\s*$/i.exec(clause) ?? /\baccording to\s+([^,\u00A4]+)/i.exec(clause);
  const verbs = verbsIn(clause, ['report', 'quoting', 'participle']);
  const verb = verbs[verbs.length - 1];
  // A long stretch between the verb and the quotation still ties them when it is one clause of the verb's
  // ("Melamed … told a press conference yesterday at the … convention that within the next year or two the
  // Japanese government is “…”"; "He described his meeting with …, in which he …, as “…”").
  const between = verb ? clause.slice(verb.end) : '';
  // ("Shultz called proposals to broaden the eligibility criteria of … to include all U.S. customers
  // “questionable.”": a naming verb's object, however long, then the quotation that names it.)
  const namedObject = !!verb && verb.type === 'quoting' && NAMING_VERB.test(verb.word) && /^\s+\p{Ll}/u.test(between) && !/[;:]/.test(between);
  const longTie = !!verb && wordsIn(between) <= MAX_WORDS_VERB_TO_QUOTE_LONG && (verb.type === 'report' ? /^\s+(?:\S+\s+){0,12}?that\b/.test(between) : verb.type === 'quoting' && (/\bas\s*$/.test(between) || namedObject));
  if (verb && (wordsIn(between) <= MAX_WORDS_VERB_TO_QUOTE || longTie)) {
    // "a scheme called “Smart Port”", "the consortium called SEMATECH, for “…”": a name, not speech.
    const after = clause.slice(verb.end);
    const naming = NAMING_VERB.test(verb.word) && (wordsIn(after) === 0 || /^\s*\p{Lu}/u.test(after) && !opensSentence(/^\s*(\S+)/.exec(after)?.[1] ?? ''));
    const phrase = naming ? undefined : subjectOfVerb(clause, verb, verbs);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  if (according) {
    const phrase = subjectAfter(according[1] as string);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  if (colon && verbs.length === 0) {
    const phrase = leadingSubject(clause);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  return undefined;
}

/** The attribution anywhere else in the quotation's sentence, outside quotation marks. */
function clauseInSentence(masked: string, sentence: { start: number; end: number }, types: Verb['type'][] = ['report']): Clause | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const verbs = verbsIn(text, types);
  /** Where the clause a passive reporting verb introduces begins ("Jurors were told that …": past "that"). */
  let heardFrom = 0;
  for (const v of verbs) {
    const before = text.slice(0, v.index);
    // A reporting verb in the passive ("Jurors were told", "he was asked") has its hearer for a subject,
    // not a speaker: the speaker is the subject of the clause it introduces ("…were told that when he was
    // interviewed by police, Mr Pickersgill said").
    if (v.type === 'report' && PASSIVE_BEFORE.test(before)) {
      const that = /^\s+(?:\S+\s+){0,3}?that\b/.exec(text.slice(v.end));
      if (that) heardFrom = v.end + that[0].length;
      continue;
    }
    const start = Math.max(0, heardFrom, before.lastIndexOf(MASK) + 1, before.search(/[^;:]*$/));
    let phrase: SpeakerPhrase | undefined;
    if (v.type === 'participle') {
      // Only "…, saying …" with the sentence's own subject or verb before it.
      phrase = before.lastIndexOf(MASK) < 0 ? subjectOfVerb(text, v, verbs) : undefined;
      if (phrase) return { phrase, from: sentence.start, to: sentence.start + v.end };
      continue;
    }
    const subjectText = before.slice(start);
    phrase = wordsIn(subjectText) > 0 ? (subjectBefore(subjectText) ?? (COORDINATED.test(before) ? subjectAtStart(subjectText) : undefined)) : subjectAfter(text.slice(v.end));
    // A subject of a few words, or a name with its appositive ("Kenneth Blaylock, President of …, said").
    const appositive = /^\s*([^,]+),[^,]*(?:,[^,]*)*,\s*$/.exec(subjectText);
    // ("The OECD, in its semi-annual review of the world economy, said": an organisation, then where it said it.)
    const inDocumentAside = appositive && documentsSpokenIn(subjectText.slice((appositive[1] as string).length)).length > 0 ? lastName(appositive[1] as string) : undefined;
    // ("A spokeswoman for the Brussels police zone, Sofie Peeters, said": a description, then the person's
    // full name set off by commas right before the verb.)
    const nameLast = /,\s*([^,]+),\s*$/.exec(subjectText);
    const appositiveName = nameLast ? nameOnly(nameLast[1] as string) : undefined;
    const named = appositive ? (nameOnly(appositive[1] as string) ?? (inDocumentAside?.form === 'name' && inDocumentAside.kind === 'thing' ? inDocumentAside : undefined) ?? (appositiveName?.core.includes(' ') ? appositiveName : undefined)) : undefined;
    if (named) phrase = named;
    if (phrase && (wordsIn(subjectText) <= 8 || named)) return { phrase, from: sentence.start + start, to: sentence.start + v.end };
    // "…, an airline spokesman said.": the words after the last comma, when the verb ends the sentence.
    const afterComma = subjectText.slice(subjectText.lastIndexOf(',') + 1);
    const tail = text.slice(v.end);
    // ("…, Fujitsu said in a prospectus for a warrant bond recently issued in London.": where it was said, however long.)
    const inDocument = new RegExp(String.raw`^\s*in\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ISSUED_NOUNS].join('|')})\b`, 'u').test(tail);
    // ("Townsend Thoresen operate two other ships …, but Brabazon said it was not planned …": a conjunction
    // after a comma opens a clause of its own, whose subject is the name or pronoun right before its verb.)
    const clauseSubject = /^\s*(?:but|and|while|whereas|yet)\s+/i.test(afterComma) && wordsIn(afterComma) <= MAX_WORDS_QUOTE_TO_VERB ? subjectBefore(afterComma) : undefined;
    if (clauseSubject && (clauseSubject.form === 'name' || clauseSubject.form === 'pronoun')) return { phrase: clauseSubject, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
    if (subjectText.includes(',') && wordsIn(afterComma) > 0 && (inDocument || wordsIn(tail.replace(new RegExp(MASK, 'g'), ' ')) <= MAX_WORDS_TAIL)) {
      const tailPhrase = subjectBefore(afterComma);
      // A long name counts as one word ("…, the Organisation for Economic Cooperation and Development said").
      const words = wordsIn(afterComma) - (tailPhrase?.form === 'name' ? wordsIn(tailPhrase.text) - 1 : 0);
      if (tailPhrase && words <= MAX_WORDS_QUOTE_TO_VERB) return { phrase: tailPhrase, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
    }
    // "In its quarterly rice outlook and situation summary, the department said…", "Pointing to …, it
    // warned that": opening phrases set off by commas, then the subject right before the verb.
    const segments = subjectText.split(',');
    const subjectPart = segments.pop() ?? '';
    if (segments.length > 0 && !subjectText.includes(MASK) && isOpeningPhrase(segments[0] as string) && wordsIn(subjectPart) > 0 && wordsIn(subjectPart) <= MAX_WORDS_QUOTE_TO_VERB) {
      const opened = subjectBefore(subjectPart);
      if (opened) return { phrase: opened, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
    }
    // "The General Manager of the Madrid branch of a U.S. bank which has lent money to FECSA said": a long
    // subject opening the sentence, with no comma or other verb before the verb.
    if (start === 0 && !subjectText.includes(',') && !subjectText.includes(MASK) && v === verbs[0]) {
      const opening = sentenceSubject(subjectText) ?? subjectBefore(subjectText);
      const person = opening?.form === 'description' ? opening.kind !== 'thing' : opening?.form === 'name' && opening.kind === 'person' && (opening.core.includes(' ') || opening.text !== opening.core);
      if (opening && person) return { phrase: opening, from: sentence.start, to: sentence.start + v.end };
    }
  }
  const according = /\baccording to\s+([^,\u00A4]+)/i.exec(text);
  if (according) {
    const phrase = subjectAfter(according[1] as string);
    if (phrase) return { phrase, from: sentence.start + (according.index ?? 0), to: sentence.start + (according.index ?? 0) + according[0].length };
  }
  return undefined;
}

/** Reads who speaks where in a document (see the rules above). Pure; cache it per document (`speakerOf`). */
export function attributeDocument(doc: SourceDocument, context: AttributionContext = {}): DocumentAttribution {
  const paragraphs = doc.paragraphs;
  const quotations: AttributedQuotation[][] = documentQuotations(paragraphs);
  const reported: SpeakerSpan[] = [];
  const notes = new Set<number>();
  const history: Referent[] = [];
  /** Who issued a document or published a story the text mentions ("Fujitsu said in a prospectus", "the article in Progressive magazine"). */
  const issuers: { noun: string; issuer: Referent }[] = [];
  /** Records the issuer of the documents a sentence says someone speaks in ("In a report the Kiel institute said"). */
  const noteIssuer = (sentence: string, r: Referent) => {
    if (r.unnamed) return;
    for (const noun of documentsSpokenIn(sentence)) issuers.push({ noun, issuer: r });
  };
  const allPersons: { core: string; text: string }[] = [];

  // Every titled or full name in the document first: "Ms Novak" reads as the "Jana Novak" named anywhere.
  // A name after a preposition ("the shelves at Videopůjčovna Jezek") is as often a place or a shop: it
  // completes a surname only when no other name does.
  const afterPreposition: { core: string; text: string }[] = [];
  paragraphs.forEach((p, at) => {
    const masked = maskQuotations(p.text, quotations[at] ?? []);
    for (const { phrase, index } of mentionsIn(masked)) {
      if (phrase.form !== 'name' || phrase.kind !== 'person') continue;
      const wordBefore = /(\p{L}+)\W*$/u.exec(masked.slice(Math.max(0, index - 20), index))?.[1]?.toLowerCase();
      (wordBefore && PREPOSITIONS.has(wordBefore) && phrase.text === phrase.core ? afterPreposition : allPersons).push({ core: phrase.core, text: phrase.text });
    }
  });
  allPersons.push(...afterPreposition);
  /** Companies' names without their ending ("General Acquisition" for "General Acquisition Co"). */
  const companies = new Set<string>();
  /** Companies' full names by their first word ("Sears" → "Sears Roebuck and Co"), when one company of the story begins so. */
  const companyByFirstWord = new Map<string, string | undefined>();
  paragraphs.forEach((p, at) => {
    const masked = maskQuotations(p.text, quotations[at] ?? []);
    for (const m of masked.matchAll(COMPANY_WITH_ENDING)) {
      const short = (m[1] as string).replace(/^(?:The|A|An)\s+/, '');
      companies.add(short);
      const first = short.split(/\s+/)[0] as string;
      const full = m[0].replace(/^(?:The|A|An)\s+/, '');
      if (short.includes(' ')) companyByFirstWord.set(first, companyByFirstWord.has(first) && companyByFirstWord.get(first) !== full ? undefined : full);
    }
  });
  const surnames = new Set(allPersons.filter((p) => p.core.includes(' ')).flatMap((p) => p.core.split(' ')));
  /** The words around each mention of a person, by name (lower case): what tells one role from another. */
  const seenAround = new Map<string, string>();
  /** Genders learnt along the way ("Helena Strand … she said"), by name. */
  const genderOf = new Map<string, 'm' | 'f'>();
  const fullNames = new Map<string, string | undefined>();
  const fullName = (core: string): string | undefined => {
    if (!fullNames.has(core)) fullNames.set(core, findFullName(core));
    return fullNames.get(core);
  };
  const findFullName = (core: string): string | undefined => {
    // "Novak" → "Jana Novak"; "Tian" → "Tian Jiyun" (family name first): any word of a fuller name.
    // A particle opening a sentence is capitalised ("De Keersmaeker said" is "Paul de Keersmaeker").
    const lower = ` ${core.toLowerCase()}`;
    if (core.includes(' ')) return allPersons.find((p) => p.core !== core && p.core.toLowerCase().endsWith(lower))?.core;
    return allPersons.find((p) => p.core.includes(' ') && p.core.split(' ').includes(core))?.core;
  };

  /**
   * The organisation a document's capitalised modifier names ("FTC" in "the FTC study"): an acronym spelt
   * out in the story ("Federal Trade Commission (FTC)"), an organisation named earlier that the modifier
   * begins ("Novo" → "Novo Industri A/S"), or an organisation's own name ("Federal Trade Commission");
   * a nationality's country when the story names it ("the Greek statement" → "Greece"); undefined for
   * anything else.
   */
  const issuerOfModifier = (modifier: string): string | undefined => {
    const words = modifier.trim();
    if (/^\p{Lu}[\p{Lu}&-]+$/u.test(words)) {
      for (const p of paragraphs) {
        const at = p.text.indexOf(`(${words})`);
        const spelt = at > 0 ? lastName(p.text.slice(Math.max(0, at - 120), at).trimEnd(), false) : undefined;
        if (spelt?.kind === 'thing' && spelt.text.split(/\s+/).length > 1) return spelt.text.replace(/^the\s+/i, '');
      }
      return words;
    }
    // (No country: the nationality itself, which names nobody, not another document's issuer.)
    if (NATIONALITIES.has(words)) return countryOfDocument(words) ?? words;
    const earlier = history.findLast((r) => r.kind === 'thing' && r.form === 'name' && (r.name === words || r.name.startsWith(`${words} `)));
    if (earlier) return earlier.name;
    const own = lastName(words, false);
    return own?.kind === 'thing' && own.text === words ? words : undefined;
  };

  /**
   * Whether a name another document of the collection gives a described thing ("Prague Proposals" for "the
   * proposals") is this story's thing too: its other words stand capitalised in this story ("a two-day
   * meeting in Prague"). A wire archive's unrelated stories share a noun ("report") but not its name's words
   * ("World Report" is no "Federal Trade Commission report").
   */
  const namedHereToo = (name: string, head: string): boolean => {
    const own = name.split(/\s+/).filter((w) => w.toLowerCase() !== head.toLowerCase() && !/^(?:of|for|and|the|on|de)$/i.test(w));
    return own.length > 0 && own.every((w) => paragraphs.some((p) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(p.text)));
  };

  /** A lone capitalised word heard speaking that nothing shows to be a person's name (no title, first name or "he"/"she"). */
  const loneWordSpeaker = (r: Referent): boolean => r.kind === 'person' && !!r.spoke && !r.person && r.text === r.name && !r.name.includes(' ') && !genderOf.has(r.name) && fullName(r.name) === undefined;
  /** Whether a name (or the words an acronym stands for in the story) is a public body's: "the company" is never one. */
  const isPublicBody = (name: string): boolean => PUBLIC_BODY.test(ACRONYM.test(name) ? (issuerOfModifier(name) ?? name) : name);

  /** "the Bank" after "The Inter-American Development Bank": the organisation named last whose name ends with that noun. */
  const definiteOrganisation = (text: string): string | undefined => {
    const word = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)$/u.exec(text)?.[1];
    if (!word || !THING_NOUNS.has(word.toLowerCase())) return undefined;
    return history.findLast((r) => r.kind === 'thing' && r.form === 'name' && r.name.endsWith(` ${word}`))?.name ?? soleLongerRun(word);
  };

  /**
   * "The Commission said" in a story that prints "the EC Commission" and no other commission: the one
   * longer capitalised run the story prints the word in (none when it prints two, "EC Commission" and
   * "European Commission", or only the bare word).
   */
  const soleLongerRun = (word: string): string | undefined => {
    const longer = new Set(runsAround(wholeText, word).filter((run) => run !== word));
    return longer.size === 1 ? [...longer][0] : undefined;
  };

  /** The document's narration: its text with every quotation masked (a word it prints outside quotation marks). */
  const narration = paragraphs.map((p, at) => maskQuotations(p.text, quotations[at] ?? [])).join('\n');
  /** The whole of the document's text, for reading how it prints a name. */
  const wholeText = paragraphs.map((p) => p.text).join('\n');
  /** The capitalised runs each organisation's name is printed in (read once per name: a story resolves a name many times). */
  const runsOf = new Map<string, string[]>();
  /**
   * A name read is a speaker's only when it is the name the story prints, not a fragment of it:
   * - a lone generic organisation word or a nationality ("Group" of "The Group of 24", "Greek" of "the
   *   Greek statement") names nobody, unless the story uses that very word as a name of its own;
   * - an organisation's name read short from a longer capitalised run ("Texas Inc" of "First City Bancorp
   *   of Texas Inc") is that whole run, or nobody when the story prints it inside different runs;
   * - a surname the story gives only with a title of rank keeps it ("Carrington" → "Lord Carrington");
   * - a publication's description before its name is not part of it ("the daily Gunes" → "Gunes").
   * Abstaining is better than a wrong speaker: the referent stays, unnamed, so "it said" names nobody too.
   */
  const wholeName = (r: Referent | undefined): Referent | undefined => {
    if (!r || r.unnamed) return r;
    const name = r.name;
    // ("The Greek statement said" in a story about Greece: the country whose statement it is.)
    const country = NATIONALITIES.has(name) ? countryOfDocument(name) : undefined;
    if (country) return { ...r, name: country, text: country, core: country };
    if (!name.includes(' ') && (GENERIC_ORGANISATION_WORDS.has(name) || NATIONALITIES.has(name)) && !usedAsName(wholeText, name)) return { ...r, unnamed: true };
    if (r.kind === 'person' && r.form === 'name' && r.text === name && !name.includes(' ') && fullName(name) === undefined && !genderOf.has(name) && isCommonWordCapitalisedByPosition(name, narration)) return { ...r, unnamed: true };
    if (r.kind === 'person' && r.form === 'name' && name.split(' ').length >= 3) {
      const personal = withoutRoleWords(name);
      if (personal !== name) return { ...r, name: personal };
    }
    if (r.kind === 'person' && !name.includes(' ')) {
      const titled = allPersons.find((p) => p.core === name && p.text.endsWith(` ${name}`) && RANK_TITLE.test(p.text.slice(0, -name.length)));
      return titled ? { ...r, name: (RANK_TITLE.exec(titled.text.slice(0, -name.length))?.[0] ?? '').trimStart() + name } : r;
    }
    if (r.kind !== 'thing') return r;
    const publication = PUBLICATION_DESCRIBED.exec(name);
    if (publication) return { ...r, name: publication[1] as string };
    if (!runsOf.has(name)) runsOf.set(name, runsAround(wholeText, name));
    const runs = runsOf.get(name) as string[];
    if (runs.length === 0 || runs.includes(name)) return r;
    if (new Set(runs).size > 1) {
      // ("Federal Court of Appeals" in one paragraph, "The ruling by the U.S. Court of Appeals … said" in
      // another: the court read where the story prints it, when that paragraph prints it in one run only.)
      const here = new Set(runsAround(paragraphs[Math.floor(r.at / 1e6)]?.text ?? '', name));
      const run = here.size === 1 ? ([...here][0] as string) : undefined;
      return run && run !== name ? { ...r, name: run } : { ...r, unnamed: true };
    }
    // "Arthur Krumper of Munich's Ifo institute, …, said": the person of the organisation speaks.
    const of = (runs[0] as string).slice(0, -name.length).replace(/\s+of\s+$/, '');
    // (Only for an organisation described, not named: "Texas Inc" of "First City Bancorp of Texas Inc" is the bank.)
    const described = /['\u2019]s\s|\s\p{Ll}+$/u.test(name);
    const person = described && of !== (runs[0] as string).slice(0, -name.length) ? allPersons.find((p) => p.core === of || p.text === of) : undefined;
    if (person) return { ...r, kind: 'person', name: person.core, text: person.text, core: person.core };
    return { ...r, name: runs[0] as string };
  };

  /**
   * The country a nationality's document is ("the Greek statement" → "Greece"): only when the story prints
   * that nationality before a document's noun and names exactly one country whose name shares its stem
   * ("Greece", "Turkey" for "Turkish"). A nationality whose country's name the stem does not give
   * ("French", "Spanish") or a story naming no such country names nobody, as before.
   */
  const countryOfDocument = (nationality: string): string | undefined => {
    if (!COUNTRY_NATIONALITY.test(nationality)) return undefined;
    // ("the Greek statement", "the Greek government's statement": the noun within two words.)
    const documentAfter = new RegExp(`\\b${nationality}\\s+(\\p{Ll}+(?:['\u2019]s)?(?:\\s+\\p{Ll}+)?)`, 'gu');
    const document = (words: string) => words.split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w) || ISSUED_NOUNS.has(w));
    if (![...narration.matchAll(documentAfter)].some((m) => document(m[1] as string))) return undefined;
    const stem = nationality.slice(0, Math.max(4, nationality.length - 3));
    const countries = new Set((narration.match(new RegExp(`(?<![\\p{L}])${stem}\\p{Ll}*(?![\\p{L}])`, 'gu')) ?? []).filter((w) => !w.startsWith(nationality) && !NATIONALITIES.has(w)));
    return countries.size === 1 ? [...countries][0] : undefined;
  };

  /**
   * The one holder a story names for a role or an organisation's noun, however far back: "the governor"
   * eight paragraphs after "New Mexico Governor Garrey Carruthers", "the spokesperson" after "Its
   * spokesperson, Luka Babić,", "the ministry" after "the Ministry of the Sea, Transport and
   * Infrastructure". Only for "the …" with no one of that role in the last few paragraphs (the nearest
   * mention decides there), and only when the story so far names exactly one holder and describes none
   * without a name since ("a Treasury spokesman" after a named one is someone else): two holders, or an
   * unnamed one, and nobody can tell which.
   */
  const soleHolder = (phrase: SpeakerPhrase, modifiers: string[], at: number): Referent | undefined => {
    const head = phrase.core;
    if (!/^the\s/i.test(phrase.text) || DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head) || COMPANY_NOUNS.has(head)) return undefined;
    if (phrase.kind === 'person' ? !isRoleNoun(head) : !THING_NOUNS.has(head)) return undefined;
    const holds = (r: Referent) => {
      if (r.kind !== phrase.kind || r.form !== 'name' || r.unnamed) return false;
      const words = titleWords(r.text);
      return (words.includes(head) || !!r.roles?.includes(head)) && modifiers.every((m) => words.includes(m) || new RegExp(`\\b${escapeRegExp(m)}\\b`, 'u').test(seenAround.get(r.name) ?? ''));
    };
    const last = history.findLastIndex(holds);
    if (last < 0) return undefined;
    if (new Set(history.filter(holds).map((r) => r.name)).size !== 1) return undefined;
    if (history.slice(last + 1).some((r) => r.form === 'description' && r.core === head)) return undefined;
    // (Nor one merely mentioned since, without speaking: "A Treasury spokesman declined to give a date.")
    const holder = history[last] as Referent;
    const since = paragraphs.slice(Math.floor(holder.at / 1e6) + 1, Math.floor(at / 1e6)).map((p) => p.text);
    since.push((paragraphs[Math.floor(at / 1e6)]?.text ?? '').slice(0, at % 1e6));
    const indefinite = new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}\\b`, 'u');
    return since.some((t) => indefinite.test(t)) ? undefined : holder;
  };

  /**
   * A word capitalised only because it opens a sentence ("Management has repeatedly stated …" in a story
   * that also prints "management"): a common noun, never the person a "he" or "she" stands for. The same
   * test as a lone name read as a common word (`isCommonWordCapitalisedByPosition`), over the whole text,
   * quotations included ("I take management at their word").
   */
  const isCommonWord = (name: string): boolean => !name.includes(' ') && isCommonWordCapitalisedByPosition(name, wholeText);

  /**
   * Whom "he" or "she" stands for when the nearest reading is a common word opening a sentence
   * ("Analyst David Leibowitz believes “…”. Management has repeatedly stated … But “…,” he said."): the
   * person heard speaking before it in its paragraph, whose words it interrupts; nobody when there is
   * none (never someone named further back: "Deputies … said …. One said …. “…,” he said" is an unnamed one).
   */
  const speakerBeforeCommonWord = (common: Referent, reversed: Referent[], fits: (r: Referent) => boolean): Referent | undefined => {
    const paragraph = Math.floor(common.at / 1e6);
    return reversed.find((r) => r.at < common.at && Math.floor(r.at / 1e6) === paragraph && r.spoke && r.form === 'name' && fits(r) && !isCommonWord(r.name));
  };

  /**
   * The one unnamed person a "they" stands for ("A department source was blunter. ‘…,’ they said."): a
   * singular role described with "a", "an", "one" or "another" opening the sentence before, in the same
   * paragraph. A "they" there is that person (singular "they"), never the organisation named before it.
   */
  const singularSourceBefore = (at: number): string | undefined => {
    const n = Math.floor(at / 1e6);
    const masked = maskQuotations(paragraphs[n]?.text ?? '', quotations[n] ?? []).slice(0, at % 1e6);
    const m = /(?:^|[.!?]\s+)((?:A|An|One|Another)(?:\s+[\p{Ll}-]+){1,4})\b[^.!?\u00A4]*[.!?]\s+[^.!?]*$/u.exec(masked);
    if (!m) return undefined;
    // The description runs to its first singular role noun ("A department source", "One senior official").
    const words = (m[1] as string).split(/\s+/);
    const head = words.findIndex((w, i) => i > 0 && isRoleNoun(w) && !(w.endsWith('s') && isRoleNoun(w.slice(0, -1))));
    if (head < 0) return undefined;
    return words.slice(0, head + 1).join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  };

  /** Each paragraph's sentences and its text with quotations masked, for reading the sentence before a pronoun. */
  const sentencesOf = paragraphs.map((p) => splitSentences(p.text));
  const maskedOf = paragraphs.map((p, n) => maskQuotations(p.text, quotations[n] ?? []));
  /**
   * Who the last sentence before the one at `at` is about: the person or organisation it has speaking, else
   * its subject by the sentence's shape (see leadsSentence). Sentences all quotation are the speech, not
   * the narration, and are passed over; a sentence with neither gives nobody.
   */
  const lastSentenceSubject = (at: number, fits: (r: Referent) => boolean): Referent | undefined => {
    let n = Math.floor(at / 1e6);
    let k = (sentencesOf[n] ?? []).findIndex((s) => s.start <= at % 1e6 && s.end > at % 1e6);
    if (k < 0) return undefined;
    // Who one sentence is about: one fitting speaker, else its one fitting subject (two speakers, nobody).
    const about = (n: number, s: SentenceRange, to: number): Referent | undefined => {
      const inside = history.filter((r) => r.at >= n * 1e6 + s.start && r.at < n * 1e6 + to && !r.unnamed && !loneWordSpeaker(r));
      const speakers = inside.filter((r) => r.spoke);
      if (new Set(speakers.map((r) => r.name)).size > 1) return undefined;
      const one = speakers[0] ?? inside.find((r) => r.leads);
      return one && fits(one) && !hasAcronymWord(one.name) ? one : undefined;
    };
    // ("Ortner, who stressed he was …, said", "Richards declined …, but he said": the pronoun's own
    // sentence's subject first. A pronoun's clause is read from its sentence's start, so the whole
    // sentence is looked at; a name after the pronoun is no subject by its shape.)
    const own = sentencesOf[n]?.[k] as SentenceRange;
    const ownSubject = about(n, own, own.end);
    if (ownSubject) return ownSubject;
    const firstParagraph = n - REFERENCE_PARAGRAPHS;
    for (;;) {
      k--;
      while (k < 0) {
        n--;
        if (n < Math.max(0, firstParagraph)) return undefined;
        k = (sentencesOf[n]?.length ?? 0) - 1;
      }
      const s = sentencesOf[n]?.[k] as SentenceRange;
      if (!/\p{L}/u.test((maskedOf[n] ?? '').slice(s.start, s.end))) continue;
      return about(n, s, s.end);
    }
  };

  /**
   * The one person named earlier whom the story gives this age ("Maria Lopez, 42,", "Maria Lopez (42)",
   * "42-year-old Maria Lopez"); none when two people are that age or nobody is.
   */
  const personOfAge = (age: string): Referent | undefined => {
    const names = new Set(
      allPersons
        .filter(({ text }) => new RegExp(String.raw`${escapeRegExp(text)}(?:,\s*${age}\s*,|\s*\(${age}\))|\b${age}-year-old\s+(?:[\p{Ll}-]+\s+){0,3}?${escapeRegExp(text)}`, 'u').test(wholeText))
        .map(({ core }) => fullName(core) ?? core),
    );
    if (names.size !== 1) return undefined;
    const [name] = names;
    return history.findLast((r) => r.kind === 'person' && r.form === 'name' && r.name === name);
  };

  const resolve = (phrase: SpeakerPhrase, at: number): Referent | undefined => wholeName(resolveRead(phrase, at));
  const resolveRead = (phrase: SpeakerPhrase, at: number): Referent | undefined => {
    // What a pronoun or description may refer to: the last few paragraphs' mentions (history is in order).
    let from = history.length;
    const firstParagraph = Math.floor(at / 1e6) - REFERENCE_PARAGRAPHS;
    while (from > 0 && history.length - from < MAX_REFERENTS && Math.floor((history[from - 1] as Referent).at / 1e6) >= firstParagraph) from--;
    const recent = history.slice(from);
    const base = { kind: phrase.kind, gender: phrase.gender, text: phrase.text, core: phrase.core, form: phrase.form, at };
    // "Sears said" after "Sears Roebuck and Co": the company, unless a person of the story goes by that word.
    const company = phrase.form === 'name' && phrase.kind === 'person' && phrase.text === phrase.core && !phrase.core.includes(' ') ? companyByFirstWord.get(phrase.core) : undefined;
    if (company && (fullName(phrase.core) === undefined || companies.has(fullName(phrase.core) as string))) {
      return { ...base, kind: 'thing', gender: undefined, core: company, name: company };
    }
    if (phrase.form === 'name' && phrase.kind === 'person' && companies.has(phrase.text)) {
      // "General Acquisition said" after "General Acquisition Co": the company, whatever title its name holds.
      return { ...base, kind: 'thing', gender: undefined, core: phrase.text, name: phrase.text };
    }
    // "the Texas Democrat said": a politician by party, the person the story is about (heard speaking or a
    // sentence's subject in the last few paragraphs); never a name of its own.
    if (phrase.form === 'name' && PARTY_EPITHET.test(phrase.core)) {
      const person = [...recent].reverse().find((r) => r.kind === 'person' && r.form === 'name' && (r.spoke || r.subject));
      if (person) return { ...person, at };
    }
    // "the Kuwait daily al-Qabas said": a name the story prints after a publication's noun is that
    // publication, whatever its case ("it said" then stands for it).
    if (phrase.form === 'name' && phrase.kind === 'person' && new RegExp(`\\b(?:daily|weekly|newspaper|magazine|tabloid)\\s+${escapeRegExp(phrase.text)}(?![\\p{L}])`, 'u').test(wholeText)) {
      return { ...base, kind: 'thing', gender: undefined, name: phrase.text };
    }
    if (phrase.form === 'name') {
      // A person by their full name; a titled surname the document never completes stays as printed ("Ms Novak").
      // A role before a lone name is not part of it ("Indonesian Energy Minister Subroto" is Subroto); a
      // courtesy title is ("Ms Novak").
      const titled = phrase.kind === 'person' && !phrase.core.includes(' ') && phrase.text !== phrase.core;
      const name =
        phrase.kind === 'person'
          ? (fullName(phrase.core) ?? (titled && HONORIFIC.test(phrase.text.slice(0, -phrase.core.length)) ? phrase.text : phrase.core))
          : (definiteOrganisation(phrase.text) ?? phrase.text.replace(/^the\s+/i, ''));
      const gender = phrase.gender ?? (phrase.kind === 'person' ? genderOf.get(name) : undefined);
      if (gender && phrase.kind === 'person') genderOf.set(name, gender);
      return { ...base, name, gender };
    }
    if (phrase.form === 'pronoun') {
      const genderOfReferent = (r: Referent) => r.gender ?? genderOf.get(r.name);
      // ("he asked" after "OPEC faced a dilemma": an acronym is an organisation's name, never a "he" or "she".)
      const fits = (r: Referent) =>
        phrase.core === 'it' ? r.kind === 'thing' : phrase.core === 'they' || phrase.core === 'we' ? r.kind !== 'person' : r.kind === 'person' && !ACRONYM.test(r.name) && (!phrase.gender || !genderOfReferent(r) || genderOfReferent(r) === phrase.gender);
      if (phrase.core === 'i') return undefined;
      const source = phrase.core === 'they' ? singularSourceBefore(at) : undefined;
      if (source) return { ...base, kind: 'person', form: 'description', name: source, text: source, core: source };
      // "He" or "she" is most often the nearest person who spoke or was a sentence's subject ("Hruby is not
      // holding his breath. … he says"), not a person merely mentioned since; then anyone fitting.
      // The subject of the sentence just before goes on as "he" or "she" when it fits (centering): "Tomic,
      // who left the court …, said …" then "“…,” she said" is Tomic, not the mayor heard a paragraph earlier.
      const centre = phrase.gender ? lastSentenceSubject(at, fits) : undefined;
      if (centre) {
        const gender = genderOfReferent(centre) ?? phrase.gender;
        if (gender) genderOf.set(centre.name, gender);
        return { ...centre, at, gender };
      }
      const reversed = [...recent].reverse();
      // "It said": the organisation heard speaking last, before any thing merely named since.
      // A capitalised run the text never shows to be a person nor gives as a sentence's subject ("she sees
      // … interest from the Middle East") is no one a "she" can stand for: better nobody than a place.
      // "They said" is not a journal a finding was merely "reported in": a name only mentioned after a
      // preposition is no plural speaker.
      const mentionedOnly = (r: Referent) => phrase.core === 'they' && r.form === 'name' && !r.spoke && !r.opening && !r.subject;
      const read = reversed.find((r) => (r.spoke || (phrase.kind === 'person' && r.subject)) && fits(r)) ?? reversed.find((r) => fits(r) && !mentionedOnly(r) && (r.kind !== 'person' || r.form !== 'name' || r.person || r.opening || r.spoke));
      const found = read && phrase.kind === 'person' && isCommonWord(read.name) ? speakerBeforeCommonWord(read, reversed, fits) : read;
      if (!found) return undefined;
      const gender = genderOfReferent(found) ?? phrase.gender;
      if (gender && found.kind === 'person') genderOf.set(found.name, gender);
      return { ...found, at, gender };
    }
    // A description: the nearest earlier name or description of the same thing or role.
    const head = phrase.core;
    // "the 42-year-old said", "the 21-year-old activist": the one person the story gives that age.
    const age = phrase.kind === 'person' && /^the\s/i.test(phrase.text) ? /\b(\d{1,3})-year-old\b/.exec(phrase.text)?.[1] : undefined;
    const aged = age ? personOfAge(age) : undefined;
    if (aged) return { ...aged, at };
    // "the defence minister" is the one named "Defence Minister Tomas Kral", not the finance minister;
    // "the spokesman" the one written "spokesman Marlin Fitzwater" (a role beside the name, its modifiers
    // in the words around it). The nearest mention wins: after "a Treasury spokesman", "the spokesman" is
    // that unnamed source, not a spokesman named before.
    const modifiers = modifiersOf(phrase);
    const definite = /^the\s/i.test(phrase.text);
    const sameRole = [...recent].reverse().find((r) => {
      if (r.kind !== phrase.kind) return false;
      if (r.form !== 'name') return phrase.kind !== 'thing' && r.form === 'description' && r.core === head;
      const words = titleWords(r.text);
      if (words.includes(head) && modifiers.every((m) => words.includes(m))) return true;
      // (Only "the spokesman": "a spokesman", "one analyst" bring in someone new.)
      return definite && !!r.roles?.includes(head) && modifiers.every((m) => new RegExp(`\\b${escapeRegExp(m)}\\b`, 'u').test(seenAround.get(r.name) ?? ''));
    });
    // ("the prince" after two princes named: nobody can tell which.)
    const holders = RANK_NOUNS.has(head) ? new Set(recent.filter((r) => r.kind === 'person' && r.form === 'name' && r.text.toLowerCase().split(/\s+/).includes(head)).map((r) => r.name)) : undefined;
    if (holders && holders.size > 1) return { ...base, name: phrase.text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) };
    if (sameRole?.form === 'name') return { ...sameRole, at };
    const sole = sameRole ? undefined : soleHolder(phrase, modifiers, at);
    if (sole) return { ...sole, at };
    if (phrase.kind === 'thing') {
      // "Its annual report … described …" right after "The Office for Students said …": the document of the
      // organisation an "it" would stand for there.
      const itsIssuer = /^[Ii]ts\s/.test(phrase.text) && (DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head)) ? resolveRead({ text: 'it', form: 'pronoun', kind: 'thing', core: 'it' }, at) : undefined;
      if (itsIssuer?.form === 'name' && !itsIssuer.unnamed) return { ...itsIssuer, form: 'description', text: phrase.text, core: head, issued: true, at };
      // "a document issued by the PMDB", "the Kiel institute's report": the issuer its own words name.
      const by = /\s(?:by|from)\s|['\u2019]s\s/.test(phrase.text) ? issuerNamedIn(phrase.text) : undefined;
      const byWhom = by ? resolve(by, at) : undefined;
      if (byWhom && !byWhom.unnamed) return { ...byWhom, kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
      // "the Federal Trade Commission (FTC) report", "the FTC study", "the Novo statement": the issuer its
      // own capitalised words name, before anything the story or its collection names otherwise.
      const modifier = DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head) ? ISSUER_MODIFIER.exec(phrase.text)?.[1] : undefined;
      const issuer = modifier ? issuerOfModifier(modifier) : undefined;
      if (issuer) return { ...base, name: issuer, kind: 'thing', form: 'description', issued: true };
      // "The document" after "the proposals": the same thing; named if the text or its collection names it
      // ("the report" after "In an annual review, the OECD said" is the OECD's, and stays so while the
      // story goes on about it).
      // ("the papers said": a plural of one is one too.)
      const isDocument = (h: string) => [h, h.replace(/s$/, '')].some((w) => DOCUMENT_NOUNS.has(w) || ISSUED_NOUNS.has(w));
      const earlier = [...recent].reverse().filter((r) => r.kind === 'thing' && (r.core === head || (isDocument(head) && isDocument(r.core))));
      const someones = (r: Referent | undefined) => !!r && (r.form === 'name' || !!r.issued);
      // The nearest mention by the same noun decides when it is someone's ("the report" ← "the report"
      // the Supreme Audit Office published), and keeps a story's other documents out ("the report" is not
      // the ministry's statement in between).
      const same = earlier.find((r) => r.core === head);
      if (someones(same)) return { ...(same as Referent), at };
      // "the report said" after "In a report the Kiel institute said": whoever issued it speaks, when the
      // last few paragraphs say who (the nearest such mention of the same noun).
      const inReach = (i: { issuer: Referent }) => Math.floor(i.issuer.at / 1e6) >= Math.floor(at / 1e6) - REFERENCE_PARAGRAPHS;
      const issued = issuers.findLast((i) => inReach(i) && sameDocumentNoun(i.noun, head));
      if (issued) return { ...issued.issuer, kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
      if (!same) {
        // A document first called otherwise: "the document" after "the proposals" (named); "the report" a
        // paragraph after "In an annual review, the OECD said" — but only when every document issued in the
        // last few paragraphs is one issuer's (after a prospectus and a magazine's story, "the document" is
        // neither's).
        const named = earlier.find((r) => r.form === 'name');
        if (named) return { ...named, at };
        if (ISSUED_NOUNS.has(head)) {
          const candidates = [...earlier.filter((r) => r.issued), ...issuers.filter((i) => inReach(i) && ISSUED_NOUNS.has(i.noun)).map((i) => i.issuer)];
          if (new Set(candidates.map((r) => r.name)).size === 1) return { ...(candidates[0] as Referent), kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
        }
      }
      // A story about one report calls it "the report" however far it goes on: the nearest document the
      // story mentioned at all, when that one was someone's and went by this noun (or, unnamed, any issued noun).
      if (isDocument(head)) {
        const lastDocument = history.findLast((r) => r.kind === 'thing' && isDocument(r.core) && r.form === 'description');
        const oneIssuer = () => new Set(history.filter((r) => r.issued).map((r) => r.name)).size === 1;
        const sameKind = lastDocument?.issued && (sameDocumentNoun(lastDocument.core, head) || (!same && ISSUED_NOUNS.has(lastDocument.core) && ISSUED_NOUNS.has(head) && oneIssuer()));
        if (lastDocument?.issued && sameKind) return { ...lastDocument, text: phrase.text, core: head, at };
      }
      // "the report said" seven paragraphs after "The OECD, in its semi-annual review …, said": in a story
      // whose documents are all one issuer's, and which mentioned no document nobody issued, it is that one's.
      if (ISSUED_NOUNS.has(head) && !same) {
        const everIssued = issuers.filter((i) => ISSUED_NOUNS.has(i.noun));
        const unissued = history.some((r) => r.kind === 'thing' && r.form === 'description' && isDocument(r.core) && !r.issued);
        if (new Set(everIssued.map((i) => i.issuer.name)).size === 1 && !unissued) return { ...(everIssued[0] as (typeof issuers)[number]).issuer, kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
      }
      // "the company said": the company named last.
      // The company heard speaking last in the story (a company report's own), else the one named last; a
      // name, not a bare "Inc".
      // ("the Brookehill group" is no other company, whichever spoke last: its capitalised words must be in the name.)
      const properModifiers = (phrase.text.match(/\b\p{Lu}[\p{L}&'-]*/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w)).map((w) => w.toLowerCase());
      const isCompany = (r: Referent) => r.kind === 'thing' && r.form === 'name' && COMPANY_NAME.test(r.name) && /\S\s+\S/.test(r.name) && properModifiers.every((m) => r.name.toLowerCase().split(/\s+/).includes(m));
      const company = COMPANY_NOUNS.has(head) ? ([...history].reverse().find((r) => r.spoke && isCompany(r)) ?? [...recent].reverse().find(isCompany)) : undefined;
      if (company) return { ...company, at };
      // "the federal agency said" a paragraph after "Statistics Canada also reported": an organisation told by
      // what it is, not by name, is the one organisation heard speaking in this or the last paragraph (two
      // heard there: nobody can tell which).
      if (definite && !isDocument(head)) {
        // (A sentence's opening name counts when nothing shows it to be a person's, "Statistics Canada
        // reported"; someone heard speaking as a person is one. "The Australian delegation": its capitalised
        // words must be in the name; "the court" is no company.)
        // ("MediTrack has said it will appeal. …, the company said": a lone word heard speaking that nothing
        // shows to be a person's name counts too; "the company" is never a public body such as the DPC.)
        const organisation = (r: Referent) =>
          r.form === 'name' && !r.unnamed && !COMPANY_NAME.test(r.name) && (r.kind === 'thing' ? r.spoke || r.opening || r.subject : (!r.person && !r.spoke && r.opening) || loneWordSpeaker(r)) && properModifiers.every((m) => r.name.toLowerCase().split(/\s+/).includes(m));
        // (Nor a person heard speaking under a fuller name: "Jana Novak chairs the board. … Novak has said".)
        const personal = (r: Referent) => r.kind === 'person' && !loneWordSpeaker(r) && history.some((h) => h.name === r.name && h.spoke && h.kind === 'person' && h.text !== h.name);
        const fits = (r: Referent) => !(COMPANY_NOUNS.has(head) && (isPublicBody(r.name) || personal(r)));
        const heard = history.filter((r) => organisation(r) && fits(r) && Math.floor(r.at / 1e6) >= Math.floor(at / 1e6) - DESCRIBED_ORGANISATION_PARAGRAPHS);
        if (heard.length > 0 && new Set(heard.map((r) => r.name)).size === 1) return { ...(heard[0] as Referent), at };
      }
      for (const h of new Set([head, ...earlier.map((r) => r.core)])) {
        const name = context.properName?.(h);
        if (name && namedHereToo(name, h)) return { ...base, name, form: 'name' };
      }
      // A document nobody is said to have issued ("the report said", no issuer in sight): "the report"
      // tells a reader nothing about who speaks, so it names nobody (and a later "it said" neither).
      if (isDocument(head)) return { ...base, name: phrase.text, unnamed: true };
    } else if (/^the\s/i.test(phrase.text) && modifiers.length > 0 && !recent.some((r) => r.core === head)) {
      // "The Syrian envoy said" after "Syrian U.N. charge d'affaires Abdul Al-Atassi said": a role the text
      // never gave by that noun, told apart by words written beside a person heard speaking.
      const heard = [...history].reverse().find((r) => r.spoke && r.kind === 'person' && r.form === 'name' && modifiers.every((m) => new RegExp(`\\b${m.replace(/[^\p{L}\p{N}'’-]/gu, '')}\\b`, 'u').test(seenAround.get(r.name) ?? '')));
      if (heard) return { ...heard, at };
    }
    return { ...base, name: phrase.text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) };
  };

  /** Per paragraph position, the person its last sentence has speaking in the reporter's words through a quoting verb ("X accused …"). */
  const paraphrased: (string | undefined)[] = [];
  /** Everyone heard speaking so far (a quotation's or reported speech's speaker). */
  const speakersSoFar = new Set<string>();
  let pending: string | undefined;
  /** Who spoke in the last sentence of the previous paragraph (a quotation or reported speech), if anyone. */
  let lastVoice: string | undefined;
  paragraphs.forEach((p, at) => {
    const text = p.text;
    const quotes = quotations[at] ?? [];
    const masked = maskQuotations(text, quotes);
    if (AUTHOR_NOTE.test(masked) || (at >= paragraphs.length - AUTHOR_BIO_PARAGRAPHS && isAuthorBio(masked, doc.source.author))) notes.add(at);
    const reportedFrom = reported.length;
    const sentences = splitSentences(text);
    const clauses = new Map<AttributedQuotation, Clause>();
    const events: { index: number; run: () => void }[] = [];
    const pos = (i: number) => at * 1e6 + i;

    const withSubject = new Set<SentenceRange>();
    for (const { phrase, index, end } of mentionsIn(masked, surnames)) {
      // The first person a sentence names is its subject, unless a pronoun comes first or the name follows
      // a preposition or "that" ("met with Shultz", "adding that Shultz…").
      const sentence = sentences.find((s) => s.start <= index && s.end > index);
      const before = masked.slice(sentence?.start ?? 0, index);
      const wordBefore = /(\p{L}+)\W*$/u.exec(before)?.[1]?.toLowerCase();
      // ("buying from the Middle East": a preposition, then an article.)
      const wordBeforeArticle = /(\p{L}+)\s+the\s*$/iu.exec(before)?.[1]?.toLowerCase();
      const first = !!sentence && !withSubject.has(sentence) && !/\b(?:he|she)\b/i.test(before) && !(wordBefore && (PREPOSITIONS.has(wordBefore) || wordBefore === 'that')) && !(wordBeforeArticle && PREPOSITIONS.has(wordBeforeArticle));
      if (sentence && phrase.kind === 'person') withSubject.add(sentence);
      events.push({
        index,
        run: () => {
          const r = resolve(phrase, pos(index));
          if (!r) return;
          // Only someone known to be a person (titled, with an age, heard speaking, or referred to as he or
          // she): "Atlantic Richfield rose 1-3/4" has a company for its subject.
          const aged = /^\s*,\s*\d{1,3}\s*,/.test(masked.slice(end, end + 8));
          // "William Bywater, president of the union,": a role in apposition.
          const roleAfter = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/u.exec(masked.slice(end, end + 40))?.[1];
          // "Drexel analyst Lucille Palermo": a role in lower case right before the name.
          const roleBefore = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(masked.slice(Math.max(0, index - 30), index))?.[1];
          const person = phrase.kind === 'person' && phrase.form === 'name' && (phrase.text !== phrase.core || aged || (roleAfter !== undefined && isRoleNoun(roleAfter)) || (roleBefore !== undefined && isRoleNoun(roleBefore)) || speakersSoFar.has(r.name) || genderOf.has(r.name));
          if (r.kind === 'person' && r.form === 'name') seenAround.set(r.name, `${seenAround.get(r.name) ?? ''} ${masked.slice(Math.max(0, index - AROUND_CHARS), end + AROUND_CHARS).toLowerCase()}`);
          // Roles written beside the name: "spokesman Marlin Fitzwater", "Mary Lee, the bank's chief economist,".
          // (An appositive ends at a comma or a preposition: ", a Treasury spokesman said" is someone else.)
          const roleAfterName = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}'’.-]+\s+){0,3}?([\p{L}-]+)\s*(?:,|\s(?:of|at|for|with|in)\s)/u.exec(masked.slice(end, end + 60))?.[1]?.toLowerCase();
          // "Its spokesperson, Luka Babić, said", "Spain's Agriculture Minister, Luis Carrasco, met": a role after
          // a determiner or a possessive, then the name set off by commas.
          const roleAppositive = /(?:^|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+),\s+$/u.exec(masked.slice(Math.max(0, index - 50), index))?.[1]?.toLowerCase();
          const appositiveCloses = /^\s*,/.test(masked.slice(end, end + 3));
          const roles = phrase.kind === 'person' && phrase.form === 'name' ? [roleBefore?.toLowerCase(), roleAfterName, appositiveCloses ? roleAppositive : undefined].filter((w): w is string => !!w && isRoleNoun(w)) : [];
          const leads = !!sentence && phrase.form === 'name' && leadsSentence(masked, sentence, index, end);
          history.push({ ...r, subject: first && person, person, opening: first && !/^(?:a|an|one|another)$/.test(wordBefore ?? ''), roles, leads });
        },
      });
    }
    // "The article in Progressive magazine", "a document issued by the PMDB", "the Kiel institute's report":
    // a document and who issued it.
    const documentsBy = [...masked.matchAll(DOCUMENT_BY)].map((m) => ({ index: m.index ?? 0, noun: (m[1] ?? m[4]) as string, by: m[2] !== undefined ? subjectAfter(m[2]) : subjectBefore(m[3] as string) }));
    // ("in Hawkeye's annual report": an organisation's name, no article.)
    for (const m of masked.matchAll(NAMED_DOCUMENT_OF)) {
      const noun = (m[2] as string).split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
      if (noun && !opensSentence(m[1] as string)) documentsBy.push({ index: m.index ?? 0, noun, by: lastName(m[1] as string, false) });
    }
    // ("The Bahrain Monetary Agency has issued a circular to all banks", "The ministry released a statement":
    // the sentence's subject issued it, when a few words name it right before the verb.)
    for (const m of masked.matchAll(ISSUED_BY_SUBJECT)) {
      const noun = (m[1] as string).split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
      const sentence = sentences.find((s) => s.start <= (m.index ?? 0) && s.end > (m.index ?? 0));
      const subjectText = masked.slice(sentence?.start ?? 0, m.index ?? 0);
      if (noun && wordsIn(subjectText) <= MAX_WORDS_QUOTE_TO_VERB && !subjectText.includes(',')) documentsBy.push({ index: m.index ?? 0, noun, by: subjectBefore(subjectText) });
    }
    for (const m of documentsBy) {
      const noun = m.noun.toLowerCase();
      const by = issuerName(m.by);
      if (!ISSUED_NOUNS.has(noun) || !by) continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') issuers.push({ noun, issuer: r });
        },
      });
    }
    // "a statement issued after a two day meeting of the Inter Governmental Group on Indonesia (IGGI)": the
    // body that met issued it (by the short name in brackets, when the text gives one).
    // ("After an emergency meeting of NATO ambassadors, a statement was issued": the same, told the other way round.)
    const issuedAtMeetings = [
      ...[...masked.matchAll(ISSUED_AT_MEETING)].map((m) => ({ index: m.index ?? 0, noun: m[1] as string, body: m[2] as string, after: masked.slice((m.index ?? 0) + m[0].length) })),
      ...[...masked.matchAll(MEETING_THEN_ISSUED)].map((m) => ({ index: m.index ?? 0, noun: m[2] as string, body: m[1] as string, after: '' })),
    ];
    for (const m of issuedAtMeetings) {
      const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]+)\)/u.exec(m.after)?.[1];
      const by = acronym ? { text: acronym, form: 'name' as const, kind: 'thing' as const, core: acronym } : issuerName(subjectAfter(m.body));
      if (!by) continue;
      const noun = m.noun.toLowerCase();
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') issuers.push({ noun, issuer: r });
        },
      });
    }
    // "a letter sent by the airport's management": the organisation, however it is described.
    for (const m of masked.matchAll(DOCUMENT_BY_ORGANISATION)) {
      const noun = (m[1] as string).toLowerCase();
      const by = subjectAfter(m[2] as string);
      if (!ISSUED_NOUNS.has(noun) || !by || by.form === 'pronoun' || by.kind !== 'thing') continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && !r.unnamed) issuers.push({ noun, issuer: r });
        },
      });
    }
    for (const m of masked.matchAll(GROUP_BY)) {
      const by = subjectAfter(m[2] as string);
      if (by?.form !== 'name') continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') issuers.push({ noun: (m[1] as string).toLowerCase(), issuer: r });
        },
      });
    }
    /** Where the words before a quotation start: past the last quotation spoken, not a quoted title. */
    let lastSpokenClose = 0;
    quotes.forEach((q, i) => {
      const next = quotes[i + 1];
      // A title or name ("Star Wars"), or a term after "so-called", is nobody's speech.
      if (isTitle(text.slice(q.start, q.end)) || /\bso-called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open))) return;
      if (isStoryTerm(text.slice(q.start, q.end), narration)) return;
      const from = lastSpokenClose;
      lastSpokenClose = q.close;
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open) ?? { start: 0, end: text.length };
      // A colon introducing the quotation (`Novak told reporters: “…”`) outranks the words after it. The
      // words before reach back past a quoted title ("Abshire, on the CBS show “Face the Nation,” …, said:").
      const before = clauseBefore(masked, from, q.open);
      const clause = (before?.colon ? before : undefined) ?? clauseAfter(text, masked, q, next ? next.open : text.length, (core) => fullName(core) !== undefined) ?? before ?? (objectOfQuotingVerb(masked, sentence.start, q.open) ? undefined : clauseInSentence(masked, sentence, ['report', 'participle']));
      if (!clause) return;
      clauses.set(q, clause);
      events.push({
        index: clause.from,
        run: () => {
          const r = resolve(clause.phrase, pos(clause.from));
          if (!r) return;
          // A document no one is said to have issued is heard, but names nobody.
          if (r.unnamed) {
            history.push({ ...r, at: pos(clause.from), spoke: true });
            return;
          }
          q.speaker = r.name;
          noteIssuer(masked.slice(sentence.start, sentence.end), r);
          speakersSoFar.add(r.name);
          history.push({ ...r, at: pos(clause.from), spoke: true });
        },
      });
    });
    // "In its annual report, the Bank made it clear…": the sentence's subject issued the document, whatever its verb.
    for (const s of sentences) {
      const words = masked.slice(s.start, s.end);
      if (!/^\s*In\s+(?:its|their)\s/.test(words)) continue;
      const nouns = documentsSpokenIn(words);
      const subject = nouns.length > 0 ? subjectPastOpening(words) : undefined;
      if (!subject || subject.form === 'pronoun') continue;
      events.push({
        index: s.start,
        run: () => {
          const r = resolve(subject, pos(s.start));
          if (r && !r.unnamed && r.kind === 'thing' && r.form === 'name') for (const noun of nouns) issuers.push({ noun, issuer: r });
        },
      });
    }
    // Reported speech: a sentence with no quotation whose subject says something ("Novak said the…").
    for (const s of sentences) {
      if (quotes.some((q) => q.open < s.end && q.close > s.start)) continue;
      const clause = clauseInSentence(masked, s);
      if (!clause || clause.phrase.form === 'description' && clause.phrase.kind === 'thing' && !THING_NOUNS.has(clause.phrase.core)) continue;
      events.push({
        index: clause.from,
        run: () => {
          const r = resolve(clause.phrase, pos(clause.from));
          if (!r) return;
          if (r.unnamed) {
            history.push({ ...r, at: pos(clause.from), spoke: true });
            return;
          }
          reported.push({ paragraph: p.index, start: s.start, end: s.end, speaker: r.name, kind: 'reported' });
          noteIssuer(masked.slice(s.start, s.end), r);
          speakersSoFar.add(r.name);
          history.push({ ...r, at: pos(clause.from), spoke: true });
        },
      });
    }
    for (const e of events.sort((a, b) => a.index - b.index)) e.run();

    // A quotation continuing over a paragraph break, or introduced by "X said:" at the end of the last one.
    const first = quotes[0];
    if (first && (first.continues || (pending && first.open === text.search(/\S/)))) {
      const before = at > 0 ? (quotations[at - 1] ?? []).slice(-1)[0] : undefined;
      if (!first.speaker) first.speaker = first.continues ? before?.speaker ?? pending : pending;
      else if (first.continues && before && !before.speaker) before.speaker = first.speaker;
    }
    // A sentence that opens with a quotation and names nobody goes on in the voice just heard: the
    // speaker of the last attributed quotation or reported speech before it in the paragraph, or, at the
    // top of a paragraph, the one the previous paragraph ended with (news style: "Shultz said …" then "“B.”").
    const voiceBefore = (position: number): string | undefined => {
      let best: { at: number; speaker: string } | undefined;
      for (const q of quotes) if (q.speaker && q.close <= position && (!best || q.close > best.at)) best = { at: q.close, speaker: q.speaker };
      for (const r of reported.slice(reportedFrom)) if (r.end <= position && (!best || r.end > best.at)) best = { at: r.end, speaker: r.speaker };
      return best?.speaker;
    };
    for (const q of quotes) {
      if (q.speaker) continue;
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open);
      // (After a connective at most: 'Furthermore, "we still have the April highs to contend with," which …'.)
      if (!sentence || (sentence.start !== q.open && !CONNECTIVE_OPENING.test(masked.slice(sentence.start, q.open)))) continue;
      // Speech, not a term in quotation marks ("“Quantitative easing” began in 2008"): a few words, or a
      // whole sentence however short ("“Nobody believes it.”", "“Everything.”").
      const words = text.slice(q.start, q.end);
      if (wordsIn(words) < MIN_SPEECH_WORDS && !/[.!?]\s*$/.test(words)) continue;
      // A sentence with a reporting verb of its own that named nobody we could read is not inherited.
      if (verbsIn(masked.slice(sentence.start, sentence.end)).length > 0) continue;
      const voice = voiceBefore(q.open) ?? (sentence === sentences[0] ? lastVoice : undefined);
      // A sentence naming someone else beside the quotation is not the voice just heard going on.
      const others = mentionsIn(masked.slice(sentence.start, sentence.end), surnames).filter((m) => m.phrase.kind === 'person' && m.phrase.form === 'name');
      if (others.some((m) => !voice?.split(' ').includes(m.phrase.core.split(' ').pop() as string))) continue;
      q.speaker = voice;
    }
    // Quotations side by side share a speaker when only one's attribution stands between them.
    const between = (a: AttributedQuotation, b: AttributedQuotation) => {
      let gap = masked.slice(a.close, b.open);
      for (const c of [clauses.get(a), clauses.get(b)]) {
        if (c && c.from < b.open && c.to > a.close) gap = masked.slice(a.close, Math.max(a.close, c.from)) + masked.slice(Math.min(b.open, c.to), b.open);
      }
      return wordsIn(gap.replace(new RegExp(MASK, 'g'), ' '));
    };
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < quotes.length; i++) {
        const q = quotes[i] as AttributedQuotation;
        if (q.speaker || isTitle(text.slice(q.start, q.end)) || isStoryTerm(text.slice(q.start, q.end), narration)) continue;
        const prev = quotes[i - 1];
        const next = quotes[i + 1];
        if (prev?.speaker && between(prev, q) === 0) q.speaker = prev.speaker;
        else if (next?.speaker && between(q, next) === 0) q.speaker = next.speaker;
      }
    }
    const lastSentence = sentences[sentences.length - 1];
    lastVoice = undefined;
    if (lastSentence) {
      const inLast = quotes.filter((q) => q.speaker && q.close > lastSentence.start).pop();
      const reportedLast = reported.slice(reportedFrom).find((r) => r.start === lastSentence.start);
      lastVoice = inLast?.speaker ?? reportedLast?.speaker;
    }
    // "Jacques Schoufour accused the FNV of intransigence …" closing a paragraph: someone speaking in the
    // reporter's words through a verb that only quotations attribute (see quotationsBetweenOneVoice).
    if (lastSentence && !lastVoice && !quotes.some((q) => q.close > lastSentence.start)) {
      const clause = clauseInSentence(masked, lastSentence, ['quoting']);
      const r = clause?.phrase.form === 'name' && clause.phrase.kind === 'person' ? resolve(clause.phrase, pos(clause.from)) : undefined;
      if (r && !r.unnamed && r.kind === 'person') paraphrased[at] = r.name;
    }
    // "… Novak said:" closing a paragraph introduces the quotation opening the next one.
    const tail = masked.trimEnd();
    pending = undefined;
    if (tail.endsWith(':')) {
      const clause = lastSentence ? clauseInSentence(masked, lastSentence) : undefined;
      const r = clause ? resolve(clause.phrase, pos(clause.from)) : undefined;
      if (r && !r.unnamed) pending = r.name;
    }
  });

  quotationsBetweenOneVoice(paragraphs, quotations, paraphrased);

  // A quotation that runs on keeps its speaker in the paragraphs that continue it (and gives it back).
  for (let at = quotations.length - 1; at > 0; at--) {
    const first = quotations[at]?.[0];
    const before = quotations[at - 1]?.slice(-1)[0];
    if (first?.continues && before && !before.speaker && first.speaker) before.speaker = first.speaker;
  }

  // A story printed all in lower case ("azpurua said") gives the name rules nothing to read: the capitals
  // left open sentences, and a name read from them would be invented. Nobody is named.
  if (isUncased(paragraphs)) {
    for (const quotes of quotations) for (const q of quotes) q.speaker = undefined;
    reported.length = 0;
  }
  // (After that, not wiped by it.) A story printing its one speaker's name in lower case ("finance minister manuel azpurua told a press
  // conference", then '“…,” azpurua said'): that person's quotations are the ones a sentence attributes to
  // the surname itself. A "he" is left alone: without capitals no other person can be told from words.
  const reporter = lowerCaseReporter(narration);
  if (reporter) {
    const bySurname = new RegExp(`(?:\\b${escapeRegExp(reporter.surname)}\\s+(?:${LOWER_CASE_REPORTING})|(?:${LOWER_CASE_REPORTING})\\s+${escapeRegExp(reporter.surname)})\\b`, 'u');
    paragraphs.forEach((p, at) => {
      const quotes = quotations[at] ?? [];
      const masked = maskQuotations(p.text, quotes);
      for (const q of quotes) {
        const sentence = splitSentences(p.text).find((s) => s.start <= q.open && s.end > q.open);
        if (!q.speaker && sentence && bySurname.test(masked.slice(sentence.start, sentence.end))) q.speaker = reporter.name;
      }
    });
  }
  const kind = doc.source.kind ?? '';
  const ownVoice = OWN_VOICE.test(kind) ? (doc.source.author ?? (ISSUER_VOICE.test(kind) ? doc.source.outlet : undefined)) : undefined;
  const turns = transcriptTurns(doc, (label) => {
    if (label === 'Q') return doc.source.author;
    if (label === 'A') return interviewee(doc);
    const phrase = labelPhrase(label);
    const r = phrase ? resolve(phrase, Number.MAX_SAFE_INTEGER) : undefined;
    if (r?.unnamed) return undefined;
    // "THE LEDGER:" (the interviewing paper): read as a name, it loses its article ("Ledger"); a label
    // with an article that the text names no further is given as printed.
    if (r && /^the\s/i.test(label.trim()) && label.toLowerCase().includes(r.name.toLowerCase())) return label.trim();
    return r?.name;
  });
  return { quotations, reported, ownVoice, notes, turns };
}

/**
 * A paragraph that is only a quotation, with no attribution of its own, between a paragraph closing on X
 * speaking in the reporter's words ("Jacques Schoufour accused the FNV of intransigence …") and a
 * quotation X is named speaking next ("“If we find …,” Schoufour said."): X goes on speaking. Both sides
 * must name X, so that a quotation between two speakers taking turns is never given to either.
 */
function quotationsBetweenOneVoice(paragraphs: { text: string }[], quotations: AttributedQuotation[][], paraphrased: (string | undefined)[]): void {
  for (let at = 1; at + 1 < paragraphs.length; at++) {
    const voice = paraphrased[at - 1];
    const quotes = quotations[at] ?? [];
    if (!voice || quotes.length === 0 || quotes.some((q) => q.speaker)) continue;
    const text = (paragraphs[at] as { text: string }).text;
    if (wordsIn(maskQuotations(text, quotes).replace(new RegExp(MASK, 'g'), ' ')) > 0) continue;
    if (wordsIn(quotes.map((q) => text.slice(q.start, q.end)).join(' ')) < MIN_SPEECH_WORDS) continue;
    const next = (quotations[at + 1] ?? []).find((q) => q.speaker);
    if (next?.speaker === voice) for (const q of quotes) q.speaker = voice;
  }
}

/** Words inside sentences a text needs before its lack of capitals says it is printed in lower case. */
const MIN_WORDS_FOR_CASE = 40;

/** Whether a document is printed in lower case: no word inside a sentence (not opening it) has a capital. */
function isUncased(paragraphs: { text: string }[]): boolean {
  let inside = 0;
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      const words = p.text.slice(s.start, s.end).match(/\p{L}+/gu) ?? [];
      for (const w of words.slice(1)) {
        if (/\p{Lu}/u.test(w)) return false;
        inside++;
      }
    }
  }
  return inside >= MIN_WORDS_FOR_CASE;
}

/** Reporting verbs a lower-case name is read beside ("azpurua said", "told …"). */
const LOWER_CASE_REPORTING = 'said|says|told|added|stated';
/** A lower-case title, first name and surname, then a reporting verb: "finance minister manuel azpurua told". */
const LOWER_CASE_TITLED = new RegExp(String.raw`(?<![\p{L}-])(\p{Ll}+)\s+(\p{Ll}{2,})\s+(\p{Ll}{2,})\s+(?:${LOWER_CASE_REPORTING})\b`, 'gu');
/** Lower-case words that are no part of a name after a title. */
const NOT_LOWER_CASE_NAME = new Set('the a an of and or to in on at for with by from who which that he she it they said says told added also has had was is would will'.split(' '));

/**
 * The one person a story names in lower case by title and full name as the subject of a reporting verb
 * ("finance minister manuel azpurua told …"); none when there is no such person, or more than one.
 */
function lowerCaseReporter(narration: string): { name: string; surname: string } | undefined {
  const found = new Set<string>();
  for (const m of narration.matchAll(LOWER_CASE_TITLED)) {
    const [title, first, surname] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    if (isRoleNoun(title) && !NOT_LOWER_CASE_NAME.has(first) && !NOT_LOWER_CASE_NAME.has(surname) && !isRoleNoun(first)) found.add(`${first} ${surname}`);
  }
  if (found.size !== 1) return undefined;
  const name = [...found][0] as string;
  return { name, surname: name.split(' ')[1] as string };
}

/** A paragraph opening with a speaker's label: `Novak: …`, `JANA NOVAK: …`, `Q: …`, `Example News: …`. */
// Rule "a label names its speaker before any comma": "FILIP VANĚK, BRNĚNSKÝ DENÍK:" is Filip Vaněk, a
// journalist of that paper; the outlet after the comma (capitalised words) is not part of the label.
// Rule "a question number is not part of the label" (names10): a UK committee transcript numbers the
// questions ("Q4 Ben Whitlock: …" is Ben Whitlock asking).
const TURN_LABEL = /^(?:Q\d+\s+)?((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|der|al|bin)){0,3})(?:,\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|of|for|and|de)){0,5})?:[ \t]+(?=\S)/u;
/** Labelled paragraphs a document needs to be read as a transcript (with at least two labels recurring). */
const MIN_TURNS = 4;

/**
 * An interview's or transcript's turns: a document where at least `MIN_TURNS` paragraphs open with a
 * speaker's label and at least two labels recur (so that "Note:" or "Contact:" once is not a speaker). A
 * paragraph without a label between two labelled ones goes on with the turn before it.
 */
function transcriptTurns(doc: SourceDocument, speakerOfLabel: (label: string) => string | undefined): (SpeakerTurn | undefined)[] {
  const labels = doc.paragraphs.map((p) => TURN_LABEL.exec(p.text));
  const lists = participantLists(doc.paragraphs, labels);
  for (const at of lists) labels[at] = null;
  const counts = new Map<string, number>();
  for (const m of labels) if (m) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const labelled = labels.filter(Boolean).length;
  if (labelled < MIN_TURNS || [...counts.values()].filter((n) => n >= 2).length < 2) return [];
  const lastLabelled = labels.findLastIndex((m) => m !== null);
  const speakers = new Map([...counts.keys()].map((label) => [label, speakerOfLabel(label)]));
  // Rule "a surname label is the full label it shortens": "MOLL:" after "JAN MOLL, NORTHERN RADIO:" is Jan
  // Moll, when exactly one longer label ends with that surname.
  for (const label of counts.keys()) {
    const longer = [...counts.keys()].filter((other) => other.endsWith(` ${label}`));
    if (!label.includes(' ') && longer.length === 1 && speakers.get(longer[0] as string)) speakers.set(label, speakers.get(longer[0] as string));
  }
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: SpeakerTurn | undefined;
  labels.forEach((m, at) => {
    if (m) current = { start: m[0].length, speaker: speakers.get(m[1] as string) };
    else if (lists.has(at)) current = undefined;
    else if (current && at < lastLabelled) current = { start: 0, speaker: current.speaker };
    else current = undefined;
    turns[at] = current;
  });
  return turns;
}

/**
 * Rule "a label before a list of the speakers is a heading, not a turn" (names10): "Witnesses: Diane
 * Holloway, Managing Director, …; Colin Fairley, …" prints in full the labels of two or more speakers who
 * take turns later; nobody speaks it, and the turn after it is the next label's.
 */
function participantLists(paragraphs: { text: string }[], labels: (RegExpExecArray | null)[]): Set<number> {
  const fullLabels = new Set(labels.filter((m): m is RegExpExecArray => m !== null && (m[1] as string).includes(' ')).map((m) => m[1] as string));
  const lists = new Set<number>();
  labels.forEach((m, at) => {
    if (!m) return;
    const body = (paragraphs[at] as { text: string }).text.slice(m[0].length);
    const named = [...fullLabels].filter((label) => label !== m[1] && body.includes(label) && labels.some((other, later) => later > at && other?.[1] === label));
    if (named.length >= 2) lists.add(at);
  });
  return lists;
}

/**
 * Who answers an interview's `A:` turns: the one person its title names with a full name ("… an interview
 * with Jana Novak"); else the one person its introduction (the paragraphs before the first `Q:` or `A:`)
 * names so ("Health Minister Helena Šťastná spoke to us about …"). Two people named there, or none: nobody,
 * since the answers could be either's.
 */
function interviewee(doc: SourceDocument): string | undefined {
  const fullNamesIn = (text: string) => new Set(mentionsIn(text).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ')).map((m) => m.phrase.core));
  const inTitle = fullNamesIn(doc.source.title ?? '');
  if (inTitle.size > 0) return inTitle.size === 1 ? [...inTitle][0] : undefined;
  const firstTurn = doc.paragraphs.findIndex((p) => INTERVIEW_LABEL.test(p.text));
  const inIntroduction = fullNamesIn(doc.paragraphs.slice(0, Math.max(0, firstTurn)).map((p) => p.text).join('\n'));
  return inIntroduction.size === 1 ? [...inIntroduction][0] : undefined;
}

/** An interview's question or answer label opening a paragraph. */
const INTERVIEW_LABEL = /^[QA]:\s/;

/** The shortest part a closed compound's other part must have to read the word as a role ("Head|teacher"; not "King|sley", "Head|ley"). */
const MIN_COMPOUND_REST = 5;

/**
 * Whether a capitalised word before a person's name is a role by its form: a closed compound of a role
 * word, as "Vice-President" is a hyphenated one ("Headteacher" = "head" + "teacher"). (names10 tried the
 * story's lower-case uses, "the warden", and the word before another person's name as evidence too: they
 * gained nothing on the dev sets and lost on a held-out one, so a given name printed as a common word,
 * "Will", "Grace", stays a name.)
 */
function isRoleCompound(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let cut = 4; cut <= lower.length - 4; cut++) {
    const [head, tail] = [lower.slice(0, cut), lower.slice(cut)];
    if ((isRoleNoun(head) && tail.length >= MIN_COMPOUND_REST) || (isRoleNoun(tail) && head.length >= MIN_COMPOUND_REST)) return true;
  }
  return false;
}

/**
 * Rule "a name is its given names and surname; a role before them is not part of it" (names10): the
 * capitalised words opening a person's name of three or more words are dropped while each is a closed
 * compound of a role word ("Headteacher Sarah Kirkby" → "Sarah Kirkby") or holds a digit ("Q3 Priya
 * Raman", a transcript's third question). A given name and surname always stay, and so does a double given
 * name ("Mary Ann Evans").
 */
function withoutRoleWords(name: string): string {
  let words = name.split(' ');
  while (words.length > 2 && (/\p{N}/u.test(words[0] as string) || isRoleCompound(words[0] as string))) words = words.slice(1);
  return words.join(' ');
}

/**
 * Whether a lone capitalised word is a common word capitalised only because it opens a sentence: the
 * story prints it in lower case ("diplomats said"), and never capitalised inside a sentence
 * ("Diplomats said …" names nobody).
 */
function isCommonWordCapitalisedByPosition(word: string, narration: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (!new RegExp(`(?<![\\p{L}'\u2019-])${escapeRegExp(lower)}(?![\\p{L}-])`, 'u').test(narration)) return false;
  for (const m of narration.matchAll(new RegExp(`(?<![\\p{L}'\u2019-])${escapeRegExp(word)}(?![\\p{L}-])`, 'gu'))) {
    const before = narration.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    if (!/(?:^|[.!?:;\n]["'\u201D\u2019]?\s*|\n\s*)$/u.test(before) && m.index !== 0) return false;
  }
  return true;
}

/** A company's name and its legal ending ("General Acquisition Co", "Texaco Inc.", "Sears Roebuck and Co"). */
const COMPANY_WITH_ENDING = /\b((?:\p{Lu}[\p{L}&'-]*\s+){0,4}?(?:\p{Lu}[\p{L}&'-]*))\s+(?:(?:and|&)\s+Co\b|(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b)/gu;

/** A courtesy title ending the words before a name ("Ms", "Mr.", "Dr"): kept with a surname the text never completes. */
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Messrs)\.?\s*$/i;

/** Words that name an organisation only with more words ("Group of 24", "Institute of Economic Affairs"). */
const GENERIC_ORGANISATION_WORDS = new Set(
  'Group Institute Bank Company Corporation Association Council Committee Ministry Department Agency Commission Board Union Fund Office Authority Federation Foundation Government Party Court Centre Center Organisation Organization Society League Exchange Administration Service Bureau Conference Assembly Institution Trust Alliance Coalition Forum Club Chamber Secretariat Division Unit'.split(' '),
);

/** Nationality adjectives: "the Greek statement" is Greece's, but "Greek" names no one a reader can be told. */
const NATIONALITIES = new Set(
  `American British French German Greek Turkish Japanese Chinese Soviet Russian Italian Spanish Dutch Swiss Swedish Canadian Mexican
  Brazilian Argentine Argentinian Australian Indian Iranian Iraqi Israeli Saudi Kuwaiti Egyptian Korean Taiwanese Polish Czech Belgian
  Austrian Danish Norwegian Finnish Irish Portuguese Nigerian Indonesian Malaysian Philippine Filipino Thai Venezuelan Colombian Chilean
  Peruvian Ecuadorean Ecuadorian Pakistani European Arab Arabian Cypriot Yugoslav Hungarian Romanian Bulgarian African Asian Lebanese
  Syrian Jordanian Libyan Algerian Moroccan Tunisian Kenyan Zambian Zimbabwean Vietnamese Cuban Bolivian Uruguayan Paraguayan Scottish
  Welsh English Luxembourg Icelandic Nicaraguan Panamanian Jamaican Singaporean Bangladeshi Afghan Emirati Qatari Omani Yemeni Sudanese
  Ethiopian Ghanaian Ugandan Tanzanian Angolan Mozambican Chadian Senegalese Western Eastern Communist Socialist`.split(/\s+/),
);

/** Nationalities of one country (not a continent, a bloc or a creed): "the Greek statement" may be Greece's. */
const COUNTRY_NATIONALITY = /^(?!(?:European|Arab|Arabian|African|Asian|Western|Eastern|Communist|Socialist|Soviet|English|Scottish|Welsh)$)\p{Lu}\p{Ll}+$/u;

/** Titles of rank a surname keeps when the story gives no first name ("Lord Carrington"). */
const RANK_TITLE = /(?:^|\s)(?:Lord|Lady|Sir|Dame|Baroness|Baron|Earl|Count|Countess|Prince|Princess|King|Queen|Sheikh|Cardinal|Pope)\s+$/;

/** A publication described before its name: "the daily Gunes", "the newspaper Hurriyet". */
const PUBLICATION_DESCRIBED = /^(?:the\s+)?(?:(?:daily|weekly|newspaper|paper|magazine|journal|tabloid|evening|morning|business|news|agency|official|semi-official|independent|influential|conservative|liberal|opposition|leftist|rightist|pro-government|state-run|state-owned|government|party)\s+)+(\p{Lu}[\p{L}\p{N}.'&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'&-]*)*)$/u;

const reportingAfter = String.raw`\s+(?:said|says|told|added|adds|stated|announced|reported|warned|noted|urged|called|has|had|have|is|was|were|will|would|also)\b|\s*[,.;:)]`;

/** Whether a story uses a word standing alone as a name ("the Bank said", "told the Commission."), not as part of one or as an adjective. */
function usedAsName(text: string, word: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}.'&-]\s?)(?<!\p{Lu}[\p{L}.'&-]*\s)${escapeRegExp(word)}(?=${reportingAfter})`, 'gu');
  return re.test(text);
}

/** Words that open a sentence or a phrase and are part of no name. */
const RUN_OPENERS = new Set('The A An In On At But And For Earlier Today Yesterday Meanwhile However Also Both Its Their His Her Our'.split(' '));

/**
 * The capitalised runs a name is printed inside, where the story prints it ("First City Bancorp of Texas
 * Inc" around "Texas Inc"); the name itself where it stands alone.
 */
function runsAround(text: string, name: string): string[] {
  const runs: string[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'gu'))) {
    // (Not back across a paragraph's end: "… energy regulator URE.\nNorthern Power Group" is two runs.)
    const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0).replace(/^[\s\S]*\n/, '');
    const run = /(?:(?<![\p{L}\p{N}'.&-])\p{Lu}[\p{L}\p{N}.&-]*\s+(?:(?:of|for|and|&|de|du)\s+)?)+$/u.exec(before)?.[0] ?? '';
    const words = run.split(/\s+/).filter(Boolean);
    // (Not past a sentence's opening word or a possessive: "Japan's Ministry of Finance" is the ministry.)
    while (words.length > 0 && (RUN_OPENERS.has(words[0] as string) || /^(?:of|for|and|&|de|du)$/.test(words[0] as string))) words.shift();
    // (Nor back across a word whose full stop ends a sentence: "regulator URE. Northern Power Group".)
    const sentenceEnd = words.findLastIndex((w) => endsSentenceAt(w));
    if (sentenceEnd >= 0) words.splice(0, sentenceEnd + 1);
    runs.push(words.length > 0 ? `${words.join(' ')} ${name}` : name);
  }
  return runs;
}

/** Documents and stories someone issues or publishes: "the report said" may be its issuer speaking. */
/** "has issued a circular", "released a statement", "published its annual report": an issuing verb and the words of its object. */
const ISSUED_BY_SUBJECT = /\b(?:issued|published|released|circulated|unveiled|presented)\s+(?:a|an|its|their|the)\s+((?:[\p{L}\p{N}-]+\s+){0,3}\p{Ll}+)\b/gu;

const ISSUED_NOUNS = new Set('document report statement study survey review prospectus filing story article bulletin newsletter communique memo letter paper release outlook summary package circular notice directive'.split(' '));
/** A news story and the article it was called before are one ("the story said" after "the article in …"). */
const NEWS_PIECES = new Set(['story', 'article']);
const sameDocumentNoun = (a: string, b: string) => a === b || (NEWS_PIECES.has(a) && NEWS_PIECES.has(b));
/** Speaking in a document: "said in a prospectus", "In its annual report, the bank said" (the noun among the next five words). */
const SPOKEN_IN_DOCUMENT = /\b[Ii]n\s+(?:a|an|its|their|his|her|the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/gu;

/** The documents a sentence says something was said in: "in an annual review of the French economy" → review. */
function documentsSpokenIn(sentence: string): string[] {
  const nouns: string[] = [];
  for (const m of sentence.matchAll(SPOKEN_IN_DOCUMENT)) {
    const noun = (m[1] as string).toLowerCase().split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
    if (noun) nouns.push(noun);
  }
  return nouns;
}
/**
 * A document and who issued it: "the article in Progressive magazine", "a document issued by the PMDB",
 * "the report by the Institute of Economic Affairs" (groups 1, 2); "the Kiel institute's report" (groups 3, 4: the possessor, the noun).
 */
const DOCUMENT_BY = /\b(\p{Ll}+)\s+(?:in|by|from|(?:issued|published|released|prepared|compiled|sent|signed|written|drafted|submitted)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?by)\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'-]*)*)|((?:the|The)\s+(?:\p{Lu}[\p{L}.&-]*\s+)*\p{L}+)['\u2019]s\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/gu;
/** A document of a named organisation, no article before it: "in Hawkeye's annual report" (groups 1, 2: the possessor, the words holding the noun). */
const NAMED_DOCUMENT_OF = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*)['\u2019]s\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\b/gu;

/** The issuer a description of a document names itself: "a document issued by the PMDB" → the PMDB. */
function issuerNamedIn(description: string): SpeakerPhrase | undefined {
  for (const m of description.matchAll(DOCUMENT_BY)) {
    const noun = ((m[1] ?? m[4]) as string).toLowerCase();
    const by = issuerName(m[2] !== undefined ? subjectAfter(m[2]) : subjectBefore(m[3] as string));
    if (ISSUED_NOUNS.has(noun) && by) return by;
  }
  // "the court's ruling", "the bank's monthly bulletin": the organisation it is the document of, even
  // described ("the court" tells a reader who speaks; "the ruling" does not).
  const possessive = /^(?:the|The)\s+((?:[\p{L}.&-]+\s+){0,3}?[\p{L}.&-]+)['\u2019]s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u.exec(description.trim());
  const possessor = possessive ? subjectAfter(`the ${possessive[1]}`) : undefined;
  const ofDocument = possessive?.[2]?.toLowerCase().split(/\s+/).some((w) => ISSUED_NOUNS.has(w) || DOCUMENT_NOUNS.has(w));
  if (ofDocument && possessor && possessor.form !== 'pronoun' && !(possessor.form === 'description' && (ISSUED_NOUNS.has(possessor.core) || DOCUMENT_NOUNS.has(possessor.core)))) return issuerName(possessor) ?? possessor;
  return undefined;
}

/** An issuer as a name: "the PMDB" (an acronym after "the") is the PMDB's name; a pronoun or a plain description is none. */
function issuerName(phrase: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  if (phrase?.form === 'name') return phrase;
  if (phrase?.form === 'description' && /^\p{Lu}/u.test(phrase.core)) return { ...phrase, form: 'name', text: phrase.core };
  // "the Supreme Audit Office": capitalised words after "the" are a name.
  // ("the Institute of Economic Affairs": across "of", "for" and "and" too.)
  const capitalised = phrase?.form === 'description' ? /^[Tt]he\s+((?:\p{Lu}[\p{L}.&'-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}.&'-]*)$/u.exec(phrase.text) : null;
  if (phrase && capitalised) return { ...phrase, form: 'name', text: capitalised[1] as string, core: capitalised[1] as string };
  return undefined;
}

/**
 * A group and who leads or controls it: "A group of companies controlled by Brookehill Partners Inc",
 * "an investor group led by Carl Icahn" (groups 1, 2). "The group said" after it is that leader speaking.
 */
const GROUP_BY = /\b(group|consortium|partnership)\s+(?:of\s+(?:[\p{L}-]+\s+){0,3}?)?(?:controlled|led|headed|formed|owned|managed|organized|organised)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*)*)/gu;

/** A document and the organisation whose people sent it: "a letter sent by the airport's management" (groups 1, 2). */
const DOCUMENT_BY_ORGANISATION = /\b(\p{Ll}+)\s+(?:issued|published|released|prepared|compiled|sent|signed|written|drafted|submitted)\s+by\s+((?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)['\u2019]s\s+(?:management|board|directors|lawyers|owners|executives|leadership|officials)\b/gu;

/** A document and the body whose meeting issued it: "a communique issued after a meeting of OPEC ministers" (groups 1, 2). */
const ISSUED_AT_MEETING = /\b(\p{Ll}+)\s+(?:issued|released|published|adopted)\s+(?:after|at|following|during)\s+(?:a|an|the|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:meeting|conference|session|summit|talks)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:on\s+|of\s+|for\s+)?\p{Lu}[\p{L}.&'-]*)*)/gu;

/**
 * A meeting, then the document it issued: "After an emergency meeting of NATO ambassadors, a statement was
 * issued" (groups 1, 2: the body that met, by its capitalised words; the document's noun).
 */
const MEETING_THEN_ISSUED = /\b(?:After|At|Following|During)\s+(?:a|an|the|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:meeting|conference|session|summit|talks)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:on\s+|of\s+|for\s+)?\p{Lu}[\p{L}.&'-]*)*)(?:\s+[\p{Ll}-]+){0,2}\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:was|were)\s+(?:issued|released|published|adopted)\b/gu;

/** A document described by who issued it: "the Federal Trade Commission report", "the FTC annual study" (group 1: the issuer's words). */
const ISSUER_MODIFIER = /^(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+)?((?:\p{Lu}[\p{L}.&'-]*\s+)*\p{Lu}[\p{L}.&'-]*)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?\p{Ll}+$/u;

/** Nouns naming a document: "the document" may stand for "the proposals" named before it. */
const DOCUMENT_NOUNS = new Set('document proposals proposal report statement declaration plan paper agreement communique letter principles guidelines rules bulletin study survey ruling text memo release treaty resolution strategy review package circular notice directive'.split(' '));

/** What a document can hold of voices, read cheaply (quotation marks and turn labels only): see {@link voiceSketch}. */
export interface VoiceSketch {
  /** An opinion piece, column, editorial or statement: its own text may be its author's (or issuer's). */
  ownVoice: boolean;
  /** Enough paragraphs open with a speaker's label that the document may be a transcript. */
  transcript: boolean;
  /** The direct quotations, per paragraph position, exactly as {@link attributeDocument} finds them (without speakers). */
  quotations: Quotation[][];
}

/**
 * The cheap part of reading who speaks in a document. A news report that is neither an opinion piece nor a
 * transcript speaks only through its quotations, so words touching none of them are narration, nobody's:
 * `speakerOf` answers them from the sketch without attributing the document (most sentences an archive's
 * answers quote are such narration).
 */
export function voiceSketch(doc: SourceDocument): VoiceSketch {
  return {
    ownVoice: OWN_VOICE.test(doc.source.kind ?? ''),
    transcript: doc.paragraphs.filter((p) => TURN_LABEL.test(p.text)).length >= MIN_TURNS,
    quotations: documentQuotations(doc.paragraphs),
  };
}

/**
 * Whether anything in a document can be anyone's words: an opinion piece (or statement) has a voice of
 * its own; any other document only through a quotation or an interview's labelled turns. A wire story
 * with neither is narration throughout, so nobody speaks in it and it need not be read further (most
 * answers on a large archive come from such stories). Cheap: quotation marks and turn labels only.
 */
export function mayHaveVoices(doc: SourceDocument, sketch: VoiceSketch = voiceSketch(doc)): boolean {
  return sketch.ownVoice || sketch.transcript || sketch.quotations.some((quotes) => quotes.length > 0);
}
