/**
 * Who a clause's subject is: the speaker phrase right before a reporting verb ("Their leader, Viktor Ozols,
 * said"), right after it ("said a spokeswoman for the authority") or opening a sentence ("He declined…") —
 * a name, a pronoun or a description ("the ministry", "U.S. officials") — and the phrase a transcript's
 * speaker label stands for.
 */
import { lastName, loneName, nameOnly, surnameNotTitle } from './nameRuns.js';
import { isCountryName } from './countryNames.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import {
  ABBREVIATION,
  COMPANY_STOP,
  DEMONYMS,
  isPlaceName,
  isCapitalised,
  isRoleNoun,
  isPersonNoun,
  isTitle,
  misspeltThingNoun,
  NATIONALITIES,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_GENDER,
  POSSESSED_RELATION,
  PREPOSITIONS,
  RELATION_NOUNS,
  PRONOUNS,
  THING_NOUNS,
  TITLES,
} from './nameWords.js';
import { GOING_ON } from './reportingVerbs.js';
import type { MentionKind, SpeakerPhrase } from './speakerPhrases.js';

/** A time zone printed after a time: "GMT", "BST", "ET", "CEST", "AEDT". */
export const TIME_ZONE = '(?:GMT|BST|UTC|CET|CEST|EET|EEST|[ECMP][SD]?T|AES?T|AEDT|IST|SAST|HKT|SGT|JST)';
/** A live blog entry's time stamp ("09.53", "3.48pm –", "10:22 a.m."): no words of the sentence's own. */
// Rule "a live blog's time may carry its zone" (round 20): "14.02 GMT Brennand guilty", "9:15 a.m. ET" (the
// zone is no part of the name after it: set 103's live blog named "GMT Developer Ian Fenwick").
export const ENTRY_TIME = String.raw`\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:${TIME_ZONE}\b\s*)?[-–—]?\s*`;
/** A time stamp opening a live blog entry's first sentence. */
export const LEADING_ENTRY_TIME = new RegExp(`^\\s*${ENTRY_TIME}`, 'i');

/** Where someone is ("Gareth in Swansea", "Anna from Leeds"): not part of the name. */
export const WHERE_THEY_ARE = /\s+(?:in|from|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/** Words that may stand between a subject and its verb ("Novak later said", "he has said"). An adverb is lower-case: "Kelly said", "Ms Reilly said" end in a name. */
// (An adverb by its "-ly", not a noun of that ending: "a spokesman for the family said" is the family's spokesman, not "a
// spokesman for the", round 64.)
const BETWEEN_SUBJECT_AND_VERB = /^(?:also|still|later|then|again|once|has|have|had|was|is|previously|recently|repeatedly|earlier|often|further|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|tally|folly|homily|reply|butterfly)$)\p{Ll}+ly)$/u;

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

/** A role and whom it is for, "a spokesman for the agency", "one analyst at a Tokyo bank" (group 1: the role's noun). */
const ROLE_OF_WHOM = String.raw`(?:a|an|the|one|another)\s+(?:\S+\s+){0,3}?(\S+)\s+(?:of|for|at|with|from|in|to)\s`;
/** `ROLE_OF_WHOM` ending a subject, whatever follows the preposition (group 1: the whole description; 2: the role). */
const ROLE_OF_WHOM_AT_END = new RegExp(String.raw`(?:^|\s)(${ROLE_OF_WHOM}.*)$`, 'i');
/** `ROLE_OF_WHOM` opening a segment (group 1: the role). */
const ROLE_OF_WHOM_AT_START = new RegExp(`^${ROLE_OF_WHOM}`, 'i');

/** "went on to" ending the words before a verb (see `GOING_ON`). */
const GOING_ON_AT_END = new RegExp(String.raw`\s+${GOING_ON}\s*$`, 'i');

/** A relative by a possessive ending the words before a verb, the whole subject (group 1: the phrase; group 2: the relation). */
// (Not the object of a preposition, "a spokesman for her husband", "a friend of her son": the spokesman or the friend
// speaks, the review of round 35.)
const RELATION_SUBJECT = new RegExp(String.raw`(?:^|[\s,"“”‘’\u2013\u2014])(?<!\b(?:of|for|to|with|by|from|about|on|at|representing)\s)(${POSSESSED_RELATION})\s*$`, 'u');

/**
 * A writer or paper naming itself, ending the words before a verb: "This columnist warned last year", "As this
 * newspaper has said": the document's own voice (an opinion piece's author), no speaker to name (round 19's review).
 */
export const SELF_REFERENCE = /(?:^|\s)[Tt]his\s+(?:columnist|writer|reporter|correspondent|author|newspaper|paper)(?:\s+(?:has|have|had|once|also|long|often|repeatedly))*\s*,?\s*$/;

/**
 * A department or ministry whose offices its name lists with commas, as the whole subject before a verb: "the
 * Department for Environment, Food and Rural Affairs" (not "A spokesperson for the Department …", someone of it).
 */
// (Or two offices and no comma, "the Department of Health and Social Care", not its last office, "Social Care"; after the
// space a quotation's close leaves, round 32.)
const DEPARTMENT_WITH_OFFICES = /(?:^\s*|[,;]\s*)((?:[Tt]he\s+)?(?:Department|Ministry|Dept\.)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){0,4}\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*$/u;

/** Words a source may identify as that are no name: a faith or a party ("who identified herself as Catholic"). */
const NOT_A_NAME_GIVEN = /^(?:Catholic|Protestant|Muslim|Christian|Jewish|Jew|Hindu|Sikh|Buddhist|Evangelical|Mormon|Orthodox|Anglican|Democrat|Republican|Independent|Conservative|Liberal|Labour|Tory|Green|Socialist|Communist)$/;

