import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NamedCheck } from '../state/healthCheck.js';

/** One named check's state: ready, or not ready with the reason an operator reads. */
export type CheckState = { ready: true } | { ready: false; reason: string };

/**
 * What `GET /healthz` says: ready (200 `ok`) only when every registered check is ready, else 503 with
 * the checks that are not (`not ready: slack: Slack did not answer (ECONNREFUSED); retry 3 in 4 s`).
 * Each part of the app registers its own named check and keeps it up to date (the Slack token check).
 * Probes (`addProbe`: the database) are asked each time health is: a critical one that fails makes the
 * app not ready; another that fails makes it `degraded` (200: the app still answers questions). Each
 * probe has a line of its own (`database: ok` / `database: unreachable`), with no address or secret.
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
  private readonly probes: NamedCheck[] = [];

  /** Adds a probe asked on every `GET /healthz` (see the class comment). */
  addProbe(probe: NamedCheck): void {
    this.probes.push(probe);
  }

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
    void this.report().then(({ status, body }) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    });
  };

  /** What `GET /healthz` answers: its status code and its text. */
  async report(): Promise<{ status: number; body: string }> {
    const probed = await Promise.all(
      this.probes.map(async (p) => ({ name: p.name, critical: p.critical, ...(await p.check().catch((e: Error) => ({ ok: false, detail: e.message }))) })),
    );
    const lines = probed.map((p) => `${p.name}: ${p.ok ? 'ok' : 'unreachable'}`);
    const failedCritical = probed.filter((p) => !p.ok && p.critical).map((p) => `${p.name}: unreachable`);
    const reason = [this.notReady(undefined), ...failedCritical].filter(Boolean).join('; ');
    if (reason) return { status: 503, body: [`not ready: ${reason}`, ...lines].join('\n') };
    return { status: 200, body: [probed.some((p) => !p.ok) ? 'degraded' : 'ok', ...lines].join('\n') };
  }
}
