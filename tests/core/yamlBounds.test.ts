import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/core/desk.js';
import { readYaml } from '../../src/core/files/readYaml.js';
import { LiveCorpus } from '../../src/live/liveCorpus.js';
import { createLogger } from '../../src/logger.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

/** "Billion laughs": nine anchors, each nine times the one before (9^9 strings when expanded). */
const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const running: LiveCorpus[] = [];
afterEach(() => {
  for (const live of running.splice(0)) live.stop();
});

describe('bounded YAML', () => {
  it('refuses an alias bomb, deep nesting and an oversized text with a message instead of expanding them', () => {
    expect(readYaml(BOMB)).toMatchObject({ ok: false, message: expect.stringMatching(/alias bomb/) });
    expect(readYaml(DEEP)).toMatchObject({ ok: false, message: expect.stringMatching(/nested more than 64 deep/) });
    expect(readYaml(`a: "${'x'.repeat(2 * 1024 * 1024)}"`)).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
    expect(readYaml('a: &x 1\nb: *x\n')).toMatchObject({ ok: true, value: { a: 1, b: 1 } });
  });

  it('makes a bomb in one document\'s front matter one problem; sources.yml and synonyms.yml bombs are reported and the corpus still loads', async () => {
    const dir = tempCorpus({
      'bomb.md': `---\n${BOMB}\n---\nBody.\n`,
      'deep.md': `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nBody.\n`,
      'good.txt': 'Good news\n\nThe minister welcomed the proposals.\n',
      'sources.yml': BOMB,
      'synonyms.yml': BOMB,
    });
    const desk = await openDesk(dir);
    expect(desk.corpus.documents.map((d) => d.file)).toEqual(['good.txt']);
    const problems = desk.problems.map((p) => `${p.file}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bomb\.md: front matter is refused: its aliases .*alias bomb/),
        expect.stringMatching(/^deep\.md: front matter is not valid YAML: brackets nested/),
        expect.stringMatching(/^sources\.yml: refused: .*alias bomb/),
        expect.stringMatching(/^synonyms\.yml: refused: .*alias bomb/),
      ]),
    );
    expect(desk.ask('minister welcomed').results[0]?.quote).toBe('The minister welcomed the proposals.');
  });
});

describe('a live reload of editor files', () => {
  it('keeps the last good sources.yml and synonyms.yml when a new version cannot be used, and reports it', async () => {
    const dir = tempCorpus({
      'a.txt': 'Headline\n\nOperators bid for radio frequencies.\n',
      'sources.yml': 'a.txt:\n  outlet: Wire Service\n',
      'synonyms.yml': '- [spectrum, radio frequencies]\n',
    });
    const live = new LiveCorpus(await openDesk(dir), { logger: quiet });
    running.push(live);
    writeFileSync(join(dir, 'sources.yml'), BOMB);
    writeFileSync(join(dir, 'synonyms.yml'), BOMB);
    const summary = await live.apply(['sources.yml', 'synonyms.yml']);
    expect(summary.failed.map((p) => p.file).sort()).toEqual(['sources.yml', 'synonyms.yml']);
    expect(live.current.sources()[0]?.outlet).toBe('Wire Service');
    expect(live.current.ask('spectrum').results[0]?.quote).toBe('Operators bid for radio frequencies.');
    expect(live.current.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/alias bomb.*\(the last good sources\.yml is still used\)/),
      expect.stringMatching(/alias bomb.*\(the last good synonyms\.yml is still used\)/),
    ]);

    // Fixed: applied, and the problems go.
    writeFileSync(join(dir, 'sources.yml'), 'a.txt:\n  outlet: Daily Wire\n');
    writeFileSync(join(dir, 'synonyms.yml'), '- [spectrum, radio frequencies]\n');
    await live.apply(['sources.yml', 'synonyms.yml']);
    expect(live.current.sources()[0]?.outlet).toBe('Daily Wire');
    expect(live.current.problems).toEqual([]);
  });

  it('applies a reload whole even when positions.yml turns into a bomb: documents and index agree, the last good comparison stays', async () => {
    const positions = 'sides:\n  - {id: gov, label: Government, kind: statement}\ntopics:\n  - id: huawei\n    title: Huawei\n    positions:\n      gov:\n        summary: Positive.\n        quotes:\n          - {source: a, quote: The minister praised Huawei.}\n';
    const dir = tempCorpus({ 'a.txt': 'Headline\n\nThe minister praised Huawei.\n', 'positions.yml': positions });
    const live = new LiveCorpus(await openDesk(dir), { logger: quiet });
    running.push(live);
    writeFileSync(join(dir, 'b.txt'), 'Other\n\nThe regulator fined the operator.\n');
    writeFileSync(join(dir, 'positions.yml'), BOMB);
    const summary = await live.apply(['b.txt', 'positions.yml']);
    expect(summary.added).toEqual(['b.txt']);
    const desk = live.current;
    expect(desk.comparison?.topics[0]?.title).toBe('Huawei');
    expect(desk.comparisonProblems[0]?.message).toMatch(/alias bomb.*last good comparison/);
    const indexed = new Set([...desk.index.passages.values()].map((p) => p.doc));
    expect(indexed).toEqual(new Set(desk.corpus.documents));
    expect(desk.ask('regulator fined').results[0]?.quote).toBe('The regulator fined the operator.');
  });
});
