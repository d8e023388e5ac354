import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('who a sentence opening with a role and a name is (round 29)', () => {
  it('reads a false title before a name as no part of it: a principal, an Australian councillor', () => {
    const story = madeUpDocument(
      [
        'Principal Helen Mathieson said the school community had been patient.',
        '“Our kids have been learning in portables for two years,” she said.',
        'Cr Leanne Braddon described the rise as brutal.',
        '“I’ve had people stop me in tears,” she said.',
      ],
      { outlet: 'The Courier' },
    );
    expect(speakerOfWords(story, 2, 'Our kids')).toBe('Helen Mathieson');
    expect(speakerOfWords(story, 4, 'I’ve had people')).toBe('Leanne Braddon');
  });

  it('reads a full name, then the unit of a body they work in, as the person', () => {
    const story = madeUpDocument(["Speaking after the hearing, Sergeant Mark Hollis of South Wales Police's roads policing unit said: \"The family have shown enormous dignity.\""], { outlet: 'WalesOnline' });
    expect(speakerOfWords(story, 1, 'The family have shown')).toBe('Mark Hollis');
    // (A description still speaks as one: "a spokesman for the force's press unit".)
    const described = madeUpDocument(['The press office of the force’s roads policing unit said: “Enquiries continue.”'], { outlet: 'WalesOnline' });
    expect(speakerOfWords(described, 1, 'Enquiries continue')).not.toBe('Mark Hollis');
  });
});

describe('a regulator’s decision in its own voice (round 29)', () => {
  it('gives a broadcasting regulator’s finding to the regulator, its quotations to those quoted', () => {
    const bulletin = madeUpDocument(
      [
        'Ofcom received two complaints about a phone-in segment.',
        'The Licensee said: “He regrets this deeply.”',
        'In our view, a presenter of this experience should have recognised the risk.',
        'Our Decision is that this programme was in breach of Rule 2.3 of the Code.',
      ],
      { kind: "regulator's decision", outlet: 'Ofcom' },
    );
    expect(speakerOfWords(bulletin, 3, 'In our view')).toBe('Ofcom');
    expect(speakerOfWords(bulletin, 4, 'Our Decision is')).toBe('Ofcom');
    expect(speakerOfWords(bulletin, 2, 'He regrets this deeply')).not.toBe('Ofcom');
  });
});

describe('parliaments’ labels (round 29)', () => {
  const record = (paragraphs: string[], outlet: string) => madeUpDocument(paragraphs, { kind: 'transcript', outlet });

  it('reads a senator’s label with a state of two words in its parentheses as the senator', () => {
    const senate = record(
      [
        'QUESTIONS WITHOUT NOTICE',
        'Senator CARRUTHERS (Tasmania) (14:06): My question is to the minister. When will the report be released?',
        'Senator OKONJO: Thank you, President. I will not pre-empt the findings.',
        'Senator VUKOVIC (Western Australia) (15:07): It is extraordinary to sit here and listen. Those were her words.',
        'Senator CARRUTHERS: That is not what I said.',
        'Senator VUKOVIC: It’s in Hansard, Senator. You can look it up.',
      ],
      'Parliament of Australia — Senate Hansard',
    );
    expect(speakerOfWords(senate, 4, 'Those were her words')).toBe('Senator Vukovic');
    expect(speakerOfWords(senate, 6, 'You can look it up')).toBe('Senator Vukovic');
  });

  it('reads a Welsh name with "ap" as a member’s label', () => {
    const senedd = record(
      [
        'Llywydd: Good afternoon. The first question is from Rhodri ap Gwilym.',
        'Rhodri ap Gwilym: 1. What assessment has the First Minister made of waiting times?',
        'The First Minister (Gareth Penhallow): Waits remain too long.',
        'Rhodri ap Gwilym: Thank you, First Minister. Mrs Hughes is 71.',
        'The First Minister (Gareth Penhallow): I am sorry to hear of her wait. I will look into it.',
        'Llywydd: Question 2, Carys Meredydd.',
        'Carys Meredydd: First Minister, the lists are longer than a year ago.',
        'The First Minister (Gareth Penhallow): They are shorter than in March.',
      ],
      'Senedd Cymru — Record of Proceedings',
    );
    expect(speakerOfWords(senedd, 2, 'What assessment')).toBe('Rhodri ap Gwilym');
    expect(speakerOfWords(senedd, 4, 'Mrs Hughes is 71')).toBe('Rhodri ap Gwilym');
  });
});

