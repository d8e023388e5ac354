import { problemPlace } from '../core/model.js';
import { parseArgs } from 'node:util';
import { CorpusError } from '../core/corpus/loadCorpus.js';
import { openDesk, type Desk } from '../core/desk.js';
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

/** Parses a command's arguments: `--json`, `--corpus DIR`, `--limit N`, `--date YYYY-MM-DD`. */
export function parseOptions(args: string[]): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        limit: { type: 'string' },
        date: { type: 'string' },
        in: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${values.limit}"`);
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError(`--date must be YYYY-MM-DD, not "${values.date}"`);
  }
  const collections = (values.in ?? []).map((name) => name.trim().replace(/^\/+|\/+$/g, ''));
  return { json: values.json ?? false, corpus: values.corpus, limit, date: values.date, collections, positionals };
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
    const desk = await openDesk(options.corpus);
    for (const p of desk.problems) {
      await writeLine(io.stderr, `warning: ${problemPlace(p)}: ${p.message}`);
    }
    return desk;
  } catch (error) {
    if (error instanceof CorpusError) throw new UsageError(error.message);
    throw error;
  }
}
