import { isEnglishWord } from '../text/englishWords.js';
import { swapsOf, wordsOneEditAway } from '../text/oneEdit.js';
import { cachedTerm, questionWords, termsOf, type QuestionWord } from '../text/terms.js';
import { answerCueOf, type AnswerCue } from './answerCues.js';
import type { Ranking } from './ranking.js';
import type { ScopeView } from './scopeView.js';
import type { SynonymGroups } from './synonyms.js';

/** One thing the question asks about: a term as asked, and the alternatives that also count. */
export interface Concept {
  /** The asked term(s) (a phrase when a synonym phrase was asked). */
  asked: string[];
  /** What counts as the concept in a text: the asked term(s) at weight 1, synonyms at `RANKING.synonym`. */
  alternatives: { terms: string[]; weight: number }[];
  /** How much the concept says: the idf of what was asked, in scope (a synonym never counts for more). */
  weight: number;
  /**
   * Asked as a name: a capitalised word, or a word of no dictionary that the scope does not hold
   * ("bitcoin", "huwei"). A name the scope never holds (nor a synonym, nor a close spelling on file)
   * means nothing is on file.
   */
  name?: boolean;
  /** Neither the asked term(s) nor any synonym is in scope. */
  absent?: boolean;
  /** The asked term(s) are not in scope (a synonym may be): the question is phrased in other words. */
  unused?: boolean;
}

/** A question as ranking reads it. */
export interface Question {
  text: string;
  concepts: Concept[];
  /** What kind of answer the wording asks for ("when" → a date), if any. */
  cue?: AnswerCue;
}

/** Words after "how" that only make a question ("how long", "how many"), never its subject. */
const HOW_WORDS = /\bhow\s+(long|many|much|often|far|soon|old|big|large|come)\b/gi;

/**
 * Reads a question: its terms (stop words and question words out, stems in), each with its synonyms (a
 * synonym phrase asked, such as "radio frequencies", is one concept), weighted by how rare it is in
 * scope; a misspelt name ("Huwei") read as the closest name the scope holds; and the answer cue.
 */
export function readQuestion(text: string, synonyms: SynonymGroups, view: ScopeView, ranking: Ranking): Question {
  // A compound the scope does not hold as one word ("Disney-ABC"), nor a synonym list, is searched for by its parts.
  const listed = (term: string) => synonyms.some((g) => g.some((member) => member.length === 1 && member[0] === term));
  const words = questionWords(text.replace(HOW_WORDS, 'how')).flatMap((w) => (w.parts && !view.holds(w.term) && !listed(w.term) ? w.parts : [w]));
  const terms = words.map((w) => w.term);
  const names = new Set(words.filter((w) => w.name || isUnknownWord(w, view, ranking)).map((w) => w.term));
  const wordOf = new Map(words.map((w) => [w.term, w.word]));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < terms.length && concepts.length < ranking.maxConcepts; ) {
    let taken = 1;
    let group: string[][] | undefined;
    let asked = [terms[i] as string];
    // Longest synonym member starting here wins ("radio frequencies" before "radio").
    for (const g of synonyms) {
      for (const member of g) {
        if (member.length >= taken && member.every((t, k) => terms[i + k] === t) && (member.length > taken || !group)) {
          group = g;
          taken = member.length;
          asked = member;
        }
      }
    }
    i += taken;
    const key = asked.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const alternatives = [{ terms: asked, weight: 1 }];
    for (const member of group ?? []) {
      if (member.join(' ') !== key) alternatives.push({ terms: member, weight: ranking.synonym });
    }
    const name = asked.some((t) => names.has(t));
    // A word's family on file ("citizen" for "citizenship", "teacher" for "teach"), as a lesser match; not
    // a name's ("Paris" is not "Parisien").
    if (asked.length === 1 && !name && ranking.family > 0) {
      for (const member of view.index.familyOf(asked[0] as string)) {
        if (view.holds(member) && !alternatives.some((a) => a.terms.length === 1 && a.terms[0] === member)) alternatives.push({ terms: [member], weight: ranking.family });
      }
    }
    // A phrase is as rare as its rarest word (a word no passage holds weighs the most a word can: its
    // synonyms then count at their own weight).
    const weight = Math.max(...asked.map((t) => view.idf(t)));
    const absent = !alternatives.some((a) => a.terms.every((t) => view.holds(t)));
    concepts.push({ asked, alternatives, weight, ...(name ? { name } : {}), ...(absent ? { absent } : {}), ...(asked.every((t) => view.holds(t)) ? {} : { unused: true }) });
  }
  // Two words of the question the sources write as one ("law breaking" / "lawbreaking"): the joined word
  // stands for each of them.
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k] as QuestionWord, words[k + 1] as QuestionWord];
    const joined = cachedTerm(a.word + b.word);
    if (!joined || joined === a.term || joined === b.term || !view.holds(joined)) continue;
    for (const concept of concepts) {
      if (concept.asked.length !== 1 || (concept.asked[0] !== a.term && concept.asked[0] !== b.term)) continue;
      concept.alternatives.push({ terms: [joined], weight: 1 });
      delete concept.absent;
    }
  }
  // A name the scope does not hold, nor any synonym of it: most likely misspelt ("Huwei"). It is read as
  // the closest name the scope does hold (the others as synonyms), never when the exact name is there,
  // and only when that name stands in some passage beside another word of the question ("has Huwei
  // denied …": Huawei and "denied" do; "did Macron attend …": no "Macon" ever attended anything).
  concepts.forEach((concept, i) => {
    const [term] = concept.asked;
    const word = term === undefined ? undefined : (wordOf.get(term) ?? term);
    if (!concept.name || !concept.absent || concept.asked.length !== 1 || !term || !word) return;
    const others = concepts.filter((c, k) => k !== i && !c.absent).map((c) => c.asked);
    // An acronym the sources spell out ("the SP's standing orders": the Scottish Parliament's).
    const phrase = /^[a-z]{2,6}$/.test(word) && new RegExp(`\\b${word.toUpperCase()}\\b`).test(text) ? acronymPhrase(word.toUpperCase(), others, view, ranking) : undefined;
    if (phrase) {
      concepts[i] = { asked: phrase, alternatives: [{ terms: phrase, weight: 1 }], weight: Math.max(...phrase.map((t) => view.idf(t))), name: true };
      return;
    }
    // A short name is read as misspelt only through two letters swapped ("vBSN" → "vBNS"): any other
    // edit of a short word reaches too many others.
    const short = Math.max(term.length, word.length) < ranking.minFuzzyLength;
    if (short && word.length < 4) return;
    const fits = (t: string) => others.length === 0 || others.some((o) => view.together(t, o));
    // Typing rarely gets a word's first letter wrong ("iPhones" is not a misspelt "phones").
    // (A misspelt name is most often its stem's typo, which the stems on file, `similarTerms`, cannot see
    // when stemming cuts the typo differently: "Merceds" → "Mercedes", "Ghengis" → "Genghis".)
    const edits = short ? swapsOf(word) : wordsOneEditAway(word);
    const near = [...new Set([...(short ? [] : view.similarTerms(term)), ...edits.filter((w) => w[0] === word[0]).flatMap((w) => {
      const t = cachedTerm(w);
      return t && t !== term && view.holds(t) ? [t] : [];
    })])].sort((a, b) => view.documentFrequency(b) - view.documentFrequency(a) || (a < b ? -1 : 1));
    const [likeliest, ...rest] = near.filter(fits).slice(0, 3);
    if (!likeliest) return;
    concepts[i] = {
      asked: [likeliest],
      alternatives: [{ terms: [likeliest], weight: 1 }, ...rest.map((t) => ({ terms: [t], weight: ranking.synonym }))],
      weight: view.idf(likeliest),
      name: true,
    };
  });
  // A name still not on file beside a name that is ("Ghengis Khan", "Jana Novak" where only Novak is on
  // file) is a misspelt or unrecorded part of that name: the question is about the name on file.
  const heldName = (w: QuestionWord | undefined) => !!w && w.name && view.holds(w.term);
  const partOfKnownName = (c: Concept) => {
    if (!c.name || !c.absent || c.asked.length !== 1) return false;
    // Written as a name itself, with a capital first: a coinage ("iPhones" beside "Apple") is a thing of its own.
    const k = words.findIndex((w) => w.term === c.asked[0] && w.name && text.includes(w.word.charAt(0).toUpperCase() + w.word.slice(1)));
    return k >= 0 && (heldName(words[k - 1]) || heldName(words[k + 1]));
  };
  const read = concepts.filter((c) => !partOfKnownName(c));
  const cue = answerCueOf(text);
  return { text, concepts: read, ...(cue ? { cue } : {}) };
}

