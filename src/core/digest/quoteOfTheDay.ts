import type { Quote } from '../model.js';

/** A day's number since 1970-01-01 for an ISO date (`2026-11-23`). */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The quote of the day: the notable passages are put in a fixed shuffled order (seeded by the passages
 * themselves) and the date walks through that order, so the same date always gives the same quote and
 * no quote repeats until all have been shown.
 *
 * ```ts
 * quoteOfTheDay(quotes, '2026-11-23') === quoteOfTheDay(quotes, '2026-11-23') // true
 * ```
 */
export function quoteOfTheDay(quotes: Quote[], isoDate: string): Quote | undefined {
  if (quotes.length === 0) return undefined;
  const key = (q: Quote) => `${q.source.id}:${q.place.paragraph}:${q.place.start}`;
  const ordered = [...quotes].sort((a, b) => key(a).localeCompare(key(b)));
  const random = seededRandom(hash(ordered.map(key).join('|')));
  for (let i = ordered.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ordered[i], ordered[j]] = [ordered[j] as Quote, ordered[i] as Quote];
  }
  const n = ordered.length;
  return ordered[((dayNumber(isoDate) % n) + n) % n];
}
