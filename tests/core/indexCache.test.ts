import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeskCached } from '../../src/core/desk.js';
import { cacheDirFor } from '../../src/core/search/indexCache.js';
import { tempCorpus } from '../helpers/tempCorpus.js';

const STORY = 'Headline\n\nThe minister praised Huawei.\n\nThe regulator fined the operator.\n';

/** A corpus folder, a cache folder, and a cache of the corpus saved in it. */
async function cached() {
  const dir = tempCorpus({ 'a.txt': STORY });
  const cacheDir = mkdtempSync(join(tmpdir(), 'prague-cache-'));
  const cold = await openDeskCached(dir, cacheDir);
  cold.save();
  const file = join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('index-') && !n.includes('minisearch')) as string);
  return { dir, cacheDir, file };
}

/** Replaces a paragraph's text in a cache file (the signature line left as it was). */
function forge(file: string, from: string, to: string): { mac: string; body: string } {
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1).split(from).join(to);
  writeFileSync(file, `${text.slice(0, newline)}\n${body}`);
  return { mac: text.slice(0, newline), body };
}

describe('index cache', () => {
  it('is used for the same files, and answers as the corpus does', async () => {
    const { dir, cacheDir } = await cached();
    const warm = await openDeskCached(dir, cacheDir);
    expect(warm.cache).toBe('hit');
    expect(warm.desk.ask('minister praised').results.map((r) => r.quote)).toEqual(['The minister praised Huawei.']);
    // Quote checks load the MiniSearch index from its own file.
    expect(warm.desk.checkQuote('The regulator fined the operator').verdict).toBe('verbatim');
  });

  it('is used for text files that are not UTF-8 (Windows-1252, UTF-16) as for any other', async () => {
    const latin = Buffer.from('Caf\u00e9 talks\r\n\r\n\u201cWe agreed,\u201d the caf\u00e9 owner said.\r\n', 'latin1');
    latin[latin.indexOf(0x1c)] = 0x93; // “ and ” as Windows-1252 writes them
    latin[latin.indexOf(0x1d)] = 0x94;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Port news\n\nThe port reopened on Monday.\n', 'utf16le')]);
    const dir = tempCorpus({ 'latin.txt': latin, 'wide.txt': utf16 });
    const cacheDir = mkdtempSync(join(tmpdir(), 'prague-cache-'));
    const cold = await openDeskCached(dir, cacheDir);
    expect(cold.desk.ask('what did the café owner say').results[0]?.quote).toContain('We agreed');
    cold.save();
    const warm = await openDeskCached(dir, cacheDir);
    expect(warm.cache).toBe('hit');
    expect(warm.desk.ask('what did the café owner say').results[0]?.quote).toContain('We agreed');
  });

  it('is used for Markdown loaded without its emphasis and block markers, and keeps its warnings', async () => {
    const dir = tempCorpus({ 'qa.md': '---\ntitle: Port Q&A: the tender\n---\nThe harbour master spoke on Friday.\n\n**Q: Will the tender reopen?**\n\nA: In *March*, for all bidders.\n\n> “The berths are ready.”\n> — the harbour master\n' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'prague-cache-'));
    (await openDeskCached(dir, cacheDir)).save();
    const warm = await openDeskCached(dir, cacheDir);
    expect(warm.cache).toBe('hit');
    expect(warm.desk.ask('will the tender reopen').results[0]?.quote).toBe('Q: Will the tender reopen?');
    expect(warm.desk.ask('are the berths ready').results[0]?.quote).toBe('“The berths are ready.”');
    expect(warm.desk.problems).toEqual([expect.objectContaining({ file: 'qa.md', line: 2, loaded: true })]);
    // Setting the markers aside for the check does not let other words in.
    const file = join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('index-') && !n.includes('minisearch')) as string);
    forge(file, 'In March, for all bidders.', 'In May, for all bidders.');
    expect((await openDeskCached(dir, cacheDir)).cache).toMatch(/corrupt/);
  });

  it('is never served when edited to hold words the corpus does not', async () => {
    const { dir, cacheDir, file } = await cached();
    forge(file, 'The minister praised Huawei.', 'The minister banned Huawei.');
    const opened = await openDeskCached(dir, cacheDir);
    expect(opened.cache).toMatch(/corrupt/);
    expect(opened.desk.ask('minister banned').results.map((r) => r.quote)).toEqual(['The minister praised Huawei.']);
  });

  it('is never served when forged and signed again with the cache key', async () => {
    const { dir, cacheDir, file } = await cached();
    const { body } = forge(file, 'The minister praised Huawei.', 'The minister banned Huawei.');
    // Someone who can read the key signs the forged cache: it still holds words no source file does.
    const key = Buffer.from(readFileSync(join(cacheDir, 'key'), 'utf8').trim(), 'hex');
    writeFileSync(file, `${createHmac('sha256', key).update(body).digest('hex')}\n${body}`);
    const opened = await openDeskCached(dir, cacheDir);
    expect(opened.cache).toMatch(/corrupt/);
    expect(opened.desk.ask('minister banned').results.map((r) => r.quote)).toEqual(['The minister praised Huawei.']);
    expect(opened.desk.checkQuote('The minister banned Huawei').verdict).not.toBe('verbatim');
  });

  it('is not used once a file changes, even with the same size and modification time', async () => {
    const { dir, cacheDir } = await cached();
    const path = join(dir, 'a.txt');
    const { atime, mtime } = statSync(path);
    writeFileSync(path, STORY.replace('praised', 'punished'));
    utimesSync(path, atime, mtime);
    const opened = await openDeskCached(dir, cacheDir);
    expect(opened.cache).not.toBe('hit');
    expect(opened.desk.ask('minister').results[0]?.quote).toBe('The minister punished Huawei.');
  });

  it('rebuilds a cache whose key is gone, and one cut short', async () => {
    const { dir, cacheDir, file } = await cached();
    rmSync(join(cacheDir, 'key'));
    expect((await openDeskCached(dir, cacheDir)).cache).toMatch(/corrupt/);
    const again = await cached();
    writeFileSync(again.file, readFileSync(again.file, 'utf8').slice(0, 200));
    const opened = await openDeskCached(again.dir, again.cacheDir);
    expect(opened.cache).toMatch(/corrupt/);
    expect(opened.desk.ask('regulator').results).toHaveLength(1);
    expect(file).toBeTruthy();
  });

  it('lives in PRAGUE_CACHE_DIR or the user cache folder, never inside the corpus folder', () => {
    const dir = tempCorpus({ 'a.txt': STORY });
    const own = cacheDirFor(dir, { PRAGUE_CACHE_DIR: '/var/cache/prague' });
    expect(own).toMatch(/^\/var\/cache\/prague\/[0-9a-f]{16}$/);
    expect(cacheDirFor(dir, { XDG_CACHE_HOME: '/home/x/.cache' })).toMatch(/^\/home\/x\/\.cache\/prague-desk\/[0-9a-f]{16}$/);
    expect(cacheDirFor(dir, { PRAGUE_CACHE_DIR: join(dir, '.cache') })).toBeUndefined();
    // One folder per corpus folder.
    expect(cacheDirFor(tempCorpus({ 'b.txt': STORY }), { PRAGUE_CACHE_DIR: '/var/cache/prague' })).not.toBe(own);
  });
});
