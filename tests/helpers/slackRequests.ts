import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f3a';

/** Signs a request body as Slack does: v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:{body}")). */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  status: number;
  text: string;
  ms: number;
}

/** Posts a body to the app's /slack/events, signed (or mis-signed) as the test asks. */
export async function postSigned(
  port: number,
  body: string,
  contentType: string,
  options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<SlackPost> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const start = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(body, timestamp),
      ...(options.headers ?? {}),
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - start };
}

/** A `/prague` slash command as Slack sends it (form-encoded). */
export function slashCommandBody(text: string, responseUrl: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'newsroom',
    channel_id: 'C1',
    channel_name: 'policy',
    user_id: 'U1',
    user_name: 'reporter',
    command: '/prague',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...overrides,
  }).toString();
}

export function postSlashCommand(port: number, text: string, responseUrl: string, overrides: Record<string, string> = {}) {
  return postSigned(port, slashCommandBody(text, responseUrl, overrides), 'application/x-www-form-urlencoded');
}

/** An Events API `event_callback` (JSON). */
export function postEvent(port: number, eventId: string, event: Record<string, unknown>, headers: Record<string, string> = {}, team = 'T1') {
  const body = JSON.stringify({ token: 'legacy', team_id: team, api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event, authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true }] });
  return postSigned(port, body, 'application/json', { headers });
}

/** An interaction (`payload=<json>`, form-encoded): block actions, shortcuts. */
export function postInteraction(port: number, payload: Record<string, unknown>) {
  return postSigned(port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}
