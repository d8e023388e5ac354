import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("statements headed with their makers' names, answers and a body's questions and answers (round 32)", () => {
  it('gives each member\'s "Statement by …" section to that member, and the committee\'s resolution to no member', () => {
    const minutes = madeUpDocument(
      [
        'Minutes of the Monetary Policy Committee Meeting, October 2025',
        'Resolution',
        '5. The MPC decided to keep the policy rate unchanged.',
        'Statement by Dr. Leela Varadan',
        '11. Inflation has fallen faster than most of us expected.',
        'I vote to keep the policy rate unchanged.',
        'Statement by Prof. Hemant Joshi',
        '13. Transmission is still incomplete. I vote for a pause.',
        '(Kavya Menon)\nChief General Manager',
      ],
      { kind: 'minutes', outlet: 'Reserve Bank of Example' },
    );
    expect(speakerOfWords(minutes, 5, 'Inflation has fallen')).toBe('Leela Varadan');
    expect(speakerOfWords(minutes, 6, 'I vote to keep')).toBe('Leela Varadan');
    expect(speakerOfWords(minutes, 8, 'Transmission is still')).toBe('Hemant Joshi');
    expect(speakerOfWords(minutes, 4, 'Statement by')).toBeUndefined();
    expect(speakerOfWords(minutes, 3, 'The MPC decided')).toBeUndefined();
    expect(speakerOfWords(minutes, 9, 'Chief General')).toBeUndefined();
  });

  it("reads a minister's oral answer as the minister's, whose office the title gives before the name, and not the question it answers", () => {
    const answer = madeUpDocument(
      [
        'Notice Paper No. 412 of 2025, For Oral Answer, Question No. 1187',
        'Name and Constituency of Member of Parliament: Mr Darren Koh Wei Ming, MP for Example GRC',
        'Question: To ask the Minister for Manpower how many heat-related injuries were reported this year.',
        'Answer',
        '1 Heat is a workplace hazard. We issued 96 composition fines this year.',
      ],
      { kind: 'parliamentary reply', outlet: 'Ministry of Manpower', author: 'Vincent Tan Jun Hao', title: 'Oral Answer by Minister of State for Manpower Vincent Tan Jun Hao to Parliamentary Questions on Heat Stress' },
    );
    expect(speakerOfWords(answer, 5, 'We issued 96')).toBe('Vincent Tan Jun Hao');
    expect(speakerOfWords(answer, 3, 'To ask the Minister')).toBeUndefined();
    expect(speakerOfWords(answer, 2, 'Name and Constituency')).toBeUndefined();
    expect(speakerOfWords(answer, 1, 'Notice Paper')).toBeUndefined();
  });

  it("gives a legislature's committee report to the committee, and its chairperson's foreword, signed in capitals under a line left for the signing, to her", () => {
    const report = madeUpDocument(
      [
        'DEPARTMENTAL COMMITTEE ON HEALTH',
        "CHAIRPERSON'S FOREWORD",
        'On behalf of the Members of the Committee, it is my pleasant duty to present this Report.',
        'I wish to thank the Petitioners for their candour.',
        'SIGNED ………………………… DATE ………………',
        'HON. (DR.) GRACE ATIENO MWANGI, MP\nCHAIRPERSON, DEPARTMENTAL COMMITTEE ON HEALTH',
        '1.1 The Petitioners averred that claims remained unpaid for more than ninety days.',
        '3.1 The Committee observed that the delays were caused by verification.',
      ],
      { kind: 'committee report', outlet: 'National Assembly of Kenya', author: 'Departmental Committee on Health' },
    );
    expect(speakerOfWords(report, 4, 'I wish to thank')).toBe('Grace Atieno Mwangi');
    expect(speakerOfWords(report, 3, 'my pleasant duty')).toBe('Grace Atieno Mwangi');
    expect(speakerOfWords(report, 5, 'SIGNED')).toBeUndefined();
    expect(speakerOfWords(report, 8, 'The Committee observed')).toBe('Departmental Committee on Health');
  });

  it("gives a body's unsigned questions and answers to the body, its questions to no one", () => {
    const qanda = madeUpDocument(
      [
        'Why is the Commission proposing new rules for products sold online?',
        'Online marketplaces have changed the way Europeans shop. Too many of these products are unsafe.',
        'What will change for consumers?',
        'Consumers will be able to rely on the same level of protection.',
        'For More Information',
        'Proposal for a Regulation on the safety of products sold through online marketplaces',
      ],
      { kind: 'questions and answers', outlet: 'European Commission' },
    );
    expect(speakerOfWords(qanda, 2, 'Too many of these')).toBe('European Commission');
    expect(speakerOfWords(qanda, 4, 'Consumers will be able')).toBe('European Commission');
    expect(speakerOfWords(qanda, 3, 'What will change')).toBeUndefined();
    expect(speakerOfWords(qanda, 6, 'Proposal for a Regulation')).toBeUndefined();
  });

  it('leaves a newsroom\'s Q&A with an interviewee to its turns, not to the outlet', () => {
    const interview = madeUpDocument(
      ['Q: Why did you resign?', 'A: Because the board would not listen.'],
      { kind: 'Q&A', outlet: 'The Daily Example', author: 'Ruth Adeyemi' },
    );
    expect(speakerOfWords(interview, 2, 'Because the board')).not.toBe('The Daily Example');
  });

  it('gives a script\'s "SOT – NAME:" clip, its name in capitals, to the person as the text names them', () => {
    const script = madeUpDocument(
      [
        'TRACK 1 (KIERAN):',
        "Last month Janet Morley's mother spent 31 hours here on a trolley.",
        'SOT – JANET MORLEY:',
        '"We\'d only just got her settled in the new flat. She was a patient."',
        'SOT – DR SUNIL BHATT:',
        '"You can build a bigger A&E."',
      ],
      { kind: 'broadcast script', outlet: 'BBC Look North', author: 'Kieran Doyle' },
    );
    expect(speakerOfWords(script, 4, 'She was a patient')).toBe('Janet Morley');
    expect(speakerOfWords(script, 6, 'You can build')).toBe('Sunil Bhatt');
  });

  it("gives a body's unsigned decision, signed at its close by one person in the first person, to the signer; the signature to no one", () => {
    const decision = madeUpDocument(
      [
        'Legally Binding Decision',
        'This complaint concerns the Provider\'s refusal to pay a claim for storm damage.',
        'I note that gusts of 141 km/h were recorded. I accept that these were storm conditions.',
        'I am not satisfied that the Provider has discharged the burden of proof.',
        'For the reasons set out above, it is my Legally Binding Decision that this complaint is upheld.',
        'EIMEAR DOYLE\nDEPUTY FINANCIAL SERVICES AND PENSIONS OMBUDSMAN',
        '11 March 2025',
      ],
      { kind: 'ombudsman decision', outlet: 'Financial Services and Pensions Ombudsman (Ireland)' },
    );
    expect(speakerOfWords(decision, 4, 'I am not satisfied')).toBe('Eimear Doyle');
    expect(speakerOfWords(decision, 2, 'This complaint concerns')).toBe('Eimear Doyle');
    expect(speakerOfWords(decision, 6, 'DEPUTY')).toBeUndefined();
  });

  it('gives a commission\'s "press statement by the Chairperson", signed by her, to her', () => {
    const statement = madeUpDocument(
      [
        'INDEPENDENT ELECTORAL AND BOUNDARIES COMMISSION',
        'PRESS STATEMENT BY THE CHAIRPERSON ON THE CONDUCT OF THE BY-ELECTION',
        'The Commission wishes to thank the voters for the peaceful manner in which they voted.',
        'Turnout was 41.2 per cent.',
        'I thank you.',
        'HALIMA W. ABDI\nCHAIRPERSON',
        '18th September 2025',
      ],
      { kind: 'press statement', outlet: 'Independent Electoral and Boundaries Commission (Kenya)' },
    );
    expect(speakerOfWords(statement, 3, 'The Commission wishes')).toBe('Halima W. Abdi');
    expect(speakerOfWords(statement, 6, 'CHAIRPERSON')).toBeUndefined();
  });

  it("leaves a body's statement written as its own finding, signed by a press officer's contact, to the body, its name without the catalogue's gloss", () => {
    const release = madeUpDocument(
      ['The Treasury published draft amendments for comment.', 'The comment period closed on 30 April 2025.', 'Media enquiries: Sipho Dlamini, 082 555 0101'],
      { kind: 'statement', outlet: 'National Treasury, Republic of South Africa' },
    );
    expect(speakerOfWords(release, 1, 'published draft')).toBe('National Treasury');
    const company = madeUpDocument(['The Company has signed a letter of intent.'], { kind: 'press release', outlet: 'Kvarnholm Energy AB (publ)' });
    expect(speakerOfWords(company, 1, 'letter of intent')).toBe('Kvarnholm Energy AB (publ)');
  });

  it("gives a feature's Q&A box's answers to the one its note says the reporter spoke to, not to someone the feature quoted before", () => {
    const feature = madeUpDocument(
      [
        '"This is about who owns the lights," said Gordon Beaulieu, the project manager.',
        'Q&A: \'We are not asking for permission\'',
        "CBC North's Dana Morin spoke to Chief Albert Zoe-Mantla of the Tlicho Bay First Nation about the project. This interview has been edited for length.",
        'Q: Why was it important for the First Nation to own the project?',
        'A: Because we have been customers for 50 years.',
        'Q: The utility says it is worried about reliability. What do you say to that?',
        'A: I understand it. But we have been ready for five years.',
        'Q: And the nine days of quiet last June?',
        'A: My wife cried.',
      ],
      { kind: 'feature', outlet: 'CBC News', author: 'Dana Morin' },
    );
    expect(speakerOfWords(feature, 5, 'customers for 50')).toBe('Albert Zoe-Mantla');
    const interview = madeUpDocument(
      ['Mayor Elena Ruiz-Bautista sat down with the Star at City Hall last week.', 'Q: How close did Tucson come?', 'A: Closer than I would like.', 'Q: Is the city doing enough on shade?', 'A: No. I will be honest about that.', 'Q: Is Tucson ready for the cuts?', 'A: We are in a better position than most.'],
      { kind: 'interview', outlet: 'Arizona Daily Star', author: 'Sam Reyes' },
    );
    expect(speakerOfWords(interview, 3, 'Closer than')).toBe('Elena Ruiz-Bautista');
  });

  it('gives a regulator\'s notice whose maker names themselves, "I, NAME, Privacy Commissioner …", to that person', () => {
    const notice = madeUpDocument(
      [
        'ENFORCEMENT NOTICE',
        'To: Harbourview Fitness Limited (the Data User)',
        '1. I, Winnie Lam Suk-yee, Privacy Commissioner for Personal Data (the Commissioner), serve this notice on the Data User.',
        '2. The Commissioner received a complaint from a member of the public.',
        '3. The Commissioner finds that the Data User contravened the Ordinance.',
      ],
      { kind: 'enforcement notice by a regulator', outlet: 'Office of the Privacy Commissioner for Personal Data, Hong Kong' },
    );
    expect(speakerOfWords(notice, 5, 'finds that')).toBe('Winnie Lam Suk-yee');
  });

  it("gives an inspectorate's report of key findings to the inspectorate, by its name without the catalogue's gloss", () => {
    const report = madeUpDocument(
      ['Key findings', 'On the night of 11 March 2025, a fire broke out in a cell.', 'The evacuation plan had not been practised.'],
      { kind: 'inspectorate report (key findings)', outlet: 'Inspectie Justitie en Veiligheid (Inspectorate of Justice and Security, Netherlands)' },
    );
    expect(speakerOfWords(report, 3, 'evacuation plan')).toBe('Inspectie Justitie en Veiligheid');
  });

  it("gives a tribunal's oral ruling to its judge, by name without the office the author line puts before it", () => {
    const ruling = madeUpDocument(
      ['This case was tried before me in Seattle on May 6 and 7, 2025.', 'I credit Ms. Ramos. The record does not bear out the Respondent\'s account.'],
      { kind: 'tribunal oral ruling (bench decision and certification)', outlet: 'National Labor Relations Board', author: 'Administrative Law Judge Miriam Hartwell' },
    );
    expect(speakerOfWords(ruling, 1, 'tried before me')).toBe('Miriam Hartwell');
    expect(speakerOfWords(ruling, 2, 'The record does not')).toBe('Miriam Hartwell');
  });

  it("reads a running order's \"INTRO (TOM):\" as the presenter's, and its \"NB:\" and a script's \"SUPER:\" as no one's", () => {
    const order = madeUpDocument(
      [
        'RN BREAKFAST | PRESENTER: Tom Callander | EP: Nadia Brooks',
        'INTRO (TOM): New figures out yesterday show construction started on 41,000 homes. Minister, good morning.',
        "NB: Minister's office says she has a hard out at 0617.",
        'TOM: Minister, is the target dead?',
        "CORRIGAN: No, it's not dead, Tom.",
        'TOM: Approvals are not homes, though, are they?',
        "CORRIGAN: They're not.",
        'SUPER: Jenny Corrigan / Housing Minister',
        'BACK ANNO (TOM): Georgia Finn reporting.',
      ],
      { kind: 'running order', outlet: 'ABC Radio National' },
    );
    expect(speakerOfWords(order, 2, 'New figures')).toBe('Tom Callander');
    expect(speakerOfWords(order, 9, 'Georgia Finn reporting')).toBe('Tom Callander');
    expect(speakerOfWords(order, 3, 'hard out')).toBeUndefined();
    expect(speakerOfWords(order, 8, 'Housing Minister')).toBeUndefined();
  });

  it("gives a running order's clips to their speakers: a label before a quotation, a clip line naming the speaker, a key grab with the speaker in brackets", () => {
    const order = madeUpDocument(
      [
        'RN BREAKFAST | PRESENTER: Tom Callander',
        'TOM: Minister, is the target dead?',
        "CORRIGAN: No, it's not dead, Tom.",
        'TOM: Approvals are not homes, though, are they?',
        "CORRIGAN: They're not.",
        'KEY GRAB for 0700 news (CORRIGAN, 0:04:12): "We are not going to hit 1.2 million homes by standing still."',
        'I am joined by Helen Arbuthnot from the Crawford School at ANU.',
        'ARBUTHNOT: "Every trial we have looked at shows output holds up."',
        'CLIP 1 – Darren Lucchese, rice and citrus grower, Griffith: "Every litre they buy out of this valley is a job."',
      ],
      { kind: 'running order', outlet: 'ABC Radio National' },
    );
    expect(speakerOfWords(order, 6, 'We are not going')).toBe('Corrigan');
    expect(speakerOfWords(order, 8, 'Every trial')).toBe('Helen Arbuthnot');
    expect(speakerOfWords(order, 9, 'Every litre')).toBe('Darren Lucchese');
  });

  it('still reads a live blog\'s heading quoting a minister, "Dutch minister: “We cannot write a blank cheque”", as no turn', () => {
    const blog = madeUpDocument(
      ['Dutch minister: "We cannot write a blank cheque"', 'The Dutch agriculture minister said the bloc could not keep paying.', 'Copa-Cogeca: "Farmers have been forgotten"', 'The farm lobby said its members were angry.'],
      { kind: 'live blog', outlet: 'The Guardian', author: 'Tomasz Wrona' },
    );
    expect(speakerOfWords(blog, 2, 'could not keep paying')).toBeUndefined();
  });

  it('names a department whose name joins two offices with "and", not its last office ("Social Care")', () => {
    const story = madeUpDocument(['"We are committed to cutting waits," the Department of Health and Social Care said.', 'The Department of Health and Social Care said it was "working with partners".']);
    expect(speakerOfWords(story, 1, 'We are committed')).toBe('Department of Health and Social Care');
    expect(speakerOfWords(story, 2, 'working with')).toBe('Department of Health and Social Care');
  });

  it("does not hand a factbox's \"Here is what delegates and observers said:\" to the next speaker's line, itself ending with a colon", () => {
    const factbox = madeUpDocument([
      'GENEVA, Aug 15 (Reuters) - Talks on a plastics treaty ended without agreement.',
      'Here is what delegates and observers said:',
      'TOMAS ECHEVERRI, CHAIR OF THE NEGOTIATING COMMITTEE, TO THE CLOSING PLENARY:',
      '"We have not reached the finish line."',
    ]);
    expect(speakerOfWords(factbox, 3, 'CHAIR OF THE')).toBeUndefined();
  });

  it('reads "32°C." as a sentence\'s end, not an initial named "C." who speaks next', () => {
    const answer = madeUpDocument(['At one shipyard the alert sounds when the heat reaches 32°C. One of the site supervisors told our inspectors, "We stop when the alert comes."']);
    expect(speakerOfWords(answer, 1, 'We stop')).not.toBe('C.');
  });

  it('reads a court report\'s "the witness said" as the one giving evidence, and an unnamed "a witness" as that witness', () => {
    const report = madeUpDocument([
      'Gerard Lawless (58) was giving evidence on the fourth day of the trial of Padraig Ennis.',
      'Mr Lawless told the prosecuting counsel that he had known the accused "for donkey\'s years".',
      '"He had always been straight with me," the witness said.',
    ]);
    expect(speakerOfWords(report, 3, 'always been straight')).toBe('Gerard Lawless');
    const story = madeUpDocument(['Police said a man was stabbed outside a bar on Friday.', 'A witness told reporters she saw two men running.', '"It was over in seconds," the witness said.']);
    expect(speakerOfWords(story, 3, 'over in seconds')).not.toBe('Gerard Lawless');
    expect(speakerOfWords(story, 3, 'over in seconds')).toMatch(/witness/i);
  });

  it("leaves a release's \"Text of …'s address\" note, its \"Posted On:\" line and a closing date line to no one", () => {
    const speech = madeUpDocument(
      ["Text of Union Minister of Jal Shakti Shri Devendra Nath Chaturvedi's address at the conference", 'Posted On: 14 OCT 2025 5:12PM by PIB Delhi', 'Namaskar. I am glad to be among the Pani Samitis today.'],
      { kind: 'speech', outlet: 'Press Information Bureau', author: 'Devendra Nath Chaturvedi' },
    );
    expect(speakerOfWords(speech, 3, 'I am glad')).toBe('Devendra Nath Chaturvedi');
    expect(speakerOfWords(speech, 1, 'Text of Union')).toBeUndefined();
    expect(speakerOfWords(speech, 2, 'Posted On')).toBeUndefined();
    const statement = madeUpDocument(['The President has approved N15bn in emergency relief.', 'Femi Ogunleye\nSpecial Adviser to the President', 'October 14, 2025'], { kind: 'statement', outlet: 'State House, Abuja', author: 'Femi Ogunleye' });
    expect(speakerOfWords(statement, 1, 'has approved')).toBe('Femi Ogunleye');
    expect(speakerOfWords(statement, 3, 'October 14')).toBeUndefined();
  });

  it("leaves a coroner's \"Cause of death:\" and \"Place of death:\" fields and a letter's \"cc:\" line to no one", () => {
    const finding = madeUpDocument(
      ['Cause of death: 1(a) Head injuries sustained in a collision', 'Place of death: The Royal Melbourne Hospital, Parkville', 'I find that the deceased died of head injuries.', 'cc: Ms Carmen Spiteri'],
      { kind: "coroner's finding", outlet: 'Coroners Court of Victoria', author: 'Coroner Sarah Whitlock' },
    );
    // (Without the byline's office since round 61, as her finding's text names her.)
    expect(speakerOfWords(finding, 3, 'I find that')).toBe('Sarah Whitlock');
    expect(speakerOfWords(finding, 1, 'Head injuries')).toBeUndefined();
    expect(speakerOfWords(finding, 2, 'Royal Melbourne')).toBeUndefined();
    expect(speakerOfWords(finding, 4, 'Carmen Spiteri')).toBeUndefined();
  });
  it("reads a factbox's speaker line in capitals with the office before the name, and not a script's \"GFX – …\" line", () => {
    const factbox = madeUpDocument([
      'GENEVA, Aug 15 (Reuters) - Talks on a plastics treaty ended without agreement.',
      'RWANDAN ENVIRONMENT MINISTER CLAUDINE MUKAMANA, SPEAKING FOR A COALITION OF MORE THAN 90 COUNTRIES:',
      '"We came here to turn off the tap."',
      'GFX – FULL-FRAME QUOTE, NORTH RIDINGS HOSPITALS NHS TRUST:',
      '"We are sorry that some patients are waiting longer."',
    ]);
    expect(speakerOfWords(factbox, 3, 'turn off the tap')).toBe('Claudine Mukamana');
    expect(speakerOfWords(factbox, 5, 'We are sorry')).not.toBe('Full-Frame Quote');
  });
});

