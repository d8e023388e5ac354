import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import { openFileState } from '../../../src/state/file/fileState.js';
import { postEvent, postInteraction, postSlashCommand } from '../../helpers/slackRequests.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';

/** Two desks' dossiers with the same subject, so that the channel's collection decides what answers. */
const corpus = tempCorpus({
  'energy/grid.txt': 'Grid tender\n\nThe ministry reopened the grid tender after a complaint by the operators.\n',
  'ports/harbour.txt': 'Harbour tender\n\nThe port authority cancelled the tender for the container terminal.\n',
  'ports/cranes.txt': 'Crane order\n\nThe port authority said "the cranes arrive in spring" at the briefing.\n',
});
const desk = await openDesk(corpus);
const dataDir = mkdtempSync(join(tmpdir(), 'prague-data-'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ desk, env: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await t.stop();
});

let n = 0;
async function prague(app: TestApp, text: string, channel = 'CPORTS', user = 'U1') {
  const id = `c${++n}`;
  await postSlashCommand(app.port, text, app.fake.responseUrl(id), { channel_id: channel, user_id: user });
  const [reply] = await app.fake.waitFor(`response:${id}`);
  return reply!.body as { response_type: string; text: string; blocks: unknown[] };
}
const text = (reply: { blocks?: unknown }) => JSON.stringify(reply.blocks);

describe('/prague collection', () => {
  it('shows that an unbound channel searches everything, listing the collections', async () => {
    const reply = await prague(t, 'collection', 'CFREE');
    expect(reply.response_type).toBe('ephemeral');
    expect(text(reply)).toContain('searches everything on file');
    expect(text(reply)).toContain('`energy`');
    expect(text(reply)).toContain('`ports`');
  });

  it('binds the channel, announcing it in the channel; answers, quote checks and mentions there use it and say so', async () => {
    const bound = await prague(t, 'collection ports');
    expect(bound.response_type).toBe('in_channel');
    expect(text(bound)).toContain('<@U1> set this channel to search the *ports* collection');

    const answer = await prague(t, 'who handled the tender');
    expect(text(answer)).toContain('port authority');
    expect(text(answer)).not.toContain('ministry');
    expect(text(answer)).toContain('Searched the *ports* collection');
    // The same question in another channel searches everything.
    expect(text(await prague(t, 'who reopened the tender', 'CFREE'))).toContain('ministry');

    const quote = await prague(t, 'quote "The ministry reopened the grid tender"');
    expect(text(quote)).toContain('Not in the sources');
    expect(text(quote)).toContain('Searched the *ports* collection');

    const before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'EvColl1', { type: 'app_mention', user: 'U1', text: '<@UBOT> who reopened the tender?', ts: '1700000001.000100', channel: 'CPORTS', event_ts: '1700000001.000100' });
    const [mention] = (await t.fake.waitFor('chat.postMessage', before + 1)).slice(before);
    expect(JSON.stringify(mention!.body.blocks)).not.toContain('ministry');
    expect(JSON.stringify(mention!.body.blocks)).toContain('Searched the *ports* collection');

    await postInteraction(t.port, {
      type: 'message_action', callback_id: 'check_quotes', trigger_id: '1', response_url: t.fake.responseUrl('sc1'), team: { id: 'T1' }, user: { id: 'U1' },
      channel: { id: 'CPORTS' }, message: { type: 'message', text: 'They said "The ministry reopened the grid tender"', ts: '1.2' },
    });
    const [checked] = await t.fake.waitFor('response:sc1');
    expect(JSON.stringify(checked!.body.blocks)).toContain('Not in the sources');

    const shown = await prague(t, 'collection');
    expect(text(shown)).toContain('searches the *ports* collection');

    // The channel's briefing is the collection's too.
    const digest = text(await prague(t, 'digest'));
    expect(digest).toContain('Harbour tender');
    expect(digest).not.toContain('Grid tender');
    await t.slack.deps.state!.subscriptions.set({ channel: 'CPORTS', team: 'T1', time: '00:00', timeZone: 'UTC', createdBy: 'U1', createdAt: new Date(Date.now() - 86_400_000).toISOString() });
    await t.slack.deps.digests!.scheduler.deliverDue();
    const [delivered] = t.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CPORTS' && String(c.body.text).includes('briefing'));
    expect(JSON.stringify(delivered!.body.blocks)).toContain('Harbour tender');
    expect(JSON.stringify(delivered!.body.blocks)).not.toContain('Grid tender');
  });

  it('lists the collections for an unknown name, changing nothing', async () => {
    await prague(t, 'collection energy', 'CEN');
    const reply = await prague(t, 'collection fisheries', 'CEN');
    expect(reply.response_type).toBe('ephemeral');
    expect(text(reply)).toContain('There is no collection \u201Cfisheries\u201D');
    expect(text(reply)).toContain('`energy`, `ports`');
    expect(text(await prague(t, 'collection', 'CEN'))).toContain('*energy*');
  });

  it('`all` removes the binding, announced in the channel', async () => {
    await prague(t, 'collection energy', 'CALL');
    const reply = await prague(t, 'collection all', 'CALL');
    expect(reply.response_type).toBe('in_channel');
    expect(text(reply)).toContain('search everything on file again');
    expect(text(await prague(t, 'who cancelled the tender', 'CALL'))).toContain('port authority');
  });

  it('keeps bindings across a restart', async () => {
    await prague(t, 'collection energy', 'CKEEP');
    await expect(openFileState(dataDir).bindings.get('CKEEP')).resolves.toMatchObject({ collection: 'energy', boundBy: 'U1', team: 'T1' });
    const restarted = await startTestApp({ desk, env: { DATA_DIR: dataDir } });
    try {
      expect(text(await prague(restarted, 'collection', 'CKEEP'))).toContain('*energy*');
      expect(text(await prague(restarted, 'who cancelled the tender', 'CKEEP'))).not.toContain('port authority');
    } finally {
      await restarted.stop();
    }
  });

  it('lets only PRAGUE_ADMINS change it when that is set', async () => {
    const admins = await startTestApp({ desk, env: { PRAGUE_ADMINS: 'UADMIN' } });
    try {
      expect(text(await prague(admins, 'collection ports', 'C1', 'UOTHER'))).toContain('Only the desk');
      expect((await prague(admins, 'collection ports', 'C1', 'UADMIN')).response_type).toBe('in_channel');
    } finally {
      await admins.stop();
    }
  });

  it('gives the app\'s other listeners the channel\'s collection (collectionOf)', async () => {
    await prague(t, 'collection ports', 'CDEPS');
    expect(await t.slack.deps.collectionOf('CDEPS')).toBe('ports');
    expect(await t.slack.deps.collectionOf('CNONE')).toBeUndefined();
  });
});
