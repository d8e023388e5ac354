import { describe, expect, it } from 'vitest';
import { FormerHolders, formerHolderPattern } from '../../../src/core/attribution/formerHolders.js';

// The quick "no" (no word after "former" starts the office) must never change an answer: every name and office below is
// asked both ways, over texts that print former holders in every way the pattern reads and in ways it does not.
const texts = [
  'Former Taoiseach Bertie Ahern said the talks would resume. The Taoiseach, Micheál Martin, disagreed.',
  'Bertie Ahern, a former Taoiseach, spoke first. Then the former  minister Jane Hart replied.',
  'Jane Hart, the former minister. ex- minister Tom Reilly and EX- MINISTER Ann Byrne left.',
  'The former former minister Jane Hart? Previous vice-president Ola Adeyemi and former vice-president-elect Sam Ode.',
  'A performer minister Jane Hart; the formerly minister Tom Reilly; former Minister\nJane Hart; former ministers Jane Hart.',
  'Former chief executive Daniel Pryce and former CHIEF EXECUTIVE Ann Byrne; former chief Tom Reilly.',
  'The previous year was hard, said minister Jane Hart. Former 5G chief Ola Adeyemi.',
  'No one here held anything before.',
];
const names = ['Bertie Ahern', 'Micheál Martin', 'Jane Hart', 'Tom Reilly', 'Ann Byrne', 'Ola Adeyemi', 'Sam Ode', 'Daniel Pryce'];
const offices = ['taoiseach', 'minister', 'vice-president', 'vice-president-elect', 'chief executive', 'chief', 'ceo', '5G chief', 'president'];

describe('FormerHolders', () => {
  it('answers as the former-holder pattern alone does, for every name and office', () => {
    let formerly = 0;
    for (const text of texts) {
      const holders = new FormerHolders(text);
      for (const name of names) {
        for (const office of offices) {
          const expected = formerHolderPattern(name, office).test(text);
          expect(holders.heldFormerly(name, office), `${name} / ${office} in "${text}"`).toBe(expected);
          if (expected) formerly++;
        }
      }
    }
    // (Enough former holders that the quick "no" is tried against real ones, not only against texts printing none.)
    expect(formerly).toBeGreaterThanOrEqual(12);
  });

  it('reads "former Taoiseach Bertie Ahern" and "Jane Hart, the former minister" as former holders, and no one else', () => {
    const holders = new FormerHolders(texts[0] as string);
    expect(holders.heldFormerly('Bertie Ahern', 'taoiseach')).toBe(true);
    expect(holders.heldFormerly('Micheál Martin', 'taoiseach')).toBe(false);
    expect(new FormerHolders(texts[2] as string).heldFormerly('Jane Hart', 'minister')).toBe(true);
  });
});
