import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 40', () => {
  it("names a company a wire story calls by its short name with the full name the story gives it", () => {
    const story = madeUpDocument([
      'Texaco Inc said it filed a petition in the Texas Court of Appeals for relief of the bond provisions of the judgement.',
      '"The petition asks the court to determine a reasonable security arrangement," Texaco said in a statement.',
      'Coniston Partners, which holds about 13 pct of Allegis, asked the department to review the deal.',
      '"The relationship should be scrutinized closely," Coniston said in its petition.',
      'Minister of Energy and Mines Arturo Hernandez Grisanti said oil income fell.',
      'Fiscal revenue totalled 43.5 billion, a drop which Hernandez said "had a very serious impact on Venezuela."',
    ]);
    expect(speakerOfWords(story, 2, 'reasonable security arrangement')).toBe('Texaco Inc');
    expect(speakerOfWords(story, 4, 'scrutinized closely')).toBe('Coniston Partners');
    expect(speakerOfWords(story, 6, 'very serious impact')).toBe('Arturo Hernandez Grisanti');
  });

  it('keeps a founder apart from the firm named after him, and "the partnership" the one last heard', () => {
    const founder = madeUpDocument(['Mario Gabelli, head of investment firm Mario Gabelli and Co, said he sold some shares. "I think the price is fair," Gabelli said.']);
    expect(speakerOfWords(founder, 1, 'the price is fair')).toBe('Mario Gabelli');
    const partnership = madeUpDocument([
      'General Acquisition Co said it was disappointed by Gencorp\'s response to its tender offer.',
      'The General Acquisition partnership called the response inflammatory and unproductive.',
      'The partnership said Gencorp failed to say how it would provide a "superior value to shareholders."',
    ]);
    expect(speakerOfWords(partnership, 3, 'superior value')).toBe('General Acquisition Co');
  });
});
