import { existsSync, lstatSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type pino from 'pino';
import { readPositionsFile, POSITIONS_FILE, type Comparison } from '../core/compare/positions.js';
import { DocumentError } from '../core/corpus/parseDocument.js';
import { documentId, loadDocumentFile, readSourcesFile, SOURCES_FILE } from '../core/corpus/loadCorpus.js';
import { formatOf, unsupportedTypeMessage } from '../core/corpus/formats.js';
import { EDITOR_FILES, isHiddenName, scanCorpusFolder } from '../core/corpus/scanCorpusFolder.js';
import { Desk } from '../core/desk.js';
import { corpusFingerprint } from '../core/corpus/fingerprint.js';
import { INDEX_VERSION } from '../core/search/indexCache.js';
import type { LoadProblem, SourceDocument, SourceInfo } from '../core/model.js';
import type { ReadDocument } from '../core/corpus/readDocument.js';
import { readSynonymsFile, SYNONYMS_FILE, type SynonymGroups } from '../core/search/synonyms.js';
import { addDocument, type AddRequest, type AddOutcome } from './addDocument.js';

/** Quiet time after the last change before a reload: a burst of changes (a git pull) is one reload. */
const SETTLE_MS = 300;
/** A reload happens at the latest this long after the first change, even if changes keep coming. */
const MAX_WAIT_MS = 2000;
/**
 * The longest stretch of reading or indexing between two turns of the event loop. Slack wants every
 * request acknowledged within 3 seconds; a burst of thousands of files is indexed in slices this long, so
 * requests keep being answered while it goes on.
 */
const SLICE_MS = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What one reload did, for the log. */
export interface ReloadSummary {
  /**
   * Fingerprint of the corpus files taken before the reload read them: a cache saved under it can only
   * be stale (never wrong) if files change again meanwhile.
   */
  fingerprint: string;
  added: string[];
  changed: string[];
  removed: string[];
  /** Files whose change could not be loaded: their last good version keeps serving. */
  failed: LoadProblem[];
  /** Files that loaded with a warning on how they were read (front matter read as plain lines). */
  warnings: LoadProblem[];
}

export interface LiveCorpusOptions {
  logger: pino.Logger;
  onReload?: (summary: ReloadSummary, desk: Desk) => void;
  /** Where extractions of PDFs, web pages and Word files are kept by content hash (`DATA_DIR/cache/extracted`). */
  extractionCacheDir?: string;
}

/** One file's change, worked out before the index is touched. */
type Change =
  | { file: string; kind: 'removed' }
  | { file: string; kind: 'problem'; problem: LoadProblem; dropDocument: boolean }
  | { file: string; kind: 'document'; doc: SourceDocument; warnings: LoadProblem[] };

/** What a path in the corpus folder is now. */
function pathKind(path: string): 'file' | 'folder' | 'missing' | 'broken-link' | 'other' {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? 'broken-link' : 'missing';
    } catch {
      return 'missing';
    }
  }
}

/**
 * A corpus that follows its folder while the app runs. A new, changed or removed document (any format,
 * in any subfolder, through links) is applied to the index incrementally, and `sources.yml`,
 * `synonyms.yml` and `positions.yml` take effect too. Every file that does not load is a problem beside
 * the documents, as at start-up.
 *
 * - One watcher per folder (not Node's recursive watcher, which stalls the event loop for seconds when
 *   thousands of files arrive at once); a new folder is watched as soon as it appears.
 * - A reload reads and checks every changed file first and only then touches the index, in slices of
 *   {@link SLICE_MS} with the event loop free in between: a burst of thousands of files never blocks
 *   requests. Each document's change is applied whole; a reload that fails while reading changes nothing.
 * - A broken change (unparseable front matter, a damaged PDF, a `sources.yml` that does not parse, a
 *   comparison quote no longer verbatim) keeps the last good version serving and is reported.
 */
