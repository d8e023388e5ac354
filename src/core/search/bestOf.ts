/**
 * The `k` first of many items in the order `compare` gives (as `Array.prototype.sort` takes it), without
 * sorting them all: a question's words can match tens of thousands of passages, of which only the first
 * few dozen are ever looked at.
 *
 * ```ts
 * bestOf([5, 1, 4, 2], 2, (a, b) => b - a) // [5, 4]
 * ```
 */
export function bestOf<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    // Binary search for the first place whose item comes after this one.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
