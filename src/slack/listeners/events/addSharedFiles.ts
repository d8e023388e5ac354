import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { replyInChannel } from '../../replyInChannel.js';
import { addSlackFiles, type SlackFile } from '../../addSlackFiles.js';
import { renderSafeSections } from '../../render/blocks.js';

/** The files of an @mention, when it shares any (such a mention is not a question: see `appMention`). */
export function sharedFiles(event: { files?: unknown }): SlackFile[] {
  return Array.isArray(event.files) ? (event.files as SlackFile[]) : [];
}

/**
 * `@Prague Desk` on a message sharing files (PDF, Word, web page, text): each file is added to the desk
 * (the channel's collection when the channel is bound to one) and confirmed in a thread under the message
 * with its title, pages and who added it, or the reason it was not added.
 */
export function addSharedFiles(deps: AppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const files = sharedFiles(event);
    if (files.length === 0) return;
    const token = context.botToken ?? client.token ?? '';
    await deps.track(
      (async () => {
        const lines = await addSlackFiles(deps, { files, channel: event.channel, addedBy: event.user ?? '', client, token, team: context.teamId });
        const reply = renderSafeSections(lines);
        await replyInChannel(deps, client, { channel: event.channel, userId: event.user }, { text: reply.text, blocks: reply.blocks, thread_ts: event.thread_ts ?? event.ts });
      })(),
    );
  };
}
