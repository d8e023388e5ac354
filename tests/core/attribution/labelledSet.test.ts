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

  it('counts a courtesy title before a surname alone the same name as the surname (round 59)', () => {
    expect(isRight({ expected: 'Ashworth', found: 'Senator Ashworth' })).toBe(true);
    expect(isRight({ expected: 'Senator Whitcomb', found: 'Whitcomb' })).toBe(true);
    expect(isRight({ expected: 'Ashby-Kerr', found: 'Mr. Ashby-Kerr' })).toBe(true);
    // (Still wrong: another word than a title, a title before a full name the label gives otherwise, another surname.)
    expect(isRight({ expected: 'Dennis', found: 'Against Dennis' })).toBe(false);
    expect(isRight({ expected: 'Neil Halloran', found: 'Mr Halloran' })).toBe(false);
    expect(isRight({ expected: 'Halloran', found: 'Mr Prentice' })).toBe(false);
    expect(isRight({ expected: 'Officer B', found: 'B' })).toBe(false);
  });

  it('counts a name without the nickname a label keeps inside it the same name (round 59)', () => {
    expect(isRight({ expected: 'John "Bud" Frazier', found: 'John Frazier' })).toBe(true);
    expect(isRight({ expected: 'John "Bud" Frazier', found: 'Bud Frazier' })).toBe(false);
    expect(isRight({ expected: 'John Frazier', found: 'James Frazier' })).toBe(false);
  });
});
