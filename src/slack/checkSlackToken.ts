import { ErrorCode, WebClient, type Logger as WebApiLogger, LogLevel } from '@slack/web-api';
import type pino from 'pino';
import type { Health } from './health.js';

/** Who the bot token belongs to, as `auth.test` says. */
export interface SlackIdentity {
  botUserId: string;
  botId?: string;
  teamId?: string;
}

/**
 * Slack refused the token, or the Web API URL is wrong: retrying cannot help, start-up stops with this
 * one line, which names the setting.
 */
export class SlackSettingError extends Error {}

/** Slack did not answer within the bounded retries: start-up stops with this one line. */
export class SlackUnreachableError extends Error {}

/**
 * `auth.test` errors that mean the token itself is wrong (revoked, deleted, a workspace gone): no retry
 * helps. Everything Slack answers that is not listed in {@link TRANSIENT_ERRORS} is treated the same way.
 */
const TOKEN_ERRORS: Record<string, string> = {
  invalid_auth: 'the token is not valid (wrong, or from another app)',
  not_authed: 'no token was sent',
  token_revoked: 'the token was revoked (the app was uninstalled or the token regenerated)',
  token_expired: 'the token has expired (token rotation is on: use a non-expiring bot token)',
  account_inactive: 'the token belongs to a deleted user or a workspace that is gone',
  not_allowed_token_type: 'this is not a bot token',
};
/** `auth.test` errors that are Slack's own trouble: retried. */
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait after the first failure; doubled after each next one, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** 8 attempts, waiting 1, 2, 4, 8, 16, 30, 30 s between them: about 90 s plus the attempts' own time. */
export const START_RETRY: RetryPolicy = { attempts: 8, firstDelayMs: 1000, maxDelayMs: 30_000 };
/** One attempt may take this long before it counts as "Slack did not answer". */
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface CheckSlackTokenOptions {
  token: string;
  /** Web API base URL (`SLACK_API_URL`); Slack's own when unset. */
  slackApiUrl?: string;
  logger: pino.Logger;
  /** Kept up to date under the name `slack`: not ready, with the reason, until Slack has answered. */
  health?: Health;
  retry?: RetryPolicy;
  attemptTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The Web API client's own log lines are replaced by this module's (one clear line per attempt). */
const quietLogger: WebApiLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

type Outcome = { identity: SlackIdentity } | { fatal: string } | { transient: string; retryAfterMs?: number };

async function attempt(client: WebClient, apiUrl: string): Promise<Outcome> {
  try {
    const result = await client.auth.test();
    if (!result.user_id) return { fatal: `SLACK_BOT_TOKEN is not a bot token: auth.test names no bot user` };
    return { identity: { botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id } };
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; original?: Error; message: string };
    if (e.code === ErrorCode.PlatformError) {
      const code = e.data?.error ?? 'unknown_error';
      if (TRANSIENT_ERRORS.has(code)) return { transient: `Slack answered ${code}` };
      const why = TOKEN_ERRORS[code] ?? 'Slack refused it';
      return { fatal: `SLACK_BOT_TOKEN was refused by Slack (${code}): ${why}. Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page` };
    }
    if (e.code === ErrorCode.RateLimitedError) return { transient: 'Slack is rate-limiting auth.test', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    if (e.code === ErrorCode.HTTPError) {
      const status = e.statusCode ?? 0;
      if (status >= 500) return { transient: `Slack answered HTTP ${status}` };
      return { fatal: `SLACK_API_URL: ${apiUrl} answered HTTP ${status} to auth.test: it is not Slack's Web API (leave SLACK_API_URL empty for Slack's own)` };
    }
    const original = e.original as (Error & { cause?: { code?: string; message?: string } }) | undefined;
    const reason = original?.cause?.code ?? original?.cause?.message ?? original?.name ?? e.message;
    return { transient: `Slack did not answer (${reason === 'TimeoutError' ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` : reason})` };
  }
}

/**
 * Checks the bot token with Slack (`auth.test`) before the app says it is ready, and returns whose it is.
 *
 * - Slack refuses the token (`invalid_auth`, `token_revoked`, `account_inactive`…): throws
 *   {@link SlackSettingError}, whose message is one line naming `SLACK_BOT_TOKEN`; no retry.
 * - Slack cannot be reached (network, time-out, HTTP 5xx, rate limit): retries with a doubling wait
 *   ({@link START_RETRY}), logging each failure and keeping the `slack` health check "not ready" with
 *   the reason; after the last attempt throws {@link SlackUnreachableError}.
 *
 * Bolt's `App` would call `auth.test` itself in its constructor and end the process on a refused token:
 * the app is built with an `authorize` that returns the identity found here instead.
 */
export async function checkSlackToken(options: CheckSlackTokenOptions): Promise<SlackIdentity> {
  const { logger, health } = options;
  const policy = options.retry ?? START_RETRY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const apiUrl = options.slackApiUrl ?? 'https://slack.com/api/';
  const client = new WebClient(options.token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS,
    logger: quietLogger,
  });
  health?.set('slack', { ready: false, reason: 'checking the bot token with Slack (auth.test)' });
  const started = Date.now();
  let delay = policy.firstDelayMs;
  for (let n = 1; ; n++) {
    const outcome = await attempt(client, apiUrl);
    if ('identity' in outcome) {
      health?.set('slack', { ready: true });
      logger.info({ botUserId: outcome.identity.botUserId, teamId: outcome.identity.teamId, attempts: n }, 'bot token accepted by Slack');
      return outcome.identity;
    }
    if ('fatal' in outcome) {
      health?.set('slack', { ready: false, reason: outcome.fatal });
      throw new SlackSettingError(outcome.fatal);
    }
    if (n >= policy.attempts) {
      const seconds = Math.round((Date.now() - started) / 1000);
      const message = `${outcome.transient} at ${apiUrl} after ${n} attempts over ${seconds} s: check the network (or SLACK_API_URL)`;
      health?.set('slack', { ready: false, reason: message });
      throw new SlackUnreachableError(message);
    }
    const wait = Math.max(delay, outcome.retryAfterMs ?? 0);
    const reason = `${outcome.transient} at ${apiUrl}; attempt ${n} of ${policy.attempts}, next in ${Math.round(wait / 100) / 10} s`;
    health?.set('slack', { ready: false, reason });
    logger.warn({ attempt: n, of: policy.attempts, retryInMs: wait }, `not ready: ${reason}`);
    await sleep(wait);
    delay = Math.min(delay * 2, policy.maxDelayMs);
  }
}
