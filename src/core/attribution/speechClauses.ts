/**
 * The clause that says who speaks a quotation or a sentence of reported speech: a reporting verb and its
 * subject right after the quotation (`“…,” Novak said`), right before it (`Novak told the BBC: “…”`), or
 * elsewhere in its sentence (`according to X`, `…, X said.`). Read on the narration alone: the paragraph
 * with its quotations masked. Which referent the subject stands for is the resolver's job.
 */
import { wordsIn } from '../text/wordsIn.js';
import { creditedName } from './creditLines.js';
import { documentsSpokenIn, ISSUED_NOUNS } from './issuedDocuments.js';
import { mentionsIn } from './mentionsIn.js';
import { lastName, loneName, nameOnly } from './nameRuns.js';
import { ABBREVIATION, COMPANY_STOP, isPublicationTitle, opensSentence, PREPOSITIONS, PRONOUNS, WEEKDAYS } from './nameWords.js';
import { MASK, type Quotation } from './quotations.js';
import { MIN_SPEECH_WORDS } from './quotedTerms.js';
import { CHARACTERISING_PARTICIPLE, characterisedAs, isReportingVerb, NAMING_VERB, PARTICIPLE, QUOTING_VERB, REPORTING_VERB } from './reportingVerbs.js';
import { leadsSentence, subjectPastOpening } from './sentenceSubject.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import {
  describesPerson,
  ENTRY_TIME,
  isOpeningPhrase,
  LEADING_ENTRY_TIME,
  leadingSubject,
  MAX_WORDS_SUBJECT_TO_VERB,
  ownerOfPossessive,
  pronoun,
  sentenceSubject,
  subjectAfter,
  SELF_REFERENCE,
  subjectAtStart,
  subjectOfFirstPredicate,
  subjectBefore,
  WHERE_THEY_ARE,
} from './subjectPhrases.js';

/** Words at most between a reporting verb and the quotation it introduces ("said the cap would “…”"). */
const MAX_WORDS_VERB_TO_QUOTE = 12;
/**
 * Words at most between a reporting verb and its quotation when the words between are one clause of the
 * verb's (`told a press conference … that …`, `described his meeting … as`).
 */
const MAX_WORDS_VERB_TO_QUOTE_LONG = 30;
/** Words at most after a sentence-final "…, X said" ("said in a statement on Tuesday"). */
const MAX_WORDS_TAIL = 6;
/** The most words of a quoting verb's object before the quotation it names ("called [the first count] “rigged”"). */
const MAX_WORDS_QUOTING_OBJECT = 5;

/** A run of capitalised words: a name, however many words it has. */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}.'&-]*\s+)*\p{Lu}[\p{L}.'&-]*/gu;

/** A verb joined to the sentence's first one ("He thanked them, but added"): its subject is the sentence's. */
const COORDINATED = /\b(?:and|but|then|while|yet)\s*,?\s*$/i;

/** A full stop that is not an initial's or a title's ("P.S. Tam", "Mr. Smith", "U.S."); a degree's unit is no initial ("reaches 32°C.", round 32). */
const STOP = String.raw`(?<!(?<!°)\b\p{Lu})(?<!${ABBREVIATION})[.!?]`;
/** Where a sentence ends in the words after a quotation (or another quotation starts). */
// (A line break ends one too: a list's items, a credit line under a pull quote.)
const SENTENCE_END = new RegExp(String.raw`${STOP}(?:\s|$)|${COMPANY_STOP}|\u00A4|\n`, 'u');
/** Sentence breaks in the words before a quotation (one right before it too: "…his mistakes. “…”" opens a new sentence). */
const SENTENCE_BREAK = new RegExp(String.raw`(?:${STOP}|${COMPANY_STOP})\s+(?=\S|$)`, 'gu');

/**
 * Verbs of speech that are as often nouns, or speech only in translated copy ("« … », Mr. Bérubé-Kane answered",
 * "she specified", "she regrets": French's "répond", "précise", "regrette", round 20), read as verbs only right
 * after a quotation and its speaker.
 */
const VERBS_AFTER_QUOTATION = 'answered|answers|specified|specifies|indicated|indicates|regretted|regrets|confided|confides|posted|notes|claims|comments|stresses|states|promises|pledges|counters|cautions|reasons|estimates|reports|reported|offers|offered|laughs|laughed|smiles|smiled|sighs|sighed|shrugs|shrugged|jokes|shouts|snaps|snapped|snarls|snarled|grins|grinned|nods|nodded|calls back|calls out|called back|called out';
/** A name or pronoun, then one of `VERBS_AFTER_QUOTATION` (group 1: who). */
const SPEAKER_THEN_VERB_AFTER_QUOTATION = new RegExp(String.raw`^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they|it)\s+(?:${VERBS_AFTER_QUOTATION})\b`, 'u');
/**
 * A court report's verb ending the attribution after a quotation, its subject a name, a pronoun or a role after
 * "the": "“…,” the judge ruled.", "“…,” Ms Mwangi submitted." (round 24). Not "GEMMA submitted a note": the verb
 * must end the clause. (Group 1: who.)
 */
const SPEAKER_THEN_COURT_VERB = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they|it|the\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:ruled|submitted)\s*(?:[.,;:]|$)/u;

/** A verb that may attribute a quotation, with where it is and how it finds its subject. */
export interface Verb {
  index: number;
  end: number;
  /** `report`: said, told…; `quoting`: a verb taking the quotation as its object (called, described…); `participle`: saying, adding… */
  type: 'report' | 'quoting' | 'participle';
  word: string;
}

/** Adverbs ending the words before a verb ("She nevertheless called", "critics have repeatedly called"). */
// (Only adverbs by their ending, "-ally", "-ently", "-ously" …: "the family called it" keeps its subject.)
const ADVERBS_BEFORE_VERB = /(?<!\s)(?:\s+(?:also|nevertheless|nonetheless|still|then|later|once|again|even|instead|already|never|often|always|just|\p{Ll}{3,}(?:ally|ently|antly|ously|ively|ately|edly|arly|ibly|ably|fully|lessly)))+\s*$/u;

/** An article, possessive or other determiner ending a text: the word after it is no verb. */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|an|its|their|his|her|our|these|those|such|new|further)\s+$/iu;

/**
 * "The ruling added to uncertainty", "adding to the pressure": "add" with "to" and a thing is no speech. Only
 * an audience or a reaction right after "to" follows a speaker's "added to": "added to reporters", "added to the
 * jury", "added to cheers from the crowd", "added to loud applause".
 */
const ADD_VERB = /^add(?:s|ed|ing)$/i;
const ADDED_TO_A_THING = /^\s+to\s+(?!(?:reporters|journalists|me|us|him|her|them|(?:(?:loud|warm|rapturous|scattered|nervous|polite|some|more)\s+)?(?:cheers|applause|laughter|laughs|jeers|boos|groans|murmurs)|(?:the|a)\s+(?:press|media|crowd|audience|committee|court|jury|house|hearing|chamber|meeting|conference|reporter|journalist|interviewer|questioner))\b)\p{Ll}/u;

/**
 * "have told “the whole truth”", "has never told ‘a lie’": "tell" takes its hearer first ("told reporters", "told
 * the BBC:"); with a quotation (masked or not) right after it and an auxiliary before it, the quotation is the
 * thing told, not speech (round 19; without the auxiliary, "told “Good Morning Britain” that", it is the hearer).
 */
