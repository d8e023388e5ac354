import { existsSync, watch, type FSWatcher } from 'node:fs';
import { extname, join } from 'node:path';
import type pino from 'pino';
import { readPositionsFile, POSITIONS_FILE } from '../core/compare/positions.js';
import { DocumentError } from '../core/corpus/parseDocument.js';
import { documentId, loadDocumentFile, readSourcesFile, SOURCES_FILE } from '../core/corpus/loadCorpus.js';
import { Desk } from '../core/desk.js';
import { corpusFingerprint } from '../core/corpus/fingerprint.js';
import { INDEX_VERSION } from '../core/search/indexCache.js';
import type { LoadProblem, SourceDocument, SourceInfo } from '../core/model.js';
import { readSynonymsFile, SYNONYMS_FILE } from '../core/search/synonyms.js';

/** Quiet time after the last change before a reload: a burst of changes (a git pull) is one reload. */
const SETTLE_MS = 300;
/** A reload happens at the latest this long after the first change, even if changes keep coming. */
const MAX_WAIT_MS = 2000;
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

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
}

function isWatched(file: string): boolean {
  if (file.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) return false;
  return [SOURCES_FILE, SYNONYMS_FILE, POSITIONS_FILE].includes(file) || DOCUMENT_EXTENSIONS.has(extname(file).toLowerCase());
}

/**
 * A corpus that follows its folder while the app runs. A new, changed or removed document is applied to
 * the index incrementally (MiniSearch `discard` / `add`), and `sources.yml`, `synonyms.yml` and
 * `positions.yml` take effect too. Each reload builds the next {@link Desk} while the current one keeps
 * answering, then swaps it in. A broken change (unparseable front matter, a non-UTF-8 file, a comparison
 * quote no longer verbatim) keeps the last good version serving and is reported beside the documents.
 */
export class LiveCorpus {
  private watcher?: FSWatcher;
  private pending = new Set<string>();
  private settleTimer?: NodeJS.Timeout;
  private maxTimer?: NodeJS.Timeout;
  private overrides: Map<string, Partial<SourceInfo>>;
  /** Problems of the current state, by file: the documents' own, and those of the three editor files. */
  private problems = new Map<string, LoadProblem[]>();
  private reloading: Promise<void> = Promise.resolve();

  constructor(
    private desk: Desk,
    private readonly options: { logger: pino.Logger; onReload?: (summary: ReloadSummary, desk: Desk) => void },
  ) {
    this.overrides = readSourcesFile(desk.corpus.dir).overrides;
    for (const p of [...desk.problems, ...desk.comparisonProblems]) this.addProblem(p);
  }

  /** The desk answering now. */
  get current(): Desk {
    return this.desk;
  }

  /** Starts watching the corpus folder (recursively). */
  start(): void {
    this.watcher = watch(this.desk.corpus.dir, { recursive: true }, (_event, name) => {
      if (name) this.notice(name.toString().split('\\').join('/'));
    });
    this.watcher.on('error', (error) => this.options.logger.error({ err: error }, 'corpus watcher failed'));
  }

  stop(): void {
    this.watcher?.close();
    clearTimeout(this.settleTimer);
    clearTimeout(this.maxTimer);
  }

