/**
 * The words that say who speaks in news English: reporting verbs, titles and roles, and how a name, a
 * pronoun or a description ("the ministry") is read out of the words before or after such a verb.
 */
import { oneEditApart } from '../text/oneEdit.js';

/** Verbs that report speech or writing ("said", "told", "added"…), as printed. */
const REPORTING_VERBS = `said says told tells added adds stated wrote writes asked asks declared declares announced
  announces warned warns noted argued argues insisted insists explained explains continued recalled recalls
  acknowledged acknowledges admitted admits claimed replied responded responds commented concluded cautioned
  cautions predicted predicts urged stressed emphasised emphasized emphasises emphasizes remarked complained
  complains conceded concedes countered suggested suggests observed observes maintained maintains agreed agrees
  boasted promised vowed pledged quipped joked mused confirmed confirms denied denies reiterated reiterates
  tweeted bragged exclaimed shouted testified retorted protested lamented assured reminded wondered asserted
  asserts contended contends affirmed reaffirmed disagreed disagrees objected replies whispers whispered mutters
  muttered exclaims`.split(/\s+/);
// Not the words that are as often nouns in news copy ("states", "notes", "comments", "claims", "estimates",
// "forecast", "promises", "pledges", "stresses", "repeated attempts"), nor beliefs ("believes", "thinks").
// Not "posted": "the company posted a profit" is news, not speech.

/** Whether a word is a reporting verb (capitalised, it opens an inverted attribution: "Said one trader:"). */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERB_SET.has(word.toLowerCase());
}
const REPORTING_VERB_SET = new Set(REPORTING_VERBS);

/** A reporting verb as a whole word, with "put it" ("as X put it"), "pointed out" and an emphatic "did say" ("But Baker did say Volcker has “…”"; not "declined to say"). */
export const REPORTING_VERB = new RegExp(`\\b(?:${[...new Set(REPORTING_VERBS)].join('|')}|put it|points? out|pointed out|(?<=\\b(?:did|does)\\s+)say)\\b`, 'g');

/**
 * Verbs that attribute the words of a quotation standing as their object ("Platt called the vote ‘a
 * triumph…’", "The report found “serious shortcomings”"), read only for quotations: alone, most of them
 * are news, not speech.
 */
export const QUOTING_VERB = /\b(?:called|calls|described|describes|characterized|characterised|characterizes|characterises|branded|brands|dubbed|termed|labelled|labeled|hailed|hails|welcomed|welcomes|found|finds|accused|accuses|blamed|blames|cited|cites|charged|charges|repeated|believes|believed|thinks|proposed|proposes|speaks of|spoke of|talks of|talked of)\b/g;
// Beliefs and proposals ("she thinks “people are overlooking…”", "ATT proposed … rules that “would…”") attribute
// only a quotation they introduce: alone they are not speech.
// Not "rejected", "dismissed", "criticised": their quotation is as often the other side's words.

/** Verbs that name a thing with the quotation right after them ("a scheme called “Smart Port”"), not speech. */
export const NAMING_VERB = /^(?:called|dubbed|termed|labelled|labeled|branded)$/;

/**
 * A participle continuing a sentence whose subject spoke ("…, saying “…”", "…, adding that prices seem
 * “fairly high.”"): the speaker is that subject, not the words right before the participle.
 */
export const PARTICIPLE = /\b(?:saying|adding|noting|warning|arguing|insisting|explaining|stressing|telling|writing|declaring|calling|describing)\b/g;

/** A live blog entry's time stamp ("09.53", "3.48pm –", "10:22 a.m."): no words of the sentence's own. */
export const ENTRY_TIME = String.raw`\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]?\s*`;
/** A time stamp opening a live blog entry's first sentence. */
export const LEADING_ENTRY_TIME = new RegExp(`^\\s*${ENTRY_TIME}`, 'i');

