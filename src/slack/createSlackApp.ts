import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, type InstallationQuery } from '@slack/bolt';
import type pino from 'pino';
import { OAUTH_REDIRECT_PATH, type Config } from '../config.js';
import type { Desk } from '../core/desk.js';
import { DigestScheduler, type DigestSchedulerOptions } from '../digest/DigestScheduler.js';
import { boltLogger } from '../logger.js';
import { databaseCheck } from '../state/healthCheck.js';
import { MemoryEventStore } from '../state/memoryEvents.js';
import { NoInstallationError, type State } from '../state/types.js';
import { answerOnce, requestSignature } from './answerOnce.js';
import { ChannelScopes } from './channelScope.js';
import type { AppDeps } from './deps.js';
import { clientsByToken, digestClientOptions, digestDelivery } from './digestDelivery.js';
import { registerListeners } from './listeners/index.js';
import { AnswerQueue } from './answerQueue.js';
import { ChannelPacer, type ChannelPacerOptions, MessageNotSentError } from './channelPacer.js';
import { checkSlackToken, type RetryPolicy, type SlackIdentity } from './checkSlackToken.js';
import { Health } from './health.js';
import { guardRequests } from './requestGuard.js';
import { BOT_SCOPE_NAMES } from './oauth/botScopes.js';
import { CachedInstallations } from './oauth/installations.js';
import { renderDigest } from './render/digest.js';

export interface SlackAppOptions {
  config: Config;
  desk: () => Desk;
  logger: pino.Logger;
  /**
   * The app's state (files or PostgreSQL, see `openState`): with it the app delivers daily digests,
   * keeps channel collections, answers each event once across replicas and (with OAuth) keeps the
   * installations. Without it: none of these, and events are de-duplicated in memory.
   */
  state?: State;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
  /** Takes documents shared in Slack into the corpus (see `listeners/events/addSharedFiles.ts`). */
  intake?: AppDeps['intake'];
  /** What `GET /healthz` reports (HTTP mode); the app keeps its `slack` check in it, and the database's. */
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
}

const BOLT_LEVEL: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/**
 * Wires the Bolt app: Socket Mode when an app-level token is set, else HTTP with Slack's requests on
 * `/slack/events`, `GET /healthz`, and with OAuth `GET /slack/install` and `GET /slack/oauth_redirect`.
 * Listeners come from `listeners/`, one file each.
 */
