import type { Desk } from '../desk.js';
import { inScope, type Scope } from '../scope.js';
import type { Quote, SourceInfo } from '../model.js';
import { splitSentences } from '../text/splitSentences.js';
import { quoteOfTheDay } from './quoteOfTheDay.js';

/** A source as the briefing lists it: its citation facts and when it was added to the corpus. */
export interface DigestSource extends SourceInfo {
  addedAt?: string;
}

/** A dated briefing that reads in 30 seconds. One model for Slack and the CLI. */
export interface Digest {
  /** The briefing's date (the channel's local date), `YYYY-MM-DD`. */
  date: string;
  /** Everything on file, newest first. */
  onFile: DigestSource[];
  /** Documents added since the channel's last digest (or, for a first digest, since the day before). */
  newSince: { since: string; sources: DigestSource[] };
  quoteOfTheDay?: Quote;
  /** The comparison's one-line overview, when the desk has prepared one. */
  comparison?: { topics: number; sides: { label: string; kind?: string }[] };
}

/**
 * The corpus's notable passages, from which the quote of the day is drawn: the quotes the desk chose for
 * its comparison, or (without one) the opening sentence of every document.
 */
export function notablePassages(desk: Desk, scope: Scope = {}): Quote[] {
  const chosen = desk.comparisonIn(scope)?.topics.flatMap((t) => t.positions.flatMap((p) => p.quotes)) ?? [];
  if (chosen.length > 0) {
    const seen = new Set<string>();
    return chosen.filter((q) => !seen.has(q.quote) && seen.add(q.quote));
  }
  return desk.corpus.documents.filter((doc) => inScope(doc, scope)).flatMap((doc) => {
    const first = doc.paragraphs[0];
    const sentence = first ? splitSentences(first.text)[0] : undefined;
    if (!first || !sentence) return [];
    return [{ quote: first.text.slice(sentence.start, sentence.end), source: doc.source, place: { paragraph: first.index, ...sentence, ...(first.page ? { page: first.page } : {}) } }];
  });
}

/**
 * Builds the briefing for a date.
 *
 * ```ts
 * buildDigest(desk, { date: '2026-11-23', since: '2026-11-22T07:00:00.000Z' }).newSince.sources
 * ```
 *
 * @param options.date the briefing's date (`YYYY-MM-DD`).
 * @param options.since what counts as new: documents added after this time (ISO); the day before when omitted.
 * @param options.scope the part of the corpus the channel sees (its collection, its workspace).
 */
export function buildDigest(desk: Desk, options: { date: string; since?: string; scope?: Scope }): Digest {
  const since = options.since ?? new Date(Date.parse(`${options.date}T00:00:00Z`) - 86_400_000).toISOString();
  const onFile: DigestSource[] = desk.sources(options.scope);
  const shown = desk.comparisonIn(options.scope);
  const comparison = shown
    ? { topics: shown.topics.length, sides: shown.sides.map((s) => ({ label: s.label, kind: s.kind })) }
    : undefined;
  return {
    date: options.date,
    onFile,
    newSince: { since, sources: onFile.filter((s) => s.addedAt !== undefined && s.addedAt > since) },
    quoteOfTheDay: quoteOfTheDay(notablePassages(desk, options.scope), options.date),
    comparison,
  };
}
