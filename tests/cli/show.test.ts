import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/makeDocuments.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;

function prague(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [CLI, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    }).stdin?.end();
  });
}

let dir: string;
beforeAll(async () => {
  dir = tempCorpus({
    'reports/toolbox.pdf': await makePdf(
      [
        { heading: 'EU Toolbox', paragraphs: ['The toolbox asks operators to diversify their vendors.'], lines: ['Measures must be interoper-', 'able across the Union.'] },
        { paragraphs: ['High-risk suppliers should be excluded from core network functions.'] },
      ],
      { info: { Title: 'Cybersecurity of 5G networks: EU Toolbox' }, header: 'Restricted draft', pageNumbers: true },
    ),
    'legacy.txt': Buffer.concat([Buffer.from('Legacy export\n\nThe minister said: ', 'latin1'), Buffer.from([0x93]), Buffer.from('No comment.', 'latin1'), Buffer.from([0x94, 0x0a])]),
    'interview.m4a': Buffer.from([0, 0, 0, 0x20]),
  });
});

describe('prague show', () => {
  it('prints a PDF\u2019s text as indexed, paragraph by paragraph with numbers and pages', async () => {
    const { code, stdout } = await prague(['show', 'reports/toolbox', '--corpus', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('"Cybersecurity of 5G networks: EU Toolbox"');
    expect(stdout).toContain('reports/toolbox.pdf (PDF, 2 pages) · 4 paragraphs as indexed');
    expect(stdout).toContain('[3] p. 1\nMeasures must be interoperable across the Union.');
    expect(stdout).toContain('[4] p. 2\nHigh-risk suppliers should be excluded from core network functions.');
    expect(stdout).not.toContain('Restricted draft');
  });

  it('--page N shows the paragraphs starting on that page; --json gives the exact text every quote is a substring of', async () => {
    const page = await prague(['show', 'toolbox', '--page', '2', '--corpus', dir]);
    expect(page.stdout).toContain('[4] p. 2');
    expect(page.stdout).not.toContain('[1] p. 1');
    const { stdout } = await prague(['show', 'reports/toolbox.pdf', '--json', '--corpus', dir]);
    const shown = JSON.parse(stdout);
    expect(shown.document).toMatchObject({ file: 'reports/toolbox.pdf', format: 'pdf', pages: 2, source: { title: 'Cybersecurity of 5G networks: EU Toolbox' } });
    expect(shown.paragraphs.map((p: { page: number }) => p.page)).toEqual([1, 1, 1, 2]);
    const check = JSON.parse((await prague(['quote', '--json', 'Measures must be interoperable across the Union', '--corpus', dir])).stdout);
    expect(check.verdict).toBe('verbatim');
    expect(shown.paragraphs[2].text).toContain(check.matches[0].quote);
    expect(check.matches[0].place).toMatchObject({ paragraph: 3, page: 1 });
  });

  it('names what is wrong: an unknown document, a document not loaded, a page out of range', async () => {
    expect(await prague(['show', 'nothing-like-it', '--corpus', dir])).toMatchObject({ code: 1, stderr: expect.stringContaining('no document "nothing-like-it" on file') });
    expect(await prague(['show', 'interview.m4a', '--corpus', dir])).toMatchObject({ code: 1, stderr: expect.stringContaining('interview.m4a is not loaded: unsupported type .m4a') });
    expect(await prague(['show', 'toolbox', '--page', '9', '--corpus', dir])).toMatchObject({ code: 1, stderr: expect.stringContaining('has 2 pages, not 9') });
    expect(await prague(['show', 'toolbox', '--page', '0x2', '--corpus', dir])).toMatchObject({ code: 2 });
    expect(await prague(['show', '--corpus', dir])).toMatchObject({ code: 2 });
  });
});

describe('prague sources and check on a folder with problems', () => {
  it('sources --json lists the problems, and which decoding was used when not UTF-8; text says it too', async () => {
    const { code, stdout } = await prague(['sources', '--json', '--corpus', dir]);
    expect(code).toBe(0);
    const { sources, problems } = JSON.parse(stdout);
    expect(problems).toEqual([{ file: 'interview.m4a', message: expect.stringMatching(/^unsupported type \.m4a \(supported: /) }]);
    expect(sources.find((s: { id: string }) => s.id === 'legacy')).toMatchObject({ encoding: 'windows-1252', format: 'text' });
    expect(sources.find((s: { id: string }) => s.id === 'reports/toolbox')).toMatchObject({ pages: 2, format: 'pdf', file: 'reports/toolbox.pdf' });
    const text = await prague(['sources', '--corpus', dir]);
    expect(text.stdout).toContain('decoded as windows-1252');
    expect(text.stdout).toContain('2 pages');
    expect(text.stderr).toContain('warning: interview.m4a: unsupported type .m4a');
    expect((await prague(['show', 'legacy', '--corpus', dir])).stdout).toContain('The minister said: \u201CNo comment.\u201D');
  });

  it('check exits 1 on them', async () => {
    const { code, stdout } = await prague(['check', '--json', '--corpus', dir]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, documents: 2, problems: [expect.objectContaining({ file: 'interview.m4a' })] });
  });
});
