import type { CliCommand } from '../command.js';
import { answerEachLine, UsageError, writeLine } from '../io.js';
import { openCorpus, parseOptions, scopeOf } from '../options.js';
import { renderAnswerText } from '../renderText.js';

/** `prague ask [--json] [--limit N] "question"`; with no question, one JSON line per line of stdin. */
export const askCommand: CliCommand = {
  name: 'ask',
  usage: 'prague ask [--json] [--limit N] [--in COLLECTION]… [--corpus DIR] "question"   (no question: one a line on stdin, JSON Lines out)',
  summary: 'answer a question with verbatim quotes and their citations',
  async run(args, io) {
    const options = parseOptions(args);
    const question = options.positionals.join(' ');
    if (options.positionals.length === 0 && io.stdin.isTTY) {
      throw new UsageError('no question: prague ask "who attended" (or pipe questions on standard input, one a line)');
    }
    const desk = await openCorpus(options, io);
    const limit = options.limit ?? 3;
    const scope = scopeOf(options, desk);
    if (options.positionals.length > 0) {
      const answer = desk.ask(question, { limit, scope }); // InputError for an empty question reaches main
      await writeLine(io.stdout, options.json ? JSON.stringify(answer) : renderAnswerText(answer));
      return 0;
    }
    return answerEachLine(io, (line) => desk.ask(line, { limit, scope }), (line, error) => ({ query: line, error: error.message, results: [] }));
  },
};
