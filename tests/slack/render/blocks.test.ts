import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import type { Answer, SourceInfo } from '../../../src/core/model.js';
import { renderAnswer, renderSources } from '../../../src/slack/render/blocks.js';
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

  it('escapeMrkdwn escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('a & <b> "c" *d*')).toBe('a &amp; &lt;b&gt; "c" *d*');
  });
});
