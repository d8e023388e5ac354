import { buildDigest } from '../../core/digest/buildDigest.js';
import { isTimeZone, localDate, nextRun, readTimeOfDay, subscriptionProblem } from '../../digest/schedule.js';
import type { Delivery, Subscription } from '../../state/types.js';
import { mention, renderNotice, renderSafeSections } from '../render/blocks.js';
import { renderDigest } from '../render/digest.js';
import { escapeMrkdwn } from '../render/escape.js';
import { mayChangeSettings, type Subcommand, type SubcommandContext, type SubcommandReply } from './subcommand.js';

const DEFAULT_TIME = '08:00';
const EXAMPLE = '/prague digest subscribe 08:00 Europe/Prague';

function when(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
}

async function userTimeZone(ctx: SubcommandContext): Promise<string | undefined> {
  try {
    const info = await ctx.client.users.info({ user: ctx.userId });
    const tz = info.user?.tz;
    return tz && isTimeZone(tz) ? tz : undefined;
  } catch (error) {
    ctx.deps.logger.warn({ error: (error as Error).message }, 'users.info failed: no time zone for the subscriber');
    return undefined;
  }
}

/**
 * Whether the app can post in the channel: false when Slack says it is not a member (or cannot see the
 * channel at all), undefined when Slack cannot tell us (a missing scope, Slack unreachable).
 */
async function isMember(ctx: SubcommandContext): Promise<boolean | undefined> {
  try {
    const info = await ctx.client.conversations.info({ channel: ctx.channelId });
    const channel = info.channel as { is_member?: boolean; is_im?: boolean } | undefined;
    if (channel?.is_im) return true;
    return channel?.is_member;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'channel_not_found') return false;
    ctx.deps.logger.warn({ channel: ctx.channelId, error: code ?? (error as Error).message }, 'conversations.info failed: channel membership not checked');
    return undefined;
  }
}

async function subscribe(ctx: SubcommandContext, words: string[]): Promise<SubcommandReply> {
  const state = ctx.deps.state!;
  let time = DEFAULT_TIME;
  let zone: string | undefined;
  for (const word of words) {
    if (/^\d{1,2}:\d{2}$/.test(word) || /^\d+$/.test(word)) {
      const t = readTimeOfDay(word);
      if (!t) return renderNotice(`"${word}" is not a time of day: use HH:MM from 00:00 to 23:59, e.g. ${EXAMPLE}. Nothing was changed.`);
      time = t;
    } else if (isTimeZone(word) && (word.includes('/') || word.toUpperCase() === 'UTC')) {
      zone = word === 'utc' ? 'UTC' : word;
    } else {
      return renderNotice(`"${word}" is not a time zone: use an Area/City name, e.g. ${EXAMPLE}. Nothing was changed.`);
    }
  }
  if ((await isMember(ctx)) === false) {
    return renderNotice('I am not a member of this channel, so I could not post its briefing here. Invite me first (/invite @Prague Desk), then subscribe again. Nothing was changed.');
  }
  zone ??= await userTimeZone(ctx);
  if (!zone) return renderNotice(`I could not read your time zone from Slack: give one, e.g. ${EXAMPLE}. Nothing was changed.`);
  const previous = await state.subscriptions.get(ctx.channelId);
  const subscription: Subscription = { channel: ctx.channelId, time, timeZone: zone, createdBy: ctx.userId, createdAt: ctx.deps.now().toISOString() };
  if (ctx.teamId) subscription.team = ctx.teamId;
  await state.subscriptions.set(subscription);
  ctx.deps.digests?.scheduler.reschedule();
  const verb = previous ? 'changed this channel\u2019s daily briefing to' : 'subscribed this channel to the daily Prague Desk briefing at';
  return { ...renderSafeSections([`${mention(ctx.userId)} ${verb} ${time} (${escapeMrkdwn(zone)}).`]), inChannel: true };
}

