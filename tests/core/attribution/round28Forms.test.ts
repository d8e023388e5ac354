import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../../src/core/attribution/mentionsIn.js';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

/** The names `mentionsIn` reads in a text, with their kind. */
const mentioned = (text: string) => mentionsIn(text).map((m) => `${m.phrase.kind}:${m.phrase.core}`);

describe('names read by their given names or told apart by a title (round 28)', () => {
  it('reads a Malay name by its given names as the full name printed before', () => {
    const story = madeUpDocument(
      [
        'Cases rose by a fifth this year, said state health committee chairman Dr Siti Hajar Mohd Yusof.',
        '“Construction sites are the main concern,” Dr Siti Hajar said.',
      ],
      { outlet: 'Bernama' },
    );
    expect(speakerOfWords(story, 2, 'Construction sites are the main concern')).toBe('Siti Hajar Mohd Yusof');
  });

  it('keeps a name one word longer apart: a son is not his father', () => {
    const story = madeUpDocument(['Coach Robert Hale Jr said the club would appeal.', '“We will fight this,” Robert Hale said.'], { outlet: 'The Courier' });
    expect(speakerOfWords(story, 2, 'We will fight this')).toBe('Robert Hale');
  });

  it('gives "Dr Otieno" to the one the story prints with "Dr", not the Mr Otieno named first', () => {
    const story = madeUpDocument(
      [
        'At the hospital gate, Mr Peter Otieno, 54, said his wife had been sent home.',
        'Union official Dr Grace Otieno said members would meet on Friday.',
        '“We are stating facts,” Dr Otieno said.',
        '“I just want her treated,” Mr Otieno said.',
      ],
      { outlet: 'Daily Nation' },
    );
    expect(speakerOfWords(story, 3, 'We are stating facts')).toBe('Grace Otieno');
    expect(speakerOfWords(story, 4, 'I just want her treated')).toBe('Peter Otieno');
  });

  it('reads a bench of two justices as two people, the plural title no part of either name', () => {
    expect(mentioned('A Division Bench of Justices R. Mahadevan and P. Kumaresh passed the order.')).toEqual(['person:Division Bench', 'person:R. Mahadevan', 'person:P. Kumaresh']);
    const story = madeUpDocument(
      ['A Division Bench of Justices R. Mahadevan and P. Kumaresh passed the order.', 'Writing for the Bench, Justice Mahadevan said: “This cannot go on.”'],
      { outlet: 'The Hindu' },
    );
    expect(speakerOfWords(story, 2, 'This cannot go on')).toBe('R. Mahadevan');
  });
});

describe('what opens a sentence before a person (round 28)', () => {
  it('reads a place or team before a role and a name as the role’s modifier, no one a "she" stands for', () => {
    expect(mentioned('Kota Bharu resident Mei Ling Tan, 41, a mother of two, said she had waited.')).toEqual(['person:Mei Ling Tan']);
    const story = madeUpDocument(
      ['Kota Bharu resident Mei Ling Tan, 41, a mother of two, said she had waited six hours.', '“If the doctor explains it, I will listen,” she said.'],
      { outlet: 'The Star' },
    );
    expect(speakerOfWords(story, 2, 'I will listen')).toBe('Mei Ling Tan');
    // (A name before a verb and a role is the subject still, the review of round 28.)
    expect(mentioned('Tom Hale met business secretary Jane Reyes on Tuesday.')).toContain('person:Tom Hale');
    const met = madeUpDocument(['Tom Hale met business secretary Jane Reyes on Tuesday.', '“We will deliver,” he said.'], { outlet: 'The Courier' });
    expect(speakerOfWords(met, 2, 'We will deliver')).toBe('Tom Hale');
  });

  it('reads an initial and a surname after a trade’s noun as a person', () => {
    expect(mentioned('Food stall operator R. Selvam, 45, said he had closed his stall.')).toEqual(['person:R. Selvam']);
    // (Not after a firm's kind: "supermarket chain J. Sainsbury", the review of round 28.)
    expect(mentioned('Shares in supermarket chain J. Sainsbury fell.')).toEqual(['thing:J. Sainsbury']);
    const story = madeUpDocument(['Food stall operator R. Selvam, 45, said he had closed his stall.', '“No water, no business,” he said.'], { outlet: 'The Star' });
    expect(speakerOfWords(story, 2, 'No water, no business')).toBe('R. Selvam');
  });

  it('reads a contest as no woman a "she said" stands for', () => {
    expect(mentioned('The squad is preparing for the Africa Netball Cup next month.')).toEqual(['thing:Africa Netball Cup']);
  });

  it('reads a dateline with its day and any agency as no one mentioned', () => {
    expect(mentioned('KOTA KINABALU, Oct 14 (Bernama) -- Cases rose, said Dr Lim.').map((m) => m.split(':')[1])).not.toContain('KOTA KINABALU');
    // (A name in its own case before a party in brackets and a dash is no dateline: the review of round 28.)
    expect(mentioned('Jane Smith (Labour) – 12,345 votes')).toContain('person:Jane Smith');
    const story = madeUpDocument(
      ['KOTA KINABALU, Oct 14 (Bernama) -- Cases rose by a fifth, said state health committee chairman Dr Siti Hajar Mohd Yusof.', '“The increase is worrying,” she told reporters.'],
      { outlet: 'Bernama' },
    );
    expect(speakerOfWords(story, 2, 'The increase is worrying')).toBe('Siti Hajar Mohd Yusof');
  });
});

