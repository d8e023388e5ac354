import type { SourceInfo } from '../model.js';
import type { TextBlock } from './parseDocument.js';

/**
 * What an extractor (PDF, web page, Word) read out of a file: the metadata the file itself states, and its
 * text as blocks in reading order. The blocks are the document's text from here on: a quote from a PDF is
 * a substring of this extracted text, and `prague show` prints exactly it.
 */
export interface ExtractedDocument {
  source: Omit<SourceInfo, 'id'>;
  blocks: TextBlock[];
  /** Page count, for paginated formats. */
  pages?: number;
}

/** C0 and C1 control characters (tab, line feed and carriage return aside) and the soft hyphen. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD]/g;

/**
 * Cleans a piece of extracted text as a reader sees it: control characters and soft hyphens dropped,
 * runs of white space (line breaks inside a paragraph, non-breaking spaces) read as one space.
 *
 * ```ts
 * readableText(' restric\u00ADtions\n apply ') // 'restrictions apply'
 * ```
 */
export function readableText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/[\s\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+/g, ' ').trim();
}

/** A metadata value worth keeping: trimmed, not empty, not a placeholder a program wrote. */
export function metadataText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = readableText(value);
  if (text.length < 2 || text.length > 300) return undefined;
  if (/^(untitled|un-?named|unknown|anonymous|none|null|n\/a|admin|administrator|user|owner|author|title|document\d*)$/i.test(text)) return undefined;
  return text;
}
