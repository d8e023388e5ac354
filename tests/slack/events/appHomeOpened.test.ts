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

describe('App Home', () => {
  it('shows how to use the desk and what is on file', async () => {
    await postEvent(t.port, 'Home1', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1700000003.000100' });
    const [publish] = await t.fake.waitFor('views.publish');
    expect(publish!.body.user_id).toBe('U1');
    const view = JSON.stringify(publish!.body.view);
    expect(view).toContain('/prague quote');
    expect(view).toContain('US the weak link in 5G security');
    expect((publish!.body.view as { blocks: unknown[] }).blocks.length).toBeLessThanOrEqual(100);
  });
});