  /** Resolves when the changes noticed so far have been applied (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.settleTimer) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.reloading;
  }

  private notice(file: string): void {
    if (!isWatched(file)) return;
    this.pending.add(file);
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
    this.reloading = this.reloading.then(async () => {
      try {
        await this.apply(files);
      } catch (error) {
        this.options.logger.error({ err: error }, 'corpus reload failed; the last good corpus keeps serving');
      }
    });
  }

  private addProblem(problem: LoadProblem): void {
    this.problems.set(problem.file, [...(this.problems.get(problem.file) ?? []), problem]);
  }

  /**
   * Applies changed files (paths relative to the corpus folder) and swaps in the next desk.
   * Public for tests and for callers that know what changed; the watcher calls it after a burst settles.
   */
  async apply(files: string[]): Promise<ReloadSummary> {
    const dir = this.desk.corpus.dir;
    const summary: ReloadSummary = { fingerprint: corpusFingerprint(dir, INDEX_VERSION), added: [], changed: [], removed: [], failed: [] };
    const documents = new Map(this.desk.corpus.documents.map((d) => [d.file, d]));
    const index = this.desk.index;
    const touched = new Set(files.filter((f) => DOCUMENT_EXTENSIONS.has(extname(f).toLowerCase())));

    if (files.includes(SOURCES_FILE)) {
      const sources = readSourcesFile(dir);
      this.problems.delete(SOURCES_FILE);
      for (const p of sources.problems) this.addProblem(p);
      const changed = new Set([...sources.overrides.keys(), ...this.overrides.keys()].filter((id) => JSON.stringify(sources.overrides.get(id)) !== JSON.stringify(this.overrides.get(id))));
      this.overrides = sources.overrides;
      for (const doc of documents.values()) if (changed.has(documentId(doc.file))) touched.add(doc.file);
    }

    // Every changed file is read first; the index is then changed without a pause, so no question is
    // ever answered from a half-applied change.
    const loaded = new Map<string, SourceDocument | DocumentError>();
    for (const file of touched) {
      if (!existsSync(join(dir, file))) continue;
      try {
        loaded.set(file, await loadDocumentFile(dir, file, this.overrides.get(documentId(file))));
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error;
        loaded.set(file, error);
      }
    }

    for (const file of touched) {
      const old = documents.get(file);
      if (!existsSync(join(dir, file))) {
        if (old) {
          index.removeDocument(old.source.id);
          documents.delete(file);
          summary.removed.push(file);
        }
        this.problems.delete(file);
        continue;
      }
      const read = loaded.get(file);
      if (!read) continue;
      let doc: SourceDocument;
      if (read instanceof DocumentError) {
        const error = read;
        const problem = { file, ...error.problem, message: `${error.problem.message}${old ? ' (the last good version is still served)' : ''}` };
        this.problems.set(file, [problem]);
        summary.failed.push(problem);
        continue;
      }
      doc = read;
      const clash = [...documents.values()].find((d) => d.source.id === doc.source.id && d.file !== file);
      if (clash) {
        const problem = { file, message: `has the same id "${doc.source.id}" as ${clash.file}; rename one of them` };
        this.problems.set(file, [problem]);
        summary.failed.push(problem);
        continue;
      }
      if (old) {
        index.removeDocument(old.source.id);
        // The same document, changed: it keeps the time it was first added.
        doc = { ...doc, addedAt: old.addedAt ?? doc.addedAt };
      }
      index.addDocument(doc);
      documents.set(file, doc);
      this.problems.delete(file);
      (old ? summary.changed : summary.added).push(file);
    }

    let synonyms = this.desk.synonyms;
    if (files.includes(SYNONYMS_FILE)) {
      const read = readSynonymsFile(dir);
      this.problems.delete(SYNONYMS_FILE);
      for (const p of read.problems) this.addProblem(p);
      // A synonyms file that does not parse at all keeps the last good list.
      if (read.problems.length === 0 || read.groups.length > 0 || !existsSync(join(dir, SYNONYMS_FILE))) synonyms = read.groups;
      else summary.failed.push(...read.problems);
    }

    // Comparison quotes depend on the documents too: verify them again after any change.
    let comparison = this.desk.comparison;
    const positions = readPositionsFile(dir, index);
    this.problems.delete(POSITIONS_FILE);
    if (positions.problems.length === 0) comparison = positions.comparison;
    else {
      for (const p of positions.problems) this.addProblem({ ...p, message: `${p.message}${comparison ? ' (the last good comparison is still served)' : ''}` });
      summary.failed.push(...positions.problems);
    }

    const allProblems = [...this.problems.values()].flat();
    const corpus = { dir, documents: [...documents.values()].sort((a, b) => a.file.localeCompare(b.file)), problems: allProblems.filter((p) => p.file !== POSITIONS_FILE && p.file !== SYNONYMS_FILE) };
    this.desk = new Desk(corpus, index, synonyms, allProblems.filter((p) => p.file !== POSITIONS_FILE), comparison, allProblems.filter((p) => p.file === POSITIONS_FILE));

    const { logger } = this.options;
    logger.info({ added: summary.added, changed: summary.changed, removed: summary.removed, documents: corpus.documents.length }, 'corpus reloaded');
    for (const p of summary.failed) logger.error({ file: p.file, line: p.line }, `corpus change not applied: ${p.message}`);
    this.options.onReload?.(summary, this.desk);
    return summary;
  }
}
