import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/corpus/parseDocument.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 41', () => {
  it("reads a planning inquiry transcript's header in capitals: the inspector on lines of his own, counsel in the appearances", () => {
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Dunmere Quarry extension inquiry: transcript of Day 2"\noutlet: Planning Inspectorate\nkind: transcript\n---',
        'PLANNING INSPECTORATE',
        'APPEAL BY NORTHCOTE AGGREGATES LIMITED',
        'Before:\nMS HELEN TREGARTHEN BSc (Hons) MRTPI\n(The Inspector)',
        'APPEARANCES\nFor the Appellant: MR SIMON ACKROYD KC, instructed by Holt Brennan LLP\nFor the Council: MS PRIYA ANAND, of counsel',
        'THE INSPECTOR: Good morning. Mr Ackroyd, your witness.',
        'MR ACKROYD: Thank you, madam. I call Mr Gareth Lowry.',
        'MR GARETH LOWRY (affirmed)',
        'Examination-in-chief by MR ACKROYD',
        'Q. Mr Lowry, please give the inquiry your full name.',
        'A. Gareth Lowry. I am the company\'s planning director.',
        'Q. Why is the extension needed?',
        'A. Because the existing reserves run out in 2029.',
        'MR ACKROYD: Thank you. Those are my questions.',
        'THE INSPECTOR: Ms Anand?',
        'MS ANAND: Nothing from me, madam.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 3, 'MS HELEN TREGARTHEN')).toBeUndefined();
    expect(speakerOfWords(inquiry, 4, 'For the Appellant')).toBeUndefined();
    expect(speakerOfWords(inquiry, 5, 'your witness')).toBe('Helen Tregarthen');
    expect(speakerOfWords(inquiry, 6, 'I call Mr Gareth Lowry')).toBe('Simon Ackroyd');
    expect(speakerOfWords(inquiry, 9, 'please give the inquiry')).toBe('Simon Ackroyd');
    expect(speakerOfWords(inquiry, 10, "company's planning director")).toBe('Gareth Lowry');
    expect(speakerOfWords(inquiry, 12, 'existing reserves run out')).toBe('Gareth Lowry');
    expect(speakerOfWords(inquiry, 15, 'Nothing from me')).toBe('Priya Anand');
  });

  it("gives a lecture's, an open letter's and a blog post's own text to the author by name, without the byline's titles", () => {
    const lecture = madeUpDocument(['I want to talk tonight about patience, and about the instruments that taught it to me.'], { kind: 'lecture', author: 'Professor Dame Ruth Okonjo-Lane' });
    expect(speakerOfWords(lecture, 1, 'I want to talk tonight')).toBe('Ruth Okonjo-Lane');
    const blog = madeUpDocument(['Every museum has drawers that nobody has opened in a long time. Ours has rather a lot of them.'], { kind: 'blog post', author: 'Dr Imke Vasquez-Hall' });
    expect(speakerOfWords(blog, 1, 'Ours has rather a lot')).toBe('Imke Vasquez-Hall');
    // (A judge's office stays: "Mrs Justice Hartley" is no Ms Justice Hartley.)
    const judgment = madeUpDocument(['I have reached the conclusion that the claim must fail.'], { kind: 'judgment', author: 'Mrs Justice Hartley' });
    expect(speakerOfWords(judgment, 1, 'the claim must fail')).toBe('Mrs Justice Hartley');
  });

  it("gives an incident investigation report's findings to the body that issues it", () => {
    const report = madeUpDocument(
      ['1.1 At about 14:40 on 22 August, tritiated water vapour was released from a glovebox in Laboratory 4.', '1.2 No activity was detected beyond the site boundary.'],
      { kind: 'incident investigation report', outlet: 'Farrowmere National Laboratory' },
    );
    expect(speakerOfWords(report, 2, 'No activity was detected')).toBe('Farrowmere National Laboratory');
  });
});

function markdownDocument(text: string): SourceDocument {
  const parsed = parseDocument(text, { markdown: true });
  return { source: { id: 'a', title: 'T', kind: 'news report', ...parsed.source }, file: 'a.md', collection: '', paragraphs: parsed.paragraphs };
}
