import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { openDesk } from '../../../src/core/desk.js';
import { makeDocx } from '../../helpers/makeDocuments.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

describe('Word documents (.docx)', () => {
  it('read body paragraphs and headings in order, with title and author from the core properties', async () => {
    const docx = await makeDocx(
      [
        { text: 'Statement on the Prague Proposals', heading: 1 },
        { text: 'The Ministry of Industry welcomes the Prague Proposals on 5G security and will apply them.' },
        { text: 'Next steps', heading: 2 },
        { text: 'We will consult the operators on a timetable before the summer.' },
      ],
      { title: 'Ministry statement on 5G security', creator: 'Ministry of Industry and Trade' },
    );
    const desk = await openDesk(tempCorpus({ 'statements/ministry.docx': docx }));
    expect(desk.problems).toEqual([]);
    const [doc] = desk.corpus.documents;
    expect(doc).toMatchObject({ format: 'docx', collection: 'statements' });
    expect(doc!.source).toMatchObject({ id: 'statements/ministry', title: 'Ministry statement on 5G security', author: 'Ministry of Industry and Trade' });
    expect(doc!.source.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(doc!.paragraphs.map((p) => p.text)).toEqual([
      'Statement on the Prague Proposals',
      'The Ministry of Industry welcomes the Prague Proposals on 5G security and will apply them.',
      'Next steps',
      'We will consult the operators on a timetable before the summer.',
    ]);
    expect(desk.checkQuote('will consult the operators on a timetable').verdict).toBe('verbatim');
  });

  it('take the title from an opening heading when the properties have none, and a byline under it as the author', async () => {
    const docx = await makeDocx([{ text: 'Why 5G needs trust', heading: 1 }, { text: 'By Petra Svobodova' }, { text: 'Trust cannot be bought with cheap equipment, and networks last for decades.' }]);
    const [doc] = (await loadCorpus(tempCorpus({ 'op-ed.docx': docx }))).documents;
    expect(doc!.source).toMatchObject({ title: 'Why 5G needs trust', author: 'Petra Svobodova' });
    expect(doc!.paragraphs.map((p) => p.text)).toEqual(['Why 5G needs trust', 'Trust cannot be bought with cheap equipment, and networks last for decades.']);
  });

  it('name the problem of an encrypted, a damaged and an empty Word file', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const corpus = await loadCorpus(
      tempCorpus({
        'locked.docx': ole,
        'broken.docx': 'PK this is not really a zip file',
        'blank.docx': await makeDocx([]),
      }),
    );
    expect(corpus.documents).toEqual([]);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.message]));
    expect(problems['locked.docx']).toMatch(/^encrypted \(password-protected\) Word file/);
    expect(problems['broken.docx']).toMatch(/^not a valid \.docx/);
    expect(problems['blank.docx']).toMatch(/has no text/);
  });
});
