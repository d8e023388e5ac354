import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../../src/core/attribution/mentionsIn.js';
import { beforeNamePattern, capitalisedWordsBefore } from '../../../src/core/attribution/wordsBeforeName.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';

/** The plain way: every match of the pattern over the whole text. */
const plainly = (text: string, name: string) => [...text.matchAll(beforeNamePattern(name))].map((m) => [m[1], m[2] !== undefined]);

describe('capitalisedWordsBefore (the quick way to the nationality words before a name)', () => {
  it('finds the word before each mention, possessive or not, across up to two lower-case words', () => {
    const text = 'outsprinting Belgian Jens Vercauteren and England’s Jess McKinnon; later Dutchman and rider Jess McKinnon won.';
    expect(capitalisedWordsBefore(text, 'Jess McKinnon')).toEqual([['England', true], ['Dutchman', false]]);
    expect(capitalisedWordsBefore(text, 'Jens Vercauteren')).toEqual([['Belgian', false]]);
    expect(capitalisedWordsBefore(text, 'Nobody Here')).toEqual([]);
  });

  it('agrees with the plain way on made-up edge cases: names inside words, runs of mentions, punctuation in names', () => {
    const cases: [string, string][] = [
      ['Genghis-Khan the Khan', 'Khan'],
      ['Chief Khan’s rival Khan and Khan Khan Khan', 'Khan'],
      ['Fred Lyons Jr. met Senior Fred Lyons Jr. and then Mr Fred Lyons Jr.', 'Fred Lyons Jr.'],
      ['A B C D E F', 'F'],
      ['the Kublai Khan Kublai Khan', 'Kublai Khan'],
      ['Mongol of the Mongol and Mongols', 'Mongol'],
      ['X’s y z Anna Bell, Y’s Anna Bell', 'Anna Bell'],
      ['Ab-cd ef gh ij Anna', 'Anna'],
      // (Letters outside the Basic Multilingual Plane, before the word and after the name; an empty name.)
      ['𝐀bc John Smith', 'John Smith'],
      ['Belgian John𝐀', 'John'],
      ['Ab 1', ''],
      // (A long run with no punctuation, the name inside other words: read only a few words back from each mention.)
      ['Lisbon and Lima are cities Li said '.repeat(1300), 'Li'],
    ];
    for (const [text, name] of cases) expect(capitalisedWordsBefore(text, name), `${name} in ${text}`).toEqual(plainly(text, name));
  });

  it('agrees with the plain way for every name mentioned in a third of the labelled documents and the news fixtures', async () => {
    const attribution = new URL('../../fixtures/attribution/', import.meta.url).pathname;
    const folders = [
      // (Every third set: the plain way reads the whole text once per name, 40 s for them all.)
      ...readdirSync(attribution)
        .filter((n) => n.startsWith('blind-set-') && Number(n.slice('blind-set-'.length)) % 3 === 0)
        .map((n) => `${attribution}${n}/documents`),
      new URL('../../fixtures/news', import.meta.url).pathname,
    ];
    let compared = 0;
    // (A set of Reuters stories alone has no documents folder.)
    for (const folder of folders.filter((f) => existsSync(f))) {
      for (const doc of (await loadCorpus(folder)).documents) {
        const text = doc.paragraphs.map((p) => p.text).join('\n');
        const names = new Set(mentionsIn(text).filter((m) => m.phrase.kind === 'person').map((m) => m.phrase.text));
        for (const name of names) {
          expect(capitalisedWordsBefore(text, name), `${doc.file}: ${name}`).toEqual(plainly(text, name));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  }, 120_000);
});
