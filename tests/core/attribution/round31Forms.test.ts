import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("a meeting's record and a press conference's turns (round 31)", () => {
  it("reads a Security Council meeting record's turns, a delegate's country and language in parentheses", () => {
    const record = madeUpDocument(
      [
        'President: Ms. Amara Conteh (Sierra Leone)',
        'The meeting was called to order at 10.05 a.m.',
        'The President: In accordance with rule 39 of the rules, I invite Ms. Ingrid Solberg to participate in this meeting.',
        'I now give the floor to Ms. Solberg.',
        'Ms. Solberg: I thank you, Madam President, for the opportunity to brief the Council. Armed gangs have extended their control.',
        'More than a million people are now displaced.',
        'Mr. Hargreaves (United Kingdom): I thank Special Representative Solberg for her briefing.',
        'Mr. Bouchard (France) (spoke in French): France is committed to Haiti and to its people.',
      ],
      { kind: 'meeting record', outlet: 'United Nations Security Council' },
    );
    expect(speakerOfWords(record, 4, 'I now give')).toMatch(/^(?:Amara Conteh|The President)$/);
    expect(speakerOfWords(record, 6, 'More than a million')).toBe('Ingrid Solberg');
    expect(speakerOfWords(record, 7, 'I thank Special')).toBe('Mr. Hargreaves');
    expect(speakerOfWords(record, 8, 'France is committed')).toBe('Mr. Bouchard');
  });

  it('gives "GOVERNOR:" to the governor, not to the first deputy governor who also speaks', () => {
    const conference = madeUpDocument(
      [
        'Participants: Dr Kwame Boadu, Governor; Mrs Efua Larbi, First Deputy Governor.',
        'MODERATOR: Welcome. Governor, the floor is yours.',
        'GOVERNOR: Thank you. The Committee decided to reduce the policy rate by 350 basis points.',
        'MODERATOR: Next question.',
        'FIRST DEPUTY GOVERNOR: Transmission to lending rates takes two to three quarters.',
        'GOVERNOR: We do not target a level for the cedi.',
      ],
      { kind: 'press conference', outlet: 'Bank of Ghana' },
    );
    expect(speakerOfWords(conference, 3, 'The Committee decided')).not.toMatch(/Deputy/);
    expect(speakerOfWords(conference, 6, 'We do not target')).not.toMatch(/Deputy/);
    expect(speakerOfWords(conference, 5, 'Transmission to')).toMatch(/Deputy|Efua Larbi/);
  });

  it("reads a speaker key's initials opening each turn, the turn going on over paragraphs", () => {
    const conference = madeUpDocument(
      [
        'Speaker key:\nMR Margaret Rowe\nSAM Dr Samuel Ato Badu\nLT Lucia Ferraz',
        'MR Hello everyone, and welcome. My name is Margaret Rowe, and I will be moderating today. Dr Badu, please.',
        'SAM Thank you, Margaret, and good morning.',
        'Since the beginning of this year, 31 countries have reported cases of cholera.',
        'MR Thank you, Dr Badu. We will start with Lucia Ferraz from EFE.',
        'LT Thank you, Margaret. When will the new vaccine production be available?',
        'SAM Thank you, Lucia. Next year.',
        'MR Thank you. Lucia, a follow-up?',
        'LT No, thank you.',
      ],
      { kind: 'press briefing', outlet: 'World Health Organization' },
    );
    expect(speakerOfWords(conference, 3, 'good morning')).toBe('Samuel Ato Badu');
    expect(speakerOfWords(conference, 4, 'Since the beginning')).toBe('Samuel Ato Badu');
    expect(speakerOfWords(conference, 6, 'When will')).toBe('Lucia Ferraz');
  });

  it('leaves paragraphs opening with capitals unread where no key lists them', () => {
    const release = madeUpDocument(
      ['Mary Roe, the spokesperson, opened the briefing.', 'MR Jones said the meeting went well.', 'EU ministers will meet again in June.', 'MR Jones added that talks would go on.', 'EU officials declined to comment.', 'NATO said it would publish a communiqué.'],
      { kind: 'press briefing', outlet: 'NATO' },
    );
    // (Read as initials, "MR" would be Mary Roe's turn.)
    expect(speakerOfWords(release, 2, 'Jones said')).toBeUndefined();
    expect(speakerOfWords(release, 4, 'Jones added')).toBeUndefined();
  });
});

