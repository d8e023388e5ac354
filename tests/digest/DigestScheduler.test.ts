import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../src/core/desk.js';
import { DigestScheduler, type DigestSchedulerOptions } from '../../src/digest/DigestScheduler.js';
import { createLogger } from '../../src/logger.js';
import { renderDigest } from '../../src/slack/render/digest.js';
import { openFileState } from '../../src/state/file/fileState.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import type { State, Subscription } from '../../src/state/types.js';
import { freshDatabase } from '../helpers/postgres.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

const desk = await openDesk();
let logs: string[] = [];
const logger = createLogger('info', new Writable({ write: (c, _e, done) => {
  logs.push(String(c));
  done();
} }));
let clock: Date;
let dir: string;
/** What was posted: channel, fallback text and the delivery it was for. */
let posts: { channel: string; text: string; date: string; team?: string }[];
/** Channels whose posts fail, and with what. */
let failing: Map<string, () => Error>;
const closing: State[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prague-digest-'));
  posts = [];
  failing = new Map();
  logs = [];
});
afterAll(async () => {
  await Promise.all(closing.map((s) => s.close()));
});

function slackError(code: string): () => Error {
  return () => Object.assign(new Error(`An API error occurred: ${code}`), { data: { ok: false, error: code } });
}

/** A scheduler as the app builds one, over `state`, with the test's clock and a recording post. */
function scheduler(state: State, options: Partial<DigestSchedulerOptions> = {}, onDesk: Desk = desk): DigestScheduler {
  return new DigestScheduler({
    subscriptions: state.subscriptions,
    deliveries: state.deliveries,
    desk: () => onDesk,
    scopeOf: async (sub) => ({ team: sub.team ?? '-' }),
    render: renderDigest,
    async post(channel, message, delivery) {
      const fail = failing.get(channel);
      if (fail) throw fail();
      posts.push({ channel, text: message.text, date: delivery.date, team: delivery.team });
    },
    logger,
    now: () => clock,
    leaseMs: 60_000,
    ...options,
  });
}

