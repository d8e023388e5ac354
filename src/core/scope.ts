import type { SourceDocument } from './model.js';

/**
 * Which part of the corpus a request may see.
 *
 * - `collections`: only documents in these collections (a collection is a subfolder of the corpus,
 *   named by its path relative to it: `prague`, `desks/energy`; a collection includes its subfolders).
 *   Absent or empty: every collection.
 * - `team`: the Slack workspace asking. A top-level folder named like a workspace's team id
 *   (`T0123ABCD/`) is private to that workspace; everything else is shared. Absent (the CLI, an
 *   operator): no private folder is hidden. A workspace's own copy of a collection
 *   (`T0123ABCD/prague`: documents its people added from a channel bound to `prague`) counts as part of
 *   that collection for that workspace.
 *
 * ```ts
 * inScope(doc, { collections: ['prague'] })   // doc.collection is 'prague' or 'prague/…'
 * inScope(doc, { team: 'T0123ABCD' })         // false for a document under 'T0999ZZZZ/'
 * ```
 */
export interface Scope {
  collections?: string[];
  team?: string;
}

/** A Slack team (workspace) or enterprise id: `T` or `E` and upper-case letters and digits. */
const TEAM_ID = /^[TE][A-Z0-9]{2,}$/;

/** The collection of a corpus file (path relative to the corpus folder, `/`-separated): its folder. */
export function collectionOfFile(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** The workspace a collection is private to, when its top-level folder is named after a team id. */
export function privateTeamOf(collection: string): string | undefined {
  const top = collection.split('/')[0] ?? '';
  return TEAM_ID.test(top) ? top : undefined;
}

/** Whether a collection lies within one of the named ones (`desks` holds `desks/energy`). */
export function collectionWithin(collection: string, names: readonly string[]): boolean {
  return names.some((name) => collection === name || collection.startsWith(`${name}/`));
}

/** Whether a document is visible to a request of this scope. */
export function inScope(doc: Pick<SourceDocument, 'collection'>, scope: Scope = {}): boolean {
  const owner = privateTeamOf(doc.collection);
  if (owner && scope.team && owner !== scope.team) return false;
  const names = scope.collections;
  if (!names || names.length === 0) return true;
  if (collectionWithin(doc.collection, names)) return true;
  return !!owner && owner === scope.team && collectionWithin(doc.collection, names.map((name) => `${owner}/${name}`));
}

/** Whether a scope restricts anything at all. */
export function isWholeCorpus(scope: Scope = {}): boolean {
  return !scope.team && !(scope.collections && scope.collections.length > 0);
}
