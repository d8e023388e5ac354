import type { KnownBlock } from '@slack/types';
import { citationParts, speakerCitationParts } from '../../core/citation.js';
import { problemPlace, type Answer, type LoadProblem, type SourceInfo } from '../../core/model.js';
import { escapeMrkdwn, mrkdwnLink } from './escape.js';
import { cut, LIMITS, MessageBudget } from './limits.js';

/** A message ready for `chat.postMessage` or `respond()`: blocks plus the fallback text. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** The action id of the "Share in channel" button, and what its value carries. */
export const SHARE_ACTION = 'share_in_channel';
export interface ShareValue {
  /** Subcommand that made the message (`ask`, `quote`, `compare`…). */
  k: string;
  /** Its argument, as typed. */
  a: string;
}

/** Who shared a message, as a mention: only a well-formed user id is ever put in `<@…>`. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
}

export function mrkdwnSection(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, LIMITS.sectionText) } };
}

export function context(...texts: string[]): KnownBlock {
  return {
    type: 'context',
    elements: texts.slice(0, LIMITS.contextElements).map((t) => ({ type: 'mrkdwn' as const, text: cut(t, LIMITS.contextText) })),
  };
}

/**
 * The Share button's value: a short reference to the answer (the subcommand and what was asked, re-asked
 * on click), never the answer itself. `undefined` when even that does not fit in a button value: the
 * answer then has no Share button, rather than one whose value is cut into something unreadable.
 */
export function shareValueText(value: ShareValue): string | undefined {
  const text = JSON.stringify({ k: value.k, a: value.a });
  return text.length <= LIMITS.buttonValue ? text : undefined;
}

/** Reads a Share button's value back; `undefined` for anything that is not one. */
export function readShareValue(text: string): ShareValue | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { k, a } = value as Record<string, unknown>;
  return typeof k === 'string' && typeof a === 'string' ? { k, a } : undefined;
}

function shareButton(value: string): KnownBlock {
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value }],
  };
}

/** Options shared by the renderers of answers. */
export interface RenderOptions {
  /** Adds a "Share in channel" button that re-posts this answer for everyone. */
  share?: ShareValue;
  /** The user who shared it: the message says so. */
  sharedBy?: string;
  /** What was searched (the channel's collection), as safe mrkdwn: the answer ends by saying so. */
  searched?: string;
}

/** The end of an answer: notes (what was cut, who shared it) and the Share button. */
export function closing(options: RenderOptions, notes: string[] = []): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const lines = [...notes];
  const share = options.share && !options.sharedBy ? shareValueText(options.share) : undefined;
  if (options.share && !options.sharedBy && !share) lines.push('Too long to share with a button: ask again with fewer words to share it.');
  if (options.searched) lines.push(options.searched);
  if (options.sharedBy) lines.push(`Shared by ${mention(options.sharedBy)} from Prague Desk`);
  if (lines.length > 0) blocks.push(context(...lines));
  if (share) blocks.push(shareButton(share));
  return blocks;
}

/**
 * A citation in mrkdwn: author and outlet, date, title (linked when a URL is known), genre, page, paragraph.
 * With a speaker: "*Jana Novak*, quoted in _Port tender reopened_ (Example News, 2025-03-02) · p. 3 · ¶3".
 */
export function citationMrkdwn(source: SourceInfo, paragraph?: number, page?: number, speaker?: string): string {
  if (speaker) {
    const s = speakerCitationParts(source, speaker);
    const head = `*${escapeMrkdwn(s.speaker)}*, ${s.how} _${mrkdwnLink(source.url, s.title)}_${s.details ? ` (${escapeMrkdwn(s.details)})` : ''}`;
    return [head, ...(page ? [`p. ${page}`] : []), ...(paragraph ? [`\u00B6${paragraph}`] : [])].join(' \u00B7 ');
  }
  const c = citationParts(source);
  const parts = [
    c.who ? `*${escapeMrkdwn(c.who)}*` : '_unknown author and outlet_',
    c.date ? escapeMrkdwn(c.date) : '_undated_',
    `\u201C${mrkdwnLink(source.url, c.title)}\u201D`,
  ];
  if (c.kind) parts.push(`_${escapeMrkdwn(c.kind)}_`);
  if (page) parts.push(`p.\u00A0${page}`);
  if (paragraph) parts.push(`\u00B6${paragraph}`);
  return parts.join(' \u00B7 ');
}

/**
 * Mrkdwn text (already escaped) as block quote lines (`>` before each), cut so that the whole, prefixes
 * included, holds at most `max` characters.
 */
export function blockQuote(escaped: string, max: number = LIMITS.sectionText): string {
  const lines = (text: string) => text.split('\n').length;
  let text = escaped;
  // Each line costs one '>' more: a cut keeps the text and its prefixes within `max` together.
  while (text.length + lines(text) > max) text = cut(text, Math.max(1, max - lines(text)));
  return text.split('\n').map((line) => `>${line}`).join('\n');
}

