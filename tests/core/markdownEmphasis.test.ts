import { describe, expect, it } from 'vitest';
import { removeEmphasisMarkers, withoutEmphasisCharacters } from '../../src/core/corpus/markdownEmphasis.js';

describe('removeEmphasisMarkers', () => {
  it('removes bold and emphasis markers, both spellings, nested and over a line break', () => {
    expect(removeEmphasisMarkers('**Q: Will the tender reopen?**')).toBe('Q: Will the tender reopen?');
    expect(removeEmphasisMarkers('__Q: Will the tender reopen?__')).toBe('Q: Will the tender reopen?');
    expect(removeEmphasisMarkers('The board said *no*, and _then_ left.')).toBe('The board said no, and then left.');
    expect(removeEmphasisMarkers('***Breaking***: the **port _will_ reopen**')).toBe('Breaking: the port will reopen');
    expect(removeEmphasisMarkers('**Is that espionage\nor preparation?**')).toBe('Is that espionage\nor preparation?');
    expect(removeEmphasisMarkers('*“We will not sign,” she said.*')).toBe('“We will not sign,” she said.');
    expect(removeEmphasisMarkers('**Read more: https://example.com/a_b**')).toBe('Read more: https://example.com/a_b');
  });

  it('leaves asterisks and underscores that are text as they are', () => {
    const text = [
      'Inflation is 5 * 3 per cent, a lone * here.', // arithmetic, a lone asterisk
      'Revenue rose 4%* in the year.', // a footnote mark
      'The field is called tender_reopen_date.', // snake_case
      'See https://example.com/_drafts_/report_2024.pdf or www.example.org/__init__.', // links written out
      '* first point\n* second point', // bullets
      'Type `*args` or `**kwargs` or ``a_b_`` in code.', // code spans
      'He called it s**t and f*cking stupid.', // asterisks inside a word
      '***', // a thematic break
      'Press (*) for the menu.', // between two punctuation marks
    ];
    for (const line of text) expect(removeEmphasisMarkers(line)).toBe(line);
  });

  it('leaves a marker nothing pairs with, and pairs the others', () => {
    expect(removeEmphasisMarkers('the *amended figure* and the total*')).toBe('the amended figure and the total*');
    expect(removeEmphasisMarkers('**unclosed bold and *closed em*')).toBe('**unclosed bold and closed em');
    expect(removeEmphasisMarkers('`code with *` then *em*')).toBe('`code with *` then em');
  });

  it('never loses a word: on generated text only `*` and `_` are ever removed, in place', () => {
    // A fixed pseudo-random sequence (no seedless randomness in tests): words, spaces, markers, punctuation.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['*', '**', '_', '__', ' ', 'word', 'snake_case', '5', '.', '“', '”', '`', '\n', 'https://x.org/_a_', '(', ')', 'é'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next(30); k >= 0; k--) text += pieces[next(pieces.length)];
      const out = removeEmphasisMarkers(text);
      expect(withoutEmphasisCharacters(out)).toBe(withoutEmphasisCharacters(text));
      // And the output is the input with some characters deleted (a subsequence), never reordered.
      let i = 0;
      for (const c of out) {
        while (i < text.length && text[i] !== c) i++;
        expect(i, `${JSON.stringify(text)} → ${JSON.stringify(out)}`).toBeLessThan(text.length);
        i++;
      }
    }
  });
});
