/**
 * Who a sentence is about: its grammatical subject, read from the sentence's shape alone. A "he" or "she"
 * opening the next sentence most often goes on about that one (centering: the last sentence's subject is
 * what the next pronoun continues), whoever spoke before it.
 */
import type { SentenceRange } from '../text/splitSentences.js';
import { isRoleNoun, PREPOSITIONS, RELATION_NOUNS } from './nameWords.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { LEADING_ENTRY_TIME, sentenceSubject } from './subjectPhrases.js';

/** The most words of titles or roles right before a name opening a sentence ("Agriculture Commissioner", "nationalist lawmaker"). */
const MAX_ROLE_WORDS = 4;
/** Words that open a sentence's adverbial before its subject ("In a post on Facebook, …", "Meanwhile, …"). */
const ADVERBIAL_OPENING = /^(?:in|on|at|after|before|during|later|earlier|meanwhile|however|but|and|yesterday|today|separately|instead|still|also|again|since|until|when|while|as|for|from|with|under|speaking|asked|writing|addressing)\b/i;
/**
 * Determiners that open a description set beside a name ("Her Polish counterpart, Agnieszka Nowicka, …"); and a body's or
 * a writer's own, "Our environment committee chair, Sue Marwood, has been through …", "My colleague, Jane Roe, …" (round 34).
 */
const DESCRIPTION_OPENING = /^(?:the|her|his|its|their|our|my|a|an|one|another)\b/i;
/** Words after a name that are no verb: the name is not a subject alone ("Smith and Jones said", "Smith of ABC"). */
const NOT_A_VERB = new Set(['and', 'or', 'nor', 'but', 'than', 'who', 'whose', 'which', 'that', ...PREPOSITIONS]);
/** Words opening what follows a name's comma that are no verb: an article or possessive of a description, "a former judge". */
const NOT_A_VERB_AFTER_COMMA = /^(?:a|an|the|his|her|its|their|one|another|who|whom|whose|which|that)$/;
/** Where someone is from, right after their name and before a comma ("Kieran Doyle from Swindon, told"). */
const HOME_PLACE = /^\s+(?:from|in)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?=\s*,)/u;
/**
 * Where someone works, right after their name and before the verb ("Jeffrey Leeds of Chemical Bank had not been
 * convinced", "Ward McCarthy at Merrill Lynch Economics Inc. said"): capitalised words after "of" or "at", round 26.
 */
