/**
 * Who a speaker phrase stands for: a name is the full name the document gives it ("Novak" → "Jana Novak"),
 * a pronoun the nearest fitting person or organisation heard or named before it ("he said", "it said"), a
 * description the nearest earlier holder of the same role or the issuer of the document it names ("the
 * defence minister", "the report said"). Read from what the document has mentioned so far, in reading order.
 */
import { escapeRegExp } from '../text/escapeRegExp.js';
import type { SentenceRange } from '../text/splitSentences.js';
import type { AttributionContext } from './documentAttribution.js';
import type { DocumentNames } from './documentNames.js';
import { FORMER_WORDS, FormerHolders } from './formerHolders.js';
import { type DocumentText, offsetOf, paragraphOf, placeOf } from './documentText.js';
import { DOCUMENT_NOUNS, documentsSpokenIn, ISSUED_NOUNS, ISSUER_MODIFIER, issuerNamedIn, sameDocumentNoun } from './issuedDocuments.js';
import { lastName } from './nameRuns.js';
import { COMPANY_NAME, COMPANY_NOUNS, COURTESY_TITLES, DEMONYMS, isPluralRoleNoun, isPublicationTitle, isRoleNoun, NATIONALITIES, ORG_WORDS, PERSON_GENDER, PREPOSITIONS, RANK_NOUNS, RELATION_NOUNS, THING_NOUNS, TITLE_GENDER } from './nameWords.js';
import type { Referent } from './referent.js';
import { modifiersOf, type SpeakerPhrase } from './speakerPhrases.js';
import { verbsIn } from './speechClauses.js';
import { MEMBER_BY_SEAT, OPENING_SUBORDINATE_CLAUSE, subjectBefore } from './subjectPhrases.js';
import { capitalisedWordsBefore } from './wordsBeforeName.js';

/** A surname and a judge's letters after it (see `readName`): "Khumalo J", "Maxwell JA", "Sithole CJ", "Reed LJ" (group 1: the surname). */
const JUDGES_LETTERS_AFTER = /^(\p{Lu}[\p{L}'’-]+)\s+(?:J|JJ|JA|CJ|DCJ|ACJ|AJ|AJA|LJ|JP|DJP)$/u;
/** A judge's title before the full name (see `readName`): "Justice", "Judge", "Chief Justice", "Lord Justice", "Acting Judge of Appeal". */
// (Or "Judge President Nomvula Khumalo", "Deputy Judge President", South Africa's divisions' heads, the second review of round 51.)
const JUDGES_TITLE = String.raw`(?:Justice|Judge|Judges|Justices)(?:\s+of\s+Appeal|\s+President)?`;
/** A partnership named by capitalised words before the noun (group 1): "The Mersey Forest partnership". */
const NAMED_PARTNERSHIP = /(?<![\p{L}])(?:(?:The|A|An|This|That|Our|Its)\s+)?(?!(?:The|A|An|This|That|Our|Its)\s)(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)\s+partnership\b/gu;

/** How far back (paragraphs) "the agency said" looks for the one organisation heard speaking (set 9: the paragraph before). */
const DESCRIBED_ORGANISATION_PARAGRAPHS = 1;
/** Roles court copy names with no article, meaning the one just named: "counsel said". */
const BARE_DEFINITE_ROLES = new Set(['counsel']);
/**
 * Nouns the press calls whoever leads a body by ("the UAW chief", "the bank's boss"), and the offices they stand for
 * ("United Automobile Workers (UAW) president Owen Bieber", round 45).
 */
const HEADSHIP_NOUNS = new Set(['chief', 'boss', 'head', 'leader']);
const LEADING_ROLES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'secretary', 'leader', 'head', 'chief', 'ceo', 'governor', 'commissioner']);
/** A description of one who held an office before ("the former president"), whom a former holder fits. */
const FORMER = new RegExp(String.raw`\b(?:${FORMER_WORDS})\b`, 'iu');

/**
 * A trade or profession an unnamed source is brought in by, beside the role nouns (`isRoleNoun`): "A coastal engineer who
 * has worked on Canterbury sea defences, and who asked not to be named …, told Stuff …" (round 57). Only there: as a
 * role noun everywhere, "Baker" and "Driver" are surnames, and "Anders Holm, a Danish sound engineer," a second person.
 */
const SOURCE_TRADE = /^(?:\p{Ll}+(?:eer|ician)|\p{Ll}+ologist|scientist|specialist|chemist|pharmacist|dentist|therapist|physicist|botanist|fisherman|fisherwoman|driver|architect|plumber|mechanic|surveyor|accountant|planner|midwife|firefighter|lecturer|tenant|builder|contractor|baker|butcher|shopkeeper)$/u;

/** How many more words of a body's name may stand between its word and the office it leads: "Health Service Executive director". */
const BODY_NAME_WORDS_BETWEEN = 3;
/** The words that make an office its body's top one without changing whose it is: "general secretary", "managing director". */
const OFFICE_RANKS = '(?:general|managing|executive)';

/** A lower-case word in its printed forms, as it runs, capitalised or in capitals: "police", "Police", "POLICE". */
function anyCase(word: string): string {
  const escaped = escapeRegExp(word);
  return `(?:${escaped}|${escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1))}|${escapeRegExp(word.toUpperCase())})`;
}

/** How far back (paragraphs) a pronoun or description may look for what it refers to. */
const REFERENCE_PARAGRAPHS = 4;
/** What follows an organisation's noun in its name: "of England", "for Reconstruction and Development". */
const ORGANISATION_OF = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;
/** Words in a public body's name: a regulator, a ministry, a court is never "the company". */
const PUBLIC_BODY = /\b(?:Commission|Ministry|Department|Authority|Court|Parliament|Council|Agency|Regulator|Office|Police|Government|Committee|Tribunal|Bureau|Inspectorate|Ombudsman)\b/;
/** A name printed as an acronym ("OPEC", "IBM", "AT&T"): an organisation's, never a person a "he" or "she" stands for. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]+$/u;
/** Mentions at most a pronoun or description looks back over (a paragraph of a thousand sentences stays linear). */
const MAX_REFERENTS = 100;

/**
 * Words in small letters a description of a body may hold that its name need not ("the central bank" for the Bank of
 * Japan, "the country's top court"): what it is to its country, not which kind of body it is ("parish", "county").
 */
const DESCRIPTIVE_MODIFIERS = new Set(['central', 'federal', 'national', 'top', 'highest', 'apex']);

/**
 * Sports copy's epithets for a player just named: a position ("the lock", "the midfielder", "the spinner") or a team's
 * captaincy ("the Strikers captain", "the skipper"); no standing nor sport ("the veteran", "the cyclist"), which an
 * unnamed victim, a zoo's keeper or a cyclist hit by a lorry share (the review of round 43).
 */
const SPORTS_EPITHETS = new Set(
  `lock prop hooker flanker fly-half scrum-half winger fullback full-back striker midfielder defender goalkeeper goalie
  batsman batter bowler spinner paceman seamer all-rounder wicketkeeper skipper captain pitcher quarterback
  linebacker`.split(/\s+/),
);

/** The first year of the decade an age's epithet names: "sexagenarian" 60-69, …, "nonagenarian" 90-99, "centenarian" 100 on. */
const DECADE_EPITHETS: Record<string, number> = { sexagenarian: 60, septuagenarian: 70, octogenarian: 80, nonagenarian: 90, centenarian: 100 };
/** A traditional ruler's or a monarch's title printed before or beside their name (see `standingEpithetHolder`). */
const RULERS_TITLES = 'Oba|Baale|Olu|Ooni|Alaafin|Obi|Emir|Sultan|Sarki|Kabaka|Omanhene|Asantehene|Ohene|Osabarima|Nana|King|Queen|Chief';
/**
 * Epithets for one just named that say what they are, not what they do (round 54): a parent of so many children, an age
 * by its decade, a traditional ruler ("the mother of four", "the septuagenarian", "the monarch"), as Nigerian, Ghanaian
 * and Kenyan papers print them after a named trader, chairman or chief.
 */
const STANDING_EPITHET = new RegExp(String.raw`^the\s+(?:(?:mother|father|grandmother|grandfather|mum|dad)\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})|${Object.keys(DECADE_EPITHETS).join('|')}|monarch|traditional\s+ruler|royal\s+father)$`, 'iu');

/**
 * An unnamed source's description as a sentence opens it, up to its noun (`head`, a word's index) and whom they are of
 * ("another member of staff"; "one member of the public", past an article, the review of round 42), its article in small
 * letters: see `singularSourceBefore` and `describedSourceBefore`.
 */
