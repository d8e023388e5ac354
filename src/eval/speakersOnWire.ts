/**
 * Speakers on unlabelled wire copy: who the speaker rules give every quotation of the Reuters-21578 stories
 * that no labelled set holds, as a snapshot to compare before and after a rule change. A labelled set scores a
 * change on a few hundred quotations; this shows every quotation it moves on thousands more, to be read by hand.
 *
 * ```sh
 * npm run build && node dist/eval/speakersOnWire.js --out before.tsv          # before the change
 * npm run build && node dist/eval/speakersOnWire.js --out after.tsv --against before.tsv
 * ```
 *
 * A snapshot is one line per quotation: story id, paragraph (1-based), the quotation's offset in it, the
 * speaker (`-` for nobody) and the paragraph's first 300 characters. `--against` prints each quotation whose
 * speaker moved (matched by story, paragraph and offset) and a count on the last line.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionOf } from '../core/attribution/index.js';
import type { SourceDocument } from '../core/model.js';
import { readReuters, type ReutersStory } from './reuters.js';

/** How much of a paragraph a snapshot line shows, to read the change by. */
const SHOWN_CHARS = 300;
/** A story is snapshotted when it quotes at least this many characters in straight double quotation marks. */
const MIN_QUOTED_CHARS = 25;

/** The story ids the labelled sets under `fixturesDir` hold (they are scored there, not here). */
export function labelledStoryIds(fixturesDir: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(fixturesDir)) return ids;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) for (const m of readFileSync(path, 'utf8').matchAll(/reuters-\d+/g)) ids.add(m[0]);
    }
  };
  walk(fixturesDir);
  return ids;
}

/** A story as the speaker rules read it: its paragraphs, without the wire's closing "REUTER" line. */
function storyDocument(story: ReutersStory): SourceDocument {
  const id = `reuters-${String(story.id).replace(/^reuters-/, '')}`;
  const paragraphs = story.paragraphs.filter((p) => !/^\s*REUTER\s*$/.test(p)).map((text, i) => ({ index: i + 1, text }));
  return { source: { id, title: story.title, kind: 'news report', outlet: 'Reuters' }, file: `${id}.txt`, collection: '', paragraphs };
}

/** One snapshot line per quotation of every story not in `exclude` that quotes someone (see the module's doc). */
export function snapshotSpeakers(stories: ReutersStory[], exclude: Set<string>): string[] {
  const quoting = new RegExp(`"[^"]{${MIN_QUOTED_CHARS},}"`);
  const lines: string[] = [];
  for (const story of stories) {
    const doc = storyDocument(story);
    if (exclude.has(doc.source.id) || !doc.paragraphs.some((p) => quoting.test(p.text))) continue;
    const attribution = attributionOf(doc);
    attribution.quotations.forEach((quotes, at) => {
      const shown = (doc.paragraphs[at]?.text ?? '').slice(0, SHOWN_CHARS).replace(/[\t\n]/g, ' ');
      for (const q of quotes) lines.push([doc.source.id, at + 1, q.start, q.speaker ?? '-', shown].join('\t'));
    });
  }
  return lines;
}

/** The quotations whose speaker moved between two snapshots: `before → after`, each with its line's key and text. */
export function movedSpeakers(before: string[], after: string[]): string[] {
  const key = (line: string) => line.split('\t', 3).join('\t');
  const was = new Map(before.map((line) => [key(line), line.split('\t')[3]]));
  return after.flatMap((line) => {
    const [id, paragraph, offset, speaker, text] = line.split('\t');
    const old = was.get(key(line));
    return old !== undefined && old !== speaker ? [`${id}\t${paragraph}\t${offset}\t${old}\t${speaker}\t${text}`] : [];
  });
}

/** `--name value` from the command line. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(args: string[]): void {
  const corpus = option(args, 'corpus') ?? '../shared/corpora/reuters-21578.jsonl';
  const out = option(args, 'out');
  if (!existsSync(corpus)) throw new Error(`speakersOnWire: no Reuters corpus at ${corpus} (--corpus PATH)`);
  if (!out) throw new Error('speakersOnWire: --out FILE is required (where the snapshot is written)');
  const lines = snapshotSpeakers(readReuters(corpus), labelledStoryIds(option(args, 'fixtures') ?? 'tests/fixtures/attribution'));
  writeFileSync(out, `${lines.join('\n')}\n`);
  const against = option(args, 'against');
  const moved = against ? movedSpeakers(readFileSync(against, 'utf8').split('\n').filter(Boolean), lines) : [];
  for (const line of moved) console.log(line);
  console.log(JSON.stringify({ quotations: lines.length, moved: against ? moved.length : undefined, out }));
}

if (process.argv[1]?.endsWith('speakersOnWire.js')) main(process.argv.slice(2));
