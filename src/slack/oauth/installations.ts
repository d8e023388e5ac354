import type { Installation, InstallationQuery, InstallationStore as BoltInstallationStore } from '@slack/bolt';
import type pino from 'pino';
import { StateUnavailableError, type InstallationStore } from '../../state/types.js';
import { installationKey } from '../../state/file/fileState.js';

/**
 * How long an installation read from the state is reused: each request needs its workspace's token,
 * and a database round trip on every ack is avoidable. A workspace that uninstalls sends no more
 * requests, and the replica that handles its `app_uninstalled` forgets it at once.
 */
const CACHE_MS = 30_000;

/**
 * The installations as Bolt's installer and `authorize` use them: read through a short cache, and, while
 * the database is away, from the last copy read (requests from installed workspaces keep being answered).
 */
export class CachedInstallations implements BoltInstallationStore {
  private cache = new Map<string, { installation: Installation; at: number }>();

  constructor(
    private readonly store: InstallationStore,
    private readonly logger: pino.Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    await this.store.storeInstallation(installation);
    this.cache.clear();
    this.logger.info({ team: installation.team?.id, enterprise: installation.enterprise?.id }, 'workspace installed the app');
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKey(query);
    const cached = this.cache.get(key);
    if (cached && this.now() - cached.at < CACHE_MS) return cached.installation;
    try {
      const installation = await this.store.fetchInstallation(query);
      this.cache.set(key, { installation, at: this.now() });
      return installation;
    } catch (error) {
      if (cached && error instanceof StateUnavailableError) {
        this.logger.warn({ key }, 'state unavailable: using the installation read before');
        return cached.installation;
      }
      throw error;
    }
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    this.cache.delete(installationKey(query));
    await this.store.deleteInstallation(query);
  }

  /** Drops the user tokens of these users from a workspace's installation (they were revoked). */
  async removeUserTokens(team: string | undefined, enterprise: string | undefined, users: string[]): Promise<void> {
    this.cache.clear();
    await this.store.removeUserTokens(team, enterprise, users);
  }
}
