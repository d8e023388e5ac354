import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('what an organisation issues under other names than a release (round 30)', () => {
  it('gives a press note, a results announcement, a corrections column and a situation report to their issuer', () => {
    const issued = (kind: string, outlet: string, sentence: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet }), 2, sentence.slice(0, 20));
    expect(issued('press note', 'Election Commission of India', 'The Commission today published the draft rolls for the State of Meghalaya.')).toBe('Election Commission of India');
    expect(issued('results announcement', 'Corrib Homes plc', 'Revenue rose by 18% to €412.6 million in the first half of the year.')).toBe('Corrib Homes plc');
    expect(issued('interim results', 'Corrib Homes plc', 'Revenue rose by 18% to €412.6 million in the first half of the year.')).toBe('Corrib Homes plc');
    expect(issued('corrections', 'The New York Times', 'An article on Monday misstated the number of households in the program.')).toBe('The New York Times');
    expect(issued('situation report', 'OCHA', 'At least 23 people have died and 148 have been injured in the cyclone.')).toBe('OCHA');
  });

  it('leaves journalism about results to nobody', () => {
    const story = madeUpDocument(['The Labour candidate won the seat by 412 votes after two recounts.'], { kind: 'election results', outlet: 'The Courier' });
    expect(speakerOfWords(story, 1, 'The Labour candidate')).toBeUndefined();
  });

  it('gives a circular, a board paper and a review to the one who signs it', () => {
    const signed = (kind: string, author: string, sentence: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet: 'The Publisher', author }), 2, sentence.slice(0, 20));
    expect(signed('circular', 'R. Sekharan', 'We have been informing you from time to time about the developments.')).toBe('R. Sekharan');
    // (Without the byline's title from round 41: "Dr Fiona Lister" signs as Fiona Lister.)
    expect(signed('board papers', 'Dr Fiona Lister', 'I am enormously proud of our maternity team and what they achieved.')).toBe('Fiona Lister');
    expect(signed('review', 'Marguerite Lacasse', 'There is a shot about 20 minutes into the film that I cannot shake.')).toBe('Marguerite Lacasse');
  });

  it('reads the contacts under "For further information, please contact:" or "Enquiries" as layout', () => {
    const update = madeUpDocument(
      ['Houses were damaged across the province, and partners are distributing shelter kits.', 'For further information, please contact:', 'Paulo Nhantumbo, Head of Office, OCHA Mozambique, nhantumbo@un.org'],
      { kind: 'situation report', outlet: 'OCHA' },
    );
    expect(speakerOfWords(update, 1, 'Houses were damaged')).toBe('OCHA');
    expect(speakerOfWords(update, 3, 'Paulo Nhantumbo')).toBeUndefined();
    const results = madeUpDocument(['Revenue rose by 18% in the first half.', 'Enquiries', 'Corrib Homes plc\nCiarán Fallon, Chief Executive Officer\n+353 1 555 0148', 'A conference call will be held at 9.00am today.'], {
      kind: 'results announcement',
      outlet: 'Corrib Homes plc',
    });
    expect(speakerOfWords(results, 3, 'Ciarán Fallon')).toBeUndefined();
    expect(speakerOfWords(results, 4, 'A conference call')).toBe('Corrib Homes plc');
  });

  it('reads a situation report’s "Needs:" and "Response:" as its own fields, not speakers', () => {
    const update = madeUpDocument(
      ['Needs: Displaced families in accommodation centres urgently need shelter.', 'Response: Shelter Cluster partners have distributed 1,850 kits.', 'Gaps: Current stocks cover less than 30 per cent of needs.'],
      { kind: 'situation report', outlet: 'OCHA' },
    );
    expect(speakerOfWords(update, 1, 'Displaced families')).toBe('OCHA');
    expect(speakerOfWords(update, 2, 'Shelter Cluster partners')).toBe('OCHA');
    expect(speakerOfWords(update, 3, 'Current stocks')).toBe('OCHA');
  });
});

describe('a meeting’s questions and answers under headings (round 30)', () => {
  it('reads "Question 1 – Name, shareholder" and "Response – Name, Chief Executive" headings as their speakers', () => {
    const meeting = madeUpDocument(
      [
        'Dame Frances Whitcombe, Chair',
        'We now come to the part of the meeting where shareholders can ask questions.',
        'Question 1 – Mr Peter Rangi, shareholder (in the room)',
        'My question is about the lake levels. What went wrong?',
        'Response – Mike Tāwhai, Chief Executive',
        'Thank you, Mr Rangi, it is a fair question. Inflows were the lowest on record.',
        'Question 2 – Ms Li Na Chen, shareholder (submitted online)',
        'Can the Board explain why the dividend was cut?',
        'Response – Dame Frances Whitcombe, Chair',
        'The Board does not take a dividend decision lightly.',
        'Response – Mike Tāwhai, Chief Executive',
        'I would add that the payout ratio stayed within the policy.',
      ],
      { kind: 'shareholder meeting Q&A', outlet: 'Aotea Energy Limited' },
    );
    inBold(meeting, [0, 2, 4, 6, 8, 10]);
    expect(speakerOfWords(meeting, 4, 'My question is about')).toBe('Peter Rangi');
    expect(speakerOfWords(meeting, 6, 'Inflows were the lowest')).toBe('Mike Tāwhai');
    expect(speakerOfWords(meeting, 8, 'Can the Board explain')).toBe('Li Na Chen');
    expect(speakerOfWords(meeting, 10, 'The Board does not take')).toBe('Frances Whitcombe');
    expect(speakerOfWords(meeting, 3, 'Question 1')).toBeUndefined();
  });
});

