import type { SourceInfo } from '../model.js';
import type { Comparison, Topic } from './positions.js';

/** The comparison as scripts get it (`prague compare --json`): every side listed on every topic. */
export interface ComparisonJson {
  sides: { id: string; label: string; kind?: string }[];
  topics: {
    id: string;
    title: string;
    positions: { side: string; addressed: boolean; summary: string | null; quotes: { quote: string; source: SourceInfo }[] }[];
  }[];
}

/**
 * The JSON shape of a comparison, or of one topic of it. A side that does not address a topic is listed
 * with `addressed: false`, no summary and no quotes.
 */
export function comparisonJson(comparison: Comparison, only?: Topic): ComparisonJson {
  return {
    sides: comparison.sides.map((s) => ({ id: s.id, label: s.label, kind: s.kind })),
    topics: (only ? [only] : comparison.topics).map((t) => ({
      id: t.id,
      title: t.title,
      positions: comparison.sides.map((side) => {
        const p = t.positions.find((x) => x.side === side.id);
        return {
          side: side.id,
          addressed: !!p,
          summary: p?.summary ?? null,
          quotes: (p?.quotes ?? []).map((q) => ({ quote: q.quote, source: q.source })),
        };
      }),
    })),
  };
}
