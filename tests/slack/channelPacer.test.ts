import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ChannelPacer, MessageNotSentError } from '../../src/slack/channelPacer.js';
import { FakeSlack } from '../helpers/fakeSlack.js';

let fake: FakeSlack;
let client: WebClient;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
});
afterAll(async () => {
  await fake.stop();
});
const logger = createLogger('silent');
const calls = (method: string, channel: string) => fake.callsTo(method).filter((c) => c.body.channel === channel);

describe('ChannelPacer', () => {
  it('keeps the interval between messages to one channel, not between channels', async () => {
    const pacer = new ChannelPacer({ logger, intervalMs: 200 });
    await Promise.all([pacer.post(client, 'P1', { text: 'a' }), pacer.post(client, 'P1', { text: 'b' }), pacer.post(client, 'P2', { text: 'c' })]);
    const [a, b] = calls('chat.postMessage', 'P1');
    const [c] = calls('chat.postMessage', 'P2');
    expect([a!.body.text, b!.body.text]).toEqual(['a', 'b']);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(190);
    expect(c!.at - a!.at).toBeLessThan(150);
  });

  it('sends chat.update in the channel\'s turn too', async () => {
    const pacer = new ChannelPacer({ logger, intervalMs: 200 });
    const { ts } = await pacer.post(client, 'U1CH', { text: 'first' });
    await pacer.update(client, 'U1CH', ts ?? '', { text: 'edited' });
    const [posted] = calls('chat.postMessage', 'U1CH');
    const [updated] = calls('chat.update', 'U1CH');
    expect(updated!.body.text).toBe('edited');
    expect(updated!.at - posted!.at).toBeGreaterThanOrEqual(190);
  });

  it('rejects at once what Slack refuses, with its error code, and goes on with the next', async () => {
    fake.on('chat.postMessage', (body) => (body.channel === 'NOPE' && body.text === 'x' ? { json: { ok: false, error: 'not_in_channel' } } : { json: { ok: true, ts: '1.2' } }));
    const pacer = new ChannelPacer({ logger, intervalMs: 10 });
    const refused = pacer.post(client, 'NOPE', { text: 'x' });
    const next = pacer.post(client, 'NOPE', { text: 'y' });
    await expect(refused).rejects.toMatchObject({ code: 'not_in_channel', channel: 'NOPE' });
    await expect(next).resolves.toEqual({ ts: '1.2' });
  });

  it('gives up a message whose deadline passes while its channel is rate-limited; other channels go on', async () => {
    fake.on('chat.postMessage', (body) => (body.channel === 'HOT' ? { status: 429, headers: { 'retry-after': '30' }, json: { ok: false } } : { json: { ok: true, ts: '3.4' } }));
    const pacer = new ChannelPacer({ logger, intervalMs: 10, deadlineMs: 5000 });
    const stuck = pacer.post(client, 'HOT', { text: 'late' });
    const error = await stuck.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageNotSentError);
    expect(error).toMatchObject({ code: 'rate_limited', channel: 'HOT' });
    expect((error as Error).message).toMatch(/Slack is limiting messages in this channel for another 30 s/);
    // The pause is remembered: the next message to HOT fails at once instead of hitting Slack again.
    const before = calls('chat.postMessage', 'HOT').length;
    await expect(pacer.post(client, 'HOT', { text: 'again' })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(calls('chat.postMessage', 'HOT')).toHaveLength(before);
    await expect(pacer.post(client, 'COOL', { text: 'fine' })).resolves.toEqual({ ts: '3.4' });
  });
});
