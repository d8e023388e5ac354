/**
 * Two (or three) real app processes (`node dist/app.js`) on one PostgreSQL, behind no load balancer:
 * the test sends each request to the replica it chooses. Slack is a local stand-in; the database is
 * real and nothing is mocked.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fakeSlack.js';
import { answerOAuthExchange, installThroughOAuth } from '../helpers/oauthFlow.js';
import { freshDatabase, sql } from '../helpers/postgres.js';
import { startReplica, until, type Replica } from '../helpers/replica.js';
import { postEvent, postSigned, postSlashCommand, SIGNING_SECRET } from '../helpers/slackRequests.js';

/** The corpus folder every replica reads: the bundled one, and an `energy` collection beside it. */
const corpus = mkdtempSync(join(tmpdir(), 'prague-shared-corpus-'));
cpSync(new URL('../../corpus', import.meta.url).pathname, corpus, { recursive: true });
mkdirSync(join(corpus, 'energy'));
writeFileSync(join(corpus, 'energy', 'grid.txt'), 'Grid tender\n\nThe ministry reopened the grid tender after a complaint by the operators.\n');

let fake: FakeSlack;
/** Messages "in the channel" as Slack would have them, with their metadata (for conversations.history). */
const inChannel = new Map<string, { ts: string; metadata?: unknown }[]>();
/** Channels whose first post is held unanswered, and whether Slack had applied it when it was held. */
const hold = new Map<string, 'applied' | 'not applied'>();
const replicas: Replica[] = [];
let url: string;
let env: Record<string, string>;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  fake.on('conversations.info', (body) => ({ json: { ok: true, channel: { id: body.channel, is_member: true } } }));
  fake.on('users.info', (body) => ({ json: { ok: true, user: { id: body.user, tz: 'UTC' } } }));
  fake.on('chat.postMessage', (body) => {
    const channel = String(body.channel);
    const ts = `${Date.now() / 1000}`;
    const message = { ts, metadata: typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata };
    const held = hold.get(channel);
    if (held) {
      hold.delete(channel);
      if (held === 'applied') inChannel.set(channel, [...(inChannel.get(channel) ?? []), message]);
      return { json: { ok: true, ts }, delayMs: 120_000 };
    }
    inChannel.set(channel, [...(inChannel.get(channel) ?? []), message]);
    return { json: { ok: true, ts } };
  });
  fake.on('conversations.history', (body) => ({ json: { ok: true, has_more: false, messages: inChannel.get(String(body.channel)) ?? [] } }));
  url = await freshDatabase();
  env = {
    SLACK_BOT_TOKEN: 'xoxb-replica-token-1234',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: url,
    CORPUS_DIR: corpus,
    DIGEST_LEASE_SECONDS: '2',
  };
  // Both start at the same moment: the schema is created once (an advisory lock).
  replicas.push(...(await Promise.all([startReplica(env), startReplica(env)])));
}, 60_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await fake.stop();
});

let n = 0;
async function prague(replica: Replica, text: string, channel: string): Promise<{ response_type: string; blocks: unknown[] }> {
  const id = `rep${++n}`;
  const ack = await postSlashCommand(replica.port, text, fake.responseUrl(id), { channel_id: channel });
  expect(ack.status).toBe(200);
  const [reply] = await fake.waitFor(`response:${id}`, 1, 10_000);
  return reply!.body as { response_type: string; blocks: unknown[] };
}
const posts = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
const deliveryOf = async (channel: string) => (await sql<{ status: string; owner: string | null; attempts: number }>(url, 'SELECT status, owner, attempts FROM digest_deliveries WHERE channel = $1', [channel]))[0];

/** A subscription due now whatever the time of day (00:00 UTC, made yesterday), written as a replica would. */
async function dueSubscriptions(channels: string[]): Promise<void> {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  for (const channel of channels) {
    await sql(url, "INSERT INTO digest_subscriptions (channel, team, time, time_zone, created_by, created_at) VALUES ($1, 'T1', '00:00', 'UTC', 'U1', $2)", [channel, yesterday]);
  }
}

