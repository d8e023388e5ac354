import type { WebClient } from '@slack/web-api';
import { privateTeamOf } from '../core/scope.js';
import { FORMAT_NAMES, formatBytes, MAX_DOCUMENT_BYTES } from '../core/corpus/formats.js';
import { citationParts } from '../core/citation.js';
import type { AddOutcome, AddRequest } from '../live/addDocument.js';
import type { AppDeps } from './deps.js';
import { escapeMrkdwn } from './render/escape.js';

/** What adds a document to the desk: the live corpus (saves into the corpus folder, indexes at once). */
export interface DocumentIntake {
  addFile(request: AddRequest): Promise<AddOutcome>;
}

/** A file as Slack describes it in a message (events and shortcut payloads; sometimes only its id). */
export interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  size?: number;
  mimetype?: string;
  filetype?: string;
  url_private_download?: string;
  url_private?: string;
  file_access?: string;
  user?: string;
}

/** The most files taken from one message: a message is not a bulk upload. */
export const MAX_FILES_PER_MESSAGE = 10;
/** How long one download may take. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** Why a download failed, in words for the person who shared the file. */
export class DownloadError extends Error {}

/** What became of one shared file, for the confirmation. */
interface Added {
  name: string;
  outcome: AddOutcome;
}

/**
 * Whether a URL is Slack's own file host (or the Web API's host in a test or on a Slack-compatible
 * server): the bot token is sent nowhere else.
 */
export function isSlackFileUrl(url: string, apiUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (apiUrl && parsed.origin === new URL(apiUrl).origin) return true;
  return parsed.protocol === 'https:' && (parsed.hostname === 'slack.com' || parsed.hostname.endsWith('.slack.com'));
}

/**
 * Downloads a shared file's bytes with the bot token (`Authorization: Bearer`), at most
 * {@link MAX_DOCUMENT_BYTES}: a larger file is refused before or while it arrives, never held whole.
 */
