import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('a podcast transcript with its labels in lower case on a line of their own (round 24)', () => {
  const episode = madeUpDocument(
    [
      'This transcript was created using speech recognition software.',
      '[MUSIC PLAYING]',
      'maria lindqvist\nFrom The Morning Desk, I’m Maria Lindqvist. This is The Briefing.',
      'Today, my colleague Tom Achebe on a town’s water.',
      'tom achebe\nThanks for having me, Maria.',
      'maria lindqvist\nSo where does this start?',
      'tom achebe\nIt starts in a mill town on the river.',
      'archived recording (gwen harlow)\nI just wanted to know what was in the tap.',
      'archived recording\nOrder, order, please.',
      'maria lindqvist\nWe’ll be right back.',
    ],
    { kind: 'podcast transcript', outlet: 'The Morning Desk' },
  );

  it('gives each turn to the person named, as the text prints the name, and a paragraph with no label to the voice before it', () => {
    expect(speakerOfWords(episode, 3, 'This is The Briefing.')).toBe('Maria Lindqvist');
    expect(speakerOfWords(episode, 4, 'on a town’s water')).toBe('Maria Lindqvist');
    expect(speakerOfWords(episode, 5, 'Thanks for having me')).toBe('Tom Achebe');
    expect(speakerOfWords(episode, 7, 'It starts in a mill town')).toBe('Tom Achebe');
  });

  it('gives a recording to the voice its parentheses name, capitalised when the text never prints it, and one with no name to nobody', () => {
    expect(speakerOfWords(episode, 8, 'I just wanted to know')).toBe('Gwen Harlow');
    expect(speakerOfWords(episode, 9, 'Order, order, please.')).toBeUndefined();
  });

  it('leaves the transcriber’s note before the first label nobody’s', () => {
    expect(speakerOfWords(episode, 1, 'speech recognition')).toBeUndefined();
  });

  it('reads no label in a news story’s line in lower case', () => {
    const story = madeUpDocument(['maria lindqvist\nwas the name on the ballot.', 'tom achebe\nwas the other.', 'maria lindqvist\nwon.', 'tom achebe\nconceded.'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'was the name on the ballot')).toBeUndefined();
  });
});

describe('a magazine interview under a title in title case (round 24)', () => {
  const paragraphs = [
    'Hank Osterhout’s family has farmed the same valley since 1911. Osterhout, 67, sold the last of his herd in August.',
    'We talked with Osterhout on his porch about wells and what a farmer does next.',
    'When did you know you had to sell?',
    'When the well quit. I stood there and I knew.',
    'Not even your wife?',
    'She knew before I told her.',
    'What now?',
    'I’m fixing fence I’ve ignored for ten years.',
  ];
  const titled = (title: string) => {
    const d = madeUpDocument(paragraphs, { kind: 'interview', title, author: 'Whitney Calder', outlet: 'Lone Star Monthly' });
    inBold(d, [2, 4, 6]);
    return d;
  };

  it('reads no name in a title set in title case that the text never prints, and gives the answers to the one the introduction names', () => {
    const d = titled('A Valley Farmer on Dry Wells, New Subdivisions, and Selling the Herd');
    expect(speakerOfWords(d, 4, 'I stood there and I knew.')).toBe('Hank Osterhout');
    expect(speakerOfWords(d, 3, 'When did you know')).toBe('Whitney Calder');
  });

  it('still reads a name in a title in title case when the text prints it', () => {
    const d = titled('Hank Osterhout on Dry Wells, New Subdivisions, and Selling the Herd');
    expect(speakerOfWords(d, 8, 'I’m fixing fence')).toBe('Hank Osterhout');
  });
});

describe('an estimates hearing’s labels, a title and a surname in capitals (round 24)', () => {
  const hearing = madeUpDocument(
    [
      'Members of the committee in attendance: Senators Dalby, McTiernan and Pirrone',
      'In Attendance: Senator Farrow, Minister for Regional Development',
      'Airservices: Mr Tobias Lindqvist, Chief Executive Officer',
      'CHAIR: Welcome. Senator McTiernan.',
      'Senator McTIERNAN: Thank you, Chair. How many closures were there at Albury?',
      'Mr LINDQVIST: Thirty-one, Senator.',
      'Senator FARROW: The government expects the towers to stay open.',
      'Senator McTIERNAN: So that’s a no.',
      'Mr LINDQVIST: It is a statement of the facts.',
    ],
    { kind: 'transcript', outlet: 'Parliament of Australia (Senate Hansard)' },
  );

  it('names a senator the record never names in full by the title and the surname as the text prints it', () => {
    expect(speakerOfWords(hearing, 5, 'How many closures')).toBe('Senator McTiernan');
    expect(speakerOfWords(hearing, 7, 'The government expects')).toBe('Senator Farrow');
  });

  it('still names a witness the record names in full by the full name', () => {
    expect(speakerOfWords(hearing, 6, 'Thirty-one')).toBe('Tobias Lindqvist');
  });
});

