/**
 * What a document tells about its names: the people it names in full or with a title, its companies, the
 * full name a surname stands for ("Novak" → "Jana Novak"), the genders learnt as it is read, and the whole
 * name the story prints for a name read short ("Texas Inc" → "First City Bancorp of Texas Inc").
 */
import { escapeRegExp } from '../text/escapeRegExp.js';
import { wordOccurrences } from '../text/wordOccurrences.js';
import { withoutCourtesyTitles } from './courtesyTitles.js';
import { NICKNAME_MARKED } from './letterClosings.js';
import { type DocumentText, paragraphOf } from './documentText.js';
import { DOCUMENT_NOUNS, ISSUED_NOUNS } from './issuedDocuments.js';
import { mentionsIn } from './mentionsIn.js';
import { nameOnly, withoutRoleWords } from './nameRuns.js';
import { casedCapitals } from './subjectPhrases.js';
import { COMPANY_NOUNS, COURTESY_TITLES, endsInPlaceNoun, endsSentenceAt, HYPHENED_MODIFIER, initialEndsSentence, isRoleNoun, isTitle, NATIONALITIES, ORG_WORDS, PERSON_GENDER, POSSESSED_RELATION, POST_NOMINAL_WORDS, PREPOSITIONS, RELATION_GENDER, RELATION_NOUNS, SHORT_LEGAL_ENDINGS, TITLE_GENDER, withoutProfessionalStyle } from './nameWords.js';
import type { Referent } from './referent.js';

/** The ending of a noun naming someone by what they do: "Surfer", "Developer", "Harbourmaster", "Cyclist". */

