import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';
import { postEvent, postInteraction, postSlashCommand } from '../helpers/slackRequests.js';
import { tempCorpus } from '../helpers/tempCorpus.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * A shared document and one private folder per workspace (named after its team id), on the same
 * subject: each workspace must see its own folder and the shared corpus, never the other's folder.
 */
const corpus = tempCorpus({
  'wire.txt': 'Budget wire\n\nThe finance committee will vote on the budget next week, the wire reported.\n',
  'T0ALPHA01/source.txt': 'Alpha memo\n\nOur source said "the minister will resign on Friday" after the budget vote.\n',
  'T0BRAVO02/source.txt': 'Bravo memo\n\nTheir source said "the budget vote is rigged" to the bravo desk.\n',
});
const desk = await openDesk(corpus);
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ desk });
});
afterAll(async () => {
  await t.stop();
});

let n = 0;
async function prague(text: string, team: string) {
  const id = `tp${++n}`;
  await postSlashCommand(t.port, text, t.fake.responseUrl(id), { team_id: team, channel_id: `C${team}` });
  const [reply] = await t.fake.waitFor(`response:${id}`);
  return JSON.stringify(reply!.body.blocks);
}

describe('workspaces never see each other\'s documents', () => {
  it('a quote from another workspace\'s folder is "not in the sources"; its own folder\'s is verbatim', async () => {
    expect(await prague('quote "the budget vote is rigged"', 'T0ALPHA01')).toContain('Not in the sources');
    expect(await prague('quote "the budget vote is rigged"', 'T0BRAVO02')).toContain('Verbatim');
    expect(await prague('quote "the minister will resign on Friday"', 'T0BRAVO02')).toContain('Not in the sources');
    expect(await prague('quote "the minister will resign on Friday"', 'T0ALPHA01')).toContain('Verbatim');
  });

  it('answers, sources and the digest preview come from the shared corpus and the workspace\'s own folder only', async () => {
    const answer = await prague('what did the source say about the budget vote', 'T0ALPHA01');
    expect(answer).not.toContain('rigged');
    expect(answer).not.toContain('Bravo');
    const sources = await prague('sources', 'T0ALPHA01');
    expect(sources).toContain('Alpha memo');
    expect(sources).toContain('Budget wire');
    expect(sources).not.toContain('Bravo memo');
    const digest = await prague('digest', 'T0BRAVO02');
    expect(digest).toContain('Bravo memo');
    expect(digest).not.toContain('Alpha memo');
    // A workspace's own folder is not offered as a collection to the other.
    expect(await prague('collection', 'T0ALPHA01')).not.toContain('T0BRAVO02');
    expect(await prague('collection T0BRAVO02', 'T0ALPHA01')).toContain('There is no collection');
  });

  it('@mentions, DMs, the quote shortcut, App Home and Share keep to the asking workspace', async () => {
    let before = t.fake.callsTo('chat.postMessage').length;
    await postEvent(t.port, 'EvTp1', { type: 'app_mention', user: 'U1', text: '<@UBOT> did they say "the budget vote is rigged"?', ts: '1700000002.000100', channel: 'CA', event_ts: '1700000002.000100' }, {}, 'T0ALPHA01');
    let posts = await t.fake.waitFor('chat.postMessage', before + 1);
    expect(JSON.stringify(posts.at(-1)!.body.blocks)).toContain('Not in the sources');

    before = posts.length;
    await postEvent(t.port, 'EvTp2', { type: 'message', channel_type: 'im', user: 'U1', text: 'what did the source tell the bravo desk', ts: '1700000002.000200', channel: 'DA', event_ts: '1700000002.000200' }, {}, 'T0ALPHA01');
    posts = await t.fake.waitFor('chat.postMessage', before + 1);
    expect(JSON.stringify(posts.at(-1)!.body.blocks)).not.toContain('Bravo memo');
    expect(JSON.stringify(posts.at(-1)!.body.blocks)).not.toContain('vote is rigged');

    await postInteraction(t.port, {
      type: 'message_action', callback_id: 'check_quotes', trigger_id: '1', response_url: t.fake.responseUrl('tpsc'), team: { id: 'T0ALPHA01' }, user: { id: 'U1' },
      channel: { id: 'CA' }, message: { type: 'message', text: 'Bravo says "the budget vote is rigged"', ts: '1.2' },
    });
    expect(JSON.stringify((await t.fake.waitFor('response:tpsc'))[0]!.body.blocks)).toContain('Not in the sources');

    await postEvent(t.port, 'EvTp3', { type: 'app_home_opened', user: 'U1', channel: 'DA', tab: 'home', event_ts: '1700000002.000300' }, {}, 'T0ALPHA01');
    const [home] = await t.fake.waitFor('views.publish');
    expect(JSON.stringify(home!.body.view)).toContain('Alpha memo');
    expect(JSON.stringify(home!.body.view)).not.toContain('Bravo memo');

    await postInteraction(t.port, {
      type: 'block_actions', user: { id: 'U1' }, team: { id: 'T0ALPHA01' }, channel: { id: 'CA' }, trigger_id: '1', response_url: t.fake.responseUrl('tpshare'),
      actions: [{ type: 'button', action_id: 'share_in_channel', block_id: 'b', value: JSON.stringify({ k: 'quote', a: '"the budget vote is rigged"' }), action_ts: '1' }],
    });
    const [shared] = await t.fake.waitFor('response:tpshare');
    expect(JSON.stringify(shared!.body.blocks)).toContain('Not in the sources');
  });
});
