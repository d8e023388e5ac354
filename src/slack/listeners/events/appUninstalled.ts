import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';

/**
 * A workspace removed the app: its installation (tokens), its channels' daily briefings (and their
 * delivery records) and its channel collections are removed, so nothing is posted there again and
 * nothing of it is kept. Its private corpus folder is the desk's to remove: documents are never deleted
 * by the app.
 */
export function appUninstalled(deps: AppDeps) {
  return async ({ context }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs): Promise<void> => {
    const team = context.teamId;
    const enterprise = context.enterpriseId;
    const state = deps.state;
    let subscriptions = 0;
    let bindings = 0;
    if (state && team) {
      const channels = (await state.subscriptions.list()).filter((s) => s.team === team).map((s) => s.channel);
      subscriptions = await state.subscriptions.removeTeam(team);
      await state.deliveries.removeChannels(channels);
      bindings = await state.bindings.removeTeam(team);
    }
    if (deps.installations) {
      await deps.installations.deleteInstallation({ teamId: team, enterpriseId: enterprise, isEnterpriseInstall: Boolean(context.isEnterpriseInstall) });
    } else {
      deps.logger.error({ team }, 'the workspace uninstalled the app: SLACK_BOT_TOKEN no longer works (install the app again, or use OAuth)');
    }
    deps.logger.info({ team, enterprise, subscriptions, bindings }, 'workspace uninstalled the app: its installation, briefings and channel collections were removed');
  };
}
