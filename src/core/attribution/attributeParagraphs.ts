/**
 * Paragraph by paragraph, in reading order: who speaks a document's quotations and its sentences of
 * reported speech. Within a paragraph, everything that names someone (a name, a document and its issuer,
 * a quotation's attribution, a sentence of reported speech) is resolved in the order the text gives it,
 * so that a pronoun or description refers back only to what came before it; then quotations with no
 * attribution of their own take the voice of the quotation or speech around them.
 */
import { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR } from './firstPerson.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import type { SentenceRange } from '../text/splitSentences.js';
import { wordsIn } from '../text/wordsIn.js';
import type { AttributedQuotation, SpeakerSpan } from './documentAttribution.js';
import type { DocumentNames } from './documentNames.js';
import { type DocumentText, placeOf } from './documentText.js';
import { type IssuerMention, issuerMentionsIn, issuersOfOpeningDocuments } from './issuedDocuments.js';
import { mentionsIn } from './mentionsIn.js';
import { lastName, nameOnly } from './nameRuns.js';
import { COURTESY_TITLES, isPersonNoun, isRoleNoun, PREPOSITIONS, RELATION_NOUNS, THING_NOUNS } from './nameWords.js';
import { MASK } from './quotations.js';
import { isQuotedTitle, isStoryTerm, MIN_SPEECH_WORDS } from './quotedTerms.js';
import type { ReferentResolver } from './referentResolver.js';
import { leadsSentence } from './sentenceSubject.js';
import { CALL_SECTION_HEADING } from './speakerHeadings.js';
import { type Clause, clauseAfter, clauseBefore, clauseInSentence, colonAfterSubject, objectOfQuotingVerb, speakerNamedAt, verbsIn } from './speechClauses.js';
import { casedCapitals, sentenceSubject } from './subjectPhrases.js';

/** A verb of someone's words, or a thing's, before a quotation in a block quotation's sentence: "texted", "kept asking me", "a sign saying". */
const SOMEONES_WORDS_BEFORE = /\b(?:said|says|say|saying|asked|asks|asking|texted|wrote|writes|replied|read|reads|told|tells|called|shouted|yelled|messaged|posted|tweeted|sang|chanted|reading|labelled|marked|headlined|titled|described|put\s+it)\b/iu;
/** The block speaker's own verb before a quotation: "I told him", "I asked her", "we wrote back". */
const OWN_WORDS_BEFORE = /\b(?:I|we)\s+(?:then\s+|just\s+|also\s+|finally\s+)?(?:told|asked|wrote|said|replied|texted|messaged|shouted|called)\b/u;
/** A block quotation's own credit after a dash: "— Victoria Atkins (@VictoriaAtkins) June 3, 2025", "— Dr Ian Kim, University of …". */
const OWN_CREDIT = /(?:^|\n|[.!?"”’]\s+)[—–]\s*\p{Lu}/u;
/** A block quotation's credit on a line of its own: "— Victoria Atkins (@VictoriaAtkins) June 3, 2025"; a name, not a list's "— A 20mph limit on Mill Road". */
const CREDIT_LINE = /^\s*[—–]\s*(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:$|[,(]|\s+\p{Lu}\p{Ll}+\s+\d)/u;

/** Characters either side of a person's name read as what the text says about them ("Syrian", "Sunshine Mining"). */
const AROUND_CHARS = 60;
/**
 * A table's next cell holding a role, right after a name's cell: " | Chief Nurse |" (group 1: the role's last word). Its
 * words capitalised, as a title is (not an action log's "| Brief the Chief Executive |"), and no deputy's ("| Deputy
 * Chief Nurse |"), the review of round 38.
 */
const ROLE_IN_NEXT_CELL = /^\s*\|\s*(?!(?:Deputy|Assistant|Vice|Associate|Acting|Interim)\b)(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(\p{Lu}[\p{L}-]*)\s*\|/u;
/** A table's heading over a column of roles: none ("| Present | |"), or one saying so ("Role", "Title", "Position"). */
const ROLE_COLUMN_HEADING = /^\s*(?:(?:job\s+)?(?:role|title|position|post|office|designation)s?)?\s*$/iu;

/**
 * Whether the cell after a name's (the name ending at `end`) is under a heading of roles, the table's first line: not an
 * action log's "| Action owner | Executive lead |", whose next cell is another person's office (the review of round 38's
 * rules).
 */
function underRoleHeading(masked: string, end: number): boolean {
  const lines = masked.slice(0, end).split('\n');
  const column = (lines.at(-1)?.match(/\|/g) ?? []).length;
  // (The table's first line: the first of the lines opening with a bar that run to this one.)
  let first = lines.length - 1;
  while (first > 0 && /^\s*\|/u.test(lines[first - 1] ?? '')) first--;
  const heading = first === lines.length - 1 ? '' : (masked.split('\n')[first] ?? '');
  return ROLE_COLUMN_HEADING.test(heading.split('|')[column + 1] ?? '');
}

/**
 * The words around a name, `AROUND_CHARS` each side, within its sentence, in lower case: "The Chief Nurse introduced the
 * patient story. Mrs Okoro said" puts no "chief" beside Mrs Okoro (round 38: board minutes' "The Chief Nurse said" went to
 * her).
 */
function wordsAround(masked: string, index: number, end: number, sentence: { start: number; end: number } | undefined): string {
  return masked.slice(Math.max(sentence?.start ?? 0, index - AROUND_CHARS), Math.min(sentence?.end ?? masked.length, end + AROUND_CHARS)).toLowerCase();
}

/**
 * Characters before a name read back for the title of an office it ends ("Minister for Agriculture, Water and
 * Rural Development …"): that title and its office run 54 characters (set 57); 80 leaves room for a longer
 * office, and the pattern reads at most six capitalised words anyway.
 */
const OFFICE_CHARS = 80;
/** A title, "of" or "for", then the office's capitalised words ending right before a name (group 1: the title), "and the" among them ("Minister for Climate, Energy and the Environment"). */
const TITLE_OF_OFFICE = /(?:^|\s)(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:and|&)\s+(?:the\s+)?)?){1,6}$/u;

/**
 * A role set off before a name, named with what it is of or for: "The Minister for Health, ", "The council's
 * director of services for roads, ", "Its head of communications, " (group 1: the role's noun).
 */
const ROLE_OF_BEFORE_NAME = /(?:^|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|\p{L}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:of|for)\s+[^,.;:!?\u00A4]{1,50},\s+$/u;
/**
 * A role in brackets right after a name, as minutes list who attends (round 29): "Present: Councillors Gillian Fenwick
 * (Chair), Tariq Rahman (Vice-Chair)", "Louise Garside (Head of Planning)" (group 1: its head word, before "of" or
 * "for"). Not a past or passing one, "Tom Reed (retired judge)" (the review of round 29).
 */
// (And what follows the role after a comma, "Professor Sir Alan Mercer (Vice-Chancellor, in the Chair)", "Ms Jade Whitmore
// (President, Eastmoor Students' Union)", a senate's minutes, round 48; not a transcript's label, "KIRSTEN MOFFAT (Policy
// Adviser, Canterbury Irrigators Collective):", whose turn its words are; nor a past one, "(chairman, 1998-2004)", the review
// of round 48.)
// (Or the first of two roles joined, "Mr Callum Pryor (Managing Director and CEO)", an AGM record's board, round 58; see
// `ROLES_NOT_THEIRS` for the two that are not.)
const ROLE_IN_BRACKETS = /^\s*\((?!(?:former|retired|ex|late|acting|outgoing)\b)(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:of|for)\s[^()]{1,40})?(?:\s+and\s+[^()]{1,40})?(?:\)|,\s(?![^()]*\b(?:\d{4}|until|till|since|from)\b)[^()]{1,60}\)(?!\s*:))/iu;
/**
 * Two roles in brackets whose first is not the person's own office (the third review of round 58): a deputy's, a vice's or an
 * assistant's, "(Deputy Chief Executive and Finance Director)", "(Vice Chairman and Treasurer)", or roles shared out among
 * several people, "(secretary and treasurer respectively)".
 */