describe('two replicas on one PostgreSQL act as one app', () => {
  it('migrated the schema once, though both started at once', async () => {
    expect(await sql(url, 'SELECT version FROM schema_migrations')).toEqual([{ version: 1 }]);
  });

  it('a subscription or a channel collection made through one replica holds on the other', async () => {
    const [a, b] = replicas as [Replica, Replica];
    expect((await prague(a, 'digest subscribe 17:30 Asia/Tokyo', 'CSHARED')).response_type).toBe('in_channel');
    expect(JSON.stringify((await prague(b, 'digest status', 'CSHARED')).blocks)).toContain('at 17:30 (Asia/Tokyo)');
    expect(JSON.stringify((await prague(b, 'digest unsubscribe', 'CSHARED')).blocks)).toContain('stopped this channel');
    expect(JSON.stringify((await prague(a, 'digest status', 'CSHARED')).blocks)).toContain('no daily briefing');

    expect((await prague(b, 'collection energy', 'CBOUND')).response_type).toBe('in_channel');
    const answer = JSON.stringify((await prague(a, 'who reopened the tender', 'CBOUND')).blocks);
    // Quotes mark the words that matched in bold: read them without the marks.
    expect(answer.replace(/\*/g, '')).toContain('ministry reopened the grid tender');
    expect(answer).toContain('Searched the *energy* collection');
    expect(JSON.stringify((await prague(a, 'who attended', 'CBOUND')).blocks)).not.toContain('Prague');
  });

  it('when both are due, each channel\'s digest is posted once', async () => {
    const channels = ['CDUE1', 'CDUE2', 'CDUE3', 'CDUE4', 'CDUE5'];
    await dueSubscriptions(channels);
    await until(async () => (await sql(url, "SELECT 1 FROM digest_deliveries WHERE channel LIKE 'CDUE%' AND status = 'sent'")).length === channels.length, 'five digests delivered');
    for (const channel of channels) expect(posts(channel)).toHaveLength(1);
    // Both replicas took part (each tried to claim; the unique key let one win each day).
    // (A replica's log line may reach the pipe a moment after its row is marked sent: wait for the lines, then count.)
    const logged = () => replicas.map((r) => r.lines('digest delivered').length).reduce((a, b) => a + b);
    await until(() => logged() >= channels.length, 'five deliveries logged');
    expect(logged()).toBe(channels.length);
  });

  it('the same event sent to both replicas (Slack\'s retry) is answered once', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> who attended', ts: '1700000500.000100', channel: 'CEVENT', event_ts: '1700000500.000100' };
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvReplicas1', event_time: 1, event, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
    const ts = Math.floor(Date.now() / 1000);
    const acks = await Promise.all([
      postSigned(a.port, body, 'application/json', { timestamp: ts }),
      postSigned(b.port, body, 'application/json', { timestamp: ts + 1, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
    ]);
    expect(acks.map((x) => x.status)).toEqual([200, 200]);
    await until(() => posts('CEVENT').length >= 1 && [a, b].some((r) => r.lines('event already answered').length > 0), 'one answer and one skipped retry');
    expect(posts('CEVENT')).toHaveLength(1);
    // A replay of the very same signed request to the other replica is not answered either.
    await postSigned(a.port, body, 'application/json', { timestamp: ts + 1 });
    await until(() => [a, b].some((r) => r.lines('replayed request').length > 0), 'the replay to be refused');
    expect(posts('CEVENT')).toHaveLength(1);
  });

  it('a replica killed while posting, after Slack got the post: the other finds it and does not post it again', async () => {
    hold.set('CKILL1', 'applied');
    await dueSubscriptions(['CKILL1']);
    await until(() => posts('CKILL1').length === 1, 'the post to reach Slack');
    const victim = await killOwnerOf('CKILL1');
    await until(async () => (await deliveryOf('CKILL1'))?.status === 'sent', 'the day to be recorded as delivered', 20_000);
    expect(posts('CKILL1')).toHaveLength(1);
    expect(inChannel.get('CKILL1')).toHaveLength(1);
    // (The replica records the day as sent, then logs why: the line may land a moment after the record.)
    await until(() => replicas.filter((r) => r !== victim).some((r) => r.lines('not posted again').length > 0), 'the other replica to log that it found the post');
    expect(posts('CKILL1')).toHaveLength(1);
  });

  it('a replica killed while posting, before Slack applied the post: the other delivers it, once', async () => {
    hold.set('CKILL2', 'not applied');
    await dueSubscriptions(['CKILL2']);
    await until(() => posts('CKILL2').length === 1, 'the post to be sent');
    await killOwnerOf('CKILL2');
    await until(async () => (await deliveryOf('CKILL2'))?.status === 'sent', 'the day to be delivered by the other replica', 20_000);
    expect(inChannel.get('CKILL2')).toHaveLength(1);
    expect(await deliveryOf('CKILL2')).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

/** SIGKILLs the replica holding a channel's claim (its process id is in the claim), and starts a new one. */
async function killOwnerOf(channel: string): Promise<Replica> {
  await until(async () => Boolean((await deliveryOf(channel))?.owner), `a claim on ${channel}`);
  const owner = (await deliveryOf(channel))!.owner!;
  const pid = Number(owner.split('/')[1]);
  const victim = replicas.find((r) => r.pid === pid);
  if (!victim) throw new Error(`no replica with pid ${pid} (claim owner ${owner})`);
  victim.child.kill('SIGKILL');
  await victim.exited;
  replicas.splice(replicas.indexOf(victim), 1);
  replicas.push(await startReplica(env));
  return victim;
}

describe('OAuth across replicas', () => {
  const oauthReplicas: Replica[] = [];
  let oauthUrl: string;
  beforeAll(async () => {
    oauthUrl = await freshDatabase();
    answerOAuthExchange(fake, { 'code-replicas': { team: 'T0REPLIC1', token: 'xoxb-replicas-team-token' } });
    const oauthEnv = {
      SLACK_CLIENT_ID: '1111111111.2222222222',
      SLACK_CLIENT_SECRET: 'oauth-client-secret-value',
      SLACK_STATE_SECRET: 'the-same-state-secret-on-every-replica',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: oauthUrl,
      CORPUS_DIR: corpus,
    };
    oauthReplicas.push(...(await Promise.all([startReplica(oauthEnv), startReplica(oauthEnv)])));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(oauthReplicas.map((r) => r.stop()));
  });

  it('an install started on one replica and completed on the other serves requests on both with that workspace\'s token', async () => {
    const [a, b] = oauthReplicas as [Replica, Replica];
    const done = await installThroughOAuth(a.port, b.port, 'code-replicas');
    expect(done.status).toBeLessThan(400);
    expect(await sql(oauthUrl, 'SELECT team_id FROM slack_installations')).toEqual([{ team_id: 'T0REPLIC1' }]);
    for (const [i, replica] of [a, b].entries()) {
      const ts = `1700000600.00010${i}`;
      await postEvent(replica.port, `EvOauthReplica${i}`, { type: 'app_mention', user: 'U1', text: '<@UBOT> who attended', ts, channel: 'COAUTH', event_ts: ts }, {}, 'T0REPLIC1');
      await until(() => fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === ts), `the answer through replica ${i + 1}`);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts).map((c) => c.token)).toEqual(['xoxb-replicas-team-token']);
    }
  });
});
