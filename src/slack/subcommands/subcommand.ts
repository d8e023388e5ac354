import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../deps.js';
import type { SlackMessage } from '../render/blocks.js';

/** Who asked, where, and with what words: what a subcommand gets to work with. */
export interface SubcommandContext {
  deps: AppDeps;
  /** The words after the subcommand name, as the person typed them (already unescaped). */
  args: string;
  userId: string;
  channelId: string;
  client: WebClient;
  /** Set when the message is being shared in the channel by this user. */
  sharedBy?: string;
}

/** What a subcommand answers: a message, shown to the asker only unless it is `inChannel`. */
export interface SubcommandReply extends SlackMessage {
  inChannel?: boolean;
}

/**
 * One `/prague <name> …` subcommand, in its own file, listed in `subcommands/index.ts`. Adding one is a
 * new file and one line in that list.
 */
export interface Subcommand {
  name: string;
  usage: string;
  summary: string;
  /** Whether its answer gets a "Share in channel" button. */
  shareable: boolean;
  run(ctx: SubcommandContext): Promise<SubcommandReply> | SubcommandReply;
}
