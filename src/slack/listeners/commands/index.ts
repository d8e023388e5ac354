import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { pragueCommand } from './prague.js';

/** The slash commands the app answers (each declared in manifest.yml). */
export const COMMANDS = ['/prague'] as const;

export function registerCommands(app: App, deps: AppDeps): void {
  app.command('/prague', pragueCommand(deps));
}
