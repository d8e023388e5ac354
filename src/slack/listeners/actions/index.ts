import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { SHARE_ACTION } from '../../render/blocks.js';
import { OPEN_TOPIC_ACTION } from '../../render/comparison.js';
import { OPEN_COMPARISON_ACTION } from '../../render/digest.js';
import { openComparison } from './openComparison.js';
import { shareInChannel } from './shareInChannel.js';

/** The block actions (button action ids) the app handles. */
export const ACTIONS = [SHARE_ACTION, OPEN_TOPIC_ACTION, OPEN_COMPARISON_ACTION] as const;

export function registerActions(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION, shareInChannel(deps));
  app.action<BlockButtonAction>(OPEN_COMPARISON_ACTION, openComparison(deps));
  // One button per topic, each with its own action id (`open_comparison_topic:<n>`).
  app.action<BlockButtonAction>(new RegExp(`^${OPEN_TOPIC_ACTION}(:|$)`), openComparison(deps));
}
