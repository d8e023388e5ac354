import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../src/core/corpus/decodeText.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

const SAMPLE = 'Prime minister’s “toolbox”: €5bn and £3bn for 5G — café';

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** The sample as an old Windows export writes it: one byte a character, curly quotes at 0x91–0x94. */
const WINDOWS_1252 = Buffer.from([
  ...Buffer.from('Prime minister', 'latin1'), 0x92, ...Buffer.from('s ', 'latin1'), 0x93, ...Buffer.from('toolbox', 'latin1'), 0x94,
  ...Buffer.from(': ', 'latin1'), 0x80, ...Buffer.from('5bn and ', 'latin1'), 0xa3, ...Buffer.from('3bn for 5G ', 'latin1'), 0x97,
  ...Buffer.from(' caf', 'latin1'), 0xe9,
]);

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeText(utf16(SAMPLE, 'le'))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, 'be'))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, with “ ” ’ € £ é right (not Latin-1 control characters)', () => {
    expect(decodeText(WINDOWS_1252)).toEqual({ text: SAMPLE, encoding: 'windows-1252' });
    expect(decodeWindows1252(Buffer.from([0x91, 0x92, 0x93, 0x94, 0x80, 0x85, 0x96]))).toBe('‘’“”€…–');
    // What Node 20's own decoder does with these bytes: the reason for the table.
    expect(new TextDecoder('windows-1252').decode(Buffer.from([0x93]))).not.toBe('“');
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))).toThrow(/binary data, not text/);
  });
});

describe('text documents in any encoding', () => {
  it('load with quotes verbatim, and the corpus says which decoding was used when not UTF-8', async () => {
    const dir = tempCorpus({
      'legacy.txt': Buffer.concat([Buffer.from('Old system export\n\n', 'latin1'), WINDOWS_1252, Buffer.from('.\n', 'latin1')]),
      'wide.txt': utf16(`Wide export\n\n${SAMPLE} in UTF-16.\n`, 'le'),
      'plain.md': `Plain\n\n${SAMPLE} in UTF-8.\n`,
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    const byId = Object.fromEntries(corpus.documents.map((d) => [d.source.id, d]));
    expect(byId.legacy).toMatchObject({ encoding: 'windows-1252', source: { title: 'Old system export' } });
    expect(byId.legacy!.paragraphs[0]!.text).toBe(`${SAMPLE}.`);
    expect(byId.wide).toMatchObject({ encoding: 'utf-16le' });
    expect(byId.wide!.paragraphs[0]!.text).toBe(`${SAMPLE} in UTF-16.`);
    expect(byId.plain!.encoding).toBeUndefined();
  });
});
