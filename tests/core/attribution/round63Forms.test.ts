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
});
