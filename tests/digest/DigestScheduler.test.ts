import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import webApi from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';
import { DigestScheduler } from '../../src/digest/DigestScheduler.js';
import { SubscriptionStore } from '../../src/digest/subscriptionStore.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../helpers/fakeSlack.js';

const desk = await openDesk();
const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
let fake: FakeSlack;
let clock: Date;
let dir: string;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  fake.on('chat.postMessage', (body) => (body.channel === 'CGONE' ? { json: { ok: false, error: 'channel_not_found' } } : { json: { ok: true, ts: '1.1' } }));
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.calls.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'prague-digest-'));
});

/** A scheduler as the app builds it on start, over the state in `dir`, with the test's clock. */
function startScheduler(): { store: SubscriptionStore; scheduler: DigestScheduler } {
  const store = SubscriptionStore.inDataDir(dir);
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: webApi.retryPolicies.rapidRetryPolicy });
  return { store, scheduler: new DigestScheduler({ store, client, desk: () => desk, logger: quiet, now: () => clock }) };
}

function subscribe(store: SubscriptionStore, channel: string, time = '08:00', timeZone = 'Europe/Prague') {
  store.set({ channel, time, timeZone, createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' });
}

const posts = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

describe('DigestScheduler', () => {
  it('delivers at the channel\'s local time, once a day, and again the next day', async () => {
    const { store, scheduler } = startScheduler();
    subscribe(store, 'C1');
    subscribe(store, 'C2', '09:00', 'America/New_York');
    clock = new Date('2026-11-23T06:59:00Z'); // 07:59 in Prague
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(0);
    clock = new Date('2026-11-23T07:00:00Z');
    await scheduler.deliverDue();
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(1);
    expect(posts('C2')).toHaveLength(0); // 02:00 in New York
    expect(JSON.stringify(posts('C1')[0]!.body.blocks)).toContain('Prague Desk briefing');
    clock = new Date('2026-11-24T07:00:00Z');
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(2);
    expect(store.get('C1')?.lastSent?.date).toBe('2026-11-24');
  });

  it('after a restart on the same state: catches up once a digest missed while down, never sends one twice', async () => {
    const first = startScheduler();
    subscribe(first.store, 'C1');
    subscribe(first.store, 'C3');
    clock = new Date('2026-11-23T07:00:00Z');
    first.store.recordDelivery('C3', { date: '2026-11-23', at: clock.toISOString(), status: 'sent' });
    // The app is down from 07:00 to 10:00; C1's 08:00 digest was missed, C3's went out before the crash.
    clock = new Date('2026-11-23T09:00:00Z');
    const restarted = startScheduler();
    await restarted.scheduler.start();
    restarted.scheduler.stop();
    expect(posts('C1')).toHaveLength(1);
    expect(posts('C3')).toHaveLength(0);
    const again = startScheduler();
    await again.scheduler.start();
    again.scheduler.stop();
    expect(posts('C1')).toHaveLength(1);
  });

  it('does not catch up a digest from a day that is over', async () => {
    const first = startScheduler();
    subscribe(first.store, 'C1', '23:00');
    clock = new Date('2026-11-23T23:30:00Z'); // 00:30 on the 24th in Prague: the 23rd's 23:00 digest is gone
    await first.scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(0);
  });

  it('never re-sends a day claimed by a send that may have gone out before a crash', async () => {
    const { store, scheduler } = startScheduler();
    subscribe(store, 'C1');
    clock = new Date('2026-11-23T07:00:01Z');
    store.recordDelivery('C1', { date: '2026-11-23', at: clock.toISOString(), status: 'sending' });
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(0);
  });

  it('delivers across the spring DST change', async () => {
    const { store, scheduler } = startScheduler();
    subscribe(store, 'C1', '02:30');
    clock = new Date('2026-03-29T00:59:00Z'); // 01:59 CET, then clocks jump to 03:00 CEST
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(0);
    clock = new Date('2026-03-29T01:00:00Z');
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(1);
  });

  it('records one channel\'s failure without holding up the others', async () => {
    const { store, scheduler } = startScheduler();
    subscribe(store, 'CGONE');
    subscribe(store, 'C1');
    clock = new Date('2026-11-23T07:00:00Z');
    await scheduler.deliverDue();
    expect(posts('C1')).toHaveLength(1);
    expect(store.get('CGONE')?.lastDelivery).toMatchObject({ status: 'failed', error: 'channel_not_found', date: '2026-11-23' });
    expect(store.get('C1')?.lastDelivery?.status).toBe('sent');
  });

  it('stops start-up on a corrupt state file', () => {
    writeFileSync(join(dir, 'digests.json'), 'not json');
    expect(() => startScheduler()).toThrow(/corrupt/);
  });
});