const AFFILIATION = /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&)){0,4}(?=\s+\p{Ll})/u;
/** A clause set off by commas or brackets right after a name ("Tomic, who left the court …,", "Kolar, 52,"). */
const ASIDE = /^\s*(?:,[^,;:.!?"“”‘’]{1,160},|\([^)]{1,80}\))/u;

/**
 * Whether the name printed at [index, end) of a sentence is the sentence's subject: nothing before it but
 * an opening adverbial ("In Zagreb, Kolar said"), a description in apposition ("The Mayor of Jihlava,
 * Ondrej Vesely, whose city …, welcomed"), lower-case role words ("former judge Marija Tomic") or a
 * quotation it speaks ("“…,” Kolar said"); after it, an aside at most and then a verb (a lower-case word
 * that is no preposition or conjunction).
 */
export function leadsSentence(masked: string, sentence: SentenceRange, index: number, end: number): boolean {
  // ("Cornwall Council's leader, Linda Pascoe, …": a possessive names whose the subject is, not the subject.)
  if (/['’]s$/.test(masked.slice(index, end)) || /^['’]s\b/.test(masked.slice(end, end + 3))) return false;
  // ("One former applicant, 19-year-old Kieran Doyle from Swindon, told the Mail": where the name is from, before
  // the comma closing the apposition, is part of the name's description, round 21.)
  // ("“Dewi”, 41, from Java, has worked …": a pseudonym's closing mark, round 22; any quotation is masked by now.)
  const after = masked.slice(end, sentence.end).replace(/^["”’]/u, '').replace(HOME_PLACE, '').replace(AFFILIATION, '');
  // ("The chair of the STM board, Éric Tanguay-Roy, did not hide his frustration with …, which …": after a description
  // and its comma, the comma after the name closes the apposition and the verb follows it; no aside, round 28.)
  const firstAfterComma = /^\s*,\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  // (Only a description opening the sentence, one comma its only one: "“…,” said the minister, Jane Doe, adding …" is no
  // subject's apposition; nor a participle, "adding", after the name's comma.)
  const opening = masked.slice(sentence.start, index).trim();
  const appositionClosed = DESCRIPTION_OPENING.test(opening) && opening.indexOf(',') === opening.length - 1 && !!firstAfterComma && !NOT_A_VERB.has(firstAfterComma) && !NOT_A_VERB_AFTER_COMMA.test(firstAfterComma) && !/ing$/.test(firstAfterComma);
  const aside = appositionClosed ? '' : (ASIDE.exec(after)?.[0] ?? '');
  // ("Without INRA, he added, prices would …": an aside that is the reporter's attribution opens no subject.)
  if (/^\s*,\s*(?:he|she|it|they|we)\s/i.test(aside)) return false;
  // (", was blunter still": the comma closing a description set beside the name, see below.)
  const verb = /^\s*(,?)\s+(\p{Ll}+)/u.exec(after.slice(aside.length));
  const next = verb?.[2];
  if (!next || NOT_A_VERB.has(next)) return false;
  const closesApposition = aside.startsWith(',') || verb?.[1] === ',';
  // (Quotation marks, masked quotations and dashes before the name are no words of the sentence's own.)
  const before = masked
    .slice(sentence.start, index)
    .trimStart()
    .replace(LEADING_ENTRY_TIME, '')
    .replace(/[^\p{L}\p{N},'’-]+/gu, ' ')
    .replace(/^[\s,]+/, '')
    .trimEnd();
  if (before === '') return verb?.[1] !== ',';
  const comma = before.lastIndexOf(',');
  // (An age before the name describes it as a role would: "19-year-old Kieran Doyle", round 21.)
  const lead = (comma < 0 ? before : before.slice(comma + 1).trim()).replace(/(?:^|\s+)\d{1,3}-year-old$/, '');
  const fullOpening = comma < 0 ? '' : before.slice(0, comma).trim();
  // ("Asked about the cost, the finance minister, Eva Mala, was blunt": an adverbial or participle phrase
  // opening the sentence, then the description set beside the name.)
  const openingPhrases = fullOpening.split(',').map((part) => part.trim());
  while (openingPhrases.length > 1 && (ADVERBIAL_OPENING.test(openingPhrases[0] as string) || /^\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(openingPhrases[0] as string))) openingPhrases.shift();
  const described = openingPhrases.join(', ');
  // The words right before the name: titles or roles ("Agriculture Commissioner", "nationalist lawmaker").
  const allLeadWords = lead === '' ? [] : lead.split(/\s+/);
  // ("Labour candidate and sitting MP Rachel Dunmore has just arrived": two roles joined by "and", the last
  // one right before the name read as its lead.)
  const and = allLeadWords.lastIndexOf('and');
  const leadWords = and > 0 && and <= MAX_ROLE_WORDS && fullOpening === '' && allLeadWords.slice(0, and).every((w) => /^[\p{L}-]+$/u.test(w)) ? allLeadWords.slice(and + 1) : allLeadWords;
  if (leadWords.length > MAX_ROLE_WORDS || (fullOpening === '' && verb?.[1] === ',')) return false;
  const lastLead = leadWords[leadWords.length - 1];
  // "Her Polish counterpart, Agnieszka Nowicka, was", "The third-placed candidate, nationalist lawmaker Goran
  // Vukic, took": one description set beside the name, the two closed by commas (then any words before the
  // name describe it; "The company named John Smith, a banker, as" has no such comma).
  // ("Cornwall Council's leader, Linda Pascoe, has been speaking": a role of a named body's, set beside the name.)
  const ownedRole = /^(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(described);
  // ("Ms Moran's daughter, Aoife Moran, read": a relation of a named person's too.)
  const apposition = (DESCRIPTION_OPENING.test(described) || (!!ownedRole && (isRoleNoun(ownedRole[1] as string) || RELATION_NOUNS.has(ownedRole[1] as string)))) && !described.includes(',') && !/\bthat\b/i.test(described) && closesApposition;
  // ("The men's winner Daniel Kiprono has just spoken": what the name is of someone's, right before it.)
  const possessedRole = fullOpening === '' && /^(?:the|its|his|her|their)\s+[\p{L}-]+['’]s\s+[\p{Ll}-]+$/iu.test(lead);
  if (lastLead && !/^\p{Lu}/u.test(lastLead) && !isRoleNoun(lastLead.toLowerCase()) && !apposition && !possessedRole && !occupationBefore(leadWords, fullOpening)) return false;
  if (fullOpening === '') return true;
  if (apposition) return true;
  return verb?.[1] !== ',' && !/\bthat\b/i.test(fullOpening) && ADVERBIAL_OPENING.test(fullOpening);
}

/** Words that show lead words to be a clause of their own, not a description of the name after them ("Critics including farmer …"). */
const NOT_DESCRIPTION = new Set(['including', 'like', 'such', 'as', 'and', 'or', 'with', 'without', 'whom', 'who', 'that', 'than', 'the', 'a', 'an', ...PREPOSITIONS]);

/**
 * "Environmental campaigner Jakub Lis called …", "retired teacher Anna Berg said": an occupation in lower
 * case right before a name opening the sentence (a few words, none of them a preposition, article or
 * conjunction) describes the name, whatever the word; no list of occupations is complete.
 */
function occupationBefore(leadWords: string[], opening: string): boolean {
  return opening === '' && leadWords.length <= 3 && leadWords.every((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && /^[\p{L}-]+$/u.test(w) && !NOT_DESCRIPTION.has(w.toLowerCase()));
}

/** Words that open a phrase set off by a comma before a sentence's subject ("In a filing with the SEC,"). */
const OPENING_WORD = /^(?:in|on|at|after|before|although|though|while|when|if|as|since|because|under|with|without|despite|during|for|from|by|following|besides|however|also|meanwhile)$/i;

/** The subject of a sentence past its opening phrases: "In a filing with the SEC, the group disclosed …" → the group. */
export function subjectPastOpening(text: string): SpeakerPhrase | undefined {
  const segments = text.split(',');
  let i = 0;
  while (i < segments.length - 1 && (OPENING_WORD.test(/^\s*(\S+)/.exec(segments[i] as string)?.[1] ?? '') || /^\s*\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(segments[i] as string))) i++;
  return i > 0 ? sentenceSubject(segments[i] as string) : undefined;
}
