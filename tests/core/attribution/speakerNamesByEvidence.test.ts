import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

const document = (kind: string, ...paragraphs: string[]) => madeUpDocument(paragraphs, { kind, outlet: 'Example News' });

const story = (...paragraphs: string[]) => document('news', ...paragraphs);

describe('a role opening a person\'s name, read by its form (names10)', () => {
  it('drops a closed compound of a role word ("Headteacher" = head + teacher) before a given name and surname', () => {
    const d = story(
      'The council wants to close the village school.',
      "Headteacher Sarah Kirkby said staff were 'devastated' by the plan.",
      "'Our job is to teach the children whatever happens,' she said.",
    );
    expect(speakerOfWords(d, 3, 'Our job is to teach the children whatever happens,')).toBe('Sarah Kirkby');
  });
  it('keeps a given name the story also prints as a common word ("the will" is no role)', () => {
    const d = story('The estate went to court over the will.', '"It was never about money," said Will Henry Barton.');
    expect(speakerOfWords(d, 2, 'It was never about money,')).toBe('Will Henry Barton');
  });
  it('keeps a double given name that nothing in the story shows to be a role', () => {
    const d = story('The shop closes next week.', '"We have been here for forty years," said Mary Ann Cotter.');
    expect(speakerOfWords(d, 2, 'We have been here for forty years,')).toBe('Mary Ann Cotter');
  });
  it('keeps a first name that only looks like a compound ("Kingsley": too short a rest)', () => {
    const d = story('The festival opens on Friday.', '"It will be the biggest yet," said Kingsley Amis Brown.');
    expect(speakerOfWords(d, 2, 'It will be the biggest yet,')).toBe('Kingsley Amis Brown');
  });
});

describe('a common word capitalised only by its place at a sentence\'s start (names10)', () => {
  it('names nobody for "Diplomats said" in a story that prints "diplomats" in lower case', () => {
    const d = story(
      'Hardliners have blocked the reform, western diplomats said.',
      'Diplomats said the decision appeared to contradict assurances that reforms were not threatened by the campaign against "bourgeois liberalisation," or western ideas.',
    );
    expect(speakerOfWords(d, 2, 'bourgeois liberalisation,')).toBeUndefined();
  });
  it('still names a surname the story also prints capitalised inside a sentence', () => {
    const d = story(
      'The young team won again, and coach Young was pleased.',
      'Young said the win was "the best of the season."',
      '"We were ready," said Young.',
    );
    expect(speakerOfWords(d, 3, 'We were ready,')).toBe('Young');
    expect(speakerOfWords(d, 2, 'the best of the season.')).toBe('Young');
  });
});

describe("a UK committee transcript's labels (names10)", () => {
  const d = document(
    'transcript',
    'Members present: Louise Marsden (Chair); Priya Raman; Ben Whitlock.',
    'Witnesses: Diane Holloway, Managing Director, Northway Buses; Colin Fairley, Regional Organiser, Unite the Union.',
    'Q1 Chair: Good morning. When will services resume?',
    'Diane Holloway: I wish I could give you a date, Chair.',
    'Q2 Chair: Mr Fairley, why has that not been accepted?',
    'Colin Fairley: Because it is not 6.5%, Chair.',
    'Q3 Priya Raman: Ms Holloway, is that a fair description of your offer?',
    'Diane Holloway: It is not how I would describe it.',
    'Q4 Ben Whitlock: I have constituents who cannot get to work.',
    'Colin Fairley: I say I am sorry.',
  );
  it('reads the label after a question number ("Q4 Ben Whitlock:")', () => {
    expect(speakerOfWords(d, 9, 'I have constituents who cannot get to work.')).toBe('Ben Whitlock');
    expect(speakerOfWords(d, 7, 'is that a fair description of your offer?')).toBe('Priya Raman');
    // (The chair's label reads as printed or as the member the story names "(Chair)".)
    expect(['Chair', 'Louise Marsden']).toContain(speakerOfWords(d, 5, 'why has that not been accepted?'));
  });
  it('gives nobody the "Witnesses:" list of the speakers, and does not carry it into the next turn', () => {
    expect(speakerOfWords(d, 2, 'Diane Holloway, Managing Director')).toBeUndefined();
    expect(['Chair', 'Louise Marsden']).toContain(speakerOfWords(d, 3, 'When will services resume?'));
  });
  it('still reads a turn that names one other speaker in full as that turn\'s speaker', () => {
    const t = document(
      'transcript',
      'Anna Berg: I put the question to Tom Lee.',
      'Tom Lee: I will answer it.',
      'Anna Berg: Thank you.',
      'Tom Lee: The answer is no.',
    );
    expect(speakerOfWords(t, 1, 'I put the question to Tom Lee.')).toBe('Anna Berg');
  });
});
