import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import { LiveCorpus } from '../../../src/live/liveCorpus.js';
import { createLogger } from '../../../src/logger.js';
import { makeDocx, makePdf } from '../../helpers/makeDocuments.js';
import { postEvent } from '../../helpers/slackRequests.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';
import { BOT_TOKEN, startTestApp, type TestApp } from '../../helpers/testApp.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
let t: TestApp;
let live: LiveCorpus;
let dir: string;
let toolbox: Buffer;
beforeAll(async () => {
  dir = tempCorpus({ 'wire.txt': 'Wire report\n\nOfficials met in Prague on Friday.\n' });
  live = new LiveCorpus(await openDesk(dir), { logger: quiet });
  live.start();
  t = await startTestApp({ live });
  t.fake.expectedToken = BOT_TOKEN;
  toolbox = await makePdf(
    [{ heading: 'EU Toolbox', paragraphs: ['The toolbox asks operators to diversify their vendors.'] }, { paragraphs: ['High-risk suppliers should be excluded from core network functions.'] }],
    { info: { Title: 'Cybersecurity of 5G networks: EU Toolbox', Author: 'NIS Cooperation Group' } },
  );
});
afterAll(async () => {
  live.stop();
  await t.stop();
});

let n = 0;
/** An @mention sharing files, as Slack sends it; resolves to the confirmation posted in its thread. */
async function mentionWith(files: Record<string, unknown>[], channel = 'C1') {
  n++;
  const ts = `1700000100.${String(n).padStart(6, '0')}`;
  const before = t.fake.callsTo('chat.postMessage').length;
  const res = await postEvent(t.port, `EvFile${n}`, { type: 'app_mention', user: 'U1', text: '<@UBOT> for the desk', ts, channel, event_ts: ts, files });
  expect(res.status).toBe(200);
  const posts = await t.fake.waitFor('chat.postMessage', before + 1, 15_000);
  // Had the mention also been answered as a question, that answer would be queued before the answer to
  // a question asked after it: once the later one is in, the thread shows everything it will get.
  const later = `1700000999.${String(n).padStart(6, '0')}`;
  await postEvent(t.port, `EvFileLater${n}`, { type: 'app_mention', user: 'U1', text: '<@UBOT> who met in Prague', ts: later, channel, event_ts: later });
  const deadline = Date.now() + 15_000;
  while (!t.fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === later)) {
    if (Date.now() > deadline) throw new Error('the later question was not answered');
    await new Promise((r) => setTimeout(r, 5));
  }
  const inThread = t.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
  expect(inThread).toHaveLength(1); // the file is added, not also answered as a question
  expect(posts.at(-1)?.body.channel).toBe(channel);
  return JSON.stringify(inThread[0]!.body.blocks);
}

describe('a file shared in a message that mentions the app', () => {
  it('is downloaded with the bot token, saved into the corpus, indexed and confirmed in the thread with title, pages and who added it', async () => {
    const reply = await mentionWith([t.fake.serveFile('F1', 'EU toolbox (final).pdf', toolbox, { contentType: 'application/pdf' })]);
    expect(reply).toContain('Added *Cybersecurity of 5G networks: EU Toolbox* (PDF, 2 pages, 3 paragraphs)');
    expect(reply).toContain('Added by <@U1>');
    expect(t.fake.downloads.at(-1)!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(existsSync(join(dir, 'EU toolbox (final).pdf'))).toBe(true);
    expect(live.current.ask('high-risk suppliers excluded').results[0]).toMatchObject({ source: { title: 'Cybersecurity of 5G networks: EU Toolbox' }, place: { page: 2 } });
  });

  it('is not added twice when the same content is already on file', async () => {
    const files = readdirSync(dir).length;
    const reply = await mentionWith([t.fake.serveFile('F2', 'toolbox-copy.pdf', toolbox)]);
    expect(reply).toContain('is already on file as *Cybersecurity of 5G networks: EU Toolbox*');
    expect(reply).toContain('not added twice');
    expect(reply).not.toContain('Added by');
    expect(readdirSync(dir)).toHaveLength(files);
  });

  it('gets the same clear reason as the corpus when it cannot be a source, and is not saved', async () => {
    const files = readdirSync(dir).length;
    const reply = await mentionWith([
      t.fake.serveFile('F3', 'interview.m4a', Buffer.from([0, 0, 0, 0x20])),
      t.fake.serveFile('F4', 'scan.pdf', await makePdf([{ paragraphs: ['x'] }], { imageOnly: true })),
      t.fake.serveFile('F5', 'locked.pdf', await makePdf([{ paragraphs: ['Secret.'] }], { userPassword: 'pw' })),
    ]);
    expect(reply).toMatch(/`interview.m4a` not added: unsupported type .m4a \(supported: /);
    expect(reply).toContain('`scan.pdf` not added: no text layer (scanned?): needs OCR');
    expect(reply).toContain('`locked.pdf` not added: encrypted PDF');
    expect(readdirSync(dir)).toHaveLength(files);
  });

  it('goes into the channel\u2019s collection when the channel is bound to one, and a file Slack sends by id is looked up', async () => {
    t.slack.deps.collectionOf = (channel) => (channel === 'C-ENERGY' ? 'desks/energy' : undefined);
    const file = t.fake.serveFile('F6', 'ministry statement.docx', await makeDocx([{ text: 'The ministry will auction the 700 MHz band in June.' }], { title: 'Spectrum auction statement' }));
    t.fake.on('files.info', (body) => ({ json: { ok: true, file: body.file === 'F6' ? file : undefined } }));
    const reply = await mentionWith([{ id: 'F6', file_access: 'check_file_info' }], 'C-ENERGY');
    expect(reply).toContain('Added *Spectrum auction statement* (Word, 1 paragraph) to the _desks/energy_ collection');
    expect(existsSync(join(dir, 'desks', 'energy', 'ministry statement.docx'))).toBe(true);
    expect(live.current.ask('700 MHz auction', { scope: { collections: ['desks/energy'] } }).results).toHaveLength(1);
    t.slack.deps.collectionOf = undefined;
  });

  it('is refused before download when Slack says it is over 100 MB, and the token is never sent off Slack\u2019s file host', async () => {
    const downloads = t.fake.downloads.length;
    const big = { ...t.fake.serveFile('F7', 'huge.pdf', Buffer.from('%PDF-1.4')), size: 150 * 1024 * 1024 };
    const elsewhere = { id: 'F8', name: 'elsewhere.pdf', size: 100, url_private_download: 'https://evil.example/steal.pdf' };
    const reply = await mentionWith([big, elsewhere]);
    expect(reply).toContain('`huge.pdf` not added: larger than the 100 MB limit (150.0 MB)');
    expect(reply).toContain('`elsewhere.pdf` not added: could not be downloaded: the file is not on Slack');
    expect(t.fake.downloads.length).toBe(downloads);
  });

  it('says what to do when Slack sends its sign-in page instead of the file (no files:read scope)', async () => {
    const file = t.fake.serveFile('F9', 'memo.txt', Buffer.from('Memo\n\nThe cabinet met.\n'), { contentType: 'text/plain' });
    const token = t.fake.expectedToken;
    t.fake.expectedToken = 'xoxb-another-token';
    const reply = await mentionWith([file]);
    t.fake.expectedToken = token;
    expect(reply).toContain('`memo.txt` not added: Slack sent a web page instead of the file: the app needs the files:read scope');
  });
});
