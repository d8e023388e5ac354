import { extname } from 'node:path';

/** The kinds of document a corpus folder may hold. */
export type DocumentFormat = 'text' | 'markdown' | 'pdf' | 'html' | 'docx';

const FORMAT_OF_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

/** The file name endings that load as documents, for messages: `.txt, .md, …`. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);

/** How each format is named to a person. */
export const FORMAT_NAMES: Record<DocumentFormat, string> = { text: 'text', markdown: 'Markdown', pdf: 'PDF', html: 'web page', docx: 'Word' };

/** What to do with a file of a type that does not load, where there is something better to say. */
const ADVICE: Record<string, string> = {
  '.doc': 'save it as .docx (Word: File → Save As → Word Document)',
  '.rtf': 'save it as .docx or .txt',
  '.odt': 'save it as .docx',
  '.pages': 'export it as .docx or PDF',
  '.mhtml': 'save the page as "Web Page, HTML only"',
  '.mht': 'save the page as "Web Page, HTML only"',
  '.webarchive': 'save the page as "Web Page, HTML only"',
  '.mp3': 'a transcript as text can be added instead',
  '.m4a': 'a transcript as text can be added instead',
  '.wav': 'a transcript as text can be added instead',
  '.mp4': 'a transcript as text can be added instead',
  '.jpg': 'a scanned page needs OCR first',
  '.jpeg': 'a scanned page needs OCR first',
  '.png': 'a scanned page needs OCR first',
  '.tif': 'a scanned page needs OCR first',
  '.tiff': 'a scanned page needs OCR first',
};

/** The largest document file that is read (a larger one is reported, never read into memory). */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/**
 * The format of a document file, by its name; `undefined` for a type that does not load.
 *
 * ```ts
 * formatOf('reports/eu-toolbox.PDF') // 'pdf'
 * formatOf('interview.m4a')          // undefined
 * ```
 */
export function formatOf(file: string): DocumentFormat | undefined {
  return FORMAT_OF_EXTENSION[extname(file).toLowerCase()];
}

/**
 * Why a file of another type is not a source, in words a person can act on.
 *
 * ```ts
 * unsupportedTypeMessage('interview.m4a')
 * // 'unsupported type .m4a (supported: .txt, .text, .md, …): a transcript as text can be added instead'
 * ```
 */
export function unsupportedTypeMessage(file: string): string {
  const ext = extname(file).toLowerCase();
  const advice = ADVICE[ext];
  const type = ext ? `type ${ext}` : 'type (no file name extension)';
  return `unsupported ${type} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})${advice ? `: ${advice}` : ''}`;
}

/** A file size for a message: `1.2 MB`, `340 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
