import { termsOf } from '../text/terms.js';
import type { Concept, Question } from './question.js';
import type { ScopeView } from './scopeView.js';

/** Words that ask for someone's position rather than for facts ("what does X say", "X's view of"). */
const STANCE_WORDS = /\b(say|says|said|saying|think|thinks|view|views|position|positions|stance|side|sides|argue|argues|argued|argument|arguments|claim|claims|believe|believes|opinion|opinions|make of|take on)\b/i;

/**
 * Words that, beside a speaker's name, only ask for the speaker's position ("China Watch's main
 * argument"): they say nothing of what about, so they do not rank passages.
 */
const STANCE_TERMS = new Set(termsOf('view views position stance side argue argument claim believe opinion main key central overall point message take case'));

/** Verbs that ask what someone said ("what did X say", "did X claim …"). */
const SAYING = 'say|says|said|think|thinks|thought|tell|told|claim|claimed|argue|argued|write|wrote|mean|meant|warn|warned|promise|promised|announce|announced|deny|denied|respond|responded|reply|replied|answer|answered';
/** Nouns of a position held by someone ("X's view on …", "the reaction of X"). */
const POSITION = 'view|views|position|stance|response|reaction|comments?|argument|take|remarks|words|statement';
/** Where a question names who speaks: the phrase in group 1. */
const NAMED_SPEAKER = [
  new RegExp(`\\b(?:did|does|do|has|have|had|will|would|could|can)\\s+(.{2,80}?)\\s+(?:really\\s+|actually\\s+|just\\s+)?(?:${SAYING})\\b`, 'i'),
  new RegExp(`^\\s*(?:what|how)\\s+(?:is|was|are|were)\\s+(.{2,80}?)(?:'s|\u2019s)\\s+(?:${POSITION})\\b`, 'i'),
  new RegExp(`^\\s*(.{2,80}?)(?:'s|\u2019s)\\s+(?:${POSITION})\\b`, 'i'),
  new RegExp(`(?<!\\bin\\s)\\b(?:${POSITION})\\s+(?:of|from|by)\\s+(.{2,80}?)(?:\\s+(?:on|about|to|over|regarding)\\b|[?.,]|$)`, 'i'),
  /\baccording to\s+(.{2,80}?)(?:[?.,]|$)/i,
];

/**
 * Words no one's name holds: a question word, a pronoun or an auxiliary inside the phrase means the
 * pattern ran across a clause ("why did French feel they had right to Ohio claim", "according to the
 * Princeton Review where has Harvard ranked"), not a speaker.
 */
const NOT_A_NAME = /\b(?:what|where|when|why|how|which|who|whom|they|he|she|we|it|you|i|is|are|was|were|has|have|had|does|did)\b/;

/**
 * Who the question names as speaking, as written ("what did the ministry say about the plan" → "the
 * ministry"; "Novak's view on the tender" → "Novak"), for ranking that speaker's own words first (see the
 * `speaker` evidence). Undefined when the question names nobody that way.
 *
 * ```ts
 * speakerNamed('what did Novak say about the port') // 'Novak'
 * speakerNamed('who attended')                      // undefined
 * ```
 */
export function speakerNamed(question: string): string | undefined {
  for (const pattern of NAMED_SPEAKER) {
    const phrase = pattern.exec(question)?.[1]?.trim();
    if (phrase && termsOf(phrase).length > 0 && !/^(?:you|they|we|it|he|she|i|people|anyone|anybody|someone)$/i.test(phrase) && !NOT_A_NAME.test(phrase)) return phrase;
  }
  return undefined;
}

/** Whether a concept only asks for a position (see {@link STANCE_TERMS}). */
export function asksOnlyForPosition(concept: Concept): boolean {
  return concept.asked.every((t) => STANCE_TERMS.has(t));
}

/** The speaker a question asks for: the documents it names, and the concepts that named them. */
export interface Speaker {
  /** Document numbers (see `PassageIndex.documentByNumber`). */
  documents: Set<number>;
  concepts: Concept[];
}

/**
 * The speaker a question asks for ("what does the Chinese side say about the proposals", "China Watch's
 * view of the conference"): when it asks for a position and names an outlet, author or genre of some
 * (not all) documents in scope, those documents, and the question's concepts that named them.
 */
export function speakerAsked(question: Question, view: ScopeView): Speaker | undefined {
  if (!STANCE_WORDS.test(question.text)) return undefined;
  const all = view.documents;
  const documentsOf = (concept: Concept) => {
    const docs = new Set<number>();
    for (const alt of concept.alternatives) {
      const [first, ...rest] = alt.terms.map((t) => new Set(view.speakerDocuments(t)));
      for (const id of first ?? []) if (rest.every((set) => set.has(id))) docs.add(id);
    }
    return docs;
  };
  let documents: Set<number> | undefined;
  const named: Concept[] = [];
  for (const concept of question.concepts) {
    const docs = documentsOf(concept);
    if (docs.size === 0 || docs.size >= all) continue;
    if (documents && ![...docs].some((d) => documents!.has(d))) continue;
    documents = documents ? new Set([...documents].filter((d) => docs.has(d))) : docs;
    named.push(concept);
  }
  return documents && documents.size > 0 ? { documents, concepts: named } : undefined;
}