describe('questioners a briefer or a host calls on (round 31)', () => {
  const briefing = () =>
    madeUpDocument(
      [
        'Daniel Whitford, Deputy Department Spokesperson',
        'MR WHITFORD: Good afternoon, everybody. I have two things at the top.',
        'First, the Deputy Secretary will travel to Nairobi next week.',
        'With that, Matt.',
        'QUESTION: Thanks. Is the U.S. waiting for both sides?',
        'MR WHITFORD: Well, you can’t have a truce with one side, Matt.',
        'QUESTION: But no date.',
        'MR WHITFORD: Not from this podium. Go ahead, Nadia.',
        'QUESTION: Thank you. Nadia Karam with Asharq. Will there be American personnel on the ground?',
        'MR WHITFORD: There is no plan for that.',
        'QUESTION: On a different subject? Visa appointments in Lagos.',
        'MR WHITFORD: The wait times are real.',
      ],
      { kind: 'transcript', outlet: 'U.S. Department of State' },
    );

  it('gives a "QUESTION:" turn to the one called on by name at the end of the turn before, and a follow-up to the same one', () => {
    expect(speakerOfWords(briefing(), 5, 'Is the U.S.')).toBe('Matt');
    expect(speakerOfWords(briefing(), 7, 'But no date')).toBe('Matt');
    expect(speakerOfWords(briefing(), 9, 'Will there be')).toMatch(/^Nadia/);
  });

  it('leaves a question on a different subject, which no one was called for, to nobody', () => {
    expect(speakerOfWords(briefing(), 11, 'Visa appointments')).toBeUndefined();
  });

  it('leaves a follow-up nobody named to nobody, and names no asker after the briefer a question addresses', () => {
    const conference = madeUpDocument(
      [
        'Speakers: StS Kornblum, Ahrendt (BMAS), Dr Pohl (BMWE)',
        'StS Kornblum: Good afternoon. The Cabinet adopted the draft Pension Act.',
        'Question: A question for the Ministry of Labour. Does the minister rule out a rise?',
        'Ahrendt: Thank you for the question. The figures are estimates.',
        'Follow-up question: So she does not rule it out?',
        'Ahrendt: I have nothing to add.',
        'Question: StS Kornblum, a question on a different topic. Will reparations be on the agenda?',
        'StS Kornblum: I will not anticipate the talks.',
      ],
      { kind: 'transcript', outlet: 'Federal Government' },
    );
    expect(speakerOfWords(conference, 5, 'So she does not')).toBeUndefined();
    expect(speakerOfWords(conference, 7, 'Will reparations')).toBeUndefined();
  });

  it('leaves the question after "Yes, in the back." to someone new, not the last asker', () => {
    const noon = madeUpDocument(
      [
        'Spokesperson: Good afternoon. The appeal was launched this morning.',
        'Question: Has the envoy met the RSF this month?',
        'Spokesperson: He has been in contact with both sides. Dezhi?',
        'Question: On Madagascar. How much of the appeal is funded?',
        'Spokesperson: Very little so far. Yes, in the back.',
        'Question: Which Member States have paid in full?',
        'Spokesperson: I will have to check.',
      ],
      { kind: 'transcript', outlet: 'United Nations' },
    );
    expect(speakerOfWords(noon, 4, 'How much')).toBe('Dezhi');
    expect(speakerOfWords(noon, 6, 'Which Member States')).toBeUndefined();
  });

  it('names a questioner who gives a name under a numbered question, and not one who addresses a panellist by title', () => {
    const qa = madeUpDocument(
      [
        'Adrian Hollis:',
        'Ines, thank you very much indeed. We have about 35 minutes for questions.',
        'Question 1:',
        'Thank you. Margaret Eames, I spent 20 years in Defence. You said it saves money.',
        'Question 2:',
        'Dr Valcourt, you said joint procurement saves money. What is different this time?',
        'Ines Valcourt:',
        'Thank you, two very good questions.',
      ],
      { kind: 'transcript', outlet: 'Chatham House' },
    );
    expect(speakerOfWords(qa, 4, 'You said it')).toBe('Margaret Eames');
    expect(speakerOfWords(qa, 6, 'What is different')).toBeUndefined();
    expect(speakerOfWords(qa, 8, 'two very good')).toBe('Ines Valcourt');
  });

  it('gives "CALLER:" to the caller the host puts through, and keeps a caller named in the label', () => {
    const phoneIn = madeUpDocument(
      [
        'TOM REARDON, HOST: The Minister is taking your calls this morning.',
        'RACHEL DUNMORE, MINISTER: Good morning, Tom.',
        'REARDON: Our phones have lit up. Sharon is in Glenorchy. Go ahead, Sharon.',
        'CALLER: Hi Tom, hi Minister. I have been on the housing register for four years.',
        'DUNMORE: I am really sorry to hear that.',
        'REARDON: Next line.',
        'CALLER: Morning. I am a builder.',
        'CALLER (Anna, Leeds): My husband is on dialysis three times a week.',
      ],
      { kind: 'transcript', outlet: 'ABC Radio Hobart' },
    );
    expect(speakerOfWords(phoneIn, 4, 'I have been on')).toBe('Sharon');
    expect(speakerOfWords(phoneIn, 7, 'I am a builder')).toBeUndefined();
    expect(speakerOfWords(phoneIn, 8, 'My husband')).toMatch(/^Anna/);
  });

  it('reads "Spokesperson:" as the spokesperson the headnote names', () => {
    const noon = madeUpDocument(
      [
        'The following is a near-verbatim transcript of today’s noon briefing by Lionel Ambrose, Spokesperson for the Secretary-General.',
        'Good afternoon. The Secretary-General arrived in Geneva this morning.',
        'Spokesperson: Ibtisam, please.',
        'Question: Thank you, Lionel. What is the UN actually doing?',
        'Spokesperson: The UN is doing a lot apart from statements.',
        'Question: And has the envoy met the RSF leadership?',
        'Spokesperson: He has been in contact with both sides.',
      ],
      { kind: 'transcript', outlet: 'United Nations' },
    );
    expect(speakerOfWords(noon, 5, 'The UN is doing')).toBe('Lionel Ambrose');
    expect(speakerOfWords(noon, 4, 'What is the UN')).toBe('Ibtisam');
  });
});

