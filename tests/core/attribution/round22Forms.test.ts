import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('speech printed with quotation dashes (round 22)', () => {
  const story = madeUpDocument(
    [
      'Outside the store, the Centre Party’s Birgitta Holmér hands out leaflets. Few stop.',
      '– People are tired of us. All of us, every party. I understand them, says Birgitta Holmér, who has sat on the council since 2006.',
      '– We have spent eighteen months arguing about a budget. That is not why anyone goes into politics.',
      'The crisis began in autumn 2023.',
      'Political scientist Hanna Wiklander believes that turnout will be key.',
      '– Extra elections usually have lower turnout. That can benefit parties against the establishment, she says.',
    ],
    { kind: 'news report' },
  );

  it('gives a dash paragraph to the speaker its attribution names, and the dash paragraph after it to the same speaker', () => {
    expect(speakerOfWords(story, 2, 'People are tired of us.')).toBe('Birgitta Holmér');
    expect(speakerOfWords(story, 2, 'I understand them')).toBe('Birgitta Holmér');
    expect(speakerOfWords(story, 3, 'That is not why anyone goes into politics.')).toBe('Birgitta Holmér');
    expect(speakerOfWords(story, 6, 'Extra elections usually have lower turnout.')).toBe('Hanna Wiklander');
  });

  it('keeps the narration between them nobody’s', () => {
    expect(speakerOfWords(story, 4, 'The crisis began in autumn 2023.')).toBeUndefined();
    expect(speakerOfWords(story, 5, 'believes that turnout will be key')).toBeUndefined();
  });

  it('reads dashes as speech only where attributions show the form: a list of dashes is no one’s words', () => {
    const list = madeUpDocument(['The council agreed three changes.', '– Bins will be emptied weekly.', '– Parking fees rise by 10%.', 'The changes start in May, the mayor said.']);
    expect(speakerOfWords(list, 2, 'Bins will be emptied weekly.')).toBeUndefined();
    expect(speakerOfWords(list, 3, 'Parking fees rise by 10%.')).toBeUndefined();
  });
});

describe('a judgment filed with no author (round 22)', () => {
  it("gives the remarks to the judge its title names, without his honorifics, and the list's numbers to no one", () => {
    const remarks = madeUpDocument(['IN THE CROWN COURT AT LEEDS', '1. Callum Dray, you may remain seated. You are 27 years old.'], {
      kind: 'court judgment',
      outlet: 'Courts and Tribunals Judiciary',
      title: 'R v Callum Dray — Sentencing remarks of His Honour Judge Peter Harcourt KC',
    });
    expect(speakerOfWords(remarks, 2, 'You are 27 years old.')).toBe('Peter Harcourt');
    expect(speakerOfWords(remarks, 2, '1.')).toBeUndefined();
  });

  it('names no one from a title that names the court, not a judge', () => {
    const judgment = madeUpDocument(['The appeal is dismissed.'], { kind: 'court judgment', outlet: 'Court of Appeal', title: 'Judgment of the Court in Case 12/24' });
    expect(speakerOfWords(judgment, 1, 'The appeal is dismissed.')).toBeUndefined();
  });
});

describe('an open letter with no author (round 22)', () => {
  it("gives the letter to the body that issued it, and a newspaper's letters page to no one", () => {
    const letter = madeUpDocument(['Dear Prime Minister,', 'We urge you not to cut the research budget.'], { kind: 'letters', outlet: 'Coalition for UK Research', title: 'Open letter to the Prime Minister: do not cut the research budget' });
    expect(speakerOfWords(letter, 2, 'We urge you not to cut the research budget.')).toBe('Coalition for UK Research');
    const page = madeUpDocument(['Sir, – The new limit is absurd.'], { kind: 'letters', outlet: 'The Irish Times', title: 'Open letter to the Minister' });
    expect(speakerOfWords(page, 1, 'The new limit is absurd.')).not.toBe('The Irish Times');
  });
});

