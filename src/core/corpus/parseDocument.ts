import { createHash } from 'node:crypto';
import type { LoadProblem, Paragraph, SourceInfo } from '../model.js';
import { isFurniture, mayHoldFurniture } from './furniture.js';
import { splitSentences } from '../text/splitSentences.js';
import { fold } from '../text/matchText.js';
import { readSourceFields } from './sourceFields.js';
import { readYaml } from '../files/readYaml.js';
import { readDate } from './readDate.js';
import { wordsIn } from '../text/wordsIn.js';
import { removeBlockMarkers } from './markdownBlocks.js';
import { removeEmphasisMarkers } from './markdownEmphasis.js';
import { readKeyValueLines } from './readKeyValueLines.js';

/** What one raw file says about itself, and its cleaned paragraphs. */
export interface ParsedDocument {
  /** Metadata the text itself states (header lines), then its front matter on top. */
  source: Omit<SourceInfo, 'id'> & { id?: string };
  paragraphs: Paragraph[];
  /** How the file was read when it loaded all the same (front matter read as plain lines); absent when none. */
  warnings?: Omit<LoadProblem, 'file'>[];
}

/** How a text file is read. */
export interface ParseOptions {
  /**
   * The file is Markdown: emphasis markers (`**bold**`, `_em_`) and a line's block-quotation and heading
   * markers (`> `, `## `) are formatting, removed from its headline, header lines and paragraphs (see
   * `markdownEmphasis.ts` and `markdownBlocks.ts`).
   */
  markdown?: boolean;
}

export class DocumentError extends Error {
  constructor(readonly problem: Omit<LoadProblem, 'file'>) {
    super(problem.message);
  }
}

const HEADLINE_MAX = 200;
/** How much of a file's top is read for its headline and header lines (a few lines are ever needed). */
const HEAD_CHARS = 16 * 1024;
/** The longest front matter read: a handful of fields; anything longer is not metadata. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** A header line (byline, outlet, date) found above the body, and what it says. */
export function readHeaderLine(line: string): Partial<SourceInfo> | undefined {
  const text = line.trim().replace(/\s*\|\s*$/, '');
  if (!text || text.length > 120) return undefined;
  let m = /^by\s+(.+)$/i.exec(text);
  if (m && !/[.!?]$/.test(text)) return { author: (m[1] as string).trim() };
  m = /^(?:updated|published|posted|date|dated|first published)\s*(?:on|:)?\s*(.+)$/i.exec(text);
  if (m) {
    const date = readDate(m[1] as string);
    if (date) return { published: date };
  }
  const date = readDate(text);
  if (date) return { published: date };
  m = /^(?:source|outlet|publication)\s*:\s*(.+)$/i.exec(text);
  if (m) return { outlet: (m[1] as string).trim() };
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov|int|eu|co\.uk|uk|de|fr|cz|jp|kr|au|info|news)$/i.test(text)) {
    return { outlet: text };
  }
  m = /^(https?:\/\/\S+)$/.exec(text);
  if (m) return { url: m[1] };
  return undefined;
}

