import { quotedPhrases } from '../../core/quotes/quotedPhrases.js';
import { renderQuoteChecks } from '../render/quoteCheck.js';
import type { Subcommand } from './subcommand.js';

/** `/prague quote "<text>"`: verbatim, near (real wording, differences marked) or not in the sources. */
export const quoteSubcommand: Subcommand = {
  name: 'quote',
  usage: '/prague quote "<text>"',
  summary: 'check a quote: verbatim, near (the real wording) or not in the sources',
  shareable: true,
  run({ deps, args, sharedBy }) {
    const phrases = quotedPhrases(args);
    const checks = (phrases.length > 0 ? phrases : [args]).map((p) => deps.desk().checkQuote(p));
    return renderQuoteChecks(checks, { share: { k: 'quote', a: args }, sharedBy });
  },
};
