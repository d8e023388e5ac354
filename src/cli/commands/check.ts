import { problemPlace } from '../../core/model.js';
import type { CliCommand } from '../command.js';
import { writeLine } from '../io.js';
import { openCorpus, parseOptions } from '../options.js';

/**
 * `prague check`: validates the corpus folder (documents, sources.yml, synonyms.yml, positions.yml with
 * every quote verified) and exits non-zero on any problem: for editors before they commit, and for CI.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'prague check [--json] [--corpus DIR]',
  summary: 'validate the corpus, sources.yml, synonyms.yml and positions.yml (every quote verified)',
  async run(args, io) {
    const options = parseOptions(args);
    // The problems of documents, sources.yml and synonyms.yml are the warnings openCorpus prints: in text
    // they are the command's output (standard output); with --json they are in the JSON.
    const desk = await openCorpus(options, options.json ? io : { ...io, stderr: io.stdout });
    const problems = desk.allProblems();
    if (options.json) {
      await writeLine(io.stdout, JSON.stringify({ ok: problems.length === 0, documents: desk.corpus.documents.length, problems }));
    } else {
      for (const p of desk.comparisonProblems) await writeLine(io.stdout, `error: ${problemPlace(p)}: ${p.message}`);
      const topics = desk.comparison?.topics.length ?? 0;
      const quotes = desk.comparison?.topics.reduce((n, t) => n + t.positions.reduce((m, p) => m + p.quotes.length, 0), 0) ?? 0;
      await writeLine(
        io.stdout,
        problems.length === 0
          ? `ok: ${desk.corpus.documents.length} documents, ${desk.synonyms.length} synonym groups, ${topics} comparison topics with ${quotes} verified quotes`
          : `${problems.length} problem${problems.length === 1 ? '' : 's'} found`,
      );
    }
    return problems.length === 0 ? 0 : 1;
  },
};
