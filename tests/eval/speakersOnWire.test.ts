import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledStoryIds, movedSpeakers, snapshotSpeakers } from '../../src/eval/speakersOnWire.js';
import type { ReutersStory } from '../../src/eval/reuters.js';

const stories: ReutersStory[] = [
  { id: 1, title: 'OPEC OUTPUT', paragraphs: ['"We will keep output at the agreed level for the rest of the year," Nigerian oil minister Rilwanu Lukman said.', 'REUTER'] },
  { id: 2, title: 'BANK RATES', paragraphs: ['"The dollar will find a floor soon enough, in our view," said Paul Volcker, chairman of the Federal Reserve.'] },
  { id: 3, title: 'NO QUOTES', paragraphs: ['Shares were little changed in quiet trading.'] },
];

describe('speakers on unlabelled wire copy (the before-and-after check of a rule change)', () => {
  it('snapshots every quotation of the stories no labelled set holds, with its speaker', () => {
    const lines = snapshotSpeakers(stories, new Set(['reuters-2']));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.split('\t').slice(0, 4)).toEqual(['reuters-1', '1', '1', 'Rilwanu Lukman']);
  });

  it('reads which stories the labelled sets hold from their fixture files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelled-'));
    mkdirSync(join(dir, 'blind-set-9'));
    writeFileSync(join(dir, 'blind-set-9', 'labels.json'), JSON.stringify({ documents: [{ corpus: 'reuters', id: 'reuters-2' }] }));
    expect([...labelledStoryIds(dir)]).toEqual(['reuters-2']);
    expect(labelledStoryIds(join(dir, 'missing')).size).toBe(0);
  });

  it('lists each quotation whose speaker moved between two snapshots, and nothing else', () => {
    const before = ['reuters-1\t1\t0\tNigeria\t"We will keep output …"', 'reuters-2\t1\t0\tPaul Volcker\t"The dollar …"'];
    const after = ['reuters-1\t1\t0\tRilwanu Lukman\t"We will keep output …"', 'reuters-2\t1\t0\tPaul Volcker\t"The dollar …"', 'reuters-9\t1\t0\t-\tnew story'];
    expect(movedSpeakers(before, after)).toEqual(['reuters-1\t1\t0\tNigeria\tRilwanu Lukman\t"We will keep output …"']);
  });
});
