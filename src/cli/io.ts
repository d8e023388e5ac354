import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { InputError } from '../core/desk.js';

/** The streams a CLI command talks to (the process's own, or a test's). */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

/** Bad usage (unknown option, missing argument): exit code 2 with the message and a hint. */
export class UsageError extends Error {}

/** Writes a line and waits until it is flushed (output piped to `head` must not be lost). */
export function writeLine(out: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(`${line}\n`, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Answers each line of standard input with one JSON line (JSON Lines), in order. A line the engine
 * refuses (empty, too long) gets `{…, "error": "…"}` in its place, so that output lines stay aligned with
 * input lines; resolves to the exit code (1 when any line was refused).
 */
export async function answerEachLine(io: CliIO, answer: (line: string) => unknown, refused: (line: string, error: Error) => unknown): Promise<number> {
  let failed = 0;
  for await (const line of inputLines(io.stdin)) {
    try {
      await writeLine(io.stdout, JSON.stringify(answer(line)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed++;
      await writeLine(io.stdout, JSON.stringify(refused(line, error)));
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Reads standard input line by line. */
export async function* inputLines(stdin: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