describe('titles before a name in South Asian and Nigerian copy (round 24)', () => {
  it('reads "District Collector", a police rank ("SP") and "Retiree" before a name as titles, not part of the name', () => {
    const hindu = madeUpDocument(['District Collector P. Arunachalam said the administration had written to the State government.', '“We have about 400 kits now,” Mr. Arunachalam said.']);
    expect(speakerOfWords(hindu, 2, 'We have about 400 kits now')).toBe('P. Arunachalam');
    const punch = madeUpDocument(['When contacted, the state Police Public Relations Officer, SP Olufemi Adesina, confirmed the detention.', 'He said, “The command does not condone extortion.”']);
    expect(speakerOfWords(punch, 2, 'The command does not condone extortion.')).toBe('Olufemi Adesina');
    const kini = madeUpDocument(['Retiree Kamarudin Osman, 71, whose house backs onto the slope, said he had noticed cracks.', '"I cannot sleep when it rains," he said.']);
    expect(speakerOfWords(kini, 2, 'I cannot sleep')).toBe('Kamarudin Osman');
  });
});

describe('members’ labels in the Lok Sabha’s and New Zealand’s records (round 24)', () => {
  it('reads the Lok Sabha’s seat in capitals and its asterisk for a translated speech', () => {
    const record = madeUpDocument(
      [
        'HON. CHAIRPERSON (SHRIMATI SANDHYA RAMESH REDDY): Now, Shri Anil Kumar Dhoke.',
        'SHRI ANIL KUMAR DHOKE (AKOLA): Madam, I thank you for the opportunity. The wells are dry.',
        'HON. CHAIRPERSON: Please conclude.',
        '*SHRI RAGHUVIR PRASAD YADAV (JHANJHARPUR): Madam Chairperson, Bihar is known as the land of rivers.',
        'Earlier, the well never dried.',
        'HON. CHAIRPERSON: Thank you.',
        'SHRI ANIL KUMAR DHOKE: One more point, Madam.',
      ],
      { kind: 'transcript', outlet: 'Lok Sabha Debates' },
    );
    expect(speakerOfWords(record, 2, 'The wells are dry.')).toBe('Anil Kumar Dhoke');
    expect(speakerOfWords(record, 4, 'Bihar is known as the land of rivers.')).toBe('Raghuvir Prasad Yadav');
    expect(speakerOfWords(record, 5, 'Earlier, the well never dried.')).toBe('Raghuvir Prasad Yadav');
  });

  it('reads New Zealand’s party and electorate joined by a dash', () => {
    const record = madeUpDocument(
      [
        'Hon SIMON TAVITA (Minister of Local Government): I move, That the bill be now read a second time.',
        'ASSISTANT SPEAKER (Hamish Corlett): The question is that the motion be agreed to.',
        'KIRI WAAKA (Labour—Ōhāriu): Thank you, Mr Assistant Speaker. Well, what a speech.',
        'Hon Simon Tavita: They supported it.',
        'KIRI WAAKA: They supported the intention.',
        'CAMERON HOLLOWAY (National—Rangitīkei): I am pleased to take a call on this bill.',
        'ASSISTANT SPEAKER (Hamish Corlett): Order!',
      ],
      { kind: 'transcript', outlet: 'New Zealand Parliament — Hansard (Debates)' },
    );
    expect(speakerOfWords(record, 3, 'Well, what a speech.')).toBe('Kiri Waaka');
    expect(speakerOfWords(record, 6, 'I am pleased to take a call')).toBe('Cameron Holloway');
  });
});

