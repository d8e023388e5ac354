import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../core/files/writeAtomically.js';

/** What a channel was last sent, or failed to be sent. */
export interface Delivery {
  /** The channel's local date the digest was for (`YYYY-MM-DD`). */
  date: string;
  /** When it was attempted (ISO). */
  at: string;
  /**
   * `sending` is written before the message goes out: a day claimed is never sent again, even if the app
   * died mid-send (a missed digest is better than a duplicate).
   */
  status: 'sending' | 'sent' | 'failed';
  error?: string;
}

/** One channel's daily digest. */
export interface Subscription {
  channel: string;
  /** Local time of day, `HH:MM`. */
  time: string;
  /** IANA time zone, e.g. `Europe/Prague`. */
  timeZone: string;
  createdBy: string;
  createdAt: string;
  lastDelivery?: Delivery;
  /** The last digest actually delivered (what "new since your last digest" counts from). */
  lastSent?: Delivery;
}

interface StateFile {
  version: 1;
  subscriptions: Record<string, Subscription>;
}

/** The state file cannot be read: start-up stops, and the file is left as it is for a person to look at. */
export class StateError extends Error {}

/**
 * Subscriptions and each channel's deliveries, kept in one JSON file in `DATA_DIR`, written atomically
 * (temporary file, fsync, rename, fsync of the folder): a crash mid-write leaves the old file or the new
 * one, never a torn one.
 */
export class SubscriptionStore {
  private state: StateFile;

  /** @throws StateError for a corrupt or unreadable state file (which is never overwritten). */
  constructor(readonly path: string) {
    this.state = SubscriptionStore.read(path);
  }

  /** The store in `dataDir` (`digests.json`). */
  static inDataDir(dataDir: string): SubscriptionStore {
    return new SubscriptionStore(join(dataDir, 'digests.json'));
  }

  private static read(path: string): StateFile {
    if (!existsSync(path)) return { version: 1, subscriptions: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new StateError(`${path} is unreadable or corrupt (${(error as Error).message}); it was left untouched: repair it, or move it away to start with no subscriptions`);
    }
    const state = parsed as Partial<StateFile>;
    if (state?.version !== 1 || typeof state.subscriptions !== 'object' || state.subscriptions === null || Array.isArray(state.subscriptions)) {
      throw new StateError(`${path} is not a Prague Desk state file (expected version 1 with subscriptions); it was left untouched`);
    }
    for (const [channel, s] of Object.entries(state.subscriptions)) {
      if (typeof s?.time !== 'string' || typeof s.timeZone !== 'string') {
        throw new StateError(`${path}: subscription of ${channel} has no time or time zone; it was left untouched`);
      }
    }
    return state as StateFile;
  }

  list(): Subscription[] {
    return Object.values(this.state.subscriptions);
  }

  get(channel: string): Subscription | undefined {
    return this.state.subscriptions[channel];
  }

  set(subscription: Subscription): void {
    this.update((s) => {
      s.subscriptions[subscription.channel] = subscription;
    });
  }

  remove(channel: string): boolean {
    if (!this.state.subscriptions[channel]) return false;
    this.update((s) => {
      delete s.subscriptions[channel];
    });
    return true;
  }

  /** Records a delivery attempt or its outcome for a channel (a no-op if it unsubscribed meanwhile). */
  recordDelivery(channel: string, delivery: Delivery): void {
    if (!this.state.subscriptions[channel]) return;
    this.update((s) => {
      const sub = s.subscriptions[channel] as Subscription;
      sub.lastDelivery = delivery;
      if (delivery.status === 'sent') sub.lastSent = delivery;
    });
  }

  /** Applies a change to a copy and writes it; the state in memory changes only once it is on disk. */
  private update(change: (state: StateFile) => void): void {
    const next = structuredClone(this.state);
    change(next);
    writeAtomically(this.path, `${JSON.stringify(next, null, 2)}\n`);
    this.state = next;
  }
}