const TELL_VERB = /^(?:told|tells)$/i;
/** An auxiliary right before "told": "have told “the whole truth”" (not "told “Good Morning Britain” that …", a programme as the hearer). */
const AUXILIARY_BEFORE = /\b(?:has|have|had|having|been|never)\s+$/i;
const TOLD_A_THING = new RegExp(String.raw`^(?:\s+[“"‘'„«${MASK}]|\s*$)`, 'u');

/** The verbs in a text, in order (of the types asked for). */
export function verbsIn(text: string, types: Verb['type'][] = ['report']): Verb[] {
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
      if (ADD_VERB.test(m[0]) && ADDED_TO_A_THING.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      if (TELL_VERB.test(m[0]) && TOLD_A_THING.test(text.slice((m.index ?? 0) + m[0].length)) && AUXILIARY_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
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
export function objectOfQuotingVerb(masked: string, sentenceStart: number, open: number): boolean {
  const before = masked.slice(sentenceStart, open);
  const last = verbsIn(before, ['report', 'quoting', 'participle']).at(-1);
  // Its object runs up to the quotation: a few words ("called the first count “rigged”"), no comma or
  // quotation between (in "the plan, which critics called “rushed”, was “the best we have”", the second
  // quotation is no longer the verb's).
  const between = last ? before.slice(last.end) : '';
  if (last?.type !== 'quoting' || /[,;:\u00A4]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > MAX_WORDS_QUOTING_OBJECT) return false;
  // Only a subject of common nouns ("supporters have called", "critics called") is someone else for sure; a
  // pronoun or a name there ("Smith said he believes “…”") may well be the sentence's speaker again.
  // (Adverbs between the subject and the verb are passed over: "She nevertheless called the closure …".)
  const subjectWord = /(?<![\p{L}'’-])([\p{L}'’-]+)\s+(?:(?:has|have|had|have\s+long)\s+)*$/u.exec(before.slice(0, last.index).replace(ADVERBS_BEFORE_VERB, ' '))?.[1] ?? '';
  return /^\p{Ll}/u.test(subjectWord) && !PRONOUNS.has(subjectWord);
}

/** A clause attributing speech: who, and the stretch of the paragraph it takes. */
export interface Clause {
  phrase: SpeakerPhrase;
  from: number;
  to: number;
  /** Introduces the quotation with a colon (`Novak told reporters: “…”`): nothing after the quotation outranks it. */
  colon?: boolean;
  /** A live blog's hand-over by what was said ("Here's what she had to say:", `WHAT_THEY_SAID`). */
  handOver?: boolean;
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
 * Rule "the speaker named in the sentence after" (cataphora, round 13): "“It was the hardest month of my
 * career.” That was the verdict of harbour master Jana Novak", "… That was Niamh Bradley's reaction", "… So
 * says Jana Novak", "… Those were the words of the minister".
 */
const NAMED_AFTER = /^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:verdict|view|reaction|response|message|assessment|warning|advice|words?|answer|conclusion|opinion|take|plea|promise|prediction)\s+(?:of|from)|So\s+(?:says|said))\s+([^.!?;\u00A4]+)/u;

/** "“…” That was Niamh Bradley's reaction." (group 2: the noun, so that group 1 is a name, not a phrase). */
const NAMED_AFTER_POSSESSIVE = /^\s*(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?(verdict|view|reaction|response|message|assessment|warning|advice|words?|answer|conclusion|opinion|take|plea|promise|prediction)\b/u;

/**
 * "“…” That's what Shadow Health Minister Karen Ollerton said on Any Questions" (a fact-check's opening, round 26;
 * group 1: who, before the verb).
 */
const NAMED_BEFORE_VERB = /^\s*(?:That|This)(?:['’]s|\s+is|\s+was)\s+what\s+([^.!?;,\u00A4]+?)\s+(?:said|says|told|tells|wrote|writes|claimed|claims|posted|argued|argues)\b/u;

/** The speaker a text opening with "That was the verdict of X", "That was X's reaction" or "That's what X said" names (see `NAMED_AFTER`). */
export function speakerNamedAt(text: string): SpeakerPhrase | undefined {
  const said = NAMED_BEFORE_VERB.exec(text);
  if (said) return lastName(said[1] as string);
  const m = NAMED_AFTER.exec(text) ?? NAMED_AFTER_POSSESSIVE.exec(text);
  return m ? (m[2] === undefined ? subjectAfter(m[1] as string) : lastName(m[1] as string)) : undefined;
}

/** The speaker a sentence right after a quotation that ends its own names (see `NAMED_AFTER`). */
function speakerNamedAfter(masked: string, q: Quotation, to: number): Clause | undefined {
  const rest = masked.slice(q.close, to);
  const phrase = speakerNamedAt(rest);
  return phrase ? { phrase, from: q.close, to } : undefined;
}

/**
 * The attribution right after a quotation: `, Novak said`, `, said Jana Novak`, `, it said in a statement`;
 * or, with no verb, a name standing alone after a quotation that ends with a comma (`“…,” Anthony
 * O'Reilly, Heinz's chairman.`).
 */
export function clauseAfter(text: string, masked: string, q: Quotation, to: number, knownPerson: (core: string) => boolean): Clause | undefined {
  if (endsSentence(text, q)) return speakerNamedAfter(masked, q, to);
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
    const textBefore = text.slice(Math.max(0, q.open - 16), q.open);
    const opensItsSentence = /[.!?]["\u201D\u2019]?\s*$/.test(textBefore) || (q.open <= 16 && /^\s*$/.test(textBefore));
    const speech = /,\s*$/.test(text.slice(q.start, q.end)) && wordsIn(text.slice(q.start, q.end)) >= MIN_SPEECH_WORDS;
    const name = opensItsSentence && speech ? nameOnly(clause.split(',')[0] ?? '') : undefined;
    if (name) return { phrase: name, ...span };
    // A pull quote's or a round-up's credit line: `“This is a good day for riders.” — Mayor Karen Liu` (or
    // `— Tom Becker, owner of Becker Hardware`): a dash, then a full or titled name ending the line.
    // (On the quotation's line, or the next: "- “…”\n  — Edgars Lapins, chairman of the Social Democrats".)
    const credited = creditedName(rest.trimStart().split('\n')[0] ?? '');
    if (credited) return { phrase: credited, ...span };
    // `“…,” Kováč posted alongside the picture.`, `“…,” Lopes notes.`: "posted", "notes", "claims" are no
    // reporting verbs anywhere ("the company posted a profit", "the notes"), but right after a quotation and a
    // name or pronoun they say who spoke or wrote it.
    const poster = SPEAKER_THEN_VERB_AFTER_QUOTATION.exec(clause)?.[1] ?? SPEAKER_THEN_COURT_VERB.exec(clause)?.[1];
    // ("“…,” the judge ruled.", "“…,” Ms Mwangi submitted.": a court report's verbs ending the attribution, round 24.)
    const phrase = poster && /,\s*$/.test(text.slice(q.start, q.end)) ? (pronoun(poster) ?? nameOnly(poster) ?? (/^the\s/.test(poster) ? subjectBefore(poster) : lastName(poster))) : undefined;
    return phrase ? { phrase, ...span } : undefined;
  }
  if (verb.type === 'participle') {
    // `“…,” Tehran Radio quoted him as saying.`
    // (A press review's present tense too: "It quotes First Minister Fiona Baird as saying …".)
    const phrase = /\bquote[ds]?\b/i.test(clause.slice(0, verb.index)) || recordedAs(clause.slice(0, verb.index)) ? subjectOfVerb(clause, verb, verbs) : undefined;
    return phrase ? { phrase, ...span } : undefined;
  }
  const before = clause.slice(0, verb.index);
  // `“fairly priced” against most currencies and added “…”`: the verb goes on from the sentence's subject.
  if (COORDINATED.test(before)) return undefined;
  // (`'systemic' and that the company had been warned about the risk`: a reporting verb in the passive has its
  // hearer for a subject, no speaker.)
  if (verb.type === 'report' && PASSIVE_BEFORE.test(before)) return undefined;
  if (wordsIn(before) > MAX_WORDS_SUBJECT_TO_VERB) {
    // `“…,” James Kinnear, Texaco's president and chief executive officer, told reporters`; `“…,” Sergeyev,
    // who works at …, said`; `“…,” panel member Paul Bergstresser of the University of Texas told`.
    const fullPerson = (p: SpeakerPhrase | undefined) => p?.form === 'name' && p.kind === 'person' && (p.core.includes(' ') || p.text !== p.core || knownPerson(p.core));
    const appositive = /^([^,]+),\s*(who\b)?[^\u00A4]*$/.exec(before);
    const first = appositive ? subjectBefore(appositive[1] as string) : undefined;
    // The name must end the first part ("Ways and Means chairman Dan Rostenkowski, an Illinois Democrat,"; not
    // "Sand hopes to break even this year, Shattner said").
    const endsWithName = !!first && (appositive?.[1] ?? '').trimEnd().endsWith(first.text.split(' ').pop() as string);
    // (A first name alone, then "who …" or a person described, round 27: `‘…,’ Marcus, a father of three placed in a
    // B&B in Luton, told us`, as a credit line's "Kirsty, a mother from Thurso" is read.)
    const describedAfter = !!appositive && describesPerson(before.slice((appositive[1] as string).length + 1));
    const name = appositive ? (nameOnly(appositive[1] as string) ?? (fullPerson(first) && endsWithName ? first : undefined) ?? (appositive[2] || describedAfter ? loneName(appositive[1] as string) : undefined)) : undefined;
    if (name) return { phrase: name, ...span };
    // `“…,” the party's deputy leader, Colin Marsh, tells the paper`: a role described, then the name set off
    // by commas (however many words the role takes).
    const roleThenName = /^([^,]+),\s*([^,]+),\s*$/.exec(before);
    const nameAfterRole = roleThenName && subjectBefore(roleThenName[1] as string)?.form === 'description' ? nameOnly(roleThenName[2] as string) : undefined;
    if (nameAfterRole && fullPerson(nameAfterRole)) return { phrase: nameAfterRole, ...span };
    // Else the words after the last comma: `“…” while sales dipped, senior vice president Ian Diery said`;
    // `“…,” a spokesman for one of the major Dutch roasters said`. Only a person, named or described.
    const afterComma = before.slice(before.lastIndexOf(',') + 1);
    // (A name counts as one word: "the secretary general of the Organisation for Economic Cooperation and Development Jean-Claude Paye".)
    const subject = wordsIn(afterComma.replace(CAPITALISED_RUN, 'X')) <= 2 * MAX_WORDS_SUBJECT_TO_VERB ? subjectBefore(afterComma) : undefined;
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

/** "in her words," or "in Horakova's own words," right before a quotation: whose words they are. */
// (No case-blind flag: under it \p{Lu} would match any letter, and "in the professor's words" would name someone.)
const IN_WORDS = /\b[Ii]n\s+(his|her|their|its|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['\u2019]s?)\s+(?:own\s+)?words\s*,?\s*$/u;
/** A subject, then an aside set off by commas that opens with "a … of which" or "which" (group 1: the subject). */
const ASIDE_BEFORE_VERB = /^\s*([^,]+),\s*(?:which|(?:a|an|one|some|parts?)\s+(?:[\p{L}-]+\s+){0,2}?of\s+which)\b[^,]*,\s*$/u;

/**
 * "records X as saying", "cited X as saying" (group 1: X), as "quoted X as saying" is read: "The notes of that meeting
 * record Mr Haigh as saying: “…”", a tribunal's reading of minutes (round 28). "As" is needed: "the notes record Mr Haigh
 * telling her" is no quoting.
 */
// ("The daily al-Riyadh reported Prince Sultan ibn Abdulaziz as saying: “…”", a wire story's paper quoting someone, round
// 45.)
const RECORDED_AS = /\b(?:records?|recorded|cites?|cited|reports?|reported)\s+(.+?)\s+as\s*$/i;

/**
 * `RECORDED_AS`'s match when what is recorded is a name ("record Mr Haigh as saying"), not a pronoun or a description:
 * "record her as saying", "record the claimant as saying" are left to the rules that read those (a tribunal's "the
 * claimant" and "her" were given the wrong person when read so, round 28).
 */
function recordedAs(text: string): RegExpExecArray | null {
  const m = RECORDED_AS.exec(text);
  return m && /^\p{Lu}/u.test(m[1] as string) && !/^(?:He|She|They|It|The|A|An|This|That)\b/.test(m[1] as string) ? m : null;
}

/** The subject a pronoun stands for after "quoted … as saying". */
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Words before a verb that make it passive ("was described as", "so-called"): its subject did not speak. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|so)[\s-]*$/i;
/** Words right after a verb that make it passive ("the plan, described as “…”", "labelled by critics"). */
const PASSIVE_AFTER = /^\s*(?:as|by)\b/i;
/**
 * A clause in the passive voice: "was suspended", "were widely criticised", "has been sacked", "was taken", "was led",
 * "was forbidden"; not "was keen", "was often" (the reviews of round 44).
 */
const PASSIVE_CLAUSE = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+en(?<!\b(?:keen|often|even|open|golden|wooden|sudden|green|between|then|when|seven|eleven|heaven|happen|listen|garden|kitchen|children|women|men|ten|citizen|queen|screen|teen))|taken|given|seen|written|held|told|sent|caught|brought|left|kept|found|made|hit|hurt|paid|sold|struck|led|fed)\b/u;
/**
 * A finding that sanctioned a passive sentence's subject: "was suspended after an investigation", "was censured
 * following a disciplinary hearing"; not one that cleared, reinstated or elected them, who may well brand the process
 * themselves ("was cleared after an investigation, branding the process “a witch-hunt”", the review of round 46).
 */
const SANCTIONED_AFTER_A_FINDING = /\b(?:suspended|sacked|dismissed|expelled|banned|barred|censured|disciplined|fined|reprimanded|rebuked|sanctioned|struck\s+off|stripped|kicked\s+out|thrown\s+out|withdrawn|removed|deselected|criticised|criticized|condemned|found\s+guilty)\b.*\b(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:investigation|inquiry|enquiry|complaint|review|hearing|probe|inspection|audit|ruling|verdict|vote)s?\b/u;

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
    const wasQuoted = /^(.*?)\s*\b(?:was|were|is|are|has been|have been|had been)\s+(?:\S+\s+){0,3}?(?:quoted|recorded|cited)\b/i.exec(own);
    if (wasQuoted) return subjectBefore(wasQuoted[1] as string);
    // ("Tehran Radio quoted X telling a delegation, “…”": the participle may follow X without "as".)
    const quotedAs = /\bquote[ds]?\s+(.+?)(?:\s+as)?\s*$/i.exec(subjectText) ?? recordedAs(subjectText);
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
    // (Not a passive sentence's subject, who did nothing: "Councillor Ray Holt was suspended … after a complaint from a
    // colleague, accusing him of “…”", the review of round 43's rules.)
    // (The main clause's only: not a relative clause about its subject, "Maria Vance, who was widely criticised for …,
    // returned to parliament, accusing …", the review of round 44.)
    // (Only where someone else acts, an agent, "by his party", "after a complaint from a colleague", or the participle's object
    // the subject, "accusing him of": "Mayor Tom Reed was unimpressed, accusing the council of …" and "Sam Okoro was pictured
    // outside the depot, accusing …" are theirs, the review of round 44's rules.)
    // (Or after a body's finding against them, "was suspended on Friday after an investigation, branding his conduct “…”",
    // the review of round 45's rules.)
    const someoneElseActs = /^\s+(?:him|her|them)\b/u.test(clause.slice(verb.end)) || /\b(?:by|from)\s+(?:a|an|the|his|her|their|its|\p{Lu})/u.test(own) || SANCTIONED_AFTER_A_FINDING.test(own);
    if (!finite && CHARACTERISING_PARTICIPLE.test(verb.word.toLowerCase()) && someoneElseActs && PASSIVE_CLAUSE.test(own.replace(/,\s+(?:who|which)\b[^,]*,/gu, ','))) return undefined;
    return finite ? subjectOfVerb(clause, finite, verbs) : sentenceSubject(own);
  }
  // "The Commission's annual enlargement package, a draft of which was first reported by Capital Europe
  // last week, calls …": the subject is the words before an aside set off by commas, not a name inside it.
  // ("The 4-1 decision, written by Justice Maria Delgado-Serna, said": the person a document's aside says wrote it;
  // not "signed by": a law or a petition is not its signatory's words.)
  const writer = WRITTEN_BY.exec(own)?.[1];
  const author = writer ? nameOnly(writer) : undefined;
  if (author?.kind === 'person') return author;
  const ownClause = relativeClauseSubject(own);
  if (ownClause) return ownClause.phrase;
  const aside = ASIDE_BEFORE_VERB.exec(own);
  const asideSubject = aside ? subjectBefore(aside[1] as string) : undefined;
  if (asideSubject && !(verb.type === 'quoting' && PASSIVE_AFTER.test(clause.slice(verb.end)))) return asideSubject;
  if (verb.type === 'quoting') {
    if (wordsIn(own) === 0 || PASSIVE_BEFORE.test(own) || PASSIVE_AFTER.test(clause.slice(verb.end))) return undefined;
    const reporter = reporterOfPronoun(own);
    if (reporter) return reporter;
    // ("She nevertheless called the closure “…”": adverbs between the subject and its verb.)
    const subject = own.replace(ADVERBS_BEFORE_VERB, ' ');
    // "Braks told journalists he had rounded on Kiechle and accused Bonn of “…”": the subject is the
    // sentence's, not the name before "and".
    return COORDINATED.test(subject) ? (subjectAtStart(subject) ?? subjectOfFirstPredicate(subject) ?? subjectBefore(subject)) : subjectBefore(subject);
  }
  // "Haggard said he does not know what chances the ASA-backed proposals have but said, “…”": a verb
  // coordinated after a clause of its own goes on from the sentence's subject, not the words before it.
  if (COORDINATED.test(own) && wordsIn(own) > MAX_WORDS_SUBJECT_TO_VERB) {
    const opening = subjectAtStart(own) ?? subjectOfFirstPredicate(own);
    if (opening) return opening;
  }
  const reporter = reporterOfPronoun(own);
  if (reporter) return reporter;
  // "In a filing with the SEC, the group disclosed … and said it “…”": the sentence's subject, past its opening phrase
  // ("Last week the Minister for Health, Declan Furlong, stood up in the Dáil and told TDs that …": past an
  // opening phrase and an office set before the name).
  return subjectBefore(own) ?? (wordsIn(subjectText) === 0 ? subjectAfter(clause.slice(verb.end)) : COORDINATED.test(subjectText) ? (subjectAtStart(subjectText) ?? subjectPastOpening(subjectText) ?? sentenceSubject(subjectText)) : undefined);
}

/**
 * The person a pronoun subject reports for when a name's reporting verb introduces its clause: in "He said
 * he was pleased that chairman A. William Reynolds stated at the meeting that he found …", the "he" who
 * found is Reynolds, the one whose statement the clause is, not the sentence's first "he"; in "Luc Bernier
 * said he told his players “…”", Bernier.
 */
function reporterOfPronoun(own: string): SpeakerPhrase | undefined {
  // (The last name before such a verb: the sentence's own "He said he … that" is no name.)
  // ("Halifax manager Luc Bernier said he told his players to stop “…”": "that" may be left out right after the
  // verb. "Lim Siew Ling wrote in a Facebook post on Nov 5 that she had asked": words between the verb and "that".)
  const names = [...own.matchAll(/((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*)\s+(\p{Ll}+)\s+/gu)].reverse();
  for (const m of names) {
    const rest = own.slice((m.index ?? 0) + m[0].length);
    if (!isReportingVerb(m[2] as string) || !PRONOUN_AFTER_VERB.test(rest)) continue;
    // (The verb's subject, when it is a person's name: "Analyst Thomas McCrann of Merrill Lynch said he …".)
    const subject = subjectBefore(own.slice(0, (m.index ?? 0) + (m[1] as string).length));
    const name = subject?.form === 'name' && subject.kind === 'person' ? subject : lastName(m[1] as string);
    return name?.kind === 'person' ? name : undefined;
  }
  return undefined;
}
/** What may stand between a reporting verb and the "he" or "she" its clause opens with: "… that", "had", an adverb. */
const PRONOUN_AFTER_VERB = /^(?:(?:[^,;:\u00A4]*?\s)?that\s+)?(?:he|she)\s+(?:(?:had|has|have|would|will|was|is)\s+)?(?:\p{Ll}+ly\s+|also\s+|still\s+)?$/u;

/**
 * The attribution right before a quotation: `Novak told the BBC:`, `The document said`, `according to X,`,
 * `Platt called the vote`, `…, saying`; with no verb, a colon after a sentence opening with a person
 * (`The spokesman, Daniel Sulc, had a short answer:`).
 */
export function clauseBefore(masked: string, from: number, to: number): Clause | undefined {
  const text = masked.slice(from, to);
  const sentenceStart = Math.max(0, ...[...text.matchAll(SENTENCE_BREAK)].map((m) => (m.index ?? 0) + m[0].length));
  const clause = text.slice(sentenceStart);
  const colon = /:\s*$/.test(clause);
  const presented = colon ? presentedSpeaker(clause, READ_OUT) : undefined;
  if (presented) return { phrase: presented, from: from + sentenceStart, to, colon };
  // "Said one trader:", "Commented another diplomat:": the verb first, then who spoke.
  // ("Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, “…”": the name, then its appositive.)
  const inverted = /^\s*(\p{Lu}\p{Ll}+)\s+([^:\u00A4]+?)[,:]?\s*$/u.exec(clause);
  const invertedWords = wordsIn(((inverted?.[2] as string | undefined) ?? '').split(',')[0] as string);
  // ("Asked whether the plan would survive, Novak said:": a verb later in the clause makes the first word an
  // opening participle, not an inverted attribution.)
  if (inverted && isReportingVerb(inverted[1] as string) && verbsIn(inverted[2] as string).length === 0 && invertedWords <= MAX_WORDS_SUBJECT_TO_VERB && wordsIn(inverted[2] as string) <= MAX_WORDS_VERB_TO_QUOTE_LONG && !PREPOSITIONS.has((inverted[2] as string).split(/\s/)[0] as string)) {
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
  // ("Lyng called U.S. and European Community export subsidies “…”": an object opening with a name and ending in a
  // common noun is a thing characterised, not a name given.)
  // (Not "the consortium called SEMATECH, for “semiconductor manufacturing technology”": a name, then what it stands for.)
  const lastOfObject = /\s(\p{Ll}[\p{Ll}-]*)\s*$/u.exec(between)?.[1];
  const objectEndsInNoun = !!lastOfObject && !PREPOSITIONS.has(lastOfObject) && !/[,;:]/.test(between);
  const namedObject = !!verb && verb.type === 'quoting' && NAMING_VERB.test(verb.word) && (/^\s+\p{Ll}/u.test(between) || objectEndsInNoun) && !/[;:]/.test(between);
  const longTie = !!verb && wordsIn(between) <= MAX_WORDS_VERB_TO_QUOTE_LONG && (verb.type === 'report' ? /^\s+(?:\S+\s+){0,12}?that\b/.test(between) : verb.type === 'quoting' && (/\bas\s*$/.test(between) || namedObject));
  // ("Miners have warned that …, as Treasurer Helen Marchetti defended the change as a “fair return”": the one
  // who characterised it, after any other verb of the sentence.)
  const characterised = characterisedAs(clause);
  if (characterised && (!verb || verb.index < (characterised.index ?? 0))) {
    const index = characterised.index ?? 0;
    const phrase = subjectOfVerb(clause, { index, end: index + (characterised[1] as string).length, type: 'quoting', word: characterised[1] as string }, verbs);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  if (verb && (wordsIn(between) <= MAX_WORDS_VERB_TO_QUOTE || longTie)) {
    // "a scheme called “Smart Port”", "the consortium called SEMATECH, for “…”": a name, not speech.
    const after = clause.slice(verb.end);
    const naming = NAMING_VERB.test(verb.word) && (wordsIn(after) === 0 || (/^\s*\p{Lu}/u.test(after) && !opensSentence(/^\s*(\S+)/.exec(after)?.[1] ?? '') && !objectEndsInNoun));
    const phrase = naming ? undefined : subjectOfVerb(clause, verb, verbs);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  if (according) {
    const phrase = subjectAfter(according[1] as string) ?? objectPronoun(according[1] as string);
    if (phrase) return { phrase, from: from + sentenceStart, to, colon };
  }
  // "scientists who, in her words, “hide behind the error bars”"; "is, in Horakova's words, “held together…”".
  const inWords = IN_WORDS.exec(clause);
  if (inWords) {
    const whose = inWords[1] as string;
    const phrase = ownerOfPossessive(whose) ?? lastName(whose.replace(/['\u2019]s?$/, ''));
    if (phrase) return { phrase, from: from + sentenceStart + (inWords.index ?? 0), to, colon };
  }
  if (colon && verbs.length === 0) {
    const introduced = colonAfterSubject(clause, { start: 0, end: clause.length });
    if (introduced) return { ...introduced, from: from + sentenceStart, to };
  }
  // (Not as a colon's: words after the quotation naming its speaker outrank the view's holder, "For Ukraine, the
  // stakes could not be higher: “…,” said Rustem Umerov".)
  const holder = verbs.length === 0 ? viewHolder(clause) : undefined;
  if (holder) return { phrase: holder, from: from + sentenceStart, to, colon: false };
  return undefined;
}

/**
 * Rule "whose view a sentence opening "For X," gives" (round 20): a press review's and translated copy's way of
 * quoting ("For Le Monde, the vote is a defeat of France's own making: “…”", "For Julie Ouimet, spokesperson for
 * FALE, the bylaw is « a first step »"). Only in a sentence with no verb of speech, before its quotation, and only
 * for a person's full name or a paper's: "For Ukraine, …", "For Liverpool, the defeat was “a wake-up call”" hold a
 * view nobody voiced (the review of round 20). (Group 1: who holds the view, up to the comma.)
 */
const FOR_WHOM = /^\s*For\s+([^,;\u00A4]{2,60}?),/u;

/** Who a sentence opening "For X," says holds the view it quotes (see `FOR_WHOM`), when X is a person's full name or a paper's. */
function viewHolder(clause: string): SpeakerPhrase | undefined {
  const m = FOR_WHOM.exec(clause);
  // ("For Donald Trump, the tariffs are a tool; to Goldman Sachs economists they are “a tax”": another holder
  // after a semicolon.)
  if (!m || clause.includes(';')) return undefined;
  const phrase = subjectAfter(m[1] as string);
  const person = phrase?.form === 'name' && phrase.kind === 'person' && phrase.core.includes(' ') && phrase.text === phrase.core;
  const paper = phrase?.form === 'name' && phrase.kind === 'thing' && isPublicationTitle(phrase.core, () => /^the\s/i.test(m[1] as string));
  return person || paper ? phrase : undefined;
}

/** What a live blog or a meeting's chair presents as someone's words: "an email from", "a question from". */
const PRESENTED_WORDS = 'e-?mail|message|text|tweet|post|note|word|letter|comment|reaction|statement|question';

/**
 * Rule "a live blog hands over" (round 14): "Here's the women's winner, Tsehay Bekele-Worku, speaking through
 * a translator:", "Over to Jana Novak:", "An email from Gareth in Swansea:", "A statement from the Home
 * Office:". The one named is who speaks after the colon. (Group 1: the phrase naming them, past an entry's
 * time stamp.)
 */
const PRESENTING = new RegExp(String.raw`^\s*(?:${ENTRY_TIME})?(?:[Hh]ere(?:['’]s|\s+is|\s+are)|[Oo]ver\s+to|(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:${PRESENTED_WORDS})\s+from)\s+([^:\u00A4]+?)\s*:\s*$`, 'u');
/**
 * A question read out at a public meeting, "This one is from Ann in Milbury:", "The next question comes from Tom Reed:"
 * (round 47): the one named asks the quotation after it in the same sentence; not a minutes' "The first question was from
 * Mr Paul Grange:" over the record's account of it (the review of round 47's rules). (Group 1: who.)
 */
const READ_OUT = new RegExp(String.raw`^\s*(?:[Tt]his|[Tt]hat|[Tt]he|[Oo]ur)\s+(?:(?:first|next|last|final|second|third)\s+)?(?:one|${PRESENTED_WORDS})\s+(?:is|comes|came|was)\s+from\s+([^:\u00A4]+?)\s*:\s*$`, 'u');
/** Words after the one presented that say how they speak ("speaking through a translator", "writing from Kyiv"). */
const HOW_THEY_SPEAK = /,?\s+(?:speaking|writing|talking|reacting|live|again|now|just\s+now)\b.*$/u;

/**
 * A live blog's hand-over by what someone said: "Here's what she had to say:", "Here is what Dunstan told reporters:", "This
 * is how the prime minister put it:" (group 1: who said it).
 */
const WHAT_THEY_SAID = new RegExp(String.raw`^\s*(?:${ENTRY_TIME})?(?:[Hh]ere(?:['’]s|\s+is)|[Tt]his\s+is|[Tt]hat['’]s|[Tt]hat\s+is)\s+(?:what|how)\s+([^:\u00A4]{1,60}?)\s+(?:had\s+to\s+say|has\s+to\s+say|said|says|told\s+[^:\u00A4]{1,60}|put\s+it|wrote|tweeted|posted|replied|responded)\s*:\s*$`, 'u');

/** Who a live blog's hand-over sentence presents (see `PRESENTING`), when it names someone. */
function presentedSpeaker(sentence: string, readOut?: RegExp): SpeakerPhrase | undefined {
  const m = PRESENTING.exec(sentence) ?? readOut?.exec(sentence);
  if (!m) return undefined;
  const whom = (m[1] as string).replace(HOW_THEY_SPEAK, '').replace(WHERE_THEY_ARE, '').trim();
  // "the women's winner, Tsehay Bekele-Worku": the name set off after the role.
  const segments = whom.split(',').map((s) => s.trim()).filter(Boolean);
  for (const segment of segments.reverse()) {
    // (After "the", only an organisation's name: "the Home Office", not "the view".)
    const last = lastName(segment);
    const named = nameOnly(segment) ?? (/^(?:the|The)\s/.test(segment) && last?.kind !== 'thing' ? undefined : last) ?? loneName(segment);
    if (named) return named;
  }
  return undefined;
}

/**
 * "Devon and Cornwall Police have posted on X:", "Novak posted on Facebook:", "Solheim has spoken to NRK in
 * the finish area:": a sentence introducing a post or an interview with a colon ("posted", "spoke" are no
 * reporting verbs elsewhere: "the company posted a profit", "she spoke at the conference").
 */
function posterBefore(sentence: string): SpeakerPhrase | undefined {
  const m = /^\s*(.+?)\s+(?:has\s+|have\s+|had\s+)?(?:posted|spoken|spoke|talked|e-?mailed|texted|messaged)\b[^:\u00A4]*:\s*$/u.exec(sentence.replace(LEADING_ENTRY_TIME, ''));
  return m ? subjectBefore(m[1] as string) : undefined;
}

/**
 * The person a sentence ending with a colon is about, by its shape (see `leadsSentence`): "Her colleague Anna
 * Dahl was less sure:", "Liu, speaking later, was blunt:". A surname alone counts here: the resolver gives
 * it the full name the story printed before.
 */
function leadingPerson(clause: string): SpeakerPhrase | undefined {
  const first = mentionsIn(clause).find((m) => m.phrase.kind === 'person');
  return first?.phrase.form === 'name' && leadsSentence(clause, { start: 0, end: clause.length }, first.index, first.end) ? first.phrase : undefined;
}

/**
 * A sentence ending with a colon that names no verb of speech, about a person ("She ended with this line:",
 * "His verdict:", "Her colleague Anna Dahl was less sure:") or posting ("Novak posted on X:"): who introduces
 * what follows, the quotation after the colon or the paragraph after it.
 */
export function colonAfterSubject(masked: string, sentence: { start: number; end: number }): Clause | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  if (!/:\s*$/.test(text)) return undefined;
  const presented = presentedSpeaker(text);
  if (presented) return { phrase: presented, from: sentence.start, to: sentence.end, colon: true };
  // ("Here's what she had to say:", "This is how the prime minister put it:": a live blog's hand-over by what was said,
  // round 57.)
  // (A name or a pronoun only: not "the other driver", whom the reading would tie to a driver named before, the review of
  // round 57.)
  const what = WHAT_THEY_SAID.exec(text)?.[1];
  const sayer = what ? subjectBefore(what) : undefined;
  if (sayer && sayer.form !== 'description') return { phrase: sayer, from: sentence.start, to: sentence.end, colon: true, handOver: true };
  if (verbsIn(text, ['report', 'quoting', 'participle']).length > 0) return undefined;
  // (Not a release's list heading alone, "Quick Facts:", "Key Points:", round 60: a section's, no one's.)
  if (LIST_HEADING.test(text.replace(/\s*:\s*$/u, '').trim())) return undefined;
  const phrase = leadingSubject(text) ?? posterBefore(text) ?? leadingPerson(text) ?? publicationBefore(text) ?? viewHolder(text);
  return phrase ? { phrase, from: sentence.start, to: sentence.end, colon: true } : undefined;
}

/** A release's or a report's list heading, the whole of it: "Quick Facts", "Key Points", "Key Dates", "Next Steps", "Learn More", "Key Facts for Parents"; not "Councillor Jasper More" (the second review of round 60). */
const LIST_HEADING = /^(?:Key|Quick|Fast|Top|Main|Important|Useful|Next|Learn|Read|Find\s+Out)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Facts|Points|Figures|Takeaways|Highlights|Numbers|Stats|Statistics|Links|Resources|Dates|Changes|Milestones|Details|Steps|More)(?:\s+for\s+\p{Lu}\p{Ll}+)?$/u;

/**
 * A press review's paper as the subject of a sentence ending in a colon (round 19): "The Frankfurter Allgemeine
 * Zeitung is relieved: “…”", "The Washington Post is unimpressed: “…”" (see `isPublicationTitle`; not "The Berlin
 * Tagesspiegel", whose name ends in no title's ending the list knows).
 */
function publicationBefore(sentence: string): SpeakerPhrase | undefined {
  const subject = subjectAtStart(sentence);
  return subject?.kind === 'thing' && subject.form === 'name' && isPublicationTitle(subject.core, () => /^\s*The\s/.test(sentence)) ? subject : undefined;
}

/** A participle's aside naming who wrote a document, ending the words before the verb: ", written by Justice Maria Delgado-Serna," (group 1: the writer). */
const WRITTEN_BY = /,\s+(?:written|drafted|authored|co-written|penned)\s+by\s+([^,\u00A4]+?),\s*$/u;

/** A connective word opening a sentence before its subject: "Meanwhile,", "However,", "Separately,". */
const OPENING_CONNECTIVE = /^\s*(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|Also|Still|Instead|Nonetheless|Nevertheless|Moreover|Furthermore|Additionally|Similarly|Likewise|Previously|Afterwards|Today|Yesterday)\s*$/u;

/** An aside opening with a participle after a subject, up to the verb: ", released officially to Reuters," (a reduced relative clause). */
const PARTICIPLE_ASIDE = /^,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|seen|sent|written|drawn|given|made|taken|held|signed)\b[^,\u00A4]*,\s*$/u;

/** A day's or a month's name: capitalised, yet no part of a name before "and" ("on Wednesday and Citicorp said"). */
const DAY_OR_MONTH = new RegExp(`^(?:${WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December)[.,]?$`);

/** A relative pronoun after a preposition, opening a clause with its own subject: "in which", "to whom", "at which". */
const RELATIVE_WITH_OWN_SUBJECT = /\b(?:in|of|to|for|with|by|from|at|on|during|under)\s+(?:which|whom)\s+(?=\S)/giu;

/**
 * The subject of a relative clause after a preposition that ends the words before a verb, and where it begins: "an
 * internal email in which a senior executive officer" is the officer's (`RELATIVE_WITH_OWN_SUBJECT`).
 */
function relativeClauseSubject(beforeVerb: string): { phrase: SpeakerPhrase; at: number } | undefined {
  const last = [...beforeVerb.matchAll(RELATIVE_WITH_OWN_SUBJECT)].pop();
  if (!last) return undefined;
  const at = (last.index ?? 0) + last[0].length;
  // (The verb's own clause, no aside closed before it: not "Cassoni, speaking at a news conference at which ATT unveiled
  // its …, said", guide 104, round 49.)
  const clause = beforeVerb.slice(at);
  if (/[,;\u00A4]/u.test(clause) || wordsIn(clause) > MAX_WORDS_SUBJECT_TO_VERB) return undefined;
  const phrase = subjectBefore(clause);
  // (A person or a name: a description of a thing, "a debate in which the opposition accused …", is left to the rules
  // before, guide 49, round 49.)
  // (And no verb of the relative clause's own after its subject: "The report to which Dr Amara Osei contributed evidence
  // concluded:", "A study on which Professor James Walker worked in 2019 warned:" are the report's and the study's, the
  // review of round 49.)
  const printedAt = phrase ? clause.lastIndexOf(phrase.text) : -1;
  const after = printedAt >= 0 && phrase ? clause.slice(printedAt + phrase.text.length) : '';
  // (A verb in the past right after the subject, then its object; unless the reporting verb goes on from it after "and":
  // "at which the mayor objected and said".)
  const ownVerb = /^\s+\p{Ll}{2,}ed\s+\p{L}/u.test(after) && !/(?<![\p{L}])(?:and|but|then)\s*$/u.test(after);
  return phrase && !ownVerb && (phrase.kind === 'person' || phrase.form !== 'description') ? { phrase, at } : undefined;
}

/** The attribution anywhere else in the quotation's sentence, outside quotation marks. */
export function clauseInSentence(masked: string, sentence: { start: number; end: number }, types: Verb['type'][] = ['report']): Clause | undefined {
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
      // Only "…, saying …" with the sentence's own subject or verb before it; or right after a quotation of the
      // sentence's ("He rejected a “quick fix solution,” adding, “…”": the one who rejected it adds).
      const sinceQuotation = before.slice(before.lastIndexOf(MASK) + 1);
      phrase = before.lastIndexOf(MASK) < 0 || !/[\p{L}\p{N}]/u.test(sinceQuotation) ? subjectOfVerb(text, v, verbs) : undefined;
      if (phrase) return { phrase, from: sentence.start, to: sentence.start + v.end };
      continue;
    }
    const subjectText = before.slice(start);
    if (SELF_REFERENCE.test(subjectText)) continue;
    // ("My Office obtained an internal email in which a senior executive officer wrote: “…”": a relative clause after a
    // preposition has its own subject, the officer, not the sentence's, round 49.)
    const ownClause = relativeClauseSubject(subjectText);
    if (ownClause) return { phrase: ownClause.phrase, from: sentence.start + start + ownClause.at, to: sentence.start + v.end };
    // ("Judge Thornton accepted Mulholland was remorseful but said …": a verb right after "but" or "and" goes on
    // from the sentence's opening subject, not the name nearest before it.)
    phrase = wordsIn(subjectText) > 0 ? (COORDINATED.test(before) ? (subjectAtStart(subjectText) ?? subjectOfFirstPredicate(subjectText) ?? subjectBefore(subjectText)) : subjectBefore(subjectText)) : subjectAfter(text.slice(v.end));
    // A subject of a few words, or a name with its appositive ("Kenneth Blaylock, President of …, said").
    const appositive = /^\s*([^,]+),[^,]*(?:,[^,]*)*,\s*$/.exec(subjectText);
    // ("The OECD, in its semi-annual review of the world economy, said": an organisation, then where it said it.)
    const inDocumentAside = appositive && documentsSpokenIn(subjectText.slice((appositive[1] as string).length)).length > 0 ? lastName(appositive[1] as string) : undefined;
    // ("A spokeswoman for the Brussels police zone, Sofie Peeters, said": a description, then the person's
    // full name set off by commas right before the verb.)
    const nameLast = /,\s*([^,]+),\s*$/.exec(subjectText);
    const appositiveName = nameLast ? nameOnly(nameLast[1] as string) : undefined;
    // ("Zoran Popov, senior research fellow at The Belgrade Institute for Industrial Economy said": wire copy
    // may leave out the comma closing the appositive; a person's full name, then a role in lower case.)
    // (Not "Without INRA, he added": an opening phrase, then the subject.)
    const unclosed = appositive ? null : /^\s*([^,]+),\s+(?:(?:a|an|the)\s+)?(\p{Ll}+)[^,\u00A4]*$/u.exec(subjectText);
    const unclosedName = unclosed && !PRONOUNS.has(unclosed[2] as string) && !isOpeningPhrase(unclosed[1] as string) && !PREPOSITIONS.has((unclosed[1] as string).trim().split(/\s/)[0]?.toLowerCase() ?? '') ? nameOnly(unclosed[1] as string) : undefined;
    const named = appositive ? (nameOnly(appositive[1] as string) ?? (inDocumentAside?.form === 'name' && inDocumentAside.kind === 'thing' ? inDocumentAside : undefined) ?? (appositiveName?.core.includes(' ') ? appositiveName : undefined)) : unclosedName?.kind === 'person' && unclosedName.core.includes(' ') ? unclosedName : undefined;
    if (named) phrase = named;
    // ("However, David Owen, U.K. Economist at Kleinwort Grieveson Securities, said": the same past an opening word.)
    const opening = named ? null : /^\s*([^,]+),/.exec(subjectText);
    // (One name and one aside: not the first of a list, "Meanwhile, John Smith, Jane Doe and Bob Lee, the partners, said".)
    const pastOpening = opening && isOpeningPhrase(opening[1] as string) ? /^\s*([^,]+),[^,]*,\s*$/.exec(subjectText.slice(opening[0].length)) : null;
    const namedPastOpening = pastOpening ? nameOnly(pastOpening[1] as string) : undefined;
    if (namedPastOpening) phrase = namedPastOpening;
    // ("The circular, released officially to Reuters, said": a document or body, then a participle's aside about it.)
    const participleAside = !named && !namedPastOpening && appositive ? PARTICIPLE_ASIDE.exec(subjectText.slice((appositive[1] as string).length)) : null;
    const asideHead = participleAside ? subjectBefore(appositive?.[1] as string) : undefined;
    if (asideHead && asideHead.form !== 'pronoun') phrase = asideHead;
    // ("A senior state police official, who spoke on condition of anonymity because he was not authorized to
    // speak publicly, said": a person, then a relative clause set off by commas, however long.)
    // (One reading of a relative clause set off by commas: "who" after a person, "which" after an organisation.)
    // (Past an opening word too, one word alone: "Meanwhile, women's singles player Nurul Aisyah Kamarudin, who lost …,
    // said", round 55; not "One operator, who …, said", a subject.)
    // (A connective, not a name ending like a participle, "Ahmed, who did not request …, said", the wire's.)
    const openingWord = opening && OPENING_CONNECTIVE.test(opening[1] as string);
    const relativeClause = named ? null : /^\s*([^,]+),\s+(who|which)\b[^,\u00A4]*,\s*$/.exec(openingWord ? subjectText.slice((opening as RegExpExecArray)[0].length) : subjectText);
    const relative = relativeClause?.[2] === 'who' ? relativeClause : undefined;
    // (The person before any phrase saying where they work, "A currency trader at a Japanese bank, who asked …,",
    // described as printed.)
    const described = relative?.[1]?.trim() ?? '';
    const head = relative ? subjectBefore(described.replace(/\s+(?:at|of|for|with|from|in|on)\s+.*$/u, '')) : undefined;
    const relativeHead = head?.form === 'description' ? { ...head, text: described } : head;
    if (relativeHead?.kind === 'person' && relativeHead.form !== 'pronoun') phrase = relativeHead;
    // ("The Bass Group, which holds 24.9 pct of Taft, said": an organisation's name, then a relative clause about it.)
    const aboutThing = relativeClause?.[2] === 'which' ? relativeClause : undefined;
    const thingHead = aboutThing ? subjectBefore(aboutThing[1] as string) : undefined;
    if (thingHead?.form === 'name' && thingHead.kind === 'thing') phrase = thingHead;
    if (phrase && (wordsIn(subjectText) <= 8 || named || phrase === namedPastOpening || phrase === asideHead || phrase === relativeHead || phrase === thingHead)) return { phrase, from: sentence.start + start, to: sentence.start + v.end };
    // "…, an airline spokesman said.": the words after the last comma, when the verb ends the sentence.
    const afterComma = subjectText.slice(subjectText.lastIndexOf(',') + 1);
    const tail = text.slice(v.end);
    // ("…, Fujitsu said in a prospectus for a warrant bond recently issued in London.": where it was said, however long.)
    const inDocument = new RegExp(String.raw`^\s*in\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ISSUED_NOUNS].join('|')})\b`, 'u').test(tail);
    // ("Townsend Thoresen operate two other ships …, but Brabazon said it was not planned …": a conjunction
    // after a comma opens a clause of its own, whose subject is the name or pronoun right before its verb.)
    const clauseSubject = /^\s*(?:but|and|while|whereas|yet)\s+/i.test(afterComma) && wordsIn(afterComma) <= MAX_WORDS_SUBJECT_TO_VERB ? subjectBefore(afterComma) : undefined;
    if (clauseSubject && (clauseSubject.form === 'name' || clauseSubject.form === 'pronoun')) return { phrase: clauseSubject, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
    // (Round 16: the same with no comma before the conjunction, "Gros met bankers here on Wednesday and Citicorp
    // said talks should begin in “the near future”": a name right before the verb, after "and" or "but".)
    // (Not inside a name across "and": "the Organisation for Economic Cooperation and Development said".)
    const conjoined = /(\S+)\s(?:and|but|while|whereas)\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)\s*$/u.exec(afterComma);
    const wordBefore = (conjoined?.[1] as string | undefined) ?? '';
    const insideName = /^\p{Lu}/u.test(wordBefore) && !DAY_OR_MONTH.test(wordBefore);
    const conjoinedSubject = conjoined && !insideName ? subjectBefore(conjoined[2] as string) : undefined;
    if (conjoined && conjoinedSubject?.form === 'name') return { phrase: conjoinedSubject, from: sentence.start + start + subjectText.trimEnd().length - (conjoined[2] as string).length, to: sentence.start + v.end };
    if (subjectText.includes(',') && wordsIn(afterComma) > 0 && (inDocument || wordsIn(tail.replace(new RegExp(MASK, 'g'), ' ')) <= MAX_WORDS_TAIL)) {
      const tailPhrase = subjectBefore(afterComma);
      // A long name counts as one word ("…, the Organisation for Economic Cooperation and Development said").
      const words = wordsIn(afterComma) - (tailPhrase?.form === 'name' ? wordsIn(tailPhrase.text) - 1 : 0);
      // ("…, Bernard Reed, manager of the London options exchange said.": a role after a name, the comma closing it
      // left out, is that person's appositive, as `subjectBefore` reads it.)
      const beforeTail = subjectText.slice(0, subjectText.lastIndexOf(','));
      const apposed = tailPhrase?.form === 'description' ? subjectBefore(subjectText.slice(beforeTail.lastIndexOf(',') + 1)) : undefined;
      if (apposed?.form === 'name' && apposed.kind === 'person') return { phrase: apposed, from: sentence.start + start + beforeTail.lastIndexOf(',') + 1, to: sentence.start + v.end };
      if (tailPhrase && words <= MAX_WORDS_SUBJECT_TO_VERB) return { phrase: tailPhrase, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
    }
    // "In its quarterly rice outlook and situation summary, the department said…", "Pointing to …, it
    // warned that": opening phrases set off by commas, then the subject right before the verb.
    const segments = subjectText.split(',');
    const subjectPart = segments.pop() ?? '';
    if (segments.length > 0 && !subjectText.includes(MASK) && isOpeningPhrase(segments[0] as string) && wordsIn(subjectPart) > 0) {
      const opened = subjectBefore(subjectPart);
      // (A long name counts as one word: "In its latest annual report, the States of Malaya Chamber of Mines said".)
      const partWords = wordsIn(subjectPart) - (opened?.form === 'name' ? wordsIn(opened.text) - 1 : 0);
      if (opened && partWords <= MAX_WORDS_SUBJECT_TO_VERB) return { phrase: opened, from: sentence.start + start + subjectText.lastIndexOf(',') + 1, to: sentence.start + v.end };
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
    const phrase = subjectAfter(according[1] as string) ?? objectPronoun(according[1] as string);
    if (phrase) return { phrase, from: sentence.start + (according.index ?? 0), to: sentence.start + (according.index ?? 0) + according[0].length };
  }
  return undefined;
}

/**
 * Rule "“according to him” is a pronoun's attribution" (round 23), as Nigerian and Kenyan papers write it: "According
 * to him, “The problem is not four officers.”", "According to her, such practices were “as old as elections”": the
 * object's pronoun read as its subject's, "he", "she", "they", "it".
 */
function objectPronoun(words: string): SpeakerPhrase | undefined {
  const word = /^\s*(him|her|them|it)\s*$/i.exec(words)?.[1];
  const lower = word?.toLowerCase();
  const subject = lower ? pronoun(lower === 'him' ? 'he' : lower === 'her' ? 'she' : lower === 'them' ? 'they' : 'it') : undefined;
  // (Printed as the object, "him": the resolver takes the nearest person fitting it, not the last one heard speaking,
  // who is most often the other side, the review of round 23.)
  return subject && word ? { ...subject, text: word } : undefined;
}