describe('one opening word before a comma is not the subject (round 24)', () => {
  it('reads past "Well," and "Frankly," to the body or person a relative clause speaks for', () => {
    const d = madeUpDocument([
      'Well, I wasn’t going to quote anybody, but I will quote the Infrastructure Commission, which said last year that the country has an “infrastructure deficit”.',
      'Frankly, I will quote Dr Jane Ashby, who said that “the pipes don’t care”.',
    ]);
    expect(speakerOfWords(d, 1, 'infrastructure deficit')).toBe('Infrastructure Commission');
    expect(speakerOfWords(d, 2, 'the pipes don’t care')).toBe('Jane Ashby');
  });

  it('still reads a surname ending like a participle as the subject', () => {
    const d = madeUpDocument(['Melamed, also the head of Dellsher Investment Co Inc, told a press conference: “The exchange will act.”']);
    expect(speakerOfWords(d, 1, 'The exchange will act.')).toBe('Melamed');
  });
});

describe('a state House journal naming its presiding officer over the record (round 24)', () => {
  const journal = (header: string[]) =>
    madeUpDocument(
      [
        ...header,
        'The SPEAKER pro tempore. This bill has been considered on three different days. The question is, shall the bill pass finally?',
        'The SPEAKER pro tempore. The Chair recognizes the gentlewoman from Allegheny County, Representative Dana Kessler.',
        'Mrs. KESSLER. Thank you, Mr. Speaker. This bill keeps the buses running.',
        'The SPEAKER pro tempore. The Chair thanks the gentlewoman.',
        'Mr. STOLTZFUS. Mr. Speaker, I rise in opposition.',
        'Mrs. KESSLER. Will the gentleman yield?',
      ],
      { kind: 'legislative journal (transcript)', outlet: 'Pennsylvania House of Representatives' },
    );

  it('gives the office’s label to the holder the journal names as presiding', () => {
    const d = journal(['THE SPEAKER PRO TEMPORE (PATRICK J. HALLORAN) PRESIDING']);
    expect(speakerOfWords(d, 2, 'shall the bill pass finally?')).toBe('Patrick J. Halloran');
    expect(speakerOfWords(d, 5, 'The Chair thanks the gentlewoman.')).toBe('Patrick J. Halloran');
  });

  it('leaves the office as printed when no holder is named', () => {
    const d = journal(['LEGISLATIVE JOURNAL']);
    expect(speakerOfWords(d, 2, 'shall the bill pass finally?')).toMatch(/^The SPEAKER|^The Speaker/);
  });
});

describe('a quotation in another language with its translation in parentheses (round 24)', () => {
  const d = madeUpDocument([
    'Evangeline Mangubat, 52, said her son was unarmed.',
    '"Hindi siya lumaban. Wala siyang baril. Nakiusap pa siya," she told Rappler on Monday. (He did not fight back. He did not have a gun. He even pleaded with them.)',
    'Police said the suspect fired first. (The report is on file with the station.)',
    '"We will let the evidence speak," Colonel Arnel Dizon said. (He did not take questions.)',
  ]);

  it('gives the translation to the quotation’s speaker', () => {
    expect(speakerOfWords(d, 2, 'He did not have a gun.')).toBe('Evangeline Mangubat');
    expect(speakerOfWords(d, 2, '(He did not fight back.')).toBe('Evangeline Mangubat');
  });

  it('leaves parentheses after narration, or after a quotation in English, nobody’s', () => {
    expect(speakerOfWords(d, 3, 'The report is on file')).toBeUndefined();
    expect(speakerOfWords(d, 4, 'He did not take questions.')).toBeUndefined();
  });
});

describe('an examination quoted in a judgment as "Q." and "A." lines (round 24)', () => {
  it('gives the questions to the examining counsel and the answers to the witness, not to the judge', () => {
    const d = madeUpDocument(
      [
        '[9] In chief, Mr. Devinder Sandhu said that he had “probably handled a hundred leak calls”.',
        '[10] In cross-examination by Ms. Rita Ferreira, he gave the following evidence:',
        'Q. You didn’t call Ms. Harwood back that evening?',
        'A. No.',
        'Q. Why not?',
        'A. I thought the plumber would sort it out in the morning. I had three other calls.',
        '[11] I do not accept that explanation.',
      ],
      { kind: 'court judgment', author: 'Madam Justice Tanaka', outlet: 'Supreme Court of British Columbia' },
    );
    expect(speakerOfWords(d, 3, 'You didn’t call')).toBe('Rita Ferreira');
    expect(speakerOfWords(d, 6, 'I had three other calls.')).toBe('Devinder Sandhu');
    expect(speakerOfWords(d, 7, 'I do not accept')).toBe('Madam Justice Tanaka');
  });

  it('reads counsel set off after "counsel" and the witness the paragraph before names', () => {
    const d = madeUpDocument(
      [
        '[4] Ms Lorna Tait, the defenders’ site manager, accepted that an alarm had sounded. In cross-examination, senior counsel for the pursuers, Mr Fraser, took her to a text message.',
        '[5] The following exchange then took place:',
        'Q. And you chose not to send anyone?',
        'A. There was nobody to send.',
      ],
      { kind: 'court judgment', author: 'Lord Ardmillan', outlet: 'Court of Session' },
    );
    expect(speakerOfWords(d, 3, 'you chose not to send anyone')).toMatch(/^(?:Mr )?Fraser$/);
    expect(speakerOfWords(d, 4, 'There was nobody to send.')).toBe('Lorna Tait');
  });
});

