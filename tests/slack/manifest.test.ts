import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import dotenv from 'dotenv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openDesk } from '../../src/core/desk.js';
import { buildDigest } from '../../src/core/digest/buildDigest.js';
import { ACTIONS } from '../../src/slack/listeners/actions/index.js';
import { COMMANDS } from '../../src/slack/listeners/commands/index.js';
import { EVENTS } from '../../src/slack/listeners/events/index.js';
import { CHECK_QUOTES_CALLBACK, CHECK_QUOTES_NAME } from '../../src/slack/listeners/shortcuts/checkQuotes.js';
import { SHORTCUTS } from '../../src/slack/listeners/shortcuts/index.js';
import { renderAnswer } from '../../src/slack/render/blocks.js';
import { renderComparisonOverview } from '../../src/slack/render/comparison.js';
import { renderDigest } from '../../src/slack/render/digest.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    bot_user: { display_name: string };
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    slash_commands: { command: string; usage_hint?: string; description: string; url?: string }[];
    shortcuts: { name: string; type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = parse(read('manifest.yml')) as Manifest;
const srcDir = new URL('../../src/', import.meta.url);
/** All of the app's source text, to see which Web API methods it calls. */
const allSource = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(f, srcDir), 'utf8'))
  .join('\n');

/**
 * Slack's published app-manifest schema (vendored with its licence), the versioned files registered
 * under the URLs the entry point refers to, so validation runs offline from a fresh clone.
 */
function manifestValidator() {
  const dir = 'tests/fixtures/slack-manifest-schema/';
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', true);
  for (const version of ['1.0.0', '2.0.0']) {
    ajv.addSchema(JSON.parse(read(`${dir}manifest.schema.${version}.json`)), `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${version}.json`);
  }
  const validate = ajv.compile(JSON.parse(read(`${dir}manifest.schema.json`)));
  /** The schema's complaints about a manifest, one line each (the oneOf bookkeeping left out). */
  return (m: unknown): string[] => {
    if (validate(m)) return [];
    const lines = (validate.errors ?? []).filter((e) => !['oneOf', 'not', 'required', 'const', 'allOf'].includes(e.keyword) || e.instancePath !== '');
    return [...new Set(lines.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`))];
  };
}
const schemaErrors = manifestValidator();

describe('manifest.yml against Slack\'s app-manifest schema', () => {
  it('is valid, so Slack can create the app from it', () => {
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it('the schema catches what Slack refuses (it is not a check that always passes)', () => {
    const tooLong = structuredClone(manifest);
    tooLong.features.shortcuts[0]!.name = 'Check quotes against sources';
    expect(schemaErrors(tooLong)).toContain('/features/shortcuts/0/name must NOT have more than 24 characters');
    const badCommand = structuredClone(manifest);
    badCommand.features.slash_commands[0]!.command = `/${'p'.repeat(40)}`;
    expect(schemaErrors(badCommand).join('\n')).toMatch(/\/features\/slash_commands\/0\/command/);
  });

  it('is valid switched to HTTP mode as its header comment says', () => {
    const http = structuredClone(manifest);
    const url = 'https://desk.example.org/slack/events';
    http.settings.socket_mode_enabled = false;
    http.features.slash_commands[0]!.url = url;
    http.settings.event_subscriptions.request_url = url;
    http.settings.interactivity.request_url = url;
    expect(schemaErrors(http)).toEqual([]);
    expect(read('manifest.yml')).toMatch(/To switch to HTTP mode[\s\S]*socket_mode_enabled to false[\s\S]*request_url[\s\S]*SLACK_SIGNING_SECRET/);
  });
});

describe('manifest.yml and .env.example agree', () => {
  const env = dotenv.parse(read('.env.example'));

  it('on the connection mode: the settings of .env.example start the app in the manifest\'s mode', () => {
    const config = readConfig({ ...env, CORPUS_DIR: '', DATA_DIR: '' });
    expect(Boolean(config.appToken)).toBe(manifest.settings.socket_mode_enabled);
    if (!manifest.settings.socket_mode_enabled) {
      expect(manifest.settings.event_subscriptions.request_url).toBeTruthy();
      expect(manifest.settings.interactivity.request_url).toBeTruthy();
    }
  });

  it('both say how to switch to the other mode', () => {
    expect(read('.env.example')).toMatch(/HTTP mode: empty SLACK_APP_TOKEN[\s\S]*manifest\.yml[\s\S]*socket_mode_enabled/);
  });
});

describe('manifest.yml against the code', () => {
  it('declares exactly the slash commands the app listens to, with a usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
    for (const c of manifest.features.slash_commands) expect(c.usage_hint).toBeTruthy();
  });

  it('declares exactly the shortcuts the app handles, under the name the help text uses', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual([...SHORTCUTS].sort());
    expect(manifest.features.shortcuts.find((s) => s.callback_id === CHECK_QUOTES_CALLBACK)).toMatchObject({ type: 'message', name: CHECK_QUOTES_NAME });
    expect(manifest.features.shortcuts.find((s) => s.callback_id === 'add_to_desk')).toMatchObject({ type: 'message', name: 'Add to Prague Desk' });
  });

  it('subscribes to exactly the bot events the app handles', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([...EVENTS].sort());
  });

  it('asks only for the bot scopes the code uses', () => {
    const needed = new Set(['commands', 'chat:write']);
    if (EVENTS.includes('app_mention')) needed.add('app_mentions:read');
    if (EVENTS.includes('message.im')) needed.add('im:history');
    if (/users\.info\(/.test(allSource)) needed.add('users:read');
    if (/conversations\.info\(/.test(allSource)) needed.add('channels:read').add('groups:read');
    if (/conversations\.history\(/.test(allSource)) needed.add('channels:history').add('groups:history');
    if (/files\.info\(|url_private_download/.test(allSource)) needed.add('files:read');
    expect(new Set(manifest.oauth_config.scopes.bot)).toEqual(needed);
  });

  it('has interactivity on, and a registered listener for every button the app renders', async () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const desk = await openDesk();
    const messages = [
      renderAnswer(desk.ask('who attended', { limit: 3 }), { share: { k: 'ask', a: 'who attended' } }),
      renderComparisonOverview(desk.comparison!),
      renderDigest(buildDigest(desk, { date: '2026-01-05' })),
    ];
    const actionIds = messages.flatMap((m) => JSON.stringify(m.blocks).match(/"action_id":"[^"]+"/g) ?? []).map((s) => s.slice(13, -1));
    expect(actionIds.length).toBeGreaterThanOrEqual(3);
    for (const id of actionIds) expect(ACTIONS.some((a) => id === a || id.startsWith(`${a}:`)), id).toBe(true);
  });

  it('has App Home and a bot user, within Slack\'s lengths', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('Prague Desk');
  });
});
