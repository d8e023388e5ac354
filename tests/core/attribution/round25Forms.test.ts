import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('an American letters page: the name and the town on one line (round 25)', () => {
  const page = madeUpDocument(
    [
      'Readers respond to recent news stories. Letters have been edited for length.',
      'The bridge needs a new name',
      'I have lived in Essex for 40 years, and I have never written to a newspaper before.',
      'The senator said the plan was “a done deal.” It is not.',
      'Walter Pinkney, Essex',
      'Let the buses run later',
      'My daughter leaves the house at 6:10 every morning.',
      'Nobody I know thinks that is good for her.',
      'Carla Ruiz-Benton, West Hartford',
    ],
    { kind: 'letters', outlet: 'The Valley Courant' },
  );

  it('gives each letter to the name signed under it, and the name to its signer, not the town', () => {
    expect(speakerOfWords(page, 3, 'I have lived in Essex')).toBe('Walter Pinkney');
    expect(speakerOfWords(page, 4, 'It is not.')).toBe('Walter Pinkney');
    expect(speakerOfWords(page, 7, 'My daughter leaves')).toBe('Carla Ruiz-Benton');
    expect(speakerOfWords(page, 9, 'Carla Ruiz-Benton')).toBe('Carla Ruiz-Benton');
    expect(speakerOfWords(page, 9, 'West Hartford')).toBeUndefined();
  });

  it('leaves the headlines between letters and the page’s standfirst nobody’s', () => {
    expect(speakerOfWords(page, 6, 'Let the buses run later')).toBeUndefined();
    expect(speakerOfWords(page, 1, 'Readers respond')).toBeUndefined();
  });

  it('reads no signature from a name and a place in a news report', () => {
    const story = madeUpDocument(['The council met on Monday. I was there.', 'Walter Pinkney, Essex', 'The vote was close. We lost.', 'Carla Ruiz-Benton, West Hartford'], { kind: 'news report' });
    expect(speakerOfWords(story, 3, 'The vote was close.')).toBeUndefined();
  });
});
