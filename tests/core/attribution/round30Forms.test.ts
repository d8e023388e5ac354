import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('what an organisation issues under other names than a release (round 30)', () => {
  it('gives a press note, a results announcement, a corrections column and a situation report to their issuer', () => {
    const issued = (kind: string, outlet: string, sentence: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet }), 2, sentence.slice(0, 20));
    expect(issued('press note', 'Election Commission of India', 'The Commission today published the draft rolls for the State of Meghalaya.')).toBe('Election Commission of India');
    expect(issued('results announcement', 'Corrib Homes plc', 'Revenue rose by 18% to €412.6 million in the first half of the year.')).toBe('Corrib Homes plc');
    expect(issued('interim results', 'Corrib Homes plc', 'Revenue rose by 18% to €412.6 million in the first half of the year.')).toBe('Corrib Homes plc');
    expect(issued('corrections', 'The New York Times', 'An article on Monday misstated the number of households in the program.')).toBe('The New York Times');
    expect(issued('situation report', 'OCHA', 'At least 23 people have died and 148 have been injured in the cyclone.')).toBe('OCHA');
  });

  it('leaves journalism about results to nobody', () => {
    const story = madeUpDocument(['The Labour candidate won the seat by 412 votes after two recounts.'], { kind: 'election results', outlet: 'The Courier' });
    expect(speakerOfWords(story, 1, 'The Labour candidate')).toBeUndefined();
  });

  it('gives a circular, a board paper and a review to the one who signs it', () => {
    const signed = (kind: string, author: string, sentence: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet: 'The Publisher', author }), 2, sentence.slice(0, 20));
    expect(signed('circular', 'R. Sekharan', 'We have been informing you from time to time about the developments.')).toBe('R. Sekharan');
    expect(signed('board papers', 'Dr Fiona Lister', 'I am enormously proud of our maternity team and what they achieved.')).toBe('Dr Fiona Lister');
    expect(signed('review', 'Marguerite Lacasse', 'There is a shot about 20 minutes into the film that I cannot shake.')).toBe('Marguerite Lacasse');
  });

  it('reads the contacts under "For further information, please contact:" or "Enquiries" as layout', () => {
    const update = madeUpDocument(
      ['Houses were damaged across the province, and partners are distributing shelter kits.', 'For further information, please contact:', 'Paulo Nhantumbo, Head of Office, OCHA Mozambique, nhantumbo@un.org'],
      { kind: 'situation report', outlet: 'OCHA' },
    );
    expect(speakerOfWords(update, 1, 'Houses were damaged')).toBe('OCHA');
    expect(speakerOfWords(update, 3, 'Paulo Nhantumbo')).toBeUndefined();
    const results = madeUpDocument(['Revenue rose by 18% in the first half.', 'Enquiries', 'Corrib Homes plc\nCiarán Fallon, Chief Executive Officer\n+353 1 555 0148', 'A conference call will be held at 9.00am today.'], {
      kind: 'results announcement',
      outlet: 'Corrib Homes plc',
    });
    expect(speakerOfWords(results, 3, 'Ciarán Fallon')).toBeUndefined();
    expect(speakerOfWords(results, 4, 'A conference call')).toBe('Corrib Homes plc');
  });

  it('reads a situation report’s "Needs:" and "Response:" as its own fields, not speakers', () => {
    const update = madeUpDocument(
      ['Needs: Displaced families in accommodation centres urgently need shelter.', 'Response: Shelter Cluster partners have distributed 1,850 kits.', 'Gaps: Current stocks cover less than 30 per cent of needs.'],
      { kind: 'situation report', outlet: 'OCHA' },
    );
    expect(speakerOfWords(update, 1, 'Displaced families')).toBe('OCHA');
    expect(speakerOfWords(update, 2, 'Shelter Cluster partners')).toBe('OCHA');
    expect(speakerOfWords(update, 3, 'Current stocks')).toBe('OCHA');
  });
});

describe('a meeting’s questions and answers under headings (round 30)', () => {
  it('reads "Question 1 – Name, shareholder" and "Response – Name, Chief Executive" headings as their speakers', () => {
    const meeting = madeUpDocument(
      [
        'Dame Frances Whitcombe, Chair',
        'We now come to the part of the meeting where shareholders can ask questions.',
        'Question 1 – Mr Peter Rangi, shareholder (in the room)',
        'My question is about the lake levels. What went wrong?',
        'Response – Mike Tāwhai, Chief Executive',
        'Thank you, Mr Rangi, it is a fair question. Inflows were the lowest on record.',
        'Question 2 – Ms Li Na Chen, shareholder (submitted online)',
        'Can the Board explain why the dividend was cut?',
        'Response – Dame Frances Whitcombe, Chair',
        'The Board does not take a dividend decision lightly.',
        'Response – Mike Tāwhai, Chief Executive',
        'I would add that the payout ratio stayed within the policy.',
      ],
      { kind: 'shareholder meeting Q&A', outlet: 'Aotea Energy Limited' },
    );
    inBold(meeting, [0, 2, 4, 6, 8, 10]);
    expect(speakerOfWords(meeting, 4, 'My question is about')).toBe('Peter Rangi');
    expect(speakerOfWords(meeting, 6, 'Inflows were the lowest')).toBe('Mike Tāwhai');
    expect(speakerOfWords(meeting, 8, 'Can the Board explain')).toBe('Li Na Chen');
    expect(speakerOfWords(meeting, 10, 'The Board does not take')).toBe('Frances Whitcombe');
    expect(speakerOfWords(meeting, 3, 'Question 1')).toBeUndefined();
  });
});

describe('a record’s fields (round 30)', () => {
  it('reads Singapore’s Hansard header fields as nobody’s', () => {
    const record = madeUpDocument(
      [
        'Parliament No: 15',
        'Sitting Date: 5-11-2025',
        'Section Name: Oral Answers to Questions',
        'Mr Speaker: Question No 3.',
        'The Minister for Manpower (Dr Tan See Leng): Sir, the Ministry requires rest breaks in shaded areas.',
        'Mr Speaker: Ms Nurul Huda.',
        'Ms Nurul Huda binte Rahmat (Nominated Member): Will the Ministry ask the operators to publish their data?',
      ],
      { kind: 'hansard', outlet: 'Parliament of Singapore' },
    );
    expect(speakerOfWords(record, 1, 'Parliament No')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Oral Answers')).toBeUndefined();
  });
});