/** How a day's delivery went, for the status reply. */
function deliveryLine(d: Delivery, today: string, zone: string): string {
  const code = `\`${escapeMrkdwn(d.error ?? 'error')}\``;
  switch (d.status) {
    case 'sent':
      return `*Last:* delivered ${when(new Date(d.sentAt ?? d.updatedAt), zone)}`;
    case 'claimed':
    case 'posting':
      return `*Last:* the ${d.date} briefing is being delivered now`;
    case 'failed': {
      const hint = d.error === 'not_in_channel' ? ' Invite me to the channel: `/invite @Prague Desk`.' : '';
      if (d.final) return `*Last:* :warning: the ${d.date} briefing failed: ${code} (not retried).${hint}`;
      if (d.date !== today) return `*Last:* :warning: the ${d.date} briefing was not delivered: ${code}.${hint}`;
      const retry = d.nextAttemptAt ? `; trying again ${when(new Date(d.nextAttemptAt), zone)}` : '';
      return `*Last:* :warning: the ${d.date} briefing failed (attempt ${d.attempts}): ${code}${retry}.${hint}`;
    }
  }
}

async function status(ctx: SubcommandContext): Promise<SubcommandReply> {
  const state = ctx.deps.state!;
  const sub = await state.subscriptions.get(ctx.channelId);
  if (!sub) return renderNotice(`This channel has no daily briefing. Start one with ${EXAMPLE}.`);
  const problem = subscriptionProblem(sub);
  if (problem) {
    return renderSafeSections([`:warning: This channel\u2019s daily briefing cannot run: its ${escapeMrkdwn(problem)}. Subscribe again to fix it, e.g. \`${EXAMPLE}\`.`]);
  }
  const now = ctx.deps.now();
  const time = readTimeOfDay(sub.time) as string;
  const lines = [`*Daily briefing* at ${time} (${escapeMrkdwn(sub.timeZone)}), set up by ${mention(sub.createdBy)}.`];
  const next = nextRun(time, sub.timeZone, now);
  if (next) lines.push(`*Next:* ${when(next, sub.timeZone)}`);
  const [latest, lastSent] = await Promise.all([state.deliveries.latest(ctx.channelId), state.deliveries.lastSent(ctx.channelId)]);
  if (!latest) lines.push('*Last:* none yet.');
  else {
    lines.push(deliveryLine(latest, localDate(now, sub.timeZone), sub.timeZone));
    if (latest.status !== 'sent' && lastSent?.sentAt) lines.push(`*Last delivered:* ${when(new Date(lastSent.sentAt), sub.timeZone)}`);
  }
  return renderSafeSections([lines.join('\n')]);
}

/**
 * `/prague digest`: a preview of today's briefing; `subscribe [HH:MM] [Area/City]`, `unsubscribe`,
 * `status` manage this channel's daily delivery.
 */
export const digestSubcommand: Subcommand = {
  name: 'digest',
  usage: '/prague digest [subscribe [HH:MM] [Area/City] | unsubscribe | status]',
  summary: 'preview the daily briefing, or have it posted here every day',
  shareable: false,
  async run(ctx) {
    const state = ctx.deps.state;
    const [action = '', ...words] = ctx.args.trim().split(/\s+/).filter(Boolean);
    if (!action || action === 'preview') {
      const sub = await state?.subscriptions.get(ctx.channelId);
      const zone = sub && !subscriptionProblem(sub) ? sub.timeZone : 'UTC';
      const since = (await state?.deliveries.lastSent(ctx.channelId))?.sentAt;
      return renderDigest(buildDigest(ctx.deps.desk(), { date: localDate(ctx.deps.now(), zone), since, scope: ctx.scope }));
    }
    if (!state || !ctx.deps.digests) return renderNotice('Digests are not available in this app.');
    if (action === 'status') return status(ctx);
    if (action !== 'subscribe' && action !== 'unsubscribe') {
      return renderNotice(`Unknown digest command "${action}". Use: ${digestSubcommand.usage}`);
    }
    if (!mayChangeSettings(ctx)) return renderNotice('Only the desk\u2019s admins (PRAGUE_ADMINS) can change this channel\u2019s briefing.');
    if (action === 'subscribe') return subscribe(ctx, words);
    if (!(await state.subscriptions.remove(ctx.channelId))) return renderNotice('This channel has no daily briefing to stop.');
    ctx.deps.digests.scheduler.reschedule();
    return { ...renderSafeSections([`${mention(ctx.userId)} stopped this channel\u2019s daily Prague Desk briefing.`]), inChannel: true };
  },
};
