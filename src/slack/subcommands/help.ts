import { CHECK_QUOTES_NAME } from '../listeners/shortcuts/checkQuotes.js';
import { renderSafeSections } from '../render/blocks.js';
import type { Subcommand } from './subcommand.js';

/** Lines of the help text; filled in by `subcommands/index.ts` so it always lists every subcommand. */
export const helpLines: string[] = [];

/** `/prague help` (and empty input): how to use Prague Desk. */
export const helpSubcommand: Subcommand = {
  name: 'help',
  usage: '/prague help',
  summary: 'this help',
  shareable: false,
  run() {
    return renderSafeSections([
      '*Prague Desk* answers with the sources\u2019 own words: verbatim quotes with their citations, never paraphrase.',
      helpLines.join('\n'),
      `In a channel, mention me with a question (\`@Prague Desk did China attend?\`) and I answer in a thread. To check quotes in any message, use its \u22EE menu: *${CHECK_QUOTES_NAME}*.`,
    ]);
  },
};
