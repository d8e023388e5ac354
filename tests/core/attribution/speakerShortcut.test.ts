import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DocumentAttribution, attributionOf, collectionContext, speakerIn, speakerOf } from '../../../src/core/attribution/index.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { splitSentences } from '../../../src/core/text/splitSentences.js';

/**
 * `speakerOf` answers narration of a news report without attributing the whole document (the sketch of
 * its quotation marks says nobody speaks there). That shortcut must never change a speaker: every
 * sentence, pair of sentences, paragraph and quotation of the labelled sets, the news fixtures and the
 * bundled corpus gets the same speaker as the full attribution gives.
 */
const fixtures = new URL('../../fixtures/', import.meta.url);

async function corpora(): Promise<{ name: string; documents: SourceDocument[] }[]> {
  const out: { name: string; documents: SourceDocument[] }[] = [];
  const attribution = new URL('attribution/', fixtures);
  for (const set of readdirSync(attribution).filter((n) => n.startsWith('blind-set-')).sort()) {
    // A set of documents in other styles alone (blind set 13) has no reuters.json.
    const reutersFile = new URL(`${set}/reuters.json`, attribution);
    const reuters = existsSync(reutersFile) ? (JSON.parse(readFileSync(reutersFile, 'utf8')) as { stories: { id: string; title: string; paragraphs: string[] }[] }) : { stories: [] };
    if (reuters.stories.length > 0) out.push({
      name: `${set} (Reuters)`,
      documents: reuters.stories.map((s) => ({
        source: { id: s.id, title: s.title, kind: 'news report' },
        file: `${s.id}.txt`,
        collection: 'reuters',
        paragraphs: s.paragraphs.map((text, i) => ({ index: i + 1, text })),
      })),
    });
    const documents = new URL(`${set}/documents`, attribution).pathname;
    if (existsSync(documents)) out.push({ name: `${set} (documents)`, documents: (await loadCorpus(documents)).documents });
  }
  out.push({ name: 'news fixtures', documents: (await loadCorpus(new URL('news', fixtures).pathname)).documents });
  out.push({ name: 'bundled corpus', documents: (await loadCorpus(new URL('../../../corpus', import.meta.url).pathname)).documents });
  return out;
}

/**
 * Every stretch a quote or an answer can cover: sentences, two sentences, the paragraph, each quotation.
 * The quotations come from the document's attribution, read once per document by the caller: reading it
 * again for every paragraph made one set's sweep take longer than the test timeout on a slow machine.
 */
function stretches(doc: SourceDocument, at: number, full: DocumentAttribution): { start: number; end: number }[] {
  const p = doc.paragraphs[at] as SourceDocument['paragraphs'][number];
  const sentences = splitSentences(p.text);
  const pairs = sentences.slice(1).map((s, i) => ({ start: (sentences[i] as { start: number }).start, end: s.end }));
  const quotes = (full.quotations[at] ?? []).map((q) => ({ start: q.start, end: q.end }));
  return [...sentences, ...pairs, { start: 0, end: p.text.length }, ...quotes];
}

describe('the narration shortcut of speakerOf', async () => {
  const sets = await corpora();
  it.each(sets)('gives every stretch of $name the speaker the full attribution gives', ({ documents }) => {
    const context = collectionContext(() => documents);
    const differences: string[] = [];
    let spoken = 0;
    let checked = 0;
    for (const doc of documents) {
      const full = attributionOf(doc, context);
      doc.paragraphs.forEach((p, at) => {
        for (const { start, end } of stretches(doc, at, full)) {
          const expected = speakerIn(doc, at, start, end, full);
          const found = speakerOf(doc, p.index, start, end, context);
          checked++;
          if (expected) spoken++;
          if (found !== expected) differences.push(`${doc.source.id} ¶${p.index} ${start}–${end}: ${found} ≠ ${expected}`);
        }
      });
    }
    expect(differences).toEqual([]);
    expect(checked).toBeGreaterThan(20);
    if (documents.length > 10) expect(spoken).toBeGreaterThan(10);
  });
});
