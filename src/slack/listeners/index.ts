import type { App } from '@slack/bolt';
import type { AppDeps } from '../deps.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';

/** Registers every listener group, as in Slack's Bolt starter template. */
export function registerListeners(app: App, deps: AppDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
}
