import type { State } from './types.js';

/** One thing `/healthz` asks about, by name. */
export interface NamedCheck {
  name: string;
  /**
   * Whether the app cannot serve without it (health answers 503 when it fails). A non-critical check
   * that fails makes the app `degraded`: reported, still 200, so a load balancer keeps sending requests
   * that the app can still answer.
   */
  critical: boolean;
  check(): Promise<{ ok: boolean; detail: string }>;
}

/** How long the health endpoint waits for the database before calling it unreachable. */
const CHECK_TIMEOUT_MS = 1_000;

/**
 * Whether the shared state answers (PostgreSQL: a `SELECT 1` within a second). For registration in the
 * app's health checks. Not critical: without the database every replica still answers questions (only
 * state changes and digests wait), so taking every replica out of a load balancer would be worse.
 */
export function databaseCheck(state: State): NamedCheck {
  return {
    name: 'database',
    critical: false,
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
      });
      try {
        return await Promise.race([state.check(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
