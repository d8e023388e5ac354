import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type pino from 'pino';
import { buildDigest, type Digest } from '../core/digest/buildDigest.js';
import type { Desk } from '../core/desk.js';
import type { Scope } from '../core/scope.js';
import type { Claim, Delivery, DeliveryStore, Subscription, SubscriptionStore } from '../state/types.js';
import { dailyPattern, dueRunToday, readTimeOfDay, subscriptionProblem } from './schedule.js';

/** A digest as the chat layer renders it: fallback text and whatever blocks it uses. */
export interface DigestMessage {
  text: string;
  blocks?: unknown[];
}

/** Which delivery a post is: the chat layer marks the message with it, so it can be found again. */
export interface DeliveryContext {
  team?: string;
  date: string;
}

/**
 * How long a replica's claim on a day lasts without being renewed. The replica renews it while it
 * works; if it dies, another replica takes the day over this long after its last renewal.
 */
export const DEFAULT_LEASE_MS = 120_000;

/** Retrying a failed post: a growing pause between attempts, and a bound on their number. */
export interface RetryPolicy {
  /** The pause after the first failure; doubled after each further one. */
  firstPauseMs: number;
  /** The longest pause. */
  maxPauseMs: number;
  /** Attempts in all (the first included); after the last the day is reported as failed for good. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstPauseMs: 60_000, maxPauseMs: 30 * 60_000, maxAttempts: 6 };

/**
 * Slack errors a retry cannot fix (the channel is gone, the app was removed from it or lost its
 * token). Retrying them would only repeat the failure: the day is reported as failed at once.
 */
const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'restricted_action',
  'team_access_not_granted',
  'ekm_access_denied',
  'no_installation',
]);

export interface DigestSchedulerOptions {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  desk: () => Desk;
  /** The part of the corpus a channel's digest draws on (its workspace, its bound collection). */
  scopeOf: (subscription: Subscription) => Promise<Scope>;
  /** Turns the digest into a chat message (the chat layer's renderer: this layer knows no chat). */
  render: (digest: Digest) => DigestMessage;
  /**
   * Posts a message to a channel; rejects when it was not posted (with Slack's error code in
   * `data.error` when there is one, and `retryAfter` seconds for a rate limit).
   */
  post: (channel: string, message: DigestMessage, delivery: DeliveryContext) => Promise<unknown>;
  /**
   * Whether the day's digest is already in the channel, posted since `since`: asked only when a replica
   * stopped while posting it. `undefined` when it cannot be told; the day is then not posted again
   * (a missed digest is reported, a doubled one is noise in the channel).
   */
  findPosted?: (channel: string, delivery: DeliveryContext & { since: Date }) => Promise<boolean | undefined>;
  logger: pino.Logger;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
  /** This replica's name in claims (default: host, process id and a random part). */
  owner?: string;
  leaseMs?: number;
  /** How often every subscription is looked at (besides each one's exact time); default a quarter lease, at most 30 s. */
  sweepMs?: number;
  retry?: Partial<RetryPolicy>;
}

/** The error code of a failed post: Slack's, else a short description. */
function errorCode(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string };
  if (e.data?.error) return e.data.error;
  if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  return (e.message ?? String(error)).slice(0, 200);
}

/**
 * Delivers each channel's daily digest at its local time, exactly once, from any number of replicas.
 *
 * Every replica runs a scheduler. When a digest is due, each one tries to claim the (channel, local
 * date) delivery; the state store lets exactly one succeed. The claim has a lease, renewed while the
 * replica works: if the replica dies, another takes the day over once the lease has run out (first
 * checking, through `findPosted`, whether the dead one's post reached the channel). A failed post is
 * retried with a growing pause; every day is its own delivery, so one failure never holds up the next
 * day or another channel. A digest that fell due while every replica was down goes out when one starts,
 * if it is still the same local day. A subscription whose time or time zone cannot be read is reported
 * (once) and skipped.
 */
