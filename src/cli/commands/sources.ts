import type { CliCommand } from '../command.js';
import { writeLine } from '../io.js';
import { openCorpus, parseOptions, scopeOf } from '../options.js';
import { renderSourcesText } from '../renderText.js';

/** `prague sources [--json]`: the documents on file, newest first, and any file that failed to load. */
export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: 'prague sources [--json] [--in COLLECTION]… [--corpus DIR]',
  summary: 'list the documents on file (title, outlet, author, date, genre)',
  async run(args, io) {
    const options = parseOptions(args);
    const desk = await openCorpus(options, io);
    const sources = desk.sources(scopeOf(options, desk));
    if (options.json) {
      await writeLine(io.stdout, JSON.stringify({ sources, problems: desk.problems }));
    } else {
      await writeLine(io.stdout, renderSourcesText(sources));
    }
    return 0;
  },
};