describe('The Globe and Mail’s letters page: the name and the town on one line, no comma (round 29)', () => {
  const page = (signatures: [string, string]) =>
    madeUpDocument(
      [
        'Letters to the Editor',
        'Bus stops here',
        'Re Where Are The Buses? (Oct. 11): I gave up my car in 2022. I am still waiting for the faster part.',
        'The province has announced billions for new subway lines. I would settle for a bus that shows up.',
        signatures[0],
        'Marcus Tennant is right that frequency matters. But he skips over who pays.',
        signatures[1],
      ],
      { kind: 'letters', outlet: 'The Globe and Mail' },
    );

  it('gives each letter to the name before its town', () => {
    const letters = page(['Priya Raghunathan Mississauga', 'Gerald Boucher Brampton, Ont.']);
    expect(speakerOfWords(letters, 4, 'I would settle')).toBe('Priya Raghunathan');
    expect(speakerOfWords(letters, 6, 'But he skips over')).toBe('Gerald Boucher');
  });

  it('reads no signature where the surname is an English word or a heading stands', () => {
    const letters = page(['Bus Stops Here', 'Gerald Boucher Brampton, Ont.']);
    expect(speakerOfWords(letters, 4, 'I would settle')).not.toBe('Bus Stops');
  });
});

describe('records’ offices and examinations (round 29)', () => {
  it('reads an office in capitals after "The", however long, as a minister’s label', () => {
    const hansard = madeUpDocument(
      [
        'The HOUSE CHAIRPERSON (Ms M N Dlamini-Sithole): We now move to responses by Ministers. I recognise the hon Minister of Water and Sanitation.',
        'The MINISTER OF WATER AND SANITATION: Hon House Chair, I thank the hon member. I want to be very clear: water is a right.',
        'Ms T P MOKOENA: Will the Minister take a question?',
        'The HOUSE CHAIRPERSON (Ms M N Dlamini-Sithole): Hon Mokoena, there are no questions. Please take your seat.',
        'The MINISTER OF WATER AND SANITATION: House Chair, I will speak to the hon member afterwards. I thank you.',
      ],
      { kind: 'transcript', outlet: 'Parliament of the Republic of South Africa' },
    );
    expect(speakerOfWords(hansard, 2, 'water is a right')).toBe('The MINISTER OF WATER AND SANITATION');
    expect(speakerOfWords(hansard, 5, 'I thank you')).toBe('The MINISTER OF WATER AND SANITATION');
  });

  it('gives a judgment’s quoted exchange to the counsel who put the case and the witness it was put to', () => {
    const judgment = madeUpDocument(
      [
        '5. Ms Sandhu put to Mr Dunmore that he had been warned. The exchange was as follows:',
        '“Q. You had been told, hadn’t you, not to go into that passageway?',
        'A. Nobody told me that. I’ve been going up that passage for forty year.',
        'Q. There was a sign, Mr Dunmore.',
        'A. There was a sign. Nobody reads them.”',
        '6. I do not regard that last answer as flippant.',
      ],
      { kind: 'court judgment', outlet: 'High Court', author: 'Her Honour Judge Morwenna Tallis' },
    );
    expect(speakerOfWords(judgment, 2, 'You had been told')).toBe('Ms Sandhu');
    expect(speakerOfWords(judgment, 3, 'Nobody told me that')).toBe('Mr Dunmore');
    expect(speakerOfWords(judgment, 5, 'Nobody reads them')).toBe('Mr Dunmore');
  });

  it('reads a role in brackets after a name in an attendance list as that person’s, for "she" after the role', () => {
    const minutes = madeUpDocument(
      [
        'Present: Councillors Gillian Fenwick (Chair), Tariq Rahman (Vice-Chair) and Becky Vance.',
        'Officers in attendance: Louise Garside (Head of Planning), Martin Yeo (Principal Planning Officer).',
        'Councillor Vance asked whether the committee could defer the application.',
        'The Head of Planning reported that two appeals had been allowed. She told members: “That is the third costs award this year.”',
      ],
      { kind: 'minutes', outlet: 'Cheltenham Borough Council' },
    );
    expect(speakerOfWords(minutes, 4, 'That is the third')).toBe('Louise Garside');
  });
});