/**
 * A quotation as mrkdwn block quote lines, exactly as the source has it: no emphasis inside a quote
 * (escaped first, then cut, so the section stays within Slack's limit).
 */
export function quotationMrkdwn(quote: string, max: number = LIMITS.sectionText): string {
  return blockQuote(escapeMrkdwn(quote), max);
}

/**
 * An answer: each quote as a quotation with its citation in a context line, best first. Cut honestly
 * ("3 more results") when the message would pass Slack's limits.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const question = cut(escapeMrkdwn(answer.query), 200);
  if (answer.results.length === 0) {
    return {
      text: cut(`Nothing in the sources on \u201C${question}\u201D`, LIMITS.fallbackText),
      blocks: [
        mrkdwnSection(`Nothing in the sources on \u201C${question}\u201D.\nNo quote is better than a wrong one: try other words, \`/prague sources\` to see what is on file, or \`/prague help\`.`),
        ...closing({ sharedBy: options.sharedBy, searched: options.searched }),
      ],
    };
  }
  const budget = new MessageBudget();
  budget.tryAdd(mrkdwnSection(`*Sources on:* \u201C${question}\u201D`));
  let shown = 0;
  for (const r of answer.results) {
    const added = budget.tryAdd(mrkdwnSection(quotationMrkdwn(r.quote)), context(citationMrkdwn(r.source, r.place.paragraph, r.place.page, r.speaker)));
    if (!added) break;
    shown++;
  }
  const more = answer.results.length - shown;
  const notes = more > 0 ? [`${more} more result${more === 1 ? '' : 's'} not shown (too long for one message)`] : [];
  const first = answer.results[0];
  const fallback = first ? `\u201C${escapeMrkdwn(first.quote)}\u201D \u2014 ${escapeMrkdwn(citationParts(first.source).who ?? citationParts(first.source).title)}` : '';
  return { text: cut(fallback, LIMITS.fallbackText), blocks: budget.close(...closing(options, notes)) };
}

/** The documents on file (and any that failed to load, by name, so an editor can fix them). */
export function renderSources(sources: (SourceInfo & { addedAt?: string })[], problems: LoadProblem[] = [], options: RenderOptions = {}): SlackMessage {
  const budget = new MessageBudget();
  budget.tryAdd(mrkdwnSection(`*On file:* ${sources.length} document${sources.length === 1 ? '' : 's'}, newest first`));
  let shown = 0;
  for (const s of sources) {
    const added = s.addedAt ? ` \u00B7 added ${escapeMrkdwn(s.addedAt.slice(0, 16).replace('T', ' '))} UTC` : '';
    if (!budget.tryAdd(context(`${citationMrkdwn(s)}${added}`))) break;
    shown++;
  }
  const notes: string[] = [];
  if (sources.length > shown) notes.push(`${sources.length - shown} more not shown`);
  for (const p of problems.slice(0, 5)) {
    notes.push(`:warning: \`${escapeMrkdwn(problemPlace(p))}\` ${p.loaded ? 'loaded with a warning' : 'not loaded'}: ${escapeMrkdwn(p.message)}`);
  }
  if (problems.length > 5) notes.push(`${problems.length - 5} more problems`);
  return { text: `${sources.length} documents on file`, blocks: budget.close(...closing(options, notes)) };
}

/** A short plain message (confirmations, errors): escaped, then cut to Slack's limits. */
export function renderNotice(text: string): SlackMessage {
  const safe = escapeMrkdwn(text);
  return { text: cut(safe, LIMITS.fallbackText), blocks: [mrkdwnSection(safe)] };
}

/**
 * Adds notes (plain text, escaped here) to a message, in a context line before its Share button, as far
 * as Slack's limits allow: e.g. the phrases a quote check could not check, and why.
 */
export function withNotes(message: SlackMessage, notes: string[]): SlackMessage {
  if (notes.length === 0) return message;
  const blocks = [...message.blocks];
  const at = blocks.at(-1)?.type === 'actions' ? blocks.length - 1 : blocks.length;
  const note = context(...notes.map((n) => `:warning: ${escapeMrkdwn(n)}`));
  if (blocks.length < LIMITS.blocks && JSON.stringify(blocks).length + JSON.stringify(note).length <= LIMITS.messageText) blocks.splice(at, 0, note);
  return { text: message.text, blocks };
}

/** Builds a mrkdwn section from text that is already safe (made by the app, escaped where needed). */
export function renderSafeSections(lines: string[]): SlackMessage {
  const budget = new MessageBudget(0, 0);
  for (const line of lines) budget.tryAdd(mrkdwnSection(line));
  return { text: cut(lines[0] ?? '', LIMITS.fallbackText), blocks: budget.blocks };
}
