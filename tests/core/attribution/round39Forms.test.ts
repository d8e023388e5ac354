import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 39', () => {
  it('gives each letter a page prints under a rule, with no announcement, to the one who signs it', () => {
    const page = madeUpDocument(
      [
        'Each quarter we publish one complaint that was brought to us, together with the reply.',
        '---',
        '3 Mill Row\nHalden\nWessex',
        '4 March 2025',
        'Dear Mr Pike,',
        'I am writing to complain about the closure of the Mill Lane surgery. Nobody asked us.',
        'Yours sincerely,',
        'Ann Whitlow',
        '---',
        'Daniel Pike\nChief Executive',
        '2 April 2025',
        'Dear Mrs Whitlow,',
        'Thank you for your letter. I am sorry that we did not consult you.',
        'Yours sincerely,',
        'Daniel Pike\nChief Executive',
        '---',
        'If you need help making a complaint, call us on 01632 960 000.',
      ],
      { kind: 'letters', outlet: 'Healthwatch Wessex' },
    );
    expect(speakerOfWords(page, 6, 'Nobody asked us')).toBe('Ann Whitlow');
    expect(speakerOfWords(page, 13, 'I am sorry that we')).toBe('Daniel Pike');
    expect(speakerOfWords(page, 8, 'Ann Whitlow')).toBeUndefined();
  });
});
