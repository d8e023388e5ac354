import type { App, MessageShortcut } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { CHECK_QUOTES_CALLBACK, checkQuotes } from './checkQuotes.js';
import { ADD_TO_DESK_CALLBACK, addToDesk } from './addToDesk.js';

/** The shortcut callback ids the app handles (each declared in manifest.yml). */
export const SHORTCUTS = [CHECK_QUOTES_CALLBACK, ADD_TO_DESK_CALLBACK] as const;

export function registerShortcuts(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>({ callback_id: CHECK_QUOTES_CALLBACK, type: 'message_action' }, checkQuotes(deps));
  app.shortcut<MessageShortcut>({ callback_id: ADD_TO_DESK_CALLBACK, type: 'message_action' }, addToDesk(deps));
}
