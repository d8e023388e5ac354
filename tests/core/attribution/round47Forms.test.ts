import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("the review of round 46's rules", () => {
  it('keeps a titled surname before "and" and a body\'s name: "Mayor Adams and City Council leaders"', () => {
    const story = madeUpDocument([
      'Mayor Adams and City Council leaders announced a deal on Friday to keep the libraries open.',
      '"This is a good day for New York," the mayor said.',
      'Dr Patel and Barset Hospital staff met health board managers on Monday to argue against the closure.',
      '"We cannot safely care for these patients anywhere else," she said.',
    ]);
    expect(speakerOfWords(story, 2, 'This is a good day')).toBe('Adams');
    expect(speakerOfWords(story, 4, 'We cannot safely care')).toBe('Dr Patel');
  });

  it('reads "the bank chief" and "the union chief" past the name\'s "of" and the office\'s rank', () => {
    const bank = madeUpDocument([
      'Bank of England governor Andrew Bailey met Chancellor Jeremy Hunt on Wednesday, and Hunt said the economy was turning a corner.',
      'The bank chief said: "We need to be sure that inflation will stay low before we cut."',
    ]);
    expect(speakerOfWords(bank, 2, 'We need to be sure')).toBe('Andrew Bailey');
    const union = madeUpDocument([
      'Unite union general secretary Sharon Graham met company managers on Friday, and operator spokesman Ian Reed said the offer was fair.',
      'The union chief said: "Our members will not accept a real-terms pay cut."',
    ]);
    expect(speakerOfWords(union, 2, 'Our members will not accept')).toBe('Sharon Graham');
  });

  it('gives a participle after "was cleared after an investigation" to the one cleared, and none after "was suspended"', () => {
    const story = madeUpDocument([
      'Councillor Tom Hale was cleared on Friday after an investigation, branding the process "a politically motivated witch-hunt".',
      'Sam Okoro was elected union branch secretary after a vote of members, labelling the result "a mandate for change".',
      'Councillor Jane Orr was suspended on Friday after an investigation, branding her conduct "wholly unacceptable".',
    ]);
    expect(speakerOfWords(story, 1, 'a politically motivated witch-hunt')).toBe('Tom Hale');
    expect(speakerOfWords(story, 2, 'a mandate for change')).toBe('Sam Okoro');
    expect(speakerOfWords(story, 3, 'wholly unacceptable')).toBeUndefined();
  });

  it('gives "They" after "The complainant asked the police" to no complainant', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Decision notice"\noutlet: Information Commissioner\'s Office\nkind: decision\n---',
        'The complainant asked the police to release the footage. They refused, saying "disclosure would prejudice an ongoing investigation".',
        'The complainant raised her concerns with the care home manager in June. They told her that "staff had followed the care plan at all times".',
        'The complainant contacted the Commissioner on 3 May 2023. They argued that "the public interest clearly favours disclosure".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'disclosure would prejudice')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 2, 'staff had followed')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 3, 'the public interest clearly')).toBe('the complainant');
  });

  it('keeps "the National Trust" whole after "the National Park Authority and National Trust"', () => {
    const story = madeUpDocument([
      'Rangers from the Lake District National Park Authority and National Trust will patrol the lakeshore this summer.',
      '"We want people to enjoy these places, but we need them to take their rubbish home," the National Trust said.',
    ]);
    expect(speakerOfWords(story, 2, 'We want people to enjoy')).toBe('National Trust');
  });

  it('reads "INTERVIEW DATE:" as a field, not a second person beside the one interviewed', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "Q&A: The mayor on housing"\noutlet: Riverside Weekly\nauthor: Dana Morin\npublished: 2024-04-25\nkind: interview\n---',
        'INTERVIEW DATE: April 22, 2024',
        'Mayor Lena Ortiz sat down with Riverside Weekly at City Hall to talk about her first year in office.',
        'Q: What is your biggest priority for the coming year?',
        'A: Housing, without question. We need 2,000 more affordable homes by 2027.',
        'Q: Will bus fares rise?',
        'A: Not this year. I have been clear about that.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'INTERVIEW DATE')).toBeUndefined();
    expect(speakerOfWords(interview, 4, 'We need 2,000 more')).toBe('Lena Ortiz');
    expect(speakerOfWords(interview, 6, 'I have been clear')).toBe('Lena Ortiz');
  });

  it('keeps a newsletter\'s lead-in in capitals before "he shrugged", where it may name him', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Playbook"\noutlet: Capitol Dispatch\nauthor: Dana Mills\nkind: newsletter\n---',
        'SCHUMER ON THE RECORD — The majority leader told Playbook: "We will get this done before August."',
        'THUNE IN THE HALLWAY — Asked about the timeline, he shrugged: "Ask me in July."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'Ask me in July.')).not.toBe('the majority leader');
  });
});