describe("a court record's defendant, headers and ruled headings (round 31)", () => {
  it('gives "THE DEFENDANT:" to the one the caption names', () => {
    const hearing = madeUpDocument(
      [
        'IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF PENNSYLVANIA',
        'UNITED STATES OF AMERICA v. RAYMOND T. KOSTELNIK, Defendant.',
        'THE COURT: Mr. Kostelnik, do you wish to say anything before sentence is imposed?',
        'THE DEFENDANT: Yes, Your Honor. I want to say I’m sorry.',
        'THE COURT: Thank you. Ms. Park?',
        'MS. PARK: Nothing further, Your Honor.',
        'THE COURT: Mr. Delacroix?',
        'MR. DELACROIX: Nothing further, Your Honor.',
        'THE DEFENDANT: Thank you, Your Honor.',
      ],
      { kind: 'transcript', outlet: 'United States District Court' },
    );
    expect(speakerOfWords(hearing, 4, 'I want to say')).toMatch(/Raymond T\. Kostelnik|Raymond Kostelnik/);
  });

  it("reads the header's roster lines over the first turn as nobody's words", () => {
    const qa = madeUpDocument(
      [
        'Speaker: Dr Ines Valcourt, Director, European Armaments Observatory',
        'Chair: Sir Adrian Hollis KCMG, Associate Fellow, Chatham House',
        'Adrian Hollis:',
        'Ines, thank you very much indeed.',
        'Ines Valcourt:',
        'Thank you. The honest answer is that it depends.',
        'Adrian Hollis:',
        'Thank you.',
        'Ines Valcourt:',
        'A pleasure.',
      ],
      { kind: 'transcript', outlet: 'Chatham House' },
    );
    expect(speakerOfWords(qa, 1, 'Dr Ines Valcourt')).toBeUndefined();
    expect(speakerOfWords(qa, 2, 'Sir Adrian')).toBeUndefined();
    expect(speakerOfWords(qa, 6, 'The honest answer')).toBe('Ines Valcourt');
  });

  it('reads StreetEvents headings ruled off with dashes, and only its numbered headings as speakers', () => {
    const rule = '-'.repeat(80);
    const call = madeUpDocument(
      [
        'MGRD.N - Meridian Grid Holdings Inc Investor Day',
        'Corporate Participants',
        '* Carla Brandt, Meridian Grid Holdings Inc - VP of IR\n* Owen P. Whitaker, Meridian Grid Holdings Inc - CEO',
        'Presentation',
        `${rule}\nCarla Brandt, Meridian Grid Holdings Inc - VP of IR [1]\n${rule}`,
        'Good morning, everyone, and welcome to our Investor Day.',
        `${rule}\nOwen P. Whitaker, Meridian Grid Holdings Inc - CEO [2]\n${rule}`,
        'Thank you, Carla. Demand is the story.',
        'Questions and Answers',
        `${rule}\nCarla Brandt, Meridian Grid Holdings Inc - VP of IR [3]\n${rule}`,
        'We will now take questions.',
        `${rule}\nOwen P. Whitaker, Meridian Grid Holdings Inc - CEO [4]\n${rule}`,
        'Let me take that one.',
      ],
      { kind: 'transcript', outlet: 'LSEG StreetEvents' },
    );
    expect(speakerOfWords(call, 6, 'Good morning')).toMatch(/Carla Brandt/);
    expect(speakerOfWords(call, 8, 'Demand is')).toMatch(/Owen P\. Whitaker|Owen Whitaker/);
    expect(speakerOfWords(call, 3, 'Carla Brandt')).toBeUndefined();
    expect(speakerOfWords(call, 9, 'Questions and Answers')).toBeUndefined();
  });
});

describe("a committee's report written up by someone else (round 31)", () => {
  const paragraphs = ['Meeting report', 'The Chairperson welcomed Members and the delegation.', 'Mr Sithole said the winter outlook was based on unplanned outages of 13 000 MW.'];

  it("leaves a monitoring group's write-up of a committee meeting to nobody, as minutes", () => {
    const report = madeUpDocument(paragraphs, { kind: 'committee report', outlet: 'Parliamentary Monitoring Group' });
    expect(speakerOfWords(report, 2, 'The Chairperson welcomed')).toBeUndefined();
    expect(speakerOfWords(report, 3, 'Mr Sithole said')).toBeUndefined();
  });

  it("keeps a committee's own report the committee's", () => {
    const report = madeUpDocument(['The committee recommends that the Government fund regional routes.'], { kind: 'committee report', outlet: 'Senate Rural and Regional Affairs and Transport References Committee' });
    expect(speakerOfWords(report, 1, 'The committee recommends')).toBe('Senate Rural and Regional Affairs and Transport References Committee');
  });
});

