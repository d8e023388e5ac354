import type { WebClient } from '@slack/web-api';
import type { ChannelScope } from '../channelScope.js';
import type { AppDeps } from '../deps.js';
import type { SlackMessage } from '../render/blocks.js';

/** Who asked, where, and with what words: what a subcommand gets to work with. */
export interface SubcommandContext {
  deps: AppDeps;
  /** The words after the subcommand name, as the person typed them (already unescaped). */
  args: string;
  userId: string;
  channelId: string;
  /** The workspace asking (Slack team id): it sees its own private folder and the shared corpus only. */
  teamId?: string;
  /** What this request may search: its workspace's documents, within the channel's collection. */
  scope: ChannelScope;
  client: WebClient;
  /** Set when the message is being shared in the channel by this user. */
  sharedBy?: string;
}

/** A request as a listener receives it; `answerSubcommand` adds its scope. */
export type SubcommandRequest = Omit<SubcommandContext, 'scope'>;

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

/** Whether the person asking may change the channel's settings (digest, collection): `PRAGUE_ADMINS`, or anyone when it is empty. */
export function mayChangeSettings(ctx: SubcommandContext): boolean {
  const admins = ctx.deps.config.admins;
  return admins.length === 0 || admins.includes(ctx.userId);
}
