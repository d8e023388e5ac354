import { BUNDLED_CORPUS_DIR } from './core/desk.js';

/** A missing or malformed setting: start-up stops with this one line, which names it. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Every setting of the Slack app, read from the environment (and `.env` through dotenv). */
export interface Config {
  /** Single-workspace mode: the bot token. Absent when any workspace installs the app through OAuth. */
  botToken?: string;
  /** OAuth: any workspace can install the app (`/slack/install`); each request uses its own workspace's token. */
  oauth?: OAuthConfig;
  /** Shared state in PostgreSQL (several replicas act as one app); files in `dataDir` when absent. */
  databaseUrl?: string;
  /** How long a replica's claim on a digest lasts before another replica may take it over. */
  digestLeaseMs: number;
  /** HTTP mode only: Slack's requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  /** Web API base URL (GovSlack, proxies, tests); Slack's own when unset. */
  slackApiUrl?: string;
  port: number;
  corpusDir: string;
  dataDir: string;
  logLevel: LogLevelName;
  /** Slack user ids allowed to change digest subscriptions; everyone when empty. */
  admins: string[];
}

/** Bolt's OAuth installer settings (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_REDIRECT_URI). */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` parameter, so any replica can check the state another one issued. */
  stateSecret: string;
  /** The redirect URL registered with Slack, when it must be sent explicitly (several are registered). */
  redirectUri?: string;
}

/** The path Slack sends an installing browser back to (the redirect URL's path). */
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

function required(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is missing: set ${what} (see .env.example)`);
  return value;
}

