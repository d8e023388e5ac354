/**
 * The bot scopes the app asks a workspace for when it is installed through OAuth (`/slack/install`),
 * and what each is for. They are the manifest's `oauth_config.scopes.bot` (a test keeps both equal).
 */
export const BOT_SCOPES = {
  commands: '/prague and the "Check quotes vs sources" and "Add to Prague Desk" message shortcuts',
  'chat:write': 'answers to @mentions and DMs, and the daily briefing in subscribed channels',
  'app_mentions:read': 'questions asked with @Prague Desk in a channel',
  'im:history': 'questions asked in a direct message to the app',
  'users:read': 'the subscriber\u2019s time zone for `/prague digest subscribe` without one',
  'files:read': 'downloads a file shared with the app ("Add to Prague Desk", an @mention sharing a file)',
  'channels:read': '`/prague digest subscribe` checks that the app is a member of a public channel it is to post in',
  'groups:read': 'the same check for a private channel',
  'channels:history': 'after a replica stopped mid-post, whether that day\u2019s briefing already reached a public channel (it is then not posted twice); only the app\u2019s own briefing messages are looked for',
  'groups:history': 'the same check in a private channel',
} as const;

export const BOT_SCOPE_NAMES = Object.keys(BOT_SCOPES);
