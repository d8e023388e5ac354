import type { Installation, InstallationQuery } from '@slack/bolt';

/**
 * The app's state: one interface per kind, each with a file implementation (`DATA_DIR`, one process)
 * and a PostgreSQL one (`DATABASE_URL`, any number of replicas). Every method is asynchronous and may
 * throw while the database is unreachable; callers decide what that means for them (a digest waits,
 * a request is answered without the check).
 */

/** One channel's daily digest, as subscribed. */
export interface Subscription {
  channel: string;
  /** The workspace (Slack team id) the channel belongs to; absent in state written before version 2. */
  team?: string;
  /** Local time of day, `HH:MM` (as stored: the scheduler checks it and skips an entry it cannot read). */
  time: string;
  /** IANA time zone, e.g. `Europe/Prague` (checked like `time`). */
  timeZone: string;
  createdBy: string;
  /** ISO instant; the first digest is the first run after it. */
  createdAt: string;
}

export interface SubscriptionStore {
  list(): Promise<Subscription[]>;
  get(channel: string): Promise<Subscription | undefined>;
  /** Adds or replaces a channel's subscription. */
  set(subscription: Subscription): Promise<void>;
  /** Removes a channel's subscription; false when it had none. */
  remove(channel: string): Promise<boolean>;
  /** Removes every subscription of a workspace (it uninstalled the app); resolves to how many. */
  removeTeam(team: string): Promise<number>;
}

/**
 * Where one day's digest of a channel stands. A delivery is keyed by (channel, local date): at most one
 * exists per day, which is what makes "exactly one replica posts it" a unique-key question.
 *
 * - `claimed`: a replica holds it (until `leaseUntil`) and is preparing the message.
 * - `posting`: the message is being sent; if the replica dies now, the next one first checks whether it
 *   reached the channel.
 * - `sent`: delivered (`sentAt`).
 * - `failed`: the last attempt failed (`error`); retried at `nextAttemptAt` unless `final`.
 */
export interface Delivery {
  channel: string;
  /** The channel's local date the digest is for, `YYYY-MM-DD`. */
  date: string;
  status: 'claimed' | 'posting' | 'sent' | 'failed';
  /** Attempts made so far (a claim is an attempt). */
  attempts: number;
  /** The replica holding a claim. */
  owner?: string;
  /** ISO instant a claim expires at (another replica may then take it over). */
  leaseUntil?: string;
  /** ISO instant a failed delivery may be tried again. */
  nextAttemptAt?: string;
  /** A failed delivery that will not be retried (a permanent error, or too many attempts). */
  final?: boolean;
  /** Slack's error code or a short reason. */
  error?: string;
  /** ISO instant the message went out. */
  sentAt?: string;
  /** ISO instant of the last change. */
  updatedAt: string;
}

/** A claim just taken: the delivery as it is now, and as it was before (`undefined`: a new one). */
export interface Claim {
  delivery: Delivery;
  previous?: Delivery;
}

export interface ClaimRequest {
  channel: string;
  date: string;
  owner: string;
  now: Date;
  leaseMs: number;
}

export interface DeliveryStore {
  /**
   * Claims a day's delivery for `owner` if nobody may be delivering it: no delivery yet, a claim whose
   * lease ran out, or a failed attempt whose retry time has come. Atomic across replicas.
   */
  claim(request: ClaimRequest): Promise<Claim | undefined>;
  /**
   * Changes a claimed delivery, only while `owner` still holds it (`sent` is recorded whoever holds it:
   * a message that went out was delivered). Resolves to false when the claim was lost.
   */
  update(channel: string, date: string, owner: string, change: Partial<Omit<Delivery, 'channel' | 'date'>>): Promise<boolean>;
  /** The channel's most recent delivery (by date). */
  latest(channel: string): Promise<Delivery | undefined>;
  /** The channel's most recent `sent` delivery: what "new since your last digest" counts from. */
  lastSent(channel: string): Promise<Delivery | undefined>;
  /** Forgets every delivery of these channels (unsubscribed, or their workspace uninstalled). */
  removeChannels(channels: string[]): Promise<void>;
}

export interface EventStore {
  /**
   * Records a key (an event id, a request signature) and resolves to true the first time it is seen
   * within `ttlMs`, false for every later sighting, whichever replica saw it first.
   */
  firstSighting(key: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Forgets keys older than their time to live. */
  prune(now: Date): Promise<void>;
}

/** A channel bound to one collection of the corpus (`/prague collection NAME`). */
export interface Binding {
  channel: string;
  team?: string;
  collection: string;
  boundBy: string;
  boundAt: string;
}

export interface BindingStore {
  get(channel: string): Promise<Binding | undefined>;
  set(binding: Binding): Promise<void>;
  remove(channel: string): Promise<boolean>;
  removeTeam(team: string): Promise<number>;
}

/**
 * The workspaces that installed the app through OAuth (Bolt's `InstallationStore`, plus what the app
 * needs when a workspace leaves).
 */
export interface InstallationStore {
  storeInstallation(installation: Installation): Promise<void>;
  fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation>;
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  /** Drops the user token of an installation, keeping the bot's (a `tokens_revoked` for users). */
  removeUserTokens(team: string | undefined, enterprise: string | undefined, users: string[]): Promise<void>;
}

/** Every kind of state, from one place (files or PostgreSQL). */
export interface State {
  kind: 'file' | 'postgres';
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  events: EventStore;
  bindings: BindingStore;
  installations: InstallationStore;
  /** Whether the state can be read and written now (the database answers). */
  check(): Promise<{ ok: boolean; detail: string }>;
  close(): Promise<void>;
}

/** Thrown when an installation is not on file (Bolt turns it into "not authorized"). */
export class NoInstallationError extends Error {}

/** The state cannot be reached now (the database is away): nothing was read or changed; try again later. */
export class StateUnavailableError extends Error {}
