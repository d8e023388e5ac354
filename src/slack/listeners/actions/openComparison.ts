import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { compareSubcommand } from '../../subcommands/compare.js';
import { runSubcommand } from '../../subcommands/runSubcommand.js';

/** The digest's "Open comparison" button: the comparison overview, to the one who clicked. */
export function openComparison(deps: AppDeps) {
  return async ({ ack, body, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    await deps.track(
      (async () => {
        const reply = await runSubcommand(compareSubcommand, { deps, args: '', userId: body.user.id, channelId: body.channel?.id ?? '', client });
        await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
      })(),
    );
  };
}
