import type { CliIO } from './io.js';

/** One `prague` subcommand: its own file under `commands/`, listed in `commands/index.ts`. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
