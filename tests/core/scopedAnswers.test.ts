import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_DIR, openDesk } from '../../src/core/desk.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

const seeds = JSON.parse(readFileSync(new URL('../fixtures/questions.dev.json', import.meta.url), 'utf8')) as { questions: { q: string }[]; out_of_scope: string[] };
const bundled = (file: string) => readFileSync(join(BUNDLED_CORPUS_DIR, file), 'utf8');

/** Wire stories on the same subjects in other words: they change every word's statistics in the corpus. */
function wireStories(): Record<string, string> {
  const files: Record<string, string> = {};
  const subjects = ['security of mobile networks', 'the conference in Prague', 'Huawei equipment', 'the proposals of the meeting', 'countries and their allies', 'governments and the rule of law'];
  for (let i = 0; i < 60; i++) {
    const subject = subjects[i % subjects.length] as string;
    files[`wire/story-${i}.txt`] = `Story ${i} on ${subject}\n\nOfficials discussed ${subject} on day ${i}. Security security security was the word of the day.\n\nThe meeting of ${i + 3} countries ended without a statement.\n`;
  }
  return files;
}

describe('a question scoped to a collection', () => {
  it('is answered exactly as if the collection were the whole corpus', async () => {
    const dir = tempCorpus({
      'prague/china-watch-us-weak-link-in-5g-security.txt': bundled('china-watch-us-weak-link-in-5g-security.txt'),
      'prague/prague-proposals-wire-report.txt': bundled('prague-proposals-wire-report.txt'),
      'sources.yml': bundled('sources.yml').replace(/^([a-z0-9-]+\.txt):/gm, 'prague/$1:'),
      'synonyms.yml': bundled('synonyms.yml'),
      ...wireStories(),
    });
    const desk = await openDesk(dir);
    const alone = await openDesk();
    const shown = (results: { quote: string; place: unknown; score: number; source: { title?: string } }[]) => results.map((r) => [r.quote, r.place, r.score, r.source.title]);
    for (const q of [...seeds.questions.map((x) => x.q), ...seeds.out_of_scope, 'did Macron attend the meeting', 'Huwei', 'who is Li Zheng']) {
      const scoped = desk.ask(q, { limit: 5, scope: { collections: ['prague'] } }).results;
      expect(scoped.every((r) => r.source.id.startsWith('prague/')), q).toBe(true);
      expect(shown(scoped), q).toEqual(shown(alone.ask(q, { limit: 5 }).results));
    }
    // Unscoped, the wire stories compete (and the statistics are the whole corpus's).
    expect(desk.ask('security of the meeting').results.some((r) => r.source.id.startsWith('wire/'))).toBe(true);
  });
});
