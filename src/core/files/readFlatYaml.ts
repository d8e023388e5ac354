/**
 * A document's front matter is nearly always a few `key: value` lines of plain text. Reading those with
 * the `yaml` package costs a third of the time it takes to load a wire archive of 17,000 small files
 * (its parser builds a full document tree per file), so they are read here directly, and anything
 * beyond that subset goes to the package. The subset is chosen so that the result is exactly the
 * package's: `tests/core/readFlatYaml.test.ts` compares both on every front matter of the fixtures and
 * on made-up edge cases.
 *
 * ```ts
 * readFlatYaml('title: "Port tender reopened"\npublished: 2025-03-02\n')
 * // { value: { title: 'Port tender reopened', published: '2025-03-02' }, lines: { title: 1, published: 2 } }
 * readFlatYaml('tags: [a, b]\n') // undefined: not flat, read it with the yaml package
 * ```
 */

/** A flat mapping read, and the 1-based line of each key. */
export interface FlatYaml {
  value: Record<string, string>;
  lines: Record<string, number>;
}

/** A key as editors write them: a word, with `_` or `-`. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*?) *$/;
/** A double-quoted value with no escapes but `\"` and `\\`. */
const DOUBLE_QUOTED = /^"((?:[^"\\]|\\["\\])*)"$/;
/** A single-quoted value (`''` is a quote). */
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
/**
 * A plain value that is text in YAML 1.2: it opens with a letter or digit ("2019-05-03"; so with no
 * indicator of a quote, alias, tag, block or flow collection) and holds no `:` (a mapping inside), `#`
 * (a comment) or control character.
 */
const PLAIN_TEXT = /^[\p{L}\p{N}][^:#\p{Cc}]*$/u;
/** Plain values YAML 1.2's core schema reads as something else than text: null, booleans, numbers. */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** The mapping, or undefined when the text is not a non-empty flat mapping of text values (then use the package). */
export function readFlatYaml(text: string): FlatYaml | undefined {
  const value: Record<string, string> = {};
  const lines: Record<string, number> = {};
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] as string).replace(/\r$/, '');
    if (row.trim() === '') continue;
    const m = KEY_LINE.exec(row);
    if (!m) return undefined;
    const key = m[1] as string;
    const raw = m[2] as string;
    if (key === '__proto__' || Object.hasOwn(value, key)) return undefined;
    let read: string | undefined;
    const double = DOUBLE_QUOTED.exec(raw);
    const single = double ? undefined : SINGLE_QUOTED.exec(raw);
    if (double) read = (double[1] as string).replace(/\\(["\\])/g, '$1');
    else if (single) read = (single[1] as string).replace(/''/g, "'");
    else if (PLAIN_TEXT.test(raw) && !NOT_TEXT.test(raw) && !/\s$/.test(raw)) read = raw;
    if (read === undefined) return undefined;
    value[key] = read;
    lines[key] = i + 1;
  }
  // No key at all (an empty or all-comment text): YAML reads that as null, not as an empty mapping.
  return Object.keys(value).length > 0 ? { value, lines } : undefined;
}
