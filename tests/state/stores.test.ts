import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Installation } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openFileState } from '../../src/state/file/fileState.js';
import { StateError } from '../../src/state/file/jsonFile.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import { openState } from '../../src/state/openState.js';
import type { State } from '../../src/state/types.js';
import { freshDatabase, sql } from '../helpers/postgres.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const opened: State[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

/** Two handles on one state, as two replicas (PostgreSQL) or one process reopening its files. */
interface Kind {
  name: string;
  open(): Promise<{ a: State; reopen: () => Promise<State> }>;
  shared: boolean;
}

const kinds: Kind[] = [
  {
    name: 'files',
    shared: false,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
      return { a: openFileState(dir), reopen: async () => openFileState(dir) };
    },
  },
  {
    name: 'PostgreSQL',
    shared: true,
    async open() {
      const url = await freshDatabase();
      const a = await openPostgresState(url, quiet);
      opened.push(a);
      return {
        a,
        reopen: async () => {
          const b = await openPostgresState(url, quiet);
          opened.push(b);
          return b;
        },
      };
    },
  },
];

const at = (iso: string) => new Date(iso);

describe.each(kinds)('state in $name', (kind) => {
  it('keeps subscriptions across a restart, and removes a workspace\'s when it leaves', async () => {
    const { a, reopen } = await kind.open();
    await a.subscriptions.set({ channel: 'C1', team: 'T1', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' });
    await a.subscriptions.set({ channel: 'C2', team: 'T2', time: '09:30', timeZone: 'UTC', createdBy: 'U2', createdAt: '2026-11-01T00:00:00.000Z' });
    const b = await reopen();
    expect(await b.subscriptions.get('C1')).toEqual({ channel: 'C1', team: 'T1', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' });
    expect((await b.subscriptions.list()).map((s) => s.channel).sort()).toEqual(['C1', 'C2']);
    expect(await b.subscriptions.removeTeam('T2')).toBe(1);
    expect(await b.subscriptions.remove('C1')).toBe(true);
    expect(await b.subscriptions.remove('C1')).toBe(false);
    expect(await (await reopen()).subscriptions.list()).toEqual([]);
  });

  it('lets exactly one of many simultaneous claims on a day win', async () => {
    const { a, reopen } = await kind.open();
    const b = kind.shared ? await reopen() : a;
    const now = at('2026-11-23T07:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).deliveries.claim({ channel: 'C1', date: '2026-11-23', owner: `r${i}`, now, leaseMs: 60_000 })),
    );
    const won = claims.filter(Boolean);
    expect(won).toHaveLength(1);
    expect(won[0]!.previous).toBeUndefined();
    expect(won[0]!.delivery).toMatchObject({ status: 'claimed', attempts: 1 });
    // Another day of the same channel is a separate delivery.
    expect(await a.deliveries.claim({ channel: 'C1', date: '2026-11-24', owner: 'r0', now, leaseMs: 60_000 })).toBeDefined();
  });

  it('hands a day over when its claim\'s lease ran out, saying the post may have gone out', async () => {
    const { a } = await kind.open();
    const now = at('2026-11-23T07:00:00Z');
    const day = { channel: 'C1', date: '2026-11-23' };
    await a.deliveries.claim({ ...day, owner: 'dead', now, leaseMs: 60_000 });
    expect(await a.deliveries.update('C1', '2026-11-23', 'dead', { status: 'posting' })).toBe(true);
    expect(await a.deliveries.claim({ ...day, owner: 'alive', now: at('2026-11-23T07:00:59Z'), leaseMs: 60_000 })).toBeUndefined();
    const taken = await a.deliveries.claim({ ...day, owner: 'alive', now: at('2026-11-23T07:01:00Z'), leaseMs: 60_000 });
    expect(taken).toMatchObject({ previous: { status: 'posting', owner: 'dead' }, delivery: { owner: 'alive', attempts: 2, status: 'claimed' } });
    // The dead replica's late writes are refused, except that a message went out.
    expect(await a.deliveries.update('C1', '2026-11-23', 'dead', { status: 'failed', error: 'x' })).toBe(false);
    expect(await a.deliveries.update('C1', '2026-11-23', 'dead', { status: 'sent', sentAt: '2026-11-23T07:01:01.000Z' })).toBe(true);
    expect(await a.deliveries.claim({ ...day, owner: 'third', now: at('2026-11-23T09:00:00Z'), leaseMs: 60_000 })).toBeUndefined();
    expect(await a.deliveries.lastSent('C1')).toMatchObject({ date: '2026-11-23', status: 'sent', sentAt: '2026-11-23T07:01:01.000Z' });
  });

  it('retries a failed day when its time comes, and never one that failed for good', async () => {
    const { a } = await kind.open();
    const day = { channel: 'C1', date: '2026-11-23', leaseMs: 60_000 };
    await a.deliveries.claim({ ...day, owner: 'r1', now: at('2026-11-23T07:00:00Z') });
    await a.deliveries.update('C1', '2026-11-23', 'r1', { status: 'failed', error: 'ratelimited', nextAttemptAt: '2026-11-23T07:02:00.000Z', owner: undefined, leaseUntil: undefined });
    expect(await a.deliveries.latest('C1')).toMatchObject({ status: 'failed', error: 'ratelimited', attempts: 1 });
    expect(await a.deliveries.claim({ ...day, owner: 'r2', now: at('2026-11-23T07:01:59Z') })).toBeUndefined();
    const retry = await a.deliveries.claim({ ...day, owner: 'r2', now: at('2026-11-23T07:02:00Z') });
    expect(retry).toMatchObject({ previous: { status: 'failed' }, delivery: { attempts: 2, owner: 'r2' } });
    expect(retry!.delivery.nextAttemptAt).toBeUndefined();
    await a.deliveries.update('C1', '2026-11-23', 'r2', { status: 'failed', error: 'channel_not_found', final: true });
    expect(await a.deliveries.claim({ ...day, owner: 'r3', now: at('2026-11-24T07:00:00Z') })).toBeUndefined();
    expect(await a.deliveries.lastSent('C1')).toBeUndefined();
    await a.deliveries.removeChannels(['C1']);
    expect(await a.deliveries.latest('C1')).toBeUndefined();
  });

  it('answers "first sighting" once per key until it expires, whichever handle asks', async () => {
    const { a, reopen } = await kind.open();
    const b = kind.shared ? await reopen() : a;
    const now = at('2026-11-23T07:00:00Z');
    const seen = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).events.firstSighting('event:Ev1', now, 60_000)));
    expect(seen.filter(Boolean)).toHaveLength(1);
    expect(await b.events.firstSighting('event:Ev2', now, 60_000)).toBe(true);
    expect(await a.events.firstSighting('event:Ev1', at('2026-11-23T07:00:59Z'), 60_000)).toBe(false);
    expect(await a.events.firstSighting('event:Ev1', at('2026-11-23T07:01:00Z'), 60_000)).toBe(true);
    await a.events.prune(at('2026-11-23T08:00:00Z'));
    expect(await b.events.firstSighting('event:Ev2', at('2026-11-23T08:00:00Z'), 60_000)).toBe(true);
  });

  it('keeps channel bindings across a restart', async () => {
    const { a, reopen } = await kind.open();
    await a.bindings.set({ channel: 'C1', team: 'T1', collection: 'prague', boundBy: 'U1', boundAt: '2026-11-23T07:00:00.000Z' });
    await a.bindings.set({ channel: 'C2', team: 'T2', collection: 'desks/energy', boundBy: 'U1', boundAt: '2026-11-23T07:00:00.000Z' });
    const b = await reopen();
    expect(await b.bindings.get('C1')).toEqual({ channel: 'C1', team: 'T1', collection: 'prague', boundBy: 'U1', boundAt: '2026-11-23T07:00:00.000Z' });
    expect(await b.bindings.removeTeam('T2')).toBe(1);
    expect(await b.bindings.remove('C1')).toBe(true);
    expect(await b.bindings.get('C1')).toBeUndefined();
    expect(await b.bindings.get('C2')).toBeUndefined();
  });

  it('keeps installations by workspace (or enterprise), and forgets them or their user tokens', async () => {
    const { a, reopen } = await kind.open();
    const installation: Installation = {
      team: { id: 'T2', name: 'Other desk' },
      enterprise: undefined,
      user: { id: 'UINST', token: 'xoxp-user-token', scopes: ['identify'] },
      bot: { id: 'B2', userId: 'UBOT2', token: 'xoxb-team-two', scopes: ['commands'] },
      isEnterpriseInstall: false,
      authVersion: 'v2',
    };
    await a.installations.storeInstallation(installation);
    const b = await reopen();
    const query = { teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false as const };
    expect((await b.installations.fetchInstallation(query)).bot?.token).toBe('xoxb-team-two');
    await expect(b.installations.fetchInstallation({ ...query, teamId: 'T3' })).rejects.toThrow(/no installation/);
    await b.installations.removeUserTokens('T2', undefined, ['UINST']);
    const stripped = await (await reopen()).installations.fetchInstallation(query);
    expect(stripped.user.token).toBeUndefined();
    expect(stripped.bot?.token).toBe('xoxb-team-two');
    await b.installations.deleteInstallation(query);
    await expect((await reopen()).installations.fetchInstallation(query)).rejects.toThrow(/no installation/);
  });
});

describe('file state', () => {
  it('reads a version 1 digests.json (lastDelivery/lastSent) and keeps its promises', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
    writeFileSync(
      join(dir, 'digests.json'),
      JSON.stringify({
        version: 1,
        subscriptions: {
          C1: {
            channel: 'C1', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z',
            lastDelivery: { date: '2026-11-23', at: '2026-11-23T07:00:00.000Z', status: 'sending' },
            lastSent: { date: '2026-11-22', at: '2026-11-22T07:00:00.000Z', status: 'sent' },
          },
          CBAD: { channel: 'CBAD', time: '25:99', timeZone: 'Mars/Base', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' },
        },
      }),
    );
    const state = openFileState(dir);
    expect((await state.subscriptions.get('C1'))?.time).toBe('08:00');
    expect(await state.deliveries.lastSent('C1')).toMatchObject({ date: '2026-11-22', sentAt: '2026-11-22T07:00:00.000Z' });
    // A day that may have gone out before a crash (version 1 "sending") is never sent again.
    expect(await state.deliveries.latest('C1')).toMatchObject({ date: '2026-11-23', status: 'failed', final: true });
    expect(await state.deliveries.claim({ channel: 'C1', date: '2026-11-23', owner: 'r', now: new Date('2026-11-23T09:00:00Z'), leaseMs: 1000 })).toBeUndefined();
    // An entry the scheduler cannot read is kept as written (it reports and skips it).
    await state.subscriptions.set({ channel: 'C2', time: '09:00', timeZone: 'UTC', createdBy: 'U1', createdAt: '2026-11-01T00:00:00.000Z' });
    const written = JSON.parse(readFileSync(join(dir, 'digests.json'), 'utf8'));
    expect(written.version).toBe(2);
    expect(written.subscriptions.CBAD).toMatchObject({ time: '25:99', timeZone: 'Mars/Base' });
  });

  it('stops on a corrupt file, naming it and leaving it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
    writeFileSync(join(dir, 'bindings.json'), '{"version": 1, "bindings": ');
    expect(() => openFileState(dir)).toThrow(StateError);
    expect(() => openFileState(dir)).toThrow(/bindings\.json is unreadable or corrupt/);
    expect(readFileSync(join(dir, 'bindings.json'), 'utf8')).toBe('{"version": 1, "bindings": ');
  });
});

