import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/listeners/actions/index.js';
import { COMMANDS } from '../../src/slack/listeners/commands/index.js';
import { EVENTS } from '../../src/slack/listeners/events/index.js';
import { SHORTCUTS } from '../../src/slack/listeners/shortcuts/index.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    bot_user: { display_name: string };
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    slash_commands: { command: string; usage_hint?: string; description: string }[];
    shortcuts: { name: string; type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as Manifest;
const srcDir = new URL('../../src/', import.meta.url);
/** All of the app's source text, to see which Web API methods it calls. */
const allSource = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(f, srcDir), 'utf8'))
  .join('\n');

describe('manifest.yml against the code', () => {
  it('declares exactly the slash commands the app listens to, with a usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
    for (const c of manifest.features.slash_commands) {
      expect(c.usage_hint).toBeTruthy();
      expect(c.command.length).toBeLessThanOrEqual(32);
    }
  });

  it('declares exactly the shortcuts the app handles', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual([...SHORTCUTS].sort());
    expect(manifest.features.shortcuts.find((s) => s.callback_id === 'check_quotes')).toMatchObject({ type: 'message', name: 'Check quotes against sources' });
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
    expect(new Set(manifest.oauth_config.scopes.bot)).toEqual(needed);
  });

  it('has interactivity (buttons, shortcuts), App Home, a bot user and Socket Mode', () => {
    expect(ACTIONS.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('Prague Desk');
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
  });
});
