import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateError, SubscriptionStore } from '../../src/digest/subscriptionStore.js';

const sub = { channel: 'C1', time: '08:00', timeZone: 'Europe/Prague', createdBy: 'U1', createdAt: '2026-11-23T00:00:00.000Z' };

describe('SubscriptionStore', () => {
  it('persists subscriptions and deliveries across instances, leaving no temporary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
    const store = SubscriptionStore.inDataDir(dir);
    store.set(sub);
    store.recordDelivery('C1', { date: '2026-11-23', at: '2026-11-23T07:00:00.000Z', status: 'sent' });
    const again = SubscriptionStore.inDataDir(dir);
    expect(again.get('C1')?.lastSent?.date).toBe('2026-11-23');
    expect(readdirSync(dir)).toEqual(['digests.json']);
  });

  it('refuses a corrupt state file at start and never overwrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
    const path = join(dir, 'digests.json');
    writeFileSync(path, '{"version": 1, "subscriptions": {"C1": {"time": "08:0');
    expect(() => SubscriptionStore.inDataDir(dir)).toThrow(StateError);
    expect(() => SubscriptionStore.inDataDir(dir)).toThrow(/digests\.json is unreadable or corrupt/);
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "subscriptions": {"C1": {"time": "08:0');
    writeFileSync(path, '[1, 2]');
    expect(() => SubscriptionStore.inDataDir(dir)).toThrow(/not a Prague Desk state file/);
  });

  it('keeps the old state in memory and on disk when a write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prague-state-'));
    const store = new SubscriptionStore(join(dir, 'digests.json'));
    store.set(sub);
    // A folder where the file should be makes the rename fail.
    const broken = new SubscriptionStore(join(dir, 'sub', 'digests.json'));
    const blocked = join(dir, 'sub', 'digests.json');
    mkdirSync(blocked, { recursive: true });
    expect(() => broken.set(sub)).toThrow();
    expect(broken.list()).toEqual([]);
    expect(store.get('C1')).toEqual(sub);
  });
});
