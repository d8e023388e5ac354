import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../src/core/attribution/index.js';
import type { SourceDocument } from '../../../src/core/model.js';

/** A news report with these paragraphs. */
function article(paragraphs: string[]): SourceDocument {
  return { source: { id: 'a', title: 'T', kind: 'news report' }, file: 'a.md', collection: '', paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })) };
}
/** The speaker of the words `words` in paragraph `n`. */
function who(d: SourceDocument, n: number, words: string): string | undefined {
  const text = d.paragraphs[n - 1]?.text ?? '';
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in paragraph ${n}: ${words}`);
  return speakerOf(d, n, start, start + words.length);
}

describe('a word in quotation marks that the story uses as its own', () => {
  it('leaves narration with a flagged term nobody’s, when the story prints the term unquoted too', () => {
    const d = article([
      'Senator Mara Quist predicted the Senate would block aid to the “contra” rebels.',
      'Quist said the vote would tell the White House its contra program is in trouble.',
    ]);
    expect(who(d, 1, 'Senator Mara Quist predicted the Senate would block aid to the “contra” rebels.')).toBeUndefined();
  });

  it('still hears a one-word quotation the story prints nowhere else', () => {
    const d = article(['Analyst Tom Reyes said 40 dlrs a share is a “decent” price for the company.']);
    expect(who(d, 1, "decent")).toBe('Tom Reyes');
  });
});
