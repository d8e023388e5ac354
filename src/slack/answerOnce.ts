import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { IncomingMessage } from 'node:http';
import type pino from 'pino';
import type { EventStore } from '../state/types.js';

/** How long an event id is remembered: Slack retries a lost event within minutes (three times). */
export const EVENT_MEMORY_MS = 60 * 60 * 1000;
/**
 * How long a request signature is remembered: Slack's signature is accepted for 5 minutes after its
 * timestamp, so a replayed request is refused by Bolt after that; one more minute covers clock skew.
 */
export const REPLAY_WINDOW_MS = 6 * 60 * 1000;
/**
 * The longest the shared store is waited for before a request goes on unchecked: Slack needs its ack
 * within 3 seconds, and a request answered is better than one lost while the database is away.
 */
const CHECK_TIMEOUT_MS = 500;

/** The signed request's signature and timestamp, as HTTPReceiver's `customPropertiesExtractor` gives them. */
export function requestSignature(req: IncomingMessage): { requestSignature?: string; requestTimestamp?: string } {
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  return {
    requestSignature: typeof signature === 'string' ? signature : undefined,
    requestTimestamp: typeof timestamp === 'string' ? timestamp : undefined,
  };
}

/**
 * Answers every request once, across replicas:
 *
 * - an event Slack sends again (same `event_id`: a retry that may land on another replica) is skipped;
 * - the same signed request again (same signature and timestamp: a replay within Slack's 5-minute
 *   window) is acknowledged and not answered a second time — slash commands and interactions too
 *   (their listeners ask `isFirstSighting` after the ack, so the ack never waits on the store).
 *
 * The keys live in the shared `EventStore` (PostgreSQL with several replicas). If the store does not
 * answer within half a second, the request goes on: it is logged, and answered rather than lost.
 */
export function answerOnce(events: EventStore, logger: pino.Logger, now: () => Date = () => new Date()): Middleware<AnyMiddlewareArgs> {
  let lastPrune = 0;
  const firstTime = async (key: string, ttlMs: number): Promise<boolean> => {
    const at = now();
    if (at.getTime() - lastPrune > 60_000) {
      lastPrune = at.getTime();
      events.prune(at).catch(() => {});
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS);
    });
    try {
      const seen = await Promise.race([events.firstSighting(key, at, ttlMs), timeout]);
      if (seen === 'timeout') {
        logger.warn({ key: key.slice(0, 40) }, 'de-duplication store too slow: request answered unchecked');
        return true;
      }
      return seen;
    } catch (error) {
      logger.warn({ error: (error as Error).message }, 'de-duplication store unavailable: request answered unchecked');
      return true;
    } finally {
      clearTimeout(timer);
    }
  };

  return async (args) => {
    const { body, context, next } = args;
    const signature = context.requestSignature as string | undefined;
    if (signature) {
      const timestamp = Number(context.requestTimestamp) * 1000;
      const ttl = Math.max(REPLAY_WINDOW_MS, (Number.isFinite(timestamp) ? timestamp : 0) + REPLAY_WINDOW_MS - now().getTime());
      const first = firstTime(`request:${signature}`, ttl).then((seen) => {
        if (!seen) logger.warn({ type: (body as { type?: string }).type }, 'replayed request (same signature and timestamp): acknowledged, not answered again');
        return seen;
      });
      if ('ack' in args && typeof args.ack === 'function') {
        // A command, an action or a shortcut: its listener acks at once (Slack's 3 seconds never wait on
        // the store) and asks `isFirstSighting(context)` before it answers.
        context[FIRST_SIGHTING] = first;
      } else if (!(await first)) {
        // An event: Bolt has acknowledged it already; a replay goes no further.
        return;
      }
    }
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await firstTime(`event:${eventId}`, EVENT_MEMORY_MS))) {
      logger.info({ eventId }, 'event already answered: retry skipped');
      return;
    }
    await next();
  };
}

const FIRST_SIGHTING = 'pragueFirstSighting';

/**
 * Whether this request is the first of its kind (not a replay of one already answered): listeners that
 * ack and then answer ask it before answering. Always true for requests `answerOnce` did not check.
 */
export async function isFirstSighting(context: Record<string, unknown>): Promise<boolean> {
  const first = context[FIRST_SIGHTING] as Promise<boolean> | undefined;
  return first ? first : true;
}