const ROLES_NOT_THEIRS = /^\s*\((?:deputy|vice|assistant|associate|interim|joint|co)\b|\brespectively\b/iu;

/**
 * A person's plea or charge right after their name, past an age in brackets and an address set off by commas:
 * "(34), of Knockaphunta, Castlebar, has pleaded not guilty", ", 29, denies", " was charged". Within
 * `PLEA_CHARS` of the name.
 */
const PLEADS_AFTER_NAME = /^\s*(?:\(\d{1,3}\))?(?:,[^.;:!?\u00A4]{1,90}?,)?\s+(?:has\s+|had\s+|have\s+)?(?:pleaded|pled|denies|denied|was\s+charged|is\s+charged|has\s+been\s+charged|was\s+convicted|was\s+found\s+guilty|is\s+accused|stands\s+trial|is\s+on\s+trial|went\s+on\s+trial)\b/u;
/** How far after a name its plea may come (an address of a few places: set 105's "(29), of Marian Park, Dundalk, Co Louth,"). */
const PLEA_CHARS = 130;

/** Something written or recorded that narration shows, whose words a quotation after it may be: "the last text message", "a placard", "the letter". */
const WRITTEN_OR_RECORDED = /\b(?:message|messages|text|texts|letter|letters|note|notes|placard|placards|sign|signs|banner|recording|recordings|post|posts|email|emails|diary|card|poem|voicemail|video)\b/iu;
/** Paragraphs back, from a question, to look for the one it is put to (the last other speaker heard). */
const EXCHANGE_PARAGRAPHS = 4;

/** A connective opening a sentence before its quotation ("Furthermore, “…”"): the voice just heard goes on. */
const CONNECTIVE_OPENING = /^\s*(?:Furthermore|Moreover|Besides|Still|Indeed|Nevertheless|Nonetheless|Also|Otherwise|However|In addition|But|And)\s*,?\s*$/;

/** What the paragraph walk gives beyond the quotations' speakers (filled in on the document's quotations). */
export interface ParagraphSpeech {
  /** Sentences of reported speech (no quotation marks) and their speaker. */
  reported: SpeakerSpan[];
  /** Per paragraph position, the person its last sentence has speaking in the reporter's words through a quoting verb ("X accused …"). */
  paraphrased: (string | undefined)[];
  /**
   * Per paragraph position, who the paragraph before introduced with a colon ("Writing on X, she says:",
   * "He told clients in a note:") when this paragraph holds no quotation: the post or note
   * itself, set as a block quotation. Its whole text is theirs.
   */
  introduced: (string | undefined)[];
}

/** Reads every paragraph of a document in order, filling in its quotations' speakers. */
export function attributeParagraphs(text: DocumentText, names: DocumentNames, resolver: ReferentResolver): ParagraphSpeech {
  const walk = new ParagraphWalk(text, names, resolver);
  for (let at = 0; at < text.paragraphs.length; at++) walk.read(at);
  return { reported: walk.reported, paraphrased: walk.paraphrased, introduced: walk.introduced };
}

/** One paragraph as the walk reads it. */
interface Paragraph {
  /** Its position in the document. */
  at: number;
  /** Its 1-based `index`. */
  index: number;
  text: string;
  quotes: AttributedQuotation[];
  /** The paragraph with its quotations masked. */
  masked: string;
  sentences: SentenceRange[];
}

/** Whether a paragraph is one quotation and nothing else (a bare line of an exchange, a quotation paragraph). */
function isQuotationOnly(p: Pick<Paragraph, 'quotes' | 'text'>): boolean {
  const only = p.quotes.length === 1 ? p.quotes[0] : undefined;
  return !!only && only.open === p.text.search(/\S/) && only.close >= p.text.trimEnd().length;
}

/** Words for people or sides that a reporter's aside may bring in without naming them ("The opposition was not convinced"). */
const ASIDE_SPEAKERS = new Set(['opposition', 'critics', 'backbencher', 'backbenchers', 'crowd', 'audience', 'others', 'rivals', 'unions', 'protesters']);

/** Something that names someone, to resolve when the reading reaches `index` (a position in the paragraph). */
interface Mention {
  index: number;
  run: () => void;
}

class ParagraphWalk {
  readonly reported: SpeakerSpan[] = [];
  readonly paraphrased: (string | undefined)[] = [];
  readonly introduced: (string | undefined)[] = [];
  /** Paragraph positions that are a line of an exchange: who spoke it, and who the other party is. */
  private readonly exchange = new Map<number, { spoke: string; other: string }>();
  /** Everyone heard speaking so far (a quotation's or reported speech's speaker). */
  private readonly speakersSoFar = new Set<string>();
  /** Who a paragraph ending "… Novak said:" introduces: the speaker of the quotation opening the next one. */
  private pending: string | undefined;
  /** Whether `pending` came from a bold name line, which introduces a quotation only, not a paragraph of narration. */
  private pendingQuotationOnly = false;
  /** Whether the speaker pending introduced a summary of points (`SUMMARY_INTRODUCED`), whose unquoted list is not their words. */
  private pendingSummary = false;
  /** Who spoke in the last sentence of the previous paragraph (a quotation or reported speech), if anyone. */
  private lastVoice: string | undefined;
  /** Who was quoted last in the previous paragraph when a sentence of narration naming nobody closed it (see `closeParagraph`). */
  private voiceBeforeAside: string | undefined;

  constructor(
    private readonly text: DocumentText,
    private readonly names: DocumentNames,
    private readonly resolver: ReferentResolver,
  ) {}

  read(at: number): void {
    const source = this.text.paragraphs[at] as DocumentText['paragraphs'][number];
    const p: Paragraph = { at, index: source.index, text: source.text, quotes: this.text.quotations[at] ?? [], masked: this.text.masked[at] ?? '', sentences: this.text.sentences[at] ?? [] };
    const reportedFrom = this.reported.length;
    /** Each attributed quotation's clause, for telling what stands between two quotations. */
    const clauses = new Map<AttributedQuotation, Clause>();
    const mentions = [...this.namesMentioned(p), ...this.describedSubjects(p), ...this.issuersMentioned(p, issuerMentionsIn(p.masked, p.sentences)), ...this.quotationAttributions(p, clauses), ...this.issuersMentioned(p, issuersOfOpeningDocuments(p.masked, p.sentences)), ...this.reportedSpeech(p)];
    this.nameQuotationsBefore(p);
    for (const m of mentions.sort((a, b) => a.index - b.index)) m.run();
    const reportedHere = this.reported.slice(reportedFrom);
    this.continueFromParagraphBefore(p);
    this.continueVoiceJustHeard(p, reportedHere);
    this.shareSpeakersSideBySide(p, clauses);
    this.closeParagraph(p, reportedHere);
  }

  /** The names a paragraph mentions, remembered with what the text shows of them (a person? its sentence's subject? its roles?). */
  private namesMentioned(p: Paragraph): Mention[] {
    const { masked, sentences } = p;
    const mentions: Mention[] = [];
    const withSubject = new Set<SentenceRange>();
    for (const { phrase, index, end } of mentionsIn(masked, this.names.surnames)) {
      // The first person a sentence names is its subject, unless a pronoun comes first or the name follows
      // a preposition or "that" ("met with Shultz", "adding that Shultz…").
      const sentence = sentences.find((s) => s.start <= index && s.end > index);
      const before = masked.slice(sentence?.start ?? 0, index);
      // (A word before a comma governs nothing after it: "Inside, Kevin Hartigan is kneading dough" opens with an adverb,
      // its subject Hartigan, round 57.)
      const wordBefore = /,\s*$/u.test(before) ? undefined : /(\p{L}+)\W*$/u.exec(before)?.[1]?.toLowerCase();
      // ("buying from the Middle East": a preposition, then an article.)
      const wordBeforeArticle = /(\p{L}+)\s+the\s*$/iu.exec(before)?.[1]?.toLowerCase();
      // ("Asked if South Korea would retaliate, he said": what a question was about is not its sentence's subject.)
      const askedAbout = ASKED_ABOUT.test(before) && !before.includes(',');
      // ("**Professor Sunniva Adeyemi-Holt FMS**" over "Delivered at the Society's rooms": a name filling its line is a
      // byline's or a signature's, no sentence's subject a "he" goes back to, round 42.)
      // (Not a vox pop's name over what she says, "Ruth Ogunleye" / "She opened her florist in 2019. …", the review of round
      // 42: a line going on about the one named.)
      // (Nor one filling its paragraph over a paragraph going on about them, "**Ruth Ogunleye**" / "She opened her florist in
      // 2019. “…,” she said.", the review of round 42.)
      // (Opening with the pronoun: not a byline's name over "“We will not back down,” she said …", another's words, the
      // review of round 43.)
      const rest = masked.slice(end);
      // (The line after the name's: the next paragraph's first where the name ends its own.)
      const nextLine = /^\s*$/.test(rest) ? (this.text.masked[p.at + 1] ?? '') : rest.slice(rest.indexOf('\n') + 1);
      // (Whatever follows the byline's own name, "Rachel Moss" over "She has spent 30 years on the bench …", the judge's, the
      // review of round 43's rules.)
      const nameLine = /(?:^|\n)[ \t]*$/.test(masked.slice(0, index)) && /^[ \t]*(?:$|\n)/.test(rest) && (!/^\s*(?:He|She|They|His|Her|Their)\b/.test(nextLine) || !!this.text.author?.includes(phrase.core));
      const first = !!sentence && !withSubject.has(sentence) && !askedAbout && !nameLine && !/\b(?:he|she)\b/i.test(before) && !(wordBefore && (PREPOSITIONS.has(wordBefore) || wordBefore === 'that')) && !(wordBeforeArticle && PREPOSITIONS.has(wordBeforeArticle));
      // (A name after a preposition leaves the subject's place to a clause of its own after it: "the yard at Tŷ
      // Isaf is still dark, and Emrys Pugh is already in it".)
      if (sentence && phrase.kind === 'person' && (first || !ANOTHER_CLAUSE_SUBJECT.test(masked.slice(end, sentence.end)))) withSubject.add(sentence);
      mentions.push({
        index,
        run: () => {
          const r = this.resolver.resolve(phrase, placeOf(p.at, index));
          if (!r) return;
          // Only someone known to be a person (titled, with an age, heard speaking, or referred to as he or
          // she): "Atlantic Richfield rose 1-3/4" has a company for its subject.
          const aged = /^\s*,\s*\d{1,3}\s*,/.test(masked.slice(end, end + 8));
          // "Emma Holt, who finished 14th": a relative "who" is said of people ("Eurogas, which …" is not one).
          const who = /^\s*,\s*who(?:se)?\b/.test(masked.slice(end, end + 9));
          // "William Bywater, president of the union,": a role in apposition.
          const roleAfter = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/u.exec(masked.slice(end, end + 40))?.[1];
          // "Drexel analyst Lucille Palermo": a role in lower case right before the name.
          const roleBefore = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(masked.slice(Math.max(0, index - 30), index))?.[1];
          // (A first name alone is read as a name only with a person's mark beside it: "a woman named Denise",
          // "This is from Priya in Bristol"; see mentionsIn.)
          const loneFirstName = !!phrase.namedAsPerson && !this.names.surnames.has(phrase.core);
          const person = phrase.kind === 'person' && phrase.form === 'name' && (phrase.text !== phrase.core || loneFirstName || aged || who || (roleAfter !== undefined && isRoleNoun(roleAfter)) || (roleBefore !== undefined && isRoleNoun(roleBefore)) || this.speakersSoFar.has(r.name) || this.names.genders.has(r.name));
          if (r.kind === 'person' && r.form === 'name') this.resolver.rememberWordsAround(r.name, wordsAround(masked, index, end, sentence));
          // Roles written beside the name: "spokesman Marlin Fitzwater", "Mary Lee, the bank's chief economist,".
          // (An appositive ends at a comma or a preposition: ", a Treasury spokesman said" is someone else.)
          const roleAfterName = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}'’.-]+\s+){0,3}?([\p{L}-]+)\s*(?:,|\s(?:of|at|for|with|in)\s)/u.exec(masked.slice(end, end + 60))?.[1]?.toLowerCase();
          // "Its spokesperson, Luka Babić, said", "Spain's Agriculture Minister, Luis Carrasco, met": a role after
          // a determiner or a possessive, then the name set off by commas.
          const window = Math.max(0, index - 50);
          const appositive = /(?<=^|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+),\s+$/u.exec(masked.slice(window, index));
          const roleAppositive = appositive?.[1]?.toLowerCase();
          // ("The Minister for Health, Aoife Brennan, said", "The council's director of services for roads, Eileen
          // Cronin, told members": the role before its "for" or "of", round 20.)
          const roleOfAppositive = ROLE_OF_BEFORE_NAME.exec(masked.slice(Math.max(0, index - 80), index))?.[1]?.toLowerCase();
          const appositiveCloses = /^\s*,/.test(masked.slice(end, end + 3));
          // "Minister for Agriculture, Water and Rural Development Rocío Benítez": the title whose office the
          // run's first words end (round 16).
          const titleOfOffice = phrase.text !== phrase.core ? TITLE_OF_OFFICE.exec(masked.slice(Math.max(0, index - OFFICE_CHARS), index))?.[1]?.toLowerCase() : undefined;
          const bracketed = ROLE_IN_BRACKETS.exec(masked.slice(end, end + 60));
          const roleInBrackets = bracketed && !(/\sand\s/u.test(bracketed[0]) && ROLES_NOT_THEIRS.test(bracketed[0])) ? bracketed[1]?.toLowerCase() : undefined;
          // ("| Yvonne Adeyemi | Chief Nurse |": an attendance table's role in the cell after the name, round 38.)
          const roleInNextCell = underRoleHeading(masked, end) ? ROLE_IN_NEXT_CELL.exec(masked.slice(end, end + 60))?.[1]?.toLowerCase() : undefined;
          const roles = phrase.kind === 'person' && phrase.form === 'name' ? [roleBefore?.toLowerCase(), roleAfterName, appositiveCloses ? roleAppositive : undefined, appositiveCloses ? roleOfAppositive : undefined, titleOfOffice, roleInBrackets, roleInNextCell].filter((w): w is string => !!w && isRoleNoun(w)) : [];
          // ("Conor Devally SC, defending,": a barrister's letters after the name make them counsel.)
          if (phrase.kind === 'person' && /\s(?:SC|KC|QC|BL)\b/.test(masked.slice(index, end + 4))) roles.push('counsel');
          // ("Declan Hession (34), of Knockaphunta, Castlebar, has pleaded not guilty": the one a court report
          // later calls "the accused", round 20.)
          if (phrase.kind === 'person' && phrase.form === 'name' && PLEADS_AFTER_NAME.test(masked.slice(end, end + PLEA_CHARS))) roles.push('accused', 'defendant');
          const leads = !!sentence && phrase.form === 'name' && !askedAbout && leadsSentence(masked, sentence, index, end);
          // (Not the object of a telling verb, "A fellow guest at the villa told The Post …": the paper heard, not speaking, round
          // 45.)
          // (A person told is still one a "he" may go back to, "When I told Alastair who his successor would be, he said …".)
          const told = r.kind === 'thing' && [wordBefore, wordBeforeArticle].some((w) => /^(?:told|tells|telling|informed|informs|asked|asks)$/i.test(w ?? ''));
          // (A role in apposition opening its clause shows a person too, "…, and its founder, Marcus Oduya, had to …" then "“…,”
          // he says", round 45; not one a clause speaks of, "The board, which includes its chairman, Tom Hale, met …", "sold to
          // its current owner, Taylor Wimpey,", round 45's final review.)
          const opensClause = !!appositive && /(?:^|[.;:!?]["”’]?\s+|,\s+(?:and|but|while|whereas)\s+|\n)$/u.test(masked.slice(0, window + appositive.index));
          const personal = person || (phrase.kind === 'person' && phrase.form === 'name' && opensClause && !!roleAppositive && isRoleNoun(roleAppositive) && /^\s*,\s+\p{Ll}/u.test(masked.slice(end, end + 8)));
          this.resolver.remember({ ...r, subject: first && personal, person: personal, opening: first && !told && !/^(?:a|an|one|another)$/.test(wordBefore ?? ''), roles, leads });
        },
      });
    }
    return mentions;
  }

  /**
   * A sentence whose subject is a named person's role ("After the vote, the minister declined to speculate."):
   * that person leads it, so that a "she said" after it is the minister, not someone heard before. Only a
   * definite role that resolves to someone named with it ("Energy Minister Lenka Dvořáková" before it).
   */
  private describedSubjects(p: Paragraph): Mention[] {
    const { masked, sentences } = p;
    const mentions: Mention[] = [];
    for (const s of sentences) {
      const words = masked.slice(s.start, s.end);
      const subject = sentenceSubject(words);
      if (subject?.form !== 'description' || subject.kind !== 'person' || !/^the\s/i.test(subject.text)) continue;
      const offset = words.indexOf(subject.text);
      if (offset < 0 || !leadsSentence(masked, s, s.start + offset, s.start + offset + subject.text.length)) continue;
      const index = s.start + offset;
      mentions.push({
        index,
        run: () => {
          const r = this.resolver.resolve(subject, placeOf(p.at, index));
          // (Only someone given that role by name: "the Chinese journalist" is no "Communist Party leader Hu Yaobang".)
          const holds = r?.form === 'name' && r.kind === 'person' && (r.text.toLowerCase().split(/\s+/).includes(subject.core) || !!r.roles?.includes(subject.core));
          if (r && holds) this.resolver.remember({ ...r, at: placeOf(p.at, index), subject: true, person: true, leads: true });
        },
      });
    }
    return mentions;
  }

  /** Documents mentioned with their issuers: the issuer is remembered, so that "the report said" later is its voice. */
  private issuersMentioned(p: Paragraph, issuers: IssuerMention[]): Mention[] {
    return issuers.map((m) => ({
      index: m.index,
      run: () => {
        const r = this.resolver.resolve(m.by, placeOf(p.at, m.index));
        if (r && m.accepts(r)) for (const noun of m.nouns) this.resolver.rememberIssuer(noun, r);
      },
    }));
  }

  /** Each quotation's attribution: the clause that says who speaks it, resolved to its speaker. */
  private quotationAttributions(p: Paragraph, clauses: Map<AttributedQuotation, Clause>): Mention[] {
    const { text, masked, quotes, sentences } = p;
    const mentions: Mention[] = [];
    /** Where the words before a quotation start: past the last quotation spoken, not a quoted title. */
    let lastSpokenClose = 0;
    quotes.forEach((q, i) => {
      const next = quotes[i + 1];
      // A title or name ("Star Wars"), or a term after "so-called", is nobody's speech.
      if (isQuotedTitle(text.slice(q.start, q.end)) || /\bso-called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open))) return;
      if (isStoryTerm(text.slice(q.start, q.end), this.text.narration)) return;
      const from = lastSpokenClose;
      lastSpokenClose = q.close;
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open) ?? { start: 0, end: text.length };
      // A colon introducing the quotation (`Novak told reporters: “…”`) outranks the words after it. The
      // words before reach back past a quoted title ("Abshire, on the CBS show “Face the Nation,” …, said:").
      const before = clauseBefore(masked, from, q.open);
      const clause = (before?.colon ? before : undefined) ?? clauseAfter(text, masked, q, next ? next.open : text.length, (core) => this.names.fullName(core) !== undefined) ?? before ?? (objectOfQuotingVerb(masked, sentence.start, q.open) ? undefined : clauseInSentence(masked, sentence, ['report', 'participle']));
      if (!clause) return;
      clauses.set(q, clause);
      mentions.push({
        index: readingPlace(masked, clause),
        run: () => {
          const heard = this.heardSpeaking(p, clause, sentence);
          if (heard.speaker) q.speaker = heard.speaker;
          else if (heard.described) q.described = true;
          // (The text's own "I", not told or asked it: "I said to the lads on Monday: “…”", round 37.)
          else if (clause.phrase.form === 'pronoun' && clause.phrase.core === 'i' && SAID_BY_ME.test(masked.slice(clause.from, clause.to)) && !WHEN_I.test(masked.slice(0, clause.from)) && !ANOTHERS_WORDS_BETWEEN.test(masked.slice(clause.from, q.open).replace(SAID_BY_ME, ''))) q.ownFirstPerson = true;
        },
      });
    });
    return mentions;
  }

  /**
   * Who an attribution names, remembered as heard speaking (for pronouns and descriptions after it), with the
   * documents its sentence says they spoke in: `speaker` undefined for nobody, or for a document no one is said to
   * have issued (heard, but naming nobody); `described` when the attribution only describes someone or something the
   * document never names ("the report stated", "the letter says"; round 23). Not a capitalised body, "the Government
   * told this committee": labellers of a member's turn quoting it gave it to the member as readily as to the body.
   */
  private heardSpeaking(p: Paragraph, clause: Clause, sentence: SentenceRange): { speaker?: string; described: boolean } {
    const at = placeOf(p.at, clause.from);
    const r = this.resolver.resolve(clause.phrase, at);
    if (!r) return { described: false };
    if (!r.unnamed) {
      this.resolver.rememberIssuerOfDocumentsSpokenIn(p.masked.slice(sentence.start, sentence.end), r);
      this.speakersSoFar.add(r.name);
    }
    this.resolver.remember({ ...r, at, spoke: true });
    return r.unnamed ? { described: r.form === 'description' } : { speaker: r.name, described: false };
  }

  /** Reported speech: a sentence with no quotation whose subject says something ("Novak said the…"). */
  private reportedSpeech(p: Paragraph): Mention[] {
    const { masked, quotes, sentences } = p;
    const mentions: Mention[] = [];
    for (const sentence of sentences) {
      if (quotes.some((q) => q.open < sentence.end && q.close > sentence.start)) continue;
      // ("Hietala says the company will respect the result; Magga says she will take the case to court": each
      // clause a semicolon joins is heard on its own, so the "she" after it is Magga.)
      for (const { s, clause } of reportedClauses(masked, sentence)) {
        if (clause.phrase.form === 'description' && clause.phrase.kind === 'thing' && !THING_NOUNS.has(clause.phrase.core)) continue;
        mentions.push({
          index: clause.from,
          run: () => {
            const { speaker } = this.heardSpeaking(p, clause, s);
            if (speaker) this.reported.push({ paragraph: p.index, start: s.start, end: s.end, speaker, kind: 'reported' });
          },
        });
      }
    }
    return mentions;
  }

  /**
   * A paragraph of quotation alone, its speaker named at the top of the next ("“I hung up on them twice.” ¶
   * That was Niamh Bradley's reaction when …"): its quotations no rule attributed are that speaker's.
   */
  private nameQuotationsBefore(p: Paragraph): void {
    const before = p.at > 0 ? (this.text.quotations[p.at - 1] ?? []) : [];
    const previous = this.text.paragraphs[p.at - 1]?.text ?? '';
    if (!isQuotationOnly({ quotes: before, text: previous }) || before[0]?.speaker) return;
    const phrase = speakerNamedAt(p.masked);
    const r = phrase ? this.resolver.resolve(phrase, placeOf(p.at, 0)) : undefined;
    if (!r || r.unnamed) return;
    for (const q of before) q.speaker ??= r.name;
  }

  /** A quotation continuing over a paragraph break, or introduced by "X said:" at the end of the last one. */
  private continueFromParagraphBefore(p: Paragraph): void {
    const first = p.quotes[0];
    const pending = this.pending;
    // (Not a line that itself introduces someone with a colon, a factbox's speaker line after "Here is what delegates and
    // observers said:", round 32; a block of sentences ending on one, "… The plan has three parts:", is still the words
    // introduced, the review of round 32.)
    // (Not after a bold name line, whose person only the quotation below speaks: a profile's bold "Corinne Batiste" over
    // its narration is no turn of hers, round 36, found by the narration shortcut's test on a fresh held-out set.)
    // (Nor a heading: nobody's, round 53.)
    const heading = this.text.paragraphs[p.at]?.heading !== undefined;
    // (A block quotation holding a quotation of its own, "> Every time I was told it was "with the assessing officer"", is
    // still the words introduced, round 59, a quotation inside a quotation the outer speaker's; not a block crediting its own
    // speaker, "> … — Lynn Ruane (@lynnruane)", the third review of round 59.)
    const block = !!this.text.paragraphs[p.at]?.quoted && !this.text.paragraphs[p.at - 1]?.quoted;
    // (A credit naming the one introduced, "She wrote:" / "> This is not safe. — Phil Ní Sheaghdha (@…)", is still theirs, the
    // fourth review of round 59.)
    const creditsPending = !!pending && p.text.includes(pending.split(' ').at(-1) as string);
    if (pending && !heading && (p.quotes.length === 0 || (block && (!OWN_CREDIT.test(p.text) || creditsPending) && !this.creditedBelow(p.at))) && !SPEAKER_LINE.test(p.masked) && !this.pendingQuotationOnly && (!this.pendingSummary || FIRST_PERSON_SINGULAR.test(p.masked) || FIRST_PERSON_PLURAL.test(p.masked))) {
      this.introduced[p.at] = pending;
      // (A phrase the block's speaker quotes with no one's verb before it, "But "build now, count the newts later" is not a
      // policy", is the block speaker's too; not one another says, texts or prints, "the accused texted "where r u"", "a sign
      // saying "Closed"".)
      // (The block speaker's own "I told him "…"", "I asked her "…"" are theirs, the fourth review of round 59.)
      for (const q of block ? p.quotes : []) {
        const before = p.text.slice(p.sentences.find((r) => r.start <= q.open && r.end > q.open)?.start ?? 0, q.open);
        if (!q.speaker && (!SOMEONES_WORDS_BEFORE.test(before) || OWN_WORDS_BEFORE.test(before))) q.speaker = pending;
      }
    }
    // (A block quotation going on over paragraphs, "Professor Alison Reddaway said:" / "> These hubs …" / "> We chose them
    // …", keeps the speaker introduced before its first, round 40.)
    // (Not into one crediting its own speaker, "> This is a con. — Victoria Atkins (@VictoriaAtkins)", the review of round 40.)
    // (Nor into one whose credit is the line after it, "> This is a con …" over "> — Victoria Atkins (@VictoriaAtkins)", an
    // embedded post's, the review of round 40 again.)
    else if (!pending && p.quotes.length === 0 && p.at > 0 && this.text.paragraphs[p.at]?.quoted && this.text.paragraphs[p.at - 1]?.quoted && this.introduced[p.at - 1] && !OWN_CREDIT.test(p.text) && !this.creditedBelow(p.at)) this.introduced[p.at] = this.introduced[p.at - 1];
    if (first && (first.continues || (pending && first.open === p.text.search(/\S/)))) {
      const before = p.at > 0 ? (this.text.quotations[p.at - 1] ?? []).slice(-1)[0] : undefined;
      if (!first.speaker) first.speaker = first.continues ? before?.speaker ?? pending : pending;
      else if (first.continues && before && !before.speaker) before.speaker = first.speaker;
    }
  }

  /**
   * A sentence that opens with a quotation and names nobody goes on in the voice just heard: the
   * speaker of the last attributed quotation or reported speech before it in the paragraph, or, at the
   * top of a paragraph, the one the previous paragraph ended with (news style: "Shultz said …" then "“B.”").
   */
  private continueVoiceJustHeard(p: Paragraph, reportedHere: SpeakerSpan[]): void {
    const { text, masked, quotes, sentences } = p;
    const voiceBefore = (position: number): string | undefined => {
      let best: { at: number; speaker: string } | undefined;
      for (const q of quotes) if (q.speaker && q.close <= position && (!best || q.close > best.at)) best = { at: q.close, speaker: q.speaker };
      for (const r of reportedHere) if (r.end <= position && (!best || r.end > best.at)) best = { at: r.end, speaker: r.speaker };
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
      const voice = voiceBefore(q.open) ?? (sentence === sentences[0] ? (this.answererOfQuestionBefore(p) ?? this.lastVoice ?? this.voiceOverNarration(p) ?? (isQuotationOnly(p) ? this.voiceBeforeAside : undefined)) : this.subjectOfNarrationBefore(p, sentence));
      // A sentence naming someone else beside the quotation is not the voice just heard going on.
      const others = mentionsIn(masked.slice(sentence.start, sentence.end), this.names.surnames).filter((m) => m.phrase.kind === 'person' && m.phrase.form === 'name');
      if (others.some((m) => !voice?.split(' ').includes(m.phrase.core.split(' ').pop() as string))) continue;
      q.speaker = voice;
    }
  }

  /**
   * Whether the sentence before `from` (in this paragraph, else the last of the one before) is about a named person: it opens
   * with no description ("A woman who …", "The other driver …") and holds no relation in the possessive ("Kessler-Ward's
   * father").
   */
  private namedPersonBefore(p: Paragraph, from: number): boolean {
    const before = p.masked.slice(0, from).trim();
    const text = before || (this.text.masked[p.at - 1] ?? '').trim();
    const sentence = text.split(/(?<=[.!?])\s+/u).filter(Boolean).at(-1) ?? '';
    return sentence !== '' && !/^(?:A|An|One|Another|The|Some|Several|Many)\s/u.test(sentence) && !POSSESSED_RELATION_BEFORE.test(sentence);
  }

  /** Whether the paragraph after a block quotation's paragraph is its credit line (`CREDIT_LINE`), the quotation's own. */
  private creditedBelow(at: number): boolean {
    const next = this.text.paragraphs[at + 1];
    return !!next?.quoted && CREDIT_LINE.test(next.text);
  }

  /**
   * Rule "a paragraph of quotation goes on in the last voice over one paragraph of narration" (round 13, wire
   * copy): "“I think it is a serious loss,” Proxmire said. ¶ Proxmire's committee will hold hearings … ¶ “Mr
   * Volcker has been a superb chairman …”" — a paragraph that is one quotation and nothing else, right after a
   * paragraph with no quotation and no one's reported speech that names that speaker before anyone else, is
   * the speaker of the quotation before that.
   */
  private voiceOverNarration(p: Paragraph): string | undefined {
    if (!isQuotationOnly(p) || p.at < 2 || (this.text.quotations[p.at - 1] ?? []).length > 0) return undefined;
    const between = this.text.paragraphs[p.at - 1];
    if (!between || this.reported.some((r) => r.paragraph === between.index)) return undefined;
    const speaker = (this.text.quotations[p.at - 2] ?? []).findLast((q) => q.speaker)?.speaker;
    // The narration must be about that speaker: it names them before anyone else ("Proxmire's committee …").
    const surname = speaker?.split(' ').pop() ?? '';
    const people = mentionsIn(this.text.masked[p.at - 1] ?? '', this.names.surnames).filter((m) => m.phrase.kind === 'person' && m.phrase.form === 'name');
    if (speaker && people[0]?.phrase.core.split(' ').pop() === surname) return speaker;
    // (Or, naming no one, opens on a "he" or "she" that is that speaker: "She turned toward the defense table." between a
    // mother's two quotations, round 55.)
    // (Not one that shows something written or recorded, whose words the quotation may be, "She showed reporters the last
    // text message her son sent", "She held up a placard"; nor a quotation calling the speaker by name, "“Mrs Villanueva, you
    // cannot stay …”", the review of round 55.)
    const first = this.text.sentences[p.at - 1]?.[0];
    const narration = this.text.masked[p.at - 1] ?? '';
    const calledByName = !!speaker && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(p.text);
    const phrase = speaker && people.length === 0 && first && !WRITTEN_OR_RECORDED.test(narration) && !calledByName ? sentenceSubject(narration.slice(first.start, first.end)) : undefined;
    const r = phrase?.kind === 'person' && phrase.form === 'pronoun' ? this.resolver.resolve(phrase, placeOf(p.at - 1, first?.start ?? 0)) : undefined;
    return r && !r.unnamed && r.kind === 'person' && r.name === speaker ? speaker : undefined;
  }

  /**
   * "Asked whether his daughter approves, he laughs. “She doesn't know.”", "He pauses. “…”": a quotation
   * opening a sentence right after a sentence of narration about one person (its subject: a name or a
   * "he" or "she") in the same paragraph is that person's. Features tell who speaks so.
   */
  private subjectOfNarrationBefore(p: Paragraph, sentence: SentenceRange): string | undefined {
    const before = p.sentences[p.sentences.indexOf(sentence) - 1];
    if (!before || p.quotes.some((q) => q.open < before.end && q.close > before.start)) return undefined;
    const phrase = sentenceSubject(p.masked.slice(before.start, before.end));
    if (phrase?.kind !== 'person' || (phrase.form !== 'name' && phrase.form !== 'pronoun')) return undefined;
    const r = this.resolver.resolve(phrase, placeOf(p.at, before.start));
    return r && !r.unnamed && r.kind === 'person' && r.form === 'name' ? r.name : undefined;
  }

  /**
   * An exchange: "“It was disclosed to the auditors,” Ashdown said." / "“Was it your decision?” Hale asked." /
   * "“I signed off the classification, yes.”" — a quotation opening a paragraph right after one whose last
   * quotation is a question is the answer, by the one who spoke last before the question (within
   * `EXCHANGE_PARAGRAPHS`), not the asker. Court copy goes on so in bare lines ("'Yes.'" / "'And you told the
   * officer …'" / "'I said I couldn't see faces.'"): a paragraph that is one quotation and nothing else keeps
   * the exchange going, each line the other's.
   */
  private answererOfQuestionBefore(p: Paragraph): string | undefined {
    const quotations = this.text.quotations;
    const previous = (quotations[p.at - 1] ?? []).at(-1);
    if (!previous?.speaker) return undefined;
    const turn = this.exchange.get(p.at - 1);
    const asked = /\?\s*$/.test((this.text.paragraphs[p.at - 1]?.text ?? '').slice(previous.start, previous.end));
    let line: { spoke: string; other: string } | undefined;
    if (asked) {
      const other = turn?.other ?? this.lastOtherSpeaker(p.at - 1, previous.speaker);
      if (other) line = { spoke: other, other: previous.speaker };
    } else if (turn && previous.speaker === turn.spoke) line = { spoke: turn.other, other: turn.spoke };
    if (!line) return undefined;
    if (isQuotationOnly(p)) this.exchange.set(p.at, line);
    return line.spoke;
  }

  /** The speaker of the last quotation before paragraph position `at`, within `EXCHANGE_PARAGRAPHS`, who is not `asker`. */
  private lastOtherSpeaker(at: number, asker: string): string | undefined {
    for (let k = at; k >= Math.max(0, at - EXCHANGE_PARAGRAPHS); k--) {
      const quotes = this.text.quotations[k] ?? [];
      for (let i = quotes.length - 1; i >= 0; i--) {
        const speaker = quotes[i]?.speaker;
        if (speaker && speaker !== asker) return speaker;
      }
    }
    return undefined;
  }

  /** Quotations side by side share a speaker when only one's attribution stands between them. */
  private shareSpeakersSideBySide(p: Paragraph, clauses: Map<AttributedQuotation, Clause>): void {
    const { text, masked, quotes } = p;
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
        if (q.speaker || isQuotedTitle(text.slice(q.start, q.end)) || isStoryTerm(text.slice(q.start, q.end), this.text.narration)) continue;
        const prev = quotes[i - 1];
        const next = quotes[i + 1];
        if (prev?.speaker && between(prev, q) === 0) q.speaker = prev.speaker;
        else if (next?.speaker && between(q, next) === 0) q.speaker = next.speaker;
      }
    }
  }

  /** The person a paragraph names right before it announces a statement to follow (`ANNOUNCED_STATEMENT`), by full name. */
  private announcedStatementBy(at: number): string | undefined {
    const text = this.text.paragraphs[at]?.text ?? '';
    const announced = ANNOUNCED_STATEMENT.exec(text);
    const phrase = announced ? lastName(text.slice(0, announced.index)) : undefined;
    const r = phrase?.kind === 'person' ? this.resolver.resolve(phrase, placeOf(at, announced?.index ?? 0)) : undefined;
    return r && !r.unnamed && r.kind === 'person' ? r.name : undefined;
  }

  /** What the paragraph's last sentence hands on to the next paragraph: the voice heard last, a voice paraphrased, a speaker introduced with a colon. */
  private closeParagraph(p: Paragraph, reportedHere: SpeakerSpan[]): void {
    const { masked, quotes, sentences } = p;
    const lastSentence = sentences[sentences.length - 1];
    this.lastVoice = undefined;
    if (lastSentence) {
      const inLast = quotes.filter((q) => q.speaker && q.close > lastSentence.start).pop();
      const reportedLast = reportedHere.find((r) => r.start === lastSentence.start);
      this.lastVoice = inLast?.speaker ?? reportedLast?.speaker;
    }
    // Rule "a paragraph of quotation goes on in the voice quoted before a reporter's aside" (round 18, wire copy):
    // 'He told Parliament that “…” The budget was unveiled on March 17.' then a paragraph that is one
    // quotation and nothing else: the aside (no quotation, no one's reported speech, no one named) does not
    // hand the floor to anyone else.
    this.voiceBeforeAside = undefined;
    const lastQuoted = quotes.findLast((q) => q.speaker);
    if (lastSentence && lastQuoted && !this.lastVoice && !quotes.some((q) => q.close > lastQuoted.close)) {
      // Every sentence after the quotation: no one's reported speech, no name, no person or body described
      // ("Labour leader Neil Kinnock was not convinced.", "The opposition was not convinced.", "Then a
      // backbencher rose to speak." hand the floor on).
      // (From the end of the quotation's own sentence: '“…,” Lawson told Parliament. The budget was …'.)
      const quotedSentenceEnd = sentences.find((s) => s.start <= lastQuoted.close && s.end >= lastQuoted.close)?.end ?? lastQuoted.close;
      const aside = masked.slice(quotedSentenceEnd);
      const someoneElse = reportedHere.some((r) => r.end > quotedSentenceEnd) || mentionsIn(aside, this.names.surnames).some((m) => m.phrase.kind !== 'thing' || m.phrase.form === 'name') || (aside.match(/\p{Ll}+/gu) ?? []).some((w) => isPersonNoun(w) || THING_NOUNS.has(w) || ASIDE_SPEAKERS.has(w));
      if (!someoneElse && /\p{L}/u.test(aside)) this.voiceBeforeAside = lastQuoted.speaker;
    }
    // "Jacques Schoufour accused the FNV of intransigence …" closing a paragraph: someone speaking in the
    // reporter's words through a verb that only quotations attribute (see quotationsBetweenOneVoice).
    if (lastSentence && !this.lastVoice && !quotes.some((q) => q.close > lastSentence.start)) {
      const clause = clauseInSentence(masked, lastSentence, ['quoting']);
      const r = clause?.phrase.form === 'name' && clause.phrase.kind === 'person' ? this.resolver.resolve(clause.phrase, placeOf(p.at, clause.from)) : undefined;
      if (r && !r.unnamed && r.kind === 'person') this.paraphrased[p.at] = r.name;
    }
    // "… Novak said:" closing a paragraph introduces the quotation opening the next one.
    // (Or the one after a heading between them, where the paragraph before announced a statement: "the Chairman, Sir
    // Geoffrey Albury, will make the following statement:" / "## Chairman's statement" / "“Good morning, …", an exchange's
    // announcement, round 53; by the person named right before "will make the following", not the company announcing it,
    // "Harbour Bancorp announces that … the Chair of the Board, Dr Priya Raman, made the following remarks:"; to a
    // quotation only. Not after "X said:", whose heading opens another topic, the review of round 53.)
    if (this.text.paragraphs[p.at]?.heading !== undefined && quotes.length === 0) {
      this.pending = p.at > 0 ? this.announcedStatementBy(p.at - 1) : undefined;
      this.pendingQuotationOnly = true;
      this.pendingSummary = false;
      return;
    }
    const tail = masked.trimEnd();
    this.pending = undefined;
    this.pendingQuotationOnly = false;
    this.pendingSummary = false;
    // (Not an earnings call's "Prepared Remarks:": a section's heading introduces no one; nor a form's heading in
    // capitals with a verb, "THIS REPORT IS BEING SENT TO:", round 21.)
    if (tail.endsWith(':') && !CALL_SECTION_HEADING.test(tail) && !FORM_HEADING.test(tail)) {
      // ("She ended with this line:", "Police have posted on X:": no verb of speech, but a colon after the one who introduces.)
      const clause = lastSentence ? (clauseInSentence(masked, lastSentence) ?? colonAfterSubject(masked, lastSentence)) : undefined;
      // (A live blog's bare name and colon over a block quotation, "Dunstan:" / "> Well, I'd say to Ms Pemberton, …": the
      // one named speaks it, round 57.)
      const bare = !clause && this.text.paragraphs[p.at + 1]?.quoted && !this.text.paragraphs[p.at]?.quoted ? BARE_NAME_LINE.exec(tail)?.[1] : undefined;
      const named = bare ? (nameOnly(bare) ?? lastName(bare)) : undefined;
      // (Only one the story has named in full: not "Update:", "Note:" over a block quotation.)
      // (By surname: not a reader's "Peter:" read as the chief executive Peter Scott-Hall named before, the review of round 57.)
      const bareSpeaker = named?.kind === 'person' ? this.resolver.resolve(named, placeOf(p.at, 0)) : undefined;
      // (A hand-over's pronoun only after a sentence about a named person: not after "Kessler-Ward's father also spoke." or "A
      // woman who runs a cafe … also spoke to the channel.", whom the pronoun stands for, the review of round 57.)
      const handedOver = clause?.handOver && clause.phrase.form === 'pronoun' && !this.namedPersonBefore(p, clause.from) ? undefined : clause;
      const r = handedOver ? this.resolver.resolve(handedOver.phrase, placeOf(p.at, handedOver.from)) : !clause && bareSpeaker?.name.includes(' ') && bareSpeaker.name.endsWith(` ${bare}`) ? bareSpeaker : undefined;
      if (r && !r.unnamed) this.pending = r.name;
      // (A factbox's speaker line in capitals, an office before the name, "RWANDAN ENVIRONMENT MINISTER CLAUDINE MUKAMANA,
      // SPEAKING FOR …:", read as cased when the line as printed names no one, round 32.)
      else if (SPEAKER_LINE.test(tail) && !/\p{Ll}/u.test(tail)) {
        // (Not a script's direction before its dash, "GFX – FULL-FRAME QUOTE, NORTH RIDINGS HOSPITALS NHS TRUST:".)
        const first = tail.split(',')[0] ?? '';
        const named = /\s[–—-]\s/u.test(first) ? undefined : lastName(casedCapitals(first));
        if (named?.kind === 'person' && named.core.includes(' ')) this.pending = named.core;
      }
      // (A summary's list, "Jonathan Claydon highlighted the following:", minutes' or a narrator's account of the points,
      // round 51: the unquoted paragraph below is the one introduced only in the first person, "I want every tenant to
      // write", the review of round 51; a quotation opening it is, as after any colon.)
      this.pendingSummary = !!this.pending && SUMMARY_INTRODUCED.test(tail);
    }
    // A round-up's speaker set in bold on a line of their own ("**Pamela Ritchie, chief executive, NHS
    // Highland**"): the quotation opening the next paragraph is theirs.
    if (this.text.paragraphs[p.at]?.strong && quotes.length === 0) {
      const name = nameOnly(p.text.split(/[,—–]/)[0] ?? '');
      const r = name ? this.resolver.resolve(name, placeOf(p.at, 0)) : undefined;
      if (r && !r.unnamed && r.kind === 'person') {
        this.pending = r.name;
        this.pendingQuotationOnly = true;
      }
    }
  }
}

