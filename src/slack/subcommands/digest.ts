import { buildDigest } from '../../core/digest/buildDigest.js';
import { isTimeZone, localDate, nextRun, readTimeOfDay } from '../../digest/schedule.js';
import type { Subscription } from '../../digest/subscriptionStore.js';
import { mention, renderNotice, renderSafeSections } from '../render/blocks.js';
import { renderDigest } from '../render/digest.js';
import { escapeMrkdwn } from '../render/escape.js';
import type { Subcommand, SubcommandContext, SubcommandReply } from './subcommand.js';

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

function mayChange(ctx: SubcommandContext): boolean {
  const admins = ctx.deps.config.admins;
  return admins.length === 0 || admins.includes(ctx.userId);
}

async function subscribe(ctx: SubcommandContext, words: string[]): Promise<SubcommandReply> {
  const digests = ctx.deps.digests!;
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
  zone ??= await userTimeZone(ctx);
  if (!zone) return renderNotice(`I could not read your time zone from Slack: give one, e.g. ${EXAMPLE}. Nothing was changed.`);
  const previous = digests.store.get(ctx.channelId);
  const subscription: Subscription = {
    channel: ctx.channelId,
    time,
    timeZone: zone,
    createdBy: ctx.userId,
    createdAt: ctx.deps.now().toISOString(),
    lastDelivery: previous?.lastDelivery,
    lastSent: previous?.lastSent,
  };
  digests.store.set(subscription);
  digests.scheduler.reschedule(ctx.channelId);
  const verb = previous ? 'changed this channel\u2019s daily briefing to' : 'subscribed this channel to the daily Prague Desk briefing at';
  return { ...renderSafeSections([`${mention(ctx.userId)} ${verb} ${time} (${escapeMrkdwn(zone)}).`]), inChannel: true };
}

function status(ctx: SubcommandContext): SubcommandReply {
  const sub = ctx.deps.digests!.store.get(ctx.channelId);
  if (!sub) return renderNotice(`This channel has no daily briefing. Start one with ${EXAMPLE}.`);
  const next = nextRun(sub.time, sub.timeZone, ctx.deps.now());
  // The state file is read like any other file: what it holds is escaped.
  const lines = [`*Daily briefing* at ${escapeMrkdwn(sub.time)} (${escapeMrkdwn(sub.timeZone)}), set up by ${mention(sub.createdBy)}.`];
  if (next) lines.push(`*Next:* ${when(next, sub.timeZone)}`);
  const last = sub.lastDelivery;
  if (!last) lines.push('*Last:* none yet.');
  else if (last.status === 'failed') {
    const hint = last.error === 'not_in_channel' ? ' (invite me to the channel: `/invite @Prague Desk`)' : '';
    lines.push(`*Last:* :warning: failed on ${when(new Date(last.at), sub.timeZone)}: \`${escapeMrkdwn(last.error ?? 'error')}\`${hint}`);
  } else lines.push(`*Last:* ${last.status === 'sent' ? 'delivered' : 'attempted'} ${when(new Date(last.at), sub.timeZone)}`);
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
    const digests = ctx.deps.digests;
    const [action = '', ...words] = ctx.args.trim().split(/\s+/).filter(Boolean);
    if (!action || action === 'preview') {
      const sub = digests?.store.get(ctx.channelId);
      const date = localDate(ctx.deps.now(), sub?.timeZone ?? 'UTC');
      return renderDigest(buildDigest(ctx.deps.desk(), { date, since: sub?.lastSent?.at }));
    }
    if (!digests) return renderNotice('Digests are not available in this app.');
    if (action === 'status') return status(ctx);
    if (action !== 'subscribe' && action !== 'unsubscribe') {
      return renderNotice(`Unknown digest command "${action}". Use: ${digestSubcommand.usage}`);
    }
    if (!mayChange(ctx)) return renderNotice('Only the desk\u2019s admins (PRAGUE_ADMINS) can change this channel\u2019s briefing.');
    if (action === 'subscribe') return subscribe(ctx, words);
    if (!digests.store.remove(ctx.channelId)) return renderNotice('This channel has no daily briefing to stop.');
    digests.scheduler.reschedule(ctx.channelId);
    return { ...renderSafeSections([`${mention(ctx.userId)} stopped this channel\u2019s daily Prague Desk briefing.`]), inChannel: true };
  },
};
