import type { CliCommand } from '../command.js';
import { answerEachLine, UsageError, writeLine } from '../io.js';
import { openCorpus, parseOptions, scopeOf } from '../options.js';
import { renderQuoteCheckText } from '../renderText.js';

/** `prague quote [--json] "text"`: verbatim, edited, near or none, with who said it; with no text, one check per stdin line. */
export const quoteCommand: CliCommand = {
  name: 'quote',
  usage: 'prague quote [--json] [--in COLLECTION]… [--corpus DIR] "text"   (no text: one a line on stdin, JSON Lines out)',
  summary: 'check a quotation: verbatim, edited (cuts and [brackets]), near (the real wording, what differs) or not in the sources, and who said it',
  async run(args, io) {
    const options = parseOptions(args);
    if (options.positionals.length === 0 && io.stdin.isTTY) {
      throw new UsageError('no text: prague quote "no positive influence" (or pipe quotes on standard input, one a line)');
    }
    const desk = await openCorpus(options, io);
    const scope = scopeOf(options, desk);
    if (options.positionals.length > 0) {
      const check = desk.checkQuote(options.positionals.join(' '), { scope });
      await writeLine(io.stdout, options.json ? JSON.stringify(check) : renderQuoteCheckText(check));
      return 0;
    }
    return answerEachLine(io, (line) => desk.checkQuote(line, { scope }), (line, error) => ({ text: line, error: error.message, verdict: 'none', matches: [] }));
  },
};
