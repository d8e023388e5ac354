import { describe, expect, it } from 'vitest';
import { speakerCitationParts } from '../../src/core/citation.js';

describe("a speaker's citation says whether the words are the source's own (round 20)", () => {
  it('cites a judge\'s opinion, filed as a court report, as written by the judge', () => {
    const source = { id: 'o', title: 'Opinion of Lord Ardmillan in the cause Loch Fennart Oysters Ltd', outlet: 'Court of Session', author: 'Lord Ardmillan', published: '2025-11-04', kind: 'court report' };
    expect(speakerCitationParts(source, 'Lord Ardmillan').how).toBe('writing in');
    expect(speakerCitationParts({ ...source, title: 'Oyster farm wins £1.4m' }, 'Lord Ardmillan').how).toBe('quoted in');
  });

  it("cites an opinion piece's author whose byline names the outlet in parentheses as writing in it", () => {
    const source = { id: 'c', title: 'Rates will stay put', author: 'Lorenzo Baldi (Corriere della Sera)', kind: 'opinion' };
    expect(speakerCitationParts(source, 'Lorenzo Baldi').how).toBe('writing in');
  });
});
