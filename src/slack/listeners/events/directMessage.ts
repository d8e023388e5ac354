import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { replyInChannel } from '../../replyInChannel.js';
import { replyToText } from '../../replyToText.js';

/** A direct message to the bot: answered in the DM. Edits, bot messages and other subtypes are ignored. */
export function directMessage(deps: AppDeps) {
  return async ({ message, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('text' in message) || !message.text) return;
    if ('bot_id' in message && message.bot_id) return;
    const text = message.text;
    await deps.track(
      (async () => {
        const reply = await replyToText(deps, text, message.user ?? '', message.channel, client, context.teamId);
        await replyInChannel(deps, client, { channel: message.channel }, { text: reply.text, blocks: reply.blocks });
      })(),
    );
  };
}