export async function downloadSlackFile(url: string, token: string, apiUrl?: string): Promise<Uint8Array> {
  if (!isSlackFileUrl(url, apiUrl)) throw new DownloadError('the file is not on Slack\u2019s file server');
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new DownloadError(`Slack answered the download with HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOCUMENT_BYTES) throw new DownloadError(`larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit (${formatBytes(declared)})`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > MAX_DOCUMENT_BYTES) {
      await response.body.cancel().catch(() => {});
      throw new DownloadError(`larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A file's full record (name, size, download link), from the message or, when it has only the id, `files.info`. */
async function describe(file: SlackFile, client: WebClient): Promise<SlackFile> {
  if (file.url_private_download && file.name && file.file_access !== 'check_file_info') return file;
  if (!file.id) throw new DownloadError('Slack sent no file id');
  const info = await client.files.info({ file: file.id });
  return { ...file, ...(info.file as SlackFile) };
}

/** Reads one shared file into the desk, or says why not. */
async function addOne(deps: AppDeps, intake: DocumentIntake, file: SlackFile, collection: string | undefined, client: WebClient, token: string): Promise<Added> {
  let name = file.name ?? file.title ?? file.id ?? 'file';
  try {
    const full = await describe(file, client);
    name = full.name ?? full.title ?? name;
    if ((full.size ?? 0) > MAX_DOCUMENT_BYTES) {
      return { name, outcome: { status: 'refused', message: `larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit (${formatBytes(full.size ?? 0)})` } };
    }
    const url = full.url_private_download ?? full.url_private;
    if (!url) return { name, outcome: { status: 'refused', message: 'Slack gave no download link (an external or deleted file?)' } };
    const bytes = await downloadSlackFile(url, token, deps.config.slackApiUrl);
    // Slack answers a download it refuses (missing files:read scope) with its sign-in page, not an error.
    if (!/\.html?$/i.test(name) && /^\s*<!doctype html|^\s*<html/i.test(Buffer.from(bytes.subarray(0, 200)).toString('utf8'))) {
      return { name, outcome: { status: 'refused', message: 'Slack sent a web page instead of the file: the app needs the files:read scope (reinstall it from manifest.yml)' } };
    }
    return { name, outcome: await intake.addFile({ name, bytes, collection }) };
  } catch (error) {
    if (error instanceof DownloadError) return { name, outcome: { status: 'refused', message: `could not be downloaded: ${error.message}` } };
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code) return { name, outcome: { status: 'refused', message: `Slack refused to describe the file (${code})` } };
    deps.logger.error({ err: error }, 'adding a shared file failed');
    return { name, outcome: { status: 'refused', message: 'could not be added (an error on our side; it is logged)' } };
  }
}

/** One line of the confirmation for one file. */
function outcomeLine(added: Added): string {
  const { name, outcome } = added;
  if (outcome.status === 'refused') return `:warning: \`${escapeMrkdwn(name)}\` not added: ${escapeMrkdwn(outcome.message)}`;
  const doc = outcome.document;
  const title = escapeMrkdwn(citationParts(doc.source).title);
  if (outcome.status === 'duplicate') return `:information_source: \`${escapeMrkdwn(name)}\` is already on file as *${title}* (\`${escapeMrkdwn(doc.file)}\`): not added twice.`;
  const facts = [
    FORMAT_NAMES[doc.format ?? 'text'],
    ...(doc.pages ? [`${doc.pages} page${doc.pages === 1 ? '' : 's'}`] : []),
    `${doc.paragraphs.length} paragraph${doc.paragraphs.length === 1 ? '' : 's'}`,
    ...(doc.encoding ? [`decoded as ${escapeMrkdwn(doc.encoding)}`] : []),
  ];
  const where = doc.collection ? ` to the _${escapeMrkdwn(doc.collection)}_ collection` : '';
  return `:page_facing_up: Added *${title}* (${facts.join(', ')})${where} as \`${escapeMrkdwn(doc.file)}\`. Ask about it: \`/prague …\``;
}

/**
 * Where a document added from Slack is saved. One workspace (a bot token): the channel's collection, or
 * the top of the corpus. Many workspaces (OAuth): always inside the workspace's private folder (its team
 * id), so no other workspace ever sees it — in its own copy of the channel's collection
 * (`T0123ABCD/prague`), which that workspace searches as part of `prague` (see `core/scope.ts`).
 */
function folderFor(deps: AppDeps, team: string | undefined, collection: string | undefined): string | undefined {
  if (!deps.installations || !team) return collection;
  if (collection && privateTeamOf(collection) === team) return collection;
  return collection ? `${team}/${collection}` : team;
}

/**
 * Adds the files of a Slack message to the desk: each downloaded with the bot token, saved into the
 * corpus folder (the channel's collection when the channel is bound to one), indexed, and confirmed in a
 * thread under the message with its title, pages and who added it. A file that cannot be added gets the
 * reason, as `prague sources` would give it.
 *
 * @returns the confirmation, one mrkdwn line a file (every outside string escaped).
 */
export async function addSlackFiles(
  deps: AppDeps,
  args: { files: SlackFile[]; channel: string; addedBy: string; client: WebClient; token: string; team?: string },
): Promise<string[]> {
  const intake = deps.intake;
  if (!intake) return [':warning: This desk does not take new documents here (it runs without a corpus folder it can write to).'];
  const collection = folderFor(deps, args.team, (await deps.collectionOf?.(args.channel)) || undefined);
  const lines: string[] = [];
  let added = 0;
  for (const file of args.files.slice(0, MAX_FILES_PER_MESSAGE)) {
    const result = await addOne(deps, intake, file, collection, args.client, args.token);
    if (result.outcome.status === 'added') added++;
    lines.push(outcomeLine(result));
  }
  if (args.files.length > MAX_FILES_PER_MESSAGE) lines.push(`:warning: ${args.files.length - MAX_FILES_PER_MESSAGE} more files not taken: at most ${MAX_FILES_PER_MESSAGE} from one message.`);
  if (added > 0) lines.push(`_Added by <@${args.addedBy.replace(/[^A-Z0-9]/gi, '')}>._`);
  return lines;
}
