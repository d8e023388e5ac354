import type { WebClient } from '@slack/web-api';
import { quotedPhrases } from '../core/quotes/quotedPhrases.js';
import type { AppDeps } from './deps.js';
import { renderQuoteChecks } from './render/quoteCheck.js';
import { readSlackText } from './slackText.js';
import { routeSubcommand, subcommands } from './subcommands/index.js';
import { runSubcommand } from './subcommands/runSubcommand.js';
import type { SubcommandReply } from './subcommands/subcommand.js';

/**
 * The reply to a message addressed to the bot (an @mention or a DM): a subcommand when the message
 * starts with one, a quote check when it holds quoted phrases ("did they really say "X"?"), else an
 * answer to the question.
 */
export async function replyToText(deps: AppDeps, rawText: string, userId: string, channelId: string, client: WebClient): Promise<SubcommandReply> {
  const text = readSlackText(rawText);
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  const phrases = quotedPhrases(text);
  if (phrases.length > 0 && !subcommands.some((s) => s.name === first)) {
    return renderQuoteChecks(phrases.map((p) => deps.desk().checkQuote(p)));
  }
  const { subcommand, args } = routeSubcommand(text);
  const reply = await runSubcommand(subcommand, { deps, args, userId, channelId, client });
  // A reply in a thread or a DM is already where the asker is: no Share button there.
  return { ...reply, blocks: reply.blocks.filter((b) => b.type !== 'actions') };
}
