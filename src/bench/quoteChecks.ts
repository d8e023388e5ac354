import { performance } from 'node:perf_hooks';
import { checkQuote } from '../core/quotes/checkQuote.js';
import type { PassageIndex } from '../core/search/passageIndex.js';
import { splitSentences } from '../core/text/splitSentences.js';

/**
 * Quote checks of each kind made from the corpus's own sentences (spread evenly over its passages):
 * verbatim, near (a word changed), edited (an omission), edited with a bracket that adds a word (near),
 * and none. The same checks every run, so runs compare.
 */
export function quoteChecksOf(index: PassageIndex, perKind = 40): Record<string, string[]> {
  const kinds: Record<string, string[]> = { verbatim: [], near: [], edited: [], inserted_word: [], none: [] };
  const passages = [...index.passages.values()];
  const step = Math.max(1, Math.floor(passages.length / (perKind * 3)));
  for (let i = 0; i < passages.length && (kinds.verbatim as string[]).length < perKind; i += step) {
    const text = (passages[i] as (typeof passages)[number]).paragraph.text;
    const sentence = splitSentences(text).map((r) => text.slice(r.start, r.end)).find((s) => s.split(/\s+/).length >= 13);
    if (!sentence) continue;
    const w = sentence.split(/\s+/);
    kinds.verbatim!.push(w.slice(0, 10).join(' '));
    kinds.near!.push([...w.slice(0, 4), 'meanwhile', ...w.slice(5, 10)].join(' '));
    kinds.edited!.push(`${w.slice(0, 4).join(' ')} \u2026 ${w.slice(7, 12).join(' ')}`);
    kinds.inserted_word!.push(`${w.slice(0, 4).join(' ')} [not] ${w.slice(4, 9).join(' ')}`);
    kinds.none!.push(`the purple elephant painted ${w[3]} with great ${w[5]} yesterday`);
  }
  return kinds;
}

/** Latency of `checkQuote` per kind of check (p50/p95 ms over `rounds` runs of each). */
export function benchQuoteChecks(index: PassageIndex, rounds = 2): Record<string, { checks: number; p50_ms: number; p95_ms: number }> {
  const out: Record<string, { checks: number; p50_ms: number; p95_ms: number }> = {};
  for (const [kind, checks] of Object.entries(quoteChecksOf(index))) {
    for (const c of checks.slice(0, 5)) checkQuote(index, c);
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const c of checks) {
        const t = performance.now();
        checkQuote(index, c);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round((times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0) * 1000) / 1000;
    out[kind] = { checks: times.length, p50_ms: at(50), p95_ms: at(95) };
  }
  return out;
}
