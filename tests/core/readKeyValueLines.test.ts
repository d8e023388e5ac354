import { describe, expect, it } from 'vitest';
import { readKeyValueLines } from '../../src/core/corpus/readKeyValueLines.js';

describe('readKeyValueLines', () => {
  it('splits each line at its first colon, trims, and removes the quotes around a value', () => {
    expect(readKeyValueLines('# the desk\u2019s note\ntitle: Inquest: the stadium crush\n\nauthor: "Jana Novak"\noutlet:\'Daily: Post\'\nkind:\n')).toEqual({
      value: { title: 'Inquest: the stadium crush', author: 'Jana Novak', outlet: 'Daily: Post', kind: '' },
      lines: { title: 2, author: 4, outlet: 5, kind: 6 },
    });
  });

  it('reads nothing when a line is not `key: value`, a key comes twice, or a value is a YAML structure', () => {
    expect(readKeyValueLines('title: A: b\ntags:\n  - fire\n')).toBeUndefined();
    expect(readKeyValueLines('title: A: b\n- fire\n')).toBeUndefined();
    expect(readKeyValueLines('Breaking news: the port\n')).toBeUndefined();
    expect(readKeyValueLines('title: A: b\ntitle: C\n')).toBeUndefined();
    expect(readKeyValueLines('title: A: b\nauthor: [Jana, Petr]\n')).toBeUndefined();
    expect(readKeyValueLines('# only a comment\n\n')).toBeUndefined();
  });

  it('keeps a key named like an object\u2019s prototype as a field of its own, for the caller to refuse', () => {
    const read = readKeyValueLines('__proto__: x: y\n');
    expect(Object.keys(read?.value ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read?.value)).toBe(Object.prototype);
  });
});
