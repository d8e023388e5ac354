import { DocumentError } from './parseDocument.js';

/** How a text file's bytes were read. `utf-8` is the norm; anything else is shown by `prague sources`. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * What Windows-1252 puts at 0x80–0x9F (the WHATWG Encoding Standard's table). Node 20's
 * `TextDecoder('windows-1252')` decodes this range as Latin-1 control characters, which would turn every
 * curly quote of an old Word export into an invisible character: this table is applied by hand. The five
 * bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the control character of the
 * same number, as the standard says.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 bytes (a superset of Latin-1 in which 0x80–0x9F hold “ ” ‘ ’ € – — …).
 *
 * ```ts
 * decodeWindows1252(new Uint8Array([0x93, 0x80, 0x35, 0x94])) // '“€5”'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * Binary data is not text, whatever its name says: NUL bytes never occur in a text file (a UTF-16 file
 * without a byte-order mark is all NULs every other byte).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  return sample.includes(0);
}

/**
 * Decodes a text document's bytes, and says how: UTF-8 with or without a byte-order mark, UTF-16 (LE or
 * BE) with a byte-order mark, else Windows-1252 when the bytes are not valid UTF-8 (an export from an old
 * newsroom system). The byte-order mark is not part of the text.
 *
 * ```ts
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // { text: 'A', encoding: 'utf-16le' }
 * decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94])) // { text: '“Hi”', encoding: 'windows-1252' }
 * ```
 *
 * @throws DocumentError for binary data or a UTF-16 file that is not valid UTF-16.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  for (const [b0, b1, encoding] of [[0xff, 0xfe, 'utf-16le'], [0xfe, 0xff, 'utf-16be']] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      try {
        return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding };
      } catch {
        throw new DocumentError({ message: `not valid ${encoding.toUpperCase()} text although it starts with a UTF-16 byte-order mark; save it again as UTF-8` });
      }
    }
  }
  if (looksBinary(bytes)) {
    throw new DocumentError({ message: 'holds binary data, not text (or UTF-16 without a byte-order mark): save it as UTF-8 text' });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes an editor's file (sources.yml, synonyms.yml, positions.yml) as UTF-8, refusing anything else:
 * an editor's file is written by the desk, and a wrong guess there would silently change a quote.
 *
 * @throws DocumentError naming the offset of the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    throw new DocumentError({ message: `not UTF-8 text (first bad byte at offset ${bad}); save it as UTF-8` });
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (truncation at a char boundary is fine).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