describe("what a company, a party, a school and a coroner publish in their own voice (round 31)", () => {
  const issued = (kind: string, outlet: string, sentence: string, author?: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet, ...(author ? { author } : {}) }), 2, sentence.slice(0, 20));

  it("gives a rating action, a regulatory announcement, a notice of meeting and a party's leaflet to their issuer", () => {
    expect(issued('rating action', 'Fitch Ratings', 'The downgrade reflects weaker trading and higher leverage than we expected.')).toBe('Fitch Ratings');
    expect(issued('regulatory announcement', 'Corrigan Building Supplies plc', 'The Board now expects adjusted operating profit to be materially below expectations.')).toBe('Corrigan Building Supplies plc');
    expect(issued('notice of meeting', 'Glenmorven Distillers plc', 'Notice is hereby given that the Annual General Meeting will be held in Elgin.')).toBe('Glenmorven Distillers plc');
    expect(issued('leaflet', 'Harwood Liberal Democrats', 'Only the Lib Dems can beat the Conservatives here.')).toBe('Harwood Liberal Democrats');
  });

  it("gives a memo to staff and an analyst's research note to their author, and a coroner's report to the coroner", () => {
    expect(issued('memo', 'Vantrell Logistics', 'This morning our executive team made a decision that will change how many of you work.', 'Priya Natarajan')).toBe('Priya Natarajan');
    expect(issued('analyst note', 'Morningstar', 'We are lowering our fair value estimate to $41 from $44.', 'Gareth Lindell')).toBe('Gareth Lindell');
    expect(issued("coroner's report", 'Courts and Tribunals Judiciary', 'In my opinion there is a risk that future deaths will occur unless action is taken.', 'Dr Ameera Khalid')).toBe('Ameera Khalid'); // (the byline's title off, round 41)
  });

  it("gives a school's unsigned newsletter to the school, not a publication's", () => {
    expect(issued('newsletter', 'Hillbrook Primary School', 'Whole-school attendance this half term is 94.6%, just below our target.')).toBe('Hillbrook Primary School');
    expect(issued('newsletter', 'The Link (parish magazine of Hatherley)', 'The flower rota for December is on the noticeboard.')).toBeUndefined();
  });

  it("reads a leaflet's imprint as nobody's words", () => {
    const leaflet = madeUpDocument(['Only the Lib Dems can beat the Conservatives here.', 'Printed by Mailprint Ltd, 4 Station Road, Harwood. Promoted by Anne Lowther on behalf of Tom Prior.'], { kind: 'leaflet', outlet: 'Harwood Liberal Democrats' });
    expect(speakerOfWords(leaflet, 1, 'Only the Lib Dems')).toBe('Harwood Liberal Democrats');
    expect(speakerOfWords(leaflet, 2, 'Printed by')).toBeUndefined();
  });

  it("gives a chair's letter to shareholders inside a notice of meeting to the chair who signs it", () => {
    const notice = madeUpDocument(
      [
        'THIS DOCUMENT IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION.',
        'Letter from the Chair',
        'Dear Shareholder,',
        'I am pleased to invite you to the Annual General Meeting of the Company.',
        'Yours faithfully,',
        'Catriona Lyall\nChair',
        'NOTICE IS HEREBY GIVEN that the Annual General Meeting will be held on 12 December.',
      ],
      { kind: 'notice of meeting', outlet: 'Glenmorven Distillers plc' },
    );
    expect(speakerOfWords(notice, 4, 'I am pleased')).toBe('Catriona Lyall');
    expect(speakerOfWords(notice, 7, 'NOTICE IS HEREBY')).toBe('Glenmorven Distillers plc');
  });
});

describe("a comment thread's headers and a talkback caller's label (round 31)", () => {
  it("reads Reddit's post and comment headers with a middle dot, the poster's and a deleted account's", () => {
    const ama = madeUpDocument(
      [
        'r/IAmA · Posted by u/HMT_DanaWhitcombe · 6h',
        'Hi Reddit! I am the chief executive of Harbourside Metro Transit.',
        'u/busrider_412 · 6h · 1.4k points',
        'My route, the 14, is being cut to every 30 minutes on weekends.',
        'u/HMT_DanaWhitcombe · OP · 6h · 1.1k points',
        'That is a completely fair question.',
        'u/[deleted] · 4h',
        '[removed]',
        'u/OldTownDad · 4h · 88 points',
        'What happens to school kids?',
      ],
      { kind: 'Q&A (AMA)', outlet: 'Reddit', author: 'u/HMT_DanaWhitcombe' },
    );
    expect(speakerOfWords(ama, 2, 'I am the chief')).toBe('u/HMT_DanaWhitcombe');
    expect(speakerOfWords(ama, 4, 'My route')).toBe('u/busrider_412');
    expect(speakerOfWords(ama, 6, 'That is a completely')).toBe('u/HMT_DanaWhitcombe');
    expect(speakerOfWords(ama, 10, 'What happens')).toBe('u/OldTownDad');
  });

  it('reads "CALLER – GREG:" as the caller it names', () => {
    const talkback = madeUpDocument(
      ['BRANNIGAN: Let us go to the phones.', 'CALLER – GREG: Morning, Ellie. My question is about the housing list.', 'PREMIER: Thanks, Greg.', 'BRANNIGAN: Next caller.', 'PREMIER: Go on.'],
      { kind: 'transcript', outlet: 'Premier of Tasmania' },
    );
    expect(speakerOfWords(talkback, 2, 'My question')).toBe('Greg');
  });

  it('takes no greeting for part of a name: a post signed "– Marcus" after "Thanks Marcus, …" is Marcus Feld’s', () => {
    const ama = madeUpDocument(
      [
        'r/IAmA · Posted by u/HMT_DanaWhitcombe · 6h',
        'I am joined today by Marcus Feld, who leads our service planning team. If Marcus answers, he will sign his name.',
        'u/throwaway_commuter88 · 5h · 915 points',
        'Why not just run more buses?',
        'u/HMT_DanaWhitcombe · OP · 5h · 800 points',
        'We do not have the drivers. When we hire up, the first hours go to the core lines. – Marcus',
        'u/throwaway_commuter88 · 5h · 410 points',
        'Thanks Marcus, that actually makes sense.',
        'u/HMT_DanaWhitcombe · OP · 4h · 300 points',
        'Fares stay the same. – Marcus',
      ],
      { kind: 'Q&A (AMA)', outlet: 'Reddit', author: 'u/HMT_DanaWhitcombe' },
    );
    expect(speakerOfWords(ama, 10, 'Fares stay')).toBe('Marcus Feld');
  });
});

