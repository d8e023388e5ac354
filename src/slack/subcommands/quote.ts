import { quotedPhrases } from '../../core/quotes/quotedPhrases.js';
import { checkPhrases } from '../checkPhrases.js';
import { searchedNote } from '../channelScope.js';
import { renderNotice, renderQuoteChecks, withNotes } from '../render/blocks.js';
import type { Subcommand } from './subcommand.js';

/** `/prague quote "<text>"`: verbatim, near (real wording, differences marked) or not in the sources. */
export const quoteSubcommand: Subcommand = {
  name: 'quote',
  usage: '/prague quote "<text>"',
  summary: 'check a quote: verbatim, near (the real wording) or not in the sources',
  shareable: true,
  run({ deps, args, sharedBy, scope }) {
    const desk = deps.desk();
    const phrases = quotedPhrases(args);
    const { checks, refused } = checkPhrases(desk, phrases.length > 0 ? phrases : [args], scope);
    if (checks.length === 0) return renderNotice(`Sorry: ${refused.join(' ')}`);
    return withNotes(renderQuoteChecks(checks, { share: { k: 'quote', a: args }, sharedBy, searched: searchedNote(scope, desk) }), refused);
  },
};
