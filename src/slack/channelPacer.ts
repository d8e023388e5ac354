import { ErrorCode, type WebClient } from '@slack/web-api';
import type { KnownBlock } from '@slack/types';
import type pino from 'pino';

/** A message for one channel (or a thread in it), as `chat.postMessage` takes it. */
export interface ChannelMessage {
  text: string;
  blocks?: KnownBlock[];
  thread_ts?: string;
}

/** A message that could not be sent: Slack refused it, or it could not go out before its deadline. */
export class MessageNotSentError extends Error {
  constructor(
    readonly channel: string,
    /** Slack's error code (`not_in_channel`, `msg_too_long`…), `rate_limited` or `timed_out`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ChannelPacerOptions {
  logger: pino.Logger;
  /**
   * The shortest gap between two messages to one channel. Slack allows about one message a second per
   * channel (`chat.postMessage`); sending faster only earns HTTP 429 for that channel.
   */
  intervalMs?: number;
  /**
   * How long a message may wait for its channel (rate limits, the messages before it) before it is
   * given up and reported: a reply that arrives minutes late answers a question nobody is waiting on.
   */
  deadlineMs?: number;
  now?: () => number;
}

/** About one message a second per channel, Slack's documented pace for `chat.postMessage`. */
export const CHANNEL_INTERVAL_MS = 1000;
/** Half a minute: past that, the person has been told nothing for too long; they are told why instead. */
export const MESSAGE_DEADLINE_MS = 30_000;

interface Job {
  run: () => Promise<{ ts?: string }>;
  what: string;
  queuedAt: number;
  deadline: number;
  resolve: (value: { ts?: string }) => void;
  reject: (error: MessageNotSentError) => void;
}

interface ChannelQueue {
  jobs: Job[];
  /** No message goes to this channel before this time (pace, or Slack's Retry-After). */
  notBefore: number;
  busy: boolean;
  timer?: NodeJS.Timeout;
}

/**
 * Every message the app posts or updates goes through here, one queue per channel:
 *
 * - messages to one channel go out in order, at most one per {@link CHANNEL_INTERVAL_MS};
 * - HTTP 429 from Slack pauses *that channel* for its `Retry-After`, then the message is sent again;
 *   other channels carry on (the Web API client must be built with `rejectRateLimitedCalls: true`, or
 *   it pauses all of its calls for everyone);
 * - a message that cannot go out before its deadline, or that Slack refuses (`not_in_channel`,
 *   `msg_too_long`), rejects with {@link MessageNotSentError} and is logged, so the caller can tell the
 *   person where possible.
 *
 * ```ts
 * const pacer = new ChannelPacer({ logger })
 * await pacer.post(client, 'C123', { text: 'hello', thread_ts: '1700000000.000100' })
 * await pacer.send('C123', 'chat.postMessage (digest)', () => postWithMetadata()) // any call that posts
 * ```
 */
export class ChannelPacer {
  private readonly queues = new Map<string, ChannelQueue>();
  private readonly intervalMs: number;
  private readonly deadlineMs: number;
  private readonly now: () => number;
  private readonly logger: pino.Logger;

  constructor(options: ChannelPacerOptions) {
    this.logger = options.logger;
    this.intervalMs = options.intervalMs ?? CHANNEL_INTERVAL_MS;
    this.deadlineMs = options.deadlineMs ?? MESSAGE_DEADLINE_MS;
    this.now = options.now ?? Date.now;
  }