describe('health, emergency and justice bodies in their own voice, and their records (round 31)', () => {
  const issued = (kind: string, outlet: string, sentence: string, author?: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet, ...(author ? { author } : {}) }), 2, sentence.slice(0, 20));

  it('gives a guideline, a safety communication, a situation update, an incident log, a readout and a decision summary to their issuer', () => {
    expect(issued('guideline', 'NICE', 'Offer oral iron to pregnant women with a ferritin below 30 micrograms per litre.')).toBe('NICE');
    expect(issued('safety communication', 'U.S. Food and Drug Administration', 'We are warning that tavogepant can cause rare but serious liver injury.')).toBe('U.S. Food and Drug Administration');
    expect(issued('situation update', 'Kentucky Emergency Management', 'Rising water has closed 41 roads in eastern Kentucky overnight.')).toBe('Kentucky Emergency Management');
    expect(issued('incident log', 'Fire and Emergency New Zealand', 'Crews are holding the fire behind containment lines on its western flank.')).toBe('Fire and Emergency New Zealand');
    expect(issued('readout', 'National Defence', 'The Minister met Latvian counterparts to discuss the brigade in Ādaži.')).toBe('National Defence');
    expect(issued('decision summary', 'The Parole Board', 'The panel was satisfied that imprisonment was no longer necessary.')).toBe('The Parole Board');
  });

  it('gives a message to staff to its author and an arbitration award to its arbitrator', () => {
    expect(issued('message to staff', 'University of Northmoor', 'I am writing to you directly about the university’s finances.', 'Professor Claire Havers')).toBe('Claire Havers'); // (the byline's title off, round 41)
    expect(issued('arbitration award', 'CanLII', 'I find that the employer breached article 14.03 of the collective agreement.', 'Marguerite Sauvé')).toBe('Marguerite Sauvé');
  });

  it('gives each foreword to its signer, named without "T.D."', () => {
    const forewords = madeUpDocument(
      [
        'Foreword by the Taoiseach',
        'Ireland has never been a country that could take its security for granted.',
        'Conall Breathnach T.D.\nTaoiseach',
        'Foreword by the Tánaiste and Minister for Defence',
        'When this Government took office, we committed to a strategy.',
        'Siobhán Ní Dhuibhir T.D.\nTánaiste and Minister for Defence',
      ],
      { kind: 'foreword', outlet: 'Department of the Taoiseach' },
    );
    expect(speakerOfWords(forewords, 2, 'Ireland has never')).toBe('Conall Breathnach');
    expect(speakerOfWords(forewords, 5, 'When this Government')).toBe('Siobhán Ní Dhuibhir');
  });

  it("reads Hansard's bare name lines as the members its standing labels named, and the chair's line", () => {
    const hansard = madeUpDocument(
      [
        '12.41 pm',
        'The Minister for Policing (Ruth Cadogan)',
        'With permission, Mr Speaker, I will make a statement on the surrender scheme.',
        'Mr Speaker',
        'I call the shadow Minister.',
        'Daniel Whitlock (Bracknell) (Con)',
        'I thank the Minister for advance sight of her statement.',
        'Ruth Cadogan',
        'I thank the hon. Gentleman for his support for the ban.',
      ],
      { kind: 'transcript', outlet: 'Hansard (House of Commons)' },
    );
    expect(speakerOfWords(hansard, 5, 'I call the shadow')).toBe('Mr Speaker');
    expect(speakerOfWords(hansard, 7, 'I thank the Minister')).toBe('Daniel Whitlock');
    expect(speakerOfWords(hansard, 9, 'I thank the hon.')).toBe('Ruth Cadogan');
  });

  it('gives a briefing\'s "Q:" to a reporter who gives a name, and an interview\'s "Q:" still to its interviewer', () => {
    const briefing = madeUpDocument(
      [
        'MR. OKONJO: Good afternoon. General Pratt will give an update.',
        'GEN. PRATT: Three one-way attack drones struck Tower 19 early Sunday.',
        'Q: Thank you. Lita Baldwin, Associated Press. Was the system that failed the same kind?',
        'GEN. PRATT: We are still assessing that.',
        'MR. OKONJO: Next question.',
        'GEN. PRATT: Thank you.',
      ],
      { kind: 'transcript', outlet: 'U.S. Department of Defense' },
    );
    expect(speakerOfWords(briefing, 3, 'Was the system')).toBe('Lita Baldwin');
    const interview = madeUpDocument(['Q: Why did you run?', 'A: Because nobody else would.', 'Q: And now?', 'A: Now I have to deliver.'], { kind: 'interview', outlet: 'The Courier', author: 'Jana Novak', title: 'Interview with Tom Roe' });
    expect(speakerOfWords(interview, 3, 'And now')).toBe('Jana Novak');
  });

  it("gives a trust's published questions to those who submitted them and the answers to those who gave them", () => {
    const questions = madeUpDocument(
      [
        'Question 1: Minor injuries unit at Harwood',
        'Submitted by: Mr Brian Tolley, Harwood',
        'The Trust has announced that the unit will close overnight. What am I supposed to do?',
        'Response from Raj Malhotra, Chief Operating Officer:',
        'Thank you, Mr Tolley. The unit sees an average of three patients a night.',
        'Question 2: Parking',
        'Submitted by: Name withheld at the questioner’s request',
        'Why are staff charged to park?',
      ],
      { kind: 'questions and answers', outlet: 'Eastmoor Hospitals NHS Foundation Trust' },
    );
    expect(speakerOfWords(questions, 3, 'What am I')).toBe('Brian Tolley');
    expect(speakerOfWords(questions, 5, 'The unit sees')).toBe('Raj Malhotra');
    expect(speakerOfWords(questions, 8, 'Why are staff')).toBeUndefined();
  });
});