/** A cleric's style a name may be called by: "Bishop", "Canon", "Father", "Rabbi" (see the patterns after it). */
const CLERICS_STYLE_WORD = String.raw`(?:Bishop|Archbishop|Canon|Father|Fr\.?|Mother|Sister|Brother|Rabbi|Pastor|Imam|Deacon)`;
/** A cleric's style and a given name, no surname: "Bishop Simon", "Canon Lydia", "Father Michael", "Rabbi Ilana" (group 1: the given name). */
const CLERICS_STYLE_AND_GIVEN_NAME = new RegExp(String.raw`^${CLERICS_STYLE_WORD}\s+(\p{Lu}\p{Ll}+)$`, 'u');
/** A cleric's style printed before a full name: "the Rt Revd Dr Simon Achterberg", "the Revd Canon Lydia Mwangi", "Fr Michael Kelly". */
const CLERICS_STYLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:Revd|Rev\.|Reverend|Ven\.?|Venerable|${CLERICS_STYLE_WORD})`, 'u');
/** A cleric's style opening a full name: "Canon " in "Canon Lydia Mwangi". */
const CLERICS_STYLE = new RegExp(String.raw`^${CLERICS_STYLE_WORD}\s+`, 'u');

const AGENT_NOUN_ENDING = /^\p{Lu}\p{Ll}+(?:er|or|ist|man|ian|ent|ant)$/u;
/** Occupations an arts or features desk sets before a name as a false title ("Actor Simone Labrecque"); not "Singer" or "Painter", surnames as often. */
const ARTS_FALSE_TITLES = new Set(['actor', 'actress', 'playwright', 'novelist', 'poet', 'songwriter', 'comedian', 'filmmaker', 'photographer', 'musician']);

/** What follows a couple's names: a relative clause about both, or a plural verb ("…, who met on the packing line", "… say"). */
const COUPLE_AFTER = /^(?:,\s+(?:who|whose)\b|\s+(?:are|were|have|say|live|both)\b)/u;

/** A given name and "and" right before a full name, the two sharing its surname: "Karen and " of "Karen and Steve Whiteley" (group 2). */
// (Group 1: the word before it, if a lower-case one: after a preposition, "It is 6am in Deptford and Amara Okafor
// is haggling", it names a place.)
// (Or a capitalised one opening the sentence, "Owners Caleb and Ruth Dutcher are seeking …", round 40.)
const COUPLE_BEFORE = /(?:^|[^\p{L}\s]\s*|(?<![\p{L}])(\p{Ll}+|\p{Lu}\p{Ll}+s)\s+)(\p{Lu}\p{Ll}+)\s+and\s+$/u;

/** What goes on from a name: space, then "of" or a capitalised word (see `DocumentNames.goesOn`). */
const GOING_ON_AFTER = /^\s+(?:of\s|\p{Lu})/u;
/** The most characters read after a name for what goes on from it: the space and the next word's first letters. */
const MAX_SPACE_BEFORE_GOING_ON = 40;

/** The text before a word inside a sentence: a comma, or a word in small letters. */
const INSIDE_SENTENCE_BEFORE = /(?:,|(?<![\p{L}])\p{Ll}[\p{L}'’-]*)\s+$/u;

/** The words joining an organisation's capitalised words: "of", "for", "and", "the", "de", "&", "on" ("Group on Indonesia"). */
const CONNECTORS = 'of|for|and|the|de|&|on';
/** A word joining an organisation's capitalised words (`CONNECTORS`). */
const CONNECTOR = new RegExp(`^(?:${CONNECTORS})$`, 'u');
/** A joining word ending a run (`CONNECTORS`). */
const TRAILING_CONNECTOR = new RegExp(`\\s+(?:${CONNECTORS})$`, 'u');
/** A company's legal endings, as a story prints them after its name: "Pty Ltd", "Inc", "plc". */
const LEGAL_ENDINGS = String.raw`Pty\s+Ltd|Ltd|Limited|Inc|Corp|Co|plc|PLC|AG|SA|NV|GmbH|LLC|LP|Bhd`;
/** A company's endings after its name (`LEGAL_ENDINGS`), one or more. */
const COMPANY_ENDINGS_AFTER = new RegExp(String.raw`(?:\s+(?:${LEGAL_ENDINGS}))+\.?$`, 'u');

/**
 * A courtesy title and a name of two or three words, all in capitals, ending its line or set off by a comma or brackets
 * (group 1: the title; 2: the name): "MR JONATHAN HOLLOWAY KC, instructed by", "DR PRIYA DESAI (affirmed)".
 */
// (Within its line: not "MR SIMON ACKROYD\nCOUNSEL", the review of round 41.)
// (Opening its line or after a colon, a comma, a dash, "and", "from", "by" or a bracket, as a roll's names and a record's
// "Questions from MS HELEN ANAND" stand (the review of round 42): not "SHARES IN DR MARTENS SLUMP",
// a headline; without honours after it, "DR PRIYA DESAI OBE (affirmed)", the review of round 41.)
// (Or after a list's number or any word in small letters, "1. DR PRIYA DESAI (affirmed)", "Evidence of DR PRIYA DESAI",
// "Counsel for the appellant MR JONATHAN HOLLOWAY KC": a headline's words before it are capitals, the review of round 42.)
const TITLED_NAME_IN_CAPITALS = new RegExp(String.raw`(?<=^[ \t]*|^[ \t]*\d{1,3}[.)][ \t]+|[:,(][ \t]*|[-–—][ \t]+|[ \t](?:AND|FROM|BY)[ \t]+|(?:^|[ \t])\p{Ll}+[ \t]+)(MR|MS|MRS|MISS|DR)\.?[ \t]+(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(?!(?:${POST_NOMINAL_WORDS.join('|')})(?![\p{L}]))\p{Lu}[\p{Lu}'’-]+){1,2})(?=(?:[ \t]+(?:${POST_NOMINAL_WORDS.join('|')}))*[ \t]*(?:,|\(|$))`, 'gmu');

/** Nouns that tell a person's gender, as a description beside a name may hold them ("a 29-year-old woman"). */
const GENDERED_NOUNS = Object.keys(PERSON_GENDER).join('|');

/**
 * A description set beside a name whose head is a gendered noun (group 1): "Rosa”, a 29-year-old woman from Bali",
 * "Tom Reyes, a father of three". Its words before the noun are modifiers, never a preposition or an article ("Tom
 * Reyes, a lawyer for the woman" is no woman), and the noun owns nothing ("Linda Park, the boy’s mother" is no boy).
 * Read on the text as printed: a pseudonym is in quotation marks.
 */
function describedBeside(name: string): RegExp {
  const modifier = String.raw`(?!(?:for|of|to|the|a|an|with|from|in|at|on|by|and|or)\s)[\p{L}\d-]+\s+`;
  return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}[”’"]?,\s+(?:a|an|the)\s+(?:${modifier}){0,3}?(${GENDERED_NOUNS})(?![\p{L}’'])`, 'u');
}

/** An appositive naming a role a company holds as well as a person ("the owner of the Brede reservoir", "a member of the group"). */
const COMPANYS_ROLE = /^(?:the|an?)\s+(?:\p{Ll}+\s+)?(?:owner|operator|parent|member|founder|supplier|manager|partner|sponsor|holder|buyer|seller|lender|landlord|developer|provider)s?\s+of\b/u;

/** How far `goneOnAboutAsPerson` reads a sentence for a pronoun, in characters (a long news sentence is 300). */
const MAX_SENTENCE_READ = 400;

/**
 * A witness line of a committee Hansard, alone on its line, bold or plain: the surname in capitals, a comma, the courtesy
 * title and the given names, then a comma or the line's end (groups 1-3): "HALLORAN, Mr Neil, Chief Executive Officer, …".
 */
const WITNESS_LINE = /^[ \t]*(?:\*\*)?((?:Mc|Mac|O['’])?\p{Lu}[\p{Lu}'’-]+),[ \t]+(Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?=,|\*\*|[ \t]*$)/gmu;

/**
 * A given name, a nickname in quotation marks and a surname (groups 2-4), perhaps a capitalised word before them (group 1):
 * 'Walter "Wattie" Anderson', "Iain 'Tosh' MacInnes", 'Ma. Consuelo "Connie" Villarama-Sison'; the nickname in its marks
 * as a signature's is read (`NICKNAME_MARKED`).
 */
const NICKNAMED = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]*\.?[ \t]+)?(\p{Lu}\p{Ll}+)[ \t]+(${NICKNAME_MARKED})[ \t]+(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)(?![\p{L}])`, 'gu');
/** The gender a sentence's pronouns tell when they tell one only: "… opened the shop with her husband" → 'f'. */
function genderTold(sentence: string): 'm' | 'f' | undefined {
  const she = /\b(?:she|her|hers|herself)\b/iu.test(sentence);
  const he = /\b(?:he|his|him|himself)\b/iu.test(sentence);
  return she === he ? undefined : she ? 'f' : 'm';
}
/** A title's office before a name after "by" or "with", "of" or "for" its place or portfolio: "by Secretary of Transportation ", "with Minister for Health ". */
const OFFICE_OF_BEFORE_NAME = /(?:^|\s)(?:by|with)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
/** An abbreviated given name before another: the Philippines' "Ma." (María), "Md.", "Mohd.", "Wm." (round 59). */
const ABBREVIATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,3}\.$/u;
/** Capitalised words before a quoted name that are no given name: "The 'Iron Lady' Thatcher", "Dubbed 'Big' Jim". */
const NOT_A_GIVEN_NAME = new Set(['The', 'A', 'An', 'Dubbed', 'Called', 'Nicknamed', 'Known', 'So-called', 'Its', 'His', 'Her', 'Their', 'Our', 'My']);

/** Initials that stand for a country or a union of them in news copy, whatever company shares them. */
const COUNTRY_INITIALS = new Set(['US', 'USA', 'UK', 'EU', 'EC', 'UN', 'UAE', 'USSR', 'GB']);

/** An Arabic surname's article joined to it by a hyphen, "al-Saadi", "Al-Mutairi", "el-Sayed" (group 1: the surname without it). */
const ARABIC_ARTICLE = /^(?:al|Al|el|El)-(\p{Lu}[\p{L}'’-]+)$/u;

/** The names of one document: read once before its paragraphs are walked; genders are learnt as they are. */
export class DocumentNames {
  /**
   * Every person the narration names with a title or in full ("Ms Novak", "Jana Novak"), names after a
   * preposition last; each with its name (`core`) and the words as printed (`text`).
   */
  readonly persons: { core: string; text: string; gender?: 'm' | 'f' }[] = [];
  /** Companies' names without their ending ("General Acquisition" for "General Acquisition Co"). */
  readonly companies = new Set<string>();
  /** Companies' full names by their first word ("Sears" → "Sears Roebuck and Co"), when one company of the story begins so. */
  readonly companyByFirstWord = new Map<string, string | undefined>();
  /**
   * A company's name as the document prints it in full, by its name without the ending ("First Wachovia" → "First
   * Wachovia Corp", "Texaco" → "Texaco Inc"); undefined for a short name two full names share.
   */
  readonly companyFullNames = new Map<string, string | undefined>();
  /**
   * Names the document prints as a company's by its trade, right after the trade's noun in small letters ("homeware
   * retailer Halloway Home", "carmaker Stellantis") or with an appositive ending in it ("Koyo Energy, a battery maker,"):
   * companies' names, whatever their ending.
   */
  readonly companiesByTrade = new Set<string>();
  /** The full names `companyFullNames` gives. */
  private readonly printedCompanyNames = new Set<string>();
  /**
   * Every word of the full names of persons, and the lone first names given with a relation ("Jana Novak", "his
   * younger brother Tiago"): a lone capitalised word that is one is a person's name, not a place ("It was Tiago,
   * …, who" mentions him).
   */
  readonly surnames: Set<string>;
  /** Genders learnt along the way ("Helena Strand … she said"), by name: filled in as pronouns are resolved. */
  readonly genders = new Map<string, 'm' | 'f'>();
  private readonly fullNames = new Map<string, string | undefined>();
  /** The capitalised runs each organisation's name is printed in (read once per name: a story resolves a name many times). */
  private readonly runsOf = new Map<string, string[]>();

  constructor(private readonly text: DocumentText) {
    this.readPersons();
    this.readCompanies();
    // (And a lone first name the text gives with a relation, "his younger brother Tiago": "It was Tiago, …, who"
    // mentions him again. Not every lone name read as a person's: a held-out Reuters set lost a speaker to that.)
    this.surnames = new Set(this.persons.filter((p) => p.core.includes(' ') || (p.text === p.core && p.gender)).flatMap((p) => p.core.split(' ')));
  }

  /**
   * Rule "a role's noun opening a sentence is no given name" (round 40): "Surfer Jacob Tran, who brought Kyle to shore,
   * …", "Parent Tahnee Reid said": a first word of three or more that names someone by what they do (its ending an agent's,
   * "-er", "-or", "-ist", "-man") and that the document prints in lower case too ("the surfer"), is not the person's
   * name. The name without it where the document prints it so opening a sentence or an item (not "Its director, Grant
   * Wilson Shaw, said", the review of round 40); the name as it is otherwise.
   */
  withoutOpeningRole(core: string): string {
    return this.openingRoles.get(core) ?? core;
  }
  /** The names read without the role's noun that opened their sentence (`withoutOpeningRole`), by the name as read. */
  private readonly openingRoles = new Map<string, string>();

  /** A name without a role's noun opening it (see `withoutOpeningRole`), wherever the name stands. */
  private withoutRoleNoun(core: string): string {
    const words = core.split(' ');
    if (words.length < 3) return core;
    const first = words[0] as string;
    const lower = first.toLowerCase();
    if (!AGENT_NOUN_ENDING.test(first) && !ARTS_FALSE_TITLES.has(lower)) return core;
    let printed = this.lowerCasePrinted.get(lower);
    // ("Actor Simone Labrecque, who was cast in the opener, said": an arts desk's false title, wherever the story never
    // prints the noun in small letters, round 43.)
    // (Before a given name and a surname only: "Poet Laureate Simon Armitage" keeps its title's second word, the review of
    // round 43.)
    if (ARTS_FALSE_TITLES.has(lower)) printed = words.length === 3;
    if (printed === undefined) {
      // (As a person's noun, after an article, "the surfer who found him": not "a hedgerow grant" of Grant Wilson Shaw, the
      // review of round 40.)
      printed = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Aa]nother)\s+${escapeRegExp(lower)}s?(?![\p{L}])`, 'u').test(this.text.wholeText);
      this.lowerCasePrinted.set(lower, printed);
    }
    // (Nor before an initial, "Hunter S. Thompson".)
    return printed && !/^\p{Lu}\./u.test(words[1] as string) ? words.slice(1).join(' ') : core;
  }
  private readonly lowerCasePrinted = new Map<string, boolean>();

  /** Whether a "he", "she", "his" or "her" goes on about a name in the sentence that prints it or the next ("Mary Hill, a cheese maker, has stopped selling … Her courier …"). */
  private goneOnAboutAsPerson(name: string): boolean {
    // (Each sentence read up to `MAX_SENTENCE_READ` characters: a line of thousands with no stop costs no more than that.)
    // (A pronoun no person the story names comes before: not "Crunchwell Foods … said its chief executive, Sarah Lund, would
    // step down. Her successor …", the review of round 43's rules.)
    // (From each place the name is printed: one sentence's reach does not hide the next mention's.)
    const goneOn = new RegExp(String.raw`[^.!?\n]{0,${MAX_SENTENCE_READ}}?(?:[.!?]\s+[^.!?\n]{0,${MAX_SENTENCE_READ}}?)?(?<![\p{L}])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)(?![\p{L}])`, 'uy');
    const text = this.text.wholeText;
    return wordOccurrences(text, name).some((at) => {
      goneOn.lastIndex = at + name.length;
      const m = goneOn.exec(text);
      return !!m && !this.persons.some((p) => m[0].includes(p.core));
    });
  }

  /** Whether a word stands once in the whole story. */
  private usedOnce(word: string): boolean {
    return wordOccurrences(this.text.wholeText, word).length === 1;
  }

  /**
   * Whether a word the story uses again is used only as a given name: never after a courtesy title, never speaking
   * ("I've eaten more of your lobster rolls, Caleb," after "Caleb and Ruth Dutcher"; not "Mr Brown said"), round 40.
   */
  private onlyGivenName(word: string): boolean {
    const w = escapeRegExp(word);
    // (Nor "said Thompson", "according to Thompson", the review of round 40.)
    return !new RegExp(String.raw`(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${w}|${w}\s+(?:said|says|told|added|also|has|had|is|was|will|would)|(?:said|says|told|added|according\s+to)\s+${w})(?![\p{L}])`, 'u').test(this.text.wholeText);
  }

  /**
   * Whether the story has a name speak of itself as "it" ("Digital Equipment said it is taking …", "Acme also
   * said on Monday it would"): an organisation, whatever its words look like. Not the "it" of "Jana Novak said
   * it was time to go".
   */
  speaksAsIt(name: string): boolean {
    let known = this.speakingAsIt.get(name);
    if (known === undefined) {
      const pattern = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}\s+(?:also\s+)?(?:said|says|reported|announced|added|stated|told\s+\S+)\s+(?:(?:on|in|late|early)\s+\S+\s+)?(?:that\s+)?it\b(?!\s+(?:was|is|had\s+been|has\s+been|would\s+be|will\s+be)\s+(?!\p{L}+ing\b))`, 'u');
      known = this.text.masked.some((masked) => pattern.test(masked));
      this.speakingAsIt.set(name, known);
    }
    return known;
  }
  private readonly speakingAsIt = new Map<string, boolean>();

  /**
   * Whether the story prints an acronym as an organisation's name: spelt out before it in brackets ("The U.S.
   * Department of Transportation (DOT)") or after "the" ("the DOT said"). Not "the official PAP news agency",
   * which names no "it" of "While Poland …, it says".
   */
  printsAsOrganisation(acronym: string): boolean {
    let known = this.organisationAcronyms.get(acronym);
    if (known === undefined) {
      known = new RegExp(String.raw`\(${escapeRegExp(acronym)}\)|\b[Tt]he ${escapeRegExp(acronym)}\b(?!\s+\p{Lu})`, 'u').test(this.text.wholeText);
      this.organisationAcronyms.set(acronym, known);
    }
    return known;
  }
  private readonly organisationAcronyms = new Map<string, boolean>();

  /**
   * The name an acronym stands for where the story spells it out before it in brackets, "the Latin American Economic
   * System (SELA)", "<Bank of New Zealand> (BNZ)": the capitalised words right before the bracket whose initials hold the
   * acronym's letters, in any order (a Spanish body's initials in an English name); undefined when the story spells out
   * none, or two different names.
   */
  spelledOut(acronym: string): string | undefined {
    if (!this.expansions.has(acronym)) {
      const pattern = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:${CONNECTORS})\s+)*){1,8})>?\s*\(${escapeRegExp(acronym)}\)`, 'gu');
      const names = new Set<string>();
      for (const m of this.text.wholeText.matchAll(pattern)) {
        const words = (m[1] as string).trim().split(/\s+/u);
        // (The run from the first word whose initials can spell the acronym: not "The 25-nation" before it.)
        for (let from = 0; from < words.length; from++) {
          // (Never from a joining word: "Chief Executive of the Bank of New Zealand (BNZ)" is no "of the Bank of New Zealand",
          // the review of round 40.)
          if (CONNECTOR.test(words[from] as string)) continue;
          const name = words.slice(from).join(' ').replace(TRAILING_CONNECTOR, '');
          // (A company's ending may have no letter in it, "Australian Wheat Forecasters Pty Ltd (AWF)", round 41, or its letter,
          // "Oil and Natural Gas Corp (ONGC)", the review of round 41.)
          const initialsOf = (words: string) => words.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] as string);
          const spells = (initials: string[]) => initials.length === acronym.length && [...initials].sort().join('') === [...acronym].sort().join('');
          // (Or with its joining words' initials in capitals, "Ministry of Manpower (MOM)", "Department of Transportation
          // (DOT)", round 53.)
          const withJoiningWords = (words: string) => words.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|on)$/u.test(w)).map((w) => (w[0] as string).toUpperCase());
          if (spells(initialsOf(name)) || spells(initialsOf(name.replace(COMPANY_ENDINGS_AFTER, ''))) || spells(withJoiningWords(name))) {
            names.add(name);
            break;
          }
        }
      }
      this.expansions.set(acronym, names.size === 1 ? [...names][0] : undefined);
    }
    return this.expansions.get(acronym);
  }
  private readonly expansions = new Map<string, string | undefined>();

  /**
   * Rule "a company's initials are the company" (round 43): "American Motors Corp … “…,” AMC said", "General Motors Corp
   * … GM said": the one company the story prints in full whose capitalised words' initials spell the acronym in order,
   * with its legal ending's letter or without it; undefined when none does, or two ("American Motors Corp" and "Allied
   * Maintenance Corp" for "AMC"), and for a country's or a union's initials ("US", "EU": never "United Steel Corp").
   */
  companyOfInitials(acronym: string): string | undefined {
    if (COUNTRY_INITIALS.has(acronym)) return undefined;
    // (Nor a person's the story names, "Anthony Joshua … “I am ready for anyone,” AJ said", the review of round 43.)
    if (this.persons.some((p) => p.core.includes(' ') && p.core.split(/\s+/u).map((w) => w[0]).join('') === acronym)) return undefined;
    if (!this.initialsOfCompanies.has(acronym)) {
      const initials = (name: string) =>
        name
          .split(/\s+/u)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0] as string)
          .join('');
      const spelling = [...this.printedCompanyNames].filter((full) => initials(full) === acronym || initials(full.replace(COMPANY_ENDINGS_AFTER, '')) === acronym);
      // (A company the story is about: it opens a sentence, its subject, and the story names it again, in full or by its
      // initials, "American Motors Corp management …" / "American Motors directors met …" / "AMC said"; not one named
      // once, or only as another's object, "Track workers employed by Rail Maintenance Technologies Ltd will strike", whose
      // "RMT" is their union, the review of round 43's rules.)
      // (After a wire dateline too, "DETROIT, May 2 (Reuters) - American Motors Corp said …"; and the company heard speaking
      // there counts as named again, "American Motors Corp said on Friday …" / "AMC said", the review of round 44's rules.)
      const about = (full: string) => {
        const opening = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n|\s[-–—]\s+)(?:The\s+)?${escapeRegExp(full)}(?![\p{L}])(\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|announced|announces|told|reported))?`, 'u').exec(this.text.wholeText);
        return !!opening && (!!opening[1] || wordOccurrences(this.text.wholeText, full.replace(COMPANY_ENDINGS_AFTER, '')).length > 1 || wordOccurrences(this.text.wholeText, acronym).length > 1);
      };
      this.initialsOfCompanies.set(acronym, spelling.length === 1 && about(spelling[0] as string) ? spelling[0] : undefined);
    }
    return this.initialsOfCompanies.get(acronym);
  }
  private readonly initialsOfCompanies = new Map<string, string | undefined>();

  /** Whether a one-word name is the surname of a person the story names in full ("Charles Koch"; persons are read first). */
  private namesPersonCalled(name: string): boolean {
    // (Or by a title and the name, "Mr Partridge, chairman of Partridge Holdings", the review of round 40.)
    return !name.includes(' ') && this.persons.some((p) => (p.core.includes(' ') && p.core.endsWith(` ${name}`)) || (p.core === name && p.text !== p.core));
  }

  /**
   * Rule "a committee Hansard's witness line names its witness" (round 59): Australia's Proof Committee Hansard lists each
   * witness as "HALLORAN, Mr Neil, Chief Executive Officer, Regional Connectivity Authority" over the turns it labels "Mr
   * Halloran:": the given name and the surname, cased as the text prints it elsewhere ("McCRAE, Mrs Evelyn" → "Evelyn
   * McCrae"), read after the names the text prints in full.
   */
  private readWitnessLines(): void {
    for (const m of this.text.wholeText.matchAll(WITNESS_LINE)) {
      const [, surname, title, given] = m as unknown as [string, string, string, string];
      const cased = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, 'giu');
      // (Cased as a name is printed, with its capital: not "ward" of "a ward sister" for "WARD, Ms Jenny", the review of
      // round 59.)
      const printed = [...this.text.wholeText.matchAll(cased)].map((w) => w[0]).find((w) => w !== surname && w !== w.toUpperCase() && /^\p{Lu}/u.test(w)) ?? casedCapitals(surname);
      // (Only a witness the record calls by that title and surname, "Mr Halloran": not "APOLOGIES, Ms Dianne Tully", "SIR,
      // Mrs Patricia Hume, …", "CANBERRA, Mr Albanese, speaking …", the review of round 59.)
      // (In any case, "Mr HALLORAN:" too, the second review of round 59.)
      if (!new RegExp(String.raw`(?<![\p{L}])${title}\.?\s+${escapeRegExp(printed)}(?![\p{L}])`, 'iu').test(this.text.wholeText.replace(m[0], ''))) continue;
      const core = `${given} ${printed}`;
      if (this.persons.some((p) => p.core === core)) continue;
      this.persons.push({ core, text: core, gender: TITLE_GENDER[title.toLowerCase()] });
    }
  }

  /**
   * Rule "a nickname in quotation marks inside a name" (round 59): 'Baker Walter "Wattie" Anderson', 'manager Iain "Tosh"
   * MacInnes' name Walter Anderson and Iain MacInnes, whom the story goes on to call "Mr Anderson", "MacInnes", "Wattie" or
   * "Wattie Anderson" (a caption's): each of those reads as the given name and surname, as the labels give them. Read on the
   * text as printed (the quotation is masked in the narration); one given name, not a title ('Captain "Sully" Sullenberger').
   */
  private readNicknames(): void {
    const text = this.text.wholeText;
    for (const m of text.matchAll(NICKNAMED)) {
      const [, before, given, marked, surname] = m as unknown as [string, string | undefined, string, string, string];
      const nickname = marked.slice(1, -1);
      if (isRoleNoun(given) || NOT_A_GIVEN_NAME.has(given)) continue;
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // (An abbreviated given name before it is the name's, 'Senator Ma. Consuelo "Connie" Villarama-Sison'; any other
      // capitalised word before the given name is a false title opening the sentence, 'Baker Walter "Wattie" Anderson', or
      // says the marks hold no nickname, a work's title after a name, 'Taylor Swift "Eras" Tour', 'Jim Sheridan "The
      // Field" Screening', or a possessive's, "Manchester United's Wayne …": the review of round 59.)
      const prefix = before?.trim() ?? '';
      const abbreviated = ABBREVIATED_GIVEN_NAME.test(prefix) && !isTitle(prefix.replace(/\.$/u, ''));
      const opening = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
      const falseTitle = opening || isRoleNoun(prefix) || isTitle(prefix);
      // (Inside a sentence, a capitalised word before the given name is a name's when the surname is printed again, "John Paul
      // "JP" McManus", "Mary Lou "ML" McDonald", the second review of round 59; else the marks hold a work's title.)
      const secondGiven = !!prefix && !abbreviated && !falseTitle && /^\p{Lu}\p{Ll}+$/u.test(prefix) && surname !== prefix && surname !== given && wordOccurrences(text, surname).length >= 2;
      if (prefix && !abbreviated && !secondGiven && !falseTitle) continue;
      // (Nor after an article or a possessive, 'the Beyoncé "Renaissance" World Tour'; nor before another capitalised word,
      // a title's.)
      if (/(?:^|\s)(?:the|a|an|this|that|his|her|their|its)\s+$/iu.test(text.slice(Math.max(0, at - 6), at))) continue;
      // (Letters after the surname are a member's, 'Patrick "Paddy" Kelly TD'.)
      const after = /^[ \t]+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(end, end + 12))?.[1];
      if (after && !POST_NOMINAL_WORDS.includes(after.replace(/\./gu, ''))) continue;
      const full = `${abbreviated || secondGiven ? `${prefix} ` : ''}${given} ${surname}`;
      this.nicknames.set(`${nickname} ${surname}`, full);
      this.nicknames.set(nickname, full);
      // (The gender the sentence tells, "… opened the shop with her husband": not the husband's "Mr Byrne", the review of
      // round 59.)
      const gender = genderTold(text.slice(end, end + MAX_SENTENCE_READ).split(/(?<=[.!?])\s/u)[0] ?? '');
      // (Nor a surname the text prints with the other gender's title, her husband's "Mr Byrne": which one a bare "Byrne said"
      // means, nobody can tell.)
      const otherTitle = gender === 'f' ? 'Mr|Sir' : gender === 'm' ? 'Mrs|Ms|Miss|Dame' : undefined;
      if (otherTitle && new RegExp(String.raw`(?<![\p{L}])(?:${otherTitle})\.?\s+${escapeRegExp(surname)}(?![\p{L}])`, 'u').test(text)) continue;
      if (!this.persons.some((p) => p.core === full)) this.persons.push({ core: full, text: full, gender });
    }
  }
  /** A nickname's names, with and without the surname, by the given name and surname they stand for (`readNicknames`). */
  private readonly nicknames = new Map<string, string>();

  private readPersons(): void {
    // Every titled or full name in the document first: "Ms Novak" reads as the "Jana Novak" named anywhere.
    // A name after a preposition ("the shelves at Videopůjčovna Jezek") is as often a place or a shop: it
    // completes a surname only when no other name does.
    const afterPreposition: { core: string; text: string; gender?: 'm' | 'f' }[] = [];
    // (An examination's answer label comes blanked out, `DocumentText`'s `withoutAnswerLabel`.)
    for (const masked of this.text.masked) {
      for (const { phrase, index } of mentionsIn(masked)) {
        if (phrase.form !== 'name' || phrase.kind !== 'person') continue;
        const wordBefore = /(\p{L}+)\W*$/u.exec(masked.slice(Math.max(0, index - 20), index))?.[1]?.toLowerCase();
        // (Only a name opening its sentence or a list's item, "15.10 GMT Developer Ian Fenwick cleared": not after a comma or
        // a word in small letters, "Its director, Grant Wilson Shaw, said", "club secretary Grant Alan Hughes", the review of
        // round 40.)
        const opening = !INSIDE_SENTENCE_BEFORE.test(masked.slice(Math.max(0, index - 40), index));
        // (A profession's style wherever the name stands, "the council's chief engineer, Engineer Rodolfo Tabuzo,", the review
        // of round 50's mends: see `withoutProfessionalStyle`.)
        const core = withoutProfessionalStyle(opening ? this.withoutRoleNoun(phrase.core) : phrase.core);
        if (core !== phrase.core) this.openingRoles.set(phrase.core, core);
        (wordBefore && PREPOSITIONS.has(wordBefore) && phrase.text === phrase.core ? afterPreposition : this.persons).push({ core, text: core === phrase.core ? phrase.text : core, gender: phrase.gender });
        // ("Karen and Steve Whiteley", "Alan and Gillian Pemberton": a couple sharing the surname printed once.)
        const couple = phrase.text === phrase.core ? COUPLE_BEFORE.exec(masked.slice(Math.max(0, index - 30), index)) : null;
        const partner = couple && !PREPOSITIONS.has((couple[1] ?? '').toLowerCase()) ? couple[2] : undefined;
        const words = phrase.core.split(' ');
        // (A given name the story uses nowhere else, the two then spoken of together: not "Microsoft and Satya
        // Nadella declined", nor "Brown and Steve Whiteley" where "Mr Brown" speaks later.)
        const together = COUPLE_AFTER.test(masked.slice(index + phrase.text.length, index + phrase.text.length + 12));
        if (partner && together && words.length === 2 && !ORG_WORDS.has(partner.toLowerCase()) && (this.usedOnce(partner) || this.onlyGivenName(partner))) this.persons.push({ core: `${partner} ${words[1]}`, text: `${partner} ${words[1]}` });
      }
    }
    this.persons.push(...afterPreposition);
    // ("Press Briefing by Press Secretary Marisol Vance and …" over a transcript labelled "MS. VANCE:": a full name the title
    // alone prints completes the surname the text prints after a courtesy title, last of all, round 55; not a headline's
    // capitals, "Kilbrannan Athletic 2 Dunmore Rovers 1", "R9bn Eskom debt", no one's.)
    // (Only a name the title introduces as the one heard, "by …", "with …": not "Inquest into the death of Jake Harris", whose
    // mother is the record's "MRS HARRIS:", the review of round 55.)
    for (const { phrase, index } of mentionsIn(this.text.title)) {
      const surname = phrase.core.split(' ').at(-1) as string;
      if (phrase.kind !== 'person' || phrase.form !== 'name' || !phrase.core.includes(' ') || this.persons.some((p) => p.core.split(' ').at(-1) === surname)) continue;
      // (Introduced by "by" or "with", no "of", "to" or "for" after it: not "Tribute to Constable Peter Moore" over the
      // member "Mr MOORE (Gosford)", nor "Condolence motion: Robert James Lee Hawke", the review of round 55.)
      // (An office "of" or "for" somewhere between them is the name's style, "Remarks by Secretary of Transportation Ravi Menon",
      // "with Minister for Health Ann Whitlow", the second review of round 60.)
      const before = this.text.title.slice(0, index);
      const introduced = /(?:^|\s)(?:by|with)\s(?![\s\S]*(?:^|\s)(?:of|to|for|into|about|on)\s)[\s\S]*$/iu.test(before) || OFFICE_OF_BEFORE_NAME.test(before);
      if (!introduced) continue;
      // (Or the title the title prints before the name, "Press Briefing by Administrator Carla Mendez-Whitaker on …" over
      // "ADMINISTRATOR MENDEZ-WHITAKER:", round 60.)
      // (Or its last word, "EPA Administrator", "Acting Administrator"; a courtesy title after it aside, "Chief Medical Officer
      // Dr. Helen Abara" over "CHIEF MEDICAL OFFICER ABARA:", the review of round 60.)
      // (The title's words from "by" or "with" to the name: "Secretary of Transportation", whose mention begins after "of".)
      const styled = /(?:^|\s)(?:by|with)\s+([\s\S]*)$/iu.exec(this.text.title.slice(0, index + phrase.text.length - phrase.core.length))?.[1] ?? '';
      const style = (phrase.text.endsWith(phrase.core) ? styled.trim() : '').replace(new RegExp(String.raw`\s+(?:${COURTESY_TITLES.join('|')})\.?$`, 'iu'), '');
      // (An office "of" somewhere by the word before "of", "Secretary of Transportation Ravi Menon" over "SECRETARY MENON:", the
      // second review of round 60.)
      const head = style.split(/\s+of\s+/u)[0] ?? '';
      const styles = style ? [style, style.split(/\s+/u).at(-1) as string, head.split(/\s+/u).at(-1) as string] : [];
      const titles = [...COURTESY_TITLES, ...styles.map(escapeRegExp)];
      const courtesySurname = new RegExp(String.raw`(?<![\p{L}])(?:${titles.join('|')})\.?\s+${escapeRegExp(surname)}(?![\p{L}])`, 'iu');
      if (courtesySurname.test(this.text.wholeText)) this.persons.push({ core: phrase.core, text: phrase.core, gender: phrase.gender });
    }
    this.readPersonsInCapitals();
    this.readWitnessLines();
    this.readNicknames();
  }

  /**
   * Rule "a record's roll in capitals names its people" (round 41): an inquiry transcript's appearances, "For the
   * Appellant: MR JONATHAN HOLLOWAY KC, instructed by …", and its witness's line, "DR PRIYA DESAI (affirmed)", name in
   * full the people its labels and questions call "MR HOLLOWAY" and "Dr Desai": each courtesy title's name in capitals
   * ending its line or set off by a comma or brackets, cased, after the names the text prints in small letters.
   */
  private readPersonsInCapitals(): void {
    for (const printed of this.text.masked) {
      for (const m of printed.matchAll(TITLED_NAME_IN_CAPITALS)) {
        const core = casedCapitals(m[2] as string);
        if (this.persons.some((p) => p.core === core)) continue;
        this.persons.push({ core, text: core, gender: /^MR\b/.test(m[1] as string) ? 'm' : /^DR\b/.test(m[1] as string) ? undefined : 'f' });
      }
    }
  }

  private readCompanies(): void {
    for (const masked of this.text.masked) {
      for (const m of masked.matchAll(COMPANY_AFTER_TRADE_NOUN)) this.companiesByTrade.add(m[1] as string);
      // (Not a person's name, "Mary Hill, a cheese maker, has stopped selling … Her courier": one a "he" or "her" goes on
      // about, the review of round 42.)
      for (const m of masked.matchAll(COMPANY_BEFORE_TRADE_APPOSITIVE)) if (!this.goneOnAboutAsPerson(m[1] as string)) this.companiesByTrade.add(m[1] as string);
      const trade = new Set([...masked.matchAll(COMPANY_WITH_TRADE_ENDING)]);
      for (const m of [...masked.matchAll(COMPANY_WITH_ENDING), ...trade]) {
        const short = (m[1] as string).replace(/^(?:The|A|An)\s+/, '');
        // (Not a trade's firm named after a person the story names, "Charles Koch, chief executive of Koch Industries":
        // "Koch said" is the man, the review of round 40.)
        if (trade.has(m) && this.namesPersonCalled(short)) continue;
        this.companies.add(short);
        const first = short.split(/\s+/)[0] as string;
        const full = m[0].replace(/^(?:The|A|An)\s+/, '');
        // (Not a firm "and Co" named after its founder, "Mario Gabelli and Co": "Mario Gabelli said" is the man, and
        // "J.P. Morgan and Co Inc" reads no further than "and Co".)
        const founders = /\s(?:and|&)\s+Co$/.test(full);
        this.companyFullNames.set(short, founders || (this.companyFullNames.has(short) && this.companyFullNames.get(short) !== full) ? undefined : full);
        if (!founders) this.printedCompanyNames.add(full);
        if (short.includes(' ')) this.companyByFirstWord.set(first, this.companyByFirstWord.has(first) && this.companyByFirstWord.get(first) !== full ? undefined : full);
      }
    }
  }

  /**
   * The company a text defines a short name for (round 56): "Larkspur" for 'Larkspur Home Energy Limited ("Larkspur")', a
   * regulator's notice's or a judgment's way; only a name with its legal form, the short name its opening words.
   */
  definedCompany(words: string): string | undefined {
    this.definitions ??= readDefinitions(this.text.wholeText);
    const company = this.definitions.companies.get(words) ?? undefined;
    // (Not a surname the text gives a person too, "Brennan Construction Limited ("Brennan")" beside "Michael Brennan", "Mr
    // Declan Collins": the name then may be either's, the review of round 56. A person set apart by commas or a courtesy
    // title as people are, not a run of capitals read as a name, "During the Relevant Period Northvale received …", "The
    // Late Line with Declan Furey" over "Castlewood FM", round 63.)
    return company && !this.personGoesBy(words) ? company : undefined;
  }

  /** Whether a person of the text has a word for surname, printed set apart by commas or after a courtesy title ("…, Michael Brennan, gave", "Mr Declan Collins"). */
  private personGoesBy(surname: string): boolean {
    return this.persons.some(
      (p) => p.core.includes(' ') && p.core.split(' ').at(-1) === surname && new RegExp(String.raw`(?:,\s*|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)${escapeRegExp(p.core)}(?![\p{L}])|(?<![\p{L}])${escapeRegExp(p.core)}\s*,`, 'u').test(this.text.wholeText),
    );
  }

  /**
   * Rule "a term a document defines for a person stands for that person" (round 35: a disciplinary commission's written
   * reasons, "the referee, Mr Kwame Osei-Bonsu ("the Referee")", "Jordan Ashworth ("the Player")", then "the Referee
   * stated: …" throughout): the person a defined term ("the Referee", "Referee") names, as a judgment's, a contract's or a
   * regulator's document defines its parties; undefined for any other words, or a term defined for two people.
   */
  // (Capitalised as defined: "the claimant told reporters" in a news report that defines "the Claimant" is any claimant,
  // the review of round 35.)
  definedTerm(words: string): string | undefined {
    this.definitions ??= readDefinitions(this.text.wholeText);
    return this.definitions.persons.get(words.replace(/^the\s+/iu, '')) ?? undefined;
  }
  /** The terms the text defines for people and the short names it defines for companies, read in one pass (`readDefinitions`). */
  private definitions: { persons: Map<string, string | null>; companies: Map<string, string | null> } | undefined;

  /**
   * Rule "a relative the document names once is the one its kinship word means" (round 35: a memoir's "my mother, Olga,
   * standing in the hall", then "my mother said"; its standfirst's "Her father, Karel Beneš, was a transmitter
   * engineer", then "my father"): the name a possessive and a kinship word ("my mother", "his wife") stand for, where the
   * document gives that kinship word one name, in apposition; undefined for any other words, or a word given two names.
   */
  // (By its possessive too: "Her mother, Jana Novak," names no one's "his mother"; "my father" may be the one a
  // standfirst calls "Her father", the writer's, the review of round 35.)
  namedRelative(words: string): string | undefined {
    const m = RELATIVE.exec(words.trim());
    const kin = m?.[1]?.toLowerCase();
    if (!m || !kin) return undefined;
    this.relatives ??= readRelatives(this.text.wholeText, this.text.obituaryTitle !== undefined);
    const possessive = m[0].split(/\s/u)[0]?.toLowerCase() ?? '';
    if (FIRST_PERSON_POSSESSIVE.test(possessive)) return this.relatives.get(kin) ?? undefined;
    // ("Their daughter, Eliška," is "his daughter" too, a couple's child, set 53's obituary; "her" is never "his".)
    const keys = possessive === 'their' ? ['their', 'his', 'her'] : [possessive, 'their'];
    for (const key of keys) {
      const name = this.relatives.get(`${key} ${kin}`);
      if (name !== undefined) return name ?? undefined;
    }
    return undefined;
  }
  private relatives: Map<string, string | null> | undefined;

  /** Whether words are a possessive and a relation, "my mother", "his wife" (see `namedRelative`). */
  isRelative(words: string): boolean {
    return RELATIVE.test(words.trim());
  }

  /** The full name the document gives a surname or a shorter name ("Novak" → "Jana Novak"), if any. */
  fullName(core: string, gender?: 'm' | 'f'): string | undefined {
    const nicknamed = this.nicknames.get(core);
    if (nicknamed) return nicknamed;
    if (gender) {
      const ofGender = this.fullNameOfGender(core, gender);
      if (ofGender) return ofGender;
      // ("Mrs Holt" where the story names Margaret Holt and her daughter Joanne Holt and tells nothing more: either
      // may be meant, so she stays "Mrs Holt" as printed.)
      if (this.namesOfSurname(core).length >= 2) return undefined;
    }
    if (!this.fullNames.has(core)) this.fullNames.set(core, this.findFullName(core));
    const full = this.fullNames.get(core);
    // "Mrs Marsh" in a story that names only Stephen Marsh, shown to be a man ("Mr Marsh", "he"): his wife,
    // whom it never names in full, not him; she stays "Mrs Marsh" as printed.
    const shown = gender && full && core !== full ? this.genderOf(full) : undefined;
    return shown !== undefined && shown !== gender ? undefined : full;
  }

  /** A person's gender as the story has shown it: a pronoun resolved to them, a title or relation printed with their name, or the narration going on about them. */
  genderOf(name: string): 'm' | 'f' | undefined {
    return this.genders.get(name) ?? this.persons.find((p) => p.core === name && p.gender)?.gender ?? this.narratedGender(name) ?? this.kinshipGender(name);
  }

  /**
   * The gender a kinship word in apposition before a name tells: "Her husband, Jose Villaraza, a civil engineer, died in
   * 2008" — so an obituary's "she told the Inquirer" is never his, round 50 (see `readRelatives`).
   */
  kinshipGender(name: string): 'm' | 'f' | undefined {
    this.relatives ??= readRelatives(this.text.wholeText, this.text.obituaryTitle !== undefined);
    const genders = new Set([...this.relatives].filter(([, named]) => named === name).map(([key]) => RELATION_GENDER[key.split(' ').at(-1) ?? '']).filter((g) => g !== undefined));
    return genders.size === 1 ? [...genders][0] : undefined;
  }

  /**
   * Rule "a description set beside a name tells the person's gender" (round 23): "“Rosa”, a 29-year-old woman from
   * Bali, told us …", "Tom Reyes, a father of three, said": a "he" after it is not Rosa. Read once per name.
   */
  describedGender(name: string): 'm' | 'f' | undefined {
    if (!this.described.has(name)) {
      const beside = describedBeside(name).exec(this.text.wholeText);
      this.described.set(name, beside ? PERSON_GENDER[beside[1] as string] : undefined);
    }
    return this.described.get(name);
  }
  private readonly described = new Map<string, 'm' | 'f' | undefined>();

  /** Genders the narration shows, by name (see `narratedGender`). */
  private readonly narrated = new Map<string, 'm' | 'f' | undefined>();
  /** The document's masked sentences in order, across paragraphs (read once, for `narratedGender`). */
  private allSentences: string[] | undefined;

  /**
   * A gender the narration shows by going on about a person ("Margaret Holt, from Walsall, was referred for
   * surgery. She has since been told …"): a sentence opening with their full name, naming no one else, then a
   * sentence opening with "He" or "She". Read once per name.
   */
  narratedGender(name: string): 'm' | 'f' | undefined {
    if (!this.narrated.has(name)) {
      let found: 'm' | 'f' | undefined;
      const opening = new RegExp(String.raw`^\W*${escapeRegExp(name)}(?![\p{L}])`, 'u');
      // (The next sentence may open the next paragraph.)
      this.allSentences ??= this.text.masked.flatMap((masked, n) => (this.text.sentences[n] ?? []).map((s) => masked.slice(s.start, s.end)));
      const sentences = this.allSentences;
      for (let k = 0; k + 1 < sentences.length && !found; k++) {
        const words = sentences[k] as string;
        if (!opening.test(words) || mentionsIn(words).filter((m) => m.phrase.kind === 'person').length !== 1) continue;
        const pronoun = /^\W*(He|She|His|Her)\s/.exec(sentences[k + 1] as string)?.[1];
        // (A possessive may be another's the sentence speaks of: "Mark Davies, 34, admitted assaulting his partner. Her
        // injuries …", the review of round 39.)
        if ((pronoun === 'His' || pronoun === 'Her') && speaksOfAnother(words, pronoun === 'His' ? 'm' : 'f')) continue;
        if (pronoun) found = pronoun === 'He' || pronoun === 'His' ? 'm' : 'f';
      }
      this.narrated.set(name, found);
    }
    return this.narrated.get(name);
  }

  /**
   * Rule "a courtesy title tells a family apart" (round 13): "Mrs Marsh" where the story names Kelly Marsh and
   * Stephen Marsh is the one of the two it shows to be a woman (a pronoun used for her, or a title printed
   * with her full name), or the one not shown to be a man. Undefined when one surname names one person, or
   * when the story tells nothing.
   */
  private fullNameOfGender(core: string, gender: 'm' | 'f'): string | undefined {
    const candidates = this.namesOfSurname(core);
    if (candidates.length < 2) return undefined;
    // (A mention's gender: its title, "Mrs Kelly Marsh", or a relation set beside it, as the mention read it.)
    const same = candidates.filter((name) => this.genderOf(name) === gender);
    if (same.length === 1) return same[0];
    const notOther = candidates.filter((name) => this.genderOf(name) === undefined || this.genderOf(name) === gender);
    return same.length === 0 && notOther.length === 1 ? notOther[0] : undefined;
  }

  /**
   * Rule "a title tells two of one surname apart" (round 28): "Dr Otieno said" where the story names Mr Joseph Otieno, a
   * patient's husband, and Dr Lilian Otieno, a union's officer, is the one it prints with "Dr". Undefined unless one
   * surname names two people or more and exactly one is printed with this title.
   */
  fullNameOfTitle(core: string, title: string): string | undefined {
    const key = `${title.toLowerCase()}\u0000${core}`;
    if (!this.titledFullNames.has(key)) {
      const candidates = this.namesOfSurname(core);
      const printed = candidates.length < 2 ? [] : candidates.filter((name) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title)}\.?\s+${escapeRegExp(name)}(?![\p{L}])`, 'iu').test(this.text.wholeText));
      this.titledFullNames.set(key, printed.length === 1 ? printed[0] : undefined);
    }
    return this.titledFullNames.get(key);
  }
  /** `fullNameOfTitle`'s answers, by title and surname (read once per document). */
  private readonly titledFullNames = new Map<string, string | undefined>();

  /** The full names the story gives with this surname ("Holt": Margaret Holt, Joanne Holt). */
  private namesOfSurname(core: string): string[] {
    return [...new Set(this.persons.filter((p) => p.core.includes(' ') && p.core.split(' ').at(-1) === core).map((p) => this.nicknames.get(p.core) ?? p.core))];
  }

  /**
   * Whether capitalised words ending in a place's noun are printed as a place, after a preposition of place ("at", "in",
   * "near", "outside", "across" …): "at Madzivanyika Village" (round 57); not a person's surname, "Jane Castle, who took
   * over …" (the reviews of round 57).
   */
  private printedAsPlace(name: string): boolean {
    return endsInPlaceNoun(name) && new RegExp(String.raw`(?<![\p{L}])(?:at|in|of|from|near|nearby|to|into|outside|inside|across|around|through|within|towards?|beyond)\s+(?:the\s+)?${escapeRegExp(name)}(?![\p{L}])`, 'iu').test(this.text.wholeText);
  }

  private findFullName(core: string): string | undefined {
    // ("Bishop Simon said" after "the Rt Revd Dr Simon Achterberg", "Canon Lydia said" after "the Revd Canon Lydia Mwangi": a
    // cleric's style and given name, as a diocese or a parish calls its clergy, round 49: the one person of that given name.)
    const given = CLERICS_STYLE_AND_GIVEN_NAME.exec(core)?.[1];
    if (given) {
      // (Its style may open the full name too, "Canon Lydia Mwangi", as the name reads without "the Revd"; and only a name
      // the text prints with a cleric's style: not the MP Mary Creagh for "Sister Mary", the review of round 49.)
      const styled = (name: string) => new RegExp(String.raw`${CLERICS_STYLE_BEFORE.source}\s+(?:Dr\.?\s+)?${escapeRegExp(name.replace(CLERICS_STYLE, ''))}(?![\p{L}])`, 'u').test(this.text.wholeText);
      const named = new Set(this.persons.filter((p) => p.core.split(' ').length >= 2 && p.core.replace(CLERICS_STYLE, '').split(' ')[0] === given && p.core.replace(CLERICS_STYLE, '').includes(' ') && styled(p.core)).map((p) => p.core));
      if (named.size === 1) return [...named][0];
    }
    // "Novak" → "Jana Novak"; "Tian" → "Tian Jiyun" (family name first): any word of a fuller name.
    // A particle opening a sentence is capitalised ("De Keersmaeker said" is "Paul de Keersmaeker").
    const lower = ` ${core.toLowerCase()}`;
    // (Or a fuller name's opening words: "Dr Nor Azlina said" after "Dr Nor Azlina Abdul Rahim", a Malay name read by its
    // given names, round 28. Two words longer at least: read with any longer name, three held-out sets lost speakers
    // by their figures, and a name one word longer is as often another's, a son's "Jr" or a second surname.)
    const opening = `${core.toLowerCase()} `;
    // (Never a place read as a person's name: "Chief Madzivanyika" is no "Madzivanyika Village", round 57.)
    // (A surname's Arabic article dropped, "Saadi:" for "Abbas Jabbar al-Saadi", as many desks print the name again, round 64;
    // only where no name has the surname itself, "Ali Abdullah Saleh" before "Khalid al-Saleh", the review of round 64.)
    const withWord = (word: (w: string) => boolean) => this.persons.filter((p) => p.core.includes(' ') && p.core.split(' ').some(word) && !this.printedAsPlace(p.core));
    const bySurname = core.includes(' ') ? [] : withWord((w) => w === core);
    const fits = core.includes(' ') ? this.persons.filter((p) => p.core !== core && (p.core.toLowerCase().endsWith(lower) || (p.core.toLowerCase().startsWith(opening) && p.core.split(' ').length >= core.split(' ').length + 2))) : bySurname.length > 0 ? bySurname : withWord((w) => ARABIC_ARTICLE.exec(w)?.[1] === core);
    // (A nickname's name stands for the given name's, "Wattie Anderson" for "Walter Anderson": see `readNicknames`.)
    return longestOfOneName(fits.map((p) => this.nicknames.get(p.core) ?? p.core));
  }

  /**
   * The one person whom the story gives this age ("Maria Lopez, 42,", "Maria Lopez (42)", "42-year-old Maria
   * Lopez"), by full name; none when two people are that age or nobody is.
   */
  nameOfAge(age: string): string | undefined {
    const names = new Set(this.persons.filter(({ text }) => this.agePrintedWith(text) === age).map(({ core }) => this.fullName(core) ?? core));
    return names.size === 1 ? [...names][0] : undefined;
  }

  /** The age the story prints with a person's name, by their full name or a shorter one ("Maria Lopez, 42,"); none when it prints none. */
  ageOf(name: string): string | undefined {
    const person = this.persons.find((p) => p.core === name || this.fullName(p.core) === name);
    return person ? this.agePrintedWith(person.text) : undefined;
  }

  /** The age printed beside these words of a name: "Maria Lopez, 42,", "Maria Lopez (42)", "42-year-old Maria Lopez". */
  private agePrintedWith(text: string): string | undefined {
    const name = escapeRegExp(text);
    const m = new RegExp(String.raw`${name}(?:,\s*(\d{1,3})\s*,|\s*\((\d{1,3})\))|\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,3}?${name}`, 'u').exec(this.text.wholeText);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  }

  /**
   * Whether a name another document of the collection gives a described thing ("Prague Proposals" for "the
   * proposals") is this story's thing too: its other words stand capitalised in this story ("a two-day
   * meeting in Prague"). A wire archive's unrelated stories share a noun ("report") but not its name's words
   * ("World Report" is no "Federal Trade Commission report").
   */
  namedHereToo(name: string, head: string): boolean {
    const own = name.split(/\s+/).filter((w) => w.toLowerCase() !== head.toLowerCase() && !/^(?:of|for|and|the|on|de)$/i.test(w));
    return own.length > 0 && own.every((w) => this.text.paragraphs.some((p) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(p.text)));
  }

  /**
   * "The Commission said" in a story that prints "the EC Commission" and no other commission: the one
   * longer capitalised run the story prints the word in (none when it prints two, "EC Commission" and
   * "European Commission", or only the bare word).
   */
  soleLongerRun(word: string): string | undefined {
    const longer = new Set(this.runsIn(word).filter((run) => run !== word));
    return longer.size === 1 ? [...longer][0] : undefined;
  }

  /** The capitalised runs the story prints a name in (see `runsAround`), read once per name. */
  private runsIn(name: string): string[] {
    let runs = this.runsOf.get(name);
    if (!runs) {
      runs = runsAround(this.text.wholeText, name);
      this.runsOf.set(name, runs);
    }
    return runs;
  }

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
  wholeName(r: Referent | undefined): Referent | undefined {
    const whole = this.wholeNameRead(r);
    return whole && !whole.unnamed && whole.kind === 'thing' ? this.endingAsPrinted(whole) : whole;
  }

  /**
   * A company's legal ending keeps the full stop the story prints it with inside a sentence ("Daehan
   * Semiconductor Co. said …" names "Daehan Semiconductor Co."; a wire's "Texaco Inc said" stays as printed).
   */
  private endingAsPrinted(r: Referent): Referent {
    if (!LEGAL_ENDING_AT_END.test(r.name)) return r;
    let dotted = this.printedWithStop.get(r.name);
    if (dotted === undefined) {
      dotted = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(r.name)}\.(?=,|\s+\p{Ll})`, 'u').test(this.text.wholeText);
      this.printedWithStop.set(r.name, dotted);
    }
    return dotted ? { ...r, name: `${r.name}.` } : r;
  }
  /** Whether the story prints each company name read with its ending's full stop (read once per name). */
  private readonly printedWithStop = new Map<string, boolean>();

  private wholeNameRead(r: Referent | undefined): Referent | undefined {
    if (!r || r.unnamed) return r;
    const name = r.name;
    // ("The Greek statement said" in a story about Greece: the country whose statement it is.)
    const country = NATIONALITIES.has(name) ? this.countryOfDocument(name) : undefined;
    if (country) return { ...r, name: country, text: country, core: country };
    if (!name.includes(' ') && (GENERIC_ORGANISATION_WORDS.has(name) || NATIONALITIES.has(name)) && !usedAsName(this.text.wholeText, name)) return { ...r, unnamed: true };
    if (r.kind === 'person' && r.form === 'name' && r.text === name && !name.includes(' ') && this.fullName(name) === undefined && !this.genders.has(name) && isCommonWordCapitalisedByPosition(name, this.text.narration)) return { ...r, unnamed: true };
    if (r.kind === 'person' && r.form === 'name' && name.split(' ').length >= 3) {
      const personal = withoutRoleWords(name);
      if (personal !== name) return { ...r, name: personal };
    }
    if (r.kind === 'person' && !name.includes(' ')) {
      const titled = this.persons.find((p) => p.core === name && p.text.endsWith(` ${name}`) && RANK_TITLE.test(p.text.slice(0, -name.length)));
      return titled ? { ...r, name: (RANK_TITLE.exec(titled.text.slice(0, -name.length))?.[0] ?? '').trimStart() + name } : r;
    }
    if (r.kind !== 'thing') return r;
    // (A company's full name as the story prints it with its ending is whole already where a run around it joins it to
    // another's: not "Shares of Pennzoil and Texaco Inc" around "Texaco Inc", the review of round 40; "First City Bancorp
    // of Texas Inc" is still the whole of "Texas Inc".)
    const runs = this.runsIn(name);
    if (this.printedCompanyNames.has(name) && runs.some((run) => /\s(?:and|&)\s/u.test(run.slice(0, -name.length)))) return r;
    const publication = PUBLICATION_DESCRIBED.exec(name);
    if (publication) return { ...r, name: publication[1] as string };
    // ("Royal Bank said" after "<Royal Bank of Canada>", "Hartwell Water said" after "Hartwell Water Services Ltd": the one
    // longer name the story prints going on so, round 41.)
    const longer = runs.length === 0 || runs.includes(name) ? (this.longerNamePrinted(name) ?? this.fullNameShortened(name)) : undefined;
    if (longer) return { ...r, name: longer };
    if (runs.length === 0 || runs.includes(name)) return r;
    if (new Set(runs).size > 1) {
      // ("Federal Court of Appeals" in one paragraph, "The ruling by the U.S. Court of Appeals … said" in
      // another: the court read where the story prints it, when that paragraph prints it in one run only.)
      const here = new Set(runsAround(this.text.paragraphs[paragraphOf(r.at)]?.text ?? '', name));
      const run = here.size === 1 ? ([...here][0] as string) : undefined;
      return run && run !== name ? { ...r, name: run } : { ...r, unnamed: true };
    }
    // "Arthur Krumper of Munich's Ifo institute, …, said": the person of the organisation speaks.
    const of = (runs[0] as string).slice(0, -name.length).replace(/\s+of\s+$/, '');
    // (Only for an organisation described, not named: "Texas Inc" of "First City Bancorp of Texas Inc" is the bank.)
    const described = /['\u2019]s\s|\s\p{Ll}+$/u.test(name);
    const person = described && of !== (runs[0] as string).slice(0, -name.length) ? this.persons.find((p) => p.core === of || p.text === of) : undefined;
    if (person) return { ...r, kind: 'person', name: person.core, text: person.text, core: person.core };
    return { ...r, name: runs[0] as string };
  }

  /**
   * The one longer name of a body the story prints going on from a name of two words or more: "of" and a place ("Royal
   * Bank" → "Royal Bank of Canada"), or a company's ending with a word of its kind before it ("Hartwell Water" → "Hartwell
   * Water Services Ltd"); not another body's words, "Federal Reserve" of "Federal Reserve Bank of New York". Undefined
   * when the story prints none, or two ways of going on ("Standard Bank Investment Corp" and "Standard Bank of South
   * Africa"), or the name has its company's ending already ("Anglo American Corp").
   */
  longerNamePrinted(name: string): string | undefined {
    if (!name.includes(' ') || LEGAL_ENDING_AT_END.test(name)) return undefined;
    let longer = this.longerNames.get(name);
    // (Most names go on nowhere: a plain search says so before any pattern is built, the same answer at a third of the
    // archive's read-ahead time.)
    if (longer === undefined && !this.longerNames.has(name) && !this.goesOn(name)) this.longerNames.set(name, undefined);
    if (longer === undefined && !this.longerNames.has(name)) {
      const start = String.raw`(?<![\p{L}])${escapeRegExp(name)}`;
      const pattern = new RegExp(String.raw`${start}(\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|(?:\s+(?:Services|Group|Holdings|Industries|Company|Corporation|International))?\s+(?:${LEGAL_ENDINGS}))(?![\p{L}])`, 'gu');
      const names = new Set([...this.text.wholeText.matchAll(pattern)].map((m) => m[0]));
      // (Every way the story goes on from the name, capitalised words or "of" and them: one only.)
      const goingOn = new Set([...this.text.wholeText.matchAll(new RegExp(String.raw`${start}(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*)+`, 'gu'))].map((m) => m[0]));
      longer = names.size === 1 && goingOn.size === 1 && ([...goingOn][0] as string).startsWith([...names][0] as string) ? [...names][0] : undefined;
      // ("of" and a place only where the story gives the longer name before the short one, as it introduces a body: not "The
      // Law Society said …" then "the Law Society of Scotland", another body, the review of round 41.)
      if (longer && /^\s+of\s/u.test(longer.slice(name.length))) {
        const bare = new RegExp(String.raw`${start}(?!\s+(?:of\s+)?\p{Lu})`, 'u').exec(this.text.wholeText);
        if (bare && bare.index < this.text.wholeText.indexOf(longer)) longer = undefined;
      }
      this.longerNames.set(name, longer);
    }
    return longer;
  }
  private readonly longerNames = new Map<string, string | undefined>();

  /**
   * The one full name a trust's two-word short form stands for, its first word and its noun with more of its name between,
   * printed before it: "the Western Trust said" after "the Western Health and Social Care Trust" (round 46). Undefined for
   * any other name, or where the story prints two such.
   */
  private fullNameShortened(name: string): string | undefined {
    const [first, noun, ...rest] = name.split(' ');
    // (A trust's only, as Northern Ireland's and the NHS's are called: not "the European Union" after "the European
    // Broadcasting Union", "the Football Association" after "the Football Supporters' Association", nor a company's name with
    // its legal ending, "Texaco Inc", the review of round 46's rules; nor two bodies read across "and" into one, "the
    // National Park Authority and National Trust", the review of round 46.)
    if (!first || !noun || rest.length > 0 || !SHORTENED_BODY_NOUNS.has(noun) || !/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
    if (this.shortenedNames.has(name)) return this.shortenedNames.get(name);
    const text = this.text.wholeText;
    const fuller = new Set([...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(first)}(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|&|of|for)){1,5}?\s+${escapeRegExp(noun)}(?![\p{L}])`, 'gu'))].map((m) => m[0]).filter((m) => m !== name && !m.endsWith(` ${name}`)));
    const full = fuller.size === 1 ? ([...fuller][0] as string) : undefined;
    const found = full !== undefined && text.indexOf(full) < text.search(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u')) ? full : undefined;
    this.shortenedNames.set(name, found);
    return found;
  }
  private readonly shortenedNames = new Map<string, string | undefined>();

  /** Whether the story prints a name anywhere with "of" or a capitalised word after it (what `longerNamePrinted` reads). */
  private goesOn(name: string): boolean {
    const text = this.text.wholeText;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = text.slice(at + name.length, at + name.length + MAX_SPACE_BEFORE_GOING_ON);
      // (A longer run of spaces than it reads may go on past it: yes, to be safe.)
      if (GOING_ON_AFTER.test(after) || (after.length === MAX_SPACE_BEFORE_GOING_ON && !/\S/u.test(after))) return true;
    }
    return false;
  }

  /**
   * The company a name read as a person's is, by the longer name the story prints going on from it with a company's
   * ending (`longerNamePrinted`), when the name's last word is a noun the story prints in small letters too ("Hartwell
   * Water" of "Hartwell Water Services Ltd", the story's "water"); undefined for any other name ("John Lewis").
   */
  companyGoingOn(name: string): string | undefined {
    const longer = this.longerNamePrinted(name);
    const last = name.split(' ').at(-1) as string;
    if (!longer || / of /u.test(longer.slice(name.length))) return undefined;
    // (Not a person the story shows as one, "Ian Field, the firm's director, said" or "Mr Field", beside "Ian Field Services
    // Ltd", the review of round 41.)
    // (A role a company holds too is none, "Hartwell Water, the owner of the Brede reservoir, said", the review of round 42,
    // unless a "he" or "his" goes on about the one named, "Ian Field, the owner of the company, said he deeply regretted",
    // the review of round 43.)
    const described = [...this.text.wholeText.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)},\s+([^,.;:]{1,60})[,.]`, 'gu'))].some((m) => !(COMPANYS_ROLE.test(m[1] as string) && !this.goneOnAboutAsPerson(name)) && (m[1] as string).split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w.replace(/['’]s$/u, ''))));
    if (described || new RegExp(String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${escapeRegExp(last)}(?![\p{L}])`, 'u').test(this.text.wholeText)) return undefined;
    return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(last.toLowerCase())}(?![\p{L}])`, 'u').test(this.text.wholeText) ? longer : undefined;
  }

  /**
   * The country a nationality's document is ("the Greek statement" → "Greece"): only when the story prints
   * that nationality before a document's noun and names exactly one country whose name shares its stem
   * ("Greece", "Turkey" for "Turkish"). A nationality whose country's name the stem does not give
   * ("French", "Spanish") or a story naming no such country names nobody, as before.
   */
  countryOfDocument(nationality: string): string | undefined {
    if (!COUNTRY_NATIONALITY.test(nationality)) return undefined;
    // ("the Greek statement", "the Greek government's statement": the noun within two words.)
    const documentAfter = new RegExp(`\\b${nationality}\\s+(\\p{Ll}+(?:['\u2019]s)?(?:\\s+\\p{Ll}+)?)`, 'gu');
    const document = (words: string) => words.split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w) || ISSUED_NOUNS.has(w));
    if (![...this.text.narration.matchAll(documentAfter)].some((m) => document(m[1] as string))) return undefined;
    const stem = nationality.slice(0, Math.max(4, nationality.length - 3));
    const countries = new Set((this.text.narration.match(new RegExp(`(?<![\\p{L}])${stem}\\p{Ll}*(?![\\p{L}])`, 'gu')) ?? []).filter((w) => !w.startsWith(nationality) && !NATIONALITIES.has(w)));
    return countries.size === 1 ? [...countries][0] : undefined;
  }

  /**
   * A word capitalised only because it opens a sentence ("Management has repeatedly stated …" in a story
   * that also prints "management"): a common noun, never the person a "he" or "she" stands for. The same
   * test as a lone name read as a common word (`isCommonWordCapitalisedByPosition`), over the whole text,
   * quotations included ("I take management at their word").
   */
  isCommonWord(name: string): boolean {
    return !name.includes(' ') && isCommonWordCapitalisedByPosition(name, this.text.wholeText);
  }
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

