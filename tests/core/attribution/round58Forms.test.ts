import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 58: bodies' reports and notices, prefiled testimony, bylines' offices, hearings' chairs, judgments' opinions and closing layout", () => {
  it('gives an accident investigation report with a gloss, a humanitarian situation report and a regulator\'s enforcement notice their issuers\' voice', () => {
    const kinds = ['accident investigation report (final report quoting witnesses and recorders)', 'humanitarian situation report issued by a UN agency', 'parliamentary select committee report (with oral and written evidence quoted)', "regulator's enforcement notice"];
    for (const kind of kinds) {
      const report = markdownDocument([`---\ntitle: "Findings"\noutlet: Coastal Safety Board\nkind: ${kind}\n---`, 'The vessel left harbour at 0612 with four crew aboard.', 'The board considers that the watch was not properly kept.'].join('\n\n'));
      expect(speakerOfWords(report, 2, 'watch was not properly kept'), kind).toBe('Coastal Safety Board');
    }
    // (Not a newsroom's story with a gloss, nor a bare "parliamentary report".)
    for (const kind of ['situation report (correspondent\'s story)', 'parliamentary report']) {
      const story = markdownDocument([`---\ntitle: "Findings"\noutlet: Coastal Safety Board\nkind: ${kind}\n---`, 'The vessel left harbour at 0612 with four crew aboard.', 'The board considers that the watch was not properly kept.'].join('\n\n'));
      expect(speakerOfWords(story, 2, 'watch was not properly kept'), kind).toBeUndefined();
    }
  });

  it("gives a witness's prefiled testimony, questions and answers, to its author, not to a colleague an answer names", () => {
    const testimony = markdownDocument(
      [
        '---\ntitle: "Direct Testimony of Harold P. Vance"\noutlet: Lakeshore Water Company\nauthor: Harold P. Vance\nkind: prefiled direct testimony (question-and-answer)\n---',
        '**Q. What is the purpose of your testimony?**',
        'A. My testimony explains the Company\'s request. Witness Ruth Ellery addresses the cost of capital, and witness Sam Oduya addresses depreciation.',
        '**II. THE REQUEST**',
        '**Q. What is the Company requesting?**',
        'A. The Company requests an increase of 6.2 percent in annual revenues.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(testimony, 5, 'increase of 6.2 percent')).toBe('Harold P. Vance');
  });

  it("takes an office off a byline's full name (\"Justice Miriam K. Saltonstall\", \"Mayor Rosalind Okereke-Dunn\") but keeps a judge's office over a surname alone", () => {
    const opinion = (author: string) => markdownDocument([`---\ntitle: "State v. Quill"\noutlet: Supreme Court of the State of Arden\nauthor: ${author}\nkind: state supreme court opinion\n---`, 'We granted review to decide whether the search was lawful.', 'We hold that it was.'].join('\n\n'));
    expect(speakerOfWords(opinion('Justice Teresa M. Quarrington'), 2, 'We hold')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion('Mayor Delia Fontaine-Ruiz'), 2, 'We hold')).toBe('Delia Fontaine-Ruiz');
    expect(speakerOfWords(opinion('Mrs Justice Hartley'), 2, 'We hold')).toBe('Mrs Justice Hartley');
  });

  it('names a House hearing\'s "Mr. THACKERAY." in full by the record\'s "Hon. … (chairman of the subcommittee) presiding"', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Oversight of the Harbor Dredging Program"\noutlet: U.S. House of Representatives\nkind: congressional committee hearing transcript\n---',
        'The subcommittee met, pursuant to notice, at 10:00 a.m., in room 2167, Rayburn House Office Building, Hon. Walter J. Brisco (chairman of the subcommittee) presiding.',
        'Present: Representatives Brisco, Alvarez, Pratt and Lindqvist.',
        'Mr. BRISCO. The subcommittee will come to order. Today we look at the dredging program.',
        'Ms. ALVAREZ. Thank you, Mr. Chairman. I yield back.',
        'Mr. BRISCO. I thank the gentlewoman. Ms. Pratt, you are recognized for five minutes.',
        'Ms. PRATT. Thank you. The program has dredged eleven harbors.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 3, 'come to order')).toBe('Walter J. Brisco');
  });

  it('reads "Hon" as a title: a minister\'s release headed "Hon Aroha Pene" gives her quotations, and "Ms Pene", to Aroha Pene', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "New funding for river restoration"\noutlet: New Zealand Government\nauthor: Aroha Pene\nkind: ministerial press statement\n---',
        '**Hon Aroha Pene**\n**Minister of Conservation**',
        'The Government is investing $12 million in the Ōtaki river, Conservation Minister Aroha Pene announced today.',
        '“Rivers are the veins of our land,” Aroha Pene said.',
        'The Minister spoke at the river mouth alongside local iwi.',
        '“This is work the community started itself,” Ms Pene said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'veins of our land')).toBe('Aroha Pene');
    expect(speakerOfWords(release, 5, 'community started')).toBe('Aroha Pene');
  });

  it("leaves a notice's closing signature and the issuer's footer after it to nobody", () => {
    const notice = markdownDocument(
      [
        '---\ntitle: "Notice No. 3: Buoy works"\noutlet: Port of Tarrow Harbour Authority\nauthor: Eilidh M. Rowan\nkind: notice to mariners\n---',
        '1. Mariners are advised that buoy maintenance will take place in the outer channel from 4 May.',
        '2. Vessels should keep clear of the work boat.',
        'Dated this 1st day of May 2025',
        'Captain Eilidh M. Rowan\nHarbour Master\nPort of Tarrow Harbour Authority',
        'Harbour Office, Quay Street, Tarrow TR4 1AB. Port Control: VHF Channel 14. Tel: 01632 960 123.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notice, 2, 'keep clear')).toBe('Eilidh M. Rowan');
    expect(speakerOfWords(notice, 4, 'Harbour Master')).toBeUndefined();
    expect(speakerOfWords(notice, 5, 'Quay Street')).toBeUndefined();
  });

  it("leaves a report's footnotes, its name over two lines and its signature field to nobody; a speaker's first-person note stays theirs", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Ferries to the islands"\noutlet: House of Commons Islands and Shipping Committee\nkind: parliamentary select committee report\n---',
        'House of Commons\nIslands and Shipping Committee',
        'Ferry services to the islands have become less reliable.[^1] We heard that vessels are old.',
        'Signed: ..............................',
        '[^1]: Written evidence from the Island Councils Forum (IFS0012)',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'Islands and Shipping')).toBeUndefined();
    expect(speakerOfWords(report, 2, 'vessels are old')).toBe('House of Commons Islands and Shipping Committee');
    expect(speakerOfWords(report, 3, 'Signed')).toBeUndefined();
    expect(speakerOfWords(report, 4, 'Written evidence')).toBeUndefined();
    const speech = markdownDocument(['---\ntitle: "The last mile"\noutlet: Bank of Arden\nauthor: Petra Nowell\nkind: speech\n---', 'Inflation is falling, and we must finish the job.', '[^1]: I am grateful to my colleagues for their help.', '[^2]: Arden Statistics Office, March release.'].join('\n\n'));
    expect(speakerOfWords(speech, 2, 'grateful')).toBe('Petra Nowell');
    expect(speakerOfWords(speech, 3, 'Statistics Office')).toBeUndefined();
  });

  it("gives a dissent under \"JUSTICE HOLLOWAY, dissenting.\" to that judge and leaves an opinion's caption, counsel and syllabus to nobody", () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "State v. Marlow"\noutlet: Supreme Court of the State of Arden\nauthor: Justice Teresa M. Quarrington\nkind: state supreme court opinion (majority and dissent)\n---',
        'STATE OF ARDEN, Respondent,\nv.\nPAUL MARLOW, Petitioner.',
        'On review from the Court of Appeals. Affirmed.',
        'Jo Ennis, Deputy Public Defender, for petitioner.\nLee Park, Assistant Attorney General, for respondent.',
        'QUARRINGTON, J., delivered the opinion of the Court. FENWICK, J., filed a dissenting opinion.',
        'JUSTICE QUARRINGTON, opinion of the Court.',
        'We hold that the consent was voluntary.',
        'JUSTICE FENWICK, dissenting.',
        'I would hold that the petitioner was seized again. I respectfully dissent.',
      ].join('\n\n'),
    );
    for (const [n, words] of [[1, 'STATE OF ARDEN'], [2, 'On review'], [3, 'for petitioner'], [4, 'delivered the opinion'], [5, 'opinion of the Court'], [7, 'dissenting']] as const) expect(speakerOfWords(opinion, n, words), words).toBeUndefined();
    expect(speakerOfWords(opinion, 6, 'consent was voluntary')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion, 8, 'seized again')).toBe('Fenwick');
  });

  it('reads a heading in capitals with a possessive, "CHIEF EXECUTIVE\'S MANAGEMENT REPORT", as no person, so "he said" after "The Chief Executive" is the one named so', () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Minutes of the Ordinary Meeting"\noutlet: Kilcarrow County Council\nkind: minutes of a county council meeting\n---',
        'Mr Ruairí Dalton, Chief Executive, attended the meeting.',
        'CHIEF EXECUTIVE\'S MANAGEMENT REPORT',
        'The Chief Executive responded that he understood the frustration of Members. He said the Executive would "not give a date we cannot stand over".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 3, 'not give a date')).toBe('Ruairí Dalton');
  });

  it("leaves a speech's embargo lines, an essay's figure captions, a filing's caption, its questions and its typed signature, and a court's quoted signature and style of cause to nobody", () => {
    const speech = markdownDocument(['---\ntitle: "Address to conference"\noutlet: Harbour Workers\' Union\nauthor: Nadia Osei\nkind: speech\n---', 'Address by Nadia Osei, General Secretary', 'Embargoed until 11:00. Check against delivery.', 'Conference, thank you. We organised four new sites this year.'].join('\n\n'));
    expect(speakerOfWords(speech, 2, 'Embargoed')).toBeUndefined();
    expect(speakerOfWords(speech, 3, 'four new sites')).toBe('Nadia Osei');
    const essay = markdownDocument(['---\ntitle: "The estuary painters"\noutlet: Wendmouth Museum of Art\nauthor: Cara Lindqvist\nkind: exhibition catalogue essay\n---', 'The painters of the estuary worked in mud as much as in paint.', 'Fig. 3. Ama Boateng, Low Tide, 1981. Estuary mud on cotton. Courtesy of the artist.', 'Their work was shown once, in 1983, and then forgotten.'].join('\n\n'));
    expect(speakerOfWords(essay, 2, 'Low Tide')).toBeUndefined();
    expect(speakerOfWords(essay, 3, 'then forgotten')).toBe('Cara Lindqvist');
    const testimony = markdownDocument(
      [
        '---\ntitle: "Direct Testimony of Harold P. Vance"\noutlet: Lakeshore Water Company\nauthor: Harold P. Vance\nkind: prefiled direct testimony (question-and-answer)\n---',
        'BEFORE THE PUBLIC SERVICE COMMISSION',
        'In the Matter of the Application of Lakeshore Water Company for Authority to Increase Rates',
        '**Q. What is the purpose of your testimony?**',
        'A. My testimony explains the Company\'s request.',
        '/s/ Harold P. Vance\nSubscribed and sworn before me this 2nd day of May, 2025.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(testimony, 2, 'In the Matter')).toBeUndefined();
    expect(speakerOfWords(testimony, 3, 'purpose of your testimony')).toBeUndefined();
    expect(speakerOfWords(testimony, 4, 'explains')).toBe('Harold P. Vance');
    expect(speakerOfWords(testimony, 5, 'Subscribed')).toBeUndefined();
    const judgment = markdownDocument(['---\ntitle: "Tessier Bay Fisheries Ltd. v. Canada"\noutlet: Federal Court of Canada\nauthor: Claire Dubé-Hart\nkind: court decision (judgment and reasons)\n---', 'The application is allowed. The decision is set aside.', '"Claire Dubé-Hart"', 'STYLE OF CAUSE: TESSIER BAY FISHERIES LTD. v. ATTORNEY GENERAL OF CANADA'].join('\n\n'));
    expect(speakerOfWords(judgment, 1, 'set aside')).toBe('Claire Dubé-Hart');
    expect(speakerOfWords(judgment, 2, 'Dubé-Hart')).toBeUndefined();
    expect(speakerOfWords(judgment, 3, 'STYLE OF CAUSE')).toBeUndefined();
  });

  it("reads a dissent joined by another judge, keeps a judge's surname from a party's, and leaves a newsroom's story and a judgment's subheading on a court below alone (the review of round 58)", () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "Kellogg Township v. Lee"\noutlet: Supreme Court of the State of Arden\nauthor: Justice Teresa M. Quarrington\nkind: state supreme court opinion\n---',
        'JUSTICE QUARRINGTON, opinion of the Court.',
        'Kellogg Township fired its clerk, Terrence Lee. On appeal from the judgment, the township argued that he had no protection. We affirm.',
        'JUSTICE PÉREZ, with whom JUSTICE LEE joins, dissenting.',
        'I would reverse.',
        'JUSTICE LEE, dissenting.',
        'I respectfully dissent.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(opinion, 2, 'On appeal from the judgment')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion, 4, 'I would reverse')).toBe('Pérez');
    expect(speakerOfWords(opinion, 6, 'respectfully dissent')).toBe('Lee');
    const story = markdownDocument(['---\ntitle: "Court upholds ban"\noutlet: The Arden Courier\nkind: news report on supreme court decision\n---', 'The state supreme court upheld the ban on Friday.', 'Justice Holloway, dissenting.', 'The ban takes effect on January 1.'].join('\n\n'));
    expect(speakerOfWords(story, 3, 'takes effect')).toBeUndefined();
    const reasons = markdownDocument(
      ['---\ntitle: "R. v. Dunn"\noutlet: Supreme Court of Canada\nauthor: Andromache Karas\nkind: judgment\n---', 'The Court of Appeal dismissed the appeal.', 'Justice Martin, dissenting.', 'I agree with Martin J.A. I would allow the appeal.'].join('\n\n'),
    );
    expect(speakerOfWords(reasons, 3, 'I would allow')).toBe('Andromache Karas');
  });

  it("keeps a reporter's testimony excerpt, a newsroom's accident report and a byline's given name \"Justice\" as they were, and \"Stephen Hon\" a surname (the review of round 58)", () => {
    const excerpt = markdownDocument(
      ['---\ntitle: "What the nurse told the inquiry"\noutlet: The Courier\nauthor: Dana Whitfield\nkind: testimony excerpt\n---', 'Helen Marsh, a ward nurse, gave evidence on Tuesday. In examination by counsel to the inquiry, she said:', 'Q. How many nurses were on shift?', 'A. Two, for thirty patients.'].join('\n\n'),
    );
    expect(speakerOfWords(excerpt, 3, 'thirty patients')).not.toBe('Dana Whitfield');
    const report = markdownDocument(['---\ntitle: "Bus crash findings"\noutlet: Kellsmouth Echo\nkind: accident investigation report (as reported by the Echo\'s transport desk)\n---', 'The investigators found that the brakes had failed.', 'We asked the operator for comment.'].join('\n\n'));
    expect(speakerOfWords(report, 2, 'We asked the operator')).toBeUndefined();
    const column = markdownDocument(['---\ntitle: "Teach the teachers"\noutlet: Daily Graphic\nauthor: Justice Kwame Agyeman\nkind: opinion column\n---', 'Our schools need more trained teachers.', 'Justice Kwame Agyeman is a teacher in Kumasi.'].join('\n\n'));
    expect(speakerOfWords(column, 1, 'trained teachers')).toBe('Justice Kwame Agyeman');
    expect(speakerOfWords(column, 2, 'is a teacher')).toBeUndefined();
    const story = markdownDocument(['---\ntitle: "Harbourfront sale"\noutlet: The Standard\nkind: news report\n---', 'Harbourfront Holdings sold the site on Monday.', '"We are proud of the deal," said Stephen Hon, the company\'s spokesman.'].join('\n\n'));
    expect(speakerOfWords(story, 2, 'proud of the deal')).toBe('Stephen Hon');
  });

  it('reads "Its chair, Councillor Moira Fenwick, described the position bluntly:" as handing over to her block quotation', () => {
    const report = markdownDocument(
      ['---\ntitle: "Rural buses"\noutlet: House of Commons Transport Committee\nkind: parliamentary select committee report\n---', 'The Association told us that its members had withdrawn 400 routes. Its chair, Councillor Joan Pryce, described the position bluntly:', '> We are not managing decline any more. We are choosing which villages lose their last bus.', 'We agree.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'managing decline')).toBe('Joan Pryce');
    expect(speakerOfWords(report, 3, 'We agree')).toBe('House of Commons Transport Committee');
  });

  it("leaves a proclamation's signature rules and its council's \"IN WITNESS WHEREOF, we …\" to nobody, a governor's \"I have hereunto set my hand\" to her", () => {
    const council = markdownDocument(
      ['---\ntitle: "Proclamation"\noutlet: City Council of Port Ellis\nkind: city council proclamation\n---', 'WHEREAS, the library has served the city for a century; NOW, THEREFORE, BE IT PROCLAIMED that May 4 shall be Library Day.', '**IN WITNESS WHEREOF,** we have hereunto set our hands this fourth day of May, 2025.', '_______________________________\nTheresa Lund, Mayor'].join('\n\n'),
    );
    expect(speakerOfWords(council, 1, 'Library Day')).toBe('City Council of Port Ellis');
    expect(speakerOfWords(council, 2, 'hereunto')).toBeUndefined();
    expect(speakerOfWords(council, 3, 'Theresa Lund')).toBeUndefined();
    const governor = markdownDocument(
      ['---\ntitle: "Proclamation"\noutlet: Office of the Governor\nauthor: Harriet J. Vale\nkind: governor\'s proclamation\n---', 'NOW, THEREFORE, I, Harriet J. Vale, Governor, do hereby proclaim May 4 as Library Day.', 'IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of May, 2025.'].join('\n\n'),
    );
    expect(speakerOfWords(governor, 2, 'hereunto')).toBe('Harriet J. Vale');
  });

  it("keeps a writer's own paragraphs opening \"Embargoed …\", \"Figure 1:\" or \"In the Matter of …\" theirs (the second review of round 58)", () => {
    const blog = markdownDocument(
      ['---\ntitle: "Pay"\noutlet: Raman on Economics\nauthor: Priya Raman\nkind: blog\n---', 'Real pay is falling again.', 'Figure 1: real weekly pay since 2008. I think that is the most damning chart I have drawn.', 'Embargoed data, leaked drafts and rumours will tempt you. Ignore them.', 'In the Matter of Quinlan, decided when I was a student, taught me to read carefully.'].join('\n\n'),
    );
    expect(speakerOfWords(blog, 2, 'most damning chart')).toBe('Priya Raman');
    expect(speakerOfWords(blog, 3, 'will tempt you')).toBe('Priya Raman');
    expect(speakerOfWords(blog, 4, 'taught me')).toBe('Priya Raman');
  });

  it("reads an American report's opinion headings in small letters where it heads the court's so too, judges in Mc capitals, a law report, and the bench line's full names (the second review of round 58)", () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "In re Dunmore"\noutlet: Supreme Court of Arden\nauthor: Justice Teresa M. Quarrington\nkind: law report (supreme court judgment)\n---',
        'Before Chief Justice Adaeze Okonkwo and Justices Teresa M. Quarrington, Ruth Holloway and Daniel McHugh.',
        'Justice Quarrington, opinion of the Court.',
        'We affirm.',
        'Justice Holloway, dissenting.',
        'I would remand.',
        'JUSTICE McHUGH, dissenting.',
        'I would go further.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(opinion, 2, 'opinion of the Court')).toBeUndefined();
    expect(speakerOfWords(opinion, 3, 'We affirm')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion, 5, 'I would remand')).toBe('Ruth Holloway');
    expect(speakerOfWords(opinion, 7, 'go further')).toBe('Daniel McHugh');
    const column = markdownDocument(['---\ntitle: "Leaving the bench"\noutlet: The Arden Courier\nauthor: Judge Nancy Hartigan\nkind: opinion column\n---', 'After 22 years as a trial judge, I will retire this month.', 'Judge Nancy Hartigan is a retired district court judge.'].join('\n\n'));
    expect(speakerOfWords(column, 1, 'I will retire')).toBe('Nancy Hartigan');
    expect(speakerOfWords(column, 2, 'retired district court judge')).toBeUndefined();
  });

  it('gives a bulletin\'s letter signed "Pastor Elspeth" to the one its staff list names in full', () => {
    const bulletin = markdownDocument(
      [
        '---\ntitle: "Weekly Bulletin"\noutlet: St Mark\'s Lutheran Church\nkind: church weekly bulletin with the pastor\'s letter\n---',
        '**Pastor:** The Rev. Dr. Hanna Lindgren\n**Deacon:** Luis Ortega-Kemp',
        '**A LETTER FROM PASTOR HANNA**',
        'Dear friends in Christ,',
        'Our food pantry served 300 households in September. I have been thinking all week about what that asks of us.',
        'Grace and peace,',
        'Pastor Hanna',
        '**THIS WEEK**',
        'Monday — Quilters, 10:00 a.m.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 4, 'thinking all week')).toBe('Hanna Lindgren');
    expect(speakerOfWords(bulletin, 6, 'Pastor Hanna')).toBeUndefined();
  });

  it('reads the first of two roles in brackets, "Mr Callum Pryor (Managing Director and CEO)", as his: "The Managing Director said … He said:" is his', () => {
    const record = markdownDocument(
      [
        '---\ntitle: "AGM questions"\noutlet: Kestrel Minerals Limited\nkind: company record of questions and answers at an annual general meeting\n---',
        '**Present for the Board:** Ms Anne Holt (Chair), Mr Rory Vance (Managing Director and CEO).',
        '**Question 2.** Mr Graham Pike, a shareholder, asked about the cost overrun.',
        'The Managing Director said the overrun was $62 million. He said:',
        '"I want to be straight with shareholders about this. We got the design wrong."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 4, 'straight with shareholders')).toBe('Rory Vance');
  });

  it("keeps a reporter's check after \"the picture the minister described:\", a columnist's own close after quoted opinion headings and a postscript under a rule (the third review of round 58)", () => {
    const story = markdownDocument(
      ['---\ntitle: "Waiting lists"\noutlet: The Courier\nkind: news report\n---', 'The minister said waiting lists were "coming down fast".', 'But the figures do not support the picture the minister described:', 'Waiting lists in the region rose by 14 per cent last year.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'rose by 14 per cent')).toBeUndefined();
    const column = markdownDocument(
      ['---\ntitle: "The water ruling"\noutlet: The Arden Courier\nauthor: Margaret Ostrowski\nkind: opinion\n---', 'The court ruled on Friday. Here are the key passages.', 'Justice Alvarez, opinion of the Court.', 'The statute is clear.', 'Justice Brennan-Hale, dissenting.', 'The statute is anything but clear.', 'I think the dissent has the better of the argument.'].join('\n\n'),
    );
    expect(speakerOfWords(column, 6, 'better of the argument')).toBe('Margaret Ostrowski');
    const letter = markdownDocument(
      ['---\ntitle: "A letter to parents"\noutlet: Hillside Primary School\nauthor: Katherine Lowe\nkind: letter\n---', 'Dear Parents,', 'The new gate opens on Monday.', 'Yours sincerely,\nKatherine Lowe', '_______________________________\nP.S. I will be at the gate every morning next week to say hello.'].join('\n\n'),
    );
    expect(speakerOfWords(letter, 4, 'at the gate every morning')).toBe('Katherine Lowe');
  });

  it('names no judge "Justices Holloway", reads a king\'s numeral and a body\'s "our" in captions as captions, and "EMBARGOED:" and an order\'s "In the Matter of" as layout (the third review of round 58)', () => {
    const opinion = markdownDocument(
      ['---\ntitle: "Re Dunmore"\noutlet: Supreme Court of Arden\nauthor: Justice Teresa M. Quarrington\nkind: state supreme court opinion\n---', 'Before Justices Holloway, McHugh and Quarrington.', 'JUSTICE QUARRINGTON, opinion of the Court.', 'We affirm.', 'JUSTICE HOLLOWAY, dissenting.', 'I would remand.'].join('\n\n'),
    );
    expect(speakerOfWords(opinion, 5, 'I would remand')).toBe('Holloway');
    const catalogue = markdownDocument(
      ['---\ntitle: "Portraits of power"\noutlet: Harwick Gallery\nkind: exhibition catalogue essay\n---', 'Royal portraits were made to be seen from far away.', 'Plate 4. Anthony van Dyck, Charles I at the Hunt, c. 1635. Oil on canvas.', 'Figure 2: Where our income came from in 2024.'].join('\n\n'),
    );
    expect(speakerOfWords(catalogue, 2, 'Charles I at the Hunt')).toBeUndefined();
    expect(speakerOfWords(catalogue, 3, 'Where our income')).toBeUndefined();
    const release = markdownDocument(['---\ntitle: "Older workers report"\noutlet: Age Forward\nkind: press release\n---', 'EMBARGOED: 00:01 GMT Tuesday 4 March', 'One in five older workers has been turned down for training, a report by Age Forward finds.'].join('\n\n'));
    expect(speakerOfWords(release, 1, 'EMBARGOED')).toBeUndefined();
    const order = markdownDocument(['---\ntitle: "Order"\noutlet: Securities and Exchange Commission\nkind: administrative order\n---', 'UNITED STATES OF AMERICA', 'In the Matter of Kestrel Capital LLC, Respondent.', 'The Commission deems it appropriate to institute proceedings.'].join('\n\n'));
    expect(speakerOfWords(order, 2, 'In the Matter of')).toBeUndefined();
  });

  it('takes no deputy\'s or vice\'s two roles, nor roles given "respectively", for the office itself; and no letter signed "Father John" or "Dr Sam" for someone else of that first name (the third review of round 58)', () => {
    const story = markdownDocument(
      ['---\ntitle: "Trust board"\noutlet: The Courier\nkind: news report\n---', 'Ms Laura Kent (Deputy Chief Executive and Finance Director) presented the accounts.', '"We will balance the books," the chief executive said.', 'Mr Alan Reid and Mrs Priya Shah (secretary and treasurer respectively) were re-elected.', '"It was a good year," the treasurer said.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'balance the books')).not.toBe('Laura Kent');
    expect(speakerOfWords(story, 4, 'good year')).not.toBe('Priya Shah');
    const letter = markdownDocument(
      ['---\ntitle: "Surgery to close"\noutlet: Wharfedale Gazette\nauthor: Lucy Arden\nkind: news\n---', 'Dr Samantha Okoro took over the practice in 2003. Its practice manager, Sam Whitley, said the surgery had tried to recruit.', 'The letter is published in full below.', 'Dear Patients,', 'It is with great sadness that I write to tell you the surgery will close.', 'Yours sincerely,\nDr Sam', 'The health board said it would hold a drop-in session.'].join('\n\n'),
    );
    expect(speakerOfWords(letter, 4, 'great sadness')).not.toBe('Sam Whitley');
  });
});
