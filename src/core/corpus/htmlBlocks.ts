import type { TextBlock } from './parseDocument.js';
import { readableText } from './extracted.js';

/** The little of the DOM the extractors use (linkedom's nodes have it; the project has no DOM types). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  textContent: string | null;
  parentNode?: DomNode | null;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start and end a block of text: a paragraph, a heading, a list item, a table cell… */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never part of an article's text. */
export const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * The text of a DOM subtree as blocks in reading order: every paragraph, heading, list item and table
 * cell its own block, white space read as a reader sees it (runs of spaces and source line breaks as one
 * space); two `<br>` in a row part paragraphs, one is a space.
 *
 * ```ts
 * htmlBlocks(parseHTML('<p>One <b>two</b></p><h2>Three</h2>').document.body) // [{ text: 'One two' }, { text: 'Three', heading: 2 }]
 * htmlBlocks(parseHTML('<p><strong>That sounds small.</strong></p>').document.body) // [{ text: 'That sounds small.', strong: true }]
 * ```
 */
export function htmlBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let heading: number | undefined;
  // Whether every word of the buffer stood inside <strong> or <b> (a magazine's question, "<p><strong>…</strong></p>").
  let strongDepth = 0;
  // How many <blockquote> elements the walk is inside (a pull quote, a quoted statement).
  let quoteDepth = 0;
  let wordsOutsideStrong = false;
  const flush = () => {
    const strong = !wordsOutsideStrong;
    for (const part of buffer.split(/\n[ ]*\n/)) {
      const text = readableText(part);
      if (text) blocks.push({ text, ...(heading ? { heading } : strong ? { strong } : {}), ...(quoteDepth > 0 ? { quoted: true } : {}) });
    }
    buffer = '';
    wordsOutsideStrong = false;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/[\t\n\r\f ]+/g, ' ');
      if (strongDepth === 0 && /\S/.test(text)) wordsOutsideStrong = true;
      buffer += text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name)) return;
    if (name === 'BR') {
      buffer += '\n';
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) flush();
    const level = /^H([1-6])$/.exec(name)?.[1];
    if (level) heading = Number(level);
    const strong = name === 'STRONG' || name === 'B';
    if (strong) strongDepth++;
    if (name === 'BLOCKQUOTE') quoteDepth++;
    // Siblings one by one: linkedom builds `childNodes` anew on every access (quadratic over a long article).
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (strong) strongDepth--;
    if (isBlock) flush();
    if (name === 'BLOCKQUOTE') quoteDepth--;
    if (level) heading = undefined;
  };
  walk(root);
  flush();
  return blocks;
}
