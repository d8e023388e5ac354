import { describe, expect, it } from 'vitest';
import { leadsSentence } from '../../../src/core/attribution/sentenceSubject.js';
import { madeUpDocument as doc, speakerOfWords as who } from './madeUpDocument.js';

/** Whether `name` is the subject of `sentence` (the sentence alone, nothing masked). */
function leads(sentence: string, name: string): boolean {
  const index = sentence.indexOf(name);
  return leadsSentence(sentence, { start: 0, end: sentence.length }, index, index + name.length);
}

describe('the subject of a sentence, by its shape', () => {
  it('reads a name past an aside, an apposition, an opening adverbial or a role as the subject', () => {
    expect(leads('Tomic, who left the court last year after a row with the government, said the vote showed change.', 'Tomic')).toBe(true);
    expect(leads('Her Polish counterpart, Agnieszka Nowicka, was blunter still.', 'Agnieszka Nowicka')).toBe(true);
    expect(leads('The third-placed candidate, nationalist lawmaker Goran Vukic, took 14% of the vote.', 'Goran Vukic')).toBe(true);
    expect(leads('In Zagreb, Mayor Vesna Kolar promised a housing fund.', 'Vesna Kolar')).toBe(true);
    expect(leads('Kolar, 52, has promised a housing fund.', 'Kolar')).toBe(true);
  });

  it('does not read an object, a name in a list or a name after "that" as the subject', () => {
    expect(leads('The board named John Smith chairman on Monday.', 'John Smith')).toBe(false);
    expect(leads('Smith and Jones signed the accord.', 'Smith')).toBe(false);
    expect(leads('The company, however, named John Smith, a banker, as its chief.', 'John Smith')).toBe(false);
    expect(leads('Analysts said that Smith would resign.', 'Smith')).toBe(false);
    expect(leads('Without INRA, he added, prices would swing.', 'Without INRA')).toBe(false);
  });
});

describe('a "he" or "she" goes on about the subject of the sentence before it', () => {
  it('gives "she said" to the subject described just before, not to the minister heard a paragraph earlier', () => {
    const d = doc([
      '“This is not simplification, it is the dismantling of the policy,” Agriculture Minister Claire Duval told reporters.',
      'Her Polish counterpart, Agnieszka Nowicka, was blunter still.',
      '“If this is the proposal, Poland will not accept it,” she said.',
    ]);
    expect(who(d, 3, 'If this is the proposal, Poland will not accept it,')).toBe('Agnieszka Nowicka');
  });

  it('reads the subject past a clause set off by commas ("X, who …, said …" then "“…,” she said")', () => {
    const d = doc([
      'Mayor Vesna Kolar had 38% of the vote and former judge Marija Tomic had 32%.',
      '“Tonight the country said it wants change,” Kolar told supporters.',
      'Tomic, who left the court last year after clashing with the government, said the result showed that voters were tired.',
      '“I have no party and I am still standing,” she said.',
    ]);
    expect(who(d, 4, 'I have no party and I am still standing,')).toBe('Marija Tomic');
  });

  it('passes over the sentences of a quotation to the narration before it', () => {
    const d = doc([
      '“Young families should not have to leave the towns where they work,” said Minister for Regional Development Zuzana Mrazova.',
      'The Mayor of Jihlava, Ondrej Vesely, whose city has plans for 240 flats, welcomed the decision. “We have had the land for three years. What we lacked was financing,” he said.',
    ]);
    expect(who(d, 2, 'What we lacked was financing,')).toBe('Ondrej Vesely');
  });

  it('keeps the nearest speaker when the sentence before is about nobody who fits (negative cases)', () => {
    // The sentence before has no person for its subject: "he" is still the last speaker.
    const d = doc([
      '“Prices will rise,” said Paul Spedding, an analyst at Kleinwort.',
      'The field was found in 1984.',
      '“It flows well,” he said.',
    ]);
    expect(who(d, 3, 'It flows well,')).toBe('Paul Spedding');
    // The sentence before is about a woman the text calls "Ms": a "he" does not stand for her.
    const e = doc([
      '“Prices will rise,” said Paul Spedding, an analyst at Kleinwort.',
      'Ms Jana Novak, the chief executive, declined to comment.',
      '“It flows well,” he said.',
    ]);
    expect(who(e, 3, 'It flows well,')).toBe('Paul Spedding');
    // Two people heard speaking in the sentence before: it tells nothing, the nearest speaker stays.
    const f = doc([
      '“Prices will rise,” said Paul Spedding, an analyst at Kleinwort.',
      'Management has said it will not sell, Spedding said.',
      '“It flows well,” he said.',
    ]);
    expect(who(f, 3, 'It flows well,')).toBe('Paul Spedding');
  });
});

describe('the one asked answers', () => {
  it('reads a "she" after "X asked Y whether …" as Y, not the asker', () => {
    const trial = doc([
      'Kristen Abernathy-Lowe, 38, is charged with 12 counts of tampering with a consumer product.',
      'Assistant U.S. Attorney Meghan Starling asked Abernathy-Lowe whether she had thought about the patients who received the saline.',
      '“Every day. Every single day since,” she told jurors, her voice breaking.',
    ]);
    expect(who(trial, 3, 'Every single day since')).toBe('Kristen Abernathy-Lowe');
  });
});

describe('a sentence opening with the same pronoun goes on about its person (round 14)', () => {
  it('gives "she told us" to the woman a "She …" sentence went on about, not to a name that sentence mentions', () => {
    const d = doc([
      "Among the crowd on the quayside was Lorraine Hewson, 58, whose father skippered trawlers for 30 years. She showed Princess Anne a photograph of the Ross Illustrious. 'He asked about my dad's boat,' she told us.",
    ]);
    expect(who(d, 1, "He asked about my dad's boat")).toBe('Lorraine Hewson');
  });
});