describe("round 47's first batch (guides 279 and 281)", () => {
  it('reads a transcript\'s "PCC:" and "CC:" as the names its "Present:" line defines them for', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Public accountability meeting: transcript"\noutlet: Office of the Police and Crime Commissioner for Eastmarch\nkind: transcript\n---',
        '**Present:** Martin Oyelaran, Police and Crime Commissioner (PCC); Chief Constable Deborah Lusk (CC); Sam Whitfield, Head of Performance (SW)',
        '**PCC:** Good evening, everyone. Chief Constable, are there more officers in our communities?',
        '**CC:** Thank you, Commissioner. The short answer is yes, but not as fast as either of us would like.',
        '**PCC:** Sam, can you give us the figures on response times?',
        '**SW:** Yes. Both are within target.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 2, 'Good evening, everyone.')).toBe('Martin Oyelaran');
    expect(speakerOfWords(transcript, 3, 'The short answer is yes')).toBe('Deborah Lusk');
  });

  it('reads no definition in a script\'s "BACK ANNO (TOM):" direction', () => {
    const script = markdownDocument(
      [
        '---\ntitle: "Breakfast running order"\noutlet: ABC Radio National\nkind: running order\n---',
        'Presenter: Tom Callander',
        'INTRO (TOM): The federal government has bought back more irrigation water. Georgia Finn has been to Griffith.',
        'BACK ANNO (TOM): Georgia Finn reporting.',
        'TOM: Minister, good morning.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(script, 4, 'Minister, good morning.')).not.toBe('Back Anno');
  });

  it("gives a report its body's office-holder signs to the holder, not the body", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Report on an unannounced inspection of HMP Fellbrook"\noutlet: HM Inspectorate of Prisons\nauthor: Nicholas Tremayne\nkind: inspection report (summary)\n---',
        'Introduction',
        'HMP Fellbrook is a category C training prison. At our last inspection, in 2022, we found a prison that was struggling but improving.',
        'The most serious concern was the availability of drugs. Assaults on staff had almost doubled since our last visit.',
        'There were some strengths. Relationships between staff and prisoners on the enhanced wing were good.',
        'Nicholas Tremayne\nHM Chief Inspector of Prisons',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'At our last inspection')).toBe('Nicholas Tremayne');
    expect(speakerOfWords(report, 3, 'The most serious concern')).toBe('Nicholas Tremayne');
  });

  it("keeps a report a researcher signs its issuer's", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Waiting for a bed"\noutlet: Centre for Health Policy\nauthor: Anna Lind\nkind: report\n---',
        'Hospitals in the north are running at 97% occupancy. We estimate that 4,000 more beds are needed.',
        'Our analysis draws on five years of admissions data.',
        'Anna Lind\nSenior Fellow, Centre for Health Policy',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'We estimate that 4,000')).toBe('Centre for Health Policy');
  });

  it('gives a joint statement two sign to both signers, and their signatures to nobody', () => {
    const statement = markdownDocument(
      [
        '---\ntitle: "Joint statement on the Safer Milbury plan"\noutlet: Eastmarch County Council\nkind: joint statement\n---',
        '**JOINT STATEMENT**',
        'We know that many people in Milbury no longer feel safe in the town centre after dark.',
        'Today we are publishing the Safer Milbury plan, which sets out what the council and the police will do.',
        'Councillor Judith Harcastle\nLeader, Eastmarch County Council',
        'Martin Oyelaran\nPolice and Crime Commissioner for Eastmarch',
      ].join('\n\n'),
    );
    expect(speakerOfWords(statement, 2, 'We know that many people')).toBe('Judith Harcastle and Martin Oyelaran');
    expect(speakerOfWords(statement, 4, 'Judith Harcastle')).toBeUndefined();
  });

  it('gives a question read out as "This one is from Ann in Milbury:" to Ann', () => {
    const story = madeUpDocument(['The commissioner took questions sent in before the meeting.', 'This one is from Ann in Milbury: "I reported my shed being broken into and nobody came out."']);
    expect(speakerOfWords(story, 2, 'I reported my shed')).toBe('Ann');
  });
});

