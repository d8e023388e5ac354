import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocumentFiles, loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { EXTRACTION_VERSION } from '../../../src/core/corpus/extractionCache.js';
import { makePdf } from '../../helpers/makeDocuments.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

const story = (title: string) => `${title}\n\nThe council met on Monday and voted on the measure about ${title.toLowerCase()}.\n`;

describe('every file in the corpus folder is a source or a problem', () => {
  it('names unsupported types, empty files and files over the size limit; editor and hidden files are neither', async () => {
    const dir = tempCorpus({
      'wire.txt': story('Wire report'),
      'interview.m4a': Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]),
      'minutes.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
      'README': 'notes',
      'notes/empty.md': '',
      'sources.yml': 'wire.txt:\n  outlet: Wire\n',
      'synonyms.yml': '- [council, assembly]\n',
      '.DS_Store': Buffer.from([0, 1, 2]),
      '.git/config': '[core]',
      'drafts/~$statement.docx': Buffer.from([1]),
      'desks/sources.yml': 'x.txt:\n  outlet: Nobody\n',
    });
    writeFileSync(join(dir, 'huge.pdf'), '');
    truncateSync(join(dir, 'huge.pdf'), 101 * 1024 * 1024); // sparse: no disk used
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['wire.txt']);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.message]));
    expect(Object.keys(problems).sort()).toEqual(['README', 'desks/sources.yml', 'huge.pdf', 'interview.m4a', 'minutes.doc', 'notes/empty.md']);
    expect(problems['interview.m4a']).toMatch(/^unsupported type \.m4a \(supported: \.txt, .*\.pdf, .*\.docx\)/);
    expect(problems['minutes.doc']).toMatch(/save it as \.docx/);
    expect(problems['notes/empty.md']).toBe('empty file (0 bytes)');
    expect(problems['huge.pdf']).toMatch(/^larger than the 100 MB limit \(101\.0 MB\)/);
    expect(problems['desks/sources.yml']).toMatch(/only the corpus folder's own sources.yml counts/);
    expect(listDocumentFiles(dir)).toEqual(['huge.pdf', 'notes/empty.md', 'wire.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('names a file the app may not read', async () => {
    const dir = tempCorpus({ 'secret.txt': story('Secret'), 'open.txt': story('Open') });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([{ file: 'secret.txt', message: 'cannot be read: permission denied: let the app read it' }]);
  });

  it('loads linked files and folders wherever their targets live, and reports link cycles and broken links', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'prague-elsewhere-'));
    writeFileSync(join(elsewhere, 'shared-report.txt'), story('Shared report'));
    mkdirSync(join(elsewhere, 'archive'));
    writeFileSync(join(elsewhere, 'archive', 'old.md'), story('Old archive story'));
    const dir = tempCorpus({ 'local.txt': story('Local') });
    symlinkSync(join(elsewhere, 'shared-report.txt'), join(dir, 'linked.txt'));
    symlinkSync(join(elsewhere, 'archive'), join(dir, 'archive'));
    symlinkSync(dir, join(dir, 'loop'));
    mkdirSync(join(dir, 'deep'));
    symlinkSync(join(dir, 'deep'), join(dir, 'deep', 'again'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'dangling.txt'));

    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.file, d.source.title])).toEqual([
      ['archive/old.md', 'Old archive story'],
      ['linked.txt', 'Shared report'],
      ['local.txt', 'Local'],
    ]);
    expect(corpus.documents.find((d) => d.file === 'archive/old.md')!.collection).toBe('archive');
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.message]));
    expect(problems['loop/']).toMatch(/^link cycle: this folder link leads back to the corpus folder/);
    expect(problems['deep/again/']).toMatch(/^link cycle/);
    expect(problems['dangling.txt']).toMatch(/^broken link/);
  });
});

describe('extraction happens once', () => {
  it('keeps what a PDF was read as by the hash of its bytes, uses it on the next load, and reads again when the file changes or the entry is damaged', async () => {
    const dir = tempCorpus({ 'report.pdf': await makePdf([{ paragraphs: ['The original finding of the report on vendors.'] }]) });
    const cacheDir = mkdtempSync(join(tmpdir(), 'prague-extracted-'));
    const first = await loadCorpus(dir, { extractionCacheDir: cacheDir });
    const hash = first.documents[0]!.contentHash!;
    expect(readdirSync(cacheDir)).toEqual([`${hash}.json`]);

    // Proof that the second load reads the cache, not the PDF: an entry altered with a matching checksum is what loads.
    const entry = JSON.parse(readFileSync(join(cacheDir, `${hash}.json`), 'utf8'));
    expect(entry.version).toBe(EXTRACTION_VERSION);
    entry.document.paragraphs[0].text = 'Text from the cache.';
    entry.checksum = (await import('node:crypto')).createHash('sha256').update(JSON.stringify(entry.document)).digest('hex');
    writeFileSync(join(cacheDir, `${hash}.json`), JSON.stringify(entry));
    expect((await loadCorpus(dir, { extractionCacheDir: cacheDir })).documents[0]!.paragraphs[0]!.text).toBe('Text from the cache.');

    // A damaged entry (its checksum does not match) is never used.
    entry.document.paragraphs[0].text = 'Forged text.';
    writeFileSync(join(cacheDir, `${hash}.json`), JSON.stringify(entry));
    expect((await loadCorpus(dir, { extractionCacheDir: cacheDir })).documents[0]!.paragraphs[0]!.text).toBe('The original finding of the report on vendors.');

    // A changed file is read again, and the old entry goes.
    writeFileSync(join(dir, 'report.pdf'), await makePdf([{ paragraphs: ['The revised finding of the report on vendors.'] }]));
    const changed = await loadCorpus(dir, { extractionCacheDir: cacheDir });
    expect(changed.documents[0]!.paragraphs[0]!.text).toBe('The revised finding of the report on vendors.');
    expect(readdirSync(cacheDir)).toEqual([`${changed.documents[0]!.contentHash}.json`]);
  });
});