describe('a newsletter’s sign-off in its own words (round 28)', () => {
  const paragraphs = [
    'Bore da, and welcome to the Friday edition. If you’re a paying subscriber: diolch.',
    'I caught the finance secretary outside the chamber. “There was always a deal,” she told me.',
    'My read: this is a good deal for the government.',
    '2. Where is the £40m?',
    'I asked the housing department about it. I’ll let you know what comes back.',
    'That’s it from me.',
    'Hwyl am y tro,',
    'Rhys',
  ];

  it('gives the narration to its author when a short closing line and the author’s name sign it off', () => {
    const letter = madeUpDocument(paragraphs, { kind: 'newsletter', outlet: 'The Bay Letter', author: 'Rhys Morgan' });
    expect(speakerOfWords(letter, 3, 'My read: this is a good deal')).toBe('Rhys Morgan');
    // (A numbered item's heading, a short question, is the layout's.)
    expect(speakerOfWords(letter, 4, 'Where is the £40m?')).toBeUndefined();
  });

  it('reads the author’s name alone on the closing line as a sign-off, after any closing paragraph', () => {
    const letter = madeUpDocument([...paragraphs.slice(0, -2), 'Hit reply and tell me about it — I read everything.', 'Rhys', '*The Bay Letter is free. Unsubscribe at any time.*'], {
      kind: 'newsletter',
      outlet: 'The Bay Letter',
      author: 'Rhys Morgan',
    });
    expect(speakerOfWords(letter, 3, 'My read: this is a good deal')).toBe('Rhys Morgan');
  });

  it('leaves a digest with no sign-off nobody’s narration', () => {
    const digest = madeUpDocument(paragraphs.slice(0, -2), { kind: 'newsletter', outlet: 'The Bay Letter', author: 'Rhys Morgan' });
    expect(speakerOfWords(digest, 3, 'My read: this is a good deal')).toBeUndefined();
  });
});

describe('a surname that is a title, and a coastguard (round 28)', () => {
  it('reads "Cardinal" after a given name as a surname', () => {
    const story = madeUpDocument(['An Elder in Fort Smith, Rose Cardinal, said something to me that I put in the book.', 'She said, “You are afraid of the small fire.”'], {
      kind: 'Q&A',
      outlet: 'The Walrus',
    });
    expect(speakerOfWords(story, 2, 'You are afraid of the small fire')).toBe('Rose Cardinal');
  });

  it('reads HM Coastguard as no man a "he said" stands for', () => {
    expect(mentioned('HM Coastguard was alerted at 7.40am.')).toEqual(['thing:HM Coastguard']);
  });
});

describe('an office’s initials stand for its holder (round 28)', () => {
  it('gives "the PS said" to the one printed with a title of those initials', () => {
    const story = madeUpDocument(
      ['Health Principal Secretary Dr Amina Koech said Sh7 billion had been released.', '“We will pay every genuine claim,” the PS said.'],
      { outlet: 'Daily Nation' },
    );
    expect(speakerOfWords(story, 2, 'We will pay every genuine claim')).toBe('Amina Koech');
  });

  it('gives "the OC said" to the one whose role the initials follow in brackets', () => {
    const story = madeUpDocument(
      ['The man died on the spot, said Md Rafiqul Islam, officer-in-charge (OC) of Sadar Police Station.', '“The situation is now under control,” the OC said.'],
      { outlet: 'The Daily Star' },
    );
    expect(speakerOfWords(story, 2, 'The situation is now under control')).toBe('Md Rafiqul Islam');
  });

  it('keeps an organisation’s initials the organisation’s', () => {
    const story = madeUpDocument(
      ['Jo Hale, of the Securities and Exchange Commission (SEC), declined to comment.', '“We are reviewing the filing,” the SEC said.'],
      { outlet: 'Reuters' },
    );
    expect(speakerOfWords(story, 2, 'We are reviewing the filing')).not.toBe('Jo Hale');
  });
});