/** The text's "I" saying something, its verb of speech or writing right after it: "I said", "I told them", "I wrote last year" (not "I was struck by", "I heard", nor "I asked one nurse why she stays: “…”", whose answer is the nurse's, the review of round 37). */
const SAID_BY_ME = /^\W*(?:[Aa]s\s+)?I\s+(?:\p{Ll}+ly\s+)?(?:said|say|told|tell|wrote|write|replied|reply|added|add|answered|explained|warned|insisted|argued|urged|put\s+it)\b/u;
/**
 * Words between "I told …" and its quotation that hand the quotation to someone else: "I told the minister my story, and
 * her reply was blunt: “…”", "I told the inspector what the landlord had said: “…”", "I explained the problem and got the
 * same line: “…”" (the review of round 37).
 */
// (Only words bringing in another voice: "I told councillors in Harwick and in Sellick the same thing: “…”", "I said then
// what I say now: “…”", "I told the players the bottom line: “…”" are the writer's own, the review of round 38.)
// (Not the writer's own "what I have said many times", nor another subject's "got"/"came", "we got it wrong", "the decision
// came too late": "and got the same line", "back came the answer" bring in another voice, the review of round 38's rules.)
const ANOTHERS_WORDS_BETWEEN = /\b(?:reply|replied|response|responded|retort|(?<!\bI\s+(?:(?:have|had)\s+)?)(?:said|says)|told\s+me|(?<!\b(?:we|they|you|he|she|it)\s+)got|back\s+came|came\s+(?:back\s+)?the\s+(?:reply|answer|response))\b/iu;
/** An "I" in a clause of time or cause, whose quotation is another's: "what my mother said when I told her: “…”". */
const WHEN_I = /\b(?:when|whenever|after|before|while|because|until|once)\s*$/iu;

