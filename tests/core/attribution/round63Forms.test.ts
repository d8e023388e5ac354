import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/core/model.js';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

/** The speaker of words in the paragraph that holds them (the loader may drop a rule line or a heading). */
const said = (d: SourceDocument, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);

describe("round 63: hearings printed by the GPO, depositions, bodies' letters and decisions, reports named in their notes, Iowa's opinions", () => {
  it('completes a hearing\'s "Mr. ELLINGSON." from the statement heading that names him in capitals', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Wildfire Recovery"\noutlet: U.S. Government Publishing Office\nkind: transcript (House subcommittee hearing, GPO layout)\n---',
        'The Subcommittee met, pursuant to notice, at 10:03 a.m., Hon. Wade T. Ellingson [Chairman of the Subcommittee] presiding.',
        'STATEMENT OF THE HON. WADE T. ELLINGSON, A REPRESENTATIVE IN CONGRESS FROM THE STATE OF IDAHO',
        'Mr. ELLINGSON. Two summers ago, the Salmon Butte Fire burned 212,000 acres in my district.',
        'STATEMENT OF THE HON. LINH TRAN, A REPRESENTATIVE IN CONGRESS FROM THE STATE OF OREGON',
        'Ms. TRAN. Thank you, Mr. Chairman. Communities in my district are living the same story.',
        'Mr. ELLINGSON. Thank you. The Chair now recognizes Mayor Lindgren.',
        'Mr. LINDGREN. Thank you, Chairman Ellingson. Pinecrest lost its only grocery store.',
        'Mr. ELLINGSON. Thank you, Mayor. I yield to the Ranking Member.',
        'Ms. TRAN. Mayor, what happened to your residents during those four months?',
      ].join('\n\n'),
    );
    expect(said(hearing, 'Two summers ago')).toBe('Wade T. Ellingson');
    expect(said(hearing, 'living the same story')).toBe('Linh Tran');
  });

  it("gives a deposition's answers and \"THE WITNESS:\" to the deponent its caption names, not to the examining counsel", () => {
    const deposition = markdownDocument(
      [
        '---\ntitle: "Deposition of Gerald R. Pruitt (excerpt)"\noutlet: Midstate Court Reporting\nkind: transcript (civil deposition excerpt)\n---',
        'VIDEOTAPED DEPOSITION OF GERALD R. PRUITT',
        'For the Plaintiffs: Ms. Adaeze Oyelaran, Oyelaran & Finch, LLC, Columbia, Missouri',
        'For the Defendant: Mr. Curtis J. Fenwick, Brandvold Sutter LLP, Jefferson City, Missouri',
        'EXAMINATION (Continued)',
        'BY MS. OYELARAN:',
        'Q. Mr. Pruitt, you were the operations superintendent in 2022, correct?',
        'A. Yes, ma\'am. From 2018 until I retired last June.',
        'Page 42',
        'MR. FENWICK: Objection. Calls for privileged communications.',
        'THE WITNESS: There wasn\'t any lawyer involved.',
        'Q. (By Ms. Oyelaran) And did they look at it again in the fall?',
        'A. The main broke in August.',
        'MR. FENWICK: Objection, foundation. He wasn\'t there.',
        'THE WITNESS: I was there by six.',
        'MS. OYELARAN: I\'ll pass the witness.',
      ].join('\n\n'),
    );
    expect(said(deposition, 'operations superintendent')).toBe('Adaeze Oyelaran');
    expect(said(deposition, 'until I retired')).toBe('Gerald R. Pruitt');
    expect(said(deposition, "wasn't any lawyer")).toBe('Gerald R. Pruitt');
    // (A page number between turns is the transcript's, nobody's words.)
    expect(said(deposition, 'Page 42')).toBeUndefined();
  });

  it("gives a body's comment letter in a rulemaking docket to the body, not its signer; a coroner's Regulation 28 report to the coroner", () => {
    const letter = markdownDocument(
      [
        '---\ntitle: "Comment on FMCSA-2025-0114"\noutlet: Northern Plains Livestock Haulers Association\nkind: public comment letter (rulemaking docket submission, with the docket\'s cover sheet as posted on Regulations.gov)\n---',
        'To Whom It May Concern:',
        'The Northern Plains Livestock Haulers Association (NPLHA) respectfully submits these comments on the proposed rule. We cannot support the proposal as written.',
        'Most of our members are family operations running between one and six trucks.',
        'Sincerely,',
        'Corrine Mattingly\nExecutive Director\nNorthern Plains Livestock Haulers Association',
      ].join('\n\n'),
    );
    expect(said(letter, 'cannot support the proposal')).toBe('Northern Plains Livestock Haulers Association');
    expect(said(letter, 'family operations')).toBe('Northern Plains Livestock Haulers Association');
    // (A newspaper's story about such a letter stays journalism.)
    const story = markdownDocument(['---\ntitle: "Haulers fight rule"\noutlet: The Rapid City Journal\nkind: news report on a comment letter\n---', 'Most ranchers ship cattle hundreds of miles to market.'].join('\n\n'));
    expect(said(story, 'hundreds of miles')).toBeUndefined();
    const coroner = markdownDocument(
      [
        '---\ntitle: "Thomas Ruddle: Prevention of Future Deaths Report"\noutlet: Courts and Tribunals Judiciary\nauthor: Marianne Oduya-Kell\nkind: report (coroner\'s Regulation 28 report to prevent future deaths)\n---',
        'I am Marianne Oduya-Kell, Assistant Coroner for the coroner area of Wensleydale and Swale.',
        'Mr Ruddle was admitted to hospital on 2 October 2024 with a chest infection.',
      ].join('\n\n'),
    );
    expect(said(coroner, 'admitted to hospital')).toBe('Marianne Oduya-Kell');
  });

  it("gives a city's staff report to the city, a chief executive's board report named in its note to its author, a regulator's decision in its \"we\" to the regulator", () => {
    const staff = markdownDocument(
      ['---\ntitle: "Eastside Safe Streets Corridor Plan"\noutlet: City of Larkspur Falls\nkind: staff report (city council agenda item)\n---', 'Between 2019 and 2023, 14 people were killed in traffic crashes in the city.'].join('\n\n'),
    );
    expect(said(staff, '14 people were killed')).toBe('City of Larkspur Falls');
    const board = markdownDocument(
      [
        '---\ntitle: "Chief Executive\'s Report"\noutlet: Northfell and Wenmouth Teaching Hospitals NHS Foundation Trust\nauthor: Anil Farouk-Mills\nkind: report (NHS trust board paper, chief executive\'s report to the board meeting in public)\n---',
        'February was the most challenging month for urgent and emergency care that the Trust has seen.',
        'I want to thank every member of staff who worked through that period.',
      ].join('\n\n'),
    );
    expect(said(board, 'most challenging month')).toBe('Anil Farouk-Mills');
    const decision = markdownDocument(
      [
        '---\ntitle: "The Late Line with Declan Furey"\noutlet: Ofcom\nkind: decision (broadcast standards investigation, Ofcom Broadcast and On Demand Bulletin)\n---',
        'Ofcom received a complaint about the programme. We obtained a recording and prepared a transcript.',
        'Phone-in programmes play an important role in local radio.',
        'We consider that listeners were likely to understand the comments as stereotyping.',
      ].join('\n\n'),
    );
    expect(said(decision, 'important role in local radio')).toBe('Ofcom');
    // (Not a decision written in the third person only: an outlet with no body's word and no "we" is read as before.)
    const third = markdownDocument(
      ['---\ntitle: "Decision on the Late Line"\noutlet: Ofcom\nkind: decision (broadcast standards investigation)\n---', 'Ofcom received a complaint about the programme.', 'Phone-in programmes play an important role in local radio.'].join('\n\n'),
    );
    expect(said(third, 'important role in local radio')).toBeUndefined();
  });

  it('gives an Iowa special concurrence headed "LINDQVIST, Justice (concurring specially)." to its justice, the joinder line after it nobody\'s', () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "Rostad v. Board of Directors"\noutlet: Supreme Court of Iowa\nkind: judgment (state supreme court opinion, with a concurring opinion)\n---',
        'HALVORSEN, Justice.',
        'The district court answered no. We answer yes, and reverse.',
        'REVERSED AND REMANDED.',
        'LINDQVIST, Justice (concurring specially).',
        'I join the court\'s opinion in full. I write separately to say a word to the public bodies that will read it.',
        'Sandoval, J., joins this special concurrence.',
      ].join('\n\n'),
    );
    expect(said(opinion, 'I write separately')).toBe('Lindqvist');
    expect(said(opinion, 'joins this special concurrence')).toBeUndefined();
    expect(said(opinion, 'concurring specially')).toBeUndefined();
  });
  it("leaves a newspaper's \"staff report\", a story on a chief executive's report, a paper's story of a court decision and a reader's comment letter as before (the review)", () => {
    const byline = markdownDocument(['---\ntitle: "Two hurt in crash"\noutlet: Tri-County Sentinel\nkind: staff report\n---', 'Sheriff Dwayne Coller said deputies were still investigating.'].join('\n\n'));
    expect(said(byline, 'still investigating')).toBeUndefined();
    const coverage = markdownDocument(
      ['---\ntitle: "Beds full"\noutlet: Northfell Echo\nauthor: Tom Reeve\nkind: report (coverage of the chief executive\'s report to the trust board)\n---', 'In her report to the board, Dr Helen Marsh said bed occupancy had reached 97 per cent.'].join('\n\n'),
    );
    expect(said(coverage, 'bed occupancy')).toBeUndefined();
    const court = markdownDocument(
      [
        '---\ntitle: "Supreme Court rejects petition"\noutlet: Semafor\nkind: decision (Supreme Court decision on the outposts petition)\n---',
        'The Supreme Court on Sunday rejected a petition by residents of three villages.',
        'As we reported last year, the outposts were built without permits in 2021.',
        'We have asked the Defense Ministry for a timetable for the demolitions.',
      ].join('\n\n'),
    );
    expect(said(court, 'rejected a petition')).toBeUndefined();
    const reader = markdownDocument(['---\ntitle: "Narrow the road"\noutlet: Columbia Daily Ledger\nkind: comment letter (reader\'s letter to the editor)\n---', 'My children cross it every morning.'].join('\n\n'));
    expect(said(reader, 'children cross')).not.toBe('Columbia Daily Ledger');
    const response = markdownDocument(
      ['---\ntitle: "Acme Freight response"\noutlet: U.S. Securities and Exchange Commission\nkind: comment letter response (company\'s response to staff comments, as posted on EDGAR)\n---', 'We believe that our disclosure of driver turnover is not material to investors.'].join('\n\n'),
    );
    expect(said(response, 'not material')).not.toBe('U.S. Securities and Exchange Commission');
  });

  it('gives an exchange to the witness its introduction names before a deposition caption read earlier; "THE WITNESS:" to the header\'s witness (the review)', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Depositions show warning"\noutlet: Columbia Daily Ledger\nauthor: Hannah Brill\nkind: news\n---',
        'Two depositions filed in court this week show that the crew warned of a failing main.',
        'VIDEOTAPED DEPOSITION OF GERALD R. PRUITT',
        'In that deposition, the family\'s lawyer, Adaeze Oyelaran, asked the former superintendent about the main:',
        'Q. Did the board fund the replacement?',
        'A. Not that year, no.',
        'A second transcript records the testimony of the crew foreman, Dale Simmons, who was questioned by Ms. Oyelaran a week later. Simmons testified that he had warned his supervisor in writing:',
        'Q. How many times had you patched the line?',
        'A. Four times since Thanksgiving. I told Gerald we couldn\'t keep patching it.',
      ].join('\n\n'),
    );
    expect(said(story, 'Four times since Thanksgiving')).toBe('Dale Simmons');
    const trial = markdownDocument(
      [
        '---\ntitle: "Trial transcript, day 3"\noutlet: Midstate Court Reporting, LLC\nkind: transcript (civil jury trial, day 3, excerpt)\n---',
        'THE COURT: Call your next witness.',
        'MS. OYELARAN: Plaintiffs call Dale Simmons, Your Honor. He is unavailable, so we will play his video deposition.',
        'VIDEOTAPED DEPOSITION OF DALE SIMMONS',
        '(Whereupon, the videotaped deposition of Dale Simmons was played in open court.)',
        'MS. OYELARAN: Plaintiffs call Maureen Hollister.',
        'Witness: Maureen Hollister',
        'MS. OYELARAN: Mrs. Hollister, where were you on the morning of August 19?',
        'THE WITNESS: At home, asleep, until the water came through the basement wall.',
        'MS. OYELARAN: What did you do?',
        'THE WITNESS: I got my kids out and called the district.',
      ].join('\n\n'),
    );
    expect(said(trial, 'got my kids out')).toBe('Maureen Hollister');
  });

  it('leaves "Mr. KENNEDY." of a GPO hearing as printed when only a school\'s name in capitals ends in his surname (the review)', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Public Trust in Federal Statistics"\noutlet: U.S. House of Representatives, Committee on Oversight and Accountability\nkind: transcript (congressional subcommittee hearing, as printed by the Government Publishing Office; excerpt)\n---',
        'The Subcommittee met, pursuant to notice, at 2:00 p.m., Hon. Dale Holloway [Chairman of the Subcommittee] presiding.',
        'STATEMENT OF ANNA REYES, PROFESSOR OF PUBLIC POLICY, HARVARD KENNEDY SCHOOL',
        'Ms. REYES. Thank you, Mr. Chairman. Public trust in federal statistics has fallen for a decade.',
        'Mr. HOLLOWAY. Thank you. Mr. Kennedy, you are recognized for 5 minutes.',
        'Mr. KENNEDY. Thank you. Professor, what would you do first?',
        'Ms. REYES. Fund the Census Bureau\'s address canvassing.',
        'Mr. KENNEDY. I yield back.',
      ].join('\n\n'),
    );
    expect(said(hearing, 'what would you do first')).not.toBe('Harvard Kennedy');
    expect(said(hearing, 'address canvassing')).toBe('Anna Reyes');
  });

  it('ends a dissent two justices join at "Weller and Sandoval, JJ., join this dissent." (the review)', () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "State v. Marsh"\noutlet: Supreme Court of Iowa\nkind: judgment (state supreme court opinion, with a dissent)\n---',
        'HALVORSEN, Justice.',
        'We affirm.',
        'PETTIS, Justice (dissenting).',
        'I respectfully dissent. The search was unreasonable.',
        'Weller and Sandoval, JJ., join this dissent.',
        'The following table sets out the timeline of the search as found by the district court.',
      ].join('\n\n'),
    );
    expect(said(opinion, 'respectfully dissent')).toBe('Pettis');
    expect(said(opinion, 'join this dissent')).toBeUndefined();
    expect(said(opinion, 'timeline of the search')).toBeUndefined();
  });
  it('reads "Our Schools Lead, Tomasz Wierzbicki, said" as his', () => {
    const review = markdownDocument(
      [
        '---\ntitle: "Annual review"\noutlet: Fallowfield Young Carers Trust\nkind: annual review\n---',
        'Our Schools Lead, Tomasz Wierzbicki, said of the schools programme: "Teachers aren\'t short of goodwill."',
      ].join('\n\n'),
    );
    expect(said(review, 'short of goodwill')).toBe('Tomasz Wierzbicki');
  });
  it('leaves a bare "REPORTER:" after "REPORTER (Hollis Mayberry, …):" unnamed, and gives the last label standing alone its words below', () => {
    const presser = markdownDocument(
      [
        '---\ntitle: "Flood update"\noutlet: Office of the Governor, Commonwealth of Kentucky\nkind: transcript (governor\'s press conference)\n---',
        'GOV. WHITCOMBE:',
        'Good afternoon. The water is still rising.',
        'REPORTER:',
        'How many homes are lost?',
        'GOV. WHITCOMBE:',
        'At least three hundred.',
        'REPORTER (Hollis Mayberry, Lexington Herald-Leader):',
        'General, how many of your people are from the counties?',
        'GOV. WHITCOMBE:',
        'Most of them.',
        'REPORTER:',
        'Are you going to call a special session?',
        'GOV. WHITCOMBE:',
        'I expect it will rise, and I hope I am wrong about that.',
      ].join('\n\n'),
    );
    expect(said(presser, 'how many of your people')).toBe('Hollis Mayberry');
    expect(said(presser, 'special session')).toBeUndefined();
    expect(said(presser, 'Most of them')).toBe('Whitcombe');
    expect(said(presser, 'I hope I am wrong')).toBe('Whitcombe');
  });
  it('reads a short name a document defines in brackets as the name it defines: "Castlewood" of "Castlewood Broadcasting Limited ("Castlewood" or "the Licensee")"', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "The Late Line"\noutlet: Ofcom\nkind: decision (broadcast standards investigation)\n---',
        'The Late Line with Declan Furey\nCastlewood FM, 14 November 2024, 22:00',
        'The licence for Castlewood FM is held by Castlewood Broadcasting Limited ("Castlewood" or "the Licensee").',
        'In its written response, Castlewood said: "Declan has presented The Late Line for eleven years."',
        'We consider that the content was offensive.',
      ].join('\n\n'),
    );
    expect(said(decision, 'presented The Late Line')).toBe('Castlewood Broadcasting Limited');
    // (Not where two names define the same short one: the document leaves it as printed.)
    const two = markdownDocument(
      [
        '---\ntitle: "Two licensees"\noutlet: Ofcom\nkind: decision (broadcast standards investigation)\n---',
        'The licences are held by Castlewood Broadcasting Limited ("Castlewood") and by Castlewood Media Group Limited ("Castlewood").',
        'In its written response, Castlewood said: "We regret the broadcast."',
        'We consider that the content was offensive.',
      ].join('\n\n'),
    );
    expect(said(two, 'We regret')).not.toBe('Castlewood Broadcasting Limited');
  });
  it('keeps the second review\'s cases: a deposition\'s answers after an exhibit note, a one-off witness label, a footer heading, a newsroom\'s staff report, a press body\'s comment letter', () => {
    const deposition = markdownDocument(
      [
        '---\ntitle: "Deposition of Gerald R. Pruitt (excerpt)"\noutlet: Harwick County Circuit Court\nkind: deposition transcript\n---',
        'VIDEOTAPED DEPOSITION OF GERALD R. PRUITT',
        'APPEARANCES: Mr. Daniel Reyes for the plaintiff; Ms. Adaeze Oyelaran for the defendant.',
        'EXAMINATION BY MR. REYES:',
        'Q. Please state your name for the record.',
        'A. Gerald Robert Pruitt.',
        '(Deposition Exhibit 12, an email from Karen Lowe to Tom Becker, was marked for identification.)',
        'BY MR. REYES:',
        'Q. Do you recognize this email?',
        'A. Yes. Karen sent it to the whole team.',
      ].join('\n\n'),
    );
    expect(said(deposition, 'Gerald Robert Pruitt.')).toBe('Gerald R. Pruitt');
    expect(said(deposition, 'whole team')).toBe('Gerald R. Pruitt');
    const tribunal = markdownDocument(
      [
        '---\ntitle: "Employment tribunal hearing, day 3"\noutlet: Employment Tribunal\nkind: hearing transcript\n---',
        'JUDGE: Yes, Ms Adeyemi, your next question.',
        'WITNESS (Dr Sarah Hill): I was the duty manager that night.',
        'JUDGE: Go on.',
        'WITNESS: I told him to go home.',
        'JUDGE: Why?',
        'WITNESS: He was unwell.',
      ].join('\n\n'),
    );
    expect(said(tribunal, 'told him to go home')).toBe('Sarah Hill');
    const footer = markdownDocument(
      [
        '---\ntitle: "Minister Ashworth press conference"\noutlet: Department for Transport\nkind: press conference transcript\n---',
        'MINISTER ASHWORTH: Good afternoon. I have met the unions this morning.',
        'REPORTER: Will the strike go ahead on Monday?',
        'MINISTER ASHWORTH: I hope not. Talks resume tomorrow.',
        'REPORTER: Thank you, Minister.',
        'NOTES TO EDITORS:',
        'Footage of the press conference is available on request from the press office.',
      ].join('\n\n'),
    );
    expect(said(footer, 'Footage of the press conference')).toBeUndefined();
    const story = markdownDocument(
      ['---\ntitle: "Rezoning vote"\noutlet: Harwick Gazette\nkind: staff report (news coverage of city council agenda)\n---', 'Council member Rosa Vance said she would vote against it.'].join('\n\n'),
    );
    expect(said(story, 'vote against it')).toBeUndefined();
    const press = markdownDocument(
      [
        '---\ntitle: "Comment on court records fees"\noutlet: Reporters Committee for Freedom of the Press\nkind: public comment letter on the proposed rule\n---',
        'We urge the Commission to withdraw the proposed fee schedule.',
      ].join('\n\n'),
    );
    expect(said(press, 'We urge the Commission')).toBe('Reporters Committee for Freedom of the Press');
  });

  it('completes "Mr. ELLINGSON." without the honorific a statement heading prints, and no body\'s name; a chief executive\'s report named after a colon or with a review in its note (the second review)', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Wildfire Recovery"\noutlet: U.S. Government Publishing Office\nkind: transcript (House subcommittee hearing, GPO layout)\n---',
        'STATEMENT OF THE HONORABLE WADE T. ELLINGSON, A REPRESENTATIVE IN CONGRESS FROM THE STATE OF IDAHO',
        'Mr. ELLINGSON. Two summers ago, the Salmon Butte Fire burned 212,000 acres in my district.',
        'Ms. TRAN. Thank you, Mr. Chairman.',
        'Mr. ELLINGSON. Thank you. The Chair now recognizes Mayor Lindgren.',
        'Mr. LINDGREN. Thank you, Chairman Ellingson. Pinecrest lost its only grocery store.',
      ].join('\n\n'),
    );
    expect(said(hearing, 'Two summers ago')).toBe('Wade T. Ellingson');
    const board = markdownDocument(
      [
        '---\ntitle: "Chief Executive\'s Report"\noutlet: Northfell Teaching Hospitals NHS Foundation Trust\nauthor: Helen Marsh\nkind: report (board meeting in public, item 7: chief executive\'s report, including a review of winter pressures)\n---',
        'February was the most challenging month for urgent and emergency care that the Trust has seen.',
        'I want to thank every member of staff who worked through that period.',
      ].join('\n\n'),
    );
    expect(said(board, 'most challenging month')).toBe('Helen Marsh');
  });
  it('reads a header\'s "Witness: Gerald R. Pruitt" in full for "THE WITNESS:", not "Gerald R"', () => {
    const deposition = markdownDocument(
      [
        '---\ntitle: "Deposition of Gerald Pruitt (excerpt)"\noutlet: Midstate Court Reporting, LLC\nkind: transcript (civil deposition excerpt)\n---',
        'Witness: Gerald R. Pruitt',
        'THE VIDEOGRAPHER: We are on the record at 9:02 a.m.',
        'MS. OYELARAN: Good morning, Mr. Pruitt.',
        'THE WITNESS: Good morning.',
        'MS. OYELARAN: Where were you working in 2022?',
        'THE WITNESS: At the water district, as operations superintendent.',
      ].join('\n\n'),
    );
    expect(said(deposition, 'operations superintendent')).toBe('Gerald R. Pruitt');
  });
  it('leaves a record\'s reference in brackets after a question, "(S6O-04512)", "[HL5120]", to nobody; a word in brackets in a turn still a direction', () => {
    const record = markdownDocument(
      [
        '---\ntitle: "Portfolio Question Time"\noutlet: Scottish Parliament\nkind: official report (portfolio question time)\n---',
        'The Deputy Presiding Officer: Question 1 is from Donnie MacAulay.',
        'Donnie MacAulay: To ask the Scottish Government what steps it is taking to improve ferry reliability. (S6O-04512)',
        'The Minister for Transport (Fiona Hyslop): We are investing in six new vessels. (Applause.)',
        'Donnie MacAulay: I thank the minister for that answer.',
      ].join('\n\n'),
    );
    expect(said(record, '(S6O-04512)')).toBeUndefined();
    expect(said(record, 'ferry reliability')).toBe('Donnie MacAulay');
    expect(said(record, '(Applause.)')).toBeUndefined();
  });
});
