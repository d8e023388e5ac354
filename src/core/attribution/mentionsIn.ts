/**
 * Everyone and everything a piece of text mentions, in order: the names in its runs of capitalised words (a
 * lone capitalised word only where the text says it is a person's name) and its descriptions of
 * organisations and documents ("the ministry"), for the pronouns and descriptions after them to stand for.
 */
import { lastName, PEOPLE_AS_OFTEN } from './nameRuns.js';
import { isReportingVerb } from './reportingVerbs.js';
import { isEnglishWord } from '../text/englishWords.js';
import { endsSentenceAt, initialEndsSentence, isOfficeWord, isPersonNoun, OFFICE_AFTER_AND, PERSON_GENDER, PREPOSITIONS, RELATION_GENDER, RELATION_NOUNS, THING_NOUNS, TITLES } from './nameWords.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { ownerOfPossessive, TIME_ZONE } from './subjectPhrases.js';

/** A cleric's or an honorific's style opening a name after "the": "Venerable", "Archdeacon", "Canon", "Very", "Most", "Late". */
const STYLE_BEFORE_A_NAME = /^(?:Venerable|Ven|Archdeacon|Canon|Prebendary|Dean|Provost|Rector|Vicar|Chaplain|Deacon|Elder|Sister|Brother|Father|Mother|Monsignor|Very|Most|Right|Honourable|Honorable|Late)\b/u;
/** A preposition saying where, right before a name (see `mentionsIn`): "near", "outside", "opposite". */
const PLACE_PREPOSITION_BEFORE = /\b(?:near|outside|opposite)\s+(?:the\s+)?$/iu;
/** What makes a name after such a preposition a person's after all: an apposition, "Tom Hegarty, the architect", or a possessive, "Cllr Frankie Daly's office". */
const PERSON_AFTER_PLACE_WORD = /^(?:['’]s\b|,\s+(?:the|a|an|who|his|her)\b)/u;

/**
 * Participles that open a sentence before its subject ("Sentencing, Judge Morgan said", "Speaking to reporters,
 * …"). A list, narrower than `isOpeningPhrase`'s "-ing" ending: a lone name with a role in apposition looks the
 * same ("Manning, the coach, said").
 */
const OPENING_PARTICIPLE = /^(?:Sentencing|Speaking|Responding|Replying|Commenting|Writing|Addressing|Referring|Explaining|Announcing|Summing|Concluding|Closing|Opening|Testifying|Giving|Reacting|Welcoming|Defending|Describing|Discussing|Looking|Turning|Adding|Noting|Asked|Questioned|Pressed|Interviewed|Challenged)$/;

/** Offices listed after a ministry's name: ", Transport and Infrastructure", ", Food and Rural Affairs". */
// (At most four items of at most three words: bounded, so that a paragraph of capitalised junk costs no more
// than a few steps per run.)
const OFFICE_LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}){1,4}\s+and\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}/u;

