import { join } from 'node:path';
import type { Installation, InstallationQuery } from '@slack/bolt';
import { changedDelivery, nextClaim } from '../claims.js';
import { MemoryEventStore } from '../memoryEvents.js';
import {
  NoInstallationError,
  type Binding,
  type BindingStore,
  type Claim,
  type ClaimRequest,
  type Delivery,
  type DeliveryStore,
  type InstallationStore,
  type State,
  type Subscription,
  type SubscriptionStore,
} from '../types.js';
import { isRecord, JsonFile, StateError } from './jsonFile.js';

/** How many past days of deliveries a channel keeps in the file (for status and "new since"). */
const KEPT_DAYS = 14;

/**
 * `digests.json`, version 2: subscriptions (kept as written, so that an entry the scheduler cannot read
 * is reported, skipped, and never lost) and each channel's deliveries by local date.
 */
interface DigestsFile {
  version: 2;
  subscriptions: Record<string, Subscription>;
  deliveries: Record<string, Record<string, Delivery>>;
}

/** Version 1 kept each channel's last delivery and last sent digest on its subscription. */
interface V1Delivery {
  date: string;
  at: string;
  status: 'sending' | 'sent' | 'failed';
  error?: string;
}

function readDigests(parsed: unknown, path: string): DigestsFile {
  if (!isRecord(parsed) || (parsed.version !== 1 && parsed.version !== 2) || !isRecord(parsed.subscriptions)) {
    throw new StateError(`${path} is not a Prague Desk state file (expected version 1 or 2 with subscriptions); it was left untouched`);
  }
  if (parsed.version === 2) {
    if (!isRecord(parsed.deliveries)) throw new StateError(`${path}: "deliveries" is missing or not an object; it was left untouched`);
    return parsed as unknown as DigestsFile;
  }
  // Version 1 → 2: the last delivery and last sent digest become deliveries of their dates.
  const subscriptions: Record<string, Subscription> = {};
  const deliveries: Record<string, Record<string, Delivery>> = {};
  for (const [channel, raw] of Object.entries(parsed.subscriptions)) {
    if (!isRecord(raw)) {
      subscriptions[channel] = raw as unknown as Subscription;
      continue;
    }
    const { lastDelivery, lastSent, ...subscription } = raw as Record<string, unknown> & { lastDelivery?: V1Delivery; lastSent?: V1Delivery };
    subscriptions[channel] = { channel, ...subscription } as Subscription;
    const days: Record<string, Delivery> = {};
    for (const old of [lastSent, lastDelivery]) {
      if (!isRecord(old) || typeof old.date !== 'string') continue;
      days[old.date] = fromV1(channel, old);
    }
    if (Object.keys(days).length > 0) deliveries[channel] = days;
  }
  return { version: 2, subscriptions, deliveries };
}

function fromV1(channel: string, old: V1Delivery): Delivery {
  const base = { channel, date: old.date, attempts: 1, updatedAt: old.at };
  if (old.status === 'sent') return { ...base, status: 'sent', sentAt: old.at };
  if (old.status === 'failed') return { ...base, status: 'failed', final: true, error: old.error ?? 'error' };
  // Version 1 never re-sent a day whose send may have gone out before a crash: keep that promise.
  return { ...base, status: 'failed', final: true, error: 'interrupted: may have been posted' };
}

interface BindingsFile {
  version: 1;
  bindings: Record<string, Binding>;
}

interface InstallationsFile {
  version: 1;
  installations: Record<string, Installation>;
}

function versioned<T>(name: string, key: string) {
  return (parsed: unknown, path: string): T => {
    if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed[key])) {
      throw new StateError(`${path} is not a Prague Desk ${name} file (expected version 1 with ${key}); it was left untouched`);
    }
    return parsed as T;
  };
}

/** The key an installation is kept under: the enterprise for an org-wide install, else the workspace. */
export function installationKey(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `E:${query.enterpriseId}`;
  if (query.teamId) return `T:${query.teamId}`;
  throw new NoInstallationError('no team or enterprise id to look the installation up by');
}

