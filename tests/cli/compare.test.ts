import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;
const CORPUS = new URL('../../corpus', import.meta.url).pathname;

function prague(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [CLI, ...args], { timeout: 20_000 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

describe('prague compare and prague check', () => {
  it('compare --json prints the documented shape for one topic', async () => {
    const { code, stdout } = await prague(['compare', '--json', 'rule of law']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.sides.map((s: { id: string }) => s.id)).toEqual(['prague-proposals', 'china-watch']);
    expect(json.topics).toHaveLength(1);
    expect(json.topics[0].id).toBe('vendor-risk-rule-of-law');
    expect(json.topics[0].positions[0].quotes[0]).toEqual({ quote: expect.any(String), source: expect.objectContaining({ id: 'prague-proposals-wire-report' }) });
  });

  it('compare prints the overview, and a topic with the desk summary labelled apart from quotes', async () => {
    expect((await prague(['compare'])).stdout).toContain('Who attended, and how representative it was');
    const topic = (await prague(['compare', 'governments'])).stdout;
    expect(topic).toContain('Not addressed.');
    expect(topic).toContain('Desk summary (not a quote):');
  });

  it('check passes on the bundled corpus and fails, naming the problem, on a broken quote', async () => {
    const ok = await prague(['check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: 2 documents/);
    const dir = mkdtempSync(join(tmpdir(), 'prague-check-'));
    cpSync(CORPUS, dir, { recursive: true });
    const path = join(dir, 'positions.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('merely supporting actors', 'mere supporting actors'));
    const bad = await prague(['check', '--corpus', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/error: positions\.yml:\d+: topic "us-role", side "china-watch", quote 1 is not verbatim/);
    expect(bad.stdout).toContain('merely supporting actors');
    const compare = await prague(['compare', '--corpus', dir]);
    expect(compare.code).not.toBe(0);
  });
});

describe('prague digest', () => {
  it('prints the briefing for a date as JSON', async () => {
    const { code, stdout } = await prague(['digest', '--json', '--date', '2026-11-23']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.date).toBe('2026-11-23');
    expect(digest.onFile.map((s: { id: string }) => s.id)).toEqual(['china-watch-us-weak-link-in-5g-security', 'prague-proposals-wire-report']);
    expect(digest.quoteOfTheDay.quote.length).toBeGreaterThan(10);
    expect(digest.comparison.topics).toBeGreaterThanOrEqual(6);
    expect((await prague(['digest', '--date', '23/11/2026'])).code).toBe(2);
  });
});
