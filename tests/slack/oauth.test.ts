import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { BOT_SCOPE_NAMES } from '../../src/slack/oauth/botScopes.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import type { State } from '../../src/state/types.js';
import { answerOAuthExchange, installThroughOAuth } from '../helpers/oauthFlow.js';
import { freshDatabase, sql } from '../helpers/postgres.js';
import { postEvent, postSlashCommand } from '../helpers/slackRequests.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'oauth-client-secret-value',
  SLACK_STATE_SECRET: 'oauth-state-secret-value-long-enough',
};

let url: string;
let state: State;
let t: TestApp;
beforeAll(async () => {
  url = await freshDatabase();
  state = await openPostgresState(url, quiet);
  t = await startTestApp({ env: OAUTH_ENV, state });
  answerOAuthExchange(t.fake, { 'code-two': { team: 'T0TEAM002', token: 'xoxb-team-two-token' }, 'code-three': { team: 'T0TEAM003', token: 'xoxb-team-three-token' } });
});
afterAll(async () => {
  await t.stop();
  await state.close();
});

let n = 0;
async function mention(team: string, text: string): Promise<string> {
  const ts = `1700000100.${String(++n).padStart(6, '0')}`;
  await postEvent(t.port, `EvOauth${n}`, { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts, channel: `C${team}`, event_ts: ts }, {}, team);
  return ts;
}
const repliesTo = (ts: string) => t.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);

