import type { KnownBlock } from '@slack/types';
import type { QuoteCheck, QuoteMatch } from '../../core/model.js';
import { changeText, markLines, speakerLines } from '../../core/quotes/explainMatch.js';
import { citationMrkdwn, closing, context, mrkdwnSection, quotationMrkdwn, type RenderOptions, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { cut, LIMITS, MessageBudget } from './limits.js';

/**
 * Quote checks in Block Kit: the verdict, then the source's own words as a plain block quote (no emphasis
 * inside it), the citation naming the speaker, and below it, outside the quote, what each edit mark
 * stands for or what differs.
 */

const VERDICT_LINE = {
  verbatim: ':white_check_mark: *Verbatim*: the sources say exactly this',
  edited: ':pencil2: *Edited*: the sources\u2019 own words, cut or adapted with standard marks. The source in full:',
  near: ':warning: *Near*: not verbatim. The closest real wording, then what differs:',
  none: ':x: *Not in the sources*: nothing on file says this, or anything close',
} as const;

/** The blocks of one match: the quote (and its continuation), the citation, the explanations. */
function matchBlocks(m: QuoteMatch): KnownBlock[] {
  const quote = m.continued ? `${m.quote}\n\n${m.continued.quote}` : m.quote;
  const blocks: KnownBlock[] = [mrkdwnSection(quotationMrkdwn(quote)), context(citationMrkdwn(m.source, m.place.paragraph, m.place.page, m.speaker))];
  const notes = [...markLines(m), ...speakerLines(m), ...(m.changes ?? []).map(changeText)];
  if (notes.length > 0) blocks.push(context(cut(notes.map((n) => `\u2022 ${escapeMrkdwn(n)}`).join('\n'), LIMITS.contextText)));
  return blocks;
}

/** Adds one quote check to a budget; returns false when it no longer fits. */
function addCheck(budget: MessageBudget, check: QuoteCheck): boolean {
  const asked = cut(escapeMrkdwn(check.text), 500);
  if (!budget.tryAdd(mrkdwnSection(`${VERDICT_LINE[check.verdict]}\n_You asked:_ \u201C${asked}\u201D`))) return false;
  let shown = 0;
  for (const m of check.matches) {
    if (!budget.tryAdd(...matchBlocks(m))) break;
    shown++;
  }
  const more = check.matches.length - shown;
  if (more > 0) budget.tryAdd(context(`${more} more place${more === 1 ? '' : 's'} not shown`));
  return true;
}

/**
 * Several quote checks in one message (`/prague quote`, the message shortcut and an @mention all use it,
 * so they show the same verdicts and speakers).
 */
export function renderQuoteChecks(checks: QuoteCheck[], options: RenderOptions = {}): SlackMessage {
  const budget = new MessageBudget();
  let shown = 0;
  for (const check of checks) {
    if (!addCheck(budget, check)) break;
    shown++;
  }
  const more = checks.length - shown;
  const notes = more > 0 ? [`${more} more quote${more === 1 ? '' : 's'} not checked here (too long for one message)`] : [];
  const summary = checks
    .map((c) => {
      const speaker = c.matches[0]?.speaker;
      return `${c.verdict === 'none' ? 'not in the sources' : c.verdict}: \u201C${cut(escapeMrkdwn(c.text), 200)}\u201D${speaker && c.verdict !== 'none' ? ` (${escapeMrkdwn(speaker)})` : ''}`;
    })
    .join('; ');
  return { text: cut(summary || 'No quotes to check', LIMITS.fallbackText), blocks: budget.close(...closing(options, notes)) };
}
