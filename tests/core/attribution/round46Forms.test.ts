import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("the review of round 45's rules", () => {
  it('reads "she notes, “…”" and "he comments, “…”" as speech', () => {
    const story = madeUpDocument([
      'Helen Tran has lived on the estate for forty years. She notes, “Nobody from the council has been here since 2019.”',
      'Tom Blake runs the corner shop. He comments, “They have left us to rot.”',
    ]);
    expect(speakerOfWords(story, 1, 'Nobody from the council')).toBe('Helen Tran');
    expect(speakerOfWords(story, 2, 'They have left us to rot.')).toBe('Tom Blake');
  });

  it('gives a ministry\'s "Spokesperson:" answers to the ministry and its contact field to nobody', () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Regular press briefing"\noutlet: Ministry of Foreign Affairs\nkind: Q&A\n---',
        'Question: Can you comment on reports that the talks have stalled?',
        'Spokesperson: The talks are continuing and both sides remain committed to a settlement.',
        'Question: When is the next round?',
        'Spokesperson: The dates will be announced in due course.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 2, 'both sides remain committed')).toBeDefined();
    expect(speakerOfWords(briefing, 4, 'The dates will be announced')).toBeDefined();
  });

  it("gives a release's sentence with a telephone number and an email address to the company, unlike a contact list's line", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Timetable changes from Sunday"\noutlet: Northwind Rail\nkind: press release\n---',
        'Northwind Rail will run a reduced timetable on the coast line from Sunday while the bridge at Alnmouth is repaired.',
        'Passengers with questions can call us on 0800 123 4567 or email help@northwind.example, and our staff will ring back within a day.',
        '- Press office: Jane Hall, press@northwind.example, 0191 496 0000',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 2, 'Passengers with questions')).toBe('Northwind Rail');
    expect(speakerOfWords(release, 3, 'Jane Hall')).toBeUndefined();
  });

  it('ends a letter writer\'s words at the next "X writes:" that opens on a quotation', () => {
    const letters = markdownDocument(
      [
        '---\ntitle: "Letters: the tram plan"\noutlet: Example Gazette\nkind: letters to the editor\n---',
        'Jenny Abbott writes: Your report on the tram plan missed the point. Buses are cheaper and the air would be no dirtier.',
        'Tom Reed writes: “Trams are the future” was the council’s slogan in 1995. It was wrong then and it is wrong now.',
        'Nobody asked the people who actually ride the buses.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letters, 1, 'Buses are cheaper')).toBe('Jenny Abbott');
    expect(speakerOfWords(letters, 2, 'It was wrong then')).toBe('Tom Reed');
    expect(speakerOfWords(letters, 3, 'Nobody asked the people')).toBe('Tom Reed');
  });

  it('ends an obituary\'s appreciation at an opening that quotes its writer', () => {
    const obituary = markdownDocument(
      [
        '---\ntitle: "Ruth Hale obituary"\noutlet: Example Gazette\nkind: obituary\n---',
        'Ruth Hale, who has died aged 81, ran the Kelso bookshop for forty years.',
        'Jenny Abbott writes: I worked for Ruth for a decade. She never once raised her voice.',
        'Matthew Parris writes: “She was the cleverest woman I ever met.” He was not alone in thinking so.',
        'She is survived by her husband, Alan.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(obituary, 2, 'She never once raised her voice.')).toBe('Jenny Abbott');
    expect(speakerOfWords(obituary, 3, 'He was not alone in thinking so.')).toBeUndefined();
  });

  it('reads an obituary\'s "her son Dr Chukwuma Wells" as the son it lists, so "her son said" is his', () => {
    const obituary = markdownDocument(
      [
        '---\ntitle: "Grace Wells obituary"\noutlet: Example Gazette\nkind: obituary\n---',
        'Grace Wells, who has died aged 88, taught at Ashby Primary for 35 years.',
        'She is survived by a son, Chukwuma Wells; a daughter, Ama Wells; and six grandchildren.',
        'Her son Dr Chukwuma Wells said: “She was a teacher to the end.”',
        '“She never missed a parents’ evening,” her son said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(obituary, 4, 'She never missed')).toBe('Chukwuma Wells');
  });

  it('reads "the police chief" as no one the police merely questioned, nor "the health chief" as a director campaigners wrote to', () => {
    const story = madeUpDocument([
      'Police questioned club president Tom Hale on Monday about the missing funds.',
      '“We have made one arrest and inquiries continue,” the police chief said.',
      'Health campaigners wrote to hospital director Amy Lowe last week.',
      '“Waiting lists are falling,” the health chief said.',
    ]);
    expect(speakerOfWords(story, 2, 'We have made one arrest')).not.toBe('Tom Hale');
    expect(speakerOfWords(story, 4, 'Waiting lists are falling')).not.toBe('Amy Lowe');
  });

  it('gives no punished councillor the words of the investigation that suspended him', () => {
    const story = madeUpDocument(['Councillor Ray Holt was suspended on Friday after an investigation, branding his conduct “wholly unacceptable”.']);
    expect(speakerOfWords(story, 1, 'wholly unacceptable')).toBeUndefined();
  });

  it("gives an interview's answers to the interviewee its standfirst names in capitals before a colon", () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "On housing"\noutlet: Example Gazette\nauthor: Sam Price\nkind: interview\n---',
        'MAYOR LENA ORTIZ: ON HOUSING, ZONING AND THE NEXT ELECTION',
        'Q: How did the city get here?',
        'A: Honestly, we got here over thirty years.',
        'Q: What will you do?',
        'A: We will build, and we will build fast.',
        'Q: And the election?',
        'A: I will stand again.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 3, 'we got here over thirty years')).toMatch(/LENA ORTIZ|Lena Ortiz/i);
  });
});

describe("round 46's first batch", () => {
  it("gives a medicines agency's safety bulletin to the agency", () => {
    const bulletin = markdownDocument(
      [
        '---\ntitle: "Tolvaprane: risk of severe hypoglycaemia"\noutlet: Medicines and Healthcare Safety Agency\nkind: safety bulletin\n---',
        'Reduce the dose of tolvaprane in patients with reduced kidney function.',
        'A review considered 214 reports of hypoglycaemia, of which 61 were severe.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 2, 'A review considered 214 reports')).toBe('Medicines and Healthcare Safety Agency');
  });

  it('reads "the Patient Advice and Liaison Service" as a service, no one called Advice', () => {
    const report = markdownDocument(
      [
        "---\ntitle: \"Chief Executive's Report\"\noutlet: Northmoor Hospitals NHS Foundation Trust\nauthor: Dr Sunita Marwood\nkind: board paper\n---",
        '3.1 Each month I read a sample of the letters the Patient Advice and Liaison Service receives. One letter stood out, from a man whose wife spent nineteen hours in the department.',
        '3.2 He wrote: "Every member of staff who came to us apologised, and every one of them meant it."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'Every member of staff')).not.toBe('Advice');
  });

  it('gives an ombudsman\'s "the Trust said" to the trust the decision names', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Final decision"\noutlet: Health and Care Complaints Ombudsman\nauthor: Rebecca Tolland\nkind: ombudsman decision\n---',
        'Organisation complained about: Northmoor and Ashby Hospitals NHS Foundation Trust',
        '10. The Trust accepts that it should have telephoned Mrs K before Mr L left the ward. In its final response to Mrs K it said: "We are sorry that the ward did not contact you."',
        '11. In its response to my enquiries, the Trust said that night discharges are "exceptional" and are only agreed by a senior nurse.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 3, 'exceptional')).toBe('Northmoor and Ashby Hospitals NHS Foundation Trust');
  });

  it('gives a decision\'s "They argued" after "The complainant" to the complainant, not the trust', () => {
    const notice = markdownDocument(
      [
        "---\ntitle: \"Decision notice\"\noutlet: Information Commissioner's Office\nkind: decision notice\n---",
        'Northmoor Hospitals NHS Foundation Trust (the Trust) refused the request. The Trust said the information was commercially sensitive.',
        'The complainant contacted the Commissioner on 21 October 2024. They argued that "the public has a right to know how the budget is spent."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notice, 2, 'the public has a right to know')).toBe('the complainant');
  });
});

describe("round 46's second batch", () => {
  it("gives a newsletter's last item to who it quotes, not to the byline signing the newsletter off", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "The farm bill\'s last stand"\noutlet: Punchbowl News\nauthor: Daniel Brennan, Aisha Kamara and Luke Forsberg\nkind: newsletter\n---',
        'Good Wednesday morning.',
        '**What farm groups are saying.** The American Growers Council put out a statement urging Congress to "finish the job."',
        'Council President Dale Hutchins told us: "Farmers plan in five-year cycles. Washington plans in five-day cycles."',
        '— Daniel Brennan, Aisha Kamara and Luke Forsberg',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'Washington plans in five-day cycles.')).toBe('Dale Hutchins');
  });

  it('reads the subject past a newsletter\'s lead-in in capitals, "A SHARP REBUKE — …"', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Playbook"\noutlet: POLITICO\nauthor: Eugene Daniels\nkind: newsletter\n---',
        'FIRST IN PLAYBOOK — Rep. Kendra Lyle (D-Pa.) is launching a caucus with Rep. Ted Marchetti (R-Ohio). "Child care is a kitchen-table issue," Lyle told Playbook. Marchetti added: "Trust me, I\'m motivated."',
        'A SHARP REBUKE — Former Sen. Hal Whitmore (R-Ky.) did not mince words at a dinner Monday, telling attendees his old colleagues were "governing like it\'s a group project nobody wants to turn in."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'governing like it')).toBe('Hal Whitmore');
  });

  it('reads "Boss Jim Kerr" as Jim Kerr and "Strachan snapped:" as speech', () => {
    const report = madeUpDocument([
      'Boss Jim Kerr was close to tears at full-time. He told Record Sport: "I\'m absolutely buzzing."',
      'Dunmore manager Paul Strachan was less forthcoming.',
      'Asked whether the artificial pitch had been a factor, Strachan snapped: "No. Don\'t even go there."',
    ]);
    expect(speakerOfWords(report, 1, 'absolutely buzzing')).toBe('Jim Kerr');
    expect(speakerOfWords(report, 3, 'Don\'t even go there.')).toBe('Paul Strachan');
  });

  it('gives "the Western Trust" its full name as the story printed it first', () => {
    const story = madeUpDocument([
      'The unit will close overnight under plans approved by the Western Health and Social Care Trust.',
      'The Western Trust said it would review the decision after six months.',
      'In a statement, it said: "We fully understand the concern this change will cause."',
    ]);
    expect(speakerOfWords(story, 3, 'We fully understand')).toBe('Western Health and Social Care Trust');
    const wire = madeUpDocument(['Texaco Canada Inc said it was not affected by the ruling.', 'Texaco Inc added in a statement that it "has never operated outside the U.S."']);
    expect(speakerOfWords(wire, 2, 'has never operated')).toBe('Texaco Inc');
  });
});

describe("the review of round 46's batches", () => {
  it('stretches only a trust\'s short name to its full one, not "the European Union" or "the Football Association"', () => {
    const story = madeUpDocument([
      'The European Broadcasting Union (EBU), which organises the Eurovision Song Contest, said it would review the rules.',
      '“This is a matter for broadcasters,” the European Union said.',
      'The Football Supporters’ Association has criticised the ticket prices.',
      '“We have listened to supporters,” the Football Association said.',
    ]);
    expect(speakerOfWords(story, 2, 'This is a matter for broadcasters')).toBe('European Union');
    expect(speakerOfWords(story, 4, 'We have listened to supporters')).toBe('Football Association');
  });

  it('keeps a surname that is a body\'s noun: "Court said" after "Margaret Court"', () => {
    const story = madeUpDocument(['Margaret Court has lost her appeal at the Federal Court of Australia.', '“I will keep speaking,” Court said.']);
    expect(speakerOfWords(story, 2, 'I will keep speaking')).toBe('Margaret Court');
  });

  it('gives "They" after "The complainant" to no complainant where a council or plural people are there to be "they"', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Decision"\noutlet: Local Government Ombudsman\nkind: ombudsman decision\n---',
        'The complainant wrote to Barset Council on 3 May. They replied that "no further action will be taken".',
        'The complainant says council officers ignored her emails. They said they had "no record of any contact".',
        'The complainant\'s neighbours had objected to the plans. They said that "the extension blocks our light".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'no further action')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 2, 'no record of any contact')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 3, 'the extension blocks')).not.toBe('the complainant');
  });

  it('reads "the boss" and "the gaffer" as the manager named so', () => {
    const report = madeUpDocument(['Celtic boss Brendan Rodgers was pleased with his side.', '“Good win,” the boss said.', 'Rangers gaffer Philippe Clement was not.', '“Poor,” the gaffer said.']);
    expect(speakerOfWords(report, 2, 'Good win')).toBe('Brendan Rodgers');
    expect(speakerOfWords(report, 4, 'Poor')).toBe('Philippe Clement');
  });

  it("keeps a one writer's credit line with a title or a bare name", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Volunteer news"\noutlet: Riverside Hospice\nauthor: Mary Okafor\nkind: newsletter\n---',
        'Our shop in Kelso raised £12,000 this spring.',
        '"None of this would be possible without our volunteers, and I want to thank every one of you," she said at the awards.',
        '— Mary Okafor, Chief Executive',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'None of this would be possible')).toBe('Mary Okafor');
  });

  it('reads a name in capitals before a dash as no newsletter lead-in', () => {
    const story = madeUpDocument(['Manchester United manager Ruben Amorim said the result was unacceptable.', 'BBC SPORT — The club said it would not comment further.', 'JOSE MOURINHO — He said the league was "the hardest in the world".']);
    expect(speakerOfWords(story, 3, 'the hardest in the world')).not.toBe('Ruben Amorim');
  });
});
