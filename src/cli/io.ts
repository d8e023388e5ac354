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

/**
 * Control characters other than newline and tab, as they may come from a corpus file, a file name or
 * an argument: ESC starts terminal escape sequences (colours, cursor moves, window titles, clearing the
 * screen), CR overwrites a line, C1 codes (U+0080–U+009F) act as escapes on some terminals.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes a line safe to print: every control character but newline and tab is written as its `\uXXXX`
 * escape, so it is seen, never acted on by the terminal. In a JSON line the same escape is valid JSON
 * with the same value (JSON.stringify escapes U+0000–U+001F itself, but not DEL and U+0080–U+009F).
 *
 * ```ts
 * printable('red \u001b[31mtext') // 'red \\u001b[31mtext'
 * ```
 */
export function printable(line: string): string {
  return line.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes a line (control characters escaped, see {@link printable}) and waits until it is flushed
 * (output piped to `head` must not be lost).
 */
export function writeLine(out: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(`${printable(line)}\n`, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Answers each line of standard input with one JSON line (JSON Lines), in order. Blank lines are
 * skipped (a batch file often ends with one, or separates groups with them). A line the engine refuses
 * (too long) gets `{…, "error": "…"}` in its place, and the batch goes on; resolves to the exit code
 * (1 when any line was refused).
 */
export async function answerEachLine(io: CliIO, answer: (line: string) => unknown, refused: (line: string, error: Error) => unknown): Promise<number> {
  let failed = 0;
  for await (const line of inputLines(io.stdin)) {
    if (!line.trim()) continue;
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
