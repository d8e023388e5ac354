import { describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';

const desk = await openDesk();

describe('checkQuote', () => {
  it('finds a verbatim quote ignoring case, whitespace and curly vs straight quotes, and returns the source\'s own text', () => {
    const check = desk.checkQuote('"security and risk assessments of vendors and network technologies should take into account RULE OF LAW,"   it said');
    expect(check.verdict).toBe('verbatim');
    expect(check.matches).toHaveLength(1);
    expect(check.matches[0]?.quote).toBe('\u201CSecurity and risk assessments of vendors and network technologies should take into account rule of law,\u201D it said');
    expect(check.matches[0]?.source.id).toBe('prague-proposals-wire-report');
  });

  it('lists every place a verbatim phrase occurs', () => {
    const check = desk.checkQuote('Prague Proposals');
    expect(check.verdict).toBe('verbatim');
    expect(check.matches.length).toBeGreaterThanOrEqual(4);
    expect(new Set(check.matches.map((m) => `${m.source.id}:${m.place.paragraph}:${m.place.start}`)).size).toBe(check.matches.length);
  });

  it('keeps the source\'s typo: "building an inclusive club" is verbatim, "exclusive" is near', () => {
    expect(desk.checkQuote('building an inclusive club').verdict).toBe('verbatim');
    const near = desk.checkQuote('its practice of building an exclusive club');
    expect(near.verdict).toBe('near');
    // Shown as the whole sentence the closest wording stands in, never a fragment cut mid-sentence.
    expect(near.matches[0]?.quote).toMatch(/^But its practice of building an inclusive club goes .* on 5G security\.$/);
    expect(near.matches[0]?.changes).toEqual([{ asked: 'exclusive', source: 'inclusive' }]);
  });

  it('gives the closest real wording of a near quote with the differing words marked', () => {
    const check = desk.checkQuote('this meeting will have no positive impact on 5G security');
    expect(check.verdict).toBe('near');
    const match = check.matches[0];
    expect(match?.quote).toBe('But its practice of building an inclusive club goes far away from the original intention of enhancing international cooperation on 5G, so this meeting will have no positive influence on 5G security.');
    expect(match?.diff?.filter((w) => w.changed).map((w) => w.word)).toEqual(['influence']);
    expect(match?.askedDiff?.filter((w) => w.changed).map((w) => w.word)).toEqual(['impact']);
  });

  it('says none for what nobody said', () => {
    expect(desk.checkQuote('Huawei is a trusted partner of every European government').verdict).toBe('none');
    expect(desk.checkQuote('xyz').verdict).toBe('none');
  });

  it('refuses empty and overlong text with a clear message', () => {
    expect(() => desk.checkQuote('   ')).toThrow(/empty quote/);
    expect(() => desk.checkQuote('x'.repeat(4000))).toThrow(/too long/);
  });
});
