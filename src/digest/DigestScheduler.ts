import { Cron } from 'croner';
import type { WebClient } from '@slack/web-api';
import type pino from 'pino';
import { buildDigest } from '../core/digest/buildDigest.js';
import type { Desk } from '../core/desk.js';
import { renderDigest } from '../slack/render/digest.js';
import { dailyPattern, dueRunToday } from './schedule.js';
import type { Subscription, SubscriptionStore } from './subscriptionStore.js';

/** How often every subscription is looked at again, besides the exact cron triggers: a safety net. */
const SWEEP_MS = 60_000;

export interface DigestSchedulerOptions {
  store: SubscriptionStore;
  client: WebClient;
  desk: () => Desk;
  logger: pino.Logger;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
}

/**
 * Delivers each channel's daily digest at its local time, once. On start, a digest that fell due while
 * the app was down goes out if it is still the same local day. A day is claimed in the state file before
 * its message is sent, so no channel ever gets the same day twice, across restarts. Channels are
 * delivered independently: one failing (`not_in_channel`, `channel_not_found`, archived) is recorded and
 * logged and never holds up the others.
 */
export class DigestScheduler {
  private jobs = new Map<string, Cron>();
  private sweep?: NodeJS.Timeout;
  private delivering = new Set<string>();
  private readonly now: () => Date;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Arms every subscription and catches up on digests that fell due while the app was down. */
  async start(): Promise<void> {
    for (const sub of this.options.store.list()) this.arm(sub);
    this.sweep = setInterval(() => void this.deliverDue(), SWEEP_MS);
    this.sweep.unref();
    await this.deliverDue();
  }

  stop(): void {
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
    if (this.sweep) clearInterval(this.sweep);
  }

  /** Re-arms one channel after its subscription changed (or was removed). */
  reschedule(channel: string): void {
    this.jobs.get(channel)?.stop();
    this.jobs.delete(channel);
    const sub = this.options.store.get(channel);
    if (sub) this.arm(sub);
  }

  private arm(sub: Subscription): void {
    const job = new Cron(dailyPattern(sub.time), { timezone: sub.timeZone }, () => void this.deliverDue());
    this.jobs.set(sub.channel, job);
  }

  /** Sends every digest that is due now and not yet sent today; resolves when all attempts are done. */
  async deliverDue(): Promise<void> {
    const now = this.now();
    const due = this.options.store.list().flatMap((sub) => {
      const run = dueRunToday(sub.time, sub.timeZone, now);
      if (!run || sub.lastDelivery?.date === run.date || this.delivering.has(sub.channel)) return [];
      return [{ sub, date: run.date }];
    });
    await Promise.allSettled(due.map(({ sub, date }) => this.deliver(sub, date)));
  }

  private async deliver(sub: Subscription, date: string): Promise<void> {
    const { store, client, logger } = this.options;
    this.delivering.add(sub.channel);
    try {
      store.recordDelivery(sub.channel, { date, at: this.now().toISOString(), status: 'sending' });
      const message = renderDigest(buildDigest(this.options.desk(), { date, since: sub.lastSent?.at }));
      try {
        await client.chat.postMessage({ channel: sub.channel, text: message.text, blocks: message.blocks });
        store.recordDelivery(sub.channel, { date, at: this.now().toISOString(), status: 'sent' });
        logger.info({ channel: sub.channel, date }, 'digest delivered');
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
        store.recordDelivery(sub.channel, { date, at: this.now().toISOString(), status: 'failed', error: code });
        logger.error({ channel: sub.channel, date, error: code }, 'digest delivery failed');
      }
    } catch (error) {
      logger.error({ err: error, channel: sub.channel }, 'digest could not be prepared or recorded');
    } finally {
      this.delivering.delete(sub.channel);
    }
  }
}
