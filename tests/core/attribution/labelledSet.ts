/**
 * Scores the speaker rules on a labelled set (a folder holding labels.json, reuters.json and documents/):
 * each labelled sentence's expected speaker against `speakerOf` for that sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { collectionContext, speakerOf } from '../../../src/core/attribution/index.js';
import { ISSUER_VOICE, OWN_VOICE } from '../../../src/core/attribution/ownVoice.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { splitSentences } from '../../../src/core/text/splitSentences.js';
import { withoutNickname } from '../../../src/core/attribution/letterClosings.js';

/** null: nobody; a name or names: that speaker; unnamed: a quotation whose article names nobody; either: nobody or one of these. */
export type Label = null | string | string[] | { unnamed: string } | { either: (string | null)[] };

interface LabelledDocument {
  corpus: 'reuters' | 'documents';
  id: string;
  paragraphs: Record<string, Label[]>;
}

export interface LabelledSentence {
  corpus: LabelledDocument['corpus'];
  where: string;
  text: string;
  expected: Label;
  found: string | undefined;
  /** Which figure the sentence counts in. */
  category: 'named' | 'narration' | 'own voice' | 'unnamed' | 'either';
}

export interface SetScore {
  sentences: LabelledSentence[];
  /** Direct quotations (and interview answers) whose article names the speaker: right, wrong speaker, none. */
  named: { total: number; right: number; wrong: number };
  /** A news report's own sentences: left without a speaker. */
  narration: { total: number; right: number };
  /** An opinion piece's or press release's own text: its author's or issuer's. */
  ownVoice: { total: number; right: number };
  /** Quotations of people the article does not name: how many were given a speaker anyway. */
  unnamed: { total: number; given: number };
}

const names = (label: Label): string[] => (typeof label === 'string' ? [label] : Array.isArray(label) ? label : []);

export function isRight(s: Pick<LabelledSentence, 'expected' | 'found'>): boolean {
  const { expected, found } = s;
  if (expected === null) return found === undefined;
  if (typeof expected === 'object' && 'unnamed' in expected) return true;
  if (typeof expected === 'object' && 'either' in expected) return expected.either.some((name) => (name === null ? found === undefined : found !== undefined && sameName(name, found))) || namesJointly(expected.either.filter((name) => name !== null), found);
  return found !== undefined && (names(expected).some((name) => sameName(name, found)) || namesJointly(names(expected), found));
}

/** How a joint byline joins its names: "Fiona Gallacher, Rajesh Menon", "Margaret Oduya and Callum Reith", "A, B and C". */
const JOINT_NAMES = /,\s+(?:and\s+)?|\s+(?:and|&)\s+/u;

/**
 * Whether a found speaker is a joint byline of names a label lists as each right (round 39): an editorial two people sign,
 * labelled ["Fiona Gallacher", "Rajesh Menon"] (either is right, COMMON.md's "joint statement by two people"), found as
 * the byline prints them both, "Fiona Gallacher, Rajesh Menon". Two names or more, each one the label lists.
 */
function namesJointly(labelled: string[], found: string | undefined): boolean {
  if (found === undefined || labelled.length < 2) return false;
  const parts = found.split(JOINT_NAMES);
  return parts.length >= 2 && parts.every((part) => labelled.some((name) => sameName(name, part)));
}

/**
 * Whether a found speaker is a label's name: as labelled, or cased from a label in capitals (round 20). A
 * record's label "Ms HALLORAN" read as "Ms Halloran" names the same member; a labeller who listed the
 * capitals alone did not mean to rule the cased form out. A leading article's case does not count either: "the Revd
 * Canon Helen Marsh", as a sermon's line prints her, is "The Revd Canon Helen Marsh" its front matter gives (round 31).
 * Any other difference of case still counts.
 */
function sameName(label: string, found: string): boolean {
  const article = (name: string) => name.replace(/^the\s/u, 'The ');
  return (
    article(label) === article(found) ||
    // (A label's nickname inside a name, 'John "Bud" Frazier' for John Frazier, round 59: earlier labellers kept it, later
    // ones leave it out, and the rules read it off as a signature's is, `withoutNickname`.)
    withoutNickname(label) === found ||
    (/\p{Lu}{2}/u.test(label) && label.toLowerCase() === found.toLowerCase() && !/\p{Lu}{2}/u.test(found)) ||
    titledSurname(found) === label ||
    titledSurname(label) === found
  );
}

/**
 * A courtesy title or rank before a surname printed alone, which COMMON.md's labels leave off ("Ashworth") and the rules
 * keep where the document prints no given name ("Senator Ashworth", "CHAIR (Senator Ashworth):"). Round 59: earlier
 * labellers kept it ("Senator Whitcomb"), later ones drop it, and a reader takes either for the same member; only a
 * title and one word count, so "Against Dennis" or "Officer B" for "B" are still wrong.
 */
const TITLED_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Senator|Sen|Rep|Representative|Cr|Councillor|Clr|Judge|Justice|Hon|Madam|Canon|Rev|Revd|Sgt|Sergeant)\.?\s(\S+)$/u;
const titledSurname = (name: string): string | undefined => TITLED_SURNAME.exec(name)?.[1];

export async function scoreLabelledSet(folder: URL): Promise<SetScore> {
  return scoreSentences(await labelledSentences(folder));
}

