#!/usr/bin/env node
import { InputError } from '../core/desk.js';
import { commands } from './commands/index.js';
import { UsageError, writeLine, type CliIO } from './io.js';

function usage(): string {
  return [
    'Prague Desk: verbatim, attributed quotes from the source documents.',
    '',
    'Usage:',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Every command takes --corpus DIR (default: the bundled corpus) and --json.',
  ].join('\n');
}

/**
 * Runs the `prague` command line with its arguments; resolves to the exit code
 * (0 done, 1 bad input or a failure, 2 bad usage).
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await writeLine(name ? io.stdout : io.stderr, usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    await writeLine(io.stderr, `prague: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await writeLine(io.stderr, `prague ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      await writeLine(io.stderr, `prague ${name}: ${error.message}`);
      return 1;
    }
    await writeLine(io.stderr, `prague ${name}: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${(await import('node:fs')).realpathSync(process.argv[1])}`).href;
if (isMain) {
  process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
