import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { helpSubcommand } from '../../subcommands/help.js';
import { renderSources } from '../../render/blocks.js';

/** App Home: how to use the desk and what is on file. */
export function appHomeOpened(deps: AppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    // App Home belongs to no channel: the workspace's own documents and the shared corpus.
    const scope = await deps.scopeOf(context.teamId, '');
    const blocks = await deps.answers.run(async () => {
      const help = await helpSubcommand.run({ deps, args: '', userId: event.user, channelId: event.channel, client, scope });
      const desk = deps.desk();
      const sources = renderSources(desk.sources(scope), desk.problems);
      return [...help.blocks, { type: 'divider' as const }, ...sources.blocks].slice(0, 100);
    });
    await deps.track(client.views.publish({ user_id: event.user, view: { type: 'home', blocks } }));
  };
}
