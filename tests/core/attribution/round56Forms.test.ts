import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('round 56: members by seat, moods, Irish offices and time phrases in news copy', () => {
  it('gives "the Upper Bann MLA", "the Brecon and Radnor MS" and "the Labour MP" to the members the story has named so', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Potholes row at Stormont"\noutlet: Belfast Telegraph\nkind: news report\n---',
        'Trevor Gillespie, the MLA for Upper Bann, accused the minister of "passing the buck" to Executive colleagues.',
        '"The minister has had the budget he has had for a year now," the Upper Bann MLA said.',
        "Labour's Anna Reid, who represents a Newry ward, disagreed with him.",
        '"It is a mess of everyone\'s making," the Labour MP said.',
        'Sian Lloyd-Harris, the MS for Brecon and Radnor, said ministers had failed to say how much the scheme would cost.',
        '"We are being asked to sign a blank cheque," the Brecon and Radnor MS said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'had the budget')).toBe('Trevor Gillespie');
    expect(speakerOfWords(story, 4, 'a mess')).toBe('Anna Reid');
    expect(speakerOfWords(story, 6, 'blank cheque')).toBe('Sian Lloyd-Harris');
  });

  it('reads "said a dazed Quinn afterwards", "Tánaiste Michael Cusack" and the Taoiseach after "Last week"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Armagh end the wait"\noutlet: The Irish News\nkind: news report\n---',
        'Ruairí Quinn struck the winner with eighty seconds left.',
        '"I didn\'t even see it go in, to be honest with you," said a dazed Quinn afterwards.',
        'Standing in for the Taoiseach, Tánaiste Michael Cusack rejected the claim.',
        '"Let\'s be clear about what these figures actually say," Mr Cusack said.',
        'Last week the Taoiseach stood outside Government Buildings and told the country that childcare was "sorted".',
        'Last year the Minister\'s predecessor told this House that the cap was "final".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'see it go in')).toBe('Ruairí Quinn');
    expect(speakerOfWords(story, 4, 'be clear')).toBe('Michael Cusack');
    expect(speakerOfWords(story, 5, 'sorted')).toBe('the Taoiseach');
    expect(speakerOfWords(story, 6, 'final')).toBeUndefined();
  });
});

