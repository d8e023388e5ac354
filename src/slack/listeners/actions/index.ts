import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { SHARE_ACTION } from '../../render/blocks.js';
import { shareInChannel } from './shareInChannel.js';

/** The block actions (button action ids) the app handles. */
export const ACTIONS = [SHARE_ACTION] as const;

export function registerActions(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION, shareInChannel(deps));
}
