import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceInfo } from '../model.js';
import { decodeText, decodeWindows1252 } from './decodeText.js';
import { metadataText, readableText, type ExtractedDocument } from './extracted.js';
import { htmlBlocks, type DomElement, type DomNode } from './htmlBlocks.js';
import { DocumentError, readHeaderLine } from './parseDocument.js';
import { readDate } from './readDate.js';

/**
 * Page parts that are never the article, by their class or id: cookie and consent banners, newsletter and
 * paywall boxes, share bars, related and recommended stories, advertising. Readability keeps some of them
 * when they sit beside the article; they go before it looks.
 */
const NOT_ARTICLE = /(^|[\s_-])(cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|share|sharing|social|related|recommended|promo|advert|ads|sponsored|outbrain|taboola|popup|modal|comments?)([\s_-]|$)/i;
/** Elements whose role is never the article. */
const NOT_ARTICLE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog'];
/** The most elements Readability looks at: a page larger than this is not a saved article. */
const MAX_ELEMENTS = 200_000;

/**
 * Reads a saved web page: the article only (Mozilla Readability), without navigation, header, footer,
 * cookie banners, scripts or "related stories". Title from `og:title`, else `<title>`, else the first
 * `<h1>`; author from `<meta name="author">` or the byline; outlet from `og:site_name`; published from
 * `article:published_time` or the first `<time datetime>`; link from `og:url` or the canonical link.
 *
 * @throws DocumentError when the page has no article text.
 */
export function extractHtml(bytes: Uint8Array): ExtractedDocument & { encoding: string } {
  const { text: html, encoding } = decodeHtml(bytes);
  const { document } = parseHTML(html) as unknown as { document: DomElement & { body: DomElement | null } };
  const meta = (selector: string) => metadataText(document.querySelector(selector)?.getAttribute('content'));

  const siteName = meta('meta[property="og:site_name"]');
  const docTitle = metadataText(document.querySelector('title')?.textContent);
  const h1 = metadataText(document.querySelector('h1')?.textContent);
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? withoutSiteName(docTitle, siteName) ?? h1;
  const timeElement = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const publishedText = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? metadataText(timeElement?.getAttribute('datetime'));
  const url = meta('meta[property="og:url"]') ?? metadataText(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const metaAuthor = meta('meta[name="author"]');

  for (const element of Array.from(document.querySelectorAll('script, style, noscript, template, iframe, svg, form, nav, dialog'))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id], [role], [aria-hidden="true"], [hidden]'))) {
    if (['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(element.nodeName.toUpperCase()) || element.querySelector('article')) continue;
    const role = element.getAttribute('role') ?? '';
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const hidden = element.getAttribute('aria-hidden') === 'true' || element.getAttribute('hidden') !== null;
    if (hidden || NOT_ARTICLE_ROLES.includes(role) || NOT_ARTICLE.test(names)) element.remove();
  }

  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (error) {
    if (/Aborting parsing document/.test((error as Error).message)) {
      throw new DocumentError({ message: `web page too large to read (over ${MAX_ELEMENTS.toLocaleString('en')} elements): save the article alone` });
    }
    throw error;
  }
  // A page Readability cannot read as an article (a plain page, a list) is read whole, furniture left out.
  const root = article?.content ?? document.body ?? document;
  const blocks = htmlBlocks(root);

  const byline = metadataText(article?.byline?.replace(/^\s*by\s+/i, ''));
  const source: Omit<SourceInfo, 'id'> = {};
  if (title) source.title = title;
  const author = metaAuthor ?? byline;
  if (author) source.author = author;
  if (siteName ?? article?.siteName) source.outlet = (siteName ?? metadataText(article?.siteName)) as string;
  const published = readDate(publishedText ?? metadataText(article?.publishedTime) ?? '');
  if (published) source.published = published;
  if (url && /^https?:\/\/\S+$/.test(url)) source.url = url;

  // The headline and byline stand above the body: they are the citation, not passages.
  while (blocks.length > 0) {
    const first = (blocks[0] as { text: string }).text;
    const header = first.length <= 120 ? readHeaderLine(first) : undefined;
    const isTitle = readableText(first).toLowerCase() === (title ?? h1 ?? '').toLowerCase();
    if (!isTitle && !header) break;
    if (header?.author && !source.author) source.author = header.author;
    if (header?.published && !source.published) source.published = header.published;
    blocks.shift();
  }
  if (blocks.length === 0) throw new DocumentError({ message: 'web page has no article text (only navigation, scripts or furniture)' });
  return { source, blocks, encoding };
}

/** `<title>Headline | Outlet</title>` is the headline when the outlet is known. */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const m = new RegExp(`^(.+?)\\s*[|\u2013\u2014:-]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').exec(title);
  return m ? (m[1] as string) : title;
}

/**
 * Decodes a web page: a byte-order mark or valid UTF-8 first; else the charset the page declares, when
 * it is one this runtime knows; else Windows-1252.
 */
function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'windows-1252') return decoded;
  const head = decodeWindows1252(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !['utf-8', 'utf8', 'windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // An unknown label: Windows-1252 is what browsers fall back to as well.
    }
  }
  return decoded;
}
