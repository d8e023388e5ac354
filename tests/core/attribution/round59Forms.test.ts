import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 59: nicknames, Irish names and titles, bodies' reports, meetings' results and Hansard's witness lines", () => {
  it('names one printed with a nickname in quotation marks by the given name and surname, however the story calls them after', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Last bannock"\noutlet: The Southern Reporter\nkind: news report\n---',
        'Baker Walter "Wattie" Anderson closed the doors of his bakery for the last time on Saturday.',
        '"I\'ve never seen anything like it," said Mr Anderson, 66.',
        'Wattie started as an apprentice at 16.',
        '"No chance," he said.',
        '*Wattie Anderson with the last tray of bannocks.*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'never seen anything')).toBe('Walter Anderson');
    expect(speakerOfWords(story, 4, 'No chance')).toBe('Walter Anderson');
    const match = markdownDocument(
      ['---\ntitle: "Final bound"\noutlet: The Oban Times\nkind: sports match report\n---', 'Loch Shiel manager Iain "Tosh" MacInnes was proud of his side.', '"We didn\'t fold," MacInnes said.'].join('\n\n'),
    );
    expect(speakerOfWords(match, 2, "didn't fold")).toBe('Iain MacInnes');
    // (An abbreviated given name before it is the name's, a senator's "Ma."; a sentence's opening word is a false title.)
    const release = markdownDocument(
      ['---\ntitle: "No more excuses"\noutlet: Senate of the Philippines\nkind: news report\n---', 'Senator Ma. Consuelo "Connie" Villarama-Sison on Tuesday gave the department a deadline.', '"It has been seven months," Villarama-Sison said.'].join('\n\n'),
    );
    expect(speakerOfWords(release, 2, 'seven months')).toBe('Ma. Consuelo Villarama-Sison');
  });

  it('keeps Irish\'s article in a body\'s name ("An Post") and reads "Fr", "Postmistress" and "PP" as a priest\'s and a keeper\'s titles', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Post office to close"\noutlet: Western People\nkind: news report\n---',
        'Postmistress Teresa Walsh, who has run the office for 37 years, is retiring.',
        'Mrs Walsh said she had never expected to be "the last one to turn the key".',
        'Parish priest Fr Liam Geraghty chaired the meeting.',
        '"A village is people," Fr Geraghty said.',
        'In a statement, An Post said it recognised "the important role" of the office.',
        '"An MP will raise it," an MP said.',
        '*Pictured: Fr Liam Geraghty PP and postmistress Teresa Walsh.*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'last one to turn')).toBe('Teresa Walsh');
    expect(speakerOfWords(story, 4, 'village is people')).toBe('Liam Geraghty');
    expect(speakerOfWords(story, 5, 'important role')).toBe('An Post');
    expect(speakerOfWords(story, 6, 'will raise it')).toBe('an MP');
  });

  it("gives an ombudsman's final report on a complaint to its author, a royal commission's interim report chapter and a committee's report to their bodies", () => {
    const ombudsman = markdownDocument(
      ['---\ntitle: "Delay in reinstating a licence"\noutlet: Office of the Transport Ombudsman\nauthor: Rosalind Achterberg\nkind: ombudsman\'s final report on an individual complaint\n---', 'Mr C held a licence for 31 years.', 'I have found that the delay was unreasonable.'].join('\n\n'),
    );
    expect(speakerOfWords(ombudsman, 2, 'I have found')).toBe('Rosalind Achterberg');
    const commission = markdownDocument(
      ['---\ntitle: "Chapter 4: Staffing at night"\noutlet: Royal Commission into Residential Care\nkind: royal commission interim report chapter\n---', '4.1.1 Of all the matters raised with us, staffing at night was the most frequent.', '4.4.1 We accept that funding is a real constraint.'].join('\n\n'),
    );
    expect(speakerOfWords(commission, 2, 'We accept')).toBe('Royal Commission into Residential Care');
    // (A report Parliament's series files, headed with the committee's name: the committee's.)
    const committee = markdownDocument(
      [
        '---\ntitle: "Report on an oversight visit"\noutlet: Parliament of the Republic, Announcements, Tablings and Committee Reports\nkind: parliamentary portfolio committee oversight report\n---',
        '**COMMITTEE REPORTS**',
        '**Report of the Portfolio Committee on Water and Sanitation on its oversight visit to Nkanyezi, dated 19 March 2025**',
        '6.1 The Committee is deeply concerned that residents have been without water for months.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(committee, 3, 'deeply concerned')).toBe('Portfolio Committee on Water and Sanitation');
    // (Not a newsroom's "news report on …".)
    const story = markdownDocument(['---\ntitle: "Water visit"\noutlet: The Witness\nkind: news report on a committee visit\n---', 'The Committee is deeply concerned, its chair said.'].join('\n\n'));
    expect(speakerOfWords(story, 1, 'deeply concerned')).toBeUndefined();
  });

  it('reads a meeting\'s "CARRIED UNANIMOUSLY" under each resolution as no speaker\'s heading: the minutes after it are nobody\'s', () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Minutes"\noutlet: Warrambool Shire Council\nkind: local council ordinary meeting minutes\n---',
        'RESOLVED 25/071 (Cr Barnes / Cr Tully)\nThat the minutes of the meeting held on 25 March 2025 be confirmed.',
        'CARRIED UNANIMOUSLY',
        'Mr Hulme, a resident of Kurrajong Road, spoke against the recommendation.',
        'RESOLVED 25/073 (Cr Ogunleye / Cr Barnes)\nThat Council defer the fourth rates instalment.',
        'CARRIED',
        'Cr Ogunleye spoke to his motion.',
        'RESOLVED 25/074 (Cr Tully / Cr Fenech)\nThat Council adopt the budget review.',
        'CARRIED UNANIMOUSLY',
        'The General Manager advised that a hardship policy already existed.',
        'RESOLVED 25/075 (Cr Barnes / Cr Tully)\nThat Council approve DA 2024/118.',
        'CARRIED',
        'A division was called.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 3, 'spoke against')).toBeUndefined();
    expect(speakerOfWords(minutes, 9, 'hardship policy')).toBeUndefined();
    expect(speakerOfWords(minutes, 12, 'division was called')).toBeUndefined();
  });

  it('names a committee Hansard\'s "Mr Halloran:" in full by its witness line "HALLORAN, Mr Neil, Chief Executive Officer, …"', () => {
    const hansard = markdownDocument(
      [
        '---\ntitle: "Reliability of regional telecommunications"\noutlet: Parliament of Australia, Committee Hansard\nkind: transcript of a Senate committee public hearing\n---',
        '**HALLORAN, Mr Neil, Chief Executive Officer, Regional Connectivity Authority**',
        '**McCRAE, Mrs Evelyn, Secretary, Central West Action Group**',
        '**CHAIR (Senator Ashworth):** I declare open this hearing. Mr Halloran, would you like to make a statement?',
        '**Mr Halloran:** Thank you, Chair. The outages were not acceptable.',
        '**Senator DELAHUNTY:** Why were they not fixed?',
        '**Mr Halloran:** That is a fair question, Senator.',
        '**CHAIR:** Welcome, Mrs McCrae.',
        '**Mrs McCrae:** Thank you. Our group surveyed 412 households.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hansard, 4, 'not acceptable')).toBe('Neil Halloran');
    expect(speakerOfWords(hansard, 8, 'surveyed 412')).toBe('Evelyn McCrae');
  });

  it("holds under the first review's made-up copy: no work's title read as a nickname, no newsroom's report an issuer's, no heading word a witness's surname", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Tickets"\noutlet: RTÉ News\nkind: news report\n---',
        'The dinner was hosted by Manchester United\'s Wayne "Wazza" Rooney and Liverpool\'s Jamie "Carra" Carragher.',
        '"It was brilliant to see the lads," Rooney said.',
        'Fans of Taylor Swift "Eras" Tour merchandise queued from 6am.',
        'Swift said she had "never seen anything like Dublin".',
        '"It is a remarkable survival," An Historian said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'brilliant to see')).toBe('Rooney');
    expect(speakerOfWords(story, 4, 'never seen anything')).toBe('Taylor Swift');
    expect(speakerOfWords(story, 5, 'remarkable survival')).toBe('an Historian');
    // (A husband's "Mr Byrne" is not his nicknamed wife's.)
    const couple = markdownDocument(['---\ntitle: "Sixty years"\noutlet: Connacht Tribune\nkind: news report\n---', 'Margaret "Peggy" Byrne opened the chip shop in 1965 with her husband.', '"We never took a holiday," Mr Byrne, 84, said.'].join('\n\n'));
    expect(speakerOfWords(couple, 2, 'never took')).toBe('Mr Byrne');
    // (A newsroom's "progress report on …" is its reporter's narration; an editorial quoting a report's title is the paper's.)
    const progress = markdownDocument(['---\ntitle: "Bypass"\noutlet: RTÉ News\nauthor: Conor Keane\nkind: progress report on the Macroom bypass\n---', 'A year after it opened, the bypass has cut journey times by 20 minutes.'].join('\n\n'));
    expect(speakerOfWords(progress, 1, 'cut journey times')).toBeUndefined();
    const editorial = markdownDocument(
      ['---\ntitle: "Overspend"\noutlet: Irish Independent\nkind: editorial\n---', 'Report of the Joint Committee on Health on the children\'s hospital overspend', 'That is the dry title of a document that should shame every minister.', 'We believe the committee has done the State some service.'].join('\n\n'),
    );
    expect(speakerOfWords(editorial, 3, 'We believe')).toBe('Irish Independent');
    // (A committee's name with a comma in it.)
    const committee = markdownDocument(
      ['---\ntitle: "Visit"\noutlet: Parliament of the Republic, Announcements, Tablings and Committee Reports\nkind: parliamentary portfolio committee oversight report\n---', 'Report of the Portfolio Committee on Trade, Industry and Competition on its oversight visit to the zone', '6.1 The Committee is deeply concerned that the zone has attracted few investors.'].join('\n\n'),
    );
    expect(speakerOfWords(committee, 2, 'deeply concerned')).toBe('Portfolio Committee on Trade, Industry and Competition');
    // (A minutes' "APOLOGIES, Ms Dianne Tully" is no witness line.)
    const minutes = markdownDocument(['---\ntitle: "Minutes"\noutlet: Shire Council\nkind: committee minutes\n---', 'APOLOGIES, Ms Dianne Tully', '"I cannot support it without the figures," Ms Tully wrote.'].join('\n\n'));
    expect(speakerOfWords(minutes, 2, 'cannot support')).toBe('Dianne Tully');
  });

  it("gives an office's statement in a results announcement to its signer over its subheadings, and an office's report appended to minutes", () => {
    const results = markdownDocument(
      [
        '---\ntitle: "Final Results"\noutlet: Corvane Group plc\nkind: regulatory announcement (RNS results statement)\n---',
        "**Chair's statement**",
        'I am pleased to report on a year of steady progress for Corvane.',
        '**Dividend**',
        'The Board is recommending a final dividend of 5.4p per share.',
        '**Outlook**',
        "The Board is confident in the Group's strategy.",
        '**Helen Margesson**',
        'Chair',
        '**Forward-looking statements**',
        'This announcement contains certain forward-looking statements.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(results, 4, 'final dividend')).toBe('Helen Margesson');
    expect(speakerOfWords(results, 3, 'Dividend')).toBeUndefined();
    expect(speakerOfWords(results, 10, 'forward-looking')).toBe('Corvane Group plc');
    // (Not past a subheading to a signature with another office under it.)
    const other = markdownDocument(
      [
        '---\ntitle: "Final Results"\noutlet: Corvane Group plc\nkind: regulatory announcement (RNS results statement)\n---',
        "**Chair's statement**",
        'I am pleased to report on a year of steady progress.',
        '**Dividend**',
        'The Board is recommending a final dividend of 5.4p per share.',
        '**Rafael Quint**',
        'Chief Executive Officer',
      ].join('\n\n'),
    );
    expect(speakerOfWords(other, 4, 'final dividend')).not.toBe('Rafael Quint');
    const minutes = markdownDocument(
      [
        '---\ntitle: "Council minutes"\noutlet: Pūrangi University Council Secretariat\nkind: minutes of a university council meeting\n---',
        'There being no further business, the Chancellor closed the meeting.',
        "**APPENDIX A: VICE-CHANCELLOR'S REPORT TO COUNCIL, JUNE 2025**",
        '*Professor Miriama Tautahi, Vice-Chancellor*',
        'Tēnā koutou katoa. This report covers the period from 12 May to 6 June 2025.',
        'I know the proposal to consolidate the School of Performing Arts has caused concern.',
        'Ngā mihi nui,\nMiriama Tautahi',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 5, 'I know the proposal')).toBe('Miriama Tautahi');
    expect(speakerOfWords(minutes, 3, 'Vice-Chancellor')).toBeUndefined();
  });

  it("holds under the second review's made-up copy: a committee chair's signature, a list of appended papers, a member's letters, capitals' labels", () => {
    const annual = markdownDocument(
      [
        '---\ntitle: "Annual Report"\noutlet: Harrowfield Homes plc\nkind: regulatory announcement (RNS results statement)\n---',
        "**Chair's statement**",
        'I am pleased to report a year of steady progress.',
        '**Dividend**',
        'The Board is recommending a final dividend of 12.1p per share.',
        '**Financial review**',
        'Revenue increased by 8% to £412.6 million.',
        '**Audit Committee report**',
        'We reviewed the key judgements made in the financial statements.',
        '**Priya Raman**',
        'Chair of the Audit Committee',
      ].join('\n\n'),
    );
    expect(speakerOfWords(annual, 4, 'final dividend')).toBe('Harrowfield Homes plc');
    // (An annual report's own chair's statement does span its subheadings.)
    const report = markdownDocument(
      ['---\ntitle: "Annual Report 2024"\noutlet: Glanbia plc\nkind: annual report\n---', "**Chairman's statement**", 'I am pleased to report a good year.', '**Dividend**', 'The Board proposes a final dividend of 20 cents.', '**Donard Gaynor**', 'Chairman', '**Operating review**', 'Revenue rose 4%.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 4, 'final dividend')).toBe('Donard Gaynor');
    expect(speakerOfWords(annual, 6, 'Revenue increased')).toBe('Harrowfield Homes plc');
    const minutes = markdownDocument(
      [
        '---\ntitle: "Council minutes"\noutlet: Pūrangi University\nkind: minutes of a university council meeting\n---',
        'The following papers were taken as read:',
        "Appendix A: Vice-Chancellor's report to Council, June 2025",
        'Appendix B: Finance and Audit Committee report',
        'The Vice-Chancellor spoke to her report. She said enrolments were up 4%.',
        'The Chancellor closed the meeting at 4.10pm.',
        'Professor Dame Aroha Ngata',
        'Chancellor',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 4, 'spoke to her report')).toBeUndefined();
    const story = markdownDocument(
      ['---\ntitle: "Donation"\noutlet: Irish Examiner\nkind: news report\n---', 'The donation from businessman John Paul "JP" McManus will fund a new wing.', '"It is a cause close to our hearts," McManus said.', 'Patrick "Paddy" Kelly TD welcomed the news.', '"It is a great day," Kelly said.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'close to our hearts')).toBe('John Paul McManus');
    expect(speakerOfWords(story, 4, 'great day')).toBe('Patrick Kelly');
    const hansard = markdownDocument(
      [
        '---\ntitle: "Hearing"\noutlet: Parliament of Australia, Committee Hansard\nkind: transcript of a Senate committee public hearing\n---',
        '**HALLORAN, Mr Neil, Chief Executive Officer, Regional Connectivity Authority**',
        '**CHAIR:** Welcome. Would you like to make an opening statement?',
        '**Mr HALLORAN:** Thank you. The outages were not acceptable.',
        '**Senator DELAHUNTY:** Why were they not fixed?',
        '**Mr HALLORAN:** That is a fair question.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hansard, 3, 'not acceptable')).toBe('Neil Halloran');
  });

  it('gives "who said" after a titled name and its role to the name, and a block quotation after "he wrote:" to him, quotation inside and all', () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Chapter 4"\noutlet: Royal Commission into Residential Care\nkind: royal commission interim report chapter\n---',
        '4.2.6 We heard similar evidence from Mr Daniel Oyelaran, a personal care worker, who said that the shift was "just run short" rather than filled.',
        '4.2.7 Mr Kevin Doyle said he lodged a complaint on 8 May. In his complaint form he wrote:',
        '> I rang the line fourteen times. Every time I was told it was "with the assessing officer". By the end I was apologising.',
        '4.2.8 We accept that funding is a real constraint.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'just run short')).toBe('Daniel Oyelaran');
    expect(speakerOfWords(report, 3, 'Every time I was told')).toBe('Kevin Doyle');
    expect(speakerOfWords(report, 3, 'By the end')).toBe('Kevin Doyle');
    // (Not a block crediting its own speaker; nor the wife of one named so, "the wife of Mr Tom Dunne, a carer, who said".)
    const embed = markdownDocument(
      ['---\ntitle: "Housing"\noutlet: TheJournal.ie\nkind: news report\n---', 'Senator Rónán Mullen shared a post on X. He wrote:', '> The minister said "we have no housing crisis". That is an insult to every family in emergency accommodation. — Lynn Ruane (@lynnruane)', 'The wife of Mr Tom Dunne, a full-time carer herself, who said the grant was "far too small", spoke at the meeting.'].join('\n\n'),
    );
    expect(speakerOfWords(embed, 2, 'insult to every family')).not.toBe('Rónán Mullen');
    expect(speakerOfWords(embed, 3, 'far too small')).not.toBe('Tom Dunne');
    // (Not a place so named: "a teacher from New York, a union member, who said".)
    const story = markdownDocument(['---\ntitle: "Dispute"\noutlet: The Examiner\nkind: news report\n---', 'The dispute was raised by a teacher from New York, a union member, who said the school was "failing".'].join('\n\n'));
    expect(speakerOfWords(story, 1, 'failing')).not.toBe('New York');
  });

  it('leaves a decision\'s "Summary of Complainant\'s Case:" to nobody, but not a speech\'s "Friends:"; and no narration after "She described feeling sick for weeks:"', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "ADJ-00051234"\noutlet: Workplace Relations Commission\nauthor: Máire Kennelly\nkind: employment adjudication decision (unfair dismissal)\n---',
        'Summary of Complainant\'s Case:',
        'The complainant stated that she had an unblemished record.',
        'Findings and Conclusions:',
        'I find that the dismissal was unfair.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'Summary')).toBeUndefined();
    expect(speakerOfWords(decision, 4, 'I find')).toBe('Máire Kennelly');
    const speech = markdownDocument(['---\ntitle: "Address"\noutlet: Dublin City Council\nauthor: Emma Blain\nkind: speech\n---', 'Friends:', 'It is a privilege to stand here tonight.'].join('\n\n'));
    expect(speakerOfWords(speech, 1, 'Friends')).toBe('Emma Blain');
    const story = markdownDocument(
      ['---\ntitle: "Long Covid"\noutlet: The Irish Times\nkind: news report\n---', 'Gráinne Walsh, a teacher, said she had not recovered. She described feeling sick for weeks:', 'Her hands shook and she could not climb the stairs. She returned to work in 2023.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Her hands shook')).toBeUndefined();
  });

  it("leaves a coroner's record's bold field labels to nobody, and reads Hansard's written answers' headings and bracketed notes", () => {
    const record = markdownDocument(
      [
        '---\ntitle: "Record of an Inquest"\noutlet: HM Coroner for North Marlshire\nauthor: Deborah Hallam\nkind: record of inquest (coroner\'s Form 2 record with written findings)\n---',
        '**The following matters were found:**',
        '**2. Medical cause of death:**',
        '1a Acute subdural haematoma',
        '**3. How, when and where the deceased came by his death:**',
        'Mr Keeling was admitted to Ward 7 on 9 October 2024. The bed alarm was not switched on.',
        '**Helen Margesson, Chair, said:**',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 2, 'Medical cause')).toBeUndefined();
    expect(speakerOfWords(record, 1, 'following matters')).toBeUndefined();
    expect(speakerOfWords(record, 5, 'bed alarm')).toBe('Deborah Hallam');
    const answers = markdownDocument(
      [
        '---\ntitle: "Written Answers"\noutlet: Hansard\nkind: parliamentary written questions and answers (Hansard written answers)\n---',
        '### Hospitals: Car Parking',
        '**Dr Martin Esterhuizen** (Castlemoor North) (Con): To ask the Secretary of State, how many NHS trusts charge staff for car parking.',
        '**Kieran Marsh** [holding answer 13 March 2025]: I will answer questions 38290 and 38291 together.',
        'Car parking on NHS sites is a matter for individual trusts.',
        '## Education',
        '### Free School Meals: Registration',
        '**Owain Pritchard-Lloyd** (Glanmor) (Lab): To ask the Secretary of State for Education, whether she plans automatic enrolment.',
        '**Sarah Bellweather:** I refer the hon. Member to the answer I gave on 4 March.',
        '**Kieran Marsh:** We have no plans to replace that guidance.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(answers, 3, 'I will answer')).toBe('Kieran Marsh');
    expect(speakerOfWords(answers, 4, 'Car parking on NHS')).toBe('Kieran Marsh');
    expect(speakerOfWords(answers, 5, 'Education')).toBeUndefined();
    expect(speakerOfWords(answers, 6, 'Registration')).toBeUndefined();
  });

  it("holds under the fourth review's made-up copy: a transcript's topic headings, a block writer's own \"I told him\", possessive labels, a newsletter", () => {
    const conference = markdownDocument(
      [
        '---\ntitle: "Press conference"\noutlet: Department of Enterprise\nkind: transcript of a press conference\n---',
        '**Simon Harris:** Good afternoon, everyone, and thank you for coming.',
        '### Trade: US Tariffs',
        'The announcement from Washington is deeply regrettable.',
        '### Pharmaceuticals: Investment',
        'The pharmaceutical sector employs 50,000 people here.',
        '**Journalist (RTÉ):** Tánaiste, will there be job losses?',
        "**Simon Harris:** I won't speculate on that.",
        '**Journalist (Irish Independent):** Is a stimulus package ready?',
        '**Simon Harris:** We have fiscal space.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(conference, 3, 'deeply regrettable')).toBe('Simon Harris');
    const story = markdownDocument(
      ['---\ntitle: "Waiting"\noutlet: Irish Examiner\nkind: news report\n---', 'Joe Kirwan, 71, waited two years for a diagnosis. He wrote:', '> My GP said it was arthritis. I told him "it\'s not arthritis, I can\'t lift my arm". Nobody listened.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, "it's not arthritis")).toBe('Joe Kirwan');
    const decision = markdownDocument(
      ['---\ntitle: "Decision"\noutlet: Workplace Relations Commission\nauthor: Kevin Baneham\nkind: adjudication decision\n---', "President's Response:", 'The respondent denied the claim.', 'Summary of Testimony:', 'I find the complaint well founded.'].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'Response')).toBeUndefined();
    const testimony = markdownDocument(['---\ntitle: "Testimony"\noutlet: Oireachtas Committee\nauthor: Mary Lynch\nkind: testimony\n---', 'Summary of Testimony:', 'I thank the committee for the invitation.'].join('\n\n'));
    expect(speakerOfWords(testimony, 1, 'Summary')).toBeUndefined();
    const newsletter = markdownDocument(
      ['---\ntitle: "Spring Newsletter"\noutlet: Ballyhale GAA Club\nkind: club newsletter\n---', "**Chair's message**", 'It has been a busy winter at the club and I want to thank every volunteer.', '**Lotto**', 'The lotto jackpot now stands at €9,400.', '**Pat Dunphy**', 'Chair'].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 4, 'lotto jackpot')).not.toBe('Pat Dunphy');
  });
});
