import { describe, expect, it } from 'vitest';
import { dueRunToday, isTimeZone, localDate, nextRun, readTimeOfDay } from '../../../src/digest/schedule.js';

describe('daily schedule in a time zone', () => {
  it('falls at the local time, winter and summer', () => {
    expect(nextRun('08:00', 'Europe/Prague', new Date('2026-01-10T00:00:00Z'))?.toISOString()).toBe('2026-01-10T07:00:00.000Z');
    expect(nextRun('08:00', 'Europe/Prague', new Date('2026-07-10T00:00:00Z'))?.toISOString()).toBe('2026-07-10T06:00:00.000Z');
  });

  it('crosses the spring DST change: a time that does not exist moves past the gap, and still goes out that day', () => {
    const run = dueRunToday('02:30', 'Europe/Prague', new Date('2026-03-29T01:05:00Z'));
    expect(run?.date).toBe('2026-03-29');
    expect(run?.at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(dueRunToday('08:00', 'Europe/Prague', new Date('2026-03-29T05:59:00Z'))).toBeUndefined();
    expect(dueRunToday('08:00', 'Europe/Prague', new Date('2026-03-29T06:00:00Z'))?.date).toBe('2026-03-29');
  });

  it('crosses the autumn DST change: an hour that happens twice runs once', () => {
    const runs = [nextRun('02:30', 'Europe/Prague', new Date('2026-10-24T12:00:00Z'))!];
    runs.push(nextRun('02:30', 'Europe/Prague', runs[0]!)!);
    expect(runs.map((r) => localDate(r, 'Europe/Prague'))).toEqual(['2026-10-25', '2026-10-26']);
  });

  it('keeps the channel\'s own date across midnight', () => {
    // 23:30 UTC on the 23rd is already the 24th in Tokyo and still the 23rd in New York.
    const now = new Date('2026-11-23T23:30:00Z');
    expect(dueRunToday('08:00', 'Asia/Tokyo', now)?.date).toBe('2026-11-24');
    expect(dueRunToday('18:00', 'America/New_York', now)?.date).toBe('2026-11-23');
    // One minute before local midnight the day's digest is still the 23rd's; at midnight it is the 24th's.
    expect(dueRunToday('00:00', 'America/New_York', new Date('2026-11-24T04:59:00Z'))?.date).toBe('2026-11-23');
    expect(dueRunToday('00:00', 'America/New_York', new Date('2026-11-24T05:00:00Z'))?.date).toBe('2026-11-24');
  });

  it('reads times and zones strictly', () => {
    expect(readTimeOfDay('8:05')).toBe('08:05');
    expect(readTimeOfDay('24:00')).toBeUndefined();
    expect(readTimeOfDay('7.30')).toBeUndefined();
    expect(isTimeZone('Europe/Prague')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