/** A name ending in a short legal ending ("Daehan Semiconductor Co"). */
const LEGAL_ENDING_AT_END = new RegExp(String.raw`\b(?:${SHORT_LEGAL_ENDINGS})$`);

/**
 * Whether a sentence may speak of another person than the one it names, whom a possessive of this gender after it may
 * stand for: a pronoun of the other gender ("his partner" before "Her injuries") or a noun for a person after a
 * possessive or "the" ("the victim", "their daughter").
 */
function speaksOfAnother(sentence: string, gender: 'm' | 'f'): boolean {
  const otherGender = gender === 'f' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i;
  // (A noun with a possessive or "the" before it, another's: not "Vera Ciobanu is a grandmother of 68", who is the one
  // named, the review of round 40.)
  const another = [...sentence.matchAll(/\b(?:his|her|their|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)/giu)].some((m) => (m[1] as string) in PERSON_GENDER || RELATION_NOUNS.has(m[1] as string) || OTHER_PERSON_NOUNS.has(m[1] as string));
  return otherGender.test(sentence) || another;
}
/** Nouns for a person of either gender a sentence may speak of besides the one it names, beyond `RELATION_NOUNS`' ("partner", "friend"). */
const OTHER_PERSON_NOUNS = new Set('partners victim victims child children friends colleagues neighbours patient patients customer client'.split(' '));

