import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 49's first batch: hearings, inquiries, ombudsmen and an MP's newsletter", () => {
  it("keeps a hearing's staff and witness lists nobody's, and gives a two-word office's label to the one its header names in it", () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Hearing on SB25-100"\noutlet: Colorado General Assembly\nkind: hearing transcript\n---',
        'SENATE COMMITTEE ON TRANSPORT',
        'COMMITTEE MEMBERS PRESENT:\nSenator Marisol Reyes, Chair\nSenator Paul Quintana',
        'COMMITTEE STAFF:\nAaron Feld, Committee Assistant\nNora Pacheco, Legislative Council Staff',
        'WITNESSES:\nThomas Garrity, Rocky Mountain Insurance Alliance\nLori Sandoval, homeowner, Pine Junction',
        'CHAIR REYES: Good afternoon. Mr. Feld, would you call the roll, please?',
        'COMMITTEE ASSISTANT: Senator Quintana.',
        'SENATOR QUINTANA: Here.',
        'MS. SANDOVAL: I lost my policy twice.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 3, 'Aaron Feld, Committee Assistant')).toBeUndefined();
    expect(speakerOfWords(hearing, 4, 'Lori Sandoval, homeowner')).toBeUndefined();
    expect(speakerOfWords(hearing, 6, 'Senator Quintana.')).toBe('Aaron Feld');
    expect(speakerOfWords(hearing, 8, 'I lost my policy twice')).toBe('Lori Sandoval');
  });

  it("reads a royal commission's examination headed in capitals, its chair named with her letters, and an answer's label as no initial", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Transcript of hearing, Day 23"\noutlet: Royal Commission of Inquiry into the Collapse of the Kōwhai Stream Bridge\nkind: transcript\n---',
        'TRANSCRIPT OF PROCEEDINGS',
        'BEFORE:\nThe Hon. Dame Alison Pemberton-Reid DNZM (Chair)\nDr Rawiri Te Kani (Member)',
        'APPEARANCES:\nMs Hana Matiu-Reeves, Counsel Assisting the Royal Commission\nMr Graham Sowter KC for the Roading Agency',
        'THE CHAIR: Good morning. Ms Matiu-Reeves.',
        'MS MATIU-REEVES: Tēnā koe, Madam Chair. The next witness is Mr Callum Driscoll.',
        'MR CALLUM DRISCOLL (affirmed)',
        'EXAMINATION BY MS MATIU-REEVES',
        'Q. Mr Driscoll, you sent an email to Mr Trevor Lockwood, your team leader. What happened after you sent it?',
        'A. Trevor rang me, maybe twenty minutes later. And he said, and I remember this clearly, "We are not closing a state highway on a Friday."',
        'Q. Did you follow it up?',
        'A. Not in writing.',
        'THE CHAIR: Thank you. Go on, Ms Matiu-Reeves.',
        'MR SOWTER: Madam Chair, before Ms Matiu-Reeves goes on, I should record an objection.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'Good morning')).toBe('Alison Pemberton-Reid');
    expect(speakerOfWords(transcript, 7, 'EXAMINATION BY')).toBeUndefined();
    expect(speakerOfWords(transcript, 8, 'What happened after you sent it?')).toBe('Hana Matiu-Reeves');
    expect(speakerOfWords(transcript, 9, 'Trevor rang me')).toBe('Callum Driscoll');
    expect(speakerOfWords(transcript, 9, 'We are not closing a state highway')).toBe('Trevor Lockwood');
    expect(speakerOfWords(transcript, 11, 'Not in writing')).toBe('Callum Driscoll');
    expect(speakerOfWords(transcript, 12, 'Go on')).toBe('Alison Pemberton-Reid');
  });

  it("gives an ombudsman's investigation report to the ombudsman who signs it, not a newsroom's, and a relative clause's speaker its own subject", () => {
    const paragraphs = [
      '1.1 This investigation examined 112 applications for grants received by Kilbrennan County Council.',
      '1.2 I found that the delay was caused mainly by the Council holding applications until the end of the year.',
      '3.3 During the investigation my Office obtained an internal email in which a senior executive officer wrote: "No point sending these out until we know the allocation." In my view that email captures the problem.',
      '3.4 I recommend that the Council apologise to each applicant.',
    ];
    const report = markdownDocument(['---\ntitle: "Waiting at the Door"\noutlet: Office of the Ombudsman\nauthor: Niamh Corcoran-Daly\nkind: investigation report\n---', ...paragraphs].join('\n\n'));
    expect(speakerOfWords(report, 1, 'This investigation examined')).toBe('Niamh Corcoran-Daly');
    expect(speakerOfWords(report, 2, 'I found that the delay')).toBe('Niamh Corcoran-Daly');
    expect(speakerOfWords(report, 3, 'No point sending these out')).toBe('a senior executive officer');
    expect(speakerOfWords(report, 3, 'In my view that email')).toBe('Niamh Corcoran-Daly');
    const newsroom = markdownDocument(['---\ntitle: "Waiting at the Door"\noutlet: The Kilbrennan Herald\nauthor: Niamh Corcoran-Daly\nkind: investigation report\n---', ...paragraphs].join('\n\n'));
    expect(speakerOfWords(newsroom, 1, 'This investigation examined')).toBeUndefined();
  });

  it("gives an MP's newsletter from her own office to her throughout, its survey table nobody's, and a road's name to no one", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Kurrajong Connect: Spring 2025"\noutlet: Office of Megan Tolhurst MP\nauthor: Megan Tolhurst\nkind: newsletter\n---',
        "## G'day neighbours,",
        'It has been a big few months in Canberra. Parliament sat for six weeks over winter, and I raised the issues you raised with me.',
        'As always, my door is open. If you need help with Centrelink, call my office.',
        'Megan',
        '## Bells Line of Road: the fight goes on',
        'In June I asked the Minister for Infrastructure in Question Time when the promised overtaking lanes would be built. He told the House the project was "in the planning phase". It has been in the planning phase since 2019.',
        "I'm not going to stop asking. I've written to the Minister again with your survey results.",
        '## Your road safety survey: what you told me',
        '| Question | Yes | No |\n|---|---|---|\n| Do you feel safe driving the Bells Line of Road at night? | 18% | 71% |\n| Should overtaking lanes be the top priority? | 83% | 9% |',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'a big few months in Canberra')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 6, 'It has been in the planning phase since 2019')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 6, 'in the planning phase')).not.toBe('Bells Line');
    expect(speakerOfWords(newsletter, 7, 'not going to stop asking')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 9, 'Do you feel safe driving')).toBeUndefined();
  });
});

