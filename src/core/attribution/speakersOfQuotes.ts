import type { Quote, QuoteMatch, SourceDocument } from '../model.js';
import type { PassageIndex } from '../search/passageIndex.js';
import { collectionContext, speakerOf, type AttributionContext } from './index.js';

/** Per index: its state when the contexts were made, and one context per collection. */
const contexts = new WeakMap<PassageIndex, { version: string; byCollection: Map<string, AttributionContext> }>();

/**
 * The attribution context of a document's collection in an index (remade when the index changes: a live
 * reload adds or removes documents in place).
 */
export function contextFor(index: PassageIndex, doc: SourceDocument): AttributionContext {
  const version = `${index.nextPassageId}:${index.size}`;
  let entry = contexts.get(index);
  if (!entry || entry.version !== version) {
    entry = { version, byCollection: new Map() };
    contexts.set(index, entry);
  }
  let context = entry.byCollection.get(doc.collection);
  if (!context) {
    const collection = doc.collection;
    context = collectionContext(function* () {
      for (const passages of index.passagesOfDocument.values()) {
        const d = passages[0]?.doc;
        if (d && d.collection === collection) yield d;
      }
    });
    entry.byCollection.set(doc.collection, context);
  }
  return context;
}

/** The document a quote comes from, in an index. */
function documentOf(index: PassageIndex, quote: Quote): SourceDocument | undefined {
  return index.passagesOfDocument.get(quote.source.id)?.[0]?.doc;
}

/**
 * Adds `speaker` to quotes whose source attributes their words (left out otherwise). An edited match is
 * its fragments' speaker when they all have the same one.
 *
 * ```ts
 * withSpeakers(index, answer.results)[0].speaker // 'Jana Novak'
 * ```
 */
export function withSpeakers<Q extends Quote & Pick<QuoteMatch, 'fragments'>>(index: PassageIndex, quotes: Q[]): Q[] {
  return quotes.map((q) => {
    const { speaker: _old, ...rest } = q;
    const doc = documentOf(index, q);
    if (!doc) return rest as Q;
    const context = contextFor(index, doc);
    const ranges = q.fragments && q.fragments.length > 0 ? q.fragments.map((f) => f.place) : [q.place];
    const speakers = new Set(ranges.map((r) => speakerOf(doc, r.paragraph, r.start, r.end, context)));
    const speaker = speakers.size === 1 ? [...speakers][0] : undefined;
    return (speaker ? { ...rest, speaker } : rest) as Q;
  });
}
