import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postSigned, postSlashCommand, sign, slashCommandBody } from '../../helpers/slackRequests.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

let n = 0;
/** Sends `/prague <text>` and returns the acknowledgement and the reply posted to the response_url. */
async function prague(text: string) {
  const id = `cmd${++n}`;
  const ack = await postSlashCommand(t.port, text, t.fake.responseUrl(id));
  const [reply] = await t.fake.waitFor(`response:${id}`);
  return { ack, reply: reply!.body as { response_type: string; text: string; blocks: { type: string; text?: { text: string }; elements?: { text?: string | { text: string }; action_id?: string }[] }[] } };
}

/** The blocks' text as a reader sees it (bold markers removed). */
function allText(blocks: unknown): string {
  return JSON.stringify(blocks).replace(/\*/g, '');
}

describe('/prague over HTTP', () => {
  it('acknowledges at once and answers ephemerally with quotes, citations and a Share button', async () => {
    const { ack, reply } = await prague('who attended');
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3000);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text.length).toBeGreaterThan(0);
    const text = allText(reply.blocks);
    expect(text).toContain('delegations from over 30 countries');
    expect(text).toContain('China Watch');
    expect(reply.blocks.some((b) => b.type === 'actions' && b.elements?.some((e) => e.action_id === 'share_in_channel'))).toBe(true);
  });

  it('checks a quote with /prague quote', async () => {
    const { reply } = await prague('quote "no positive impact on 5G security"');
    const text = allText(reply.blocks);
    expect(text).toContain('Near');
    expect(JSON.stringify(reply.blocks)).not.toContain('*influence*');
    expect(JSON.stringify(reply.blocks)).toContain('you wrote \u201Cimpact\u201D, the source says \u201Cinfluence\u201D');
  });

  it('lists sources, and shows help for empty, "help", a bare subcommand and input with no words', async () => {
    expect(allText((await prague('sources')).reply.blocks)).toContain('US the weak link in 5G security');
    for (const text of ['', 'help', 'quote', '?!', '  … ']) {
      expect(allText((await prague(text)).reply.blocks), text).toContain('/prague quote');
    }
  });

  it('says plainly when nothing in the sources is relevant', async () => {
    const { reply } = await prague('best pizza in Naples');
    expect(allText(reply.blocks)).toContain('Nothing in the sources');
    expect(allText(reply.blocks)).toContain('/prague help');
  });

  it('escapes what the user typed: <!channel> pings nobody, <@U…> mentions nobody, no link is forged', async () => {
    const { reply } = await prague('<!channel> <@U999> <https://evil.example|Reuters> attended');
    const text = allText(reply.blocks) + reply.text;
    expect(text).not.toMatch(/<!channel>|<@U999>|<https:\/\/evil/);
  });

  it('answers 4,000 characters of junk with a clear message, not an error', async () => {
    const { ack, reply } = await prague('x'.repeat(4000));
    expect(ack.status).toBe(200);
    expect(allText(reply.blocks)).toContain('too long');
  });

  it('refuses a bad signature and a timestamp 10 minutes old with 401', async () => {
    const body = slashCommandBody('who attended', t.fake.responseUrl('never'));
    const bad = await postSigned(t.port, body, 'application/x-www-form-urlencoded', { signature: 'v0=deadbeef' });
    expect(bad.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 600;
    const stale = await postSigned(t.port, body, 'application/x-www-form-urlencoded', { timestamp: old, signature: sign(body, old) });
    expect(stale.status).toBe(401);
    // A signed command after them is answered; a refused one wrongly answered would have been first.
    await prague('who attended');
    expect(t.fake.callsTo('response:never')).toEqual([]);
  });

  it('answers GET /healthz with 200', async () => {
    const res = await fetch(`http://127.0.0.1:${t.port}/healthz`);
    expect(res.status).toBe(200);
  });

  it('never writes the bot token or the signing secret to the logs', async () => {
    await prague('rule of law');
    const logs = t.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('testtokensecretvalue');
    expect(logs).not.toContain('test-signing-secret-8f3a');
  });
});