  /** Posts a message to a channel (`chat.postMessage`) in the channel's turn; resolves to its `ts`. */
  post(client: WebClient, channel: string, message: ChannelMessage, options: { deadlineMs?: number } = {}): Promise<{ ts?: string }> {
    return this.enqueue(channel, 'chat.postMessage', options.deadlineMs, async () => {
      const result = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, thread_ts: message.thread_ts });
      return { ts: result.ts };
    });
  }

  /** Replaces a message the app posted (`chat.update`), in the channel's turn. */
  update(client: WebClient, channel: string, ts: string, message: ChannelMessage, options: { deadlineMs?: number } = {}): Promise<{ ts?: string }> {
    return this.enqueue(channel, 'chat.update', options.deadlineMs, async () => {
      const result = await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
      return { ts: result.ts };
    });
  }

  /**
   * Runs any call that posts to a channel (e.g. a digest with its metadata, through a workspace's own
   * client) in the channel's turn, with the same pacing, Retry-After and deadline as {@link post}.
   */
  send(channel: string, what: string, run: () => Promise<{ ts?: string } | undefined>, options: { deadlineMs?: number } = {}): Promise<{ ts?: string }> {
    return this.enqueue(channel, what, options.deadlineMs, async () => (await run()) ?? {});
  }

  private enqueue(channel: string, what: string, deadlineMs: number | undefined, run: Job['run']): Promise<{ ts?: string }> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(channel);
      if (!queue) {
        queue = { jobs: [], notBefore: 0, busy: false };
        this.queues.set(channel, queue);
      }
      const now = this.now();
      queue.jobs.push({ run, what, queuedAt: now, deadline: now + (deadlineMs ?? this.deadlineMs), resolve, reject });
      this.pump(channel, queue);
    });
  }

  private fail(channel: string, job: Job, code: string, message: string): void {
    this.logger.warn({ channel, method: job.what, code }, `message not sent: ${message}`);
    job.reject(new MessageNotSentError(channel, code, message));
  }

  private pump(channel: string, queue: ChannelQueue): void {
    if (queue.busy) return;
    const now = this.now();
    // Messages whose deadline falls before the channel may take them are given up at once, not later.
    while (queue.jobs.length > 0 && (queue.jobs[0] as Job).deadline < Math.max(now, queue.notBefore)) {
      const job = queue.jobs.shift() as Job;
      const limited = queue.notBefore > now + this.intervalMs;
      this.fail(
        channel,
        job,
        limited ? 'rate_limited' : 'timed_out',
        limited
          ? `Slack is limiting messages in this channel for another ${Math.ceil((queue.notBefore - now) / 1000)} s`
          : `it waited ${Math.round((now - job.queuedAt) / 1000)} s for its turn in this channel`,
      );
    }
    // A timer already waits for the channel's next turn.
    if (queue.timer) return;
    const job = queue.jobs[0];
    if (!job) {
      if (queue.notBefore <= now) this.queues.delete(channel);
      else {
        // Keep the channel's pause (a Retry-After) for the next message, then forget the channel.
        queue.timer = setTimeout(() => {
          queue.timer = undefined;
          if (queue.jobs.length === 0 && !queue.busy) this.queues.delete(channel);
          else this.pump(channel, queue);
        }, queue.notBefore - now);
        queue.timer.unref();
      }
      return;
    }
    if (queue.notBefore > now) {
      queue.timer = setTimeout(() => {
        queue.timer = undefined;
        this.pump(channel, queue);
      }, queue.notBefore - now);
      return;
    }
    queue.busy = true;
    void job.run().then(
      (result) => {
        queue.jobs.shift();
        queue.notBefore = this.now() + this.intervalMs;
        job.resolve(result);
      },
      (error: { code?: string; retryAfter?: number; data?: { error?: string }; message?: string }) => {
        if (error.code === ErrorCode.RateLimitedError) {
          const waitMs = Math.max(1, error.retryAfter ?? 1) * 1000;
          queue.notBefore = this.now() + waitMs;
          this.logger.warn({ channel, method: job.what, retryAfterS: waitMs / 1000, waiting: queue.jobs.length }, 'rate-limited by Slack in this channel: pausing this channel only');
          return; // the job stays first in line and is sent again after the pause
        }
        queue.jobs.shift();
        queue.notBefore = this.now() + this.intervalMs;
        const code = error.data?.error ?? error.code ?? 'error';
        this.fail(channel, job, code, `Slack refused it (${code}): ${error.message ?? ''}`.trim());
      },
    ).finally(() => {
      queue.busy = false;
      this.pump(channel, queue);
    });
  }
}