describe('a description, then the name set beside it, then the verb (round 28)', () => {
  it('reads the name as the subject though a clause with commas follows the verb', () => {
    const story = madeUpDocument(
      [
        '**Ottawa asked to do more**',
        'The chair of the transit board, Lucie Gagnon-Roy, did not hide her frustration with the Ontario government, which she accused of having abandoned transit.',
        '« Ottawa pays for the new roads. For us, it is a few crumbs », she said.',
      ],
      { outlet: 'La Presse (translated from French)' },
    );
    expect(speakerOfWords(story, 3, 'For us, it is a few crumbs')).toBe('Lucie Gagnon-Roy');
  });
});

describe('an exchange a report prints as turns of people it names (round 28)', () => {
  const report = [
    'A bench of Justice Kavita Menon and Justice Rahul Bose directed the Principal Secretary to file an affidavit.',
    'Additional Advocate General Anil Verma, appearing for the State, said the clearance was valid.',
    'The following exchange ensued:',
    'Justice Menon: Who permitted you to cut the trees before our order? You knew the matter was listed.',
    'AAG Verma: My Lords, the clearance was in force.',
    'Justice Menon: There was no stay because you did not give us the chance.',
    'The bench recorded the statement of the AAG.',
    'Justice Menon: Then file that on affidavit.',
    'Case Title: Residents’ Federation v. State, W.P.(C) No. 612/2025',
  ];

  it('gives each labelled paragraph to the one its label names, though only one side recurs', () => {
    const story = madeUpDocument(report, { kind: 'court report', outlet: 'LiveLaw' });
    expect(speakerOfWords(story, 4, 'Who permitted you')).toBe('Kavita Menon');
    expect(speakerOfWords(story, 5, 'the clearance was in force')).toMatch(/Verma$/);
    expect(speakerOfWords(story, 7, 'The bench recorded')).toBeUndefined();
    expect(speakerOfWords(story, 9, 'Residents’ Federation')).toBeUndefined();
  });

  it('reads no turns where the labels name no one the story names in full', () => {
    const story = madeUpDocument(report.slice(2), { kind: 'court report', outlet: 'LiveLaw' });
    expect(speakerOfWords(story, 2, 'Who permitted you')).toBeUndefined();
  });
});

describe('a quotation put to the one a document is addressed to (round 28)', () => {
  it('gives "you said, “…”" in sentencing remarks to the defendant of the case’s title', () => {
    const remarks = madeUpDocument(
      ['R -v- JORDAN LEE HAYES', 'SENTENCING REMARKS OF HIS HONOUR JUDGE ALAN PRICE', '4. You handed yourself in. In interview you said, “I panicked. I just kept going.” That is probably true.', '7. Her son wrote: “We miss her every day.”'],
      { kind: 'court judgment', title: 'R v Jordan Hayes — Sentencing remarks', outlet: 'Judiciary' },
    );
    expect(speakerOfWords(remarks, 3, 'I panicked')).toBe('Jordan Lee Hayes');
    expect(speakerOfWords(remarks, 4, 'We miss her every day')).not.toBe('Jordan Lee Hayes');
  });

  it('gives "you told the committee that … “…”" in an open letter to the one its address block names', () => {
    const letter = madeUpDocument(
      [
        'Open letter',
        'Hon. Mere Tipene\nMinister of Health\nParliament Buildings\nWellington',
        'Dear Minister,',
        'On 2 October you told the committee that the service was “fully staffed in every district”. Our members see otherwise.',
        'The college has called the plan “unworkable”.',
      ],
      { kind: 'letter', title: 'Open letter to the Minister of Health', outlet: 'Allied Health Union', author: 'Ana Reti' },
    );
    expect(speakerOfWords(letter, 4, 'fully staffed in every district')).toBe('Mere Tipene');
    expect(speakerOfWords(letter, 5, 'unworkable')).not.toBe('Mere Tipene');
  });

  it('reads no addressee in a judgment that is no sentencing', () => {
    const judgment = madeUpDocument(['R v Jordan Hayes', '4. The witness was asked about the night. In evidence you said, “I panicked.”'], { kind: 'court judgment', title: 'R v Jordan Hayes — Judgment', outlet: 'Judiciary' });
    expect(speakerOfWords(judgment, 2, 'I panicked')).not.toBe('Jordan Hayes');
  });
});

