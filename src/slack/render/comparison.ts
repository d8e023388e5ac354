import type { KnownBlock } from '@slack/types';
import type { Comparison, Topic } from '../../core/compare/positions.js';
import { blockQuote, citationMrkdwn, closing, type RenderOptions, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { cut, LIMITS, MessageBudget } from './limits.js';

/** The action id of a topic's button in the comparison overview; its value is the topic id. */
export const OPEN_TOPIC_ACTION = 'open_comparison_topic';

/** The longest side label or genre shown (escaped): a label is a name, not a paragraph. */
const LABEL_MAX = 150;

/** A side's label (and genre) in mrkdwn: escaped first, then cut. */
function sideName(label: string, kind: string | undefined, separator: string): string {
  return `*${cut(escapeMrkdwn(label), LABEL_MAX)}*${kind ? `${separator}_${cut(escapeMrkdwn(kind), LABEL_MAX)}_` : ''}`;
}

function sideLine(comparison: Comparison): string {
  return comparison.sides.map((s) => `${sideName(s.label, s.kind, ' (')}${s.kind ? ')' : ''}`).join('  vs  ');
}

/**
 * The overview: the sides with their genre, then each topic in one line with a button that opens it
 * side by side.
 */
export function renderComparisonOverview(comparison: Comparison, options: RenderOptions = {}): SlackMessage {
  const budget = new MessageBudget();
  budget.tryAdd(
    { type: 'header', text: { type: 'plain_text', text: 'Comparison of positions' } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: cut(`${sideLine(comparison)}\nPrepared by the desk; every quote checked against the sources.`, LIMITS.contextText) }] },
  );
  let shown = 0;
  for (const topic of comparison.topics) {
    const addressed = comparison.sides.filter((s) => topic.positions.some((p) => p.side === s.id)).length;
    const block: KnownBlock = {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${cut(escapeMrkdwn(topic.title), LIMITS.sectionText - 100)}*\n${addressed} of ${comparison.sides.length} sides address it` },
      accessory: { type: 'button', action_id: `${OPEN_TOPIC_ACTION}:${shown}`, text: { type: 'plain_text', text: 'Side by side' }, value: topic.id.slice(0, LIMITS.buttonValue) },
    };
    if (!budget.tryAdd(block)) break;
    shown++;
  }
  const notes: string[] = [];
  if (comparison.topics.length > shown) notes.push(`${comparison.topics.length - shown} more topics: \`/prague compare <topic words>\``);
  return { text: `Comparison of positions: ${comparison.topics.length} topics`, blocks: budget.close(...closing(options, notes)) };
}

/**
 * One topic side by side: for each side, its label and genre, the desk's summary (labelled as such,
 * never as a quote), then its quotes, each with its citation. A side that says nothing is "not addressed".
 */
export function renderTopic(comparison: Comparison, topic: Topic, options: RenderOptions = {}): SlackMessage {
  const budget = new MessageBudget();
  budget.tryAdd({ type: 'header', text: { type: 'plain_text', text: cut(topic.title, LIMITS.headerText) } });
  let omitted = 0;
  for (const side of comparison.sides) {
    const position = topic.positions.find((p) => p.side === side.id);
    const heading = sideName(side.label, side.kind, ' \u00B7 ');
    const blocks: KnownBlock[] = [{ type: 'divider' }];
    if (!position) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${heading}\n_Not addressed._` } });
      if (!budget.tryAdd(...blocks)) omitted++;
      continue;
    }
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: heading } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: cut(`:memo: *Desk summary* (not a quote): ${escapeMrkdwn(position.summary)}`, LIMITS.contextText) }] },
    );
    if (!budget.tryAdd(...blocks)) {
      omitted += position.quotes.length;
      continue;
    }
    for (const q of position.quotes) {
      const added = budget.tryAdd(
        { type: 'section', text: { type: 'mrkdwn', text: blockQuote(escapeMrkdwn(q.quote)) } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: cut(citationMrkdwn(q.source, q.place.paragraph, q.place.page), LIMITS.contextText) }] },
      );
      if (!added) omitted++;
    }
  }
  const notes: string[] = [];
  if (omitted > 0) notes.push(`${omitted} more quote${omitted === 1 ? '' : 's'} not shown (too long for one message): \`npx prague compare ${cut(escapeMrkdwn(topic.id), 200)}\``);
  // The fallback text is mrkdwn too (notifications): a title like "<!channel>" must not ping anyone.
  return { text: cut(`Side by side: ${escapeMrkdwn(topic.title)}`, LIMITS.fallbackText), blocks: budget.close(...closing(options, notes)) };
}