/** A paragraph's end announcing a statement to follow: "… will make the following statement:", "made the following remarks:". */
const ANNOUNCED_STATEMENT = /\b(?:will\s+(?:make|deliver|give|read)|(?:has\s+|have\s+)?(?:made|delivered|given|read|issued))\s+the\s+following\s+(?:statement|remarks|address|speech|comments?)\b[^:\n]{0,80}:\s*$/iu;

/** A colon introducing a summary of points, not words said: "highlighted the following:", "outlined these points:", "noted a number of issues:". */
const SUMMARY_INTRODUCED = /\b(?:highlighted|outlined|summari[sz]ed|noted|listed|drew\s+attention\s+to|reported\s+on)\s+(?:the\s+following|these|several|some|a\s+number\s+of)\b[^:.!?]{0,40}:\s*$/iu;
/** A relation or an associate in the possessive: "Kessler-Ward's father", "her husband", "his lawyer" (`RELATION_NOUNS`). */
const POSSESSED_RELATION_BEFORE = new RegExp(String.raw`(?:['’]s|(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:\p{Ll}+\s+)?(?:${[...RELATION_NOUNS, 'mum', 'dad', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'colleague'].join('|')})(?![\p{L}])`, 'u');
/** A paragraph of a name and a colon alone: "Dunstan:", "Sarah Pemberton:" (group 1: the name). */
const BARE_NAME_LINE = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*:\s*$/u;
/** A line that only introduces a speaker: no sentence's stop, ending with a colon ("TOMÁS ECHEVERRI, CHAIR OF …, TO THE CLOSING PLENARY:"). */
const SPEAKER_LINE = /^[^.!?\n]{1,300}:\s*$/u;

