/**
 * The slash-command acknowledgement with the app's state behind it: every request is checked against
 * the shared de-duplication store before its ack, and the channel's collection is read before it is
 * answered. The same load (signed `/prague` requests over real HTTP, 20 in flight) runs against the
 * app with file state and with PostgreSQL state, in the same run, so the two can be compared.
 *
 * PostgreSQL: `DATABASE_URL` when set (the bench adds rows to its tables, which expire), else a
 * throwaway server when the PostgreSQL binaries are on the machine (tests/helpers/throwawayPostgres.mjs),
 * else this part is skipped, saying why.
 *
 * The load is `slashCommandLoad.ts`'s (a worker thread, signed requests over real HTTP).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDesk, type Desk } from '../core/desk.js';
import { createLogger } from '../logger.js';
import { openFileState } from '../state/file/fileState.js';
import { openPostgresState } from '../state/postgres/postgresState.js';
import type { State } from '../state/types.js';
import { runSlashCommandLoad, type Load, type LoadFigures } from './slashCommandLoad.js';

/** Every load: 20 requests in flight, 2,000 in all, spread over 50 channels. */
const LOAD: Load = { concurrency: 20, requests: 2000 };
const CHANNELS = 50;

/** A PostgreSQL to bench against: DATABASE_URL, or a throwaway one, or the reason there is none. */
async function benchDatabase(): Promise<{ url: string; where: string; stop: () => Promise<void> } | { skipped: string }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, where: 'DATABASE_URL', stop: async () => {} };
  const helper = new URL('../../tests/helpers/throwawayPostgres.mjs', import.meta.url).href;
  let tools: { canStartPostgres(): boolean; startPostgres(): Promise<{ url: string; dir: string }>; stopPostgres(dir: string): void };
  try {
    tools = await import(helper);
  } catch {
    return { skipped: 'no DATABASE_URL, and tests/helpers/throwawayPostgres.mjs is not in this checkout' };
  }
  if (!tools.canStartPostgres()) return { skipped: 'no DATABASE_URL, and no PostgreSQL server binaries on this machine' };
  const server = await tools.startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE prague_bench');
  await admin.end();
  return { url: server.url.replace(/\/postgres$/, '/prague_bench'), where: 'a throwaway PostgreSQL', stop: async () => tools.stopPostgres(server.dir) };
}

/** The commands sent: questions (the engine answers between acks) and help (the transport and the state alone). */
const LOADS = {
  questions: ['who attended', 'rule of law', 'what did the US do before the meeting', 'Barcelona'],
  help: ['help'],
};

/** Runs each load against an app over `state`; resolves to the figures of each. */
async function benchWithState(desk: Desk, state: State): Promise<Record<keyof typeof LOADS, LoadFigures>> {
  const figures = {} as Record<keyof typeof LOADS, LoadFigures>;
  for (const [name, texts] of Object.entries(LOADS) as [keyof typeof LOADS, string[]][]) figures[name] = await benchLoad(desk, state, texts);
  return figures;
}

async function benchLoad(desk: Desk, state: State, texts: string[]): Promise<LoadFigures> {
  const { figures } = await runSlashCommandLoad({ desk, state, questions: texts, loads: [LOAD], channels: CHANNELS });
  return figures[0] as LoadFigures;
}

/** `npm run bench`'s shared-state section: file state and PostgreSQL state, side by side. */
export async function benchSharedState(): Promise<Record<string, unknown>> {
  const desk = await openDesk();
  const dataDir = mkdtempSync(join(tmpdir(), 'prague-bench-state-'));
  try {
    const files = await benchWithState(desk, openFileState(dataDir));
    const database = await benchDatabase();
    if ('skipped' in database) return { slash_command_ack_with_state: { files, postgres: { skipped: database.skipped } } };
    try {
      const state = await openPostgresState(database.url, createLogger('error'));
      try {
        const postgres = await benchWithState(desk, state);
        return { slash_command_ack_with_state: { files, postgres: { database: database.where, ...postgres } } };
      } finally {
        await state.close();
      }
    } finally {
      await database.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
