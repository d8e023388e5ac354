import type { WebClient } from '@slack/web-api';
import { quotedPhrases } from '../core/quotes/quotedPhrases.js';
import type { AppDeps } from './deps.js';
import { readSlackText } from './slackText.js';
import { routeSubcommand, subcommands } from './subcommands/index.js';
import { quoteSubcommand } from './subcommands/quote.js';
import { answerSubcommand } from './subcommands/runSubcommand.js';
import type { SubcommandReply } from './subcommands/subcommand.js';

/**
 * The reply to a message addressed to the bot (an @mention or a DM): a subcommand when the message
 * starts with one, a quote check (`/prague quote`'s) when it holds quoted phrases ("did they really say
 * "X"?"), else an answer to the question.
 */
export async function replyToText(deps: AppDeps, rawText: string, userId: string, channelId: string, client: WebClient, teamId?: string): Promise<SubcommandReply> {
  const text = readSlackText(rawText);
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  const checksQuotes = quotedPhrases(text).length > 0 && !subcommands.some((s) => s.name === first);
  const { subcommand, args } = checksQuotes ? { subcommand: quoteSubcommand, args: text } : routeSubcommand(text);
  return withoutShareButton(await answerSubcommand(subcommand, { deps, args, userId, channelId, teamId, client }));
}

/** A reply where the asker already is (a thread, a DM, a private reply to a shortcut): no Share button. */
export function withoutShareButton(reply: SubcommandReply): SubcommandReply {
  return { ...reply, blocks: reply.blocks.filter((b) => b.type !== 'actions') };
}
