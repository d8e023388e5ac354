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

describe("round 57's first review: surnames like places, headings in capitals, an MP's aide, questionnaires", () => {
  it('keeps "Jane Castle" and "Dave Camp" whole, and "Chief Madzivanyika" no village the story prints as a place', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Maternity unit report"\noutlet: Northern Echo\nkind: news report\n---',
        'Jane Castle, who took over at the trust in January, said the report made "painful reading".',
        '"We let these families down, and I am sorry," Castle said.',
        'Dave Camp, whose daughter was born at the unit in 2021, said families had been ignored for years.',
        '"We wrote letters. Nobody listened," Camp said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'We let these')).toBe('Jane Castle');
    expect(speakerOfWords(story, 4, 'We wrote')).toBe('Dave Camp');
  });

  it('reads no "By Ms Venkataraman" from "EXAMINATION BY MS VENKATARAMAN", and no woman for "MR LOWE:"', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Royal Commission into Aged Care: Day 9"\noutlet: Royal Commission into Aged Care\nkind: public hearing transcript\n---',
        'MRS ANNE LOWE (affirmed)',
        'EXAMINATION BY MS VENKATARAMAN',
        'MS VENKATARAMAN: Mrs Lowe, how long did you live on the farm?',
        'MRS LOWE: Forty-one years. Brian and I bought it the year we married.',
        'MS VENKATARAMAN: Thank you. Nothing further.',
        'MR LOWE: Commissioner, may I say something? I was there too.',
        'MRS LOWE: He was.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 3, 'how long')).toBe('Ms Venkataraman');
    expect(speakerOfWords(transcript, 4, 'Forty-one years')).toBe('Anne Lowe');
    expect(speakerOfWords(transcript, 6, 'may I say')).not.toBe('Anne Lowe');
  });

  it("gives an MP's Q&A to the MP, not the chief of staff its introduction names, and a questionnaire's answers to the one it asks", () => {
    const qa = markdownDocument(
      [
        '---\ntitle: "Q&A: Lisa Hartnell MP on housing and life on the back benches"\noutlet: Wirral Globe\nauthor: Tom Eccles\nkind: interview (Q&A)\n---',
        "Lisa Hartnell has been the MP for Birkenhead West since July. Lisa Hartnell's chief of staff, Sean Doyle, sat in on the interview.",
        "**You've been an MP for seven months. What has surprised you?**",
        'How much of the job is casework.',
        '**Is the government moving fast enough on housing?**',
        'No. I have said that in the chamber.',
        '**What do you miss about your old job?**',
        'The students, every day.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(qa, 3, 'casework')).toBe('Lisa Hartnell');
    const questionnaire = markdownDocument(
      [
        '---\ntitle: "The Questionnaire: Marama Tuhoe"\noutlet: Sunday Star-Times\nauthor: Kerry Blackwood\nkind: interview\n---',
        '*Marama Tuhoe, 41, is the head chef at Kōkako in Rotorua. She grew up in Ruatoria and trained in Melbourne.*',
        '**Earliest memory**',
        "Sitting on the back step at my nan's, shelling peas. I must have been three.",
        '**First job**',
        'Washing dishes at the Ruatoria pub. I was fourteen and lied about my age.',
        "**Best advice you've been given**",
        'Taste everything, every time. A chef in Melbourne said it to me on my first day.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(questionnaire, 3, 'back step')).toBe('Marama Tuhoe');
    expect(speakerOfWords(questionnaire, 7, 'Taste everything')).toBe('Marama Tuhoe');
  });
});

describe("round 57's second batch: a live blog's hand-overs, a debate's questioner, an unnamed engineer", () => {
  it('gives the block quotation after "Here\'s what she had to say:" and after a bare "Dunstan:" to the one named', () => {
    const blog = markdownDocument(
      [
        '---\ntitle: "Fuel excise freeze – as it happened"\noutlet: Guardian Australia\nkind: live blog\n---',
        'Sarah Pemberton has been speaking to the Today show, and she is not a fan.',
        "Here's what she had to say:",
        '> This is a sugar hit. It will last six months and then what?',
        'Pemberton would not say whether the Coalition would vote against it.',
        'The prime minister, Michael Dunstan, is holding a press conference at a petrol station. He has been asked about the "sugar hit" line.',
        'Dunstan:',
        '> Well, I would say to Ms Pemberton, come out here. This is real money in real pockets.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(blog, 3, 'sugar hit')).toBe('Sarah Pemberton');
    expect(speakerOfWords(blog, 7, 'real money')).toBe('Michael Dunstan');
  });

  it('reads "JAS KAUR (audience):" as her turn, not the moderator\'s', () => {
    const debate = markdownDocument(
      [
        "---\ntitle: \"Mayoral candidates' debate\"\noutlet: Ravensmoor Civic Forum\nkind: election candidates' debate transcript\n---",
        'Moderator: Helen Oduya, presenter, Ravensmoor Community Radio',
        'HELEN ODUYA: Good evening and welcome.',
        'NAOMI FAIRWEATHER: Thank you, Helen.',
        'GRAHAM TOLLEY: Thank you.',
        'HELEN ODUYA: Our first question comes from Jas Kaur. Jas.',
        'JAS KAUR (audience): Thank you. The number 14 bus was my only way to get to work.',
        'HELEN ODUYA: Councillor Tolley.',
        'GRAHAM TOLLEY: Jas, I am sorry.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(debate, 6, 'The number 14')).toBe('Jas Kaur');
  });

  it('gives "he said" after "A coastal engineer who …, and who asked not to be named because he consults …" to the engineer', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Sumner seawall"\noutlet: Stuff\nkind: news report\n---',
        'In a post on Tuesday night, local ward councillor Tom Ashdown said he shared the frustration.',
        '"I have asked staff for a full briefing," he wrote.',
        'A coastal engineer who has worked on Canterbury sea defences, and who asked not to be named because he consults for the council, told Stuff the wall was not at immediate risk of collapse.',
        '"It is ugly, but it is not going to fall into the sea next week," he said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 4, 'It is ugly')).not.toBe('Tom Ashdown');
  });
});

describe("round 57's second review: profiles, readers, relatives, reports within speech and a roll in capitals", () => {
  it('reads no profile with bold subheads over its narration as a Q&A, and keeps a Q&A whose reader prompt closes it', () => {
    const profile = markdownDocument(
      [
        '---\ntitle: "The long exposure"\noutlet: The Spinoff\nauthor: Anna Rawhiti-Connell\nkind: interview\n---',
        'Tāme Iti-Walker is sitting in the back room of his Ōpōtiki studio.',
        '**The early years**',
        'He bought his first camera with money from a shearing gang in 1983.',
        '**The Urewera photographs**',
        'The series took him eleven years and two court cases.',
        '**What comes next**',
        'He is printing again, slowly.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(profile, 3, 'first camera')).toBeUndefined();
    const qa = markdownDocument(
      [
        '---\ntitle: "Five minutes with the Black Ferns captain"\noutlet: Stuff\nauthor: Aaron Goile\nkind: interview\n---',
        'Ruahei Demant-Hohaia leads the side into Saturday\'s final.',
        '**How is the squad feeling?**',
        'Good. Nervous, but good.',
        '**What did you change after the semi?**',
        'Our defence. We were too passive.',
        '**Who do you ring after a game?**',
        'My mum, always.',
        '**Tell us what you think: email sport@stuff.co.nz**',
      ].join('\n\n'),
    );
    expect(speakerOfWords(qa, 3, 'Nervous')).toBe('Ruahei Demant-Hohaia');
  });

  it('gives a hand-over after "X\'s father also spoke." to no one named, and a reader\'s "Peter:" to no chief executive', () => {
    const blog = markdownDocument(
      [
        '---\ntitle: "Storm clean-up – live"\noutlet: Guardian Australia\nkind: live blog\n---',
        "Former Liberal staffer Daniel Kessler-Ward did not speak to reporters. Kessler-Ward's father also spoke. Here's what he had to say:",
        "> We'll consider our options.",
        'Energex chief executive Peter Scott-Hall will give an update at 10am.',
        "We've been asking readers to send in their experiences.",
        'Peter:',
        '> Our street in Runaway Bay has been dark for 40 hours.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(blog, 2, 'consider our options')).not.toBe('Daniel Kessler-Ward');
    expect(speakerOfWords(blog, 6, 'dark for 40 hours')).not.toBe('Peter Scott-Hall');
  });

  it('keeps "she said" after "A specialist … had recommended new fans, she said." with the chief executive', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Mould in Salford flats"\noutlet: Manchester Evening News\nkind: news report\n---',
        'Salix Homes chief executive Lorraine Kelly-Hart said the association took the reports seriously. A specialist who surveyed the block in December had recommended new extractor fans, she said.',
        '"We are sorry. We will have fans in every flat by March," she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'We are sorry')).toBe('Lorraine Kelly-Hart');
  });

  it('names "THE CHAIR:" by a roll in capitals, "PRESENT: COUNCILLOR MARY ELLSWORTH (CHAIR), …"', () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Planning committee: verbatim record"\noutlet: Harwick Borough Council\nkind: transcript\n---',
        'PRESENT: COUNCILLOR MARY ELLSWORTH (CHAIR), COUNCILLOR DAVID OKAFOR, COUNCILLOR PETER LANE',
        'THE CHAIR: Good evening. We have one application tonight.',
        'COUNCILLOR OKAFOR: Thank you, Chair.',
        'THE CHAIR: Councillor Lane.',
        'COUNCILLOR LANE: I move approval.',
        'THE CHAIR: Those in favour? Carried.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 2, 'one application')).toBe('Mary Ellsworth');
  });
});
