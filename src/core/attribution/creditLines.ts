/**
 * A paragraph credited on the line after it: a pull quote or a post set as a block quotation, then "— Name"
 * ("— @tomasz_codes, Tomasz Wrona", "— Jan Vermeer, Payly co-founder and CTO"). The credited paragraph is
 * that person's words.
 */
import type { Paragraph, SourceDocument } from '../model.js';
import { isEnglishWord } from '../text/englishWords.js';
import { wordsIn } from '../text/wordsIn.js';
import { documentQuotations } from './quotations.js';
import { lastName, loneName, nameOnly } from './nameRuns.js';
import { isPersonNoun, isPublicationTitle, isRoleNoun, ORG_WORDS, RELATION_NOUNS } from './nameWords.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { casedCapitals, describesPerson } from './subjectPhrases.js';

/**
 * A credit line: a dash opening the line (an em or en dash, or two hyphens: a single one opens a list's item),
 * then the credit, short and with no sentence in it.
 */
// (A stop may end an initial, "— Simona R., Prague 3", round 36.)
const CREDIT_LINE = /^(?:[—–]|--)\s*(\S(?:[^.!?\n]|(?<=[\s(]\p{Lu})\.)*)$/u;
/** The most words of a credit line ("— @biohof_gruber, Anna Gruber, organic farmer in Lower Austria"). */
const MAX_CREDIT_WORDS = 15;

/** An embedded post's handle in brackets after the poster's name, and the date after it: " (@JPruitt22) March 16, 2024". */
const EMBEDDED_POST_HANDLE = /\s*\(@[\p{L}\p{N}_.]+\).*$/u;
/** A minister's or judge's style before the name: "The Honourable", "The Hon.", "The Right Honourable". */
const HONOURABLE = /^(?:The\s+)?(?:Right\s+)?(?:Honourable|Hon\.)\s+/u;

/** The full or titled name a credit line gives (past a social-media handle), or undefined. */
export function creditedName(text: string, testimonials = false, firstNameWithAge?: (word: string) => boolean): SpeakerPhrase | undefined {
  const m = CREDIT_LINE.exec(text.trim());
  if (!m || wordsIn(m[1] as string) > MAX_CREDIT_WORDS) return undefined;
  // ("– The Honourable Mélanie Tremblay-Roy, Minister of Energy": Canada's releases credit a minister by her style, round 20.)
  // ("— Janelle Pruitt (@JPruitt22) March 16, 2024": an embedded post's credit, its handle and date after the name, round
  // 44.)
  const parts = (m[1] as string).replace(HONOURABLE, '').replace(EMBEDDED_POST_HANDLE, '').split(',').map((part) => part.trim()).filter((part) => !part.startsWith('@'));
  // ("— Kirsty, a mother from Thurso, on the CHAT Facebook page": a first name, set beside a person's description.)
  if (FIRST_NAME_AND_INITIAL.test(parts[0] ?? '')) return testimonials ? firstNameAndInitial(parts[0] ?? '', parts.length > 1) : undefined;
  // ("— Halima, 41, farmer, Dabo": an NGO's testimony credited by a first name, an age and more, round 56, where the document
  // may be one printing testimonies and the word no role's, `firstNameWithAge`; not a match report's rating, "— Keenan, 9".)
  return nameOnly(parts[0] ?? '') ?? (describesPerson(parts[1] ?? '') || (!!firstNameWithAge && parts.length >= 3 && CREDITED_AGE.test(parts[1] ?? '') && firstNameWithAge(parts[0] ?? '')) ? loneName(parts[0] ?? '') : undefined) ?? organisationInStatement(parts);
}

/** An age after a credited first name: "41" (see `creditedName`). */
const CREDITED_AGE = /^\d{1,3}$/u;

/** A first name and a surname's initial, as reviews sign: "Simona R.", "Petr H." */
const FIRST_NAME_AND_INITIAL = /^(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+\p{Lu}\.$/u;

/**
 * Rule "a testimonial signed with a first name and an initial" (round 36, a product page's testers: "— Simona R., Prague
 * 3"): the credit as printed, when a place or a role follows it after a comma; only in a genre printing testimonials
 * (`TESTIMONIAL_KIND`), where "— Plan B., the cheaper route" under a list of options is no one's (the review of round 36).
 */
function firstNameAndInitial(part: string, more: boolean): SpeakerPhrase | undefined {
  const first = more ? FIRST_NAME_AND_INITIAL.exec(part)?.[1] : undefined;
  return first && loneName(first) ? { text: part, form: 'name', kind: 'person', core: part } : undefined;
}

/**
 * A testimonial's credit line with no dash, under a paragraph that is wholly one quotation: the customer's full name, then
 * where they live or what they do after a comma, "Marta Benešová, Příbram — installed October 2023" (round 36, a
 * company's testimonials page). Group 1: the name.
 */
const UNDASHED_CREDIT = /^(\p{Lu}[^,\n]{2,60}),\s+[^\n]{1,120}$/u;
/** A paragraph that is wholly one quotation: "“We were sceptical. … last year's.”" */
const WHOLE_QUOTATION = /^["“][^"“”]+["”]$/u;

/** A caption's or a description's turn after a name's comma, no testimonial's credit: an age (", 34,"), a place or a moment (", at the protest"), a clause (", who runs the bakery"). */
const NOT_A_CREDIT = /,\s*\d|,\s+(?:at|with|in|on|during|outside|inside|after|before|who|which|whose)\s/u;

/** The person a line of a name and what follows a comma names (`UNDASHED_CREDIT`), printed in its case ("Marta Benešová"; not a factbox's "PRIYA NANDAKUMAR"), or undefined. */
function nameLine(text: string): string | undefined {
  const line = text.trim();
  const name = UNDASHED_CREDIT.exec(line)?.[1];
  // (Nor a line ending with a colon, "Jane Smith, Director of Partnerships, added:", which introduces the quotation below
  // it, the review of round 36.)
  if (!name || !/\p{Ll}/u.test(name) || /[.!?:]$/u.test(line) || /["“”]/u.test(line) || NOT_A_CREDIT.test(line) || wordsIn(line) > MAX_CREDIT_WORDS) return undefined;
  const phrase = nameOnly(name);
  return phrase?.kind === 'person' && phrase.core.includes(' ') && phrase.core === name ? phrase.core : undefined;
}

/**
 * Whether a document's name lines credit the quotations above them (a testimonials page) rather than head the ones
 * below (a reaction round-up, `quotationsUnderNameHeadings`): its first whole quotation comes before its first name line.
 */
// (Only in a company's, a charity's or a body's own pages, a testimonials page's or a chair's letter's with its pull quote:
// not a newspaper's, nor journalism's or a record's genre, where a story's caption or a columnist's bio line under a
// quotation credits no one, the review of round 36.)
function namesFollowQuotations(doc: SourceDocument): boolean {
  if (!mayPrintTestimonials(doc.source)) return false;
  const quotation = doc.paragraphs.findIndex((p) => WHOLE_QUOTATION.test(p.text.trim()));
  // (Cheap first: most documents print no whole quotation, and a name line is only looked for up to it.)
  if (quotation < 0) return false;
  // (And its last whole quotation has a name line after it: a release whose "Rina Patel, Leader of Newham Council" lines
  // head the quotations below them ends with a quotation, its first one introduced by "Sadiq Khan said:", the review of
  // round 36.)
  // (Past a page's own closing tagline in quotation marks, "“Warm homes, fair prices.”": a few words in no one's first
  // person, the reviews of rounds 37 and 38.)
  const quotations = doc.paragraphs.flatMap((p, at) => (WHOLE_QUOTATION.test(p.text.trim()) ? [at] : []));
  const final = quotations.at(-1) as number;
  const tagline = isTagline(doc.paragraphs[final]?.text ?? '') && nameLine(doc.paragraphs[final - 1]?.text ?? '') === undefined && quotations.length > 1;
  const last = tagline ? (quotations.at(-2) as number) : final;
  const named = (from: number, to?: number) => doc.paragraphs.slice(from, to).some((p) => nameLine(p.text) !== undefined);
  return !named(0, quotation + 1) && named(last + 1);
}

/** The most words of a page's tagline in quotation marks (see `isTagline`). */
const MAX_TAGLINE_WORDS = 8;
/** Whether a page's last whole quotation may be its own tagline: a few words, none the first person ("“Warm homes, fair prices.”"), under no name line. */
function isTagline(text: string): boolean {
  return text.trim().split(/\s+/u).length <= MAX_TAGLINE_WORDS && !/\b(?:I|me|my|we|our|us)\b/iu.test(text);
}

/** Whether a document is a body's own page, which may print testimonials credited below them (see `namesFollowQuotations`). */
function mayPrintTestimonials(source: SourceDocument['source']): boolean {
  const { kind = '', outlet } = source;
  return !(outlet && isPublicationTitle(outlet, () => /^the\s/iu.test(outlet))) && (TESTIMONIAL_KIND.test(kind) || !NEWSROOM_OR_RECORD_WORDS.test(kind));
}

/** A newsroom's or a record's genre, by its words: "news report", "opinion", "feature", "interview", "transcript". */
const NEWSROOM_OR_RECORD_WORDS = /\b(?:news|reports?|feature|opinion|column|op-?ed|editorial|analysis|blog|story|article|interview|profile|obituary|live|transcripts?|minutes|review)\b/iu;
/** A genre that prints its customers' or supporters' testimonials: a testimonials page, a case study, a product page, an annual review's voices, a fundraising appeal or prospectus. */
const TESTIMONIAL_KIND = /\b(?:testimonials?|customer\s+(?:reviews?|stor(?:y|ies))|reviews\s+page|case\s+stud(?:y|ies)|success\s+stor(?:y|ies)|product(?:\s+launch)?\s+page|landing\s+page|annual\s+review|crowdfunding|fundraising|appeal|prospectus)\b/iu;

/** How a byline joins its writers' names: "Daniel Brennan, Aisha Kamara and Luke Forsberg", "Ann Lee, Tom Roe", "Ann Lee & Tom Roe". */
export const JOINT_BYLINE = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/u;
/**
 * Whether a dash line lists a joint byline's names, all of them and nothing else: "— Daniel Brennan, Aisha Kamara and Luke
 * Forsberg" under a newsletter by the three (round 46); not one writer's, "— Mary Okafor, Chief Executive" or "— Lucy
 * Grant", whose words a credit may still mark (the review of round 46's rules).
 */
function signsOffAsByline(line: string, bylineNames: string[]): boolean {
  if (bylineNames.length < 2) return false;
  const names = line.trim().replace(/^[—–-]\s*/u, '').split(JOINT_BYLINE).map((name) => name.trim());
  return names.length === bylineNames.length && names.every((name) => bylineNames.includes(name));
}
/** A credit line of a name alone after its dash: "— Jesse Pound". */
const BARE_NAME_CREDIT = /^[—–-]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** News copy by its genre, whose paragraphs a reporter's sign-off may follow: "news report", "live blog", "markets report", "analysis", "feature". */
// (Not "report" or "story" alone: an annual report's or a customer story's testimonials are credited below them, the review
// of round 37.)
// (Not a "news release" or a "press release", a body's own, the review of round 37.)
const NEWS_COPY_KIND = /\b(?:news(?!\s+release)|live\s*blog|live\s+updates|markets?\s+(?:report|wrap|update)|analysis|feature|explainer|round-?up|dispatch|article)\b/iu;
/** A live blog's genre, whose entries end with their reporter's bare name. */
const LIVE_BLOG_KIND = /\blive\s*(?:blog|updates)\b/iu;
/** A paragraph attributing its own quotation: "“…,” said Tom Reyes", "Tom Reyes said: “…”". */
// (A closing mark, not an apostrophe after a letter but before a comma, "‘We will win’, said …": "Our members’ families
// told us …" quotes no one, the review of round 37.)
const ATTRIBUTES_ITSELF = /(?:["”]|(?<!\p{L})’|’(?=,)),?\s+(?:\p{Ll}+\s+){0,2}(?:said|says|added|told|wrote)\b|\b(?:said|says|told|added|wrote)\b[^.!?"“]{0,60}[:,]\s*["“]/u;

/** Genres that print testimonies credited by first name and age: an NGO's or a charity's report, review, appeal or newsletter. */
const AGE_CREDIT_KIND = /\b(?:report|review|evaluation|appeal|newsletter|testimon(?:y|ies|ials?)|case\s+stud(?:y|ies)|stories)\b/iu;
/** A paragraph opening with a quotation, in a block or not: '"We have not eaten meat …', '> "The tap in the square …'. */
const QUOTATION_OPENING = /^\s*(?:>\s*)?["“‘']/u;
/** A family's words a testimony may be credited by, "— Mum, 36": no first name. */
const FAMILY_WORDS = new Set('mum mam mom dad nan gran granny grandma grandad grandpa auntie uncle'.split(' '));
/** Any word, where only a credit line's place is asked for, not whose it is. */
const ANY_WORD = () => true;

/**
 * Whether a credit's one word is a first name the document could mean (round 56): no English word (so "Grace" and "Hope"
 * are left unnamed too, as no role is named), never printed in small letters, nor as a plural, in it, and no role's noun:
 * "— Halima, 41, farmer" is a first name, "— Mentee, 16, Cohort 2" an evaluation's word for a participant ("each mentee"),
 * "— Carer, 61, Leeds" a role (the review of round 56). Reads the document once.
 */
function firstNameIn(doc: SourceDocument): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => {
    words ??= new Set(doc.paragraphs.flatMap((p) => p.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []));
    const lower = word.toLowerCase();
    return !isEnglishWord(lower) && !isPersonNoun(lower) && !isRoleNoun(lower) && !RELATION_NOUNS.has(lower) && !FAMILY_WORDS.has(lower) && ![lower, `${lower}s`, `${lower}es`].some((form) => words?.has(form));
  };
}

/** The person an undashed credit line under a whole quotation names (`UNDASHED_CREDIT`), when the document's name lines follow their quotations; or undefined. */
function undashedCredit(text: string, above: string | undefined, namesFollow: boolean): string | undefined {
  return namesFollow && above !== undefined && WHOLE_QUOTATION.test(above.trim()) ? nameLine(text) : undefined;
}

/** Where an organisation's credit says it spoke: "in a statement", "on X", "in a press release". */
const SPOKEN_IN = /^(?:in|on)\s+(?:a|an|its)?\s*(?:statement|post|letter|e-?mail|press release|release|note|blog)\b|^on\s+(?:X|Twitter|Facebook|Instagram|LinkedIn)\b/i;

/**
 * Rule "an organisation credited with where it spoke" (round 16): "— Port of Rotterdam Authority, in a
 * statement" under a pull quote is the authority's. Only with such a place: a bare "— Reuters" under a picture
 * credits a photograph, not words.
 */
function organisationInStatement(parts: string[]): SpeakerPhrase | undefined {
  const name = parts[0] ?? '';
  const phrase = SPOKEN_IN.test(parts[1] ?? '') ? lastName(name, false) : undefined;
  return phrase?.kind === 'thing' && phrase.form === 'name' && phrase.text === name.replace(/^the\s+/i, '') ? phrase : undefined;
}

/**
 * Per paragraph position, the name the next paragraph credits it to, when the next paragraph is only a credit
 * line (and this one is not one itself); else the name its own last line credits it to (a block quotation
 * printed with its credit: "> …\n>\n> — Anna Zielińska, Greenpeace Poland").
 */
export function creditedParagraphs(doc: SourceDocument): (string | undefined)[] {
  const { credits } = quoteSections(doc);
  const namesFollow = namesFollowQuotations(doc);
  const testimonials = TESTIMONIAL_KIND.test(doc.source.kind ?? '');
  const newsCopy = NEWS_COPY_KIND.test(doc.source.kind ?? '') && !/\bletters?\b/iu.test(doc.source.kind ?? '');
  const bylineNames = (doc.source.author ?? '').split(JOINT_BYLINE).map((name) => name.trim()).filter(Boolean);
  const ageCredits = AGE_CREDIT_KIND.test(doc.source.kind ?? '') && !newsCopy ? firstNameIn(doc) : undefined;
  const credited = doc.paragraphs.map((p, at) => {
    if (credits[at]) return credits[at];
    const clip = clipSpeaker(doc.paragraphs[at - 1]?.text ?? '');
    if (clip) return clip;
    if (CREDIT_LINE.test(p.text.trim())) return undefined;
    const next = doc.paragraphs[at + 1];
    // (In news copy, only a quotation's credit: a live blog's entry signed "— Jesse Pound" under its reporter's narration and
    // the analyst it quotes is the reporter's sign-off, the words no one's but those the entry attributes, round 37.)
    // (Not a round-up's unquoted reaction credited with who its speaker is, "— Dr Karin Vestergaard, senior researcher, …":
    // a sign-off is a bare name, or signs an entry that attributes its own quotations.)
    // (A round-up's reaction with its own scare quotes, "a “dark day” for press freedom" over "— Tom Kay, general secretary,
    // …", or a bare "— Sir Keir Starmer", is still credited outside a live blog: only an entry that attributes its own
    // quotation, "… said Tom Reyes", signs off, the review of round 37.)
    const signOff = newsCopy && !!next && !/^\s*["“‘]/u.test(p.text) && (LIVE_BLOG_KIND.test(doc.source.kind ?? '') ? BARE_NAME_CREDIT.test(next.text.trim()) : ATTRIBUTES_ITSELF.test(p.text));
    // (Nor the document's own byline signing it off, a newsletter's "— Daniel Brennan, Aisha Kamara and Luke Forsberg" under
    // its last item, "Council President Dale Hutchins told us: “…”", round 46.)
    // (An age credit under a quotation only: not under a charity's own story of the one credited, "Amara came to us in March …"
    // / "— Amara, 34, Leeds", the review of round 56.)
    const ages = QUOTATION_OPENING.test(p.text) ? ageCredits : undefined;
    const creditedByNext = next && !signOff ? (creditedName(next.text, testimonials, ages)?.core ?? undashedCredit(next.text, p.text, namesFollow)) : undefined;
    const byNext = creditedByNext !== undefined && signsOffAsByline(next?.text ?? '', bylineNames) && ATTRIBUTES_ITSELF.test(p.text) ? undefined : creditedByNext;
    // ("> This government has just signed a death sentence …\n>\n> — Paweł Sadowski, opposition spokesman": a block
    // quotation whose own last line credits it.)
    return byNext ?? creditedName(lastLine(p.text), testimonials, ages)?.core ?? blockQuotationsCredit(p);
  });
  // (A quotation over paragraphs with its credit line under its last, "“Dad waited nine hours …" / "We want no other family
  // to go through this.”" / "— Carol Harlow, on behalf of the Harlow family": each of its paragraphs is the one credited,
  // from the paragraph it opens, alone, at its start; not the wire's "“We will not cut,” Powell said. “The labour market is
  // tight.", whose words its own attribution gives, the review of round 38.)
  const quotations = credited.some(Boolean) ? documentQuotations(doc.paragraphs) : [];
  credited.forEach((who, at) => {
    if (!who || !quotations[at]?.[0]?.continues) return;
    for (let back = at - 1; back >= Math.max(0, at - MAX_QUOTE_PARAGRAPHS); back--) {
      const quotes = quotations[back] ?? [];
      if (credited[back] !== undefined || !quotes.at(-1)?.runsOn) return;
      if (quotes[0]?.continues) continue;
      // (Not a quotation the paragraph before brings in, "… He said:" over "“Inflation is still too high …": its words are
      // that one's, and a news report's "— Jesse Pound" under it the reporter's sign-off, the review of round 38's rules.)
      if (/:\s*$/u.test(doc.paragraphs[back - 1]?.text ?? '')) return;
      if (quotes.length === 1 && quotes[0]?.open === doc.paragraphs[back]?.text.search(/\S/u)) for (let i = back; i < at; i++) credited[i] = who;
      return;
    }
  });
  return credited;
}


/**
 * A broadcast script's line over a recorded clip: "CLIP: Pádraig Culloty, Director of Roads, Kerry County Council
 * (0'21")", "INSERT: …", "SOT: …", "GRAB: …" (group 1: who, with their role; the duration after). Round 30, a local
 * radio station's bulletin script: the paragraph under it is the clip's words.
 */
// (Or ending with a colon, the BBC's "SOT – JANET MORLEY:", round 32; a time inside it, "10:30 presser", is still its words.)
const CLIP_LINE = /^\s*(?:CLIP|INSERT|ACTUALITY|SOT|GRAB|SOUNDBITE|AUDIO)(?:\s+\d{1,2})?\s*[:–—-]\s*([^()\n]{3,120}?)\s*(?:\((?:\d{1,2}['’:]\s*\d{2}["”]?|\d{1,3}\s*(?:s|secs?|seconds))\))?\s*:?\s*$/u;

/** The person a clip line names (see `CLIP_LINE`): the name before the first comma, in full. */
function clipSpeaker(text: string): string | undefined {
  const who = CLIP_LINE.exec(text)?.[1]?.split(',')[0];
  // (A name in capitals, as a script prints it, cased as a name is: "DR SUNIL BHATT" is Sunil Bhatt, round 32.)
  const name = who ? nameOnly(/\p{Ll}/u.test(who) ? who : casedCapitals(who)) : undefined;
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/** A release's heading over its quotations: "Quote(s)", "Quotes", "Quote" (the European Commission's, round 25). */
export const QUOTES_HEADING = /^\s*quotes?(?:\(s\))?\s*:?\s*$/iu;
/** The most paragraphs one quotation of a release's "Quote(s)" section runs to before its credit line. */
const MAX_QUOTE_PARAGRAPHS = 4;

/**
 * Rule "a release's Quote(s) section credits its quotation on the line under it" (round 25, the European Commission's
 * press releases): under the heading, the paragraphs up to a line of a name and an office ("Paolo Benedetti,
 * Commissioner for Sustainable Transport and Tourism", `nameAndRoleHeading`) are that person's words, printed with no
 * quotation marks and no dash; the credit line is nobody's. A line with no stop ends the section.
 */
// (Only in a release, and only its first quotation: the paragraphs after a credit line are the release's again; and
// none holding quotation marks, whose own attribution names their speaker, "As President von der Leyen put it, “…”";
// the review of round 25.)
function quoteSections(doc: SourceDocument): { credits: (string | undefined)[]; creditLines: Set<number> } {
  const credits: (string | undefined)[] = [];
  const creditLines = new Set<number>();
  if (!RELEASE_KIND.test(doc.source.kind ?? '')) return { credits, creditLines };
  doc.paragraphs.forEach((p, at) => {
    if (!QUOTES_HEADING.test(p.text)) return;
    for (let i = at + 1; i < doc.paragraphs.length && i - at <= MAX_QUOTE_PARAGRAPHS; i++) {
      const text = (doc.paragraphs[i] as { text: string }).text.trim();
      const name = nameAndRoleHeading(text);
      if (name && i > at + 1) {
        for (let j = at + 1; j < i; j++) credits[j] = name;
        creditLines.add(i);
        return;
      }
      if (!/[.!?]$/u.test(text) || /["“”«»„]/u.test(text)) return;
    }
  });
  return { credits, creditLines };
}

/** A release's genre, the only one printing a "Quote(s)" section or back matter: "press release", "statement", "media release". */
export const RELEASE_KIND = /\b(?:press|media|news)\s+release\b|\bstatement\b/i;

/**
 * Rule "a reaction round-up names each speaker above their words" (round 20): a paragraph that is only a
 * person's full name and their role, set off by commas ("Mel Thornbury, general secretary, Trades Union
 * Congress"), then paragraphs opening with a quotation mark: the quotations no rule gives to anyone are that
 * person's, the heading nobody's (a quotation its own words credit, "“…,” said the shadow chancellor, Mel Stride"
 * under a photograph's caption, keeps its speaker). Per paragraph position, the name the heading above gives.
 */
function quotationsUnderNameHeadings(doc: SourceDocument): (string | undefined)[] {
  const named: (string | undefined)[] = [];
  const release = RELEASE_KIND.test(doc.source.kind ?? '');
  let current: string | undefined;
  doc.paragraphs.forEach((p, at) => {
    const text = p.text.trim();
    const heading = nameHeading(text, release);
    if (heading) current = heading;
    else if (current && OPENS_WITH_QUOTATION.test(text)) named[at] = current;
    else current = undefined;
  });
  return named;
}

/** Gives the quotations under a name-and-role heading that no rule gave a speaker to the one the heading names. */
export function giveQuotationsToNameHeadings(doc: SourceDocument, quotations: { speaker?: string }[][]): void {
  quotationsUnderNameHeadings(doc).forEach((name, at) => {
    if (name) for (const q of quotations[at] ?? []) q.speaker ??= name;
  });
}

/** A paragraph opening with a quotation mark ("“This is a betrayal …"). */
const OPENS_WITH_QUOTATION = /^[“"‘'«„]/u;
/** The most words of a name-and-role heading ("Hannah Colville, senior research economist, Institute for Fiscal Studies"). */
const MAX_NAME_HEADING_WORDS = 15;

/**
 * The person a name-and-role heading names ("Rupert Abara, chief economist, Federation of British Employers"), or
 * undefined: one line, no sentence in it ("Rachel Reeves, the chancellor, in Downing Street. Photograph: …" is a
 * caption).
 */
function nameAndRoleHeading(text: string): string | undefined {
  if (text.includes('\n') || /[.!?:;"“”]/u.test(text) || wordsIn(text) > MAX_NAME_HEADING_WORDS) return undefined;
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length < 2 || !parts.slice(1).every((part) => part.length > 0)) return undefined;
  const name = nameOnly(parts[0] as string);
  // ("general secretary", "chief economist", "a care worker": a person's role or noun among the words after the name.)
  const role = (parts[1] as string).toLowerCase().split(/\s+/).some((w) => isPersonNoun(w) || isRoleNoun(w)) || describesPerson(parts[1] as string);
  return name?.kind === 'person' && name.core.includes(' ') && name.core === parts[0] && role ? name.core : undefined;
}

/** A release's heading over its spokesperson's quotations: "Quotes attributable to Cr Bianca Trevorrow, Mayor of Greater Geelong:" (group 1: who). */
const QUOTES_ATTRIBUTABLE = /^(?:quotes?|quotations?|comments?)\s+(?:attributable|attributed)\s+to\s+([^:.!?\n]+?)\s*:$/iu;

/**
 * Rule "quotes attributable to" (round 26, Australian releases): the person such a heading names in full, before any
 * role after a comma; the quotations under it are theirs as under a name-and-role heading.
 */
// (Only with its colon, in a release: "Quotes attributed to John Smith, the former minister, were invented, the
// court heard." is a news story's sentence; the review of round 26.)
function attributableHeading(text: string, release: boolean): string | undefined {
  const who = release ? QUOTES_ATTRIBUTABLE.exec(text)?.[1] : undefined;
  const name = who ? nameOnly((who.split(',')[0] as string).trim()) : undefined;
  return name?.kind === 'person' && name.core.includes(' ') ? name.core : undefined;
}

/** Whether a document may hold quotations under name-and-role headings (cheap: a short line before a paragraph opening with a quotation mark). */
export function mayHaveNameHeadings(doc: SourceDocument): boolean {
  const release = RELEASE_KIND.test(doc.source.kind ?? '');
  return doc.paragraphs.some((p, at) => OPENS_WITH_QUOTATION.test(doc.paragraphs[at + 1]?.text.trim() ?? '') && nameHeading(p.text.trim(), release) !== undefined);
}

/** The person a heading over quotations names: a name and a role, or a release's "Quotes attributable to …:". */
function nameHeading(text: string, release: boolean): string | undefined {
  return nameAndRoleHeading(text) ?? attributableHeading(text, release);
}

/**
 * The paragraphs (by position) that are only a credit line naming someone ("– The Honourable Mélanie Tremblay-Roy,
 * Minister of …" under a release's quotation): nobody's words, not even the issuer's in a release (round 20).
 */
export function creditLineParagraphs(doc: SourceDocument): Set<number> {
  const namesFollow = namesFollowQuotations(doc);
  const testimonials = TESTIMONIAL_KIND.test(doc.source.kind ?? '');
  return new Set([...doc.paragraphs.flatMap((p, at) => (creditedName(p.text, testimonials, ANY_WORD) || clipSpeaker(p.text) || undashedCredit(p.text, doc.paragraphs[at - 1]?.text, namesFollow) ? [at] : [])), ...quoteSections(doc).creditLines]);
}

/**
 * The last line of a paragraph of several lines, when only it is a credit line ("" otherwise: a list of
 * "— Jan Kowalski, economist" lines credits nothing).
 */
function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines.length > 1 && !lines.slice(0, -1).some((line) => CREDIT_LINE.test(line.trim())) ? (lines.at(-1) as string) : '';
}

/** Where a paragraph's own credit line starts, when its last line is one (see `creditedParagraphs`; `kind`: the document's genre). */
export function ownCreditLineStart(paragraph: Pick<Paragraph, 'text' | 'quoted'>, kind = ''): number | undefined {
  const { text } = paragraph;
  const line = lastLine(text);
  return line && (creditedName(line, TESTIMONIAL_KIND.test(kind), ANY_WORD) || blockQuotationsCredit(paragraph)) ? text.lastIndexOf(line) : undefined;
}

/**
 * Rule "a block quotation credited on its own last line, with no dash" (round 64, the Council of the EU's releases: "> “Dravnik
 * showed us …”" / ">" / "> Tomasz Wielgosz, Minister of Infrastructure of Poland"): a block quotation holding one whole
 * quotation above a line of a full name and what the person is after a comma (`nameLine`) is that person's; the line is
 * nobody's (`ownCreditLineStart`).
 */
function blockQuotationsCredit(paragraph: Pick<Paragraph, 'text' | 'quoted'>): string | undefined {
  if (!paragraph.quoted) return undefined;
  const lines = paragraph.text.trim().split('\n');
  const above = lines.slice(0, -1).join('\n').trim();
  const last = (lines.at(-1) as string).trim();
  // (What the person is after the comma, an office or a body, "Minister for Transport of Latvia", "Chair": not a place, "San
  // Jose, California", nor words saying whose words they pass on, "Jane Doe, quoting Prime Minister Tom Hale", the review of
  // round 64.)
  const what = last.slice(last.indexOf(',') + 1).trim();
  const office = /^\p{Lu}/u.test(what) && what.split(/\s+/u).some((word) => isRoleNoun(word) || ORG_WORDS.has(word.toLowerCase()));
  return lines.length > 1 && office && WHOLE_QUOTATION.test(above) ? nameLine(last) : undefined;
}

/** Whether any paragraph of a document is a credit line or ends with one (cheap). */
export function mayHaveCreditLines(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p, at) => CREDIT_LINE.test(p.text.trim()) || blockQuotationsCredit(p) !== undefined || CREDIT_LINE.test(lastLine(p.text).trim()) || QUOTES_HEADING.test(p.text) || CLIP_LINE.test(p.text) || (WHOLE_QUOTATION.test(p.text.trim()) && UNDASHED_CREDIT.test(doc.paragraphs[at + 1]?.text.trim() ?? '') && mayPrintTestimonials(doc.source)));
}

/**
 * Gives a credited paragraph's quotations to the name its credit line gives: the credit names the speaker
 * outright, so it outranks a voice merely going on from the paragraph before ("Morag Shearer said …" then a
 * reader's post credited "— Kirsty, a mother from Thurso").
 */
export function creditQuotations(quotations: { speaker?: string }[][], credited: (string | undefined)[]): void {
  credited.forEach((name, at) => {
    if (name) for (const q of quotations[at] ?? []) q.speaker = name;
  });
}
