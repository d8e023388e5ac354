import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 57: interviews' headings and titles, party titles, places and scene-setting openings in news copy", () => {
  it('reads "**Interview**" and "**What you need to know:**" as headings, and the answers as the one the paper spoke to', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'The farmer will feel it first\'"\noutlet: Daily Monitor\nauthor: Derrick Kigozi-Oyet\nkind: interview\n---',
        '**Interview**',
        '*Exporters must now prove where their coffee was grown. Derrick Kigozi-Oyet spoke to Ms Harriet Nakato Ssemwogerere, the executive director of the Uganda Smallholder Coffee Alliance.*',
        '**What you need to know:**',
        '**How ready are farmers for the new rules?**',
        'Honestly, most of them are not ready. Many have never heard of the regulation.',
        '**But the government says most farms are mapped.**',
        'I have seen that figure, and I would like to see how it was arrived at.',
        '**What should the government do?**',
        'Three things. Finish the mapping, negotiate a transition, and look for other markets.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'Interview')).toBeUndefined();
    expect(speakerOfWords(interview, 3, 'What you need')).toBeUndefined();
    expect(speakerOfWords(interview, 5, 'not ready')).toBe('Harriet Nakato Ssemwogerere');
    expect(speakerOfWords(interview, 9, 'Three things')).toBe('Harriet Nakato Ssemwogerere');
  });

  it('gives a Q&A titled "Auckland Transport\'s new boss on …" to the one its introduction makes that body\'s chief', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'I\'m not here to be liked\': Auckland Transport\'s new boss on road cones and congestion charging"\noutlet: NZ Herald\nauthor: Simon Te Rangi\nkind: interview (Q&A)\n---',
        'Grant Whitcombe has been Auckland Transport\'s chief executive for exactly 100 days. In that time he has cancelled two bus lane projects.',
        'Mayor Bernadette Ngāwhika, who pushed for his appointment, has described him as "the grown-up in the room".',
        'We met at AT\'s Viaduct offices.',
        '**You\'ve been here 100 days. What\'s surprised you most?**',
        'How much people care. Here it\'s personal.',
        '**Does the nickname bother you?**',
        'No. I\'ve been called worse.',
        '**When will congestion charging start?**',
        'Not before 2028 at the earliest.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 5, 'How much people care')).toBe('Grant Whitcombe');
    expect(speakerOfWords(interview, 9, 'Not before 2028')).toBe('Grant Whitcombe');
  });

  it('reads "Cde Marufu-Chigwida" as the minister and "Chief Madzivanyika" as no village of that name', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Chivi villagers get solar boreholes"\noutlet: The Herald\nkind: news report\n---',
        'Officially commissioning the project at Madzivanyika Village, Minister of State Cde Tendai Marufu-Chigwida said the Government was determined to leave no one behind.',
        '"Water is life," said Cde Marufu-Chigwida.',
        'Chief Madzivanyika, who hosted the ceremony, commended the Government.',
        '"Today is a day of joy," said Chief Madzivanyika.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Water is life')).toBe('Tendai Marufu-Chigwida');
    expect(speakerOfWords(story, 4, 'day of joy')).toBe('Madzivanyika');
  });

  it('reads the subject of "Inside, Kevin Hartigan is kneading dough" as the one "he says" after it', () => {
    const feature = markdownDocument(
      [
        '---\ntitle: "The baker takes a sleep-in"\noutlet: The Border Mail\nkind: feature\n---',
        'Inside, Kevin Hartigan is doing what he has done six mornings a week since 1962: kneading dough on a floured bench.',
        '"People think the bread is the hard part," he says, without looking up.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(feature, 2, 'People think')).toBe('Kevin Hartigan');
  });
});

describe("round 57: a public inquiry's header in capitals and a Security Council roster set as a table", () => {
  it('names "THE CHAIR:" and "MS AINSWORTH:" by the header\'s "Before:" and "Appearances:" lines in capitals', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Calder Street Footbridge Inquiry: Day 14"\noutlet: Calder Street Footbridge Inquiry\nkind: public inquiry hearing transcript\n---',
        'Before: **SIR ANTHONY MAULE** (Chair)',
        'Appearances: MS RACHEL AINSWORTH KC and MR DANIEL OKEKE, Counsel to the Inquiry; MR JULIAN STROUD KC for Harwick Metropolitan Borough Council',
        'THE CHAIR: Good morning, everyone. Ms Ainsworth.',
        'MS AINSWORTH: Good morning, chair. The next witness is Mr Neil Faraday.',
        'MR NEIL ROBERT FARADAY (affirmed)',
        'MS AINSWORTH: Mr Faraday, thank you for coming.',
        'A. Thank you.',
        'MR STROUD: Chair, may I raise one matter?',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 3, 'Good morning, everyone')).toBe('Anthony Maule');
    expect(speakerOfWords(transcript, 4, 'next witness')).toBe('Rachel Ainsworth');
    expect(speakerOfWords(transcript, 8, 'raise one matter')).toBe('Julian Stroud');
  });

  it('gives "The President:" to the member a roster set as a table names', () => {
    const record = markdownDocument(
      [
        '---\ntitle: "Security Council, 9987th meeting"\noutlet: United Nations Security Council\nkind: verbatim record of a Security Council meeting\n---',
        '| | | |\n|---|---|---|\n| President: | Mr. Lindqvist-Ahl | (Denmark) |\n| Members: | China | Mr. Geng |\n| | France | Ms. Tavernier |\n| | United Kingdom | Mr. Whitford |',
        'The meeting was called to order at 10.05 a.m.',
        'The President: The Security Council will now begin its consideration of the item on its agenda.',
        'Mr. Whitford (United Kingdom): The United Kingdom is deeply concerned by the escalation.',
        'The President: I thank the representative of the United Kingdom. I now give the floor to the representative of China.',
        'Mr. Geng (China): China has always held that the question should be resolved through dialogue.',
        'The President: I now give the floor to the representative of France.',
        'Ms. Tavernier (France): France thanks the Special Representative for her briefing.',
        'The President: There are no more names inscribed on the list of speakers. The meeting rose at 12.40 p.m.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 4, 'deeply concerned')).toBe('Mr. Whitford');
    expect(speakerOfWords(record, 3, 'will now begin')).toBe('Mr. Lindqvist-Ahl');
    expect(speakerOfWords(record, 5, 'I thank')).toBe('Mr. Lindqvist-Ahl');
    expect(speakerOfWords(record, 6, 'through dialogue')).toBe('Mr. Geng');
  });
});
