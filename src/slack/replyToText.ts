import type { WebClient } from '@slack/web-api';
import { quotedPhrases } from '../core/quotes/quotedPhrases.js';
import { searchedNote } from './channelScope.js';
import type { AppDeps } from './deps.js';
import { renderNotice, withNotes } from './render/blocks.js';
import { renderQuoteChecks } from './render/quoteCheck.js';
import { checkPhrases } from './checkPhrases.js';
import { readSlackText } from './slackText.js';
import { routeSubcommand, subcommands } from './subcommands/index.js';
import { runSubcommand } from './subcommands/runSubcommand.js';
import type { SubcommandReply } from './subcommands/subcommand.js';

/**
 * The reply to a message addressed to the bot (an @mention or a DM): a subcommand when the message
 * starts with one, a quote check when it holds quoted phrases ("did they really say "X"?"), else an
 * answer to the question.
 */
export async function replyToText(deps: AppDeps, rawText: string, userId: string, channelId: string, client: WebClient, teamId?: string): Promise<SubcommandReply> {
  const text = readSlackText(rawText);
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  const phrases = quotedPhrases(text);
  if (phrases.length > 0 && !subcommands.some((s) => s.name === first)) {
    // A phrase over the length limit gets a clear line of its own; the others are still checked.
    const scope = await deps.scopeOf(teamId, channelId);
    const desk = deps.desk();
    const { checks, refused } = checkPhrases(desk, phrases, scope);
    if (checks.length === 0) return renderNotice(`Sorry: ${refused.join(' ')}`);
    return withNotes(renderQuoteChecks(checks, { searched: searchedNote(scope, desk) }), refused);
  }
  const { subcommand, args } = routeSubcommand(text);
  const reply = await runSubcommand(subcommand, { deps, args, userId, channelId, teamId, client });
  // A reply in a thread or a DM is already where the asker is: no Share button there.
  return { ...reply, blocks: reply.blocks.filter((b) => b.type !== 'actions') };
}
