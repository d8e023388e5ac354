import type pino from 'pino';
import type { Desk } from '../core/desk.js';
import type { Config } from '../config.js';
import type { DigestScheduler } from '../digest/DigestScheduler.js';
import type { DocumentIntake } from './addSlackFiles.js';
import type { AnswerQueue } from './answerQueue.js';
import type { ChannelPacer } from './channelPacer.js';
import type { State } from '../state/types.js';
import type { ChannelScope, ChannelScopes } from './channelScope.js';
import type { CachedInstallations } from './oauth/installations.js';

/** What every listener needs, passed in by `createSlackApp` (nothing global). */
export interface AppDeps {
  /** The engine over the current corpus (a function: the corpus may be reloaded while running). */
  desk(): Desk;
  config: Pick<Config, 'admins' | 'slackApiUrl'>;
  logger: pino.Logger;
  /** Registers work that goes on after the request was acknowledged, so shutdown can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** The app's state (files or PostgreSQL); absent in apps started without it (no digests, no bindings). */
  state?: State;
  /** The digest scheduler (present with state). */
  digests?: { scheduler: DigestScheduler };
  /** The workspaces that installed the app through OAuth (absent in single-workspace mode). */
  installations?: CachedInstallations;
  /** Channel → collection bindings (`/prague collection`). */
  channels: ChannelScopes;
  /**
   * What a request from `team` in `channel` may search: the workspace's own private folder and the
   * shared corpus, within the channel's collection when it is bound to one.
   */
  scopeOf(team: string | undefined, channel: string): Promise<ChannelScope>;
  /** The collection a channel is bound to (e.g. where a document added from that channel goes), if any. */
  collectionOf(channel: string): Promise<string | undefined>;
  /** The clock (tests pass a fake one). */
  now(): Date;
  /** Takes documents shared in Slack into the corpus (the live corpus; absent: files are not taken). */
  intake?: DocumentIntake;
  /** Answers are computed here, one per event-loop turn, never before the request is acknowledged. */
  answers: AnswerQueue;
  /** Every `chat.postMessage` / `chat.update` goes through it: paced per channel, 429s per channel. */
  pacer: ChannelPacer;
}
