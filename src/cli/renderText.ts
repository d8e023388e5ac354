import { citationLine, citationParts } from '../core/citation.js';
import type { Answer, QuoteCheck, SourceInfo } from '../core/model.js';

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
    .map((r, i) => `${i + 1}. \u201C${r.quote}\u201D\n   \u2014 ${citationLine(r.source, r.place.paragraph)}`)
    .join('\n\n');
}

const VERDICT_TEXT = {
  verbatim: 'VERBATIM: the sources say exactly this',
  near: 'NEAR: not verbatim; the closest real wording is below, [differences] marked',
  none: 'NOT IN THE SOURCES: nothing on file says this or anything close',
} as const;

/** A quote check for a terminal: the verdict, then the real wording with its citation. */
export function renderQuoteCheckText(check: QuoteCheck): string {
  const lines = [`"${check.text}"`, VERDICT_TEXT[check.verdict]];
  for (const m of check.matches) {
    const wording = m.diff ? m.diff.map((w) => (w.changed ? `[${w.word}]` : w.word)).join(' ') : m.quote;
    lines.push(`  \u201C${wording}\u201D`, `   \u2014 ${citationLine(m.source, m.place.paragraph)}`);
    if (m.askedDiff) {
      lines.push(`   you asked: ${m.askedDiff.map((w) => (w.changed ? `[${w.word}]` : w.word)).join(' ')}`);
    }
  }
  return lines.join('\n');
}

/** The sources on file, one a line. */
export function renderSourcesText(sources: SourceInfo[]): string {
  if (sources.length === 0) return 'No documents on file.';
  return sources
    .map((s) => {
      const c = citationParts(s);
      return `- ${c.title}\n  ${[c.who ?? 'unknown author and outlet', c.date ?? 'undated', c.kind ?? 'genre unknown'].join(' · ')}  [${s.id}]${s.url ? `\n  ${s.url}` : ''}`;
    })
    .join('\n');
}
