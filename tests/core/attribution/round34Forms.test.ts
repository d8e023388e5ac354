import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('diaries, memoirs and letters a paper prints in full (round 34)', () => {
  const entries = [
    'Jana Holub, a geologist, spent the winter at Examplia Station. These entries are taken from her forthcoming book.',
    'Monday 29 April',
    'Last plane out at 11.40. I may as well start.',
    'Base commander Petra Berg gathered us in the galley. "Be kind to each other," she said.',
    'The Long Night by Jana Holub is published by Example Books on 6 July at £18.99. To order a copy go to the shop.',
  ];

  it("gives a diary's entries to its writer, not the magazine's standfirst about her nor its note on her book, nor the quotations in it", () => {
    const diary = madeUpDocument(entries, { kind: 'diary excerpt', outlet: 'Example Magazine', author: 'Jana Holub' });
    expect(speakerOfWords(diary, 3, 'Last plane out')).toBe('Jana Holub');
    expect(speakerOfWords(diary, 4, 'Base commander')).toBe('Jana Holub');
    expect(speakerOfWords(diary, 4, 'Be kind')).toBe('Petra Berg');
    expect(speakerOfWords(diary, 1, 'Jana Holub, a geologist')).toBeUndefined();
    expect(speakerOfWords(diary, 5, 'The Long Night by')).toBeUndefined();
    const memoir = madeUpDocument(entries.slice(1, 4), { kind: 'memoir extract', outlet: 'Example Books', author: 'Jana Holub' });
    expect(speakerOfWords(memoir, 2, 'Last plane out')).toBe('Jana Holub');
  });

  it('gives a diary its title names to that diarist, and leaves an annotated one, whose editor speaks between the entries, to no one', () => {
    const titled = madeUpDocument(entries.slice(1, 4), { kind: 'diary extracts', outlet: 'Example Archive', author: 'Tomas Novak', title: 'The 1944 diary of Anna Vesela' });
    expect(speakerOfWords(titled, 2, 'Last plane out')).toBe('Anna Vesela');
    const annotated = madeUpDocument(entries.slice(1, 4), { kind: 'annotated diary extracts', outlet: 'Example Archive', author: 'Anna Vesela' });
    expect(speakerOfWords(annotated, 2, 'Last plane out')).toBeUndefined();
  });

  it("gives a letter a paper prints in full after its address blocks to its signer, not the paper's note nor the letter's section headings", () => {
    const story = madeUpDocument(
      [
        'Dr Mira Kaur stepped down as director on Thursday. She asked that her letter be published in full.',
        '---',
        'Dr Mira Kaur\nDirector\nExample Maritime Museum',
        '2 May 2024',
        'Mr Tom Hale\nChair, Board of Trustees',
        'Dear Tom,',
        'I am writing to resign as director of the museum.',
        'The collection',
        'The models are not decorative objects.',
        'Yours sincerely,',
        'Mira Kaur',
        'A spokesperson for the museum said the board would meet on Monday.',
      ],
      { kind: 'resignation letter', outlet: 'Example Echo' },
    );
    expect(speakerOfWords(story, 7, 'I am writing')).toBe('Mira Kaur');
    expect(speakerOfWords(story, 9, 'The models')).toBe('Mira Kaur');
    expect(speakerOfWords(story, 8, 'The collection')).toBeUndefined();
    expect(speakerOfWords(story, 1, 'She asked')).toBeUndefined();
    expect(speakerOfWords(story, 12, 'A spokesperson')).toBeUndefined();
  });
});
