import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type pino from 'pino';

/** How long an event id is remembered: Slack retries within minutes. */
const REMEMBER_MS = 60 * 60 * 1000;
const MAX_REMEMBERED = 10_000;

/**
 * Slack retries an event it thinks was lost (same `event_id`, `x-slack-retry-num` header). This
 * middleware lets each event id through once, so a retried event is never answered twice.
 */
export function skipRetriedEvents(logger: pino.Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const time = now();
    if (seen.has(eventId)) {
      logger.info({ eventId }, 'event already answered: retry skipped');
      return;
    }
    seen.set(eventId, time);
    if (seen.size > MAX_REMEMBERED) {
      for (const [id, at] of seen) {
        if (time - at < REMEMBER_MS && seen.size <= MAX_REMEMBERED) break;
        seen.delete(id);
      }
    }
    await next();
  };
}
