import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { replyToText } from '../../replyToText.js';

/** `@Prague Desk did China attend?` in a channel: answered in a thread under the question. */
export function appMention(deps: AppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const reply = await deps.track(replyToText(deps, event.text, event.user ?? '', event.channel, client, context.teamId ?? context.enterpriseId));
    await deps.track(
      client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: reply.text, blocks: reply.blocks }),
    );
  };
}