describe("round 56: a police press conference, an ombudsman's report, an NGO's field report, an inquest and briefing notes", () => {
  it('names "ACC NADIA FORDE:" without her rank', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Transcript: press conference on the murder of Jordan Okoro"\noutlet: Westmarch Police\nkind: transcript (police press conference, as published by the force)\n---',
        'Speakers: Assistant Chief Constable Nadia Forde; Detective Superintendent Carl Brannigan',
        'ACC NADIA FORDE: Good morning, and thank you all for coming.',
        "I'll now hand over to Detective Superintendent Brannigan, who is leading the investigation.",
        'DET SUPT CARL BRANNIGAN: Thank you, ma\'am. This is a fast-moving investigation.',
        'ACC NADIA FORDE: We will take questions now.',
        'Q (Tom Ashdown, Westmarch Evening Post): Was Jordan the intended target?',
        'DET SUPT CARL BRANNIGAN: No. We are clear about that.',
        'ACC NADIA FORDE: Thank you all.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 2, 'Good morning')).toBe('Nadia Forde');
  });

  it("gives an ombudsman's investigation report to the ombudsman, whatever it is in brackets", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Report on an investigation into complaint no 24 014 877 against Calderbrook Council"\noutlet: Housing and Local Services Ombudsman\nkind: ombudsman\'s investigation report (public interest report)\n---',
        '**The Ombudsman\'s role**',
        'For more than 50 years we have independently and impartially investigated complaints about councils.',
        'Mrs X complains the Council failed to provide her and her son with suitable temporary accommodation.',
        'Mrs X told us: "There was nowhere else to put anything."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'For more than 50 years')).toBe('Housing and Local Services Ombudsman');
    expect(speakerOfWords(report, 3, 'Mrs X complains')).toBe('Housing and Local Services Ombudsman');
  });

  it("gives an NGO's field report to the NGO and its testimonies to the first names credited under them", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Field Report: Dry taps, rising debts"\noutlet: Harvest Line Relief\nkind: NGO field report with testimonies\n---',
        'For the third year running, the rains in the lower Kessa valley have failed. Our field team spent two weeks in three districts.',
        '> "The tap in the square comes on every nine days now. When it does, everybody runs."\n>\n> — Halima, 41, farmer, Dabo',
        'In Dabo, the piped supply installed in 2019 depends on a borehole whose pump has been broken since March.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'the rains')).toBe('Harvest Line Relief');
    expect(speakerOfWords(report, 2, 'everybody runs')).toBe('Halima');
    expect(speakerOfWords(report, 3, 'piped supply')).toBe('Harvest Line Relief');
  });

  it("names no one by a credit's one word the document also prints in small letters (\"— Mentee, 16\")", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Bridges mentoring: evaluation"\noutlet: Bridges Youth Trust\nkind: NGO field report\n---',
        'Each mentee met their mentor weekly for a year.',
        '> "She never told me what to do. She just kept turning up."\n>\n> — Mentee, 16, Cohort 2',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'kept turning up')).not.toBe('Mentee');
  });

  it('gives a record of inquest with a long gloss in brackets to its coroner, and briefing notes filed under a spokesperson to her', () => {
    const inquest = markdownDocument(
      [
        '---\ntitle: "Record of Inquest: Daniel Peter Ashworth"\noutlet: HM Senior Coroner for the Area of North Wessex\nauthor: Helen Carradine\nkind: record of inquest (coroner\'s determination, narrative conclusion and written findings)\n---',
        'Daniel Ashworth, aged 23, entered the water of the Tadbury Navigation near Ferry Lock in the early hours of 14 December 2024.',
        'I have heard evidence from twelve witnesses, nine of them in person.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquest, 1, 'entered the water')).toBe('Helen Carradine');
    const notes = markdownDocument(
      [
        '---\ntitle: "Kessaria: tens of thousands flee renewed fighting"\noutlet: United Nations Refugee and Migration Agency (UNRMA)\nauthor: Ingrid Solberg-Amari\nkind: press briefing notes (UN agency spokesperson\'s notes as published)\n---',
        '*This is a summary of what was said by UNRMA spokesperson Ingrid Solberg-Amari – to whom quoted text may be attributed – at today\'s press briefing.*',
        'UNRMA is gravely concerned by the rapid deterioration of the humanitarian situation in the Upper Varda region.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notes, 2, 'gravely concerned')).toBe('Ingrid Solberg-Amari');
    expect(speakerOfWords(notes, 1, 'This is a summary')).toBeUndefined();
  });
});

describe("round 56's second batch: an agenda's staff reports, the Lords' office holders and a Q&A's given name", () => {
  it('gives a staff report in a council agenda to the officer who submits it, and its headings and fields to no one', () => {
    const agenda = markdownDocument(
      [
        '---\ntitle: "Regular Council Meeting Agenda – Monday, October 20, 2025"\noutlet: City of Port Ellery\nkind: city council meeting agenda with staff reports\n---',
        '**5. STAFF REPORTS**',
        '**5.1 Waterfront Parking Management Strategy – Phase 2** — 14',
        'Report from: Engineering and Public Works, dated October 9, 2025',
        '**PURPOSE**',
        "This report seeks Council's endorsement of the second phase of the strategy.",
        'Staff recommend Option 3 because it is the only option that brings peak occupancy back toward 85 per cent.',
        'Respectfully submitted,',
        'Devinder Sandhu, P.Eng.\nDirector, Engineering and Public Works',
        'Concurrence: Alicia Ferreira, Chief Administrative Officer',
        '**6. BYLAWS**',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agenda, 5, 'seeks Council')).toBe('Devinder Sandhu');
    expect(speakerOfWords(agenda, 6, 'Staff recommend')).toBe('Devinder Sandhu');
    expect(speakerOfWords(agenda, 3, 'Report from')).toBeUndefined();
    expect(speakerOfWords(agenda, 9, 'Concurrence')).toBeUndefined();
  });

  it("names the Lords' office holders by the peer in brackets after the office", () => {
    const hansard = markdownDocument(
      [
        '---\ntitle: "Rural Bus Services: Funding"\noutlet: Hansard (House of Lords)\nkind: parliamentary debate transcript (House of Lords Hansard extract, oral question)\n---',
        'Asked by Baroness Whitcombe',
        "To ask His Majesty's Government what assessment they have made of bus funding.",
        'The Parliamentary Under-Secretary of State, Department for Transport (Lord Penhallow) (Lab)',
        'My Lords, the Government recognise that for many people in rural England the bus is not a convenience.',
        'Baroness Whitcombe (LD)',
        'My Lords, I thank the Minister for that Answer.',
        'Lord Penhallow (Lab)',
        'I would be very happy to meet the noble Baroness.',
        'The Lord Privy Seal (Baroness Harrowby) (Lab)',
        'My Lords, there is time for both noble Lords.',
        'Lord Ashgrove (Con)',
        'My Lords, the single-fare cap did more for rural passengers than any formula.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hansard, 4, 'the Government recognise')).toBe('Lord Penhallow');
    expect(speakerOfWords(hansard, 10, 'time for both')).toBe('Baroness Harrowby');
  });

  it('answers a Q&A with the one its introduction goes on to call by given name', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'I knew every pension day in the parish\'"\noutlet: The Kerryman\nauthor: Breda Fitzgerald\nkind: interview (Q&A)\n---',
        'After 41 years behind the counter, Peig Ní Shúilleabháin hands over the keys this Friday.',
        'The office will continue under new management, with her niece, Caoimhe Daly, taking over the contract. We sat down with Peig in the little kitchen behind the counter.',
        '**Peig, do you remember your first day?**',
        'I do, surely. It was a Monday, which was pension day.',
        '**Did you always intend to take over?**',
        'Not at all. I was going to be a nurse.',
        '**What do you mean by that?**',
        "People don't come into a post office just to post a letter.",
        '**What will you miss most?**',
        'The people. No question.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 4, 'I do, surely')).toBe('Peig Ní Shúilleabháin');
    expect(speakerOfWords(interview, 3, 'first day')).toBe('Breda Fitzgerald');
  });
});

describe("round 56's review: unnamed sources, former holders, other seats, role credits and newsrooms' glosses", () => {
  it('names no party, county or nation after "said a senior …", "said a relieved …"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Election talk"\noutlet: Irish Independent\nkind: news report\n---',
        '"There is no appetite for an election," said a senior Fianna Fáil TD.',
        '"I\'m just happy for the boys," said a relieved Dublin.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'no appetite')).not.toBe('Fianna Fáil');
    expect(speakerOfWords(story, 2, 'happy for the boys')).not.toBe('Dublin');
  });

  it('gives "the Taoiseach" to the holder, not a former one, and "the Calder Valley MP" to no one who is no MP', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Border poll"\noutlet: The Irish Times\nkind: news report\n---',
        'Taoiseach Micheál Martin has rejected calls for a border poll made by former Taoiseach Bertie Ahern, who said a vote could come "within the decade".',
        '"Now is not the time for a border poll," the Taoiseach told reporters.',
        '"We know this is frustrating," Ms Weston said. Lucy Weston is the Environment Agency\'s area director.',
        '"Residents have been waiting for a decade," the Calder Valley MP said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Now is not the time')).toBe('Micheál Martin');
    expect(speakerOfWords(story, 4, 'waiting for a decade')).not.toBe('Lucy Weston');
  });

  it('credits no role or family word with an age ("— Carer, 61, Leeds", "— Mum, 36, Hull")', () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Caring in the cost of living crisis"\noutlet: Carers Trust Yorkshire\nkind: charity report\n---',
        'Our survey heard from 1,200 people who look after a relative.',
        '> "I have not had a night off in three years."\n>\n> — Carer, 61, Leeds',
        '> "My daughter does not see me any more."\n>\n> — Mum, 36, Hull',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'a night off')).not.toBe('Carer');
    expect(speakerOfWords(report, 3, 'does not see me')).not.toBe('Mum');
  });

  it("reads no newsroom's court story or humanitarian field report in its reporter's voice", () => {
    const ruling = markdownDocument(
      [
        '---\ntitle: "High Court quashes care home closure"\noutlet: The Irish Times\nauthor: Mary Carolan\nkind: court ruling (legal affairs correspondent\'s report on the judgment and the family\'s reaction outside court)\n---',
        "The High Court has quashed the HSE's decision to close a Co Mayo care home.",
        'The HSE said it would study the judgment.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(ruling, 2, 'study the judgment')).toBeUndefined();
    const field = markdownDocument(
      [
        '---\ntitle: "In Darfur, the hunger is spreading"\noutlet: The New Humanitarian\nauthor: Philip Kleinfeld\nkind: humanitarian field report\n---',
        'The RSF denies targeting civilians.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(field, 1, 'denies targeting')).toBeUndefined();
  });
});

describe("round 56's third batch: a place after \"near\" and a company's defined short name", () => {
  it('reads no one in "a newsagent near Charing Cross", so "he said" is the newsagent named before it', () => {
    const column = markdownDocument(
      [
        '---\ntitle: "Glasgow\'s shutters"\noutlet: The Herald\nauthor: Morag Dunleavy\nkind: opinion column\n---',
        'The council leader, Rhona Kilbride, told me on Wednesday that the document was "different because it has money behind it".',
        'I put this to Amir Rashid, who has run a newsagent near Charing Cross for 22 years and has watched three neighbours close.',
        '"People keep asking what will bring the shoppers back," he said. "Nobody is coming back to shop."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(column, 3, 'shoppers back')).toBe('Amir Rashid');
  });

  it('gives a company\'s defined short name its full name (\'Larkspur Home Energy Limited ("Larkspur")\')', () => {
    const notice = markdownDocument(
      [
        '---\ntitle: "Enforcement Notice – Larkspur Home Energy Limited"\noutlet: Data Rights Commission\nkind: regulator\'s enforcement notice (data protection authority)\n---',
        'The Data Rights Commission ("the Commission") has decided to issue Larkspur Home Energy Limited ("Larkspur") with an enforcement notice.',
        'Larkspur responded on 12 May 2025. In its response, Larkspur stated that it "takes its data protection obligations extremely seriously".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notice, 2, 'extremely seriously')).toBe('Larkspur Home Energy Limited');
  });
});

describe("round 56's second review: labelled minutes, a spouse by given name, an outgoing holder, seats and parties", () => {
  it("keeps a clerk's minutes' labelled turns their speakers' over \"Respectfully submitted,\"", () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Council minutes"\noutlet: Town of Harlow Bay\nkind: council agenda and minutes\n---',
        '**7. Public Question Period**',
        'Mayor Carver: We will now take questions from the gallery.',
        'Councillor Ruiz: Madam Mayor, this budget is a disgrace.',
        'Resident Tom Hendry: Why has the library closed on Sundays?',
        'Councillor Ruiz: Because this council chose to cut its hours, Mr Hendry.',
        'Respectfully submitted,',
        'Patricia Nolan\nTown Clerk',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 3, 'a disgrace')).not.toBe('Patricia Nolan');
  });

  it("answers no Q&A with a spouse its introduction calls by given name (\"Bríd says …\")", () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "The lollipop man of Ballina"\noutlet: The Western People\nauthor: Áine Kelly\nkind: interview (Q&A)\n---',
        'For 22 years Paddy Walsh has seen the children of Ballina across the main road. His wife, Bríd Nolan, made him the sign. Bríd says he has never missed a day. We sat down with the man himself.',
        '**How did it start?**',
        'The school asked for a volunteer and nobody else put their hand up.',
        '**Do you ever get a day off?**',
        'Not if I can help it.',
        '**What will you miss?**',
        'The children, every one of them.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 3, 'asked for a volunteer')).not.toBe('Bríd Nolan');
  });

  it('still gives "the president" to an outgoing president, and "the Louth TD" and "the Labour MP" to no one the story never ties so', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Pardons"\noutlet: The Irish Times\nkind: news report\n---',
        'Ukrainian President Volodymyr Zelensky thanked allies on Monday. Outgoing President Joe Biden, meanwhile, pardoned five more people.',
        '"These individuals have paid their debt to society," the president said.',
        'Fianna Fáil TD Cormac Devlin said parents in Dún Laoghaire had been let down. Labour\'s Ged Nash also criticised the cuts.',
        '"This is a disgrace," the Louth TD said.',
        'Reform UK MP Lee Anderson, a former Labour councillor, defended the plan.',
        '"This is nonsense dressed up as policy," the Labour MP said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'paid their debt')).toBe('Joe Biden');
    expect(speakerOfWords(story, 4, 'a disgrace')).not.toBe('Cormac Devlin');
    expect(speakerOfWords(story, 6, 'nonsense dressed up')).not.toBe('Lee Anderson');
  });

  it("credits no charity's own story of someone to them by the age credit under it", () => {
    const review = markdownDocument(
      [
        '---\ntitle: "Annual review 2025"\noutlet: Harbour Housing Trust\nkind: annual review (case studies)\n---',
        'Amara came to us in March after losing her job. Our caseworker found her a room within a week.',
        '— Amara, 34, Leeds',
      ].join('\n\n'),
    );
    expect(speakerOfWords(review, 1, 'came to us in March')).not.toBe('Amara');
  });
});

describe("round 56's third review: a person beside someone, a founder sharing the company's short name", () => {
  it('keeps a person named after "beside" and after "outside … \'s office" a mention for "he said"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "New library opens in Bandon"\noutlet: Southern Star\nkind: news report\n---',
        'Mayor Jim Daly officially opened the new Bandon library on Friday.',
        'The ribbon was cut by pupils from the local national school, standing beside Tom Hegarty, the architect who designed the building.',
        '"It was the project of a lifetime," he said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'project of a lifetime')).toBe('Tom Hegarty');
  });

  it("reads \"Brennan said\" as the founder the text names, not the company defined as (\"Brennan\")", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Builder wins arbitration"\noutlet: The Irish Times\nkind: news report\n---',
        'The arbitrator awarded €1.2 million to Brennan Construction Limited ("Brennan") over unpaid invoices.',
        "The company's founder, Michael Brennan, gave evidence over three days. \"I was told every invoice would be paid within 30 days,\" Brennan said.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'every invoice')).toBe('Michael Brennan');
  });
});