describe("an issued report's numbered headings and captions (round 22)", () => {
  it("gives them to no one, and the report's text to its issuer", () => {
    const report = madeUpDocument(
      ['Chapter 3: What young people told us', '3.1 Travel is the first cost of work, and the least visible', 'We held eight focus groups.', 'Figure 3.1: Share of participants who left a job because of travel'],
      { kind: 'report', outlet: 'Centre for Regional Opportunity', author: 'Dr Tomasz Wierzbicki' },
    );
    expect(speakerOfWords(report, 1, 'What young people told us')).toBeUndefined();
    expect(speakerOfWords(report, 2, 'Travel is the first cost of work')).toBeUndefined();
    expect(speakerOfWords(report, 3, 'We held eight focus groups.')).toBe('Centre for Regional Opportunity');
    expect(speakerOfWords(report, 4, 'Share of participants')).toBeUndefined();
  });
});

describe('an interview whose introduction names a lab (round 22)', () => {
  it("reads the lab as no person, so the one person named answers the unlabelled questions", () => {
    const interview = madeUpDocument(
      [
        'Glaciologist Ruth Okonjo-Marsh has spent a decade putting microphones on ice. Her team at the University of Tromsø’s Arctic Acoustics Lab has recorded 40,000 hours. She spoke to Daniel Firth.',
        'How did you end up recording them?',
        'By accident, honestly. I was a seismologist.',
        'And what did you hear?',
        'Patterns. That’s the short answer.',
        'Is it promising?',
        'It is. I want to be careful.',
      ],
      { kind: 'interview', author: 'Daniel Firth', title: 'We are listening to a glacier die' },
    );
    inBold(interview, [1, 3, 5]);
    expect(speakerOfWords(interview, 3, 'I was a seismologist.')).toBe('Ruth Okonjo-Marsh');
    expect(speakerOfWords(interview, 4, 'And what did you hear?')).toBe('Daniel Firth');
  });
});

describe('transcripts: reporters, labels with roles and a House speaking together (round 22)', () => {
  it("gives a briefing's bare \"Q\" to no one, and the answer after it to the one who answers", () => {
    const briefing = madeUpDocument(
      [
        'MS. WHITCOMBE: Good afternoon, everybody. I’ll bring up the Director, Victor Alvarado.',
        'DIRECTOR ALVARADO: Thanks, Dana. I’ll be brief. Happy to take a couple.',
        'Q Thank you, Victor. What do you say to manufacturers?',
        'DIRECTOR ALVARADO: I talk to the Chamber a lot.',
        'Q But is there a chance the tariffs go up in December?',
        'DIRECTOR ALVARADO: There’s always a chance.',
        'MS. WHITCOMBE: Thanks, Victor. Okay, go ahead.',
      ],
      { kind: 'transcript', outlet: 'The White House', title: 'Press Briefing by Press Secretary Dana Whitcombe and Director Victor Alvarado' },
    );
    expect(speakerOfWords(briefing, 3, 'What do you say to manufacturers?')).toBeUndefined();
    expect(speakerOfWords(briefing, 5, 'is there a chance the tariffs go up')).toBeUndefined();
    expect(speakerOfWords(briefing, 6, 'There’s always a chance.')).toBe('Victor Alvarado');
  });

  it("names the reporter a press conference's \"Q (Name, Outlet):\" gives, and the same reporter by surname after", () => {
    const conference = madeUpDocument(
      [
        'Q (Mark Ellery, Northern Echo): Kieran, team news first.',
        'KIERAN DOBBS: Morning, Mark. Harding trained yesterday.',
        'Q (Ellery): Is that a worry?',
        'DOBBS: Everybody’s thin at centre-back in October.',
        'Q (Priya Lal, BBC Radio Newcastle): Do you feel under pressure?',
        'DOBBS: Every day, Priya.',
      ],
      { kind: 'transcript', outlet: 'Wearside Athletic' },
    );
    expect(speakerOfWords(conference, 1, 'team news first')).toBe('Mark Ellery');
    expect(speakerOfWords(conference, 3, 'Is that a worry?')).toBe('Mark Ellery');
    expect(speakerOfWords(conference, 5, 'Do you feel under pressure?')).toBe('Priya Lal');
    expect(speakerOfWords(conference, 4, 'Everybody’s thin')).toBe('Kieran Dobbs');
  });

  it('reads a witness label with a role in three parts, as the Canadian Senate prints it', () => {
    const committee = madeUpDocument(
      [
        'The Chair: Welcome. We hear first from Dale Kowalchuk.',
        'Dale Kowalchuk, President, Prairie Grain Growers: Thank you. Our bins are full.',
        'Marianne Solberg, Vice-President, Logistics, Western Terminal Elevator Association: Thank you. Our terminals lost 14 vessel-days.',
        'The Chair: Thank you. Senator Bergeron?',
        'Dale Kowalchuk: We have asked the minister twice.',
      ],
      { kind: 'transcript', outlet: 'Senate of Canada' },
    );
    expect(speakerOfWords(committee, 3, 'Our terminals lost 14 vessel-days.')).toBe('Marianne Solberg');
  });

  it('gives "Noble Lords" and the cheer after it to no one, not to the peer who spoke before', () => {
    const lords = madeUpDocument(
      ['Baroness Kettlewell (Con)', 'To ask His Majesty’s Government what assessment they have made of rural bus services.', 'Lord Fenwick of Alnmouth (Lab)', 'My Lords, patronage is up 3% on the year.', 'Noble Lords', 'Hear, hear!', 'Baroness Kettlewell (Con)', 'My Lords, I thank the Minister.', 'Noble Lords: Oh!', 'Lord Fenwick of Alnmouth (Lab)', 'My Lords, I was happy to meet her.'],
      { kind: 'transcript', outlet: 'Hansard (House of Lords)' },
    );
    expect(speakerOfWords(lords, 4, 'patronage is up 3%')).toBe('Lord Fenwick of Alnmouth');
    expect(speakerOfWords(lords, 6, 'Hear, hear!')).toBeUndefined();
    expect(speakerOfWords(lords, 9, 'Oh!')).toBeUndefined();
  });
});

