/** Made-up documents for the speaker rules' unit tests, and the speaker of some words in them. */
import { type AttributionContext, speakerOf } from '../../../src/core/attribution/index.js';
import { parseDocument } from '../../../src/core/corpus/parseDocument.js';
import type { SourceDocument } from '../../../src/core/model.js';

/** A document with these paragraphs: a news report unless `source` says otherwise. */
export function madeUpDocument(paragraphs: string[], source: Partial<SourceDocument['source']> = {}): SourceDocument {
  return { source: { id: 'a', title: 'T', kind: 'news report', ...source }, file: 'a.md', collection: '', paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })) };
}

/** The speaker of the words `words` in paragraph `n` (1-based); throws when the words are not there. */
export function speakerOfWords(d: SourceDocument, n: number, words: string, context?: AttributionContext): string | undefined {
  const text = d.paragraphs[n - 1]?.text ?? '';
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in paragraph ${n}: ${words}`);
  return speakerOf(d, n, start, start + words.length, context);
}

/** Marks paragraphs (0-based positions) as printed in bold, as an interview prints its questions. */
export function inBold(d: SourceDocument, positions: number[]): void {
  for (const at of positions) (d.paragraphs[at] as { strong?: boolean }).strong = true;
}

/** A document read from Markdown with YAML front matter, as the corpus loader reads a `.md` file (a news report unless its `kind` says otherwise). */
export function markdownDocument(text: string): SourceDocument {
  const parsed = parseDocument(text, { markdown: true });
  return { source: { id: 'a', title: 'T', kind: 'news report', ...parsed.source }, file: 'a.md', collection: '', paragraphs: parsed.paragraphs };
}