function descriptionToNoun(words: string[], head: number): string {
  const article = /^(?:the|a|an|our|their|his|her|its)$/.test(words[head + 2] ?? '') ? 1 : 0;
  const end = words[head + 1] === 'of' && words[head + 2 + article] ? head + 3 + article : head + 1;
  return words.slice(0, end).join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/** A decision's anonymised party opening the sentence before, whom "they" stands for (group 1: "The complainant"). */
// (Its verb right after it, no possessive, "The complainant's neighbours …"; and no body nor people of a plural noun in its
// sentence, whom "they" may be, "The complainant wrote to Barset Council … They replied", "… council officers ignored her
// emails. They said": the review of round 46's rules.)
const ANONYMISED_PARTY_BEFORE = /(?:^|[.!?]\s+)(The\s+(?:complainant|claimant|applicant|appellant|requester|requestor))(?!['’])\s+(\p{Ll}[^.!?]*)[.!?]\s+[^.!?]*$/u;
/** A sentence opening with who asked the question its speaker answers: "Asked by panel member Thabo Sithole whether". */
const ASKED_BY_OPENING = /^\s*Asked\s+by\s+[^,]{2,80}?\s+(?:whether|if|about|what|why|how|when|to)\b/u;
/** A plural noun of people by its ending: "officers", "neighbours", "residents", "tenants", "activists", "politicians". */
const PLURAL_PEOPLE = /^\p{Ll}+(?:ers|ors|ents|ours|ants|ists|ians)$/u;

/** A body or a person described after "the": "the police", "the hospital", "the care home manager" (not "a member of the public"). */
const DESCRIBED_PARTY = /\bthe((?:\s+[\p{Ll}-]+){1,3})/gu;

/**
 * Whether the rest of a sentence names a body ("wrote to Barset Council", "Acme plc"), describes one or a person ("asked
 * the police", "the care home manager", the review of round 46) or people of a plural noun ("council officers"), whom
 * "they" may be as well. (A capitalised "the Commissioner" is the decision's maker, never its "they".)
 */
function namesOthersToBeThey(rest: string): boolean {
  const words = rest.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  const named = words.some((word, i) => (ORG_WORDS.has(word.toLowerCase()) && (/^\p{Lu}/u.test(word) || /^\p{Lu}/u.test(words[i - 1] ?? ''))) || PLURAL_PEOPLE.test(word));
  // (A body's word or a role, not a thing: "complained about the decision", "about the website", the review of round 47's rules.)
  const party = (word: string) => ORG_WORDS.has(word) || isRoleNoun(word);
  return named || [...rest.matchAll(DESCRIBED_PARTY)].some((m) => (m[1] as string).trim().split(/\s+/u).some(party));
}

/** A paragraph opening with a quotation mark. */
const QUOTATION_OPENING = /^\s*["'“‘„«]/u;

/** A document the story calls a "paper" ("white paper", "research paper"), which "the paper said" may mean instead of a newspaper. */
const DOCUMENT_PAPER = /\b(?:white|green|research|policy|discussion|working|consultation|position|briefing|academic|scientific|background)\s+paper\b|\bpublished\s+(?:their|its|his|her|the)\s+(?:findings|research|results|study|paper)\s+in\b|\b(?:study|paper|research|findings)\s+(?:\S+\s+){0,3}published\s+in\b/u;

/** Nouns a story calls a newspaper or magazine by once it has named it: "the paper writes", "the newspaper said". */
const PUBLICATION_NOUNS = new Set(['paper', 'newspaper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'magazine']);
/**
 * How far back (paragraphs) "the paper" looks for the publication it stands for, besides its own: a press
 * review names each paper in the paragraph it quotes it in (set 57: a paper named three paragraphs up is not
 * the one meant).
 */
const PUBLICATION_PARAGRAPHS = 1;

/** An office printed by its initials: "PS" of "the PS said", "OC", "DCP" (see `holderOfInitials`). */
const OFFICE_INITIALS = /^\p{Lu}{2,4}$/u;
/** A name, a comma, a role in lower case and its initials in brackets (group 1: the name; group 2: the initials). */
const NAME_THEN_ROLE_INITIALS = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}),\s+(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}\s+\((\p{Lu}{2,4})\)/gu;
/** Capitalised title words, a courtesy title perhaps, then a name (group 1: the title's words; group 2: the name). */
const TITLE_THEN_NAME = new RegExp(String.raw`((?:(?!(?:${COURTESY_TITLES.join('|')})\b)\p{Lu}\p{Ll}+\s+){2,5})(?:(?:${COURTESY_TITLES.join('|')})\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`, 'gu');

/** A clergy's titles, which a description uses as a role: "the Archbishop", "the bishop", "the imam" (round 45). */
const CLERGY_TITLES = new Set(['archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'pope', 'ayatollah', 'vicar']);

/** The nouns the press names anonymous sources by, never anyone it names: "the person said", "one of the people said", "the source added". */
const ANONYMOUS_HEADS = new Set(['person', 'people', 'persons', 'source', 'sources', 'individual', 'individuals']);

/** Bodies a story calls by one word of their own, never short for a longer name ending in it: "the Fed", "the House", "the Senate". */
const BODIES_BY_ONE_WORD = new Set(['Fed', 'House', 'Senate', 'Congress', 'Commons', 'Lords', 'Assembly', 'Parliament']);

/** A name with a word printed as an acronym ("Without INRA") is no person's a "he" or "she" goes on about. */
const hasAcronymWord = (name: string): boolean => name.split(/\s+/).some((w) => ACRONYM.test(w) && !/^[IVX]+$/.test(w));

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

/**
 * A description printing a role by its initials (round 54): "CEO Rajiv Persad-Maharaj" then "the CEO said" (group 1: the
 * initials); not "the chief executive", which may be another company's, nor "the executive", an unnamed bidder's (the
 * review of round 54).
 */
const PRINTED_ROLE_INITIALS = /^the\s+(CEO|CFO)$/iu;

/**
 * The noun an organisation's name is built on, in lower case: its last word before "of", "for", "de" or a comma,
 * else its last word ("Securities and Exchange Commission" → commission, "Bank of England" → bank, "Banco de
 * España" → banco).
 */
function headOfName(text: string): string {
  const words = text.split(/\s+(?:of|for|de)\s+|,/)[0]?.trim().split(/\s+/) ?? [];
  return (words.at(-1) ?? '').toLowerCase();
}

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

/** Roles printed as initials, spelled out as their holders' titles are: "CEO" → "chief executive". */
const SPELLED_OUT_ROLES = new Map<string, { text: string; core: string }>([
  ['ceo', { text: 'chief executive', core: 'executive' }],
  ['cfo', { text: 'chief financial officer', core: 'officer' }],
]);

/** A description with its role spelled out ("the CEO" → "the chief executive"); any other as it is. */
function spelledOutRole(phrase: SpeakerPhrase): SpeakerPhrase {
  const role = SPELLED_OUT_ROLES.get(phrase.core.toLowerCase());
  return role ? { ...phrase, text: phrase.text.replace(new RegExp(`\\b${escapeRegExp(phrase.core)}\\b`, 'i'), role.text), core: role.core } : phrase;
}

/**
 * The name a description the story resolves to no one is given: as printed, its article in lower case ("a
 * spokesman", "the company", "the Toshiba spokesman"); a group or body named by its capitalised words loses "the"
 * ("the CGT union" → "CGT union", "the EC ministers" → "EC ministers"), the way one cites it.
 */
function describedName(phrase: SpeakerPhrase): string {
  const { text } = phrase;
  if (phrase.kind !== 'person' && /^[Tt]he\s+(?:\p{Lu}[\p{L}.&'’-]*\s+)+\p{Ll}/u.test(text)) return text.replace(/^[Tt]he\s+/, '');
  // (Irish's article, not English's, before a consonant in a name, "An Post", "An Garda Síochána", "An Bord Pleanála":
  // the body's name as printed, round 59; English's "an" stands before a vowel's sound, "An MP", "An Ulster farmer", and
// before an "h" as often, "An Historian", the review of round 59.)
  if (IRISH_ARTICLE.test(text)) return text;
  return text.replace(/^(The|A|An|Someone|Somebody)\b/, (w) => w.toLowerCase());
}
/** Irish's "An" opening a name, before a capitalised word whose first sound is a consonant ("An Post"; not "An MP"). */
const IRISH_ARTICLE = /^An\s+[BCDFGJKLMNPQRSTVWXYZ]\p{Ll}/u;

/** "the Texas Democrat", "the Ohio Republican": a politician by party and state, never a name of its own. */
const PARTY_EPITHET = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:Democrat|Republican)$/u;

/** A possessive, then a family relation and the relation's name: "’s son Cheikh", "'s eldest daughter Amina". */
const RELATION_AFTER_POSSESSIVE = /^['’]s\s+(?:(?:eldest|youngest|elder|younger|older|only|late)\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|partner|widow|widower|nephew|niece|grandson|granddaughter|cousin|uncle|aunt|fiancée?|child)\s+\p{Lu}/u;

/** A courtesy title ending the words before a name ("Ms", "Mr.", "Dr", a councillor's "Cllr"): kept with a surname the text never completes. */
const HONORIFIC = new RegExp(String.raw`\b(?:${COURTESY_TITLES.join('|')})\.?\s*$`, 'i');
/** A courtesy title ending the words before a name, as printed (group 1): "Dr" of "Dr Otieno". */
const COURTESY_TITLE_ENDING = new RegExp(String.raw`(?<![\p{L}])(${COURTESY_TITLES.join('|')})\.?\s+$`, 'iu');
/** A courtesy title printed before a name (group 1, group 2: its full stop, if printed). */
const COURTESY_TITLE_BEFORE = String.raw`(?<![\p{L}])(${COURTESY_TITLES.join('|')})(\.?)\s+`;
/** A name of initials and a surname only: "T Botha", "J. Pardoe", "A.B. Smith". */
const INITIALS_AND_SURNAME = /^(?:\p{Lu}\.?\s*){1,3}\s\p{Lu}[\p{L}'’-]+$/u;

/** Whether a noun names a document ("the papers said": a plural of one is one too). */
const isDocumentNoun = (h: string): boolean => [h, h.replace(/s$/, '')].some((w) => DOCUMENT_NOUNS.has(w) || ISSUED_NOUNS.has(w));

/** A referent as its phrase gives it, before anything is looked up: what a reading names. */
type Reading = Omit<Referent, 'name'>;

/** A document or story the text mentions and who issued or published it. */
interface IssuedDocument {
  noun: string;
  issuer: Referent;
}

/** Resolves one document's speaker phrases, in reading order, against what it has mentioned before them. */
/** Letters a nationality shares with its country and other forms ("Austr" of Australian, Australia's; "Belgi", "Dutch", "Itali"). */
const NATIONALITY_STEM = 5;

/** The text after each publication's noun in a story ("daily", "newspaper" …, then spaces): see `printedFirstIn`. */
export function textsAfterPublicationNouns(text: string): string[] {
  return [...text.matchAll(/\b(?:daily|weekly|newspaper|magazine|tabloid)\s+/gu)].map((m) => text.slice((m.index ?? 0) + m[0].length));
}

/** Whether one of the texts opens with a name as a whole word: `textsAfterPublicationNouns` and this answer as `\b(?:daily|…)\s+NAME(?!\p{L})` would. */
export function printedFirstIn(texts: string[], name: string): boolean {
  return texts.some((after) => after.startsWith(name) && !/\p{L}/u.test(after.charAt(name.length)));
}

/** Words around a witness in court copy: "giving evidence", "testified", "in the witness box" (not "cross-examination", counsel's as often). */
const GIVING_EVIDENCE = /\b(?:(?:giving|gave|give|given|gives)\s+evidence|testif(?:y|ied|ies|ying)|witness\s+box|took\s+the\s+stand)\b/;

/**
 * A spokesperson's description and whose spokesperson it is (see `spokespersonsBody`): "a spokesperson for Greenfield
 * Heights International School" (group 2), "an Israel Police spokesperson" (group 1), "the spokesperson" (neither).
 */
const SPOKESPERSON_FOR = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,6})\s+)?spokes(?:person|man|woman)(?:\s+for\s+((?:the\s+)?\p{L}[\p{L}\p{N}&.'’ -]{0,80}))?$/u;
/** Messages a person sends, whose words "the email said" are the sender's (see `senderOfMessage`). */
const SENT_NOUNS = new Set(['email', 'e-mail', 'letter', 'message', 'text', 'memo', 'note']);
/** Words saying a message was answered: "replied", "responded", "wrote back", "in reply". */
const REPLIED = /\b(?:replied|replies|responded|responds|wrote\s+back|answered|in\s+(?:reply|response))\b/iu;
/** How many paragraphs back a message's sender is looked for. */
const SENDER_PARAGRAPHS = 2;
/**
 * A sentence saying someone sent a message (see `senderOfMessage`): the words before "emailed", "e-mailed", "texted",
 * "messaged", "wrote to" or "sent a letter" (group 1), or "In the email, …, principal Fiona Marlowe wrote" (group 2: the
 * words before "wrote").
 */
const SENT_BY = /(?:^|[.!?]["”’]?\s+)([^.!?\n]{1,120}?)\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:e-?mailed|texted|messaged|wrote\s+to|sent\s+(?:a|an|the|her|his|their)\s+(?:\w+\s+)?(?:email|e-mail|letter|message|text|memo|note))\b|(?:^|[.!?]["”’]?\s+)In\s+(?:the|an|a|her|his|their|its)\s+(?:email|e-mail|letter|message|memo|note)\b[^.!?\n]{0,80},\s+([^,.!?\n]{2,80}?)\s+wrote\b/gu;
/** A spokesperson's noun: "spokesperson", "spokesman", "spokeswoman". */
const SPOKESPERSON_NOUN = /^spokes(?:person|man|woman)$/u;
/** A seat of government named for its government, as desks name its spokespeople: "a Kremlin spokesman", "a No 10 spokesperson" (the review of round 64). */
const SEAT_OF_GOVERNMENT = /^(?:No\.?\s?10|Number\s+10|Downing\s+Street|White\s+House|[ÉE]lys[ée]e|Kremlin|Pentagon|Whitehall|Quai\s+d['’]Orsay|Zhongnanhai|Blue\s+House|Beehive)$/u;
/** Bodies a spokesperson speaks for, besides `ORG_WORDS`' and companies': a school, a college, a club, a church. */
const SPOKEN_FOR_BODY_WORDS = new Set('school schools college academy club church'.split(' '));
/** A name's run of capitalised words, "Greenfield Heights International School", "the Health Ministry", "No 10". */
const CAPITALISED_RUN = /^(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|for|the|de|du)?\s*[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)*$/u;

/** Words around counsel in court copy: "SC, prosecuting", "for the defence", "counsel", "prosecutor", "barrister". */
const COUNSEL = /\b(?:counsel|prosecuting|defending|prosecutor|barrister|solicitor|sc|kc|qc|for\s+the\s+(?:defence|defense|prosecution|state|crown))\b/;

export class ReferentResolver {
  /** Everyone and everything mentioned so far, in reading order. */
  private readonly history: Referent[] = [];
  /** Who issued a document or published a story the text mentions ("Fujitsu said in a prospectus", "the article in Progressive magazine"). */
  private readonly issuers: IssuedDocument[] = [];
  /** The words around each mention of a person, by name (lower case): what tells one role from another. */
  private readonly seenAround = new Map<string, string>();

  constructor(
    private readonly text: DocumentText,
    private readonly names: DocumentNames,
    private readonly context: AttributionContext,
  ) {}

  /** Who a phrase at a place of the document stands for, by the whole name the story prints (`DocumentNames.wholeName`). */
  resolve(phrase: SpeakerPhrase, at: number): Referent | undefined {
    return this.names.wholeName(this.read(phrase, at));
  }

  /** Remembers a mention, for the pronouns and descriptions after it. */
  remember(referent: Referent): void {
    this.history.push(referent);
  }

  /** Remembers who issued a document the text mentions ("a document issued by the PMDB"). */
  rememberIssuer(noun: string, issuer: Referent): void {
    this.issuers.push({ noun, issuer });
  }

  /** Records the issuer of the documents a sentence says someone speaks in ("In a report the Kiel institute said"). */
  rememberIssuerOfDocumentsSpokenIn(sentence: string, r: Referent): void {
    if (r.unnamed) return;
    for (const noun of documentsSpokenIn(sentence)) this.issuers.push({ noun, issuer: r });
  }

  /** Remembers the words around a mention of a person ("Syrian", "Sunshine Mining"). */
  rememberWordsAround(name: string, words: string): void {
    this.seenAround.set(name, `${this.seenAround.get(name) ?? ''} ${words}`);
  }

  /** Who a phrase stands for, as read (before `wholeName`). */
  private read(phrase: SpeakerPhrase, at: number): Referent | undefined {
    const recent = this.recentReferents(at);
    // (A term the document defines for a person, "the Referee" for "Mr Kwame Osei-Bonsu ("the Referee")", is that person;
    // so is a relative it names, "my mother" for "my mother, Olga,".)
    const defined = phrase.form === 'pronoun' ? undefined : (this.names.definedTerm(phrase.text) ?? this.names.namedRelative(phrase.text));
    // (With the gender the text gives that person, "Professor Dame Alison Kerridge (Vice-Chancellor, in the Chair)" for "the
    // Vice-Chancellor", so that "She said" after it is her, round 61.)
    if (defined) phrase = { ...phrase, text: defined, core: defined, form: 'name', kind: 'person', gender: phrase.gender ?? this.names.genderOf(defined) };
    // (And a company's short name it defines, "Larkspur" for 'Larkspur Home Energy Limited ("Larkspur")', round 56.)
    const company = defined || phrase.form !== 'name' ? undefined : this.names.definedCompany(phrase.text);
    if (company) phrase = { ...phrase, text: company, core: company, kind: 'thing', gender: undefined };
    // (A relative the document does not name, "her mother" where it names none or two, is no one to remember: a later
    // "she" goes on to the one named before, not to the description.)
    else if (phrase.form === 'description' && this.names.isRelative(phrase.text)) return undefined;
    // (A body's own noun capitalised, "the Trust said", "The Council told me", the term an ombudsman's or a regulator's
    // document calls a body by: read as "the trust" is, when that finds the body of that noun the text names, round 46;
    // else as the name it was, "Embassy" of "the U.S. Embassy report".)
    // (Only a noun the text prints after "the" and no one's surname, "Margaret Court … “…,” Court said"; and only one body of
    // that noun named, not "the Council" among the Council of the European Union and Brussels City Council, the review of
    // round 46's rules.)
    if (phrase.form === 'name' && phrase.kind === 'thing' && phrase.text === phrase.core && /^\p{Lu}\p{Ll}+$/u.test(phrase.core) && THING_NOUNS.has(phrase.core.toLowerCase()) && this.bodyCalledByItsNoun(phrase.core)) {
      const noun: SpeakerPhrase = { ...phrase, text: `the ${phrase.core}`, form: 'description', core: phrase.core.toLowerCase() };
      const body = this.readDescription(noun, at, { kind: noun.kind, gender: noun.gender, text: noun.text, core: noun.core, form: noun.form, at }, recent);
      if (body?.form === 'name') return body;
    }
    const base: Reading = { kind: phrase.kind, gender: phrase.gender, text: phrase.text, core: phrase.core, form: phrase.form, at };
    if (phrase.form === 'name') return this.readName(phrase, at, base, recent);
    if (phrase.form === 'pronoun') return this.readPronoun(phrase, at, base, recent);
    const read = this.readDescription(phrase, at, base, recent);
    // ("the Upper Bann MLA said", "the Labour MP said": a member by seat or party, read first as any description, then as
    // the one member the story ties to those letters with that seat or party, round 56; see `memberBySeat`.)
    const seat = read.form !== 'name' && phrase.kind === 'person' ? MEMBER_BY_SEAT.exec(phrase.text) : undefined;
    const member = seat ? this.memberBySeat(seat[1] as string, seat[2] as string, recent) : undefined;
    if (member) return { ...member, at };
    const body = read.form !== 'name' && phrase.kind === 'person' ? this.spokespersonsBody(phrase, at, recent) : undefined;
    return body ? { ...read, name: body } : read;
  }

  /**
   * Rule "an unnamed spokesperson of a named body speaks for the body" (round 64): "a spokesperson for Greenfield Heights
   * International School", "an Israel Police spokesperson", "a spokesman for the trust" (the trust the story names), and
   * "the spokesperson" after one of them, are the body's words, named so; the referent stays the spokesperson's, so that
   * "she said" after "a spokeswoman for …" is still hers. Undefined for a spokesperson of no body the text names: "a
   * spokesman", "a spokesman for her husband", "a spokesman for the force's press unit".
   */
  private spokespersonsBody(phrase: SpeakerPhrase, at: number, recent: Referent[]): string | undefined {
    const own = SPOKESPERSON_FOR.exec(phrase.text.trim());
    if (!own) return undefined;
    const printed = own[2] ?? own[1];
    if (printed) return this.bodyNamed(printed, at, recent);
    // ("the spokesperson" alone: the nearest spokesperson before it, of a noun that fits, and the body that one speaks for;
    // none where that one is named, "A police spokesman, Dean Elsdunne,", or speaks for a person, "Whitley's spokeswoman":
    // the review of round 64.)
    if (!/^the\s/iu.test(phrase.text)) return undefined;
    const fits = (noun: string) => phrase.core === 'spokesperson' || noun === 'spokesperson' || noun === phrase.core;
    const before = [...recent].reverse().find((r) => r.kind === 'person' && (r.form === 'description' ? SPOKESPERSON_NOUN.test(r.core) && fits(r.core) : !!r.roles?.some((role) => SPOKESPERSON_NOUN.test(role) && fits(role))));
    // (Nor where a spokesperson named since, "A police spokesman, Dean Elsdunne, later said …", may be the one meant.)
    if (before && this.spokespersonNamedBetween(before.at, at, recent)) return undefined;
    const earlier = before?.form === 'description' ? SPOKESPERSON_FOR.exec(before.text.trim()) : null;
    const body = earlier ? (earlier[2] ?? earlier[1]) : undefined;
    return body ? this.bodyNamed(body, before?.at ?? at, recent) : undefined;
  }

  /** Whether a person named between two places is printed as a spokesperson beside the name: "A police spokesman, Dean Elsdunne,", "A spokesman for the port, Dean Elsdunne,", "Dean Elsdunne, a police spokesman,", "spokesman Dean Elsdunne". */
  private spokespersonNamedBetween(from: number, to: number, recent: Referent[]): boolean {
    return recent.some((r) => {
      if (r.kind !== 'person' || r.form !== 'name' || r.at <= from || r.at >= to) return false;
      const name = escapeRegExp(r.text);
      return new RegExp(String.raw`spokes(?:man|woman|person)(?:\s+(?:for|of|at)\s+[^,.;\n]{1,60})?\s*,?\s+${name}(?![\p{L}])|(?<![\p{L}])${name}\s*,\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,4}spokes(?:man|woman|person)`, 'u').test(this.text.wholeText);
    });
  }

  /** The body a spokesperson's words name, "Greenfield Heights International School", "the trust": a name the text reads as a thing's, in full; undefined for a person's name or a description it cannot tie to a name. */
  private bodyNamed(printed: string, at: number, recent: Referent[]): string | undefined {
    const words = printed.trim();
    // ("for the trust", "for the ministry": the one body of that noun the story names.)
    const noun = /^the\s+(\p{Ll}+)$/u.exec(words)?.[1];
    if (noun) {
      const description: SpeakerPhrase = { text: words, core: noun, form: 'description', kind: 'thing' };
      const body = this.readDescription(description, at, { kind: 'thing', text: words, core: noun, form: 'description', at }, recent);
      return body.form === 'name' && body.kind === 'thing' && !body.unnamed ? body.name : undefined;
    }
    if (!CAPITALISED_RUN.test(words)) return undefined;
    const name = words.replace(/^the\s+/iu, '');
    // (A body by its words: an organisation's word in it ("School", "Police", "Department", "Ministry"), an acronym ("CME"),
    // or a name the text reads as a thing's; not a person's, "a spokesman for Keir Starmer".)
    const phrase = lastName(name, false);
    const body = phrase?.kind === 'thing' || ACRONYM.test(name) || SEAT_OF_GOVERNMENT.test(name) || name.split(/\s+/u).some((word) => ORG_WORDS.has(word.toLowerCase()) || COMPANY_NOUNS.has(word.toLowerCase()) || SPOKEN_FOR_BODY_WORDS.has(word.toLowerCase()));
    if (!body) return undefined;
    const read = phrase?.form === 'name' && phrase.kind === 'thing' && phrase.text === name ? this.readName(phrase, at, { kind: 'thing', text: name, core: phrase.core, form: 'name', at }, recent) : undefined;
    return read?.kind === 'thing' && !read.unnamed ? read.name : name;
  }

  /**
   * The one member a story ties to a house's letters with the seat or party the description gives ("DUP MLA Trevor
   * Gillespie" for "the DUP MLA", "Robert Jenrick, the MP for Newark" for "the Newark MP"); undefined when none
   * or several are (the review of round 56: not whoever was named last, "Ms Weston said" before "the Calder Valley MP said",
   * nor an MLA for another seat).
   */
  private memberBySeat(seat: string, letters: string, recent: Referent[]): Referent | undefined {
    const text = this.text.wholeText;
    const where = escapeRegExp(seat);
    // (The seat or party printed in the tie itself, not merely near it: "Reform UK MP Lee Anderson, a former Labour
    // councillor," is no Labour MP, the review of round 56.)
    const tied = (r: Referent) => {
      const name = escapeRegExp(r.name);
      return new RegExp(
        [
          String.raw`(?<![\p{L}])${where}\s+${letters}\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?${name}(?![\p{L}])`,
          String.raw`(?<![\p{L}])${name},?\s+(?:the\s+|a\s+)?${where}\s+${letters}(?![\p{L}])`,
          String.raw`(?<![\p{L}])${name},?\s+(?:the\s+|a\s+)?${letters}\s+for\s+${where}(?![\p{L}])`,
          String.raw`(?<![\p{L}])${letters}\s+for\s+${where},?\s+${name}(?![\p{L}])`,
        ].join('|'),
        'u',
      ).test(text);
    };
    const members = [...new Map(recent.filter((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed && tied(r)).map((r) => [r.name, r])).values()];
    return members.length === 1 ? members[0] : undefined;
  }

  /**
   * Whether the text calls one body by its capitalised noun, "the Trust" (see `read`): printed after "the", no person's
   * surname, and the one body's name of that noun the text prints (read once per noun).
   */
  private bodyCalledByItsNoun(noun: string): boolean {
    let called = this.calledByNoun.get(noun);
    if (called === undefined) {
      const text = this.text.wholeText;
      const word = escapeRegExp(noun);
      const bodies = new Set([...text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|&|of|for|the))*?\s+${word}(?![\p{L}])|(?<![\p{L}])${word}\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`, 'gu'))].map((m) => m[0].replace(/^(?:The|A|An)\s+/u, '')));
      called = new RegExp(String.raw`(?<![\p{L}])[Tt]he\s+${word}(?![\p{L}])`, 'u').test(text) && this.names.fullName(noun) === undefined && bodies.size === 1;
      this.calledByNoun.set(noun, called);
    }
    return called;
  }
  private readonly calledByNoun = new Map<string, boolean>();

  /** What a pronoun or description may refer to: the last few paragraphs' mentions (history is in order). */
  private recentReferents(at: number): Referent[] {
    const history = this.history;
    let from = history.length;
    const firstParagraph = paragraphOf(at) - REFERENCE_PARAGRAPHS;
    while (from > 0 && history.length - from < MAX_REFERENTS && paragraphOf((history[from - 1] as Referent).at) >= firstParagraph) from--;
    return history.slice(from);
  }

  /** A name: a company's, a politician's by party, a publication's, or a person's or organisation's own. */
  private readName(phrase: SpeakerPhrase, at: number, base: Reading, recent: Referent[]): Referent {
    const { names } = this;
    // "Sears said" after "Sears Roebuck and Co": the company, unless a person of the story goes by that word.
    const company = phrase.kind === 'person' && phrase.text === phrase.core && !phrase.core.includes(' ') ? names.companyByFirstWord.get(phrase.core) : undefined;
    if (company && (names.fullName(phrase.core) === undefined || names.companies.has(names.fullName(phrase.core) as string))) {
      return { ...base, kind: 'thing', gender: undefined, core: company, name: company };
    }
    // ("the PS said" after "Principal Secretary Dr Esther Wanjala": an office's initials, see `holderOfInitials`.)
    if (OFFICE_INITIALS.test(phrase.core) && phrase.text === phrase.core) {
      const holder = this.holderOfInitials(phrase.core, at);
      if (holder) return { ...holder, at };
    }
    // "But the DOT said it would not wait": an acronym the story prints as an organisation's (see
    // `DocumentNames.printsAsOrganisation`) is its name, which "it" stands for.
    if (phrase.kind === 'person' && phrase.text === phrase.core && ACRONYM.test(phrase.core) && names.printsAsOrganisation(phrase.core)) {
      // (By the full name the story spells it out with, "the Latin American Economic System (SELA)", "<Bank of New
      // Zealand> (BNZ)", round 40: the issue's "full name when the document gives one".)
      return { ...base, kind: 'thing', gender: undefined, name: names.spelledOut(phrase.core) ?? phrase.core };
    }
    // ("“…,” AMC said in its first statement" after "American Motors Corp has ordered a hiring freeze": the company whose
    // initials it is, by its full name, round 43.)
    const initialled = phrase.kind === 'person' && phrase.text === phrase.core && ACRONYM.test(phrase.core) ? names.companyOfInitials(phrase.core) : undefined;
    if (initialled) return { ...base, kind: 'thing', gender: undefined, name: initialled };
    // ("Hartwell Water said" after "Hartwell Water Services Ltd was fined": the company the story names going on so, when
    // the name's last word is a noun it prints in small letters too, "water", as no surname is; round 41.)
    const companyGoingOn = phrase.kind === 'person' && phrase.text === phrase.core ? names.companyGoingOn(phrase.core) : undefined;
    if (companyGoingOn) return { ...base, kind: 'thing', gender: undefined, core: phrase.core, name: companyGoingOn };
    if (phrase.kind === 'person' && names.companies.has(phrase.text)) {
      // "General Acquisition said" after "General Acquisition Co": the company, whatever title its name holds, by the
      // full name the document gives it (round 40: "Texaco said in a statement" after "Texaco Inc said").
      const full = names.companyFullNames.get(phrase.text) ?? phrase.text;
      return { ...base, kind: 'thing', gender: undefined, core: phrase.text, name: full };
    }
    // "the Texas Democrat said": a politician by party, the person the story is about (heard speaking or a
    // sentence's subject in the last few paragraphs); never a name of its own.
    if (PARTY_EPITHET.test(phrase.core)) {
      const person = [...recent].reverse().find((r) => r.kind === 'person' && r.form === 'name' && (r.spoke || r.subject));
      if (person) return { ...person, at };
    }
    // "the Kuwait daily al-Qabas said": a name the story prints after a publication's noun is that
    // publication, whatever its case ("it said" then stands for it).
    if (phrase.kind === 'person' && this.printedAfterPublicationNoun(phrase.text)) {
      return { ...base, kind: 'thing', gender: undefined, name: phrase.text };
    }
    // A person by their full name; a titled surname the document never completes stays as printed ("Ms Novak").
    // A role before a lone name is not part of it ("Indonesian Energy Minister Subroto" is Subroto); a
    // courtesy title is ("Ms Novak").
    // (So is one given by initials alone: "Mr T Botha", "Mrs J. Pardoe" as minutes print them, round 26; "T Botha"
    // is no name a reader would cite.)
    const titled = phrase.kind === 'person' && (!phrase.core.includes(' ') || INITIALS_AND_SURNAME.test(phrase.core)) && phrase.text !== phrase.core;
    const title = titled ? COURTESY_TITLE_ENDING.exec(phrase.text.slice(0, -phrase.core.length))?.[1] : undefined;
    // ("Surfer Jacob Tran": a role's noun opening the sentence, see `DocumentNames.withoutOpeningRole`.)
    // ("Khumalo J wrote:" after "Justice Nomvula Khumalo": a judge's letters after the surname, as the Commonwealth's courts
    // print them, read off to find the full name, round 51; kept where the text gives none, "Kruger J".)
    // (Only a full name the text gives a judge's title, "Justice Nomvula Khumalo": not the accused "Sipho Khumalo", the
    // review of round 51.)
    const judge = phrase.kind === 'person' ? JUDGES_LETTERS_AFTER.exec(phrase.core) : null;
    const fullName = judge ? names.fullName(judge[1] as string) : undefined;
    const judgesName = fullName && new RegExp(String.raw`\b${JUDGES_TITLE}\s+${escapeRegExp(fullName)}(?![\p{L}'’-])`, 'u').test(this.text.wholeText) ? fullName : undefined;
    const core = judgesName ?? (phrase.kind === 'person' ? names.withoutOpeningRole(phrase.core) : phrase.core);
    const read =
      phrase.kind === 'person'
        ? ((title ? names.fullNameOfTitle(core, title) : undefined) ?? names.fullName(core, titled ? phrase.gender : undefined) ?? (titled && HONORIFIC.test(phrase.text.slice(0, -phrase.core.length)) ? this.titledAsPrinted(phrase.text) : core))
        : (this.definiteOrganisation(phrase.text) ?? phrase.text.replace(/^the\s+/i, ''));
    // ("Mr T Botha (DA) said …" then "Mr Botha later said": one person, named with the title both times, the review of
    // round 26.)
    const name = phrase.kind === 'person' && INITIALS_AND_SURNAME.test(read) ? this.initialsAsTitled(read) : phrase.kind === 'person' ? this.peerageInFull(read) : read;
    const gender = phrase.gender ?? (phrase.kind === 'person' ? names.genders.get(name) : undefined);
    if (gender && phrase.kind === 'person') names.genders.set(name, gender);
    return { ...base, name, gender };
  }

  /**
   * Rule "a courtesy title keeps its full stop as printed" (round 19): a surname the story never completes is
   * named as printed, "Mr. Escobedo" where the story prints it so (a name's words lose their stops when read).
   */
  private titledAsPrinted(name: string): string {
    const m = /^(Mr|Mrs|Ms|Dr|Prof|Messrs) (.+)$/.exec(name);
    if (!m) return name;
    const known = this.titledPrinted.get(name);
    if (known !== undefined) return known;
    // (In any case: a hearing prints "Mr. TANAKA of California." and nowhere "Mr. Tanaka".)
    const printed = (title: string) => new RegExp(String.raw`(?<![\p{L}])${title}\s+${escapeRegExp(m[2] as string)}(?![\p{L}])`, 'iu').test(this.text.wholeText);
    const asPrinted = printed(`${m[1]}\\.`) && !printed(m[1] as string) ? `${m[1]}. ${m[2]}` : name;
    this.titledPrinted.set(name, asPrinted);
    return asPrinted;
  }
  /** A name of initials and a surname with the courtesy title the text first prints before it ("Mr T Botha"), else as it is. */
  private initialsAsTitled(name: string): string {
    const key = `initials\u0000${name}`;
    const known = this.titledPrinted.get(key);
    if (known !== undefined) return known;
    const m = new RegExp(`${COURTESY_TITLE_BEFORE}${escapeRegExp(name)}(?![\\p{L}])`, 'u').exec(this.text.wholeText);
    const titled = m ? `${m[1]}${m[2]} ${name}` : name;
    this.titledPrinted.set(key, titled);
    return titled;
  }
  /**
   * A peer's name with the place of the peerage the text prints it with once: "Lord Ashworth" is "Lord Ashworth of Kelby"
   * where a panel's list names him so (round 50), as a label would cite him; else as it is. Not an office, "Lord Mayor".
   */
  private peerageInFull(name: string): string {
    // (Not "Earl Johnson of Harris Trust": "Earl", "Baron" and "Viscount" are given names as often; nor an organisation.)
    const m = /^(?:Lord|Lady|Baroness)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
    if (!m || isRoleNoun((m[1] as string).toLowerCase())) return name;
    const key = `peerage\u0000${name}`;
    const known = this.titledPrinted.get(key);
    if (known !== undefined) return known;
    // (A place's words only, in small letters after the first, without a possessive's "'s": not "Kelby's", nor letters after
    // it, "of Kelby KC", the review of round 50.)
    const places = new Set([...this.text.wholeText.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}\s+of\s+(\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}\p{Ll}[\p{L}-]*)?)(?:['’]s)?(?![\p{L}'’-])`, 'gu'))].map((p) => p[1] as string));
    const place = places.size === 1 ? ([...places][0] as string) : undefined;
    const full = place && !place.split(/\s+/u).some((w) => ORG_WORDS.has(w.toLowerCase())) ? `${name} of ${place}` : name;
    this.titledPrinted.set(key, full);
    return full;
  }
  /** `titledAsPrinted`'s, `initialsAsTitled`'s and `peerageInFull`'s answers, by name (read once per document). */
  private readonly titledPrinted = new Map<string, string>();

  /** Where an opening "Asked by X whether …" of the sentence at a place (its clause's start) names its asker (see `ASKED_BY_OPENING`). */
  private askerOpeningSentenceOf(at: number): { from: number; to: number } | undefined {
    const text = this.text.paragraphs[paragraphOf(at)]?.text ?? '';
    const from = Math.max(0, ...[...text.slice(0, offsetOf(at)).matchAll(/[.!?:]["”’]?\s+|\n/gu)].map((m) => (m.index ?? 0) + m[0].length));
    const m = ASKED_BY_OPENING.exec(text.slice(from));
    return m ? { from: placeOf(paragraphOf(at), from), to: placeOf(paragraphOf(at), from + m[0].length) } : undefined;
  }

  /** A pronoun: "he", "she", "it", "they", "we" ("I" is nobody the narration can tell). */
  private readPronoun(phrase: SpeakerPhrase, at: number, base: Reading, recent: Referent[]): Referent | undefined {
    const genders = this.names.genders;
    // ("“Tell them this,” he said" is no "spokeswoman" the column quoted before: a description's noun says its gender,
    // round 26.)
    const genderOfReferent = (r: Referent) =>
      r.gender ?? genders.get(r.name) ?? (r.kind !== 'person' ? undefined : r.form === 'name' ? (this.names.describedGender(r.name) ?? this.names.narratedGender(r.name) ?? this.names.kinshipGender(r.name)) : (TITLE_GENDER[r.core] ?? PERSON_GENDER[r.core]));
    // ("he asked" after "OPEC faced a dilemma": an acronym is an organisation's name, never a "he" or "she"; but "a NATO
    // spokeswoman", named for the body she speaks for, is a "she", round 64.)
    // ("Asked by panel member Thabo Sithole whether …, he said:": not the one asking, round 47.)
    const asker = this.askerOpeningSentenceOf(at);
    const fits = (r: Referent) =>
      !(asker && r.at >= asker.from && r.at < asker.to) &&
      (phrase.core === 'it' ? r.kind === 'thing' : phrase.core === 'they' || phrase.core === 'we' ? r.kind !== 'person' : r.kind === 'person' && (r.form !== 'name' || !ACRONYM.test(r.name)) && (!phrase.gender || !genderOfReferent(r) || genderOfReferent(r) === phrase.gender));
    if (phrase.core === 'i') return undefined;
    const source = phrase.core === 'they' ? this.singularSourceBefore(at) : undefined;
    if (source) return { ...base, kind: 'person', form: 'description', name: source, text: source, core: source };
    // "He" or "she" is most often the nearest person who spoke or was a sentence's subject ("Hruby is not
    // holding his breath. … he says"), not a person merely mentioned since; then anyone fitting.
    // The subject of the sentence just before goes on as "he" or "she" when it fits (centering): "Tomic,
    // who left the court …, said …" then "“…,” she said" is Tomic, not the mayor heard a paragraph earlier.
    const mourned = phrase.gender ? this.mournedInNarratedParagraph(at, fits) : undefined;
    if (mourned) return { ...mourned, at };
    // ("A mother of four living in the camp, who asked that her name not be used, described the conditions. “…,” she
    // said": the one the sentence before brings in, not the doctor quoted the paragraph before, round 43.)
    const described = phrase.gender ? this.describedSourceBefore(at, phrase.gender) : undefined;
    if (described) return { ...base, kind: 'person', form: described.named ? 'name' : 'description', name: described.text, text: described.text, core: described.text, gender: phrase.gender };
    const centre = phrase.gender ? this.lastSentenceSubject(at, fits, phrase.core) : undefined;
    if (centre) {
      const gender = genderOfReferent(centre) ?? phrase.gender;
      if (gender) genders.set(centre.name, gender);
      return { ...centre, at, gender };
    }
    const reversed = [...recent].reverse();
    // ("According to him, “…”": an object pronoun is the nearest person fitting it, not the last one heard speaking
    // before them, who is most often the other side: "Reporters spoke to Emeka Obi, a trader. According to him, …" is
    // Obi's after a minister's quotation, the review of round 23.)
    if (/^(?:him|her)$/i.test(phrase.text)) {
      const nearest = reversed.find((r) => fits(r) && (r.form !== 'name' || r.person || r.opening || r.spoke || r.subject));
      return nearest && !nearest.unnamed ? { ...nearest, at, gender: genderOfReferent(nearest) ?? phrase.gender } : undefined;
    }
    // "It said": the organisation heard speaking last, before any thing merely named since.
    // A capitalised run the text never shows to be a person nor gives as a sentence's subject ("she sees
    // … interest from the Middle East") is no one a "she" can stand for: better nobody than a place.
    // "They said" is not a journal a finding was merely "reported in": a name only mentioned after a
    // preposition is no plural speaker.
    const mentionedOnly = (r: Referent) => phrase.core === 'they' && r.form === 'name' && !r.spoke && !r.opening && !r.subject;
    const read = reversed.find((r) => (r.spoke || (phrase.kind === 'person' && r.subject)) && fits(r)) ?? reversed.find((r) => fits(r) && !mentionedOnly(r) && (r.kind !== 'person' || r.form !== 'name' || r.person || r.opening || r.spoke));
    const found = read && phrase.kind === 'person' && this.names.isCommonWord(read.name) ? this.speakerBeforeCommonWord(read, reversed, fits) : read;
    if (!found) return undefined;
    const gender = genderOfReferent(found) ?? phrase.gender;
    if (gender && found.kind === 'person') genders.set(found.name, gender);
    return { ...found, at, gender };
  }

  /**
   * Rule "an obituary's new paragraph goes on about the one it mourns" (round 18): "Pauline Ashcroft, who
   * succeeded her, said: “…” ¶ In retirement she chaired …" — in a paragraph opening with narration, a "he" or
   * "she" before anyone fitting is named there is the person the obituary's title names in full, when the story
   * has named them and the pronoun fits them.
   */
  private mournedInNarratedParagraph(at: number, fits: (r: Referent) => boolean): Referent | undefined {
    const title = this.text.obituaryTitle;
    if (!title) return undefined;
    const paragraph = paragraphOf(at);
    // (Not a paragraph opening with a quotation: '"He never once missed a deadline," he added' goes on with the
    // one paying tribute.)
    if (QUOTATION_OPENING.test(this.text.paragraphs[paragraph]?.text ?? '')) return undefined;
    if (this.history.some((r) => paragraphOf(r.at) === paragraph && r.kind === 'person' && r.form === 'name' && fits(r) && (r.person || r.spoke || r.subject))) return undefined;
    const mourned = this.history.findLast((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed && r.name.includes(' ') && title.includes(r.name));
    return mourned && fits(mourned) ? mourned : undefined;
  }

  /** A description: the nearest earlier name or description of the same thing or role. */
  private readDescription(printed: SpeakerPhrase, at: number, base: Reading, recent: Referent[]): Referent {
    // ("the CEO" is the one named "Chief Executive Officer Martin Kessler" or "the chief executive".)
    const spelled = spelledOutRole(printed);
    // ("One Lamont security guard, who requested anonymity, said …" then "“…,” the guard said": a noun neither list knows
    // is read as a thing's, but the one an earlier description made a person's is that person, not a body whose name holds
    // the description's "Lamont", round 42.)
    const personBefore = spelled.kind === 'thing' && !THING_NOUNS.has(spelled.core) && /^the\s/i.test(spelled.text) && recent.some((r) => r.kind === 'person' && r.form === 'description' && r.core === spelled.core);
    // (A player's position is a person's, "the Strikers captain" the one written "Strikers captain Tom Hale", the review of
    // round 43.)
    // (So is a clergy's title, "the Archbishop said" after "Archbishop Halmay reflected …", round 45.)
    const clergy = spelled.kind === 'thing' && CLERGY_TITLES.has(spelled.core.toLowerCase());
    const phrase: SpeakerPhrase = clergy ? { ...spelled, kind: 'person', core: spelled.core.toLowerCase() } : personBefore || (spelled.kind === 'thing' && SPORTS_EPITHETS.has(spelled.core)) ? { ...spelled, kind: 'person' } : spelled;
    const head = phrase.core;
    // "the 42-year-old said", "the 21-year-old activist": the one person the story gives that age.
    const age = phrase.kind === 'person' && /^the\s/i.test(phrase.text) ? /\b(\d{1,3})-year-old\b/.exec(phrase.text)?.[1] : undefined;
    const aged = age ? this.personOfAge(age, at) : undefined;
    if (aged) return { ...aged, at };
    // "the Australian said": the one person named so far whose name the story prints after that nationality
    // or country ("Australia’s Georgia Pratt", "Belgian Jens Vercauteren"); else the one person it has named.
    const national = DEMONYMS.has(head) && /^the\s/i.test(phrase.text) ? (this.personOfNationality(head) ?? this.onePersonSoFar() ?? this.onePersonOfNoOtherNationality(head)) : undefined;
    if (national) return { ...national, at };
    // "the defence minister" is the one named "Defence Minister Tomas Kral", not the finance minister;
    // "the spokesman" the one written "spokesman Marlin Fitzwater" (a role beside the name, its modifiers
    // in the words around it). The nearest mention wins: after "a Treasury spokesman", "the spokesman" is
    // that unnamed source, not a spokesman named before.
    const modifiers = modifiersOf(phrase);
    // ("the CEO" as printed: the one printed "CEO …", round 54.)
    const initials = PRINTED_ROLE_INITIALS.exec(printed.text)?.[1]?.toLowerCase();
    // (Court copy's bare "counsel said" is the counsel just named, as "the counsel" would be.)
    const definite = /^the\s/i.test(phrase.text) || (phrase.kind === 'person' && BARE_DEFINITE_ROLES.has(phrase.text.toLowerCase()));
    // ("the exchange" after "The New York Stock Exchange said …" and "… to the Securities and Exchange
    // Commission": the organisation whose name's own noun it is, before one whose name merely holds the word (round 19).)
    // (Of two such, the one heard speaking: "The New York Stock Exchange said it and its New York Futures Exchange
    // affiliate will …" — "the exchange" after it is the one that said so.)
    const headedNames = phrase.kind === 'thing' && definite ? [...recent].reverse().filter((r) => r.kind === 'thing' && r.form === 'name' && headOfName(r.text) === head && modifiers.every((m) => titleWords(r.text).includes(m))) : [];
    // (Only beside the nearest: "The Chicago Board Options Exchange also filed … The exchange said" is the CBOE, not
    // an exchange heard speaking paragraphs before.)
    const nearest = headedNames[0];
    const headed = (nearest && headedNames.find((r) => (r.spoke || r.subject) && paragraphOf(r.at) === paragraphOf(nearest.at))) ?? nearest;
    const sameRole = headed ?? [...recent].reverse().find((r) => {
      if (r.kind !== phrase.kind) return false;
      // ("the Taoiseach told reporters" after "former Taoiseach Bertie Ahern, who said …": one who held the office before is
      // not its holder now, the review of round 56.)
      if (r.form === 'name' && definite && !FORMER.test(phrase.text) && this.heldFormerly(r, head)) return false;
      if (r.form !== 'name') return phrase.kind !== 'thing' && r.form === 'description' && r.core === head;
      const words = titleWords(r.text);
      if (words.includes(head) && modifiers.every((m) => words.includes(m))) return true;
      if (initials && words.includes(initials) && this.initialsNowHeld(r, initials)) return true;
      // (Only "the spokesman": "a spokesman", "one analyst" bring in someone new.)
      // ("the UAW chief" the one written "UAW president Owen Bieber": a leader's noun for whatever office leads, round 45.)
      // (The body's word right before that office: not "Council leader Jane Hart met police representatives" for "the police
      // chief", round 45's review; only the rest of a body's name between them, "Health Service Executive director …", not
      // "Police questioned club president Tom Hale", the review of round 45's rules; the name's own "of" and the office's
      // own rank, "Bank of England governor Andrew Bailey", "Unite union general secretary Sharon Graham", the review of
      // round 46's.)
      const leads = (held: string) => modifiers.every((m) => new RegExp(String.raw`(?<![\p{L}])${anyCase(m)}\)?(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}&'’-]*){0,${BODY_NAME_WORDS_BETWEEN}}\s+(?:\(\p{Lu}+\)\s+)?(?:${OFFICE_RANKS}\s+)?${anyCase(held)}\s+${escapeRegExp(r.text)}(?![\p{L}])`, 'u').test(this.text.wholeText));
      const role = (held: string) => held === head || (HEADSHIP_NOUNS.has(head) && LEADING_ROLES.has(held) && leads(held));
      return definite && !!r.roles?.some(role) && modifiers.every((m) => new RegExp(`\\b${escapeRegExp(m)}\\b`, 'u').test(this.seenAround.get(r.name) ?? ''));
    });
    // ("the prince" after two princes named: nobody can tell which.)
    const holders = RANK_NOUNS.has(head) ? new Set(recent.filter((r) => r.kind === 'person' && r.form === 'name' && r.text.toLowerCase().split(/\s+/).includes(head)).map((r) => r.name)) : undefined;
    if (holders && holders.size > 1) return { ...base, name: phrase.text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) };
    if (sameRole?.form === 'name') return { ...sameRole, at };
    const sole = sameRole ? undefined : this.soleHolder(phrase, modifiers, at, initials);
    if (sole) return { ...sole, at };
    const witness = !sameRole && definite && head === 'witness' ? this.witnessGivingEvidence() : undefined;
    if (witness) return { ...witness, at };
    // ("Captain Ruan Steenkamp was even more blunt. “…,” the lock said.": sports copy's epithet, a player's position, a
    // person's whatever noun lists read it as, is the one the sentence before is about, when nothing else reads it, round
    // 43.)
    // (Not where the story brings in one unnamed, "A cyclist was seriously injured …", nor someone the description's team
    // does not go with, "Rovers manager Gary Pike" for "the Strikers captain", the review of round 43.)
    const epithetHead = definite && !sameRole && SPORTS_EPITHETS.has(head) && !this.unnamedOfNounSince(head, 0, at);
    const read = phrase.kind === 'thing' ? this.readThingDescription(phrase, at, base, recent, definite) : this.personByWordsAround(phrase, at, recent, modifiers);
    const ofTeam = (r: Referent) => modifiers.every((m) => new RegExp(`\\b${escapeRegExp(m)}\\b`, 'u').test(this.seenAround.get(r.name) ?? '')) || (modifiers.length > 0 && !new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*\s+\p{Ll}+\s+${escapeRegExp(r.text)}(?![\p{L}])`, 'u').test(this.text.wholeText));
    // (Nor one the story gives a role off the field, "Coastguard commander Ian Munro", "Sheriff Morag Lennox", for "the
    // skipper" or "the defender", the review of round 43's rules.)
    // (Read once per name: a match report says "the skipper said" often, the review of round 44's rules.)
    const offTheField = (r: Referent) => this.readOnce(`off the field\u0000${r.text}`, () => {
      const before = [...this.text.wholeText.matchAll(new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+${escapeRegExp(r.text)}(?![\p{L}])`, 'gu'))].map((m) => (m[1] as string).toLowerCase());
      // (A title or a role printed before the name, not what an aside says of them, "Kane, a father of four,", the review
      // of round 44.)
      return [...titleWords(r.text), ...before].some((w) => {
        const word = w.replace(/\.$/, '');
        return isRoleNoun(word) && !SPORTS_EPITHETS.has(word) && !RELATION_NOUNS.has(word);
      });
    });
    const epithet = epithetHead && read?.form !== 'name' ? this.lastSentenceSubject(at, (r) => r.kind === 'person' && r.form === 'name' && !r.unnamed && ofTeam(r) && !offTheField(r)) : undefined;
    if (epithet) return { ...epithet, at };
    // (So is a standing epithet any desk uses for the one just named, "the mother of four", "the septuagenarian", "the
    // monarch", round 54's Lagos market fire: "Another trader, Mrs Ngozi Eze-Ubah, … said she lost goods …" / "“…,” the
    // mother of four said"; not where the story brings one in unnamed.)
    const standing = definite && !sameRole && read?.form !== 'name' && STANDING_EPITHET.test(phrase.text) && !this.unnamedOfNounSince(head, 0, at) ? this.standingEpithetHolder(phrase.text, at) : undefined;
    if (standing) return { ...standing, at };
    // ("“They cannot just say no,” the person said": the financial press's anonymous source, "the person", "the people",
    // "the source", is never someone the story names, whoever was quoted before it, round 37; as described, as any
    // description it cannot tie to a name is.)
    if (ANONYMOUS_HEADS.has(head) && read?.form === 'name') return { ...base, name: describedName(printed) };
    return read ?? { ...base, name: describedName(printed) };
  }

  /** Whether a name is printed as a former holder of a role: "former Taoiseach Bertie Ahern", "Bertie Ahern, a former Taoiseach". */
  private heldFormerly(r: Referent, role: string): boolean {
    this.formerHolders ??= new FormerHolders(this.text.wholeText);
    return this.formerHolders.heldFormerly(r.name, role);
  }

  /** Whether a name printed with a role's initials holds it now: not "former CEO Daniel Pryce", "rival Corvex, where CEO …" (the review of round 54). */
  private initialsNowHeld(r: Referent, initials: string): boolean {
    const name = escapeRegExp(r.name);
    return !this.readOnce(`not now held\u0000${initials}\u0000${r.name}`, () => new RegExp(String.raw`(?<![\p{L}])(?:former|ex-|rival|previous|outgoing|then|interim)\s+(?:[\p{L}'’-]+\s+){0,3}?${initials}\s+${name}|\brival\b[^.!?]{0,60}${initials}\s+${name}`, 'iu').test(this.text.wholeText));
  }

  /**
   * The one a standing epithet stands for (`STANDING_EPITHET`): the named subject or speaker of the sentence before, if the
   * epithet can be theirs: a mother not a man the text calls "Mr" or "he", a father not a woman; an age's decade their
   * printed age's, else the one person the story gives an age in it ("Burglars tied up 84-year-old Mary Brown" before a
   * detective speaks: "the octogenarian" is her); a monarch one the text prints beside a ruler's title ("The Baale of
   * Oluwaseun community, Chief Rasaki Olowookere"), not a prime minister who briefed the King (the review of round 54).
   */
  private standingEpithetHolder(text: string, at: number): Referent | undefined {
    const epithet = text.toLowerCase().replace(/^the\s+/u, '');
    const decade = DECADE_EPITHETS[epithet];
    const person = (r: Referent) => r.kind === 'person' && r.form === 'name' && !r.unnamed;
    if (decade !== undefined) {
      const inDecade = (name: string) => {
        const age = Number(this.names.ageOf(name));
        return age >= decade && age < decade + 10;
      };
      const aged = new Set(this.history.filter((r) => person(r) && inDecade(r.name)).map((r) => r.name));
      if (aged.size === 1) return this.history.findLast((r) => person(r) && aged.has(r.name));
      return aged.size === 0 ? this.lastSentenceSubject(at, (r) => person(r) && this.names.ageOf(r.name) === undefined) : undefined;
    }
    const parent = /^(?:mother|grandmother|mum|father|grandfather|dad)\b/u.exec(epithet)?.[0];
    const gender = parent ? (/^(?:mother|grandmother|mum)$/u.test(parent) ? 'f' : 'm') : undefined;
    const ruler = (r: Referent) => this.readOnce(`ruler\u0000${r.text}`, () => new RegExp(String.raw`(?<![\p{L}])(?:${RULERS_TITLES})(?![\p{L}])[^.!?]{0,80}${escapeRegExp(r.text)}(?![\p{L}])`, 'u').test(this.text.wholeText));
    return this.lastSentenceSubject(at, (r) => person(r) && (gender ? r.gender === undefined || r.gender === gender : ruler(r)));
  }

  /**
   * Rule "an office's initials stand for its holder" (round 28): "Medical Services Principal Secretary Dr Esther Wanjala
   * said …" then "the PS said"; "said Md Shahidul Islam, officer-in-charge (OC) of Chauhali Police Station" then "the OC
   * said" (the speech clause reads "the PS" as the name "PS"). The one person the narration so far prints after a title
   * whose words' initials these are, or before the role these initials follow in brackets (`readInitialsPrinted`);
   * undefined for none or two.
   */
  private holderOfInitials(initials: string, at: number): Referent | undefined {
    this.initialsPrinted ??= this.readInitialsPrinted();
    const printed = (this.initialsPrinted.get(initials) ?? []).filter((p) => p.paragraph <= paragraphOf(at));
    const holders = new Set(printed.map((p) => this.names.fullName(p.name) ?? p.name));
    if (holders.size !== 1) return undefined;
    const [holder] = holders as Set<string> & [string];
    return this.history.findLast((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed && (r.name === holder || holder.endsWith(` ${r.name}`)));
  }

  /**
   * The names the narration prints with an office's initials, by the initials and with their paragraph, read in one
   * pass (see `holderOfInitials`): after a title whose last two to four words make them, the title holding a title's or
   * role's word ("Principal Secretary"; not "United Nations" before "Secretary-General António Guterres"), or before a
   * role in lower case with the initials in brackets.
   */
  private readInitialsPrinted(): Map<string, { name: string; paragraph: number }[]> {
    const found = new Map<string, { name: string; paragraph: number }[]>();
    const add = (initials: string, name: string, paragraph: number) => {
      const list = found.get(initials) ?? [];
      list.push({ name, paragraph });
      found.set(initials, list);
    };
    this.text.masked.forEach((text, paragraph) => {
      for (const m of text.matchAll(TITLE_THEN_NAME)) {
        const title = (m[1] as string).trim().split(/\s+/);
        const name = m[2] as string;
        if (/-/.test(name.split(' ')[0] ?? '') || isRoleNoun((name.split(' ')[0] ?? '').toLowerCase())) continue;
        for (let letters = 2; letters <= Math.min(4, title.length); letters++) {
          const words = title.slice(-letters);
          if (words.some((w) => isRoleNoun(w.toLowerCase()))) add(words.map((w) => w[0]).join(''), name, paragraph);
        }
      }
      // (A name, then its role in lower case with the initials in brackets: "Md Shahidul Islam, officer-in-charge (OC)"; not
      // an organisation's, "Jo Hale, of the Securities and Exchange Commission (SEC)".)
      for (const m of text.matchAll(NAME_THEN_ROLE_INITIALS)) add(m[2] as string, m[1] as string, paragraph);
    });
    return found;
  }
  private initialsPrinted: Map<string, { name: string; paragraph: number }[]> | undefined;

  /** The person named so far whom the story gives this age, by their last mention (see `DocumentNames.nameOfAge`). */
  private personOfAge(age: string, at: number): Referent | undefined {
    const name = this.names.nameOfAge(age);
    if (name !== undefined) return this.history.findLast((r) => r.kind === 'person' && r.form === 'name' && r.name === name);
    // ("Sergio Márquez has been appointed head coach … The 45-year-old said": no age printed.) With more people
    // named, the one heard speaking in the last sentence ("Doherty, who now has nine goals, said the mood was
    // “flat”. “…,” the 23-year-old said"), unless the story prints another age for them; not a sentence's
    // subject merely ("Márquez replaced Vidal …. The 45-year-old said": either may be 45).
    const unagedSpeaker = (r: Referent) => r.kind === 'person' && r.form === 'name' && !!r.spoke && !r.unnamed && this.names.ageOf(r.name) === undefined;
    return this.onePersonSoFar() ?? this.lastSentenceSubject(at, unagedSpeaker);
  }

  /** The one person named so far printed right after a nationality or its country (their first letters: "Australia’s", "Australian" for "the Australian"). */
  private personOfNationality(demonym: string): Referent | undefined {
    const stem = escapeRegExp(demonym.slice(0, NATIONALITY_STEM));
    const people = this.history.filter((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed);
    const printed = (r: Referent) =>
      this.readOnce(`printed after\u0000${stem}\u0000${r.text}`, () => new RegExp(`(?<![\\p{L}])${stem}\\p{L}*(?:['’]s)?\\s+(?:\\p{Ll}+\\s+){0,2}${escapeRegExp(r.text)}(?![\\p{L}])`, 'iu').test(this.text.wholeText));
    const names = new Set(people.filter(printed).map((r) => r.name));
    return names.size === 1 ? people.findLast((r) => names.has(r.name)) : undefined;
  }

  /**
   * Rule "the Frenchman is the one not printed as anyone else" (round 13): sports copy names the winner
   * plainly and the others with their nationality ("outsprinting Belgian Jens Vercauteren and Dutchman Koen
   * Blom"; "England's Jess McKinnon and Sweden's Frida Almqvist"): "the Frenchman" is then the one person named
   * so far printed after no other nationality and no country's possessive.
   */
  private onePersonOfNoOtherNationality(demonym: string): Referent | undefined {
    const stem = demonym.slice(0, NATIONALITY_STEM).toLowerCase();
    const people = this.history.filter((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed);
    const isOther = (word: string, possessive: boolean) => !word.toLowerCase().startsWith(stem) && (DEMONYMS.has(word.toLowerCase()) || possessive);
    const otherNationality = (r: Referent) => {
      const first = /^(\p{Lu}[\p{L}-]*)(['’]s)?\s/u.exec(r.text);
      if (first && isOther(first[1] as string, first[2] !== undefined)) return true;
      return this.wordsBeforeNameOnce(r.text).some(([word, possessive]) => isOther(word, possessive));
    };
    const others = new Set(people.filter(otherNationality).map((r) => r.name));
    // (Only a name opening a sentence, then a verb in lower case: "Thibault Marchand-Leroy won …", not "the Tour
    // de Suisse".)
    const namedOpeningSentence = (r: Referent) => this.readOnce(`opens a sentence\u0000${r.text}`, () => new RegExp(String.raw`(?:^|[.!?]\s+)${escapeRegExp(r.text)}\s+(?!and\b|or\b)\p{Ll}`, 'mu').test(this.text.wholeText));
    const names = new Set(people.filter((r) => !others.has(r.name) && namedOpeningSentence(r)).map((r) => r.name));
    return names.size === 1 ? people.findLast((r) => names.has(r.name)) : undefined;
  }

  /**
   * Answers about how a name is printed in the whole text, read once per document: a story calls "the Mongols" or
   * "the Chinese" dozens of times, and each call asked them again of every mention before it (a Wikipedia article
   * on the Yuan dynasty took 7 s to attribute, round 26). The text never changes, so neither does an answer.
   */
  private readOnce(question: string, read: () => boolean): boolean {
    let answer = this.printedAnswers.get(question);
    if (answer === undefined) {
      answer = read();
      this.printedAnswers.set(question, answer);
    }
    return answer;
  }
  /**
   * `capitalisedWordsBefore` of a name, read once per name: the same for every nationality asked about.
   */
  private wordsBeforeNameOnce(name: string): [string, boolean][] {
    let words = this.wordsBefore.get(name);
    if (!words) {
      words = capitalisedWordsBefore(this.text.wholeText, name);
      this.wordsBefore.set(name, words);
    }
    return words;
  }
  /** `wordsBeforeNameOnce`'s answers, by name. */
  private readonly wordsBefore = new Map<string, [string, boolean][]>();
  /** `readOnce`'s answers, by question. */
  private readonly printedAnswers = new Map<string, boolean>();
  private formerHolders: FormerHolders | undefined;

  /**
   * Rule "the witness is the one giving evidence" (round 32, court copy): "Gerard Lawless (58) was giving evidence …" then
   * "“…,” the witness said" is Lawless: the last person heard speaking, when named and the words around them say they give
   * evidence; none otherwise (a story's "a witness" is read as that unnamed witness before this).
   */
  private witnessGivingEvidence(): Referent | undefined {
    // (The last one heard speaking, named: not a witness named before an unnamed one the court then heard, the review of
    // round 32; and one the words around call a witness giving evidence, not a prosecutor who "told the jury" or a police
    // spokesman "gathering evidence".)
    // (Counsel heard putting a question in between is passed over: "“…?” counsel asked. “It's the truth,” the witness replied.")
    for (let i = this.history.length - 1; i >= 0; i--) {
      const r = this.history[i] as Referent;
      if (r.kind !== 'person' || !r.spoke) continue;
      if (r.form !== 'name' || r.unnamed) return undefined;
      const around = this.seenAround.get(r.name) ?? '';
      if (GIVING_EVIDENCE.test(around)) return r;
      if (!COUNSEL.test(around)) return undefined;
    }
    return undefined;
  }

  /** The one person the story has named so far, if only one: whom a description it gives nobody else means. Two named: nobody can tell which. */
  private onePersonSoFar(): Referent | undefined {
    const people = new Set(this.history.filter((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed).map((r) => r.name));
    return people.size === 1 ? this.history.findLast((r) => r.kind === 'person' && r.form === 'name' && !r.unnamed) : undefined;
  }

  /**
   * "The Syrian envoy said" after "Syrian U.N. charge d'affaires Abdul Al-Atassi said": a role the text
   * never gave by that noun, told apart by words written beside a person heard speaking.
   */
  private personByWordsAround(phrase: SpeakerPhrase, at: number, recent: Referent[], modifiers: string[]): Referent | undefined {
    if (!(/^the\s/i.test(phrase.text) && modifiers.length > 0 && !recent.some((r) => r.core === phrase.core))) return undefined;
    const heard = [...this.history].reverse().find((r) => r.spoke && r.kind === 'person' && r.form === 'name' && modifiers.every((m) => new RegExp(`\\b${m.replace(/[^\p{L}\p{N}'’-]/gu, '')}\\b`, 'u').test(this.seenAround.get(r.name) ?? '')));
    return heard ? { ...heard, at } : undefined;
  }

  /** A description of a document or an organisation ("the report", "its annual report", "the company"). */
  private readThingDescription(phrase: SpeakerPhrase, at: number, base: Reading, recent: Referent[], definite: boolean): Referent | undefined {
    const head = phrase.core;
    // "The document" after "the proposals": the same thing; named if the text or its collection names it
    // ("the report" after "In an annual review, the OECD said" is the OECD's, and stays so while the
    // story goes on about it).
    const earlier = [...recent].reverse().filter((r) => r.kind === 'thing' && (r.core === head || (isDocumentNoun(head) && isDocumentNoun(r.core))));
    return (
      this.issuerItsWordsName(phrase, at, base) ??
      this.documentMentionedBefore(phrase, at, earlier) ??
      this.describedSpeakerGoesOn(phrase, base) ??
      this.publicationNamed(phrase, at, recent, definite) ??
      this.organisationDescribed(phrase, at, recent, definite) ??
      this.nameInCollection(phrase, base, earlier) ??
      this.senderOfMessage(phrase, at) ??
      // A document nobody is said to have issued ("the report said", no issuer in sight): "the report"
      // tells a reader nothing about who speaks, so it names nobody (and a later "it said" neither).
      (isDocumentNoun(head) ? { ...base, name: phrase.text, unnamed: true } : undefined)
    );
  }

  /**
   * Rule "the email is its sender's" (round 64): "The following morning, the claimant emailed Mr Haigh." / "The email said:
   * “…”", "she had emailed the home's manager, …" / "The email, which was shown to the tribunal, said: …", "In the email,
   * seen by Gulf News, principal Fiona Marlowe wrote that …" / "“…,” the email continued": a message (`SENT_NOUNS`) the
   * last paragraphs say someone sent is the sender's words; the nearest such sentence before it, its sender read as any
   * subject is, a person named in full. Undefined where none is (the report's, the issuer's readings come first).
   */
  private senderOfMessage(phrase: SpeakerPhrase, at: number): Referent | undefined {
    const noun = phrase.core.toLowerCase();
    if (!SENT_NOUNS.has(noun) || !/^the\s/iu.test(phrase.text)) return undefined;
    const here = paragraphOf(at);
    for (let p = here; p >= Math.max(0, here - SENDER_PARAGRAPHS); p--) {
      const text = (this.text.paragraphs[p]?.text ?? '').slice(0, p === here ? offsetOf(at) : undefined);
      const sent = [...text.matchAll(SENT_BY)].at(-1);
      if (!sent) continue;
      // (Not past a reply since, "Tom Reyes wrote to the minister." / "The minister, Ann Lee, replied on Friday. The letter
      // said: …": which letter is meant, the sender's or the reply, the words do not tell.)
      const since = [text.slice((sent.index ?? 0) + sent[0].length), ...this.text.paragraphs.slice(p + 1, here + 1).map((q, i) => (p + 1 + i === here ? q.text.slice(0, offsetOf(at)) : q.text))].join(' ');
      if (REPLIED.test(since)) return undefined;
      const clause = (sent[1] ?? sent[2] ?? '') as string;
      // (A plain subject only: not one after a label or a vocative, "Senator Pratley: Mr Okoro, the Ombudsman wrote to the
      // agency", whose sender is the Ombudsman, unnamed.)
      if (/[,:;]/u.test(clause)) return undefined;
      const subject = subjectBefore(clause);
      if (subject?.kind !== 'person') continue;
      const sender = this.read(subject, placeOf(p, sent.index ?? 0));
      const named = sender?.kind === 'person' && sender.form === 'name' && !sender.unnamed ? this.names.wholeName(sender) : undefined;
      return named ? { ...named, kind: 'thing', form: 'description', text: phrase.text, core: noun, issued: true, at } : undefined;
    }
    return undefined;
  }

  /**
   * Rule "the paper is the publication named last" (round 18): a press review or a wire story quoting a
   * newspaper goes on with "the paper writes", "the newspaper said" ("The Washington Post said … The
   * newspaper said: “…”"; "The conservative Frankfurter Allgemeine Zeitung sees things differently. „…“,
   * the paper writes"). It stands for the nearest name in the last few paragraphs that the story prints as
   * a publication (see `printsAsPublication`), in this paragraph or the one before (`PUBLICATION_PARAGRAPHS`).
   */
  private publicationNamed(phrase: SpeakerPhrase, at: number, recent: Referent[], definite: boolean): Referent | undefined {
    // ("The Sunday Mail newspaper" names its own paper: only a description without a capitalised word reads back.)
    if (!definite || !PUBLICATION_NOUNS.has(phrase.core) || /\s\p{Lu}/u.test(phrase.text)) return undefined;
    // ("The government's white paper was leaked to the Sunday Times. The paper said": a document called "paper"
    // in reach is the one meant, and so is a study "published in" a journal.)
    const inText = this.text.paragraphs.slice(Math.max(0, paragraphOf(at) - PUBLICATION_PARAGRAPHS), paragraphOf(at) + 1).map((p) => p.text).join('\n');
    if (phrase.core === 'paper' && DOCUMENT_PAPER.test(inText)) return undefined;
    const inReach = (r: Referent) => paragraphOf(r.at) >= paragraphOf(at) - PUBLICATION_PARAGRAPHS;
    const publication = [...recent].reverse().find((r) => inReach(r) && r.form === 'name' && !r.unnamed && !r.person && this.printsAsPublication(r.name));
    return publication ? { ...publication, kind: 'thing', gender: undefined, form: 'description', text: phrase.text, core: phrase.core } : undefined;
  }

  /**
   * Whether the story prints a name as a newspaper's or magazine's (see `publicationNamed`): ending as newspapers'
   * names do and printed after "the" (with a word or two describing it: "the conservative Frankfurter Allgemeine
   * Zeitung"), not a company's name ("Royal Mail said"); or printed after a publication's noun.
   */
  private printsAsPublication(name: string): boolean {
    let known = this.publications.get(name);
    if (known === undefined) {
      const afterThe = () => new RegExp(String.raw`\b[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}${escapeRegExp(name)}(?![\p{L}])`, 'u').test(this.text.wholeText);
      known =
        isPublicationTitle(name, afterThe) ||
        new RegExp(`\\b(?:daily|weekly|newspaper|paper|magazine|tabloid|broadsheet)\\s+(?:the\\s+)?${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(this.text.wholeText);
      this.publications.set(name, known);
    }
    return known;
  }
  /** Whether the story prints each name asked about as a publication's (read once per name). */
  private readonly publications = new Map<string, boolean>();

  /**
   * Whether the story prints a name right after a publication's noun ("the Kuwait daily al-Qabas"). The text
   * after each such noun is read once per story (the same as testing `\b(?:daily|…)\s+NAME(?!\p{L})` on the
   * whole text, without a scan of the story per name).
   */
  private printedAfterPublicationNoun(name: string): boolean {
    this.afterPublicationNouns ??= textsAfterPublicationNouns(this.text.wholeText);
    return printedFirstIn(this.afterPublicationNouns, name);
  }
  /** The text after each publication's noun in the story (see `printedAfterPublicationNoun`). */
  private afterPublicationNouns: string[] | undefined;

  /**
   * Rule "the group is the group heard speaking" (round 18): "A group led by members of the Bass family, which
   * holds a stake in Taft Broadcasting Co, said … In a filing, the group said …" — "the group" goes on from the
   * organisation the story brought in undescribed by name ("a group", "A commission set up to …"), heard
   * speaking or opening its sentence, when no name was heard speaking since: not the company merely named
   * beside it, however far the story goes on. It stays as the story calls it ("the group").
   */
  private describedSpeakerGoesOn(phrase: SpeakerPhrase, base: Reading): Referent | undefined {
    if (isDocumentNoun(phrase.core) || !/^the\s/i.test(phrase.text)) return undefined;
    const history = this.history;
    const at = history.findLastIndex((r) => r.kind === 'thing' && r.form === 'description' && r.core === phrase.core && /^an?\s/i.test(r.text) && (r.spoke || r.opening) && !r.issued && !r.unnamed);
    if (at < 0 || history.some((r, i) => i > at && r.form === 'name' && r.spoke)) return undefined;
    return { ...base, name: describedName(phrase) };
  }

  /** The issuer a document's own words name: "its annual report", "a document issued by the PMDB", "the FTC study". */
  private issuerItsWordsName(phrase: SpeakerPhrase, at: number, base: Reading): Referent | undefined {
    const head = phrase.core;
    // "Its annual report … described …" right after "The Office for Students said …": the document of the
    // organisation an "it" would stand for there.
    const itsIssuer = /^[Ii]ts\s/.test(phrase.text) && (DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head)) ? this.read({ text: 'it', form: 'pronoun', kind: 'thing', core: 'it' }, at) : undefined;
    if (itsIssuer?.form === 'name' && !itsIssuer.unnamed) return { ...itsIssuer, form: 'description', text: phrase.text, core: head, issued: true, at };
    // "a document issued by the PMDB", "the Kiel institute's report": the issuer its own words name.
    const by = /\s(?:by|from)\s|['\u2019]s\s/.test(phrase.text) ? issuerNamedIn(phrase.text) : undefined;
    const byWhom = by ? this.resolve(by, at) : undefined;
    if (byWhom && !byWhom.unnamed) return { ...byWhom, kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
    // "the Federal Trade Commission (FTC) report", "the FTC study", "the Novo statement": the issuer its
    // own capitalised words name, before anything the story or its collection names otherwise.
    const modifier = DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head) ? ISSUER_MODIFIER.exec(phrase.text)?.[1] : undefined;
    const issuer = modifier ? this.issuerOfModifier(modifier) : undefined;
    if (issuer) return { ...base, name: issuer, kind: 'thing', form: 'description', issued: true };
    return undefined;
  }

  /** The document a description goes on about, and whoever issued it, from what the story said before (`earlier`: same things, nearest first). */
  private documentMentionedBefore(phrase: SpeakerPhrase, at: number, earlier: Referent[]): Referent | undefined {
    const head = phrase.core;
    const { history, issuers } = this;
    const someones = (r: Referent | undefined) => !!r && (r.form === 'name' || !!r.issued);
    // The nearest mention by the same noun decides when it is someone's ("the report" ← "the report"
    // the Supreme Audit Office published), and keeps a story's other documents out ("the report" is not
    // the ministry's statement in between).
    const same = earlier.find((r) => r.core === head);
    if (someones(same)) return { ...(same as Referent), at };
    // "the report said" after "In a report the Kiel institute said": whoever issued it speaks, when the
    // last few paragraphs say who (the nearest such mention of the same noun).
    const inReach = (i: IssuedDocument) => paragraphOf(i.issuer.at) >= paragraphOf(at) - REFERENCE_PARAGRAPHS;
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
    if (isDocumentNoun(head)) {
      const lastDocument = history.findLast((r) => r.kind === 'thing' && isDocumentNoun(r.core) && r.form === 'description');
      const oneIssuer = () => new Set(history.filter((r) => r.issued).map((r) => r.name)).size === 1;
      const sameKind = lastDocument?.issued && (sameDocumentNoun(lastDocument.core, head) || (!same && ISSUED_NOUNS.has(lastDocument.core) && ISSUED_NOUNS.has(head) && oneIssuer()));
      if (lastDocument?.issued && sameKind) return { ...lastDocument, text: phrase.text, core: head, at };
    }
    // "the report said" seven paragraphs after "The OECD, in its semi-annual review …, said": in a story
    // whose documents are all one issuer's, and which mentioned no document nobody issued, it is that one's.
    if (ISSUED_NOUNS.has(head) && !same) {
      const everIssued = issuers.filter((i) => ISSUED_NOUNS.has(i.noun));
      const unissued = history.some((r) => r.kind === 'thing' && r.form === 'description' && isDocumentNoun(r.core) && !r.issued);
      if (new Set(everIssued.map((i) => i.issuer.name)).size === 1 && !unissued) return { ...(everIssued[0] as IssuedDocument).issuer, kind: 'thing', form: 'description', text: phrase.text, core: head, issued: true, at };
    }
    return undefined;
  }

  /** Whether the story names a partnership by capitalised words that are no company's name: "The Mersey Forest partnership". */
  private namesOtherPartnership(): boolean {
    this.otherPartnership ??= [...this.text.wholeText.matchAll(NAMED_PARTNERSHIP)].some((m) => ![...this.names.companies].some((short) => (m[1] as string).endsWith(short)));
    return this.otherPartnership;
  }
  private otherPartnership: boolean | undefined;

  /** An organisation told by what it is ("the company", "the federal agency"): the one the story names or hears. */
  private organisationDescribed(phrase: SpeakerPhrase, at: number, recent: Referent[], definite: boolean): Referent | undefined {
    const head = phrase.core;
    // ("A woman on the fourth floor told The Post …" then "“…,” the woman said": "the woman" or "the neighbour" is never a
    // body, whichever was heard before, round 45.)
    if (PERSON_GENDER[head] !== undefined || RELATION_NOUNS.has(head)) return undefined;
    const history = this.history;
    // "the company said": the company named last.
    // The company heard speaking last in the story (a company report's own), else the one named last; a
    // name, not a bare "Inc".
    // ("the Brookehill group" is no other company, whichever spoke last: its capitalised words must be in the name.)
    const properModifiers = (phrase.text.match(/\b\p{Lu}[\p{L}&'-]*/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w)).map((w) => w.toLowerCase());
    // (Its words in small letters in the name too, or a description's own ("central"): not "the parish council" for Leeds
    // City Council, nor "the county court" for the Court of Appeal, the review of round 43's rules.)
    const beforeHead = phrase.text.slice(0, phrase.text.toLowerCase().lastIndexOf(head));
    const smallModifiers = (beforeHead.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}-]*(?![\p{L}'’-])/gu) ?? []).filter((w) => !/^(?:the|a|an)$/.test(w) && !DESCRIPTIVE_MODIFIERS.has(w));
    // (A body heard speaking need hold them only where the story brings in one so described, unnamed, "their parish council
    // has written to the contractor": "the energy regulator" is still Ofgem, and "Citicorp is the largest bank group" no
    // other bank group.)
    const describedUnnamed = smallModifiers.length > 0 && new RegExp(String.raw`(?<![\p{L}])(?:their|our|its|his|her|a|an)\s+${escapeRegExp(`${smallModifiers.join(' ')} ${head}`)}(?![\p{L}])`, 'iu').test(this.text.narration);
    /** Whether a referent's name holds every one of these words (in small letters). */
    const nameHolds = (r: Referent, words: string[]) => {
      const held = r.name.toLowerCase().split(/\s+/);
      return words.every((w) => held.includes(w));
    };
    const isCompany = (r: Referent) => r.kind === 'thing' && r.form === 'name' && COMPANY_NAME.test(r.name) && /\S\s+\S/.test(r.name) && nameHolds(r, properModifiers);
    // ("The partnership said" where the story names a partnership that is no company, "The Mersey Forest partnership, a
    // group of councils": only a company it calls one, "The General Acquisition partnership", "Coniston Partners"; not the
    // Tesco Plc heard before it, the review of round 40.)
    const calledSo = (r: Referent) => head !== 'partnership' || !this.namesOtherPartnership() || /\bPartners(?:hip)?\b/.test(r.name) || [...this.names.companies].some((short) => r.name.startsWith(short) && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(short)}\s+partnership\b`, 'u').test(this.text.wholeText));
    const company = COMPANY_NOUNS.has(head) ? ([...history].reverse().find((r) => r.spoke && isCompany(r) && calledSo(r)) ?? [...recent].reverse().find((r) => isCompany(r) && calledSo(r))) : undefined;
    if (company) return { ...company, at };
    // "the federal agency said" a paragraph after "Statistics Canada also reported": an organisation told by
    // what it is, not by name, is the one organisation heard speaking in this or the last paragraph (two
    // heard there: nobody can tell which).
    if (definite && !isDocumentNoun(head)) {
      // (A sentence's opening name counts when nothing shows it to be a person's, "Statistics Canada
      // reported"; someone heard speaking as a person is one. "The Australian delegation": its capitalised
      // words must be in the name; "the court" is no company.)
      // ("MediTrack has said it will appeal. …, the company said": a lone word heard speaking that nothing
      // shows to be a person's name counts too; "the company" is never a public body such as the DPC.)
      // (Nor a name an office shows to be a person's: "The president of the federation, Lars Gundersen, was suspended by
      // its ethics committee", then "The ethics committee said", round 38.)
      const organisation = (r: Referent) =>
        r.form === 'name' && !r.unnamed && !COMPANY_NAME.test(r.name) && (r.kind === 'thing' ? r.spoke || r.opening || r.subject : !r.roles?.length && ((!r.person && !r.spoke && r.opening) || this.loneWordSpeaker(r) || (r.spoke && this.names.speaksAsIt(r.name)))) && nameHolds(r, properModifiers) && (!describedUnnamed || nameHolds(r, smallModifiers));
      // (Nor a person heard speaking under a fuller name: "Jana Novak chairs the board. … Novak has said".)
      const personal = (r: Referent) => r.kind === 'person' && !this.loneWordSpeaker(r) && !this.names.speaksAsIt(r.name) && history.some((h) => h.name === r.name && h.spoke && h.kind === 'person' && h.text !== h.name);
      // (Nor a sentence's plural role noun, "Analysts said it was still a well-run company", people, the review of round 43's
      // rules.)
      const people = (r: Referent) => !r.name.includes(' ') && isPluralRoleNoun(r.name);
      const fits = (r: Referent) => !(COMPANY_NOUNS.has(head) && (this.isPublicBody(r.name) || personal(r) || people(r)));
      const heard = history.filter((r) => organisation(r) && fits(r) && paragraphOf(r.at) >= paragraphOf(at) - DESCRIBED_ORGANISATION_PARAGRAPHS);
      if (heard.length > 0 && new Set(heard.map((r) => r.name)).size === 1 && !(COMPANY_NOUNS.has(head) && this.unnamedOfNounSince(head, (heard[0] as Referent).at, at))) return { ...(heard[0] as Referent), at };
    }
    // ("The Bank of Japan said in its latest outlook …" two paragraphs before "“…,” the central bank said": the one body
    // named in the last few paragraphs whose name holds the description's noun, when it spoke or opened its sentence;
    // two such bodies, "the Bank of Japan" and "the World Bank", and nobody can tell which, round 43.)
    if (definite && !isDocumentNoun(head)) {
      const holdsNoun = (r: Referent) => r.kind === 'thing' && r.form === 'name' && !r.unnamed && nameHolds(r, [head, ...properModifiers, ...smallModifiers]);
      const named = recent.filter(holdsNoun);
      const heard = named.filter((r) => r.spoke || r.opening || r.subject);
      if (heard.length > 0 && new Set(named.map((r) => r.name)).size === 1) return { ...(heard.at(-1) as Referent), at };
    }
    // ("Shares in homeware retailer Halloway Home have plunged …" then "The group said": else the company named last
    // after its trade's noun, round 42; after a company heard, "Sakura did not deny the report", which the company
    // saying so is.)
    // (Whatever its capitals made it, "Den Norske Creditbank (DNC), Norway's biggest commercial bank, said".)
    // (Never one the story shows to be a person, "film producer Jane Doe, 52,", the review of round 42.)
    const traded = COMPANY_NOUNS.has(head) ? [...recent].reverse().find((r) => r.form === 'name' && !r.unnamed && !this.history.some((h) => h.name === r.name && h.person) && this.names.companiesByTrade.has(r.name) && nameHolds(r, properModifiers)) : undefined;
    // (Not where the story brings in a company of that noun unnamed, "A components firm that supplies carmaker Nissan
    // announced 400 job losses", then "the firm said": that firm, not Nissan, the review of round 42.)
    if (traded && !this.unnamedOfNounSince(head, traded.at, at)) return { ...traded, kind: 'thing', gender: undefined, at };
    return undefined;
  }

  /** Whether the text from a mention's paragraph to a place brings in something of a noun with "a", "an" or "another" ("A components firm that …"). */
  private unnamedOfNounSince(noun: string, from: number, to: number): boolean {
    const before = this.text.masked.slice(paragraphOf(from), paragraphOf(to));
    const text = [...before, (this.text.masked[paragraphOf(to)] ?? '').slice(0, offsetOf(to))].join('\n');
    // (Its modifiers in small letters, no article nor preposition among them: not "a win left the club". The noun heads its
    // phrase, a clause or a verb after it: not "A company spokesman declined to comment", the review of round 43.)
    // (Nor a predicate's, "The business remains a family firm", "Analysts said it was still a well-run company", saying what
    // the company named is, the review of round 43's rules.)
    return new RegExp(String.raw`(?<![\p{L}])(?<!\b(?:is|was|are|were|be|been|being|remains|remained|becomes|became|it|itself|them)\s+(?:(?:still|now|also|always|once|long|already|just)\s+)?)(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:the|a|an|his|her|its|their|of|to|for|in|on|at|by|with|and|or|from)\s)[\p{Ll}-]+\s+){0,2}?${escapeRegExp(noun)}(?=\s*[,.;:]|\s+(?:that|which|who|whose|has|had|have|was|is|were|are|said|says|announced|will|would|could|\p{Ll}+ed)\b)`, 'u').test(text);
  }

  /** The one proper name the document's collection gives the thing described ("the proposals" → "Prague Proposals"), when it is this story's thing too. */
  private nameInCollection(phrase: SpeakerPhrase, base: Reading, earlier: Referent[]): Referent | undefined {
    for (const h of new Set([phrase.core, ...earlier.map((r) => r.core)])) {
      const name = this.context.properName?.(h);
      if (name && this.names.namedHereToo(name, h)) return { ...base, name, form: 'name' };
    }
    return undefined;
  }

  /**
   * The organisation a document's capitalised modifier names ("FTC" in "the FTC study"): an acronym spelt
   * out in the story ("Federal Trade Commission (FTC)"), an organisation named earlier that the modifier
   * begins ("Novo" → "Novo Industri A/S"), or an organisation's own name ("Federal Trade Commission");
   * a nationality's country when the story names it ("the Greek statement" → "Greece"); undefined for
   * anything else.
   */
  private issuerOfModifier(modifier: string): string | undefined {
    const words = modifier.trim();
    if (/^\p{Lu}[\p{Lu}&-]+$/u.test(words)) {
      for (const p of this.text.paragraphs) {
        const at = p.text.indexOf(`(${words})`);
        const spelt = at > 0 ? lastName(p.text.slice(Math.max(0, at - 120), at).trimEnd(), false) : undefined;
        if (spelt?.kind === 'thing' && spelt.text.split(/\s+/).length > 1) return spelt.text.replace(/^the\s+/i, '');
      }
      return words;
    }
    // (No country: the nationality itself, which names nobody, not another document's issuer.)
    if (NATIONALITIES.has(words)) return this.names.countryOfDocument(words) ?? words;
    const earlier = this.history.findLast((r) => r.kind === 'thing' && r.form === 'name' && (r.name === words || r.name.startsWith(`${words} `)));
    if (earlier) return earlier.name;
    const own = lastName(words, false);
    return own?.kind === 'thing' && own.text === words ? words : undefined;
  }

  /** A lone capitalised word heard speaking that nothing shows to be a person's name (no title, first name or "he"/"she"). */
  private loneWordSpeaker(r: Referent): boolean {
    return r.kind === 'person' && !!r.spoke && !r.person && r.text === r.name && !r.name.includes(' ') && !this.names.genders.has(r.name) && this.names.fullName(r.name) === undefined;
  }

  /** Whether a name (or the words an acronym stands for in the story) is a public body's: "the company" is never one. */
  private isPublicBody(name: string): boolean {
    return PUBLIC_BODY.test(ACRONYM.test(name) ? (this.issuerOfModifier(name) ?? name) : name);
  }

  /**
   * "the Bank" after "The Inter-American Development Bank": the organisation named last whose name ends with that
   * noun, or the one organisation named that opens with it before "of" ("the Bank" after "the Bank of England", "the
   * Ministry" after "the Ministry of Finance", round 27).
   */
  private definiteOrganisation(text: string): string | undefined {
    const word = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)$/u.exec(text)?.[1];
    if (!word) return undefined;
    const organisations = this.history.filter((r) => r.kind === 'thing' && r.form === 'name');
    // ("the Observatory said" after "The Hong Kong Observatory raised the city's highest storm warning", round 50: a noun
    // the lists lack is the one organisation the story named ending in it; not a paper's, "the Telegraph", named as printed,
    // nor a plural, "the Republicans" of "Committee Republicans".)
    if (!THING_NOUNS.has(word.toLowerCase())) {
      if (isPublicationTitle(word, () => true) || /s$/u.test(word)) return undefined;
      // (Not a body known by that word alone: "the Fed" is no "Dallas Fed", nor "the House" the "White House", the review of
      // round 50.)
      if (BODIES_BY_ONE_WORD.has(word)) return undefined;
      const ending = new Set(organisations.filter((r) => r.name.endsWith(` ${word}`)).map((r) => r.name));
      return ending.size === 1 ? [...ending][0] : undefined;
    }
    // (Only the one such name the story gives: "the Bank" after the Bank of England and Bank of America is neither, the
    // review of round 27.)
    const opensWithWord = new Set(organisations.filter((r) => r.name.startsWith(`${word} `) && ORGANISATION_OF.test(r.name.slice(word.length))).map((r) => r.name));
    const named = (name: string) => name.endsWith(` ${word}`) || (opensWithWord.size === 1 && opensWithWord.has(name));
    return organisations.findLast((r) => named(r.name))?.name ?? this.names.soleLongerRun(word);
  }

  /**
   * The one holder a story names for a role or an organisation's noun, however far back: "the governor"
   * eight paragraphs after "New Mexico Governor Garrey Carruthers", "the spokesperson" after "Its
   * spokesperson, Luka Babić,", "the ministry" after "the Ministry of the Sea, Transport and
   * Infrastructure". Only for "the …" with no one of that role in the last few paragraphs (the nearest
   * mention decides there), and only when the story so far names exactly one holder and describes none
   * without a name since ("a Treasury spokesman" after a named one is someone else): two holders, or an
   * unnamed one, and nobody can tell which.
   */
  private soleHolder(phrase: SpeakerPhrase, modifiers: string[], at: number, initials?: string): Referent | undefined {
    const head = phrase.core;
    const { history, text } = this;
    if (!/^the\s/i.test(phrase.text) || DOCUMENT_NOUNS.has(head) || ISSUED_NOUNS.has(head) || COMPANY_NOUNS.has(head)) return undefined;
    if (phrase.kind === 'person' ? !isRoleNoun(head) : !THING_NOUNS.has(head)) return undefined;
    const holds = (r: Referent) => {
      if (r.kind !== phrase.kind || r.form !== 'name' || r.unnamed) return false;
      // (Not one printed as its former holder, "Former Taoiseach Bertie Ahern said the same in 2007", the review of round 56.)
      if (!FORMER.test(phrase.text) && this.heldFormerly(r, head)) return false;
      const words = titleWords(r.text);
      // (Or the one printed with the initials the description prints, "group CEO Rajiv Persad-Maharaj" for "the CEO": see
      // `PRINTED_ROLE_INITIALS`.)
      const byInitials = !!initials && (words.includes(initials) || !!r.roles?.includes(initials)) && this.initialsNowHeld(r, initials);
      return byInitials || ((words.includes(head) || !!r.roles?.includes(head)) && modifiers.every((m) => words.includes(m) || new RegExp(`\\b${escapeRegExp(m)}\\b`, 'u').test(this.seenAround.get(r.name) ?? '')));
    };
    const last = history.findLastIndex(holds);
    if (last < 0) return undefined;
    if (new Set(history.filter(holds).map((r) => r.name)).size !== 1) return undefined;
    if (history.slice(last + 1).some((r) => r.form === 'description' && r.core === head)) return undefined;
    // (Nor one merely mentioned since, without speaking: "A Treasury spokesman declined to give a date.")
    const holder = history[last] as Referent;
    const since = text.paragraphs.slice(paragraphOf(holder.at) + 1, paragraphOf(at)).map((p) => p.text);
    since.push((text.paragraphs[paragraphOf(at)]?.text ?? '').slice(0, offsetOf(at)));
    const indefinite = new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}\\b`, 'u');
    return since.some((t) => indefinite.test(t)) ? undefined : holder;
  }

  /**
   * Whom "he" or "she" stands for when the nearest reading is a common word opening a sentence
   * ("Analyst David Leibowitz believes “…”. Management has repeatedly stated … But “…,” he said."): the
   * person heard speaking before it in its paragraph, whose words it interrupts; nobody when there is
   * none (never someone named further back: "Deputies … said …. One said …. “…,” he said" is an unnamed one).
   */
  private speakerBeforeCommonWord(common: Referent, reversed: Referent[], fits: (r: Referent) => boolean): Referent | undefined {
    const paragraph = paragraphOf(common.at);
    return reversed.find((r) => r.at < common.at && paragraphOf(r.at) === paragraph && r.spoke && r.form === 'name' && fits(r) && !this.names.isCommonWord(r.name));
  }

  /**
   * The one unnamed person a "they" stands for ("A department source was blunter. ‘…,’ they said."): a
   * singular role described with "a", "an", "one" or "another" opening the sentence before, in the same
   * paragraph. A "they" there is that person (singular "they"), never the organisation named before it.
   */
  private singularSourceBefore(at: number): string | undefined {
    const masked = (this.text.masked[paragraphOf(at)] ?? '').slice(0, offsetOf(at));
    // (Its sentence may quote them in part: "Another member of staff said the mood was “…”. “…,” they said", round 42.)
    const m = /(?:^|[.!?]\s+)((?:A|An|One|Another)(?:\s+[\p{Ll}-]+){1,4})\b[^.!?]*[.!?]\s+[^.!?]*$/u.exec(masked);
    // (Or a decision's anonymised party, "The complainant contacted the Commissioner … They argued that “…”", round 46.)
    const party = m ? undefined : ANONYMISED_PARTY_BEFORE.exec(masked);
    if (party && !namesOthersToBeThey(party[2] as string)) return (party[1] as string).replace(/^The/u, 'the');
    if (!m) return undefined;
    // The description runs to its first singular role noun ("A department source", "One senior official").
    const words = (m[1] as string).split(/\s+/);
    const head = words.findIndex((w, i) => i > 0 && isRoleNoun(w) && !isPluralRoleNoun(w));
    if (head < 0) return undefined;
    return descriptionToNoun(words, head);
  }

  /**
   * Rule "he or she is the one the sentence before brings in undescribed by name" (round 43): "A mother of four living in
   * the Kostel camp, …, described the conditions. “…,” she said." A person described with "a", "an", "one" or "another"
   * opening the sentence before (as `singularSourceBefore` reads them; the paragraph before's last, when the pronoun's
   * sentence opens its paragraph), by a noun of their gender ("mother", "woman") or a role's that tells none ("nurse",
   * "official"), in a sentence where they speak or tell something ("described", "said"): not "A woman was injured in the
   * blast", whom nothing shows speaking.
   */
  private describedSourceBefore(at: number, gender: 'm' | 'f'): { text: string; named: boolean } | undefined {
    // (Or the last of the paragraph before, when the pronoun's sentence opens its own.)
    const n = paragraphOf(at);
    const own = (this.text.masked[n] ?? '').slice(0, offsetOf(at));
    const inOwn = /[.!?]\s/u.test(own) || n === 0;
    const masked = inOwn ? own : `${this.text.masked[n - 1] ?? ''} ${own}`;
    const m = /(?:^|[.!?]\s+)((?:A|An|One|Another)(?:\s+[\p{Ll}-]+){1,4})\b([^.!?]*[.!?])\s+[^.!?]*$/u.exec(masked);
    // ("A youth leader in the area, who spoke on condition of anonymity, alleged that officials …": an allegation brings
    // its source in too, round 47; not a verb of speech elsewhere, where "The suit alleged that" would speak.)
    if (!m || (verbsIn(`${m[1]}${m[2]}`, ['report', 'quoting']).length === 0 && !/\balleged\s+that\b/u.test(m[2] as string))) return undefined;
    // (The description the verb's subject: not "A woman whom paramedics described as seriously injured", the review of
    // round 43's rules.)
    if (/\bwhom\b/u.test(`${m[1]}${m[2]}`)) return undefined;
    // (Only someone the reading has nothing for: "One investor, Linda Sorensen, testified …", "A spokesman for Airbus
    // said …" are heard already, by name or in full, as the pronoun's usual reading finds them; not a body or people
    // the allegation is about, "… alleged that some officials of the agency had demanded money", round 47.)
    const from = placeOf(inOwn ? n : n - 1, m.index ?? 0);
    // (Someone printed there, not a pronoun's reading inside the description itself: "A coastal engineer …, who asked not to
    // be named because he consults for the council, told Stuff …", round 57.)
    // (A pronoun reporting the sentence still counts: "A specialist who surveyed the block had recommended new fans, she said."
    // is the chief executive's account, the second review of round 57.)
    const here = (r: Referent) => (this.text.masked[paragraphOf(r.at)] ?? '').slice(offsetOf(r.at)).trimStart();
    const printed = (r: Referent) => r.form !== 'name' || here(r).startsWith(r.text) || /^(?:he|she|they)\s+(?:said|says|told|added|explained|wrote)\b/iu.test(here(r));
    if (this.history.some((r) => r.at >= from && r.at < at && r.kind === 'person' && printed(r) && !(r.form === 'description' && isPluralRoleNoun(r.core)))) return undefined;
    const words = (m[1] as string).split(/\s+/);
    const nounGender = (w: string) => PERSON_GENDER[w] ?? TITLE_GENDER[w];
    // (Before any preposition: "A letter from the landlord" is a letter, the second review of round 57.)
    const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    const head = words.findIndex((w, i) => i > 0 && (preposition < 0 || i < preposition) && (PERSON_GENDER[w] !== undefined || isRoleNoun(w) || SOURCE_TRADE.test(w)) && !isPluralRoleNoun(w));
    if (head < 0 || (nounGender(words[head] as string) ?? gender) !== gender) return undefined;
    // (By the first name set beside the description, "Another worker, Grace, a 41-year-old woman from Harare who asked
    // that only her first name be used, …", which the reading keeps for no one.)
    // (Or the one name it gave, "One older resident, who gave only his first name, Wei, told the board …", round 47.)
    const apposed = /^,\s+(?:who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+as)?,?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}),/u.exec(m[2] as string);
    if (apposed) return { text: apposed[1] as string, named: true };
    return { text: descriptionToNoun(words, head), named: false };
  }

  /**
   * Rule "a sentence with no person for a subject is about the one person it names" (round 17): "That did not
   * satisfy Coun Chauhan. ‘…,’ she said." Only a person by the text's evidence (a title, a role, words of theirs
   * heard before: not "Park Lane"), and not one the sentence only hands something to ("Production quotas had
   * been submitted to President Corazon Aquino. “…,” he said" is the official heard before), unless it
   * introduces them as a feature brings in its next speaker ("That is little comfort to Piet Hendriks, 71, who
   * …"). "As envisioned by Heller, …" is Heller's idea. (`sentence`: the masked sentence from `start`.)
   */
  private onePersonNamed(inside: Referent[], sentence: string, start: number): Referent | undefined {
    // ("Back on the beach, Sarr's son Cheikh, 24, was loading fuel": a name in the possessive before a relation and
    // the relation's own name is whose relation the sentence is about, not its subject, round 24. Not "Alvarez's
    // decision to drop striker Tom Reed": two people, nobody, as before.)
    const relationOwner = (r: Referent) => RELATION_AFTER_POSSESSIVE.test(sentence.slice(offsetOf(r.at) - start + r.text.length));
    const persons = inside.filter((r) => r.kind === 'person' && r.form === 'name');
    const candidates = persons.some(relationOwner) ? persons.filter((r) => !relationOwner(r)) : persons;
    const people = new Set(candidates.map((r) => r.name));
    const named = people.size === 1 ? candidates[0] : undefined;
    if (!named || (!named.person && !this.history.some((h) => h.name === named.name && h.spoke))) return undefined;
    const at = Math.max(0, offsetOf(named.at) - start);
    const before = /(\p{Ll}+)\s+(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.exec(sentence.slice(0, at));
    const wordBefore = before?.[2];
    // (Only a passive's agent: "envisioned by Heller", not "a decision by Judge Alan Reyes".)
    const agent = wordBefore === 'by' && /ed$/.test(before?.[1] ?? '');
    const introduced = /^,\s*(?:\d{1,3}\s*,|who\b)/u.test(sentence.slice(at + named.text.length));
    return wordBefore && PREPOSITIONS.has(wordBefore) && !agent && !introduced ? undefined : named;
  }

  /**
   * Who the last sentence before the one at `at` is about: the person or organisation it has speaking, else
   * its subject by the sentence's shape (see leadsSentence). Sentences all quotation are the speech, not
   * the narration, and are passed over; a sentence with neither gives nobody.
   */
  private lastSentenceSubject(at: number, fits: (r: Referent) => boolean, pronounWord?: string): Referent | undefined {
    const { sentences, masked } = this.text;
    let n = paragraphOf(at);
    let k = (sentences[n] ?? []).findIndex((s) => s.start <= offsetOf(at) && s.end > offsetOf(at));
    if (k < 0) return undefined;
    // Who one sentence is about: one fitting speaker, else its one fitting subject (two speakers, nobody).
    const about = (n: number, s: SentenceRange, to: number, loneMention = false): Referent | undefined => {
      const inside = this.history.filter((r) => r.at >= placeOf(n, s.start) && r.at < placeOf(n, to) && !r.unnamed && !this.loneWordSpeaker(r));
      // (A question's answer comes from the one asked: after "Attorney Meghan Starling asked Abernathy-Lowe
      // whether …" or "she was asked by senator Peter Whish-Lawson whether …", a "she told jurors" is the
      // one asked, not the asker, who is the sentence's speaker.)
      const sentence = (masked[n] ?? '').slice(s.start, to);
      // (Only a question, as the clause's own verb: not "Ongpin said he has asked Aquino to consider …".)
      const asked = /\basked\s+(?:by\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:whether|if|why|how|what|when|where|who|about)\b/u.exec(sentence);
      if (asked && !/\b(?:said|says|told|added)\b/.test(sentence.slice(0, asked.index))) {
        const passive = /\b(?:was|were|is|are|being)\s+asked\s+by\b/.test(sentence);
        const asker = passive ? (asked[1] as string) : undefined;
        const one = passive ? inside.find((r) => r.leads && !asker?.includes(r.text)) : inside.find((r) => r.kind === 'person' && (asked[1] as string).includes(r.text.split(' ').pop() as string) && !r.spoke);
        if (one) return fits(one) && !hasAcronymWord(one.name) ? one : undefined;
      }
      const speakers = inside.filter((r) => r.spoke);
      if (new Set(speakers.map((r) => r.name)).size > 1) return undefined;
      const one = speakers[0] ?? inside.find((r) => r.leads);
      // ("Dallas and Fort Worth both raised starting pay last year. “…,” he told the council.": one of two subjects
      // joined by "and" is no "he" or "she", round 23.)
      const joined = !!one && !one.spoke && !!pronounWord && new RegExp(`(?<![\\p{L}])and\\s+${escapeRegExp(one.text)}(?![\\p{L}])|(?<![\\p{L}])${escapeRegExp(one.text)}\\s+and(?![\\p{L}])`, 'u').test(sentence);
      if (one) return fits(one) && !hasAcronymWord(one.name) && !joined ? one : undefined;
      const named = loneMention ? this.onePersonNamed(inside, sentence, s.start) : undefined;
      return named && fits(named) && !hasAcronymWord(named.name) ? named : undefined;
    };
    // ("Ortner, who stressed he was …, said", "Richards declined …, but he said": the pronoun's own
    // sentence's subject first. A pronoun's clause is read from its sentence's start, so the whole
    // sentence is looked at; a name after the pronoun is no subject by its shape.)
    const own = sentences[n]?.[k] as SentenceRange;
    const ownSubject = about(n, own, own.end);
    if (ownSubject) return ownSubject;
    const firstParagraph = n - REFERENCE_PARAGRAPHS;
    const opensWithPronoun = pronounWord ? new RegExp(`^\\W*${pronounWord}\\b`, 'i') : undefined;
    for (;;) {
      k--;
      while (k < 0) {
        n--;
        if (n < Math.max(0, firstParagraph)) return undefined;
        k = (sentences[n]?.length ?? 0) - 1;
      }
      const s = sentences[n]?.[k] as SentenceRange;
      const words = (masked[n] ?? '').slice(s.start, s.end);
      if (!/\p{L}/u.test(words)) continue;
      // ("Lorraine Hewson, 58, … She showed the King a photograph. '…,' she told us.": a sentence opening
      // with the same pronoun goes on about the one it stands for; who else it names is no new centre.)
      if (opensWithPronoun?.test(words)) continue;
      // (So does one whose main clause opens with it past a clause of its own that already has it for someone another
      // subject spoke to: "When Kessling asked whether he wished to speak, he stood and read …" goes on about the one asked,
      // not the judge who asked, round 55; not "When resident Mark Cruz woke up, he smelled smoke.", about Mark Cruz, the
      // review of round 55.)
      const opening = OPENING_SUBORDINATE_CLAUSE.exec(words)?.[0];
      const sameInOpening = !!opening && !!pronounWord && new RegExp(`(?<![\\p{L}])${pronounWord}(?![\\p{L}])`, 'iu').test(opening.replace(/^\s*\S+/u, ''));
      if (opening && sameInOpening && opensWithPronoun?.test(words.slice(opening.length))) continue;
      return about(n, s, s.end, true);
    }
  }
}
