import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** One page of a PDF made for a test: an optional heading (large type), then paragraphs of body text. */
export interface PdfPage {
  heading?: string;
  paragraphs: string[];
  /** Lines set exactly as given (one per line), e.g. to hyphenate a word across a line break. */
  lines?: string[];
}

export interface PdfOptions {
  /** Document information (Title, Author). */
  info?: { Title?: string; Author?: string };
  /** A running header printed at the top of every page. */
  header?: string;
  /** Page numbers at the bottom of every page ("Page N of M" when `pageOf`). */
  pageNumbers?: boolean | 'pageOf';
  userPassword?: string;
  /** Pages with an image only (a scan): no text layer at all. */
  imageOnly?: boolean;
}

/** A real PDF made with pdfkit (Helvetica, Letter pages). */
export async function makePdf(pages: PdfPage[], options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: options.info,
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'owner-secret', pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  pages.forEach((page, i) => {
    doc.addPage({ margin: 72 });
    if (options.imageOnly) {
      doc.image(grayPng(200, 100), 72, 72, { width: 400 });
      return;
    }
    if (options.header) doc.font('Helvetica').fontSize(9).text(options.header, 72, 36, { lineBreak: false });
    doc.font('Helvetica').fontSize(11);
    doc.y = 90;
    doc.x = 72;
    if (page.heading) doc.fontSize(20).text(page.heading, { width: 420 }).moveDown(0.5).fontSize(11);
    for (const text of page.paragraphs) doc.text(text, { width: 420 }).moveDown(1);
    for (const line of page.lines ?? []) doc.text(line, { width: 468 });
    if (options.pageNumbers) {
      const label = options.pageNumbers === 'pageOf' ? `Page ${i + 1} of ${pages.length}` : `${i + 1}`;
      doc.fontSize(9).text(label, 290, 740, { lineBreak: false });
    }
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A small gray PNG (a "scanned page"), made by hand: signature, IHDR, IDAT, IEND. */
export function grayPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // gray
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** One paragraph of a Word document made for a test; `heading` makes it a Heading 1/2. */
export interface DocxParagraph {
  text: string;
  heading?: 1 | 2;
}

/** A real .docx made with the `docx` package, with core properties when given. */
export async function makeDocx(paragraphs: DocxParagraph[], properties: { title?: string; creator?: string } = {}): Promise<Buffer> {
  const doc = new Document({
    ...(properties.title ? { title: properties.title } : {}),
    ...(properties.creator ? { creator: properties.creator } : {}),
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new Paragraph({
              ...(p.heading ? { heading: p.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 } : {}),
              children: [new TextRun(p.text)],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
