import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('books of condolence and other entries signed below their text (round 35)', () => {
  const book = madeUpDocument(
    [
      'Professor Ann Lee, 1941–2023',
      'It is with great sadness that we announce the death of Professor Ann Lee. Entries are moderated.',
      '— Faculty of Arts, Example University',
      '---',
      'Entry 1 · 5 June 2023',
      'Ann was my supervisor. Her favourite comment in the margin was "Who says?" I still hear it.',
      'Prof. Petra Novak, Institute of History',
      '---',
      'Entry 2 · 6 June 2023',
      'She gave me a C on my first essay. I became a historian.',
      'A former student, class of 1994',
      '---',
      'Entry 3 · 7 June 2023',
      'Dear Tom and Eva,',
      'My family and I were her neighbours for thirty years.',
      'With love, Marta Svoboda, Brno',
      '---',
      'Entry 4 · 8 June 2023',
      'The Student Council mourns her. We owe our council to her.',
      'Student Council of the Faculty of Arts',
    ],
    { kind: 'book of condolence', outlet: 'Example University', title: 'Online book of condolence: Professor Ann Lee' },
  );

  it("gives each entry to the one who signs it, a person or a body, and its heading and signature to no one", () => {
    expect(speakerOfWords(book, 6, 'Ann was my supervisor')).toBe('Petra Novak');
    expect(speakerOfWords(book, 6, 'Who says?')).not.toBe('Petra Novak');
    expect(speakerOfWords(book, 14, 'Dear Tom')).toBe('Marta Svoboda');
    expect(speakerOfWords(book, 15, 'My family')).toBe('Marta Svoboda');
    expect(speakerOfWords(book, 19, 'We owe')).toBe('Student Council of the Faculty of Arts');
    expect(speakerOfWords(book, 5, 'Entry 1')).toBeUndefined();
    expect(speakerOfWords(book, 7, 'Prof. Petra Novak')).toBeUndefined();
    expect(speakerOfWords(book, 16, 'With love')).toBeUndefined();
  });

  it('leaves an entry signed with a description to no one, and the book\'s own note to its publisher', () => {
    expect(speakerOfWords(book, 10, 'I became a historian')).toBeUndefined();
    expect(speakerOfWords(book, 2, 'Entries are moderated')).toBe('Example University');
  });

  it("reads no entries in a news report ruled into parts, whose last lines are credits, not signatures", () => {
    const story = madeUpDocument(
      [
        'The council approved the budget on Monday. Taxes will rise by 3%.',
        'Reporting by Jana Novak',
        '---',
        'The mayor said the rise was unavoidable. "I regret it," she said.',
        'Additional reporting by Tom Hale',
      ],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 1, 'The council approved')).toBeUndefined();
    expect(speakerOfWords(story, 4, 'The mayor said')).toBeUndefined();
  });
});

