import type { KnownBlock } from '@slack/types';
import webApi, { type WebClient, type WebClientOptions } from '@slack/web-api';
import type pino from 'pino';
import type { DeliveryContext, DigestMessage } from '../digest/DigestScheduler.js';

/** The metadata event type a briefing is posted with, so it can be found again in the channel. */
export const DIGEST_EVENT_TYPE = 'prague_digest';

/** Pages of channel history looked through at most, when checking whether a briefing went out. */
const HISTORY_PAGES = 5;

/**
 * The Web API client options for briefings: a failure is handed back after one quick retry (the
 * scheduler retries with its own pause and records the failure), instead of being retried for minutes
 * inside one attempt; a rate limit is thrown to the channel pacer, which waits it out for that channel.
 */
export function digestClientOptions(base: WebClientOptions): WebClientOptions {
  return { ...base, retryConfig: { retries: 1, factor: 2, minTimeout: 500, maxTimeout: 2_000 } };
}

/**
 * A client with the bot token of a workspace: the single workspace's (SLACK_BOT_TOKEN) or the one its
 * OAuth installation holds. Rejects with `no_installation` when the workspace has none.
 */
export type ClientFor = (team: string | undefined) => Promise<WebClient>;

/** Clients by token, so that each workspace keeps one client (and its connections). */
export function clientsByToken(options: WebClientOptions, tokenOf: (team: string | undefined) => Promise<string | undefined>): ClientFor {
  const clients = new Map<string, WebClient>();
  return async (team) => {
    const token = await tokenOf(team);
    if (!token) throw Object.assign(new Error(`no installation for workspace ${team ?? '(unknown)'}`), { data: { error: 'no_installation' } });
    let client = clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, options);
      clients.set(token, client);
    }
    return client;
  };
}

/**
 * How briefings reach Slack: `post` sends one (marked with its date in the message metadata), and
 * `findPosted` looks for that mark in the channel's recent history (after a replica stopped mid-post).
 */
export function digestDelivery(clientFor: ClientFor, logger: pino.Logger) {
  return {
    async post(channel: string, message: DigestMessage, delivery: DeliveryContext): Promise<void> {
      const client = await clientFor(delivery.team);
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as KnownBlock[] | undefined,
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { date: delivery.date } },
      });
    },

    async findPosted(channel: string, delivery: DeliveryContext & { since: Date }): Promise<boolean | undefined> {
      try {
        const client = await clientFor(delivery.team);
        let cursor: string | undefined;
        for (let page = 0; page < HISTORY_PAGES; page++) {
          const history = await client.conversations.history({ channel, oldest: String(delivery.since.getTime() / 1000), include_all_metadata: true, limit: 200, cursor });
          const found = (history.messages ?? []).some((m) => {
            const metadata = (m as { metadata?: { event_type?: string; event_payload?: { date?: unknown } } }).metadata;
            return metadata?.event_type === DIGEST_EVENT_TYPE && metadata.event_payload?.date === delivery.date;
          });
          if (found) return true;
          cursor = history.response_metadata?.next_cursor || undefined;
          if (!history.has_more || !cursor) return false;
        }
        return undefined;
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
        logger.warn({ channel, error: code }, 'could not check the channel for a briefing posted before a replica stopped');
        return undefined;
      }
    },
  };
}
