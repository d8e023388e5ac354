import type { SourceDocument } from '../model.js';
import type { PassageIndex } from '../search/passageIndex.js';
import { readSpeakersAhead } from './index.js';
import { contextFor } from './speakersOfQuotes.js';

/** Longest stretch of reading before other work (a Slack request, an answer) gets its turn. */
const SLICE_MS = 5;

/**
 * Reads who speaks in every document of an index that can have a voice, a few milliseconds at a time
 * between other work. An answer gives each quote its speaker, and the first answer quoting a story
 * otherwise reads the whole story then (~0.5 ms a story; tens of milliseconds for one answer on a wire
 * archive, the bulk of its slowest answers). The app starts this once the corpus is loaded and after a
 * reload; answers given meanwhile are the same, only slower. Resolves with the documents read.
 *
 * ```ts
 * const read = await readSpeakersInBackground(desk.index, desk.corpus.documents, { signal })
 * ```
 */
export async function readSpeakersInBackground(index: PassageIndex, documents: readonly SourceDocument[], options: { signal?: AbortSignal } = {}): Promise<number> {
  let read = 0;
  let next = 0;
  while (next < documents.length && !options.signal?.aborted) {
    const start = performance.now();
    while (next < documents.length && performance.now() - start < SLICE_MS) {
      const doc = documents[next++] as SourceDocument;
      if (readSpeakersAhead(doc, contextFor(index, doc))) read++;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return read;
}
