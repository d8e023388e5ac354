import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';
import { LIMITS } from '../../src/slack/render/limits.js';
import { expectWithinLimits } from '../helpers/expectWithinLimits.js';
import { postEvent, postInteraction, postSlashCommand } from '../helpers/slackRequests.js';
import { tempCorpus } from '../helpers/tempCorpus.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * Slack output from a hostile corpus (titles, labels, summaries and text holding Slack control
 * sequences, `&`-heavy text that grows fivefold when escaped) and hostile input, through the real Bolt
 * app over HTTP: nothing pings, mentions or links, every message stays within Block Kit's limits, long
 * input gets an answer, and the Share button always works.
 */
const CONTROL = /<!channel>|<!here>|<!everyone>|<@U\d+>|<https:\/\/evil/;
const AMPERSANDS = `Officials agreed that ${'security & trust & '.repeat(45)}matter in 5G networks.`;
const WIRE = [
  '---',
  'title: "Wire <!channel> & <@U999> report"',
  'outlet: "<!here> News"',
  'author: "<@U777>"',
  'kind: news report',
  '---',
  'Ministers meet in Prague',
  '',
  'The minister said <!channel> the 5G rules & <https://evil.example|click here> were fair.',
  '',
  AMPERSANDS,
  '',
].join('\n');
const LONG_LABEL = `B & <!here> ${'label & '.repeat(500)}`;
const POSITIONS = `sides:
  - id: a
    label: "<!everyone> Side A"
    kind: "news <!here> report"
  - id: b
    label: "${LONG_LABEL}"
topics:
  - id: side-by-side
    title: "Side by side <!channel>"
    keywords: [minister, rules]
    positions:
      a:
        summary: "Summary <@U123> & more"
        quotes:
          - source: wire
            quote: "The minister said <!channel> the 5G rules & <https://evil.example|click here> were fair."
          - source: wire
            quote: "${AMPERSANDS}"
`;

let t: TestApp;
beforeAll(async () => {
  const desk = await openDesk(tempCorpus({ 'wire.txt': WIRE, 'positions.yml': POSITIONS }));
  expect(desk.comparisonProblems).toEqual([]);
  t = await startTestApp({ desk, pacing: { intervalMs: 0 } });
});
afterAll(async () => {
  await t.stop();
});

let n = 0;
async function prague(text: string): Promise<{ text: string; blocks: never[]; response_type?: string }> {
  const id = `out${++n}`;
  const ack = await postSlashCommand(t.port, text, t.fake.responseUrl(id));
  expect(ack.status).toBe(200);
  const [reply] = await t.fake.waitFor(`response:${id}`);
  return reply!.body as never;
}
const everything = (message: { text: string; blocks: unknown[] }) => JSON.stringify(message.blocks) + message.text;

/**
 * Every string Slack reads as mrkdwn: the notification text and each mrkdwn text object. (plain_text
 * objects, such as headers and button labels, are shown as they are: Slack parses nothing in them.)
 */
function mrkdwnOf(message: { text: string; blocks: unknown[] }): string {
  const found: string[] = [message.text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') found.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks);
  return found.join('\n');
}

describe('fault: strings from positions.yml and the corpus reach Slack escaped', () => {
  it('a topic titled "Side by side <!channel>" pings nobody, in the blocks or in the notification text', async () => {
    const reply = await prague('compare minister rules');
    expectWithinLimits(reply);
    expect(mrkdwnOf(reply)).not.toMatch(CONTROL);
    expect(reply.text).toBe('Side by side: Side by side &lt;!channel&gt;');
    expect(everything(reply)).toContain('Summary &lt;@U123&gt; &amp; more');
  });

  it('the overview and the topic button escape labels and genres too', async () => {
    const overview = await prague('compare');
    expectWithinLimits(overview);
    expect(mrkdwnOf(overview)).not.toMatch(CONTROL);
    const accessory = (overview.blocks as { accessory?: { action_id: string; value: string } }[]).find((b) => b.accessory?.action_id.startsWith('open_comparison_topic'))?.accessory;
    expect(accessory).toBeDefined();
    const button = [undefined, accessory!.action_id, accessory!.value];
    const res = await postInteraction(t.port, {
      type: 'block_actions', user: { id: 'U2' }, team: { id: 'T1' }, channel: { id: 'C1' }, trigger_id: '1', response_url: t.fake.responseUrl('topic-click'),
      actions: [{ type: 'button', action_id: button![1], block_id: 'b', value: button![2], action_ts: '1' }],
    });
    expect(res.status).toBe(200);
    const [topic] = await t.fake.waitFor('response:topic-click');
    expectWithinLimits(topic!.body as never);
    expect(mrkdwnOf(topic!.body as never)).not.toMatch(CONTROL);
  });

  it('answers and citations from the corpus are escaped', async () => {
    const reply = await prague('what did the minister say about the 5G rules');
    expectWithinLimits(reply);
    expect(mrkdwnOf(reply)).not.toMatch(CONTROL);
    expect(everything(reply)).toContain('&lt;!channel&gt;');
    expect(everything(reply)).toContain('&lt;@U777&gt;');
  });
});

describe('fault: Block Kit limits hold after escaping', () => {
  it('a side label of 4,000 characters is cut, also where the side has not addressed the topic', async () => {
    const reply = await prague('compare minister rules');
    const notAddressed = (reply.blocks as { type: string; text?: { text: string } }[]).find((b) => b.text?.text.includes('Not addressed'));
    expect(notAddressed!.text!.text.length).toBeLessThan(400);
    expect(notAddressed!.text!.text).toContain('\u2026');
  });

  it('&-heavy quotes (five times longer escaped) stay within 3,000 characters a section', async () => {
    const reply = await prague('security trust matter in 5G networks');
    expectWithinLimits(reply);
    const compare = await prague('compare minister rules');
    expectWithinLimits(compare);
    expect(JSON.stringify(compare.blocks)).toContain('security &amp; trust');
  });

  it('3,000 characters of "&" after a subcommand get a notice within the limits', async () => {
    for (const text of [`compare ${'&'.repeat(3000)}`, `digest ${'<'.repeat(3000)}`]) {
      const reply = await prague(text);
      expectWithinLimits(reply);
      for (const block of reply.blocks as { text?: { text: string } }[]) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText);
    }
  });
});