/** A form's heading in capitals with a verb, ending in a colon: "THIS REPORT IS BEING SENT TO:", "ACTION SHOULD BE TAKEN:". */
// (Or ending in the "to" of what it asks, council conclusions' "HEREBY INVITES THE MEMBER STATES TO:", round 45: no one
// speaks the paragraphs after it; four words or more, no courtesy title: "MR JAMES TO:" is Hong Kong's legislator, round
// 45's review.)
const COURTESY_TITLES_IN_CAPITALS = [...COURTESY_TITLES, 'Hon'].map((title) => title.toUpperCase()).join('|');
const FORM_HEADING = new RegExp(String.raw`^(?=[^\p{Ll}]*$)(?:(?=.*\b(?:IS|ARE|WAS|WERE|BEING|BEEN|SHOULD|SHALL|WILL|MUST)\b)[^\n]{1,160}|(?!(?:${COURTESY_TITLES_IN_CAPITALS})\.?\s)(?:\S+\s+){3,20}TO):$`, 'u');

/** A clause of its own later in the sentence: ", and Emrys Pugh is …" (a comma and "and", a name, an auxiliary or reporting verb). */
const ANOTHER_CLAUSE_SUBJECT = /,\s+(?:and|but|while)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:is|was|has|had|says|said|will|would)\b/u;

