import type { IncomingMessage, ServerResponse } from 'node:http';

/** One named check's state: ready, or not ready with the reason an operator reads. */
export type CheckState = { ready: true } | { ready: false; reason: string };

/**
 * What `GET /healthz` says: ready (200 `ok`) only when every registered check is ready, else 503 with
 * one line per check that is not (`not ready: slack: Slack did not answer (ECONNREFUSED); retry 3 in
 * 4 s`). Each part of the app registers its own named check and keeps it up to date (the Slack token
 * check, a database connection).
 *
 * ```ts
 * const health = new Health()
 * health.set('slack', { ready: false, reason: 'checking the bot token' })
 * health.notReady() // 'slack: checking the bot token'
 * health.set('slack', { ready: true })
 * health.notReady() // undefined
 * ```
 */
export class Health {
  private readonly checks = new Map<string, CheckState | (() => CheckState)>();

  /** Sets a check's state, or a function that tells it each time health is asked. */
  set(name: string, state: CheckState | (() => CheckState)): void {
    this.checks.set(name, state);
  }

  /**
   * The reasons the app is not ready (`name: reason; …`), or `undefined` when every check is ready;
   * with `names`, only those checks count.
   */
  notReady(names?: string[]): string | undefined {
    const reasons: string[] = [];
    for (const [name, check] of this.checks) {
      if (names && !names.includes(name)) continue;
      let state: CheckState;
      try {
        state = typeof check === 'function' ? check() : check;
      } catch (error) {
        state = { ready: false, reason: `the check failed: ${(error as Error).message}` };
      }
      if (!state.ready) reasons.push(`${name}: ${state.reason}`);
    }
    return reasons.length > 0 ? reasons.join('; ') : undefined;
  }

  /** The `GET /healthz` handler (a Bolt custom route). */
  readonly handle = (_req: IncomingMessage, res: ServerResponse): void => {
    const reason = this.notReady(undefined);
    res.writeHead(reason ? 503 : 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(reason ? `not ready: ${reason}\n` : 'ok\n');
  };
}
