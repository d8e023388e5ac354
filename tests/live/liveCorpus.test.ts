import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, openDeskCached } from '../../src/core/desk.js';
import { LiveCorpus, type ReloadSummary } from '../../src/live/liveCorpus.js';
import { createLogger } from '../../src/logger.js';
import { renderSources } from '../../src/slack/render/blocks.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const running: LiveCorpus[] = [];
afterEach(() => {
  for (const live of running.splice(0)) live.stop();
});

async function startLive(files: Record<string, string | Uint8Array>) {
  const dir = tempCorpus(files);
  const reloads: ReloadSummary[] = [];
  const live = new LiveCorpus((await openDesk(dir)), { logger: quiet, onReload: (s) => reloads.push(s) });
  live.start();
  running.push(live);
  return { dir, live, reloads };
}

/** Waits until the condition holds, as a reporter would (at most 5 seconds, the promise of the issue). */
async function within5s(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 5000) throw new Error('not within 5 seconds');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const quotes = (live: LiveCorpus, q: string) => live.current.ask(q, { limit: 5 }).results.map((r) => r.quote);

describe('live corpus', () => {
  it('makes a new document searchable within seconds, without a restart', async () => {
    const { dir, live } = await startLive({ 'a.txt': 'Old news\n\nThe ministry met the operators on Monday.\n' });
    expect(quotes(live, 'spectrum auction')).toEqual([]);
    writeFileSync(join(dir, 'statement.md'), '---\ntitle: Ministry statement\noutlet: Ministry of Industry\nkind: statement\n---\nThe spectrum auction will open in June.\n');
    await within5s(() => quotes(live, 'spectrum auction').length > 0);
    expect(quotes(live, 'spectrum auction')).toEqual(['The spectrum auction will open in June.']);
    expect(live.current.sources().find((s) => s.id === 'statement')).toMatchObject({ outlet: 'Ministry of Industry', kind: 'statement', addedAt: expect.any(String) });
  });

  it('applies a changed document and a removed one', async () => {
    const { dir, live } = await startLive({ 'a.txt': 'Headline\n\nThe minister praised Huawei.\n', 'b.txt': 'Other\n\nThe regulator fined the operator.\n' });
    writeFileSync(join(dir, 'a.txt'), 'Headline\n\nThe minister criticised Huawei.\n');
    rmSync(join(dir, 'b.txt'));
    await within5s(() => quotes(live, 'minister Huawei')[0] === 'The minister criticised Huawei.' && quotes(live, 'regulator fined').length === 0);
    expect(live.current.checkQuote('The minister praised Huawei').verdict).not.toBe('verbatim');
    expect(live.current.corpus.documents.map((d) => d.file)).toEqual(['a.txt']);
  });

  it('keeps the last good version serving when a change is broken, and shows the problem beside the documents', async () => {
    const { dir, live } = await startLive({ 'a.txt': 'Headline\n\nThe minister praised Huawei.\n' });
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x48, 0x0a, 0x0a, 0x00, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, 'b.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    await within5s(() => live.current.problems.length === 2);
    expect(quotes(live, 'minister praised')).toEqual(['The minister praised Huawei.']);
    const problems = live.current.problems.map((p) => `${p.file}: ${p.message}`);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^a\.txt: holds binary data.*last good version/), expect.stringMatching(/^b\.md: front matter is not valid YAML/)]));
    const sources = JSON.stringify(renderSources(live.current.sources(), live.current.problems).blocks);
    expect(sources).toContain('`a.txt` not loaded');
    expect(sources).toContain('added ');
  });

  it('loads a document whose front matter has an unquoted colon, and shows the warning beside the documents until it is fixed', async () => {
    const { dir, live, reloads } = await startLive({ 'a.txt': 'Headline\n\nThe minister praised Huawei.\n' });
    writeFileSync(join(dir, 'inquest.md'), '---\ntitle: Inquest: the stadium crush\n---\nThe inquest opened on Monday.\n');
    await within5s(() => quotes(live, 'inquest opened').length > 0);
    expect(live.current.sources().find((s) => s.id === 'inquest')?.title).toBe('Inquest: the stadium crush');
    expect(live.current.problems).toEqual([expect.objectContaining({ file: 'inquest.md', line: 2, loaded: true, message: expect.stringMatching(/read as plain "key: value" lines/) })]);
    expect(reloads.at(-1)?.warnings).toEqual(live.current.problems);
    expect(JSON.stringify(renderSources(live.current.sources(), live.current.problems).blocks)).toContain('`inquest.md:2` loaded with a warning');
    writeFileSync(join(dir, 'inquest.md'), '---\ntitle: "Inquest: the stadium crush"\n---\nThe inquest opened on Monday.\n');
    await within5s(() => live.current.problems.length === 0);
    expect(live.current.sources().find((s) => s.id === 'inquest')?.title).toBe('Inquest: the stadium crush');
  });

  it('keeps the last good comparison when a document change breaks one of its quotes', async () => {
    const { dir, live } = await startLive({
      'a.txt': 'Headline\n\nThe minister praised Huawei.\n',
      'positions.yml': 'sides:\n  - {id: gov, label: Government, kind: statement}\ntopics:\n  - id: huawei\n    title: Huawei\n    positions:\n      gov:\n        summary: Positive.\n        quotes:\n          - {source: a, quote: The minister praised Huawei.}\n',
    });
    expect(live.current.comparison?.topics).toHaveLength(1);
    writeFileSync(join(dir, 'a.txt'), 'Headline\n\nThe minister criticised Huawei.\n');
    await within5s(() => live.current.comparisonProblems.length === 1);
    expect(live.current.comparisonProblems[0]!.message).toMatch(/not verbatim in a: the closest real wording is \u201CThe minister criticised Huawei\.\u201D/);
    expect(live.current.comparison?.topics[0]?.positions[0]?.quotes[0]?.quote).toBe('The minister praised Huawei.');
    expect(quotes(live, 'minister criticised')).toEqual(['The minister criticised Huawei.']);
  });

  it('applies sources.yml and synonyms.yml changes', async () => {
    const { dir, live } = await startLive({ 'a.txt': 'Headline\n\nOperators bid for radio frequencies.\n' });
    writeFileSync(join(dir, 'sources.yml'), 'a.txt:\n  outlet: Wire Service\n  kind: news report\n');
    writeFileSync(join(dir, 'synonyms.yml'), '- [spectrum, radio frequencies]\n');
    await within5s(() => live.current.sources()[0]?.outlet === 'Wire Service' && quotes(live, 'spectrum').length > 0);
  });

  it('turns a burst of 500 new files into one reload, not 500', async () => {
    const { dir, live, reloads } = await startLive({ 'a.txt': 'Headline\n\nStart.\n' });
    for (let i = 0; i < 500; i++) writeFileSync(join(dir, `story-${i}.txt`), `Story ${i}\n\nThe council voted on measure number${i} today.\n`);
    await within5s(() => live.current.corpus.documents.length === 501);
    await live.settled();
    expect(reloads.length).toBeLessThanOrEqual(2);
    expect(quotes(live, 'measure number417')).toEqual(['The council voted on measure number417 today.']);
  });
});

describe('index cache', () => {
  it('is used on a restart of an unchanged corpus, and rebuilt when stale or corrupt', async () => {
    const dir = tempCorpus({ 'a.txt': 'Headline\n\nThe minister praised Huawei.\n' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'prague-cache-'));
    const cold = await openDeskCached(dir, cacheDir);
    expect(cold.cache).toMatch(/no cached index/);
    cold.save();
    const warm = await openDeskCached(dir, cacheDir);
    expect(warm.cache).toBe('hit');
    expect(warm.desk.ask('minister praised').results[0]?.quote).toBe('The minister praised Huawei.');

    writeFileSync(join(dir, 'a.txt'), 'Headline\n\nThe minister criticised Huawei sharply.\n');
    const stale = await openDeskCached(dir, cacheDir);
    expect(stale.cache).not.toBe('hit');
    expect(stale.desk.ask('minister criticised').results[0]?.quote).toBe('The minister criticised Huawei sharply.');
    stale.save();
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file!), '{"version": "prague-index-3", "fingerprint": ');
    const corrupt = await openDeskCached(dir, cacheDir);
    expect(corrupt.cache).toMatch(/corrupt/);
    expect(corrupt.desk.ask('minister criticised').results).toHaveLength(1);
  });
});
