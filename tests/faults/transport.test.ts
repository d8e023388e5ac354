import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../helpers/appProcess.js';
import { FakeSlack } from '../helpers/fakeSlack.js';
import { postSigned, postSlashCommand, SIGNING_SECRET } from '../helpers/slackRequests.js';

const TOKEN = 'xoxb-1-2-faultsecretvalue';

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Signed bodies Slack never sends: each must get a 4xx, none may end the process. */
const HOSTILE: [string, string, string][] = [
  ['JSON null', 'null', JSON_TYPE],
  ['not JSON', 'this is not json', JSON_TYPE],
  ['empty body', '', JSON_TYPE],
  ['a JSON number', '42', JSON_TYPE],
  ['a JSON string', '"event_callback"', JSON_TYPE],
  ['a JSON array', '[{"type":"event_callback"}]', JSON_TYPE],
  ['an empty object', '{}', JSON_TYPE],
  ['an event_callback without an event', '{"type":"event_callback","event_id":"Ev1"}', JSON_TYPE],
  ['an event that is null', '{"type":"event_callback","event":null}', JSON_TYPE],
  ['an event without a type', '{"type":"event_callback","event":{"channel":"C1"}}', JSON_TYPE],
  ['an event whose channel is a number', '{"type":"event_callback","event":{"type":"app_mention","channel":5}}', JSON_TYPE],
  ['an event whose item is null', '{"type":"event_callback","event":{"type":"reaction_added","item":null}}', JSON_TYPE],
  ['url_verification without a challenge', '{"type":"url_verification"}', JSON_TYPE],
  ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`, JSON_TYPE],
  ['payload=null', form({ payload: 'null' }), FORM_TYPE],
  ['payload=[]', form({ payload: '[]' }), FORM_TYPE],
  ['payload not JSON', form({ payload: '{oops' }), FORM_TYPE],
  ['block_actions without actions', form({ payload: '{"type":"block_actions","user":{"id":"U1"}}' }), FORM_TYPE],
  ['block_actions with actions "x"', form({ payload: '{"type":"block_actions","actions":"x"}' }), FORM_TYPE],
  ['block_actions with a null action', form({ payload: '{"type":"block_actions","actions":[null]}' }), FORM_TYPE],
  ['a message shortcut without its message', form({ payload: '{"type":"message_action","callback_id":"check_quotes"}' }), FORM_TYPE],
  ['an interaction whose user is a string', form({ payload: '{"type":"shortcut","callback_id":"x","user":"U1"}' }), FORM_TYPE],
  ['an unknown interaction type', form({ payload: '{"type":"nonsense"}' }), FORM_TYPE],
  ['a slash command with no fields but its name', form({ command: '/prague' }), FORM_TYPE],
  ['a slash command with its name twice', `${form({ command: '/prague', user_id: 'U1', channel_id: 'C1', response_url: 'http://127.0.0.1:1/x' })}&command=%2Fother`, FORM_TYPE],
  ['a form with nothing Slack sends', form({ hello: 'world' }), FORM_TYPE],
];

describe('fault: signed requests Slack never sends (the real app over HTTP)', () => {
  const fake = new FakeSlack();
  let app: AppProcess;
  let port: number;
  beforeAll(async () => {
    await fake.start();
    app = startAppProcess({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
    await app.waitForOutput('Prague Desk is running');
    port = await app.port();
  });
  afterAll(async () => {
    await app.stop();
    await fake.stop();
  });

  for (const [name, body, type] of HOSTILE) {
    it(`${name}: 4xx, and the app keeps serving`, async () => {
      const res = await postSigned(port, body, type);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    });
  }

  it('bodies of the right shape with odd fields inside are acknowledged (never 5xx), the failure logged, and the app keeps serving', async () => {
    const odd: [string, string][] = [
      [JSON.stringify({ type: 'event_callback', event_id: 'EvOdd1', event: { type: 'app_mention', text: 5, user: 'U1', channel: 'C1', ts: '1.1' } }), JSON_TYPE],
      [JSON.stringify({ type: 'event_callback', event_id: 'EvOdd2', event: { type: 'message', channel_type: 'im', text: { a: 1 }, user: 'U1', channel: 'D1', ts: '1.2' } }), JSON_TYPE],
      [form({ command: '/prague', text: 'who attended', user_id: 'U1', channel_id: 'C1', response_url: 'not a url' }), FORM_TYPE],
      [form({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'share_in_channel', value: '{"k":5}' }], response_url: 'nope' }) }), FORM_TYPE],
      [form({ payload: JSON.stringify({ type: 'message_action', callback_id: 'check_quotes', user: { id: 'U1' }, message: { text: 7 }, response_url: 'nope' }) }), FORM_TYPE],
    ];
    for (const [body, type] of odd) {
      const res = await postSigned(port, body, type);
      expect(res.status).toBeLessThan(500);
    }
    const ack = await postSlashCommand(port, 'Barcelona', fake.responseUrl('after-odd'));
    expect(ack.status).toBe(200);
    await fake.waitFor('response:after-odd');
    expect(app.child.exitCode).toBeNull();
  });

  it('still answers a real slash command afterwards, and logged each refusal', async () => {
    const ack = await postSlashCommand(port, 'who attended', fake.responseUrl('after-junk'));
    expect(ack.status).toBe(200);
    const [reply] = await fake.waitFor('response:after-junk');
    expect(JSON.stringify(reply!.body.blocks)).toContain('Sources on');
    expect(app.stdout().match(/signed request refused: not a body Slack sends/g)?.length ?? 0).toBeGreaterThanOrEqual(HOSTILE.length - 1);
    expect(app.child.exitCode).toBeNull();
    expect(app.stderr()).toBe('');
    expect(app.stdout()).not.toContain('faultsecretvalue');
  });

  it('an unsigned body is still refused with 401, and a URL that cannot be read with 400', async () => {
    expect((await postSigned(port, 'null', JSON_TYPE, { signature: 'v0=00' })).status).toBe(401);
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '{}' });
    expect(res.status).toBe(401);
  });
});

describe('fault: a revoked or wrong bot token (the real app)', () => {
  for (const error of ['invalid_auth', 'token_revoked', 'account_inactive']) {
    it(`${error}: exits 1 with one line naming SLACK_BOT_TOKEN, never "running"`, async () => {
      const fake = await new FakeSlack().start();
      fake.on('auth.test', () => ({ json: { ok: false, error } }));
      const app = startAppProcess({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
      expect(await app.exit).toBe(1);
      await fake.stop();
      const lines = app.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Prague Desk cannot start: SLACK_BOT_TOKEN was refused by Slack \\(${error}\\): `));
      expect(app.stdout()).not.toContain('Prague Desk is running');
      expect(app.stdout() + app.stderr()).not.toContain('faultsecretvalue');
      expect(fake.callsTo('auth.test')).toHaveLength(1);
    });
  }

  it('in Socket Mode too, before any connection is opened', async () => {
    const fake = await new FakeSlack().start();
    fake.on('auth.test', () => ({ json: { ok: false, error: 'token_revoked' } }));
    const app = startAppProcess({ SLACK_BOT_TOKEN: TOKEN, SLACK_APP_TOKEN: 'xapp-1-A1-2-socketsecret', SLACK_API_URL: fake.apiUrl });
    expect(await app.exit).toBe(1);
    await fake.stop();
    expect(app.stderr().trim()).toMatch(/^Prague Desk cannot start: SLACK_BOT_TOKEN was refused by Slack \(token_revoked\)/);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(0);
  });
});

