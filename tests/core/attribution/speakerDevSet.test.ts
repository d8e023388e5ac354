import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionContext, speakerOf } from '../../../src/core/attribution/index.js';
import { openDesk } from '../../../src/core/desk.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { splitSentences } from '../../../src/core/text/splitSentences.js';

type Label = null | string | string[] | { unnamed: string };
interface LabelledDocument {
  corpus: 'reuters' | 'seed' | 'news';
  heldout?: boolean | number;
  id: string;
  paragraphs: Record<string, Label[]>;
}
const labels = JSON.parse(readFileSync(new URL('../../fixtures/attribution/speakerLabels.json', import.meta.url), 'utf8')) as { documents: LabelledDocument[] };
const reuters = JSON.parse(readFileSync(new URL('../../fixtures/attribution/reuters-sample.json', import.meta.url), 'utf8')) as {
  stories: { id: string; title: string; paragraphs: string[] }[];
};

const reutersDocs: SourceDocument[] = reuters.stories.map((s) => ({
  source: { id: s.id, title: s.title, kind: 'news report' },
  file: `${s.id}.txt`,
  collection: 'reuters',
  paragraphs: s.paragraphs.map((text, i) => ({ index: i + 1, text })),
}));
const seed = await openDesk();
const news = await openDesk(new URL('../../fixtures/news', import.meta.url).pathname);
const corpora = {
  reuters: { documents: reutersDocs, context: collectionContext(() => reutersDocs) },
  seed: { documents: seed.corpus.documents, context: collectionContext(() => seed.corpus.documents) },
  news: { documents: news.corpus.documents, context: collectionContext(() => news.corpus.documents) },
};

/** Every labelled sentence with the speaker found for it. */
const sentences = labels.documents.flatMap((d) => {
  const { documents, context } = corpora[d.corpus];
  const doc = documents.find((x) => x.source.id === d.id);
  if (!doc) throw new Error(`no document ${d.id}`);
  return Object.entries(d.paragraphs).flatMap(([n, expected]) => {
    const p = doc.paragraphs.find((x) => x.index === Number(n));
    if (!p) throw new Error(`${d.id}: no paragraph ${n}`);
    const ranges = splitSentences(p.text);
    if (ranges.length !== expected.length) throw new Error(`${d.id} ¶${n}: ${ranges.length} sentences, ${expected.length} labels`);
    return ranges.map((r, i) => ({
      where: `${d.id} ¶${n}.${i}`,
      text: p.text.slice(r.start, r.end),
      quoted: /["\u201C\u201D]/.test(p.text.slice(r.start, r.end)),
      opinion: /opinion/.test(doc.source.kind ?? ''),
      heldout: d.heldout ?? 0,
      expected: expected[i] as Label,
      found: speakerOf(doc, p.index, r.start, r.end, context),
    }));
  });
});

const named = sentences.filter((s) => s.quoted && (typeof s.expected === 'string' || Array.isArray(s.expected)));
const narration = sentences.filter((s) => !s.opinion && s.expected === null);
const ownVoice = sentences.filter((s) => s.opinion && !s.quoted && typeof s.expected === 'string');
const right = (s: (typeof sentences)[number]) =>
  s.expected === null ? s.found === undefined : typeof s.expected === 'string' ? s.found === s.expected : Array.isArray(s.expected) ? s.expected.includes(s.found ?? '') : true;
const share = (xs: typeof sentences) => xs.filter(right).length / xs.length;

if (process.env.SPEAKER_FIGURES) {
  const count = (xs: typeof sentences) => `${xs.filter(right).length}/${xs.length}`;
  for (const s of named.filter((x) => !right(x))) console.info(`MISS ${s.where}: ${JSON.stringify(s.expected)} ≠ ${s.found} | ${s.text.slice(0, 100)}`);
  console.info(`dev set: named quotations ${count(named)} right; narration unattributed ${count(narration)}; own voice ${count(ownVoice)}`);
}

describe('speaker dev set (Reuters-21578 sample, the seed corpus, news fixtures)', () => {
  it('labels at least 100 sentences, direct quotations and narration', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(100);
    expect(named.length).toBeGreaterThanOrEqual(40);
    expect(narration.length).toBeGreaterThanOrEqual(60);
  });

  it('names the speaker of at least 95% of direct quotations whose article names the speaker', () => {
    const wrong = named.filter((s) => !right(s)).map((s) => `${s.where}: ${JSON.stringify(s.expected)} ≠ ${s.found}`);
    expect(share(named), wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it("leaves at least 95% of a news report's narration unattributed", () => {
    const wrong = narration.filter((s) => !right(s)).map((s) => `${s.where}: ${s.found}`);
    expect(share(narration), wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it("gives an opinion piece's own text to its author", () => {
    expect(ownVoice.length).toBeGreaterThanOrEqual(40);
    expect(share(ownVoice)).toBeGreaterThanOrEqual(0.95);
  });
});


if (process.env.SPEAKER_FIGURES) {
  const pct = (xs: typeof sentences) => `${xs.filter(right).length}/${xs.length}`;
  console.info(`sentences ${sentences.length}; named quotations ${pct(named)}; news narration unattributed ${pct(narration)}; opinion own voice ${pct(ownVoice)}`);
  for (const batch of [1, 2]) {
    const h = (xs: typeof sentences) => xs.filter((s) => Number(s.heldout) === batch);
    console.info(`stories labelled blind, batch ${batch}: sentences ${h(sentences).length}; named quotations ${pct(h(named))}; narration unattributed ${pct(h(narration))}`);
  }
  for (const s of sentences.filter((x) => !right(x))) console.info(`WRONG ${s.where}: ${JSON.stringify(s.expected)} ≠ ${s.found} | ${s.text.slice(0, 80)}`);
}