/** A sentence opening with a writer's imperative to the reader, before a small word: "Imagine a …", "Picture the …". */
const IMPERATIVE_OPENING = /^\s*(?:Imagine|Picture|Suppose|Consider)\s+\p{Ll}/u;
/** An opening participle's phrase before the subject: "Speaking in Geneva, ", "Writing in the Lancet, ". */
const OPENING_PARTICIPLE = /^\s*(?:Speaking|Writing|Addressing|Testifying|Responding|Commenting|Replying|Appearing)\s[^,\u00A4]*,\s*(?=\S)/u;
/** A body's kind opening a clause before its name: "Industry body Australian Energy Producers", "Lobby group Greener Jobs". */
const KIND_OF_BODY = /^\s*(?:(?:[Ii]ndustry|[Tt]rade|[Pp]eak|[Ll]obby|[Aa]dvocacy|[Rr]ights|[Cc]ampaign|[Pp]ressure|[Bb]usiness|[Ee]mployers'?|[Cc]onsumer|[Ff]arm|[Ff]arming)\s+(?:body|group|organi[sz]ation|association|lobby)|[Ww]atchdog)\s+(?=\p{Lu})/u;

/** A relative clause giving the only name a source goes by, at the end of the words before the verb (group 1 or 2: "himself" or "herself", "his" or "her"; 3: the name). */
const SELF_NAMED = /,\s+who\s+(?:(?:simply|only|just)\s+)?(?:identified\s+(himself|herself)\s+(?:only\s+)?as|gave\s+(his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:only\s+)?(?:wanted|wished|asked|agreed)\s+to\s+be\s+(?:known|identified|called|named)\s+(?:only\s+)?(?:as|by\s+(?:his|her)\s+first\s+name,?)|is\s+known\s+(?:only\s+)?as)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,\s*\d{1,3})?,\s*$/u;

/** The name a source gives itself in a relative clause ending the words (`SELF_NAMED`): "A commercial bus driver, who simply identified himself as Baba Tunde," → Baba Tunde. */
function selfNamedSource(words: string): SpeakerPhrase | undefined {
  const selfNamed = SELF_NAMED.exec(words);
  // (Not a nationality, a faith or a party, "who identified herself as Catholic": a description, the review of round 23.)
  if (!selfNamed || NATIONALITIES.has(selfNamed[3] as string) || DEMONYMS.has((selfNamed[3] as string).toLowerCase()) || NOT_A_NAME_GIVEN.test(selfNamed[3] as string)) return undefined;
  const name = selfNamed[3] as string;
  const self = selfNamed[1] ?? selfNamed[2] ?? '';
  const gender = /^(?:himself|his)$/i.test(self) ? 'm' : /^(?:herself|her)$/i.test(self) ? 'f' : undefined;
  return { text: name, form: 'name', kind: 'person', core: name, ...(gender ? { gender } : {}) };
}

/**
 * The subject of a reporting verb: the words right before it, back to the start of the clause.
 * "Their leader, Viktor Ozols," → Viktor Ozols; "Andris Kalnins, chief executive of X," → Andris Kalnins;
 * "In a speech last week she" → she; "The document" → the document.
 */
export function subjectBefore(clause: string): SpeakerPhrase | undefined {
  // ("Imagine a textbook that asked a 15-year-old to … ask: “What do you remember?”": a columnist's imperative opens no
  // name, round 47; "Imagine Dragons said" does, the review of round 47's rules.)
  if (IMPERATIVE_OPENING.test(clause)) return undefined;
  // "Rep. Martin Frost (D-Tex.)": a bracket says more about the subject; it is not the subject.
  clause = clause.replace(/\s*\([^)]*\)\.?/g, '');
  if (SELF_REFERENCE.test(clause)) return undefined;
  // (A relative by a possessive, "my mother said", "his wife told reporters": a description, whom the document may name
  // in apposition, "my mother, Olga," (`DocumentNames.namedRelative`), round 35.)
  const relative = RELATION_SUBJECT.exec(clause);
  if (relative) return { text: relative[1] as string, form: 'description', kind: 'person', core: relative[2] as string, gender: PERSON_GENDER[relative[2] as string] };
  // ("The Department of the Environment, Climate and Communications said": a department whose offices are
  // listed with commas is one name, not its last item; round 19.)
  const department = DEPARTMENT_WITH_OFFICES.exec(clause)?.[1];
  // (With no comma, not a department and a person speaking together, "the Department of Transport and Mayor Jane Brown",
  // the review of round 32: after "and", no title and no given name.)
  const joined = department && !department.includes(',') ? department.split(/\s+and\s+/).at(-1) : undefined;
  const personAfterAnd = !!joined && (isTitle(joined.split(/\s+/)[0] ?? '') || nameOnly(joined)?.gender !== undefined);
  if (department && !personAfterAnd) return { text: department, form: 'name', kind: 'thing', core: department.replace(/^the\s+/i, '') };
  // ("He went on to say that …": the speaker going on, before the verb.)
  clause = clause.replace(GOING_ON_AT_END, ' ');
  // "the program, which Shultz said is designed": a relative clause's own subject right before the verb.
  const relativeSubject = /\s(?:which|that)\s+((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*|he|she|they)\s*$/u.exec(clause)?.[1];
  if (relativeSubject) return pronoun(relativeSubject) ?? lastName(relativeSubject);
  // "…, according to Bundesbank President Klaus Hartwig, who told a conference": "who" is the verb's
  // subject, and it stands for the name set off right before it.
  // ("We heard from Anne Kowalczyk, who said:", "A follow-up from Mrs Anne Kowalczyk, who says:", a question read out at
  // a meeting, round 25: after "from" too, where words come from someone; not "a teacher from New York, who said", the
  // review of round 25.)
  const relativeWho = /(?:^|,|\baccording to|\bby)\s*([^,]+?),\s+who\s*$/iu.exec(clause)?.[1];
  const fromWho = /\b(?:heard|questions?|follow-up|message|e-?mail|letter|call|comment|text|note)(?:\s+(?:is|was|comes|came))?\s+from\s+([^,]+?),\s+who\s*$/iu.exec(clause)?.[1];
  const fromName = fromWho ? nameOnly(fromWho) : undefined;
  const whoseName = (relativeWho ? nameOnly(relativeWho.replace(/^(?:according to|by)\s+/i, '')) : undefined) ?? (fromName?.kind === 'person' && fromName.core.includes(' ') ? fromName : undefined);
  if (whoseName) return whoseName;
  // "It quotes Harriet Cole, chief executive of the British Meat Processors' Council, who says": a person's
  // full name, a role in lower case set off by commas, then "who": the person, not the body the role is of.
  const roleBeforeWho = /,\s+who\s*$/.test(clause) ? /([^,]+),\s+(?:(?:the|a|an)\s+)?\p{Ll}[^,]*,\s+who\s*$/u.exec(clause)?.[1] : undefined;
  // (Or one named after a preposition, "We heard similar evidence from Mr Daniel Oyelaran, a personal care worker, who
  // said", a royal commission's report, round 59: "who" is the name's, not the role's.)
  // (Only a name with a courtesy title, a person's: not a place so named, "a teacher from New York, a union member, who
  // said".)
  const objectHolder = roleBeforeWho ? lastName(roleBeforeWho, false) : undefined;
  // (After "from", "by", "with" or "to", where words come from someone: not "the wife of Mr Tom Dunne, a full-time carer,
  // who said", the wife's words, the third review of round 59.)
  const fromObject = !!objectHolder && new RegExp(String.raw`\b(?:from|by|with|to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*${escapeRegExp(objectHolder.text)}\s*$`, 'u').test(roleBeforeWho ?? '');
  const roleHolder = roleBeforeWho ? (lastName(roleBeforeWho) ?? (objectHolder?.gender && fromObject && !isCountryName(objectHolder.core) ? objectHolder : undefined)) : undefined;
  if (roleHolder?.kind === 'person' && roleHolder.form === 'name' && roleHolder.core.includes(' ') && roleBeforeWho?.trimEnd().endsWith(roleHolder.core)) return roleHolder;
  // ("Speaking in Geneva, WHO dengue expert Ana Lucia Ferreira said": an opening participle's phrase is not the
  // subject; "Industry body Australian Energy Producers said": a body's kind before its name is not a name of its
  // own, round 23.)
  clause = clause.replace(OPENING_PARTICIPLE, '').replace(KIND_OF_BODY, '');
  // Rule "a source who gives only a name is that name" (round 23): "A commercial bus driver, who simply identified
  // himself as Baba Tunde, said", "Another commuter, who only wanted to be known as Kumar, 51, described …".
  const selfNamed = selfNamedSource(clause);
  if (selfNamed) return selfNamed;
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
  const seated = !commaEnd ? memberBySeat(/(?:^|[\s,])((?:the|The)\s+[^,]+)$/u.exec(words)?.[1] ?? '') : undefined;
  if (seated) return seated;
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
  const spokesFor = ROLE_OF_WHOM_AT_END.exec(words);
  // ("One senior carer at the company's Dudley home, who asked not to be named, said": "one" or "another" and a noun in
  // small letters is someone of a place, not the place's name, round 42.)
  // (A noun for someone who does something, "carer", "volunteer", "resident": not "One email from the council", the review
  // of round 42.)
  // (Not a thing's noun of that ending, "One answer from the Ministry of Transport", "One order from the High Court", "One
  // chapter of the Smith Review", the review of round 42: a person's noun the lists know, or one of those endings that no
  // thing's noun has.)
  const someoneOf = !!spokesFor && /^(?:one|another)\s/i.test(spokesFor[1] as string) && (isPersonNoun(spokesFor[2] as string) || (/^\p{Ll}+(?:er|or|ist|ant|ent|ian|man|woman|person|eer)$/u.test(spokesFor[2] as string) && !THING_NOUNS.has(spokesFor[2] as string) && !NOT_DOERS.has(spokesFor[2] as string)));
  if (!commaEnd && someoneOf && !/,/.test(spokesFor[1] as string)) return { text: spokesFor[1] as string, form: 'description', kind: 'person', core: spokesFor[2] as string };
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
  // ("Sergeant Mark Hollis of South Wales Police's roads policing unit said": a person's full name, then the unit
  // they work in; the noun at the end is where they work, not who speaks, round 29.)
  const workplace = /^(.+?)\s+(?:of|at|from|with)\s+\p{Lu}/u.exec(words);
  const worker = !commaEnd && workplace && THING_NOUNS.has(lastWord) ? nameOnly(workplace[1] as string) : undefined;
  if (worker?.kind === 'person' && worker.core.includes(' ')) return worker;
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
    const role = ROLE_OF_WHOM_AT_START.exec(last);
    if (role && isPersonNoun((role[1] as string).toLowerCase())) return { ...(description(last, true) as SpeakerPhrase), text: last };
    // ("A nurse working with a mobile team in Drenova, who asked not to be named, said": someone described, then what
    // they do in a participle's phrase, whatever it names after; round 43.)
    const doing = PERSON_DOING.exec(last);
    if (doing && isPersonNoun((doing[1] as string).toLowerCase())) return description(last, true);
    return description(last, false) ?? apposed ?? genericDescription(last);
  }
  // "X, Y, said": the subject X or its appositive Y, whichever is a name ("Their leader, Viktor Ozols,";
  // "Andris Kalnins, chief executive of Baltic Dredging," — a name after "of" is not the subject).
  // A segment ending in a role ("The Conservative group leader") is a description, whatever names modify it;
  // one opening with a preposition ("in its National Plan for Agrarian Reform") is not the subject.
  // ("Asked to comment, Michael Samuels, …,": an opening phrase of lower-case words is not the subject.)
  let opening = 0;
  // ("Well, I'll quote Dr Jane Ashby, who said": one opening word, "Well", "Frankly", is not the subject either, round 24;
  // but "Melamed, also the head of …," is a name ending like a participle.)
  // (Not a body's whole name with a word in small letters, "The Federation of Small Businesses, a lobby group,", round 44.)
  const wholeName = (segment: string) => {
    const name = lastName(segment);
    return name?.form === 'name' && segment.trim().replace(/^the\s+/i, '') === name.text;
  };
  while (opening < segments.length - 1 && ((/\s\p{Ll}/u.test(segments[opening] as string) && isOpeningPhrase(segments[opening] as string) && !wholeName(segments[opening] as string)) || isOpeningWord((segments[opening] as string).trim()))) opening++;
  const holder = holderAfterOffice(segments.slice(opening));
  if (holder) return holder;
  const named = segments.slice(opening).map((s) => (endsInRole(s) || PREPOSITIONS.has(s.split(/\s/)[0]?.toLowerCase() ?? '') ? undefined : lastName(s))).filter((n): n is SpeakerPhrase => !!n);
  // ("Bedwas, Trethomas and Machen councillor Gethin Prosser, who sits as an independent, said": a ward's list of places
  // before a role and a name is the name's, round 40.)
  const listed = segments.slice(opening);
  const afterList = listed.length === 2 && /^\p{Lu}[\p{L}'’-]*$/u.test(listed[0] as string) && /^\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+\p{Lu}/u.test(listed[1] as string) ? lastName(listed[1] as string) : undefined;
  if (afterList?.kind === 'person' && afterList.core.includes(' ') && (listed[1] as string).endsWith(afterList.core)) return afterList;
  // "Lee Hamilton, chairman of…, and Daniel Inouye, chairman of…,": two people speak; name neither.
  if (named.filter((n) => n.kind === 'person').length > 1 && segments.some((s) => /^and\b/.test(s))) return undefined;
  // ("The 22-year-old, a primary school teacher in the village, said": someone the story has told of, by "the" and their
  // age or role, then what they are, by "a" or "an": the one told of, not a new teacher; round 43.)
  const told = segments.length - opening === 2 && /^the\s/i.test(segments[opening] as string) && /^(?:a|an)\s/i.test(segments[opening + 1] as string) ? description(segments[opening] as string, false) : undefined;
  if (named.length === 0 && told?.kind === 'person' && told.text.length === (segments[opening] as string).length) return told;
  // "A Toshiba executive, who asked not to be named,": the role.
  const role = segments.find(endsInRole);
  return named[0] ?? (role ? description(role, false) : undefined) ?? description(segments[segments.length - 1] ?? '', false);
}

/** Things' nouns with a doer's ending ("-er", "-or", "-ent", "-ant"): "One answer from the ministry" is no one. */
const NOT_DOERS = new Set('answer order chapter letter paper number matter quarter corner border water power computer register cover sector factor error floor door meter filter poster banner flyer folder'.split(' ').concat('document statement comment agreement element moment payment department government parliament settlement amendment assessment judgment judgement announcement requirement complaint grant plant account amount event extent percent point'.split(' ')));

/** Someone described with "a", "an", "one" or "another", then a participle of what they do: "A nurse working with", "a woman living in" (group 1: the noun). */
const PERSON_DOING = /^(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+\p{Ll}+ing\s/iu;

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

/** An opening phrase set off by a comma that is not the subject ("However,", "Asked about the petition,", "In a speech,"). */
export function isOpeningPhrase(segment: string): boolean {
  const first = /^\s*(\S+)/.exec(segment)?.[1] ?? '';
  return NOT_NAMES.has(first.toLowerCase()) || OPENING_ADVERBS.has(first.toLowerCase()) || (/^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(first) && !LY_SURNAME.test(first));
}

/** Sentence adverbs that open a speaker's sentence and are never a name ("Frankly, I'll quote …"): a closed list, since "-ly" ends first names too ("Beverly", "Emily", "Lily"). */
// (And adverbs of place, "Inside, Kevin Hartigan is doing what he has done …": a feature's scene-setting opening, round 57.)
const OPENING_ADVERBS = new Set('frankly honestly clearly obviously actually basically certainly seriously personally sadly luckily fortunately unfortunately importantly interestingly ironically admittedly apparently naturally hopefully surely inside outside nearby downstairs upstairs overseas abroad outdoors indoors'.split(' '));

/** One word opening a sentence that is never a name: "Well", "Anyway" (`NOT_NAMES`), or a sentence adverb ("Frankly"). */
function isOpeningWord(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase()) || OPENING_ADVERBS.has(word.toLowerCase());
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
/**
 * When a sentence opens, with no comma after it: "Last week the Taoiseach stood outside Government Buildings and told …"
 * (round 56): no word of its subject, which follows it.
 */
const LEADING_TIME_PHRASE = /^\s*(?:(?:(?:Last|This|Next|Earlier\s+this|Later\s+this)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|Yesterday|Earlier|Later|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+(?=(?:the|The)\s)/u;

export function sentenceSubject(sentence: string): SpeakerPhrase | undefined {
  // ("15:55 Asked about Holubová, she smiled": a live blog entry's time stamp is no word of the sentence.)
  sentence = sentence.replace(LEADING_ENTRY_TIME, '').replace(LEADING_TIME_PHRASE, '');
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
    // ("Okonjo's agent, Marcel Duvalier, had been …": a possessive's noun with a name set off beside it, round 52.)
    const possessed = /['’]s$/u.test(phrase.at(-1) ?? '') && /^\p{Ll}[\p{Ll}-]*,$/u.test(w);
    if (!(isCapitalised(w) || TITLES.has(lower) || isPersonNoun(lower) || THING_NOUNS.has(lower) || possessed || /^(?:the|a|an|de|van|von|der|al|bin)$/.test(lower))) break;
    phrase.push(w);
    if (/[,;:]$/.test(w)) break;
  }
  const possessed = phrase.length > 1 && /['’]s$/u.test(phrase.at(-2) ?? '') && /^\p{Ll}/u.test(phrase.at(-1) ?? '');
  const text = phrase.join(' ').replace(/[,;:]$/, '');
  if (!text) return undefined;
  // ("the Minister's predecessor told this House": someone of the one named, not the one named, round 56.)
  const ofWhom = /['’]s$/u.test(text) ? (words[phrase.length] ?? '').replace(/[^\p{L}-]/gu, '') : '';
  if (ofWhom && (RELATION_NOUNS.has(ofWhom) || isPersonNoun(ofWhom) || /^(?:predecessor|successor)$/u.test(ofWhom))) return undefined;
  // ("Keller's coach at the Kirchbrück Ski Club, Anton Rieder, praised his pupil, adding: …": a description, then the full
  // name set off by commas beside it, is that person, round 48.)
  const beside = (endsInRole(text) || possessed) && segments.length > 2 && segments[0]?.trim().startsWith(text) ? nameOnly((segments[1] as string).trim()) : undefined;
  if (beside?.kind === 'person' && beside.core.includes(' ')) return beside;
  // (Without a name beside it, the possessive as before: "Ms Gatt’s note, dated …, says" is hers.)
  if (possessed && !endsInRole(text)) return lastName(phrase.slice(0, -1).join(' '));
  return endsInRole(text) ? description(text, false) : (lastName(text) ?? description(text, false));
}

/**
 * The body a description is of, right after it: "for the Committee of Bank Chief Executives", "at Barclays" (capitalised
 * words), "for the ministry", "for the minister's office" (a word or a possessive and its noun after "for the" or "of the";
 * not a place, "at the centre", the review of round 52).
 */
const BODY_OF_DESCRIPTION = /^\s+(?:(?:for|at|of|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}'’&.-]*)*|(?:for|of)\s+the\s+\p{Ll}+(?:['’]s\s+\p{Ll}+)?(?=\s))/u;

/**
 * The subject of a verb after "but" or "and" that goes on from a sentence's first predicate, when no name opens the
 * sentence: its opening description and the body it is of ("A spokesman for the Committee of Bank Chief Executives
 * declined to comment on individual lenders but said" → a spokesman for the Committee of Bank Chief Executives), not
 * every word before the verb (round 52).
 */
export function subjectOfFirstPredicate(clause: string): SpeakerPhrase | undefined {
  clause = clause.replace(LEADING_TIME_PHRASE, '');
  const subject = sentenceSubject(clause);
  // (A person's description only: "A report by the Oireachtas finance committee found … and said" is the committee's, as
  // before, the review of round 52.)
  if (subject?.form !== 'description' || subject.kind !== 'person') return undefined;
  const at = clause.indexOf(subject.text);
  // (After an opening phrase and its comma, "During the general election campaign, the Taoiseach stood … and told", round 56.)
  const opening = at < 0 ? '' : clause.slice(0, at).trim();
  if (at < 0 || (opening !== '' && !(opening.endsWith(',') && isOpeningPhrase(opening.slice(0, -1))))) return undefined;
  const of = BODY_OF_DESCRIPTION.exec(clause.slice(at + subject.text.length))?.[0] ?? '';
  return { ...subject, text: subject.text + of.replace(/\s+/gu, ' ') };
}

/** A possessive and the words in lower case saying who a person is to the writer, before their name: "My colleague ", "Our old captain " (group 1: the words). */
const POSSESSIVE_BEFORE_NAME = /^\s*(?:My|Our|His|Her|Their|Your)\s+((?:[\p{Ll}-]+\s+){1,3})(?=\p{Lu})/u;

/** Whether words after a possessive say who the person named next is: a relation's or a role's noun last, no preposition ("colleague", "old captain"; not "message to", "thanks to"), the review of round 38. */
function saysWhoTheyAre(words: string): boolean {
  const list = words.trim().split(/\s+/u);
  const last = list.at(-1) ?? '';
  return !list.some((w) => PREPOSITIONS.has(w)) && (RELATION_NOUNS.has(last) || isRoleNoun(last));
}

/**
 * The subject a sentence opens with ("He thanked …, but added", "Stoltenberg declined …, but said"): its
 * leading pronoun, or its leading run of capitalised words and titles.
 */
/** Whether the capitalised words opening a list of words end in an organisation's word: "Livestock Bureau welcomed" (see `ORG_WORDS`). */
function endsInBodysWord(words: string[]): boolean {
  const end = words.findIndex((w) => !isCapitalised(w));
  const run = end < 0 ? words : words.slice(0, end);
  const last = run.at(-1)?.replace(/[,.;:]$/u, '').toLowerCase();
  return run.length > 0 && run.length <= 3 && !!last && ORG_WORDS.has(last);
}

export function subjectAtStart(sentence: string): SpeakerPhrase | undefined {
  // "Asked if he had advised China …, Leveque said …, but added": a participle opening a phrase of
  // lower-case words ("Asked if", "Speaking to reporters") is no name; the subject follows the phrase.
  const participle = /^\s*\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}[^,]*,\s*(?=\S)/u.exec(sentence);
  if (participle) return subjectAtStart(sentence.slice(participle[0].length));
  // ("My colleague Dr. Felix Abara, who is here today, walked over, tapped on the window and said": the name after a
  // possessive and the words saying who they are to the speaker, round 38.)
  const related = POSSESSIVE_BEFORE_NAME.exec(sentence);
  const named = related && saysWhoTheyAre(related[1] as string) ? subjectAtStart(sentence.slice(related[0].length)) : undefined;
  if (named?.kind === 'person' && named.form === 'name') return named;
  const words = sentence.trim().split(/\s+/);
  const asPronoun = pronoun((words[0] ?? '').replace(/[,]$/, ''));
  if (asPronoun) return asPronoun;
  const lead: string[] = [];
  for (const [i, w] of words.entries()) {
    // ("The Group of 24 developing countries", "Bank of Japan": a name goes on across "of" and its number or capital.)
    // ("The Union of Czech and Slovak Zoos": on across "and" too once across "of"; `lastName` reads where it ends.)
    // (Or across "and" before a body's last word, "The New Mexico Farm and Livestock Bureau welcomed … but said", round 49.)
    const across = (/^(?:of|for)$/.test(w) || (/^(?:and|&)$/.test(w) && (lead.some((l) => /^(?:of|for)$/.test(l)) || endsInBodysWord(words.slice(i + 1))))) && lead.length > 0 && /^(?:\p{Lu}|\d+$)/u.test(words[i + 1] ?? '');
    const number = /^\d+$/.test(w) && words[i - 1] === 'of';
    if (!(isCapitalised(w) || TITLES.has(w.toLowerCase()) || across || number)) break;
    lead.push(w);
    // ("Edwin Jacobson, Chicago Milwaukee president, declined to comment but said": a comma ends a person's name; what
    // follows is its appositive, round 42. Not an office's, "NORWAY'S CLIMATE AND ENVIRONMENT MINISTER, TERJE HOLMSEN,".)
    // (Not in capitals, a factbox's speaker line read as one, "RWANDAN ENVIRONMENT MINISTER CLAUDINE MUKAMANA, SPEAKING FOR
    // …:".)
    if (/,$/.test(w) && /\p{Ll}/u.test(lead.join(' ')) && nameOnly(lead.join(' ').replace(/,$/, ''))?.kind === 'person') break;
  }
  // ("The DUP’s finance spokeswoman, Gillian Hanna, said … but accused …": a possessive names whose the
  // subject is; the subject is the description and the name set beside it.)
  if (/['’]s$/.test(lead.at(-1) ?? '')) return sentenceSubject(sentence);
  return lead.length > 0 ? lastName(lead.join(' ')) : undefined;
}

/** Whether an appositive describes a person by a noun saying so ("a mother from Thurso", "a staff nurse"). */
export function describesPerson(appositive: string): boolean {
  const head = /^\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b/u.exec(appositive.replace(WHERE_THEY_ARE, ''))?.[1];
  return !!head && (isPersonNoun(head) || head in PERSON_GENDER);
}

/** A subordinate clause opening a sentence, up to its comma ("When Ms Kollárová began to describe …, "). */
export const OPENING_SUBORDINATE_CLAUSE = /^\s*(?:When|While|As|After|Before|Although|Though|If|Once|Because|Since|Until|Whenever)\s[^,:\u00A4]*,\s+(?=\S)/u;

/**
 * The subject a sentence opens with, when it is a person named at its start or in an appositive right
 * after ("The transport company's spokesman, Daniel Sulc, had a short answer…" → Daniel Sulc); a pronoun
 * opening the sentence. Undefined for anything else ("The stakes are high").
 */
export function leadingSubject(sentence: string): SpeakerPhrase | undefined {
  // (Past a live blog entry's time stamp, or a list item's bullet: "- Hildegard Vogt, director general of …: “…”".)
  sentence = sentence.replace(LEADING_ENTRY_TIME, '').replace(/^\s*(?:[-*•–]|\d{1,2}[.)])\s+/u, '');
  // ("When Ms Kollárová began to describe the house, he cut her off:": past an opening subordinate clause, its
  // own subject being no one who speaks here.)
  sentence = sentence.replace(OPENING_SUBORDINATE_CLAUSE, '');
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

/**
 * A member named by seat or party before the letters of the house they sit in: "the Upper Bann MLA", "the Brecon and
 * Radnor MS", "the Labour MP" (round 56): a description of a member, whom the story named before, not a person called
 * "Upper Bann" or "Labour" (group 1: the seat or party; group 2: the letters; the resolver reads both, `memberBySeat`).
 */
export const MEMBER_BY_SEAT = /^(?:the|The)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&)){0,4})\s+(MP|MLA|MS|MSP|TD|MEP|MPP|MNA|MHA|AM|MLC)$/u;
/** A name after an article and one word in small letters for how its bearer looked: "a dazed Quinn afterwards", "a delighted Ruairí Quinn" (group 1: the word; 2: the name). */
const NAME_AFTER_MOOD = /^(?:a|an)\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s+(?:afterwards|later|again|too|also|then))?$/u;
/** Ireland's counties, whose teams a match report calls by the county's name alone: "a relieved Dublin". */
const COUNTY_NAMES = new Set('Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow'.split(' '));

/** A party's words, or its members', before no name: "a delighted Tory", "a furious Fine Gael". */
const PARTY_WORDS = new Set('Tory Tories Republican Republicans Democrat Democrats Labour Conservative Conservatives Liberal Liberals Green Greens Unionist Nationalist Socialist Fianna Fáil Fine Gael Sinn Féin Plaid Reform Alliance'.split(' '));

/**
 * Words for how someone looked or sounded as they spoke, before their name (see `NAME_AFTER_MOOD`): an allow-list, not
 * "senior", "former", "veteran", "young" or "fellow", which describe an unnamed source's standing, "a senior Fianna Fáil
 * TD", "a veteran Republican" (the review of round 56).
 */
const MOOD_WORDS = new Set(
  `dazed delighted gracious defiant emotional relieved jubilant tearful beaming smiling grinning frustrated furious
  bullish buoyant philosophical rueful disappointed elated exhausted proud bemused animated upbeat downbeat candid ecstatic
  satisfied happy unhappy angry shaken stunned thrilled humble humbled modest confident cautious calm composed
  downcast dejected despondent euphoric glum sheepish sombre somber subdued tired weary visibly typically
  characteristically bitter livid emphatic relaxed gutted pleased heartbroken devastated`.split(/\s+/u),
);

/** A member by seat or party (`MEMBER_BY_SEAT`), as a description whose noun is the house's letters, or undefined. */
function memberBySeat(words: string): SpeakerPhrase | undefined {
  const letters = MEMBER_BY_SEAT.exec(words.trim())?.[2];
  return letters ? { text: words.trim(), form: 'description', kind: 'person', core: letters.toLowerCase() } : undefined;
}

/** The pronoun a possessive stands for ("her words" → "she"), or undefined for any other word. */
export function ownerOfPossessive(word: string): SpeakerPhrase | undefined {
  const subject = POSSESSIVE_PRONOUNS[word.toLowerCase()];
  return subject ? pronoun(subject) : undefined;
}
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** Letters after a name, printed in capitals in any case: "MP", "MEP", "TD", "KC", "OBE". */
const POST_NOMINAL = /^(?:MP|MPs|MEP|MSP|MLA|TD|QC|KC|SC|OBE|CBE|MBE|KBE|DBE|PhD|FRS)$/u;

/**
 * Words printed in capitals as a name is printed: "JANA NOVAK" → Jana Novak, and each part of a hyphenated or
 * apostrophised one, "OKAFOR-LYNN" → Okafor-Lynn, "O'BRIEN" → O'Brien (round 19). Words not all in capitals, and
 * single letters, stay as printed.
 */
export function casedCapitals(text: string): string {
  return text
    .split(' ')
    .map((w) => {
      // ("McMORRIS", "DeGETTE": a prefix printed in small letters, the rest in capitals.)
      const prefixed = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2}.*)$/u.exec(w);
      if (prefixed) return (prefixed[1] as string) + casedCapitals(prefixed[2] as string);
      // ("MCDONALD" is McDonald, as a Scottish or Irish name is printed, the review of round 32.)
      const mc = /^MC(\p{Lu}{3,}.*)$/u.exec(w);
      if (mc) return `Mc${casedCapitals(mc[1] as string)}`;
      // (Not the possessive's "s": "BARRON’S" is Barron’s; not letters after a name, "Harriet Lowe MP", round 20.)
      return w.length > 1 && w === w.toUpperCase() && !POST_NOMINAL.test(w) ? w.toLowerCase().replace(/(^|-|['’](?=\p{Ll}{2}))(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()) : w;
    })
    .join(' ');
}

/**
 * A speaker's label opening with a British police rank's initials in capitals: "DSU", "ACC", "DCI", "PC" (round 54). Not
 * "DC" or "DS", which open a publisher's and a company's names, "DC THOMSON:", "DS SMITH:" (the review of round 54); nor
 * "DI", a given name's, "DI MARTIN:".
 */
const RANK_LABEL = /^(?:PC|PCSO|DCI|DSU|DCS|ACC|DCC|DAC|SUPT|CH\s+SUPT|INSP|CH\s+INSP|SGT|DET\s+(?:SUPT|INSP|SGT|CH\s+SUPT))\s+(?=\p{Lu}+(?:[\s'’-]\p{Lu}+)?$)/u;

/**
 * The name a transcript's speaker label stands for ("Novak", "JANA NOVAK", "Example News"), as a phrase;
 * undefined for the interview's bare `Q`/`A`.
 */
export function labelPhrase(label: string): SpeakerPhrase | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length === 1 && /^(?:Q|A)$/.test(label.trim())) return undefined;
  // (A police rank's initials before a surname, "DSU ROYLE:", "ACC BLACKWOOD:", round 54: the surname, as "MS ADEYEMI:" is
  // hers; in text the initials open a company's name too, "DS Smith", but no speaker's label.)
  const rank = RANK_LABEL.exec(label.trim());
  const ranked = rank ? lastName(casedCapitals(label.trim().slice(rank[0].length)), false) : undefined;
  if (ranked?.kind === 'person') return { ...ranked, text: casedCapitals(label.trim()) };
  const cased = casedCapitals(words.join(' '));
  const phrase = lastName(cased, false);
  if (phrase) return phrase;
  const role = description(cased.toLowerCase(), false);
  return role ? { ...role, text: cased } : { text: cased, form: 'name', kind: 'person', core: cased };
}

/** Where a phrase after a verb ends: a colon, a dash, a bracket… (or a comma too) or a full stop that is not an initial's or an abbreviation's. */
const phraseEnd = (comma: boolean) => new RegExp(String.raw`[${comma ? ',' : ''};:!?\u2014\u2013(]|(?<!(?<!°)\b\p{Lu})(?<!${ABBREVIATION})\.(?=\s|$)|${COMPANY_STOP}`, 'u');
const PHRASE_END = phraseEnd(false);
const PHRASE_END_OR_COMMA = phraseEnd(true);

/** A title's office listing portfolios with commas, the last after "and": "Minister for Climate, Energy and the Environment …", "Minister of State for Culture, Community and Youth …". */
const OFFICE_LIST_BEFORE_NAME = /^\s*(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:(?:of|for)\s+\p{Lu}[\p{L}-]*\s+)?(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?){1,4},?\s+and\s+(?:the\s+)?\p{Lu}/u;

/** The speaker named right after a verb ("said Andris Kalnins, chief executive…", "said a spokeswoman for the authority"). */
export function subjectAfter(words: string): SpeakerPhrase | undefined {
  // ("said Minister of State for Culture, Community and Youth Daniel Tan Kok Leong": an office listing its
  // portfolios with commas, then its holder; the commas are the office's, round 20.)
  if (OFFICE_LIST_BEFORE_NAME.test(words)) {
    // (The holder is the name right after the office, up to the next comma, "and", "in" or "at": not "…
    // O'Gorman, who was speaking alongside Taoiseach Micheál Martin", nor "… Peter Burke and Tánaiste Simon
    // Harris in a joint statement", the review of round 20.)
    const afterList = words.search(/\s+and\s+/);
    const rest = words.slice(afterList + 1);
    const end = rest.search(/,|\s+(?:and|in|at|on|speaking|who|with)\s/);
    const segment = (words.slice(0, afterList + 1) + (end >= 0 ? rest.slice(0, end) : rest)).split(PHRASE_END)[0] ?? '';
    // (Read as a mention, not a subject: "Community and Youth Daniel Tan Kok Leong" is no pair of names joined.)
    const holder = lastName(segment, false);
    if (holder?.kind === 'person' && holder.core.includes(' ') && segment.trimEnd().endsWith(holder.core)) return holder;
  }
  // ("… ," said one vendor, who gave her name only as Pearlie.": the name a source after the verb gives itself, up to the
  // sentence's end, round 52.)
  const sentence = /^[^.!?;:]*/u.exec(words)?.[0] ?? '';
  // (The source the description opens with only, no one it is of: not "the husband of one vendor, who gave her name …", the
  // second review of round 52.)
  const selfNamed = /^\s*(?:a|an|one|another|the)\s+(?:(?!\b(?:of|for|from|with|to|at)\b)[^,])*,\s+who\b/iu.test(sentence) ? selfNamedSource(`${sentence.trimEnd()},`) : undefined;
  if (selfNamed) return selfNamed;
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
  // (So too a name and a relative clause with no comma, wire copy's "said Bouey who was replaced by deputy governor John
  // Crow last month", round 45.)
  const chunk = (words.split(PHRASE_END_OR_COMMA)[0]?.trim() ?? '').replace(/^((?:a|an|one|another|the)\s+(?:[\p{L}.-]+\s+){0,3}?\p{Ll}[\p{L}-]*)\s+(?:who|which|that)\b.*$/iu, '$1').replace(/^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:who|whose)\s.*$/u, '$1');
  if (!chunk) return undefined;
  const first = chunk.split(/\s+/)[0] ?? '';
  const asPronoun = pronoun(first);
  if (asPronoun) return asPronoun;
  const seated = memberBySeat(chunk);
  if (seated) return seated;
  // ("said a dazed Quinn afterwards", "said a delighted Ruairí Quinn": a name after an article and a word for how they
  // looked, round 56.)
  const looking = NAME_AFTER_MOOD.exec(chunk);
  // (A person's name only: not a party's, a nation's or an office's, "a delighted Fine Gael", "a tearful Ukrainian".)
  const moodWords = (looking?.[2] as string | undefined)?.split(/\s+/u) ?? [];
  // (Nor a county's or a town's people, "a relieved Dublin", "a proud Kerryman", "a furious Kilkenny": one word alone only as
  // the name of a person the story names, and never a place's.)
  // (A county's or a title's word in a full name is a given name or a surname, "a relieved Kerry Katona", "a smiling Tyrone
  // Mings", "Travis Head": only a word alone, or a title's first, is none.)
  const alone = moodWords.length === 1;
  const notAName = TITLES.has((moodWords[0] ?? '').toLowerCase()) || moodWords.some((word) => NATIONALITIES.has(word) || DEMONYMS.has(word.toLowerCase()) || PARTY_WORDS.has(word) || /^\p{Lu}{2,}$/u.test(word)) || (alone && (isPlaceName(moodWords[0] as string) || COUNTY_NAMES.has(moodWords[0] as string) || COUNTY_NAMES.has((moodWords[0] as string).replace(/(?:man|woman|er)$/u, ''))));
  const moodName = looking && MOOD_WORDS.has(looking[1] as string) && !notAName ? (nameOnly(looking[2] as string) ?? loneName(looking[2] as string)) : undefined;
  if (moodName?.kind === 'person') return moodName;
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