/** The figures over some of a set's sentences. */
export function scoreSentences(sentences: LabelledSentence[]): SetScore {
  const of = (c: LabelledSentence['category']) => sentences.filter((s) => s.category === c);
  const named = of('named');
  return {
    sentences,
    named: { total: named.length, right: named.filter(isRight).length, wrong: named.filter((s) => s.found !== undefined && !isRight(s)).length },
    narration: { total: of('narration').length, right: of('narration').filter(isRight).length },
    ownVoice: { total: of('own voice').length, right: of('own voice').filter(isRight).length },
    unnamed: { total: of('unnamed').length, given: of('unnamed').filter((s) => s.found !== undefined).length },
  };
}

/** Every labelled sentence of a set with the speaker the rules find for it. */
export async function labelledSentences(folder: URL): Promise<LabelledSentence[]> {
  const labels = JSON.parse(readFileSync(new URL('labels.json', folder), 'utf8')) as { documents: LabelledDocument[] };
  // A set of documents in other styles alone has no reuters.json.
  const reutersFile = new URL('reuters.json', folder);
  const reuters = (existsSync(reutersFile) ? JSON.parse(readFileSync(reutersFile, 'utf8')) : { stories: [] }) as { stories: { id: string; title: string; paragraphs: string[] }[] };
  const reutersDocs: SourceDocument[] = reuters.stories.map((s) => ({
    source: { id: s.id, title: s.title, kind: 'news report' },
    file: `${s.id}.txt`,
    collection: 'reuters',
    paragraphs: s.paragraphs.map((text, i) => ({ index: i + 1, text })),
  }));
  // A set of Reuters stories alone has no documents/ folder.
  const documentsFolder = new URL('documents', folder).pathname;
  const documents = existsSync(documentsFolder) ? (await loadCorpus(documentsFolder)).documents : [];
  const corpora = {
    reuters: { documents: reutersDocs, context: collectionContext(() => reutersDocs) },
    documents: { documents, context: collectionContext(() => documents) },
  };
  const sentences = labels.documents.flatMap((d): LabelledSentence[] => {
    const { documents: docs, context } = corpora[d.corpus];
    const doc = docs.find((x) => x.source.id === d.id);
    if (!doc) throw new Error(`no document ${d.id}`);
    const kind = doc.source.kind ?? '';
    const ownVoice = OWN_VOICE.test(kind) ? (doc.source.author ?? (ISSUER_VOICE.test(kind) ? doc.source.outlet : undefined)) : undefined;
    return Object.entries(d.paragraphs).flatMap(([n, expected]) => {
      const p = doc.paragraphs.find((x) => x.index === Number(n));
      if (!p) throw new Error(`${d.id}: no paragraph ${n}`);
      const ranges = splitSentences(p.text);
      if (ranges.length !== expected.length) throw new Error(`${d.id} ¶${n}: ${ranges.length} sentences, ${expected.length} labels`);
      return ranges.map((r, i) => {
        // (A sentence with no word, a list's "1." cut off by the splitter, quotes no one: labellers gave it to the
        // speaker around it or to nobody, and either is right, round 22.)
        const given = expected[i] as Label;
        // (Nor does a sentence that is only its speaker's label as the record prints it, "Mr. KOWALCZYK." or "The
        // Chairman." cut off from the words after it: labellers of US hearings gave it to nobody (115) or to the
        // speaker (125, 129), and either is right, round 23.)
        const text = p.text.slice(r.start, r.end);
        const wordless = !/\p{L}/u.test(text);
        const named = given !== null && (typeof given === 'string' || Array.isArray(given));
        const labelOnly = named && names(given).includes(text.trim().replace(/\s*[.:]$/, ''));
        const label: Label = named && (wordless || labelOnly) ? { either: [null, ...names(given)] } : given;
        const category: LabelledSentence['category'] =
          label === null ? (ownVoice ? 'own voice' : 'narration')
          : typeof label === 'object' && 'unnamed' in label ? 'unnamed'
          : typeof label === 'object' && 'either' in label ? 'either'
          : ownVoice && names(label).some((name) => sameName(name, ownVoice)) ? 'own voice'
          : 'named';
        return { corpus: d.corpus, where: `${d.id} ¶${n}.${i}`, text: p.text.slice(r.start, r.end), expected: label, found: speakerOf(doc, p.index, r.start, r.end, context), category };
      });
    });
  });
  return sentences;
}

/** One line of figures and the sentences the rules got wrong, for a report. */
export function describeScore(name: string, score: SetScore): string {
  const line = (label: string, { sentences, named, narration, ownVoice, unnamed }: SetScore) =>
    `${label}: ${sentences.length} sentences; named quotations ${named.right}/${named.total} right, ${named.wrong} wrong speaker; narration unattributed ${narration.right}/${narration.total}; own voice ${ownVoice.right}/${ownVoice.total}; unnamed given a speaker ${unnamed.given}/${unnamed.total}`;
  const lines = [line(name, score)];
  for (const corpus of ['reuters', 'documents'] as const) lines.push(line(`  ${corpus}`, scoreSentences(score.sentences.filter((s) => s.corpus === corpus))));
  for (const s of score.sentences) {
    if (s.category === 'unnamed' ? s.found !== undefined : !isRight(s)) lines.push(`  ${s.category === 'unnamed' ? 'UNNAMED' : 'WRONG'} ${s.where}: ${JSON.stringify(s.expected)} ≠ ${s.found} | ${s.text.slice(0, 90)}`);
  }
  return lines.join('\n');
}