export class LiveCorpus {
  private watchers = new Map<string, FSWatcher>();
  private pending = new Set<string>();
  private settleTimer?: NodeJS.Timeout;
  private maxTimer?: NodeJS.Timeout;
  private overrides: Map<string, Partial<SourceInfo>>;
  /** Problems of the current state, by file: the documents' own, other files', and the editor files'. */
  private problems = new Map<string, LoadProblem[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** Files whose served version is the last good one, not what is on disk now (documents, sources.yml, synonyms.yml). */
  private outdated = new Set<string>();

  constructor(
    private desk: Desk,
    private readonly options: LiveCorpusOptions,
  ) {
    this.overrides = readSourcesFile(desk.corpus.dir).overrides;
    for (const p of [...desk.problems, ...desk.comparisonProblems]) this.addProblem(this.problems, p);
  }

  /** The desk answering now. */
  get current(): Desk {
    return this.desk;
  }

  /** Starts watching the corpus folder: one watcher for it and one for every folder inside it. */
  start(): void {
    this.stopped = false;
    this.watchFolders(scanCorpusFolder(this.desk.corpus.dir).folders);
  }

  stop(): void {
    this.stopped = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    clearTimeout(this.settleTimer);
    clearTimeout(this.maxTimer);
    this.settleTimer = undefined;
    this.maxTimer = undefined;
  }

  /**
   * Whether what is served is exactly what the files say now: no document, `sources.yml` or `synonyms.yml`
   * is served from its last good version. Only then may the index be cached under the files' fingerprint.
   */
  get servesCurrentFiles(): boolean {
    return this.outdated.size === 0;
  }

  /** The folders being watched (relative to the corpus folder; `''` is the corpus folder itself). */
  watchedFolders(): string[] {
    return [...this.watchers.keys()].sort();
  }

  /** Resolves when the changes noticed so far have been applied (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.settleTimer) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.queue.catch(() => {});
  }

  /** Watches these folders and no others (a removed folder's watcher is closed). */
  private watchFolders(folders: string[]): boolean {
    const wanted = new Set(folders);
    let added = false;
    for (const [folder, watcher] of this.watchers) {
      if (!wanted.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (this.watchers.has(folder) || this.stopped) continue;
      try {
        const watcher = watch(join(this.desk.corpus.dir, folder), (_event, name) => {
          if (name) this.notice(folder ? `${folder}/${name.toString()}` : name.toString());
        });
        watcher.on('error', (error) => {
          // A watched folder removed or unreadable: forget its watcher; the next reload looks again.
          watcher.close();
          if (this.watchers.get(folder) === watcher) this.watchers.delete(folder);
          this.options.logger.debug({ err: error, folder }, 'folder watcher closed');
          if (folder) this.notice(folder);
        });
        this.watchers.set(folder, watcher);
        added = true;
      } catch (error) {
        this.options.logger.error({ err: error, folder: folder || '.' }, 'cannot watch this corpus folder: changes in it take effect at the next restart');
      }
    }
    return added;
  }

  private notice(file: string): void {
    if (this.stopped || file.split('/').some(isHiddenName)) return;
    this.pending.add(file.split('\\').join('/'));
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.flush(), SETTLE_MS);
    this.maxTimer ??= setTimeout(() => this.flush(), MAX_WAIT_MS);
  }

  private flush(): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.maxTimer);
    this.settleTimer = undefined;
    this.maxTimer = undefined;
    const files = [...this.pending];
    this.pending.clear();
    if (files.length === 0) return;
    this.apply(files).catch((error) => {
      this.options.logger.error({ err: error }, 'corpus reload failed; the last good corpus keeps serving');
    });
  }

  /** Runs one piece of work after the ones before it: reloads and additions never interleave. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  private addProblem(problems: Map<string, LoadProblem[]>, problem: LoadProblem): void {
    problems.set(problem.file, [...(problems.get(problem.file) ?? []), problem]);
  }

  /**
   * Saves a file someone added (from Slack) into the corpus folder and indexes it at once: see
   * `addDocument` for the checks (type, size, readable, not already on file).
   */
  addFile(request: AddRequest): Promise<AddOutcome> {
    return this.enqueue(() =>
      addDocument(request, {
        dir: this.desk.corpus.dir,
        documents: this.desk.corpus.documents,
        extractionCacheDir: this.options.extractionCacheDir,
        index: async (file, extracted) => {
          const summary = await this.applyNow([file], extracted);
          return this.desk.corpus.documents.find((d) => d.file === file) ?? summary.failed.find((p) => p.file === file);
        },
      }),
    );
  }

  /**
   * Applies changed paths (files or folders, relative to the corpus folder) and swaps in the next desk.
   * Public for tests and for callers that know what changed; the watcher calls it after a burst settles.
   */
  apply(files: string[]): Promise<ReloadSummary> {
    return this.enqueue(() => this.applyNow(files));
  }

  private async applyNow(files: string[], extracted?: ReadonlyMap<string, ReadDocument>): Promise<ReloadSummary> {
    const dir = this.desk.corpus.dir;
    const summary: ReloadSummary = { fingerprint: corpusFingerprint(dir, INDEX_VERSION), added: [], changed: [], removed: [], failed: [], warnings: [] };
    const before = new Map(this.desk.corpus.documents.map((d) => [d.file, d]));

    // 1. Which files changed. A folder that appeared or went away is looked at whole (and watched).
    const editorFiles = new Set<string>();
    const touched = new Set<string>();
    let rescan = false;
    const knownFolders = new Set<string>();
    for (const doc of before.values()) {
      const parts = doc.collection.split('/');
      for (let i = 1; i <= parts.length; i++) knownFolders.add(parts.slice(0, i).join('/'));
    }
    for (const path of files) {
      if (path.split('/').some(isHiddenName)) continue;
      if (EDITOR_FILES.includes(path)) {
        editorFiles.add(path);
        continue;
      }
      const kind = pathKind(join(dir, path));
      if (kind === 'folder' || (kind === 'missing' && (this.watchers.has(path) || knownFolders.has(path)))) rescan = true;
      else touched.add(path);
    }
    const folderProblems = new Map<string, LoadProblem>();
    if (rescan) {
      let folder = scanCorpusFolder(dir);
      // Files made in a new folder before its watcher started are in the second look.
      if (this.watchFolders(folder.folders)) folder = scanCorpusFolder(dir);
      const present = new Set(folder.documents);
      for (const p of folder.problems) folderProblems.set(p.file, p);
      for (const file of present) if (!before.has(file) && !this.problems.has(file)) touched.add(file);
      for (const file of [...before.keys(), ...this.problems.keys()]) {
        if (EDITOR_FILES.includes(file)) continue;
        if (!present.has(file) && !folderProblems.has(file)) touched.add(file);
      }
      for (const file of folderProblems.keys()) if (!this.problems.has(file)) touched.add(file);
    }

    // 2. The editor's metadata: a sources.yml that cannot be used keeps the last good one.
    let overrides = this.overrides;
    const editorProblems = new Map<string, LoadProblem[]>();
    const editorOutdated = new Map<string, boolean>();
    if (editorFiles.has(SOURCES_FILE)) {
      const sources = readSourcesFile(dir);
      if (!sources.usable) {
        editorProblems.set(SOURCES_FILE, sources.problems.map((p) => ({ ...p, message: `${p.message} (the last good sources.yml is still used)` })));
        summary.failed.push(...sources.problems);
        editorOutdated.set(SOURCES_FILE, true);
      } else {
        editorOutdated.set(SOURCES_FILE, false);
        editorProblems.set(SOURCES_FILE, sources.problems);
        const ids = new Set([...sources.overrides.keys(), ...this.overrides.keys()]);
        for (const id of ids) {
          if (JSON.stringify(sources.overrides.get(id)) === JSON.stringify(this.overrides.get(id))) continue;
          for (const doc of before.values()) if (documentId(doc.file) === id) touched.add(doc.file);
        }
        overrides = sources.overrides;
      }
    }
    let synonyms: SynonymGroups = this.desk.synonyms;
    if (editorFiles.has(SYNONYMS_FILE)) {
      const read = readSynonymsFile(dir);
      // A synonyms file that does not parse at all keeps the last good list.
      if (read.problems.length === 0 || read.groups.length > 0 || !existsSync(join(dir, SYNONYMS_FILE))) {
        synonyms = read.groups;
        editorProblems.set(SYNONYMS_FILE, read.problems);
        editorOutdated.set(SYNONYMS_FILE, false);
      } else {
        editorProblems.set(SYNONYMS_FILE, read.problems.map((p) => ({ ...p, message: `${p.message} (the last good synonyms.yml is still used)` })));
        summary.failed.push(...read.problems);
        editorOutdated.set(SYNONYMS_FILE, true);
      }
    }

    // 3. Every changed file is read and checked before the index is touched.
    const changes: Change[] = [];
    let sliceStart = performance.now();
    for (const file of touched) {
      const kind = pathKind(join(dir, file));
      const old = before.get(file);
      const problem = (message: string, dropDocument: boolean) => changes.push({ file, kind: 'problem', problem: { file, message }, dropDocument });
      if (folderProblems.has(file)) changes.push({ file, kind: 'problem', problem: folderProblems.get(file) as LoadProblem, dropDocument: true });
      else if (kind === 'missing') changes.push({ file, kind: 'removed' });
      else if (kind === 'broken-link') problem('broken link: its target does not exist; remove the link or restore the target', true);
      else if (kind !== 'file') problem('not a regular file (a device, socket or pipe): remove it from the corpus folder', true);
      else if (!formatOf(file)) problem(unsupportedTypeMessage(file), true);
      else {
        try {
          const { document: doc, warnings } = await loadDocumentFile(dir, file, overrides.get(documentId(file)), { extractionCacheDir: this.options.extractionCacheDir, extracted });
          changes.push({ file, kind: 'document', doc, warnings });
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
          const message = `${error.problem.message}${old ? ' (the last good version is still served)' : ''}`;
          changes.push({ file, kind: 'problem', problem: { file, ...error.problem, message }, dropDocument: false });
        }
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }

    // 4. The index changes, slice by slice; after each slice the desk answering is the one that matches it.
    this.overrides = overrides;
    for (const [file, list] of editorProblems) {
      this.problems.delete(file);
      for (const p of list) this.addProblem(this.problems, p);
    }
    for (const [file, outdated] of editorOutdated) {
      if (outdated) this.outdated.add(file);
      else this.outdated.delete(file);
    }
    const documents = new Map(before);
    const idOwner = new Map([...documents.values()].map((d) => [d.source.id, d.file]));
    const index = this.desk.index;
    const remove = (file: string) => {
      const old = documents.get(file);
      if (!old) return false;
      index.removeDocument(old.source.id);
      documents.delete(file);
      if (idOwner.get(old.source.id) === file) idOwner.delete(old.source.id);
      return true;
    };
    let comparison = this.desk.comparison;
    const publish = () => {
      this.desk = this.assemble(documents, synonyms, comparison);
    };
    sliceStart = performance.now();
    for (const change of changes) {
      const { file } = change;
      this.outdated.delete(file);
      if (change.kind === 'removed') {
        if (remove(file)) summary.removed.push(file);
        this.problems.delete(file);
      } else if (change.kind === 'problem') {
        if (change.dropDocument && remove(file)) summary.removed.push(file);
        if (documents.has(file)) this.outdated.add(file); // its last good version is still served
        this.problems.set(file, [change.problem]);
        summary.failed.push(change.problem);
      } else {
        let { doc } = change;
        const old = documents.get(file);
        const owner = idOwner.get(doc.source.id);
        if (owner && owner !== file) {
          const problem = { file, message: `has the same id "${doc.source.id}" as ${owner}; rename one of them` };
          if (old) this.outdated.add(file);
          this.problems.set(file, [problem]);
          summary.failed.push(problem);
          continue;
        }
        this.problems.delete(file);
        if (change.warnings.length > 0) this.problems.set(file, change.warnings);
        summary.warnings.push(...change.warnings);
        if (old && old.contentHash === doc.contentHash && JSON.stringify(old.source) === JSON.stringify(doc.source)) continue; // unchanged
        if (old) {
          remove(file);
          // The same document, changed: it keeps the time it was first added.
          doc = { ...doc, addedAt: old.addedAt ?? doc.addedAt };
        }
        index.addDocument(doc);
        documents.set(file, doc);
        idOwner.set(doc.source.id, file);
        (old ? summary.changed : summary.added).push(file);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        publish();
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }

    // 5. Comparison quotes depend on the documents too: verify them again after any change.
    try {
      const positions = readPositionsFile(dir, index);
      this.problems.delete(POSITIONS_FILE);
      if (positions.problems.length === 0) comparison = positions.comparison;
      else {
        for (const p of positions.problems) this.addProblem(this.problems, { ...p, message: `${p.message}${comparison ? ' (the last good comparison is still served)' : ''}` });
        summary.failed.push(...positions.problems);
      }
    } catch (error) {
      const problem = { file: POSITIONS_FILE, message: `cannot be checked: ${(error as Error).message} (the last good comparison is still served)` };
      this.problems.set(POSITIONS_FILE, [problem]);
      summary.failed.push(problem);
    }
    publish();

    const { logger } = this.options;
    logger.info({ added: summary.added.length, changed: summary.changed.length, removed: summary.removed.length, documents: documents.size }, 'corpus reloaded');
    for (const p of summary.failed) logger.error({ file: p.file, line: p.line }, `corpus change not applied: ${p.message}`);
    for (const p of summary.warnings) logger.warn({ file: p.file, line: p.line }, `corpus problem: ${p.message}`);
    this.options.onReload?.(summary, this.desk);
    return summary;
  }

  /** The desk over these documents, with the problems of the current state. */
  private assemble(documents: Map<string, SourceDocument>, synonyms: SynonymGroups, comparison: Comparison | undefined): Desk {
    const all = [...this.problems.values()].flat();
    const corpus = {
      dir: this.desk.corpus.dir,
      documents: [...documents.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      problems: all.filter((p) => p.file !== POSITIONS_FILE && p.file !== SYNONYMS_FILE),
    };
    return new Desk(corpus, this.desk.index, synonyms, all.filter((p) => p.file !== POSITIONS_FILE), comparison, all.filter((p) => p.file === POSITIONS_FILE));
  }
}