describe('a briefer calls on a reporter by name (round 28)', () => {
  const briefing = [
    'MS. PARK: Good afternoon. We have the Director with us today.',
    'MR. ADEYEMI: Thanks. The strike is costing the economy dearly.',
    'MS. PARK: Zeke.',
    'Q Thank you. Director, will the President order the workers back?',
    'MR. ADEYEMI: He believes in bargaining.',
    'Q But he hasn’t ruled it out.',
    'MR. ADEYEMI: He hasn’t ruled anything in or out.',
    'Q Thank you. The shipping lines say the demand is a non-starter. Is it?',
    'MR. ADEYEMI: I won’t negotiate from here.',
    'MS. PARK: Go ahead, Mariana.',
    'Q Thanks, Dana. What’s your response to the union?',
    'MR. ADEYEMI: I’d say they are wrong.',
    'MS. PARK: And I’d add that we respect them.',
    'Q Director, one more on prices.',
  ];

  it('gives the called reporter’s questions, and the follow-up after one answer, to the name called', () => {
    const doc = madeUpDocument(briefing, { kind: 'transcript', outlet: 'The White House' });
    expect(speakerOfWords(doc, 4, 'will the President order')).toBe('Zeke');
    expect(speakerOfWords(doc, 6, 'But he hasn’t ruled it out')).toBe('Zeke');
    expect(speakerOfWords(doc, 11, 'What’s your response')).toBe('Mariana');
  });

  it('leaves a question no one called, or one after two briefers spoke, nobody’s', () => {
    const doc = madeUpDocument(briefing, { kind: 'transcript', outlet: 'The White House' });
    expect(speakerOfWords(doc, 8, 'The shipping lines say')).toBeUndefined();
    expect(speakerOfWords(doc, 14, 'one more on prices')).toBeUndefined();
  });

  it('reads an answer’s one word, or a court’s ruling, as no call (the review of round 28)', () => {
    const hearing = madeUpDocument(
      ['MR. ADEYEMI: We will not.', 'Q Why not?', 'MR. ADEYEMI: No.', 'Q Why not, Director?', 'MS. RUIZ: Objection.', 'THE COURT: Overruled.', 'Q Who was with you?', 'MR. ADEYEMI: Nobody.'],
      { kind: 'transcript', outlet: 'The White House' },
    );
    expect(speakerOfWords(hearing, 4, 'Why not, Director?')).toBeUndefined();
    expect(speakerOfWords(hearing, 7, 'Who was with you?')).toBeUndefined();
  });
});

describe('minutes or notes that record someone as saying (round 28)', () => {
  it('gives "record Mr Haigh as saying: “…”" to the one recorded', () => {
    const decision = madeUpDocument(['Mr Gavin Haigh was her line manager.', 'The notes of that meeting record Mr Haigh as saying: “The targets are the targets.”'], { kind: 'tribunal decision', outlet: 'Employment Tribunals' });
    expect(speakerOfWords(decision, 2, 'The targets are the targets')).toBe('Gavin Haigh');
  });

  it('leaves "record her as saying" to the rules that read pronouns', () => {
    const decision = madeUpDocument(
      ['Ms Angela Pryce chaired the meeting. The claimant, Dorota Nowak, said little.', 'Ms Pryce told the claimant that the rota was fixed.', 'The minutes record her as saying: “We are not volunteers.”'],
      { kind: 'tribunal decision', outlet: 'Employment Tribunals' },
    );
    expect(speakerOfWords(decision, 3, 'We are not volunteers')).not.toBe('Angela Pryce');
  });
});

describe('the review of round 28', () => {
  it('keeps an organisation’s initials the organisation’s after a title it is part of', () => {
    const story = madeUpDocument(['United Nations Secretary-General Ana Torres said aid was ready.', '“We are ready to help,” the UN said.'], { outlet: 'Reuters' });
    expect(speakerOfWords(story, 2, 'We are ready to help')).not.toBe('Ana Torres');
  });

  it('reads the defendant of "R v …" up to the title’s other words', () => {
    const remarks = madeUpDocument(['4. In interview you said, “I panicked.”'], { kind: 'court judgment', title: 'R v Jordan Hayes Sentencing Remarks', outlet: 'Judiciary' });
    expect(speakerOfWords(remarks, 1, 'I panicked')).toBe('Jordan Hayes');
  });

  it('leaves a quotation someone else is said to speak after "you said" to its own rules', () => {
    const remarks = madeUpDocument(['4. When you said nothing, your partner told police: “He was never home.”'], { kind: 'court judgment', title: 'R v Jordan Hayes — Sentencing remarks', outlet: 'Judiciary' });
    expect(speakerOfWords(remarks, 1, 'He was never home')).not.toBe('Jordan Hayes');
  });
});
