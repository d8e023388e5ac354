import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../helpers/appProcess.js';
import { FakeSlack, type RecordedCall } from '../helpers/fakeSlack.js';
import { postEvent, SIGNING_SECRET } from '../helpers/slackRequests.js';
import { waitUntil } from '../helpers/waitUntil.js';

/**
 * The real app (dist/app.js) against a Web API stand-in that rate-limits some channels: one channel's
 * HTTP 429 must not hold up replies in any other channel.
 */
const fake = new FakeSlack();
let app: AppProcess;
let port: number;
/** How many times each channel has been answered 429 so far. */
const limited = new Map<string, number>();

beforeAll(async () => {
  await fake.start();
  fake.on('chat.postMessage', (body) => {
    const channel = String(body.channel);
    const times = limited.get(channel) ?? 0;
    if (channel === 'CSLOW' && times === 0) {
      limited.set(channel, 1);
      return { status: 429, headers: { 'retry-after': '4' }, json: { ok: false, error: 'ratelimited' } };
    }
    if (channel === 'CBLOCKED') return { status: 429, headers: { 'retry-after': '120' }, json: { ok: false, error: 'ratelimited' } };
    return { json: { ok: true, ts: `${Date.now() / 1000}` } };
  });
  app = startAppProcess({ SLACK_BOT_TOKEN: 'xoxb-1-2-pacersecret', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
  await app.waitForOutput('Prague Desk is running');
  port = await app.port();
});
afterAll(async () => {
  await app.stop();
  await fake.stop();
});

let n = 0;
function mention(channel: string, question: string) {
  n++;
  const ts = `1700000${String(n).padStart(3, '0')}.000100`;
  return postEvent(port, `EvRate${n}`, { type: 'app_mention', user: 'U1', text: `<@UBOT> ${question}`, ts, channel, event_ts: ts });
}
const postsTo = (channel: string): RecordedCall[] => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

describe('fault: HTTP 429 in one channel', () => {
  it('pauses that channel for its Retry-After while the replies in another channel go out at once', async () => {
    expect((await mention('CSLOW', 'who attended')).status).toBe(200);
    await waitUntil(() => postsTo('CSLOW').length === 1, { what: 'the first (rate-limited) post to CSLOW' });
    const limitedAt = postsTo('CSLOW')[0]!.at;
    expect((await mention('CFAST', 'did China attend?')).status).toBe(200);
    expect((await mention('COTHER', 'Barcelona')).status).toBe(200);
    await waitUntil(() => postsTo('CFAST').length === 1 && postsTo('COTHER').length === 1, { what: 'the replies in CFAST and COTHER' });
    // The other channels were answered while CSLOW was still paused: CSLOW has had its 429 only.
    expect(postsTo('CSLOW')).toHaveLength(1);
    expect(postsTo('CFAST')[0]!.at - limitedAt).toBeLessThan(4000);

    // CSLOW's reply is sent again once its Retry-After (4 s) has passed, not before.
    await waitUntil(() => postsTo('CSLOW').length === 2, { timeoutMs: 15_000, what: 'the retried post to CSLOW' });
    expect(postsTo('CSLOW')[1]!.at - limitedAt).toBeGreaterThanOrEqual(3950);
    expect(postsTo('CSLOW')[1]!.body.thread_ts).toBe(postsTo('CSLOW')[0]!.body.thread_ts);
    expect(app.stdout()).toContain('rate-limited by Slack in this channel: pausing this channel only');
  });

  it('paces one channel at about one message a second, in the order asked', async () => {
    const questions = ['who attended', 'Barcelona', 'rule of law'];
    for (const q of questions) expect((await mention('CPACE', q)).status).toBe(200);
    await waitUntil(() => postsTo('CPACE').length === 3, { timeoutMs: 10_000, what: 'three replies in CPACE' });
    const posts = postsTo('CPACE');
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(posts[2]!.at - posts[1]!.at).toBeGreaterThanOrEqual(950);
    expect(posts.map((p) => Number(p.body.thread_ts))).toEqual([...posts.map((p) => Number(p.body.thread_ts))].sort((a, b) => a - b));
  });

  it('a reply that cannot be sent before its deadline is reported: logged, and the asker is told privately', async () => {
    expect((await mention('CBLOCKED', 'who attended')).status).toBe(200);
    const [notice] = await fake.waitFor('chat.postEphemeral');
    expect(notice!.body.channel).toBe('CBLOCKED');
    expect(notice!.body.user).toBe('U1');
    expect(String(notice!.body.text)).toContain('could not post my answer here');
    await app.waitForOutput('message not sent');
    // Meanwhile everyone else is still answered.
    expect((await mention('CFAST', 'Barcelona')).status).toBe(200);
    await waitUntil(() => postsTo('CFAST').length === 2, { what: 'a second reply in CFAST' });
  });
});
