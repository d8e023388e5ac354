import type { Claim, ClaimRequest, Delivery } from './types.js';

/**
 * The one rule for claiming a day's delivery, shared by the file and PostgreSQL stores (which apply it
 * under a lock or a row lock, so that two replicas never both get it).
 *
 * A day may be claimed when there is no delivery yet, when the claim holding it has expired (its
 * replica died or lost the database), or when its last attempt failed and the retry time has come.
 * A delivery that was sent, or failed for good, is never claimed again.
 *
 * ```ts
 * nextClaim(undefined, { channel: 'C1', date: '2026-11-23', owner: 'a', now, leaseMs: 60_000 })
 * // { delivery: { status: 'claimed', attempts: 1, owner: 'a', leaseUntil: now + 60 s, … } }
 * ```
 */
export function nextClaim(existing: Delivery | undefined, request: ClaimRequest): Claim | undefined {
  const { channel, date, owner, now, leaseMs } = request;
  const at = now.getTime();
  const leaseUntil = new Date(at + leaseMs).toISOString();
  if (!existing) {
    return { delivery: { channel, date, status: 'claimed', attempts: 1, owner, leaseUntil, updatedAt: now.toISOString() } };
  }
  const held = existing.status === 'claimed' || existing.status === 'posting';
  const expired = held && Date.parse(existing.leaseUntil ?? '') <= at;
  const retryDue = existing.status === 'failed' && !existing.final && Date.parse(existing.nextAttemptAt ?? '') <= at;
  if (!expired && !retryDue) return undefined;
  return {
    previous: existing,
    delivery: {
      ...existing,
      status: 'claimed',
      attempts: existing.attempts + 1,
      owner,
      leaseUntil,
      nextAttemptAt: undefined,
      updatedAt: now.toISOString(),
    },
  };
}

/**
 * Applies a change to a delivery if `owner` still holds it (or the change records that it was sent).
 * Undefined when the change must not be applied.
 */
export function changedDelivery(existing: Delivery | undefined, owner: string, change: Partial<Omit<Delivery, 'channel' | 'date'>>): Delivery | undefined {
  if (!existing) return undefined;
  if (change.status !== 'sent' && existing.owner !== owner) return undefined;
  if (existing.status === 'sent') return undefined;
  const next: Delivery = { ...existing, ...change };
  for (const key of Object.keys(next) as (keyof Delivery)[]) if (next[key] === undefined) delete next[key];
  return next;
}
