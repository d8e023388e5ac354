/**
 * How a name is read out of a run of capitalised words: the titles, offices and organisations around it
 * kept apart ("Transport Minister Jana Novak" → "Jana Novak", "Minister for Foreign Affairs Jan Novak" → "Jan
 * Novak"), an organisation's name followed across "of", "for" and "and" ("Bank of Japan", "Procter and
 * Gamble Co"), and a name standing alone, titled or full, or as a lone word the text says is a person's.
 */
import { isEnglishWord } from '../text/englishWords.js';
import { isCountryName } from './countryNames.js';
import {
  COURTESY_TITLES,
  AIM_ORGANISATION_WORDS,
  DEMONYMS,
  DESCRIPTION_OPENERS,
  endsSentenceAt,
  initialEndsSentence,
  FAMILY_DESCRIPTION,
  FIRM_NOUNS,
  HYPHENED_MODIFIER,
  INITIAL,
  isKindOfOrganisation,
  isOfficeWord,
  isPersonNoun,
  isRoleNoun,
  isTitle,
  nameWord,
  isPlaceName,
  NATIONALITIES,
  NOT_NAMES,
  OFFICE_AFTER_AND,
  OFFICE_WORDS,
  ORG_WORDS,
  ROAD_AND_SITTING_WORDS,
  PARTICLE,
  PARTY_LABELS,
  AUSTRALIAN_ORDERS,
  POST_NOMINAL_WORDS,
  isMembershipLetters,
  PLURAL_TITLES,
  PREPOSITIONS,
  RELATION_GENDER,
  RELATION_NOUNS,
  ROLE_TITLES,
  SURNAME_TITLES,
  TITLE_GENDER,
  TITLES,
  TITLES_AFTER_TITLE,
} from './nameWords.js';
import { isReportingVerb } from './reportingVerbs.js';
import type { SpeakerPhrase } from './speakerPhrases.js';

// (A lone "&" is a word of its own: "Pacific Gas & Electric" is one name across it, as across "and".)
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*|&(?=\s)/gu;



/** Letters after a name for a rank, an honour or a seat (`POST_NOMINAL_WORDS`). */
const POST_NOMINAL_SET = new Set(POST_NOMINAL_WORDS);
/** The word a title of several words has after its particle: "Mission" of "Chef de Mission", "Cuisine" of "Chef de Cuisine". */
const TITLE_AFTER_PARTICLE = /^(?:Mission|Cuisine|Partie|Cabinet)$/u;
/**
 * People a regulator, a court or an inquiry calls by a letter ("Client A", "Employee A", "Person A"). No word that is a
 * title too ("Witness", "Officer", "Patient": the title would be stripped and the name read as "A", the review of
 * round 27); `letterAfterWord` checks that too.
 */
const LETTERED_PEOPLE = new Set('client employee person child complainant claimant individual applicant customer consumer tenant mother parent colleague'.split(' '));

/** Months whose names are common surnames ("Theresa May", "Richard May", "Fredric March"). */
const MONTH_SURNAMES = new Set(['May', 'March']);
/** Capitalised words a month follows that are no given name: "Until May", "Early March", "Pride March" (the review of round 27). */
const BEFORE_A_MONTH = new Set('until till early late mid during through pride protest peace freedom'.split(' '));

/** A courtesy title before initials and a surname, as minutes print a member ("Ms A Hendricks", "Cllr I Patel"). */
const COURTESY_TITLE = new RegExp(`^(?:${COURTESY_TITLES.join('|')})\\.?$`);
/**
 * Rule "a title after a given name is a surname" (round 16): "industry consultant Scott King" is Scott King,
 * not a king. After an article the title's owner or a brand ("the Saudi King", "the Burger King chain"); a
 * title, office, organisation or nationality word is no given name ("Transport Minister", "Saudi King" as
 * NATIONALITIES has it). Known limit: an adjective the lists lack reads as a given name ("Anglican Bishop",
 * "Zulu King" without an article).
 */
export function surnameNotTitle(words: string[], at: number, wordBefore = words[at - 2]): boolean {
  const word = words[at] ?? '';
  const given = words[at - 1] ?? '';
  // ("the Saudi King said", "the Burger King chain": after an article, the title's owner or a brand.)
  return at > 0 && !/^(?:the|a|an|its|his|her|their)$/i.test(wordBefore ?? '') && SURNAME_TITLES.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}+$/u.test(given) && !isTitle(given) && !isOfficeWord(given) && !ORG_WORDS.has(given.toLowerCase()) && !DEMONYMS.has(given.toLowerCase()) && !NOT_NAMES.has(given.toLowerCase()) && !NATIONALITIES.has(given) && given !== 'Burger';
}

/**
 * Rule "party label before a full name": a party label opening the name is not part of it ("Democrat
 * William Proxmire" is William Proxmire), when a full name (two words or more) follows; a label alone or
 * before one word ("the Texas Democrat", "Democrat Proxmire"?) stays for the party-epithet rule to read.
 */
function pastPartyLabel(run: string[], k: number): number {
  // ("German Christian Democrat Birgit Hollmann": the label's own qualifiers before it go with it.)
  const label = run.findLastIndex((w, at) => at >= k && at <= k + 2 && PARTY_LABELS.has(w.toLowerCase()));
  return label >= 0 && run.length - label - 1 >= 2 ? label + 1 : k;
}

/**
 * Rule "office, then a person's name": after an office named with "of" or "for" ("Minister for Public
 * Expenditure Niamh Collery"), the office's own words are not all in any list, so the person's name is read
 * from its end: the surname, the particles before it ("von der"), initials, one given name, and initials
 * before that ("George P. Shultz", "J. Paul Getty"). Returns where that name starts (never before `from`).
 */
function personalNameStart(run: string[], from: number): number {
  let at = run.length - 1;
  if (/^(?:Jr|Sr)\.?$/.test(run[at] ?? '') && at > from) at--;
  at--;
  while (at > from && PARTICLE.test(run[at] as string)) at--;
  while (at > from && INITIAL.test(run[at] as string)) at--;
  if (at < from) return from;
  // at is the given name; initials before it belong to the name too.
  let start = at;
  while (start - 1 >= from && INITIAL.test(run[start - 1] as string)) start--;
  return Math.max(from, start);
}

