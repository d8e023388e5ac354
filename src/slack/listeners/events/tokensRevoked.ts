import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';

/**
 * Tokens of a workspace were revoked: a revoked bot token removes the workspace's installation (it must
 * install the app again; its briefings stay subscribed and resume then), revoked user tokens are dropped
 * from it.
 */
export function tokensRevoked(deps: AppDeps) {
  return async ({ event, context }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs): Promise<void> => {
    const team = context.teamId;
    const enterprise = context.enterpriseId;
    const users = event.tokens.oauth ?? [];
    const bots = event.tokens.bot ?? [];
    if (!deps.installations) {
      if (bots.length > 0) deps.logger.error({ team }, 'the bot token was revoked: SLACK_BOT_TOKEN no longer works');
      return;
    }
    if (users.length > 0) await deps.installations.removeUserTokens(team, enterprise, users);
    if (bots.length > 0) {
      await deps.installations.deleteInstallation({ teamId: team, enterpriseId: enterprise, isEnterpriseInstall: Boolean(context.isEnterpriseInstall) });
    }
    deps.logger.info({ team, enterprise, users: users.length, bots: bots.length }, 'tokens revoked: removed from the installation');
  };
}