export class DigestScheduler {
  private jobs = new Map<string, { key: string; job: Cron }>();
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private sweepAgain = false;
  private working = new Set<string>();
  private reported = new Map<string, string>();
  private stopped = false;
  private readonly now: () => Date;
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly sweepMs: number;
  private readonly retry: RetryPolicy;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
    this.owner = options.owner ?? `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.sweepMs = options.sweepMs ?? Math.min(30_000, Math.max(250, this.leaseMs / 4));
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** Starts looking at the subscriptions (now, every sweep, and at each one's time). */
  async start(): Promise<void> {
    this.stopped = false;
    this.sweepTimer = setInterval(() => void this.deliverDue(), this.sweepMs);
    this.sweepTimer.unref();
    await this.deliverDue();
  }

  stop(): void {
    this.stopped = true;
    for (const { job } of this.jobs.values()) job.stop();
    this.jobs.clear();
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  /** Looks at the subscriptions again soon (one changed on this replica). */
  reschedule(): void {
    void this.deliverDue();
  }

  /**
   * Delivers every digest that is due now and not yet delivered (or due for a retry); resolves when
   * every attempt started by this call is over. Calls while one runs are folded into one more run.
   */
  async deliverDue(): Promise<void> {
    if (this.sweeping) {
      this.sweepAgain = true;
      return this.sweeping;
    }
    this.sweeping = (async () => {
      do {
        this.sweepAgain = false;
        await this.sweep();
      } while (this.sweepAgain && !this.stopped);
    })().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async sweep(): Promise<void> {
    const { logger } = this.options;
    let subscriptions: Subscription[];
    try {
      subscriptions = await this.options.subscriptions.list();
    } catch (error) {
      logger.warn({ error: (error as Error).message }, 'digest subscriptions cannot be read now: digests wait');
      return;
    }
    const now = this.now();
    const due: { sub: Subscription; date: string }[] = [];
    const armed = new Set<string>();
    for (const sub of subscriptions) {
      const problem = subscriptionProblem(sub);
      if (problem) {
        if (this.reported.get(sub.channel) !== problem) {
          this.reported.set(sub.channel, problem);
          logger.error({ channel: sub.channel }, `digest subscription skipped: ${problem} (the channel can subscribe again to fix it)`);
        }
        continue;
      }
      this.reported.delete(sub.channel);
      const time = readTimeOfDay(sub.time) as string;
      armed.add(sub.channel);
      this.arm(sub.channel, time, sub.timeZone);
      const run = dueRunToday(time, sub.timeZone, now);
      // The first digest is the first run after subscribing, not one that fell due before it.
      if (run && !(run.at.getTime() < Date.parse(sub.createdAt))) due.push({ sub, date: run.date });
    }
    for (const [channel, { job }] of this.jobs) {
      if (armed.has(channel)) continue;
      job.stop();
      this.jobs.delete(channel);
    }
    if (this.stopped) return;
    await Promise.allSettled(due.map(({ sub, date }) => this.deliver(sub, date)));
  }

  /** A timer at the channel's exact time, so a digest does not wait for the next sweep. */
  private arm(channel: string, time: string, timeZone: string): void {
    const key = `${time} ${timeZone}`;
    if (this.stopped || this.jobs.get(channel)?.key === key) return;
    this.jobs.get(channel)?.job.stop();
    this.jobs.set(channel, { key, job: new Cron(dailyPattern(time), { timezone: timeZone }, () => void this.deliverDue()) });
  }

  private async deliver(sub: Subscription, date: string): Promise<void> {
    const key = `${sub.channel} ${date}`;
    if (this.working.has(key)) return;
    this.working.add(key);
    const { deliveries, logger } = this.options;
    const log = logger.child({ channel: sub.channel, date });
    let claim: Claim | undefined;
    let renewal: NodeJS.Timeout | undefined;
    try {
      claim = await deliveries.claim({ channel: sub.channel, date, owner: this.owner, now: this.now(), leaseMs: this.leaseMs });
      if (!claim) return;
      // Keep the claim while working (a slow Slack, a paced channel): it lapses only if this replica dies.
      renewal = setInterval(() => {
        const leaseUntil = new Date(this.now().getTime() + this.leaseMs).toISOString();
        deliveries.update(sub.channel, date, this.owner, { leaseUntil }).catch(() => {});
      }, this.leaseMs / 3);
      renewal.unref();
      await this.attempt(sub, date, claim, log);
    } catch (error) {
      log.error({ error: (error as Error).message }, 'digest attempt stopped: it will be tried again');
    } finally {
      clearInterval(renewal);
      this.working.delete(key);
    }
  }

  private async attempt(sub: Subscription, date: string, claim: Claim, log: pino.Logger): Promise<void> {
    const { deliveries } = this.options;
    const context: DeliveryContext = { team: sub.team, date };
    if (claim.previous?.status === 'posting') {
      // The replica before us stopped while posting: the message may be in the channel already.
      const since = new Date(Date.parse(claim.previous.updatedAt) - 60_000);
      const found = this.options.findPosted ? await this.options.findPosted(sub.channel, { ...context, since }).catch(() => undefined) : undefined;
      if (found === true) {
        await deliveries.update(sub.channel, date, this.owner, { status: 'sent', sentAt: this.now().toISOString(), owner: undefined, leaseUntil: undefined });
        log.info('digest found in the channel after its replica stopped mid-post: not posted again');
        return;
      }
      if (found === undefined) {
        await deliveries.update(sub.channel, date, this.owner, {
          status: 'failed',
          final: true,
          error: 'interrupted: its replica stopped while posting, and the channel could not be checked',
          owner: undefined,
          leaseUntil: undefined,
        });
        log.warn('digest interrupted mid-post and the channel could not be checked: not posted again, to avoid a duplicate');
        return;
      }
    }

    let message: DigestMessage;
    try {
      const scope = await this.options.scopeOf(sub);
      const since = (await deliveries.lastSent(sub.channel))?.sentAt;
      message = this.options.render(buildDigest(this.options.desk(), { date, since, scope }));
    } catch (error) {
      // Not a Slack failure but ours (or the state's): recorded like one, so it is retried with a pause
      // and reported, instead of being claimed again and again.
      log.error({ err: error }, 'digest could not be prepared');
      await this.recordFailure(sub.channel, date, claim.delivery.attempts, new Error(`not prepared: ${(error as Error).message}`), log);
      return;
    }
    if (!(await deliveries.update(sub.channel, date, this.owner, { status: 'posting', updatedAt: this.now().toISOString() }))) {
      log.warn('digest claim lost before posting: left to the replica that holds it');
      return;
    }
    try {
      await this.options.post(sub.channel, message, context);
    } catch (error) {
      await this.recordFailure(sub.channel, date, claim.delivery.attempts, error, log);
      return;
    }
    await this.recordSent(sub.channel, date, log);
  }

  private async recordFailure(channel: string, date: string, attempts: number, error: unknown, log: pino.Logger): Promise<void> {
    const code = errorCode(error);
    const final = PERMANENT_ERRORS.has(code) || attempts >= this.retry.maxAttempts;
    const retryAfterMs = Number((error as { retryAfter?: unknown }).retryAfter ?? 0) * 1000;
    const pause = Math.max(retryAfterMs, Math.min(this.retry.maxPauseMs, this.retry.firstPauseMs * 2 ** (attempts - 1)));
    const change: Partial<Delivery> = { status: 'failed', error: code, final: final || undefined, owner: undefined, leaseUntil: undefined, updatedAt: this.now().toISOString() };
    if (!final) change.nextAttemptAt = new Date(this.now().getTime() + pause).toISOString();
    await this.options.deliveries.update(channel, date, this.owner, change);
    if (final) log.error({ error: code, attempts }, 'digest delivery failed: not retried today');
    else log.warn({ error: code, attempts, retryAt: change.nextAttemptAt }, 'digest delivery failed: will retry');
  }

  /**
   * Records that the message went out. Until that is written (the database may be away) it is tried
   * again; meanwhile no replica posts the day again without first finding it in the channel.
   */
  private async recordSent(channel: string, date: string, log: pino.Logger): Promise<void> {
    const sentAt = this.now().toISOString();
    for (let pause = 500; ; pause = Math.min(pause * 2, 10_000)) {
      try {
        await this.options.deliveries.update(channel, date, this.owner, { status: 'sent', sentAt, owner: undefined, leaseUntil: undefined, error: undefined, updatedAt: sentAt });
        log.info('digest delivered');
        return;
      } catch (error) {
        if (this.stopped) throw error;
        log.warn({ error: (error as Error).message }, 'digest posted but not yet recorded: retrying');
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }
}