describe("an archive's transcriptions and an editor's edition (round 35)", () => {
  it("gives a catalogue record's transcribed letter to the writer its title names, not the archivist's note nor the letter's place, date and signature", () => {
    const record = madeUpDocument(
      [
        '| Field | Entry |\n|---|---|\n| Reference | EX-311/1941/208 |',
        "Archivist's note",
        'The letter could not be sent at the time of writing. He was killed eleven days later.',
        'Transcription',
        'East Wretham, 14 August 1941',
        'Dear Mother,',
        'I am writing this even though I know you will not get it for a long time.',
        'your son Tomas',
        '---',
        'Related items: a photograph of the writer in uniform.',
      ],
      { kind: 'archived letter (catalogue record with transcription)', outlet: 'Example Military Archive', title: 'Letter from Sergeant Pilot Tomas Vanek to his mother, 1941' },
    );
    expect(speakerOfWords(record, 7, 'I am writing')).toBe('Tomas Vanek');
    expect(speakerOfWords(record, 6, 'Dear Mother')).toBe('Tomas Vanek');
    expect(speakerOfWords(record, 3, 'The letter could not')).toBeUndefined();
    expect(speakerOfWords(record, 5, 'East Wretham')).toBeUndefined();
    expect(speakerOfWords(record, 8, 'your son')).toBeUndefined();
    expect(speakerOfWords(record, 10, 'Related items')).toBeUndefined();
  });

  const edition = (heading: string) =>
    madeUpDocument(
      [
        "Editor's introduction",
        'I have transcribed the entries as faithfully as I could. My notes follow the extracts.',
        heading,
        '2 September 1890',
        'Rain since Sunday. We baked double today because the mill may stop.',
        'Notes',
        'The flood of 1890 is the highest recorded on the river.',
      ],
      { kind: 'diary extracts (annotated edition)', outlet: 'Example History Society', author: 'Tomas Hruby', title: 'From the diary of Ludmila Vesela, 1890' },
    );

  it("gives an annotated edition's entries to the diarist its title names and its introduction and notes to the editor", () => {
    const annotated = edition('The extracts');
    expect(speakerOfWords(annotated, 5, 'Rain since Sunday')).toBe('Ludmila Vesela');
    expect(speakerOfWords(annotated, 4, '2 September')).toBeUndefined();
    expect(speakerOfWords(annotated, 2, 'I have transcribed')).toBe('Tomas Hruby');
    expect(speakerOfWords(annotated, 7, 'The flood of 1890')).toBe('Tomas Hruby');
  });

  it('leaves an edition whose writings the rules cannot find to no one, editor and diarist alike', () => {
    const unfound = edition('Autumn');
    expect(speakerOfWords(unfound, 5, 'Rain since Sunday')).toBeUndefined();
    expect(speakerOfWords(unfound, 2, 'I have transcribed')).toBeUndefined();
  });
});

describe('a speech its title names the maker of, printed between its publisher\'s notes (round 35)', () => {
  const speech = (title: string) =>
    madeUpDocument(
      [
        'Press Office of the City of Examplia',
        '*The Mayor spoke after the laying of wreaths. Interjections are noted in italics.*',
        '---',
        'Families, survivors, friends,',
        'Fifty years ago this morning two trains collided. I was not born then.',
        '[Minute of silence. The bell of St Bartholomew\'s Church is rung twenty-three times.]',
        'Thank you.',
        '---',
        'The commemoration was organised by the City of Examplia. Media contact: press@example.org.',
      ],
      { kind: 'commemoration speech (text as delivered)', outlet: 'City of Examplia', title },
    );

  it('gives the speech to the office-holder its title names after a comma, and the notes before and after its rules to no one', () => {
    const named = speech('Speech by the Mayor of Examplia, Dana Prochazkova, at the commemoration of the collision');
    expect(speakerOfWords(named, 5, 'Fifty years ago')).toBe('Dana Prochazkova');
    expect(speakerOfWords(named, 7, 'Thank you')).toBe('Dana Prochazkova');
    expect(speakerOfWords(named, 2, 'The Mayor spoke')).toBeUndefined();
    expect(speakerOfWords(named, 6, 'The bell')).toBeUndefined();
    expect(speakerOfWords(named, 9, 'The commemoration was organised')).toBeUndefined();
  });

  it('names no one when the title gives an office alone', () => {
    const unnamed = speech('Speech by the Mayor, at the commemoration of the collision');
    expect(speakerOfWords(unnamed, 5, 'Fifty years ago')).toBeUndefined();
  });
});

