import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { isFirstSighting } from '../../answerOnce.js';
import { readShareValue, renderNotice } from '../../render/blocks.js';
import { findSubcommand } from '../../subcommands/index.js';
import { answerSubcommand } from '../../subcommands/runSubcommand.js';

/**
 * "Share in channel": posts the same answer for everyone, saying who shared it, and removes the private
 * copy. The button's value is a short reference (the subcommand and what was asked), not the answer:
 * the answer is made again from it, on whichever replica gets the click, so what is shared is exactly
 * what the corpus says now.
 */
export function shareInChannel(deps: AppDeps) {
  return async ({ ack, action, body, client, context }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const value = readShareValue(action.value ?? '');
    const subcommand = value && findSubcommand(value.k);
    if (!value || !subcommand?.shareable) {
      deps.logger.warn({ action: action.action_id, bytes: action.value?.length ?? 0 }, 'share button with an unreadable value');
      await deps.track(postToResponseUrl(body.response_url, { response_type: 'ephemeral', replace_original: false, ...renderNotice('This answer cannot be shared from here any more: ask again, then share the new answer.') }));
      return;
    }
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        const reply = await answerSubcommand(subcommand, {
          deps,
          args: value.a,
          userId: body.user.id,
          channelId: body.channel?.id ?? '',
          teamId: context.teamId,
          client,
          sharedBy: body.user.id,
        });
        await postToResponseUrl(body.response_url, { response_type: 'in_channel', replace_original: false, text: reply.text, blocks: reply.blocks });
        await postToResponseUrl(body.response_url, { delete_original: true });
      })(),
    );
  };
}