async function subscribe(state: State, channel: string, time = '08:00', timeZone = 'Europe/Prague', extra: Partial<Subscription> = {}) {
  await state.subscriptions.set({ channel, time, timeZone, createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z', ...extra });
}

const postsTo = (channel: string) => posts.filter((p) => p.channel === channel);

describe('DigestScheduler', () => {
  it('delivers at the channel\'s local time, once a day, and again the next day', async () => {
    const state = openFileState(dir);
    const s = scheduler(state);
    await subscribe(state, 'C1');
    await subscribe(state, 'C2', '09:00', 'America/New_York');
    clock = new Date('2026-11-23T06:59:00Z'); // 07:59 in Prague
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(0);
    clock = new Date('2026-11-23T07:00:00Z');
    await s.deliverDue();
    await s.deliverDue();
    expect(postsTo('C1')).toEqual([expect.objectContaining({ date: '2026-11-23' })]);
    expect(postsTo('C1')[0]!.text).toContain('Prague Desk briefing');
    expect(postsTo('C2')).toHaveLength(0); // 02:00 in New York
    clock = new Date('2026-11-24T07:00:00Z');
    await s.deliverDue();
    expect(postsTo('C1').map((p) => p.date)).toEqual(['2026-11-23', '2026-11-24']);
    expect(await state.deliveries.lastSent('C1')).toMatchObject({ date: '2026-11-24', status: 'sent' });
  });

  it('after a restart on the same state: catches up once a digest missed while down, never sends one twice', async () => {
    const first = openFileState(dir);
    await subscribe(first, 'C1');
    await subscribe(first, 'C3');
    clock = new Date('2026-11-23T07:00:00Z');
    await scheduler(first, {}).deliverDue();
    expect(posts.map((p) => p.channel).sort()).toEqual(['C1', 'C3']);
    await first.subscriptions.set({ channel: 'C4', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' });
    // The app is down from 08:00 to 10:00: C4's digest was missed, C1's and C3's went out before.
    clock = new Date('2026-11-23T09:00:00Z');
    const restarted = scheduler(openFileState(dir));
    await restarted.start();
    restarted.stop();
    expect(posts.map((p) => p.channel).sort()).toEqual(['C1', 'C3', 'C4']);
    const again = scheduler(openFileState(dir));
    await again.start();
    again.stop();
    expect(posts).toHaveLength(3);
  });

  it('does not catch up a digest from a day that is over, nor one due before the channel subscribed', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'C1', '23:00');
    await subscribe(state, 'C2', '08:00', 'Europe/Prague', { createdAt: '2026-11-23T08:30:00.000Z' });
    clock = new Date('2026-11-23T23:30:00Z'); // 00:30 on the 24th in Prague: the 23rd's 23:00 digest is gone
    await scheduler(state).deliverDue();
    expect(posts).toHaveLength(0);
    clock = new Date('2026-11-24T07:00:00Z');
    await scheduler(state).deliverDue();
    expect(postsTo('C2').map((p) => p.date)).toEqual(['2026-11-24']);
  });

  it('delivers across the spring DST change', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'C1', '02:30', 'Europe/Prague', { createdAt: '2026-01-01T00:00:00.000Z' });
    const s = scheduler(state);
    clock = new Date('2026-03-29T00:59:00Z'); // 01:59 CET, then clocks jump to 03:00 CEST
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(0);
    clock = new Date('2026-03-29T01:00:00Z');
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(1);
  });

  it('records a channel that is gone as failed for good, without holding up the others', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'CGONE');
    await subscribe(state, 'C1');
    failing.set('CGONE', slackError('channel_not_found'));
    clock = new Date('2026-11-23T07:00:00Z');
    const s = scheduler(state);
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(1);
    expect(await state.deliveries.latest('CGONE')).toMatchObject({ status: 'failed', error: 'channel_not_found', final: true, date: '2026-11-23' });
    clock = new Date('2026-11-23T09:00:00Z');
    failing.delete('CGONE');
    await s.deliverDue();
    expect(postsTo('CGONE')).toHaveLength(0);
  });

  it('retries a failed post with a growing pause, never doubles it, and a failing day never blocks the next', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'C1');
    const s = scheduler(state, { retry: { firstPauseMs: 60_000, maxPauseMs: 600_000, maxAttempts: 3 } });
    failing.set('C1', slackError('internal_error'));
    clock = new Date('2026-11-23T07:00:00Z');
    await s.deliverDue();
    expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'failed', attempts: 1, error: 'internal_error', nextAttemptAt: '2026-11-23T07:01:00.000Z' });
    clock = new Date('2026-11-23T07:00:59Z');
    await s.deliverDue();
    expect((await state.deliveries.latest('C1'))!.attempts).toBe(1);
    clock = new Date('2026-11-23T07:01:00Z');
    await s.deliverDue();
    expect(await state.deliveries.latest('C1')).toMatchObject({ attempts: 2, nextAttemptAt: '2026-11-23T07:03:00.000Z' });
    failing.delete('C1');
    clock = new Date('2026-11-23T07:03:00Z');
    await s.deliverDue();
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(1);
    expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'sent', attempts: 3 });

    // The next day fails every attempt: reported as failed for good after three; the day after is delivered.
    failing.set('C1', slackError('internal_error'));
    for (const at of ['2026-11-24T07:00:00Z', '2026-11-24T07:01:00Z', '2026-11-24T07:03:00Z', '2026-11-24T09:00:00Z']) {
      clock = new Date(at);
      await s.deliverDue();
    }
    expect(await state.deliveries.latest('C1')).toMatchObject({ date: '2026-11-24', status: 'failed', final: true, attempts: 3 });
    failing.delete('C1');
    clock = new Date('2026-11-25T07:00:00Z');
    await s.deliverDue();
    expect(postsTo('C1').map((p) => p.date)).toEqual(['2026-11-23', '2026-11-25']);
  });

  it('records a digest that could not be prepared as a failure to retry, not a claim to take again and again', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'C1');
    let broken = true;
    const s = scheduler(state, {
      render: (d) => {
        if (broken) throw new Error('renderer bug');
        return renderDigest(d);
      },
    });
    clock = new Date('2026-11-23T07:00:00Z');
    await s.deliverDue();
    expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'failed', error: 'not prepared: renderer bug', attempts: 1, nextAttemptAt: '2026-11-23T07:01:00.000Z' });
    broken = false;
    clock = new Date('2026-11-23T07:01:00Z');
    await s.deliverDue();
    expect(postsTo('C1')).toHaveLength(1);
  });

  it('waits at least as long as a rate limit asks', async () => {
    const state = openFileState(dir);
    await subscribe(state, 'C1');
    failing.set('C1', () => Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter: 600 }));
    clock = new Date('2026-11-23T07:00:00Z');
    await scheduler(state).deliverDue();
    expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'failed', error: 'ratelimited', nextAttemptAt: '2026-11-23T07:10:00.000Z' });
  });

  it('reports and skips a state entry with a bad time or time zone; every other subscription keeps working', async () => {
    writeFileSync(
      join(dir, 'digests.json'),
      JSON.stringify({
        version: 1,
        subscriptions: {
          CBADTIME: { channel: 'CBADTIME', time: '25:99', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' },
          CBADZONE: { channel: 'CBADZONE', time: '08:00', timeZone: 'Mars/Base', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' },
          CNOTIME: { channel: 'CNOTIME', timeZone: 'UTC', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' },
          C1: { channel: 'C1', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' },
        },
      }),
    );
    clock = new Date('2026-11-23T07:00:00Z');
    const s = scheduler(openFileState(dir));
    await s.start();
    await s.deliverDue();
    s.stop();
    expect(posts.map((p) => p.channel)).toEqual(['C1']);
    const skipped = logs.filter((l) => l.includes('digest subscription skipped'));
    expect(skipped).toHaveLength(3); // once each, not on every sweep
    expect(skipped.join('\n')).toContain('time \\"25:99\\" is not a time of day');
    expect(skipped.join('\n')).toContain('time zone \\"Mars/Base\\" is not one the runtime knows');
    expect(skipped.join('\n')).toContain('CNOTIME');
  });

  describe('a replica that stopped mid-post', () => {
    async function interrupted(state: State) {
      await subscribe(state, 'C1');
      clock = new Date('2026-11-23T07:00:00Z');
      await state.deliveries.claim({ channel: 'C1', date: '2026-11-23', owner: 'dead', now: clock, leaseMs: 60_000 });
      await state.deliveries.update('C1', '2026-11-23', 'dead', { status: 'posting', updatedAt: clock.toISOString() });
    }

    it('is not taken over while its lease runs; then, if its post reached the channel, it is not posted again', async () => {
      const state = openFileState(dir);
      await interrupted(state);
      const asked: unknown[] = [];
      const s = scheduler(state, { findPosted: async (channel, d) => {
        asked.push({ channel, ...d });
        return true;
      } });
      clock = new Date('2026-11-23T07:00:59Z');
      await s.deliverDue();
      expect(asked).toHaveLength(0);
      clock = new Date('2026-11-23T07:01:00Z');
      await s.deliverDue();
      expect(asked).toEqual([{ channel: 'C1', date: '2026-11-23', team: undefined, since: new Date('2026-11-23T06:59:00Z') }]);
      expect(posts).toHaveLength(0);
      expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'sent' });
    });

    it('is posted by the next replica when its post never reached the channel', async () => {
      const state = openFileState(dir);
      await interrupted(state);
      clock = new Date('2026-11-23T07:05:00Z');
      await scheduler(state, { findPosted: async () => false }).deliverDue();
      expect(postsTo('C1')).toHaveLength(1);
      expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('is reported, not posted again, when the channel cannot be checked', async () => {
      const state = openFileState(dir);
      await interrupted(state);
      clock = new Date('2026-11-23T07:05:00Z');
      await scheduler(state, { findPosted: async () => undefined }).deliverDue();
      expect(posts).toHaveLength(0);
      expect(await state.deliveries.latest('C1')).toMatchObject({ status: 'failed', final: true, error: expect.stringContaining('interrupted') });
    });
  });

  it('draws each channel\'s digest from its scope: its workspace\'s folder, not another\'s', async () => {
    const corpus = tempCorpus({
      'shared.txt': '---\ntitle: Shared wire report\npublished: 2026-11-20\n---\nEveryone may read this shared report.',
      'T0AAAAAAA/ours.txt': '---\ntitle: Alpha desk memo\npublished: 2026-11-21\n---\nOnly the alpha desk may read this.',
      'T0BBBBBBB/theirs.txt': '---\ntitle: Bravo desk memo\npublished: 2026-11-22\n---\nOnly the bravo desk may read this.',
    });
    const teamDesk = await openDesk(corpus);
    const state = openFileState(dir);
    await subscribe(state, 'CA', '08:00', 'Europe/Prague', { team: 'T0AAAAAAA' });
    const rendered: string[] = [];
    clock = new Date('2026-11-23T07:00:00Z');
    await scheduler(state, { render: (d) => {
      rendered.push(JSON.stringify(d));
      return renderDigest(d);
    } }, teamDesk).deliverDue();
    expect(postsTo('CA')).toEqual([expect.objectContaining({ team: 'T0AAAAAAA' })]);
    expect(rendered[0]).toContain('Alpha desk memo');
    expect(rendered[0]).toContain('Shared wire report');
    expect(rendered[0]).not.toContain('Bravo');
  });

  it('posts a day once when several schedulers on one PostgreSQL are due together', async () => {
    const url = await freshDatabase();
    const states = await Promise.all([openPostgresState(url, logger), openPostgresState(url, logger), openPostgresState(url, logger)]);
    closing.push(...states);
    for (const c of ['C1', 'C2', 'C3', 'C4']) await subscribe(states[0]!, c);
    clock = new Date('2026-11-23T07:00:00Z');
    const schedulers = states.map((s, i) => scheduler(s, { owner: `replica-${i}` }));
    await Promise.all(schedulers.flatMap((s) => [s.deliverDue(), s.deliverDue()]));
    expect(posts.map((p) => p.channel).sort()).toEqual(['C1', 'C2', 'C3', 'C4']);
  });
});

describe('layering', () => {
  it('src/digest imports nothing from the Slack layer (the renderer and the poster are passed in)', () => {
    const folder = new URL('../../src/digest/', import.meta.url);
    for (const file of readdirSync(folder)) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text, file).not.toMatch(/from '\.\.\/slack\//);
      expect(text, file).not.toMatch(/@slack\//);
    }
  });
});