describe("round 47's second batch (guide 279)", () => {
  it('reads "Alhaji" as an honorific before the name', () => {
    const story = madeUpDocument([
      'The Chairman of the Agbede Community Development Association, Alhaji Rasaq Olowu, described the demolition as wicked.',
      'Olowu said, “We wrote to the ministry in January. Nobody replied us.”',
    ]);
    expect(speakerOfWords(story, 2, 'We wrote to the ministry')).toBe('Rasaq Olowu');
  });

  it('gives no one called Imagine a columnist\'s imagined question', () => {
    const column = markdownDocument(
      [
        '---\ntitle: "What our textbooks leave out"\noutlet: The Express Tribune\nauthor: Sadia Qureshi\nkind: opinion column\n---',
        'Our textbooks begin history in 1947 and end it in 1971.',
        'Imagine a textbook that asked a 15-year-old to sit down with her grandmother and ask: “What do you remember?” That is the point.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(column, 2, 'What do you remember?')).not.toBe('Imagine');
  });

  it('gives "Asked by X whether …, he said:" to the one answering, not the one asking', () => {
    const blog = madeUpDocument([
      'Eskom chief executive Pieter van der Walt is taking questions.',
      'Asked by panel member Thabo Sithole whether Eskom had considered a smaller, phased increase, he said: "We have modelled every scenario."',
    ]);
    expect(speakerOfWords(blog, 2, 'We have modelled every scenario')).toBe('Pieter van der Walt');
  });

  it('gives "he said" after an anonymous source\'s allegation to that source, not the chairman quoted before', () => {
    const story = madeUpDocument([
      'The chairman of the community association, Alhaji Rasaq Olowu, described the demolition as wicked.',
      'Olowu said, “Is this how to treat citizens?”',
      'He noted that the community would seek legal redress, adding that “the matter is not over”.',
      'A youth leader in the area, who spoke on condition of anonymity for fear of victimisation, alleged that some officials of the agency had demanded money from house owners.',
      '“They told some people to pay N500,000. Go and check,” he said.',
    ]);
    expect(speakerOfWords(story, 5, 'They told some people')).not.toMatch(/Olowu/);
  });

  it('gives "he said" after "One older resident, who gave only his first name, Wei, told the board" to Wei', () => {
    const story = madeUpDocument([
      'Tenants packed the Rent Stabilization Board meeting on Thursday.',
      'One older resident, who gave only his first name, Wei, told the board he had slept in his coat. "I am 81 years old," he said through an interpreter.',
    ]);
    expect(speakerOfWords(story, 2, 'I am 81 years old')).toBe('Wei');
  });
});

describe("round 47's third batch (guide 281)", () => {
  it('gives a newsletter section its officer signs with rank and collar number to the officer', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "The Grapevine, Issue 47"\noutlet: Wickham Green Community Association\nkind: community newsletter\n---',
        '## Police Beat',
        '### with PCSO Kerry Ashworth',
        "Hi all. It's been a relatively quiet quarter in the Wickham Green area, but I want to flag two things.",
        "Firstly, there have been three thefts of catalytic converters. Secondly, we've had reports of a courier scam.",
        '*PCSO 7712 Kerry Ashworth, Eastmarch Police*',
        '---',
        '## Speedwatch update',
        'Our volunteers carried out 22 sessions on Fordley Lane.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'I want to flag two things')).toBe('Kerry Ashworth');
    expect(speakerOfWords(newsletter, 5, 'PCSO 7712')).toBeUndefined();
  });

  it('reads "Coordinator Sheila Varney writes:" as her, without the office', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "The Grapevine, Issue 47"\noutlet: Wickham Green Community Association\nkind: community newsletter\n---',
        'The Nether Ash scheme now has 64 member households. Coordinator Sheila Varney writes:',
        '"Thank you to everyone who has joined since the autumn. We now have a street contact for every road in the village."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'Thank you to everyone')).toBe('Sheila Varney');
  });
});

