import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('a Senate hearing printed with its labels in mixed case (round 23)', () => {
  const hearing = madeUpDocument(
    [
      'The committee met, pursuant to notice, at 10:02 a.m., Hon. Warren Tolliver, chairman of the committee, presiding.',
      'The Chairman. The Committee will come to order. We are here to examine drug shortages.',
      'Senator Easterbrook.',
      'Senator Easterbrook. Thank you, Mr. Chairman. Shortages are not new.',
      'The Chairman. Thank you, Senator. Dr. Okafor.',
      'STATEMENT OF NNAMDI OKAFOR, M.D., DIRECTOR, OFFICE OF SUPPLY CHAIN RESILIENCE',
      'Dr. Okafor. Thank you for the opportunity to testify. FDA shares your concern.',
      'Senator Easterbrook. Does FDA collect data on cost?',
      'Dr. Okafor. No, Senator, we do not.',
    ],
    { kind: 'transcript', outlet: 'U.S. Government Publishing Office' },
  );

  it("gives each turn to the label's speaker, a witness by the full name the heading gives", () => {
    expect(speakerOfWords(hearing, 2, 'The Committee will come to order.')).toMatch(/Chairman|Tolliver/);
    expect(speakerOfWords(hearing, 4, 'Shortages are not new.')).toBe('Senator Easterbrook');
    expect(speakerOfWords(hearing, 7, 'FDA shares your concern.')).toBe('Nnamdi Okafor');
    expect(speakerOfWords(hearing, 9, 'we do not')).toBe('Nnamdi Okafor');
  });

  it('reads a title and surname alone on a line as the chair calling on a member, the chair’s words', () => {
    expect(speakerOfWords(hearing, 3, 'Senator Easterbrook.')).toMatch(/Chairman|Tolliver/);
  });

  it('reads no label in a news story’s paragraph that opens with a title and a name', () => {
    const story = madeUpDocument(['Senator Easterbrook. That was the name on every lip in the chamber on Tuesday.', 'The bill passed 61-39.'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'That was the name on every lip')).toBeUndefined();
  });
});

describe('the Rajya Sabha’s record (round 23)', () => {
  const record = madeUpDocument(
    [
      'MR. DEPUTY CHAIRMAN: Now, we will take up the Calling Attention Motion.',
      'SHRI HARIPADA MAHATO (Jharkhand): Sir, I beg to call the attention of the Minister.',
      'MR. DEPUTY CHAIRMAN: Please put your clarification.',
      'SHRI TAPAN KUMAR GHOSH (West Bengal): Sir, I am on a point of order.',
      'MR. DEPUTY CHAIRMAN: There is no point of order. Please sit down. ...(Interruptions)... You will get your turn.',
      'SHRI TAPAN KUMAR GHOSH: Sir, my name is in the list.',
      'SHRI HARIPADA MAHATO: I am coming to that, Sir.',
    ],
    { kind: 'transcript', outlet: 'Rajya Sabha' },
  );

  it('reads a member’s label with the state in one word, and "Shri" as a courtesy title, not an office whose holder the parentheses name', () => {
    expect(speakerOfWords(record, 2, 'I beg to call the attention')).toBe('Haripada Mahato');
    expect(speakerOfWords(record, 4, 'I am on a point of order.')).toBe('Tapan Kumar Ghosh');
    expect(speakerOfWords(record, 6, 'my name is in the list')).toBe('Tapan Kumar Ghosh');
  });

  it('leaves "(Interruptions)" nobody’s though the splitter cuts it from its opening mark, and the turn goes on after it', () => {
    expect(speakerOfWords(record, 5, 'Interruptions)...')).toBeUndefined();
    expect(speakerOfWords(record, 5, 'You will get your turn.')).toMatch(/Deputy Chairman/);
  });
});

