import type { Desk } from '../core/desk.js';

/** Text folded as `../shared/tools/dev-eval.mjs` folds it: straight quotes, one space, lower case. */
export function foldForEval(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** The hit rule of dev-eval.mjs: the quote holds the gold text, or lies inside it (20+ characters). */
export function isHit(quote: string, gold: string): boolean {
  const a = foldForEval(quote);
  const b = foldForEval(gold);
  return a.includes(b) || (a.length >= 20 && b.includes(a));
}

/**
 * The half (A or B) of the SQuAD articles each question is about: the article holding its gold sentence,
 * at an even or odd position among those articles, so that a value tuned on one half is checked on the other.
 */
export function squadHalves(desk: Desk, questions: { q: string; gold: string[] }[]): Map<string, 'A' | 'B'> {
  const articleOf = new Map<string, string>();
  for (const item of questions) {
    const doc = desk.corpus.documents.find((d) => d.paragraphs.some((p) => item.gold.some((g) => foldForEval(p.text).includes(foldForEval(g)))));
    articleOf.set(item.q, doc?.source.id ?? '');
  }
  const articles = [...new Set(articleOf.values())].sort();
  return new Map([...articleOf].map(([q, article]) => [q, articles.indexOf(article) % 2 === 0 ? 'A' : 'B']));
}
