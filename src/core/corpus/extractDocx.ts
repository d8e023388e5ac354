import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { SourceInfo } from '../model.js';
import { metadataText, type ExtractedDocument } from './extracted.js';
import { htmlBlocks, type DomNode } from './htmlBlocks.js';
import { DocumentError, readHeaderLine } from './parseDocument.js';
import { readDate } from './readDate.js';

/** A Word file unpacks to at most this much (a "zip bomb" would unpack to gigabytes). */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** An OLE compound file: what Word writes for a password-protected document (and for old .doc files). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a Word document (.docx): body paragraphs and headings in order (mammoth), lists and table cells
 * as their own paragraphs; title, author and date from the document's core properties
 * (`docProps/core.xml`: `dc:title`, `dc:creator`, `dcterms:created`) when it has them.
 *
 * @throws DocumentError for an encrypted, damaged or empty document.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DocumentError({ message: 'encrypted (password-protected) Word file, or an old .doc renamed .docx: save a copy as .docx without a password' });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocumentError({ message: 'not a valid .docx (damaged, or another format renamed .docx): open it in Word and save it again' });
  }
  let unpacked = 0;
  for (const entry of Object.values(zip.files)) {
    unpacked += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new DocumentError({ message: `Word file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: not a document this desk reads` });
  }
  if (!zip.file('word/document.xml')) {
    throw new DocumentError({ message: 'not a Word document (no word/document.xml inside): open it in Word and save it as .docx' });
  }

  const source = readCoreProperties(await zip.file('docProps/core.xml')?.async('string'));
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false, ignoreEmptyParagraphs: true },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } };
  const blocks = htmlBlocks(document.body);
  // No title in the properties: the first heading, when the document opens with one.
  if (!source.title && blocks[0]?.heading) source.title = metadataText(blocks[0].text);

  // Byline and date lines at the top (under an opening heading, if any) are metadata, not passages; the
  // opening heading itself stays a passage (headings are text too).
  const first = blocks[0]?.heading ? 1 : 0;
  let end = first;
  while (end < Math.min(blocks.length, first + 3)) {
    const text = (blocks[end] as { text: string }).text;
    const header = text.length <= 120 ? readHeaderLine(text) : undefined;
    if (!header || !(header.author || header.published)) break;
    if (header.author && !source.author) source.author = header.author;
    if (header.published && !source.published) source.published = header.published;
    end++;
  }
  const kept = [...blocks.slice(0, first), ...blocks.slice(end)];
  if (kept.length === 0) throw new DocumentError({ message: 'Word document has no text (empty, or only images: needs OCR)' });
  return { source, blocks: kept.map(({ text }) => ({ text })) };
}

/** Reads `docProps/core.xml`: title, author (`dc:creator`), and the date it was created. */
function readCoreProperties(xml: string | undefined): Omit<SourceInfo, 'id'> {
  const source: Omit<SourceInfo, 'id'> = {};
  if (!xml) return source;
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m ? metadataText(decodeXmlEntities(m[1] as string)) : undefined;
  };
  const title = field('dc:title');
  if (title) source.title = title;
  const author = field('dc:creator');
  if (author) source.author = author;
  const created = readDate(field('dcterms:created') ?? '');
  if (created) source.published = created;
  return source;
}

function decodeXmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return named[name ?? ''] ?? whole;
  });
}