describe('a court report’s "ruled" and "submitted" after a quotation (round 24)', () => {
  it('gives the quotation to the judge or counsel named', () => {
    const d = madeUpDocument([
      'Justice Esther Osoro issued the orders on Thursday after the residents argued they had lived on the land for 30 years.',
      '“Pending the hearing of the application, an order of temporary injunction is hereby issued,” the judge ruled.',
      'The company, through its lawyer Ms Grace Njeri Mwangi, argued that it holds a title deed.',
      '“My client is the registered proprietor,” Ms Mwangi submitted.',
    ]);
    expect(speakerOfWords(d, 2, 'an order of temporary injunction')).toBe('Esther Osoro');
    expect(speakerOfWords(d, 4, 'My client is the registered proprietor')).toBe('Grace Njeri Mwangi');
  });

  it('reads no speech in "ruled" or "submitted" before a quotation’s object', () => {
    const d = madeUpDocument(['The panel ruled out any change. The plan was submitted “for review” last week.']);
    expect(speakerOfWords(d, 1, 'for review')).toBeUndefined();
  });
});

describe('"submitted" with an object after a quotation is no attribution (round 24)', () => {
  it('leaves a quotation described by its speaker to him, not to the body that submitted a note after it', () => {
    const d = madeUpDocument(['Nissen said that following a meeting with the Bank of England, which he described as "very helpful," GEMMA submitted a note making further points.']);
    expect(speakerOfWords(d, 1, 'very helpful')).not.toBe('GEMMA');
  });
});

describe('a whole sentence quoted back to "you" in a turn (round 24)', () => {
  const interview = madeUpDocument(
    [
      'FIONA DARROW: Good morning. The government says it is on course.',
      'MARTIN HALE: Good morning, Fiona.',
      'FD: The price cap goes up again in January. You said in March, quote, "Bills will come down, and they will come down this parliament."',
      'MH: Yes.',
      'FD: And you said the plan was "fully costed".',
      'MH: It is.',
    ],
    { kind: 'transcript', outlet: 'BBC One' },
  );

  it('gives the quotation to the one addressed, the last other speaker', () => {
    expect(speakerOfWords(interview, 3, 'Bills will come down')).toBe('Martin Hale');
  });

  it('leaves a fragment woven into the asker’s own sentence the asker’s', () => {
    expect(speakerOfWords(interview, 5, 'fully costed')).not.toBe('Martin Hale');
  });

  it('gives it to a name addressed at the sentence’s start when the text names that person in full', () => {
    const call = madeUpDocument(
      [
        'Mark Lindqvist: Thank you, operator. Volumes fell again.',
        'Operator: Our first question comes from Tom Ferreira with Baird.',
        'Tom Ferreira: Thanks. Mark, last quarter you said, quote, "We think the bottom is in," end quote. Is it?',
        'Mark Lindqvist: I did say that.',
        'Operator: Next question.',
        'Tom Ferreira: Thank you.',
      ],
      { kind: 'earnings call transcript', outlet: 'The Motley Fool' },
    );
    expect(speakerOfWords(call, 3, 'We think the bottom is in')).toBe('Mark Lindqvist');
  });
});

describe('a name in the possessive before a relation is not the sentence’s subject (round 24)', () => {
  it('gives a "he said" after "Sarr’s son Cheikh, 24, was loading fuel" to the son, not the father heard before', () => {
    const d = madeUpDocument([
      '"Before, we would come back with the boat full," said Mamadou Sarr, 52, mending a net.',
      "Back on the beach, Sarr's son Cheikh, 24, was loading fuel into a pirogue for a night trip.",
      '"My father says the sea was generous. For me, it has never been generous," he said.',
    ]);
    expect(speakerOfWords(d, 3, 'My father says')).toBe('Cheikh');
  });
});