/**
 * Reads and checks the settings. Nothing is logged here: tokens and secrets never reach a log line.
 *
 * ```ts
 * readConfig({ SLACK_BOT_TOKEN: 'xoxb-…', SLACK_APP_TOKEN: 'xapp-…' }).appToken // Socket Mode
 * ```
 *
 * @throws ConfigError naming the first missing or malformed setting.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const oauth = readOAuth(env);
  const botToken = env.SLACK_BOT_TOKEN?.trim() || undefined;
  if (oauth && botToken) {
    throw new ConfigError('SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID: use one workspace\'s bot token, or OAuth for any workspace, not both (unset one)');
  }
  if (!oauth && !botToken) {
    required(env, 'SLACK_BOT_TOKEN', 'the bot token (xoxb-…) from the app\'s OAuth & Permissions page, or SLACK_CLIENT_ID/SLACK_CLIENT_SECRET/SLACK_STATE_SECRET for installs in any workspace');
  }
  if (botToken && !botToken.startsWith('xoxb-')) throw new ConfigError('SLACK_BOT_TOKEN is malformed: a bot token starts with "xoxb-"');

  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  if (appToken && !appToken.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN is malformed: an app-level token starts with "xapp-"');
  }
  if (appToken && oauth) {
    throw new ConfigError('SLACK_APP_TOKEN is set with SLACK_CLIENT_ID: installs through OAuth need HTTP mode (unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET)');
  }
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || undefined;
  if (!appToken && !signingSecret) {
    throw new ConfigError('SLACK_SIGNING_SECRET is missing: HTTP mode needs the signing secret (or set SLACK_APP_TOKEN for Socket Mode)');
  }

  let slackApiUrl = env.SLACK_API_URL?.trim() || undefined;
  if (slackApiUrl) {
    let url: URL;
    try {
      url = new URL(slackApiUrl);
    } catch {
      throw new ConfigError(`SLACK_API_URL is malformed: "${slackApiUrl}" is not a URL (e.g. https://slack.com/api/)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('SLACK_API_URL is malformed: use an http(s) URL');
    slackApiUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }

  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT is malformed: "${portText}" is not a port number (0-65535)`);

  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevelName;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL is malformed: "${env.LOG_LEVEL}" (use one of ${LOG_LEVELS.join(', ')})`);

  const admins = (env.PRAGUE_ADMINS ?? '').split(/[\s,]+/).filter(Boolean);
  for (const id of admins) {
    if (!/^[UW][A-Z0-9]{2,}$/.test(id)) throw new ConfigError(`PRAGUE_ADMINS is malformed: "${id}" is not a Slack user id (like U024BE7LH)`);
  }

  const databaseUrl = readDatabaseUrl(env);
  const leaseText = env.DIGEST_LEASE_SECONDS?.trim() || '120';
  const leaseSeconds = Number(leaseText);
  if (!/^\d+(\.\d+)?$/.test(leaseText) || leaseSeconds < 1 || leaseSeconds > 3600) {
    throw new ConfigError(`DIGEST_LEASE_SECONDS is malformed: "${leaseText}" (use a number of seconds from 1 to 3600)`);
  }

  return {
    botToken,
    oauth,
    databaseUrl,
    digestLeaseMs: leaseSeconds * 1000,
    signingSecret,
    appToken,
    slackApiUrl,
    port,
    corpusDir: env.CORPUS_DIR?.trim() || BUNDLED_CORPUS_DIR,
    dataDir: env.DATA_DIR?.trim() || 'data',
    logLevel,
    admins,
  };
}

/** OAuth settings: all three of id, secret and state secret, or none. */
function readOAuth(env: NodeJS.ProcessEnv): OAuthConfig | undefined {
  const clientId = env.SLACK_CLIENT_ID?.trim() || undefined;
  const clientSecret = env.SLACK_CLIENT_SECRET?.trim() || undefined;
  const stateSecret = env.SLACK_STATE_SECRET?.trim() || undefined;
  const redirect = env.SLACK_REDIRECT_URI?.trim() || undefined;
  if (!clientId && !clientSecret && !stateSecret && !redirect) return undefined;
  if (!clientId) throw new ConfigError(`SLACK_CLIENT_ID is missing: ${clientSecret ? 'SLACK_CLIENT_SECRET' : stateSecret ? 'SLACK_STATE_SECRET' : 'SLACK_REDIRECT_URI'} is set, and OAuth installs need the app's client id (Basic Information page)`);
  if (!/^\d+\.\d+$/.test(clientId)) throw new ConfigError(`SLACK_CLIENT_ID is malformed: a client id is two numbers joined by a dot (like 1234567890.0987654321)`);
  if (!clientSecret) throw new ConfigError('SLACK_CLIENT_SECRET is missing: SLACK_CLIENT_ID is set, and OAuth installs need the client secret (Basic Information page)');
  if (!stateSecret) throw new ConfigError('SLACK_STATE_SECRET is missing: SLACK_CLIENT_ID is set, and OAuth installs need a secret to sign their state with (any long random string, the same on every replica)');
  if (stateSecret.length < 16) throw new ConfigError('SLACK_STATE_SECRET is malformed: use at least 16 random characters (it signs the OAuth state)');
  let redirectUri: string | undefined;
  if (redirect) {
    let url: URL;
    try {
      url = new URL(redirect);
    } catch {
      throw new ConfigError(`SLACK_REDIRECT_URI is malformed: "${redirect}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('SLACK_REDIRECT_URI is malformed: use an https URL');
    if (url.pathname !== OAUTH_REDIRECT_PATH) throw new ConfigError(`SLACK_REDIRECT_URI is malformed: its path must be ${OAUTH_REDIRECT_PATH}`);
    redirectUri = url.href;
  }
  return { clientId, clientSecret, stateSecret, redirectUri };
}

/** `DATABASE_URL`: a postgres:// (or postgresql://) URL naming at least a host. */
function readDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const text = env.DATABASE_URL?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError('DATABASE_URL is malformed: not a URL (e.g. postgres://user:password@host:5432/prague)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL is malformed: it starts with "${url.protocol}//"; use postgres://user:password@host:5432/database`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL is malformed: it names no host (e.g. postgres://user:password@host:5432/prague)');
  return text;
}
