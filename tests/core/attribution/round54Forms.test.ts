import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 54: a committee's and trustees' reports, signed notes, an inquiry's answers and its chair", () => {
  it("gives a select committee's report and a charity trustees' annual report to the body that issues them", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Village pharmacies"\noutlet: House of Lords Rural Affairs Committee\nkind: select committee report\n---',
        '## Summary',
        'One in five rural pharmacies has closed or cut its hours since 2019. We make eleven recommendations.',
        'The chief executive of the Rural Dispensing Network, Darren Whitby, was blunter. "We are managing decline," he told us.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'We make eleven')).toBe('House of Lords Rural Affairs Committee');
    expect(speakerOfWords(report, 3, 'We are managing decline')).toBe('Darren Whitby');
    const trustees = markdownDocument(
      [
        '---\ntitle: "Trustees\' annual report 2024/25"\noutlet: The Lantern Trust\nkind: charity trustees\' annual report\n---',
        '## Objectives and activities',
        "The Trust's charitable objects are to relieve the need of young people in the Calder Valley.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(trustees, 2, 'charitable objects')).toBe('The Lantern Trust');
  });

  it("gives a newsletter's signed note to its signer beside a student's bylined report, and a note two sign to both", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "College newsletter, Term 3"\noutlet: Kurrajong Ridge Secondary College\nkind: newsletter\n---',
        '## From the Principal',
        'Dear families,',
        'What a fortnight it has been. I was reminded once again why I love this job.',
        'A reminder that conferences are on Wednesday 3 September.',
        'Warm regards,',
        'Ms Anh Nguyen-Hartley\nPrincipal',
        '## Sport Report',
        '*By Ruby Castellanos, Year 10 student reporter*',
        "Our senior girls' futsal team are Eastern Region champions!",
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'What a fortnight')).toBe('Anh Nguyen-Hartley');
    expect(speakerOfWords(newsletter, 4, 'A reminder that')).toBe('Anh Nguyen-Hartley');
    expect(speakerOfWords(newsletter, 9, 'futsal team')).toBe('Ruby Castellanos');
    const manifesto = markdownDocument(
      [
        '---\ntitle: "A Fair Share of the Future: Foreword"\noutlet: Green Left Alliance\nkind: manifesto foreword\n---',
        '## Foreword',
        'Over the past year we have travelled the length of the country.',
        'This manifesto makes a different choice.',
        'Maren Solberg and Kwame Asante-Doyle\nCo-leaders, Green Left Alliance',
      ].join('\n\n'),
    );
    expect(speakerOfWords(manifesto, 2, 'Over the past year')).toBe('Maren Solberg and Kwame Asante-Doyle');
    expect(speakerOfWords(manifesto, 3, 'a different choice')).toBe('Maren Solberg and Kwame Asante-Doyle');
    expect(speakerOfWords(manifesto, 4, 'Maren Solberg')).toBeUndefined();
  });

  it("gives an inquiry's answers to the witness sworn in when they open on counsel's labelled question, and THE CHAIR to the chair its header names", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "The Elmsworth Tower Inquiry, Day 47"\noutlet: The Elmsworth Tower Inquiry\nkind: transcript\n---',
        'THE ELMSWORTH TOWER INQUIRY',
        'Chair: Sir Anthony Wrexham\nPanel member: Professor Leona Achterberg',
        'Counsel to the Inquiry: Ms Funmilayo Adeyemi KC',
        'THE CHAIR: Good morning, everyone. Yes, Ms Adeyemi.',
        'MS ADEYEMI: Good morning, Chair. The next witness is Mr Roland Fenwick.',
        'MR ROLAND PETER FENWICK (affirmed)',
        'Questions by COUNSEL TO THE INQUIRY',
        'MS ADEYEMI: Mr Fenwick, thank you for coming. Please could you give us your full name?',
        'A. Roland Peter Fenwick.',
        'Q. You have made a witness statement. Are its contents true?',
        'A. They are, yes.',
        'THE CHAIR: Take your time, Mr Fenwick.',
        'A. Thank you, sir.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'Good morning, everyone')).toBe('Anthony Wrexham');
    expect(speakerOfWords(transcript, 9, 'Roland Peter Fenwick.')).toBe('Roland Peter Fenwick');
    expect(speakerOfWords(transcript, 10, 'Are its contents true')).toBe('Funmilayo Adeyemi');
    expect(speakerOfWords(transcript, 11, 'They are, yes')).toBe('Roland Peter Fenwick');
    expect(speakerOfWords(transcript, 12, 'Take your time')).toBe('Anthony Wrexham');
    expect(speakerOfWords(transcript, 13, 'Thank you, sir')).toBe('Roland Peter Fenwick');
  });

  it("reads a police rank's initials before a surname in a label, leaves a call's participants' lists to nobody, and gives an interview's outlet initials to its bylined reporter", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press conference: fatal collision"\noutlet: Mercian Vale Police\nkind: press conference transcript\n---',
        'On the panel:\n- Assistant Chief Constable Fiona Blackwood (ACC)\n- Detective Superintendent Mark Royle, Senior Investigating Officer (DSU)',
        'Chaired by: Lucy Hammond, Head of Corporate Communications',
        '**LUCY HAMMOND:** Good morning, everyone. ACC Blackwood will open.',
        '**ACC BLACKWOOD:** Thank you, Lucy. Ellie died at the scene.',
        '**DSU ROYLE:** Thank you, ma\'am. We believe the vehicle is a dark hatchback.',
        '**LUCY HAMMOND:** Questions, please.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 4, 'Ellie died')).toBe('Fiona Blackwood');
    expect(speakerOfWords(briefing, 5, 'dark hatchback')).toBe('Mark Royle');
    const call = markdownDocument(
      [
        '---\ntitle: "Q2 2025 earnings call"\noutlet: Halvorsen Logistics, Inc.\nkind: earnings call transcript\n---',
        '**Company Participants**',
        'Megan Albright – Vice President, Investor Relations\nTobias Reinholt – President and Chief Executive Officer\nPriya Venkataraman – Chief Financial Officer',
        '**Conference Call Participants**',
        'Jordan Whitfield – Carrow Securities',
        '**Presentation**',
        '**Megan Albright**',
        'Thank you, operator, and good morning, everyone.',
        '**Tobias Reinholt**',
        'Thanks, Megan. Revenue was up 6%.',
        '**Megan Albright**',
        'Operator, we can take questions.',
        '**Tobias Reinholt**',
        'We renewed 94% of contracts.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(call, 2, 'Tobias Reinholt')).toBeUndefined();
    expect(speakerOfWords(call, 4, 'Carrow Securities')).toBeUndefined();
    expect(speakerOfWords(call, 9, 'Revenue was up')).toBe('Tobias Reinholt');
    const interview = markdownDocument(
      [
        '---\ntitle: "INTERVIEW: We cannot keep importing what our farmers can grow"\noutlet: Premium Times\nauthor: Hauwa Bello-Ikenna\nkind: interview\n---',
        'In this interview with PREMIUM TIMES, Senator Ibrahim Musa Dogonyaro speaks on food inflation. Excerpts:',
        'PT: Food inflation is still above 30 per cent. Has the waiver helped?',
        'Dogonyaro: It helped the importers.',
        'PT: Will the bill pass?',
        'Dogonyaro: It will pass.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 2, 'Has the waiver helped')).toBe('Hauwa Bello-Ikenna');
    expect(speakerOfWords(interview, 3, 'It helped the importers')).toBe('Ibrahim Musa Dogonyaro');
  });

  it('reads a standing epithet, a traditional ruler\'s title and "the CEO" as the one just named', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Traders count losses after Ladipo fire"\noutlet: Punch\nkind: news report\n---',
        'Another trader, Mrs Ngozi Eze-Ubah, who deals in brake pads, said she lost goods worth about N4.5m.',
        '"Everything is ashes. My children are in school," the mother of four said.',
        'The Chairman of the association, Alhaji Lateef Adebowale-Bakare, said losses could exceed N500m.',
        '"This is the third fire in this market in five years," the septuagenarian said.',
        'The Baale of Oluwaseun community, Chief Rasaki Olowookere, appealed to the traders to remain calm.',
        '"Let nobody take the law into his own hands," the monarch said.',
        'At a media briefing, group CEO Rajiv Persad-Maharaj was more direct about the foreign exchange situation.',
        '"Guyana is not a side bet for us any more," the CEO said.',
        'A woman who sells pepper at the gate was crying. "We have lost everything," the mother of four said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Everything is ashes')).toBe('Ngozi Eze-Ubah');
    expect(speakerOfWords(story, 4, 'the third fire')).toBe('Lateef Adebowale-Bakare');
    expect(speakerOfWords(story, 6, 'Let nobody take')).toBe('Rasaki Olowookere');
    expect(speakerOfWords(story, 8, 'not a side bet')).toBe('Rajiv Persad-Maharaj');
    expect(speakerOfWords(story, 9, 'We have lost everything')).toBe('the mother of four');
  });

  it("keeps the first batch's rules to what they read (the review of round 54)", () => {
    // (An FAQ's question as a heading before "A." and "Q." lines is no examination, whatever its introduction says of engineers.)
    const release = markdownDocument(
      [
        '---\ntitle: "Skerton Bridge to close for six months"\noutlet: Lancaster City Council\nkind: press release\n---',
        'Skerton Bridge will close from 7 April. The bridge was examined by engineers from Halcrow Jones in January.',
        'Why does the bridge need to close?',
        'A. Engineers found corrosion in two of the steel bearings.',
        'Q. What diversion will be in place?',
        'A. Traffic will be diverted via Greyhound Bridge.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'Engineers found corrosion')).toBe('Lancaster City Council');
    expect(speakerOfWords(release, 4, 'What diversion')).toBe('Lancaster City Council');
    // (A foreword one person signs with a role holding "and"; a sign-off whose second line opens with "and".)
    const foreword = markdownDocument(
      [
        '---\ntitle: "Annual report 2024"\noutlet: Northfield Housing Association\nkind: annual report\n---',
        '## Foreword',
        'This has been a hard year for our tenants, and I want to thank our staff.',
        'Dr Helen Marsh-Oyelaran, Chair of Audit and Risk',
        '## Our homes',
        'We own 4,200 homes across the district.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(foreword, 2, 'a hard year')).toBe('Helen Marsh-Oyelaran');
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Christmas newsletter"\noutlet: St Anne\'s Primary School\nkind: newsletter\n---',
        '## From the Headteacher',
        'What a term it has been. I wish every family a restful Christmas.',
        'Mrs Joanna Pike\nand all the staff at St Anne\'s',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'a restful Christmas')).toBe('Joanna Pike');
    // (The outlet's initials are the paper's where no one person bylines the interview.)
    const interview = markdownDocument(
      [
        '---\ntitle: "INTERVIEW: NIMC boss on the enrolment backlog"\noutlet: Premium Times\nauthor: Agency Report\nkind: interview\n---',
        'PT: How many Nigerians are still waiting for their NIN?',
        'Coker: About four million.',
        'PT: When will the backlog be cleared?',
        'Coker: By June.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'still waiting')).toBe('Premium Times');
    // ("Chair: Derek Hollis" over a witness panel, who speaks as "MR HOLLIS:", is not the hearing's chair.)
    const hearing = markdownDocument(
      [
        '---\ntitle: "Public hearing: patient voices panel"\noutlet: Riverside Hospital Inquiry\nkind: inquiry transcript\n---',
        "Panel 2: Northfield Patients' Association\nChair: Derek Hollis\nSecretary: Ann Lee-Barker",
        'THE CHAIR: Welcome to you both. Mr Hollis, would you start?',
        'MR HOLLIS: Thank you. Our members first raised concerns in 2017.',
        'MS LEE-BARKER: We wrote to the trust three times.',
        'THE CHAIR: Thank you. We will come back to those letters.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 2, 'would you start')).not.toBe('Derek Hollis');
    expect(speakerOfWords(hearing, 3, 'first raised concerns')).toBe('Derek Hollis');
    // (A publisher's name in a label, "DC THOMSON:", is no detective constable.)
    const briefing = markdownDocument(
      [
        '---\ntitle: "Briefing: the new tram plan"\noutlet: Dundee City Council\nkind: press conference transcript\n---',
        'Speakers: Professor Alan Thomson, transport adviser; Councillor Mark Flynn.',
        'PROFESSOR THOMSON: The line can open by 2029.',
        'DC THOMSON: Professor Thomson, is that realistic?',
        'PROFESSOR THOMSON: It is, with the funding in place.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 3, 'is that realistic')).not.toBe('Alan Thomson');
    // ("the executive" an unnamed bidder, not the one printed "CEO Sizwe Ngcobo"; "the CEO" is him.)
    const story = markdownDocument(
      [
        '---\ntitle: "Rail access bids"\noutlet: Business Day\nkind: news report\n---',
        'TRIM CEO Sizwe Ngcobo said the process had been fair.',
        '"We will publish the scores," the CEO said.',
        'One bidder that was not allocated a slot, speaking on condition of anonymity, said the process had been opaque.',
        '"Nobody could tell us what that meant," the executive said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'publish the scores')).toBe('Sizwe Ngcobo');
    expect(speakerOfWords(story, 4, 'Nobody could tell us')).not.toBe('Sizwe Ngcobo');
  });

  it("gives what \"you\" said to the one addressed: an Australian sentence's offender, an FOI requester's request quoted whole", () => {
    const remarks = markdownDocument(
      [
        '---\ntitle: "DPP v Cavanagh [2025] VCC 1442"\noutlet: County Court of Victoria\nauthor: Miriam Castellano\nkind: sentencing remarks\n---',
        'IN THE COUNTY COURT OF VICTORIA AT MELBOURNE',
        '**DIRECTOR OF PUBLIC PROSECUTIONS**',
        'v',
        '**DECLAN JAMES CAVANAGH**',
        'HER HONOUR:',
        'Asked why you had not stopped, you said: "I panicked."',
        'You wrote a letter to the court, which I have read. In it you say: "I think about that every single day." You also wrote, "I know I don\'t get to ask for anything."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(remarks, 6, 'I panicked')).toBe('Declan James Cavanagh');
    expect(speakerOfWords(remarks, 7, 'every single day')).toBe('Declan James Cavanagh');
    expect(speakerOfWords(remarks, 7, 'get to ask for anything')).toBe('Declan James Cavanagh');
    expect(speakerOfWords(remarks, 7, 'which I have read')).toBe('Miriam Castellano');
    const response = markdownDocument(
      [
        '---\ntitle: "FOI-2025-0412"\noutlet: Severnside University Hospitals NHS Foundation Trust\nauthor: Karen Whitlow\nkind: Freedom of Information response letter\n---',
        'Mr Dominic Hale\nBy email only',
        'Dear Mr Hale,',
        'Thank you for your request, received on 24 March 2025, in which you asked:',
        '“How much did the Trust spend on agency nursing staff in 2024/25?”',
        'On 28 March you clarified your request as follows: “I am not asking about individual nurses.”',
        'The Trust spent £14.2 million.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(response, 4, 'How much did the Trust spend')).toBe('Dominic Hale');
    expect(speakerOfWords(response, 5, 'not asking about individual nurses')).toBe('Dominic Hale');
    expect(speakerOfWords(response, 6, 'The Trust spent')).toBe('Karen Whitlow');
  });

  it("keeps the later batches' rules to what they read (the second review of round 54)", () => {
    // (A standing epithet only for one it can be: not a man for "the mother of four", nor a prime minister for "the monarch";
    // an age's decade the one the story gives that age, not the detective who speaks after her.)
    const story = markdownDocument(
      [
        '---\ntitle: "Fire guts Lagos market"\noutlet: Punch\nkind: news report\n---',
        'One of the traders, Mrs Ngozi Eze-Ubah, said she lost goods worth N15m.',
        'The spokesperson for the Lagos State Fire Service, Mr Amodu Shakiru, said the fire started from an electrical fault.',
        '"Everything I have worked for is gone," the mother of four said.',
        'Mr Starmer briefed King Charles on the floods at Sandringham.',
        '"It has been a difficult winter," the monarch said.',
        'Burglars tied up 84-year-old Mary Brown in her home. Detective Sergeant John Smith said officers were keen to hear from witnesses.',
        '"I thought I was going to die," the octogenarian said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'Everything I have worked for')).not.toBe('Amodu Shakiru');
    expect(speakerOfWords(story, 5, 'a difficult winter')).not.toBe('Keir Starmer');
    expect(speakerOfWords(story, 5, 'a difficult winter')).not.toBe('Starmer');
    expect(speakerOfWords(story, 7, 'going to die')).toBe('Mary Brown');
    // ("Oba" and "Ohene" are surnames too.)
    const column = markdownDocument(
      [
        '---\ntitle: "Media code"\noutlet: Graphic Online\nkind: news report\n---',
        'Veteran journalist Elizabeth Ohene welcomed the code.',
        '"We cannot continue to publish rumours as news," Ohene said.',
        'Trader Olumide Oba said sales had collapsed. "I have not sold anything since Friday," Oba said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(column, 2, 'publish rumours')).toBe('Elizabeth Ohene');
    expect(speakerOfWords(column, 3, 'not sold anything')).toBe('Olumide Oba');
    // (A precedent cited in the remarks' opening is no defendant; another's asking or calling ends "you said".)
    const remarks = markdownDocument(
      [
        '---\ntitle: "DPP v Lee [2025] VCC 412"\noutlet: County Court of Victoria\nauthor: Paul Dunstan\nkind: sentencing remarks\n---',
        'Mr Lee, you have pleaded guilty to recklessly causing injury.',
        'I have applied the principles in R v Verdins (2007) 16 VR 269.',
        'In your record of interview you said, "I just lost it."',
        'You said nothing when the arresting officer asked:',
        '"Is the knife yours?"',
        'You complained to your probation officer that the hostel staff had called you "a waste of space".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(remarks, 3, 'I just lost it')).not.toBe('Verdins');
    expect(speakerOfWords(remarks, 5, 'Is the knife yours')).not.toBe('Lee');
    expect(speakerOfWords(remarks, 6, 'a waste of space')).not.toBe('Lee');
    // ("the CEO" is not a former or a rival company's CEO.)
    const bank = markdownDocument(
      [
        '---\ntitle: "Bank pay row"\noutlet: The Guardian\nkind: news report\n---',
        "Harbour Bank's pay has risen every year since former CEO Daniel Pryce's final year.",
        '"The bank has had a record year," the CEO said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bank, 2, 'a record year')).not.toBe('Daniel Pryce');
  });
});
