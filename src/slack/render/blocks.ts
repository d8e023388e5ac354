import type { KnownBlock } from '@slack/types';
import { citationParts } from '../../core/citation.js';
import { problemPlace, type Answer, type DiffWord, type LoadProblem, type QuoteCheck, type QuoteMatch, type SourceInfo } from '../../core/model.js';
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

function mrkdwnSection(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, LIMITS.sectionText) } };
}

function context(...texts: string[]): KnownBlock {
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

/** A citation in mrkdwn: author and outlet, date, title (linked when a URL is known), genre, page, paragraph. */
export function citationMrkdwn(source: SourceInfo, paragraph?: number, page?: number): string {
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

/** A quotation as mrkdwn block quote lines; the given words (already escaped-safe words) in bold. */
function quotationMrkdwn(quote: string, boldWords: string[] = [], max: number = LIMITS.sectionText): string {
  let text = escapeMrkdwn(quote);
  const words = boldWords.filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && !['amp', 'lt', 'gt'].includes(w.toLowerCase()));
  if (words.length > 0) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}*])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}*])`, 'gu');
    text = text.replace(pattern, '*$1*');
  }
  return blockQuote(text, max);
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
    const added = budget.tryAdd(mrkdwnSection(quotationMrkdwn(r.quote, r.matchedWords)), context(citationMrkdwn(r.source, r.place.paragraph, r.place.page)));
    if (!added) break;
    shown++;
  }
  const more = answer.results.length - shown;
  const notes = more > 0 ? [`${more} more result${more === 1 ? '' : 's'} not shown (too long for one message)`] : [];
  const first = answer.results[0];
  const fallback = first ? `\u201C${escapeMrkdwn(first.quote)}\u201D \u2014 ${escapeMrkdwn(citationParts(first.source).who ?? citationParts(first.source).title)}` : '';
  return { text: cut(fallback, LIMITS.fallbackText), blocks: budget.close(...closing(options, notes)) };
}

function diffMrkdwn(words: DiffWord[], mark: (w: string) => string): string {
  return words.map((w) => (w.changed ? mark(escapeMrkdwn(w.word)) : escapeMrkdwn(w.word))).join(' ');
}

const VERDICT_LINE = {
  verbatim: ':white_check_mark: *Verbatim*: the sources say exactly this',
  edited: ':pencil2: *Edited*: the sources\u2019 own words, cut or adapted with standard marks',
  near: ':warning: *Near*: not verbatim. The real wording, with the differences in bold:',
  none: ':x: *Not in the sources*: nothing on file says this, or anything close',
} as const;

function matchBlocks(check: QuoteCheck, m: QuoteMatch): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (check.verdict === 'near' && m.diff) {
    blocks.push(mrkdwnSection(blockQuote(diffMrkdwn(m.diff, (w) => `*${w}*`))));
  } else {
    blocks.push(mrkdwnSection(quotationMrkdwn(m.quote)));
  }
  blocks.push(context(citationMrkdwn(m.source, m.place.paragraph, m.place.page)));
  return blocks;
}

/** Adds one quote check to a budget; returns false when it no longer fits. */
function addCheck(budget: MessageBudget, check: QuoteCheck): boolean {
  const asked = cut(escapeMrkdwn(check.text), 500);
  if (!budget.tryAdd(mrkdwnSection(`${VERDICT_LINE[check.verdict]}\n_You asked:_ \u201C${asked}\u201D`))) return false;
  let shown = 0;
  for (const m of check.matches) {
    if (!budget.tryAdd(...matchBlocks(check, m))) break;
    shown++;
  }
  const more = check.matches.length - shown;
  if (more > 0) budget.tryAdd(context(`${more} more place${more === 1 ? '' : 's'} not shown`));
  return true;
}

/** Several quote checks in one message (the message shortcut checks every quoted phrase). */
export function renderQuoteChecks(checks: QuoteCheck[], options: RenderOptions = {}): SlackMessage {
  const budget = new MessageBudget();
  let shown = 0;
  for (const check of checks) {
    if (!addCheck(budget, check)) break;
    shown++;
  }
  const more = checks.length - shown;
  const notes = more > 0 ? [`${more} more quote${more === 1 ? '' : 's'} not checked here (too long for one message)`] : [];
  const summary = checks.map((c) => `${c.verdict === 'none' ? 'not in the sources' : c.verdict}: \u201C${cut(escapeMrkdwn(c.text), 200)}\u201D`).join('; ');
  return { text: cut(summary || 'No quotes to check', LIMITS.fallbackText), blocks: budget.close(...closing(options, notes)) };
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
    notes.push(`:warning: \`${escapeMrkdwn(problemPlace(p))}\` not loaded: ${escapeMrkdwn(p.message)}`);
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