describe("an archive's file of telegrams and a memorandum (round 35)", () => {
  const telegrams = madeUpDocument(
    [
      'The file holds the telegrams between Minister Emil Kovar in Stockholm and Rudolf Krejci in Prague.',
      'Telegram 1',
      'From: Legation Stockholm\nTo: Political Section, Prague',
      'SWEDISH FOREIGN OFFICE INFORMS ME FORTY ONE OUR CITIZENS ARRIVED MALMO BY FERRY STOP ALL HOLD VALID PASSPORTS',
      'KOVAR',
      'Telegram 2',
      'From: Political Section, Prague\nTo: Legation Stockholm',
      'YOUR 311 STOP MINISTRY REQUIRES FULL LIST OF NAMES AND INTENDED DESTINATIONS STOP REMIND PERSONS CONCERNED',
      'KREJCI',
      'Telegram 3',
      'From: Legation Stockholm\nTo: Political Section, Prague',
      'YOUR 2207 STOP I HAVE NOT COMPILED THE LIST AND RESPECTFULLY DECLINE TO DO SO STOP THESE PEOPLE CAME FOR PROTECTION',
      'KOVAR',
      'Telegram 4',
      'From: Political Section, Prague\nTo: Legation Stockholm',
      'YOUR 318 NOT ACCEPTED STOP LIST REQUIRED BY 12 OCTOBER STOP ANY FURTHER POLITICAL MESSAGES TO BE SENT THROUGH THE MINISTER',
      'KREJCI',
    ],
    { kind: 'archival telegrams (digitised file with catalogue description)', outlet: 'Archive of the Ministry of Foreign Affairs' },
  );

  it('reads a name under a text and over the next heading as its signature, never as the heading of the next telegram', () => {
    expect(speakerOfWords(telegrams, 8, 'YOUR 311 STOP')).toBeUndefined();
    expect(speakerOfWords(telegrams, 12, 'YOUR 2207 STOP')).toBeUndefined();
    expect(speakerOfWords(telegrams, 16, 'YOUR 318')).toBeUndefined();
  });

  it("leaves an archive's catalogue description to no one, a record, not the archive speaking", () => {
    expect(speakerOfWords(telegrams, 1, 'The file holds')).toBeUndefined();
  });

  it("gives a memorandum ruled off in an archive's file to the one its From: field names and who signs it", () => {
    const memo = madeUpDocument(
      [
        'Catalogue reference: FCO 28/3097',
        '---',
        'CONFIDENTIAL',
        'From: Andrew Whitcombe, First Secretary (Political)\nTo: Richard Hollis, Head of Department',
        '1. I have now been approached three times in ten days by people who signed the declaration.',
        '2. My own view is that we should receive such people politely and promise nothing.',
        'Andrew Whitcombe',
        '---',
        'Document reproduced from the file copy.',
      ],
      { kind: 'declassified diplomatic memorandum', outlet: 'The National Archives' },
    );
    expect(speakerOfWords(memo, 5, 'I have now been approached')).toBe('Andrew Whitcombe');
    expect(speakerOfWords(memo, 6, 'My own view')).toBe('Andrew Whitcombe');
    expect(speakerOfWords(memo, 7, 'Andrew Whitcombe')).toBeUndefined();
    expect(speakerOfWords(memo, 9, 'Document reproduced')).toBeUndefined();
  });
});

describe("reporters named by their outlet, a viewer's false title and a decision's defined terms (round 35)", () => {
  it('leaves a press conference\'s "Q (BBC Scotland):" to no one, neither the outlet nor the officer answering before', () => {
    const briefing = madeUpDocument(
      [
        'COMMANDER JANE ROSS: The building collapsed at 6.40 this morning.',
        'Q (Kelvinside Courier): Commander, do you know what caused the collapse?',
        'COMMANDER JANE ROSS: Not yet.',
        'Q (BBC Scotland): There are reports that residents complained about cracks. Was the council aware?',
        'COMMANDER JANE ROSS: That is a question for the council.',
        'Q (Mark Ellery, Northern Echo): When will residents go home?',
      ],
      { kind: 'transcript', outlet: 'Police Scotland' },
    );
    expect(speakerOfWords(briefing, 2, 'do you know what caused')).toBeUndefined();
    expect(speakerOfWords(briefing, 4, 'Was the council aware?')).toBeUndefined();
    expect(speakerOfWords(briefing, 5, 'That is a question')).toBe('Jane Ross');
    expect(speakerOfWords(briefing, 6, 'When will residents')).toBe('Mark Ellery');
  });

  it('reads "Viewer Shannon Doucette" as Shannon Doucette', () => {
    const live = madeUpDocument(['Viewer Shannon Doucette sent us a photo of a tree on a car. "It came down with a crack like a gunshot," she wrote.'], { kind: 'news report', outlet: 'Example TV' });
    expect(speakerOfWords(live, 1, 'It came down')).toBe('Shannon Doucette');
  });

  it('gives the words of a term a decision defines for a person, "the Referee", to that person', () => {
    const reasons = madeUpDocument(
      [
        '1. The Commission had before it the report of the referee, Mr Kwame Osei-Bonsu ("the Referee"), after The FA charged Jordan Ashworth ("the Player").',
        '2. In his report, the Referee stated: "He put his face close to mine and shouted."',
        '3. In his written response, the Player said: "I accept I lost my temper."',
      ],
      { kind: 'written reasons', outlet: 'The Football Association' },
    );
    expect(speakerOfWords(reasons, 2, 'He put his face')).toBe('Kwame Osei-Bonsu');
    expect(speakerOfWords(reasons, 3, 'I accept I lost')).toBe('Jordan Ashworth');
  });
});

