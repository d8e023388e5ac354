import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import { LiveCorpus } from '../../../src/live/liveCorpus.js';
import { createLogger } from '../../../src/logger.js';
import { postInteraction, postSlashCommand } from '../../helpers/slackRequests.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';
import { BOT_TOKEN, startTestApp, type TestApp } from '../../helpers/testApp.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
let t: TestApp;
let live: LiveCorpus;
let dir: string;
beforeAll(async () => {
  dir = tempCorpus({ 'wire.txt': 'Wire report\n\nOfficials met in Prague on Friday.\n' });
  live = new LiveCorpus(await openDesk(dir), { logger: quiet });
  t = await startTestApp({ live });
  t.fake.expectedToken = BOT_TOKEN;
});
afterAll(async () => {
  await t.stop();
});

const PAGE = `<html><head><meta property="og:title" content="Prague talks end"><meta property="og:site_name" content="Daily Wire"><meta name="author" content="Jana Novak"></head>
<body><nav>Home World</nav><article><h1>Prague talks end</h1><p>Delegations from 32 countries ended two days of talks on 5G security in Prague on Friday, agreeing on a set of non-binding proposals.</p></article></body></html>`;

function addToDesk(message: Record<string, unknown>, responseId: string, channel = 'C1') {
  return postInteraction(t.port, {
    type: 'message_action',
    callback_id: 'add_to_desk',
    trigger_id: '1.2',
    user: { id: 'U1', name: 'editor' },
    team: { id: 'T1' },
    channel: { id: channel, name: 'policy' },
    message: { type: 'message', user: 'U2', ts: '1700000300.000100', text: 'saved page', ...message },
    response_url: t.fake.responseUrl(responseId),
    message_ts: '1700000300.000100',
  });
}

describe('"Add to Prague Desk" (message shortcut)', () => {
  it('acknowledges at once, adds the message\u2019s file and confirms in the thread with its title and who added it', async () => {
    const file = t.fake.serveFile('FH1', 'prague-talks.html', Buffer.from(PAGE), { contentType: 'text/html' });
    const res = await addToDesk({ files: [file] }, 'add1');
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const [post] = await t.fake.waitFor('chat.postMessage', 1, 15_000);
    expect(post!.body).toMatchObject({ channel: 'C1', thread_ts: '1700000300.000100' });
    const reply = JSON.stringify(post!.body.blocks);
    expect(reply).toContain('Added *Prague talks end* (web page, 1 paragraph)');
    expect(reply).toContain('Added by <@U1>');
    expect(live.current.sources().find((s) => s.title === 'Prague talks end')).toMatchObject({ outlet: 'Daily Wire', author: 'Jana Novak' });
  });

  it('confirms privately when the app may not post in the channel', async () => {
    t.fake.on('chat.postMessage', () => ({ json: { ok: false, error: 'not_in_channel' } }));
    const file = t.fake.serveFile('FH2', 'note.md', Buffer.from('Note\n\nThe regulator will publish guidance in March.\n'), { contentType: 'text/markdown' });
    await addToDesk({ files: [file] }, 'add2', 'C-PRIVATE');
    const [reply] = await t.fake.waitFor('response:add2', 1, 15_000);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply!.body.blocks)).toContain('Added *Note*');
  });

  it('/prague sources shows the files in the corpus folder that are not sources, with their reason', async () => {
    writeFileSync(join(dir, 'interview.m4a'), Buffer.from([0, 0, 0, 0x20]));
    await live.apply(['interview.m4a']);
    await postSlashCommand(t.port, 'sources', t.fake.responseUrl('src1'));
    const [reply] = await t.fake.waitFor('response:src1');
    expect(JSON.stringify(reply!.body.blocks)).toMatch(/`interview.m4a` not loaded: unsupported type .m4a \(supported: /);
  });

  it('says so when the message shares no file, and saves nothing', async () => {
    const files = readdirSync(dir).length;
    await addToDesk({}, 'add3');
    const [reply] = await t.fake.waitFor('response:add3');
    expect(JSON.stringify(reply!.body.blocks)).toContain('That message shares no file');
    expect(readdirSync(dir)).toHaveLength(files);
  });
});
