import { Cron } from 'croner';

/**
 * Reads a time of day as typed (`8:00`, `08:00`, `17:30`) into `HH:MM`, or `undefined` when it is not one.
 */
export function readTimeOfDay(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? `${(m[1] as string).padStart(2, '0')}:${m[2]}` : undefined;
}

/** Whether a string is a time zone the runtime knows (IANA `Area/City`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The daily cron pattern of a time of day, `HH:MM` → `M H * * *` (croner does the calendar and DST). */
export function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(minutes)} ${Number(hours)} * * *`;
}

function dailyCron(time: string, timeZone: string): Cron {
  return new Cron(dailyPattern(time), { timezone: timeZone, paused: true });
}

/**
 * The next time a daily `HH:MM` falls in a time zone, after `after`. Across DST changes a time that does
 * not exist that day (02:30 when clocks spring forward) is moved to the first moment after the gap, and
 * an hour that happens twice is used once.
 */
export function nextRun(time: string, timeZone: string, after: Date): Date | undefined {
  return dailyCron(time, timeZone).nextRun(after) ?? undefined;
}

/**
 * Today's run of a daily schedule if it is due: the run that falls on `now`'s local date, when that run
 * is not in the future. `undefined` before the time, and on a day whose run has already passed the date
 * line (there is none).
 *
 * ```ts
 * dueRunToday('08:00', 'Europe/Prague', new Date('2026-11-23T07:30:00Z')) // 2026-11-23T07:00:00.000Z
 * ```
 */
export function dueRunToday(time: string, timeZone: string, now: Date): { date: string; at: Date } | undefined {
  const today = localDate(now, timeZone);
  // The runs around now: yesterday's, today's and tomorrow's; today's is the one on today's local date.
  const runs = dailyCron(time, timeZone).nextRuns(3, new Date(now.getTime() - 36 * 3_600_000));
  const run = runs.find((r) => localDate(r, timeZone) === today);
  return run && run.getTime() <= now.getTime() ? { date: today, at: run } : undefined;
}

/**
 * Why a subscription as stored cannot be scheduled (a time or time zone edited by hand, or written by
 * something else), or `undefined` when it can. The scheduler reports such an entry and skips it; every
 * other subscription keeps working.
 *
 * ```ts
 * subscriptionProblem({ time: '25:99', timeZone: 'Europe/Prague' }) // 'time "25:99" is not a time of day (HH:MM)'
 * ```
 */
export function subscriptionProblem(sub: { time?: unknown; timeZone?: unknown }): string | undefined {
  if (typeof sub.time !== 'string' || !readTimeOfDay(sub.time)) return `time ${JSON.stringify(sub.time ?? null)} is not a time of day (HH:MM)`;
  if (typeof sub.timeZone !== 'string' || !isTimeZone(sub.timeZone)) return `time zone ${JSON.stringify(sub.timeZone ?? null)} is not one the runtime knows (Area/City)`;
  return undefined;
}
