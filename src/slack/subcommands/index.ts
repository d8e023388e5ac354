import { askSubcommand } from './ask.js';
import { helpLines, helpSubcommand } from './help.js';
import { quoteSubcommand } from './quote.js';
import { sourcesSubcommand } from './sources.js';
import { compareSubcommand } from './compare.js';
import { digestSubcommand } from './digest.js';
import { collectionSubcommand } from './collection.js';
import type { Subcommand } from './subcommand.js';

/**
 * Every `/prague` subcommand. A new subcommand is a new file and one line here; text that starts with
 * none of these names is a question.
 */
export const subcommands: Subcommand[] = [askSubcommand, quoteSubcommand, compareSubcommand, digestSubcommand, sourcesSubcommand, collectionSubcommand, helpSubcommand];

helpLines.push(...subcommands.map((s) => `\`${s.usage}\` \u2014 ${s.summary}`));

/**
 * Picks the subcommand for what was typed after `/prague`: a known first word, else a question;
 * input without a single letter or digit is help.
 *
 * ```ts
 * routeSubcommand('quote "no positive impact"') // { subcommand: quoteSubcommand, args: '"no positive impact"' }
 * routeSubcommand('who attended')               // { subcommand: askSubcommand, args: 'who attended' }
 * routeSubcommand('?!')                         // { subcommand: helpSubcommand, args: '' }
 * ```
 */
export function routeSubcommand(text: string): { subcommand: Subcommand; args: string } {
  const trimmed = text.trim();
  // Nothing to search for (empty, or only punctuation such as "?"): show how to use it.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return { subcommand: helpSubcommand, args: '' };
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const named = subcommands.find((s) => s.name === first.toLowerCase());
  if (named) {
    const args = rest.join(' ');
    // "/prague ask" or "/prague quote" with nothing after it: show how to use it.
    if (!args && (named === askSubcommand || named === quoteSubcommand)) {
      return { subcommand: helpSubcommand, args: '' };
    }
    return { subcommand: named, args: trimmed.slice(first.length).trim() };
  }
  return { subcommand: askSubcommand, args: trimmed };
}

/** Finds a subcommand by name (for the Share button, which names the subcommand that answered). */
export function findSubcommand(name: string): Subcommand | undefined {
  return subcommands.find((s) => s.name === name);
}