describe('a record’s fields (round 30)', () => {
  it('reads Singapore’s Hansard header fields as nobody’s', () => {
    const record = madeUpDocument(
      [
        'Parliament No: 15',
        'Sitting Date: 5-11-2025',
        'Section Name: Oral Answers to Questions',
        'Mr Speaker: Question No 3.',
        'The Minister for Manpower (Dr Tan See Leng): Sir, the Ministry requires rest breaks in shaded areas.',
        'Mr Speaker: Ms Nurul Huda.',
        'Ms Nurul Huda binte Rahmat (Nominated Member): Will the Ministry ask the operators to publish their data?',
      ],
      { kind: 'hansard', outlet: 'Parliament of Singapore' },
    );
    expect(speakerOfWords(record, 1, 'Parliament No')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Oral Answers')).toBeUndefined();
  });
});

describe('a press conference printed as a statement, then unlabelled questions (round 30)', () => {
  const conference = (kind: string, author?: string) => {
    const doc = madeUpDocument(
      [
        'MONETARY POLICY STATEMENT',
        'Margarethe Lindqvist, President of the ECB,\nTomás Ferreira Lobo, Vice-President of the ECB',
        'Frankfurt am Main, 18 December 2025',
        'Good afternoon, the Vice-President and I welcome you to our press conference.',
        'Economic activity',
        'The economy has been more resilient than we expected in the autumn.',
        'Transcript of the questions asked and the answers given by Margarethe Lindqvist, President of the ECB',
        'Is that still the case, and was there any discussion today of a further cut?',
        'On your first question: yes, we continue to believe that we are in a good place.',
        'Do you share that view, and would you be ready to act?',
        'A small undershoot is not, in itself, a reason to act.',
        'When could citizens actually use the digital euro?',
        'My message is simple: Europe needs a means of payment that is European.',
      ],
      { kind, outlet: 'European Central Bank', author },
    );
    inBold(doc, [7, 9, 11]);
    return doc;
  };

  it('gives the statement and the answers to the one presiding, the questions to nobody named', () => {
    const doc = conference('press conference');
    expect(speakerOfWords(doc, 4, 'Good afternoon')).toBe('Margarethe Lindqvist');
    expect(speakerOfWords(doc, 6, 'The economy has been')).toBe('Margarethe Lindqvist');
    expect(speakerOfWords(doc, 9, 'On your first question')).toBe('Margarethe Lindqvist');
    expect(speakerOfWords(doc, 13, 'My message is simple')).toBe('Margarethe Lindqvist');
    expect(speakerOfWords(doc, 8, 'Is that still the case')).toBeUndefined();
    expect(speakerOfWords(doc, 5, 'Economic activity')).toBeUndefined();
    expect(speakerOfWords(doc, 1, 'MONETARY POLICY')).toBeUndefined();
  });

  it('leaves a club’s press conference write-up to its own narration', () => {
    const doc = conference('press conference write-up', 'Club Media Team');
    expect(speakerOfWords(doc, 6, 'The economy has been')).not.toBe('Club Media Team');
    expect(speakerOfWords(doc, 6, 'The economy has been')).not.toBe('Margarethe Lindqvist');
  });
});

describe('a public inquiry’s daily transcript (round 30)', () => {
  const transcript = madeUpDocument(
    [
      'THE PENNINE LINE DERAILMENT INQUIRY',
      'Before: Sir Robert Haig (Chair)',
      'Counsel to the Inquiry: Ms Ngozi Achebe KC',
      'On behalf of the bereaved families: Mr Alasdair Drummond KC',
      'THE CHAIR: Good morning, everyone. Yes, Ms Achebe.',
      'MS ACHEBE: Good morning, sir. The next witness is Mr Graham Tolley.',
      'MR GRAHAM TOLLEY (affirmed)',
      'Questions from COUNSEL TO THE INQUIRY',
      'Q. Mr Tolley, could you give the inquiry your full name, please?',
      'A. Graham Peter Tolley.',
      'Q. Were you aware of that entry?',
      'A. Not of that specific entry, no.',
      'THE CHAIR: Mr Tolley, what information would you have needed?',
      'A. Sir, I think we needed the inspection results to be escalated.',
      'THE CHAIR: Thank you. Ms Achebe.',
      'Q. Thank you, sir. I have no further questions.',
      'Questions from MR DRUMMOND KC',
      'Q. Mr Tolley, I act for the families. Did anyone tell them that before today?',
      'A. I don’t believe they did, no.',
    ],
    { kind: 'hearing transcript', outlet: 'The Pennine Line Derailment Inquiry' },
  );

  it('names the chair its header names, counsel by the line over the questions, and the witness sworn in', () => {
    expect(speakerOfWords(transcript, 5, 'Good morning, everyone')).toBe('Robert Haig');
    expect(speakerOfWords(transcript, 9, 'could you give the inquiry')).toBe('Ngozi Achebe');
    expect(speakerOfWords(transcript, 10, 'Graham Peter Tolley')).toMatch(/Tolley$/);
    expect(speakerOfWords(transcript, 18, 'I act for the families')).toMatch(/Drummond/);
    expect(speakerOfWords(transcript, 19, 'I don’t believe')).toMatch(/Tolley$/);
  });

  it('goes on with the same exchange after the chair breaks in, and reads its own lines as nobody’s', () => {
    expect(speakerOfWords(transcript, 13, 'what information')).toBe('Robert Haig');
    expect(speakerOfWords(transcript, 14, 'we needed the inspection')).toMatch(/Tolley$/);
    expect(speakerOfWords(transcript, 16, 'I have no further')).toBe('Ngozi Achebe');
    expect(speakerOfWords(transcript, 7, 'GRAHAM TOLLEY')).toBeUndefined();
    expect(speakerOfWords(transcript, 8, 'Questions from')).toBeUndefined();
    expect(speakerOfWords(transcript, 17, 'Questions from')).toBeUndefined();
  });
});

describe('parliaments’ records (round 30)', () => {
  it('reads Canada’s committee chair with the seat nested in the parentheses naming him', () => {
    const evidence = madeUpDocument(
      [
        'The Chair (Mr. Gordon Lachance (Kanata—Carleton East, Lib.)): I call this meeting to order.',
        'I’d like to welcome our witnesses. Each organization will have five minutes.',
        'Ms. Hélène Dufresne (Vice-President, Operations, Canadian Air Transport Security Authority): Thank you, Mr. Chair.',
        'The Chair: Thank you. Mr. Singh, you have six minutes.',
        'Mr. Ravi Singh (Brampton North, Lib.): Thank you, Mr. Chair.',
        'The Chair: Thank you, Mr. Singh.',
      ],
      { kind: 'committee evidence', outlet: 'House of Commons of Canada' },
    );
    expect(speakerOfWords(evidence, 1, 'I call this meeting')).toBe('Gordon Lachance');
    expect(speakerOfWords(evidence, 2, 'welcome our witnesses')).toBe('Gordon Lachance');
  });

  it('goes on with a member’s turn in the Lok Sabha’s "parliamentary debates"', () => {
    const debates = madeUpDocument(
      [
        'HON. SPEAKER: Question No. 142, Shri Venkatesh Kondapalli.',
        'SHRI VENKATESH KONDAPALLI (NELLORE): Hon. Speaker, Sir, I thank you for giving me this opportunity.',
        'Through you, Sir, I would like to ask the hon. Minister how many claims are pending.',
        'THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE (SHRI RAMNIVAS THAKUR): Hon. Speaker, Sir, a statement is laid on the Table.',
        'Sir, I want to assure the hon. Member that the Government is serious about timely settlement.',
        'HON. SPEAKER: Shri Kondapalli, second supplementary.',
      ],
      { kind: 'parliamentary debates', outlet: 'Lok Sabha Secretariat' },
    );
    expect(speakerOfWords(debates, 3, 'Through you, Sir')).toBe('Venkatesh Kondapalli');
    expect(speakerOfWords(debates, 5, 'I want to assure')).toBe('Ramnivas Thakur');
  });
});

describe('someone else’s words printed whole inside a piece (round 30)', () => {
  it('gives a letter a story prints in full to its signer, and the story around it to nobody', () => {
    const story = madeUpDocument(
      [
        'The chairperson of the Lebombo Water board has resigned, accusing officials of interference.',
        'News24 has seen the letter, dated 10 October. It is published in full below.',
        'Dear Honourable Minister Ntuli',
        'I hereby tender my resignation as chairperson, with immediate effect.',
        'I regret, however, that I cannot in good conscience remain in my position.',
        'Yours faithfully',
        'Adv. Nomvula Dlamini-Reyneke',
        'Chairperson: Board of Lebombo Water',
        'Department spokesperson Wisani Baloyi confirmed that the minister had received the letter.',
      ],
      { kind: 'letter', outlet: 'News24', author: 'Thandeka Mokoena' },
    );
    expect(speakerOfWords(story, 4, 'I hereby tender')).toBe('Nomvula Dlamini-Reyneke');
    expect(speakerOfWords(story, 5, 'I regret, however')).toBe('Nomvula Dlamini-Reyneke');
    expect(speakerOfWords(story, 1, 'The chairperson')).toBeUndefined();
    expect(speakerOfWords(story, 9, 'confirmed that')).toBeUndefined();
    // (A news report printing one reads the same; a letter quoted in a line prints none.)
    const quoted = madeUpDocument(['In her letter she wrote that she could not remain.', 'Dear Minister, the board was not consulted.', 'Yours faithfully'], { kind: 'letter', outlet: 'News24', author: 'Thandeka Mokoena' });
    expect(speakerOfWords(quoted, 1, 'In her letter')).toBe('Thandeka Mokoena');
  });

  it('gives a guest post in a newsletter to its guest, from the byline to the biography', () => {
    const letter = madeUpDocument(
      [
        'Hello friends,',
        'I have asked a transport economist to write this week. His piece is below.',
        'Guest post: What the call-up system fixed, and what it didn’t',
        'By Dr Babatunde Oyelaran',
        'When the electronic call-up system went live in 2021, the roads to Apapa were a car park.',
        'Three changes would help. First, publish the data.',
        'Dr Babatunde Oyelaran is a senior lecturer in transport economics at the University of Lagos.',
        'Back to me',
        'I want to pull out one thing from Babatunde’s piece.',
        'Adaeze',
      ],
      { kind: 'newsletter', outlet: 'The Naira Ledger', author: 'Adaeze Okafor' },
    );
    expect(speakerOfWords(letter, 5, 'When the electronic')).toBe('Babatunde Oyelaran');
    expect(speakerOfWords(letter, 6, 'Three changes')).toBe('Babatunde Oyelaran');
    expect(speakerOfWords(letter, 7, 'is a senior lecturer')).toBeUndefined();
    expect(speakerOfWords(letter, 4, 'By Dr')).toBeUndefined();
    expect(speakerOfWords(letter, 9, 'I want to pull out')).toBe('Adaeze Okafor');
    expect(speakerOfWords(letter, 2, 'I have asked')).toBe('Adaeze Okafor');
  });
});

describe('more of what bodies and their officers sign (round 30)', () => {
  it('gives a foreword, a freedom of information response and a submission to their signer or issuer', () => {
    const doc = (kind: string, outlet: string, author: string | undefined, sentence: string) => madeUpDocument(['A heading', sentence], { kind, outlet, author });
    const foreword = doc('ministerial foreword', 'Department for Energy Security and Net Zero', 'Nadia Haworth', 'Last winter, I sat in a kitchen in Rotherham with a pensioner.');
    expect(speakerOfWords(foreword, 2, 'Last winter')).toBe('Nadia Haworth');
    const foi = doc('freedom of information response', 'North Ribble Borough Council', 'Claire Donnelly', 'Thank you for your request for information, which we received on 17 July.');
    expect(speakerOfWords(foi, 2, 'Thank you for your request')).toBe('Claire Donnelly');
    // (Not a "field report", a correspondent's as often: the review of round 30.)
    const field = doc('field report', 'BBC News', undefined, 'The road into the valley was washed away in the night.');
    expect(speakerOfWords(field, 2, 'The road into')).toBeUndefined();
    const submission = doc('inquiry submission', 'Rural Pharmacy Association', undefined, 'We ask the Committee to recommend a Rural Pharmacy Access Scheme.');
    expect(speakerOfWords(submission, 2, 'We ask the Committee')).toBe('Rural Pharmacy Association');
  });

  it('gives a branch bulletin written as "we" and signed off "In unity," to its secretary', () => {
    const bulletin = (closing: string[]) =>
      madeUpDocument(['Dear member,', 'Our consultative ballot on the pay award opens on Monday.', 'We need more stewards in estates and facilities.', 'Our branch office is open every weekday.', ...closing], {
        kind: 'newsletter',
        outlet: 'UNISON Northbridge Health Branch',
        author: 'Kerry Dunmore',
      });
    expect(speakerOfWords(bulletin(['In unity,', 'Kerry Dunmore\nBranch Secretary']), 2, 'Our consultative ballot')).toBe('Kerry Dunmore');
    // (Without a valediction, "we" makes no letter of a digest.)
    expect(speakerOfWords(bulletin(['Kerry Dunmore\nBranch Secretary']), 2, 'Our consultative ballot')).toBeUndefined();
  });
});

describe('broadcast and online layouts (round 30)', () => {
  it('reads an earnings call’s "Operator [1]" headings, and "Operator" as printed, not "Operator Instructions"', () => {
    const call = madeUpDocument(
      [
        'PRESENTATION',
        'Operator [1]',
        'Thank you for standing by. (Operator Instructions) I would now like to hand over to Ms. Fiona Blake.',
        'Fiona Blake, Corvane Health Ltd - Head of IR [2]',
        'Thank you, and good morning, everyone.',
        'Rebecca Thorne, Corvane Health Ltd - MD, CEO & Director [3]',
        'Thanks, Fiona. FY25 was a year of two halves.',
        'Operator [4]',
        'Your first question comes from Samuel Whitlock with Macquarie.',
        'Rebecca Thorne, Corvane Health Ltd - MD, CEO & Director [5]',
        'Thanks, Sam. Occupancy finished the year at 71%.',
        'Fiona Blake, Corvane Health Ltd - Head of IR [6]',
        'That concludes the call.',
      ],
      { kind: 'transcript', outlet: 'LSEG StreetEvents' },
    );
    expect(speakerOfWords(call, 3, 'Thank you for standing by')).toBe('Operator');
    expect(speakerOfWords(call, 7, 'FY25 was a year')).toBe('Rebecca Thorne');
    expect(speakerOfWords(call, 9, 'Your first question')).toBe('Operator');
  });

  it('gives the paragraph under a bulletin script’s "CLIP:" line to the one it names, the line to nobody', () => {
    const script = madeUpDocument(
      [
        'Kerry County Council has asked for an extra €4.2 million to finish stabilising the N71.',
        'CLIP: Pádraig Culloty, Director of Roads, Kerry County Council (0\'21")',
        'When we opened up the embankment we found a lot more water than anyone expected.',
        'The Department of Transport said it had received the council’s request.',
      ],
      { kind: 'radio news bulletin', outlet: 'Radio Kerry' },
    );
    expect(speakerOfWords(script, 3, 'When we opened up')).toBe('Pádraig Culloty');
    expect(speakerOfWords(script, 2, 'Pádraig Culloty')).toBeUndefined();
    expect(speakerOfWords(script, 4, 'The Department of Transport')).toBeUndefined();
  });

  it('gives a thread’s posts to their accounts under their headers, the headers and footers to nobody', () => {
    const thread = madeUpDocument(
      [
        'Councillor Priya Ramsaran @PriyaRamsaranTO · Oct 21',
        '1/ The Auditor General’s report on winter road maintenance is out today.',
        '9:02 AM · Oct 21, 2025 · 41.3K Views',
        'Councillor Priya Ramsaran @PriyaRamsaranTO · Oct 21',
        '2/ On 37% of routes marked complete, the GPS data showed no plough had passed.',
        'Dan Kowalczyk @dkowalczyk_to · Oct 21\nReplying to @PriyaRamsaranTO',
        'My mom is 84 and didn’t leave her apartment for 9 days in February.',
        'City of Toronto @cityoftoronto · Oct 21\nReplying to @PriyaRamsaranTO',
        'The City’s response to the report is available online.',
      ],
      { kind: 'social media thread', outlet: 'X (formerly Twitter)', author: 'Priya Ramsaran' },
    );
    expect(speakerOfWords(thread, 2, 'The Auditor General’s report')).toMatch(/Priya Ramsaran$/);
    expect(speakerOfWords(thread, 7, 'My mom is 84')).toBe('Dan Kowalczyk');
    expect(speakerOfWords(thread, 9, 'The City’s response')).toBe('City of Toronto');
    expect(speakerOfWords(thread, 1, 'Councillor Priya')).toBeUndefined();
    expect(speakerOfWords(thread, 3, '9:02 AM')).toBeUndefined();
  });

  it('gives a channel’s own posts to the channel and a forwarded post to its source', () => {
    const channel = madeUpDocument(
      [
        'By order of NPC Ukrenergo, hourly outage schedules will apply in Odesa region tomorrow.',
        '👁 52.3K · 18:40',
        'Forwarded from Ukrenergo',
        'Tomorrow, hourly outage schedules for household consumers will be applied in most regions.',
        '👁 61.0K · 19:05',
        'Check your queue in our chatbot or on our website.',
      ],
      { kind: 'Telegram posts', outlet: 'DTEK Odesa Grids' },
    );
    expect(speakerOfWords(channel, 1, 'By order of')).toBe('DTEK Odesa Grids');
    expect(speakerOfWords(channel, 4, 'Tomorrow, hourly')).toBe('Ukrenergo');
    expect(speakerOfWords(channel, 3, 'Forwarded from')).toBeUndefined();
    expect(speakerOfWords(channel, 6, 'Check your queue')).toBe('DTEK Odesa Grids');
  });
});

describe('an AMA answered from a shared account (round 30)', () => {
  it('gives comments to their users, and an answer signed "– Alasdair" to the one who signed it', () => {
    const ama = madeUpDocument(
      [
        'u/EdinCouncil_STL • 1d • AMA',
        'Hi r/Edinburgh! Answering today are Morag Lindsay (licensing manager) and Alasdair Kerr (enforcement lead). We’ll sign each answer.',
        'u/auldreekie_lad • 1d',
        'How many unlicensed lets have you actually shut down?',
        'u/EdinCouncil_STL OP • 1d',
        'Since the control area came in we’ve opened 1,310 investigations.',
        '– Alasdair',
        'u/pentland_hills • 1d',
        'Not the council, but I reported the one in our stair in March.',
        'u/EdinCouncil_STL OP • 1d',
        'Edit: That’s us finished! We’ll come back tomorrow for a few we missed. – Morag',
      ],
      { kind: 'AMA', outlet: 'Reddit (r/Edinburgh)' },
    );
    expect(speakerOfWords(ama, 4, 'How many unlicensed')).toBe('u/auldreekie_lad');
    expect(speakerOfWords(ama, 6, 'Since the control area')).toBe('Alasdair Kerr');
    expect(speakerOfWords(ama, 7, 'Alasdair')).toBeUndefined();
    expect(speakerOfWords(ama, 9, 'Not the council')).toBe('u/pentland_hills');
    expect(speakerOfWords(ama, 11, 'We’ll come back')).toBe('Morag Lindsay');
    expect(speakerOfWords(ama, 2, 'Hi r/Edinburgh')).toBe('u/EdinCouncil_STL');
  });
});

describe('signed notes inside a body’s documents (round 30)', () => {
  it('gives a foreword signed inside a position paper to its signer, the paper around it to the body', () => {
    const paper = madeUpDocument(
      [
        'August 2025',
        'Foreword from the Chair',
        'When the Department published its draft amendments in June, my phone did not stop ringing.',
        'I want to thank every grower who gave up an afternoon to talk to us.',
        'Annelie Botha',
        'Chair, Cape Independent Winegrowers’ Association',
        'The Association represents 180 family-owned wineries across the Western Cape.',
      ],
      { kind: 'position paper', outlet: 'Cape Independent Winegrowers’ Association' },
    );
    expect(speakerOfWords(paper, 3, 'my phone did not stop')).toBe('Annelie Botha');
    expect(speakerOfWords(paper, 4, 'I want to thank')).toBe('Annelie Botha');
    expect(speakerOfWords(paper, 5, 'Annelie Botha')).toBeUndefined();
    expect(speakerOfWords(paper, 6, 'Chair, Cape')).toBeUndefined();
    expect(speakerOfWords(paper, 7, 'The Association represents')).toBe('Cape Independent Winegrowers’ Association');
  });

  it('ends a minister’s foreword at her own signature, not the next foreword’s', () => {
    const paper = madeUpDocument(
      [
        'Ministerial foreword',
        'Last winter, I sat in a kitchen in Rotherham with a pensioner who kept her coat on.',
        'Rt Hon Nadia Haworth MP\nSecretary of State for Energy Security and Net Zero',
        'Foreword from the Minister for Energy Consumers',
        'When I was growing up in Merthyr, my mother put a towel along the bottom of the door.',
        'Owen Prys MP\nMinister for Energy Consumers',
      ],
      { kind: 'white paper', outlet: 'Department for Energy Security and Net Zero' },
    );
    // (Named without her style and letters since round 31, "Nadia Haworth", as the text calls her.)
    expect(speakerOfWords(paper, 2, 'Last winter')).toBe('Nadia Haworth');
    expect(speakerOfWords(paper, 5, 'When I was growing up')).toBe('Owen Prys');
  });

  it('gives a release put in an officer’s name to her, up to "ENDS"', () => {
    const appeal = madeUpDocument(
      [
        'Appeal for information: fatal crash, Heads Road',
        'Please attribute to Detective Senior Sergeant Aroha Tane, Whanganui CIB:',
        'Police can now name the man who died after being struck by a vehicle on Heads Road.',
        'We believe the vehicle is a dark-coloured station wagon.',
        'ENDS',
        'Issued by the Police Media Centre',
      ],
      { kind: 'police appeal', outlet: 'New Zealand Police' },
    );
    expect(speakerOfWords(appeal, 3, 'Police can now name')).toBe('Aroha Tane');
    expect(speakerOfWords(appeal, 4, 'We believe the vehicle')).toBe('Aroha Tane');
    expect(speakerOfWords(appeal, 2, 'Please attribute')).toBeUndefined();
  });

  it('gives a message a club publishes in full under its own heading to the one who signs it with his first name', () => {
    const statement = madeUpDocument(
      [
        'Penrhos Town FC can confirm that manager Rhodri Evans has left the club by mutual consent.',
        'Rhodri asked that the following message to supporters be published in full.',
        'A message from Rhodri',
        'To everyone at Penrhos Town,',
        'When I walked into Treflan Park in the summer of 2021, the club had eleven registered players.',
        'Diolch o galon,',
        'Rhodri',
        'Penrhos Town FC would like to place on record its thanks to Rhodri Evans.',
      ],
      { kind: 'statement', outlet: 'Penrhos Town FC' },
    );
    expect(speakerOfWords(statement, 5, 'When I walked into')).toBe('Rhodri Evans');
    expect(speakerOfWords(statement, 8, 'would like to place')).toBe('Penrhos Town FC');
  });
});

describe('the review of round 30', () => {
  it('does not carry one exchange’s parties into the next witness’s, introduced as evidence', () => {
    const judgment = madeUpDocument(
      [
        'In cross-examination by Mr Fraser, Ms Tait gave the following evidence:',
        'Q. Did you see the invoice?',
        'A. I did not.',
        'Mr Dunmore was then cross-examined by Ms Sandhu, and the following exchange took place:',
        'Q. Were you told about the warning?',
        'A. Not until later.',
      ],
      { kind: 'judgment', outlet: 'Employment Tribunal', author: 'Judge Okafor' },
    );
    expect(speakerOfWords(judgment, 5, 'Were you told')).toMatch(/Sandhu/);
    expect(speakerOfWords(judgment, 6, 'Not until later')).toMatch(/Dunmore/);
  });

  it('does not give a press conference to a guest its opening sentence names', () => {
    const doc = madeUpDocument(
      [
        'Good afternoon. I am joined today by the Director-General of Health, Dr Ashley Bloomfield.',
        'Cabinet has agreed to move the region to alert level 2 from midnight.',
        'Will schools reopen on Monday?',
        'Yes, schools will reopen on Monday.',
        'What about large gatherings?',
        'Gatherings stay limited to 100 people.',
        'And the border?',
        'The border settings do not change.',
      ],
      { kind: 'press conference', outlet: 'Office of the Prime Minister' },
    );
    inBold(doc, [2, 4, 6]);
    expect(speakerOfWords(doc, 2, 'Cabinet has agreed')).not.toBe('Ashley Bloomfield');
    expect(speakerOfWords(doc, 4, 'schools will reopen')).not.toBe('Ashley Bloomfield');
  });

  it('takes a printed letter’s signer from its signature alone, not the story’s next name', () => {
    const story = madeUpDocument(
      [
        'The residents’ letter is published in full below.',
        'Dear Councillor Hughes,',
        'We object to the closure of the library on Penrhos Road.',
        'Yours sincerely,',
        'Penrhos Residents’ Association',
        'Council leader Gareth Hughes said he would reply.',
      ],
      { kind: 'news report', outlet: 'North Wales Live' },
    );
    expect(speakerOfWords(story, 3, 'We object')).not.toBe('Gareth Hughes');
  });

  it('does not give an unsigned foreword and the report after it to a press officer’s contact block', () => {
    const report = madeUpDocument(
      [
        'Foreword',
        'Rivers in the catchment have had their worst summer on record.',
        'Key findings',
        'Phosphate levels exceeded the limit at 14 of 20 sites.',
        'Amina Yusuf\nPress Officer\namina.yusuf@rivertrust.org',
      ],
      { kind: 'report', outlet: 'River Trust' },
    );
    expect(speakerOfWords(report, 4, 'Phosphate levels')).toBe('River Trust');
    expect(speakerOfWords(report, 2, 'Rivers in the catchment')).not.toBe('Amina Yusuf');
  });

  it('leaves a news story that reprints "Please attribute to" in its own narration', () => {
    const story = madeUpDocument(
      ['Police released a statement on Tuesday.', 'Please attribute to Detective Senior Sergeant Aroha Tane:', 'We are appealing for witnesses.', 'The crash is the third on the road this year.'],
      { kind: 'news report', outlet: 'Whanganui Chronicle' },
    );
    expect(speakerOfWords(story, 4, 'The crash is the third')).toBeUndefined();
  });

  it('leaves posts a news report quotes to their headers, and its narration after them to nobody', () => {
    const story = madeUpDocument(
      [
        'Residents took to social media after the works overran.',
        'Raj Patel @rajp · Oct 21',
        'Third week without a bus stop.',
        'Ana Silva @anas · Oct 21',
        'Same on our street.',
        'Tom Reed @tomr · Oct 21',
        'Nobody told us.',
        'Lee Chan @leec · Oct 21',
        'Ridiculous.',
        'The council said the works would finish on Friday.',
      ],
      { kind: 'news report', outlet: 'Bristol Post' },
    );
    expect(speakerOfWords(story, 10, 'The council said')).not.toBe('Lee Chan');
  });

  it('does not give a forum’s thread or posts to the forum', () => {
    const thread = madeUpDocument(['Has anyone else had their bin collection missed three weeks running?', 'Same here in Leyton.'], { kind: 'thread', outlet: 'Mumsnet' });
    expect(speakerOfWords(thread, 1, 'Has anyone else')).not.toBe('Mumsnet');
  });

  it('does not read "US" as "us", nor a paper’s "we" as its newsletter writer’s letter', () => {
    const digest = (outlet: string, paragraphs: string[]) => madeUpDocument([...paragraphs, 'See you tomorrow,', 'Sofia'], { kind: 'newsletter', outlet, author: 'Sofia Marten' });
    const us = digest('Morning Brief Ltd', ['The US Senate voted on the bill.', 'The US House follows next week.', 'US markets rose.', 'Oil fell.']);
    expect(speakerOfWords(us, 1, 'The US Senate')).toBeUndefined();
    const paper = digest('The Guardian', ['We reported yesterday that the vote was close.', 'Our reporters were in the chamber.', 'We will follow it.', 'Oil fell.']);
    expect(speakerOfWords(paper, 1, 'We reported yesterday')).toBeUndefined();
  });

  it('lets a guest pass their own subheading when a biography closes the piece', () => {
    const letter = madeUpDocument(
      [
        'Guest post: What the call-up system fixed',
        'By Dr Babatunde Oyelaran',
        'When the call-up system went live, the roads were a car park.',
        'What went wrong',
        'The holding parks became a second queue.',
        'Dr Babatunde Oyelaran is a senior lecturer in transport economics.',
        'Back to me. I want to pull out one thing from his piece.',
        'Adaeze',
      ],
      { kind: 'newsletter', outlet: 'The Naira Ledger', author: 'Adaeze Okafor' },
    );
    expect(speakerOfWords(letter, 5, 'The holding parks')).toBe('Babatunde Oyelaran');
    expect(speakerOfWords(letter, 4, 'What went wrong')).toBeUndefined();
  });

  it('names a chair the header names "(Chair)" as her own label does', () => {
    const minutes = madeUpDocument(
      ['Present: Councillor Linda Carver (Chair), Councillor Tom Reid', 'THE CHAIR: Good evening. The first item is the budget.', 'COUNCILLOR REID: I have a question on the budget.', 'COUNCILLOR CARVER: Go ahead.', 'THE CHAIR: Thank you.', 'COUNCILLOR REID: Thank you, Chair.'],
      { kind: 'transcript', outlet: 'Leyland Town Council' },
    );
    expect(speakerOfWords(minutes, 2, 'Good evening')).toBe(speakerOfWords(minutes, 4, 'Go ahead'));
  });
});

describe('an office’s section in a company’s announcement (round 30)', () => {
  it('gives an unsigned "Chief Executive’s Review" to the one the announcement names as chief executive, up to the next heading', () => {
    const results = madeUpDocument(
      [
        'Commenting on the results, Ciarán Fallon, Chief Executive Officer, said: "This has been a strong first half."',
        'Chief Executive’s Review',
        'The first half of 2025 saw continued strong demand for new homes across all of our regions.',
        'We have held the prices of our starter homes broadly flat for the past 12 months.',
        'Financial Review',
        'Revenue rose by 18% to €412.6 million.',
      ],
      { kind: 'results announcement', outlet: 'Corrib Homes plc' },
    );
    expect(speakerOfWords(results, 3, 'The first half')).toBe('Ciarán Fallon');
    expect(speakerOfWords(results, 4, 'We have held')).toBe('Ciarán Fallon');
    expect(speakerOfWords(results, 6, 'Revenue rose')).toBe('Corrib Homes plc');
    // (Two chief executives named: nobody can tell whose the review is.)
    const two = madeUpDocument(['Ann Lee, Chief Executive, and Tom Roe, Chief Executive of the subsidiary, welcomed the deal.', 'Chief Executive’s Review', 'Demand was strong.'], { kind: 'results announcement', outlet: 'Corrib Homes plc' });
    expect(speakerOfWords(two, 3, 'Demand was strong')).toBe('Corrib Homes plc');
  });
});

describe('one voice in a party’s, a family’s and a mayor’s documents (round 30)', () => {
  it('gives a manifesto to the leader who signs it, a family’s death notice to the family, and a mayor’s signed newsletter to him', () => {
    const manifesto = madeUpDocument(['Foreword by our Leader', 'I have listened to a lot of people who are tired of being told to wait.'], { kind: 'manifesto', outlet: 'Wales Forward', author: 'Rhian Pritchard' });
    expect(speakerOfWords(manifesto, 2, 'I have listened')).toBe('Rhian Pritchard');
    const notice = madeUpDocument(['It is with great sadness that we announce the passing of our mother, Helen.', 'She grew up speaking Ukrainian at home.'], { kind: 'obituary', outlet: 'Winnipeg Free Press Passages', author: 'The Kowalchuk family' });
    expect(speakerOfWords(notice, 2, 'She grew up')).toBe('The Kowalchuk family');
    // (A newsroom's obituary, by its writer, stays journalism.)
    const newsObituary = madeUpDocument(['Helen Kowalchuk, who taught for forty years, has died aged 91.', 'She grew up speaking Ukrainian at home.'], { kind: 'obituary', outlet: 'Winnipeg Free Press', author: 'Kevin Rollason' });
    expect(speakerOfWords(newsObituary, 2, 'She grew up')).toBeUndefined();
    const newsletter = madeUpDocument(
      ['Dear neighbors,', 'What a year. When I wrote to you last winter, the bridge was closed.', 'I am happy to report that it reopened in September.', 'My door is open, and I read every letter.', 'Stay warm and take care of each other.', 'Luis Ortega', 'Mayor, City of Cedar Hollow'],
      { kind: 'newsletter', outlet: 'The Cedar Hollow Connection', author: 'Mayor Luis Ortega' },
    );
    // (Without the office his byline prints before his full name, round 58.)
    expect(speakerOfWords(newsletter, 3, 'I am happy to report')).toBe('Luis Ortega');
  });
});
