import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postInteraction } from '../../helpers/slackRequests.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

function shortcut(text: string, responseId: string) {
  return postInteraction(t.port, {
    type: 'message_action',
    callback_id: 'check_quotes',
    trigger_id: '1.2',
    user: { id: 'U1', name: 'reporter' },
    team: { id: 'T1' },
    channel: { id: 'C1', name: 'policy' },
    message: { type: 'message', user: 'U3', ts: '1700000002.000100', text },
    response_url: t.fake.responseUrl(responseId),
    message_ts: '1700000002.000100',
  });
}

describe('Check quotes vs sources (message shortcut)', () => {
  it('reports each quoted phrase as verbatim, near or not in the sources, privately', async () => {
    const res = await shortcut('Draft: Li wrote "building an inclusive club", that the meeting will have \u201Cno positive impact on 5G security\u201D and that "Huawei is loved by all governments".', 'sc1');
    expect(res.status).toBe(200);
    const [reply] = await t.fake.waitFor('response:sc1');
    expect(reply!.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(reply!.body.blocks);
    expect(text.indexOf('Verbatim')).toBeLessThan(text.indexOf('Near'));
    expect(text.indexOf('Near')).toBeLessThan(text.indexOf('Not in the sources'));
    expect(text).toContain('no positive influence on 5G security');
    expect(text).not.toContain('*influence*');
    expect(text).toContain('*Li Zheng*, writing in');
  });

  it('says so when a message has no quoted phrase it can check', async () => {
    await shortcut('x'.repeat(3000), 'sc2');
    const [reply] = await t.fake.waitFor('response:sc2');
    expect(JSON.stringify(reply!.body.blocks)).toContain('No quoted phrase');
  });
});
