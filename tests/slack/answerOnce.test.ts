import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import type { State } from '../../src/state/types.js';
import { freshDatabase } from '../helpers/postgres.js';
import { postSigned, slashCommandBody } from '../helpers/slackRequests.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));

/** Waits until `count` log lines of an app contain `text`. */
async function waitForLog(app: TestApp, text: string, count = 1, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (app.logs.filter((l) => l.includes(text)).length < count) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${count} × "${text}" in the log`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('a replayed request is answered once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('the same signed slash command sent three times: three acks, one answer', async () => {
    const body = slashCommandBody('who attended', t.fake.responseUrl('replay1'));
    const timestamp = Math.floor(Date.now() / 1000);
    const acks = await Promise.all([1, 2, 3].map(() => postSigned(t.port, body, 'application/x-www-form-urlencoded', { timestamp })));
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200]);
    await t.fake.waitFor('response:replay1');
    await waitForLog(t, 'replayed request', 2);
    expect(t.fake.callsTo('response:replay1')).toHaveLength(1);
    // The same command signed afresh (a new request, not a replay) is answered again.
    await postSigned(t.port, body, 'application/x-www-form-urlencoded', { timestamp: timestamp + 1 });
    await t.fake.waitFor('response:replay1', 2);
  });

  it('the same signed event sent twice is answered once', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> Barcelona', ts: '1700000003.000100', channel: 'C1', event_ts: '1700000003.000100' };
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvReplay1', event_time: 1, event, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
    const timestamp = Math.floor(Date.now() / 1000);
    const before = t.fake.callsTo('chat.postMessage').length;
    await postSigned(t.port, body, 'application/json', { timestamp });
    await postSigned(t.port, body, 'application/json', { timestamp });
    await t.fake.waitFor('chat.postMessage', before + 1);
    await waitForLog(t, 'replayed request', 3);
    expect(t.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000003.000100')).toHaveLength(1);
  });
});

describe('across replicas on one PostgreSQL', () => {
  let url: string;
  const states: State[] = [];
  const apps: TestApp[] = [];
  beforeAll(async () => {
    url = await freshDatabase();
    for (let i = 0; i < 2; i++) {
      const state = await openPostgresState(url, quiet);
      states.push(state);
      apps.push(await startTestApp({ state }));
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    for (const state of states) await state.close();
  });

  it('an event retried on the other replica is answered once', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> who attended', ts: '1700000004.000100', channel: 'C1', event_ts: '1700000004.000100' };
    // Slack's retry is signed afresh (a later timestamp), with the same event id.
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvBoth1', event_time: 1, event, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
    const timestamp = Math.floor(Date.now() / 1000);
    await Promise.all([
      postSigned(a.port, body, 'application/json', { timestamp }),
      postSigned(b.port, body, 'application/json', { timestamp: timestamp + 1, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
    ]);
    const answered = () => [...a.fake.callsTo('chat.postMessage'), ...b.fake.callsTo('chat.postMessage')].filter((c) => c.body.thread_ts === '1700000004.000100');
    const start = Date.now();
    while (answered().length === 0 && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 5));
    const skipped = () => [...a.logs, ...b.logs].filter((l) => l.includes('event already answered')).length;
    while (skipped() < 1 && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 5));
    expect(skipped()).toBe(1);
    expect(answered()).toHaveLength(1);
  });

  it('a slash command replayed to the other replica is answered once', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const body = slashCommandBody('who attended', a.fake.responseUrl('replayBoth'));
    const timestamp = Math.floor(Date.now() / 1000);
    const acks = await Promise.all([a, b].map((app) => postSigned(app.port, body, 'application/x-www-form-urlencoded', { timestamp })));
    expect(acks.map((x) => x.status)).toEqual([200, 200]);
    await a.fake.waitFor('response:replayBoth');
    const start = Date.now();
    while ([...a.logs, ...b.logs].filter((l) => l.includes('replayed request')).length < 1 && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 5));
    expect(a.fake.callsTo('response:replayBoth')).toHaveLength(1);
  });
});
