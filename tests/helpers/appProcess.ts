import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from './waitUntil.js';

const APP = new URL('../../dist/app.js', import.meta.url).pathname;

/** `npm start` (dist/app.js) as a child process, with what it writes. */
export interface AppProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves to the exit code when the process ends. */
  exit: Promise<number | null>;
  /** The port it listens on, once it has logged it (PORT=0 takes any free port). */
  port(): Promise<number>;
  /** Waits until its standard output holds `text`. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Stops it (SIGTERM) and waits for it to end. */
  stop(): Promise<void>;
}

/** Starts the real app with only the environment given (in a folder with no .env). */
export function startAppProcess(env: Record<string, string>): AppProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'prague-app-'));
  const child = spawn('node', [APP], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  let ended = false;
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  const waitForOutput = (text: string | RegExp, timeoutMs = 15_000) =>
    waitUntil(() => {
      if (typeof text === 'string' ? stdout.includes(text) : text.test(stdout)) return true;
      if (ended) throw new Error(`the app ended before writing ${String(text)}:\n${stdout}\n${stderr}`);
      return false;
    }, { timeoutMs, what: `output ${String(text)}` });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exit,
    waitForOutput,
    async port() {
      await waitForOutput(/"port":\d+/);
      return Number(/"port":(\d+)/.exec(stdout)?.[1]);
    },
    async stop() {
      if (!ended) child.kill('SIGTERM');
      await exit;
    },
  };
}
