import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadProblem, Quote } from '../model.js';
import { decodeUtf8 } from '../corpus/decodeText.js';
import { readYaml } from '../files/readYaml.js';
import { checkQuoteInDocument } from '../quotes/checkQuote.js';
import type { PassageIndex } from '../search/passageIndex.js';

/** The desk's comparison file inside a corpus folder. */
export const POSITIONS_FILE = 'positions.yml';

/** One side of a comparison: who speaks, and in what genre, so readers can weigh it. */
export interface Side {
  id: string;
  label: string;
  kind?: string;
}

/** What one side says on one topic: the desk's summary (never a quote) and its verified quotes. */
export interface Position {
  side: string;
  summary: string;
  /** Each quote is the source's own text (as printed), found verbatim in the source it names. */
  quotes: Quote[];
}

export interface Topic {
  id: string;
  title: string;
  keywords: string[];
  /** Only the sides that address the topic; the others are "not addressed". */
  positions: Position[];
}

/** The desk's comparison of positions, every quote verified against the corpus. */
export interface Comparison {
  sides: Side[];
  topics: Topic[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Reads `positions.yml` and verifies every quote: it must stand verbatim (case, whitespace and curly vs
 * straight quotes aside) in the document it names. Each problem names the line, topic and side, and for
 * a quote that is not verbatim, the closest real wording.
 *
 * ```ts
 * const { comparison, problems } = readPositionsFile('corpus', index)
 * comparison?.topics.map(t => t.title) // ['What the Prague Proposals are and who backed them', …]
 * ```
 *
 * @returns no comparison when the file is absent; the comparison and the problems otherwise.
 */
export function readPositionsFile(dir: string, index: PassageIndex): { comparison?: Comparison; problems: LoadProblem[] } {
  const path = join(dir, POSITIONS_FILE);
  if (!existsSync(path)) return { problems: [] };
  try {
    return parsePositions(decodeUtf8(readFileSync(path)), index);
  } catch (error) {
    return { problems: [{ file: POSITIONS_FILE, message: (error as Error).message }] };
  }
}

/** Parses and verifies the text of a positions file (see {@link readPositionsFile}). */
export function parsePositions(source: string, index: PassageIndex): { comparison?: Comparison; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const problem = (line: number | undefined, message: string) => problems.push({ file: POSITIONS_FILE, line, message });
  const parsed = readYaml(source);
  if (!parsed.ok) {
    problem(parsed.line, parsed.message);
    return { problems };
  }
  const lineAt = parsed.lineOf;
  const root = parsed.value;
  if (!isRecord(root) || !Array.isArray(root.sides) || !Array.isArray(root.topics)) {
    problem(1, 'expected "sides:" and "topics:" lists (see the README, "Comparison of positions")');
    return { problems };
  }

  const sides: Side[] = [];
  root.sides.forEach((raw: unknown, i) => {
    const id = isRecord(raw) ? text(raw.id) : undefined;
    const label = isRecord(raw) ? text(raw.label) : undefined;
    if (!id || !label) { problem(lineAt(['sides', i]), `side ${i + 1}: needs an id and a label`); return; }
    if (sides.some((s) => s.id === id)) { problem(lineAt(['sides', i, 'id']), `side "${id}" is listed twice`); return; }
    sides.push({ id, label, kind: isRecord(raw) ? text(raw.kind) : undefined });
  });

  const topics: Topic[] = [];
  root.topics.forEach((raw: unknown, t) => {
    const at = (...path: (string | number)[]) => lineAt(['topics', t, ...path]);
    if (!isRecord(raw) || !text(raw.id) || !text(raw.title)) { problem(at(), `topic ${t + 1}: needs an id and a title`); return; }
    const topic: Topic = {
      id: text(raw.id) as string,
      title: text(raw.title) as string,
      keywords: Array.isArray(raw.keywords) ? raw.keywords.filter((k): k is string => typeof k === 'string') : [],
      positions: [],
    };
    if (topics.some((x) => x.id === topic.id)) problem(at('id'), `topic "${topic.id}" is listed twice`);
    if (!isRecord(raw.positions)) { problem(at(), `topic "${topic.id}": needs positions, one per side that addresses it`); return; }
    for (const [sideId, rawPosition] of Object.entries(raw.positions)) {
      const where = `topic "${topic.id}", side "${sideId}"`;
      if (!sides.some((s) => s.id === sideId)) {
        problem(at('positions', sideId), `${where}: no such side (sides: ${sides.map((s) => s.id).join(', ')})`);
        continue;
      }
      const summary = isRecord(rawPosition) ? text(rawPosition.summary) : undefined;
      const rawQuotes = isRecord(rawPosition) && Array.isArray(rawPosition.quotes) ? rawPosition.quotes : [];
      if (!summary) problem(at('positions', sideId), `${where}: needs the desk's one-line summary`);
      if (rawQuotes.length === 0) problem(at('positions', sideId), `${where}: needs at least one quote`);
      const quotes: Quote[] = [];
      rawQuotes.forEach((q: unknown, k) => {
        const line = at('positions', sideId, 'quotes', k);
        const docId = isRecord(q) ? text(q.source) : undefined;
        const quoteText = isRecord(q) ? text(q.quote) : undefined;
        if (!docId || !quoteText) { problem(line, `${where}, quote ${k + 1}: needs "source" (a document id) and "quote"`); return; }
        if (!index.passagesOfDocument.has(docId)) { problem(line, `${where}, quote ${k + 1}: no document "${docId}" in the corpus`); return; }
        const check = checkQuoteInDocument(index, docId, quoteText);
        const found = check.verdict === 'verbatim' ? check.matches[0] : undefined;
        if (!found) {
          const closest =
            check.verdict === 'edited'
              ? `it is cut or adapted with marks (\u2026, [ ]); quote the source as it stands: \u201C${check.matches[0]?.quote}\u201D`
              : check.verdict === 'near'
                ? `the closest real wording is \u201C${check.matches[0]?.quote}\u201D`
                : 'nothing close to it in that document';
          problem(line, `${where}, quote ${k + 1} is not verbatim in ${docId}: ${closest}`);
          return;
        }
        quotes.push({ quote: found.quote, source: found.source, place: found.place });
      });
      if (summary && quotes.length > 0) topic.positions.push({ side: sideId, summary, quotes });
    }
    topics.push(topic);
  });
  return { comparison: { sides, topics }, problems };
}
