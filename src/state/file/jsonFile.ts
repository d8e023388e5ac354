import { existsSync, readFileSync } from 'node:fs';
import { writeAtomically } from '../../core/files/writeAtomically.js';

/** A state file cannot be read: start-up stops, and the file is left as it is for a person to look at. */
export class StateError extends Error {}

/**
 * One JSON state file in `DATA_DIR`, held in memory and written atomically on every change (temporary
 * file, fsync, rename): a crash mid-write leaves the old file or the new one, never a torn one. A change
 * is applied to a copy and takes effect in memory only once it is on disk.
 */
export class JsonFile<T> {
  private value: T;

  /**
   * @param read turns the parsed JSON into the state (upgrading older versions), or throws StateError.
   * @throws StateError for an unreadable or corrupt file, which is never overwritten.
   */
  constructor(
    readonly path: string,
    empty: () => T,
    read: (parsed: unknown, path: string) => T,
  ) {
    if (!existsSync(path)) {
      this.value = empty();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new StateError(`${path} is unreadable or corrupt (${(error as Error).message}); it was left untouched: repair it, or move it away to start without it`);
    }
    this.value = read(parsed, path);
  }

  get current(): T {
    return this.value;
  }

  update<R>(change: (state: T) => R): R {
    const next = structuredClone(this.value);
    const result = change(next);
    writeAtomically(this.path, `${JSON.stringify(next, null, 2)}\n`);
    this.value = next;
    return result;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
