import type { WebClient } from '@slack/web-api';
import type { AppDeps } from './deps.js';
import { MessageNotSentError, type ChannelMessage } from './channelPacer.js';

/**
 * Posts a reply in a channel (or thread) through the channel pacer. When it cannot be sent (Slack keeps
 * rate-limiting the channel past the deadline, or refuses it), the person who asked is told privately
 * where Slack allows it (`chat.postEphemeral`, not subject to the channel's message pace); in a DM
 * there is nowhere else to say it, and the log has it.
 */
export async function replyInChannel(deps: AppDeps, client: WebClient, where: { channel: string; userId?: string }, message: ChannelMessage): Promise<void> {
  try {
    await deps.pacer.post(client, where.channel, message);
  } catch (error) {
    if (!(error instanceof MessageNotSentError)) throw error;
    if (!where.userId || where.channel.startsWith('D')) return;
    const why = error.code === 'rate_limited' || error.code === 'timed_out' ? 'Slack is limiting how fast messages can be posted in this channel' : `Slack refused it (${error.code})`;
    try {
      await client.chat.postEphemeral({
        channel: where.channel,
        user: where.userId,
        thread_ts: message.thread_ts,
        text: `Sorry: I could not post my answer here (${why}). Please ask again in a minute, or ask me in a direct message.`,
      });
    } catch (notice) {
      deps.logger.warn({ channel: where.channel, err: notice }, 'could not tell the asker that the reply was not sent');
    }
  }
}
