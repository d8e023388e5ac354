import { searchedNote } from '../channelScope.js';
import { renderNotice } from '../render/blocks.js';
import { renderComparisonOverview, renderTopic } from '../render/comparison.js';
import type { Subcommand } from './subcommand.js';

/** `/prague compare [topic words]`: the desk's comparison, as an overview or one topic side by side. */
export const compareSubcommand: Subcommand = {
  name: 'compare',
  usage: '/prague compare [topic words]',
  summary: 'who holds which position, side by side, in their own words',
  shareable: true,
  run({ deps, args, sharedBy, scope }) {
    const desk = deps.desk();
    const comparison = desk.comparisonIn(scope);
    if (!comparison) return renderNotice('No comparison has been prepared for this corpus yet (no positions.yml).');
    const share = { k: 'compare', a: args };
    const searched = searchedNote(scope, desk);
    if (!args.trim()) return renderComparisonOverview(comparison, { share, sharedBy, searched });
    const topic = desk.findTopic(args, scope);
    if (!topic) {
      return renderNotice(`No topic matches \u201C${args}\u201D. Topics: ${comparison.topics.map((t) => t.title).join('; ')}. Try /prague compare for the overview.`);
    }
    return renderTopic(comparison, topic, { share: { k: 'compare', a: topic.id }, sharedBy, searched });
  },
};