describe('a record’s header lines and tabled questions (round 23)', () => {
  const record = madeUpDocument(
    [
      'Official Report (Hansard)',
      'Session: 2025/2026',
      'Date: Monday 13 October 2025',
      'Mr Speaker: Question 3 has been withdrawn.',
      '1. Mr Kernoghan asked the Minister for Infrastructure what action she is taking on potholes. (AQO 1187/22-27)',
      'Ms Tiernan (The Minister for Infrastructure): I thank the Member for his question.',
      'Mr Kernoghan: I thank the Minister for her answer.',
      'Ms Tiernan: I understand the Member’s frustration.',
      'Mr Speaker: Time is up.',
    ],
    { kind: 'transcript', outlet: 'Northern Ireland Assembly' },
  );

  it('reads "Session:" and "Official Report (Hansard)" as no speaker', () => {
    expect(speakerOfWords(record, 1, 'Official Report')).toBeUndefined();
    expect(speakerOfWords(record, 2, '2025/2026')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Monday 13 October 2025')).toBeUndefined();
  });

  it('ends the Speaker’s turn at a tabled question, the record’s words', () => {
    expect(speakerOfWords(record, 5, 'what action she is taking on potholes')).toBeUndefined();
    expect(speakerOfWords(record, 6, 'I thank the Member for his question.')).toBe('Ms Tiernan');
  });
});

describe('a UN noon briefing (round 23)', () => {
  const briefing = madeUpDocument(
    [
      'The following is a near-verbatim transcript of today’s noon briefing by Farid Oyelaran, Deputy Spokesperson for the Secretary-General.',
      'Good afternoon. In a short while, I will be joined by Helga Sørvik, the UNICEF Representative in Niger.',
      'Niger',
      'Turning to Niger, our humanitarian colleagues tell us that heavy rains have affected more than 640,000 people.',
      'Ms. Sørvik: Thank you, Farid. I was in Tillabéri region on Monday.',
      'Deputy Spokesperson: Thank you very much. Questions for Ms. Sørvik?',
      'Question: Are you getting access to the areas controlled by armed groups?',
      'Ms. Sørvik: We talk to everyone who has influence over access to children.',
      'Correspondent: Thank you.',
      'Deputy Spokesperson: All right. Have a good afternoon.',
    ],
    { kind: 'transcript', outlet: 'United Nations' },
  );

  it('gives the opening before any label to the briefer the headnote names, and its headings to no one', () => {
    expect(speakerOfWords(briefing, 2, 'Good afternoon.')).toBe('Farid Oyelaran');
    expect(speakerOfWords(briefing, 4, 'heavy rains have affected')).toBe('Farid Oyelaran');
    expect(speakerOfWords(briefing, 3, 'Niger')).toBeUndefined();
    expect(speakerOfWords(briefing, 1, 'near-verbatim transcript')).toBeUndefined();
  });

  it('reads "Question:" and "Correspondent:" as a reporter no one names', () => {
    expect(speakerOfWords(briefing, 7, 'Are you getting access')).toBeUndefined();
    expect(speakerOfWords(briefing, 9, 'Thank you.')).toBeUndefined();
    expect(speakerOfWords(briefing, 8, 'We talk to everyone')).toBe('Helga Sørvik');
  });
});

describe('a section’s heading between two turns (round 23)', () => {
  const argument = madeUpDocument(
    [
      'CHIEF JUSTICE HALVORSEN: We will hear argument first this morning in Case 24-311, Holloway versus United States.',
      'ORAL ARGUMENT OF ELENA V. MARCHETTI ON BEHALF OF THE PETITIONER',
      'MS. MARCHETTI: Mr. Chief Justice, and may it please the Court.',
      'CHIEF JUSTICE HALVORSEN: Thank you, counsel.',
      'Catch-the-eye procedure',
      'MS. MARCHETTI: Thank you.',
      'CHIEF JUSTICE HALVORSEN: My Lords—',
      'MS. MARCHETTI: I was going to say the same.',
    ],
    { kind: 'transcript' },
  );

  it('gives a short line with no stop right before a label to no one, in capitals or in sentence case', () => {
    expect(speakerOfWords(argument, 2, 'ORAL ARGUMENT OF ELENA V. MARCHETTI')).toBeUndefined();
    expect(speakerOfWords(argument, 5, 'Catch-the-eye procedure')).toBeUndefined();
  });

  it('keeps a turn broken off with a dash its speaker’s', () => {
    expect(speakerOfWords(argument, 7, 'My Lords')).toMatch(/Halvorsen/i);
  });
});

describe('an office with "at" or "to" in a label (round 23)', () => {
  it('names the holder in the parentheses of "Minister of State at the Department of Education and Youth (Deputy Cathal Brannigan):"', () => {
    const record = madeUpDocument(
      [
        'An Cathaoirleach: I welcome the Minister of State.',
        'Senator Gráinne Ní Fhloinn: I thank the Minister of State for coming in.',
        'Minister of State at the Department of Education and Youth (Deputy Cathal Brannigan): I thank the Senator for raising this matter.',
        'Senator Gráinne Ní Fhloinn: I thank the Minister of State.',
        'An Cathaoirleach: We will move on.',
      ],
      { kind: 'transcript', outlet: 'Houses of the Oireachtas' },
    );
    expect(speakerOfWords(record, 3, 'I thank the Senator for raising this matter.')).toBe('Cathal Brannigan');
  });
});

describe('a turn quoting a document the record never names (round 23)', () => {
  const record = madeUpDocument(
    [
      'Senator Pratley: Mr Okoro, the Ombudsman wrote to the agency in June.',
      'Mr Okoro: We received the letter, Senator.',
      'Senator Pratley: The letter says, in part, ‘We are sorry. Your payment should not have been stopped.’ Who signed it?',
      'Mr Okoro: I did, Senator. I stand by it.',
      'Senator Pratley: The Government told this committee in March that “no one would be cut off”.',
    ],
    { kind: 'transcript', outlet: 'Parliament of Australia' },
  );

  it('gives the quotation to no one rather than to the member reading it out', () => {
    expect(speakerOfWords(record, 3, 'The letter says, in part, ‘We are sorry.')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Who signed it?')).toBe('Senator Pratley');
  });

  it('keeps a body’s words read out in a turn the member’s, as before', () => {
    expect(speakerOfWords(record, 5, 'The Government told this committee in March that “no one would be cut off”.')).not.toBeUndefined();
  });
});

describe('The Guardian’s letters page: no salutation, signatures in mixed case (round 23)', () => {
  const page = madeUpDocument(
    [
      'Readers respond to a report that a third of English councils are considering closing branch libraries',
      'Your report (“Councils draw up plans to shut hundreds of branch libraries”, 9 October) misses the point. I have worked in public libraries for 31 years.',
      'She would meet the woman who told me last winter, ‘This is the only place anyone says good morning to me.’ None of that is a nice-to-have.',
      'Helen Ashdown\nRochdale, Greater Manchester',
      'Volunteers can bring real energy. I have been one for six years.',
      'Richard Olowe\nKettering, Northamptonshire',
    ],
    { kind: 'letters', outlet: 'The Guardian', title: 'Closing libraries is a false economy' },
  );

  it('gives each letter to the name signed under it, from the signature before it, past the page’s standfirst', () => {
    expect(speakerOfWords(page, 2, 'I have worked in public libraries for 31 years.')).toBe('Helen Ashdown');
    expect(speakerOfWords(page, 2, 'Your report')).toBe('Helen Ashdown');
    expect(speakerOfWords(page, 5, 'I have been one for six years.')).toBe('Richard Olowe');
    expect(speakerOfWords(page, 1, 'Readers respond')).toBeUndefined();
  });

  it('leaves the town under the name nobody’s, and a quotation of someone the letter never names', () => {
    expect(speakerOfWords(page, 4, 'Rochdale, Greater Manchester')).toBeUndefined();
    expect(speakerOfWords(page, 3, 'She would meet the woman who told me last winter, ‘This is the only place anyone says good morning to me.’')).toBeUndefined();
    expect(speakerOfWords(page, 3, 'None of that is a nice-to-have.')).toBe('Helen Ashdown');
  });

  it('reads no letters page from names in capitals without salutations, nor from a name alone on its line', () => {
    const notes = madeUpDocument(['We write as parents.', 'Helen Ashdown', 'We write again.', 'Richard Olowe'], { kind: 'letters', outlet: 'The Guardian' });
    expect(speakerOfWords(notes, 1, 'We write as parents.')).not.toBe('Helen Ashdown');
  });
});

describe('a letters page with salutations whose signature is not read (round 23)', () => {
  it('leaves that letter to no one rather than to the next signer', () => {
    const page = madeUpDocument(
      [
        'Sir, – The new limit is absurd. It will cost lives.',
        // (Round 25 reads "Jane Smith, London" on one line as a signature; a name with a particle in lower case is still not read.)
        'Ana de Souza, London',
        'Sir, – I write about the school buses. They are late every day.',
        'DECLAN MOYNIHAN,\nTerenure,\nDublin 6W.',
        'Sir, – The bins are not collected. Nobody answers the phone.',
        'MÁIRE HOLOHAN,\nBallinameen,\nCo Roscommon.',
      ],
      { kind: 'letters', outlet: 'The Irish Times' },
    );
    expect(speakerOfWords(page, 1, 'It will cost lives.')).toBeUndefined();
    expect(speakerOfWords(page, 3, 'They are late every day.')).toBe('Declan Moynihan');
    expect(speakerOfWords(page, 5, 'Nobody answers the phone.')).toBe('Máire Holohan');
  });
});

describe('a coroner’s findings (round 23)', () => {
  it('gives the coroner’s own text to the coroner who signs it, as a judgment’s to its judge', () => {
    const findings = madeUpDocument(['I find that the cause of death was sepsis.', 'I recommend that Queensland Health review overnight staffing.'], {
      kind: 'findings of inquest',
      outlet: 'Coroners Court of Queensland',
      author: 'Coroner Annabel Thirkell',
    });
    expect(speakerOfWords(findings, 1, 'I find that the cause of death was sepsis.')).toMatch(/Annabel Thirkell$/);
    const victoria = madeUpDocument(['I find that Daniel died of injuries sustained in a fall.'], { kind: "coroner's finding", outlet: 'Coroners Court of Victoria', author: 'Coroner Miriam Castellano' });
    expect(speakerOfWords(victoria, 1, 'I find that Daniel died')).toMatch(/Miriam Castellano$/);
  });
});

describe('a judgment’s header fields and counsel (round 23)', () => {
  it('gives the citation, the parties and counsel appearing to no one, the reasons to the judge', () => {
    const judgment = madeUpDocument(
      [
        'Neutral Citation Number: [2025] EWHC 2417 (KB)',
        'Between: CALLUM ASHDOWN (Claimant) and SUMMIT CLIMBING CENTRES LIMITED (Defendant)',
        'Mr Rupert Sayle KC (instructed by Lyle Brennan LLP) for the Claimant.',
        'I am satisfied that the gate was not closed.',
      ],
      { kind: 'court judgment', outlet: 'High Court of Justice', author: 'Mrs Justice Harcourt' },
    );
    expect(speakerOfWords(judgment, 1, '[2025] EWHC 2417')).toBeUndefined();
    expect(speakerOfWords(judgment, 2, 'CALLUM ASHDOWN')).toBeUndefined();
    expect(speakerOfWords(judgment, 3, 'for the Claimant.')).toBeUndefined();
    expect(speakerOfWords(judgment, 4, 'I am satisfied')).toBe('Mrs Justice Harcourt');
  });
});

describe('“according to him” (round 23)', () => {
  it('reads the object pronoun as its speaker’s', () => {
    const story = madeUpDocument(
      [
        'Emeka Nwadiogbu, a lawyer and rights campaigner, said the video showed a pattern.',
        'According to him, “The problem is not four officers. The problem is a system.”',
        'Mary Kamau, a voter, spoke to reporters.',
        'According to her, such practices were “as old as elections in this country” but had to end.',
      ],
      { kind: 'news report' },
    );
    expect(speakerOfWords(story, 2, 'According to him, “The problem is not four officers.')).toBe('Emeka Nwadiogbu');
    expect(speakerOfWords(story, 4, 'According to her, such practices were “as old as elections in this country” but had to end.')).toBe('Mary Kamau');
  });
});

describe('who a subject is, past what opens it (round 23)', () => {
  const story = madeUpDocument(
    [
      'A commercial bus driver, who simply identified himself as Baba Tunde, said, “Every night they are there. We all know.”',
      'Another commuter, who only wanted to be known as Kumar, 51, described the shuttle bus arrangement as “chaotic”.',
      'Speaking in Geneva, WHO dengue expert Ana Lucia Ferreira said the disease was "spreading into places that have never had to think about it".',
      'Industry body Australian Energy Producers said the proposal sent "the wrong signal at the wrong time".',
    ],
    { kind: 'news report' },
  );

  it('names a source by the only name they give', () => {
    expect(speakerOfWords(story, 1, 'We all know.”')).toBe('Baba Tunde');
    expect(speakerOfWords(story, 2, 'Another commuter, who only wanted to be known as Kumar, 51, described the shuttle bus arrangement as “chaotic”.')).toBe('Kumar');
  });

  it('reads past an opening participle and a body’s kind', () => {
    expect(speakerOfWords(story, 3, 'Speaking in Geneva, WHO dengue expert Ana Lucia Ferreira said the disease was "spreading into places that have never had to think about it".')).toBe('Ana Lucia Ferreira');
    expect(speakerOfWords(story, 4, 'Industry body Australian Energy Producers said the proposal sent "the wrong signal at the wrong time".')).toBe('Australian Energy Producers');
  });
});

describe('a pronoun after two subjects joined by “and” (round 23)', () => {
  it('is not one of the two', () => {
    const story = madeUpDocument(
      [
        '"We are answering more calls with fewer people than at any time I have been here," Police Chief Darnell Whitcombe said.',
        'Dallas and Fort Worth both raised starting pay last year.',
        '"When a young officer can drive 20 minutes and make $9,000 more, I understand the decision," he told the council.',
      ],
      { kind: 'news report' },
    );
    expect(speakerOfWords(story, 3, '"When a young officer can drive 20 minutes and make $9,000 more, I understand the decision," he told the council.')).toBe('Darnell Whitcombe');
  });
});

describe('a gender told by a description beside a name (round 23)', () => {
  it('keeps a man’s “he told us” from a woman described as one', () => {
    const report = madeUpDocument(
      [
        '“Rosa”, a 29-year-old woman from Bali, told us she had borrowed from three relatives and a moneylender.',
        '“They said in England I would earn ten pounds every hour,” she said.',
        'In her first month on a strawberry farm in Kent, Rosa said, she worked an average of 22 hours a week.',
        'A 34-year-old man from Nepal, who did not want even a pseudonym used, described being sent back to the caravans. “The supervisor said, if you don’t like it, there is a plane,” he told us.',
      ],
      { kind: 'report', outlet: 'Fair Harvest Watch' },
    );
    expect(speakerOfWords(report, 4, '“The supervisor said, if you don’t like it, there is a plane,” he told us.')).not.toBe('Rosa');
  });
});

describe('the review of round 23: no wrong speaker where the new rules were not written for', () => {
  it('leaves a Guardian letter whose signature is not read to no one, not to the next signer', () => {
    const page = madeUpDocument(
      ['I write as a nurse of 20 years. The cuts are dangerous.', 'Ana de Souza, Bristol', 'I have been a volunteer for six years. We cannot replace staff.', 'Richard Olowe\nKettering', 'Libraries are not a luxury. I read my way through mine.', 'Gwen Probert\nCardiff'],
      { kind: 'letters', outlet: 'The Guardian' },
    );
    expect(speakerOfWords(page, 1, 'The cuts are dangerous.')).toBeUndefined();
    expect(speakerOfWords(page, 3, 'We cannot replace staff.')).toBe('Richard Olowe');
  });

  it('reads a gender only from the description’s own noun', () => {
    const story = madeUpDocument(
      [
        '“We will appeal,” said Mark Owens, the prosecutor.',
        'Tom Reyes, a lawyer for the woman, spoke outside court.',
        '“This was never a fair trial,” he said.',
      ],
      { kind: 'news report' },
    );
    expect(speakerOfWords(story, 3, '“This was never a fair trial,” he said.')).toBe('Tom Reyes');
  });

  it('reads a mixed-case hearing label with a two-word surname, never "Mr. Chairman.", and only in a transcript', () => {
    const hearing = madeUpDocument(
      [
        'The Chairman. The committee will come to order.',
        'Dr. Okafor. Thank you, Mr. Chairman. FDA shares your concern.',
        'Senator Van Hollen. Dr. Okafor, why did FDA wait?',
        'Dr. Okafor. We did not wait, Senator.',
        'Mr. Chairman. If I may add one thing, the notice came late.',
        'The Chairman. Thank you. We are adjourned.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(hearing, 3, 'why did FDA wait?')).toMatch(/Van Hollen$/);
    expect(speakerOfWords(hearing, 5, 'If I may add one thing')).not.toBe('Mr. Chairman');
    const explainer = madeUpDocument(
      ['Senator Warren. The Massachusetts Democrat has the money and the name.', 'Governor Newsom. The Californian has a record to run on.', 'Senator Warren. She also has a book out.', 'Governor Newsom. He has not said yes.'],
      { kind: 'news report' },
    );
    expect(speakerOfWords(explainer, 1, 'has the money and the name')).toBeUndefined();
  });

  it('gives a briefing’s opening to the briefer only when it is in the briefer’s own words', () => {
    const transcript = madeUpDocument(
      [
        'Transcript of the press conference given by Health Minister Jane Roe.',
        'Note: This transcript has been edited for length and clarity.',
        'The minister was joined by Dr Tom Hale, who spoke first.',
        'Dr Hale: Cases have doubled this week.',
        'Minister Roe: We are opening two more wards.',
        'Dr Hale: That is right.',
        'Minister Roe: Thank you all.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(transcript, 2, 'This transcript has been edited')).toBeUndefined();
    expect(speakerOfWords(transcript, 3, 'The minister was joined by Dr Tom Hale')).toBeUndefined();
  });

  it('reads “according to him” as the person just named, not the last one heard', () => {
    const story = madeUpDocument(
      ['“Prices have fallen,” said Finance Minister Wale Edun.', 'Reporters spoke to Emeka Obi, a trader, at the market on Monday. According to him, “Nothing has fallen.”'],
      { kind: 'news report' },
    );
    expect(speakerOfWords(story, 2, 'According to him, “Nothing has fallen.”')).not.toBe('Wale Edun');
  });

  it('names no one from a faith or a nationality a source identifies as', () => {
    const story = madeUpDocument(['A voter, who identified herself as Catholic, said, “I will not vote for him.”'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'A voter, who identified herself as Catholic, said, “I will not vote for him.”')).not.toBe('Catholic');
  });

  it('keeps words quoted in parentheses someone’s in an op-ed, unless a headline cited with its date', () => {
    const column = madeUpDocument(['The chancellor’s reply (“We have no plans to change course, and we never will”) was predictable.'], { kind: 'opinion', author: 'Jane Writer' });
    expect(speakerOfWords(column, 1, 'The chancellor’s reply (“We have no plans to change course, and we never will”) was predictable.')).not.toBe('Jane Writer');
  });

  it('reads no own voice in a pollster’s "findings"', () => {
    const findings = madeUpDocument(['Support for the government fell four points.'], { kind: 'findings', outlet: 'Ipsos', author: 'Kelly Beaver' });
    expect(speakerOfWords(findings, 1, 'Support for the government fell four points.')).toBeUndefined();
  });

  it('keeps a podcast’s long unstopped line and an unnumbered “asked the Minister” the speaker’s', () => {
    const podcast = madeUpDocument(
      [
        'HOST: Tell me about the drive.',
        'GUEST: We left at dawn.',
        'And then we stopped at the border and waited for nine hours',
        'HOST: Nine hours?',
        'GUEST: Yes. Mr Hale asked the Minister about it again in June. Nothing happened.',
        'HOST: Thank you.',
      ],
      { kind: 'podcast transcript' },
    );
    expect(speakerOfWords(podcast, 3, 'waited for nine hours')).toMatch(/guest/i);
    const speech = madeUpDocument(['HOST: Go on.', 'GUEST: We wrote twice.', 'Mr Hale asked the Minister about it again in June. Nothing happened.', 'HOST: And then?', 'GUEST: Silence.'], { kind: 'podcast transcript' });
    expect(speakerOfWords(speech, 3, 'Nothing happened.')).toMatch(/guest/i);
  });
});
