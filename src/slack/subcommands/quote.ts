import { quotedPhrases } from '../../core/quotes/quotedPhrases.js';
import { checkPhrases } from '../checkPhrases.js';
import { searchedNote } from '../channelScope.js';
import { renderNotice, withNotes } from '../render/blocks.js';
import { renderQuoteChecks } from '../render/quoteCheck.js';
import type { Subcommand } from './subcommand.js';

/** `/prague quote "<text>"`: verbatim, edited (a journalist's cuts and brackets), near (the real wording, what differs) or not in the sources, with who said it. */
export const quoteSubcommand: Subcommand = {
  name: 'quote',
  usage: '/prague quote "<text>"',
  summary: 'check a quote: verbatim, edited (cuts and [brackets]), near (the real wording) or not in the sources, and who said it',
  shareable: true,
  run({ deps, args, sharedBy, scope }) {
    const desk = deps.desk();
    const phrases = quotedPhrases(args);
    const { checks, refused } = checkPhrases(desk, phrases.length > 0 ? phrases : [args], scope);
    if (checks.length === 0) return renderNotice(`Sorry: ${refused.join(' ')}`);
    return withNotes(renderQuoteChecks(checks, { share: { k: 'quote', a: args }, sharedBy, searched: searchedNote(scope, desk) }), refused);
  },
};
