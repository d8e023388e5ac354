import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentError, type TextBlock } from './parseDocument.js';
import { metadataText, readableText, type ExtractedDocument } from './extracted.js';

/** pdf.js's Node build, loaded on first use (a corpus without PDFs never pays for it). */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Where pdf.js keeps its character maps (Chinese, Japanese, Korean fonts) and standard fonts. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** One line of text on a page, as placed there. */
interface Line {
  text: string;
  /** Left and right end, baseline (PDF units, y grows upwards), font size. */
  x: number;
  end: number;
  y: number;
  size: number;
  /** The line ended in a soft hyphen: the word goes on on the next line. */
  softBreak: boolean;
}

interface Block extends TextBlock {
  page: number;
  size: number;
}

/**
 * How far apart two lines may be (in units of the usual line spacing for their font size) and still be
 * one paragraph: 1.4 leaves room for uneven leading, while a blank line between paragraphs (2.0) parts.
 */
const PARAGRAPH_GAP = 1.4;
/** A heading's font is at least this much larger than the body's. */
const HEADING_SCALE = 1.15;
/** Lines this close to a page's top or bottom are where running headers, footers and page numbers stand. */
const EDGE_LINES = 2;
/** A page-number line: `3`, `- 3 -`, `Page 3`, `3 of 12`, `iv`. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** What ends a sentence (and so may end a paragraph). */
const SENTENCE_END = /[.!?:;…"”’)\]]$/;

/**
 * Reads the text layer of a PDF: its paragraphs in reading order, each knowing its page, with words
 * hyphenated across a line break joined and soft hyphens dropped, as a reader reads them. Running headers,
 * footers and page numbers (the same line at the top or bottom of page after page) are left out. Title and
 * author come from the document information when it has them, else the title is the first heading (larger
 * type on page 1); nothing is invented.
 *
 * @throws DocumentError for an encrypted PDF, a PDF without a text layer (scanned) or a damaged file.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given: give it a copy
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw new DocumentError({ message: pdfOpenProblem(error) });
    }
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
      page.cleanup();
      // pdf.js runs in this thread here: let other work (a Slack request's ack) in between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new DocumentError({ message: 'no text layer (scanned?): needs OCR; run it through OCR (e.g. ocrmypdf) and add the result' });
    }
    const kept = withoutRunningLines(pages);
    const dictionary = wordsOf(kept);
    const spacing = lineSpacing(kept);
    const blocks = joinAcrossPages(kept.map((lines, i) => blocksOf(lines, i + 1, dictionary, spacing)), dictionary);
    const title = metadataText(info.Title) ?? firstHeading(blocks);
    const author = metadataText(info.Author);
    return {
      source: { ...(title && !looksLikeFileName(title) ? { title } : {}), ...(author ? { author } : {}) },
      blocks: blocks.map(({ text, page }) => ({ text, page })),
      pages: pdf.numPages,
    };
  } finally {
    await task.destroy().catch(() => {});
  }
}

function pdfOpenProblem(error: unknown): string {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') return 'encrypted PDF: it needs a password to open; save a copy without the password and add that';
  if (name === 'InvalidPDFException') return 'not a valid PDF (damaged, cut short, or not a PDF at all)';
  return `cannot be read as a PDF: ${(error as Error).message ?? String(error)}`;
}

/** A title that is a file name or a program's placeholder ("Microsoft Word - draft3.docx") is no title. */
function looksLikeFileName(title: string): boolean {
  return /\.(docx?|pdf|indd|txt|rtf|odt|pages|xlsx?|pptx?)$/i.test(title) || /^microsoft (word|powerpoint|excel)\s*-/i.test(title);
}

/** Groups a page's text items into lines, in the order the page draws them. */
function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let endOfLine = false;
  const close = () => {
    if (!current) return;
    current.softBreak = /\u00AD\s*$/.test(current.text);
    current.text = readableText(current.text);
    if (current.text) lines.push(current);
    current = undefined;
  };
  for (const raw of items) {
    const item = raw as { str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean };
    if (typeof item.str !== 'string' || !item.transform) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    if (item.str) {
      if (current && (endOfLine || Math.abs(y - current.y) > size * 0.5)) close();
      if (!current) current = { text: '', x, end: x, y, size, softBreak: false };
      else if (x - current.end > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.end = Math.max(current.end, x + (item.width ?? 0));
      current.size = Math.max(current.size, size);
      endOfLine = false;
    }
    if (item.hasEOL) endOfLine = true;
  }
  close();
  return lines;
}

/** A line's text with its numbers blurred, so that `Page 3 of 12` and `Page 4 of 12` read the same. */
const runningKey = (line: Line) => line.text.toLowerCase().replace(/\d+/g, '#');

/**
 * Leaves out running headers and footers: a line at the same edge (top or bottom) of several pages with
 * the same words (numbers aside) at the same height, and page numbers standing at a page's edge.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const edgesOf = (lines: Line[]) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return { top: byHeight.slice(0, EDGE_LINES), bottom: byHeight.slice(-EDGE_LINES) };
  };
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  pages.forEach((lines, p) => {
    const { top, bottom } = edgesOf(lines);
    for (const [edge, group] of [['top', top], ['bottom', bottom]] as const) {
      for (const line of group) {
        const key = `${edge}\u0000${runningKey(line)}`;
        const entry = seen.get(key) ?? { pages: new Set<number>(), ys: [] };
        entry.pages.add(p);
        entry.ys.push(line.y);
        seen.set(key, entry);
      }
    }
  });
  // Enough pages that it cannot be chance: both of a two-page document, else at least three and a fifth.
  const needed = pages.length <= 2 ? 2 : Math.max(3, Math.ceil(pages.length * 0.2));
  const running = new Set<string>();
  for (const [key, { pages: on, ys }] of seen) {
    const spread = Math.max(...ys) - Math.min(...ys);
    if (on.size >= needed && spread < 24) running.add(key);
  }
  return pages.map((lines) => {
    const { top, bottom } = edgesOf(lines);
    const drop = new Set<Line>();
    for (const [edge, group] of [['top', top], ['bottom', bottom]] as const) {
      for (const line of group) {
        if (running.has(`${edge}\u0000${runningKey(line)}`) || PAGE_NUMBER.test(line.text)) drop.add(line);
      }
    }
    return lines.filter((line) => !drop.has(line));
  });
}

/** The words of a document (lower case), hyphenated compounds included: the dictionary for line-end hyphens. */
function wordsOf(pages: Line[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const line of lines) for (const m of line.text.toLowerCase().matchAll(/\p{L}+(?:[-\u2010]\p{L}+)*/gu)) words.add(m[0]);
  }
  return words;
}

