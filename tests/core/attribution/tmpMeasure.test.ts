import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { describeScore, scoreLabelledSet } from './labelledSet.js';

// Not for commit: prints figures (and misses for MISSES sets) to OUT.
it('measure', async () => {
  const sets = (process.env.SETS ?? '').split(',').filter(Boolean);
  const misses = process.env.MISSES ?? '';
  const out: string[] = [];
  for (const set of sets) {
    const score = await scoreLabelledSet(new URL(`../../fixtures/attribution/${set}/`, import.meta.url));
    const text = describeScore(set, score);
    if (process.env.DUMP) writeFileSync(`/tmp/dump-${set}.txt`, score.sentences.map((x) => `${x.where}\t${JSON.stringify(x.expected)}\t${x.found ?? '-'}\t${x.text}`).join('\n') + '\n');
    out.push(misses === 'all' || misses.split(',').includes(set) ? text : text.split('\n').slice(0, 3).join('\n'));
  }
  writeFileSync(process.env.OUT ?? '/tmp/measure.txt', out.join('\n') + '\n');
}, 1_200_000);
