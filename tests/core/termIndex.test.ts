import { describe, expect, it } from 'vitest';
import { Desk, openDesk } from '../../src/core/desk.js';
import type { SourceDocument } from '../../src/core/model.js';
import { buildPassageIndex } from '../../src/core/search/passageIndex.js';
import { readText } from '../../src/core/search/termIndex.js';
import { splitSentences } from '../../src/core/text/splitSentences.js';

const doc = (id: string, ...paragraphs: string[]): SourceDocument => ({
  source: { id, title: `Story ${id}` },
  file: `${id}.txt`,
  collection: '',
  paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })),
});

describe('term index', () => {
  it('reads sentences exactly as the sentence splitter does, even where it skips it', () => {
    for (const text of [
      'Kaypro cut prices on its Extra! Extra! desktop system by 500 dlrs.',
      'The U.S. said imports rose 4.5 pct in March.',
      'One line\nand another line without a full stop',
      '  Mr. Smith went to Washington.  ',
      'He asked: why? Nobody knew; nobody said.',
      'Prices rose “sharply”, analysts said.',
      'Zürich’s bank — Crédit Suisse — agreed',
      '',
    ]) {
      expect(readText(text).ranges, text).toEqual(splitSentences(text));
    }
  });

  it('answers after a document is removed exactly as an index built without it', () => {
    const a = doc('a', 'The minister praised the spectrum auction.', 'Operators bid for radio frequencies. The auction closes in June.');
    const b = doc('b', 'The regulator fined the operator over the auction.', 'The minister declined to comment.');
    const c = doc('c', 'Spectrum prices fell after the auction.');
    const changed = buildPassageIndex([a, b, c]);
    changed.removeDocument('b');
    const fresh = buildPassageIndex([a, c]);
    const ask = (index: typeof changed, q: string) => new Desk({ dir: '', documents: [], problems: [] }, index, [], []).ask(q, { limit: 5 }).results.map((r) => [r.quote, r.score]);
    for (const q of ['auction', 'minister', 'spectrum prices', 'regulator fined', 'when does the auction close']) expect(ask(changed, q), q).toEqual(ask(fresh, q));
    expect(changed.terms.documentFrequency('regul')).toBe(0);
  });

  it('fills MiniSearch in the background, and at once when a quote check needs it first', async () => {
    const desk = await openDesk();
    // A quote check right away finds every passage.
    expect(desk.checkQuote('no positive influence on 5G security').verdict).toBe('verbatim');
    expect(desk.index.miniSearch.documentCount).toBe(desk.index.size);
  });
});