describe('more documents in their authors’ voices (round 29)', () => {
  it('reads a commencement address and a book review as their authors’ words, a press review still as journalism', () => {
    const address = madeUpDocument(['Graduates, families, faculty: thank you.', 'I was twenty-six when I was first asked to make a number look better than it was.'], { kind: 'commencement address', author: 'Rosalind Okafor', outlet: 'Georgetown University' });
    expect(speakerOfWords(address, 2, 'I was twenty-six')).toBe('Rosalind Okafor');
    const review = madeUpDocument(['Harriet Lyle spent thirty years in Whitehall, and it shows.', 'Her book is wiser about ministers than about her own trade.'], { kind: 'book review', author: 'Philip Ashdown', outlet: 'The Spectator' });
    expect(speakerOfWords(review, 2, 'Her book is wiser')).toBe('Philip Ashdown');
    const pressReview = madeUpDocument(['Le Monde leads on the maternity units.', 'The paper counts forty closures.'], { kind: 'press review', author: 'Claire Delmas', outlet: 'RFI' });
    expect(speakerOfWords(pressReview, 2, 'The paper counts')).toBeUndefined();
  });

  it('gives an open letter a publication prints to the body that organised it, the publication’s note to nobody', () => {
    const letter = madeUpDocument(
      [
        'The following open letter was organised by the Aotearoa School Food Network and has been signed by 312 principals. It was sent to the minister on Monday.',
        'Tēnā koe Minister,',
        'We are writing to you as the people who feed, teach and care for the children in the programme.',
        'We would welcome a meeting at your earliest convenience.',
        'Signed:',
        'Dr Mere Tane, convenor, Aotearoa School Food Network',
      ],
      { kind: 'open letter', outlet: 'The Spinoff', title: 'An open letter to the minister about school lunches' },
    );
    expect(speakerOfWords(letter, 3, 'We are writing')).toBe('Aotearoa School Food Network');
    expect(speakerOfWords(letter, 1, 'It was sent to the minister')).toBeUndefined();
    expect(speakerOfWords(letter, 6, 'Dr Mere Tane')).toBeUndefined();
  });

  it('reads an ombudsman’s report, written as “my Office”, as its signer’s', () => {
    const report = madeUpDocument(
      [
        'Executive Summary',
        '1 Mr. A is 71 years old and told my Office he had waited months.',
        '2 My investigation found that the Ministry did not track its backlog.',
        '3 I have made 12 recommendations, and my Office will monitor them.',
      ],
      { kind: 'ombudsman report', outlet: 'Ombudsman Ontario', author: 'Helena Marchetti' },
    );
    expect(speakerOfWords(report, 3, 'My investigation found')).toBe('Helena Marchetti');
  });
});