describe("local government's records and a councillor's blog (round 31)", () => {
  it("gives an ombudsman's decision with no author to the ombudsman, and an examiner's report in the first person to its examiner", () => {
    const decision = madeUpDocument(['Summary: Mrs X complained the Council failed to deal with noise.', 'We found fault in the Council’s delay and the Council has agreed to apologise.'], { kind: 'ombudsman decision', outlet: 'Local Government and Social Care Ombudsman' });
    expect(speakerOfWords(decision, 2, 'We found fault')).toBe('Local Government and Social Care Ombudsman');
    const report = madeUpDocument(['1.2 I was appointed by Wealdbrook District Council to examine the Plan.', 'I visited the parish on 2 September 2025 and walked the village.', 'I recommend that the Plan proceeds to referendum.'], { kind: "examiner's report", outlet: 'Wealdbrook District Council', author: 'Andrew Keble' });
    expect(speakerOfWords(report, 3, 'I recommend')).toBe('Andrew Keble');
  });

  it("reads a London Assembly member's label without the letters after the name", () => {
    const mqt = madeUpDocument(
      ['Gareth Penhale AM (Chair): The first question is in the name of Siân Pryce.', 'Siân Pryce AM: Thank you, Chair. Can you guarantee the routes?', 'Sadia Rahman (Mayor of London): I can guarantee a review.', 'Siân Pryce AM: I will take that as a yes.', 'Gareth Penhale AM (Chair): Thank you.'],
      { kind: 'transcript', outlet: 'London Assembly' },
    );
    expect(speakerOfWords(mqt, 2, 'Can you guarantee')).toBe('Siân Pryce');
    expect(speakerOfWords(mqt, 5, 'Thank you')).toBe('Gareth Penhale');
    const wire = madeUpDocument(['"Research expenditures will be in the 45-50 mln dlr range," AM International said.']);
    expect(speakerOfWords(wire, 1, 'Research expenditures')).toBe('AM International');
  });

  it("gives a blog's WordPress comments to their commenters and the post to its author", () => {
    const comment = (name: string, time: string) => `${name} says:\nMay 22, 2025 at ${time}`;
    const blog = madeUpDocument(
      [
        'The gully at the end of Tanners Row has flooded four times this year.',
        comment('Brian Keogh', '8:14 pm'),
        'Gully 4 has been a problem since they resurfaced the road in 2019.',
        comment('Sandra Pell', '9:02 pm'),
        'Good to see but we have heard it all before.',
        comment('Aisha Rahman', '9:40 pm'),
        'Thanks Sandra, the drop-in is step-free.',
        comment('Tom Gaskell', '7:15 am'),
        'Severn Vale told us exactly the same thing in 2023.',
      ],
      { kind: 'blog post', outlet: 'Aisha Rahman - Councillor for Riverside Ward', author: 'Aisha Rahman' },
    );
    expect(speakerOfWords(blog, 1, 'The gully')).toBe('Aisha Rahman');
    expect(speakerOfWords(blog, 3, 'Gully 4')).toBe('Brian Keogh');
    expect(speakerOfWords(blog, 9, 'Severn Vale told')).toBe('Tom Gaskell');
    expect(speakerOfWords(blog, 2, 'Brian Keogh says')).toBeUndefined();
  });

  it('gives a column "From the Chair" signed "Name, Chair" on one line to the chair', () => {
    const newsletter = madeUpDocument(['From the Chair', 'This is my last newsletter as Chair.', 'Alasdair Munro, Chair', 'Community fund: first awards', 'The first grants were agreed in March.'], { kind: 'newsletter', outlet: 'Glenmorran & District Community Council' });
    expect(speakerOfWords(newsletter, 2, 'This is my last')).toBe('Alasdair Munro');
    expect(speakerOfWords(newsletter, 5, 'The first grants')).toBe('Glenmorran & District Community Council');
  });

  it("does not take a pull quote's caption for the chair's signature", () => {
    const statement = madeUpDocument(
      ["Chair's statement", '“We have not yet earned back the trust we lost.”', 'Margaret Ellery, Chair', 'Dear shareholder,', 'This has been a difficult year for the company.', 'Margaret Ellery\nChair\n12 June 2025'],
      { kind: 'annual report', outlet: 'Northmoor Water plc' },
    );
    expect(speakerOfWords(statement, 5, 'This has been')).toBe('Margaret Ellery');
  });
});