/** The words after an organisation's name that may go on with it: "for World Economy", "of Japan". */
// (Across "the" too, as `lastName` reads it: "Ministry for the Ecological Transition".)
const ORGANISATION_GOES_ON = /^\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019.&-]*\s+){0,5}\p{Lu}[\p{L}'\u2019&-]*/u;

/** An office joined by "and" after an organisation's name going on: " and Industry" of "Ministry of International Trade and Industry". */
// (Up to three words, each an office's, and no run of names after them: "and Industry", "and Defence Industry"
// of "Federal Association of the German Security and Defence Industry" (round 21), never "and Mr Smith" or "and Sony Corp".)
const OFFICE_AFTER_AND_GOES_ON = /^\s+and\s+(\p{Lu}[\p{L}'\u2019&-]*(?:\s+\p{Lu}[\p{L}'\u2019&-]*){0,2})(?![\p{L}'\u2019&-])(?!\s+\p{Lu})/u;

/** Runs of capitalised words (across a lone "&"), ending in a generational suffix with its full stop ("Fred Lyons Jr."). */
const CAPITALISED_RUN = /(?:(?:[\p{Lu}][\p{L}'\u2019.&-]*|&)\s+)*(?:(?:Jr|Sr)\.|[\p{Lu}][\p{L}'\u2019&-]*)/gu;

/** A time zone opening a capitalised run, with the space after it (see `capitalisedRuns`). */
const ZONE_AFTER_TIME = new RegExp(String.raw`^${TIME_ZONE}(?:\s+|$)`, 'u');

/** Whether only spaces or tabs stand between the start of `index`'s line and `index` (read back from it, not by slicing the text before it). */
function opensLine(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return at < 0 || text[at] === '\n';
}

/** The capitalised runs of a text, each cut after a word whose full stop ends a sentence (`endsSentenceAt`, `initialEndsSentence`). */
function capitalisedRuns(text: string): { 0: string; index: number; afterStop: boolean }[] {
  const runs: { 0: string; index: number; afterStop: boolean }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const base = m.index ?? 0;
    let from = 0;
    for (const w of m[0].matchAll(/\S+(?=\s+(\S+))/g)) {
      const initial = initialEndsSentence(w[0], w[1] ?? '');
      if (!endsSentenceAt(w[0]) && !initial) continue;
      const to = (w.index ?? 0) + w[0].length;
      // (An initial's stop that ends the sentence is no part of the name: "Mrs X" of "to Mrs X. The Council".)
      runs.push({ 0: m[0].slice(from, initial ? to - 1 : to), index: base + from, afterStop: from > 0 });
      from = to + (/^\s+/.exec(m[0].slice(to))?.[0].length ?? 0);
    }
    runs.push({ 0: m[0].slice(from), index: base + from, afterStop: from > 0 });
  }
  // ("14.02 GMT Brennand guilty": a time's zone is no part of the name after it, and the entry's words start
  // after it, as after a sentence's end: nothing before it is a title.)
  for (const run of runs) {
    const zone = ZONE_AFTER_TIME.exec(run[0]);
    if (zone && /\d[.:]\d{2}\s*$/.test(text.slice(Math.max(0, run.index - 8), run.index))) Object.assign(run, { 0: run[0].slice(zone[0].length), index: run.index + zone[0].length, afterStop: true });
  }
  // ("**Professor Sunniva Adeyemi-Holt FMS**" over "Delivered at the Society's rooms": a run filling its line is a name
  // line's, a heading's or a signature's, and ends with it; wrapped prose, "The minister, Jana" over "Novak, said", goes on
  // across the break, round 42.)
  const cut: typeof runs = [];
  for (let run of runs) {
    for (let line = run[0].indexOf('\n'); line >= 0 && opensLine(text, run.index); line = run[0].indexOf('\n')) {
      const rest = run[0].slice(line).replace(/^\s+/, '');
      cut.push({ 0: run[0].slice(0, line).trimEnd(), index: run.index, afterStop: run.afterStop });
      run = { 0: rest, index: run.index + run[0].length - rest.length, afterStop: true };
    }
    cut.push(run);
  }
  return cut.filter((run) => run[0] !== '');
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

/** A relative clause saying what an organisation does (", which represents EU farmers' organisations"). */
const ORGANISATION_WHICH = /^,\s*which\s+(?:represents|lobbies|campaigns|speaks\s+for|runs|operates|owns|employs|organises|organizes|manages|publishes|advocates)\b/u;

/**
 * What follows a dateline's place: its state or country or the day, then the agency in brackets and a dash (", N.M. (AP)
 * —", " (Reuters) -", ", Oct 14 (Bernama) --").
 */
// (The day, round 28: Malaysia's Bernama prints "SHAH ALAM, Oct 14 (Bernama) --".)
const DATELINE_AGENCY = (agency: string) => new RegExp(String.raw`^(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+(?:[\p{Lu}][\p{L}.]*|\d{1,2}))?)?\s*\((?:${agency})\)\s*(?:[\u2014\u2013]|--?)`, 'u');
const DATELINE_AFTER_PLACE = DATELINE_AGENCY('AP|Reuters|AFP|dpa|PA|UPI|Bloomberg|CP|ANSA|Xinhua|Kyodo|IANS|PTI');
/**
 * The same after a place in capitals with any agency, one or two capitalised words: "SHAH ALAM, Oct 14 (Bernama) --"
 * (round 28); not after a name in its own case, "Jane Smith (Labour) – 12,345 votes" (the review of round 28).
 */
const DATELINE_ANY_AGENCY = DATELINE_AGENCY(String.raw`\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?`);

/** A publication's noun right before a name (lower case, as `before` is read): "news agency Tanjug", "the daily Hurriyet". */
const PUBLICATION_BEFORE = /(?:^|\s)(?:daily|weekly|newspaper|magazine|tabloid|news\s+agency)\s+$/u;

/** A role, then a person's name, after a name: " resident Laila Haddad", " vice-captain Brenda Nabirye" (group 1: the role's words). */
const ROLE_THEN_NAME = /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+\p{Lu}[\p{L}'\u2019.-]*\s+\p{Lu}/u;

/**
 * Rule "a name before a role and a person's name modifies the role" (round 28): "Abu Dhabi resident Laila Haddad, 36,
 * said", "She Cranes vice-captain Brenda Nabirye said", "Liberal Democrat group leader Nigel Ashdown": the place, team
 * or party opening the sentence is no one a "she" after it stands for. The role's last word is a person's noun or a
 * title ("vice-captain": its last part), and no word before it reads as a verb (`readsAsVerb`) or joins or owns
 * (`JOINING_OR_OWNING`, a preposition): "Keir Starmer met business secretary Jonathan Reynolds", "… thanks nurse …", "Helena Šťastná and
 * her deputy Petr Novotný" keep their subject (the review of round 28).
 */
function modifiesRoleBeforeName(after: string): boolean {
  const words = ROLE_THEN_NAME.exec(after)?.[1]?.split(/\s+/) ?? [];
  const head = words.at(-1)?.split('-').at(-1) ?? '';
  return (isPersonNoun(head) || TITLES.has(head)) && !words.slice(0, -1).some((w) => readsAsVerb(w) || JOINING_OR_OWNING.test(w) || PREPOSITIONS.has(w));
}

/** Words that join or own rather than modify, besides prepositions: "Helena Šťastná and her deputy Petr Novotný" is two people (npm test, round 28). */
const JOINING_OR_OWNING = /^(?:and|or|but|nor|her|his|their|its|our|my|your|the|a|an|than)$/;

/** Common verbs that can stand between a subject and the role of the one it acts on: "met", "told", "named". */
const COMMON_VERBS = new Set('met meet meets saw see sees told tell tells named name made make took take gave give led lead won win had has have is was were are will would can could may might must should did does do sent got get let left became become hit beat joined'.split(' '));

/** Whether a lower-case word reads as a verb: a reporting verb, a past tense in "-ed", a third person's "-s" (not "-ss", "business"), or a common one. */
function readsAsVerb(word: string): boolean {
  return isReportingVerb(word) || /ed$/.test(word) || /[^s]s$/.test(word) || COMMON_VERBS.has(word);
}

/** A party's adjective, which ends no person's name: "Social Democratic", "Republican". */
const PARTY_ADJECTIVE = /^(?:Democratic|Republican|Socialist|Conservative|Liberal|Progressive|Unionist|Nationalist)$/;

/**
 * Whether a text's lines are items of a list, each read alone (a speakers' list, an address): three lines or more,
 * none opening in lower case. A paragraph of prose hard-wrapped at a width ("said Jeffrey\nLeeds, an analyst") reads
 * across its line breaks; a list's line goes on into no other ("… University of Leicester\nMairead Connolly,
 * Director of Nursing", round 26; the review of round 26).
 */
function linesAreItems(text: string): boolean {
  return (text.match(/\n/g)?.length ?? 0) >= 2 && !/\n[^\S\n]*[^\s\p{Lu}\p{N}\p{P}]/u.test(text);
}

/** `mentionsIn` of each line of a list alone, at their places in the whole text. */
function mentionsLineByLine(text: string, knownSurnames: Set<string>): { phrase: SpeakerPhrase; index: number; end: number }[] {
  let offset = 0;
  return text.split('\n').flatMap((line) => {
    const mentions = mentionsIn(line, knownSurnames).map((m) => ({ ...m, index: m.index + offset, end: m.end + offset }));
    offset += line.length + 1;
    return mentions;
  });
}

/** How far back an office's words are read before a name after "and" ("assistant coroner for County Durham and "). */
const OFFICE_ACROSS_AND_REACH = 60;

/** Names, titled people and organisation or document descriptions mentioned in a piece of text, in order. */
export function mentionsIn(text: string, knownSurnames: Set<string> = new Set()): { phrase: SpeakerPhrase; index: number; end: number }[] {
  if (linesAreItems(text)) return mentionsLineByLine(text, knownSurnames);
  const out: { phrase: SpeakerPhrase; index: number; end: number }[] = [];
  /** Where the list of offices of the last ministry's name ends: runs before it are its items. */
  let listedUntil = -1;
  // Names: runs of capitalised words (ending in a generational suffix with its full stop: "Fred Lyons Jr.").
  // (Not on past a sentence's end, "regulator URE. Northern Power Group"; on across a lone "&": "Pacific
  // Gas & Electric".)
  for (const m of capitalisedRuns(text)) {
    // (An item of the office list a ministry's name read before holds: "Food" of "Ministry of Food, Agriculture and Fisheries".)
    if ((m.index ?? 0) < listedUntil) continue;
    // ("My Lords, …", "My Lady": a form of address in the Lords or a court, nobody's name; round 19.)
    if (/^My\s+(?:Lords?|Lady|Lordship|Ladyship)$/.test(m[0])) continue;
    // Up to 30 characters before the run for a title or role ("analyst Eugene Nowak"), from a word's start.
    // (None across the sentence end the run was cut at: the name before it is the last sentence's.)
    const from = m.afterStop ? m.index : Math.max(0, (m.index ?? 0) - 30);
    const wordStart = from === 0 ? 0 : from + Math.max(0, text.slice(from, m.index ?? 0).search(/(?<=\s)\S/));
    let phrase = lastName(text.slice(wordStart, (m.index ?? 0) + m[0].length), false);
    if (!phrase) continue;
    // ("assistant coroner for County Durham and Darlington Jeremy Lowther": after "and", an office's places may reach
    // further back than the window; read from further back, a shorter name that ends this one is the person's, round 40.)
    if (phrase.kind === 'person' && /\sand\s+$/u.test(text.slice(wordStart, m.index ?? 0)) && wordStart > 0) {
      const further = Math.max(0, (m.index ?? 0) - OFFICE_ACROSS_AND_REACH);
      const wider = lastName(text.slice(further + Math.max(0, text.slice(further, m.index ?? 0).search(/(?<=\s)\S/)), (m.index ?? 0) + m[0].length), false);
      if (wider?.kind === 'person' && wider.core.length < phrase.core.length && phrase.core.endsWith(` ${wider.core}`)) phrase = wider;
    }
    // An organisation's name going on across "for" or "of" ("Kiel University's Institute for World Economy").
    const runEnd = (m.index ?? 0) + m[0].length;
    const goesOn = phrase.kind === 'thing' ? ORGANISATION_GOES_ON.exec(text.slice(runEnd)) : null;
    // ("Ministry of International Trade and Industry": on across "and" when the longer run is still the name.)
    const andOffice = goesOn ? OFFICE_AFTER_AND_GOES_ON.exec(text.slice(runEnd + goesOn[0].length)) : null;
    // (An abstract noun by its ending beside a known office word: "and Care Excellence", not "and Clarence".)
    const wordsAfterAnd = andOffice ? (andOffice[1] as string).split(/\s+/) : [];
    const officeWordAfterAnd = wordsAfterAnd.every((w) => OFFICE_AFTER_AND.has(w.toLowerCase()) || isOfficeWord(w)) && wordsAfterAnd.some((w) => OFFICE_AFTER_AND.has(w.toLowerCase()));
    const run = phrase.text;
    const extended = (to: number) => {
      const read = lastName(text.slice(wordStart, to), false);
      return read?.kind === 'thing' && read.text.startsWith(run) && read.text.length > run.length ? read : undefined;
    };
    const withOffice = goesOn && andOffice && officeWordAfterAnd ? extended(runEnd + goesOn[0].length + andOffice[0].length) : undefined;
    const longer = withOffice ?? (goesOn ? extended(runEnd + goesOn[0].length) : undefined);
    if (longer) phrase = longer;
    // A ministry's name listing its offices ("Ministry of the Sea, Transport and Infrastructure"): the list
    // is the name's, and none of its items a name of its own.
    const nameEnd = runEnd + (longer ? (goesOn?.[0].length ?? 0) + (withOffice ? (andOffice?.[0].length ?? 0) : 0) : 0);
    if (withOffice) listedUntil = nameEnd;
    const list = phrase.kind === 'thing' && phrase.text.includes(' ') && text.startsWith(',', nameEnd) ? OFFICE_LIST_GOES_ON.exec(text.slice(nameEnd)) : null;
    const listed = list ? lastName(text.slice(wordStart, nameEnd + list[0].length), false) : undefined;
    if (list && listed?.kind === 'thing' && listed.text.startsWith(phrase.text) && listed.text.length > phrase.text.length) {
      phrase = listed;
      listedUntil = nameEnd + list[0].length;
    }
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0).toLowerCase();
    // ("“Rosa”, a 29-year-old woman …": a pseudonym's closing mark before its description, round 22.)
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40).toLowerCase().replace(/^["”’]/u, '');
    // A person when a title or role is in front ("governor Helena Strand") or behind (", an economist").
    const roleBefore = /(?:^|\s)(?:[\p{L}-]+\s+)?(\p{L}+)\s*$/u.exec(before)?.[1];
    // ("Sentencing, Judge Catherine Morgan said": a participle opening the sentence, not a person with a role.)
    const opensItsSentence = m.afterStop || /(?:^|[.!?:]["'\u201D\u2019]?)\s*$/u.test(before);
    if (phrase.text === phrase.core && OPENING_PARTICIPLE.test(phrase.core) && /^,/.test(after) && opensItsSentence) continue;
    if (phrase.kind === 'person' && opensItsSentence && !/['\u2019]s$/.test(m[0]) && modifiesRoleBeforeName(text.slice(runEnd))) continue;
    // ("Social Democratic municipal commissioner Per-Olof Sandgren": a party's adjective is no one's name, round 22.)
    if (phrase.kind === 'person' && PARTY_ADJECTIVE.test(phrase.core.split(' ').at(-1) ?? '')) continue;
    // ("her family is now receiving the Universal Credit they had been missing": a name right after a small "the", no title
    // in it and every word an English word, is a thing's, a benefit's or a scheme's, no person a pronoun may stand for, round
    // 62.)
    // (Not a cleric's or an honorific's style the lists of titles lack, "the Venerable Mark Hill", "the Archdeacon …", the third
    // review of round 62.)
    if (phrase.kind === 'person' && phrase.text === phrase.core && !m.afterStop && /(?:^|\s)the\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0)) && !STYLE_BEFORE_A_NAME.test(phrase.core) && phrase.core.split(/\s+/u).every((word) => isEnglishWord(word))) continue;
    const roleAfter = roleInAppositive(after);
    // ("Dimitra, 41, was on deck", "His wife, Annemiek, is worried": a first name given with an age, or set
    // beside a relation.)
    const aged = /^,\s*\d{1,3}\s*,/.test(after);
    // ("his younger brother Tiago": a word saying which relation may stand before it, and no comma after.)
    // ("Malek's wife Rahima Khatun": after a possessor's name too, round 27.)
    const relation = /(?:^|\s)(?:his|her|their|my|our|\p{L}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+)?(\p{L}+),?\s*$/u.exec(before)?.[1];
    // ("a woman named Denise", "a taxi driver called Tomas": a name given to someone just described as a person.)
    const namedAfter = /(?:^|\s)(?:a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\s+(?:named|called)\s*$/u.exec(before)?.[1];
    // ("a mother of three who gave her name only as Dimitra", "identified only as Ahmed": a name given for a person.)
    const givenName = /(?:\bgave|\bgives|\bgiving|\bgive)\s+(his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s*$|\b(?:identified|known)\s+only\s+as\s*$/u.exec(before);
    // ("This is from Priya in Bristol. She says,", "a question from Veronika in Plzen": a listener or reader
    // whose message is read out, by first name and town.)
    const messageFrom = /(?:\b(?:is|was|comes|came)|\b(?:e-?mail|message|letter|question|text|note))\s+from\s*$/u.test(before) && /^\s+(?:in|from)\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12));
    const namedPerson = (!!namedAfter && (isPersonNoun(namedAfter) || namedAfter in PERSON_GENDER)) || !!givenName || messageFrom;
    // ("SANTA FE, N.M. (AP) — …", "LONDON (Reuters) - …": a dateline's place opening the text is no one mentioned.)
    if (/^\s*$/.test(text.slice(0, m.index ?? 0)) && (DATELINE_AFTER_PLACE.test(text.slice(runEnd, runEnd + 40)) || (/\p{Lu}{2}/u.test(m[0]) && m[0] === m[0].toUpperCase() && DATELINE_ANY_AGENCY.test(text.slice(runEnd, runEnd + 40))))) continue;
    // ("The state news agency Tanjug was more optimistic. It said …", "the daily Hurriyet": a name right after a
    // publication's noun is that publication, which "it" may stand for.)
    // (Not when the name goes on past a short lower-case word, "the newspaper Welt am Sonntag": "Welt" is another paper.)
    // (One word only: "told the newspaper Tom Hale had been warned" drops a "that" before a person.)
    const publication = PUBLICATION_BEFORE.test(before) && !/^\s+\p{Ll}{1,3}\s+\p{Lu}/u.test(text.slice(runEnd, runEnd + 12));
    // ("Copa-Cogeca, which represents EU farmers' organisations, welcomed the vote. It said …": a word a "which"
    // is said of is an organisation's name, which "it" may stand for.)
    // (Not a word opening its sentence: "Inflation, which was running at 2.1 pct, …" is a common noun.)
    // (Only a "which" that says what a body does, "represents", "lobbies for", "runs": "China, which accounts for
    // half of world output" is a place.)
    const organisation = !knownSurnames.has(phrase.core) && !opensItsSentence && ORGANISATION_WHICH.test(after);
    // ("a newsagent near Charing Cross", "outside Kelvin Hall": a name right after a preposition of place is where, not who,
    // round 56; not one the text names as a person elsewhere, nor one with a title, a gendered given name, an apposition or
    // a possessive, "standing beside Tom Hegarty, the architect", "outside Cllr Frankie Daly's office", the review of
    // round 56; "beside", "behind", "around" and "across" stand by people as often.)
    // (No one and nothing that speaks: not a thing "it" may stand for either, "outside Rautavaara", "near Dubai".)
    if (phrase.kind === 'person' && phrase.form === 'name' && phrase.text === phrase.core && !phrase.gender && PLACE_PREPOSITION_BEFORE.test(before) && !PERSON_AFTER_PLACE_WORD.test(after) && !knownSurnames.has(phrase.core.split(' ').at(-1) as string)) continue;
    if (phrase.kind === 'person' && phrase.text === phrase.core && !phrase.core.includes(' ') && (publication || organisation)) {
      out.push({ phrase: { ...phrase, kind: 'thing', gender: undefined }, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
      continue;
    }
    // ("Retired miner Glyn Pritchard, 78, said", "real estate developer Donald Trump said he …": after a trade's noun that
    // names people as often as firms, a full name with an age, or one said to be "he" or "she", is a person, round 40.)
    const personAfterTrade = phrase.kind === 'thing' && phrase.form === 'name' && phrase.core.includes(' ') && phrase.text === phrase.core && PEOPLE_AS_OFTEN.has(roleBefore ?? '') && (aged || /^\s*(?:\(\d{1,3}\)|,\s*aged\s+\d{1,3}\s*,)/u.test(after) || /^\s+(?:said|says|told(?:\s+\p{L}+){1,3})\s+(?:he|she)\b/u.test(after));
    if (personAfterTrade) phrase = { ...phrase, kind: 'person' };
    if (phrase.kind === 'person' && phrase.core.split(' ').length === 1 && phrase.text === phrase.core && !knownSurnames.has(phrase.core) && !(roleBefore && (TITLES.has(roleBefore) || isPersonNoun(roleBefore))) && !roleAfter && !aged && !(relation && RELATION_NOUNS.has(relation)) && !namedPerson) {
      // A single capitalised word with no title is too often a place or a thing to be a person.
      continue;
    }
    // ("His daughter, Linh,", "a woman named Denise": the relation or the noun says who she is.)
    const relationGender = relation ? RELATION_GENDER[relation] : givenName?.[1] ? ownerOfPossessive(givenName[1])?.gender : namedPerson ? PERSON_GENDER[namedAfter as string] : undefined;
    if (relationGender && phrase.kind === 'person' && !phrase.gender) phrase = { ...phrase, gender: relationGender };
    if (namedPerson && phrase.kind === 'person' && !phrase.core.includes(' ')) phrase = { ...phrase, namedAsPerson: true };
    out.push({ phrase, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // Descriptions of organisations and documents ("the ministry", "The non-binding proposals").
  for (const m of text.matchAll(/\b(?:the|The|a|A|an|An|this|This|its|Its)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)\b/gu)) {
    const head = (m[1] as string).toLowerCase();
    if (!THING_NOUNS.has(head)) continue;
    out.push({ phrase: { text: m[0], form: 'description', kind: 'thing', core: head }, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // (No person of one word after a word taken for a title that opens an organisation's name read across "and" from its
  // end: "Patient Advice" of "the Patient Advice and Liaison Service", a hospital's, no one called Advice, round 46; a
  // full name stays, whatever follows it, and so does a real title's holder: "Mayor Adams and City Council leaders met",
  // the review of round 46.)
  const organisationAt = new Map<number, string>();
  for (const t of out) {
    const start = t.end - t.phrase.text.length;
    if (t.phrase.kind === 'thing' && start >= 0 && text.startsWith(t.phrase.text, start) && (organisationAt.get(start)?.length ?? 0) < t.phrase.text.length) organisationAt.set(start, t.phrase.text);
  }
  const opensOrganisation = (person: (typeof out)[number]) => {
    const organisation = organisationAt.get(person.index);
    const title = person.phrase.text.slice(0, person.phrase.text.length - person.phrase.core.length).trim().toLowerCase().replace(/\.$/u, '').split(/\s+/u).pop() ?? '';
    return !person.phrase.core.includes(' ') && !TITLES.has(title) && organisation !== undefined && organisation.length > person.phrase.text.length && organisation.startsWith(person.phrase.text);
  };
  return out.filter((m) => m.phrase.kind !== 'person' || !opensOrganisation(m)).sort((a, b) => a.index - b.index);
}