describe("round 22's review: where the new rules must not reach", () => {
  it('leaves a news story about an open letter, and a letters page of a paper printed without "The", journalism and their signers', () => {
    const story = madeUpDocument(['More than 300 economists have signed an open letter urging a tax on billionaires.'], { kind: 'news report', outlet: 'Reuters', title: 'Open letter from 300 economists urges G20 to tax billionaires' });
    expect(speakerOfWords(story, 1, 'have signed an open letter')).toBeUndefined();
    const page = madeUpDocument(['Sir, – The new limit is absurd.'], { kind: 'letters', outlet: 'Yorkshire Post', title: 'Open letter to the council' });
    expect(speakerOfWords(page, 1, 'The new limit is absurd.')).not.toBe('Yorkshire Post');
  });

  it("keeps an author's sentences that open like a heading hers", () => {
    const oped = madeUpDocument(['Section 21 evictions must end this year. Renters have waited long enough.', 'Part 2 of the bill is where it falls apart, and ministers know it', '2.5 Million households will benefit'], { kind: 'opinion', author: 'Polly Toynbee' });
    expect(speakerOfWords(oped, 1, 'Section 21 evictions must end this year.')).toBe('Polly Toynbee');
    expect(speakerOfWords(oped, 2, 'where it falls apart')).toBe('Polly Toynbee');
  });

  it("reads an agency's dash-bulleted roundup as narration, even with attributions in its items", () => {
    const roundup = madeUpDocument([
      'Here are the latest developments in the war:',
      '— Russia launched 40 drones overnight, said Ukraine’s air force commander Mykola Oleshchuk.',
      '— Two people were killed in a strike on Kharkiv, said Governor Oleh Syniehubov.',
      '— Ukraine’s parliament approved a new mobilisation law on Thursday.',
      '— The European Union agreed a 14th package of sanctions.',
    ]);
    expect(speakerOfWords(roundup, 4, 'approved a new mobilisation law')).toBeUndefined();
    expect(speakerOfWords(roundup, 5, 'agreed a 14th package')).toBeUndefined();
  });

  it('names no judge from a minister’s title, a bench of several, or a name in capitals left uncased', () => {
    const minister = madeUpDocument(['Prisons are full.'], { kind: 'remarks', title: 'Remarks by Justice Secretary Shabana Mahmood' });
    expect(speakerOfWords(minister, 1, 'Prisons are full.')).not.toBe('Secretary Shabana Mahmood');
    const bench = madeUpDocument(['The appeal is allowed.'], { kind: 'court judgment', title: 'Judgment of Lord Justice Peter Jackson, Lady Justice King and Lord Justice Baker' });
    expect(speakerOfWords(bench, 1, 'The appeal is allowed.')).toBeUndefined();
    const capitals = madeUpDocument(['You are 27 years old.'], { kind: 'court judgment', title: 'SENTENCING REMARKS OF HIS HONOUR JUDGE PETER HARCOURT KC' });
    expect(speakerOfWords(capitals, 1, 'You are 27 years old.')).toBe('Peter Harcourt');
  });
});

