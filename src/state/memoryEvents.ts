import type { EventStore } from './types.js';

/** Keys remembered at most, so that a flood of distinct events cannot grow memory without bound. */
const MAX_REMEMBERED = 50_000;

/** Event ids and request signatures seen by this process (file state: one process, nothing to share). */
export class MemoryEventStore implements EventStore {
  private expires = new Map<string, number>();

  async firstSighting(key: string, now: Date, ttlMs: number): Promise<boolean> {
    const at = now.getTime();
    const until = this.expires.get(key);
    if (until !== undefined && until > at) return false;
    this.expires.delete(key);
    this.expires.set(key, at + ttlMs);
    if (this.expires.size > MAX_REMEMBERED) await this.prune(now);
    // Still too many live keys: the oldest go first (a Map keeps insertion order).
    for (const old of this.expires.keys()) {
      if (this.expires.size <= MAX_REMEMBERED) break;
      this.expires.delete(old);
    }
    return true;
  }

  async prune(now: Date): Promise<void> {
    const at = now.getTime();
    for (const [key, until] of this.expires) if (until <= at) this.expires.delete(key);
  }
}