describe('who answers in an interview and whose turn a capitals label opens (round 29)', () => {
  it('gives a printed interview’s answers to the one the introduction says spoke to the paper', () => {
    const interview = madeUpDocument(
      [
        'More than a lakh households in Tamil Nadu have installed panels under the PM Surya Ghar scheme. K. Ravindran, chairperson of the State regulator, who will hear the petition this month, spoke to The Hindu about net metering. Edited excerpts:',
        'The utility says solar consumers are not paying their share. Is that fair?',
        'It is partly fair. Somebody pays for the wires.',
        'So why change the rules now?',
        'Because uptake has doubled in two years.',
        'What will consumers pay under the new order?',
        'Less than they fear. The fixed charge will be small.',
        'When will the commission decide?',
        'By the end of the year, after the hearings.',
      ],
      { kind: 'interview', outlet: 'The Hindu', author: 'Meera Subramanian' },
    );
    inBold(interview, [1, 3, 5, 7]);
    expect(speakerOfWords(interview, 3, 'It is partly fair')).toBe('K. Ravindran');
  });

  it('reads a press conference’s names in capitals and a full stop as turns', () => {
    const conference = madeUpDocument(
      [
        'CHAIR VOSS. Good afternoon. My colleagues and I remain focused on our goals.',
        'LAURA CHEN. Thank you. We’ll go to Nina for the first question.',
        'NINA ABERNATHY. Thank you, Chair Voss. Two governors dissented today. What was the argument?',
        'CHAIR VOSS. The dissents reflect a healthy debate.',
        'LAURA CHEN. Marcus.',
        'MARCUS HOLLOWAY. Has anyone asked you to resign?',
        'CHAIR VOSS. No.',
      ],
      { kind: 'transcript', outlet: 'Federal Reserve' },
    );
    expect(speakerOfWords(conference, 4, 'healthy debate')).toBe('Voss');
    expect(speakerOfWords(conference, 3, 'Two governors dissented')).toBe('Nina Abernathy');
  });
});