describe('the review of round 32', () => {
  it('"Ed:"/"CAM:" are people in a transcript', () => {
    const pod = madeUpDocument(['Ed: Welcome back to the show.', 'Sarah: Thanks for having me.', 'Ed: So what happened in March?', 'Sarah: We ran out of money.'], { kind: 'podcast transcript', outlet: 'Example Pod' });
    expect(speakerOfWords(pod, 3, 'So what happened')).toBe('Ed');
  });
  it('an introduced block paragraph ending with a colon keeps its speaker', () => {
    const d = madeUpDocument(['The minister announced the plan on Monday. She said:', 'We will build 5,000 homes this year. The plan has three parts:', 'First, we will release land.']);
    expect(speakerOfWords(d, 2, 'We will build')).toBe('the minister');
  });
  it('"the witness said" is not the prosecutor / police spokesman', () => {
    const court = madeUpDocument(['Prosecutor Mark Hill told the jury the evidence against Daniel Cole was overwhelming.', '"This was a planned attack," Mr Hill said.', 'The court heard from a neighbour of the victim, who cannot be named for legal reasons.', '"He was shouting and banging on the door," the witness said.']);
    expect(speakerOfWords(court, 4, 'He was shouting')).not.toBe('Mark Hill');
    const crash = madeUpDocument(['Police spokesman John Lee said officers were still gathering evidence at the scene.', '"We are appealing for dashcam footage," Mr Lee said.', 'A woman who saw the crash from her balcony said the car was travelling fast.', '"It was terrible," the witness said.']);
    expect(speakerOfWords(crash, 4, 'It was terrible')).not.toBe('John Lee');
  });
  it('"the Department of Transport and Mayor Jane Brown" is not one department', () => {
    const d = madeUpDocument(['"We will fix the road by June," the Department of Transport and Mayor Jane Brown said in a joint statement.']);
    expect(speakerOfWords(d, 1, 'We will fix')).not.toBe('Department of Transport and Mayor Jane Brown');
  });
  it('narration after a "Statement from / Address by NAME" heading is not theirs', () => {
    const d = madeUpDocument(['Coach Mike Jones has left the club, the club announced on Tuesday.', 'Statement from Mike Jones', 'It has been the honour of my life to lead this team.', 'Jones won two league titles with the club and signed an extension in 2023.', "Assistant coach Tom Reid is expected to take charge of Saturday's game."], { kind: 'news report', outlet: 'Example Sport', author: 'Ann Reporter' });
    expect(speakerOfWords(d, 4, 'Jones won two')).toBeUndefined();
    expect(speakerOfWords(d, 5, 'Assistant coach')).toBeUndefined();
  });
  it("F6 a press officer's contact block is not the signer of a body's statement", () => {
    const st = madeUpDocument(['PRESS STATEMENT BY THE CHAIRPERSON ON THE BY-ELECTION', 'The Commission thanks voters for the peaceful conduct of the by-election.', 'For media enquiries', 'Jane Wanjiru\nCommunications Officer', 'jane.wanjiru@commission.example'], { kind: 'press statement', outlet: 'Independent Electoral and Boundaries Commission' });
    expect(speakerOfWords(st, 2, 'The Commission thanks')).not.toBe('Jane Wanjiru');
    const rel = madeUpDocument(['The Commission welcomes the statement by the President on electoral reform.', 'We will work with Parliament to implement the reforms.', 'Jane Wanjiru\nCommunications Officer'], { kind: 'press release', outlet: 'Electoral Commission' });
    expect(speakerOfWords(rel, 2, 'We will work')).toBe('Electoral Commission');
    const council = madeUpDocument(['I am pleased to announce that the Council has approved the new library.', 'I want to thank residents for their patience, said the leader.', 'Works will start in May.', 'Jane Wanjiru\nPress Officer', '020 7946 0000'], { kind: 'press release', outlet: 'Example City Council' });
    expect(speakerOfWords(council, 3, 'Works will start')).toBe('Example City Council');
  });
  it('a declaration quoted in a decision ("…reads: I, NAME, …") does not make the declarant its maker', () => {
    const dec = madeUpDocument(['Decision on the complaint against Example Bank', 'The complainant supplied a statutory declaration, which reads: I, John Patrick Doyle, of 12 High Street, Dublin, solemnly declare that I did not authorise the payment.', 'We find that the Bank acted in line with its terms.'], { kind: 'ombudsman decision', outlet: 'Financial Services Ombudsman' });
    expect(speakerOfWords(dec, 3, 'We find that')).toBe('Financial Services Ombudsman');
  });
  it("F8 an opinion's opening sentence mentioning \"the text of X's speech\" stays the columnist's", () => {
    const op = madeUpDocument(["I have read the text of the Prime Minister's speech twice, and it is hollow.", 'Nothing in it will build a single home.'], { kind: 'opinion', outlet: 'The Example Times', author: 'Jane Columnist' });
    expect(speakerOfWords(op, 1, 'it is hollow')).toBe('Jane Columnist');
  });
  it('"CLIP: Name, 10:30 presser" still names the clip', () => {
    const clip = madeUpDocument(['TOM: Good morning.', 'CLIP: Mayor Jane Doe, 10:30 presser', '"We will not close the pool."', 'TOM: Strong words.'], { kind: 'running order', outlet: 'ABC Radio National' });
    expect(speakerOfWords(clip, 3, 'We will not close')).toBe('Jane Doe');
  });
  it('speaker strings: "Mc" names and titles', () => {
    const dec = madeUpDocument(['Legally Binding Decision', 'I note that gusts of 141 km/h were recorded.', 'I am not satisfied that the Provider has discharged the burden of proof.', 'It is my Legally Binding Decision that this complaint is upheld.', 'SEAN MCDONALD\nDEPUTY OMBUDSMAN', '11 March 2025'], { kind: 'ombudsman decision', outlet: 'Financial Services and Pensions Ombudsman (Ireland)' });
    expect(speakerOfWords(dec, 3, 'I am not satisfied')).not.toBe('Sean Mcdonald');
    const d = madeUpDocument(['The prime minister spoke at the summit.', 'Address by Prime Minister Jane Doe', 'Friends, we meet at a difficult time.'], { kind: 'summit record', outlet: 'Example Summit Secretariat' });
    expect(speakerOfWords(d, 3, 'Friends, we meet')).toBe('Jane Doe');
  });

  it('passes over counsel heard putting a question before "the witness replied"', () => {
    const report = madeUpDocument([
      'Gerard Lawless (58) was giving evidence on the fourth day of the trial.',
      '"He had always been straight with me," Mr Lawless said.',
      'Under cross-examination by Fionnuala Maher SC, defending, Mr Lawless agreed he had been in difficulty.',
      '"You made this story up to save yourself, didn\'t you?" Ms Maher asked.',
      '"It\'s the truth," the witness replied.',
    ]);
    expect(speakerOfWords(report, 5, "It's the truth")).toBe('Gerard Lawless');
  });
});