describe("a Hansard's page numbers and headings before a direction (round 35)", () => {
  it('reads "Page: 1" as no speaker\'s label, and a heading before "(Member\'s Statement)" and a label as ending the turn before', () => {
    const hansard = madeUpDocument(
      [
        'NATIONAL ASSEMBLY',
        'Page: 1',
        'The House met at 14:00.',
        'WATER SUPPLY INTERRUPTIONS IN EMFULENI',
        "(Member's Statement)",
        'Ms N K MASHEGO (ANC): Hon House Chair, residents have queued at tankers for weeks. I thank you.',
        'UNEMPLOYMENT AMONG YOUNG GRADUATES',
        "(Member's Statement)",
        'Mr S M NTULI (EFF): Chairperson, graduates are selling sweets at robots.',
        'The HOUSE CHAIRPERSON (Mr T N Radebe): Your time has expired, hon member.',
        'Mr S M NTULI (EFF): Thank you, Chair.',
      ],
      { kind: 'transcript', outlet: 'Parliament of South Africa' },
    );
    expect(speakerOfWords(hansard, 3, 'The House met')).toBeUndefined();
    expect(speakerOfWords(hansard, 4, 'WATER SUPPLY')).toBeUndefined();
    expect(speakerOfWords(hansard, 7, 'UNEMPLOYMENT AMONG')).toBeUndefined();
    expect(speakerOfWords(hansard, 6, 'residents have queued')).toBe('Ms N K Mashego');
    expect(speakerOfWords(hansard, 9, 'graduates are selling')).toBe('Mr S M Ntuli');
  });
});

describe('a relative the document names in apposition (round 35)', () => {
  it('gives "my mother said" to the mother it names, "my mother, Olga,", and leaves an unnamed relative to no one', () => {
    const memoir = madeUpDocument(
      [
        'The noise that woke me was my mother, Olga, standing in the hall and saying my father\'s name.',
        '"You don\'t have to do anything," my mother said. "You are an engineer, not a soldier."',
        '"Did they hurt you?" my mother asked.',
        '"It was cold," my brother said.',
      ],
      { kind: 'memoir excerpt', outlet: 'Example Books', author: 'Vera Benes' },
    );
    expect(speakerOfWords(memoir, 2, "You don't have to")).toBe('Olga');
    expect(speakerOfWords(memoir, 3, 'Did they hurt you?')).toBe('Olga');
    expect(speakerOfWords(memoir, 4, 'It was cold')).toBeUndefined();
  });
});

