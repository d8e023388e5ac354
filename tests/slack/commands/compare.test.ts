import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postInteraction, postSlashCommand } from '../../helpers/slackRequests.js';
import { expectWithinLimits } from '../../helpers/expectWithinLimits.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('/prague compare', () => {
  it('posts the overview: one line per topic with a button that opens it side by side', async () => {
    await postSlashCommand(t.port, 'compare', t.fake.responseUrl('ov'));
    const [reply] = await t.fake.waitFor('response:ov');
    const blocks = reply!.body.blocks as { type: string; accessory?: { action_id: string; value: string } }[];
    const buttons = blocks.filter((b) => b.accessory).map((b) => b.accessory!);
    expect(buttons.length).toBeGreaterThanOrEqual(6);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    expectWithinLimits(reply!.body as never);

    const button = buttons.find((b) => b.value === 'who-attended')!;
    await postInteraction(t.port, {
      type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, channel: { id: 'C1' }, trigger_id: '1', response_url: t.fake.responseUrl('topic'),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, action_ts: '1' }],
    });
    const [topic] = await t.fake.waitFor('response:topic');
    expect(JSON.stringify(topic!.body.blocks)).toContain('Who attended, and how representative it was');
  });

  it('posts one topic side by side for loose words: desk summary apart from quotes, a citation on every quote', async () => {
    await postSlashCommand(t.port, 'compare rule of law', t.fake.responseUrl('rol'));
    const [reply] = await t.fake.waitFor('response:rol');
    expectWithinLimits(reply!.body as never);
    const blocks = reply!.body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]!.text!.text).toBe('Vendor risk, third-country influence and rule of law');
    const quotes = blocks.filter((b) => b.type === 'section' && b.text!.text.startsWith('>'));
    expect(quotes.length).toBe(5);
    for (const q of quotes) expect(blocks[blocks.indexOf(q) + 1]!.type).toBe('context');
    expect(JSON.stringify(blocks)).toContain('*Desk summary* (not a quote)');
    expect(reply!.body.response_type).toBe('ephemeral');
  });

  it('says which topics exist when the words match none', async () => {
    await postSlashCommand(t.port, 'compare pizza', t.fake.responseUrl('none'));
    const [reply] = await t.fake.waitFor('response:none');
    expect(JSON.stringify(reply!.body.blocks)).toContain('No topic matches');
  });
});