describe('transcripts’ layouts (round 29)', () => {
  const transcript = (paragraphs: string[], source: Record<string, string> = {}) => madeUpDocument(paragraphs, { kind: 'transcript', outlet: 'Record', ...source });

  it('gives a town hall’s bare "A:" to the one the introduction says answers, after an answer another gave', () => {
    const townHall = transcript([
      'Below is an edited transcript. Answers are by Mayor Rosalind Tsosie-Barrett unless otherwise noted.',
      'Q: Why are rates going up?',
      'A: That is a fair question. Two things are driving it.',
      'A (Water Services Director Kevin Marchbanks): If I could add to that, Mayor. The pipeline is most of it.',
      'Q: Is there any help for people like me?',
      'A: Yes, and I want everyone to hear this.',
    ]);
    expect(speakerOfWords(townHall, 4, 'The pipeline is most of it')).toBe('Kevin Marchbanks');
    expect(speakerOfWords(townHall, 6, 'I want everyone to hear this')).toBe('Rosalind Tsosie-Barrett');
  });

  it('leaves a bare "Q:" nobody’s where the record names other questioners, not the transcript’s author', () => {
    const conference = transcript(
      [
        'Q: Tony, has the dust settled on Saturday?',
        'Tony Mulgrew: Not really, no.',
        'Q (Gavin Royle, BBC Tees): Have you had any word from the FA?',
        'Tony Mulgrew: Early next week, Gavin.',
        'Q: How has Reece taken it?',
        'Tony Mulgrew: He is gutted.',
      ],
      { author: 'Stuart Bainbridge', outlet: 'The Northern Echo' },
    );
    expect(speakerOfWords(conference, 5, 'How has Reece taken it')).toBeUndefined();
    expect(speakerOfWords(conference, 3, 'Have you had any word')).toBe('Gavin Royle');
  });

  it('reads a parliamentary record as turns, a statement going on over its paragraphs, the House’s "Hear, hear!" nobody’s', () => {
    const hansard = madeUpDocument(
      [
        'Ms HOLLOWAY (Bass—Minister for Agriculture) (12:01): by leave—I rise to update the House on the drought.',
        'Across South Australia, rainfall has been the lowest on record.',
        'The DEPUTY SPEAKER (Mr Rowe): Order! The minister has the call.',
        'Ms HOLLOWAY: Thank you, Deputy Speaker.',
        'Mr TALBOT (Riverina) (12:14): by leave—I thank the minister.',
        'But I have to say that this package comes late.',
        'Ms CORRIGAN (Mallee) (12:22): by leave—I will be brief.',
        'Honourable members: Hear, hear!',
      ],
      { kind: 'parliamentary record', outlet: 'House of Representatives Hansard' },
    );
    expect(speakerOfWords(hansard, 2, 'lowest on record')).toBe('Ms Holloway');
    expect(speakerOfWords(hansard, 6, 'this package comes late')).toBe('Mr Talbot');
    expect(speakerOfWords(hansard, 8, 'Hear, hear')).toBeUndefined();
  });

  it('reads a podcast’s label with its time code, the words on the next line', () => {
    const podcast = transcript([
      'Speakers: Lena Vogtmann (host), Mathis Carrière (Senior Fellow)',
      'Lena Vogtmann (00:00:04):\nHello and welcome to the podcast.',
      'Mathis Carrière (00:00:42):\nThanks, Lena. Glad to be here.',
      'Lena Vogtmann (00:00:47):\nMathis, let’s start with the basics.',
      'Mathis Carrière (00:00:52):\nBecause the carbon price is high enough to matter.',
    ]);
    expect(speakerOfWords(podcast, 2, 'Hello and welcome')).toBe('Lena Vogtmann');
    expect(speakerOfWords(podcast, 5, 'carbon price')).toBe('Mathis Carrière');
  });

  it('reads a name in capitals on a line of its own, printed again later, as the label of the paragraphs after it', () => {
    const briefing = transcript([
      'The following is a transcript of a media briefing.',
      'DETECTIVE SUPERINTENDENT GILLIAN MOFFAT',
      'Good afternoon and thank you for coming.',
      'We are treating the fire as wilful.',
      'DEPUTY ASSISTANT CHIEF OFFICER ROSS KINNEAR',
      'Thank you, Gillian. Our crews were on scene within six minutes.',
      'DETECTIVE SUPERINTENDENT GILLIAN MOFFAT',
      'We’ll take a few questions.',
      'DEPUTY ASSISTANT CHIEF OFFICER ROSS KINNEAR',
      'It would be wrong of me to comment.',
    ]);
    expect(speakerOfWords(briefing, 4, 'treating the fire')).toBe('Gillian Moffat');
    expect(speakerOfWords(briefing, 6, 'Our crews were on scene')).toBe('Ross Kinnear');
  });

  it('reads the United Nations’ verbatim record: each delegate speaks once, a country and a language in brackets', () => {
    const record = transcript([
      'President: Ms. Lassen (Denmark)',
      'The meeting was called to order at 10.05 a.m.',
      'The President: I invite Ms. Adaeze Okonkwo-Reyes to brief the Council.',
      'Ms. Okonkwo-Reyes: Since I last briefed the Council, the situation has deteriorated.',
      'More than 1 million people are now displaced.',
      'The President: I thank Ms. Okonkwo-Reyes for her briefing.',
      'Mr. Delorme (France) (spoke in French): I thank the Special Representative.',
      'Mr. Hargrove (United States of America): The United States has provided support.',
    ]);
    expect(speakerOfWords(record, 5, 'now displaced')).toBe('Adaeze Okonkwo-Reyes');
    expect(speakerOfWords(record, 7, 'I thank the Special Representative')).toBe('Mr. Delorme');
    expect(speakerOfWords(record, 2, 'called to order')).toBeUndefined();
  });
});

