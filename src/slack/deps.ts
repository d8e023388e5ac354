import type pino from 'pino';
import type { Desk } from '../core/desk.js';
import type { Config } from '../config.js';
import type { DigestScheduler } from '../digest/DigestScheduler.js';
import type { SubscriptionStore } from '../digest/subscriptionStore.js';
import type { DocumentIntake } from './addSlackFiles.js';
import type { AnswerQueue } from './answerQueue.js';
import type { ChannelPacer } from './channelPacer.js';

/** What every listener needs, passed in by `createSlackApp` (nothing global). */
export interface AppDeps {
  /** The engine over the current corpus (a function: the corpus may be reloaded while running). */
  desk(): Desk;
  config: Pick<Config, 'admins' | 'dataDir' | 'slackApiUrl'>;
  logger: pino.Logger;
  /** Registers work that goes on after the request was acknowledged, so shutdown can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Digest subscriptions and their scheduler (absent in apps started without them). */
  digests?: { store: SubscriptionStore; scheduler: DigestScheduler };
  /** The clock (tests pass a fake one). */
  now(): Date;
  /** Takes documents shared in Slack into the corpus (the live corpus; absent: files are not taken). */
  intake?: DocumentIntake;
  /** The collection a channel is bound to (a subfolder of the corpus), if any: where its shared files go. */
  collectionOf?(channel: string): string | undefined | Promise<string | undefined>;
  /** Answers are computed here, one per event-loop turn, never before the request is acknowledged. */
  answers: AnswerQueue;
  /** Every `chat.postMessage` / `chat.update` goes through it: paced per channel, 429s per channel. */
  pacer: ChannelPacer;
}
