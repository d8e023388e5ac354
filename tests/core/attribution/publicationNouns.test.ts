import { describe, expect, it } from 'vitest';
import { printedFirstIn, textsAfterPublicationNouns } from '../../../src/core/attribution/referentResolver.js';
import { escapeRegExp } from '../../../src/core/text/escapeRegExp.js';
import { random } from '../../helpers/bigCorpus.js';

/** The regex the speed shortcut stands for, run over the whole text once per name. */
const byRegex = (text: string, name: string) => new RegExp(`\\b(?:daily|weekly|newspaper|magazine|tabloid)\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);

describe('a name printed after a publication\'s noun, read once per story (speed)', () => {
  it('answers as the regex it replaces on 2,000 generated texts and names', () => {
    const next = random(18);
    const words = ['daily', 'weekly', 'newspaper', 'magazine', 'tabloid', 'biweekly', 'the', 'Daily', 'Hurriyet', 'Hurriyets', 'al-Qabas', 'Le Monde', 'Le', 'Monde', 'Mondeo', 'Gunes', 'said', ',', '.', '\n', '  ', 'Tanjug', 'Welt am Sonntag', 'Welt', 'Ñandú', 'Ñandúes'];
    const names = ['Hurriyet', 'al-Qabas', 'Le Monde', 'Monde', 'Gunes', 'Tanjug', 'Welt', 'Welt am Sonntag', 'Ñandú', 'Daily'];
    let agreed = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 3 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.8 ? ' ' : '');
      const name = names[Math.floor(next() * names.length)] as string;
      expect(printedFirstIn(textsAfterPublicationNouns(text), name), `${JSON.stringify(text)} / ${name}`).toBe(byRegex(text, name));
      agreed++;
    }
    expect(agreed).toBe(2000);
  });

  it('finds "the Kuwait daily al-Qabas" and not "biweekly Gunes"', () => {
    expect(printedFirstIn(textsAfterPublicationNouns('the Kuwait daily al-Qabas said'), 'al-Qabas')).toBe(true);
    expect(printedFirstIn(textsAfterPublicationNouns('a biweekly Gunes column'), 'Gunes')).toBe(false);
  });
});
