import { existsSync, readFileSync } from 'node:fs';
import { Desk } from '../../src/core/desk.js';
import type { SourceDocument } from '../../src/core/model.js';
import { buildPassageIndex } from '../../src/core/search/passageIndex.js';

/** The Reuters-21578 stories, when the shared folder is beside the checkout (it is not in every CI clone). */
const REUTERS = new URL('../../../shared/corpora/reuters-21578.jsonl', import.meta.url);

/** A large corpus and questions to ask it: Reuters stories when at hand, else a generated wire archive. */
export interface BigCorpus {
  desk: Desk;
  /** Natural questions and headlines. */
  questions: string[];
  source: 'reuters' | 'generated';
}

function documentOf(id: string, title: string, paragraphs: string[], collection: string): SourceDocument {
  return {
    source: { id, title, outlet: 'Reuters', kind: 'news report' },
    file: `${collection}/${id}.txt`,
    collection,
    paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })),
  };
}

/** Small deterministic random numbers (mulberry32), so that a generated corpus (or test input) is the same on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated wire archive: words drawn with Zipf's law (a few very common, many rare), names, numbers
 * and dates, paragraphs of one to four sentences, some stories filed twice, as a wire archive has them.
 */
function generated(minPassages: number): { documents: SourceDocument[]; questions: string[] } {
  const next = random(20_250_601);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const syllables = ['ka', 'lo', 'mer', 'tan', 'vi', 'sor', 'el', 'du', 'ran', 'po', 'ist', 'qua', 'ben', 'fro', 'gal', 'hu', 'zet', 'mo', 'ric', 'sa'];
  const word = (n: number) => Array.from({ length: n }, () => pick(syllables)).join('');
  const vocabulary = [...new Set(Array.from({ length: 20_000 }, () => word(2 + Math.floor(next() * 3))))];
  // As in English text, the most frequent words are function words (search drops them).
  const functionWords = ['the', 'of', 'to', 'a', 'in', 'and', 'said', 'for', 'on', 'that', 'is', 'was', 'it', 'with', 'by', 'as', 'at', 'from', 'be', 'has', 'its', 'an', 'will', 'would', 'which', 'were', 'this', 'but', 'not', 'or'];
  const everyday = ['company', 'prices', 'rise', 'fell', 'market', 'shares', 'government', 'meeting', 'talks', 'trade', 'bank', 'rates', 'oil'];
  // Everyday words are common, not the most common: a question holds one or two of them.
  const words = [...functionWords, ...vocabulary.slice(0, 60), ...everyday, ...vocabulary.slice(60)];
  // Zipf: the word of rank r is drawn with weight 1 / r.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) {
    total += 1 / r;
    cumulative.push(total);
  }
  const zipf = () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
  const names = Array.from({ length: 400 }, () => {
    const w = word(3);
    return w[0]!.toUpperCase() + w.slice(1);
  });
  const months = ['January', 'February', 'March', 'April', 'May', 'June'];
  const sentence = () => {
    const n = 6 + Math.floor(next() * 16);
    const parts: string[] = [pick(names)];
    for (let i = 0; i < n; i++) {
      const x = next();
      parts.push(x < 0.06 ? pick(names) : x < 0.09 ? String(Math.floor(next() * 900) + 2) : x < 0.1 ? `${pick(months)} ${1 + Math.floor(next() * 28)}` : zipf());
    }
    return `${parts.join(' ')}.`;
  };
  const documents: SourceDocument[] = [];
  let passages = 0;
  for (let d = 0; passages < minPassages; d++) {
    const copy = d % 40 === 39 ? documents[Math.floor(next() * documents.length)] : undefined;
    const paragraphs = copy ? copy.paragraphs.map((p) => p.text) : Array.from({ length: 3 + Math.floor(next() * 6) }, () => Array.from({ length: 1 + Math.floor(next() * 2) }, sentence).join(' '));
    const title = copy?.source.title ?? Array.from({ length: 5 }, zipf).join(' ').toUpperCase();
    documents.push(documentOf(`story-${d}`, title, paragraphs, d % 2 === 0 ? 'wire' : 'desk'));
    passages += paragraphs.length;
  }
  const questions: string[] = [];
  for (let i = 0; questions.length < 220; i++) {
    const doc = documents[(i * 37) % documents.length] as SourceDocument;
    questions.push(doc.source.title as string);
    const text = (doc.paragraphs[i % doc.paragraphs.length] as { text: string }).text.split(' ');
    const w = (k: number) => (text[(k * 7 + i) % text.length] as string).replace(/\.$/, '');
    questions.push([`what did ${w(1)} say about the ${w(2)} ${w(3)}`, `how many ${w(2)} did ${w(1)} sell`, `when will the ${w(3)} meeting resume`, `why did ${w(2)} prices rise`, `who is ${w(1)}`][i % 5] as string);
  }
  return { documents, questions };
}

/** Reuters stories (the first ones giving `minPassages` paragraphs), half in collection 'wire', half in 'desk'. */
function reuters(minPassages: number): { documents: SourceDocument[]; questions: string[] } {
  const documents: SourceDocument[] = [];
  let passages = 0;
  for (const line of readFileSync(REUTERS, 'utf8').split('\n')) {
    if (!line.trim() || passages >= minPassages) continue;
    const story = JSON.parse(line) as { id: string; title: string; paragraphs: string[] };
    documents.push(documentOf(story.id, story.title, story.paragraphs, documents.length % 2 === 0 ? 'wire' : 'desk'));
    passages += story.paragraphs.length;
  }
  const natural = [
    'what did the Bundesbank say about interest rates', "how much did Japan's trade surplus rise", 'why did oil prices fall',
    'who is the chairman of the Federal Reserve', 'what did OPEC decide about production quotas', 'when will the coffee agreement talks resume',
    'how many tonnes of sugar did India import', 'what happened to the dollar against the yen', 'which company bought the shares',
    'what did the company say about the merger', 'how long will the strike last', 'when did the bank cut its prime rate',
    'what did analysts say about earnings', 'did the government approve the takeover', 'how much wheat did the Soviet Union buy',
    'who won the world cup', 'what is the weather in Prague tomorrow', 'did Macron attend the summit',
  ];
  const step = Math.max(1, Math.floor(documents.length / 100));
  const headlines = documents.filter((_, i) => i % step === 0).map((d) => d.source.title as string).slice(0, 100);
  const fromStories = documents.filter((_, i) => i % step === 3).slice(0, 90).map((d, i) => {
    const words = (d.source.title as string).toLowerCase().match(/[a-z]{4,}/g) ?? ['market'];
    return [`what did ${words[0]} say about ${words[1] ?? 'prices'}`, `how much did ${words.slice(0, 2).join(' ')} rise`, `when did ${words.slice(0, 3).join(' ')}`][i % 3] as string;
  });
  return { documents, questions: [...natural, ...headlines, ...fromStories] };
}

/** Whether the Reuters stories are at hand. */
export const hasReuters = existsSync(REUTERS);

/** A corpus of at least `minPassages` passages as a desk, and 200+ questions for it: Reuters stories, or a generated archive. */
export function bigCorpus(minPassages: number, kind: 'reuters' | 'generated'): BigCorpus {
  const real = kind === 'reuters';
  const { documents, questions } = real ? reuters(minPassages) : generated(minPassages);
  const index = buildPassageIndex(documents);
  const desk = new Desk({ dir: '', documents, problems: [] }, index, [], []);
  return { desk, questions, source: real ? 'reuters' : 'generated' };
}
