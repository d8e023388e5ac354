import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postInteraction, postSlashCommand } from '../../helpers/slackRequests.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('Share in channel', () => {
  it('posts the same answer for everyone, says who shared it, and removes the private copy', async () => {
    await postSlashCommand(t.port, 'rule of law', t.fake.responseUrl('ask1'));
    const [ephemeral] = await t.fake.waitFor('response:ask1');
    const blocks = ephemeral!.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const button = blocks.find((b) => b.type === 'actions')!.elements![0]!;
    const res = await postInteraction(t.port, {
      type: 'block_actions',
      user: { id: 'U2', name: 'editor' },
      team: { id: 'T1' },
      channel: { id: 'C1', name: 'policy' },
      container: { type: 'message', is_ephemeral: true },
      trigger_id: '1.2',
      response_url: t.fake.responseUrl('share1'),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, action_ts: '1' }],
    });
    expect(res.status).toBe(200);
    const posts = await t.fake.waitFor('response:share1', 2);
    expect(posts[0]!.body.response_type).toBe('in_channel');
    const shared = JSON.stringify(posts[0]!.body.blocks);
    expect(shared).toContain('Shared by <@U2>');
    // Same quotes, with the same citations, as the private answer; without the button.
    const quotesOf = (b: unknown) =>
      (b as { type: string; text?: { text: string }; elements?: { text: string }[] }[])
        .filter((block) => block.type === 'section' || block.type === 'context')
        .map((block) => block.text?.text ?? block.elements?.map((e) => e.text).join(' ') ?? '')
        .filter((text) => text.startsWith('>') || text.includes('\u00B6'));
    const privateQuotes = quotesOf(ephemeral!.body.blocks);
    expect(privateQuotes.filter((q) => q.startsWith('>')).length).toBeGreaterThanOrEqual(2);
    expect(privateQuotes.join(' ').replace(/\*/g, '').toLowerCase()).toContain('rule of law');
    expect(quotesOf(posts[0]!.body.blocks)).toEqual(privateQuotes);
    expect(shared).not.toContain('share_in_channel');
    expect(posts[1]!.body.delete_original).toBe(true);
  });
});
