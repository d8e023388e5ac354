import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APP = new URL('../../dist/app.js', import.meta.url).pathname;
/** A folder with no .env in it, so only the environment given counts. */
const cwd = mkdtempSync(join(tmpdir(), 'prague-replica-'));

/** One app process (`node dist/app.js`), as a replica runs in production. */
export interface Replica {
  child: ChildProcess;
  port: number;
  pid: number;
  stdout(): string;
  /** Log lines (JSON) containing `text`. */
  lines(text: string): string[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts `node dist/app.js` with this environment only, and waits until it answers on its port. */
export async function startReplica(env: Record<string, string>, timeoutMs = 20_000): Promise<Replica> {
  const child = spawn('node', [APP], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const start = Date.now();
  let port = 0;
  while (!port) {
    const running = /"port":(\d+)[^\n]*Prague Desk is running/.exec(stdout);
    if (running) port = Number(running[1]);
    else if (child.exitCode !== null) throw new Error(`the replica exited (${child.exitCode}): ${stderr || stdout}`);
    else if (Date.now() - start > timeoutMs) throw new Error(`the replica did not start: ${stderr || stdout}`);
    else await new Promise((r) => setTimeout(r, 20));
  }
  return {
    child,
    port,
    pid: child.pid as number,
    stdout: () => stdout,
    lines: (text) => stdout.split('\n').filter((l) => l.includes(text)),
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits for a condition (no fixed sleeps), failing with `what` after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
