import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import type { Answer } from '../../../src/core/model.js';
import { citationMrkdwn, renderAnswer } from '../../../src/slack/render/blocks.js';
import { renderQuoteChecks } from '../../../src/slack/render/quoteCheck.js';
import { expectWithinLimits } from '../../helpers/expectWithinLimits.js';

const seed = await openDesk();
const news = await openDesk(new URL('../../fixtures/news', import.meta.url).pathname);

/** The block-quote lines of a message: what Slack shows as quoted text. */
function quotedLines(blocks: unknown[]): string[] {
  return JSON.stringify(blocks)
    .split('\\n')
    .flatMap((l) => l.split('"text":"'))
    .filter((l) => l.startsWith('>'));
}

describe('quote checks in Slack', () => {
  it('shows an edited quote as the source in full, with what each mark stands for outside the quote', () => {
    const message = renderQuoteChecks([news.checkQuote('[Nordhaven] won a fair competition and [it] will win again')]);
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('*Edited*');
    expect(text).toContain('>\\"We won a fair competition and we will win again,\\" it said in a statement.');
    expect(text).toContain('[Nordhaven] stands for \u201CWe\u201D');
    expect(text).toContain('*Nordhaven Holdings*, quoted in _Port tender reopened_ (Example News, 2025-03-02)');
    expect(message.text).toContain('edited');
    expectWithinLimits(message);
  });

  it('never puts emphasis inside quoted text: near differences are said beside the quote', () => {
    const message = renderQuoteChecks([seed.checkQuote('this meeting will have no positive impact on 5G security')]);
    expect(quotedLines(message.blocks).length).toBeGreaterThan(0);
    for (const line of quotedLines(message.blocks)) expect(line).not.toMatch(/\*[^*\s][^*]*\*|_[^_\s][^_]*_/);
    expect(JSON.stringify(message.blocks)).toContain('you wrote \u201Cimpact\u201D, the source says \u201Cinfluence\u201D');
  });

  it('shows answers with no matched word in bold inside the quote, and cites the speaker', () => {
    const answer = news.ask('what did Novak say about the mistake');
    const message = renderAnswer(answer);
    expect(quotedLines(message.blocks).length).toBeGreaterThan(0);
    for (const line of quotedLines(message.blocks)) expect(line).not.toContain('*');
    expect(JSON.stringify(message.blocks)).toContain('*Jana Novak*, quoted in _Port tender reopened_');
  });

  it('escapes a speaker and keeps every limit with many long checks', () => {
    expect(citationMrkdwn({ id: 'x', title: 'T' }, 2, undefined, '<!channel> & co')).toBe('*&lt;!channel&gt; &amp; co*, quoted in _T_ \u00B7 \u00B62');
    const checks = Array.from({ length: 30 }, () => seed.checkQuote('The US \u2026 will suffer the most.'));
    expectWithinLimits(renderQuoteChecks(checks));
    const answer: Answer = { query: 'q', results: [] };
    expectWithinLimits(renderAnswer(answer));
  });
});