/** The endings of the common nouns and adjectives that close an office's name: "Rights", "Safety", "Training", "Northern". */
const OFFICE_NOUN_ENDING = /(?:[^s]s|ty|ing|ion|ment|ness|ern|ory|al|ure|ics)$/u;

/**
 * Whether a capitalised word after an office's listed words is more of the office, a dictionary's noun or adjective with
 * such an ending (`OFFICE_NOUN_ENDING`): not a given name the dictionary holds too, "Carmen", "Shahid", "Grace".
 */
function officeCommonWord(word: string): boolean {
  return OFFICE_NOUN_ENDING.test(word.toLowerCase()) && isEnglishWord(word);
}

/**
 * Whether a segment opens with a capitalised adjective the dictionary holds, then a description's noun in small letters
 * (a person's or a body's, "worker", "group"), and names someone after it: "Environmental group Walhi Central Sulawesi".
 * Not a surname the dictionary holds before a verb, "Brown said", "Baker told Reuters".
 */
function openingAdjective(tokens: string[], gapAfter: (j: number) => string): boolean {
  const [first, next] = [tokens[0] ?? '', (tokens[1] ?? '').toLowerCase()];
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !/\S/.test(gapAfter(0)) && (isPersonNoun(next) || ORG_WORDS.has(next)) && /^\p{Ll}/u.test(tokens[1] ?? '') && isEnglishWord(first) && tokens.slice(2).some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** The most words a personal name after an office's words has ("Shahid Mehmood Gondal", "Edwin Tong Chun Fai"). */
const MAX_NAME_AFTER_OFFICE = 4;

/**
 * Where a name of three or four words starts right after an office's last word: "Minister for Water Resources Shahid
 * Mehmood Gondal", "Senior Minister of State for Manpower Koh Wei Ming" (round 53; `personalNameStart` alone gives the
 * last two words, "Mehmood Gondal", "Wei Ming"). Undefined where no office word ends the office ("Minister for Wales
 * David Jones") or a two-word name follows it, which `personalNameStart` reads as well. Past the office's words that no
 * list holds, a common noun (`officeCommonWord`), a place or a country: "for Human Rights Volker Türk", "for Food Safety
 * Meera Nair", "for Fisheries and Oceans Canada Diane Lebouthillier" (the review of round 53). Known limit: a noun with
 * no such ending, "Welfare Reform Iain Duncan Smith", reads as a given name.
 */
function nameAfterOffice(run: string[], from: number): number | undefined {
  let start = run.findLastIndex((w) => isOfficeWord(w) || OFFICE_AFTER_AND.has(w.toLowerCase())) + 1;
  if (start === 0) return undefined;
  while (start < run.length && (officeCommonWord(run[start] as string) || isPlaceName(run[start] as string) || isCountryName(run[start] as string) || NATIONALITIES.has(run[start] as string))) start++;
  if (start < from) return undefined;
  const name = run.slice(start);
  const personal = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isTitle(w) && !ORG_WORDS.has(w.toLowerCase());
  return name.length >= 3 && name.length <= MAX_NAME_AFTER_OFFICE && name.every(personal) ? start : undefined;
}

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
 *
 * Applied to a name once it is resolved (`DocumentNames.wholeName`), not inside `lastName` with the
 * office words (`personalNameStart`): the name a phrase resolves to is not always a `core` that `lastName`
 * read (a courtesy-titled surname the text never completes is named as printed, "Headteacher Ms Novak" →
 * "Ms Novak"), and a name whose `core` loses a word of its printed `text` reads as titled, which is
 * evidence of a person and changes whom a later "he" or "she" stands for.
 */
export function withoutRoleWords(name: string): string {
  let words = name.split(' ');
  while (words.length > 2 && (/\p{N}/u.test(words[0] as string) || isRoleCompound(words[0] as string))) words = words.slice(1);
  return words.join(' ');
}

/**
 * Whether the office a run continues after "and" was opened by a title and "of" or "for" ("Minister of
 * Foreign and European Affairs Martin Benko": the run "European Affairs Martin Benko" is the office's end,
 * then the person). Reads back over at most four capitalised words before the "and", commas between them.
 */
function officeGoesOnAcrossAnd(tokens: string[], start: number, gapAfter: (j: number) => string, titleBefore: (at: number, preposition: string) => boolean): boolean {
  let at = start - 2;
  const stop = Math.max(0, at - 4);
  // ("Minister for Agriculture, Water and Rural Development Rocío Benítez": the office's words may be a list.)
  while (at > stop && /^\p{Lu}/u.test(tokens[at] as string) && /^,?\s*$/.test(gapAfter(at))) at--;
  const preposition = tokens[at] ?? '';
  return at < start - 2 && /^(?:of|for)$/.test(preposition) && !/\S/.test(gapAfter(at)) && titleBefore(at - 1, preposition);
}

/** Collectives whose possessive opens an organisation's name ("People's Party", "Women's Institute", "Children's Hospital"). */
const COLLECTIVE_POSSESSORS = new Set(['people', 'women', 'men', 'children']);

/** Small words and verbs after a capitalised run: it is no adjective before them ("English has said", "Dutch and"). */
const NOT_A_NOUN_AFTER = /^(?:has|had|have|was|were|is|are|will|would|could|should|may|might|and|or|of|to|in|on|at|for|who|which|that|also)$/;

/** The most words of a place written before a hyphened modifier ("Rio de Janeiro-based": "de" is a token too). */
const MAX_PLACE_WORDS = 4;

/** Plural nouns for people that name a campaign with "for" ("Citizens for Election Integrity", "Parents for Safe Streets"). */
const CAMPAIGN_MEMBERS = new Set('citizens parents residents neighbours neighbors scientists doctors physicians nurses lawyers mothers fathers families voters taxpayers veterans students teachers women'.split(' '));

/** First words of places that read as a given name ("New Zealand", "South Africa", "Hong Kong"): no person's name starts so. */
const PLACE_FIRST_WORDS = new Set('New South North East West United Hong Sri Saudi Costa Puerto'.split(' '));

/** Police ranks by their initials ("DC Jane Roe", "DS Mark Rowe"), which companies' names open too ("DS Smith", "DC Comics"). */
const RANK_INITIALS = new Set(['dc', 'ds', 'dsu', 'dcs']);

/** Kinds of organisation that name people as often ("stall operator", "property developer", "gold miner"): see `personByInitial`. */
export const PEOPLE_AS_OFTEN = new Set(['operator', 'developer', 'miner']);

/** Nations whose public bodies are named by their field, then the nation: "Transport Scotland", "Health Canada". */
const NATIONS_NAMING_BODIES = new Set('Canada Scotland Wales England Ireland Britain UK Australia'.split(' '));
/** Fields such bodies are named by, besides offices' words: "Public Safety Canada", "Parks Canada", "Arts Council England". */
const BODY_FIELD_WORDS = new Set('public safety parks water arts natural historic statistics'.split(' '));

/**
 * Rule "a field, then a nation, is a public body" (round 27): "Transport Scotland", "Public Safety Canada",
 * "Statistics Canada" speak as bodies ("it said"), never as people; a person's surname may be a nation's
 * ("Jimmy Wales"), so the field's words must be ones the lists know, not an office's by its ending (which
 * "Baroness", "Florence" and "Lawrence" have: "Baroness Scotland" is a person, the review of round 27).
 */
function isFieldThenNation(name: string[]): boolean {
  return name.length >= 2 && NATIONS_NAMING_BODIES.has(name.at(-1) as string) && name.slice(0, -1).every((w) => OFFICE_AFTER_AND.has(w.toLowerCase()) || BODY_FIELD_WORDS.has(w.toLowerCase()));
}

/** The most offices a ministry's name lists before its last ("of Agriculture, Food, Fisheries and Forestry"). */
const MAX_LISTED_OFFICES = 4;

/**
 * Rule "a ministry's name may list its offices" (round 16): after an organisation's name gone on across "of"
 * or "for", ", Transport and Infrastructure" — capitalised items set off by commas, the last after "and",
 * each made of office words only — is the rest of the name. The token index where the name ends (`j` when
 * no such list follows): "the Bank of England, Barclays and Lloyds" lists no offices. The words before the
 * list's commas get them back (`tokens` is changed), so that the name reads as printed.
 */
function officeListEnd(tokens: string[], j: number, gapAfter: (j: number) => string): number {
  // (Every word of an item an office's: "Department of Health, Food Standards Agency and Public Health England" lists
  // bodies, not offices; at most `MAX_LISTED_OFFICES` items.)
  const officeItem = (from: number, to: number) => tokens.slice(from, to + 1).every((w) => isOfficeWord(w) || OFFICE_AFTER_AND.has(w.toLowerCase()));
  let at = j;
  for (let items = 0; items < MAX_LISTED_OFFICES && /^,\s+$/.test(gapAfter(at)) && nameWord(tokens[at + 1] ?? ''); items++) {
    let end = at + 1;
    while (nameWord(tokens[end + 1] ?? '') && !/\S/.test(gapAfter(end))) end++;
    if (!officeItem(at + 1, end)) return j;
    at = end;
    if (tokens[at + 1] === 'and' && !/\S/.test(gapAfter(at)) && !/\S/.test(gapAfter(at + 1)) && nameWord(tokens[at + 2] ?? '')) {
      let last = at + 2;
      while (nameWord(tokens[last + 1] ?? '') && !/\S/.test(gapAfter(last))) last++;
      if (!officeItem(at + 2, last)) return j;
      // The name keeps its commas as printed: the words before each comma carry it.
      for (let t = j; t < at; t++) if (/^,\s+$/.test(gapAfter(t))) tokens[t] = `${tokens[t]},`;
      return last;
    }
  }
  return j;
}

/**
 * Rule "an office's last words after "and", then its holder" (round 16): "… Agriculture, Water and Rural
 * Development Rocío Benítez", where the title and its "for" lie before the words a mention is read with. Read
 * only after "and" (the caller's test): the run ends in a full personal name right after an office word, and
 * holds no organisation's word nor title. No title is looked for: it lies outside the words read.
 */
function officeListEndsBeforeName(run: string[]): boolean {
  // ("… Community and Youth Daniel Tan Kok Leong", round 20: one office word, then a name of more words.)
  if (run.length < 3) return false;
  const officeThenName = isOfficeWord(run[run.length - 3] as string) || (isOfficeWord(run[0] as string) && run.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isOfficeWord(w)));
  return officeThenName && !run.some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitle(w)) && run.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * Rule "a capitalised office for a place, then its holder": "Senior Coroner for Teesside Kirsty Gomersal",
 * "Scottish Conservative MSP for Orkney Liam Flett". The words before "for" or "of" are capitalised (the
 * office, whatever its words: no list of titles is complete) and open the text; the run after it ends in a
 * person's full name. Not after an organisation's word ("Bank of Japan" runs on as one name).
 */