describe('a US court’s hearing transcript and a congressional statement’s heading (round 29)', () => {
  it('gives "THE COURT" to the judge its caption names, a "Q." to the counsel "BY" names, an "A." to the witness called', () => {
    const hearing = madeUpDocument(
      [
        'BEFORE THE HONORABLE MIRIAM T. ALCOTT, UNITED STATES DISTRICT JUDGE',
        'THE COURT: Good morning. Counsel, please state your appearances.',
        'MS. TRAN: Good morning, Your Honor. Linh Tran for the plaintiff states.',
        'MR. PRUITT: Good morning, Your Honor. Garrett Pruitt for the federal defendants.',
        'EZRA HALDANE, called as a witness on behalf of the Plaintiffs, having first been duly sworn, testified as follows:',
        'DIRECT EXAMINATION',
        'BY MS. TRAN:',
        'Q. Dr. Haldane, what is your current position?',
        'A. I’m the deputy state forester for fire protection.',
        'MR. PRUITT: Objection, Your Honor. Foundation.',
        'THE COURT: Sustained. You can lay a foundation, Ms. Tran.',
        'BY MS. TRAN:',
        'Q. How do you know the crews were laid off?',
        'A. The contractors notified my office in writing.',
      ],
      { kind: 'transcript', outlet: 'United States District Court' },
    );
    expect(speakerOfWords(hearing, 2, 'state your appearances')).toBe('Miriam T. Alcott');
    expect(speakerOfWords(hearing, 8, 'what is your current position')).toBe('Linh Tran');
    expect(speakerOfWords(hearing, 9, 'deputy state forester')).toBe('Ezra Haldane');
    expect(speakerOfWords(hearing, 14, 'notified my office')).toBe('Ezra Haldane');
  });

  it('names a statement’s heading’s speaker as the record prints the name, not in the heading’s capitals', () => {
    const record = madeUpDocument(
      [
        'The subcommittee met at 10:03 a.m., Hon. Dale Whitcomb (chairman of the subcommittee) presiding.',
        'Mr. WHITCOMB. The Subcommittee on Energy will now come to order.',
        'OPENING STATEMENT OF HON. DALE WHITCOMB, A REPRESENTATIVE IN CONGRESS FROM THE STATE OF OHIO',
        'Good morning, and welcome to today’s hearing.',
        'Mr. WHITCOMB. The Chair recognizes the ranking member, Ms. Adeyemi.',
        'Ms. ADEYEMI. Thank you, Mr. Chairman.',
        'Mr. WHITCOMB. The gentlewoman yields back.',
        'Ms. ADEYEMI. I yield back.',
      ],
      { kind: 'hearing transcript', outlet: 'Government Publishing Office' },
    );
    expect(speakerOfWords(record, 4, 'welcome to today')).toBe('Dale Whitcomb');
  });
});

describe('written answers and a tribunal’s and a court’s layout lines (round 29)', () => {
  it('reads a parliament’s written answers as the ministers’ turns, the deputies’ questions and headings nobody’s', () => {
    const answers = madeUpDocument(
      [
        'School Transport',
        '201. Deputy Aoife Brennan asked the Minister for Education the number of applications refused.',
        'Minister of State at the Department of Education (Deputy Seán Kiely): School transport is a significant operation.',
        'Under the terms of the scheme, children are eligible where they live 4.8 kilometres away.',
        'Housing Schemes',
        '204. Deputy Martin Geraghty asked the Minister for Housing the number of homes delivered.',
        'Minister for Housing, Local Government and Heritage (Deputy Ciarán Doherty): The grant supports refurbishment.',
        'Data provided by local authorities show 1,214 properties were completed.',
        'Justice',
        '206. Deputy Conor Twomey asked the Minister for Justice for an update.',
        'Minister for Justice (Deputy Eamon Farrelly): The programme of works is progressed by the OPW.',
        'Hospital Waiting Lists',
        '207. Deputy Róisín Keating asked the Minister for Health the measures being taken.',
        'Minister for Health (Deputy Caroline Walsh): Reducing waiting times is a priority.',
      ],
      { kind: 'written answers', outlet: 'Houses of the Oireachtas' },
    );
    expect(speakerOfWords(answers, 4, 'children are eligible')).toBe('Seán Kiely');
    expect(speakerOfWords(answers, 5, 'Housing Schemes')).toBeUndefined();
    expect(speakerOfWords(answers, 6, 'asked the Minister for Housing')).toBeUndefined();
    expect(speakerOfWords(answers, 8, '1,214 properties')).toBe('Ciarán Doherty');
  });

  it('reads a determination’s fields and a judgment’s case title and rubric as nobody’s words', () => {
    const determination = madeUpDocument(
      ['Representatives: Sam Whitaker, advocate for the Applicant', 'Investigation Meeting: 4 February 2025 at Auckland', 'I find that Ms Reweti was unjustifiably dismissed.'],
      { kind: 'tribunal decision', author: 'Rachel Dunmore', outlet: 'Employment Relations Authority' },
    );
    expect(speakerOfWords(determination, 1, 'Sam Whitaker')).toBeUndefined();
    expect(speakerOfWords(determination, 2, '4 February 2025')).toBeUndefined();
    expect(speakerOfWords(determination, 3, 'I find that')).toBe('Rachel Dunmore');
    const judgment = madeUpDocument(
      ['Before:', 'THE KING on the application of MARGARET OKAFOR (Claimant)', '- and -', 'This judgment was handed down remotely at 10.30am on 14 March 2025.', '1. This claim concerns the closure of four libraries.'],
      { kind: 'judgment', author: 'Mrs Justice Hartley', outlet: 'High Court' },
    );
    expect(speakerOfWords(judgment, 2, 'THE KING')).toBeUndefined();
    expect(speakerOfWords(judgment, 4, 'handed down remotely')).toBeUndefined();
    expect(speakerOfWords(judgment, 5, 'This claim concerns')).toBe('Mrs Justice Hartley');
  });
});

