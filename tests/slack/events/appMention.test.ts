import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postEvent } from '../../helpers/slackRequests.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('@Prague Desk in a channel', () => {
  it('answers in a thread under the question', async () => {
    const res = await postEvent(t.port, 'Ev1', { type: 'app_mention', user: 'U1', text: '<@UBOT> did China attend?', ts: '1700000000.000100', channel: 'C1', event_ts: '1700000000.000100' });
    expect(res.status).toBe(200);
    const [post] = await t.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('C1');
    expect(post!.body.thread_ts).toBe('1700000000.000100');
    expect(JSON.stringify(post!.body.blocks).replace(/\*/g, '')).toContain('China and Russia were not present');
  });

  it('checks quoted phrases: "did they really say X?"', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'Ev2', { type: 'app_mention', user: 'U1', text: '<@UBOT> did they really say \u201Cno positive impact on 5G security\u201D?', ts: '1700000000.000200', channel: 'C1', event_ts: '1700000000.000200' });
    const posts = await t.fake.waitFor('chat.postMessage', before + 1);
    const blocks = JSON.stringify(posts.at(-1)!.body.blocks);
    // The same verdict and speaker as /prague quote: the real wording unemphasised, what differs beside it.
    expect(blocks).toContain('no positive influence on 5G security');
    expect(blocks).not.toContain('*influence*');
    expect(blocks).toContain('you wrote \u201Cimpact\u201D, the source says \u201Cinfluence\u201D');
    expect(blocks).toContain('*Li Zheng*, writing in');
  });

  it('answers a retried event once', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> Barcelona', ts: '1700000000.000300', channel: 'C1', event_ts: '1700000000.000300' };
    const before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'Ev3', event);
    await postEvent(t.port, 'Ev3', event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await postEvent(t.port, 'Ev3', event, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    // A new question after the retries is answered; a retry wrongly answered would have been posted first.
    await postEvent(t.port, 'Ev4', { ...event, text: '<@UBOT> who attended', ts: '1700000000.000400', event_ts: '1700000000.000400' });
    await t.fake.waitFor('chat.postMessage', before + 2);
    const answers = t.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000000.000300');
    expect(answers).toHaveLength(1);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(before + 2);
  });
});