describe("a regulator's ruling, a transcript's interpreted speakers and a letters page (round 31)", () => {
  it("gives a regulator's ruling and a press council's adjudication with no author to the body, and a court's judgment not", () => {
    const issued = (kind: string, outlet: string, sentence: string) => speakerOfWords(madeUpDocument(['Heading of the day', sentence], { kind, outlet }), 2, sentence.slice(0, 20));
    expect(issued('ruling', 'Ofcom', 'Our Decision is that the programme materially misled listeners.')).toBe('Ofcom');
    expect(issued('adjudication', 'Australian Press Council', 'The Council considered whether the publication took reasonable steps.')).toBe('Australian Press Council');
    expect(issued('ruling', 'High Court of Justice', 'The application is dismissed for the reasons that follow.')).toBeUndefined();
  });

  it('reads a PBS label with the role and a Spanish outlet after the name, and "About …:" as no speaker', () => {
    const doc = madeUpDocument(
      [
        'About Ilse Vandenberghe: Ilse Vandenberghe, 54, has chaired the Board since 2024.',
        'NARRATOR: In the spring of 2023, a reporter began to notice her phone overheating.',
        'GABRIELA RÍOS, Reporter, El Faro del Norte: [through interpreter] It would get hot in my pocket.',
        'NARRATOR: Her editor had seen this before.',
        'TOMÁS RUELAS, Editor, El Faro del Norte: [through interpreter] We have assumed it for fifteen years.',
        'NARRATOR: The researchers confirmed it.',
        'GABRIELA RÍOS: [through interpreter] I felt watched.',
      ],
      { kind: 'transcript', outlet: 'FRONTLINE (PBS)' },
    );
    expect(speakerOfWords(doc, 3, 'It would get hot')).toMatch(/Gabriela Ríos|GABRIELA RÍOS/i);
    expect(speakerOfWords(doc, 1, 'Ilse Vandenberghe, 54')).toBeUndefined();
  });

  it('reads an Irish Times letter signed under "Yours, etc," as its writer\'s', () => {
    const page = madeUpDocument(
      [
        'Sir, – Your report on the broadcasting charge raises a question.',
        'Who decides how the money is divided?',
        'Yours, etc,\nBRÍD NÍ CHONAILL,\nCastlebar,\nCo Mayo.',
        'Sir, – I have worked in local radio for 31 years.',
        'Yours, etc,\nMARTIN DEVEREUX,\nTullamore,\nCo Offaly.',
      ],
      { kind: 'letters', outlet: 'The Irish Times' },
    );
    expect(speakerOfWords(page, 2, 'Who decides')).toMatch(/Bríd Ní Chonaill|BRÍD NÍ CHONAILL/);
    expect(speakerOfWords(page, 4, 'I have worked')).toMatch(/Martin Devereux|MARTIN DEVEREUX/);
  });
});

describe("a body's unsigned document in any genre not journalism's or a record's (round 31)", () => {
  const spoken = (kind: string, outlet: string, author?: string) =>
    speakerOfWords(madeUpDocument(['Heading of the day', 'We will review the scheme again in the spring and publish the results.'], { kind, outlet, ...(author ? { author } : {}) }), 2, 'We will review');

  it('gives guidance, a notice or an update from a body to the body', () => {
    expect(spoken('guidance', 'Department for Transport')).toBe('Department for Transport');
    expect(spoken('service update', 'Northmoor County Council')).toBe('Northmoor County Council');
    expect(spoken('parliamentary reply', 'Ministry of Manpower')).toBe('Ministry of Manpower');
  });

  it("leaves a body's journalism or record, a publication's text and a signed text alone", () => {
    expect(spoken('feature', 'Department for Transport')).toBeUndefined();
    expect(spoken('minutes', 'Northmoor County Council')).toBeUndefined();
    expect(spoken('guidance', 'The Yorkshire Post')).toBeUndefined();
    // (Round 33: a platform's own guidance in its own "we" is the platform's, though its name holds no organisation's word,
    // see `speaksAsABody`; a publication's stays nobody's, above.)
    expect(spoken('guidance', 'Reddit')).toBe('Reddit');
  });

  it('gives such a document one person writes for the body to its author', () => {
    expect(spoken('freedom of information disclosure', 'Northmoor County Council', 'Priya Menon')).toBe('Priya Menon');
    expect(spoken('feature', 'Northmoor County Council', 'Priya Menon')).toBeUndefined();
  });
});

