import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import webApi from '@slack/web-api';
import type pino from 'pino';
import type { Config } from '../config.js';
import type { Desk } from '../core/desk.js';
import { boltLogger } from '../logger.js';
import type { AppDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { skipRetriedEvents } from './skipRetriedEvents.js';
import { DigestScheduler } from '../digest/DigestScheduler.js';
import type { SubscriptionStore } from '../digest/subscriptionStore.js';

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
 * `/slack/events` and `GET /healthz`. Listeners come from `listeners/`, one file each.
 */
export function createSlackApp({ config, desk, logger, store, now = () => new Date(), intake }: SlackAppOptions): SlackApp {
  const inFlight = new Set<Promise<unknown>>();
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
  };
  const secrets = [config.botToken, config.signingSecret ?? '', config.appToken ?? ''];
  const log = boltLogger(logger, secrets);
  const logLevel = BOLT_LEVEL[config.logLevel] ?? LogLevel.ERROR;
  const clientOptions = {
    slackApiUrl: config.slackApiUrl,
    // Bounded: a rate limit must not stall every answer for half an hour (the default is ten retries).
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };

  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (config.appToken) {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger: log, logLevel, clientOptions, convoStore: false });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger: log,
      logLevel,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('ok');
          },
        },
      ],
    });
    app = new App({ token: config.botToken, receiver, logger: log, logLevel, clientOptions, convoStore: false });
  }

  if (store) {
    const scheduler = new DigestScheduler({ store, client: app.client, desk, logger: logger.child({ component: 'digest' }), now });
    deps.digests = { store, scheduler };
  }

  app.use(skipRetriedEvents(logger));
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
      logger.info({ mode: config.appToken ? 'socket' : 'http', port: bound }, 'Prague Desk is running');
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
