import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fakeSlack.js';
import { postSlashCommand, SIGNING_SECRET } from '../helpers/slackRequests.js';

const APP = new URL('../../dist/app.js', import.meta.url).pathname;
/** A folder with no .env in it, so only the environment given counts. */
const cwd = mkdtempSync(join(tmpdir(), 'prague-app-'));

function run(env: Record<string, string>): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exit: Promise<number | null> } {
  const child = spawn('node', [APP], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exit };
}

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('npm start (dist/app.js)', () => {
  it('stops at start-up with one line naming a missing setting', async () => {
    const { exit, output } = run({});
    expect(await exit).toBe(1);
    const lines = output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SLACK_BOT_TOKEN is missing/);
  });

  it('names a malformed setting', async () => {
    const { exit, output } = run({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '99999' });
    expect(await exit).toBe(1);
    expect(output().stderr.trim()).toMatch(/^Prague Desk cannot start: PORT is malformed/);
  });

  it('stops at start-up when a comparison quote is not verbatim, naming file, line, topic, side and the real wording', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'prague-corpus-'));
    cpSync(new URL('../../corpus', import.meta.url).pathname, corpus, { recursive: true });
    const positions = join(corpus, 'positions.yml');
    writeFileSync(positions, readFileSync(positions, 'utf8').replace('will suffer the most', 'will suffer most'));
    const { exit, output } = run({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', CORPUS_DIR: corpus, DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')) });
    expect(await exit).toBe(1);
    const line = output().stderr.trim();
    expect(line).toMatch(/^Prague Desk cannot start: positions\.yml:\d+: topic "consequences-for-5g", side "china-watch", quote 2 is not verbatim/);
    expect(line).toContain('will suffer the most');
  });

  it('stops at start-up on a corrupt digest state file, leaving it untouched', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'prague-data-'));
    writeFileSync(join(dataDir, 'digests.json'), '{"version": 1, "subscr');
    const { exit, output } = run({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', DATA_DIR: dataDir });
    expect(await exit).toBe(1);
    expect(output().stderr.trim()).toMatch(/^Prague Desk cannot start: DATA_DIR: .*digests\.json is unreadable or corrupt/);
    expect(readFileSync(join(dataDir, 'digests.json'), 'utf8')).toBe('{"version": 1, "subscr');
  });

  describe('running in HTTP mode', () => {
    const fake = new FakeSlack();
    beforeAll(async () => {
      await fake.start();
    });
    afterAll(async () => {
      await fake.stop();
    });

    it('answers /healthz, then on SIGTERM finishes the answer under way and exits 0', async () => {
      const app = run({ SLACK_BOT_TOKEN: 'xoxb-1-2-sekrit', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')) });
      await waitFor(() => app.output().stdout.includes('Prague Desk is running'));
      // PORT=0 takes any free port; the start-up log line says which.
      const port = Number(/"port":(\d+)[^\n]*Prague Desk is running/.exec(app.output().stdout)?.[1]);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      fake.on('response:slow', () => ({ json: { ok: true }, delayMs: 600 }));
      const ack = await postSlashCommand(port, 'who attended', fake.responseUrl('slow'));
      expect(ack.status).toBe(200);
      await fake.waitFor('response:slow');
      app.child.kill('SIGTERM');
      expect(await app.exit).toBe(0);
      const { stdout } = app.output();
      expect(stdout).toContain('finishing answers under way');
      expect(stdout).toContain('"msg":"stopped"');
      expect(stdout).not.toContain('sekrit');
    });
  });
});
