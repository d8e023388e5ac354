import { citationLine, citationParts, quoteCitationLine } from '../core/citation.js';
import { unquote } from '../core/quotes/checkQuote.js';
import type { Answer, QuoteCheck, SourceInfo } from '../core/model.js';
import { changeText, markLines, speakerLines } from '../core/quotes/explainMatch.js';
import type { Comparison, Topic } from '../core/compare/positions.js';

/**
 * An answer as numbered quotes for a terminal, each with its citation.
 *
 * ```text
 * 1. "At the meeting in Prague, the cybersecurity officials came mainly from …"
 *    — unknown author and outlet · undated · "30 Nations Pitch …" (news report), paragraph 8
 * ```
 */
export function renderAnswerText(answer: Answer): string {
  if (answer.results.length === 0) {
    return `Nothing in the sources on "${answer.query}". Try other words, or see what is on file: prague sources`;
  }
  return answer.results
    .map((r, i) => `${i + 1}. \u201C${r.quote}\u201D\n   \u2014 ${quoteCitationLine(r.source, r.place.paragraph, r.speaker, r.place.page)}`)
    .join('\n\n');
}

const VERDICT_TEXT = {
  verbatim: 'VERBATIM: the sources say exactly this',
  edited: 'EDITED: the sources\u2019 own words, cut or adapted with standard marks; the source in full below',
  near: 'NEAR: not verbatim; the closest real wording is below, then what differs',
  none: 'NOT IN THE SOURCES: nothing on file says this or anything close',
} as const;

/**
 * A quote check for a terminal: the verdict, then the real wording with its citation. The source's words
 * are shown as they are; what an edit leaves out or replaces, and what differs, is said below the quote.
 */
export function renderQuoteCheckText(check: QuoteCheck): string {
  const lines = [`\u201C${unquote(check.text)}\u201D`, VERDICT_TEXT[check.verdict]];
  for (const m of check.matches) {
    lines.push(`  \u201C${m.quote}\u201D${m.continued ? `\n  \u201C${m.continued.quote}\u201D` : ''}`, `   \u2014 ${quoteCitationLine(m.source, m.place.paragraph, m.speaker, m.place.page)}`);
    for (const line of [...markLines(m), ...speakerLines(m)]) lines.push(`   ${line}`);
    for (const c of m.changes ?? []) lines.push(`   ${changeText(c)}`);
  }
  return lines.join('\n');
}

/** The sources on file, one a line. */
export function renderSourcesText(sources: (SourceInfo & { addedAt?: string; pages?: number; encoding?: string })[]): string {
  if (sources.length === 0) return 'No documents on file.';
  return sources
    .map((s) => {
      const c = citationParts(s);
      // How the file was read, when a reader should know: its pages, and a decoding other than UTF-8.
      const read = [...(s.pages ? [`${s.pages} page${s.pages === 1 ? '' : 's'}`] : []), ...(s.encoding ? [`decoded as ${s.encoding}`] : [])];
      return `- ${c.title}\n  ${[c.who ?? 'unknown author and outlet', c.date ?? 'undated', c.kind ?? 'genre unknown', ...read, ...(s.addedAt ? [`added ${s.addedAt.slice(0, 16).replace('T', ' ')} UTC`] : [])].join(' · ')}  [${s.id}]${s.url ? `\n  ${s.url}` : ''}`;
    })
    .join('\n');
}

/** The comparison overview for a terminal: the sides, then the topics one a line. */
export function renderComparisonOverviewText(comparison: Comparison): string {
  return [
    'Comparison of positions (prepared by the desk; every quote checked against the sources)',
    '',
    'Sides:',
    ...comparison.sides.map((s) => `  - ${s.label}${s.kind ? ` (${s.kind})` : ''}`),
    '',
    'Topics (prague compare "<topic words>" shows one side by side):',
    ...comparison.topics.map((t) => `  - ${t.title}  [${t.id}]`),
  ].join('\n');
}

/** One topic side by side, for a terminal: each side's desk summary, labelled, then its quotes. */
export function renderTopicText(comparison: Comparison, topic: Topic): string {
  const lines = [topic.title, '='.repeat(Math.min(topic.title.length, 80))];
  for (const side of comparison.sides) {
    lines.push('', `${side.label}${side.kind ? ` (${side.kind})` : ''}`);
    const position = topic.positions.find((p) => p.side === side.id);
    if (!position) {
      lines.push('  Not addressed.');
      continue;
    }
    lines.push(`  Desk summary (not a quote): ${position.summary}`);
    for (const q of position.quotes) lines.push(`  \u201C${q.quote}\u201D`, `     \u2014 ${citationLine(q.source, q.place.paragraph, q.place.page)}`);
  }
  return lines.join('\n');
}
