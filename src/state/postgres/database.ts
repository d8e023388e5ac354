import pg from 'pg';
import type pino from 'pino';
import { StateUnavailableError } from '../types.js';

/** Waiting for a connection longer than this means the database is not there (a clear error, not a hang). */
const CONNECT_TIMEOUT_MS = 3_000;
/** No state query of this app takes more than milliseconds; one that takes this long is a fault. */
const QUERY_TIMEOUT_MS = 5_000;
/** Connections per replica: state queries are short, and PostgreSQL's default limit is 100 in all. */
const POOL_SIZE = 10;

/** Errors that mean "the database cannot be reached" rather than "this query is wrong". */
function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e.code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EPIPE|EAI_AGAIN|57P0[1-3]|08\w{3}|53300)$/.test(e.code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connect ETIMEDOUT|Client has encountered a connection error/i.test(e.message ?? '');
}

/** `host:port/database` of a connection string, without the user name or password (for logs). */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * The app's PostgreSQL connection pool. It says clearly, once, when the database stops answering and
 * when it answers again; a lost connection never crashes the process (the pool opens new ones as soon
 * as the server is back).
 */
export class Database {
  readonly pool: pg.Pool;
  readonly where: string;
  private reachable = true;

  constructor(
    url: string,
    private readonly logger: pino.Logger,
  ) {
    this.where = describeDatabaseUrl(url);
    this.pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: 'prague-desk',
    });
    // An idle connection dropped by the server (restart, failover) is an event, not a crash.
    this.pool.on('error', (error) => void this.failed(error));
  }

  /** Notes a failure; a connection failure becomes a StateUnavailableError for the caller. */
  private failed(error: unknown): unknown {
    if (!isConnectionError(error)) return error;
    if (this.reachable) {
      this.reachable = false;
      this.logger.error(
        { database: this.where, error: (error as Error).message },
        'database unreachable: digests wait and shared checks are skipped until it is back',
      );
    }
    return new StateUnavailableError(`PostgreSQL at ${this.where} is unreachable: ${(error as Error).message}`, { cause: error });
  }

  private succeeded(): void {
    if (!this.reachable) {
      this.reachable = true;
      this.logger.info({ database: this.where }, 'database reachable again');
    }
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      const result = await this.pool.query<R>(text, params);
      this.succeeded();
      return result;
    } catch (error) {
      throw this.failed(error);
    }
  }

  /**
   * One connection of the pool, for several statements. While it is out of the pool nothing else
   * listens for its errors: a connection dropped between two statements would be an uncaught 'error'
   * event (a crash), so it gets a listener of its own until it is released.
   */
  async checkout(): Promise<{ client: pg.PoolClient; release: () => void }> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.failed(error);
    }
    const onError = (error: Error) => void this.failed(error);
    client.on('error', onError);
    return {
      client,
      release: () => {
        client.removeListener('error', onError);
        client.release();
      },
    };
  }

  /** Runs `work` in one transaction on one connection; rolled back if it throws. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const { client, release } = await this.checkout();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      this.succeeded();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw this.failed(error);
    } finally {
      release();
    }
  }

  /** Asks the database a trivial question; the answer says whether it is reachable now. */
  async check(): Promise<{ ok: boolean; detail: string }> {
    try {
      await this.query('SELECT 1');
      return { ok: true, detail: `PostgreSQL at ${this.where}` };
    } catch (error) {
      return { ok: false, detail: `PostgreSQL at ${this.where} unreachable: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
