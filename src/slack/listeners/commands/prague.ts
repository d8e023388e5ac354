import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { readSlackText } from '../../slackText.js';
import { routeSubcommand } from '../../subcommands/index.js';
import { answerSubcommand } from '../../subcommands/runSubcommand.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { isFirstSighting } from '../../answerOnce.js';

/**
 * `/prague …`: acknowledged at once (well inside Slack's 3 seconds), then answered in the answer queue
 * (never in the request that asked) through the `response_url`, visible to the asker only unless the
 * subcommand says otherwise.
 */
export function pragueCommand(deps: AppDeps) {
  return async ({ command, ack, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { subcommand, args } = routeSubcommand(readSlackText(command.text ?? ''));
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        const reply = await answerSubcommand(subcommand, { deps, args, userId: command.user_id, channelId: command.channel_id, teamId: context.teamId, client });
        await postToResponseUrl(command.response_url, { response_type: reply.inChannel ? 'in_channel' : 'ephemeral', text: reply.text, blocks: reply.blocks });
      })(),
    );
  };
}
