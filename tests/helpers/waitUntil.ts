/**
 * Waits until `condition` holds (polling every few milliseconds), instead of sleeping a fixed time;
 * fails with `what` after `timeoutMs`.
 */
export async function waitUntil(condition: () => boolean, { timeoutMs = 5000, what = 'the condition' }: { timeoutMs?: number; what?: string } = {}): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
