import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { isFirstSighting } from '../../answerOnce.js';
import type { ShareValue } from '../../render/blocks.js';
import { findSubcommand } from '../../subcommands/index.js';
import { runSubcommand } from '../../subcommands/runSubcommand.js';

/**
 * "Share in channel": posts the same answer for everyone, saying who shared it, and removes the private
 * copy. The answer is made again from the button's value (the subcommand and what was asked), so what
 * is shared is exactly what the corpus says now.
 */
export function shareInChannel(deps: AppDeps) {
  return async ({ ack, action, body, client, context }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    let value: ShareValue;
    try {
      value = JSON.parse(action.value ?? '') as ShareValue;
    } catch {
      deps.logger.warn({ action: action.action_id }, 'share button with an unreadable value');
      return;
    }
    const subcommand = findSubcommand(String(value.k));
    if (!subcommand?.shareable) return;
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        const reply = await runSubcommand(subcommand, {
          deps,
          args: String(value.a ?? ''),
          userId: body.user.id,
          channelId: body.channel?.id ?? '',
          teamId: context.teamId ?? body.team?.id ?? undefined,
          client,
          sharedBy: body.user.id,
        });
        await postToResponseUrl(body.response_url, { response_type: 'in_channel', replace_original: false, text: reply.text, blocks: reply.blocks });
        await postToResponseUrl(body.response_url, { delete_original: true });
      })(),
    );
  };
}