describe('the review of round 31', () => {
  it("takes no name a question talks about for its asker's, nor a bare name closing an answer for a call", () => {
    const interview = madeUpDocument(['Q: Donald Trump, as you know, has threatened tariffs. How will you respond?', 'A: Calmly.', 'Q: And the port?', 'A: We will rebuild it.'], { kind: 'interview', outlet: 'The Courier', author: 'Petr Svoboda', title: 'Interview with Jana Novak' });
    expect(speakerOfWords(interview, 1, 'How will you')).toBe('Petr Svoboda');
    expect(speakerOfWords(interview, 3, 'And the port')).toBe('Petr Svoboda');
    const briefing = madeUpDocument(['NOVAK: Good morning.', 'Q Who is responsible?', 'NOVAK: We know who. Hamas.', 'Q How do you know?', 'NOVAK: Intelligence.', 'Q Thank you.'], { kind: 'transcript', outlet: 'Ministry of Defence' });
    expect(speakerOfWords(briefing, 4, 'How do you know')).toBeUndefined();
  });

  it('ends no questioner\'s follow-up at an ordinary last sentence about "the man"', () => {
    const briefing = madeUpDocument(
      ['MS. WHITCOMB: Good afternoon.', 'MR. HALE: Thank you.', 'MS. WHITCOMB: Zeke.', 'Q Thank you. Is the report final?', 'MS. WHITCOMB: It is. The man who wrote it deserves credit.', 'Q And when will it be published?', 'MS. WHITCOMB: Friday.', 'MR. HALE: Next.'],
      { kind: 'transcript', outlet: 'The White House' },
    );
    expect(speakerOfWords(briefing, 6, 'And when')).toBe('Zeke');
  });

  it("keeps a story's narration after a quoted \"Response from …:\" line the reporter's", () => {
    const story = madeUpDocument(['The council voted to close the library.', 'Response from the council:', 'We listened to residents.', 'Response from Councillor Jane Roe:', 'This is a betrayal.', 'The library will close in March.']);
    expect(speakerOfWords(story, 6, 'The library will close')).toBeUndefined();
  });

  it("reads \"Response from\" lines padded with spaces, and a question's lines, without stalling", () => {
    const padded = madeUpDocument([`Response from${' '.repeat(4000)}x.`, `Asked by${' '.repeat(4000)}`, 'The council met.'], { kind: 'questions and answers', outlet: 'Northmoor County Council' });
    // (Round 32: a body's own questions and answers are its words, so its narration is the council's.)
    expect(speakerOfWords(padded, 3, 'The council met')).toBe('Northmoor County Council');
  });

  it("leaves a publication's newsletter, a newsroom's and a court's documents to nobody", () => {
    const said = (kind: string, outlet: string, author?: string) => speakerOfWords(madeUpDocument(['The minister was accused of lying, according to documents seen by reporters.'], { kind, outlet, ...(author ? { author } : {}) }), 1, 'The minister');
    expect(said('newsletter', 'Financial Times')).toBeUndefined();
    expect(said('brief', 'Xinhua News Agency')).toBeUndefined();
    expect(said('investigation', 'Center for Investigative Reporting', 'Jane Roe')).toBeUndefined();
    expect(said('live updates', 'Australian Broadcasting Corporation')).toBeUndefined();
    expect(said('complaint', 'Superior Court of California')).toBeUndefined();
    expect(said('court media summary', 'Constitutional Court of South Africa')).toBe('Constitutional Court of South Africa');
  });

  it('leaves the narration of a press conference write-up between labelled remarks to nobody', () => {
    const writeUp = madeUpDocument(
      ['The minister faced reporters on Monday.', 'Reporter: Will costs rise?', 'Novak: No, they will not.', 'The opposition has tabled a motion on the costs.', 'It will be debated next week.', 'Two committees have asked for the figures.', 'Reporter: And the schedule?', 'Novak: On time.', 'Analysts expect costs to rise.', 'The line opens in June.'],
      { kind: 'press conference write-up', outlet: 'The Courier' },
    );
    expect(speakerOfWords(writeUp, 4, 'The opposition')).toBeUndefined();
  });

  it('answers "CALLER – GREG:" and a bare name line through the shortcut as in full', () => {
    const talkback = madeUpDocument(['PREMIER: Good morning.', 'CALLER – GREG: The trains are late.', 'PREMIER: I know.', 'CALLER – ANNE: And the buses?', 'CALLER – GREG: Still late.'], { kind: 'transcript', outlet: 'ABC Radio' });
    expect(speakerOfWords(talkback, 2, 'The trains')).toBe('Greg');
    const hansard = madeUpDocument(
      ['The Minister for Policing (Ruth van der Berg)', 'With permission, I will make a statement.', 'Daniel Whitlock (Bracknell) (Con)', 'I thank the Minister.', 'Ruth van der Berg', 'I thank the hon. Gentleman.', 'Lisa Trevanion (Truro) (LD)', 'Will she extend it?'],
      { kind: 'transcript', outlet: 'Hansard' },
    );
    expect(speakerOfWords(hansard, 6, 'I thank the hon.')).toBe('Ruth van der Berg');
  });

  it('reads "CHAIR:" as no vice chair, and keeps an interview\'s first question that greets its guest', () => {
    const meeting = madeUpDocument(['The meeting was chaired by Mary Smith. Also present was Tom Hale, Vice Chair.', 'CHAIR: Welcome, everyone.', 'TOM HALE: Thank you.', 'CHAIR: First item.', 'TOM HALE: Agreed.'], { kind: 'transcript', outlet: 'Parish Council' });
    expect(speakerOfWords(meeting, 2, 'Welcome, everyone')).not.toBe('Tom Hale');
    const interview = madeUpDocument(['Q: Minister Novak, Welcome', 'A: It will be fair.', 'Q: When?', 'A: In June.'], { kind: 'interview', outlet: 'The Courier', author: 'Petr Svoboda', title: 'Interview with Jana Novak' });
    expect(speakerOfWords(interview, 2, 'It will be fair')).toBe('Jana Novak');
  });
});
