import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 60: lectures as delivered, a release's contacts, repeated turn labels", () => {
  it('gives an annual lecture filed as delivered to its lecturer, its heading block and the publisher\'s note nobody\'s', () => {
    const lecture = markdownDocument(
      [
        '---\ntitle: "The 2025 Aldous Lecture"\noutlet: Halvorsen Museum of Maritime History\nauthor: Professor Ifeoma Carrington-Vale\nkind: annual lecture (text as delivered)\n---',
        '**HALVORSEN MUSEUM OF MARITIME HISTORY**',
        '**The Aldous Lecture 2025**',
        '**The Keepers\' Books**',
        '**Professor Ifeoma Carrington-Vale**\n*Delivered in the Great Hall, Halifax, 9 October 2025*',
        '*The text below is as delivered. Notes have been added for publication.*',
        '---',
        'Thank you all for coming out tonight. I should begin by confessing that I did not set out to study lighthouse keepers.',
        'There are 412 of those logbooks in this building.',
        'Thank you.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(lecture, 7, 'I did not set out')).toBe('Ifeoma Carrington-Vale');
    expect(speakerOfWords(lecture, 8, '412 of those logbooks')).toBe('Ifeoma Carrington-Vale');
    expect(speakerOfWords(lecture, 4, 'Delivered in the Great Hall')).toBeUndefined();
    expect(speakerOfWords(lecture, 5, 'Notes have been added')).toBeUndefined();
    // (Journalism about a lecture stays journalism: its narration nobody's.)
    const report = markdownDocument(
      ['---\ntitle: "Keepers remembered"\noutlet: The Chronicle Herald\nauthor: Sam Reid\nkind: report on lecture\n---', 'Professor Ifeoma Carrington-Vale spoke about lighthouse logs on Thursday.', 'There are 412 logbooks in the museum.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, '412 logbooks')).toBeUndefined();
  });

  it('reads "Contact:" alone over a ministry\'s communications office as a release\'s back matter, and "Quick Facts:" as no one', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Rural ambulance stations to add crews"\noutlet: Ministry of Health\nkind: press release\n---',
        'The province is adding 48 full-time paramedic positions in four rural communities.',
        '"Going full-time means I can plan my life," said Kieran Moss, a paramedic.',
        'Quick Facts:',
        '- BCEHS responds to more than 650,000 calls a year across the province.',
        'A backgrounder follows.',
        'Contact:',
        'Ministry of Health\nCommunications\n250 952-1887 (media line)',
        'Connect with the Province at: news.example/connect',
        '---',
        '**BACKGROUNDER**',
        '**Salmo**',
        'A new two-bay station will replace the current leased space.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 1, '48 full-time')).toBe('Ministry of Health');
    expect(speakerOfWords(release, 4, '650,000 calls')).toBe('Ministry of Health');
    expect(speakerOfWords(release, 7, 'Ministry of Health')).toBeUndefined();
    expect(speakerOfWords(release, 7, 'media line')).toBeUndefined();
    expect(speakerOfWords(release, 12, 'two-bay station')).toBe('Ministry of Health');
  });

  it("gives an earnings call's third turn to the officer its repeated label names", () => {
    const call = markdownDocument(
      [
        '---\ntitle: "Q3 2025 earnings call"\noutlet: Example Corp\nkind: earnings call transcript\n---',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Thank you. Revenue rose 4% in the quarter.',
        '**Anna Berg — Analyst, Nordbank**',
        'What about margins?',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Margins held at 12%, as we guided.',
        '**Anna Berg — Analyst, Nordbank**',
        'And costs?',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Costs fell slightly.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(call, 6, 'Margins held')).toBe('Tobias Renner');
    expect(speakerOfWords(call, 10, 'Costs fell')).toBe('Tobias Renner');
  });

  it("completes a briefing's label in capitals by the full name its title gives after that same title", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by Administrator Carla Mendez-Whitaker on the Lock and Dam 19 Barge Allision"\noutlet: Federal Inland Waterways Safety Administration\nkind: press briefing transcript\n---',
        'MS. HOLLOWAY: Good afternoon. I\'m Janelle Holloway, director of public affairs. The Administrator will take questions after her statement.',
        'Administrator.',
        'ADMINISTRATOR MENDEZ-WHITAKER: Thanks, Janelle. Good afternoon.',
        'The lock remains closed to all traffic.',
        'MS. HOLLOWAY: First question.',
        'Q: Will the lock open this week?',
        'ADMINISTRATOR MENDEZ-WHITAKER: No. The delay is physics.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 3, 'Thanks, Janelle')).toBe('Carla Mendez-Whitaker');
    expect(speakerOfWords(briefing, 4, 'lock remains closed')).toBe('Carla Mendez-Whitaker');
    expect(speakerOfWords(briefing, 7, 'delay is physics')).toBe('Carla Mendez-Whitaker');
  });

  it("gives an open letter five sign to its signers by name, each without the titles its byline prints", () => {
    const letter = markdownDocument(
      [
        '---\ntitle: "An Open Letter to the Leaders of the Meridian Group"\noutlet: Coalition for Child Nutrition Now\nauthor: Amara Ndiaye-Brooks, Henrik Solvang, Beatriz Quiroga-Lamm, Rev. Samuel Adeyemi-Hart, Dr. Leila Farouk-Jansen\nkind: open letter signed by NGO leaders\n---',
        'Excellencies,',
        'We write to you as the leaders of five organisations that treat more than two million children a year.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letter, 2, 'We write to you')).toBe('Amara Ndiaye-Brooks, Henrik Solvang, Beatriz Quiroga-Lamm, Samuel Adeyemi-Hart, Leila Farouk-Jansen');
  });

  it("answers a Q&A with bold questions by the one its standfirst names with a nickname in single marks, not a steel orchestra", () => {
    const interview = markdownDocument(
      [
        `---\ntitle: "'The pan yard is the last village we have'"\noutlet: Trinidad and Tobago Guardian\nauthor: Marissa Ramkissoon\nkind: interview\n---`,
        "Veteran arranger Dexter 'Skippy' Alleyne on losing his band's Belmont yard and why he still believes in the young players",
        'MARISSA RAMKISSOON',
        'For more than three decades, Dexter Alleyne has been the man with his back to the audience. As arranger for the Belmont-based Starlift Invaders Steel Orchestra, he has taken the band to 11 Panorama finals.',
        'Alleyne, 63, known to everyone in Belmont as "Skippy", sat with the Sunday Guardian in the half-dismantled yard.',
        '**How did the band find out it had to leave?**',
        'A letter. A lawyer\'s letter, pushed under the gate on a Saturday morning.',
        '**Where will you go?**',
        'That is the question I can\'t answer you.',
        '**Why is Panorama so hard on small bands?**',
        'Because the big bands get the big money.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 6, "A lawyer's letter")).toBe('Dexter Alleyne');
    expect(speakerOfWords(interview, 8, "can't answer you")).toBe('Dexter Alleyne');
  });

  it("gives an ombudsman's final decision on a complaint, a charity regulator's statutory inquiry report and a police force's misconduct outcome notice to their issuers", () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Tarnworth Borough Council (24 011 873)"\noutlet: Housing and Local Services Ombudsman\nkind: ombudsman\'s final decision on a complaint\n---',
        '**Summary:** Ms X complained the Council failed to consider medical evidence. We found fault causing injustice.',
        '3. I have investigated Ms X\'s complaint about the Council\'s handling of her housing application.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'We found fault')).toBe('Housing and Local Services Ombudsman');
    expect(speakerOfWords(decision, 2, 'I have investigated')).toBe('Housing and Local Services Ombudsman');
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Inquiry report: Marlow Fen Community Boat Trust"\noutlet: Charity Standards Commission for England and Wales\nkind: charity regulator\'s statutory inquiry report\n---',
        'The Commission opened a statutory inquiry into the charity on 19 June 2023.',
        'The trustees failed to keep adequate records.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 2, 'failed to keep')).toBe('Charity Standards Commission for England and Wales');
    const outcome = markdownDocument(
      [
        '---\ntitle: "Misconduct hearing outcome: PC Daniel Fearon"\noutlet: Severnvale Police\nkind: police misconduct hearing outcome notice\n---',
        'The panel found all of the allegations proven.',
        'PC Fearon was dismissed without notice with effect from 4 June 2025.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(outcome, 2, 'dismissed without notice')).toBe('Severnvale Police');
    // (A newsroom's story of a decision stays journalism.)
    const story = markdownDocument(
      ['---\ntitle: "Council at fault, ombudsman finds"\noutlet: Tarnworth Echo\nkind: news report on an ombudsman decision\n---', 'The council failed a mother whose son has asthma.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'failed a mother')).toBeUndefined();
  });

  it("gives a coroner's findings of fact and record of an inquest to the coroner, its numbered form's fields nobody's", () => {
    const record = markdownDocument(
      [
        '---\ntitle: "Inquest touching the death of Ronald Peter Ashworth: findings and record of inquest"\noutlet: HM Coroner for the Area of West Marlshire\nauthor: Helen Marchbank\nkind: coroner\'s findings of fact and record of an inquest\n---',
        '2. I heard this inquest without a jury over three days.',
        '**1. Name of the deceased (if known):** Ronald Peter Ashworth',
        '**4. Conclusion of the coroner as to the death:** Accident.',
        '(a) Date and place of birth: 14 February 1951, Brackenford',
        '21. Mr Wrona gave a short witness statement. He told me: "It was dark."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 1, 'I heard this inquest')).toBe('Helen Marchbank');
    expect(speakerOfWords(record, 2, 'Ronald Peter Ashworth')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Accident.')).toBeUndefined();
    expect(speakerOfWords(record, 4, '14 February 1951')).toBeUndefined();
    expect(speakerOfWords(record, 5, 'gave a short witness statement')).toBe('Helen Marchbank');
  });

  it('reads a committee witness\'s label "(As an Individual)" as hers, and a hospital\'s serious incident review report as the trust\'s', () => {
    const evidence = markdownDocument(
      [
        '---\ntitle: "Evidence: Rural intercity bus service"\noutlet: House of Commons of Canada\nkind: parliamentary committee evidence (transcript)\n---',
        '**The Chair (Mr. Daniel Ouellet (Saint-Laurent-Est, Lib.)):** I call this meeting to order. Mr. Tessier, the floor is yours.',
        '**Mr. Armand Tessier (As an Individual):** Thank you, Mr. Chair.',
        'I was mayor of Lac-Brûlé for eleven years.',
        '**Ms. Harriet Kwan (President, Northern Coach Operators Association):** Thank you.',
        'Our association is asking for three things.',
        '**The Chair:** Thank you, Ms. Kwan.',
        '**Mr. Glen Whitford (Cariboo—Fraser Canyon, CPC):** Mr. Tessier, did your municipality ever approach the province?',
        '**Mr. Armand Tessier:** Twice. We were told to wait.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(evidence, 2, 'Thank you, Mr. Chair')).toBe('Armand Tessier');
    expect(speakerOfWords(evidence, 3, 'mayor of Lac-Brûlé')).toBe('Armand Tessier');
    expect(speakerOfWords(evidence, 5, 'three things')).toBe('Harriet Kwan');
    const report = markdownDocument(
      [
        '---\ntitle: "Serious Incident Investigation Report: Ward 7B"\noutlet: Calderbrook Hospitals NHS Foundation Trust\nkind: hospital serious incident review report\n---',
        '1.2 The investigation found that the delay in escalation was not the act of any one person.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'investigation found')).toBe('Calderbrook Hospitals NHS Foundation Trust');
  });
});

describe('the review of round 60', () => {
  it("keeps numbered points with a colon their writer's: an opinion's, an ombudsman's; only a coroner's record's form fields nobody's", () => {
    const opinion = markdownDocument(
      ['---\ntitle: "Three fixes for the high street"\noutlet: Brackenford Echo\nauthor: Ann Kettering\nkind: opinion\n---', 'The council has three easy wins.', '1. Parking: free for the first hour, every day of the week'].join('\n\n'),
    );
    expect(speakerOfWords(opinion, 2, 'free for the first hour')).toBe('Ann Kettering');
    const decision = markdownDocument(
      ['---\ntitle: "Brackenford Council (24 000 111)"\noutlet: Housing and Local Services Ombudsman\nkind: ombudsman\'s final decision on a complaint about a council\n---', '1. Our decision: fault causing injustice.', '2. I have investigated the complaint.'].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'fault causing injustice')).toBe('Housing and Local Services Ombudsman');
    expect(speakerOfWords(decision, 2, 'I have investigated')).toBe('Housing and Local Services Ombudsman');
    const record = markdownDocument(
      ['---\ntitle: "Record of inquest"\noutlet: HM Coroner for Ellis\nauthor: Helen Marsh\nkind: record of inquest\n---', 'I find that Mr Ashworth fell from the quay wall.', '(1) Date and place of birth: 14 February 1951, Brackenford', 'Box 4 Conclusion of the coroner as to the death: Accident.'].join('\n\n'),
    );
    expect(speakerOfWords(record, 1, 'I find that')).toBe('Helen Marsh');
    expect(speakerOfWords(record, 2, '14 February 1951')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Accident.')).toBeUndefined();
  });

  it("keeps a lecture's own prologue ruled off its lecturer's, and a lecture's news report or listing journalism", () => {
    const lecture = markdownDocument(
      [
        '---\ntitle: "The Sea at the Door"\noutlet: Brackenford Museum\nauthor: Malcolm Dunstan\nkind: lecture\n---',
        '## Prologue: the night of the surge',
        'In January 1953 the sea came over the wall at Brackenford at a quarter to midnight.',
        'Thirty-one people died in the lower town, most of them in their beds.',
        'By morning the harbour was full of furniture.',
        '---',
        'I first heard about the surge from my grandmother.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(lecture, 2, 'the sea came over the wall')).toBe('Malcolm Dunstan');
    const report = markdownDocument(
      ['---\ntitle: "Lecture recalls the 1953 surge"\noutlet: Brackenford Echo\nauthor: Hannah Greaves\nkind: annual lecture (news report)\n---', 'The lecture was introduced by the museum\'s director, Ruth Okafor.', 'About 200 people attended.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'About 200 people')).toBeUndefined();
    const listing = markdownDocument(
      ['---\ntitle: "Public lecture: The Sea at the Door"\noutlet: University of Brackenford\nauthor: Events Office\nkind: public lecture (event listing)\n---', 'The lecture is free but booking is essential.'].join('\n\n'),
    );
    expect(speakerOfWords(listing, 1, 'booking is essential')).toBeUndefined();
  });

  it('reads "Key Dates:" and "Learn More:" as a release\'s list headings, introducing no one', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Community paramedics expand"\noutlet: Ministry of Health\nkind: news release\n---',
        'The community paramedicine program will expand to 30 more communities.',
        'Key Dates:',
        '- Recruitment opens on June 1, 2025.',
        'Learn More:',
        '- Visit the ministry website for the full list of communities.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'Recruitment opens')).toBe('Ministry of Health');
    expect(speakerOfWords(release, 5, 'Visit the ministry website')).toBe('Ministry of Health');
  });

  it("reads the genres' near variants as their issuers', not a trade weekly's report so filed", () => {
    const gross = markdownDocument(['---\ntitle: "Outcome: PC Hale"\noutlet: Northshire Police\nkind: gross misconduct hearing outcome notice\n---', 'The officer was dismissed without notice.'].join('\n\n'));
    expect(speakerOfWords(gross, 1, 'dismissed without notice')).toBe('Northshire Police');
    const commission = markdownDocument(['---\ntitle: "Inquiry report: Ellis Rowing Club"\noutlet: Charity Commission for England and Wales\nkind: Charity Commission statutory inquiry report\n---', 'We found that the trustees failed to manage conflicts of interest.'].join('\n\n'));
    expect(speakerOfWords(commission, 1, 'We found')).toBe('Charity Commission for England and Wales');
    const weekly = markdownDocument(['---\ntitle: "Regulator criticises rowing club trustees"\noutlet: Third Sector Weekly\nauthor: Sam Reid\nkind: statutory inquiry report\n---', 'The trustees failed to manage conflicts of interest, the regulator found.'].join('\n\n'));
    expect(speakerOfWords(weekly, 1, 'failed to manage')).toBeUndefined();
  });

  it("completes a label by the title's office before the name, with the agency's letters before it or a courtesy title after it", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by EPA Administrator Carla Mendez-Whitaker on Drinking Water Standards"\noutlet: Public Agency\nkind: press briefing transcript\n---',
        'MS. HOLLOWAY: Good afternoon. The Administrator will speak first.',
        'ADMINISTRATOR MENDEZ-WHITAKER: Good morning. We are tightening the limits for six chemicals.',
        'MS. HOLLOWAY: We will take questions now.',
        'Q: When will the limits apply?',
        'ADMINISTRATOR MENDEZ-WHITAKER: In January.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 2, 'tightening the limits')).toBe('Carla Mendez-Whitaker');
    expect(speakerOfWords(briefing, 5, 'In January')).toBe('Carla Mendez-Whitaker');
  });
});

describe('the second review of round 60', () => {
  it("keeps a speech whose note says how it was published its speaker's, and a speech's given-at note nobody's", () => {
    for (const kind of ['lecture (transcript)', 'sermon (audio transcript)', 'keynote (event transcript)', 'lecture (published in the Society\'s Proceedings)']) {
      const speech = markdownDocument([`---\ntitle: "The Sea at the Door"\noutlet: Brackenford Museum\nauthor: Malcolm Dunstan\nkind: ${kind}\n---`, 'I first heard about the surge from my grandmother.'].join('\n\n'));
      expect(speakerOfWords(speech, 1, 'I first heard')).toBe('Malcolm Dunstan');
    }
    const remarks = markdownDocument(
      [
        '---\ntitle: "Leader\'s remarks to the council"\noutlet: Brackenford City Council\nauthor: Priya Lal\nkind: speech\n---',
        '**Leader\'s remarks**',
        '**Councillor Priya Lal**',
        '*Remarks prepared for delivery. The Leader may depart from the text.*',
        '---',
        'Colleagues, this is a budget for the long term.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(remarks, 3, 'may depart from the text')).toBeUndefined();
    expect(speakerOfWords(remarks, 5, 'budget for the long term')).toBe('Priya Lal');
  });

  it("reads a planning decision notice's and a fatal accident inquiry's numbered fields as nobody's, and Councillor Jasper More's words as his", () => {
    const notice = markdownDocument(
      ['---\ntitle: "Decision notice 25/0114"\noutlet: Brackenford City Council\nkind: planning decision notice\n---', '1. Site address: 12 High Street, Brackenford BK1 2AB', 'The council grants permission subject to the conditions below.'].join('\n\n'),
    );
    expect(speakerOfWords(notice, 1, '12 High Street')).toBeUndefined();
    const inquiry = markdownDocument(
      ['---\ntitle: "Determination: Ross Kerr"\noutlet: Scottish Courts and Tribunals Service\nauthor: Sheriff Morag Dunn\nkind: fatal accident inquiry determination\n---', '(a) When and where the death occurred: 14 March 2023 at HMP Brackenford', 'I find that the death might have been avoided.'].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 1, '14 March 2023')).toBeUndefined();
    const release = markdownDocument(
      ['---\ntitle: "Market hall to reopen"\noutlet: Brackenford City Council\nkind: press release\n---', 'The market hall will reopen in March.', 'Councillor Jasper More:', '"This is a great day for the town centre."', 'Key Facts for Parents:', '- Meals will be served from noon.'].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'great day')).toBe('Jasper More');
    expect(speakerOfWords(release, 5, 'Meals will be served')).toBe('Brackenford City Council');
  });

  it("reads a charity regulator's annual report and an NHS patient safety incident investigation report as their issuers'", () => {
    const annual = markdownDocument(['---\ntitle: "Annual report 2024"\noutlet: Charity Regulator\nkind: charity regulator\'s annual report\n---', 'We opened 41 inquiries this year.'].join('\n\n'));
    expect(speakerOfWords(annual, 1, 'We opened')).toBe('Charity Regulator');
    const psii = markdownDocument(['---\ntitle: "PSII report: Ward 4"\noutlet: Brackenford NHS Foundation Trust\nkind: patient safety incident investigation report\n---', 'The investigation found that observations were not escalated.'].join('\n\n'));
    expect(speakerOfWords(psii, 1, 'investigation found')).toBe('Brackenford NHS Foundation Trust');
  });

  it("completes a label by the office before \"of\" in the title, and reads \"(Appearing as an Individual)\" as a witness's", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Remarks by Secretary of Transportation Ravi Menon on Rail Safety"\noutlet: Department of Transportation\nkind: press briefing transcript\n---',
        'MS. HOLLOWAY: Good afternoon. The Secretary will speak first.',
        'SECRETARY MENON: Good morning. We are tightening the rules for freight trains.',
        'MS. HOLLOWAY: Questions.',
        'Q: When?',
        'SECRETARY MENON: In January.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 2, 'tightening the rules')).toBe('Ravi Menon');
    const evidence = markdownDocument(
      [
        '---\ntitle: "Evidence"\noutlet: House of Commons of Canada\nkind: parliamentary committee evidence (transcript)\n---',
        '**The Chair (Mr. Daniel Ouellet (Saint-Laurent-Est, Lib.)):** Mr. Tessier, the floor is yours.',
        '**Mr. Armand Tessier (Appearing as an Individual):** Thank you, Mr. Chair.',
        'I was mayor of Lac-Brûlé for eleven years.',
        '**The Chair:** Thank you.',
        '**Mr. Glen Whitford (Cariboo—Fraser Canyon, CPC):** Mr. Tessier, did you approach the province?',
        '**Mr. Armand Tessier:** Twice.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(evidence, 3, 'mayor of Lac-Brûlé')).toBe('Armand Tessier');
  });
});