describe('the review of round 35', () => {
  it("reads no signed entries in a news story's or an opinion piece's ruled sections, nor past a memo's own", () => {
    const story = madeUpDocument(
      ['Floods hit the north on Monday, police told us.', 'Jana Novak, Ostrava', '---', 'In the south, our reporter found roads closed.', 'Tom Hale, Brno', '---', 'More rain is forecast.'],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 1, 'Floods hit')).toBeUndefined();
    const column = madeUpDocument(
      ['I spent a week on the high street.', 'Jana Novak, who opened her cafe in 2019', '***', 'The rents are the problem. I have no doubt.', 'Tom Hale, owner of the Blue Cup', '***', 'I will go back.'],
      { kind: 'opinion', outlet: 'Example Herald', author: 'Petr Dvorak' },
    );
    expect(speakerOfWords(column, 1, 'I spent a week')).toBe('Petr Dvorak');
    const leak = madeUpDocument(
      ['---', 'From: Andrew Whitcombe, Director\nTo: All staff', 'I know this is hard news.', 'Andrew Whitcombe', '---', 'Unions said they would fight the closure. We asked the company for comment.', 'Jana Novak, Leeds'],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(leak, 6, 'Unions said')).toBeUndefined();
  });

  it('reads no defined term for the object of a complaint or a letter, nor a plural or a document\'s term', () => {
    const decision = madeUpDocument(
      [
        '1. The panel considered the complaint made against Mr Tom Hale ("the Complaint") and the warning letter sent to Ms Eva Marsh ("the Letter").',
        '2. The Complaint stated: "He shouted at staff."',
        '3. The Letter said: "Your conduct fell below the standard."',
      ],
      { kind: 'disciplinary decision', outlet: 'Example Council' },
    );
    expect(speakerOfWords(decision, 2, 'He shouted')).not.toBe('Tom Hale');
    expect(speakerOfWords(decision, 3, 'Your conduct')).not.toBe('Eva Marsh');
  });

  it("reads no transcribed text in a story about a letter, nor a writer from a possessive, a made-up diary or two correspondents", () => {
    const story = madeUpDocument(['The mayor wrote to councillors on Monday.', 'Text of the letter', 'I will not resign.', 'Councillors said they would call a vote.'], {
      kind: 'news report (print edition)',
      outlet: 'Example Echo',
      title: 'Letter from Mayor Jana Novak angers councillors',
    });
    expect(speakerOfWords(story, 4, 'Councillors said')).toBeUndefined();
    for (const title of ["A diary of Keir Starmer's first 100 days", 'The Secret Diary of Boris Johnson, aged 58', 'Correspondence of Jana Novak and Tomas Vanek']) {
      const edition = madeUpDocument(['The extracts', 'I am well and the food is good.'], { kind: 'annotated edition', outlet: 'Example Archive', title });
      expect(speakerOfWords(edition, 2, 'I am well')).toBeUndefined();
    }
  });

  it("gives no speech to a relation's name nor to a place after the office", () => {
    const speech = madeUpDocument(['Friends,', 'My father would have been proud today. Thank you.'], { kind: 'speech', outlet: 'Example Foundation', title: 'Speech by the son of the late President, Vaclav Havel, at the unveiling' });
    expect(speakerOfWords(speech, 2, 'My father would')).not.toBe('Vaclav Havel');
  });

  it("keeps a play's names over directions as headings, a ruled-off speech's own first words the speaker's, and a bracketed aside in the first person the author's", () => {
    const play = madeUpDocument(
      ['Scene one. A kitchen at night.', 'JANA', '(quietly)', 'I know what you did. I saw the letter.', 'TOM', '(turning away)', 'Then you know why I did it.', 'JANA', 'I want to hear you say it.', 'TOM', '(after a pause)', 'I did it for us.'],
      { kind: 'play script', outlet: 'Example Theatre' },
    );
    expect(speakerOfWords(play, 4, 'I know what')).toBe('Jana');
    expect(speakerOfWords(play, 12, 'I did it for us')).toBe('Tom');
    const speech = madeUpDocument(
      ['Conference, friends. I am honoured to be here.', '***', 'We will build the homes this country needs.', '***', 'I will end where I began. Thank you.'],
      { kind: 'speech', outlet: 'Example Party', title: 'Speech by Jana Novak, Prime Minister, at the party conference' },
    );
    expect(speakerOfWords(speech, 1, 'I am honoured')).toBe('Jana Novak');
    expect(speakerOfWords(speech, 5, 'I will end')).toBe('Jana Novak');
    const column = madeUpDocument(['Tesla had a bad quarter.', '[Disclosure: I own shares in Tesla and I drive one.]'], { kind: 'opinion', outlet: 'Example Herald', author: 'Petr Dvorak' });
    expect(speakerOfWords(column, 2, 'I own shares')).toBe('Petr Dvorak');
  });

  it("keeps a reader's letter the reader's past a listed line and a quoted \"Tom says:\"", () => {
    const column = madeUpDocument(
      ['Q. My husband and I argue about money.', '- I earn £30,000 and pay the mortgage', 'He spends everything. Should I leave him?', 'Tom says: let her go, she is 24.', 'I do not know what to do.', 'A. Talk to him first.'],
      { kind: 'advice column', outlet: 'Example Independent', author: 'Bernadette Hale' },
    );
    expect(speakerOfWords(column, 3, 'He spends everything')).toBeUndefined();
    expect(speakerOfWords(column, 5, 'I do not know')).toBeUndefined();
    expect(speakerOfWords(column, 6, 'Talk to him')).toBe('Bernadette Hale');
  });

  it('reads "In Prague I met" as the first person, and leaves "Q (Reuters):" to no one', () => {
    const post = madeUpDocument(
      ["We've been putting off writing this.", 'Kája (vocals):\nWhen we started, I was nineteen.', 'Honza (guitar):\nOn Monday I played my last show.', 'Petr (drums):\nAfter Prague I knew it was over.'],
      { kind: 'social media announcement', outlet: 'The Band' },
    );
    expect(speakerOfWords(post, 3, 'On Monday I played')).toBe('Honza');
    expect(speakerOfWords(post, 4, 'After Prague I knew')).toBe('Petr');
    const briefing = madeUpDocument(['MINISTER: We will act.', 'Q (Reuters): When?', 'MINISTER: Soon.', 'Q (Reuters): How soon?', 'MINISTER: This week.'], { kind: 'transcript', outlet: 'Example Ministry' });
    expect(speakerOfWords(briefing, 2, 'When?')).toBeUndefined();
  });
});

