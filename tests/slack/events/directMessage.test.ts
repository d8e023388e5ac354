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

describe('a direct message to the bot', () => {
  it('is answered in the DM, not in a thread', async () => {
    await postEvent(t.port, 'Dm1', { type: 'message', channel_type: 'im', user: 'U1', text: 'who made the only official statement', ts: '1700000001.000100', channel: 'D1', event_ts: '1700000001.000100' });
    const [post] = await t.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('D1');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(post!.body.blocks).replace(/\*/g, '')).toContain('the US gave the only official statement');
  });

  it('ignores the bot\'s own messages and edits', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'Dm2', { type: 'message', channel_type: 'im', bot_id: 'BBOT', user: 'UBOT', text: 'an answer', ts: '1700000001.000200', channel: 'D1' });
    await postEvent(t.port, 'Dm3', { type: 'message', subtype: 'message_changed', channel_type: 'im', ts: '1700000001.000300', channel: 'D1', message: { text: 'x' } });
    // A DM after them is answered; anything wrongly answered before it would have been posted first.
    await postEvent(t.port, 'Dm4', { type: 'message', channel_type: 'im', user: 'U1', text: 'Barcelona', ts: '1700000001.000400', channel: 'D1', event_ts: '1700000001.000400' });
    const posts = await t.fake.waitFor('chat.postMessage', before + 1);
    expect(posts).toHaveLength(before + 1);
    expect(JSON.stringify(posts.at(-1)!.body.blocks)).toContain('Barcelona');
  });
});
