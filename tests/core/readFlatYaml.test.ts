import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { readFlatYaml } from '../../src/core/files/readFlatYaml.js';
import { readYaml } from '../../src/core/files/readYaml.js';

/**
 * Front matter read without the yaml package must read exactly as the package reads it: the same value
 * and the same line for every key, or not at all (then the package reads it).
 */
function byPackage(text: string): { value: unknown; lines: Record<string, number | undefined> } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const value = doc.errors.length > 0 ? 'error' : doc.toJS();
  const lines: Record<string, number | undefined> = {};
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
      lines[key] = node?.range ? counter.linePos(node.range[0]).line : undefined;
    }
  }
  return { value, lines };
}

function frontMatters(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...frontMatters(path));
    else if (/\.(md|txt|markdown)$/.test(name)) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
      if (m) out.push(`${m[1]}\n`);
    }
  }
  return out;
}

const MADE_UP = [
  'title: Port tender reopened\noutlet: Example News\n',
  'title: "Port tender reopened"\npublished: 2025-03-02\n',
  "title: 'It''s back'\nauthor: Jana Novak\n",
  'title: "She said \\"no\\" and \\\\ left"\n',
  'title: "A \\n newline escape"\n',
  'title: true\n', 'title: True\n', 'title: null\n', 'title: Null value here\n', 'title: yes\n', 'title: no\n', 'title: on\n',
  'title: 1987\n', 'title: 1e5\n', 'title: .inf\n', 'title: 0x1F\n', 'title: -dash first\n',
  'title: Re: the plan\n', 'title: Plan # with a comment\n', 'title: Plan #1\n', 'title: a [b] c\n', 'title: a {b}\n',
  'title: Ends with colon:\n', 'title: x\ntitle: y\n', '__proto__: x\n', 'title: 5G & security\n', 'title: Temüjin’s court\n',
  'title: x\r\nauthor: y\r\n', 'title:   spaced   \n', 'title:\tTabbed\n', 'title: trailing tab\t\n', '# only a comment\n', '', '\n\n',
  'title: x\n  continued\n', 'title: a\n\nauthor: b\n', 'kind: opinion\nurl: https://example.com/a\n', 'title: "unterminated\n',
  'title: It\'s a "plan", [draft] {v2} | 50% & more @ 3*4 ! ok > `x` \\ y\n', 'title: 2.5% of GDP\n', 'published: 2019-05-03\n', 'published: 3 May 2019\n', 'title: 10 Downing Street\n', 'title: 5G\n',
  'title: *alias\n', 'title: &anchor value\n', 'title: !tag value\n', 'title: |\n  block\n', 'tags: [a, b]\n', 'title: x # comment\n',
];

describe('readFlatYaml', () => {
  const texts = [...frontMatters(new URL('../../corpus', import.meta.url).pathname), ...frontMatters(new URL('../fixtures', import.meta.url).pathname), ...MADE_UP];

  it('reads every text it takes exactly as the yaml package does', () => {
    let taken = 0;
    for (const text of texts) {
      const flat = readFlatYaml(text);
      if (!flat) continue;
      taken++;
      const expected = byPackage(text);
      expect(flat.value, text).toEqual(expected.value);
      expect(flat.lines, text).toEqual(expected.lines);
    }
    expect(taken).toBeGreaterThan(20);
  });

  it('leaves to the package what is not plain text on key lines', () => {
    for (const text of ['title: true\n', 'title: 1987\n', 'title: Re: the plan\n', 'title: x\ntitle: y\n', 'tags: [a, b]\n', '', 'title: x\n  continued\n', 'title: "A \\n newline escape"\n']) {
      expect(readFlatYaml(text), text).toBeUndefined();
    }
  });

  it('gives readYaml the same value and lines either way', () => {
    const parsed = readYaml('title: "Port tender reopened"\noutlet: Example News\n');
    expect(parsed.ok && parsed.value).toEqual({ title: 'Port tender reopened', outlet: 'Example News' });
    expect(parsed.ok && parsed.lineOf(['outlet'])).toBe(2);
  });
});
