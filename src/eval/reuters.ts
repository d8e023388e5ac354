import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One story of `reuters-21578.jsonl` (see `../shared/corpora/README.md`). */
export interface ReutersStory {
  id: string | number;
  date?: string;
  title: string;
  dateline?: string;
  paragraphs: string[];
}

/** Reads the Reuters-21578 stories (one JSON object a line). */
export function readReuters(path: string): ReutersStory[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReutersStory);
}

/**
 * Writes stories as a corpus folder in the project's own format (front matter, blank-line paragraphs),
 * unless the folder already holds that many files (written by an earlier run).
 */
export function writeReutersFolder(stories: ReutersStory[], dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length === stories.length) return;
  mkdirSync(dir, { recursive: true });
  for (const s of stories) {
    const date = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(s.date ?? '');
    const front = ['---', `title: ${JSON.stringify(s.title)}`, 'outlet: Reuters', 'kind: news report'];
    if (date) front.push(`published: ${date[1]} ${date[2]} ${date[3]}`);
    front.push('---');
    writeFileSync(join(dir, `reuters-${s.id}.txt`), `${front.join('\n')}\n${s.title}\n\n${s.paragraphs.join('\n\n')}\n`);
  }
}