export function createSlackApp({
  config,
  desk,
  logger,
  state,
  now = () => new Date(),
  intake,
  health = new Health(),
  startRetry,
  pacing,
}: SlackAppOptions): SlackApp {
  if (config.oauth && !state) throw new Error('OAuth installs need the app\'s state (to keep the installations)');
  const inFlight = new Set<Promise<unknown>>();
  const pacer = new ChannelPacer({ logger: logger.child({ component: 'pacer' }), ...pacing });
  const channels = new ChannelScopes(state?.bindings, logger.child({ component: 'collections' }));
  const installations = config.oauth && state ? new CachedInstallations(state.installations, logger.child({ component: 'oauth' })) : undefined;
  const deps: AppDeps = {
    desk,
    config,
    logger,
    now,
    intake,
    state,
    installations,
    channels,
    scopeOf: (team, channel) => channels.scopeOf(team, channel),
    collectionOf: (channel) => channels.collectionOf(channel),
    track<T>(work: Promise<T>): Promise<T> {
      inFlight.add(work);
      const done = () => inFlight.delete(work);
      work.then(done, done);
      return work;
    },
    answers: new AnswerQueue(),
    pacer,
  };
  const secrets = [config.botToken ?? '', config.signingSecret ?? '', config.appToken ?? '', config.oauth?.clientSecret ?? '', config.oauth?.stateSecret ?? ''];
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
  // Single workspace: the bot token is checked with Slack at start (checkSlackToken), before the app says
  // it is ready; Bolt is given the identity found then instead of calling auth.test itself (which would end
  // the process on a revoked token, and make requests wait while Slack cannot be reached). With OAuth
  // there is no one token to check: each request is authorized with its workspace's installation.
  let identity: SlackIdentity | undefined;
  const authorize = async () => {
    if (!identity) throw new Error('the bot token has not been checked with Slack yet');
    // No teamId: Bolt takes it from the request, so a workspace's private folder follows who asks.
    return { botToken: config.botToken, botId: identity.botId, botUserId: identity.botUserId };
  };
  if (config.oauth) health.set('slack', { ready: true });
  if (state?.kind === 'postgres') health.addProbe(databaseCheck(state));

  let app: App;
  if (config.appToken) {
    app = new App({ authorize, appToken: config.appToken, socketMode: true, logger: log, logLevel, clientOptions, convoStore: false });
  } else {
    const oauth = config.oauth;
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger: log,
      logLevel,
      // The signature and timestamp reach the listeners' context, so a replayed request is answered once.
      customPropertiesExtractor: requestSignature,
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
      ...(oauth && installations
        ? {
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
            // Bolt's default state store signs the state with this secret: any replica can check it.
            stateSecret: oauth.stateSecret,
            scopes: BOT_SCOPE_NAMES,
            installationStore: installations,
            redirectUri: oauth.redirectUri,
            installerOptions: {
              installPath: '/slack/install',
              redirectUriPath: OAUTH_REDIRECT_PATH,
              directInstall: true,
              // HTTPReceiver gives its InstallProvider these and not the app's: SLACK_API_URL must reach
              // the OAuth exchange (oauth.v2.access) too.
              clientOptions,
            },
          }
        : {}),
    });
    // Until Slack has accepted the token, Slack's own requests get 503 (Slack retries events later).
    guardRequests(receiver, { signingSecret: config.signingSecret ?? '', endpoints: ['/slack/events'], logger: logger.child({ component: 'http' }), notReady: () => health.notReady(['slack']) });
    app = oauth
      ? new App({ receiver, logger: log, logLevel, clientOptions, convoStore: false })
      : new App({ authorize, receiver, logger: log, logLevel, clientOptions, convoStore: false });
  }

  if (state) {
    const digestLog = logger.child({ component: 'digest' });
    const tokenOf = async (team: string | undefined): Promise<string | undefined> => {
      if (!installations) return config.botToken;
      if (!team) return undefined;
      try {
        const query: InstallationQuery<false> = { teamId: team, enterpriseId: undefined, isEnterpriseInstall: false };
        return (await installations.fetchInstallation(query)).bot?.token;
      } catch (error) {
        if (error instanceof NoInstallationError) return undefined;
        throw error;
      }
    };
    const delivery = digestDelivery(clientsByToken(digestClientOptions(clientOptions), tokenOf), digestLog);
    // Briefings go through the channel pacer like every other message: one a second per channel, a
    // channel's 429 pauses that channel only. A refusal keeps Slack's code for the scheduler's retries.
    const pacedPost: DigestSchedulerOptions['post'] = async (channel, message, context) => {
      try {
        return await pacer.send(channel, 'chat.postMessage (digest)', async () => {
          await delivery.post(channel, message, context);
          return {};
        });
      } catch (error) {
        if (error instanceof MessageNotSentError) throw Object.assign(error, { data: { error: error.code } });
        throw error;
      }
    };
    const scheduler = new DigestScheduler({
      subscriptions: state.subscriptions,
      deliveries: state.deliveries,
      desk,
      scopeOf: (sub) => channels.scopeOf(sub.team, sub.channel),
      render: renderDigest,
      post: pacedPost,
      findPosted: delivery.findPosted,
      logger: digestLog,
      now,
      leaseMs: config.digestLeaseMs,
    });
    deps.digests = { scheduler };
  }

  app.use(answerOnce(state?.events ?? new MemoryEventStore(), logger, now));
  registerListeners(app, deps);
  app.error(async (error) => {
    logger.error({ err: error }, 'unhandled error in a listener');
  });

  let listening = false;
  return {
    app,
    deps,
    async start(port = config.port) {
      // HTTP: listen first, so that /healthz says what is true (503, not ready) while Slack is checked.
      const started = config.appToken ? undefined : ((await app.start(port)) as Server | undefined);
      listening = !config.appToken;
      const address = started && typeof started.address === 'function' ? started.address() : undefined;
      const bound = address && typeof address === 'object' ? address.port : undefined;
      if (!config.oauth) {
        if (bound !== undefined) logger.info({ port: bound }, 'listening; not ready until Slack accepts the bot token');
        identity = await checkSlackToken({ token: config.botToken ?? '', slackApiUrl: config.slackApiUrl, logger, health, retry: startRetry });
      }
      if (config.appToken) {
        await app.start();
        listening = true;
      }
      logger.info(
        { mode: config.appToken ? 'socket' : 'http', port: bound, workspaces: config.oauth ? 'any (OAuth)' : 'one', state: state?.kind ?? 'none' },
        'Prague Desk is running',
      );
      // Digests due now (a catch-up after downtime) go out in the background: start-up, the corpus
      // watcher and the first answers never wait for Slack to take them.
      deps.digests?.scheduler.start().catch((error: unknown) => logger.error({ err: error, component: 'digest' }, 'digests due at start-up not delivered; the next sweep retries'));
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