describe("an emergency notice's and an advisory's fields (round 35)", () => {
  it('leaves "Issued:", "Issuing authority:", "Incident:" and "Advisory number:" to no one, and the notice\'s text to its issuer', () => {
    const order = madeUpDocument(
      ['Issued: August 22, 2025, 2:15 p.m.', "Issuing authority: Salinas Ridge County Sheriff's Office", 'Incident: Cedar Fork Fire', 'Advisory number: 2025-004', 'We are ordering residents of Zone 4 to leave now.'],
      { kind: 'evacuation order', outlet: 'Salinas Ridge County Office of Emergency Services' },
    );
    for (const [n, words] of [[1, 'Issued'], [2, 'Issuing authority'], [3, 'Incident'], [4, 'Advisory number']] as const) expect(speakerOfWords(order, n, words)).toBeUndefined();
    expect(speakerOfWords(order, 5, 'We are ordering')).toBe('Salinas Ridge County Office of Emergency Services');
  });
});

describe("the review of round 35's rules (round 36)", () => {
  it("gives no one's relative the name the text gives another's: \"Her mother, Jana Novak\" is not his mother", () => {
    const story = madeUpDocument(
      [
        'Eva Novak, 17, was a gifted pianist. Her mother, Jana Novak, said she practised every day.',
        'Tom Hale, 19, was driving the second car. "He was the kindest boy," his mother said.',
      ],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 2, 'He was the kindest boy')).not.toBe('Jana Novak');
    const obituary = madeUpDocument(
      ['Jan Kubát is survived by his wife, Hana, and their daughter, Eliška.', '"He made me sit still for an hour," his daughter said. "I understand it now."'],
      { kind: 'obituary', outlet: 'Example News' },
    );
    expect(speakerOfWords(obituary, 2, 'He made me sit still')).toBe('Eliška');
  });

  it('gives "a spokesman for her husband said" to the spokesman, not the husband', () => {
    const story = madeUpDocument(
      ['Her husband, Tom Hale, was charged on Friday.', '"He denies the charge absolutely," a spokesman for her husband said.', '"We are praying for them," a friend of her son said.'],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 2, 'He denies the charge')).not.toBe('Tom Hale');
    expect(speakerOfWords(story, 3, 'We are praying')).not.toBe('Tom Hale');
  });

  it('reads a defined term only as capitalised: "the claimant" in a report defining "the Claimant" is any claimant', () => {
    const story = madeUpDocument(
      [
        'A tribunal found that Ms Eva Marsh ("the Claimant") had been unfairly dismissed.',
        'This week a second woman, Ms Jana Novak, brought a claim. "I was sacked for being pregnant," the claimant told reporters.',
      ],
      { kind: 'news report', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 2, 'I was sacked')).not.toBe('Eva Marsh');
  });

  it('keeps a participant named with a title, "Q (Dr. Anna Lee):", hers, not an outlet\'s', () => {
    const briefing = madeUpDocument(
      ['COMMANDER JANE ROSS: The building collapsed at 6.40 this morning.', 'Q (BBC Scotland): Commander, do you know what caused it?', 'COMMANDER JANE ROSS: Not yet.', 'Q (Dr. Anna Lee): Were residents warned?'],
      { kind: 'transcript', outlet: 'Police Scotland' },
    );
    expect(speakerOfWords(briefing, 4, 'Were residents warned')).toBe('Anna Lee');
  });
});