describe("the review of round 47's rules", () => {
  const transcript = (present: string) =>
    markdownDocument(
      [
        '---\ntitle: "Police and crime panel: transcript"\noutlet: Eastmarch Police and Crime Panel\nkind: transcript\n---',
        present,
        'CHAIR: Good evening and welcome. Commissioner, can you start with the budget?',
        'PCC: Thank you, Chair. The precept will rise by four per cent this year.',
        'CC: If I may add, the extra money pays for forty more officers on the street.',
        'PCC: We have also frozen recruitment of staff in back-office roles.',
      ].join('\n\n'),
    );

  it('reads a label defined in a list run on with commas as the name right before it, and none after a verb', () => {
    const listed = transcript('Present: Councillor Judith Harcastle (Chair), Martin Oyelaran, Police and Crime Commissioner (PCC), Chief Constable Deborah Lusk (CC), Councillor Tom Reed.');
    expect(speakerOfWords(listed, 3, 'The precept will rise')).toBe('Martin Oyelaran');
    expect(speakerOfWords(listed, 4, 'If I may add')).toBe('Deborah Lusk');
    const narrated = transcript('Panel chair Judith Harcastle questioned the Police and Crime Commissioner (PCC), Martin Oyelaran, and the Chief Constable (CC), Deborah Lusk, on the budget.');
    expect(speakerOfWords(narrated, 3, 'The precept will rise')).not.toBe('Judith Harcastle');
    expect(speakerOfWords(narrated, 4, 'If I may add')).not.toBe('Martin Oyelaran');
  });

  it("keeps a report its body's staff sign with a rank in the body, or a commissioner of another office, the body's", () => {
    const report = (outlet: string, office: string) =>
      markdownDocument(
        [
          `---\ntitle: "Review"\noutlet: ${outlet}\nauthor: Helen Marsh\nkind: report\n---`,
          'This review examines how the protests were policed. We found that officers were deployed too late on the first evening.',
          `Helen Marsh\n${office}`,
        ].join('\n\n'),
      );
    expect(speakerOfWords(report('Greater Eastmarch Police', 'Chief Inspector, Greater Eastmarch Police'), 1, 'We found that')).toBe('Greater Eastmarch Police');
    expect(speakerOfWords(report('European Commission', 'European Commissioner for Home Affairs'), 1, 'We found that')).toBe('European Commission');
  });

  it("keeps a joint statement three sign, or one over its media contacts, its issuer's", () => {
    const statement = (close: string[]) =>
      markdownDocument(['---\ntitle: "Joint statement"\noutlet: Eastmarch County Council\nkind: joint statement\n---', 'We are united in our determination to keep a full emergency department at Eastmarch General Hospital.', ...close].join('\n\n'));
    const three = statement(['Councillor Judith Harcastle\nLeader, Eastmarch County Council', 'Martin Oyelaran\nPolice and Crime Commissioner for Eastmarch', 'Dr Amira Selby\nChair, Eastmarch Hospitals NHS Trust']);
    expect(speakerOfWords(three, 1, 'We are united')).toBe('Eastmarch County Council');
    const contacts = statement(['ENDS', 'Media contacts:', 'Jane Holloway\nPress Officer, Eastmarch County Council', 'Tom Birch\nCommunications Manager, Eastmarch Hospitals NHS Trust']);
    expect(speakerOfWords(contacts, 1, 'We are united')).toBe('Eastmarch County Council');
  });

  it("reads minutes' \"The first question was from Mr Paul Grange:\" over the record's account as nobody's", () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Minutes of the town council"\noutlet: Milbury Town Council\nkind: minutes\n---',
        'The first question was from Mr Paul Grange:',
        'Mr Grange asked why the public toilets on the High Street had been closed since January. The Chair replied that the council was waiting for a contractor.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 2, 'The Chair replied')).toBeUndefined();
  });

  it('reads "was stripped of the whip after an investigation, branding …" as nobody\'s', () => {
    const story = madeUpDocument(['Councillor Tom Reed was stripped of the Labour whip on Friday after an investigation, branding his posts "wholly unacceptable".']);
    expect(speakerOfWords(story, 1, 'wholly unacceptable')).toBeUndefined();
  });

  it('gives "They argued" after "The complainant contacted the Commissioner … about the decision" to the complainant', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Decision notice"\noutlet: Information Commissioner\'s Office\nkind: decision\n---',
        'The complainant contacted the Commissioner on 3 May 2023 to complain about the decision. They argued that "the public interest clearly favours disclosure".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'the public interest clearly')).toBe('the complainant');
  });

  it('keeps "Imagine Dragons" a name', () => {
    const story = madeUpDocument(['The band cancelled its European tour on Monday.', 'Imagine Dragons said in a statement: "We are heartbroken to let our fans down."']);
    expect(speakerOfWords(story, 2, 'We are heartbroken')).toBe('Imagine Dragons');
  });
});
