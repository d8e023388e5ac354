import { problemPlace } from '../core/model.js';
import { parseArgs } from 'node:util';
import { CorpusError } from '../core/corpus/loadCorpus.js';
import { openDesk, openDeskReusingCache, type Desk } from '../core/desk.js';
import type { Scope } from '../core/scope.js';
import { UsageError, writeLine, type CliIO } from './io.js';

/** Options every command takes. */
export interface CommonOptions {
  json: boolean;
  corpus?: string;
  limit?: number;
  date?: string;
  /** `--in NAME` (repeatable): only these collections of the corpus. */
  collections: string[];
  positionals: string[];
}

/** The options every command takes, for `node:util` parseArgs. */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  corpus: { type: 'string' },
  limit: { type: 'string' },
  date: { type: 'string' },
  in: { type: 'string', multiple: true },
} as const;

/** Parses a command's arguments: `--json`, `--corpus DIR`, `--limit N`, `--date YYYY-MM-DD`, `--in NAME`. */
export function parseOptions(args: string[]): CommonOptions {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? undefined : readWholeNumber('--limit', values.limit, 1, 100);
  const date = values.date === undefined ? undefined : readCalendarDate('--date', values.date);
  const collections = (values.in ?? []).map((name) => name.trim().replace(/^\/+|\/+$/g, ''));
  return { json: values.json ?? false, corpus: values.corpus, limit, date, collections, positionals };
}

/**
 * A whole number written in decimal digits only, within bounds: `Number()` would also take `0x10`,
 * `1e2`, ` 5` or `5.0`, which nobody means as a count.
 *
 * @throws UsageError naming the option, the value and what it takes.
 */
export function readWholeNumber(option: string, text: string, min: number, max: number): number {
  const value = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw new UsageError(`${option} must be a whole number from ${min} to ${max} in digits, not "${text}"`);
  return value;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date written YYYY-MM-DD that exists (`2026-02-30` does not: JavaScript's `Date` would
 * quietly read it as 2 March).
 *
 * @throws UsageError naming the option, the value and why it is not a date.
 */
export function readCalendarDate(option: string, text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new UsageError(`${option} must be a date written YYYY-MM-DD, not "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) throw new UsageError(`${option} ${text} is not a date: there is no month ${match[2]}`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) throw new UsageError(`${option} ${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`);
  return text;
}

/**
 * The scope a command's `--in` options ask for, checked against the desk's collections.
 *
 * @throws UsageError for a collection the corpus does not have, listing those it has.
 */
export function scopeOf(options: CommonOptions, desk: Desk): Scope {
  if (options.collections.length === 0) return {};
  const known = desk.collections();
  const unknown = options.collections.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const list = known.length > 0 ? `collections: ${known.join(', ')}` : 'this corpus has no collections (subfolders)';
    throw new UsageError(`no collection "${unknown[0]}" in ${desk.corpus.dir} (${list})`);
  }
  return { collections: options.collections };
}

/**
 * Opens the corpus a command asked for (`--corpus DIR`, else the bundled one) and reports its problems
 * (a bad file, a bad line of sources.yml) on standard error: the rest still loads.
 */
export async function openCorpus(options: CommonOptions, io: CliIO): Promise<Desk> {
  try {
    // A corpus folder of the user's is opened from its index cache when it has one (see openDeskReusingCache).
    const desk = options.corpus ? await openDeskReusingCache(options.corpus) : await openDesk();
    for (const p of desk.problems) {
      await writeLine(io.stderr, `warning: ${problemPlace(p)}: ${p.message}`);
    }
    return desk;
  } catch (error) {
    if (error instanceof CorpusError) throw new UsageError(error.message);
    throw error;
  }
}
