import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';
import { LiveCorpus } from '../../src/live/liveCorpus.js';
import { createLogger } from '../../src/logger.js';
import { openPostgresState } from '../../src/state/postgres/postgresState.js';
import type { State } from '../../src/state/types.js';
import { answerOAuthExchange, installThroughOAuth } from '../helpers/oauthFlow.js';
import { freshDatabase } from '../helpers/postgres.js';
import { postEvent, postSlashCommand } from '../helpers/slackRequests.js';
import { tempCorpus } from '../helpers/tempCorpus.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'oauth-client-secret-value',
  SLACK_STATE_SECRET: 'oauth-state-secret-value-long-enough',
};

let state: State;
let live: LiveCorpus;
let dir: string;
let t: TestApp;
beforeAll(async () => {
  state = await openPostgresState(await freshDatabase(), quiet);
  dir = tempCorpus({ 'prague/wire.txt': 'Wire report\n\nOfficials met in Prague on Friday to discuss network security.\n' });
  live = new LiveCorpus(await openDesk(dir), { logger: quiet });
  live.start();
  t = await startTestApp({ env: OAUTH_ENV, state, live });
  answerOAuthExchange(t.fake, { 'code-a': { team: 'T0DESKAAA', token: 'xoxb-desk-a-token' }, 'code-b': { team: 'T0DESKBBB', token: 'xoxb-desk-b-token' } });
  await installThroughOAuth(t.port, t.port, 'code-a');
  await installThroughOAuth(t.port, t.port, 'code-b');
});
afterAll(async () => {
  live.stop();
  await t.stop();
  await state.close();
});

let n = 0;
async function ask(team: string, channel: string, text: string): Promise<string> {
  const key = `oauth-add-${++n}`;
  await postSlashCommand(t.port, text, t.fake.responseUrl(key), { team_id: team, channel_id: channel });
  const [reply] = await t.fake.waitFor(`response:${key}`);
  return JSON.stringify(reply?.body);
}

describe('a document added from Slack when many workspaces share the deployment (OAuth)', () => {
  it("goes into the workspace's private copy of the channel's collection: found there, never by another workspace", async () => {
    expect(await ask('T0DESKAAA', 'CAAA', 'collection prague')).toContain('prague');
    expect(await ask('T0DESKBBB', 'CBBB', 'collection prague')).toContain('prague');
    const memo = Buffer.from('Ministry memo\n\nThe ministry will audit every supplier of core network equipment by March.\n');
    const file = t.fake.serveFile('FMEMO', 'ministry-memo.txt', memo, { contentType: 'text/plain' });
    const ts = '1700000200.000001';
    await postEvent(t.port, 'EvOauthAdd1', { type: 'app_mention', user: 'U1', text: '<@UBOT> for the desk', ts, channel: 'CAAA', event_ts: ts, files: [file] }, {}, 'T0DESKAAA');
    await t.fake.waitFor('chat.postMessage', 1, 15_000);
    expect(existsSync(join(dir, 'T0DESKAAA/prague/ministry-memo.txt'))).toBe(true);
    expect(existsSync(join(dir, 'prague/ministry-memo.txt'))).toBe(false);
    await live.settled();

    // Workspace A, in its channel bound to "prague", finds it with the shared wire report.
    expect(await ask('T0DESKAAA', 'CAAA', 'who will audit suppliers of core network equipment')).toContain('audit every supplier');
    // Workspace B, bound to the same collection, never sees A's document.
    expect(await ask('T0DESKBBB', 'CBBB', 'who will audit suppliers of core network equipment')).not.toContain('audit every supplier');
    const check = await ask('T0DESKBBB', 'CBBB', 'quote "The ministry will audit every supplier of core network equipment"');
    expect(check).toContain('Not in the sources');
    expect(check).not.toContain('ministry-memo');
  });
});