describe("round 49's second batch: conference records, council reports, prospectuses and clergy", () => {
  it('gives a conference record\'s address to the one its credit line says addressed conference', () => {
    const record = markdownDocument(
      [
        '---\ntitle: "Annual Delegate Conference 2025: the General Secretary\'s Address"\noutlet: National Union of Care and Support Workers\nkind: conference record\n---',
        'Janet Moss, speaking against, said Scotland Region opposed paragraph (c) as premature.',
        "## GENERAL SECRETARY'S ADDRESS",
        '*Kwame Osei-Bonsu, General Secretary, addressed conference at 11.40am. The text below is as delivered.*',
        'President, conference, sisters and brothers.',
        'Thank you for that debate. I have been at this rostrum for six years now.',
        'Motion 14 asks us to build a floor. I support it with all my heart.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 3, 'addressed conference')).toBeUndefined();
    expect(speakerOfWords(record, 5, 'I have been at this rostrum')).toBe('Kwame Osei-Bonsu');
    expect(speakerOfWords(record, 6, 'I support it with all my heart')).toBe('Kwame Osei-Bonsu');
  });

  it("gives a cabinet report to its author, a numbered paragraph's comment to the member it names, and an officer's credited comments to the officer", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Cabinet, 17 July 2025: Resilience Fund Round 2 Awards"\noutlet: Brackenfield Metropolitan Borough Council\nauthor: Helen Sharrock\nkind: cabinet report\n---',
        '## 1. Purpose of the report',
        '1.1 This report asks Cabinet to approve grants totalling £412,800 to 23 community and faith organisations.',
        '## 6. Comments of the Cabinet Member',
        '6.1 Cllr Imran Bashir, Cabinet Member for Communities, Equalities and Cohesion, has provided the following comment:',
        '"When the council\'s own buildings were closed, it was the churches that took our residents in. This Fund is a small way of repaying that debt."',
        '## 8. Financial implications',
        '*Comments provided by Mark Tillotson, Head of Finance (Place and Communities):*',
        '8.1 The awards can be met in full from the remaining Fund budget. There are no ongoing revenue costs to the Council.',
        '## 9. Legal implications',
        '*Comments provided by Sunita Begum, Principal Lawyer (Governance):*',
        '9.1 The Council has the power to make these grants under section 1 of the Localism Act 2011.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'This report asks Cabinet')).toBe('Helen Sharrock');
    expect(speakerOfWords(report, 5, 'This Fund is a small way')).toBe('Imran Bashir');
    expect(speakerOfWords(report, 8, 'no ongoing revenue costs')).toBe('Mark Tillotson');
    expect(speakerOfWords(report, 11, 'The Council has the power')).toBe('Sunita Begum');
  });

  it("gives a prospectus's chief executive's statement to the one signing it under the chair's letter, but leaves an open letter's close its issuer's", () => {
    const prospectus = markdownDocument(
      [
        '---\ntitle: "Prospectus Summary"\noutlet: Calder Vale Mills plc\nkind: prospectus summary\n---',
        '## LETTER FROM THE CHAIR',
        'Dear Shareholder, and dear Colleague,',
        'This Offer is the next step. It will give the Company the capital to build a new dyehouse.',
        'Yours faithfully,',
        '**Rosalind Greenwood**\n*Non-Executive Chair*',
        '## STATEMENT FROM THE CHIEF EXECUTIVE OFFICER',
        'FY2024 was the best year in the Company\'s recent history. Revenue grew by 6%.',
        'I am proud to lead a company that is owned, in part, by the people who work in it.',
        '**Adebayo Ilori**\n*Chief Executive Officer*',
        '## RESPONSIBILITY STATEMENT',
      ].join('\n\n'),
    );
    expect(speakerOfWords(prospectus, 3, 'This Offer is the next step')).toBe('Rosalind Greenwood');
    expect(speakerOfWords(prospectus, 7, 'FY2024 was the best year')).toBe('Adebayo Ilori');
    expect(speakerOfWords(prospectus, 8, 'I am proud to lead')).toBe('Adebayo Ilori');
    const openLetter = markdownDocument(
      [
        '---\ntitle: "An open letter to the Secretary of State"\noutlet: Lune Valley Rivers Trust\nkind: open letter\n---',
        'Dear Secretary of State,',
        'We write about the abstraction licence for the River Lune. The river cannot sustain it.',
        '## In closing',
        'The decision on this licence will shape the river for a generation. We ask that it be taken in the open.',
        'Yours faithfully,',
        'Tom Ashworth\nChair, Lune Valley Rivers Trust',
      ].join('\n\n'),
    );
    expect(speakerOfWords(openLetter, 4, 'shape the river for a generation')).not.toBe('Tom Ashworth');
  });

  it("keeps a live blog's time before its entry, not a clause number: the speaker after it is the one named", () => {
    const blog = markdownDocument(
      [
        '---\ntitle: "Storm Fionnuala: live updates"\noutlet: The Guardian\nkind: live blog\n---',
        '08.56 GMT Carys Bowen, who runs a guest house on the seafront in Aberystwyth, sent us this: "We\'ve moved our two guests to the back rooms."',
        '09.14 GMT The Met Office has extended its amber warning to the whole of the Welsh coast.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(blog, 1, 'moved our two guests')).toBe('Carys Bowen');
    expect(speakerOfWords(blog, 2, 'extended its amber warning')).toBeUndefined();
  });

  it('reads a cleric called by style and given name, "Bishop Simon", as the one the text names in full', () => {
    const statement = markdownDocument(
      [
        '---\ntitle: "Bishop calls for steelworkers to be put first"\noutlet: Diocese of Castlemere\nkind: statement\n---',
        'The Bishop of Castlemere, the Rt Revd Dr Simon Achterberg, has called on the company to put the workers first.',
        'In a statement issued this morning, Bishop Simon said:',
        '“Steel has been made in Kelsford for a hundred and sixty years. It built the churches in this town.”',
        'The diocese\'s Industrial Chaplain, the Revd Canon Lydia Mwangi, holds a weekly drop-in at the Welfare Club.',
        '“People are frightened about mortgages,” Canon Lydia said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(statement, 3, 'Steel has been made')).toBe('Simon Achterberg');
    expect(speakerOfWords(statement, 5, 'People are frightened')).toBe('Canon Lydia Mwangi');
  });
});

describe("round 49's third batch: written questions, bodies named across 'and', and a release's remarks", () => {
  it("gives a written question to its askers and the answer to the one who gives it on the Commission's behalf", () => {
    const questions = markdownDocument(
      [
        '---\ntitle: "Parliamentary questions E-002871/2025: delays in CAP payments (answer)"\noutlet: European Parliament\nkind: parliamentary question and answer\n---',
        'Question for written answer E-002871/2025\nto the Commission\nRule 144',
        '**Rasa Vaitkevičiūtė (Renew), Hendrik Zwaanstra (Renew)**',
        'Subject: Delays in area-based CAP payments to small farmers in 2024',
        'A significant share of payments for the 2024 claim year had not been paid to small farmers by the deadline.',
        'Will the Commission apply reductions to late payments?',
        'Submitted: 12.6.2025',
        '---',
        'Question for written answer E-003004/2025\nto the Commission\nRule 144',
        '**Gerrit Ploeg (PfE)**',
        'Does the Commission accept any responsibility for the IT burden it has imposed on paying agencies?',
        'Submitted: 24.6.2025',
        '**Answer given by Executive Vice-President Halvorsen**\n**on behalf of the European Commission**\n**(3.9.2025)**',
        'The Commission receives annual data on payments made by each paying agency.',
        '[^1]: https://www.europarl.europa.eu/doceo/document/E-10-2025-001102-ASW_EN.html',
      ].join('\n\n'),
    );
    expect(speakerOfWords(questions, 4, 'had not been paid to small farmers')).toBe('Rasa Vaitkevičiūtė, Hendrik Zwaanstra');
    expect(speakerOfWords(questions, 6, 'Submitted')).toBeUndefined();
    expect(speakerOfWords(questions, 10, 'accept any responsibility')).toBe('Gerrit Ploeg');
    expect(speakerOfWords(questions, 13, 'receives annual data')).toBe('Halvorsen');
    expect(speakerOfWords(questions, 14, 'europarl')).toBeUndefined();
  });

  it("reads a body's name across 'and' before its last word when its verb is coordinated", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Drought order"\noutlet: Albuquerque Journal\nkind: news report\n---',
        'The New Mexico Farm and Livestock Bureau welcomed the order but said in a statement that it came "late, but not too late".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 1, 'late, but not too late')).toBe('New Mexico Farm and Livestock Bureau');
  });

  it("gives a release's remarks under their bare heading to the one its title names, by the full name the release gives", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Governor Maldonado-Baca signs executive order declaring drought emergency"\noutlet: Office of the Governor, State of New Mexico\nkind: press release\n---',
        'VELARDE — Gov. Teresa Maldonado-Baca on Tuesday signed Executive Order 2025-118, declaring a drought emergency.',
        '## Remarks as prepared for delivery',
        '"Buenos días. Thank you, Mayordomo Trujillo, for letting us stand on your ditch this morning.',
        '"This year the water is very short. Some of you have not irrigated since May."',
        '## About the Acequia Commission',
        'The Commission was created in 1987.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'Buenos días')).toBe('Teresa Maldonado-Baca');
    expect(speakerOfWords(release, 4, 'not irrigated since May')).toBe('Teresa Maldonado-Baca');
    expect(speakerOfWords(release, 6, 'created in 1987')).not.toBe('Teresa Maldonado-Baca');
  });
});

describe("the review of round 49's rules", () => {
  it("keeps a host's own label his, under a header listing two hosts, and a chief of staff's label a label", () => {
    const podcast = markdownDocument(
      [
        '---\ntitle: "The Rest Is Politics, episode 300"\noutlet: Goalhanger Podcasts\nkind: podcast transcript\n---',
        'Hosts: Alastair Campbell, Rory Stewart',
        'RORY STEWART: Welcome to The Rest Is Politics. Alastair, what did you make of the Budget?',
        'ALASTAIR CAMPBELL: I thought it was braver than people expected.',
        'RORY STEWART: Braver, but was it wise?',
        'CHIEF OF STAFF: Sir, we need to wrap up in two minutes.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(podcast, 2, 'Welcome to The Rest Is Politics')).toBe('Rory Stewart');
    expect(speakerOfWords(podcast, 5, 'we need to wrap up')).not.toBe('Rory Stewart');
  });

  it('reads "Sister Mary" as no layperson of that given name, and "Line Bonde" as a woman, not a road', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Convent to close"\noutlet: The Tablet\nkind: news report\n---',
        'Sister Mary, 91, the oldest of the three, said the decision had been taken with sorrow.',
        'The local MP, Mary Creagh, said the convent had served the town for a century.',
        '"I planted the apple trees in 1962," Sister Mary said.',
        '"We are not outsourcing our responsibility," said Line Bonde, who took over the ministry in January. "The first flights could leave next spring," she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'I planted the apple trees')).not.toBe('Mary Creagh');
    expect(speakerOfWords(story, 4, 'The first flights could leave')).toBe('Line Bonde');
  });

  it('keeps a release or minutes their own after a line saying someone addressed the meeting, and a story its own after "Comments provided by"', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Rural buses to get £20m boost"\noutlet: Department for Transport\nkind: press release\n---',
        '## The announcement',
        'Simon Lightwood, Local Transport Minister, addressed the Rural Transport Conference in Shrewsbury this morning.',
        'He announced £20 million for rural routes. "We want every village to have a bus again," he said.',
        'The funding will be allocated by formula to local transport authorities.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 4, 'allocated by formula')).toBe('Department for Transport');
    const story = markdownDocument(
      [
        '---\ntitle: "What the papers left out"\noutlet: Lancashire Telegraph\nkind: news report\n---',
        '## The missing pages',
        'Comments provided by Mark Tillotson, the former Head of Finance, were removed from the final version of the report.',
        'The council said the comments had been superseded by later figures.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'superseded by later figures')).toBeUndefined();
  });

  it("gives a report's words to the report, not to one whose relative clause names them, and keeps a credited speech its speaker's over a numbered list", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Maternity failings"\noutlet: The Independent\nkind: news report\n---',
        'The report to which Dr Amara Osei contributed evidence concluded: "Leadership failures were at the heart of this tragedy."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'Leadership failures')).not.toBe('Amara Osei');
    const agm = markdownDocument(
      [
        '---\ntitle: "Harbour Residents Association AGM"\noutlet: Harbour Residents Association\nkind: AGM record\n---',
        "## Chair's address",
        'Delivered by Jean Pollard, Chair.',
        'Good evening, everyone. This year our priorities were simple.',
        '1. Stopping the marina extension',
        'I am proud to say we achieved it. I will stand again as chair if you will have me.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agm, 5, 'I am proud to say')).toBe('Jean Pollard');
  });

  it("keeps an MP's office newsletter with a guest's bylined column out of her voice, and an address no signature", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Eastleigh Update"\noutlet: Office of Megan Tolhurst MP\nauthor: Megan Tolhurst\nkind: newsletter\n---',
        'It has been a busy spring. I have raised your concerns in Parliament every week.',
        'Guest column by Cllr Rob Fenn, Leader of Eastleigh Borough Council',
        "I am delighted to write for Megan's newsletter this month. Our new bin service starts in May.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'Our new bin service')).not.toBe('Megan Tolhurst');
    const parish = markdownDocument(
      [
        '---\ntitle: "Little Haddon News"\noutlet: Little Haddon Parish Council\nkind: newsletter\n---',
        '## Get in touch',
        'We would love to hear your news for the next issue. Please write to us at the hall.',
        'Little Haddon Village Hall\nChurch Lane',
      ].join('\n\n'),
    );
    expect(speakerOfWords(parish, 2, 'We would love to hear')).not.toBe('Little Haddon Village Hall');
  });
});

describe("round 49's last batch: a parish newsletter's letter", () => {
  it('gives a vicar\'s letter signed with her given name over her styled name and office to her, the notices after it not', () => {
    const bulletin = markdownDocument(
      [
        '---\ntitle: "The Barnabas Bulletin, Third Sunday of Lent"\noutlet: St Barnabas\' Church, Hollinshaw\nkind: newsletter\n---',
        '## From the Vicarage',
        'Dear friends,',
        'Last Tuesday I spent the morning at the Hollinshaw Food Bank, which meets in our hall every Tuesday and Friday.',
        'So I have three requests. First, please look at the shopping list below and bring something on Sunday.',
        'With love and every blessing for the rest of Lent,',
        '**Anna**',
        '*The Revd Anna Kowalczyk, Vicar of Hollinshaw*',
        '## Notices',
        '**Lent Course.** The ecumenical Lent course continues on Wednesday at 7.30pm.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 3, 'I spent the morning')).toBe('Revd Anna Kowalczyk');
    expect(speakerOfWords(bulletin, 4, 'I have three requests')).toBe('Revd Anna Kowalczyk');
    expect(speakerOfWords(bulletin, 9, 'The ecumenical Lent course')).not.toBe('Revd Anna Kowalczyk');
  });
});
