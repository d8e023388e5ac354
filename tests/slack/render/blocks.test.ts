import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import type { Answer, QuoteCheck, SourceInfo } from '../../../src/core/model.js';
import { renderAnswer, renderNotice, renderSources, withNotes } from '../../../src/slack/render/blocks.js';
import { renderQuoteChecks } from '../../../src/slack/render/quoteCheck.js';
import { escapeMrkdwn } from '../../../src/slack/render/escape.js';
import { expectWithinLimits } from '../../helpers/expectWithinLimits.js';

const desk = await openDesk();

describe('Block Kit rendering', () => {
  it('keeps the longest real answers within every limit', () => {
    for (const q of ['who attended', 'security', 'Prague Proposals 5G US China Huawei']) {
      expectWithinLimits(renderAnswer(desk.ask(q, { limit: 100 }), { share: { k: 'ask', a: q } }));
    }
    expectWithinLimits(renderQuoteChecks([desk.checkQuote('5G'), desk.checkQuote('the'), desk.checkQuote('no positive impact on 5G security')]));
    expectWithinLimits(renderSources(desk.sources(), desk.problems));
  });

  it('cuts honestly when there is too much to show', () => {
    const source: SourceInfo = { id: 'x', title: 'T'.repeat(300), outlet: 'O' };
    const answer: Answer = {
      query: 'q'.repeat(1000),
      results: Array.from({ length: 80 }, (_, i) => ({ quote: `${i} ${'word '.repeat(700)}`, source, place: { paragraph: i + 1, start: 0, end: 1 }, score: 80 - i, matchedWords: ['word'] })),
    };
    const message = renderAnswer(answer, { share: { k: 'ask', a: 'q'.repeat(1000) } });
    expectWithinLimits(message);
    expect(JSON.stringify(message.blocks)).toMatch(/\d+ more results not shown/);
    expect(JSON.stringify(message.blocks)).toContain('\u2026');
  });

  it('escapes corpus and user text, so no mention, broadcast or link can be made from it', () => {
    const source: SourceInfo = { id: 'x', title: '<!here> title', author: '<@U123>', outlet: 'A & B', url: 'https://ok.example/a' };
    const answer: Answer = { query: '<!channel> ping', results: [{ quote: 'He said <https://evil.example|click> & <!everyone>.', source, place: { paragraph: 1, start: 0, end: 1 }, score: 1, matchedWords: [] }] };
    const message = renderAnswer(answer);
    const text = JSON.stringify(message.blocks) + message.text;
    expect(text).not.toMatch(/<!here>|<!channel>|<!everyone>|<@U123>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('A &amp; B');
    expect(text).toContain('<https://ok.example/a|&lt;!here&gt; title>');
  });

  it('escapes first, then cuts: text that grows fivefold when escaped stays within every limit', () => {
    const source: SourceInfo = { id: 'x', title: '&'.repeat(3000), outlet: '<'.repeat(3000) };
    const quote = `${'& '.repeat(1400)}\n${'<\n'.repeat(300)}`;
    const answer: Answer = { query: '&'.repeat(1000), results: [{ quote, source, place: { paragraph: 1, start: 0, end: 1 }, score: 1, matchedWords: [] }] };
    const message = renderAnswer(answer, { share: { k: 'ask', a: '&'.repeat(1000) } });
    expectWithinLimits(message);
    // Cut at an escape's edge, never through one.
    expect(JSON.stringify(message.blocks)).not.toMatch(/&(?:a|am|l|g)?\u2026/);
    const check: QuoteCheck = {
      text: '<'.repeat(900),
      verdict: 'near',
      matches: [{ quote, source, place: { paragraph: 1, start: 0, end: 1 }, diff: quote.split(' ').map((word, i) => ({ word, changed: i % 2 === 0 })) }],
    };
    expectWithinLimits(renderQuoteChecks([check, check]));
    expectWithinLimits(renderNotice('<'.repeat(5000)));
  });

  it('withNotes adds escaped notes before the Share button', () => {
    const message = withNotes(renderAnswer(desk.ask('who attended', { limit: 1 }), { share: { k: 'ask', a: 'who attended' } }), ['a <!channel> note']);
    const types = message.blocks.map((b) => b.type);
    expect(types.at(-1)).toBe('actions');
    expect(JSON.stringify(message.blocks.at(-2))).toContain('a &lt;!channel&gt; note');
  });

  it('escapeMrkdwn escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('a & <b> "c" *d*')).toBe('a &amp; &lt;b&gt; "c" *d*');
  });
});