export function keyOfInstallation(installation: Installation): string {
  return installationKey({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
}

class FileSubscriptions implements SubscriptionStore {
  constructor(private readonly file: JsonFile<DigestsFile>) {}

  async list() {
    return Object.entries(this.file.current.subscriptions).map(([channel, s]) => (isRecord(s) ? { ...s, channel } : ({ channel } as Subscription)));
  }

  async get(channel: string) {
    const s = this.file.current.subscriptions[channel];
    return s ? { ...s, channel } : undefined;
  }

  async set(subscription: Subscription) {
    this.file.update((f) => {
      f.subscriptions[subscription.channel] = subscription;
    });
  }

  async remove(channel: string) {
    if (!this.file.current.subscriptions[channel]) return false;
    this.file.update((f) => {
      delete f.subscriptions[channel];
    });
    return true;
  }

  async removeTeam(team: string) {
    const channels = Object.values(this.file.current.subscriptions).filter((s) => isRecord(s) && s.team === team).map((s) => s.channel);
    if (channels.length === 0) return 0;
    this.file.update((f) => {
      for (const c of channels) delete f.subscriptions[c];
    });
    return channels.length;
  }
}

class FileDeliveries implements DeliveryStore {
  constructor(private readonly file: JsonFile<DigestsFile>) {}

  private days(channel: string): Delivery[] {
    return Object.values(this.file.current.deliveries[channel] ?? {}).sort((a, b) => a.date.localeCompare(b.date));
  }

  async claim(request: ClaimRequest): Promise<Claim | undefined> {
    const claim = nextClaim(this.file.current.deliveries[request.channel]?.[request.date], request);
    if (!claim) return undefined;
    this.file.update((f) => {
      f.deliveries[request.channel] ??= {};
      const days = f.deliveries[request.channel] as Record<string, Delivery>;
      days[request.date] = claim.delivery;
      // Old days are forgotten: the file stays small however long the channel is subscribed.
      for (const old of Object.keys(days).sort().slice(0, -KEPT_DAYS)) delete days[old];
    });
    return claim;
  }

  async update(channel: string, date: string, owner: string, change: Partial<Omit<Delivery, 'channel' | 'date'>>) {
    const next = changedDelivery(this.file.current.deliveries[channel]?.[date], owner, change);
    if (!next) return false;
    this.file.update((f) => {
      f.deliveries[channel] ??= {};
      (f.deliveries[channel] as Record<string, Delivery>)[date] = next;
    });
    return true;
  }

  async latest(channel: string) {
    return this.days(channel).at(-1);
  }

  async lastSent(channel: string) {
    return this.days(channel).filter((d) => d.status === 'sent').at(-1);
  }

  async removeChannels(channels: string[]) {
    if (!channels.some((c) => this.file.current.deliveries[c])) return;
    this.file.update((f) => {
      for (const c of channels) delete f.deliveries[c];
    });
  }
}

class FileBindings implements BindingStore {
  constructor(private readonly file: JsonFile<BindingsFile>) {}

  async get(channel: string) {
    return this.file.current.bindings[channel];
  }

  async set(binding: Binding) {
    this.file.update((f) => {
      f.bindings[binding.channel] = binding;
    });
  }

  async remove(channel: string) {
    if (!this.file.current.bindings[channel]) return false;
    this.file.update((f) => {
      delete f.bindings[channel];
    });
    return true;
  }

  async removeTeam(team: string) {
    const channels = Object.values(this.file.current.bindings).filter((b) => b.team === team).map((b) => b.channel);
    if (channels.length > 0) {
      this.file.update((f) => {
        for (const c of channels) delete f.bindings[c];
      });
    }
    return channels.length;
  }
}

class FileInstallations implements InstallationStore {
  constructor(private readonly file: JsonFile<InstallationsFile>) {}

  async storeInstallation(installation: Installation) {
    const key = keyOfInstallation(installation);
    this.file.update((f) => {
      f.installations[key] = installation;
    });
  }

  async fetchInstallation(query: InstallationQuery<boolean>) {
    const found = this.file.current.installations[installationKey(query)];
    if (!found) throw new NoInstallationError(`no installation for ${query.enterpriseId ?? ''}${query.teamId ?? ''}`);
    return structuredClone(found);
  }

  async deleteInstallation(query: InstallationQuery<boolean>) {
    const key = installationKey(query);
    if (!this.file.current.installations[key]) return;
    this.file.update((f) => {
      delete f.installations[key];
    });
  }

  async removeUserTokens(team: string | undefined, enterprise: string | undefined, users: string[]) {
    const keys = [team && `T:${team}`, enterprise && `E:${enterprise}`].filter((k): k is string => Boolean(k));
    this.file.update((f) => {
      for (const key of keys) {
        const inst = f.installations[key];
        if (inst?.user && users.includes(inst.user.id)) inst.user = { id: inst.user.id, token: undefined, scopes: undefined };
      }
    });
  }
}

/**
 * The embedded state of a single desk, in `DATA_DIR`: `digests.json` (subscriptions and deliveries,
 * version 1 files are read and upgraded on the next write), `bindings.json` (channel collections),
 * `installations.json` (OAuth installs, with tokens: readable by the app's user only). Event ids are
 * remembered in memory: one process, nothing to share.
 *
 * @throws StateError when a file is corrupt (it is left untouched).
 */
export function openFileState(dataDir: string): State {
  const digests = new JsonFile<DigestsFile>(join(dataDir, 'digests.json'), () => ({ version: 2, subscriptions: {}, deliveries: {} }), readDigests);
  const bindings = new JsonFile<BindingsFile>(join(dataDir, 'bindings.json'), () => ({ version: 1, bindings: {} }), versioned('bindings', 'bindings'));
  const installations = new JsonFile<InstallationsFile>(
    join(dataDir, 'installations.json'),
    () => ({ version: 1, installations: {} }),
    versioned('installations', 'installations'),
  );
  return {
    kind: 'file',
    subscriptions: new FileSubscriptions(digests),
    deliveries: new FileDeliveries(digests),
    events: new MemoryEventStore(),
    bindings: new FileBindings(bindings),
    installations: new FileInstallations(installations),
    async check() {
      return { ok: true, detail: `files in ${dataDir}` };
    },
    async close() {},
  };
}
