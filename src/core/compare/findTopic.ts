import { termsOf } from '../text/terms.js';
import type { SynonymGroups } from '../search/synonyms.js';
import type { Comparison, Topic } from './positions.js';

/** Where a word is found in a topic, and what that says about the topic being the one asked for. */
const FIELD_WEIGHTS = { title: 3, keywords: 3, id: 2, summaries: 1, quotes: 0.5 } as const;

/**
 * Finds the topic loose words ask for ("rule of law", "huawei", "who attended"): the topic whose title,
 * keywords, summaries and quotes hold the most of them (synonyms count half). `undefined` when no topic
 * holds any.
 *
 * ```ts
 * findTopic(comparison, 'huawei')?.id // 'huawei-and-chinese-vendors'
 * ```
 */
export function findTopic(comparison: Comparison, words: string, synonyms: SynonymGroups = []): Topic | undefined {
  const asked = new Map<string, number>();
  for (const term of termsOf(words)) {
    asked.set(term, 1);
    for (const group of synonyms) {
      if (!group.some((m) => m.length === 1 && m[0] === term)) continue;
      for (const m of group) for (const t of m) if (!asked.has(t)) asked.set(t, 0.5);
    }
  }
  const exact = comparison.topics.find((t) => t.id === words.trim().toLowerCase());
  if (exact) return exact;
  let best: { topic: Topic; score: number } | undefined;
  for (const topic of comparison.topics) {
    const fields: Record<keyof typeof FIELD_WEIGHTS, string> = {
      title: topic.title,
      keywords: topic.keywords.join(' '),
      id: topic.id.replace(/-/g, ' '),
      summaries: topic.positions.map((p) => p.summary).join(' '),
      quotes: topic.positions.flatMap((p) => p.quotes.map((q) => q.quote)).join(' '),
    };
    let score = 0;
    for (const [field, weight] of Object.entries(FIELD_WEIGHTS)) {
      const terms = new Set(termsOf(fields[field as keyof typeof FIELD_WEIGHTS]));
      for (const [term, w] of asked) if (terms.has(term)) score += weight * w;
    }
    if (score > 0 && (!best || score > best.score)) best = { topic, score };
  }
  return best?.topic;
}
