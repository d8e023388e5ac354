import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest, notablePassages } from '../../../src/core/digest/buildDigest.js';
import { quoteOfTheDay } from '../../../src/core/digest/quoteOfTheDay.js';
import { openDesk } from '../../../src/core/desk.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

describe('the briefing', () => {
  it('rotates the quote of the day deterministically, with no repeat until all have been shown', async () => {
    const desk = await openDesk();
    const quotes = notablePassages(desk);
    expect(quotes.length).toBeGreaterThan(10);
    const days = Array.from({ length: quotes.length }, (_, i) => new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10));
    const shown = days.map((d) => quoteOfTheDay(quotes, d)!.quote);
    expect(new Set(shown).size).toBe(quotes.length);
    expect(quoteOfTheDay(quotes, '2026-11-05')).toEqual(quoteOfTheDay(quotes, '2026-11-05'));
  });

  it('lists sources newest first and what was added since the last digest', async () => {
    const dir = tempCorpus({
      'old.txt': '---\ntitle: Old statement\npublished: 2019-05-01\noutlet: Ministry\nkind: statement\n---\nWe welcome the talks.\n',
      'new.txt': '---\ntitle: New statement\npublished: 2019-06-01\noutlet: Agency\nkind: news report\n---\nThe talks ended.\n',
    });
    utimesSync(join(dir, 'old.txt'), new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'));
    utimesSync(join(dir, 'new.txt'), new Date('2026-11-22T09:00:00Z'), new Date('2026-11-22T09:00:00Z'));
    const digest = buildDigest((await openDesk(dir)), { date: '2026-11-23', since: '2026-11-22T07:00:00.000Z' });
    expect(digest.onFile.map((s) => s.title)).toEqual(['New statement', 'Old statement']);
    expect(digest.newSince.sources.map((s) => s.title)).toEqual(['New statement']);
    expect(digest.quoteOfTheDay?.quote).toMatch(/^(We welcome the talks\.|The talks ended\.)$/);
    expect(buildDigest((await openDesk(dir)), { date: '2026-11-23', since: '2026-11-22T10:00:00.000Z' }).newSince.sources).toEqual([]);
  });
});
