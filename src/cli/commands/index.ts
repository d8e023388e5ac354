import type { CliCommand } from '../command.js';
import { askCommand } from './ask.js';
import { quoteCommand } from './quote.js';
import { sourcesCommand } from './sources.js';
import { compareCommand } from './compare.js';
import { checkCommand } from './check.js';
import { digestCommand } from './digest.js';
import { showCommand } from './show.js';

/** Every `prague` subcommand. A new command is a new file here plus one line in this list. */
export const commands: CliCommand[] = [askCommand, quoteCommand, sourcesCommand, compareCommand, digestCommand, checkCommand, showCommand];