function capitalisedOfficeBefore(tokens: string[], start: number, run: string[]): boolean {
  const preposition = tokens[start - 1] ?? '';
  if (!/^(?:for|of)$/.test(preposition) || run.length < 3) return false;
  const office = tokens.slice(0, start - 1);
  // (An office holds a title or role word, "Coroner", "MSP": "Bronwyn Curtis of Landell Mills Commodities
  // Studies" is a person and the firm she is with, not an office and "Commodities Studies".)
  // ("Confederation of British Industry President David Nickson": or a title right before the name.)
  const holdsRole = office.some((w) => isTitle(w) || isRoleCompound(w)) || run.slice(0, -2).some((w) => isTitle(w));
  return office.length > 0 && office.length <= 4 && holdsRole && office.every((w) => /^\p{Lu}/u.test(w) && !ORG_WORDS.has(w.toLowerCase())) && run.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * Rule "the end of an office, then a person": "Minister for Climate, Energy and the Environment Darragh
 * Kinsella". A person's name takes no "the"; a run after "the" that follows another word of the office
 * ("and the", "of the") and ends in a full personal name holds the office's last words, then the name.
 * Not for an organisation's name ("of the New York Stock Exchange") nor a run of two words.
 */
function officeEndBeforeName(run: string[], before: string | undefined, beforeThe: string | undefined): boolean {
  if (before !== 'the' || !beforeThe || !/^(?:and|of|for)$/.test(beforeThe) || run.length < 3) return false;
  // ("… and the Environment Seán Ó Faoláin": a particle may stand in the surname.)
  return !run.some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitle(w)) && run.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w) || PARTICLE.test(w)) && /^\p{Lu}\p{Ll}/u.test(run.at(-1) as string);
}

