import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { LoadProblem } from '../model.js';
import { formatOf, unsupportedTypeMessage } from './formats.js';

/**
 * The editor's files at the top of a corpus folder (metadata, synonyms, the comparison of positions):
 * read by their own readers, never documents and never problems. Named here as literals so that the
 * corpus layer does not import search or comparison.
 */
export const EDITOR_FILES: readonly string[] = ['sources.yml', 'synonyms.yml', 'positions.yml'];

/**
 * Whether a file or folder name is left out of the corpus without a word: hidden files and folders (`.git`,
 * `.DS_Store`, a download in progress), Word's lock files (`~$report.docx`) and `node_modules`.
 */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name === 'node_modules';
}

/** What a corpus folder holds: the document files, and every other file as a problem with its reason. */
export interface CorpusFolder {
  /** Files of a type that loads as a document, relative to the folder (`/`-separated), sorted. */
  documents: string[];
  /** Files that are not documents (unsupported type), broken links and link cycles: never left out silently. */
  problems: LoadProblem[];
  /** Every folder walked (`''` for the corpus folder itself), links to folders included: what a watcher watches. */
  folders: string[];
}

/**
 * Walks a corpus folder, following symbolic links to files and folders wherever their targets live. A
 * folder link that leads back to a folder it is inside of (a cycle) is reported and not followed.
 *
 * ```ts
 * scanCorpusFolder('corpus')
 * // { documents: ['reports/eu-toolbox.pdf', 'wire.txt'], problems: [{ file: 'interview.m4a', message: 'unsupported type .m4a …' }],
 * //   folders: ['', 'reports'] }
 * ```
 */
export function scanCorpusFolder(dir: string): CorpusFolder {
  const documents: string[] = [];
  const problems: LoadProblem[] = [];
  const folders: string[] = [];
  const walk = (folder: string, rel: string, ancestors: string[]) => {
    folders.push(rel);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (rel) problems.push({ file: `${rel}/`, message: `folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      if (isHiddenName(entry.name)) continue;
      const path = join(folder, entry.name);
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      let stat: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stat = statSync(path);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const message = code === 'ELOOP' ? 'link cycle: the link leads back to itself (not followed)' : `broken link: its target does not exist (${code ?? 'unreadable'}); remove the link or restore the target`;
          problems.push({ file, message });
          continue;
        }
      }
      const isDirectory = stat ? stat.isDirectory() : entry.isDirectory();
      const isFile = stat ? stat.isFile() : entry.isFile();
      if (isDirectory) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch (error) {
          problems.push({ file: `${file}/`, message: `folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
          continue;
        }
        const loop = ancestors.indexOf(real);
        if (loop >= 0) {
          problems.push({ file: `${file}/`, message: `link cycle: this folder link leads back to ${loop === 0 ? 'the corpus folder' : `its own parent folder`} (not followed)` });
          continue;
        }
        walk(path, file, [...ancestors, real]);
      } else if (isFile) {
        if (EDITOR_FILES.includes(entry.name)) {
          if (rel) problems.push({ file, message: `not read: only the corpus folder's own ${entry.name} counts; move its entries there` });
          continue;
        }
        if (formatOf(entry.name)) documents.push(file);
        else problems.push({ file, message: unsupportedTypeMessage(entry.name) });
      } else {
        problems.push({ file, message: 'not a regular file (a device, socket or pipe): remove it from the corpus folder' });
      }
    }
  };
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    root = dir;
  }
  walk(dir, '', [root]);
  documents.sort();
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, problems, folders };
}
