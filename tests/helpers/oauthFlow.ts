import type { FakeSlack } from './fakeSlack.js';

/** What the stand-in Web API answers to `oauth.v2.access` for a workspace installing the app. */
export function answerOAuthExchange(fake: FakeSlack, installs: Record<string, { team: string; token: string }>): void {
  fake.on('oauth.v2.access', (body) => {
    const install = installs[String(body.code)];
    if (!install) return { json: { ok: false, error: 'invalid_code' } };
    return {
      json: {
        ok: true,
        app_id: 'A1',
        authed_user: { id: 'UINSTALLER' },
        scope: 'commands,chat:write,app_mentions:read',
        token_type: 'bot',
        access_token: install.token,
        bot_user_id: `UBOT${install.team}`,
        team: { id: install.team, name: `Desk ${install.team}` },
        enterprise: null,
        is_enterprise_install: false,
      },
    };
  });
}

/**
 * Installs the app as a browser would: `GET /slack/install` on one replica (a redirect to Slack with a
 * signed state, and the state in a cookie), Slack's consent (skipped: the code is the test's), then
 * `GET /slack/oauth_redirect` with the code, the state and the cookie, on the same or another replica.
 */
export async function installThroughOAuth(installPort: number, redirectPort: number, code: string): Promise<{ status: number; location: string | null; body: string }> {
  const start = await fetch(`http://127.0.0.1:${installPort}/slack/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/slack/install answered ${start.status}`);
  const authorize = new URL(start.headers.get('location') ?? '');
  const state = authorize.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const done = await fetch(`http://127.0.0.1:${redirectPort}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, {
    redirect: 'manual',
    headers: { cookie },
  });
  return { status: done.status, location: done.headers.get('location'), body: await done.text() };
}
