import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

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

/** Reads standard input line by line. */
export async function* inputLines(stdin: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
