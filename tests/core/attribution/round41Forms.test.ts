import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/corpus/parseDocument.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { speakerOfWords } from './madeUpDocument.js';

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

});

function markdownDocument(text: string): SourceDocument {
  const parsed = parseDocument(text, { markdown: true });
  return { source: { id: 'a', title: 'T', kind: 'news report', ...parsed.source }, file: 'a.md', collection: '', paragraphs: parsed.paragraphs };
}
