import { problemPlace } from '../../core/model.js';
import { comparisonJson } from '../../core/compare/comparisonJson.js';
import type { CliCommand } from '../command.js';
import { UsageError, writeLine } from '../io.js';
import { openCorpus, parseOptions, scopeOf } from '../options.js';
import { renderComparisonOverviewText, renderTopicText } from '../renderText.js';

/** `prague compare [topic words] [--json]`: the desk's comparison of positions. */
export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'prague compare [--json] [--in COLLECTION]… [--corpus DIR] ["topic words"]',
  summary: 'the desk\'s side-by-side comparison of positions (overview, or one topic)',
  async run(args, io) {
    const options = parseOptions(args);
    const desk = await openCorpus(options, io);
    if (desk.comparisonProblems.length > 0) {
      for (const p of desk.comparisonProblems) await writeLine(io.stderr, `${problemPlace(p)}: ${p.message}`);
      throw new UsageError('positions.yml has problems (listed above); run prague check');
    }
    const scope = scopeOf(options, desk);
    const comparison = desk.comparisonIn(scope);
    if (!comparison) throw new UsageError(`no comparison prepared: ${desk.corpus.dir} has no positions.yml`);
    const words = options.positionals.join(' ').trim();
    const topic = words ? desk.findTopic(words, scope) : undefined;
    if (words && !topic) {
      await writeLine(io.stderr, `No topic matches "${words}". Topics: ${comparison.topics.map((t) => t.id).join(', ')}`);
      return 1;
    }
    if (options.json) await writeLine(io.stdout, JSON.stringify(comparisonJson(comparison, topic)));
    else await writeLine(io.stdout, topic ? renderTopicText(comparison, topic) : renderComparisonOverviewText(comparison));
    return 0;
  },
};