describe("the Congressional Record's proceedings and inserted letters (round 22)", () => {
  const record = madeUpDocument(
    [
      'The PRESIDING OFFICER (Mr. DUNMORE). The Senator from Montana.',
      'Mr. HALVERSON. Mr. President, I rise today to talk about a hospital in Havre.',
      'Mr. President, I ask unanimous consent that a letter from its chief executive be printed in the Record.',
      'There being no objection, the material was ordered to be printed in the Record, as follows:',
      'Dear Senator Halverson: Thank you for your support. I write to share our financial position.',
      'We cannot cut further without cutting care.',
      'Sincerely,',
      'Ruth Aalgaard, MD,',
      'Mr. HALVERSON. Mr. President, I yield the floor. I suggest the absence of a quorum.',
      'The PRESIDING OFFICER. The clerk will call the roll.',
      'The senior assistant legislative clerk proceeded to call the roll.',
      'Mr. HALVERSON. Mr. President, I ask unanimous consent that the order for the quorum call be rescinded.',
      'The PRESIDING OFFICER. Without objection, it is so ordered.',
    ],
    { kind: 'transcript', outlet: 'Congressional Record — Senate' },
  );

  it("gives the letter printed in the Record to its signer, and the record's notes to no one", () => {
    expect(speakerOfWords(record, 4, 'ordered to be printed')).toBeUndefined();
    expect(speakerOfWords(record, 6, 'We cannot cut further without cutting care.')).toBe('Ruth Aalgaard');
    expect(speakerOfWords(record, 11, 'proceeded to call the roll')).toBeUndefined();
  });

  it('keeps the member who asked for it the speaker after it, named as the record prints him, not by the salutation', () => {
    expect(speakerOfWords(record, 9, 'I yield the floor.')).toBe('Mr. Halverson');
  });
});

describe('Irish offices and pseudonyms in quotation marks (round 22)', () => {
  it('keeps the Irish article of "An Ceann Comhairle:" as the record prints it', () => {
    const dail = madeUpDocument(
      ['An Ceann Comhairle: We move now to Leaders’ Questions.', 'Deputy Clodagh Ní Bhriain: Childcare fees are rising.', 'The Taoiseach: We have cut fees twice.', 'Deputy Clodagh Ní Bhriain: Not for parents in Swords.', 'An Ceann Comhairle: Thank you, Deputy.', 'The Taoiseach: I will answer that.'],
      { kind: 'transcript', outlet: 'Houses of the Oireachtas' },
    );
    expect(speakerOfWords(dail, 1, 'We move now')).toBe('An Ceann Comhairle');
  });

  it("reads a pseudonym in quotation marks as the name a later \"she said\" stands for, not as a quotation", () => {
    const report = madeUpDocument(['“Dewi”, 41, from Java, has worked on UK farms for three seasons. “If you complain, your name goes on a list,” she said.'], { kind: 'news report' });
    expect(speakerOfWords(report, 1, 'your name goes on a list')).toBe('Dewi');
    expect(speakerOfWords(report, 1, 'has worked on UK farms')).toBeUndefined();
  });
});

describe('more labels: clips, shareholders and a senator known by surname (round 22)', () => {
  it('reads a clip played on air as its speaker’s turn, not the presenter’s', () => {
    const today = madeUpDocument(
      ['MARTHA KEARSLEY: Councils say they face a deficit. We heard from a headteacher.', '[CLIP] JOANNE HARTIGAN, HEADTEACHER: We have a child who has waited 61 weeks.', 'MARTHA KEARSLEY: Minister, is that acceptable?', 'DANIEL OKAFOR: No, it is not.', 'MARTHA KEARSLEY: So what will you do?', 'DANIEL OKAFOR: We are putting in more money.'],
      { kind: 'transcript', outlet: 'BBC Radio 4' },
    );
    expect(speakerOfWords(today, 2, 'We have a child who has waited 61 weeks.')).toBe('Joanne Hartigan');
  });

  it("names an AGM's shareholder from the label's parentheses", () => {
    const agm = madeUpDocument(
      ['CHAIR (Ms Janine Holloway): Good morning.', 'SHAREHOLDER (Mr Alan Brierley, Australian Shareholders’ Association): Thank you, Chair. How does the board justify it?', 'CHAIR: It’s a fair question.', 'BRIERLEY: With respect, Chair, that is what every board says.', 'CHAIR: Noted.'],
      { kind: 'transcript', outlet: 'Korrawong Resources' },
    );
    expect(speakerOfWords(agm, 2, 'How does the board justify it?')).toBe('Alan Brierley');
  });

  it('names a senator the record never gives a first name as her label prints her', () => {
    const committee = madeUpDocument(
      ['The Chair: We go to questions, beginning with Senator Bergeron.', 'Senator Bergeron: Thank you, Madam Chair. Is anything essential?', 'Ms. Solberg: Grain is.', 'Senator Bergeron: Very briefly, then.', 'The Chair: Thank you.'],
      { kind: 'transcript', outlet: 'Senate of Canada' },
    );
    expect(speakerOfWords(committee, 2, 'Is anything essential?')).toBe('Senator Bergeron');
  });
});

