import { BUNDLED_CORPUS_DIR } from './core/desk.js';

/** A missing or malformed setting: start-up stops with this one line, which names it. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Every setting of the Slack app, read from the environment (and `.env` through dotenv). */
export interface Config {
  botToken: string;
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
  const botToken = required(env, 'SLACK_BOT_TOKEN', 'the bot token (xoxb-…) from the app\'s OAuth & Permissions page');
  if (!botToken.startsWith('xoxb-')) throw new ConfigError('SLACK_BOT_TOKEN is malformed: a bot token starts with "xoxb-"');

  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  if (appToken && !appToken.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN is malformed: an app-level token starts with "xapp-"');
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

  return {
    botToken,
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