/**
 * The words an acronym not on file stands for in the sources ("SP" → "Scottish Parliament"): the run of
 * capitalised words spelling it (joined perhaps by "of", "the", "and", "for") written most often in the
 * passages holding the question's rarest other word; none when no passage spells it out.
 */
function acronymPhrase(acronym: string, others: string[][], view: ScopeView, ranking: Ranking): string[] | undefined {
  const [rarest] = others
    .flat()
    .filter((t) => view.documentFrequency(t) > 0)
    .sort((a, b) => view.documentFrequency(a) - view.documentFrequency(b));
  const postings = rarest === undefined ? undefined : view.index.terms.terms.get(rarest);
  if (!postings) return undefined;
  const pattern = new RegExp(`\\b${[...acronym].map((letter) => `${letter}\\p{Ll}+`).join('\\s+(?:(?:of|the|and|for)\\s+)*')}\\b`, 'gu');
  const counts = new Map<string, number>();
  for (let i = 0, read = 0; i < postings.paragraphs.count && read < ranking.acronymPassages; i++) {
    const id = postings.paragraphs.data[2 * i] as number;
    if (!view.allowsPassage(id)) continue;
    read++;
    for (const match of view.index.passages.get(id)?.paragraph.text.matchAll(pattern) ?? []) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const terms = best ? termsOf(best[0]) : [];
  return terms.length > 0 && terms.every((t) => view.holds(t)) ? terms : undefined;
}

/**
 * A word the scope does not hold and no English dictionary has: a name or a coinage written in lower
 * case ("bitcoin", "covid", a first word such as "Brexit …" that capitals cannot tell from the start of a
 * sentence). Words whose term is shorter than `minFuzzyLength` and numbers are left alone: typos of short
 * words ("whta", "avade") are too often only the question's wording, and years are not names.
 */
function isUnknownWord(word: QuestionWord, view: ScopeView, ranking: Ranking): boolean {
  // As long as a name that may be read as a misspelling: an unknown word is always that chance first.
  return word.term.length >= ranking.minFuzzyLength && !/\d/.test(word.word) && !view.holds(word.term) && !isEnglishWord(word.word);
}

/**
 * Whether the question names someone or something (a capitalised word, such as "Naples" or "Macron")
 * that appears nowhere in scope, not even through a synonym or as a near spelling. Then nothing on file
 * is about what was asked, however well its other words match: no quote is better than a wrong one.
 */
export function namesSomethingAbsent(question: Question): boolean {
  return question.concepts.some((c) => c.name && c.absent);
}
