import type pino from 'pino';
import type { Desk } from '../core/desk.js';
import type { Scope } from '../core/scope.js';
import type { Binding, BindingStore } from '../state/types.js';
import { escapeMrkdwn } from './render/escape.js';

/**
 * Stands for "no workspace known" in a scope: it matches no team id, so every team-private folder
 * stays hidden (a Slack request never sees another workspace's documents, even when its team is unknown).
 */
export const UNKNOWN_TEAM = '-';

/** What a request from a channel may see: its workspace's documents, within the channel's collection. */
export interface ChannelScope extends Scope {
  team: string;
  /** The collection the channel is bound to (`/prague collection NAME`), if any. */
  collection?: string;
  /** The binding could not be read (the database is away) and none was known: the whole corpus is searched. */
  bindingUnknown?: boolean;
}

/**
 * Channel → collection, read from the shared state on every request (a binding made on one replica
 * holds on the next request to any other). The last binding read for each channel is kept, so that
 * while the database is away a bound channel still searches its collection.
 */
export class ChannelScopes {
  private lastKnown = new Map<string, string | undefined>();

  constructor(
    private readonly bindings: BindingStore | undefined,
    private readonly logger: pino.Logger,
  ) {}

  /** The collection a channel is bound to, or undefined. */
  async collectionOf(channel: string): Promise<string | undefined> {
    return (await this.read(channel)).collection;
  }

  private async read(channel: string): Promise<{ collection?: string; unknown?: boolean }> {
    if (!this.bindings || !channel) return {};
    try {
      const collection = (await this.bindings.get(channel))?.collection;
      this.lastKnown.set(channel, collection);
      return { collection };
    } catch (error) {
      if (this.lastKnown.has(channel)) return { collection: this.lastKnown.get(channel) };
      this.logger.warn({ channel, error: (error as Error).message }, 'channel collection unknown (state unavailable): searching everything');
      return { unknown: true };
    }
  }

  /** Binds a channel to a collection (shared: every replica answers from it on its next request). */
  async bind(binding: Binding): Promise<void> {
    if (!this.bindings) throw new Error('collection bindings need the app\'s state');
    await this.bindings.set(binding);
    this.lastKnown.set(binding.channel, binding.collection);
  }

  /** Removes a channel's binding; false when it had none. */
  async unbind(channel: string): Promise<boolean> {
    if (!this.bindings) return false;
    const removed = await this.bindings.remove(channel);
    this.lastKnown.set(channel, undefined);
    return removed;
  }

  /** Whether bindings can be made (the app has state). */
  get available(): boolean {
    return this.bindings !== undefined;
  }

  /** The scope of a request from `team` in `channel`. */
  async scopeOf(team: string | undefined, channel: string): Promise<ChannelScope> {
    const { collection, unknown } = await this.read(channel);
    const scope: ChannelScope = { team: team || UNKNOWN_TEAM };
    if (collection) {
      scope.collection = collection;
      scope.collections = [collection];
    }
    if (unknown) scope.bindingUnknown = true;
    return scope;
  }
}

/**
 * The line an answer ends with, saying what it searched (mrkdwn, escaped): the channel's collection, or
 * everything on file when the corpus has collections to choose from. Undefined when there is nothing
 * to say (no collections at all).
 */
export function searchedNote(scope: ChannelScope | undefined, desk: Desk): string | undefined {
  if (!scope) return undefined;
  if (scope.collection) {
    const name = escapeMrkdwn(scope.collection);
    const gone = !desk.collections({ team: scope.team }).includes(scope.collection);
    return gone
      ? `Searched the *${name}* collection, which is no longer on file: \`/prague collection\` to choose another`
      : `Searched the *${name}* collection (this channel\u2019s; \`/prague collection\` to change it)`;
  }
  if (scope.bindingUnknown) return 'Searched everything on file (this channel\u2019s collection could not be read just now)';
  return desk.collections({ team: scope.team }).length > 0 ? 'Searched everything on file (`/prague collection NAME` to search one collection here)' : undefined;
}