/** A caption's lead word in capitals, a participle: "GRILLED", "SMILING" (see `lastName`). */
const CAPTION_LEAD_WORD = /^\p{Lu}{3,}(?:ED|ING)$/u;

/**
 * The last name in a piece of text: a run of capitalised words not following a preposition, with the
 * titles in front of it kept apart ("Transport Minister Jana Novak" → name "Jana Novak").
 */
export function lastName(segment: string, subjectOnly = true): SpeakerPhrase | undefined {
  // Initials keep their dots ("P.S. Tam"), and so do a generational suffix as printed ("Fred Lyons Jr.") and
  // the honorific "Hon." (a title only with its dot); other words lose the punctuation after them.
  const matches = [...segment.matchAll(TOKEN)];
  // (Not a letter whose stop ends the sentence, "to Mrs X. The Council has agreed", round 61: Mrs X.)
  const initialEndingSentence = (k: number) => initialEndsSentence((matches[k] as RegExpMatchArray)[0], matches[k + 1]?.[0] ?? '');
  const tokens = matches.map((m, k) => (/^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Hon)\.$/u.test(m[0]) && !initialEndingSentence(k) ? m[0] : m[0].replace(/[.,]$/, '')));
  // Anything but spaces between two words ends a name: a comma, a bracket, a ticker ("the International
  // Coffee Agreement, ICA", "Aluminium AG <ALUZ.Z> (Alusuisse)").
  const gapAfter = (j: number) => {
    const m = matches[j] as RegExpMatchArray;
    const next = matches[j + 1];
    return next ? segment.slice((m.index ?? 0) + m[0].length, next.index) : '';
  };
  const gapBefore = (j: number) => (j > 0 ? gapAfter(j - 1) : segment.slice(0, matches[0]?.index ?? 0));
  let best: SpeakerPhrase | undefined;
  let bestPerson: SpeakerPhrase | undefined;
  // ("But He Weiling, Washington representative of …, said": a capitalised "He" inside a sentence, right
  // before another name word, is the Chinese surname He, not the pronoun.)
  const surnameHe = (k: number) => tokens[k] === 'He' && k > 0 && !/\S/.test(gapBefore(k)) && !endsSentenceAt((matches[k - 1] as RegExpMatchArray)[0]) && !/\S/.test(gapAfter(k)) && nameWord(tokens[k + 1] ?? '');
  // ("Ms A Hendricks (PA) asked": after a courtesy title and before a name's word, "A" or "I" is an initial, not the
  // article or the pronoun, round 26.)
  const initialAfterTitle = (k: number) => /^[AI]$/.test(tokens[k] as string) && k > 0 && COURTESY_TITLE.test(tokens[k - 1] as string) && !/\S/.test(gapBefore(k)) && !/\S/.test(gapAfter(k)) && nameWord(tokens[k + 1] ?? '');
  // ("said Richard May, senior analyst at …": a month's name right after a given name, no day or year after it, is a
  // surname, round 27. Only the months that are common surnames.)
  const monthSurname = (k: number) => MONTH_SURNAMES.has(tokens[k] as string) && k > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1] as string) && nameWord(tokens[k - 1] as string) && !BEFORE_A_MONTH.has((tokens[k - 1] as string).toLowerCase()) && !endsSentenceAt((matches[k - 1] as RegExpMatchArray)[0]) && !/\S/.test(gapBefore(k)) && !/^\s+\d/.test(gapAfter(k) + (tokens[k + 1] ?? ''));
  // ("Client A, a retired teacher, told the Authority", "Employee A wrote:": a regulator's or court's letter for someone
  // it does not name: a capital "A" right after such a person's noun, nothing between, and before a stop or a
  // lower-case word, is no article, round 27; not "Novo Industri A/S".)
  const letterAfterWord = (k: number) => tokens[k] === 'A' && k > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1] as string) && LETTERED_PEOPLE.has((tokens[k - 1] as string).toLowerCase()) && !isTitle(tokens[k - 1] as string) && !/\S/.test(gapBefore(k)) && /^(?:[,.:;)!?]|\s+\p{Ll}|\s*$)/u.test(gapAfter(k) + (tokens[k + 1] ?? ''));
  // ("GCB Bank said", "DCB Bank": letters a company goes by before its noun, no honour after a name, the review of round 44's
  // rules.)
  const lettersOfCompany = (k: number) => POST_NOMINAL_SET.has(tokens[k] as string) && ORG_WORDS.has((tokens[k + 1] ?? '').toLowerCase()) && !/\S/.test(gapAfter(k)) && (k === 0 || !nameWord(tokens[k - 1] as string) || /\S/.test(gapBefore(k)));
  // ("Mr Adrian Pelham MCIBV", "Ms Jo Reed FRICS": a professional body's membership letters after a given name and a surname
  // in small letters, before no further name word, are no part of the name, round 48; only known letters, not any short
  // word in capitals, a surname as often, "Mr Tom FLYNN", "Ms Anna FOX", the review of round 48.)
  const membershipLetters = (k: number) => isMembershipLetters(tokens[k] as string) && k >= 2 && [tokens[k - 1], tokens[k - 2]].every((w) => /^\p{Lu}\p{Ll}/u.test(w ?? '')) && !/\S/.test(gapBefore(k)) && !/\S/.test(gapBefore(k - 1)) && !nameWord(tokens[k + 1] ?? '');
  // ("Mr Graham Tulloch AM, chairman": an Australian order's letters right after a surname in small letters, round 52.)
  const australianOrder = (k: number) => AUSTRALIAN_ORDERS.has(tokens[k] as string) && k >= 1 && /^\p{Lu}\p{Ll}/u.test(tokens[k - 1] ?? '') && !/\S/.test(gapBefore(k)) && !nameWord(tokens[k + 1] ?? '');
  const isNameAt = (k: number) => (nameWord(tokens[k] as string) && !membershipLetters(k) && !australianOrder(k)) || surnameHe(k) || initialAfterTitle(k) || monthSurname(k) || letterAfterWord(k) || lettersOfCompany(k);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameAt(i)) continue;
    // "Said David Gluskin, …": a reporting verb opening an inverted attribution is not the name's first word.
    if (isReportingVerb(tokens[i] as string) && nameWord(tokens[i + 1] ?? '') && (i === 0 || /[.!?:;"\u201C\u201D]\s*$/.test(gapBefore(i)))) continue;
    // ("Blocking Canadian gas imports would not serve …", "Buying American cars": a gerund opening the sentence, then
    // a nationality before a noun, is no name; "Fleming Danish Foods said" is a company.)
    if (/^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[i] as string) && NATIONALITIES.has(tokens[i + 1] ?? '') && !/^\p{Lu}/u.test(tokens[i + 2] ?? '') && !/\S/.test(gapAfter(i)) && (i === 0 || /[.!?:;"\u201C\u201D]\s*$/.test(gapBefore(i)))) continue;
    // ("Environmental group Walhi Central Sulawesi said", "Migrant worker advocacy group Migrant Workers Forward said": an
    // adjective opening the sentence before a description's noun and a name after it is no name, round 53.)
    if (i === 0 && openingAdjective(tokens, gapAfter)) continue;
    // ("GRILLED Engineer Arnel Dizon of the DPWH answers questions …": a caption's lead word in capitals, a participle,
    // before a name in small letters is no part of it, round 55; not a surname in capitals, "SMITH John".)
    // (Only before a title or a name of two words or more: "BLESSING Okafor, the mother of …", a story's first word in
    // capitals, is her given name, the review of round 55.)
    const nameOfTwoAfter = /^\p{Lu}\p{Ll}/u.test(tokens[i + 2] ?? '') && !/\S/.test(gapAfter(i + 1));
    if (CAPTION_LEAD_WORD.test(tokens[i] as string) && isEnglishWord((tokens[i] as string).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? '') && !/\S/.test(gapAfter(i)) && (isTitle(tokens[i + 1] as string) || nameOfTwoAfter)) continue;
    let j: number;
    const extend = (from: number) => {
      let end = from;
      // ("Kiel University's Institute for World Economy": one organisation's name across its parent's possessive.)
      // ("the U.S. Attorney's Office for the District of Massachusetts", "the Prime Minister's Office": an
      // office named for its holder.)
      const possessiveGoesOn = (at: number) => {
        const possessor = (tokens[at] as string).toLowerCase().replace(/['\u2019]s$/, '');
        const next = tokens[at + 1] ?? '';
        if (!/^\p{Lu}/u.test(next)) return false;
        // ("the Swiss People's Party", "the People's Bank of China", "Women's Institute": a collective's possessive in a name.)
        return ((ORG_WORDS.has(possessor) || COLLECTIVE_POSSESSORS.has(possessor)) && ORG_WORDS.has(next.toLowerCase())) || (next === 'Office' && (TITLES.has(possessor) || isPersonNoun(possessor)));
      };
      while (end + 1 < tokens.length && !/\S/.test(gapAfter(end)) && !endsSentenceAt((matches[end] as RegExpMatchArray)[0]) && !initialEndingSentence(end) && (!/['\u2019][sS]$/u.test(tokens[end] as string) || possessiveGoesOn(end)) && (isNameAt(end + 1) || (PARTICLE.test(tokens[end + 1] as string) && (nameWord(tokens[end + 2] ?? '') || (PARTICLE.test(tokens[end + 2] ?? '') && nameWord(tokens[end + 3] ?? '')))))) end += PARTICLE.test(tokens[end + 1] as string) && PARTICLE.test(tokens[end + 2] ?? '') ? 2 : 1;
      return end;
    };
    j = extend(i);
    // "LL and E Royalty Trust", "Procter and Gamble Co": one organisation's name across "and".
    let acrossPreposition = false;
    // (A campaign named for the people it gathers is an organisation: "Young Voters for Harris".)
    let campaignName = false;
    // ("The Group of 24 developing countries", "the Group of 77": an organisation's name ends in its number.)
    const numberedOrganisation = (at: number) => tokens[at + 1] === 'of' && /^\d+$/.test(tokens[at + 2] ?? '') && ORG_WORDS.has((tokens[at] as string).toLowerCase());
    // Rule "an organisation named for its aim": "Committee to Protect Journalists", "Campaign to Protect Rural
    // England" go on across "to" after an organisation's word, when two capitalised words and no title follow.
    const aimGoesOn = (at: number) => tokens[at + 1] === 'to' && AIM_ORGANISATION_WORDS.has((tokens[at] as string).toLowerCase()) && nameWord(tokens[at + 3] ?? '') && !/\S/.test(gapAfter(at + 2)) && ![tokens[at + 2], tokens[at + 3]].some((w) => isTitle(w ?? ''));
    // Rule "an organisation's name goes on across "of the" and "for the"" (round 16): "Ministry for the
    // Ecological Transition", "Ministry of the Interior" — after an organisation's word only.
    const theGoesOn = (at: number) => /^(?:of|for)$/.test(tokens[at + 1] ?? '') && tokens[at + 2] === 'the' && ORG_WORDS.has((tokens[at] as string).toLowerCase()) && nameWord(tokens[at + 3] ?? '') && !/\S/.test(gapAfter(at + 2));
    let afterThe = false;
    while ((((/^(?:and|&|of|for)$/i.test(tokens[j + 1] ?? '') || aimGoesOn(j)) && (nameWord(tokens[j + 2] ?? '') || numberedOrganisation(j))) || theGoesOn(j)) && !/\S/.test(gapAfter(j)) && !/\S/.test(gapAfter(j + 1))) {
      const acrossThe = theGoesOn(j);
      const end = extend(acrossThe ? j + 3 : j + 2);
      // "Kansas City Board of Trade", "Bank of Japan", "Institute for World Economy": an organisation's name
      // goes on across "of" and "for".
      const org = (from: number, to: number) => tokens.slice(from, to + 1).some((w) => ORG_WORDS.has(w.toLowerCase()));
      // "Organisation for Economic Cooperation and Development": an office's name once it went on across
      // "of" or "for" goes on across "and" with office words ("Bank of England and Smith" does not).
      // ("Union of Czech and Slovak Zoos", "Federation of German and French Industries": or a plural noun closing
      // the name after two nationalities joined by "and"; not "Royal Bank of Scotland and Barclays".)
      const nationality = (w: string | undefined) => NATIONALITIES.has(w ?? '') || /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ak)$/u.test(w ?? '');
      const pluralAfterAnd = acrossPreposition && tokens[j + 1] === 'and' && end === j + 3 && nationality(tokens[j]) && nationality(tokens[j + 2]) && /^\p{Lu}\p{Ll}+s$/u.test(tokens[end] as string);
      // ("National Institute for Health and Care Excellence": an abstract noun by its ending is an office's word here
      // too, round 21, beside a known one: "Clarence" or "Lawrence" alone is a name.)
      const officeish = (w: string) => OFFICE_AFTER_AND.has(w.toLowerCase()) || isOfficeWord(w);
      const afterAnd = tokens.slice(j + 2, end + 1);
      const officeAfterAnd = acrossPreposition && ((afterAnd.every(officeish) && afterAnd.some((w) => OFFICE_AFTER_AND.has(w.toLowerCase()))) || pluralAfterAnd);
      // "… of the Organisation for Economic Cooperation and Development Jean-Claude Paye": the office's name
      // ends with its office words; the full name after them is a person's.
      const officeWords = acrossPreposition && tokens[j + 1] === 'and' ? afterAnd.findIndex((w) => !officeish(w)) : -1;
      if (officeWords > 0 && end - (j + 2 + officeWords) + 1 >= 2 && tokens.slice(j + 2 + officeWords, end + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
        j = j + 1 + officeWords;
        break;
      }
      const preposition = /^(?:of|for|to)$/.test(tokens[j + 1] as string);
      // ("the U.S. Attorney's Office for the District of Massachusetts": a place reached by "for the" goes on with "of".)
      const placeOfPlace = afterThe && tokens[j + 1] === 'of';
      // ("Sayre County Citizens for Election Integrity": a campaign named for the people it gathers, after
      // words of its own, round 21; not "Lawyers for Nissan", a description.)
      const campaign = tokens[j + 1] === 'for' && j > i && CAMPAIGN_MEMBERS.has((tokens[j] as string).toLowerCase());
      if (campaign) campaignName = true;
      if (preposition ? !ORG_WORDS.has((tokens[j] as string).toLowerCase()) && !AIM_ORGANISATION_WORDS.has((tokens[j] as string).toLowerCase()) && !placeOfPlace && !campaign : !org(j + 2, end) && !officeAfterAnd) break;
      if (preposition) acrossPreposition = true;
      afterThe = acrossThe;
      j = end;
    }
    // "Ministry of the Sea, Transport and Infrastructure", "Department for Environment, Food and Rural Affairs".
    if (acrossPreposition) j = officeListEnd(tokens, j, gapAfter);
    // ("Senior Minister of State for Transport Lim Siew Ling": a title's office may itself be "of" an office.)
    const officeOfTitle = (at: number) => isOfficeWord(tokens[at] ?? '') && /^(?:of|for)$/.test(tokens[at - 1] ?? '') && isTitle(tokens[at - 2] ?? '');
    // ("an aide to Agriculture Secretary Richard Lyng" is the aide: "to" and "for" follow titles only.)
    // ("the father of Lorna Pascual", "the mother of Jane Doe": a relation in small letters is whose parent, not a priest's
    // or an office's title, round 55.)
    const titleBefore = (at: number, preposition: string) => (preposition === 'of' ? isTitle(tokens[at] ?? '') && !RELATION_NOUNS.has(tokens[at] ?? '') : TITLES.has((tokens[at] ?? '').toLowerCase()) || officeOfTitle(at));
    // ("Minister of State for Information Technology and Telecommunication Sabiha Qureshi": a title's office
    // whose words go on across "and" is one office, not two names joined.)
    // (Only a run too short to end in a name, as an office's is: "Secretary of State Tom Hale and Ana Ruiz" are two people.)
    const wordBefore = /\S/.test(gapBefore(i)) ? undefined : tokens[i - 1]?.toLowerCase();
    const officeOfTitleHere = wordBefore !== undefined && /^(?:of|for)$/.test(wordBefore) && titleBefore(i - 2, wordBefore) && (j - i + 1 < 3 || tokens.slice(i, j + 1).every((w) => isOfficeWord(w)));
    // "auditors Deloitte Haskins and Sells", "Smith and Jones said": names joined by "and" that make no
    // organisation's name above are one firm when a firm's noun stands before them, else two speakers — in
    // a subject, neither alone is who speaks.
    let firm = false;
    // ("Trade and Industry Secretary Jose Concepcion": an office and a title, then one person.)
    const conjoined = /^(?:and|&)$/i.test(tokens[j + 1] ?? '') && nameWord(tokens[j + 2] ?? '') && !/\S/.test(gapAfter(j)) && !/\S/.test(gapAfter(j + 1));
    if (conjoined && !officeOfTitleHere && !OFFICE_WORDS.has((tokens[j] as string).toLowerCase()) && !tokens.slice(i, extend(j + 2) + 1).some((w) => isTitle(w))) {
      const end = extend(j + 2);
      if (FIRM_NOUNS.has((tokens[i - 1] ?? '').toLowerCase()) && !/\S/.test(gapBefore(i))) {
        j = end;
        firm = true;
      } else if (subjectOnly) {
        i = end;
        continue;
      }
    }
    // Rule "a modifier made with a hyphen is not part of a name" (round 16): "Groningen-based Van Houten
    // Shipping", "the French-speaking Court of First Instance", "Kyiv-born Olena Shevchuk".
    // ("New York-based Acme Corp": "New" is a place's first word when a hyphened modifier follows it.)
    if (HYPHENED_MODIFIER.test(tokens[j + 1] ?? '') && !/\S/.test(gapAfter(j))) continue;
    // (The place may have words of its own before it, in the run: "Rio de Janeiro-based".)
    const modifierEnd = tokens.slice(i, Math.min(j, i + MAX_PLACE_WORDS)).findLastIndex((w) => HYPHENED_MODIFIER.test(w));
    if (modifierEnd >= 0) i += modifierEnd + 1;
    const run = tokens.slice(i, j + 1);
    // Rule "a nationality before a noun is an adjective" (round 16): "South African state utility Eskom",
    // "the Greek government" — no person's name.
    // (A noun, not a verb or a small word: "English said" may be Bill English.)
    const nounAfter = /^\p{Ll}/u.test(tokens[j + 1] ?? '') && !isReportingVerb(tokens[j + 1] as string) && !NOT_A_NOUN_AFTER.test(tokens[j + 1] as string);
    if (run.some((w) => NATIONALITIES.has(w)) && run.every((w) => NATIONALITIES.has(w) || /^(?:South|North|East|West|New)$/.test(w)) && nounAfter && !/\S/.test(gapAfter(j))) continue;
    // "the Frenchman said": a nationality standing for a person is a description, never a name.
    if (run.length === 1 && DEMONYMS.has((run[0] as string).toLowerCase())) continue;
    const start = i;
    const before = /\S/.test(gapBefore(start)) ? undefined : tokens[start - 1]?.toLowerCase();
    const beforeThe = before === 'the' ? tokens[start - 2]?.toLowerCase() : undefined;
    i = j;
    // "<ABK Spa>": Reuters marks a company's name in angle brackets; a ticker after a name is not one ("ANZ
    // Banking Group Ltd <ANZA.S>").
    const ticker = /<\s*$/.test(gapBefore(start));
    if (ticker && start > 0 && run.length === 1 && /^[\p{Lu}\d.]+$/u.test(run[0] as string)) continue;
    // "Secretary of State George Shultz", "Comptroller of the Currency Robert Clarke", "Ambassador to GATT
    // Michael Samuels": a title, its office, a name (see `titleBefore` above).
    // "general manager for Canada Hajimu Watanabe": a role, the place it is for, a full name.
    const roleForPlace = before === 'for' && ROLE_TITLES.has((tokens[start - 2] ?? '').toLowerCase()) && run.length >= 3 && !run.some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitle(w));
    const titledOf =
      roleForPlace ||
      capitalisedOfficeBefore(tokens, start, run) ||
      (before !== undefined && /^(?:of|to|for)$/.test(before) && titleBefore(start - 2, before)) ||
      (beforeThe !== undefined && /^(?:of|to|for)$/.test(beforeThe) && titleBefore(start - 3, beforeThe)) ||
      (before === 'and' && (officeGoesOnAcrossAnd(tokens, start, gapAfter, titleBefore) || officeListEndsBeforeName(run)));
    if (subjectOnly && !titledOf) {
      // A name after a preposition ("of the Patients' Association") or an article ("an Illinois Democrat")
      // is not who speaks.
      if ((before && (PREPOSITIONS.has(before) || /^(?:a|an|one|another|some|several)$/.test(before))) || (beforeThe && PREPOSITIONS.has(beforeThe))) continue;
      // "Iran's revolutionary leader": the possessor is not the subject ("Moody's" alone is a name).
      if (/['\u2019]s$/.test(run[run.length - 1] as string) && i + 1 < tokens.length) continue;
    }
    // "the chairman of the CFTC", "chairman of the Federal Reserve": an office, not a name.
    if (titledOf && run.length < 3) continue;
    // Titles and roles at the front: "Transport Minister", "Ms", "Dr", "Lawyer".
    let k = 0;
    let gender: 'm' | 'f' | undefined;
    // ("Likud MK Ronit Kessler": "MK", a Member of the Knesset, before a given name and a surname; not initials or a
    // club, "Chief Minister MK Stalin", "MK Dons said".)
    for (let t = 0; t < run.length; t++) {
      const lower = (run[t] as string).toLowerCase().replace(/\.$/, '');
      // (A police rank's initials only before a given name and a surname: "DS Smith" and "DC Comics" are companies, the review
      // of round 40; nor before a company's words, "DS Smith Packaging", the review of round 40 again.)
      const rankNotBeforeTwoNames = RANK_INITIALS.has(lower) && (run.length - t - 1 < 2 || ORG_WORDS.has((run.at(-1) as string).toLowerCase()));
      // (A title's own particle and word, "Chef de Mission Katrin Lechner", before a given name and a surname, round 48; not
      // "General de Gaulle" nor "Judge de la Torre Martínez", whose particles are the name's, the review of round 48.)
      if (t === k && t > 0 && PARTICLE.test(run[t] as string) && TITLE_AFTER_PARTICLE.test(run[t + 1] ?? '') && run.length - t >= 4) {
        k = t + 2;
        t++;
        continue;
      }
      if ((isTitle(run[t] as string) && !rankNotBeforeTwoNames && !(t === run.length - 1 && surnameNotTitle(run, t, t === 1 ? before : run[t - 2]))) || (t === k && t > 0 && TITLES_AFTER_TITLE.has(lower)) || (run[t] === 'MK' && run.length - t > 2)) {
        k = t + 1;
        gender = TITLE_GENDER[lower] ?? RELATION_GENDER[FAMILY_DESCRIPTION.exec(lower)?.[1] ?? ''] ?? gender;
      }
    }
    k = pastPartyLabel(run, k);
    // ("Prince Sultan ibn Abdulaziz": an Arabic name's "son of" follows a given name, which a title's word may be, round 45.)
    // (Only a title that is also a given name, "Sultan", "Amir": not "Crown Prince bin Salman", round 45's review.)
    if (k > 0 && k < run.length && /^(?:bin|binti|ibn|bint)$/.test(run[k] as string) && /^(?:Sultan|Amir|Emir|Malik)$/.test(run[k - 1] as string)) k--;
    // A gendered title right before the name ("spokeswoman Ilze Berzina"; not "a spokeswoman for Smith Barney").
    gender = TITLE_GENDER[before ?? ''] ?? gender;
    // "Secretary of State George Shultz", "Minister for Foreign Affairs Jan Novak": the office is not the name.
    if (k === 0 && titledOf) {
      k = 1;
      while (k < run.length - 2 && isOfficeWord(run[k] as string)) k++;
    }
    // (Past office words only, the rest is the name, however many words: "Transport Lim Siew Ling"; so too past
    // a title: "Transport Dr Tan Mei Ling". Past a word no office is known to have, the name is its last words:
    // "Social Care Wes Streeting".)
    if (titledOf && !(k > 0 && (isOfficeWord(run[k - 1] as string) || isTitle(run[k - 1] as string)))) k = Math.max(k, nameAfterOffice(run, k) ?? personalNameStart(run, k));
    if (k === 0 && officeEndBeforeName(run, before, beforeThe)) k = nameAfterOffice(run, 1) ?? personalNameStart(run, 1);
    // "Former Townsend Thoresen navigating officer Clive Langley": a run opening with a word that dates or
    // qualifies a role, no title after it, is the modifier of a description (the company he worked for),
    // not a name of its own ("Former President Jimmy Carter" keeps his title and name).
    if (k === 0 && !titledOf && DESCRIPTION_OPENERS.has((run[0] as string).toLowerCase())) continue;
    let name = run.slice(k);
    if (name.length === 0) continue;
    // "Novak's plan" mentions Novak. (A titled person's name never ends in a possessive, as "Moody's" may: "Ms
    // Gatt’s contemporaneous note says:" read up to the possessive is Ms Gatt, round 21.)
    const possessive = (!subjectOnly || k > 0) && /['\u2019][sS]$/u.test(run[run.length - 1] as string);
    if (possessive) name = [...name.slice(0, -1), (name[name.length - 1] as string).replace(/['\u2019][sS]$/u, '')];
    // "Rio de Janeiro Coffee Trade Association Carlos Calmon": an organisation, then a person's full name.
    // ("… and Development Jean-Claude Paye": the end of an office's name after "and", then a person.)
    const lastOrg = name.findLastIndex((w, at) => ORG_WORDS.has(w.toLowerCase()) || (at === 0 && before === 'and' && OFFICE_AFTER_AND.has(w.toLowerCase())));
    const personal = (w: string) => /^\p{Lu}(?:\p{Ll}|\.)/u.test(w);
    // (Not a place after the organisation's word: "Local Government New Zealand" is one body, round 21.)
    // (Nor a body's region after it: "Network Rail Scotland" is one body, round 27.)
    if (lastOrg >= 0 && name.length - lastOrg - 1 >= 2 && name.slice(lastOrg + 1).every(personal) && !PLACE_FIRST_WORDS.has(name[lastOrg + 1] as string) && !NATIONS_NAMING_BODIES.has(name.at(-1) as string)) {
      name = name.slice(lastOrg + 1);
      k = run.length - name.length;
    }
    // ("Council Members Janet Frobisher, …", "Commissioners William Seale": a plural title before a person's full name is
    // not part of it, round 25.)
    if (name.length > 2 && PLURAL_TITLES.has((name[0] as string).toLowerCase()) && name.slice(1).every(personal)) {
      name = name.slice(1);
      k++;
    }
    // ("Investor Relations Marcus Lindqvist", a call's list of participants read across its line break: past a role,
    // the words of an office before a full name are the role's, round 20.)
    while (k > 0 && name.length > 2 && isOfficeWord(name[0] as string) && !isTitle(name[0] as string) && name.slice(1).every(personal)) {
      name = name.slice(1);
      k++;
    }
    // ("Food stall operator K. Murugan, 45, said": an initial and a surname after a trade's noun that names people as often
    // as firms is a person, round 28; "supermarket chain J. Sainsbury", "investment bank J.P. Morgan" stay firms.)
    const personByInitial = name.length === 2 && /^(?:\p{Lu}\.)+$/u.test(name[0] as string) && PEOPLE_AS_OFTEN.has(before ?? '');
    const isOrg = firm || campaignName || ticker || name.some((w) => ORG_WORDS.has(w.toLowerCase())) || (name.length >= 2 && ROAD_AND_SITTING_WORDS.has((name.at(-1) as string).toLowerCase())) || isFieldThenNation(name) || (k === 0 && !titledOf && beforeThe === undefined && before === 'the') || (k === 0 && isKindOfOrganisation(before) && !personByInitial);
    const text = possessive ? [...run.slice(0, -1), (run[run.length - 1] as string).replace(/['\u2019][sS]$/u, '')].join(' ') : run.join(' ');
    best = { text, form: 'name', kind: isOrg ? 'thing' : 'person', gender, core: name.join(' ') };
    if (!isOrg) bestPerson = best;
  }
  // Who speaks is the person a phrase names, not the company after them ("director Paolo Azzoni at Milan
  // investment bank <ABK Spa>").
  return subjectOnly ? (bestPerson ?? best) : best;
}

/**
 * A person's name standing alone, with titles at most ("Anthony J.F. O'Reilly", "Dr Imran Siddiqui"): a
 * full name or a titled one, never a lone capitalised word (too often a place).
 */
export function nameOnly(segment: string): SpeakerPhrase | undefined {
  // ("But Senator Graciela Peña, who chairs …, said": a conjunction opening the clause is not part of it.)
  const words = segment.trim().replace(/[.,;:]+$/, '').replace(/^(?:But|And|Yet|Still|However,?)\s+/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  if (!words.every((w) => nameWord(w) || PARTICLE.test(w) || TITLES.has(w.toLowerCase()))) return undefined;
  const phrase = lastName(words.join(' '));
  if (phrase?.kind !== 'person') return undefined;
  return phrase.core.includes(' ') || phrase.text !== phrase.core ? phrase : undefined;
}

/** A single capitalised word as a person's name ("Sergeyev, who works at…"): only where the text says it is a person. */
export function loneName(segment: string): SpeakerPhrase | undefined {
  const word = segment.trim();
  return /^\p{Lu}[\p{L}'’-]+$/u.test(word) && nameWord(word) ? { text: word, form: 'name', kind: 'person', core: word } : undefined;
}
