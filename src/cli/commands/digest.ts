import { buildDigest } from '../../core/digest/buildDigest.js';
import { citationLine, formatDate } from '../../core/citation.js';
import { localDate } from '../../digest/schedule.js';
import type { CliCommand } from '../command.js';
import { writeLine } from '../io.js';
import { openCorpus, parseOptions, scopeOf } from '../options.js';

/** `prague digest [--json] [--date YYYY-MM-DD]`: the daily briefing for a date (today by default). */
export const digestCommand: CliCommand = {
  name: 'digest',
  usage: 'prague digest [--json] [--date YYYY-MM-DD] [--in COLLECTION]… [--corpus DIR]',
  summary: 'the daily briefing: sources on file, what is new, quote of the day, the comparison',
  async run(args, io) {
    const options = parseOptions(args);
    const desk = await openCorpus(options, io);
    const date = options.date ?? localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const digest = buildDigest(desk, { date, scope: scopeOf(options, desk) });
    if (options.json) {
      await writeLine(io.stdout, JSON.stringify(digest));
      return 0;
    }
    const lines = [`Prague Desk briefing, ${formatDate(digest.date)}`, ''];
    lines.push(`New since ${formatDate(digest.newSince.since.slice(0, 10))}: ${digest.newSince.sources.length === 0 ? 'nothing' : ''}`);
    for (const s of digest.newSince.sources) lines.push(`  - ${citationLine(s)}`);
    lines.push('', `On file (${digest.onFile.length}, newest first):`);
    for (const s of digest.onFile) lines.push(`  - ${citationLine(s)}`);
    if (digest.quoteOfTheDay) {
      const q = digest.quoteOfTheDay;
      lines.push('', 'Quote of the day:', `  \u201C${q.quote}\u201D`, `   \u2014 ${citationLine(q.source, q.place.paragraph, q.place.page)}`);
    }
    if (digest.comparison) {
      lines.push('', `Comparison of positions: ${digest.comparison.topics} topics, ${digest.comparison.sides.map((s) => s.label).join(' vs ')} (prague compare)`);
    }
    await writeLine(io.stdout, lines.join('\n'));
    return 0;
  },
};
