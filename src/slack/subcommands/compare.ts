import { renderNotice } from '../render/blocks.js';
import { renderComparisonOverview, renderTopic } from '../render/comparison.js';
import type { Subcommand } from './subcommand.js';

/** `/prague compare [topic words]`: the desk's comparison, as an overview or one topic side by side. */
export const compareSubcommand: Subcommand = {
  name: 'compare',
  usage: '/prague compare [topic words]',
  summary: 'who holds which position, side by side, in their own words',
  shareable: true,
  run({ deps, args, sharedBy }) {
    const desk = deps.desk();
    const comparison = desk.comparison;
    if (!comparison) return renderNotice('No comparison has been prepared for this corpus yet (no positions.yml).');
    const share = { k: 'compare', a: args };
    if (!args.trim()) return renderComparisonOverview(comparison, { share, sharedBy });
    const topic = desk.findTopic(args);
    if (!topic) {
      return renderNotice(`No topic matches \u201C${args}\u201D. Topics: ${comparison.topics.map((t) => t.title).join('; ')}. Try /prague compare for the overview.`);
    }
    return renderTopic(comparison, topic, { share: { k: 'compare', a: topic.id }, sharedBy });
  },
};
