/**
 * Documents someone issues (a report, a statement, a prospectus) and who issued them: "the report said" is
 * its issuer speaking, when the text says who that is ("In a report the Kiel institute said", "a document
 * issued by the PMDB", "the FTC study").
 */
import type { SentenceRange } from '../text/splitSentences.js';
import { wordsIn } from '../text/wordsIn.js';
import { lastName } from './nameRuns.js';
import { NATIONALITIES, opensSentence, WEEKDAYS } from './nameWords.js';
import type { Referent } from './referent.js';
import { subjectPastOpening } from './sentenceSubject.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { MAX_WORDS_SUBJECT_TO_VERB, subjectAfter, subjectBefore } from './subjectPhrases.js';

/** Documents and stories someone issues or publishes: "the report said" may be its issuer speaking. */
export const ISSUED_NOUNS = new Set('document report statement study survey review prospectus filing story article bulletin newsletter communique memo letter paper release outlook summary package circular notice directive editorial column'.split(' '));
/** A news story and the article it was called before are one ("the story said" after "the article in …"). */
const NEWS_PIECES = new Set(['story', 'article']);
export const sameDocumentNoun = (a: string, b: string) => a === b || (NEWS_PIECES.has(a) && NEWS_PIECES.has(b));
/** Speaking in a document: "said in a prospectus", "In its annual report, the bank said" (the noun among the next five words). */
const SPOKEN_IN_DOCUMENT = /\b[Ii]n\s+(?:a|an|its|their|his|her|the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/gu;

/** The documents a sentence says something was said in: "in an annual review of the French economy" → review. */
export function documentsSpokenIn(sentence: string): string[] {
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
// (A comma may set the issuer off: "The report, by the Government Accountability Office, found", round 21; its
// author only, "by" or "written by": "The letter, published by the Guardian and signed by 300 scientists," is not
// the Guardian's.)
export const DOCUMENT_BY = /\b(\p{Ll}+)(?:\s+(?:in|by|from|(?:issued|published|released|prepared|compiled|sent|signed|written|drafted|submitted)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?by)|,\s+(?:(?:prepared|compiled|written|drafted)\s+)?by)\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'-]*)*)|((?:the|The)\s+(?:\p{Lu}[\p{L}.&-]*\s+)*\p{L}+)['\u2019]s\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/gu;
/** A document of a named organisation, no article before it: "in Hawkeye's annual report" (groups 1, 2: the possessor, the words holding the noun). */
export const NAMED_DOCUMENT_OF = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*)['\u2019]s\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\b/gu;

/** Verbs by which a subject issues a document (a regex alternation). */
const ISSUING_VERBS = 'issued|published|released|circulated|unveiled|presented';
/** "has issued a circular", "released a statement", "published its annual report": an issuing verb and the words of its object. */
const ISSUED_BY_SUBJECT = new RegExp(String.raw`\b(?:${ISSUING_VERBS})\s+(?:a|an|its|their|the)\s+((?:[\p{L}\p{N}-]+\s+){0,3}\p{Ll}+)\b`, 'gu');
/** The same, the document being what it was published in: "published China's demands in an editorial". */
const ISSUED_IN_BY_SUBJECT = new RegExp(String.raw`\b(?:${ISSUING_VERBS})\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,4}?in\s+(?:a|an|its|their|the)\s+((?:[\p{L}\p{N}-]+\s+){0,3}\p{Ll}+)\b`, 'gu');

/** A day of the week alone. */
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);

/** A time between a subject and its verb: "The Financial Times today published …", "The ministry on Monday released …". */
const TIME_BEFORE_VERB = new RegExp(String.raw`\s+(?:today|yesterday|tonight|on\s+(?:${WEEKDAYS}))\s*$`, 'u');

