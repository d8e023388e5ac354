import { describe, expect, it } from 'vitest';
import { renderQuoteCheckText } from '../../../src/cli/renderText.js';
import { openDesk } from '../../../src/core/desk.js';
import { renderQuoteChecks } from '../../../src/slack/render/quoteCheck.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

/** An edited quotation names who said each piece, and says so when the pieces are two people's words. */
const dir = tempCorpus({
  'water.md': [
    '---\ntitle: Reservoirs stay low\noutlet: Example News\npublished: 2025-11-02\nkind: news report\n---',
    'Asked whether customers should have been warned earlier, Sarah Kemp said: “With hindsight, yes. We were too slow to tell people how serious this was.”',
    '“They have known for a decade that demand would outstrip supply,” said Tom Ridley, the local MP. “Not a single new reservoir has been built.”',
  ].join('\n\n'),
});
const desk = await openDesk(dir);

describe('speakers of an edited quotation', () => {
  it("names one speaker when every piece is that person's words", () => {
    const check = desk.checkQuote('With hindsight, yes … We were too slow to tell people');
    expect(check.verdict).toBe('edited');
    expect(check.matches[0]?.speaker).toBe('Sarah Kemp');
    expect(check.matches[0]?.fragments?.map((f) => f.speaker)).toEqual(['Sarah Kemp', 'Sarah Kemp']);
    expect(renderQuoteCheckText(check)).not.toContain('different people');
  });

  it("says whose each piece is when they are two people's words, in the terminal and in Slack", () => {
    const check = desk.checkQuote('With hindsight, yes … Not a single new reservoir has been built.');
    expect(check.verdict).toBe('edited');
    expect(check.matches[0]?.speaker).toBeUndefined();
    expect(check.matches[0]?.fragments?.map((f) => f.speaker)).toEqual(['Sarah Kemp', 'Tom Ridley']);
    const line = 'the pieces are different people\u2019s words: \u201CWith hindsight, yes\u201D is Sarah Kemp\u2019s; \u201CNot a single new reservoir has been built\u201D is Tom Ridley\u2019s';
    expect(renderQuoteCheckText(check)).toContain(line);
    expect(JSON.stringify(renderQuoteChecks([check]).blocks)).toContain(JSON.stringify(line).slice(1, -1));
  });
});
