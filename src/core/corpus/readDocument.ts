import type { Paragraph } from '../model.js';
import { decodeText } from './decodeText.js';
import { extractDocx } from './extractDocx.js';
import { extractHtml } from './extractHtml.js';
import { extractPdf } from './extractPdf.js';
import type { ExtractedDocument } from './extracted.js';
import { FORMAT_NAMES, formatOf, unsupportedTypeMessage, type DocumentFormat } from './formats.js';
import { DocumentError, paragraphsOf, parseDocument, type ParsedDocument } from './parseDocument.js';

/** One document read from its bytes: what it says about itself, its paragraphs, and how it was read. */
export interface ReadDocument extends ParsedDocument {
  format: DocumentFormat;
  /** How a text file or web page was decoded, when it was not UTF-8 (`windows-1252`, `utf-16le`, …). */
  encoding?: string;
  /** Page count, for paginated formats (PDF). */
  pages?: number;
}

/**
 * Reads one document from its bytes, by the format its file name says: text and Markdown (any of the
 * encodings `decodeText` reads; front matter, headline, header lines; Markdown's emphasis markers are
 * formatting, not text), PDF (text layer, with pages), web page (the article alone) and Word (.docx).
 * `warnings` says how a document that loaded all the same was read (front matter read as plain lines).
 *
 * ```ts
 * const doc = await readDocumentBytes(readFileSync('corpus/eu-toolbox.pdf'), 'eu-toolbox.pdf')
 * doc.format // 'pdf'; doc.pages // 12; doc.paragraphs[0] // { index: 1, text: '…', page: 1 }
 * ```
 *
 * @throws DocumentError with a reason a person can act on: unsupported type, empty, encrypted, no text
 *   layer, damaged, nothing to quote.
 */
export async function readDocumentBytes(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  const format = formatOf(file);
  if (!format) throw new DocumentError({ message: unsupportedTypeMessage(file) });
  if (bytes.length === 0) throw new DocumentError({ message: 'empty file (0 bytes)' });
  let read: ReadDocument;
  try {
    read = await readAs(format, bytes);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    // A library failing on a hostile or damaged file is that file's problem, never the corpus's.
    throw new DocumentError({ message: `cannot be read as ${FORMAT_NAMES[format]}: ${(error as Error)?.message ?? String(error)}` });
  }
  if (read.paragraphs.length === 0) {
    throw new DocumentError({ message: 'has no text to quote after cleaning (empty, or only headers and site furniture)' });
  }
  return read;
}

async function readAs(format: DocumentFormat, bytes: Uint8Array): Promise<ReadDocument> {
  if (format === 'text' || format === 'markdown') {
    const { text, encoding } = decodeText(bytes);
    const parsed = parseDocument(text, { markdown: format === 'markdown' });
    return { ...parsed, format, ...(encoding === 'utf-8' ? {} : { encoding }) };
  }
  let extracted: ExtractedDocument & { encoding?: string };
  if (format === 'pdf') extracted = await extractPdf(bytes);
  else if (format === 'html') extracted = extractHtml(bytes);
  else extracted = await extractDocx(bytes);
  const { source, blocks, pages, encoding } = extracted;
  return {
    source,
    paragraphs: paragraphsOf(blocks) as Paragraph[],
    format,
    ...(encoding && encoding !== 'utf-8' ? { encoding } : {}),
    ...(pages ? { pages } : {}),
  };
}

/** Whether reading a format is costly enough to keep its result (text parses faster than a cache reads). */
export function isExtractedFormat(format: DocumentFormat | undefined): boolean {
  return format === 'pdf' || format === 'html' || format === 'docx';
}
