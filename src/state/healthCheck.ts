import type { State } from './types.js';

/** One thing `/healthz` asks about, by name. */
export interface NamedCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail: string }>;
}

/** How long the health endpoint waits for the database before calling it unreachable. */
const CHECK_TIMEOUT_MS = 1_000;

/**
 * Whether the shared state answers (PostgreSQL: a `SELECT 1` within a second). For registration in the
 * app's health checks.
 */
export function databaseCheck(state: State): NamedCheck {
  return {
    name: 'database',
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