/** The issuer a description of a document names itself: "a document issued by the PMDB" → the PMDB. */
export function issuerNamedIn(description: string): SpeakerPhrase | undefined {
  for (const m of description.matchAll(DOCUMENT_BY)) {
    const noun = ((m[1] ?? m[4]) as string).toLowerCase();
    const by = issuerName(m[2] !== undefined ? subjectAfter(m[2]) : subjectBefore(m[3] as string));
    // (Set off by a comma, an organisation only, as `issuerMentionsIn` reads it.)
    if (ISSUED_NOUNS.has(noun) && by && (!/^\p{Ll}+,/u.test(m[0]) || by.kind === 'thing')) return by;
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
export function issuerName(phrase: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  if (phrase?.form === 'name') return phrase;
  if (phrase?.form === 'description' && /^\p{Lu}/u.test(phrase.core)) return { ...phrase, form: 'name', text: phrase.core };
  // "the Supreme Audit Office": capitalised words after "the" are a name.
  // ("the Institute of Economic Affairs": across "of", "for" and "and" too.)
  const capitalised = phrase?.form === 'description' ? /^[Tt]he\s+((?:\p{Lu}[\p{L}.&'-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}.&'-]*)$/u.exec(phrase.text) : null;
  if (phrase && capitalised) return { ...phrase, form: 'name', text: capitalised[1] as string, core: capitalised[1] as string };
  // "the official International Business newspaper": a publisher's name before what it is.
  const publisher = phrase?.form === 'description' ? NAMED_PUBLISHER.exec(phrase.text) : null;
  // (Not a nationality or a day before "paper": "the French newspaper", "the Sunday paper". A city may still be
  // read so, "the Paris newspaper": a known limit.)
  if (phrase && publisher && !NATIONALITIES.has(publisher[1] as string) && !WEEKDAY.test(publisher[1] as string)) return { ...phrase, form: 'name', text: publisher[1] as string, core: publisher[1] as string };
  return undefined;
}

/** A publisher described by its name and what it is: "the official International Business newspaper", "the Xinhua news agency" (group 1: the name). */
const NAMED_PUBLISHER = /^(?:[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?((?:\p{Lu}[\p{L}.&'-]*\s+)*\p{Lu}[\p{L}.&'-]*)\s+(?:news\s+)?(?:newspaper|paper|daily|weekly|magazine|journal|agency|broadcaster)$/u;

/**
 * A group and who leads or controls it: "A group of companies controlled by Brookehill Partners Inc",
 * "an investor group led by Carl Icahn" (groups 1, 2). "The group said" after it is that leader speaking.
 */
export const GROUP_BY = /\b(group|consortium|partnership)\s+(?:of\s+(?:[\p{L}-]+\s+){0,3}?)?(?:controlled|led|headed|formed|owned|managed|organized|organised)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*)*)/gu;

/** A document and the organisation whose people sent it: "a letter sent by the airport's management" (groups 1, 2). */
export const DOCUMENT_BY_ORGANISATION = /\b(\p{Ll}+)\s+(?:issued|published|released|prepared|compiled|sent|signed|written|drafted|submitted)\s+by\s+((?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)['\u2019]s\s+(?:management|board|directors|lawyers|owners|executives|leadership|officials)\b/gu;

/** A document and the body whose meeting issued it: "a communique issued after a meeting of OPEC ministers" (groups 1, 2). */
export const ISSUED_AT_MEETING = /\b(\p{Ll}+)\s+(?:issued|released|published|adopted)\s+(?:after|at|following|during)\s+(?:a|an|the|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:meeting|conference|session|summit|talks)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:on\s+|of\s+|for\s+)?\p{Lu}[\p{L}.&'-]*)*)/gu;

/**
 * A meeting, then the document it issued: "After an emergency meeting of NATO ambassadors, a statement was
 * issued" (groups 1, 2: the body that met, by its capitalised words; the document's noun).
 */
export const MEETING_THEN_ISSUED = /\b(?:After|At|Following|During)\s+(?:a|an|the|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:meeting|conference|session|summit|talks)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:on\s+|of\s+|for\s+)?\p{Lu}[\p{L}.&'-]*)*)(?:\s+[\p{Ll}-]+){0,2}\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:was|were)\s+(?:issued|released|published|adopted)\b/gu;

/** A document described by who issued it: "the Federal Trade Commission report", "the FTC annual study" (group 1: the issuer's words). */
export const ISSUER_MODIFIER = /^(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+)?((?:\p{Lu}[\p{L}.&'-]*\s+)*\p{Lu}[\p{L}.&'-]*)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?\p{Ll}+$/u;

/** Nouns naming a document: "the document" may stand for "the proposals" named before it. */
export const DOCUMENT_NOUNS = new Set('document proposals proposal report statement declaration plan paper agreement communique letter principles guidelines rules bulletin study survey ruling text memo release treaty resolution strategy review package circular notice directive'.split(' '));

/** Documents a paragraph mentions with their issuer, to remember once the issuer is resolved (in reading order). */
export interface IssuerMention {
  /** Where in the paragraph the mention starts. */
  index: number;
  /** The nouns of the documents it issued ("report"; a group's own noun for "a group led by Carl Icahn"). */
  nouns: string[];
  /** Who issued them, as the text gives it. */
  by: SpeakerPhrase;
  /** Whether the issuer, resolved, is one a reader can be told issued them. */
  accepts: (issuer: Referent) => boolean;
}

const named = (r: Referent) => r.form === 'name';

/** Words before a document's noun that make it another document than the story's own ("a similar report", "a rival statement"). */
const OTHER_DOCUMENT = /\b(?:similar|another|separate|rival|competing|earlier|previous)\s+$/i;

/**
 * The documents a paragraph's narration (`masked`, its `sentences`) mentions with their issuers: "the
 * article in Progressive magazine", "a document issued by the PMDB", "the Kiel institute's report", "The
 * ministry released a statement", "a communique issued after a meeting of OPEC ministers", "a letter sent by
 * the airport's management", "a group led by Carl Icahn".
 */
export function issuerMentionsIn(masked: string, sentences: SentenceRange[]): IssuerMention[] {
  const mentions: IssuerMention[] = [];
  // "The article in Progressive magazine", "a document issued by the PMDB", "the Kiel institute's report":
  // a document and who issued it.
  // ("in response to a similar document issued by U.S. Administration officials": another document than the
  // one the story goes on quoting, so "the document said" is not theirs.)
  const documentsBy = [...masked.matchAll(DOCUMENT_BY)]
    .filter((m) => !OTHER_DOCUMENT.test(masked.slice(Math.max(0, (m.index ?? 0) - 24), m.index)))
    .map((m) => ({ index: m.index ?? 0, noun: (m[1] ?? m[4]) as string, by: m[2] !== undefined ? subjectAfter(m[2]) : subjectBefore(m[3] as string) }))
    // (Set off by a comma, an organisation only: "The letter, written by Coastal Chairman Oscar S. Wyatt Jr and
    // President James R. Paul," names two people, neither of whom alone speaks for it.)
    .filter((m) => !/^\p{Ll}+,/u.test(masked.slice(m.index)) || m.by?.kind === 'thing');
  // ("in Hawkeye's annual report": an organisation's name, no article.)
  for (const m of masked.matchAll(NAMED_DOCUMENT_OF)) {
    const noun = (m[2] as string).split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
    if (noun && !opensSentence(m[1] as string)) documentsBy.push({ index: m.index ?? 0, noun, by: lastName(m[1] as string, false) });
  }
  // ("The Bahrain Monetary Agency has issued a circular to all banks", "The ministry released a statement":
  // the sentence's subject issued it, when a few words name it right before the verb.)
  for (const m of [...masked.matchAll(ISSUED_BY_SUBJECT), ...masked.matchAll(ISSUED_IN_BY_SUBJECT)]) {
    const noun = (m[1] as string).split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
    const sentence = sentences.find((s) => s.start <= (m.index ?? 0) && s.end > (m.index ?? 0));
    const subjectText = masked.slice(sentence?.start ?? 0, m.index ?? 0).replace(TIME_BEFORE_VERB, ' ');
    if (noun && wordsIn(subjectText) <= MAX_WORDS_SUBJECT_TO_VERB && !subjectText.includes(',')) documentsBy.push({ index: m.index ?? 0, noun, by: subjectBefore(subjectText) });
  }
  for (const m of documentsBy) {
    const noun = m.noun.toLowerCase();
    const by = issuerName(m.by);
    if (!ISSUED_NOUNS.has(noun) || !by) continue;
    mentions.push({ index: m.index ?? 0, nouns: [noun], by, accepts: named });
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
    mentions.push({ index: m.index ?? 0, nouns: [m.noun.toLowerCase()], by, accepts: named });
  }
  // "a letter sent by the airport's management": the organisation, however it is described.
  for (const m of masked.matchAll(DOCUMENT_BY_ORGANISATION)) {
    const noun = (m[1] as string).toLowerCase();
    const by = subjectAfter(m[2] as string);
    if (!ISSUED_NOUNS.has(noun) || !by || by.form === 'pronoun' || by.kind !== 'thing') continue;
    mentions.push({ index: m.index ?? 0, nouns: [noun], by, accepts: (r) => !r.unnamed });
  }
  for (const m of masked.matchAll(GROUP_BY)) {
    const by = subjectAfter(m[2] as string);
    if (by?.form !== 'name') continue;
    mentions.push({ index: m.index ?? 0, nouns: [(m[1] as string).toLowerCase()], by, accepts: named });
  }
  return mentions;
}

/**
 * "In its annual report, the Bank made it clear…", "Releasing a letter sent Friday to Supermarkets General, Dart
 * said": the sentence's subject issued the document, whatever its verb.
 */
export function issuersOfOpeningDocuments(masked: string, sentences: SentenceRange[]): IssuerMention[] {
  const mentions: IssuerMention[] = [];
  for (const s of sentences) {
    const words = masked.slice(s.start, s.end);
    // ("Releasing a letter sent Friday to Supermarkets General, Dart said": the document it makes public, its
    // noun among the participle's next three words; round 16.)
    const released = /^\s*(?:Releasing|Publishing|Issuing)\s+(?:a|an|its|their|the)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(words);
    if (!released && !/^\s*In\s+(?:its|their)\s/.test(words)) continue;
    const nouns = released ? (released[1] as string).toLowerCase().split(/\s+/).filter((w) => ISSUED_NOUNS.has(w)) : documentsSpokenIn(words);
    const subject = nouns.length > 0 ? subjectPastOpening(words) : undefined;
    if (!subject || subject.form === 'pronoun') continue;
    mentions.push({ index: s.start, nouns, by: subject, accepts: (r) => !r.unnamed && r.kind === 'thing' && r.form === 'name' });
  }
  return mentions;
}
