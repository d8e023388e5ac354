import pino from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

/** Anything shaped like a Slack token or a signing secret, wherever it appears in a log line. */
const SECRET_PATTERN = /\bx(?:ox[abpers]|app)-[A-Za-z0-9-]+/g;

/**
 * Replaces tokens and the given secrets with `[redacted]` (Bolt and the Web API client may log request
 * details; none of them may reach a log line).
 */
export function scrubSecrets(text: string, secrets: string[] = []): string {
  let out = text.replace(SECRET_PATTERN, '[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}

/** The app's pino logger (JSON lines on stdout), with token-shaped fields redacted by path too. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level,
      name: 'prague-desk',
      redact: { paths: ['token', 'botToken', 'appToken', 'signingSecret', '*.token', 'headers.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}

const TO_PINO: Record<LogLevel, pino.Level> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/**
 * Gives Bolt its Logger interface on top of pino. Bolt passes loose arguments (strings, objects,
 * errors); they become one scrubbed message string.
 */
export function boltLogger(logger: pino.Logger, secrets: string[]): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  const format = (args: unknown[]) =>
    scrubSecrets(
      args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.stack ?? a.message : safeJson(a))).join(' '),
      secrets,
    );
  return {
    debug: (...args: unknown[]) => child.debug(format(args)),
    info: (...args: unknown[]) => child.info(format(args)),
    warn: (...args: unknown[]) => child.warn(format(args)),
    error: (...args: unknown[]) => child.error(format(args)),
    setLevel: (level: LogLevel) => {
      child.level = TO_PINO[level] ?? 'info';
    },
    getLevel: () => (Object.entries(TO_PINO).find(([, v]) => v === child.level)?.[0] as LogLevel | undefined) ?? LogLevel.INFO,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
