import type pino from 'pino';
import type { Database } from './database.js';

/**
 * The schema, as numbered steps applied in order and never edited once released: a change is a new
 * step. `schema_migrations` records which steps a database has.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'digests, events, bindings, installations',
    sql: `
      CREATE TABLE digest_subscriptions (
        channel     text PRIMARY KEY,
        team        text,
        time        text NOT NULL,
        time_zone   text NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL
      );
      CREATE INDEX digest_subscriptions_team ON digest_subscriptions (team);

      -- One row per channel and local date: the unique key that lets exactly one replica deliver a day.
      CREATE TABLE digest_deliveries (
        channel          text NOT NULL,
        date             text NOT NULL CHECK (date ~ '^\\d{4}-\\d{2}-\\d{2}$'),
        status           text NOT NULL CHECK (status IN ('claimed', 'posting', 'sent', 'failed')),
        attempts         integer NOT NULL,
        owner            text,
        lease_until      timestamptz,
        next_attempt_at  timestamptz,
        final            boolean NOT NULL DEFAULT false,
        error            text,
        sent_at          timestamptz,
        updated_at       timestamptz NOT NULL,
        PRIMARY KEY (channel, date)
      );

      CREATE TABLE seen_events (
        key         text PRIMARY KEY,
        expires_at  timestamptz NOT NULL
      );
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);

      CREATE TABLE channel_bindings (
        channel     text PRIMARY KEY,
        team        text,
        collection  text NOT NULL,
        bound_by    text NOT NULL,
        bound_at    timestamptz NOT NULL
      );
      CREATE INDEX channel_bindings_team ON channel_bindings (team);

      CREATE TABLE slack_installations (
        key            text PRIMARY KEY,
        team_id        text,
        enterprise_id  text,
        installation   jsonb NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

/** The advisory lock every replica takes to migrate: the second one waits, then finds nothing to do. */
const MIGRATION_LOCK = 0x70726167; // 'prag'

/**
 * Brings the schema up to date. Safe when several replicas start at once: each takes a session-level
 * advisory lock first, and each step runs in its own transaction with its version recorded.
 *
 * @returns the versions applied by this call.
 */
export async function migrate(db: Database, logger: pino.Logger): Promise<number[]> {
  const { client, release } = await db.checkout();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version     integer PRIMARY KEY,
        name        text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const newest = Math.max(0, ...done);
      const known = Math.max(...MIGRATIONS.map((m) => m.version));
      if (newest > known) {
        throw new Error(`the database schema is version ${newest}, newer than this release knows (${known}): run the newer release`);
      }
      for (const step of MIGRATIONS) {
        if (done.has(step.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(step.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw new Error(`schema step ${step.version} (${step.name}) failed: ${(error as Error).message}`);
        }
        applied.push(step.version);
        logger.info({ version: step.version, name: step.name }, 'database schema step applied');
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    }
  } finally {
    release();
  }
  return applied;
}
