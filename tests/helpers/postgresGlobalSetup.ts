/**
 * Vitest global setup: one throwaway PostgreSQL for the whole run (tests/helpers/throwawayPostgres.mjs),
 * stopped and removed at the end. Each test file takes a fresh database of its own from it
 * (`freshDatabase()` in tests/helpers/postgres.ts).
 *
 * `PRAGUE_TEST_DATABASE_URL` (a superuser connection to a server started elsewhere, e.g. by `.ci/run`)
 * is used instead when set.
 */
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain JavaScript module (it also runs on its own from the command line)
import { canStartPostgres, startPostgres, stopPostgres } from './throwawayPostgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.PRAGUE_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresAdminUrl', given);
    return;
  }
  if (!canStartPostgres()) {
    throw new Error(
      'the tests need PostgreSQL: install its server binaries (Debian: apt-get install postgresql) or set PRAGUE_TEST_DATABASE_URL to a superuser connection',
    );
  }
  const pg = (await startPostgres()) as { url: string; dir: string };
  project.provide('postgresAdminUrl', pg.url);
  return () => stopPostgres(pg.dir);
}