describe('counsel’s submissions (round 29)', () => {
  it('reads "submitted that" as reporting counsel’s words', () => {
    const reasons = madeUpDocument(
      ['Mr Lomax, for the respondent, submitted that this was “a straightforward capability case”.'],
      { kind: 'judgment', author: 'Employment Judge Castellano', outlet: 'Employment Tribunal' },
    );
    expect(speakerOfWords(reasons, 1, 'a straightforward capability case')).toBe('Mr Lomax');
  });
});

describe('the review of round 29', () => {
  const interview = (paragraphs: string[], kind = 'interview') => madeUpDocument(paragraphs, { kind, outlet: 'Nikkei Asia', author: 'Sam Green' });

  it('keeps an interview’s "Q:" and "A:" as the interview’s after a paragraph on someone’s "evidence"', () => {
    const doc = interview([
      'Haruto Mori runs Tanaka Coatings, a paint maker in Shizuoka.',
      'Finance Minister Ken Sato questioned Mori’s evidence to the Diet last month.',
      'Q: Were your figures right?',
      'A: Every figure was audited.',
      'Q: Will you expand?',
      'A: Next year, in Vietnam.',
    ]);
    expect(speakerOfWords(doc, 4, 'Every figure was audited')).not.toBe('Ken Sato');
  });

  it('reads no topic lead-in, dateline or repeated place heading in capitals as a speaker', () => {
    const topics = interview([
      'Jane Roe, the candidate, spoke to us about her plans.',
      'Housing: We will build 10,000 homes.',
      'Health: Waiting lists will fall.',
      'Tax: No rises for working families.',
      'Immigration: A fair system.',
    ]);
    expect(speakerOfWords(topics, 3, 'Waiting lists will fall')).not.toBe('Health');
    const dateline = interview(['SAN FRANCISCO. Jane Roe meets me at a café near the ferry building.', 'Q: Why now?', 'A: Because the market turned.', 'Q: And next?', 'A: A second office.']);
    expect(speakerOfWords(dateline, 1, 'Jane Roe meets me')).not.toBe('San Francisco');
    const hearing = madeUpDocument(
      ['KINGSMEAD TOWER', 'The exhibit shown is the estate plan.', 'Mr. SMITH. Thank you.', 'Ms. JONES. I agree.', 'KINGSMEAD TOWER', 'The second exhibit is the survey.', 'Mr. SMITH. Noted.', 'Ms. JONES. Thank you.'],
      { kind: 'hearing', outlet: 'Committee' },
    );
    expect(speakerOfWords(hearing, 2, 'The exhibit shown')).not.toBe('Kingsmead Tower');
  });

  it('keeps the author’s bare "Q:" where one question says "(continued)"', () => {
    const doc = interview(['Q: Why the parks plan?', 'A: Because residents asked.', 'Q (continued): And the budget?', 'A: It is funded.', 'Q: When does it open?', 'A: In May.']);
    expect(speakerOfWords(doc, 5, 'When does it open')).toBe('Sam Green');
  });

  it('keeps "Parent" and "CR" where they are a surname and initials', () => {
    const story = madeUpDocument(['CAE chief executive Marc Parent said the firm would hire.', '“We are hiring in Montreal,” Parent said.', 'Union Jal Shakti Minister CR Patil said the dam was safe.', '“It is safe,” Patil said.'], { outlet: 'Example News' });
    expect(speakerOfWords(story, 2, 'We are hiring')).toBe('Marc Parent');
    expect(speakerOfWords(story, 4, 'It is safe')).toBe('CR Patil');
  });

  it('leaves a "news review" and an "investigation report" journalism, their narration nobody’s', () => {
    const review = madeUpDocument(['Ministers faced a difficult week.', 'The budget row dominated.'], { kind: 'news review', author: 'Jane Doe', outlet: 'Example News' });
    expect(speakerOfWords(review, 2, 'The budget row')).toBeUndefined();
    const investigation = madeUpDocument(['Documents seen by Reuters show the company knew.', 'The memo was dated March.'], { kind: 'investigation report', outlet: 'Reuters' });
    expect(speakerOfWords(investigation, 2, 'The memo was dated')).toBeUndefined();
  });

  it('keeps a letter opening "The following letter has been sent to …" its issuer’s, and reads no organiser from "the Smith family"', () => {
    const sent = madeUpDocument(['The following letter has been sent to every councillor in Brent. We ask that you read it.', 'Dear councillor,', 'We oppose the closure.'], { kind: 'open letter', outlet: 'Kilburn Residents Association' });
    expect(speakerOfWords(sent, 1, 'We ask that you read it')).toBe('Kilburn Residents Association');
    const family = madeUpDocument(['The following open letter was organised by the Smith family and sent to the minister.', 'Dear Minister,', 'We ask you to act.'], { kind: 'open letter', outlet: 'The Spinoff' });
    expect(speakerOfWords(family, 3, 'We ask you to act')).not.toBe('Smith');
  });

  it('reads no signature from a longer name before a town, "Anne Marie Boucher Brampton"', () => {
    const page = madeUpDocument(
      ['Letters to the Editor', 'Re Where Are The Buses? (Oct. 11): I gave up my car in 2022.', 'Anne Marie Boucher Brampton', 'Frequency matters. But who pays?', 'Gerald Boucher Brampton, Ont.'],
      { kind: 'letters', outlet: 'The Globe and Mail' },
    );
    expect(speakerOfWords(page, 2, 'I gave up my car')).not.toBe('Anne Marie');
  });

  it('reads "Arun Mehta’s daughter spoke to The Hindu" as no answer of Arun Mehta’s', () => {
    const doc = madeUpDocument(
      ['Arun Mehta’s daughter spoke to The Hindu last year about the flood. Ravi Kumar, chairperson of the board, answers our questions.', 'Why the delay?', 'The contracts were late.', 'And now?', 'Work starts in June.', 'Who pays?', 'The State.', 'When will it end?', 'By next monsoon.'],
      { kind: 'interview', outlet: 'The Hindu', author: 'Meera Subramanian' },
    );
    inBold(doc, [1, 3, 5, 7]);
    expect(speakerOfWords(doc, 3, 'The contracts were late')).not.toBe('Arun Mehta');
  });

  it('reads a past role in brackets, "(retired judge)", as no holder of "the judge"', () => {
    const minutes = madeUpDocument(['Present: Tom Reed (retired judge) and 200 residents packed the hall.', 'The judge said the vote was lawful: “This is not a referendum.”'], { kind: 'minutes', outlet: 'Parish Council' });
    expect(speakerOfWords(minutes, 2, 'This is not a referendum')).not.toBe('Tom Reed');
  });

  it('keeps a judge’s sentence naming a party with "(defendant)" in lower case the judge’s', () => {
    const judgment = madeUpDocument(['2. I shall refer to the parties as follows: Harlow Homes Ltd (claimant) and Mr Reid (defendant)', '3. The claim fails.'], { kind: 'judgment', author: 'Mrs Justice Hartley', outlet: 'High Court' });
    expect(speakerOfWords(judgment, 1, 'I shall refer')).toBe('Mrs Justice Hartley');
  });
});
