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

describe("a planning inspector's decision, a charity's briefing and a union's bulletin to its members (round 34)", () => {
  it("gives a planning appeal decision to the inspector its byline names, and its hearing and appearances lines to no one", () => {
    const decision = madeUpDocument(
      [
        'Hearing held on 8 April 2025\nSite visit made on 8 April 2025',
        'Decision',
        '1. The appeal is allowed.',
        '2. I find that these measures would limit the harm to a low level.',
        'For the appellant:\nOliver Pennick, Pennick Planning Ltd',
        'Interested persons:\nEdwin Marsh, Example Society',
      ],
      { kind: 'planning appeal decision', outlet: 'The Planning Inspectorate', author: 'K. Delacourt' },
    );
    expect(speakerOfWords(decision, 4, 'I find that')).toBe('K. Delacourt');
    expect(speakerOfWords(decision, 1, 'Hearing held on')).toBeUndefined();
    expect(speakerOfWords(decision, 5, 'For the appellant')).toBeUndefined();
    expect(speakerOfWords(decision, 6, 'Edwin Marsh')).toBeUndefined();
  });

  it("gives a charity's policy briefing to its author without her role, and its repeated title, details line and publisher's footer to no one", () => {
    const briefing = madeUpDocument(
      [
        'Why the grant cut will cost more than it saves',
        'Examplia Climate Trust · January 2025 · Dr Selma Roe, Head of Policy',
        'We think this is a false economy. Our modelling suggests installations will fall.',
        'For further information contact Dr Selma Roe at policy@example.org.',
        'Examplia Climate Trust is a registered charity. This briefing may be reproduced with acknowledgement.',
      ],
      { kind: 'policy briefing', outlet: 'Examplia Climate Trust', author: 'Dr Selma Roe, Head of Policy', title: 'Briefing: Why the grant cut will cost more than it saves' },
    );
    expect(speakerOfWords(briefing, 3, 'We think')).toBe('Dr Selma Roe');
    expect(speakerOfWords(briefing, 1, 'Why the grant')).toBeUndefined();
    expect(speakerOfWords(briefing, 2, 'Examplia Climate Trust')).toBeUndefined();
    expect(speakerOfWords(briefing, 4, 'For further')).toBeUndefined();
    expect(speakerOfWords(briefing, 5, 'This briefing may')).toBeUndefined();
  });

  it("keeps a release's note saying what its issuer is the issuer's, with its contact after it", () => {
    const release = madeUpDocument(
      ['RIGA, 14 May 2025 – The Examplia Rail Authority today signed a contract for new signalling.', 'Notes to editors', 'The Examplia Rail Authority is the joint venture of three states responsible for the line. For more information, contact press@rail.example.'],
      { kind: 'press release', outlet: 'Examplia Rail Authority' },
    );
    expect(speakerOfWords(release, 3, 'The Examplia Rail Authority is')).toBe('Examplia Rail Authority');
  });

  it("gives a union's members' bulletin to the union, its president's letter to members to him, and the signature to no one", () => {
    const bulletin = madeUpDocument(
      [
        "From the President's desk",
        'Dear members,',
        'It has been a dry spring. I spent the last fortnight on farms across the county.',
        'Yours in the field,',
        "Gareth Pellow\nPresident, Examplia Farmers' Union",
        'Drought: what members are telling us',
        'We asked members in our May survey how the dry weather was affecting them.',
        'Our environment committee chair, Sue Marwood, has been through the guidance. "It is a decent scheme," she said.',
      ],
      { kind: "members' bulletin", outlet: "Examplia Farmers' Union" },
    );
    expect(speakerOfWords(bulletin, 3, 'I spent the last')).toBe('Gareth Pellow');
    expect(speakerOfWords(bulletin, 5, 'Gareth Pellow')).toBeUndefined();
    expect(speakerOfWords(bulletin, 7, 'We asked members')).toBe("Examplia Farmers' Union");
    expect(speakerOfWords(bulletin, 8, 'It is a decent')).toBe('Sue Marwood');
  });
});
