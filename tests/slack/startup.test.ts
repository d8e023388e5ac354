import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openDesk } from '../../src/core/desk.js';
import { createLogger } from '../../src/logger.js';
import { installProcessGuards } from '../../src/processGuards.js';
import { checkSlackToken, SlackSettingError, SlackUnreachableError } from '../../src/slack/checkSlackToken.js';
import { createSlackApp } from '../../src/slack/createSlackApp.js';
import { Health } from '../../src/slack/health.js';
import { bodyProblem } from '../../src/slack/requestGuard.js';
import { FakeSlack } from '../helpers/fakeSlack.js';
import { SIGNING_SECRET } from '../helpers/slackRequests.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  return { logger, lines };
}
const FAST = { attempts: 3, firstDelayMs: 20, maxDelayMs: 40 };

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('checkSlackToken', () => {
  it('retries while Slack answers 5xx or rate-limits, keeps health "not ready" with the reason, then reports ready', async () => {
    const fake = await new FakeSlack().start();
    let calls = 0;
    const seen: (string | undefined)[] = [];
    const health = new Health();
    fake.on('auth.test', () => {
      calls++;
      seen.push(health.notReady());
      if (calls === 1) return { status: 503, json: { ok: false } };
      if (calls === 2) return { status: 429, headers: { 'retry-after': '0' }, json: { ok: false } };
      return { json: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T9' } };
    });
    const { logger, lines } = capture();
    const identity = await checkSlackToken({ token: 'xoxb-1', slackApiUrl: fake.apiUrl, logger, health, retry: FAST });
    await fake.stop();
    expect(identity).toEqual({ botUserId: 'UBOT', botId: 'BBOT', teamId: 'T9' });
    expect(calls).toBe(3);
    expect(seen[0]).toBe('slack: checking the bot token with Slack (auth.test)');
    expect(seen[1]).toMatch(/^slack: Slack answered HTTP 503 at .*; attempt 1 of 3, next in/);
    expect(seen[2]).toMatch(/^slack: Slack is rate-limiting auth.test at .*; attempt 2 of 3/);
    expect(health.notReady()).toBeUndefined();
    expect(lines.join('')).toContain('bot token accepted by Slack');
  });

  it('gives up after the bounded retries with one line naming SLACK_API_URL', async () => {
    const health = new Health();
    const { logger } = capture();
    const started = Date.now();
    const port = await closedPort();
    const error = await checkSlackToken({ token: 'xoxb-1', slackApiUrl: `http://127.0.0.1:${port}/api/`, logger, health, retry: FAST }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackUnreachableError);
    expect((error as Error).message).toMatch(/^Slack did not answer \(ECONNREFUSED\) at http:\/\/127\.0\.0\.1:\d+\/api\/ after 3 attempts over \d+ s: check the network \(or SLACK_API_URL\)$/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect(health.notReady()).toContain('after 3 attempts');
  });

  it('does not retry a refused token, and names SLACK_API_URL when it is not Slack', async () => {
    const fake = await new FakeSlack().start();
    fake.on('auth.test', () => ({ json: { ok: false, error: 'token_revoked' } }));
    const { logger } = capture();
    await expect(checkSlackToken({ token: 'xoxb-1', slackApiUrl: fake.apiUrl, logger, retry: FAST })).rejects.toThrow(SlackSettingError);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    fake.on('auth.test', () => ({ status: 404, json: {} }));
    await expect(checkSlackToken({ token: 'xoxb-1', slackApiUrl: fake.apiUrl, logger, retry: FAST })).rejects.toThrow(/^SLACK_API_URL: .* answered HTTP 404/);
    await fake.stop();
  });

  it('createSlackApp.start rejects, and stops cleanly, when Slack never answers', async () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1-x', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/`, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')) });
    const desk = await openDesk(config.corpusDir);
    const health = new Health();
    const slack = createSlackApp({ config, desk: () => desk, logger: capture().logger, health, startRetry: FAST });
    await expect(slack.start(0)).rejects.toThrow(SlackUnreachableError);
    expect(health.notReady()).toMatch(/^slack: Slack did not answer/);
    await slack.stop(10);
  });
});

describe('Health', () => {
  it('is ready only when every named check is, and says which are not', async () => {
    const health = new Health();
    expect(health.notReady()).toBeUndefined();
    health.set('slack', { ready: false, reason: 'checking' });
    health.set('database', () => ({ ready: false, reason: 'connection refused' }));
    expect(health.notReady()).toBe('slack: checking; database: connection refused');
    expect(health.notReady(['slack'])).toBe('slack: checking');
    health.set('slack', { ready: true });
    health.set('database', () => {
      throw new Error('boom');
    });
    expect(health.notReady()).toBe('database: the check failed: boom');
    health.set('database', () => ({ ready: true }));
    expect(health.notReady()).toBeUndefined();
  });
});

describe('process guards', () => {
  it('log an unhandled rejection and an uncaught exception and keep going; a burst of exceptions exits 1', () => {
    const target = new EventEmitter();
    const { logger, lines } = capture();
    const exits: number[] = [];
    let now = 0;
    const remove = installProcessGuards(logger, { target, exit: (code) => exits.push(code), now: () => now });
    target.emit('unhandledRejection', new Error('lost promise'));
    target.emit('uncaughtException', new Error('thrown in a timer'));
    expect(exits).toEqual([]);
    expect(lines.join('')).toContain('unhandled promise rejection: logged, the app keeps serving');
    expect(lines.join('')).toContain('lost promise');
    expect(lines.join('')).toContain('uncaught exception: logged, the app keeps serving');
    for (let i = 0; i < 9; i++) target.emit('uncaughtException', new Error(`again ${i}`));
    expect(exits).toEqual([]);
    target.emit('uncaughtException', new Error('one too many'));
    expect(exits).toEqual([1]);
    now = 120_000; // a minute later the count starts again
    target.emit('uncaughtException', new Error('later'));
    expect(exits).toEqual([1]);
    remove();
    expect(target.listenerCount('uncaughtException')).toBe(0);
  });
});

describe('bodyProblem', () => {
  it('accepts what Slack sends', () => {
    expect(bodyProblem('{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","channel":"C1"},"authorizations":[]}', 'application/json')).toBeUndefined();
    expect(bodyProblem('{"type":"url_verification","challenge":"c"}', 'application/json')).toBeUndefined();
    expect(bodyProblem('ssl_check=1&token=x', 'application/x-www-form-urlencoded')).toBeUndefined();
    expect(bodyProblem('command=%2Fprague&text=&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fx', 'application/x-www-form-urlencoded')).toBeUndefined();
    const payload = JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, actions: [{ action_id: 'a', value: 'v' }], response_url: 'https://x' });
    expect(bodyProblem(`payload=${encodeURIComponent(payload)}`, 'application/x-www-form-urlencoded')).toBeUndefined();
  });

  it('names what is wrong with anything else', () => {
    expect(bodyProblem('null', 'application/json')).toBe('the JSON body is not an object');
    expect(bodyProblem('{', 'application/json')).toBe('the body is not JSON');
    expect(bodyProblem('{"type":"event_callback"}', 'application/json')).toBe('an event_callback without an event object');
    expect(bodyProblem('payload=1', 'application/x-www-form-urlencoded')).toBe('the interaction payload is not an object');
  });
});
