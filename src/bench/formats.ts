/**
 * The formats part of `npm run bench`: load time per MB of each document format (text in UTF-8 and in
 * Windows-1252, web page, Word, PDF), a 300-page PDF, and whether loading grows linearly with a text
 * file's size (4 MB and 40 MB). Fixture files are made here with the dev dependencies pdfkit and docx;
 * without them (a production install) the PDF and Word figures are skipped, saying so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../core/corpus/loadCorpus.js';
import { buildPassageIndex } from '../core/search/passageIndex.js';

const WORDS = (
  'minister operators network security vendors spectrum auction regulator council proposal ' +
  'agreement government telecom equipment supplier risk assessment Europe Prague conference ' +
  'delegation statement official report measure policy decision trust data infrastructure'
).split(' ');

/** A paragraph of plausible policy prose, different for every `n` (deterministic). */
function paragraph(n: number, sentences = 4): string {
  let seed = n * 2654435761;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed;
  };
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 12 + (next() % 10) }, () => WORDS[next() % WORDS.length] as string);
    out.push(`${words.join(' ')} number ${n}-${s}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  return out.join(' ');
}

function textOfSize(bytes: number): string {
  const parts = ['Bench report\n'];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const p = paragraph(n);
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Loads a folder holding one file and returns the time (the best of `runs`: the machine is shared, and the
 * best run is the one least disturbed) and size.
 */
async function timeLoad(name: string, bytes: Uint8Array | string, options: { index?: boolean; runs?: number } = {}) {
  const { index = false, runs = 1 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'prague-bench-formats-'));
  try {
    writeFileSync(join(dir, name), bytes);
    const mb = (typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length) / 1024 / 1024;
    let loadMs = Infinity;
    let corpus = await loadCorpus(dir);
    for (let run = 0; run < runs; run++) {
      gc?.();
      const t = performance.now();
      corpus = await loadCorpus(dir);
      loadMs = Math.min(loadMs, performance.now() - t);
    }
    if (corpus.problems.length > 0) throw new Error(`${name}: ${corpus.problems[0]?.message}`);
    const t2 = performance.now();
    if (index) buildPassageIndex(corpus.documents);
    const indexMs = performance.now() - t2;
    const paragraphs = corpus.documents[0]?.paragraphs.length ?? 0;
    return {
      mb: round(mb, 2),
      paragraphs,
      load_ms: round(loadMs),
      ms_per_mb: round(loadMs / mb),
      paragraphs_per_s: Math.round(paragraphs / (loadMs / 1000)),
      ...(index ? { index_ms: round(indexMs) } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function makePdf(pages: number, paragraphsPerPage: number): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: 'Bench report' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let p = 0; p < pages; p++) {
    doc.addPage({ margin: 72 });
    doc.fontSize(9).text('Bench report \u2014 running header', 72, 36, { lineBreak: false });
    doc.fontSize(10);
    doc.x = 72;
    doc.y = 80;
    for (let i = 0; i < paragraphsPerPage; i++) doc.text(paragraph(p * 100 + i, 3), { width: 468 }).moveDown(0.8);
    doc.fontSize(9).text(String(p + 1), 300, 740, { lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function makeDocx(bytes: number): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const children = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const text = paragraph(n);
    children.push(new Paragraph({ children: [new TextRun(text)] }));
    size += text.length * 3; // Word's XML is about three times the text
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function htmlOfSize(bytes: number): string {
  const body: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const p = `<p class="story-body">${paragraph(n)}</p>`;
    body.push(p);
    size += p.length;
  }
  return `<!doctype html><html><head><title>Bench report</title><meta property="og:site_name" content="Bench"></head><body><nav><a href="/">Home</a></nav><article><h1>Bench report</h1>${body.join('\n')}</article><footer>Copyright</footer></body></html>`;
}

/** The formats figures, as one JSON-ready object. */
export async function benchFormats(): Promise<Record<string, unknown>> {
  const text4 = textOfSize(4 * 1024 * 1024);
  const perFormat: Record<string, unknown> = {
    text_utf8: await timeLoad('a.txt', textOfSize(2 * 1024 * 1024), { runs: 3 }),
    text_windows_1252: await timeLoad('a.txt', Buffer.from(`${textOfSize(2 * 1024 * 1024)} caf\u00e9`, 'latin1'), { runs: 3 }),
    html: await timeLoad('a.html', htmlOfSize(2 * 1024 * 1024), { runs: 2 }),
  };
  let pdf300: unknown;
  try {
    perFormat.docx = await timeLoad('a.docx', await makeDocx(6 * 1024 * 1024), { runs: 2 });
    perFormat.pdf = await timeLoad('a.pdf', await makePdf(100, 5), { runs: 2 });
    const big = await makePdf(300, 5);
    const loaded = await timeLoad('report-300-pages.pdf', big);
    pdf300 = { pages: 300, ...loaded, within_10_s: loaded.load_ms <= 10_000 };
  } catch (error) {
    const message = (error as Error).message;
    if (!/Cannot find (package|module)/.test(message)) throw error;
    pdf300 = { skipped: `fixtures need the dev dependencies pdfkit and docx: ${message.split('\n')[0]}` };
  }
  // Linear loading: the same prose at 4 MB and 40 MB (one file each), parse and index.
  const four = await timeLoad('big.txt', text4, { index: true, runs: 3 });
  const forty = await timeLoad('big.txt', textOfSize(40 * 1024 * 1024), { runs: 3 });
  return {
    load_per_format: perFormat,
    pdf_300_pages: pdf300,
    linear_text_loading: {
      mb_4: four,
      mb_40: forty,
      time_ratio_40_to_4: round(forty.load_ms / four.load_ms, 2),
      within_3_s_for_4_mb: four.load_ms + (four.index_ms ?? 0) <= 3000,
    },
  };
}