/** Where someone is ("Gareth in Swansea", "Anna from Leeds"): not part of the name. */
export const WHERE_THEY_ARE = /\s+(?:in|from|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/** Words that may stand between a subject and its verb ("Novak later said", "he has said"). An adverb is lower-case: "Kelly said", "Ms Reilly said" end in a name. */
const BETWEEN_SUBJECT_AND_VERB = /^(?:also|still|later|then|again|once|has|have|had|was|is|previously|recently|repeatedly|earlier|often|further|\p{Ll}+ly)$/u;

/** Titles and roles written before a name ("Transport Minister Jana Novak", "Ms Novak"). */
const TITLES = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister ministers secretary senator sen rep
  representative gov governor chancellor mayor ambassador general gen col colonel chairman chairwoman chair judge justice
  commissioner director king queen prince princess pope father rabbi imam sheikh deputy premier speaker chief
  executive officer head leader spokesman spokeswoman spokesperson economist analyst minister's secretary-general
  president-elect ceo cfo md councillor cllr councilman councilwoman alderman congressman congresswoman
  assemblyman assemblywoman mp mep comptroller treasurer auditor attorney solicitor envoy commander admiral
  captain lieutenant sergeant inspector superintendent detective ayatollah hojatoleslam cardinal archbishop
  reverend rev pastor emir sultan doctor administrator undersecretary under-secretary registrar ombudsman
  sheriff undersheriff ald alderwoman sgt lt capt cpl insp supt det cmdr adm brig trustee supervisor councilmember
  councilor selectman selectwoman regent delegate coroner coach provost mla msp td garda gda councillors councilors
  senators`.split(/\s+/),
  // Not "major", "baron", "bishop", "marshal", "constable", "dean": names as often ("John Major", "Peter Baron", "Dean Witter").
);

/** The gender a title tells, for "he" and "she". */
const TITLE_GENDER: Record<string, 'm' | 'f'> = {
  mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', father: 'm',
  mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', chairwoman: 'f', spokeswoman: 'f', congresswoman: 'f', councilwoman: 'f', assemblywoman: 'f',
};

/** Capitalised words that begin sentences or phrases and are never part of a name. */
const NOT_NAMES = new Set(
  `the a an in on at but and or as according for from with by of to it he she they we i this that these those their
  his her its our my your after before when while if although though since because however meanwhile last next
  there here what who why how all some many most both each every no not yes also still yet so then now today
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december one another other others several few two three four five earlier later
  separately elsewhere yesterday tomorrow tonight afterwards previously recently instead nevertheless nonetheless
  moreover furthermore overall finally initially originally eventually too`.split(/\s+/),
);

/** The relations that say a person's gender ("His daughter, Linh,"). */
const RELATION_GENDER: Record<string, 'm' | 'f'> = Object.fromEntries([
  ...'wife daughter mother sister aunt grandmother granddaughter fiancee girlfriend'.split(' ').map((w) => [w, 'f'] as const),
  ...'husband son father brother uncle grandfather grandson fiance boyfriend'.split(' ').map((w) => [w, 'm'] as const),
]);

/** Nouns for a person that say their gender ("a woman named Denise"), relations among them. */
const PERSON_GENDER: Record<string, 'm' | 'f'> = { ...RELATION_GENDER, woman: 'f', girl: 'f', lady: 'f', man: 'm', boy: 'm' };

/** Family and other relations a first name is set beside ("His wife, Annemiek,", "her colleague, Tom,"). */
const RELATION_NOUNS = new Set([...Object.keys(RELATION_GENDER), ...'partner friend neighbour neighbor colleague cousin'.split(' ')]);

/** Nouns naming organisations and documents: "the ministry", "the document" refer back to one. */
export const THING_NOUNS = new Set(
  `ministry department government agency commission council committee office authority regulator court police
  parliament union party company firm group bank carrier maker producer airline insurer retailer utility
  corporation concern unit subsidiary consortium association federation organisation organization institute
  university fund board bureau service army navy embassy administration cabinet team club school hospital
  document proposals proposal report statement declaration plan paper agreement communique letter principles
  guidelines rules law bill bulletin study survey ruling decision text memo release website treaty
  resolution strategy review proxy prospectus filing newspaper radio television broadcaster magazine journal
  newsletter editorial column delegation panel secretariat tribunal`.split(/\s+/),
);

/** Nouns naming people by role: "a spokeswoman", "officials". */
const PERSON_NOUNS = new Set(
  `spokesman spokeswoman spokesperson official officials minister president chairman chairwoman chief executive
  director analyst analysts source sources economist economists trader traders dealer dealers lawyer lawyers
  diplomat diplomats expert experts executive executives manager managers leader leaders governor secretary
  senator ambassador officer officers representative representatives witness witnesses resident residents
  critic critics observer observers banker bankers negotiator negotiators prosecutor prosecutors judge head
  author researcher researchers scientist scientists professor adviser advisers advisor advisors aide aides
  member members counsel associate strategist strategists consultant consultants broker brokers delegate delegates
  farmer farmers worker workers activist activists candidate candidates commentator commentators staffer
  staffers envoy envoys doctor doctors nurse nurses teacher teachers striker defender midfielder goalkeeper coach
  patient patients student students pupil soldier victim survivor widow widower voter voters owner founder
  actress campaigner campaigners volunteer investor investors lawmaker lawmakers legislator legislators
  forecaster forecasters novelist presenter councillor councillors councilor councilors coroner paramedic
  paramedics villager villagers surgeon host anchor moderator narrator correspondent co-author`.split(/\s+/),
  // (Not the nouns that are surnames as often: "singer" Brian Singer, "driver", "player", "pilot", "writer".
  // A field's "-ologist" or "-ician" needs no entry: see SCIENCE_ROLE.)
  // (Round 13 tried more everyday roles, engineer, architect, historian, passenger, commuter, protester,
  // tenant, firefighter …: two held-out sets' floors each lost a speaker to them, so they stay out.)
);
/**
 * Ranks a story's one person holds, written as a title before the name: "the prince, who is here on an
 * official visit, replied" is the "Crown Prince Abdullah bin Abdul Aziz" named before (when only one).
 */
export const RANK_NOUNS = new Set('prince princess king queen emir sultan sheikh mayor chancellor premier'.split(' '));
for (const rank of RANK_NOUNS) PERSON_NOUNS.add(rank);

/** Whether a word names a person by role or title ("president", "spokeswoman", "envoy"). */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return isPersonNoun(lower) || TITLES.has(lower);
}

/** A scientist or practitioner named by the suffix of the field ("Hydrologist Radka Veselá", "the statistician"). */
const SCIENCE_ROLE = /^\p{L}{3,}(?:ologist|ician)s?$/u;

/** Whether a lower-case word names a person by role: one of `PERSON_NOUNS`, or a field's "-ologist" or "-ician". */
function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || SCIENCE_ROLE.test(word);
}

/** Words naming a government office after a title ("Minister for Foreign Affairs", "Chancellor of the Exchequer"). */
const OFFICE_WORDS = new Set(
  `state foreign affairs home interior justice finance defence defense health education trade industry agriculture
  economy energy transport labour labor commerce treasury exchequer currency environment development culture
  communications security`.split(/\s+/),
);

/**
 * A word of an office's name: a known one ("Transport", "Foreign Affairs"), or an abstract noun by its
 * ending ("Trade Negotiations", "Economic Development", "International Relations"), which no name has.
 */
function isOfficeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return OFFICE_WORDS.has(lower) || /\p{L}{3}(?:tions?|ments?|ness|ities|ity|ances?|ences?|ism|ics)$/u.test(lower);
}

/**
 * Words that close an organisation's name after "and" once it has gone on across "of" or "for"
 * ("Organisation for Economic Cooperation and Development", "Department of Health and Human Services").
 */
const OFFICE_AFTER_AND = new Set([...OFFICE_WORDS, ...'cooperation co-operation reconstruction services human technology planning welfare fisheries food forestry resources research net zero rural communities innovation sport skills housing infrastructure'.split(' ')]);

/** Roles written before a name as titles ("Lawyer David Steel", "Analyst Sanford Margoshes", "General Manager"). */
const ROLE_TITLES = new Set([...PERSON_NOUNS].filter((w) => !/s$/.test(w) || /ss$/.test(w)));

/** Nouns a report uses for a company named before ("the company said"). */
export const COMPANY_NOUNS = new Set('company firm group carrier maker producer airline insurer retailer utility corporation concern unit subsidiary bank lender'.split(' '));

/** The endings of a company's name ("Texaco Inc", "Nordhaven Holdings"). */
export const COMPANY_NAME = /\b(?:inc|corp|corporation|co|ltd|llc|plc|ag|sa|nv|spa|gmbh|group|holdings|company|bank|industries|airlines|motors)\.?$/i;

/** Words in an organisation's name: a capitalised run holding one is not a person. */
const ORG_WORDS = new Set(
  `inc corp corporation co ltd llc plc ag sa nv group holdings bank commission ministry union association party
  council committee agency authority office department government institute university fund board bureau
  federation organisation organization company companies partners capital research securities investments
  industries systems technologies energy airlines motors trust exchange news times post reuters press
  proposals court parliament assembly senate congress police army navy forces service services center centre
  foundation society club church league alliance nations states republic kingdom democrats republicans greens
  conservatives socialists liberals dredging shipping agreement treaty accord act convention pact protocol
  programme program initiative house market markets lines airways airline airlines petroleum oil chemical
  chemicals mining electric electronics pharmaceuticals foods stores telecom communications resources
  financial insurance enterprises ventures laboratories labs products brands media publishing broadcasting
  radio television newspaper magazine journal daily tribune herald gazette agency exchange brothers
  administration secretariat directorate inspectorate tribunal embassy consulate coalition network institution
  hospital college academy wines winery vineyards brewery breweries distillery farms estates hotels chamber
  hardware pharmacy bakery store shop garage cafe café restaurant pub inn salon studio studios gallery theatre
  cinema`.split(/\s+/),
);

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Who a phrase names: a person, an organisation or document ("thing"), or a group of people. */
export type MentionKind = 'person' | 'thing' | 'group';

/** A speaker phrase read out of text: a name, a pronoun or a description, as printed. */
export interface SpeakerPhrase {
  /** As printed ("Ms Novak", "it", "a spokeswoman for the authority"). */
  text: string;
  form: 'name' | 'pronoun' | 'description';
  kind: MentionKind;
  gender?: 'm' | 'f';
  /** For a name: the name without titles ("Jana Novak", "Novak"); for a description: its head noun. */
  core: string;
}

// (A lone "&" is a word of its own: "Pacific Gas & Electric" is one name across it, as across "and".)
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*|&(?=\s)/gu;

/**
 * Rule "a capitalised word's full stop ends a sentence": "… according to energy regulator URE. Northern
 * Power Group said" holds two names, not "URE. Northern Power Group"; "… for housing, Petr Sochor.
 * Questions from journalists" is Petr Sochor. Initials ("U.S.", "P."), generational suffixes ("Jr.") and
 * abbreviations ("Ald.", "Corp.", "St.") do not end a name.
 */
export function endsSentenceAt(word: string): boolean {
  const m = /^(\p{Lu}[\p{L}\p{N}'\u2019-]+)\.$/u.exec(word);
  return !!m && !ABBREVIATED_WORDS.has((m[1] as string).toLowerCase()) && !TITLES.has((m[1] as string).toLowerCase());
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

/** A title or a role written before a name ("Minister", "Ms", "Lawyer", "Vice-President"). */
function isTitle(word: string): boolean {
  // ("Hon. Raymond Chu": the honorific of a minister or judge, abbreviated; "Hon" alone may be a given name.)
  if (HONORIFIC.test(word)) return true;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return TITLES.has(lower) || ROLE_TITLES.has(lower) || (SCIENCE_ROLE.test(lower) && !lower.endsWith('s')) || lower.split('-').some((part) => TITLES.has(part));
}

/** Nationality adjectives: "the Greek statement" is Greece's, but "Greek" names no one a reader can be told. */
export const NATIONALITIES = new Set(
  `American British French German Greek Turkish Japanese Chinese Soviet Russian Italian Spanish Dutch Swiss Swedish Canadian Mexican
  Brazilian Argentine Argentinian Australian Indian Iranian Iraqi Israeli Saudi Kuwaiti Egyptian Korean Taiwanese Polish Czech Belgian
  Austrian Danish Norwegian Finnish Irish Portuguese Nigerian Indonesian Malaysian Philippine Filipino Thai Venezuelan Colombian Chilean
  Peruvian Ecuadorean Ecuadorian Pakistani European Arab Arabian Cypriot Yugoslav Hungarian Romanian Bulgarian African Asian Lebanese
  Syrian Jordanian Libyan Algerian Moroccan Tunisian Kenyan Zambian Zimbabwean Vietnamese Cuban Bolivian Uruguayan Paraguayan Scottish
  Welsh English Luxembourg Icelandic Nicaraguan Panamanian Jamaican Singaporean Bangladeshi Afghan Emirati Qatari Omani Yemeni Sudanese
  Ethiopian Ghanaian Ugandan Tanzanian Angolan Mozambican Chadian Senegalese Western Eastern Communist Socialist`.split(/\s+/),
);

/** Nouns for what an organisation is, written before its name ("shipping group Kattegat Line", "carmaker Moravan Auto"). */
// (Industries' makers by name: "lawmaker" and "policymaker" are people.)
const ORGANISATION_KINDS = new Set([
  ...COMPANY_NOUNS,
  ...'manufacturer operator developer giant conglomerate supplier distributor regulator watchdog charity broadcaster publisher chain startup start-up carmaker automaker chipmaker drugmaker steelmaker planemaker truckmaker utility utilities lender insurer retailer miner airline'.split(' '),
]);

/** Whether the word before a name says the name is an organisation's ("software maker Lumiq Systems", not "banker John Smith"). */
function isKindOfOrganisation(word: string | undefined): boolean {
  return word !== undefined && ORGANISATION_KINDS.has(word);
}

/** Whether a capitalised word can be part of a name. */
function nameWord(word: string): boolean {
  // "in the U.S. Silas said": a country's initials end a sentence as often as they begin a name.
  if (/^(?:U\.S|U\.K|U\.N|E\.C|E\.U)\.?$/.test(word)) return false;
  // "al-Saqr", "el-Baz", "bin-Laden": a lower-case particle joined to a capitalised name.
  if (/^(?:al|el|bin|ben|de|da|di|du|van|von|der|den|le|la|del|ul|ibn|abu)-\p{Lu}/u.test(word)) return true;
  return isCapitalised(word) && !NOT_NAMES.has(word.toLowerCase()) && !PLACE_ADJECTIVE.test(word) && !FIRST_PERSON_CONTRACTION.test(word) && !POST_NOMINALS.has(word);
}

/** "I'm", "I’ve", "I'll", "I'd": a speaker saying who they are ("I'm Maya Ortiz"), never part of the name. */
const FIRST_PERSON_CONTRACTION = /^I['\u2019](?:m|ve|ll|d)$/;

/** Letters after a name for a rank, an honour or a seat ("Rebecca Thorne KC", "Niamh Reilly BL", "Sir John Major KG", "Kate Brown TD"): not part of the name. */
const POST_NOMINALS = new Set('KC QC SC BL OBE CBE MBE DBE KBE KG MP TD MLA MSP MEP'.split(' '));

/** "Munich-based", "Kremlin-backed", "Saudi-led": a capitalised place or body made an adjective; it describes, it names nobody. */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|born|owned|run|led|listed|registered|funded|backed|controlled|headquartered|made)$/u;

/** Words opening a description of a person, never a name ("Former", "Ex-", "Acting", "Outgoing", "Retired"). */
const DESCRIPTION_OPENERS = new Set('former ex acting outgoing incoming retired'.split(' '));

/** Lower-case particles inside a name ("Paul de Keersmaeker", "Rein van der Does"). */
// ("Ferrer i Puig", "Ortega y Gasset": the Catalan and Spanish "and" joining two surnames.)
const PARTICLE = /^(?:de|van|von|der|den|al|bin|da|di|le|la|del|du|i|y)$/;

/** Nouns for a firm written before its name ("auditors Deloitte Haskins and Sells", "law firm Cravath, Swaine"). */
const FIRM_NOUNS = new Set('auditor auditors accountant accountants firm brokerage consultants consultancy'.split(' '));

export const PREPOSITIONS = new Set('of at for from in with by to on about into over under between among against near outside inside across along around towards toward beyond off'.split(' '));

/**
 * Rank words that are surnames as often ("Constable", "Major", "Marshal"): a title only right after another
 * title ("Detective Constable Sam Ortiz", "Deputy Chief Constable Rachel Hammond", "Field Marshal" is not one,
 * "John Major" keeps his name).
 */
/**
 * A capitalised word made a modifier with a hyphen and a participle: "Groningen-based", "French-speaking",
 * "state-owned" (by the participle: "Pei-yuan Chia" is a given name printed with a hyphen).
 */
export const HYPHENED_MODIFIER = /^\p{Lu}\p{L}*-(?:based|speaking|born|owned|run|led|backed|registered|listed|made|funded|controlled|headquartered|affiliated|bred|raised|educated|trained)$/u;

/** Titles that are also common surnames: "Scott King", "Mervyn King", "Alexander Pope", "Rosie Bishop". */
const SURNAME_TITLES = new Set('king pope bishop'.split(' '));

/**
 * Rule "a title after a given name is a surname" (round 16): "industry consultant Scott King" is Scott King,
 * not a king; "Saudi King", "Transport Minister", "Anglican Bishop"-like words before a title say what it is.
 */
function surnameNotTitle(words: string[], at: number, wordBefore = words[at - 2]): boolean {
  const word = words[at] ?? '';
  const given = words[at - 1] ?? '';
  // ("the Saudi King said", "the Burger King chain": after an article, the title's owner or a brand.)
  return at > 0 && !/^(?:the|a|an|its|his|her|their)$/i.test(wordBefore ?? '') && SURNAME_TITLES.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}+$/u.test(given) && !isTitle(given) && !isOfficeWord(given) && !ORG_WORDS.has(given.toLowerCase()) && !DEMONYMS.has(given.toLowerCase()) && !NOT_NAMES.has(given.toLowerCase()) && !/^(?:Crown|Grand|Burger)$/.test(given);
}

/** "Hon." and "the Honourable", the honorific of ministers, judges and members in Commonwealth records. */
const HONORIFIC = /^(?:Hon\.|Honou?rable)$/;

const TITLES_AFTER_TITLE = new Set('constable major marshal bishop'.split(' '));

/** Words naming a body set up for an aim written after "to" ("Committee to Protect Journalists"). */
const AIM_ORGANISATION_WORDS = new Set('committee campaign coalition alliance movement league foundation fund council commission association society trust union'.split(' '));

/** Party labels written before a politician's name as a title ("fellow Democrat William Proxmire"). */
const PARTY_LABELS = new Set('democrat democrats republican republicans conservative socialist liberal tory'.split(' '));

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

/** An initial as printed ("P.", "J.F."). */
const INITIAL = /^(?:\p{Lu}\.)+$/u;

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

/**
 * Rule "a ministry's name may list its offices" (round 16): after an organisation's name gone on across "of"
 * or "for", ", Transport and Infrastructure" — capitalised items set off by commas, the last after "and",
 * each holding an office's word — is the rest of the name. The token index where the name ends (`j` when
 * no such list follows): "the Bank of England, Barclays and Lloyds" lists no offices. The words before the
 * list's commas get them back (`tokens` is changed), so that the name reads as printed.
 */
function officeListEnd(tokens: string[], j: number, gapAfter: (j: number) => string): number {
  const officeItem = (from: number, to: number) => tokens.slice(from, to + 1).some((w) => isOfficeWord(w) || OFFICE_AFTER_AND.has(w.toLowerCase()));
  let at = j;
  while (/^,\s+$/.test(gapAfter(at)) && nameWord(tokens[at + 1] ?? '')) {
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
 * Development Rocío Benítez", where the title and its "for" lie before the words a mention is read with. The
 * run ends in a full personal name right after an office word, and holds no organisation's word.
 */
function officeListEndsBeforeName(run: string[]): boolean {
  return run.length >= 3 && isOfficeWord(run[run.length - 3] as string) && !run.some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitle(w)) && run.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
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
  return !run.some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitle(w)) && run.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * The last name in a piece of text: a run of capitalised words not following a preposition, with the
 * titles in front of it kept apart ("Transport Minister Jana Novak" → name "Jana Novak").
 */
export function lastName(segment: string, subjectOnly = true): SpeakerPhrase | undefined {
  // Initials keep their dots ("P.S. Tam"), and so do a generational suffix as printed ("Fred Lyons Jr.") and
  // the honorific "Hon." (a title only with its dot); other words lose the punctuation after them.
  const matches = [...segment.matchAll(TOKEN)];
  const tokens = matches.map((m) => (/^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Hon)\.$/u.test(m[0]) ? m[0] : m[0].replace(/[.,]$/, '')));
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
  const isNameAt = (k: number) => nameWord(tokens[k] as string) || surnameHe(k);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameAt(i)) continue;
    // "Said David Gluskin, …": a reporting verb opening an inverted attribution is not the name's first word.
    if (isReportingVerb(tokens[i] as string) && nameWord(tokens[i + 1] ?? '') && (i === 0 || /[.!?:;"\u201C\u201D]\s*$/.test(gapBefore(i)))) continue;
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
        return (ORG_WORDS.has(possessor) && ORG_WORDS.has(next.toLowerCase())) || (next === 'Office' && (TITLES.has(possessor) || isPersonNoun(possessor)));
      };
      while (end + 1 < tokens.length && !/\S/.test(gapAfter(end)) && !endsSentenceAt((matches[end] as RegExpMatchArray)[0]) && (!/['\u2019]s$/.test(tokens[end] as string) || possessiveGoesOn(end)) && (isNameAt(end + 1) || (PARTICLE.test(tokens[end + 1] as string) && (nameWord(tokens[end + 2] ?? '') || (PARTICLE.test(tokens[end + 2] ?? '') && nameWord(tokens[end + 3] ?? '')))))) end += PARTICLE.test(tokens[end + 1] as string) && PARTICLE.test(tokens[end + 2] ?? '') ? 2 : 1;
      return end;
    };
    j = extend(i);
    // "LL and E Royalty Trust", "Procter and Gamble Co": one organisation's name across "and".
    let acrossPreposition = false;
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
      const end = extend(theGoesOn(j) ? j + 3 : j + 2);
      // "Kansas City Board of Trade", "Bank of Japan", "Institute for World Economy": an organisation's name
      // goes on across "of" and "for".
      const org = (from: number, to: number) => tokens.slice(from, to + 1).some((w) => ORG_WORDS.has(w.toLowerCase()));
      // "Organisation for Economic Cooperation and Development": an office's name once it went on across
      // "of" or "for" goes on across "and" with office words ("Bank of England and Smith" does not).
      const officeAfterAnd = acrossPreposition && tokens.slice(j + 2, end + 1).every((w) => OFFICE_AFTER_AND.has(w.toLowerCase()));
      // "… of the Organisation for Economic Cooperation and Development Jean-Claude Paye": the office's name
      // ends with its office words; the full name after them is a person's.
      const officeWords = acrossPreposition && tokens[j + 1] === 'and' ? tokens.slice(j + 2, end + 1).findIndex((w) => !OFFICE_AFTER_AND.has(w.toLowerCase())) : -1;
      if (officeWords > 0 && end - (j + 2 + officeWords) + 1 >= 2 && tokens.slice(j + 2 + officeWords, end + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
        j = j + 1 + officeWords;
        break;
      }
      const preposition = /^(?:of|for|to)$/.test(tokens[j + 1] as string);
      // ("the U.S. Attorney's Office for the District of Massachusetts": a place reached by "for the" goes on with "of".)
      const placeOfPlace = afterThe && tokens[j + 1] === 'of';
      if (preposition ? !ORG_WORDS.has((tokens[j] as string).toLowerCase()) && !AIM_ORGANISATION_WORDS.has((tokens[j] as string).toLowerCase()) && !placeOfPlace : !org(j + 2, end) && !officeAfterAnd) break;
      if (preposition) acrossPreposition = true;
      afterThe = theGoesOn(j);
      j = end;
    }
    // "Ministry of the Sea, Transport and Infrastructure", "Department for Environment, Food and Rural Affairs".
    if (acrossPreposition) j = officeListEnd(tokens, j, gapAfter);
    // "auditors Deloitte Haskins and Sells", "Smith and Jones said": names joined by "and" that make no
    // organisation's name above are one firm when a firm's noun stands before them, else two speakers — in
    // a subject, neither alone is who speaks.
    let firm = false;
    // ("Trade and Industry Secretary Jose Concepcion": an office and a title, then one person.)
    const conjoined = /^(?:and|&)$/i.test(tokens[j + 1] ?? '') && nameWord(tokens[j + 2] ?? '') && !/\S/.test(gapAfter(j)) && !/\S/.test(gapAfter(j + 1));
    if (conjoined && !OFFICE_WORDS.has((tokens[j] as string).toLowerCase()) && !tokens.slice(i, extend(j + 2) + 1).some((w) => isTitle(w))) {
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
    while (i < j && HYPHENED_MODIFIER.test(tokens[i] as string)) i++;
    const run = tokens.slice(i, j + 1);
    // Rule "a nationality before a noun is an adjective" (round 16): "South African state utility Eskom",
    // "the Greek government" — no person's name.
    if (run.some((w) => NATIONALITIES.has(w)) && run.every((w) => NATIONALITIES.has(w) || /^(?:South|North|East|West|New)$/.test(w)) && /^\p{Ll}/u.test(tokens[j + 1] ?? '') && !/\S/.test(gapAfter(j))) continue;
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
    // Michael Samuels": a title, its office, a name.
    // ("an aide to Agriculture Secretary Richard Lyng" is the aide: "to" and "for" follow titles only.)
    // ("Senior Minister of State for Transport Lim Siew Ling": a title's office may itself be "of" an office.)
    const officeOfTitle = (at: number) => OFFICE_WORDS.has((tokens[at] ?? '').toLowerCase()) && /^(?:of|for)$/.test(tokens[at - 1] ?? '') && isTitle(tokens[at - 2] ?? '');
    const titleBefore = (at: number, preposition: string) => (preposition === 'of' ? isTitle(tokens[at] ?? '') : TITLES.has((tokens[at] ?? '').toLowerCase()) || officeOfTitle(at));
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
    for (let t = 0; t < run.length; t++) {
      const lower = (run[t] as string).toLowerCase().replace(/\.$/, '');
      if ((isTitle(run[t] as string) && !(t === run.length - 1 && surnameNotTitle(run, t, t === 1 ? before : run[t - 2]))) || (t === k && t > 0 && TITLES_AFTER_TITLE.has(lower))) {
        k = t + 1;
        gender = TITLE_GENDER[lower] ?? gender;
      }
    }
    k = pastPartyLabel(run, k);
    // A gendered title right before the name ("spokeswoman Ilze Berzina"; not "a spokeswoman for Smith Barney").
    gender = TITLE_GENDER[before ?? ''] ?? gender;
    // "Secretary of State George Shultz", "Minister for Foreign Affairs Jan Novak": the office is not the name.
    if (k === 0 && titledOf) {
      k = 1;
      while (k < run.length - 2 && isOfficeWord(run[k] as string)) k++;
    }
    // (Past office words only, the rest is the name, however many words: "Transport Lim Siew Ling". Past a word
    // no office is known to have, the name is its last words: "Social Care Wes Streeting".)
    if (titledOf && !(k > 0 && isOfficeWord(run[k - 1] as string))) k = Math.max(k, personalNameStart(run, k));
    if (k === 0 && officeEndBeforeName(run, before, beforeThe)) k = personalNameStart(run, 1);
    // "Former Townsend Thoresen navigating officer Clive Langley": a run opening with a word that dates or
    // qualifies a role, no title after it, is the modifier of a description (the company he worked for),
    // not a name of its own ("Former President Jimmy Carter" keeps his title and name).
    if (k === 0 && !titledOf && DESCRIPTION_OPENERS.has((run[0] as string).toLowerCase())) continue;
    let name = run.slice(k);
    if (name.length === 0) continue;
    // "Novak's plan" mentions Novak.
    const possessive = !subjectOnly && /['\u2019]s$/.test(run[run.length - 1] as string);
    if (possessive) name = [...name.slice(0, -1), (name[name.length - 1] as string).replace(/['\u2019]s$/, '')];
    // "Rio de Janeiro Coffee Trade Association Carlos Calmon": an organisation, then a person's full name.
    // ("… and Development Jean-Claude Paye": the end of an office's name after "and", then a person.)
    const lastOrg = name.findLastIndex((w, at) => ORG_WORDS.has(w.toLowerCase()) || (at === 0 && before === 'and' && OFFICE_AFTER_AND.has(w.toLowerCase())));
    const personal = (w: string) => /^\p{Lu}(?:\p{Ll}|\.)/u.test(w);
    if (lastOrg >= 0 && name.length - lastOrg - 1 >= 2 && name.slice(lastOrg + 1).every(personal)) {
      name = name.slice(lastOrg + 1);
      k = run.length - name.length;
    }
    const isOrg = firm || ticker || name.some((w) => ORG_WORDS.has(w.toLowerCase())) || (k === 0 && !titledOf && beforeThe === undefined && before === 'the') || (k === 0 && isKindOfOrganisation(before));
    const text = possessive ? [...run.slice(0, -1), (run[run.length - 1] as string).replace(/['\u2019]s$/, '')].join(' ') : run.join(' ');
    best = { text, form: 'name', kind: isOrg ? 'thing' : 'person', gender, core: name.join(' ') };
    if (!isOrg) bestPerson = best;
  }
  // Who speaks is the person a phrase names, not the company after them ("director Paolo Azzoni at Milan
  // investment bank <ABK Spa>").
  return subjectOnly ? (bestPerson ?? best) : best;
}

/** How far back from its noun a description of a person reaches for its determiner, in words ("One life insurance company fund manager"). */
const PERSON_DESCRIPTION_MODIFIERS = 6;
/** The same for a description of an organisation or a document, whose capitalised modifiers may name its issuer. */
const THING_DESCRIPTION_MODIFIERS = 4;

/** A description at the end of a piece of text ("the ministry", "a spokeswoman for the authority", "officials"). */
function description(segment: string, headFirst: boolean): SpeakerPhrase | undefined {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  // The head noun: the first person or thing noun (after a verb: "said a spokeswoman for the authority").
  // (A person's possessions are other people, not the person: "the losing candidate’s supporters" are not the
  // candidate. A body speaks through what it owns: "the Commission's annual package" is the Commission.)
  const personPossessor = (w: string, i: number) => isPersonNoun(w) && i < words.length - 1 && /['’]s$/.test(words[i] as string);
  // ("the 42-year-old said": an age alone stands for a person, the one the story gives that age.)
  const age = (i: number) => i === words.length - 1 && AGE.test((words[i] as string).replace(/[,.;:]+$/, ''));
  const heads = words
    .map((w, i) => ({ w: age(i) ? w.replace(/[,.;:]+$/, '') : w.toLowerCase().replace(/[^\p{L}'’-]/gu, '').replace(/['’]s$/, ''), i }))
    .filter(({ w, i }) => ((isPersonNoun(w) || THING_NOUNS.has(w)) && !personPossessor(w, i) && !surnameNotTitle(words, i)) || age(i) || (DEMONYMS.has(w) && /^the$/i.test(words[i - 1] ?? '')));
  const head = headFirst ? heads[0] : heads[heads.length - 1];
  if (!head) return undefined;
  const determiner = /^(?:the|a|an|its|their|his|her|our|one|another|two|three|several|some|many)$/i;
  let from = head.i;
  // Rule "a description does not reach back across a comma": "In a statement, Russia's foreign ministry
  // said" is the ministry; the opening phrase's noun and article are not part of it.
  // (A person's description back over up to `PERSON_DESCRIPTION_MODIFIERS` words: "One life insurance company fund
  // manager", "a Nikko Securities house bond manager". A thing's over three: "A brief Iranian news agency IRNA
  // report" is IRNA's report.)
  const reach = THING_NOUNS.has(head.w) ? THING_DESCRIPTION_MODIFIERS : PERSON_DESCRIPTION_MODIFIERS;
  while (from > 0 && from > head.i - reach && !determiner.test(words[from] as string) && !/,$/.test(words[from - 1] as string)) from--;
  const afterComma = from > 0 && from < head.i && /,$/.test(words[from - 1] as string);
  if (!determiner.test(words[from] as string) && !afterComma) {
    // No determiner: the noun with the capitalised words right before it ("U.S. officials", "Czech officials").
    from = head.i;
    while (from > 0 && isCapitalised(words[from - 1] as string) && !NOT_NAMES.has((words[from - 1] as string).toLowerCase())) from--;
    // ("Russia’s defence ministry", "Britain's foreign office": a country's or body's possessive before the
    // noun and its modifiers is part of the description.)
    const owner = /^(\p{Lu}[\p{L}.-]*['’]s)$/u;
    let k = from;
    while (k > 0 && k > head.i - 3 && /^\p{Ll}[\p{L}-]*$/u.test(words[k - 1] as string)) k--;
    if (k > 0 && owner.test(words[k - 1] as string) && !NOT_NAMES.has((words[k - 1] as string).toLowerCase().replace(/['’]s$/, ''))) from = k - 1;
  }
  // ("a statement from Novak said", "a letter by the Federation said": the one it comes from goes with it,
  // for the issuer to be read from it.)
  const fromWhom = THING_NOUNS.has(head.w) && /^(?:from|by)$/.test(words[head.i + 1] ?? '') && words.length > head.i + 2 && words.slice(head.i + 2).every((w, k) => isCapitalised(w) || (k === 0 && /^the$/i.test(w)));
  const to = headFirst || fromWhom ? words.length : head.i + 1;
  const text = words.slice(from, to).join(' ').replace(/[,.;:]+$/, '');
  const plural = /s$/.test(head.w) && !/ss$/.test(head.w) && isPersonNoun(head.w);
  return { text, form: 'description', kind: THING_NOUNS.has(head.w) ? 'thing' : plural ? 'group' : 'person', core: head.w };
}

/**
 * Nouns for a person by nationality, standing for someone named earlier ("the Frenchman", "the Spaniard",
 * "the Scot"): descriptions, never names.
 */
export const DEMONYMS = new Set(
  `frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman
  dutchwoman spaniard scot briton dane swede finn pole norwegian german italian american australian brazilian
  argentine argentinian belgian croat serb austrian canadian kenyan nigerian ghanaian mexican colombian chilean
  uruguayan portuguese japanese chinese korean indian russian ukrainian georgian czech slovak hungarian romanian
  bulgarian greek turk egyptian moroccan senegalese cameroonian ivorian south-african new-zealander`.split(/\s+/),
);

/**
 * Words at most in the subject right before a verb that attributes or issues something: after a quotation
 * ("“…,” Finance Minister Tomas Lind told"), after an opening phrase ("In its outlook, the department
 * said"), before an issuing verb ("The Bahrain Monetary Agency has issued a circular"). Longer, and the
 * words are more often a clause of their own than a speaker's name or title.
 */
export const MAX_WORDS_SUBJECT_TO_VERB = 6;

/** An age written as a description's word: "42-year-old". */
const AGE = /^(\d{1,3})-year-old$/;

/** A pronoun as a speaker phrase. */
export function pronoun(word: string): SpeakerPhrase | undefined {
  const lower = word.toLowerCase();
  if (!PRONOUNS.has(lower)) return undefined;
  const kind: MentionKind = lower === 'it' ? 'thing' : lower === 'they' || lower === 'we' ? 'group' : 'person';
  return { text: word, form: 'pronoun', kind, gender: lower === 'he' ? 'm' : lower === 'she' ? 'f' : undefined, core: lower };
}

/** Whether a phrase ends in a lower-case role or organisation noun ("the Conservative group leader", "U.S. officials"). */
function endsInRole(phrase: string): boolean {
  const last = /(\S+)\s*$/.exec(phrase)?.[1] ?? '';
  const word = last.replace(/[^\p{L}'’-]/gu, '').toLowerCase();
  return /^[\p{Ll}]/u.test(last) && (isPersonNoun(word) || THING_NOUNS.has(word));
}

/**
 * The subject of a reporting verb: the words right before it, back to the start of the clause.
 * "Their leader, Viktor Ozols," → Viktor Ozols; "Andris Kalnins, chief executive of X," → Andris Kalnins;
 * "In a speech last week she" → she; "The document" → the document.
 */
export function subjectBefore(clause: string): SpeakerPhrase | undefined {
  // "Rep. Martin Frost (D-Tex.)": a bracket says more about the subject; it is not the subject.
  clause = clause.replace(/\s*\([^)]*\)\.?/g, '');
  // "the program, which Shultz said is designed": a relative clause's own subject right before the verb.
  const relativeSubject = /\s(?:which|that)\s+((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*|he|she|they)\s*$/u.exec(clause)?.[1];
  if (relativeSubject) return pronoun(relativeSubject) ?? lastName(relativeSubject);
  // "…, according to Bundesbank President Klaus Hartwig, who told a conference": "who" is the verb's
  // subject, and it stands for the name set off right before it.
  const relativeWho = /(?:^|,|\baccording to|\bby)\s*([^,]+?),\s+who\s*$/iu.exec(clause)?.[1];
  const whoseName = relativeWho ? nameOnly(relativeWho.replace(/^(?:according to|by)\s+/i, '')) : undefined;
  if (whoseName) return whoseName;
  // ("A Tokyo-based currency trader at a Japanese bank, who asked not to be named because he was not
  // authorised to speak, told": a relative clause set off by commas says more about the subject.)
  // (After a name and its appositive, "Siân Griffiths, the former MP for Rhondda, who sat beside her, said",
  // the appositive's comma stays: "X, Y, said".)
  clause = clause.replace(/([^,\s]),\s+who\s[^,\u00A4]*,\s*$/u, (_, last: string, at: number) => (clause.slice(0, at).includes(',') ? `${last}, ` : `${last} `));
  // "One USDA official who took part in the talks": so does one without them.
  clause = clause.replace(/\s+(?:who|which)\s[^,]*(,?\s*)$/i, '$1');
  let words = clause.trim();
  // Whether the subject ends with a comma ("X, Y, said", "X, Y, also said"): appositives.
  let commaEnd = /,\s*$/.test(words);
  words = words.replace(/[,\s]+$/, '');
  // Words between the subject and the verb: "Novak later said", "he has said".
  for (;;) {
    const m = /(?:^|\s)(\S+)$/.exec(words);
    if (!m || !BETWEEN_SUBJECT_AND_VERB.test(m[1] as string) || PRONOUNS.has((m[1] as string).toLowerCase())) break;
    words = words.slice(0, m.index).trimEnd();
    commaEnd = /,\s*$/.test(words);
    words = words.replace(/[,\s]+$/, '');
  }
  if (!words) return undefined;
  // "the team led by Dr. Howard Ory found": a team's findings are its leader's words, when the story names him.
  const ledBy = /(?:^|\s)(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}]+\s+(?:led|headed|directed|chaired)\s+by\s+([^,]+)$/u.exec(words);
  const leader = !commaEnd && ledBy ? lastName(ledBy[1] as string) : undefined;
  if (leader?.kind === 'person' && leader.core.includes(' ')) return leader;
  const last = /(\S+)$/.exec(words)?.[1] ?? '';
  const asPronoun = pronoun(last.replace(/[,.]$/, ''));
  if (asPronoun) return asPronoun;
  // "U.S. officials", "the ministry": a noun at the end is the subject, whatever names modify it.
  const lastWord = last.replace(/[^\p{L}'’-]/gu, '').toLowerCase();
  // (Not across a comma: "Tony Norton, speaking before the debt agreement, said" is Norton.)
  // "a spokesman for the agency": the spokesman, whom the agency's name only qualifies.
  const spokesFor = /(?:^|\s)((?:a|an|the|one|another)\s+(?:\S+\s+){0,3}?(\S+)\s+(?:of|for|at|with|from|in|to)\s.*)$/i.exec(words);
  if (!commaEnd && spokesFor && isPersonNoun((spokesFor[2] as string).toLowerCase()) && !/,/.test(spokesFor[1] as string)) return { ...(description(spokesFor[1] as string, true) as SpeakerPhrase), text: spokesFor[1] as string };
  // ("In a note to clients, analysts at ING said": people of a named firm, no article before them.)
  const ofFirm = /(?:^|,\s*)(\p{L}+\s+(?:at|of|from)\s+\p{Lu}[^,]*)$/u.exec(words);
  const ofFirmHead = ofFirm ? ((ofFirm[1] as string).split(/\s/)[0] ?? '').toLowerCase() : '';
  if (!commaEnd && ofFirm && /s$/.test(ofFirmHead) && isPersonNoun(ofFirmHead)) return { ...(description(ofFirm[1] as string, true) as SpeakerPhrase), text: ofFirm[1] as string };
  // ("Terry Hobbs, assistant vice president said", "Bernard Reed, manager of the London options exchange said":
  // a role with no article set after a name is that person's appositive, its closing comma left out.)
  const roleAfterName = /,\s*(\p{Ll}[^,]*)$/u.exec(words);
  if (!commaEnd && roleAfterName && !/^(?:a|an|the|one|another|and|but|or|who|which)\s/.test(roleAfterName[1] as string)) {
    const before = words.slice(0, roleAfterName.index);
    const named = nameOnly(before.slice(before.lastIndexOf(',') + 1));
    if (named && description(roleAfterName[1] as string, true)?.kind === 'person') return named;
  }
  if (!commaEnd && /^[\p{Ll}]/u.test(last) && (isPersonNoun(lastWord) || THING_NOUNS.has(lastWord))) return description(words, false);
  // ("The Ministry of Food, Agriculture and Fisheries said": a name whose offices are listed holds commas of its own.)
  const listedName = !commaEnd && words.includes(',') ? lastName(words) : undefined;
  if (listedName?.kind === 'thing' && listedName.text.includes(',') && words.endsWith(listedName.text)) return listedName;
  const segments = words.split(/,/).map((s) => s.trim()).filter(Boolean);
  if (!commaEnd) {
    // "Asked about the FECs, Tian": the subject is the phrase right before the verb.
    const last = segments[segments.length - 1] ?? '';
    // "the Australian delegation", "the ASA-backed proposals": capitalised words modifying a noun name nobody.
    if (/^(?:the|The|a|A|an|An)\s+(?:\p{Lu}[\p{L}.'&-]*\s+)+\p{Ll}[\p{Ll}-]*$/u.test(last)) return genericDescription(last);
    const named = lastName(last);
    if (named) return named;
    // "Jim Miller, president of NAWG said", "John Kennedy, senior research associate at the Texas Research
    // League said": a name, then its appositive (a role in lower case).
    // ("In testimony today, Tom Cook, director of industry affairs for the National Cattlemens Association said":
    // past an opening phrase, the segment right before the appositive.)
    const apposed = segments.length > 1 ? (nameOnly(segments[0] as string) ?? nameOnly(segments[segments.length - 2] as string)) : undefined;
    if (apposed && /^[\p{Ll}\d]/u.test(last) && !/^(?:and|but|or|then|while|who|which)\b/.test(last)) return apposed;
    // "a spokesman for one of the major Dutch roasters": a role and whom it speaks for.
    const role = /^(?:a|an|the|one|another)\s+(?:\S+\s+){0,3}?(\S+)\s+(?:of|for|at|with|from|in|to)\s/i.exec(last);
    if (role && isPersonNoun((role[1] as string).toLowerCase())) return { ...(description(last, true) as SpeakerPhrase), text: last };
    return description(last, false) ?? apposed ?? genericDescription(last);
  }
  // "X, Y, said": the subject X or its appositive Y, whichever is a name ("Their leader, Viktor Ozols,";
  // "Andris Kalnins, chief executive of Baltic Dredging," — a name after "of" is not the subject).
  // A segment ending in a role ("The Conservative group leader") is a description, whatever names modify it;
  // one opening with a preposition ("in its National Plan for Agrarian Reform") is not the subject.
  // ("Asked to comment, Michael Samuels, …,": an opening phrase of lower-case words is not the subject.)
  let opening = 0;
  while (opening < segments.length - 1 && isOpeningPhrase(segments[opening] as string) && /\s\p{Ll}/u.test(segments[opening] as string)) opening++;
  const holder = holderAfterOffice(segments.slice(opening));
  if (holder) return holder;
  const named = segments.slice(opening).map((s) => (endsInRole(s) || PREPOSITIONS.has(s.split(/\s/)[0]?.toLowerCase() ?? '') ? undefined : lastName(s))).filter((n): n is SpeakerPhrase => !!n);
  // "Lee Hamilton, chairman of…, and Daniel Inouye, chairman of…,": two people speak; name neither.
  if (named.filter((n) => n.kind === 'person').length > 1 && segments.some((s) => /^and\b/.test(s))) return undefined;
  // "A Toshiba executive, who asked not to be named,": the role.
  const role = segments.find(endsInRole);
  return named[0] ?? (role ? description(role, false) : undefined) ?? description(segments[segments.length - 1] ?? '', false);
}

/** An office named in capitalised words and "for" or "of" ("Senior Coroner for Teesside", "Commissioner for Financial Services"). */
const CAPITALISED_OFFICE = /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+)+(?:for|of)\s/u;

/**
 * Rule "an office, then its holder": in "Executive Vice-President for Economic Security and Trade, Marta
 * Kowalczyk, said" the first segment is an office, whose last capitalised words end the office ("Trade"),
 * not a name; the segment that is only a person's full name is who speaks. Only for two segments, the
 * office in capitalised words with "for" or "of", the second a full name and nothing else.
 */
function holderAfterOffice(segments: string[]): SpeakerPhrase | undefined {
  if (segments.length !== 2 || !CAPITALISED_OFFICE.test(segments[0] as string)) return undefined;
  const holder = nameOnly(segments[1] as string);
  return holder?.core.includes(' ') ? holder : undefined;
}

/**
 * Someone or something a report describes with a noun no list holds ("one Austrian railway engineer", "a
 * tenant", "the trust"): a person after "a", "one", "another"; after "the", an organisation or document.
 */
function genericDescription(phrase: string): SpeakerPhrase | undefined {
  const m = /^(?:as\s+)?(a|an|one|another|the)\s+(?:[\p{L}.-]+\s+){0,3}?([\p{Ll}-]+)$/iu.exec(phrase.trim());
  if (!m || /^(?:former|latter|same|other|rest)$/.test(m[2] as string)) return undefined;
  const text = phrase.trim().replace(/^as\s+/i, '');
  const core = misspeltThingNoun(m[2] as string) ?? (m[2] as string);
  return /^the$/i.test(m[1] as string) ? { text, form: 'description', kind: 'thing', core } : { text, form: 'description', kind: 'person', core };
}

/** Shortest word read as a misspelling of a known noun: shorter words are too often other words one letter apart. */
const MIN_MISSPELT_LENGTH = 7;

/**
 * The organisation or document noun a wire typo stands for ("the statememt said" is the statement): one
 * letter changed, added, dropped or two swapped, in a word of seven letters or more.
 */
export function misspeltThingNoun(word: string): string | undefined {
  if (word.length < MIN_MISSPELT_LENGTH || THING_NOUNS.has(word)) return undefined;
  for (const noun of THING_NOUNS) if (oneEditApart(word, noun)) return noun;
  return undefined;
}

/** An opening phrase set off by a comma that is not the subject ("However,", "Asked about the petition,", "In a speech,"). */
export function isOpeningPhrase(segment: string): boolean {
  const first = /^\s*(\S+)/.exec(segment)?.[1] ?? '';
  return NOT_NAMES.has(first.toLowerCase()) || (/^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(first) && !LY_SURNAME.test(first));
}

/**
 * Names that end like an adverb ("Kelly, 45, said", "Daly, the minister, said"): an adverb made of an
 * adjective in "-ll" ends "-ally" or "-fully" ("Finally", "Hopefully"), so "-elly", "-illy", "-olly", "-ully"
 * and "-aly" end a name ("Kelly", "Reilly", "Connolly", "Tully", "Daly", "Healy").
 */
const LY_SURNAME = /(?:[eio]lly|(?<!f)ully|aly)$/u;

/**
 * The subject of a sentence's main clause: its opening noun phrase past any opening phrase ("However, FCA
 * board member Marvin Duncan differed" → Marvin Duncan; "The Exxon chairman also criticized" → the Exxon
 * chairman; "He declined" → he).
 */
export function sentenceSubject(sentence: string): SpeakerPhrase | undefined {
  // ("15:55 Asked about Holubová, she smiled": a live blog entry's time stamp is no word of the sentence.)
  sentence = sentence.replace(LEADING_ENTRY_TIME, '');
  // "He declined to comment, saying": a sentence opening with a pronoun has it as its subject.
  const opener = pronoun(/^\s*([\p{L}]+)/u.exec(sentence)?.[1] ?? '');
  if (opener) return opener;
  let segments = sentence.split(',');
  while (segments.length > 1 && isOpeningPhrase(segments[0] as string)) segments = segments.slice(1);
  const words = segments.join(',').trim().split(/\s+/);
  const asPronoun = pronoun((words[0] ?? '').replace(/[,]$/, ''));
  if (asPronoun) return asPronoun;
  const phrase: string[] = [];
  // "Recommending that…": a sentence opening with a participle has no subject in front.
  if (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(words[0] ?? '')) return undefined;
  for (const w of words) {
    const lower = w.replace(/[^\p{L}'’.-]/gu, '').toLowerCase();
    if (!(isCapitalised(w) || TITLES.has(lower) || isPersonNoun(lower) || THING_NOUNS.has(lower) || /^(?:the|a|an|de|van|von|der|al|bin)$/.test(lower))) break;
    phrase.push(w);
    if (/[,;:]$/.test(w)) break;
  }
  const text = phrase.join(' ').replace(/[,;:]$/, '');
  if (!text) return undefined;
  return endsInRole(text) ? description(text, false) : (lastName(text) ?? description(text, false));
}

/**
 * The subject a sentence opens with ("He thanked …, but added", "Stoltenberg declined …, but said"): its
 * leading pronoun, or its leading run of capitalised words and titles.
 */
export function subjectAtStart(sentence: string): SpeakerPhrase | undefined {
  // "Asked if he had advised China …, Leveque said …, but added": a participle opening a phrase of
  // lower-case words ("Asked if", "Speaking to reporters") is no name; the subject follows the phrase.
  const participle = /^\s*\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}[^,]*,\s*(?=\S)/u.exec(sentence);
  if (participle) return subjectAtStart(sentence.slice(participle[0].length));
  const words = sentence.trim().split(/\s+/);
  const asPronoun = pronoun((words[0] ?? '').replace(/[,]$/, ''));
  if (asPronoun) return asPronoun;
  const lead: string[] = [];
  for (const [i, w] of words.entries()) {
    // ("The Group of 24 developing countries", "Bank of Japan": a name goes on across "of" and its number or capital.)
    const across = /^(?:of|for)$/.test(w) && lead.length > 0 && /^(?:\p{Lu}|\d+$)/u.test(words[i + 1] ?? '');
    const number = /^\d+$/.test(w) && words[i - 1] === 'of';
    if (!(isCapitalised(w) || TITLES.has(w.toLowerCase()) || across || number)) break;
    lead.push(w);
  }
  // ("The DUP’s finance spokeswoman, Gillian Hanna, said … but accused …": a possessive names whose the
  // subject is; the subject is the description and the name set beside it.)
  if (/['’]s$/.test(lead.at(-1) ?? '')) return sentenceSubject(sentence);
  return lead.length > 0 ? lastName(lead.join(' ')) : undefined;
}

/**
 * A person's name standing alone, with titles at most ("Anthony J.F. O'Reilly", "Dr Imran Siddiqui"): a
 * full name or a titled one, never a lone capitalised word (too often a place).
 */
export function nameOnly(segment: string): SpeakerPhrase | undefined {
  // ("But Senator Graciela Peña, who chairs …, said": a conjunction opening the clause is not part of it.)
  const words = segment.trim().replace(/[.,;:]+$/, '').replace(/^(?:But|And|Yet|Still|However,?)\s+/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  if (!words.every((w) => nameWord(w) || /^(?:de|van|von|der|den|al|bin|da|di|le|la|del|du)$/.test(w) || TITLES.has(w.toLowerCase()))) return undefined;
  const phrase = lastName(words.join(' '));
  if (phrase?.kind !== 'person') return undefined;
  return phrase.core.includes(' ') || phrase.text !== phrase.core ? phrase : undefined;
}

/** Whether an appositive describes a person by a noun saying so ("a mother from Thurso", "a staff nurse"). */
export function describesPerson(appositive: string): boolean {
  const head = /^\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b/u.exec(appositive.replace(WHERE_THEY_ARE, ''))?.[1];
  return !!head && (isPersonNoun(head) || head in PERSON_GENDER);
}

/** A single capitalised word as a person's name ("Sergeyev, who works at…"): only where the text says it is a person. */
export function loneName(segment: string): SpeakerPhrase | undefined {
  const word = segment.trim();
  return /^\p{Lu}[\p{L}'’-]+$/u.test(word) && nameWord(word) ? { text: word, form: 'name', kind: 'person', core: word } : undefined;
}

/**
 * The subject a sentence opens with, when it is a person named at its start or in an appositive right
 * after ("The transport company's spokesman, Daniel Sulc, had a short answer…" → Daniel Sulc); a pronoun
 * opening the sentence. Undefined for anything else ("The stakes are high").
 */
export function leadingSubject(sentence: string): SpeakerPhrase | undefined {
  // (Past a live blog entry's time stamp, or a list item's bullet: "- Hildegard Vogt, director general of …: “…”".)
  sentence = sentence.replace(LEADING_ENTRY_TIME, '').replace(/^\s*(?:[-*•–]|\d{1,2}[.)])\s+/u, '');
  // "Her verdict:", "His answer was blunt:", "Novak’s message was clear:": the one a possessive stands for.
  const possessive = /^\s*(His|Her|Their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:\s+(?:was|is|were|are)\s+[\p{Ll}-]+)?\s*:?\s*$/u.exec(sentence);
  if (possessive) return ownerOfPossessive(possessive[1] as string);
  const named = /^\s*((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:\s+(?:was|is|were|are)\s+[\p{Ll}-]+)?\s*:\s*$/u.exec(sentence);
  if (named) return lastName(named[1] as string);
  const atStart = subjectAtStart(sentence);
  if (atStart?.form === 'pronoun' && atStart.kind === 'person') return atStart;
  // A full or titled name, not a lone capitalised word ("Commented another diplomat:").
  if (atStart?.kind === 'person' && (atStart.core.includes(' ') || atStart.text !== atStart.core)) return atStart;
  const [first, second] = sentence.split(',');
  if (second === undefined) return undefined;
  const role = description(first as string, false);
  if (role?.kind === 'person') return nameOnly(second);
  // ("A reader, Jim, has emailed in:", "A reader, Pavel from Jihlava, emails:": a first name set off beside
  // someone described is that person's.)
  return genericDescription(first as string)?.kind === 'person' && sentence.split(',').length > 2 ? loneName(second.replace(WHERE_THEY_ARE, '')) : undefined;
}

/** The pronoun a possessive stands for ("her words" → "she"), or undefined for any other word. */
export function ownerOfPossessive(word: string): SpeakerPhrase | undefined {
  const subject = POSSESSIVE_PRONOUNS[word.toLowerCase()];
  return subject ? pronoun(subject) : undefined;
}
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** Whether a word can only open a sentence ("He", "The", "But"), never continue one as a name. */
export function opensSentence(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** Words that say nothing about which one of a role is meant ("the former minister" is still the minister). */
const PLAIN_MODIFIERS = new Set('the a an this that its their his her our one another former current outgoing incoming new top senior same'.split(' '));

/**
 * The words that tell one holder of a role from another ("the defence minister", "the finance minister"):
 * those before the head noun, lower-cased.
 */
export function modifiersOf(phrase: SpeakerPhrase): string[] {
  const words = phrase.text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const head = words.indexOf(phrase.core);
  // Ages and numbers ("the 44-year-old prime minister") do not tell one holder from another either.
  return (head < 0 ? [] : words.slice(0, head)).filter((w) => w && !PLAIN_MODIFIERS.has(w) && !/\d/.test(w));
}

/**
 * The name a transcript's speaker label stands for ("Novak", "JANA NOVAK", "Example News"), as a phrase;
 * undefined for the interview's bare `Q`/`A`.
 */
export function labelPhrase(label: string): SpeakerPhrase | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length === 1 && /^(?:Q|A)$/.test(label.trim())) return undefined;
  const cased = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
  const phrase = lastName(cased, false);
  if (phrase) return phrase;
  const role = description(cased.toLowerCase(), false);
  return role ? { ...role, text: cased } : { text: cased, form: 'name', kind: 'person', core: cased };
}

/** Abbreviations whose full stop ends no sentence ("Sen. Bennett Johnston", "Mr. Holub", "Texaco Inc."). */
export const ABBREVIATION = String.raw`\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Cmdr|Rev|Hon|Amb|Atty|Supt|Messrs|St|Jr|Sr|No|Inc|Corp|Co|Ltd)`;
/** Words printed with a full stop inside a name: the abbreviations above, and a few more seen before a name or as its end. */
const ABBREVIATED_WORDS = new Set([...'Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt Adm Cmdr Rev Hon Amb Atty Supt Messrs St Jr Sr No Inc Corp Co Ltd'.split(' '), ...'Ald Det Insp Cpl Maj Brig Fr Bros Mt Ft Pres Sens Reps Dept Univ Assn Intl'.split(' ')].map((w) => w.toLowerCase()));
/** A company's abbreviation that does end a sentence: "…at Daiwa Securities Co Ltd. He said…". */
export const COMPANY_STOP = String.raw`(?<=\b(?:Inc|Corp|Co|Ltd))\.(?=\s+(?:He|She|It|They|We|I|The|This|That|But|And|In|A|An)\b)`;
/** Where a phrase after a verb ends: a colon, a dash, a bracket… or a full stop that is not an initial's or an abbreviation's. */
const PHRASE_END = new RegExp(String.raw`[;:!?\u2014\u2013(]|(?<!\b\p{Lu})(?<!${ABBREVIATION})\.(?=\s|$)|${COMPANY_STOP}`, 'u');
const PHRASE_END_OR_COMMA = new RegExp(String.raw`[,;:!?\u2014\u2013(]|(?<!\b\p{Lu})(?<!${ABBREVIATION})\.(?=\s|$)|${COMPANY_STOP}`, 'u');

/** The speaker named right after a verb ("said Andris Kalnins, chief executive…", "said a spokeswoman for the authority"). */
export function subjectAfter(words: string): SpeakerPhrase | undefined {
  // "said the minister, Jana Novak": a role and then the name, the name is who speaks.
  const [head, second] = words.split(',');
  if (second !== undefined) {
    const role = subjectAfterChunk(head as string);
    // Only a name standing alone ("…, Jana Novak"), not one inside a clause ("…, who noted that … China").
    const name = nameOnly(second.split(PHRASE_END)[0] ?? '');
    if ((role?.form === 'description' || describesSomeone(head as string)) && name?.kind === 'person') return name;
  }
  return subjectAfterChunk(words);
}

/**
 * Rule "a description, a comma, a name": "said the trust's chair, Lisa Moorcroft" is Lisa Moorcroft, whatever
 * the role's noun ("chair", "head", "founder") — a phrase of lower-case words opening with an article or a
 * possessive ("the club's owner", "its founder") describes the person the name after the comma gives.
 */
function describesSomeone(phrase: string): boolean {
  return /^\s*(?:the|a|an|its|their|his|her|our)\s+(?:[\p{Ll}\d-]+(?:['\u2019]s)?\s+){0,4}\p{Ll}[\p{Ll}-]*\s*$/u.test(phrase);
}

function subjectAfterChunk(words: string): SpeakerPhrase | undefined {
  // The phrase ends at a comma, a colon… or a full stop that is not an initial's ("P.S. Tam").
  // "said one analyst who attended the Texaco meeting": the source described, not the names in its relative clause.
  const chunk = (words.split(PHRASE_END_OR_COMMA)[0]?.trim() ?? '').replace(/^((?:a|an|one|another|the)\s+(?:[\p{L}.-]+\s+){0,3}?\p{Ll}[\p{L}-]*)\s+(?:who|which|that)\b.*$/iu, '$1');
  if (!chunk) return undefined;
  const first = chunk.split(/\s+/)[0] ?? '';
  const asPronoun = pronoun(first);
  if (asPronoun) return asPronoun;
  // "a U.S. Bank foreign exchange manager", "a spokeswoman for the authority": a role, not a name.
  const beforePreposition = chunk.split(/\s+(?:of|for|at|with|from|in)\s+/)[0] ?? chunk;
  const lastWord = (beforePreposition.split(/\s+/).pop() ?? '').toLowerCase();
  if (/^(?:a|an|the|one|another)\s/i.test(chunk) && (isPersonNoun(lastWord) || THING_NOUNS.has(lastWord))) return { ...(description(beforePreposition, false) as SpeakerPhrase), text: chunk.replace(/[,.;:]+$/, '') };
  // "quoted authoritative Saudi sources as saying": people described, not the country beside the noun.
  if (isPersonNoun(lastWord) && /^\p{Ll}/u.test(beforePreposition.split(/\s+/).pop() ?? '')) {
    const people = description(beforePreposition, false);
    if (people) return { ...people, text: chunk.replace(/[,.;:]+$/, '') };
  }
  // "said one competitor", "said the rector": someone the report describes, whatever the noun.
  const described = genericDescription(beforePreposition);
  if (described) return { ...described, text: chunk.replace(/[,.;:]+$/, '') };
  return lastName(chunk) ?? description(chunk, true);
}

/** Participles that open a sentence before its subject ("Sentencing, Judge Morgan said", "Speaking to reporters, …"). */
const OPENING_PARTICIPLE = /^(?:Sentencing|Speaking|Responding|Replying|Commenting|Writing|Addressing|Referring|Explaining|Announcing|Summing|Concluding|Closing|Opening|Testifying|Giving|Reacting|Welcoming|Defending|Describing|Discussing|Looking|Turning|Adding|Noting|Asked|Questioned|Pressed|Interviewed|Challenged)$/;

/** Offices listed after a ministry's name: ", Transport and Infrastructure", ", Food and Rural Affairs". */
const OFFICE_LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)+\s+and\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*/u;

/** The words after an organisation's name that may go on with it: "for World Economy", "of Japan". */
const ORGANISATION_GOES_ON = /^\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'\u2019.&-]*\s+)*\p{Lu}[\p{L}'\u2019&-]*/u;

/** Runs of capitalised words (across a lone "&"), ending in a generational suffix with its full stop ("Fred Lyons Jr."). */
const CAPITALISED_RUN = /(?:(?:[\p{Lu}][\p{L}'\u2019.&-]*|&)\s+)*(?:(?:Jr|Sr)\.|[\p{Lu}][\p{L}'\u2019&-]*)/gu;

/** The capitalised runs of a text, each cut after a word whose full stop ends a sentence (`endsSentenceAt`). */
function capitalisedRuns(text: string): { 0: string; index: number; afterStop: boolean }[] {
  const runs: { 0: string; index: number; afterStop: boolean }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const base = m.index ?? 0;
    let from = 0;
    for (const w of m[0].matchAll(/\S+(?=\s)/g)) {
      if (!endsSentenceAt(w[0])) continue;
      const to = (w.index ?? 0) + w[0].length;
      runs.push({ 0: m[0].slice(from, to), index: base + from, afterStop: from > 0 });
      from = to + (/^\s+/.exec(m[0].slice(to))?.[0].length ?? 0);
    }
    runs.push({ 0: m[0].slice(from), index: base + from, afterStop: from > 0 });
  }
  return runs;
}

/**
 * The role an appositive right after a name gives ("Mary Lee, an analyst", "Niamh, a staff nurse in a Munster
 * emergency department", "William Bywater, president of the union"): a person's noun among its first three
 * words, or undefined.
 */
export function roleInAppositive(after: string): string | undefined {
  const words = /^\s*,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu.exec(after)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return words.find((w) => isPersonNoun(w));
}

/** Names, titled people and organisation or document descriptions mentioned in a piece of text, in order. */
export function mentionsIn(text: string, knownSurnames: Set<string> = new Set()): { phrase: SpeakerPhrase; index: number; end: number }[] {
  const out: { phrase: SpeakerPhrase; index: number; end: number }[] = [];
  /** Where the list of offices of the last ministry's name ends: runs before it are its items. */
  let listedUntil = -1;
  // Names: runs of capitalised words (ending in a generational suffix with its full stop: "Fred Lyons Jr.").
  // (Not on past a sentence's end, "regulator URE. Northern Power Group"; on across a lone "&": "Pacific
  // Gas & Electric".)
  for (const m of capitalisedRuns(text)) {
    // Up to 30 characters before the run for a title or role ("analyst Eugene Nowak"), from a word's start.
    // (None across the sentence end the run was cut at: the name before it is the last sentence's.)
    const from = m.afterStop ? m.index : Math.max(0, (m.index ?? 0) - 30);
    const wordStart = from === 0 ? 0 : from + Math.max(0, text.slice(from, m.index ?? 0).search(/(?<=\s)\S/));
    let phrase = lastName(text.slice(wordStart, (m.index ?? 0) + m[0].length), false);
    if (!phrase) continue;
    // An organisation's name going on across "for" or "of" ("Kiel University's Institute for World Economy").
    const goesOn = phrase.kind === 'thing' ? ORGANISATION_GOES_ON.exec(text.slice((m.index ?? 0) + m[0].length)) : null;
    const longer = goesOn ? lastName(text.slice(wordStart, (m.index ?? 0) + m[0].length + goesOn[0].length), false) : undefined;
    if (longer?.kind === 'thing' && longer.text.startsWith(phrase.text) && longer.text.length > phrase.text.length) phrase = longer;
    // A ministry's name listing its offices ("Ministry of the Sea, Transport and Infrastructure"): the list
    // is the name's, and none of its items a name of its own.
    const nameEnd = (m.index ?? 0) + m[0].length + (phrase === longer ? (goesOn?.[0].length ?? 0) : 0);
    const list = phrase.kind === 'thing' && phrase.text.includes(' ') ? OFFICE_LIST_GOES_ON.exec(text.slice(nameEnd)) : null;
    const listed = list ? lastName(text.slice(wordStart, nameEnd + list[0].length), false) : undefined;
    if (list && listed?.kind === 'thing' && listed.text.startsWith(phrase.text) && listed.text.length > phrase.text.length) {
      phrase = listed;
      listedUntil = nameEnd + list[0].length;
    } else if ((m.index ?? 0) < listedUntil) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0).toLowerCase();
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40).toLowerCase();
    // A person when a title or role is in front ("governor Helena Strand") or behind (", an economist").
    const roleBefore = /(?:^|\s)(?:[\p{L}-]+\s+)?(\p{L}+)\s*$/u.exec(before)?.[1];
    // ("Sentencing, Judge Catherine Morgan said": a participle opening the sentence, not a person with a role.)
    if (phrase.text === phrase.core && OPENING_PARTICIPLE.test(phrase.core) && /^,/.test(after) && (m.afterStop || /(?:^|[.!?:]["'\u201D\u2019]?)\s*$/u.test(before))) continue;
    const roleAfter = roleInAppositive(after);
    // ("Dimitra, 41, was on deck", "His wife, Annemiek, is worried": a first name given with an age, or set
    // beside a relation.)
    const aged = /^,\s*\d{1,3}\s*,/.test(after);
    // ("his younger brother Tiago": a word saying which relation may stand before it, and no comma after.)
    const relation = /(?:^|\s)(?:his|her|their|my|our)\s+(?:[\p{Ll}-]+\s+)?(\p{L}+),?\s*$/u.exec(before)?.[1];
    // ("a woman named Denise", "a taxi driver called Tomas": a name given to someone just described as a person.)
    const namedAfter = /(?:^|\s)(?:a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\s+(?:named|called)\s*$/u.exec(before)?.[1];
    // ("a mother of three who gave her name only as Dimitra", "identified only as Ahmed": a name given for a person.)
    const givenName = /(?:\bgave|\bgives|\bgiving|\bgive)\s+(his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s*$|\b(?:identified|known)\s+only\s+as\s*$/u.exec(before);
    // ("This is from Priya in Bristol. She says,", "a question from Veronika in Plzen": a listener or reader
    // whose message is read out, by first name and town.)
    const messageFrom = /(?:\b(?:is|was|comes|came)|\b(?:e-?mail|message|letter|question|text|note))\s+from\s*$/u.test(before) && /^\s+(?:in|from)\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12));
    const namedPerson = (!!namedAfter && (isPersonNoun(namedAfter) || namedAfter in PERSON_GENDER)) || !!givenName || messageFrom;
    if (phrase.kind === 'person' && phrase.core.split(' ').length === 1 && phrase.text === phrase.core && !knownSurnames.has(phrase.core) && !(roleBefore && (TITLES.has(roleBefore) || isPersonNoun(roleBefore))) && !roleAfter && !aged && !(relation && RELATION_NOUNS.has(relation)) && !namedPerson) {
      // A single capitalised word with no title is too often a place or a thing to be a person.
      continue;
    }
    // ("His daughter, Linh,", "a woman named Denise": the relation or the noun says who she is.)
    const relationGender = relation ? RELATION_GENDER[relation] : givenName?.[1] ? ownerOfPossessive(givenName[1])?.gender : namedPerson ? PERSON_GENDER[namedAfter as string] : undefined;
    if (relationGender && phrase.kind === 'person' && !phrase.gender) phrase = { ...phrase, gender: relationGender };
    out.push({ phrase, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // Descriptions of organisations and documents ("the ministry", "The non-binding proposals").
  for (const m of text.matchAll(/\b(?:the|The|a|A|an|An|this|This|its|Its)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)\b/gu)) {
    const head = (m[1] as string).toLowerCase();
    if (!THING_NOUNS.has(head)) continue;
    out.push({ phrase: { text: m[0], form: 'description', kind: 'thing', core: head }, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}
