import { parseDocument, LineCounter } from 'yaml';

/** A parsed YAML text, or the first error in it; either way with lines for an editor to look at. */
export type ParsedYaml =
  | { ok: true; value: unknown; lineOf: (path: (string | number)[]) => number | undefined }
  | { ok: false; line?: number; message: string };

/**
 * Parses YAML text for an editor's file (front matter, `sources.yml`, `synonyms.yml`, `positions.yml`):
 * the value, and the 1-based line of any node, so that every problem can name its line.
 *
 * ```ts
 * const parsed = readYaml('a:\n  b: 1\n')
 * parsed.ok && parsed.lineOf(['a', 'b']) // 2
 * readYaml('a: [1') // { ok: false, line: 1, message: 'not valid YAML: …' }
 * ```
 */
export function readYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) return { ok: false, line: error.linePos?.[0]?.line, message: `not valid YAML: ${error.message.split('\n')[0]}` };
  return {
    ok: true,
    value: doc.toJS() as unknown,
    lineOf: (path) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    },
  };
}
