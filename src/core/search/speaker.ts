import { termsOf } from '../text/terms.js';
import type { Concept } from './concepts.js';
import type { PassageIndex } from './passageIndex.js';
import { META_NEW_PASSAGES, type PassageScore } from './scoreConcepts.js';

/**
 * For a question that names a speaker and nothing else ("what does China Watch say"): the opening
 * passages of the speaker's documents, in order, as a reporter would read them.
 */
export function openingsOf(index: PassageIndex, documents: Set<string>): Map<number, PassageScore> {
  const scores = new Map<number, PassageScore>();
  for (const docId of documents) {
    (index.passagesOfDocument.get(docId) ?? []).slice(0, META_NEW_PASSAGES).forEach((passage, i) => {
      scores.set(passage.id, { score: 1 / (i + 1), concepts: 1 });
    });
  }
  return scores;
}

/** Words that ask for someone's position rather than for facts ("what does X say", "X's view of"). */
const STANCE_WORDS = /\b(say|says|said|saying|think|thinks|view|views|position|positions|stance|side|sides|argue|argues|argued|argument|arguments|claim|claims|believe|believes|opinion|opinions|make of|take on)\b/i;

/**
 * Words that, beside a speaker's name, only ask for the speaker's position ("China Watch's main
 * argument"): they say nothing of what about, so they do not rank passages.
 */
const STANCE_TERMS = new Set(termsOf('view views position stance side argue argument claim believe opinion main key central overall point message take case'));

/** Whether a concept only asks for a position (see {@link STANCE_TERMS}). */
export function asksOnlyForPosition(concept: Concept): boolean {
  return concept.asked.every((t) => STANCE_TERMS.has(t));
}

/**
 * The speaker a question asks for ("what does the Chinese side say about the proposals", "China Watch's
 * view of the conference"): when it asks for a position and names an outlet or author of some (not all)
 * documents, those documents, and the question's concepts that named them.
 */
export function speakerAsked(question: string, concepts: Concept[], index: PassageIndex): { documents: Set<string>; concepts: Concept[] } | undefined {
  if (!STANCE_WORDS.test(question)) return undefined;
  const all = index.passagesOfDocument.size;
  const documentsOf = (concept: Concept) => {
    const docs = new Set<string>();
    for (const alt of concept.alternatives) {
      const sets = alt.terms.map((t) => index.speakerDocuments.get(t));
      if (sets.some((set) => !set)) continue;
      const [first, ...rest] = sets as Set<string>[];
      for (const id of first ?? []) if (rest.every((set) => set.has(id))) docs.add(id);
    }
    return docs;
  };
  let documents: Set<string> | undefined;
  const named: Concept[] = [];
  for (const concept of concepts) {
    const docs = documentsOf(concept);
    if (docs.size === 0 || docs.size >= all) continue;
    if (documents && ![...docs].some((d) => documents!.has(d))) continue;
    documents = documents ? new Set([...documents].filter((d) => docs.has(d))) : docs;
    named.push(concept);
  }
  return documents && documents.size > 0 ? { documents, concepts: named } : undefined;
}

/**
 * Whether the question names someone or something (a capitalised word, such as "Naples" or "Macron")
 * that appears nowhere in the corpus, not even through a synonym or as a near spelling. Then nothing on
 * file is about what was asked, however well its other words match: no quote is better than a wrong one.
 */
export function namesSomethingAbsent(concepts: Concept[], index: PassageIndex): boolean {
  return concepts.some((c) => c.name && !c.alternatives.some((a) => a.terms.every((t) => index.holds(t))));
}
