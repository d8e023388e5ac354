/**
 * Front matter as people type it by hand, read when the YAML parser refuses it: one `key: value` a line,
 * split at the first colon, both sides trimmed, quotes around the value removed. The common case is a
 * value with a colon of its own (`title: Inquest: the stadium crush`), which YAML reads as a mapping
 * inside a mapping and refuses. Only flat text fields are read this way; anything else is not plain
 * lines, and the YAML parser's own error stands.
 *
 * ```ts
 * readKeyValueLines('title: Inquest: the stadium crush\nauthor: "Jana Novak"\n')
 * // { value: { title: 'Inquest: the stadium crush', author: 'Jana Novak' }, lines: { title: 1, author: 2 } }
 * readKeyValueLines('tags:\n  - fire\n') // undefined: an indented line is not a `key: value` line
 * ```
 */

/** The fields read, and the 1-based line of each key. */
export interface KeyValueLines {
  value: Record<string, string>;
  lines: Record<string, number>;
}

/** A key at the start of its line (a field name: a word, with `_` or `-`), then the first colon. */
const KEY_VALUE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(.*)$/;
/** A value that opens a YAML list, mapping, block, anchor, alias or tag: not text, whatever follows. */
const STRUCTURE = /^[[{|>&*!]/;
/** A value between a pair of the same quotes. */
const QUOTED = /^(["'])([\s\S]*)\1$/;

/**
 * The fields of plain `key: value` lines (blank lines and `#` comment lines aside), or `undefined` when a
 * line is anything else (indented, a list item, no key), a key comes twice, a value is a YAML structure,
 * or there is no key at all.
 */
export function readKeyValueLines(text: string): KeyValueLines | undefined {
  const values = new Map<string, string>();
  const lines = new Map<string, number>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string;
    if (row.trim() === '' || row.startsWith('#')) continue;
    const m = KEY_VALUE_LINE.exec(row);
    if (!m) return undefined;
    const key = m[1] as string;
    const raw = (m[2] as string).trim();
    if (lines.has(key) || STRUCTURE.test(raw)) return undefined;
    const quoted = QUOTED.exec(raw);
    values.set(key, quoted ? (quoted[2] as string) : raw);
    lines.set(key, i + 1);
  }
  // fromEntries makes each key the object's own field, `__proto__` included (then refused as unknown).
  return values.size > 0 ? { value: Object.fromEntries(values), lines: Object.fromEntries(lines) } : undefined;
}