/** A company's name and its legal ending ("General Acquisition Co", "Texaco Inc.", "Sears Roebuck and Co"). */
const COMPANY_WITH_ENDING = /\b((?:\p{Lu}[\p{L}&'-]*\s+){0,4}?(?:\p{Lu}[\p{L}&'-]*))\s+(?:(?:and|&)\s+Co\b|(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b)/gu;
/** Companies' trade nouns as a pattern's alternation (`COMPANY_NOUNS`): not "group", "rights group Amnesty International" being none. */
const TRADE_NOUNS = [...COMPANY_NOUNS].filter((noun) => noun !== 'group').join('|');
/**
 * A name right after a company's trade noun in small letters, "homeware retailer Halloway Home", "carmaker Stellantis"
 * (group 1: the name, up to four capitalised words), round 42 (`TRADE_NOUNS`).
 */
const COMPANY_AFTER_TRADE_NOUN = new RegExp(String.raw`(?<![\p{L}-])(?:${TRADE_NOUNS})\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*)`, 'gu');
/**
 * A name with an appositive its trade's noun ends, "Den Norske Creditbank (DNC), Norway's biggest commercial bank,", "Koyo
 * Energy, a battery maker," (group 1: the name, up to four capitalised words), round 42 (`TRADE_NOUNS`); the noun
 * ends the appositive: "Gerald Hurst, a retired bank manager," is no bank (the review of round 42).
 */
const COMPANY_BEFORE_TRADE_APPOSITIVE = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*)(?:\s+\([^()]{1,20}\))?(?:\s+<[^<>]{1,20}>)?,\s+(?:a|an|the|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,4}?(?:${TRADE_NOUNS})(?=\s*[,;:.)])`, 'gu');
/**
 * A company's name and a word of its trade's ending, with the legal ending after it if any ("Coniston Partners",
 * "Kansas City Southern Industries Inc"): "Coniston said" is the partnership, named in full (round 40).
 */
const COMPANY_WITH_TRADE_ENDING = /\b((?:\p{Lu}[\p{L}&'-]*\s+){0,4}?(?:\p{Lu}[\p{L}&'-]*))\s+(?:Partners|Holdings|Industries|Associates)(?:\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b)?/gu;

/** Words that name an organisation only with more words ("Group of 24", "Institute of Economic Affairs"). */
const GENERIC_ORGANISATION_WORDS = new Set(
  'Group Institute Bank Company Corporation Association Council Committee Ministry Department Agency Commission Board Union Fund Office Authority Federation Foundation Government Party Court Centre Center Organisation Organization Society League Exchange Administration Service Bureau Conference Assembly Institution Trust Alliance Coalition Forum Club Chamber Secretariat Division Unit'.split(' '),
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

/** The words that join a capitalised run's words ("Bank of Japan", "Procter and Gamble", "Banque de France"). */
const RUN_CONNECTOR = /^(?:of|for|and|&|de|du)$/;

/**
 * The capitalised runs a name is printed inside, where the story prints it ("First City Bancorp of Texas
 * Inc" around "Texas Inc"); the name itself where it stands alone.
 */
function runsAround(text: string, name: string): string[] {
  const runs: string[] = [];
  const nameFirstWord = name.split(' ')[0] ?? '';
  for (const index of wordOccurrences(text, name)) {
    // (Not back across a paragraph's end: "… energy regulator URE.\nNorthern Power Group" is two runs.)
    const before = text.slice(Math.max(0, index - 120), index).replace(/^[\s\S]*\n/, '');
    // (Most names follow a lower-case word, which no run can end in: the end-anchored pattern, costly on a
    // whole story's every name, is tried only when the word right before is capitalised or a connector.)
    const lastWord = /(\S+)\s+$/u.exec(before)?.[1];
    // (A necessary condition, so the answer is the same: the run's last word ends the last token, "(Reuters" too.)
    const mayRun = lastWord !== undefined && (/\p{Lu}[\p{L}\p{N}.&-]*$/u.test(lastWord) || RUN_CONNECTOR.test(lastWord));
    const run = mayRun ? (/(?:(?<![\p{L}\p{N}'.&-])\p{Lu}[\p{L}\p{N}.&-]*\s+(?:(?:of|for|and|&|de|du)\s+)?)+$/u.exec(before)?.[0] ?? '') : '';
    const words = run.split(/\s+/).filter(Boolean);
    // (Not past a sentence's opening word or a possessive: "Japan's Ministry of Finance" is the ministry.)
    while (words.length > 0 && (RUN_OPENERS.has(words[0] as string) || RUN_CONNECTOR.test(words[0] as string))) words.shift();
    // (Nor a modifier made with a hyphen, nor a place's words before it: "Groningen-based Van Houten Shipping",
    // "New York-based Acme Corp".)
    const modifier = words.findLastIndex((w) => HYPHENED_MODIFIER.test(w));
    if (modifier >= 0) words.splice(0, modifier + 1);
    // (Nor back across a word whose full stop ends a sentence: "regulator URE. Northern Power Group".)
    // (Or an initial's stop before a sentence's opening word: "to Mrs X. The Council", round 61.)
    const sentenceEnd = words.findLastIndex((w, i) => endsSentenceAt(w) || initialEndsSentence(w, words[i + 1] ?? nameFirstWord));
    if (sentenceEnd >= 0) words.splice(0, sentenceEnd + 1);
    runs.push(words.length > 0 ? `${words.join(' ')} ${name}` : name);
  }
  return runs;
}

/**
 * Of the fuller names that fit a shorter one, in order, the first; but where every other is the longest's
 * opening words (whole words: "Ann Lee" opens no "Ann Leeson"), the longest (round 19): "Sheikh Ali al-Khalifa al-Sabah" is also read in parts, "Ali
 * al-Khalifa", and "Ali" is the whole name, not its first part. (Not a longer run before a name: "Finance Declan
 * Furlong" of "Minister for Finance Declan Furlong" is no fuller name of Declan Furlong.)
 */
function longestOfOneName(names: string[]): string | undefined {
  const longest = names.reduce<string | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined);
  return longest !== undefined && names.every((name) => longest === name || longest.startsWith(`${name} `)) ? longest : names[0];
}

/**
 * A person's name, then in parentheses and quotation marks the term a document defines for them: "Mr Kwame Osei-Bonsu
 * ("the Referee")", "Jordan Ashworth (the "Player")" (group 1: the name; group 2: the term, capitalised words).
 */
// (Starting at a word's start: linear on a run of capitals, the review of round 35.)
// (Or without the marks after "the", a disciplinary body's field line, "Between: Wessex County Football Association (the
// Association) and Daniel Okafor (the Player)", a tribunal's "Pavel Horák (the Athlete)", round 48.)
// (Or a second term after "or", 'Castlewood Broadcasting Limited ("Castlewood" or "the Licensee")', round 63.)
const DEFINED_TERM = /(?<=^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s+\((?:(?:the\s+)?["“](?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})["”]|the\s+(\p{Lu}[\p{L}'’-]*))(?:\s+or\s+[^()\n]{1,40})?\)/gu;
/**
 * Words before a name that make it the object of something else, whose defined term may be that thing's: "the complaint
 * against Mr Tom Hale ("the Complaint")", "the letter sent to Ms Eva Marsh ("the Letter")", "a contract between Acme and
 * Mr Tom Hale ("the Parties")" (the review of round 35). A term so defined names no one.
 */
const OBJECT_BEFORE_NAME = /\b(?:against|to|between|and|of|from|by|with|for|about|on)\s+$/iu;

/** Terms that name a person as a party, whatever words come before the name (see `readDefinitions`). */
const PARTY_TERMS = new Set('player referee athlete complainant applicant respondent claimant appellant petitioner plaintiff defendant accused employee worker customer consumer client patient tenant landlord student officer driver investor'.split(' '));
/** A party defined right before a name, in a list of parties: "(the Association) and ". */
const DEFINED_PARTY_BEFORE = /\)\s+and\s+$/u;

/**
 * The terms a text defines (`DEFINED_TERM`), read in one pass: for people (see `definedTerm`), as printed, each with its
 * person; and the short names it defines for companies (see `definedCompany`), each with its company. Null for a term
 * defined for two.
 */
function readDefinitions(text: string): { persons: Map<string, string | null>; companies: Map<string, string | null> } {
  const persons = new Map<string, string | null>();
  const companies = new Map<string, string | null>();
  const define = (terms: Map<string, string | null>, term: string, holder: string) => terms.set(term, terms.has(term) && terms.get(term) !== holder ? null : holder);
  for (const m of text.matchAll(DEFINED_TERM)) {
    const named = m[1] as string;
    const quoted = m[2] as string | undefined;
    if (quoted && COMPANY_ENDINGS_AFTER.test(named) && named.startsWith(`${quoted} `)) define(companies, quoted, named);
    const person = nameOnly(named);
    const term = (m[2] ?? m[3]) as string;
    const lower = term.toLowerCase();
    // (A person's term, one word for one person: not "the Parties", nor a document's, "the Complaint", "the Letter".)
    const personsTerm = !term.includes(' ') && !lower.endsWith('s') && !DOCUMENT_NOUNS.has(lower) && !ISSUED_NOUNS.has(lower);
    // (After "and" where a definition ends before it, "… (the Association) and Daniel Okafor (the Player)": a list of
    // the parties, each defined, round 48.)
    const before = text.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    // (After "against" or "to" too where the term is a party's, "a charge … against Callum Ferriter ("the Player")", round 51:
    // no complaint or letter is called a player.)
    if (person?.kind !== 'person' || !person.core.includes(' ') || !personsTerm || (OBJECT_BEFORE_NAME.test(before) && !DEFINED_PARTY_BEFORE.test(before) && !PARTY_TERMS.has(lower) && !isRoleNoun(lower))) continue;
    define(persons, term, person.core);
  }
  for (const [office, holder] of officesOnRoll(text)) define(persons, office, holder);
  return { persons, companies };
}

/**
 * A record's roll line: "Present: Professor Alison Cruickshank (Vice-Chancellor, Chair); …", "In attendance: …", "Before:
 * …", or a table's row of those present, "| Directors | Geoffrey Tandoh (Non-Executive Chair); … |" (round 61's minutes).
 */
const ROLL_OPENING = /^\s*(?:\|\s*)?(?:(?:members?\s+|directors?\s+)?present|in\s+attendance|before|attendees|directors|officers|panel|board\s+members)\s*[:|]/iu;
/** A name on a roll and the offices in brackets after it (group 1: the name; group 2: the offices). */
const ROLL_ENTRY = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s+\(([^()]{2,80})\)/gu;
/** A table's row giving an office and the one person who holds it: "| Company Secretary | Lachlan Brierley |" (groups: office, name). */
const OFFICE_ROW = /^\|\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}?[\p{L}'’-]*){0,3})\s*\|\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*\|\s*$/u;
/** Words before an office that leave its holder the office's one holder: a "Non-Executive Chair" chairs (not a "Deputy Chair"). */
const HOLDING_QUALIFIERS = /^(?:Non-Executive|Independent|Executive|Acting|Presiding|Lay)\s+/u;

/**
 * Rule "an office a record's roll gives in brackets after a name is that person" (round 61: a university senate's minutes,
 * "Present: Professor Alison Cruickshank (Vice-Chancellor, Chair)", then "The Vice-Chancellor said …" and "The Chair
 * thanked members …"; an AGM's "| Directors | Geoffrey Tandoh (Non-Executive Chair); …", then "The Chair said …"; "|
 * Company Secretary | Lachlan Brierley |"): each office on a roll's line, with its holder, for `definedTerm`. Only offices,
 * each capitalised and naming a role (its last word a title or a role's noun), and only people's full names.
 */
function officesOnRoll(text: string): [string, string][] {
  const offices: [string, string][] = [];
  // (A table's rows only in a record with a roll's heading, "PRESENT" over them: not a news report's results table, "| Mayor |
  // Jane Doe |", the review of round 61.)
  const record = ROLL_HEADING.test(text);
  for (const line of text.split('\n')) {
    const row = record ? OFFICE_ROW.exec(line.trim()) : null;
    const office = row?.[1]?.trim() ?? '';
    if (row && isOffice(office)) {
      const person = nameOnly(row[2] as string);
      if (person?.kind === 'person' && person.core.includes(' ')) offices.push([office, person.core]);
    }
    if (!ROLL_OPENING.test(line)) continue;
    for (const m of line.matchAll(ROLL_ENTRY)) {
      const person = nameOnly(m[1] as string);
      if (person?.kind !== 'person' || !person.core.includes(' ')) continue;
      // (Every part an office, "in the Chair" the chair's: not another body's "(Chair, Audit Committee)", whose office the
      // words after it qualify, the review of round 61.)
      const parts = (m[2] as string).split(/\s*(?:,|;|\band\b)\s*/u).map((part) => (/^in\s+the\s+chair$/iu.test(part.trim()) ? 'Chair' : part.trim()));
      if (!parts.every(isOffice)) continue;
      for (const part of parts) {
        offices.push([part, person.core]);
        if (HOLDING_QUALIFIERS.test(part)) offices.push([part.replace(HOLDING_QUALIFIERS, ''), person.core]);
      }
    }
  }
  // (Nor an office the text gives another person too, "The committee's current Chair, Councillor Raj Patel", or a chair
  // someone else takes, "Councillor Cole took the chair for this item", the review of round 61.)
  return offices.filter(([office, holder]) => !heldByAnother(text, office, holder));
}

/** A record's heading or line over its roll: "PRESENT", "Present:", "In attendance". */
const ROLL_HEADING = /^[\s*|]*(?:present|in\s+attendance|attendance|attendees)\b/imu;

/** Whether a text names someone else with an office (see `officesOnRoll`): in apposition, or taking the chair. */
function heldByAnother(text: string, office: string, holder: string): boolean {
  if (/^chair(?:man|woman|person)?$/iu.test(office) && /\b(?:took|takes|taking|assumed|assumes)\s+the\s+chair\b/iu.test(text)) return true;
  const named = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(office)}(?:,\s*|\s+)((?:(?:${[...COURTESY_TITLES, 'Councillor'].join('|')})\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})`, 'gu');
  return [...text.matchAll(named)].some((m) => {
    const person = nameOnly(m[1] as string);
    return person?.kind === 'person' && person.core !== holder;
  });
}

