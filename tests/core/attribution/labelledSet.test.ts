import { describe, expect, it } from 'vitest';
import { isRight } from './labelledSet.js';

describe('isRight, the scorer of a labelled sentence', () => {
  it('counts a joint byline right for a label listing each of its names (round 39)', () => {
    // (An editorial two people sign, labelled "either is right", found as its byline prints both.)
    expect(isRight({ expected: ['Fiona Gallacher', 'Rajesh Menon'], found: 'Fiona Gallacher, Rajesh Menon' })).toBe(true);
    expect(isRight({ expected: ['Margaret Oduya', 'Callum Reith'], found: 'Margaret Oduya and Callum Reith' })).toBe(true);
    expect(isRight({ expected: { either: [null, 'Fiona Gallacher', 'Rajesh Menon'] }, found: 'Fiona Gallacher, Rajesh Menon' })).toBe(true);
  });

  it('counts a joint byline wrong when it names someone the label does not list, or for a label naming one person', () => {
    expect(isRight({ expected: ['Fiona Gallacher', 'Rajesh Menon'], found: 'Fiona Gallacher, Tom Roe' })).toBe(false);
    expect(isRight({ expected: 'Fiona Gallacher', found: 'Fiona Gallacher, Rajesh Menon' })).toBe(false);
    expect(isRight({ expected: null, found: 'Fiona Gallacher, Rajesh Menon' })).toBe(false);
  });
});
