import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import type { State } from '../../src/state/types.js';
import { postSlashCommand } from '../helpers/slackRequests.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';
// @ts-expect-error: a plain JavaScript module
import { startPostgres, startServer, stopPostgres, stopServer } from '../helpers/throwawayPostgres.mjs';

/** This file stops and restarts its database: it has a server of its own, not the run's shared one. */
let server: { url: string; dir: string; port: number };
let state: State;
let t: TestApp;
let clock = new Date('2026-11-23T06:00:00Z');
const stateLogs: string[] = [];

beforeAll(async () => {
  server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE prague');
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/prague');
  state = await openPostgresState(url, createLogger('info', new Writable({ write: (c, _e, done) => {
    stateLogs.push(String(c));
    done();
  } })));
  t = await startTestApp({ state, now: () => clock });
}, 60_000);
afterAll(async () => {
  await t?.stop();
  await state?.close();
  if (server) stopPostgres(server.dir);
});

async function health(): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${t.port}/healthz`);
  return { status: res.status, body: await res.text() };
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const postsTo = (channel: string) => t.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

describe('losing the database mid-run', () => {
  it('is reported by /healthz and the log, keeps answering, delivers nothing meanwhile, and recovers without double posts', async () => {
    expect(await health()).toEqual({ status: 200, body: 'ok\ndatabase: ok' });
    const subscription = { time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' };
    await state.subscriptions.set({ channel: 'CBEFORE', ...subscription, time: '07:00' });
    await state.subscriptions.set({ channel: 'CAFTER', ...subscription });
    clock = new Date('2026-11-23T06:30:00Z'); // 07:30 in Prague: CBEFORE's 07:00 digest is due
    await t.slack.deps.digests!.scheduler.deliverDue();
    expect(postsTo('CBEFORE')).toHaveLength(1);

    stopServer(server.dir);
    // Degraded, not down: every replica still answers questions, so a load balancer keeps them in.
    await until(async () => (await health()).body === 'degraded\ndatabase: unreachable', '/healthz to say the database is unreachable');
    expect((await health()).status).toBe(200);
    await until(() => stateLogs.some((l) => l.includes('database unreachable')), 'the log line');
    expect(stateLogs.filter((l) => l.includes('database unreachable'))).toHaveLength(1);

    // Questions are still answered.
    await postSlashCommand(t.port, 'who attended', t.fake.responseUrl('during'));
    const [answer] = await t.fake.waitFor('response:during');
    expect(JSON.stringify(answer!.body.blocks)).toContain('Sources on');
    // A change of state is refused with a clear notice, not lost silently.
    await postSlashCommand(t.port, 'digest subscribe 09:00 UTC', t.fake.responseUrl('during-sub'), { channel_id: 'CNEW' });
    const [refused] = await t.fake.waitFor('response:during-sub');
    expect(JSON.stringify(refused!.body.blocks)).toContain('cannot be reached just now');

    // CAFTER's 08:00 digest falls due while the database is away: it waits.
    clock = new Date('2026-11-23T07:00:00Z');
    await t.slack.deps.digests!.scheduler.deliverDue();
    expect(postsTo('CAFTER')).toHaveLength(0);

    startServer(server.dir, server.port);
    await until(async () => (await health()).body === 'ok\ndatabase: ok', '/healthz to recover');
    await until(() => stateLogs.some((l) => l.includes('database reachable again')), 'the recovery log line');

    await t.slack.deps.digests!.scheduler.deliverDue();
    await t.slack.deps.digests!.scheduler.deliverDue();
    expect(postsTo('CAFTER')).toHaveLength(1);
    expect(postsTo('CBEFORE')).toHaveLength(1);
  });
});