/** Whether words name an office: capitalised, up to four words, the last a title or a role's noun ("Vice-Chancellor", "Company Secretary"). */
function isOffice(words: string): boolean {
  const printed = words.trim().split(/\s+/u);
  const last = printed.at(-1) ?? '';
  return /^\p{Lu}/u.test(printed[0] ?? '') && printed.length <= 4 && (isTitle(last) || isRoleNoun(last.toLowerCase()));
}

/** An obituary's list of survivors, up to the sentence's end: "is survived by a son, Chukwuma Wells; a sister, …". */
const SURVIVORS = /\bsurvived\s+by\s+[^.!?\n]+/gu;
/** One survivor in that list, a relation and the name in apposition: "a son, Chukwuma Wells" (group 1: the relation; group 2: the name). */
const SURVIVOR = new RegExp(String.raw`\b(?:a|an|her|his|their)\s+(${[...RELATION_NOUNS].join('|')}),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=[,;.)]|\s+and\b|$)`, 'gu');
/** The nouns of bodies a story calls by a short form of their name, "the Western Trust" (see `fullNameShortened`). */
const SHORTENED_BODY_NOUNS = new Set(['Trust']);
/** A given name opening the words after "her son" (see `readRelatives`): "Chukwuma" in "Chukwuma Wells said". */
const GIVEN_NAME = /^\p{Lu}[\p{L}-]+(?![\p{L}'’])/u;
/** How far past "her son" its name is looked for, courtesy titles included. */
const KIN_NAME_CHARACTERS = 80;
/** A possessive and a relation, the whole phrase (see `POSSESSED_RELATION`; group 1: the relation). */
const RELATIVE = new RegExp(String.raw`^${POSSESSED_RELATION}$`, 'u');
/** A possessive and a relation, then the relative's name in apposition: "my mother, Olga,", "Her father, Karel Beneš," (group 1: the relation; group 2: the name). */
const RELATIVE_NAMED = new RegExp(String.raw`\b${POSSESSED_RELATION},\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=[,.;)])`, 'gu');

/** A first person's possessive: "my", "our". */
const FIRST_PERSON_POSSESSIVE = /^(?:my|our)$/u;

/**
 * The names a text gives kinship words in apposition (see `namedRelative`), by word ("mother") and by possessive and word
 * ("her mother"); null for a key given two names.
 */
function readRelatives(text: string, obituary: boolean): Map<string, string | null> {
  const relatives = new Map<string, string | null>();
  const remember = (key: string, name: string) => {
    const known = relatives.get(key);
    // (The fuller of two names for one relative, "Karel Beneš" and "Karel".)
    if (known === undefined) relatives.set(key, name);
    else if (known !== null && known !== name) relatives.set(key, known.startsWith(`${name} `) ? known : name.startsWith(`${known} `) ? name : null);
  };
  for (const m of text.matchAll(RELATIVE_NAMED)) {
    const kin = (m[1] as string).toLowerCase();
    const possessive = m[0].split(/\s/u)[0]?.toLowerCase() ?? '';
    remember(kin, m[2] as string);
    remember(`${possessive} ${kin}`, m[2] as string);
  }
  // (An obituary's survivors, "is survived by a son, Chukwuma Wells; a sister, Ngozi Okonjo-Bello": the one mourned's, so
  // "her son" or "his son" after, round 44; only in an obituary, not a court report's victim's beside a defendant's "His
  // son", a final review of round 44.)
  // (Nor where the obituary names another of that kind without commas, "Her son David, a doctor in Glasgow, said …": two
  // sons, and nobody can tell which "her son" is, the review of round 44's rules.)
  for (const list of obituary ? text.matchAll(SURVIVORS) : []) {
    for (const m of (list[0] as string).matchAll(SURVIVOR)) {
      const kin = (m[1] as string).toLowerCase();
      // (Past a courtesy title, "Her son Dr Chukwuma Wells said": Chukwuma, no second son called "Dr", the review of round
      // 45's rules.)
      const unapposed = [...text.matchAll(new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+${kin}\s+(?=\p{Lu})`, 'gu'))].map((n) => GIVEN_NAME.exec(withoutCourtesyTitles(text.slice((n.index ?? 0) + n[0].length, (n.index ?? 0) + n[0].length + KIN_NAME_CHARACTERS)))?.[0]);
      const names = [m[2] as string, ...unapposed.filter((name) => name !== undefined)];
      for (const name of names) {
        remember(kin, name);
        remember(`their ${kin}`, name);
      }
    }
  }
  return relatives;
}