describe("the review of round 35's rules, second part (round 36)", () => {
  it("reads no photograph's caption under a release's sections as an entry's signature", () => {
    const release = madeUpDocument(
      [
        'Acme opens its Leeds plant',
        'We will employ 300 people at the new plant.',
        'Jane Doe, Chief Executive, at the opening in Leeds',
        '---',
        'We are also investing in apprenticeships.',
        'Tom Hale, Plant Manager, with the first apprentices',
        '---',
        'Media enquiries: press@acme.example',
      ],
      { kind: 'press release', outlet: 'Acme Ltd' },
    );
    expect(speakerOfWords(release, 2, 'We will employ')).toBe('Acme Ltd');
    expect(speakerOfWords(release, 5, 'We are also investing')).toBe('Acme Ltd');
  });

  it('names no place as the writer a record\'s title names, nor as a speech\'s maker', () => {
    const record = madeUpDocument(['Catalogue description', 'A postcard of the colonnade.', 'Transcription', 'Dear Mother, the waters are doing me good. Your son'], {
      kind: 'archival record (catalogue description)',
      outlet: 'Example Archive',
      title: 'Postcard from Karlovy Vary, 1936',
    });
    expect(speakerOfWords(record, 4, 'the waters are doing me good')).toBeUndefined();
    const speech = madeUpDocument(['Speech by the President of the Republic, Prague Castle', 'Good evening. Tonight we remember those who fell.'], { kind: 'speech', outlet: 'Office of the President' });
    expect(speakerOfWords(speech, 2, 'Tonight we remember')).not.toBe('Prague Castle');
  });

  it("ends a transcribed letter at an archive's own heading", () => {
    const record = madeUpDocument(
      ['Transcription', 'Dear Mother, we flew again last night. I am well.', 'Your son Tomas', 'Biographical history', 'Tomas Vanek was born in Brno in 1915. He was killed in 1942.'],
      { kind: 'archival record (catalogue description)', outlet: 'Example Archive', title: 'Letter from Sergeant Pilot Tomas Vanek to his mother, 1941' },
    );
    expect(speakerOfWords(record, 2, 'we flew again')).toBe('Tomas Vanek');
    expect(speakerOfWords(record, 5, 'was born in Brno')).toBeUndefined();
  });

  it("ends a reader's letter at a sign-off line, not at a dashed line the reader quotes", () => {
    const column = madeUpDocument(
      ['Q. My sister has asked me to be her guarantor. She has written:', '— Please, it is only for a year.', 'She has missed payments before. Am I mad to say no?', 'A. You are not mad. Say no kindly.'],
      { kind: 'advice column', outlet: 'Example Times', author: 'Bernadette Hale' },
    );
    expect(speakerOfWords(column, 3, 'She has missed payments')).toBeUndefined();
    expect(speakerOfWords(column, 4, 'You are not mad')).toBe('Bernadette Hale');
  });

  it('keeps a podcast headed by its speakers with a time code under each name', () => {
    const podcast = madeUpDocument(
      ['JANA NOVAK', '00:00:05', 'Welcome to the show. Today we talk about rents.', 'TOM HALE', '00:00:12', 'Thanks for having me. Rents have doubled.', 'JANA NOVAK', '00:00:20', 'Why have they doubled?', 'TOM HALE', '00:00:26', 'Because nothing was built.'],
      { kind: 'podcast transcript', outlet: 'Example Radio' },
    );
    expect(speakerOfWords(podcast, 6, 'Rents have doubled')).toBe('Tom Hale');
    expect(speakerOfWords(podcast, 3, 'Today we talk')).toBe('Jana Novak');
  });
});
