import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, type HTTPReceiver } from '@slack/bolt';
import { parse as parseQuery } from 'node:querystring';
import type pino from 'pino';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The interaction payload types Slack sends (`payload=<json>`); anything else is refused. */
const INTERACTION_TYPES = new Set([
  'block_actions',
  'block_suggestion',
  'message_action',
  'shortcut',
  'view_submission',
  'view_closed',
  'interactive_message',
  'dialog_submission',
  'dialog_suggestion',
  'dialog_cancellation',
]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';

/**
 * What is wrong with a request body that passed the signature check, or `undefined` when it has the
 * shape of something Slack sends: an Events API envelope (JSON object with an `event` object), a slash
 * command (form fields, each once), an interaction (`payload=` a JSON object of a known type), a URL
 * verification or an SSL check. Only what Bolt and the listeners read is checked: a body that passes
 * cannot make Bolt throw while it routes the request.
 *
 * ```ts
 * bodyProblem('null', 'application/json')          // 'the JSON body is not an object'
 * bodyProblem('{"type":"event_callback"}', 'application/json') // 'an event_callback without an event object'
 * ```
 */
export function bodyProblem(raw: string, contentType: string | undefined): string | undefined {
  if (contentType === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(raw);
    if (fields.ssl_check === '1') return undefined;
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value !== 'string') return `form field "${name}" is repeated`;
    }
    if (fields.payload !== undefined) {
      let payload: unknown;
      try {
        payload = JSON.parse(fields.payload as string);
      } catch {
        return 'the interaction payload is not JSON';
      }
      return payloadProblem(payload);
    }
    if (fields.command === undefined) return 'a form body that is neither a slash command nor an interaction';
    for (const name of ['command', 'user_id', 'channel_id', 'response_url']) {
      if (!fields[name]) return `a slash command without ${name}`;
    }
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return 'the body is not JSON';
  }
  if (!isObject(body)) return 'the JSON body is not an object';
  if (body.type === 'url_verification') return isString(body.challenge) ? undefined : 'a url_verification without a challenge';
  if (body.type === 'app_rate_limited') return undefined;
  if (body.type !== 'event_callback') return `an Events API body of unknown type ${JSON.stringify(String(body.type)).slice(0, 60)}`;
  const event = body.event;
  if (!isObject(event) || !isString(event.type)) return 'an event_callback without an event object';
  if (!isOptional(event.channel, (c) => isString(c) || (isObject(c) && isOptional(c.id, isString)))) return 'an event with a malformed channel';
  if (!isOptional(event.item, isObject)) return 'an event with a malformed item';
  if (!isOptional(body.authorizations, Array.isArray)) return 'an event with malformed authorizations';
  if (!isOptional(body.event_id, isString)) return 'an event with a malformed event_id';
  return undefined;
}

function payloadProblem(payload: unknown): string | undefined {
  if (!isObject(payload)) return 'the interaction payload is not an object';
  if (!isString(payload.type) || !INTERACTION_TYPES.has(payload.type as string)) return 'an interaction payload of unknown type';
  if (!isOptional(payload.user, (u) => isObject(u) && isString(u.id))) return 'an interaction with a malformed user';
  if (!isOptional(payload.channel, (c) => c === null || (isObject(c) && isOptional(c.id, isString)))) return 'an interaction with a malformed channel';
  if (!isOptional(payload.team, (t) => t === null || isObject(t))) return 'an interaction with a malformed team';
  if (!isOptional(payload.response_url, isString)) return 'an interaction with a malformed response_url';
  if (payload.type === 'block_actions' || payload.actions !== undefined) {
    const actions = payload.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => isObject(a) && isString(a.action_id) && isOptional(a.value, isString))) {
      return 'block actions without a well-formed action';
    }
  }
  if (payload.type === 'message_action' && (!isString(payload.callback_id) || !isObject(payload.message))) return 'a message shortcut without its message';
  if (payload.type === 'shortcut' && !isString(payload.callback_id)) return 'a shortcut without a callback_id';
  if ((payload.type === 'view_submission' || payload.type === 'view_closed') && !isObject(payload.view)) return 'a view interaction without a view';
  return undefined;
}

export interface RequestGuardOptions {
  signingSecret: string;
  /** The paths on which Slack's requests arrive (`/slack/events`). */
  endpoints: string[];
  logger: pino.Logger;
  /** Largest body read (Bolt's default, 4 MB). */
  bodyLimit?: number;
  /** Why the app cannot answer Slack yet (not ready), or `undefined` when it can. */
  notReady?: () => string | undefined;
}

/**
 * Puts a guard in front of Bolt's `HTTPReceiver`: a request to Slack's endpoint is read and verified
 * here first (unsigned: 401, too large: 413, exactly as Bolt would), and a signed body that is not
 * something Slack sends (`null`, not JSON, an event without an event) is answered 400 and logged,
 * instead of reaching Bolt, which would throw on it outside any handler and end the process. While the
 * app is not ready (Slack not yet reached) such requests get 503, so Slack retries them later. A URL
 * that cannot be parsed gets 400. Everything else goes on to Bolt, which reuses the body read here.
 */
export function guardRequests(receiver: HTTPReceiver, options: RequestGuardOptions): void {
  const inner: RequestListener = receiver.requestListener;
  const { logger } = options;
  const reply = (res: ServerResponse, status: number, text = '') => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  receiver.requestListener = (req, res) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      logger.warn({ method: req.method }, 'request refused: its URL cannot be read');
      reply(res, 400);
      return;
    }
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      inner(req, res);
      return;
    }
    void (async () => {
      try {
        await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret: options.signingSecret, bodyLimit: options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit }, req);
      } catch (error) {
        const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413);
        logger.warn({ path, reason: (error as Error).message }, tooLarge ? 'request refused: body too large' : 'request refused: not signed by Slack');
        reply(res, tooLarge ? 413 : 401);
        return;
      }
      const raw = (req as IncomingMessage & { rawBody: Buffer }).rawBody.toString('utf8');
      const problem = bodyProblem(raw, req.headers['content-type']);
      if (problem) {
        logger.warn({ path, problem, bytes: raw.length }, 'signed request refused: not a body Slack sends');
        reply(res, 400, 'malformed request body');
        return;
      }
      const waiting = options.notReady?.();
      if (waiting) {
        reply(res, 503, `not ready: ${waiting}`);
        return;
      }
      inner(req, res);
    })().catch((error: unknown) => {
      logger.error({ err: error, path }, 'request failed before it reached the app');
      reply(res, 400);
    });
  };
}
