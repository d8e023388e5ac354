import type { Installation, InstallationQuery } from '@slack/bolt';
import type pino from 'pino';
import { changedDelivery, nextClaim } from '../claims.js';
import { installationKey, keyOfInstallation } from '../file/fileState.js';
import {
  NoInstallationError,
  type Binding,
  type BindingStore,
  type Claim,
  type ClaimRequest,
  type Delivery,
  type DeliveryStore,
  type EventStore,
  type InstallationStore,
  type State,
  type Subscription,
  type SubscriptionStore,
} from '../types.js';
import { Database } from './database.js';
import { migrate } from './migrations.js';

const iso = (value: Date | string | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : new Date(value).toISOString();

class PgSubscriptions implements SubscriptionStore {
  constructor(private readonly db: Database) {}

  private static row(r: Record<string, unknown>): Subscription {
    const s: Subscription = {
      channel: r.channel as string,
      time: r.time as string,
      timeZone: r.time_zone as string,
      createdBy: r.created_by as string,
      createdAt: iso(r.created_at as Date) as string,
    };
    if (r.team) s.team = r.team as string;
    return s;
  }

  async list() {
    return (await this.db.query('SELECT * FROM digest_subscriptions ORDER BY channel')).rows.map(PgSubscriptions.row);
  }

  async get(channel: string) {
    const row = (await this.db.query('SELECT * FROM digest_subscriptions WHERE channel = $1', [channel])).rows[0];
    return row ? PgSubscriptions.row(row) : undefined;
  }

  async set(s: Subscription) {
    await this.db.query(
      `INSERT INTO digest_subscriptions (channel, team, time, time_zone, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (channel) DO UPDATE SET team = $2, time = $3, time_zone = $4, created_by = $5, created_at = $6`,
      [s.channel, s.team ?? null, s.time, s.timeZone, s.createdBy, s.createdAt],
    );
  }

  async remove(channel: string) {
    return ((await this.db.query('DELETE FROM digest_subscriptions WHERE channel = $1', [channel])).rowCount ?? 0) > 0;
  }

  async removeTeam(team: string) {
    return (await this.db.query('DELETE FROM digest_subscriptions WHERE team = $1', [team])).rowCount ?? 0;
  }
}

function deliveryOf(r: Record<string, unknown>): Delivery {
  const d: Delivery = {
    channel: r.channel as string,
    date: r.date as string,
    status: r.status as Delivery['status'],
    attempts: r.attempts as number,
    updatedAt: iso(r.updated_at as Date) as string,
  };
  if (r.owner) d.owner = r.owner as string;
  if (r.lease_until) d.leaseUntil = iso(r.lease_until as Date);
  if (r.next_attempt_at) d.nextAttemptAt = iso(r.next_attempt_at as Date);
  if (r.final) d.final = true;
  if (r.error) d.error = r.error as string;
  if (r.sent_at) d.sentAt = iso(r.sent_at as Date);
  return d;
}

const DELIVERY_COLUMNS = 'channel, date, status, attempts, owner, lease_until, next_attempt_at, final, error, sent_at, updated_at';
const deliveryValues = (d: Delivery) => [
  d.channel,
  d.date,
  d.status,
  d.attempts,
  d.owner ?? null,
  d.leaseUntil ?? null,
  d.nextAttemptAt ?? null,
  d.final ?? false,
  d.error ?? null,
  d.sentAt ?? null,
  d.updatedAt,
];

class PgDeliveries implements DeliveryStore {
  constructor(private readonly db: Database) {}

  async claim(request: ClaimRequest): Promise<Claim | undefined> {
    return this.db.transaction(async (client) => {
      // The row lock makes the read-decide-write below one step for every replica asking at once.
      const found = await client.query('SELECT * FROM digest_deliveries WHERE channel = $1 AND date = $2 FOR UPDATE', [request.channel, request.date]);
      const existing = found.rows[0] ? deliveryOf(found.rows[0]) : undefined;
      const claim = nextClaim(existing, request);
      if (!claim) return undefined;
      if (!existing) {
        // Two replicas may both find no row: the primary key lets exactly one insert it.
        const inserted = await client.query(
          `INSERT INTO digest_deliveries (${DELIVERY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
          deliveryValues(claim.delivery),
        );
        return inserted.rowCount === 1 ? claim : undefined;
      }
      await this.write(client, claim.delivery);
      return claim;
    });
  }

  private async write(client: { query: Database['pool']['query'] }, d: Delivery): Promise<void> {
    await client.query(
      `UPDATE digest_deliveries SET status = $3, attempts = $4, owner = $5, lease_until = $6, next_attempt_at = $7, final = $8,
         error = $9, sent_at = $10, updated_at = $11 WHERE channel = $1 AND date = $2`,
      deliveryValues(d),
    );
  }

  async update(channel: string, date: string, owner: string, change: Partial<Omit<Delivery, 'channel' | 'date'>>) {
    return this.db.transaction(async (client) => {
      const found = await client.query('SELECT * FROM digest_deliveries WHERE channel = $1 AND date = $2 FOR UPDATE', [channel, date]);
      const next = changedDelivery(found.rows[0] ? deliveryOf(found.rows[0]) : undefined, owner, change);
      if (!next) return false;
      await this.write(client, next);
      return true;
    });
  }

  async latest(channel: string) {
    const row = (await this.db.query('SELECT * FROM digest_deliveries WHERE channel = $1 ORDER BY date DESC LIMIT 1', [channel])).rows[0];
    return row ? deliveryOf(row) : undefined;
  }

  async lastSent(channel: string) {
    const row = (await this.db.query("SELECT * FROM digest_deliveries WHERE channel = $1 AND status = 'sent' ORDER BY date DESC LIMIT 1", [channel])).rows[0];
    return row ? deliveryOf(row) : undefined;
  }

  async removeChannels(channels: string[]) {
    if (channels.length > 0) await this.db.query('DELETE FROM digest_deliveries WHERE channel = ANY($1)', [channels]);
  }
}

class PgEvents implements EventStore {
  constructor(private readonly db: Database) {}

  async firstSighting(key: string, now: Date, ttlMs: number) {
    // Inserted, or an expired entry renewed: the first sighting. A live entry: seen before.
    const result = await this.db.query(
      `INSERT INTO seen_events (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_events.expires_at <= $3`,
      [key, new Date(now.getTime() + ttlMs), now],
    );
    return result.rowCount === 1;
  }

  async prune(now: Date) {
    await this.db.query('DELETE FROM seen_events WHERE expires_at <= $1', [now]);
  }
}

class PgBindings implements BindingStore {
  constructor(private readonly db: Database) {}

  async get(channel: string) {
    const r = (await this.db.query('SELECT * FROM channel_bindings WHERE channel = $1', [channel])).rows[0];
    if (!r) return undefined;
    const b: Binding = { channel: r.channel, collection: r.collection, boundBy: r.bound_by, boundAt: iso(r.bound_at) as string };
    if (r.team) b.team = r.team;
    return b;
  }

  async set(b: Binding) {
    await this.db.query(
      `INSERT INTO channel_bindings (channel, team, collection, bound_by, bound_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel) DO UPDATE SET team = $2, collection = $3, bound_by = $4, bound_at = $5`,
      [b.channel, b.team ?? null, b.collection, b.boundBy, b.boundAt],
    );
  }

  async remove(channel: string) {
    return ((await this.db.query('DELETE FROM channel_bindings WHERE channel = $1', [channel])).rowCount ?? 0) > 0;
  }

  async removeTeam(team: string) {
    return (await this.db.query('DELETE FROM channel_bindings WHERE team = $1', [team])).rowCount ?? 0;
  }
}

class PgInstallations implements InstallationStore {
  constructor(private readonly db: Database) {}

  async storeInstallation(installation: Installation) {
    await this.db.query(
      `INSERT INTO slack_installations (key, team_id, enterprise_id, installation, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (key) DO UPDATE SET team_id = $2, enterprise_id = $3, installation = $4, updated_at = now()`,
      [keyOfInstallation(installation), installation.team?.id ?? null, installation.enterprise?.id ?? null, JSON.stringify(installation)],
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>) {
    const row = (await this.db.query<{ installation: Installation }>('SELECT installation FROM slack_installations WHERE key = $1', [installationKey(query)])).rows[0];
    if (!row) throw new NoInstallationError(`no installation for ${query.enterpriseId ?? ''}${query.teamId ?? ''}`);
    return row.installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>) {
    await this.db.query('DELETE FROM slack_installations WHERE key = $1', [installationKey(query)]);
  }

  async removeUserTokens(team: string | undefined, enterprise: string | undefined, users: string[]) {
    await this.db.query(
      `UPDATE slack_installations SET installation = installation #- '{user,token}' #- '{user,refreshToken}', updated_at = now()
       WHERE key = ANY($1) AND installation->'user'->>'id' = ANY($2)`,
      [[team && `T:${team}`, enterprise && `E:${enterprise}`].filter(Boolean), users],
    );
  }
}

/**
 * The shared state of every replica, in PostgreSQL: the schema is brought up to date first (see
 * `migrate`).
 *
 * @throws Error when the database cannot be reached or migrated (start-up stops with that line).
 */
export async function openPostgresState(url: string, logger: pino.Logger): Promise<State> {
  const db = new Database(url, logger);
  try {
    await migrate(db, logger);
  } catch (error) {
    await db.close().catch(() => {});
    throw new Error(`PostgreSQL at ${db.where}: ${(error as Error).message}`);
  }
  return {
    kind: 'postgres',
    subscriptions: new PgSubscriptions(db),
    deliveries: new PgDeliveries(db),
    events: new PgEvents(db),
    bindings: new PgBindings(db),
    installations: new PgInstallations(db),
    check: () => db.check(),
    close: () => db.close(),
  };
}