describe('fault: long input gets an answer', () => {
  it('an @mention asking about a 1,200-character quote is answered: too long, with the limit', async () => {
    const long = `${'the minister said the rules were fair and '.repeat(30)}`.slice(0, 1200);
    const before = t.fake.callsTo('chat.postMessage').length;
    const res = await postEvent(t.port, 'EvLong1', { type: 'app_mention', user: 'U1', text: `<@UBOT> did they really say "${long}"?`, ts: '1700000500.000100', channel: 'C1', event_ts: '1700000500.000100' });
    expect(res.status).toBe(200);
    const posts = await t.fake.waitFor('chat.postMessage', before + 1);
    const reply = posts.at(-1)!.body as never as { text: string; blocks: never[] };
    expectWithinLimits(reply);
    expect(everything(reply)).toMatch(/too long \(1200 characters; at most 1000\)/);
  });

  it('a long quote beside a short one: the short one is checked, the long one named', async () => {
    const long = 'x'.repeat(1500);
    const before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'EvLong2', { type: 'app_mention', user: 'U1', text: `<@UBOT> did they say "the 5G rules" and "${long}"?`, ts: '1700000500.000200', channel: 'C1', event_ts: '1700000500.000200' });
    const posts = await t.fake.waitFor('chat.postMessage', before + 1);
    const text = everything(posts.at(-1)!.body as never);
    expect(text).toContain('Verbatim');
    expect(text).toMatch(/xxx\u2026\u201D was not checked: quote too long \(1500 characters; at most 1000\)/);
  });

  it('the message shortcut names a phrase too long to check instead of skipping it', async () => {
    await postInteraction(t.port, {
      type: 'message_action', callback_id: 'check_quotes', trigger_id: '1', response_url: t.fake.responseUrl('sc-long'),
      user: { id: 'U1' }, channel: { id: 'C1' }, team: { id: 'T1' }, message: { type: 'message', text: `He said "${'y'.repeat(1100)}".`, ts: '1.2' },
    });
    const [reply] = await t.fake.waitFor('response:sc-long');
    expect(everything(reply!.body as never)).toMatch(/too long \(1100 characters; at most 1000\)/);
  });
});

describe('fault: the Share button', () => {
  async function clickShare(value: string, id: string) {
    const res = await postInteraction(t.port, {
      type: 'block_actions', user: { id: 'U2' }, team: { id: 'T1' }, channel: { id: 'C1' }, container: { type: 'message', is_ephemeral: true }, trigger_id: '1',
      response_url: t.fake.responseUrl(id), actions: [{ type: 'button', action_id: 'share_in_channel', block_id: 'b', value, action_ts: '1' }],
    });
    expect(res.status).toBe(200);
    return t.fake.waitFor(`response:${id}`);
  }
  const shareValue = (message: { blocks: unknown[] }) => (message.blocks as { type: string; elements?: { value: string }[] }[]).find((b) => b.type === 'actions')?.elements?.[0]?.value;

  it('its value is a short, readable reference, even for a question full of characters JSON escapes', async () => {
    const question = `what did the minister say ${'"\\ '.repeat(300)}`.slice(0, 990);
    const reply = await prague(question);
    const value = shareValue(reply);
    expect(value).toBeDefined();
    expect(value!.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(JSON.parse(value!)).toEqual({ k: 'ask', a: question.trim() });
    const [shared] = await clickShare(value!, 'share-long');
    expect(shared!.body.response_type).toBe('in_channel');
  });

  it('an answer whose reference would not fit has no button and says so, rather than a broken one', async () => {
    const phrases = Array.from({ length: 4 }, (_, i) => `"${`the minister said the rules were fair ${i} `.repeat(15).trim()}"`).join(' ');
    const reply = await prague(`quote ${phrases}`);
    expectWithinLimits(reply);
    expect(shareValue(reply)).toBeUndefined();
    expect(JSON.stringify(reply.blocks)).toContain('Too long to share with a button');
  });

  it('a value cut into broken JSON (as older answers had) gets a clear private reply, not silence', async () => {
    const [reply] = await clickShare('{"k":"ask","a":"who att', 'share-broken');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply!.body.blocks)).toContain('cannot be shared from here any more');
  });
});
