import { parseDocument, LineCounter } from 'yaml';
import { readFlatYaml } from './readFlatYaml.js';

/** A parsed YAML text, or the first error in it; either way with lines for an editor to look at. */
export type ParsedYaml =
  | { ok: true; value: unknown; lineOf: (path: (string | number)[]) => number | undefined }
  | { ok: false; line?: number; message: string };

/** The largest editor's YAML read by default (a `synonyms.yml` or `positions.yml` of a big desk is ~100 KB). */
export const MAX_YAML_CHARS = 1024 * 1024;
/**
 * The most aliases (`*name`) one file may use. An editor's file uses a few at most; a "billion laughs"
 * file uses a handful of anchors that expand exponentially, and the `yaml` package stops it at this count.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * The deepest nesting of `[` and `{` read. Editors' files nest two or three levels; the parser's cost
 * grows steeply with depth (100,000 nested brackets take it down with an out-of-memory error that no
 * `catch` can stop), so depth is checked before parsing.
 */
const MAX_FLOW_DEPTH = 64;

/** How deep `[` and `{` nest in a text (counted without regard to quotes: an over-estimate is fine). */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * Parses YAML text for an editor's file (front matter, `sources.yml`, `synonyms.yml`, `positions.yml`):
 * the value, and the 1-based line of any node, so that every problem can name its line. Parsing is
 * bounded: size (`maxChars`), nesting depth, and alias expansion (a "billion laughs" file is refused
 * with a message, never expanded).
 *
 * ```ts
 * const parsed = readYaml('a:\n  b: 1\n')
 * parsed.ok && parsed.lineOf(['a', 'b']) // 2
 * readYaml('a: [1') // { ok: false, line: 1, message: 'not valid YAML: …' }
 * ```
 */
export function readYaml(text: string, options: { maxChars?: number } = {}): ParsedYaml {
  const maxChars = options.maxChars ?? MAX_YAML_CHARS;
  if (text.length > maxChars) {
    return { ok: false, message: `too large: ${text.length.toLocaleString('en')} characters, the limit is ${maxChars.toLocaleString('en')}` };
  }
  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    return { ok: false, message: `not valid YAML: brackets nested more than ${MAX_FLOW_DEPTH} deep` };
  }
  // A few `key: value` lines (most front matter) need no parser: the same value, read directly.
  const flat = readFlatYaml(text);
  if (flat) return { ok: true, value: flat.value, lineOf: (path) => (path.length === 1 ? flat.lines[String(path[0])] : undefined) };
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  let value: unknown;
  try {
    doc = parseDocument(text, { lineCounter: lines });
    const error = doc.errors[0];
    if (error) return { ok: false, line: error.linePos?.[0]?.line, message: `not valid YAML: ${error.message.split('\n')[0]}` };
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/alias/i.test(message)) {
      return { ok: false, message: `refused: its aliases (*name) expand too far (over ${MAX_ALIAS_COUNT}; an "alias bomb"); write the values out` };
    }
    return { ok: false, message: `not valid YAML: ${message.split('\n')[0]}` };
  }
  const parsed = doc;
  return {
    ok: true,
    value,
    lineOf: (path) => {
      const node = parsed.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    },
  };
}
