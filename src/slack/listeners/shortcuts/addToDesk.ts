import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { addSlackFiles, type SlackFile } from '../../addSlackFiles.js';
import { isFirstSighting } from '../../answerOnce.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { renderNotice, renderSafeSections } from '../../render/blocks.js';

/** The message shortcut's callback id (declared in manifest.yml as "Add to Prague Desk"). */
export const ADD_TO_DESK_CALLBACK = 'add_to_desk';

/**
 * "Add to Prague Desk" on a message with files: acknowledged at once, then each file is added to the desk
 * and confirmed in a thread under the message (title, pages, who added it). Where the app cannot post
 * (not a member of the channel), the confirmation goes to the person who asked, privately.
 */
export function addToDesk(deps: AppDeps) {
  return async ({ ack, shortcut, client, context }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const message = shortcut.message as { ts: string; thread_ts?: string; files?: SlackFile[] };
    const files = Array.isArray(message.files) ? message.files : [];
    const token = context.botToken ?? client.token ?? '';
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        if (files.length === 0) {
          await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...renderNotice('That message shares no file: use "Add to Prague Desk" on a message with a PDF, Word file, web page or text file.') });
          return;
        }
        const lines = await addSlackFiles(deps, { files, channel: shortcut.channel.id, addedBy: shortcut.user.id, client, token, team: context.teamId });
        const reply = renderSafeSections(lines);
        try {
          await deps.pacer.post(client, shortcut.channel.id, { text: reply.text, blocks: reply.blocks, thread_ts: message.thread_ts ?? message.ts });
        } catch (error) {
          deps.logger.info({ err: error, channel: shortcut.channel.id }, 'confirmation not posted in the thread: sent privately');
          await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...reply });
        }
      })(),
    );
  };
}
