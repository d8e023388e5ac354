import { describe, expect, it } from 'vitest';
import { bestOf } from '../../src/core/search/bestOf.js';

describe('bestOf', () => {
  it('gives the k first in sort order, as sorting everything would', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, score: (i * 7919) % 101 }));
    const compare = (a: { id: number; score: number }, b: { id: number; score: number }) => b.score - a.score || a.id - b.id;
    expect(bestOf(items, 40, compare)).toEqual([...items].sort(compare).slice(0, 40));
    expect(bestOf(items.slice(0, 3), 40, compare)).toEqual(items.slice(0, 3).sort(compare));
    expect(bestOf(items, 0, compare)).toEqual([]);
  });
});
