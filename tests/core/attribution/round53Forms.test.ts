import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 53: a name of three words after an office, a verbatim record's roster, written answers", () => {
  it("reads a name of three words after an office's words whole, and a two-word name after a place as before", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Senate passes canal authority bill"\noutlet: Dawn\nkind: news report\n---',
        'The bill was moved by Minister for Water Resources Shahid Mehmood Gondal, who said it would "end the culture of mistrust".',
        '"Not one drop," Mr Gondal told the house.',
        'Senior Minister of State for Manpower Koh Wei Ming said the advisory had "done its job".',
        'Minister for Wales David Jones said the scheme was "a good start".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'end the culture of mistrust')).toBe('Shahid Mehmood Gondal');
    expect(speakerOfWords(story, 2, 'Not one drop')).toBe('Shahid Mehmood Gondal');
    expect(speakerOfWords(story, 3, 'done its job')).toBe('Koh Wei Ming');
    expect(speakerOfWords(story, 4, 'a good start')).toBe('David Jones');
  });

  it("gives a verbatim record's \"The President:\" to the member its roster names, and reads a delegate's two-word name", () => {
    const record = markdownDocument(
      [
        '---\ntitle: "S/PV.9912"\noutlet: United Nations Security Council\nkind: meeting record\n---',
        'United Nations — S/PV.9912',
        'President: Ms. Halvorsen ........................ (Denmark)',
        'Protection of civilians in armed conflict',
        'The President: I welcome Ambassador Kirsten Halvorsen’s colleagues. I give the floor to Mrs. Persaud.',
        'Mrs. Persaud (Guyana): I have the honour to speak on behalf of the A3 Plus.',
        'Mr. Liu Wenjie (China) (spoke in Chinese): China thanks Denmark for convening the debate.',
        'Mr. Volkov (Russian Federation) (spoke in Russian): We have listened carefully to the briefers.',
        'The President: I now resume my functions as President of the Council.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 2, 'President: Ms. Halvorsen')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Protection of civilians')).toBeUndefined();
    expect(speakerOfWords(record, 6, 'China thanks Denmark')).toBe('Liu Wenjie');
    expect(speakerOfWords(record, 8, 'I now resume my functions')).toBe('Kirsten Halvorsen');
  });

  it('gives a written question to who asked it and the answer to who answered, and ends the answer at the next heading', () => {
    const answers = markdownDocument(
      [
        '---\ntitle: "Written questions and answers"\noutlet: UK Parliament\nkind: written answers\n---',
        '**Department of Health and Social Care**',
        '## NHS dentistry: Rural Areas',
        '**UIN 38114, tabled on 3 March 2025**',
        '**Asked by Helena Marchbank** (Liberal Democrat, North Devon Moors)',
        'Question',
        'To ask the Secretary of State for Health and Social Care, how many dental practices have handed back their contracts.',
        '**Answered by Tobias Wrenfield**, Minister of State (Health and Secondary Care)',
        'Answer',
        'Information on the number of contracts handed back in each county is not held centrally.',
        '## NHS dentistry: Children',
        '**UIN 38302, tabled on 4 March 2025**',
        '**Asked by Owain Pryderi** (Plaid Cymru, Ceredigion)',
        'Question',
        'To ask the Secretary of State for Health and Social Care, what recent assessment he has made of children’s access.',
        '**Answered by Karen Oduya**, Parliamentary Under-Secretary of State',
        'Answer',
        'NHS England publishes data on the number of patients seen by an NHS dentist.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(answers, 6, 'how many dental practices')).toBe('Helena Marchbank');
    expect(speakerOfWords(answers, 9, 'not held centrally')).toBe('Tobias Wrenfield');
    expect(speakerOfWords(answers, 10, 'NHS dentistry: Children')).toBeUndefined();
    expect(speakerOfWords(answers, 11, 'UIN 38302')).toBeUndefined();
    expect(speakerOfWords(answers, 14, 'what recent assessment')).toBe('Owain Pryderi');
    expect(speakerOfWords(answers, 17, 'NHS England publishes')).toBe('Karen Oduya');
  });
});
