import type { KnownBlock } from '@slack/types';
import { formatDate } from '../../core/citation.js';
import type { Digest } from '../../core/digest/buildDigest.js';
import { blockQuote, citationMrkdwn, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { cut, LIMITS, MessageBudget } from './limits.js';

/** The action id of the digest's "Open comparison" button. */
export const OPEN_COMPARISON_ACTION = 'open_comparison';
const LISTED_SOURCES = 8;

/**
 * The daily briefing: what is on file (newest first, with outlet and genre), what is new since the last
 * digest, the quote of the day, and the comparison's one-line overview with a button to open it.
 */
export function renderDigest(digest: Digest): SlackMessage {
  const budget = new MessageBudget(3);
  const weekday = new Date(`${digest.date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  budget.tryAdd({ type: 'header', text: { type: 'plain_text', text: cut(`Prague Desk briefing \u00B7 ${weekday} ${formatDate(digest.date)}`, LIMITS.headerText) } });

  const fresh = digest.newSince.sources;
  const since = formatDate(digest.newSince.since.slice(0, 10));
  budget.tryAdd({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: cut(
        fresh.length === 0
          ? `*New since ${since}:* nothing.`
          : `*New since ${since}:* ${fresh.length} document${fresh.length === 1 ? '' : 's'}\n${fresh.slice(0, LISTED_SOURCES).map((s) => `\u2022 ${citationMrkdwn(s)}`).join('\n')}`,
        LIMITS.sectionText,
      ),
    },
  });

  const listed = digest.onFile.slice(0, LISTED_SOURCES);
  const more = digest.onFile.length - listed.length;
  budget.tryAdd({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: cut(`*On file:* ${digest.onFile.length} source${digest.onFile.length === 1 ? '' : 's'}, newest first\n${listed.map((s) => `\u2022 ${citationMrkdwn(s)}`).join('\n')}${more > 0 ? `\n\u2026and ${more} more (\`/prague sources\`)` : ''}`, LIMITS.sectionText),
    },
  });

  const q = digest.quoteOfTheDay;
  if (q) {
    budget.tryAdd(
      { type: 'section', text: { type: 'mrkdwn', text: `*Quote of the day*\n${blockQuote(escapeMrkdwn(q.quote), LIMITS.sectionText - 20)}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: cut(citationMrkdwn(q.source, q.place.paragraph, q.place.page), LIMITS.contextText) }] },
    );
  }

  const closing: KnownBlock[] = [];
  if (digest.comparison) {
    const sides = digest.comparison.sides.map((s) => `${escapeMrkdwn(s.label)}${s.kind ? ` (_${escapeMrkdwn(s.kind)}_)` : ''}`).join(' vs ');
    closing.push({
      type: 'section',
      text: { type: 'mrkdwn', text: cut(`*Comparison of positions:* ${digest.comparison.topics} topics, ${sides}`, LIMITS.sectionText) },
      accessory: { type: 'button', action_id: OPEN_COMPARISON_ACTION, text: { type: 'plain_text', text: 'Open comparison' }, value: 'overview' },
    });
  }
  return { text: `Prague Desk briefing for ${formatDate(digest.date)}: ${fresh.length} new, ${digest.onFile.length} on file`, blocks: budget.close(...closing) };
}