describe('the review of round 24: what the new rules must not do', () => {
  it('reads no translation in an aside after an English quotation, or after a short maxim', () => {
    const d = madeUpDocument(['“Absolutely unacceptable, frankly disgraceful,” Mr Tom Hale said. (He later withdrew the remark.)', '“Wir schaffen das,” Angela Merkel said. (The phrase became a rallying cry for her critics.)']);
    expect(speakerOfWords(d, 1, 'He later withdrew the remark.')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'The phrase became')).toBeUndefined();
  });

  it('reads no examination in an explainer’s "Q." and "A." lines', () => {
    const d = madeUpDocument(['Health Minister Ana Ruiz announced the new vaccine rules on Monday.', 'Q. Who can get the vaccine?', 'A. Anyone over 65, and anyone with a chronic illness.', 'Q. Where?', 'A. At any pharmacy.']);
    expect(speakerOfWords(d, 3, 'Anyone over 65')).toBeUndefined();
  });

  it('names no witness when the introduction gives the witness as a pronoun and names someone else', () => {
    const d = madeUpDocument(
      ['[9] Ms. Helen Harwood gave evidence first.', '[10] In cross-examination by Ms. Rita Ferreira, she was asked about her call to Mr. Devinder Sandhu:', 'Q. Did you call him?', 'A. Twice.'],
      { kind: 'court judgment', author: 'Madam Justice Tanaka', outlet: 'Supreme Court of British Columbia' },
    );
    expect(speakerOfWords(d, 4, 'Twice.')).not.toBe('Devinder Sandhu');
  });

  it('reads counsel after "counsel …," only as a titled name', () => {
    const d = madeUpDocument(
      ['[12] Mr Jamal Okoye gave evidence about the night.', '[13] Counsel for the accused, relying on Peter Oakes, put the following evidence to him:', 'Q. You were there?', 'A. I was.'],
      { kind: 'court judgment', author: 'Justice Moreau', outlet: 'Court of Appeal' },
    );
    expect(speakerOfWords(d, 3, 'You were there?')).not.toBe('Peter Oakes');
  });

  it('gives no quotation to the one addressed for a hypothetical, a generic "you", a document quoted or a name it cannot complete', () => {
    const d = madeUpDocument(
      [
        'JANE COLE: Thank you for having me.',
        'FIONA DARROW: Thank you, Jane. Martin Hale joins me now.',
        'MARTIN HALE: Good morning.',
        'FIONA DARROW: Why don’t you just say, "We got this wrong"? Many of you told me, "We just want a fair deal." You said you had read the report, which says, quote, "Bills will rise next year."',
        'MARTIN HALE: No.',
        'FIONA DARROW: Minister, you said in March, quote, "Bills will come down this parliament."',
        'MARTIN HALE: I did.',
      ],
      { kind: 'transcript', outlet: 'BBC One' },
    );
    expect(speakerOfWords(d, 4, 'We got this wrong')).not.toBe('Martin Hale');
    expect(speakerOfWords(d, 4, 'We just want a fair deal.')).not.toBe('Martin Hale');
    expect(speakerOfWords(d, 4, 'Bills will rise next year.')).not.toBe('Martin Hale');
    expect(speakerOfWords(d, 6, 'Bills will come down this parliament.')).not.toBe('Jane Cole');
  });

  it('keeps "two people, nobody" when a possessive is not a family relation’s', () => {
    const d = madeUpDocument(['“We never cut corners,” said coach Dan Alvarez.', "Alvarez's decision to drop striker Tom Reed angered fans.", '“I stand by it,” he said.']);
    expect(speakerOfWords(d, 3, 'I stand by it')).not.toBe('Tom Reed');
  });

  it('still reads first names ending in "-ly", "AIG" and "Indeed" as names', () => {
    const d = madeUpDocument(['Beverly, 61, said: “The buses never come on time.”', '“Claims rose in the quarter,” AIG said.', '“Postings for nurses rose again,” Indeed said.']);
    expect(speakerOfWords(d, 1, 'The buses never come')).toBe('Beverly');
    expect(speakerOfWords(d, 2, 'Claims rose')).toBe('AIG');
    expect(speakerOfWords(d, 3, 'Postings for nurses')).toBe('Indeed');
  });
});
