import { InputError, type Desk } from '../core/desk.js';
import type { QuoteCheck } from '../core/model.js';
import type { Scope } from '../core/scope.js';

/** The quote checks of several phrases, and a line for each phrase that could not be checked. */
export interface PhraseChecks {
  checks: QuoteCheck[];
  /** Why a phrase was not checked (too long, empty), one line each, for the person who asked. */
  refused: string[];
}

/**
 * Checks each phrase against the sources. A phrase the engine refuses (over the length limit) does not
 * take the others down with it: it is named in `refused`, with the reason, and the rest are checked.
 *
 * ```ts
 * checkPhrases(desk, ['no positive influence', 'x'.repeat(5000)]).refused
 * // ['“xxxxxxxx…” was not checked: quote too long (5000 characters; at most 1000). Check a sentence or two at a time.']
 * ```
 */
export function checkPhrases(desk: Desk, phrases: string[], scope?: Scope): PhraseChecks {
  const checks: QuoteCheck[] = [];
  const refused: string[] = [];
  for (const phrase of phrases) {
    try {
      checks.push(desk.checkQuote(phrase, scope ? { scope } : undefined));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const start = phrase.trim().slice(0, 60);
      refused.push(`\u201C${start}${phrase.trim().length > 60 ? '\u2026' : ''}\u201D was not checked: ${error.message}. Check a sentence or two at a time.`);
    }
  }
  return { checks, refused };
}
