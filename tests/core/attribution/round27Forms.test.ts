import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('a report signed by one person (round 27)', () => {
  const findings = [
    'Report to the Secretary of State',
    'by Martin Achterberg BA MRTPI, an Inspector appointed by the Secretary of State',
    '1.1 I held a round-table session on housing supply on 4 March.',
    '5.2 On landscape, I found the appellant’s evidence unpersuasive.',
    '6.1 I recommend that the appeal be dismissed.',
  ];

  it('gives its own text to the one who signed it, not the body that issued it', () => {
    const report = madeUpDocument(findings, { kind: 'report', outlet: 'The Planning Inspectorate', author: 'Martin Achterberg', title: 'Appeal by Kestrel Homes Ltd' });
    expect(speakerOfWords(report, 5, 'I recommend that the appeal be dismissed.')).toBe('Martin Achterberg');
    expect(speakerOfWords(report, 3, 'I held a round-table')).toBe('Martin Achterberg');
  });

  it('keeps a report signed by two, or by a body, its issuer’s', () => {
    const byTwo = madeUpDocument(findings, { kind: 'report', outlet: 'Centre for Housing Policy', author: 'Martin Achterberg, Ruth Odell', title: 'Supply and appeal' });
    expect(speakerOfWords(byTwo, 5, 'I recommend that the appeal be dismissed.')).toBe('Centre for Housing Policy');
    const byUnit = madeUpDocument(findings, { kind: 'report', outlet: 'Centre for Housing Policy', author: 'Housing Research Unit', title: 'Supply and appeal' });
    expect(speakerOfWords(byUnit, 5, 'I recommend that the appeal be dismissed.')).toBe('Centre for Housing Policy');
  });
});
