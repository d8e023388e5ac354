import type { Quote, QuoteFragment, QuoteMatch, SourceDocument } from '../model.js';
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
 * its fragments' speaker when they all have the same one; each fragment carries its own speaker too, so
 * that pieces of two people's words stitched into one quotation show who said which.
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
    const speakerAt = (r: Quote['place']) => speakerOf(doc, r.paragraph, r.start, r.end, context);
    if (q.fragments && q.fragments.length > 0) {
      const fragments: QuoteFragment[] = q.fragments.map(({ speaker: _was, ...f }) => {
        const speaker = speakerAt(f.place);
        return speaker ? { ...f, speaker } : f;
      });
      const speakers = new Set(fragments.map((f) => f.speaker));
      const speaker = speakers.size === 1 ? [...speakers][0] : undefined;
      return (speaker ? { ...rest, fragments, speaker } : { ...rest, fragments }) as Q;
    }
    const speaker = speakerAt(q.place);
    return (speaker ? { ...rest, speaker } : rest) as Q;
  });
}
