import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { openDesk, type Desk } from '../../../src/core/desk.js';
import { renderAnswerText, renderQuoteCheckText } from '../../../src/cli/renderText.js';
import { renderAnswer } from '../../../src/slack/render/blocks.js';
import { renderQuoteChecks } from '../../../src/slack/render/quoteCheck.js';
import { makePdf } from '../../helpers/makeDocuments.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

const RISK = 'The Member States should assess the risk profile of suppliers and apply relevant restrictions for suppliers considered to be high risk, including necessary exclusions for key assets.';

/** A three-page report: a running header, "Page N of M" footers, a word hyphenated across a line, a paragraph across a page break. */
function report(info: { Title?: string; Author?: string } = { Title: 'Cybersecurity of 5G networks: EU Toolbox', Author: 'NIS Cooperation Group' }) {
  return makePdf(
    [
      { heading: 'EU Toolbox of risk mitigating measures', paragraphs: [RISK, 'Short paragraph on page one.'], lines: ['The toolbox is a non-binding instrument; its measures are interoper-', 'able and cover the whole network.'] },
      { paragraphs: ['Operators in every Member State should diversify their vendors, and the regulators should review the measures taken by the operators across the'] },
      { paragraphs: ['whole of the Union before the end of the year.', 'Huawei said it welcomed the objective approach.'] },
    ],
    { info, header: 'EU Toolbox \u2014 Restricted draft', pageNumbers: 'pageOf' },
  );
}

describe('PDF documents', () => {
  let desk: Desk;
  beforeAll(async () => {
    desk = await openDesk(tempCorpus({ 'reports/eu-toolbox.pdf': await report() }));
  });

  it('take title and author from the document information, and know their pages', () => {
    expect(desk.problems).toEqual([]);
    const [doc] = desk.corpus.documents;
    expect(doc).toMatchObject({ file: 'reports/eu-toolbox.pdf', collection: 'reports', format: 'pdf', pages: 3 });
    expect(doc!.source).toEqual({ id: 'reports/eu-toolbox', title: 'Cybersecurity of 5G networks: EU Toolbox', author: 'NIS Cooperation Group' });
    expect(doc!.paragraphs.map((p) => p.page)).toEqual([1, 1, 1, 1, 2, 3]);
  });

  it('read words hyphenated across a line break as one word, and a paragraph cut by a page break as one', () => {
    const texts = desk.corpus.documents[0]!.paragraphs.map((p) => p.text);
    expect(texts).toContain('The toolbox is a non-binding instrument; its measures are interoperable and cover the whole network.');
    expect(texts).toContain(RISK);
    expect(texts).toContain('Operators in every Member State should diversify their vendors, and the regulators should review the measures taken by the operators across the whole of the Union before the end of the year.');
  });

  it('leave running headers, footers and page numbers out of the passages', () => {
    const all = desk.corpus.documents[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Restricted draft/);
    expect(all).not.toMatch(/Page \d of 3/);
    expect(desk.ask('restricted draft').results.map((r) => r.quote).join('\n')).not.toMatch(/draft/i);
  });

  it('answer and check quotes verbatim from the extracted text, with the page in JSON and "p. N" in citations', () => {
    const check = desk.checkQuote('its measures are interoperable and cover the whole network');
    expect(check.verdict).toBe('verbatim');
    expect(check.matches[0]!.place).toMatchObject({ paragraph: 4, page: 1 });
    expect(JSON.parse(JSON.stringify(check)).matches[0].place.page).toBe(1);
    expect(renderQuoteCheckText(check)).toMatch(/"Cybersecurity of 5G networks: EU Toolbox", p\. 1, paragraph 4/);

    const answer = desk.ask('did Huawei welcome the approach');
    expect(answer.results[0]).toMatchObject({ quote: 'Huawei said it welcomed the objective approach.', place: { page: 3 } });
    expect(renderAnswerText(answer)).toContain('p. 3, paragraph 6');
    // Slack: the citation under each quote says the page too.
    expect(JSON.stringify(renderAnswer(answer).blocks)).toContain('p.\u00A03 \u00B7 \u00B66');
    expect(JSON.stringify(renderQuoteChecks([check]).blocks)).toContain('p.\u00A01 \u00B7 \u00B64');
  });

  it('take the title from the first heading when the document information has none, and invent none', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'headed.pdf': await report({}),
        'plain.pdf': await makePdf([{ paragraphs: ['Only body text here, set in one size. Nothing stands out as a heading.'] }]),
        'word-export.pdf': await makePdf([{ paragraphs: ['Body of a Word export.'] }], { info: { Title: 'Microsoft Word - draft3.docx' } }),
      }),
    );
    const byId = Object.fromEntries(corpus.documents.map((d) => [d.source.id, d.source]));
    expect(byId.headed).toEqual({ id: 'headed', title: 'EU Toolbox of risk mitigating measures' });
    expect(byId.plain).toEqual({ id: 'plain' });
    expect(byId['word-export']).toEqual({ id: 'word-export' });
  });

  it('name the problem of an encrypted, a scanned (image-only) and a damaged PDF; the rest still loads', async () => {
    const good = await report();
    const corpus = await loadCorpus(
      tempCorpus({
        'good.pdf': good,
        'locked.pdf': await makePdf([{ paragraphs: ['Secret minutes of the meeting.'] }], { userPassword: 'hunter2' }),
        'scan.pdf': await makePdf([{ paragraphs: ['unused'] }, { paragraphs: ['unused'] }], { imageOnly: true }),
        'cut-short.pdf': good.subarray(0, 400),
        'not-a-pdf.pdf': 'Hello, I am a text file with the wrong name.',
      }),
    );
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.pdf']);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.message]));
    expect(problems['locked.pdf']).toMatch(/^encrypted PDF/);
    expect(problems['scan.pdf']).toMatch(/^no text layer \(scanned\?\): needs OCR/);
    expect(problems['cut-short.pdf']).toMatch(/not a valid PDF|cannot be read as a PDF/);
    expect(problems['not-a-pdf.pdf']).toMatch(/not a valid PDF|cannot be read as a PDF/);
  });
});
