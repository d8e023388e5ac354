import { quotedPhrases } from '../../core/quotes/quotedPhrases.js';
import { renderQuoteChecks } from '../render/quoteCheck.js';
import type { Subcommand } from './subcommand.js';

/** `/prague quote "<text>"`: verbatim, edited (a journalist's cuts and brackets), near (the real wording, what differs) or not in the sources, with who said it. */
export const quoteSubcommand: Subcommand = {
  name: 'quote',
  usage: '/prague quote "<text>"',
  summary: 'check a quote: verbatim, edited (cuts and [brackets]), near (the real wording) or not in the sources, and who said it',
  shareable: true,
  run({ deps, args, sharedBy }) {
    const phrases = quotedPhrases(args);
    const checks = (phrases.length > 0 ? phrases : [args]).map((p) => deps.desk().checkQuote(p));
    return renderQuoteChecks(checks, { share: { k: 'quote', a: args }, sharedBy });
  },
};
