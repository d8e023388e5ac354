import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/core/corpus/loadCorpus.js';
import { BUNDLED_CORPUS_DIR, openDesk } from '../../src/core/desk.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

describe('loadCorpus', () => {
  it('loads the bundled corpus with the editor\'s metadata on top of the text\'s', async () => {
    const corpus = await loadCorpus(BUNDLED_CORPUS_DIR);
    expect(corpus.problems).toEqual([]);
    const byId = Object.fromEntries(corpus.documents.map((d) => [d.source.id, d.source]));
    expect(byId['china-watch-us-weak-link-in-5g-security']).toMatchObject({ outlet: 'China Watch', author: 'Li Zheng', kind: 'opinion', published: '2019-05-30T15:45' });
    expect(byId['prague-proposals-wire-report']).toEqual({ id: 'prague-proposals-wire-report', title: '30 Nations Pitch Internet Security Rules Amid Huawei Concern', kind: 'news report' });
  });

  it('reports a binary file by name and still loads the rest', async () => {
    const dir = tempCorpus({
      'bad.txt': Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x42, 0x00, 0xff, 0x0a]),
      'good.md': 'Good news\n\nThe minister welcomed the proposals.\n',
      'notes/empty.txt': '',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.source.id)).toEqual(['good']);
    expect(corpus.problems).toEqual([
      expect.objectContaining({ file: 'bad.txt', message: expect.stringMatching(/binary data, not text/) }),
      expect.objectContaining({ file: 'notes/empty.txt', message: 'empty file (0 bytes)' }),
    ]);
  });

  it('reports a bad sources.yml line and field without losing the documents', async () => {
    const dir = tempCorpus({
      'a.txt': 'Headline A\n\nBody of A.\n',
      'sources.yml': 'a.txt:\n  outlet: Daily\n  publishd: 2019-01-01\nmissing.txt:\n  kind: opinion\n',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents[0]?.source).toMatchObject({ outlet: 'Daily', title: 'Headline A' });
    expect(corpus.problems).toEqual([
      expect.objectContaining({ file: 'sources.yml', line: 3, field: 'publishd' }),
      expect.objectContaining({ file: 'sources.yml', message: expect.stringMatching(/missing.txt: no such document/) }),
    ]);
  });

  it('loads a document whose front matter has an unquoted colon, with a warning naming the file and line', async () => {
    const dir = tempCorpus({
      'inquest.md': '---\ntitle: Inquest: the stadium crush\noutlet: Daily Post\n---\nThe inquest into the stadium crush opened on Monday.\n',
      'broken.md': '---\ntitle: Inquest: the stadium crush\ntags:\n  - stadium\n---\nThe coroner adjourned the hearing.\n',
      'ok.txt': 'Other news\n\nThe council met on Tuesday.\n',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['inquest.md', 'ok.txt']);
    expect(corpus.documents[0]?.source).toEqual({ id: 'inquest', title: 'Inquest: the stadium crush', outlet: 'Daily Post' });
    expect(corpus.problems).toEqual([
      // Lines that are not all `key: value` keep today's refusal, naming the line.
      { file: 'broken.md', line: 2, message: expect.stringMatching(/^front matter is not valid YAML: /) },
      { file: 'inquest.md', line: 2, loaded: true, message: expect.stringMatching(/^front matter is not valid YAML \(.+\): read as plain "key: value" lines/) },
    ]);
    const desk = await openDesk(dir);
    expect(desk.sources().map((s) => s.title)).toContain('Inquest: the stadium crush');
    expect(desk.ask('stadium crush inquest').results[0]?.source.title).toBe('Inquest: the stadium crush');
  });

  it('quotes a bold Markdown line as its words: one sentence, found by a question and by a quote check', async () => {
    const dir = tempCorpus({
      'port-qa.md': '---\ntitle: Port tender Q&A\noutlet: Harbour Weekly\n---\nThe harbour master spoke to us on Friday.\n\n**Q: Will the tender reopen?**\n\nA: Yes. The board decided on Monday, and the tender will reopen in March.\n',
    });
    const desk = await openDesk(dir);
    expect(desk.corpus.documents[0]?.paragraphs[1]?.text).toBe('Q: Will the tender reopen?');
    expect(desk.ask('will the tender reopen').results.map((r) => r.quote)).toContain('Q: Will the tender reopen?');
    const check = desk.checkQuote('Will the tender reopen?');
    expect(check.verdict).toBe('verbatim');
    // Its place is in the loaded line: right after "Q: " (characters 3 to 26), no markers before it.
    expect(check.matches[0]?.place).toEqual({ paragraph: 2, start: 3, end: 26 });
  });

  it('refuses a missing folder with its name', async () => {
    await expect(loadCorpus('/no/such/folder')).rejects.toThrow(CorpusError);
    await expect(loadCorpus('/no/such/folder')).rejects.toThrow(/\/no\/such\/folder/);
  });
});
