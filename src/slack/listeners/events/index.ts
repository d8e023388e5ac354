import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { appHomeOpened } from './appHomeOpened.js';
import { appMention } from './appMention.js';
import { addSharedFiles } from './addSharedFiles.js';
import { directMessage } from './directMessage.js';
import { appUninstalled } from './appUninstalled.js';
import { tokensRevoked } from './tokensRevoked.js';

/** The bot events the app handles (each declared in manifest.yml; `message` arrives as `message.im`). */
export const EVENTS = ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

export function registerEvents(app: App, deps: AppDeps): void {
  app.event('app_mention', appMention(deps));
  app.event('app_mention', addSharedFiles(deps));
  app.message(directMessage(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('app_uninstalled', appUninstalled(deps));
  app.event('tokens_revoked', tokensRevoked(deps));
}
