import type pino from 'pino';
import { openFileState } from './file/fileState.js';
import { describeDatabaseUrl } from './postgres/database.js';
import { openPostgresState } from './postgres/postgresState.js';
import type { State } from './types.js';

/** How long start-up waits for PostgreSQL to answer (a database started alongside the app may be slower). */
const START_WAIT_MS = 30_000;

/**
 * The app's state: PostgreSQL when `databaseUrl` is set (shared by every replica), else files in
 * `dataDir` (one process). PostgreSQL is retried with growing pauses for up to 30 s at start.
 *
 * ```ts
 * const state = await openState({ dataDir: 'data', databaseUrl: process.env.DATABASE_URL }, logger)
 * await state.subscriptions.list()
 * ```
 *
 * @throws StateError for a corrupt state file; Error naming the database when it cannot be reached.
 */
export async function openState(
  settings: { dataDir: string; databaseUrl?: string },
  logger: pino.Logger,
  waitMs = START_WAIT_MS,
): Promise<State> {
  if (!settings.databaseUrl) return openFileState(settings.dataDir);
  const started = Date.now();
  let pause = 250;
  for (;;) {
    try {
      const state = await openPostgresState(settings.databaseUrl, logger);
      logger.info({ database: describeDatabaseUrl(settings.databaseUrl) }, 'state in PostgreSQL');
      return state;
    } catch (error) {
      if (Date.now() - started + pause > waitMs) throw error;
      logger.warn({ error: (error as Error).message }, `waiting for PostgreSQL (retry in ${pause} ms)`);
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 5_000);
    }
  }
}
