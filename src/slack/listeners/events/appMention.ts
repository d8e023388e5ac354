import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { replyToText } from '../../replyToText.js';
import { sharedFiles } from './addSharedFiles.js';

/** `@Prague Desk did China attend?` in a channel: answered in a thread under the question. */
export function appMention(deps: AppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    if (sharedFiles(event).length > 0) return; // a mention sharing files adds them (addSharedFiles)
    const reply = await deps.track(replyToText(deps, event.text, event.user ?? '', event.channel, client));
    await deps.track(
      client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: reply.text, blocks: reply.blocks }),
    );
  };
}
