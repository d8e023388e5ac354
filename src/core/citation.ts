import type { SourceInfo } from './model.js';
import { authorOf, mayHaveOwnVoice } from './attribution/ownVoice.js';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as a desk writes it: `2019-05-30` → `30 May 2019` (the time of day is left out).
 *
 * ```ts
 * formatDate('2019-05-30T15:45') // '30 May 2019'
 * ```
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/**
 * The parts of a citation, in the order a reader wants them, leaving out what is unknown:
 * who (author, outlet), when, what (title), and the genre.
 *
 * ```ts
 * citationParts({ id: 'x', author: 'Li Zheng', outlet: 'China Watch', published: '2019-05-30', kind: 'opinion', title: 'US the weak link' })
 * // { who: 'Li Zheng, China Watch', date: '30 May 2019', title: 'US the weak link', kind: 'opinion' }
 * ```
 */
export function citationParts(source: SourceInfo): { who?: string; date?: string; title: string; kind?: string } {
  const who = [source.author, source.outlet].filter(Boolean).join(', ') || undefined;
  return {
    who,
    date: source.published ? formatDate(source.published) : undefined,
    title: source.title ?? source.id,
    kind: source.kind,
  };
}

/**
 * A one-line plain-text citation.
 *
 * ```ts
 * citationLine(source, 4) // 'Li Zheng, China Watch · 30 May 2019 · "US the weak link in 5G security" (opinion), paragraph 4'
 * citationLine(report, 12, 3) // '… "EU toolbox" (report), p. 3, paragraph 12'
 * ```
 */
export function citationLine(source: SourceInfo, paragraph?: number, page?: number): string {
  const parts = citationParts(source);
  const head = [parts.who ?? 'unknown author and outlet', parts.date ?? 'undated', `"${parts.title}"`].join(' · ');
  const kind = parts.kind ? ` (${parts.kind})` : '';
  return `${head}${kind}${page ? `, p. ${page}` : ''}${paragraph ? `, paragraph ${paragraph}` : ''}`;
}

/**
 * Who speaks in a citation: the speaker, and how the document carries their words — `quoted in` a report,
 * or `writing in` a piece in their own voice (an opinion piece's author).
 *
 * ```ts
 * speakerCitationParts({ id: 'x', title: 'Port tender reopened', outlet: 'Example News', published: '2025-03-02', kind: 'news report' }, 'Jana Novak')
 * // { speaker: 'Jana Novak', how: 'quoted in', title: 'Port tender reopened', details: 'Example News, 2025-03-02' }
 * ```
 */
export function speakerCitationParts(source: SourceInfo, speaker: string): { speaker: string; how: string; title: string; details?: string } {
  // (The author as the rules name them: a byline's outlet in parentheses is no part of the name.)
  // (Not a newsletter's: a signed-off letter to readers is its author's words, but a digest's author is quoted in it,
  // and the source alone cannot tell them apart; the review of round 25.)
  const ownWords = speaker === authorOf(source) && mayHaveOwnVoice(source);
  const details = [source.outlet, source.published?.slice(0, 10), ownWords ? source.kind : undefined].filter(Boolean).join(', ') || undefined;
  return { speaker, how: ownWords ? 'writing in' : speaker === source.outlet ? 'in' : 'quoted in', title: source.title ?? source.id, details };
}

/**
 * A one-line plain-text citation of a quote, naming its speaker when the source attributes the words.
 *
 * ```ts
 * quoteCitationLine(source, 3, 'Jana Novak') // 'Jana Novak, quoted in *Port tender reopened* (Example News, 2025-03-02), paragraph 3'
 * quoteCitationLine(source, 3)               // as citationLine
 * ```
 */
export function quoteCitationLine(source: SourceInfo, paragraph?: number, speaker?: string, page?: number): string {
  if (!speaker) return citationLine(source, paragraph, page);
  const c = speakerCitationParts(source, speaker);
  return `${c.speaker}, ${c.how} *${c.title}*${c.details ? ` (${c.details})` : ''}${page ? `, p. ${page}` : ''}${paragraph ? `, paragraph ${paragraph}` : ''}`;
}