/** A line's letters and digits, lower-cased: a headline and the front matter's title compared as words. */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a first line reads as a headline rather than the first paragraph of the body. */
function isHeadline(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (!text || text.length > HEADLINE_MAX || next === undefined) return false;
  if (/^#{1,6}\s/.test(text)) return true;
  return !/[.!?:;,"'\u201D\u2019]$/.test(text);
}

/**
 * Splits a body into paragraph blocks: blank-line separated when the body has blank lines between
 * paragraphs, otherwise one paragraph a line (web exports often have no blank lines at all). One pass over
 * the text: loading stays linear in the file's size.
 */
function paragraphBlocks(body: string): string[] {
  const blankSeparated = /\n[ \t]*\n/.test(body.trim());
  const separator = blankSeparated ? /\n[ \t]*\n+/g : /\n/g;
  const blocks: string[] = [];
  let last = 0;
  const push = (end: number) => {
    const trimmed = body.slice(last, end).trim();
    if (trimmed) blocks.push(trimmed);
  };
  for (const m of body.matchAll(separator)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(body.length);
  return blocks;
}

/**
 * Cuts a block into the runs of consecutive sentences that are not furniture. Each run is a verbatim
 * slice of the block.
 */
function contentPieces(block: string): string[] {
  if (isFurniture(block)) return [];
  if (!mayHoldFurniture(block)) return [block];
  const sentences = splitSentences(block);
  const pieces: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (const s of sentences) {
    if (isFurniture(block.slice(s.start, s.end))) {
      if (runStart >= 0) pieces.push(block.slice(runStart, runEnd));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = s.start;
    runEnd = s.end;
  }
  if (runStart >= 0) pieces.push(block.slice(runStart, runEnd));
  return pieces;
}

/**
 * Parses one raw document: front matter (YAML between `---` lines), a headline, header lines (byline,
 * outlet, date), then paragraphs. Site furniture is dropped, a body repeated inside the file is kept
 * once, and every kept paragraph is a verbatim slice of the file (of Markdown, with its emphasis markers
 * and its lines' block-quotation and heading markers removed). Front matter that is not valid YAML but plain `key: value` lines (`title: Inquest: the
 * stadium crush`) is read as such, with a warning naming its line.
 *
 * ```ts
 * parseDocument('US the weak link\nBy Li Zheng |\nUpdated: 2019-05-30 15:45\nThe conference…')
 * // { source: { title: 'US the weak link', author: 'Li Zheng', published: '2019-05-30T15:45' },
 * //   paragraphs: [{ index: 1, text: 'The conference…' }] }
 * ```
 *
 * @throws DocumentError for front matter that is neither valid YAML nor plain `key: value` lines, or
 *   has a wrong field (with its line).
 */
export function parseDocument(raw: string, options: ParseOptions = {}): ParsedDocument {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // (The headline and header lines keep their block markers until read: `# Will the bridge be rebuilt?` is a
  // headline by its `#`, whatever it ends with.)
  const cleanLine = options.markdown ? removeEmphasisMarkers : (line: string) => line;
  const source: ParsedDocument['source'] = {};
  let pos = 0;
  let frontMatter: FrontMatter = { fields: {}, warnings: [] };

  const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    frontMatter = readFrontMatter(fm[1] as string);
    pos = fm[0].length;
  }

  // The headline and header lines stand at the top: only the first lines are looked at.
  const lines = text.slice(pos, pos + HEAD_CHARS).split('\n');
  if (pos + HEAD_CHARS < text.length) lines.pop(); // a line cut by the window is not a whole line
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !(lines[i] as string).trim()) i++;
  };
  skipBlank();
  const nextNonBlank = (from: number) => {
    for (let j = from; j < lines.length; j++) if ((lines[j] as string).trim()) return lines[j];
    return undefined;
  };
  // With a title in the front matter, the body's first line is a headline only as a top-level `# ` heading or
  // the title again: "**Key points**", "FOR IMMEDIATE RELEASE", a match's score line, or a section's `## `
  // heading ("## Oral Questions", a live blog's "### 3.58pm GMT") opening the body is the body's first
  // paragraph, not a headline to drop.
  const titled = frontMatter.fields.title;
  const mayBeHeadline = (line: string) => !titled || /^#\s/.test(line.trim()) || lettersOf(cleanLine(line)) === lettersOf(titled);
  if (i < lines.length && mayBeHeadline(lines[i] as string) && isHeadline(cleanLine(lines[i] as string), nextNonBlank(i + 1))) {
    source.title = cleanLine((lines[i] as string).trim().replace(/^#{1,6}\s+/, ''));
    i++;
    for (;;) {
      const save = i;
      skipBlank();
      const header = i < lines.length ? readHeaderLine(cleanLine(lines[i] as string)) : undefined;
      if (!header) {
        i = save;
        break;
      }
      for (const [key, value] of Object.entries(header)) {
        const k = key as keyof SourceInfo;
        if (value && source[k] === undefined) source[k] = value;
      }
      i++;
    }
  }
  let bodyOffset = pos;
  for (let j = 0; j < i; j++) bodyOffset += (lines[j] as string).length + 1;

  const blocks = paragraphBlocks(text.slice(Math.min(bodyOffset, text.length)));
  const parsed: ParsedDocument = { source: { ...source, ...frontMatter.fields }, paragraphs: paragraphsOf(blocks.map((b) => (options.markdown ? markdownBlock(b) : { text: b }))) };
  return frontMatter.warnings.length > 0 ? { ...parsed, warnings: frontMatter.warnings } : parsed;
}

/** A block of text an extractor found (a paragraph of a PDF page, of a web page, of a Word file). */
export interface TextBlock {
  text: string;
  /** 1-based page it starts on, for paginated sources. */
  page?: number;
  /** The whole block was set in bold (see `Paragraph.strong`). */
  strong?: boolean;
  /** The block is a heading of this level (see `Paragraph.heading`). */
  heading?: number;
  /** The block was set as a block quotation (see `Paragraph.quoted`). */
  quoted?: boolean;
}

/** A Markdown block as loaded: its words without block or emphasis markers, and whether it was set in bold throughout. */
function markdownBlock(block: string): TextBlock {
  const unmarked = removeBlockMarkers(block);
  const text = removeEmphasisMarkers(unmarked);
  const level = headingLevel(block);
  const quoted = block.split('\n').every((line) => /^[ \t]{0,3}>/.test(line));
  return { text, ...(isWhollyStrong(unmarked) ? { strong: true } : {}), ...(level ? { heading: level } : {}), ...(quoted ? { quoted } : {}) };
}

/** A Markdown block of one heading line, "## What they said": its level (the `#`s); undefined for any other block. */
function headingLevel(block: string): number | undefined {
  const m = /^[ \t]{0,3}(#{1,6})[ \t]+(?![#\t ]*$)[^\n]*$/.exec(block.trim());
  return m ? (m[1] as string).length : undefined;
}

/**
 * Whether a Markdown block is bold from end to end (`**That sounds small.**`), not merely opening or closing in bold;
 * never a row of asterisks with no word inside, "*****", a release's end mark (round 31).
 */
function isWhollyStrong(block: string): boolean {
  const m = /^(\*\*|__)(\S[\s\S]*?\S|\S)\1$/.exec(block.trim());
  return !!m && !(m[2] as string).includes(m[1] as string) && /[\p{L}\p{N}]/u.test(m[2] as string);
}

/**
 * Words at least in a paragraph that is dropped when it appears again in the same file (a web page's body
 * printed twice). A line a text says again on purpose is short: a transcript's speaker lines ("Henrik Dahl
 * — Chief Executive Officer", six words), "Operator", "[Applause]", "Yes."; a repeated body's short
 * paragraphs ("He declined to comment.") are then kept twice, the smaller harm (a duplicate hit, not a lost
 * turn). The seed op-ed's repeated body has no paragraph this short.
 */
const MIN_WORDS_REPEATED_BODY = 8;

/**
 * Words at most in a line said again on purpose that ends no sentence: a transcript's speaker line with its
 * holder's full title ("Tobias Renner — Executive Vice President and Chief Financial Officer", nine words, an
 * earnings call's second and third turns lost, round 60) is kept each time as the short ones are.
 */
const MAX_WORDS_REPEATED_LINE = 16;

/** Whether a paragraph said again in one file is a body printed twice (dropped), not a line said again on purpose. */
function isRepeatedBody(piece: string, words: number): boolean {
  if (words < MIN_WORDS_REPEATED_BODY) return false;
  return words > MAX_WORDS_REPEATED_LINE || /[.!?…]["'”’)\]]*\s*$/u.test(piece);
}

/**
 * Turns blocks into a document's paragraphs: site furniture dropped, a block repeated inside one document
 * kept once, every paragraph a verbatim slice of its block.
 */
export function paragraphsOf(blocks: Iterable<TextBlock>): Paragraph[] {
  const seen = new Set<string>();
  const paragraphs: Paragraph[] = [];
  // (A line of eight words or more said again and kept, a speaker's line, until the piece after it shows whether it heads a
  // body printed twice: a web page's article with its long subheadings, the review of round 60, drops them with it; a
  // speaker's heading over a new answer stays, the second review.)
  let keptRepeat: Paragraph | undefined;
  for (const block of blocks) {
    for (const piece of contentPieces(block.text)) {
      // A body repeated inside one file is indexed once; a short line said again is kept each time. (A
      // digest, not the folded text itself: a 40 MB file would otherwise keep a second copy in memory.)
      const words = wordsIn(piece);
      const long = words >= MIN_WORDS_REPEATED_BODY;
      const key = long ? createHash('sha1').update(fold(piece)).digest('base64') : '';
      const said = long && seen.has(key);
      if (long) seen.add(key);
      if (said && isRepeatedBody(piece, words)) {
        if (keptRepeat && paragraphs.at(-1) === keptRepeat) paragraphs.pop();
        keptRepeat = undefined;
        continue;
      }
      const paragraph: Paragraph = block.page === undefined ? { index: paragraphs.length + 1, text: piece } : { index: paragraphs.length + 1, text: piece, page: block.page };
      if (block.strong) paragraph.strong = true;
      if (block.heading) paragraph.heading = block.heading;
      if (block.quoted) paragraph.quoted = true;
      paragraphs.push(paragraph);
      keptRepeat = said ? paragraph : undefined;
    }
  }
  return paragraphs;
}

/** A document's front matter: its fields, and how it was read when that was not as YAML. */
interface FrontMatter {
  fields: Partial<SourceInfo>;
  warnings: Omit<LoadProblem, 'file'>[];
}

/**
 * Reads front matter as YAML or, when the YAML parser refuses it, as plain `key: value` lines (a warning
 * says so, naming the line YAML stopped at). Lines are the file's: the YAML starts on its second line,
 * under the opening `---`.
 */
function readFrontMatter(yamlText: string): FrontMatter {
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    throw new DocumentError({ line: 1, message: `front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KB: it holds a few fields (title, outlet, author, published, kind, url)` });
  }
  const parsed = readYaml(yamlText);
  if (parsed.ok) {
    if (parsed.value === null || parsed.value === undefined) return { fields: {}, warnings: [] };
    return { fields: validFields(parsed.value, (path) => parsed.lineOf(path)), warnings: [] };
  }
  const line = parsed.line === undefined ? undefined : parsed.line + 1;
  // The parser's own "at line 1, column 8" counts from the YAML's first line, not the file's: the
  // problem's line says where, in the file's terms.
  const reason = parsed.message.replace(/ at line \d+, column \d+:?$/, '');
  const plain = readKeyValueLines(yamlText);
  if (!plain) throw new DocumentError({ line, message: `front matter is ${reason}` });
  const fields = validFields(plain.value, ([key]) => plain.lines[String(key)]);
  const why = reason.replace(/^not valid YAML: /, '');
  return {
    fields,
    warnings: [{ line, loaded: true, message: `front matter is not valid YAML (${why}): read as plain "key: value" lines; put quotes around a value that holds a colon to make it valid` }],
  };
}

/** The fields of front matter, or the first wrong one as an error naming its line in the file. */
function validFields(value: unknown, lineOf: (path: (string | number)[]) => number | undefined): Partial<SourceInfo> {
  const { fields, problems } = readSourceFields(value, (path) => {
    const line = lineOf(path);
    return line === undefined ? undefined : line + 1;
  });
  const problem = problems[0];
  if (problem) throw new DocumentError({ ...problem, message: `front matter: ${problem.message}` });
  return fields;
}
