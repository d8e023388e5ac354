import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openDesk } from '../../src/core/desk.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/createSlackApp.js';
import { FakeSlack } from '../helpers/fakeSlack.js';
import { FakeSocketMode } from '../helpers/fakeSocketMode.js';
import { BOT_TOKEN } from '../helpers/testApp.js';

const APP_TOKEN = 'xapp-1-A1-3333-socketmodesecretvalue';

let fake: FakeSlack;
let socket: FakeSocketMode;
let slack: SlackApp;
const logs: string[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
  socket = new FakeSocketMode(fake);
  const config = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')), LOG_LEVEL: 'debug' });
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const desk = await openDesk(config.corpusDir);
  slack = createSlackApp({ config, desk: () => desk, logger: createLogger(config.logLevel, sink) });
  await slack.start();
});
afterAll(async () => {
  await slack.stop(1000);
  await socket.stop();
  await fake.stop();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('opens its connection through SLACK_API_URL', async () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('acknowledges a /prague envelope over the socket and answers at the response_url', async () => {
    socket.send({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { command: '/prague', text: 'who attended', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: fake.responseUrl('s1'), trigger_id: 't1', api_app_id: 'A1' },
    });
    await socket.waitForAck('env-1');
    const [answer] = await fake.waitFor('response:s1');
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer!.body.blocks)).toContain('Prague');
  });

  it('answers an @mention in a thread once, even when Slack resends the envelope', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> did China attend?', ts: '1700000100.000100', channel: 'C1', event_ts: '1700000100.000100' };
    const body = { token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvSock1', event_time: 1700000100, event };
    socket.send({ envelope_id: 'env-2', type: 'events_api', payload: body });
    socket.send({ envelope_id: 'env-3', type: 'events_api', payload: body, retry_attempt: 1, retry_reason: 'timeout' });
    await socket.waitForAck('env-3');
    const [post] = await fake.waitFor('chat.postMessage');
    // A new question after the resent envelope is answered; a second answer would have been posted first.
    const next = { ...event, text: '<@UBOT> Barcelona', ts: '1700000100.000200', event_ts: '1700000100.000200' };
    socket.send({ envelope_id: 'env-4', type: 'events_api', payload: { ...body, event_id: 'EvSock2', event: next } });
    await fake.waitFor('chat.postMessage', 2);
    const answers = fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000100.000100');
    expect(answers).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')[1]!.body.thread_ts).toBe('1700000100.000200');
    expect(post!.body.channel).toBe('C1');
    expect(JSON.stringify(post!.body.blocks).replace(/\*/g, '')).toContain('China and Russia were not present');
  });

  it('never logs the app token or the bot token', async () => {
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(APP_TOKEN);
    expect(all).not.toContain(BOT_TOKEN);
  });
});
