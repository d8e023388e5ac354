import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { replyInChannel } from '../../replyInChannel.js';
import { replyToText } from '../../replyToText.js';
import { sharedFiles } from './addSharedFiles.js';

/** `@Prague Desk did China attend?` in a channel: answered in a thread under the question. */
export function appMention(deps: AppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    if (sharedFiles(event).length > 0) return; // a mention sharing files adds them (addSharedFiles)
    await deps.track(
      (async () => {
        const reply = await replyToText(deps, event.text, event.user ?? '', event.channel, client, context.teamId);
        await replyInChannel(deps, client, { channel: event.channel, userId: event.user }, { text: reply.text, blocks: reply.blocks, thread_ts: event.thread_ts ?? event.ts });
      })(),
    );
  };
}