/** A sentence opening with the question someone was asked ("Asked if …", "Asked whether …", "Pressed on why …"). */
const ASKED_ABOUT = /^\W*(?:\d{1,2}[.:]\d{2}\S*\s+)?(?:Asked|Questioned|Pressed)\s+(?:\S+\s+){0,3}?(?:if|whether|about|on|what|why|how|when)\b/;

/**
 * Where in its paragraph a clause's speaker is read, among the names mentioned around it: a "he" or "she"
 * once every name before it in its sentence is known ("The opposition spokesperson for Vox, Ignacio Llorca,
 * criticised what he called «…»": "he" comes after Llorca, though the clause starts with the sentence);
 * anything else where its clause starts.
 */
function readingPlace(masked: string, clause: Clause): number {
  if (clause.phrase.form !== 'pronoun' || !/^(?:he|she)$/.test(clause.phrase.core)) return clause.from;
  const word = new RegExp(`\\b${clause.phrase.core}\\b`, 'i').exec(masked.slice(clause.from, clause.to));
  return word ? clause.from + word.index : clause.from;
}

/**
 * The reporting clauses of a sentence and the stretch each covers: a clause a semicolon joins is a stretch of
 * its own when it has a reporting clause of its own ("…; Magga says she will …"), else it goes on the one
 * before ("Hietala says the company will respect the result; it has no other choice").
 */
function reportedClauses(masked: string, sentence: SentenceRange): { s: SentenceRange; clause: Clause }[] {
  const parts: SentenceRange[] = [];
  let start = sentence.start;
  for (const m of masked.slice(sentence.start, sentence.end).matchAll(/;\s+/g)) {
    const end = sentence.start + (m.index ?? 0) + 1;
    parts.push({ start, end });
    start = end + m[0].length - 1;
  }
  parts.push({ start, end: sentence.end });
  const out: { s: SentenceRange; clause: Clause }[] = [];
  for (const part of parts) {
    const clause = clauseInSentence(masked, part);
    const last = out.at(-1);
    // (The first stretch reaches back to the sentence's start: "Sales rose; Novak said …" is hers whole, as before.)
    if (clause) out.push({ s: { start: last ? part.start : sentence.start, end: part.end }, clause });
    else if (last) last.s = { start: last.s.start, end: part.end };
  }
  return out;
}
