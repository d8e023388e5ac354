import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers/tempCorpus.js';

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;

/** Runs the built `prague` binary as a user would, with optional standard input. */
function prague(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [CLI, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

describe('prague CLI', () => {
  it('ask prints numbered quotes with citations', async () => {
    const { code, stdout } = await prague(['ask', 'who attended']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. \u201C/);
    expect(stdout).toMatch(/\n2\. \u201C/);
    expect(stdout).toContain('Li Zheng, writing in *US the weak link in 5G security* (China Watch, 2019-05-30, opinion)');
    expect(stdout).toContain('30 Nations Pitch Internet Security Rules Amid Huawei Concern');
  });

  it('ask --json prints the documented shape, and [] when nothing is relevant', async () => {
    const { stdout } = await prague(['ask', '--json', '--limit', '2', 'rule of law']);
    const answer = JSON.parse(stdout);
    expect(answer.query).toBe('rule of law');
    expect(answer.results).toHaveLength(2);
    expect(Object.keys(answer.results[0].source)).toEqual(expect.arrayContaining(['id', 'title', 'kind']));
    expect(typeof answer.results[0].score).toBe('number');
    expect(answer.results[0].score).toBeGreaterThanOrEqual(answer.results[1].score);
    const none = JSON.parse((await prague(['ask', '--json', 'best pizza in Naples'])).stdout);
    expect(none).toEqual({ query: 'best pizza in Naples', results: [] });
  });

  it('ask with no argument answers each stdin line as one JSON line', async () => {
    const { stdout } = await prague(['ask'], 'who attended\nBarcelona\nfootball transfer rumours\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['who attended', 'Barcelona', 'football transfer rumours']);
    expect(lines[1].results[0].quote).toContain('Barcelona World Mobile Congress');
    expect(lines[2].results).toEqual([]);
  });

  it('quote gives verbatim, near and none verdicts as JSON, and JSON Lines from stdin', async () => {
    const near = JSON.parse((await prague(['quote', '--json', 'no positive impact on 5G security'])).stdout);
    expect(near.verdict).toBe('near');
    // The closest real wording is shown as the whole sentence it stands in, with what differs and who said it.
    expect(near.matches[0].quote).toMatch(/^But its practice .* no positive influence on 5G security\.$/);
    expect(near.matches[0].changes).toEqual([{ asked: 'impact', source: 'influence' }]);
    expect(near.matches[0].speaker).toBe('Li Zheng');
    const edited = JSON.parse((await prague(['quote', '--json', 'The US \u2026 will suffer the most.'])).stdout);
    expect(edited.verdict).toBe('edited');
    expect(edited.matches[0].fragments.map((f: { text: string }) => f.text)).toEqual(['The US', 'will suffer the most']);
    expect(edited.matches[0].marks[0]).toMatchObject({ kind: 'omission', mark: '\u2026', source: 'as a pacesetter for global communications industry,' });
    const text = (await prague(['quote', 'The US \u2026 will suffer the most.'])).stdout;
    expect(text).toContain('EDITED');
    expect(text).toContain('\u2026 leaves out \u201Cas a pacesetter for global communications industry,\u201D');
    expect(text).toContain('Li Zheng, writing in *US the weak link in 5G security* (China Watch, 2019-05-30, opinion), paragraph 9');
    const { stdout } = await prague(['quote'], 'building an inclusive club\nwe love pizza in the evening\n');
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['verbatim', 'none']);
  });

  it('sources lists the documents newest first', async () => {
    const { stdout } = await prague(['sources', '--json']);
    const { sources } = JSON.parse(stdout);
    expect(sources.map((s: { id: string }) => s.id)).toEqual(['china-watch-us-weak-link-in-5g-security', 'prague-proposals-wire-report']);
  });

  it('bad input gets a clear message and a non-zero exit', async () => {
    const empty = await prague(['ask', '  ']);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/empty question/);
    const missing = await prague(['ask', '--corpus', '/no/such/dir', 'x']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/corpus folder not found: \/no\/such\/dir/);
    const junk = await prague(['ask', 'x'.repeat(4000)]);
    expect(junk.code).not.toBe(0);
    expect(junk.stderr).toMatch(/too long/);
    const unknown = await prague(['frobnicate']);
    expect(unknown.code).toBe(2);
  });

  it('--corpus loads another folder and names a bad file while the rest loads', async () => {
    const dir = tempCorpus({
      'ok.txt': 'Minister visits Prague\n\nThe minister praised the Prague Proposals on Tuesday.\n',
      'broken.txt': Buffer.from([0x41, 0x0a, 0x0a, 0x00, 0xc3, 0x28, 0x0a]),
    });
    const { code, stdout, stderr } = await prague(['ask', '--corpus', dir, 'minister praised']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: broken\.txt: holds binary data, not text/);
    expect(stdout).toContain('The minister praised the Prague Proposals on Tuesday.');
  });

  it('ask quotes a bold Markdown line as its words, and names a front matter read as plain lines by file and line', async () => {
    const dir = tempCorpus({
      'port-qa.md': '---\ntitle: Port Q&A: the tender\noutlet: Harbour Weekly\n---\nThe harbour master spoke on Friday.\n\n**Q: Will the tender reopen?**\n\nA: Yes, in March.\n',
    });
    const { code, stdout, stderr } = await prague(['ask', '--corpus', dir, 'will the tender reopen']);
    expect(code).toBe(0);
    expect(stdout).toContain('1. \u201CQ: Will the tender reopen?\u201D');
    expect(stdout).toContain('"Port Q&A: the tender"');
    expect(stdout).not.toContain('**');
    expect(stderr).toMatch(/^warning: port-qa\.md:2: front matter is not valid YAML \(.+\): read as plain "key: value" lines/m);
  });
});