describe('a clip named inside its bracket (round 22)', () => {
  it('gives "[CLIP – Minister Ciarán Tobin]: “…”" to the minister, not the presenter who played it', () => {
    const panel = madeUpDocument(
      ['NIAMH COFFEY: Good evening. Earlier this week the Minister for Housing, Ciarán Tobin, defended the plan.', '[CLIP – Minister Ciarán Tobin]: “We have had a system for ten years that has protected sitting tenants. It’s that simple.”', 'NIAMH COFFEY: Fergal Rooney, is he right?', 'FERGAL ROONEY: He is.', 'NIAMH COFFEY: Aoife Brennan?', 'AOIFE BRENNAN: He is not.', 'FERGAL ROONEY: With respect, he is.'],
      { kind: 'transcript', outlet: 'RTÉ' },
    );
    expect(speakerOfWords(panel, 2, 'protected sitting tenants')).toBe('Ciarán Tobin');
    expect(speakerOfWords(panel, 2, 'It’s that simple.')).toBe('Ciarán Tobin');
  });
});

describe('names from more places (round 22)', () => {
  it('reads "Madam" and "pro Tem" as titles, and keeps Bangladesh\'s "Md" in the name', () => {
    const d = madeUpDocument([
      'Madam Tan Soo Hwa, 64, told the court she had complained. “The paint was peeling,” she said.',
      'Senate President pro Tem Curtis Yamane, a Democrat from Fresno, said: “Nobody got everything they wanted.”',
      '“Our engineers identified the problem,” said Md Rafiqul Islam Bhuiyan, managing director of the company.',
    ]);
    expect(speakerOfWords(d, 1, 'The paint was peeling')).toBe('Tan Soo Hwa');
    expect(speakerOfWords(d, 2, 'Nobody got everything')).toBe('Curtis Yamane');
    expect(speakerOfWords(d, 3, 'Our engineers identified the problem')).toBe('Md Rafiqul Islam Bhuiyan');
  });
});

describe("a party's adjective before a role (round 22)", () => {
  it('is no one "he" may stand for', () => {
    const d = madeUpDocument(['Social Democratic municipal commissioner Per-Olof Sandgren calls the election a last resort.', '“I would much rather have solved this ourselves,” he says.']);
    expect(speakerOfWords(d, 2, 'I would much rather have solved this ourselves')).toBe('Per-Olof Sandgren');
  });
});

describe("a letters page printing each address line as a paragraph (round 22)", () => {
  it("gives the address and the next letter's headline to no one, and each letter to its signer", () => {
    const page = madeUpDocument(
      ['Rural speed limits', 'Sir, – The new limit is absurd on roads like ours.', 'PÁDRAIG CONNAUGHTON,', 'Ballinameen,', 'Co Roscommon.', 'School transport chaos', 'Sir, – My daughter has been refused a seat again.', 'SIOBHÁN DE BÚRCA,', 'Naas,', 'Co Kildare.'],
      { kind: 'letters', outlet: 'The Irish Times', title: 'Letters to the Editor' },
    );
    expect(speakerOfWords(page, 2, 'The new limit is absurd')).toBe('Pádraig Connaughton');
    expect(speakerOfWords(page, 4, 'Ballinameen,')).toBeUndefined();
    expect(speakerOfWords(page, 6, 'School transport chaos')).toBeUndefined();
    expect(speakerOfWords(page, 7, 'My daughter has been refused a seat again.')).toBe('Siobhán De Búrca');
  });
});
