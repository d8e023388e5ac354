import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 61: offices and letters around a byline's name, bodies' reports and pages, an examination across a break", () => {
  it("gives a coroner's finding to the coroner without her office, and a minister's letter to the minister without style or letters", () => {
    const finding = markdownDocument(
      [
        '---\ntitle: "Finding into death with inquest — Mark Ellison"\noutlet: Coroners Court of Victoria\nauthor: Coroner Priya Venkatesan\nkind: coroner\'s finding (findings after inquest)\n---',
        'Mark Ellison was 61 years old when he died.',
        'I find that an opportunity was lost when his departure was not escalated.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(finding, 1, '61 years old')).toBe('Priya Venkatesan');
    expect(speakerOfWords(finding, 2, 'opportunity was lost')).toBe('Priya Venkatesan');
    const senior = markdownDocument(['---\ntitle: "Prevention of future deaths"\noutlet: Coroners\' Courts\nauthor: Senior Coroner Hamish Ortega\nkind: coroner\'s report\n---', 'I am concerned that the ward had no escalation plan.'].join('\n\n'));
    expect(speakerOfWords(senior, 1, 'I am concerned')).toBe('Hamish Ortega');
    const letter = markdownDocument(
      [
        '---\ntitle: "Ministerial response to Petition EN7001"\noutlet: Standing Committee on Petitions\nauthor: The Hon. Rebecca Tallis MP\nkind: letter (minister\'s response to a petition)\n---',
        'Thank you for your letter regarding the petition.',
        'I have asked my Department to assess the route.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letter, 2, 'asked my Department')).toBe('Rebecca Tallis');
    const rightHonourable = markdownDocument(['---\ntitle: "Foreword"\noutlet: Cabinet Office\nauthor: The Rt Hon Daniel Okafor MP\nkind: letter\n---', 'I am proud to present this plan.'].join('\n\n'));
    expect(speakerOfWords(rightHonourable, 1, 'proud to present')).toBe('Daniel Okafor');
    // (A surname left alone keeps its office: "Coroner Hale" is no given name and a surname.)
    const bare = markdownDocument(['---\ntitle: "Finding"\noutlet: Coroners Court\nauthor: Coroner Hale\nkind: coroner\'s finding\n---', 'I make the following findings.'].join('\n\n'));
    expect(speakerOfWords(bare, 1, 'following findings')).toBe('Coroner Hale');
  });

  it("gives a health board's published questions and answers to the board, its questions nobody's; not an interview's", () => {
    const page = markdownDocument(
      [
        '---\ntitle: "Questions and answers: overnight closure of the Minor Injuries Unit"\noutlet: Afon Teifi University Health Board\nkind: published questions and answers (local health board public information page)\n---',
        'From Monday the unit will close overnight for six months. We know this will be a worry.',
        '**Why is the unit closing overnight?**',
        'We currently have five of the eleven practitioners we need.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(page, 1, 'We know this will be a worry')).toBe('Afon Teifi University Health Board');
    expect(speakerOfWords(page, 3, 'five of the eleven')).toBe('Afon Teifi University Health Board');
    expect(speakerOfWords(page, 2, 'Why is the unit')).toBeUndefined();
    const interview = markdownDocument(
      ['---\ntitle: "Ten questions for the board\'s chief"\noutlet: Cambrian News\nkind: questions and answers (interview with the health board chief)\n---', 'The unit will close overnight for six months.'].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'close overnight')).toBeUndefined();
  });

  it("gives an NGO's field report, a human rights commission's inquiry report and an ombudsman's case summary to their issuers", () => {
    const field = markdownDocument(
      [
        '---\ntitle: "Field Report: Water Response, Marra District"\noutlet: Riverlight Relief\nkind: field report (NGO programme monitoring report with quoted beneficiaries)\n---',
        'Between January and March we rehabilitated 18 boreholes.',
        'This is a serious risk.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(field, 1, '18 boreholes')).toBe('Riverlight Relief');
    expect(speakerOfWords(field, 2, 'serious risk')).toBe('Riverlight Relief');
    // (A correspondent's field report stays journalism.)
    const dispatch = markdownDocument(['---\ntitle: "On the road to Marra"\noutlet: The Herald\nkind: field report (correspondent\'s dispatch)\n---', 'The boreholes have run dry.'].join('\n\n'));
    expect(speakerOfWords(dispatch, 1, 'run dry')).toBeUndefined();
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Report of the Inquiry into Restrictive Practices"\noutlet: Westmarch Human Rights Commission\nkind: human rights commission inquiry report with testimonies (extract)\n---',
        'The Commission finds that restraint is used too often.',
        'The Commission does not agree.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 1, 'restraint is used')).toBe('Westmarch Human Rights Commission');
    const statutory = markdownDocument(['---\ntitle: "Charity inquiry closes"\noutlet: Third Sector Weekly\nkind: statutory inquiry report\n---', 'The inquiry found the trustees had failed.'].join('\n\n'));
    expect(speakerOfWords(statutory, 1, 'trustees had failed')).toBeUndefined();
    const summary = markdownDocument(
      [
        '---\ntitle: "Eastfield Borough Council (24 000 111): case summary"\noutlet: Housing Ombudsman Service\nkind: ombudsman\'s case summary (decision on a complaint against a council)\n---',
        'Mrs X complained that the Council failed to deal with damp. We found fault.',
        'That was fault.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 1, 'We found fault')).toBe('Housing Ombudsman Service');
    expect(speakerOfWords(summary, 2, 'That was fault')).toBe('Housing Ombudsman Service');
  });

  it("goes on with an inquiry's examination after a break and after a panel member's question", () => {
    const day = markdownDocument(
      [
        '---\ntitle: "Transcript of Hearing — Day 9"\noutlet: Harbour Tower Inquiry\nkind: transcript (public inquiry hearing)\n---',
        'Before: Sir Colin Reade (Chair) and Dr Amara Osei (Panel Member)',
        'Counsel to the Inquiry: Ms Joanna Pryce KC',
        'MR PETER ALDOUS (affirmed)',
        'Questions by COUNSEL TO THE INQUIRY',
        'Q. Mr Aldous, what was your role?',
        'A. I was head of building safety.',
        'SIR COLIN READE: We will rise now. Please do not discuss your evidence.',
        '(11.30 am)',
        '(A short break)',
        '(11.45 am)',
        'SIR COLIN READE: Ms Pryce.',
        'Q. Mr Aldous, before the break we were looking at the survey.',
        'A. I had read it by then.',
        'MS PRYCE: Those are my questions.',
        'SIR COLIN READE: Dr Osei?',
        'DR OSEI: Just one. Did you tell the board?',
        'A. I told them we were stretched.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(day, 12, 'before the break')).toBe('Joanna Pryce');
    expect(speakerOfWords(day, 13, 'I had read it')).toBe('Peter Aldous');
    expect(speakerOfWords(day, 17, 'we were stretched')).toBe('Peter Aldous');
  });

  it('reads a letter with its stop before "The" as the end of a sentence, not an initial of a longer name', () => {
    const summary = markdownDocument(
      [
        '---\ntitle: "Case summary"\noutlet: Housing Ombudsman Service\nkind: ombudsman\'s case summary\n---',
        'There was fault which caused injustice to Mrs X. The Council has agreed to pay her £500.',
        'The Council\'s stage 1 response said: "We are sorry for the delay."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 2, 'sorry for the delay')).not.toMatch(/Mrs X/);
    // (An initial before a name's next word is still one: "J. Smith".)
    const report = markdownDocument(['---\ntitle: "Mill closes"\noutlet: The Courier\nkind: news report\n---', '"We had no choice," said J. Robert Smith, the owner.'].join('\n\n'));
    expect(speakerOfWords(report, 1, 'no choice')).toBe('J. Robert Smith');
  });

  describe('the review of round 61', () => {
    it('ends an examination at new counsel however printed, and at the next witness', () => {
      const planning = markdownDocument(
        [
          '---\ntitle: "Inquiry, day 2"\noutlet: Planning Inspectorate\nkind: transcript (planning inquiry hearing)\n---',
          'MR DAVID HOLLOWAY (sworn)',
          'Examination-in-chief by MR GREEN',
          'Q. Mr Holloway, you prepared the transport evidence?',
          'A. I did.',
          'Cross-examined by Ms Oyelaran for the council',
          'Q. Your counts were taken in August?',
        ].join('\n\n'),
      );
      expect(speakerOfWords(planning, 6, 'counts were taken')).not.toBe('Mr Green');
      const next = markdownDocument(
        [
          '---\ntitle: "Day 4"\noutlet: Harbour Bridge Inquiry\nkind: transcript (public inquiry hearing)\n---',
          'Counsel to the Inquiry: Ms Ngozi Achebe KC',
          'MR ROLAND FENWICK (sworn)',
          'Questions by COUNSEL TO THE INQUIRY',
          'Q. Mr Fenwick, you were the site manager?',
          'A. Yes, from March of that year.',
          '(The witness withdrew)',
          'MS ACHEBE: Sir, the next witness is Dr Lena Park.',
          'DR LENA PARK, affirmed',
          'Q. Dr Park, you are a structural engineer?',
          'A. I am, chartered since 2004.',
        ].join('\n\n'),
      );
      expect(speakerOfWords(next, 10, 'chartered since')).not.toBe('Roland Fenwick');
    });

    it("keeps a judgment's and a news report's exchanges to their own introductions, whatever their kind's note", () => {
      const judgment = markdownDocument(
        [
          '---\ntitle: "Whitlock v Harbour Depots"\noutlet: Employment Tribunal\nkind: judgment (full merits hearing)\n---',
          'In cross-examination by Mr Patel, the claimant gave the following evidence:',
          'Q. You never raised the rota with your manager?',
          'A. I raised it twice, in writing.',
          'Mr Colin Reade, the depot manager, was then cross-examined by Ms Sandhu, and the following exchange took place:',
          'Q. Did you read her emails?',
          'A. I do not remember any emails.',
        ].join('\n\n'),
      );
      expect(speakerOfWords(judgment, 5, 'read her emails')).toBe('Ms Sandhu');
      expect(speakerOfWords(judgment, 6, 'remember any emails')).toBe('Colin Reade');
    });

    it('keeps a surname that is a common word after an initial: "Anh T. Do"', () => {
      const story = markdownDocument(['---\ntitle: "Clinics full"\noutlet: Valley Courier\nkind: news report\n---', '"Our clinics are full every single morning," said Anh T. Do, who runs the Lotus clinic.'].join('\n\n'));
      expect(speakerOfWords(story, 1, 'clinics are full')).toBe('Anh T. Do');
    });

    it("leaves a council's public question time, a Q&A in conversation with someone and a reporter's field report out of the issuer's voice", () => {
      const questionTime = markdownDocument(
        [
          '---\ntitle: "Public questions, Full Council"\noutlet: Riverside Borough Council\nkind: public questions and answers (Full Council meeting)\n---',
          'Response from Cllr Sam Reid, Cabinet Member for Transport',
          'I share Mrs Abbott\'s concern.',
        ].join('\n\n'),
      );
      expect(speakerOfWords(questionTime, 2, 'I share')).not.toBe('Riverside Borough Council');
      const conversation = markdownDocument(['---\ntitle: "Meet our chief executive"\noutlet: Northfield Hospitals NHS Trust\nkind: Q&A (in conversation with our new chief executive)\n---', 'How much the staff care. I have never seen a ward team like it.'].join('\n\n'));
      expect(speakerOfWords(conversation, 1, 'ward team')).toBeUndefined();
      const embedded = markdownDocument(['---\ntitle: "With the convoy"\noutlet: Reuters\nauthor: Sara Ndlovu\nkind: field report (reporter embedded with an aid agency convoy)\n---', 'The convoy left at dawn.'].join('\n\n'));
      expect(speakerOfWords(embedded, 1, 'left at dawn')).toBeUndefined();
    });

    it('takes more offices and letters off a byline, and each joint author\'s', () => {
      const deputy = markdownDocument(['---\ntitle: "Inquest findings"\noutlet: Coroners Court of New South Wales\nauthor: Deputy State Coroner Annika Velasquez\nkind: coroner\'s finding\n---', 'I find that he died of hypothermia.'].join('\n\n'));
      expect(speakerOfWords(deputy, 1, 'died of hypothermia')).toBe('Annika Velasquez');
      const senator = markdownDocument(['---\ntitle: "Letter"\noutlet: Parliament House\nauthor: Senator the Hon. Catherine Marloe\nkind: letter\n---', 'I am writing about the bus.'].join('\n\n'));
      expect(speakerOfWords(senator, 1, 'writing about')).toBe('Catherine Marloe');
      const seat = markdownDocument(['---\ntitle: "Letter"\noutlet: Senedd\nauthor: Catherine Marloe MS\nkind: letter\n---', 'I am writing about the bus.'].join('\n\n'));
      expect(speakerOfWords(seat, 1, 'writing about')).toBe('Catherine Marloe');
      const joint = markdownDocument(['---\ntitle: "Letter"\noutlet: House of Commons\nauthor: The Hon. Catherine Marloe MP and Tom Reilly MP\nkind: letter\n---', 'We are writing about the bus.'].join('\n\n'));
      expect(speakerOfWords(joint, 1, 'writing about')).toBe('Catherine Marloe and Tom Reilly');
    });
  });

  it("gives a defendant's message, letter and words the judge puts to him to the defendant", () => {
    const remarks = markdownDocument(
      [
        '---\ntitle: "R v Dean Hallam: sentencing remarks"\noutlet: Courts and Tribunals Judiciary\nauthor: HHJ Miriam Cole\nkind: sentencing remarks\n---',
        'Dean Hallam, you may remain seated.',
        'At 9.14pm you sent a message to your brother which read: "Hit something on the lane. Say nothing."',
        'In interview you answered "no comment" to every question.',
        'In that letter you write: "I know sorry is not enough."',
        'You described it to the probation officer as "a bit quick".',
        'It was not a bit quick.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(remarks, 2, 'Say nothing')).toBe('Dean Hallam');
    expect(speakerOfWords(remarks, 3, 'no comment')).toBe('Dean Hallam');
    expect(speakerOfWords(remarks, 4, 'sorry is not enough')).toBe('Dean Hallam');
    expect(speakerOfWords(remarks, 5, 'a bit quick')).toBe('Dean Hallam');
    expect(speakerOfWords(remarks, 6, 'It was not')).toBe('Miriam Cole');
  });

  it("reads an office a record's roll gives in brackets after a name as that person: \"the Vice-Chancellor\", \"the Chair\"", () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Senate minutes"\noutlet: University of Westmere\nkind: minutes (university senate meeting)\n---',
        'Present: Professor Helen Ashby (Vice-Chancellor, Chair); Professor Dev Kapoor (Deputy Vice-Chancellor); Dr Ruth Lyle.',
        'The Vice-Chancellor said that she wished to be "completely candid" with Senate.',
        '"We are not in crisis," she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 2, 'completely candid')).toBe('Helen Ashby');
    expect(speakerOfWords(minutes, 3, 'not in crisis')).toBe('Helen Ashby');
    const agm = markdownDocument(
      [
        '---\ntitle: "AGM minutes"\noutlet: Redgate Minerals Limited\nkind: minutes (annual general meeting)\n---',
        'PRESENT',
        '| | |\n|---|---|\n| Directors | Owen Tandy (Non-Executive Chair); Mia Lowe (Managing Director) |\n| Company Secretary | Lachlan Bryce |',
        '2.2 The Chair said the Board had "taken full ownership" of the findings.',
        '2.3 The Company Secretary said the proxies were "in order".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agm, 3, 'taken full ownership')).toBe('Owen Tandy');
    expect(speakerOfWords(agm, 4, 'in order')).toBe('Lachlan Bryce');
    // (Two people on the roll with one office is nobody's office: "the Chair" of two committees.)
    const two = markdownDocument(
      [
        '---\ntitle: "Joint meeting"\noutlet: Westmere Council\nkind: minutes\n---',
        'Present: Cllr Anna Ruiz (Chair); Cllr Tom Hale (Chair); Cllr Ben Ode.',
        'The Chair said it was "a good day".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(two, 2, 'a good day')).not.toBe('Anna Ruiz');
    expect(speakerOfWords(two, 2, 'a good day')).not.toBe('Tom Hale');
  });

  describe('the second review of round 61', () => {
    it("reads a table's office rows only in a record with a roll, and another body's chair on the roll as no one's", () => {
      const results = markdownDocument(
        [
          '---\ntitle: "Doe wins"\noutlet: Castlemere Gazette\nauthor: Sam Lee\nkind: news report\n---',
          '| Office | Elected |\n|---|---|\n| Mayor | Jane Doe |',
          'The outgoing Mayor, Tom Cole, conceded shortly after midnight. The Mayor said: "I wish her well."',
        ].join('\n\n'),
      );
      expect(speakerOfWords(results, 2, 'I wish her well')).not.toBe('Jane Doe');
      const senate = markdownDocument(
        [
          '---\ntitle: "Senate minutes"\noutlet: University of Castlemere\nkind: minutes (university senate)\n---',
          'Present: Professor Alison Kerr (Vice-Chancellor, in the Chair); Dr Thomas Hale (Chair, Audit Committee); Dr Ruth Lyle.',
          'The Chair said: "This is a difficult budget year for all of us."',
        ].join('\n\n'),
      );
      expect(speakerOfWords(senate, 2, 'difficult budget year')).toBe('Alison Kerr');
    });

    it('leaves an office the text gives someone else too, or a chair someone else takes, to no one on the roll', () => {
      const planning = markdownDocument(
        [
          '---\ntitle: "Planning committee minutes"\noutlet: Castlemere Borough Council\nkind: minutes (planning committee)\n---',
          'Present: Councillors Ann Bell (Chair), Tom Cole (Vice-Chair), Raj Patel and Sue Grant',
          'Councillor Bell declared an interest and left the room. Councillor Cole took the chair for this item.',
          'The Chair said: "I will now take the vote."',
        ].join('\n\n'),
      );
      expect(speakerOfWords(planning, 3, 'take the vote')).not.toBe('Ann Bell');
      const report = markdownDocument(
        [
          '---\ntitle: "Files went missing, court told"\noutlet: Castlemere Gazette\nauthor: Sam Lee\nkind: news report\n---',
          'Present: Councillors Ann Bell (Chair), Tom Cole (Vice-Chair)',
          'The committee\'s current Chair, Councillor Raj Patel, also gave evidence. The Chair said: "I found the files missing."',
        ].join('\n\n'),
      );
      expect(speakerOfWords(report, 2, 'files missing')).not.toBe('Ann Bell');
    });

    it('gives the one addressed only a message they sent and words they answered with, not what they sent on or answered', () => {
      const remarks = markdownDocument(
        [
          '---\ntitle: "R v Callum Dray"\noutlet: Judiciary of England and Wales\nauthor: HH Judge Sarah Whitcombe\nkind: sentencing remarks\n---',
          'You sent him a screenshot of a message from your co-accused which read: "Get rid of the car."',
          'You posted a link to a newspaper article that said: "Police have no leads."',
          'You answered an advert on social media promising "quick cash".',
          'At 6.52pm you sent a message to a friend which read: "She won\'t be a problem."',
        ].join('\n\n'),
      );
      expect(speakerOfWords(remarks, 1, 'Get rid of the car')).not.toBe('Callum Dray');
      expect(speakerOfWords(remarks, 2, 'no leads')).not.toBe('Callum Dray');
      expect(speakerOfWords(remarks, 3, 'quick cash')).not.toBe('Callum Dray');
      expect(speakerOfWords(remarks, 4, 'a problem')).toBe('Callum Dray');
      const letter = markdownDocument(
        ['---\ntitle: "Decision"\noutlet: Local Government Ombudsman\nauthor: Ruth Mensah\nkind: decision letter (ombudsman)\n---', 'Dear Mr Castellan,', 'You replied to the Council\'s offer of "a goodwill payment of £150" by asking for more.'].join('\n\n'),
      );
      expect(speakerOfWords(letter, 2, 'goodwill payment')).not.toBe('Robert Castellan');
      const judge = markdownDocument(['---\ntitle: "R v Dray"\noutlet: Crown Court\nauthor: HH Judge Sarah Whitcombe\nkind: sentencing remarks\n---', 'I turn to the sentence.'].join('\n\n'));
      expect(speakerOfWords(judge, 1, 'I turn')).toBe('Sarah Whitcombe');
    });
  });

  it("gives a numbered section's signed foreword to its signer, and the numbered sections after it to the body", () => {
    const response = markdownDocument(
      [
        '---\ntitle: "Short-term lets: government response"\noutlet: Department for Housing and Regions\nkind: consultation response\n---',
        '## 1. Ministerial foreword',
        'Holiday lets bring visitors and jobs. I have heard from teachers and nurses who cannot find a home.',
        'Sarah Pengelly MP\nMinister for Local Growth',
        '## 2. Introduction',
        'We will introduce a national registration scheme, light-touch for hosts who follow the rules.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(response, 2, 'I have heard')).toBe('Sarah Pengelly');
    expect(speakerOfWords(response, 5, 'national registration scheme')).toBe('Department for Housing and Regions');
  });
});
