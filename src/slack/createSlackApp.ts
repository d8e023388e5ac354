import type { Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type InstallationQuery } from '@slack/bolt';
import webApi from '@slack/web-api';
import type pino from 'pino';
import { OAUTH_REDIRECT_PATH, type Config } from '../config.js';
import type { Desk } from '../core/desk.js';
import { DigestScheduler, type DigestSchedulerOptions } from '../digest/DigestScheduler.js';
import { boltLogger } from '../logger.js';
import { databaseCheck, type NamedCheck } from '../state/healthCheck.js';
import { MemoryEventStore } from '../state/memoryEvents.js';
import { NoInstallationError, type State } from '../state/types.js';
import { answerOnce, requestSignature } from './answerOnce.js';
import { ChannelScopes } from './channelScope.js';
import type { AppDeps } from './deps.js';
import { clientsByToken, digestClientOptions, digestDelivery } from './digestDelivery.js';
import { registerListeners } from './listeners/index.js';
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
  /** How a digest is posted (e.g. through a per-channel pacer); default: straight through the Web API. */
  postDigest?: DigestSchedulerOptions['post'];
  /** More checks for `GET /healthz`, besides the database's. */
  healthChecks?: NamedCheck[];
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
 * `GET /healthz`: 200 `ok` when every check passes; 200 `degraded` when only non-critical ones fail (the
 * database: questions are still answered); 503 `not ok` when a critical one fails. Each check on its own
 * line, by name (no addresses, no secrets).
 */
async function answerHealth(checks: NamedCheck[], res: ServerResponse): Promise<void> {
  const results = await Promise.all(checks.map(async (c) => ({ name: c.name, critical: c.critical, ...(await c.check().catch((e: Error) => ({ ok: false, detail: e.message }))) })));
  const down = results.filter((r) => !r.ok);
  const status = down.some((r) => r.critical) ? 'not ok' : down.length > 0 ? 'degraded' : 'ok';
  res.writeHead(status === 'not ok' ? 503 : 200, { 'content-type': 'text/plain' });
  res.end([status, ...results.map((r) => `${r.name}: ${r.ok ? 'ok' : 'unreachable'}`)].join('\n'));
}

/**
 * Wires the Bolt app: Socket Mode when an app-level token is set, else HTTP with Slack's requests on
 * `/slack/events`, `GET /healthz`, and with OAuth `GET /slack/install` and `GET /slack/oauth_redirect`.
 * Listeners come from `listeners/`, one file each.
 */
export function createSlackApp({ config, desk, logger, state, now = () => new Date(), postDigest, healthChecks = [] }: SlackAppOptions): SlackApp {
  if (config.oauth && !state) throw new Error('OAuth installs need the app\'s state (to keep the installations)');
  const inFlight = new Set<Promise<unknown>>();
  const channels = new ChannelScopes(state?.bindings, logger.child({ component: 'collections' }));
  const installations = config.oauth && state ? new CachedInstallations(state.installations, logger.child({ component: 'oauth' })) : undefined;
  const deps: AppDeps = {
    desk,
    config,
    logger,
    now,
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
  };
  const secrets = [config.botToken ?? '', config.signingSecret ?? '', config.appToken ?? '', config.oauth?.clientSecret ?? '', config.oauth?.stateSecret ?? ''];
  const log = boltLogger(logger, secrets);
  const logLevel = BOLT_LEVEL[config.logLevel] ?? LogLevel.ERROR;
  const clientOptions = {
    slackApiUrl: config.slackApiUrl,
    // Bounded: a rate limit must not stall every answer for half an hour (the default is ten retries).
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };
  const checks = [...(state?.kind === 'postgres' ? [databaseCheck(state)] : []), ...healthChecks];

  let app: App;
  if (config.appToken) {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger: log, logLevel, clientOptions, convoStore: false });
  } else {
    const oauth = config.oauth;
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger: log,
      logLevel,
      // The signature and timestamp reach the listeners' context, so a replayed request is answered once.
      customPropertiesExtractor: requestSignature,
      customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => void answerHealth(checks, res) }],
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
    app = oauth
      ? new App({ receiver, logger: log, logLevel, clientOptions, convoStore: false })
      : new App({ token: config.botToken, receiver, logger: log, logLevel, clientOptions, convoStore: false });
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
    const scheduler = new DigestScheduler({
      subscriptions: state.subscriptions,
      deliveries: state.deliveries,
      desk,
      scopeOf: (sub) => channels.scopeOf(sub.team, sub.channel),
      render: renderDigest,
      post: postDigest ?? delivery.post,
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

  return {
    app,
    deps,
    async start(port = config.port) {
      const started = (await app.start(port)) as Server | undefined;
      const address = started && typeof started.address === 'function' ? started.address() : undefined;
      const bound = address && typeof address === 'object' ? address.port : undefined;
      logger.info(
        { mode: config.appToken ? 'socket' : 'http', port: bound, workspaces: config.oauth ? 'any (OAuth)' : 'one', state: state?.kind ?? 'none' },
        'Prague Desk is running',
      );
      await deps.digests?.scheduler.start();
      return bound;
    },
    async stop(graceMs = 10_000) {
      deps.digests?.scheduler.stop();
      await app.stop();
      const pending = [...inFlight];
      if (pending.length > 0) {
        logger.info({ pending: pending.length }, 'finishing answers under way');
        await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, graceMs).unref())]);
      }
    },
  };
}