describe('PostgreSQL schema', () => {
  it('is migrated once when several replicas start at the same moment', async () => {
    const url = await freshDatabase();
    const states = await Promise.all(Array.from({ length: 4 }, () => openPostgresState(url, quiet)));
    opened.push(...states);
    const steps = await sql<{ version: number }>(url, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(steps.map((s) => s.version)).toEqual([1]);
    expect((await states[3]!.check()).ok).toBe(true);
  });

  it('refuses a database migrated by a newer release, naming the versions', async () => {
    const url = await freshDatabase();
    opened.push(await openPostgresState(url, quiet));
    await sql(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    await expect(openPostgresState(url, quiet)).rejects.toThrow(/schema is version 99, newer than this release knows \(1\)/);
  });

  it('stops start-up, naming the database, when it cannot be reached within the wait', async () => {
    const started = Date.now();
    await expect(openState({ dataDir: tmpdir(), databaseUrl: 'postgres://prague:secret-password@127.0.0.1:1/prague' }, quiet, 600)).rejects.toThrow(
      /^PostgreSQL at 127\.0\.0\.1:1\/prague: .*ECONNREFUSED/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('is files in DATA_DIR without DATABASE_URL', async () => {
    expect((await openState({ dataDir: mkdtempSync(join(tmpdir(), 'prague-state-')) }, quiet)).kind).toBe('file');
  });
});
