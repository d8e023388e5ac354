import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 's' };

describe('readConfig', () => {
  it('reads HTTP mode with defaults', () => {
    const config = readConfig(base);
    expect(config).toMatchObject({ port: 3000, dataDir: 'data', logLevel: 'info', admins: [] });
    expect(config.appToken).toBeUndefined();
  });

  it('reads Socket Mode without a signing secret', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A' }).appToken).toBe('xapp-1-A');
  });

  it.each([
    [{}, 'SLACK_BOT_TOKEN is missing'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN is malformed'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN is malformed'],
    [{ ...base, PORT: 'eighty' }, 'PORT is malformed'],
    [{ ...base, SLACK_API_URL: 'not a url' }, 'SLACK_API_URL is malformed'],
    [{ ...base, LOG_LEVEL: 'loud' }, 'LOG_LEVEL is malformed'],
    [{ ...base, PRAGUE_ADMINS: 'U123,bob' }, 'PRAGUE_ADMINS is malformed'],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('never puts a token in its messages', () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxp-secret-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-value');
    }
  });
});