/**
 * Joins two lines of one paragraph as a reader reads them: a word hyphenated across the line break is
 * one word again (`restric-` + `tions` → `restrictions`) unless the document itself spells it with the
 * hyphen elsewhere (`non-binding`); a soft hyphen's break joins without a hyphen; else one space.
 */
function joinLines(before: string, after: string, softBreak: boolean, dictionary: Set<string>): string {
  if (softBreak) return before + after;
  const broken = /(\p{L}+)[-\u2010]$/u.exec(before);
  const next = /^(\p{Ll}+)/u.exec(after);
  if (broken && next) {
    const head = (broken[1] as string).toLowerCase();
    const tail = (next[1] as string).toLowerCase();
    const keepsHyphen = dictionary.has(`${head}-${tail}`) && !dictionary.has(head + tail);
    return keepsHyphen ? before + after : before.slice(0, -1) + after;
  }
  return `${before} ${after}`;
}

/**
 * The usual distance between two lines of one paragraph, per font size, over the whole document: the
 * lower quartile of the gaps between lines that follow each other (most gaps are within paragraphs; the
 * larger ones part paragraphs, so the median of a page with few lines could be a paragraph gap).
 */
function lineSpacing(pages: Line[][]): (size: number) => number {
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1] as Line;
      const b = lines[i] as Line;
      const gap = a.y - b.y;
      if (Math.abs(a.size - b.size) < 0.5 && gap > a.size * 0.8 && gap < a.size * 2.5) {
        const key = Math.round(a.size);
        const list = gaps.get(key) ?? [];
        list.push(gap);
        gaps.set(key, list);
      }
    }
  }
  const spacing = new Map([...gaps].map(([size, list]) => [size, list.sort((x, y) => x - y)[Math.floor((list.length - 1) / 4)] as number]));
  return (size) => spacing.get(Math.round(size)) ?? size * 1.25;
}

/** Groups a page's lines into paragraphs. */
function blocksOf(lines: Line[], page: number, dictionary: Set<string>, spacing: (size: number) => number): Block[] {
  const blocks: Block[] = [];
  let current: { block: Block; last: Line; widest: number } | undefined;
  for (const line of lines) {
    if (current) {
      const { last } = current;
      const gap = last.y - line.y;
      const sameType = Math.abs(last.size - line.size) <= Math.max(0.5, last.size * 0.1);
      const closeBelow = gap > 0 && gap <= spacing(last.size) * PARAGRAPH_GAP;
      // A short last line ending a sentence ends the paragraph even when paragraphs are not spaced apart.
      const widest = Math.max(current.widest, line.end);
      const shortEnd = SENTENCE_END.test(last.text) && last.end < widest - last.size * 3;
      const indented = SENTENCE_END.test(last.text) && line.x > last.x + last.size * 1.5;
      if (sameType && closeBelow && !shortEnd && !indented) {
        current.block.text = joinLines(current.block.text, line.text, last.softBreak, dictionary);
        current.last = line;
        current.widest = widest;
        continue;
      }
    }
    const block: Block = { text: line.text, page, size: line.size };
    blocks.push(block);
    current = { block, last: line, widest: line.end };
  }
  return blocks;
}

/** A paragraph cut by a page break (no sentence end, the next page goes on in lower case) is one paragraph. */
function joinAcrossPages(pages: Block[][], dictionary: Set<string>): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    for (const [i, block] of page.entries()) {
      const previous = blocks[blocks.length - 1];
      if (i === 0 && previous && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(block.text) && Math.abs(previous.size - block.size) < 0.5) {
        previous.text = joinLines(previous.text, block.text, false, dictionary);
        continue;
      }
      blocks.push({ ...block });
    }
  }
  return blocks;
}

/** The first heading of page 1: the first paragraph there set in larger type than the body. */
function firstHeading(blocks: Block[]): string | undefined {
  const weight = new Map<number, number>();
  for (const b of blocks) weight.set(Math.round(b.size), (weight.get(Math.round(b.size)) ?? 0) + b.text.length);
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (body === undefined) return undefined;
  const heading = blocks.slice(0, 6).find((b) => b.page === 1 && b.size >= body * HEADING_SCALE && b.text.length <= 200);
  return heading?.text;
}
