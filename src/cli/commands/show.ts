import { parseArgs } from 'node:util';
import { citationLine } from '../../core/citation.js';
import { FORMAT_NAMES } from '../../core/corpus/formats.js';
import type { SourceDocument } from '../../core/model.js';
import type { CliCommand } from '../command.js';
import { UsageError, writeLine } from '../io.js';
import { openCorpus, readWholeNumber } from '../options.js';

/**
 * Finds the document a person named: its id (`reports/eu-toolbox`), its file (`reports/eu-toolbox.pdf`),
 * or an id's last part when only one document has it (`eu-toolbox`).
 */
export function findDocument(documents: readonly SourceDocument[], name: string): SourceDocument | undefined {
  const wanted = name.trim().replace(/^\.\//, '');
  const exact = documents.find((d) => d.source.id === wanted || d.file === wanted);
  if (exact) return exact;
  const byLastPart = documents.filter((d) => d.source.id.split('/').pop() === wanted || d.file.split('/').pop() === wanted);
  return byLastPart.length === 1 ? byLastPart[0] : undefined;
}

/** `prague show`'s options. */
function parseShowArgs(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' }, page: { type: 'string' } } });
}

/**
 * `prague show DOC [--page N] [--json]`: a document's text exactly as indexed, paragraph by paragraph with
 * its numbers (and pages), so an editor can see what the desk quotes from: for a PDF, web page or Word
 * file that is the extracted text, and every quote is a substring of it.
 */
export const showCommand: CliCommand = {
  name: 'show',
  usage: 'prague show DOC [--page N] [--json] [--corpus DIR]',
  summary: "print a document's text as indexed, paragraph by paragraph with numbers (and pages)",
  async run(args, io) {
    let parsed: ReturnType<typeof parseShowArgs>;
    try {
      parsed = parseShowArgs(args);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('name one document: prague show china-watch-us-weak-link-in-5g-security (prague sources lists them)');
    const page = values.page === undefined ? undefined : readWholeNumber('--page', values.page, 1, 999_999);
    const desk = await openCorpus({ json: values.json ?? false, corpus: values.corpus, collections: [], positionals }, io);
    const name = positionals[0] as string;
    const doc = findDocument(desk.corpus.documents, name);
    if (!doc) {
      const problem = desk.problems.find((p) => p.file === name || p.file.replace(/\.[^./]+$/, '') === name);
      await writeLine(io.stderr, problem ? `prague show: ${problem.file} is not loaded: ${problem.message}` : `prague show: no document "${name}" on file (prague sources lists them)`);
      return 1;
    }
    if (page !== undefined && !doc.pages) {
      await writeLine(io.stderr, `prague show: ${doc.file} has no pages (--page is for PDFs)`);
      return 1;
    }
    if (page !== undefined && page > (doc.pages as number)) {
      await writeLine(io.stderr, `prague show: ${doc.file} has ${doc.pages} page${doc.pages === 1 ? '' : 's'}, not ${page}`);
      return 1;
    }
    // A paragraph belongs to the page it starts on (a paragraph running over a page break starts there).
    const paragraphs = page === undefined ? doc.paragraphs : doc.paragraphs.filter((p) => p.page === page);
    if (values.json) {
      const { paragraphs: _all, ...about } = doc;
      await writeLine(io.stdout, JSON.stringify({ document: about, ...(page !== undefined ? { page } : {}), paragraphs }));
      return 0;
    }
    const how = [FORMAT_NAMES[doc.format ?? 'text'], ...(doc.pages ? [`${doc.pages} page${doc.pages === 1 ? '' : 's'}`] : []), ...(doc.encoding ? [`decoded as ${doc.encoding}`] : [])];
    const lines = [citationLine(doc.source), `${doc.file} (${how.join(', ')}) · ${doc.paragraphs.length} paragraphs as indexed`];
    if (page !== undefined) lines.push(`page ${page}: ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} start here`);
    for (const p of paragraphs) lines.push('', `[${p.index}]${p.page ? ` p. ${p.page}` : ''}`, p.text);
    await writeLine(io.stdout, lines.join('\n'));
    return 0;
  },
};
