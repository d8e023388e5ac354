import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname, basename, sep } from 'node:path';
import type { Corpus, LoadProblem, SourceDocument, SourceInfo } from '../model.js';
import { DocumentError, parseDocument } from './parseDocument.js';
import { readSourceFields } from './sourceFields.js';
import { readYaml } from '../files/readYaml.js';
import { collectionOfFile } from '../scope.js';

/** Thrown when the corpus cannot be loaded at all (the folder is missing); one bad file never throws. */
export class CorpusError extends Error {}

/** The editor's metadata file inside a corpus folder. */
export const SOURCES_FILE = 'sources.yml';
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/**
 * Decodes a file as UTF-8, refusing anything else (a Latin-1 export would otherwise load as garbled
 * quotes that nobody can check).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    throw new DocumentError({ message: `not UTF-8 text (first bad byte at offset ${bad}); save it as UTF-8` });
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (truncation at a char boundary is fine).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** The document files of a corpus folder (recursively; hidden files and folders skipped), sorted. */
export function listDocumentFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        files.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return files.sort();
}

/** A document's id: its file name without the extension (path segments joined by `/`). */
export function documentId(file: string): string {
  const base = basename(file, extname(file));
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return folder + base;
}

/**
 * Reads the editor's `sources.yml`: a mapping from a document's file name (or id) to metadata that
 * overrides what the text says.
 *
 * ```yaml
 * china-watch-us-weak-link-in-5g-security.txt:
 *   outlet: China Watch
 *   kind: opinion
 * ```
 */
export function readSourcesFile(dir: string): {
  overrides: Map<string, Partial<SourceInfo>>;
  /** document id → the key as the editor wrote it, for messages. */
  keys: Map<string, string>;
  problems: LoadProblem[];
} {
  const overrides = new Map<string, Partial<SourceInfo>>();
  const keys = new Map<string, string>();
  const problems: LoadProblem[] = [];
  const path = join(dir, SOURCES_FILE);
  if (!existsSync(path)) return { overrides, keys, problems };
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path));
  } catch (error) {
    problems.push({ file: SOURCES_FILE, message: (error as Error).message });
    return { overrides, keys, problems };
  }
  const parsed = readYaml(text);
  if (!parsed.ok) {
    problems.push({ file: SOURCES_FILE, line: parsed.line, message: parsed.message });
    return { overrides, keys, problems };
  }
  const { value, lineOf } = parsed;
  if (value === null || value === undefined) return { overrides, keys, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file: SOURCES_FILE, line: 1, message: 'expected a mapping from file names to metadata' });
    return { overrides, keys, problems };
  }
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const { fields, problems: entryProblems } = readSourceFields(entry, lineOf, [key]);
    for (const p of entryProblems) problems.push({ file: SOURCES_FILE, ...p, message: `${key}: ${p.message}` });
    overrides.set(documentId(key), fields);
    keys.set(documentId(key), key);
  }
  return { overrides, keys, problems };
}

/**
 * Loads one document file of a corpus folder, with the editor's overrides on top of what it says.
 *
 * @throws DocumentError (no `file` set: the caller knows it) for an unreadable or malformed file.
 */
export async function loadDocumentFile(dir: string, file: string, override: Partial<SourceInfo> = {}): Promise<SourceDocument> {
  let bytes: Buffer;
  let addedAt: string | undefined;
  try {
    bytes = readFileSync(join(dir, file));
    addedAt = statSync(join(dir, file)).mtime.toISOString();
  } catch (error) {
    throw new DocumentError({ message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
  }
  const parsed = parseDocument(decodeUtf8(bytes));
  if (parsed.paragraphs.length === 0) {
    throw new DocumentError({ message: 'has no text to quote after cleaning (empty, or only headers and site furniture)' });
  }
  const id = documentId(file);
  const source: SourceInfo = { ...parsed.source, ...override, id: override.id ?? parsed.source.id ?? id };
  return { source: withoutUndefined(source), file, collection: collectionOfFile(file), addedAt, paragraphs: parsed.paragraphs };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Loads every document of a corpus folder (`.txt`, `.md`; with or without front matter) and the editor's
 * `sources.yml`. A bad file is reported in `problems`, by name, and the rest still loads.
 *
 * ```ts
 * const corpus = await loadCorpus('corpus')
 * corpus.documents.map(d => d.source.title)
 * // ['US the weak link in 5G security', '30 Nations Pitch Internet Security Rules Amid Huawei Concern']
 * ```
 *
 * @throws CorpusError when the folder does not exist or is not a folder.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  if (!existsSync(dir)) throw new CorpusError(`corpus folder not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new CorpusError(`corpus path is not a folder: ${dir}`);
  const { overrides, keys, problems } = readSourcesFile(dir);
  const documents: SourceDocument[] = [];
  const ids = new Map<string, string>();
  const files = listDocumentFiles(dir);
  for (const file of files) {
    try {
      const doc = await loadDocumentFile(dir, file, overrides.get(documentId(file)));
      const clash = ids.get(doc.source.id);
      if (clash) {
        problems.push({ file, message: `has the same id "${doc.source.id}" as ${clash}; rename one of them` });
        continue;
      }
      ids.set(doc.source.id, file);
      documents.push(doc);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      problems.push({ file, ...error.problem });
    }
  }
  for (const key of overrides.keys()) {
    if (!files.some((file) => documentId(file) === key)) {
      problems.push({ file: SOURCES_FILE, message: `${keys.get(key) ?? key}: no such document in the corpus folder` });
    }
  }
  return { dir, documents, problems };
}