describe('OAuth: any workspace can install the app', () => {
  it('installs through /slack/install and /slack/oauth_redirect, the exchange going to SLACK_API_URL, kept in PostgreSQL', async () => {
    const done = await installThroughOAuth(t.port, t.port, 'code-two');
    expect(done.status).toBeLessThan(400);
    const [exchange] = t.fake.callsTo('oauth.v2.access');
    expect(exchange!.body).toMatchObject({ code: 'code-two', client_id: OAUTH_ENV.SLACK_CLIENT_ID });
    const rows = await sql<{ team_id: string; installation: { bot: { token: string } } }>(url, 'SELECT team_id, installation FROM slack_installations');
    expect(rows).toEqual([expect.objectContaining({ team_id: 'T0TEAM002' })]);
    expect(rows[0]!.installation.bot.token).toBe('xoxb-team-two-token');
    // The install URL asks for the scopes the manifest declares.
    const start = await fetch(`http://127.0.0.1:${t.port}/slack/install`, { redirect: 'manual' });
    const scopes = new URL(start.headers.get('location')!).searchParams.get('scope')!.split(',');
    expect(scopes.sort()).toEqual([...BOT_SCOPE_NAMES].sort());
  });

  it('refuses a redirect whose state was not issued to this browser', async () => {
    const start = await fetch(`http://127.0.0.1:${t.port}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const forged = await fetch(`http://127.0.0.1:${t.port}/slack/oauth_redirect?code=code-three&state=${state}`, { redirect: 'manual' });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(t.fake.callsTo('oauth.v2.access').filter((c) => c.body.code === 'code-three')).toHaveLength(0);
  });

  it('answers each workspace with its own bot token, and no workspace that has not installed it', async () => {
    await installThroughOAuth(t.port, t.port, 'code-three');
    const two = await mention('T0TEAM002', 'who attended');
    const three = await mention('T0TEAM003', 'who attended');
    await t.fake.waitFor('chat.postMessage', 2);
    const deadline = Date.now() + 5000;
    while ((repliesTo(two).length === 0 || repliesTo(three).length === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(repliesTo(two).map((c) => c.token)).toEqual(['xoxb-team-two-token']);
    expect(repliesTo(three).map((c) => c.token)).toEqual(['xoxb-team-three-token']);

    // Briefings go out with their workspace's token too.
    await state.subscriptions.set({ channel: 'CDIGEST3', team: 'T0TEAM003', time: '00:00', timeZone: 'UTC', createdBy: 'U1', createdAt: new Date(Date.now() - 86_400_000).toISOString() });
    await t.slack.deps.digests!.scheduler.deliverDue();
    expect(t.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CDIGEST3').map((c) => c.token)).toEqual(['xoxb-team-three-token']);

    const before = t.logs.filter((l) => l.includes('Authorization of incoming event did not succeed')).length;
    const stranger = await mention('T0NOBODY9', 'who attended');
    while (t.logs.filter((l) => l.includes('Authorization of incoming event did not succeed')).length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(repliesTo(stranger)).toHaveLength(0);
  });

  it('tokens_revoked for the bot removes the installation; app_uninstalled removes its briefings and channel collections too', async () => {
    // Workspace three: bot token revoked.
    await postEvent(t.port, 'EvRevoke', { type: 'tokens_revoked', tokens: { bot: ['UBOTT0TEAM003'] }, event_ts: '1' }, {}, 'T0TEAM003');
    const deadline = Date.now() + 5000;
    while ((await sql(url, "SELECT 1 FROM slack_installations WHERE team_id = 'T0TEAM003'")).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(await sql(url, "SELECT 1 FROM slack_installations WHERE team_id = 'T0TEAM003'")).toHaveLength(0);

    // Workspace two: subscribed and bound, then uninstalls.
    await state.bindings.set({ channel: 'CT0TEAM002', team: 'T0TEAM002', collection: 'desk', boundBy: 'U1', boundAt: new Date().toISOString() });
    await postSlashCommand(t.port, 'digest subscribe 08:00 UTC', t.fake.responseUrl('o-sub'), { team_id: 'T0TEAM002', channel_id: 'CT0TEAM002' });
    await t.fake.waitFor('response:o-sub');
    expect(await sql(url, "SELECT team FROM digest_subscriptions WHERE channel = 'CT0TEAM002'")).toEqual([{ team: 'T0TEAM002' }]);
    expect(await sql(url, "SELECT team FROM channel_bindings WHERE channel = 'CT0TEAM002'")).toEqual([{ team: 'T0TEAM002' }]);
    await postEvent(t.port, 'EvUninstall', { type: 'app_uninstalled', event_ts: '2' }, {}, 'T0TEAM002');
    while ((await sql(url, "SELECT 1 FROM slack_installations WHERE team_id = 'T0TEAM002'")).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(await sql(url, 'SELECT 1 FROM slack_installations')).toHaveLength(0);
    expect(await sql(url, "SELECT 1 FROM digest_subscriptions WHERE team = 'T0TEAM002'")).toHaveLength(0);
    expect(await sql(url, "SELECT 1 FROM channel_bindings WHERE team = 'T0TEAM002'")).toHaveLength(0);
  });
});

describe('OAuth settings', () => {
  const base = { SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1111111111.2222222222', SLACK_CLIENT_SECRET: 'secret', SLACK_STATE_SECRET: 'a-state-secret-of-length' };
  const line = (env: Record<string, string>) => {
    try {
      readConfig(env);
      return 'accepted';
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.message;
    }
  };

  it('names the one missing or malformed setting', () => {
    expect(line(base)).toBe('accepted');
    expect(line({ ...base, SLACK_CLIENT_SECRET: '' })).toMatch(/^SLACK_CLIENT_SECRET is missing: SLACK_CLIENT_ID is set/);
    expect(line({ ...base, SLACK_STATE_SECRET: '' })).toMatch(/^SLACK_STATE_SECRET is missing/);
    expect(line({ ...base, SLACK_CLIENT_ID: '' })).toMatch(/^SLACK_CLIENT_ID is missing: SLACK_CLIENT_SECRET is set/);
    expect(line({ ...base, SLACK_CLIENT_ID: 'abc' })).toMatch(/^SLACK_CLIENT_ID is malformed/);
    expect(line({ ...base, SLACK_STATE_SECRET: 'short' })).toMatch(/^SLACK_STATE_SECRET is malformed/);
    expect(line({ ...base, SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/^SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID/);
    expect(line({ ...base, SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/^SLACK_APP_TOKEN is set with SLACK_CLIENT_ID: installs through OAuth need HTTP mode/);
    expect(line({ ...base, SLACK_REDIRECT_URI: 'https://desk.example.org/wrong' })).toMatch(/^SLACK_REDIRECT_URI is malformed: its path must be \/slack\/oauth_redirect/);
    expect(line({ SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN is missing/);
    expect(line({ ...base, DATABASE_URL: 'mysql://x@h/db' })).toMatch(/^DATABASE_URL is malformed: it starts with "mysql:\/\/"/);
    expect(line({ ...base, DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL is malformed/);
    expect(line({ ...base, DIGEST_LEASE_SECONDS: '0' })).toMatch(/^DIGEST_LEASE_SECONDS is malformed/);
  });

  it('the manifest asks for exactly the scopes the installer asks for', () => {
    const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPE_NAMES].sort());
  });
});
