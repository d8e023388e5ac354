import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { isFirstSighting } from '../../answerOnce.js';
import { OPEN_COMPARISON_ACTION } from '../../render/digest.js';
import { compareSubcommand } from '../../subcommands/compare.js';
import { answerSubcommand } from '../../subcommands/runSubcommand.js';

/**
 * The comparison buttons: the digest's "Open comparison" shows the overview, a topic's "Side by side"
 * button (its value is the topic id) shows that topic. Either goes to the one who clicked.
 */
export function openComparison(deps: AppDeps) {
  return async ({ ack, action, body, client, context }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const args = action.action_id === OPEN_COMPARISON_ACTION ? '' : (action.value ?? '');
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        const reply = await answerSubcommand(compareSubcommand, { deps, args, userId: body.user.id, channelId: body.channel?.id ?? '', teamId: context.teamId, client });
        await postToResponseUrl(body.response_url, { response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
      })(),
    );
  };
}
