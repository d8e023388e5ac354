import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import webApi, { WebClient } from '@slack/web-api';
import type pino from 'pino';
import type { Config } from '../config.js';
import type { Desk } from '../core/desk.js';
import { boltLogger } from '../logger.js';
import type { AppDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { skipRetriedEvents } from './skipRetriedEvents.js';
import { DigestScheduler } from '../digest/DigestScheduler.js';
import type { SubscriptionStore } from '../digest/subscriptionStore.js';
import { AnswerQueue } from './answerQueue.js';
import { type ChannelMessage, ChannelPacer, type ChannelPacerOptions } from './channelPacer.js';
import { checkSlackToken, type RetryPolicy, type SlackIdentity } from './checkSlackToken.js';
import { Health } from './health.js';
import { guardRequests } from './requestGuard.js';

export interface SlackAppOptions {
  config: Config;
  desk: () => Desk;
  logger: pino.Logger;
  /** Digest subscriptions: with a store, the app delivers daily digests and answers `/prague digest`. */
  store?: SubscriptionStore;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
  /** Takes documents shared in Slack into the corpus (see `listeners/events/addSharedFiles.ts`). */
  intake?: AppDeps['intake'];
  /** What `GET /healthz` reports (HTTP mode); the app keeps its `slack` check in it. */
  health?: Health;
  /** Retries of the start-up token check while Slack cannot be reached. */
  startRetry?: RetryPolicy;
  /** Pace of messages per channel (tests shorten it). */
  pacing?: Omit<ChannelPacerOptions, 'logger'>;
}

/** The running Slack app: its Bolt app, and how to start and stop it. */
export interface SlackApp {
  app: App;
  deps: AppDeps;
  /** Starts listening (HTTP: on `port`, 0 for any free port) and resolves to the bound port (HTTP mode). */
  start(port?: number): Promise<number | undefined>;
  /** Stops taking requests, then waits (up to `graceMs`) for the answers already under way. */
  stop(graceMs?: number): Promise<void>;
  /**
   * Posts a message as the bot through the channel pacer (one a second per channel, 429s waited out
   * for that channel only, a deadline): for work that is not a reply to a request, such as digests.
   */
  post(channel: string, message: ChannelMessage, options?: { deadlineMs?: number }): Promise<{ ts?: string }>;
}

const BOLT_LEVEL: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/**
 * Wires the Bolt app: Socket Mode when an app-level token is set, else HTTP with Slack's requests on
 * `/slack/events` and `GET /healthz`. Listeners come from `listeners/`, one file each.
 */
export function createSlackApp({ config, desk, logger, store, now = () => new Date(), intake, health = new Health(), startRetry, pacing }: SlackAppOptions): SlackApp {
  const inFlight = new Set<Promise<unknown>>();
  const pacer = new ChannelPacer({ logger: logger.child({ component: 'pacer' }), ...pacing });
  const deps: AppDeps = {
    desk,
    config,
    logger,
    now,
    intake,
    track<T>(work: Promise<T>): Promise<T> {
      inFlight.add(work);
      const done = () => inFlight.delete(work);
      work.then(done, done);
      return work;
    },
    answers: new AnswerQueue(),
    pacer,
  };
  const secrets = [config.botToken, config.signingSecret ?? '', config.appToken ?? ''];
  const log = boltLogger(logger, secrets);
  const logLevel = BOLT_LEVEL[config.logLevel] ?? LogLevel.ERROR;
  const clientOptions = {
    slackApiUrl: config.slackApiUrl,
    // A 429 is thrown to the caller instead of pausing the client's one queue for every channel: the
    // channel pacer waits out Retry-After for that channel only.
    rejectRateLimitedCalls: true,
    // A network failure is retried briefly (about 3.5 s of waits), never for minutes: a reply has to
    // arrive while the person is still looking.
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    timeout: 10_000,
  };
  // The bot's own client for messages that answer no request (the pacer's `post`).
  const botClient = new WebClient(config.botToken, { ...clientOptions, logger: log });
  // The digest scheduler still posts on its own (until it is given `post`): its client keeps the Web
  // API client's own waiting on 429 (which pauses only this client, not the replies).
  const digestClient = new WebClient(config.botToken, { slackApiUrl: config.slackApiUrl, retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes, logger: log });
  // The bot token is checked with Slack at start (checkSlackToken), before the app says it is ready;
  // Bolt is given the identity found then instead of calling auth.test itself (which would end the
  // process on a revoked token, and make requests wait while Slack cannot be reached).
  let identity: SlackIdentity | undefined;
  const authorize = async () => {
    if (!identity) throw new Error('the bot token has not been checked with Slack yet');
    return { botToken: config.botToken, botId: identity.botId, botUserId: identity.botUserId, teamId: identity.teamId };
  };

  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (config.appToken) {
    app = new App({ authorize, appToken: config.appToken, socketMode: true, logger: log, logLevel, clientOptions, convoStore: false });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger: log,
      logLevel,
      customRoutes: [{ path: '/healthz', method: ['GET'], handler: health.handle }],
      // Whatever goes wrong with a request is answered 4xx (never a 5xx Slack would retry) and logged.
      dispatchErrorHandler: ({ error, request, response }) => {
        const unknownPath = (error as { code?: string }).code === 'slack_bolt_http_receiver_deferred_request_error';
        if (!unknownPath) logger.error({ err: error, method: request.method }, 'request failed');
        response.writeHead(unknownPath ? 404 : 400);
        response.end();
      },
      processEventErrorHandler: async ({ error, response }) => {
        logger.error({ err: error }, 'request failed while Bolt processed it');
        if (response.headersSent) return false;
        const unauthorized = (error as { code?: string }).code === 'slack_bolt_authorization_error';
        response.writeHead(unauthorized ? 401 : 400);
        response.end();
        return true;
      },
    });
    // Until Slack has accepted the token, Slack's own requests get 503 (Slack retries events later).
    guardRequests(receiver, { signingSecret: config.signingSecret ?? '', endpoints: ['/slack/events'], logger: logger.child({ component: 'http' }), notReady: () => health.notReady(['slack']) });
    app = new App({ authorize, receiver, logger: log, logLevel, clientOptions, convoStore: false });
  }

  if (store) {
    const scheduler = new DigestScheduler({ store, client: digestClient, desk, logger: logger.child({ component: 'digest' }), now });
    deps.digests = { store, scheduler };
  }

  app.use(skipRetriedEvents(logger));
  registerListeners(app, deps);
  app.error(async (error) => {
    logger.error({ err: error }, 'unhandled error in a listener');
  });

  let listening = false;
  return {
    app,
    deps,
    post: pacer.poster(botClient),
    async start(port = config.port) {
      // HTTP: listen first, so that /healthz says what is true (503, not ready) while Slack is checked.
      const started = config.appToken ? undefined : ((await app.start(port)) as Server | undefined);
      listening = !config.appToken;
      const address = started && typeof started.address === 'function' ? started.address() : undefined;
      const bound = address && typeof address === 'object' ? address.port : undefined;
      if (bound !== undefined) logger.info({ port: bound }, 'listening; not ready until Slack accepts the bot token');
      identity = await checkSlackToken({ token: config.botToken, slackApiUrl: config.slackApiUrl, logger, health, retry: startRetry });
      if (config.appToken) {
        await app.start();
        listening = true;
      }
      logger.info({ mode: config.appToken ? 'socket' : 'http', port: bound }, 'Prague Desk is running');
      await deps.digests?.scheduler.start();
      return bound;
    },
    async stop(graceMs = 10_000) {
      deps.digests?.scheduler.stop();
      if (listening) await app.stop();
      listening = false;
      const pending = [...inFlight];
      if (pending.length > 0) {
        logger.info({ pending: pending.length }, 'finishing answers under way');
        await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, graceMs).unref())]);
      }
    },
  };
}