describe('fault: Slack unreachable at start-up (the real app)', () => {
  it('/healthz says 503 "not ready" while Slack is retried, Slack requests get 503; once Slack answers, it is ready and answers', async () => {
    const slackPort = await freePort();
    const app = startAppProcess({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/` });
    const fake = new FakeSlack();
    try {
      const port = await app.port();
      await app.waitForOutput('not ready: Slack did not answer');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.text()).toMatch(/^not ready: slack: Slack did not answer \(ECONNREFUSED\) at http:\/\/127\.0\.0\.1:\d+\/api\/; attempt \d of 8, next in [\d.]+ s/);
      const early = await postSlashCommand(port, 'who attended', `http://127.0.0.1:${slackPort}/response/early`);
      expect(early.status).toBe(503);
      expect(app.stdout()).not.toContain('Prague Desk is running');

      await fake.start(slackPort);
      await app.waitForOutput('Prague Desk is running', 20_000);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const ack = await postSlashCommand(port, 'who attended', fake.responseUrl('late'));
      expect(ack.status).toBe(200);
      await fake.waitFor('response:late');
      expect(fake.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await app.stop();
      await fake.stop().catch(() => {});
    }
  });
});

describe('fault: the port is taken (the real app)', () => {
  it('exits 1 with one line naming PORT', async () => {
    const fake = await new FakeSlack().start();
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const taken = (holder.address() as { port: number }).port;
    const app = startAppProcess({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(taken) });
    try {
      expect(await app.exit).toBe(1);
      expect(app.stderr().trim()).toBe(`Prague Desk cannot start: PORT: ${taken} is already in use by another process`);
    } finally {
      await new Promise<void>((r) => holder.close(() => r()));
      await fake.stop();
    }
  });
});
