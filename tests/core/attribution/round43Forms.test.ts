import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 43', () => {
  it("gives a wire story's quotation by a company's initials to the company the story names in full", () => {
    const story = madeUpDocument([
      "American Motors Corp management has ordered a hiring freeze in view of Chrysler Corp's takeover proposal.",
      'American Motors directors met for five hours Wednesday to review the takeover proposal.',
      '"The board expects to be meeting periodically over the next several weeks on the Chrysler proposal," AMC said in its first statement.',
    ]);
    expect(speakerOfWords(story, 3, 'meeting periodically')).toBe('American Motors Corp');
  });

  it('leaves initials that stand for a country alone, whatever company shares them', () => {
    const story = madeUpDocument(['United Steel Corp said it would close two mills.', '"We will not accept dumped steel," US said in a note to members.']);
    expect(speakerOfWords(story, 2, 'dumped steel')).not.toBe('United Steel Corp');
  });

  it('gives "the central bank said" to the bank heard two paragraphs before, whose name holds the noun', () => {
    const story = madeUpDocument([
      'Healthy growth in corporate profits and in consumer spending is what Japan rests its hopes on.',
      'The Bank of Japan said in its latest outlook that improved terms of trade would help.',
      'However, this would happen only if household spending increased.',
      '"No clear sign of such developments has so far been evidenced," the central bank said.',
    ]);
    expect(speakerOfWords(story, 4, 'No clear sign')).toBe('Bank of Japan');
  });

  it('gives "she said" to the mother the sentence before brings in, not to the doctor quoted the paragraph before', () => {
    const release = madeUpDocument([
      '"Yesterday we had to turn a mother away with a bag of salts," said Dr. Salome Varga, the agency\'s medical director.',
      'A mother of four living in the Kostel camp, who asked that her name not be used, described the conditions. "The water comes from a tank that is filled every two days," she said.',
    ]);
    expect(speakerOfWords(release, 2, 'The water comes from a tank')).toBe('a mother of four');
  });

  it('keeps "she said" the doctor\'s when the woman the sentence before brings in only comes to harm', () => {
    const story = madeUpDocument([
      '"We are running out of salts," said Dr. Salome Varga, the agency\'s medical director.',
      'A woman was injured when the tank collapsed. "We need more tanks this week," she said.',
    ]);
    expect(speakerOfWords(story, 2, 'We need more tanks')).toBe('Salome Varga');
  });

  it('gives "she said" to the first name set beside the worker the sentence before brings in', () => {
    const report = madeUpDocument([
      '"Workers are charged for their own visas," said Amara Osei, the charity\'s director.',
      'Another worker, Grace, a 41-year-old woman from Harare who asked that only her first name be used, had been charged £4,900 by her sponsor for "training and onboarding costs". "They called it a training bond," she said.',
    ]);
    expect(speakerOfWords(report, 2, 'They called it a training bond')).toBe('Grace');
  });

  it('gives a quotation to the nurse working with a team, not to the team', () => {
    const report = madeUpDocument(['A nurse working with a mobile team in Drenova, who asked not to be named, said: "We are seeing diarrhoea in children in every site we visit."']);
    expect(speakerOfWords(report, 1, 'We are seeing diarrhoea')).toMatch(/^a nurse/i);
  });

  it('gives "The 22-year-old, a primary school teacher, said" to the player heard before, not to a new teacher', () => {
    const story = madeUpDocument([
      'Kilbrack won the final on Sunday after a goal from Eoin Moran.',
      '"I didn\'t even see it go in," Moran said afterwards.',
      'The 22-year-old, a primary school teacher in the village, said the day was "for the whole place".',
    ]);
    expect(speakerOfWords(story, 3, 'for the whole place')).toBe('Eoin Moran');
  });

  it('reads an arts story\'s "Actor Simone Labrecque" as her name, without the false title', () => {
    const story = madeUpDocument([
      'Actor Simone Labrecque, who was cast in the Playhouse\'s planned fall opener, said she found out the show was cancelled through a group email.',
      '"I\'d already turned down a contract in Regina for it," said Labrecque.',
    ]);
    expect(speakerOfWords(story, 2, 'turned down a contract')).toBe('Simone Labrecque');
  });
});
