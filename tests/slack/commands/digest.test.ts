import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { postInteraction, postSlashCommand } from '../../helpers/slackRequests.js';
import { expectWithinLimits } from '../../helpers/expectWithinLimits.js';

let t: TestApp;
let admins: TestApp;
const clock = new Date('2026-11-23T06:00:00Z');
beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  t.fake.on('users.info', (body) => ({ json: { ok: true, user: { id: body.user, tz: 'Europe/Prague' } } }));
  t.fake.on('conversations.info', (body) => {
    if (body.channel === 'CPRIVATE') return { json: { ok: false, error: 'channel_not_found' } };
    return { json: { ok: true, channel: { id: body.channel, is_member: body.channel !== 'COUTSIDE' } } };
  });
  admins = await startTestApp({ env: { PRAGUE_ADMINS: 'UADMIN' }, now: () => clock });
});
afterAll(async () => {
  await t.stop();
  await admins.stop();
});

let n = 0;
async function prague(app: TestApp, text: string, channel = 'C1', user = 'U1') {
  const id = `d${++n}`;
  await postSlashCommand(app.port, text, app.fake.responseUrl(id), { channel_id: channel, user_id: user });
  const [reply] = await app.fake.waitFor(`response:${id}`);
  return reply!.body as { response_type: string; text: string; blocks: unknown[] };
}
const text = (reply: { blocks: unknown[] }) => JSON.stringify(reply.blocks);

describe('/prague digest', () => {
  it('previews the briefing now, privately, within the limits, with a button to open the comparison', async () => {
    const reply = await prague(t, 'digest');
    expect(reply.response_type).toBe('ephemeral');
    expectWithinLimits(reply as never);
    expect(text(reply)).toContain('Prague Desk briefing');
    expect(text(reply)).toContain('Quote of the day');
    expect(text(reply)).toContain('open_comparison');
    await postInteraction(t.port, {
      type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, channel: { id: 'C1' }, trigger_id: '1', response_url: t.fake.responseUrl('oc'),
      actions: [{ type: 'button', action_id: 'open_comparison', block_id: 'b', value: 'overview', action_ts: '1' }],
    });
    const [overview] = await t.fake.waitFor('response:oc');
    expect(JSON.stringify(overview!.body.blocks)).toContain('Comparison of positions');
  });

  it('subscribes at 08:00 in the subscriber\'s time zone, announced in the channel once, naming who did it', async () => {
    const reply = await prague(t, 'digest subscribe', 'C7', 'U5');
    expect(reply.response_type).toBe('in_channel');
    expect(text(reply)).toContain('<@U5> subscribed this channel to the daily Prague Desk briefing at 08:00 (Europe/Prague)');
    const status = await prague(t, 'digest status', 'C7');
    expect(status.response_type).toBe('ephemeral');
    expect(text(status)).toContain('Mon, 23 Nov 2026, 08:00');
    expect(text(status)).toContain('none yet');
  });

  it('takes an explicit time and zone, and unsubscribes', async () => {
    expect(text(await prague(t, 'digest subscribe 17:30 Asia/Tokyo', 'C8'))).toContain('at 17:30 (Asia/Tokyo)');
    const stopped = await prague(t, 'digest unsubscribe', 'C8');
    expect(stopped.response_type).toBe('in_channel');
    expect(text(stopped)).toContain('stopped this channel');
    expect(text(await prague(t, 'digest status', 'C8'))).toContain('no daily briefing');
  });

  it('refuses an invalid time or zone with an example, changing nothing', async () => {
    await prague(t, 'digest subscribe 07:00 Europe/Prague', 'C9');
    for (const bad of ['digest subscribe 25:00', 'digest subscribe 08:00 Mars/Olympus']) {
      const reply = await prague(t, bad, 'C9');
      expect(reply.response_type).toBe('ephemeral');
      expect(text(reply)).toContain('/prague digest subscribe 08:00 Europe/Prague');
      expect(text(reply)).toContain('Nothing was changed');
    }
    expect(text(await prague(t, 'digest status', 'C9'))).toContain('at 07:00 (Europe/Prague)');
  });

  it('lets only PRAGUE_ADMINS change subscriptions when it is set', async () => {
    const refused = await prague(admins, 'digest subscribe 08:00 UTC', 'C1', 'UOTHER');
    expect(text(refused)).toContain('Only the desk');
    expect(text(await prague(admins, 'digest status', 'C1', 'UOTHER'))).toContain('no daily briefing');
    expect((await prague(admins, 'digest subscribe 08:00 UTC', 'C1', 'UADMIN')).response_type).toBe('in_channel');
  });

  it('refuses to subscribe a channel the app is not a member of (or cannot see), saying how to fix it', async () => {
    for (const channel of ['COUTSIDE', 'CPRIVATE']) {
      const reply = await prague(t, 'digest subscribe 08:00 Europe/Prague', channel);
      expect(reply.response_type).toBe('ephemeral');
      expect(text(reply)).toContain('I am not a member of this channel');
      expect(text(reply)).toContain('/invite @Prague Desk');
      expect(text(await prague(t, 'digest status', channel))).toContain('no daily briefing');
    }
  });

  it('reports a failed delivery in the channel status: the error, the attempt, the next try, the last delivery', async () => {
    await prague(t, 'digest subscribe 08:00 Europe/Prague', 'CFAIL');
    const deliveries = t.slack.deps.state!.deliveries;
    const at = new Date('2026-11-22T07:00:00Z');
    await deliveries.claim({ channel: 'CFAIL', date: '2026-11-22', owner: 'r', now: at, leaseMs: 1000 });
    await deliveries.update('CFAIL', '2026-11-22', 'r', { status: 'sent', sentAt: at.toISOString() });
    await deliveries.claim({ channel: 'CFAIL', date: '2026-11-23', owner: 'r', now: clock, leaseMs: 1000 });
    await deliveries.update('CFAIL', '2026-11-23', 'r', { status: 'failed', error: 'ratelimited', nextAttemptAt: '2026-11-23T06:02:00.000Z' });
    const status = text(await prague(t, 'digest status', 'CFAIL'));
    expect(status).toContain(':warning: the 2026-11-23 briefing failed (attempt 1): `ratelimited`; trying again Mon, 23 Nov 2026, 07:02');
    expect(status).toContain('*Last delivered:* Sun, 22 Nov 2026, 08:00');
  });

  it('reports a subscription whose stored time or zone cannot be read, and how to fix it', async () => {
    await t.slack.deps.state!.subscriptions.set({ channel: 'CBAD', time: '25:99', timeZone: 'Mars/Base', createdBy: 'U1', createdAt: clock.toISOString() });
    const status = text(await prague(t, 'digest status', 'CBAD'));
    expect(status).toContain('cannot run: its time \\"25:99\\" is not a time of day');
    expect(status).toContain('Subscribe again to fix it');
  });
});
