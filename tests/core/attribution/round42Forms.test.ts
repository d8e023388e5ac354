import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 42', () => {
  it("gives a trade paper's Q&A answers to the one interviewed, not to the interviewer the introduction names with his job title", () => {
    const qa = markdownDocument(
      [
        '---\ntitle: "Q&A: Prescott Auto Group CEO Lena Castellano on EV inventory and why she is still buying stores"\noutlet: Automotive News\nauthor: Russell Dunmore\nkind: interview\n---',
        'Prescott Auto Group has grown from 11 to 34 dealerships in five years, most of them in Arizona, Nevada and New Mexico.',
        "Lena Castellano, 51, became CEO in 2021 after 14 years as the group's CFO. She took over from founder Walter Prescott, who remains chairman.",
        'Castellano spoke with Retail Editor Russell Dunmore about electric vehicle inventory and agency pricing. Here are edited excerpts.',
        '**Q: You have just announced another acquisition. Why buy now?**',
        "A: Because the stores we're buying are in markets where we already have a presence.",
        '**Q: Is EV inventory still a drag on your floorplan costs?**',
        'A: It was, last fall. It is better now.',
        '**Q: What changed on the customer side?**',
        'A: Price. Honestly, it is mostly price.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(qa, 5, 'markets where we already have a presence')).toBe('Lena Castellano');
  });

  it("gives a magazine's pull quote to the one whose words it repeats, not to the one heard last before it", () => {
    const profile = markdownDocument(
      [
        '---\ntitle: "Inside Loomwell"\noutlet: Fast Company\nkind: feature\n---',
        'She met cofounder Marcus Ibeh, a mechanical engineer, at a textile recycling conference in 2018.',
        '"Most of what gets called textile recycling is really downcycling," Ibeh says. "You shred a sweater and you get insulation. But it\'s a one-way street. The sweater never comes back as a sweater."',
        'Sørlie says the company needs to reach roughly ten times its volume to be profitable.',
        '> "It\'s a one-way street. The sweater never comes back as a sweater."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(profile, 4, 'never comes back as a sweater')).toBe('Marcus Ibeh');
  });

  it("gives a charity's trustees' report to the charity", () => {
    const report = madeUpDocument(['The trustees present their annual report together with the audited financial statements of the charity.', 'Our advice line answered 9,870 calls, an increase of 18% on the previous year.'], {
      kind: "trustees' report",
      outlet: "Ashgrove Carers' Trust",
    });
    expect(speakerOfWords(report, 2, 'Our advice line answered')).toBe("Ashgrove Carers' Trust");
  });

  it("gives a bulletin's guest column to the columnist its note names, and the note to no one, beside the bulletin's Q&A", () => {
    const bulletin = markdownDocument(
      [
        "---\ntitle: \"Frontline, April 2024\"\noutlet: Health and Care Staff Union\nkind: members' bulletin\n---",
        '## Pay consultation',
        'The union\'s consultation on the pay offer closes at midnight on Friday 26 April.',
        "## Rep's corner",
        "*This month's column is by Gwen Tallis, a healthcare assistant and workplace rep at Severn Vale General Hospital.*",
        'When I became a rep six years ago, I thought the job was about big disputes. It isn\'t.',
        '## Ask the legal team',
        '**Q: Do I have to sign a new contract?**',
        'A: No. You do not have to sign a new contract immediately.',
        '**Q: Can I be disciplined for a private post?**',
        'A: Possibly. Many employers have social media policies.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 4, "This month's column")).toBeUndefined();
    expect(speakerOfWords(bulletin, 5, 'When I became a rep')).toBe('Gwen Tallis');
  });

  it('keeps "the guard" an unnamed guard, not the campaign whose name holds the word before "security guard"', () => {
    const story = madeUpDocument([
      'Organizers of the petition, launched by a group calling itself Keep Lamont Open, said the numbers understate demand.',
      'One Lamont security guard, who requested anonymity, said overnight shifts were often the quietest of the week.',
      '"Honestly, it\'s the same faces every night," the guard said.',
    ]);
    expect(speakerOfWords(story, 3, 'the same faces every night')).toBe('the guard');
  });

  it('reads a haulier\'s name as no man a "he" can stand for', () => {
    const speech = madeUpDocument(
      [
        'Sunita drives a 44-tonne artic out of the Ferrybridge depot for Castellan Freight.',
        "Now, Castellan's chief executive, Malcolm Strand, had something to say about that dispute. He told the trade press that the settlement was \"a one-off that the business cannot repeat\".",
      ],
      { kind: 'speech', author: 'Bernadette Quinlan' },
    );
    expect(speakerOfWords(speech, 2, 'a one-off that the business')).toBe('Malcolm Strand');
  });

  it('gives "the group said" to the company the story names after its trade, "homeware retailer Halloway Home"', () => {
    const story = madeUpDocument([
      'Shares in homeware retailer Halloway Home have plunged by more than a third after it issued its third profit warning in six months.',
      'Chief executive Fiona Redgrave said: "Trading over the festive period was clearly disappointing."',
      'The group said it would review its store estate, with around 20 shops with leases expiring "under consideration".',
    ]);
    expect(speakerOfWords(story, 3, 'under consideration')).toBe('Halloway Home');
  });

  it('reads the subject of "X, Chicago Milwaukee president, declined to comment but said" as X, not the company in his appositive', () => {
    const story = madeUpDocument([
      'Chicago Milwaukee Corp said it welcomed an investment by Shearson Lehman Brothers Inc in its company.',
      'Edwin Jacobson, Chicago Milwaukee president, declined to comment on movement of the company\'s stock but said,"From an investment point of view, we are pleased to have Shearson as a substantial investor."',
    ]);
    expect(speakerOfWords(story, 2, 'From an investment point of view')).toBe('Edwin Jacobson');
  });

  it('gives "the bank said" to the bank an appositive calls one, "Den Norske Creditbank (DNC), Norway\'s biggest commercial bank"', () => {
    const story = madeUpDocument([
      "Den Norske Creditbank (DNC), Norway's biggest commercial bank, said it boosted its profits in the first eight months by 32.3 pct.",
      'The bank showed a 300 mln crown net profit after provisions, it said.',
      "Although the group's operating profit dropped to 875 mln crowns, the loss was countered by lower provisions, it added.",
      'Total assets rose to 132 billion crowns from 107.6 billion.',
      '"In 1986 DNC made substantial provisions for potential loan losses. The need for write-offs has now been substantially reduced," the bank said.',
    ]);
    expect(speakerOfWords(story, 5, 'substantially reduced')).toBe('Den Norske Creditbank');
  });

  it('gives "they said" to the unnamed member of staff the sentence before quoted in part', () => {
    const story = madeUpDocument(['Another member of staff said the mood afterwards was "somewhere between shock and resignation". "People here have given their careers to this record," they said.'], { outlet: 'Campus Research Weekly' });
    expect(speakerOfWords(story, 1, 'People here have given')).toBe('another member of staff');
  });

  it("gives a lecture's \"he said\" to the supervisor it names, not to the lecturer on the name line over the text", () => {
    const lecture = markdownDocument(
      [
        '---\ntitle: "The Merrow Lecture 2024"\noutlet: The Merrow Society\nauthor: Professor Sunniva Adeyemi-Holt\nkind: lecture text\n---',
        '# The Merrow Lecture 2024',
        '## The patience of instruments',
        '**Professor Sunniva Adeyemi-Holt FMS**\nDelivered at the Society\'s rooms, Carlton Row, London, 6 November 2024',
        '*Text as prepared for delivery. Check against delivery.*',
        'President, Fellows, guests: thank you. It is a great honour to give this lecture.',
        'I want to talk tonight about patience: the long, dull business of measuring the same thing in the same way for decades.',
        'When I arrived as a doctoral student at the Ardlaw Observatory in 1991, the first thing my supervisor, Professor Idris Kaleta, showed me was not a telescope. It was a cupboard of ledgers. "These," he said, "are the most valuable things in the building, and nobody has looked at them since 1962."',
      ].join('\n\n'),
    );
    const at = lecture.paragraphs.findIndex((p) => p.text.includes('most valuable things')) + 1;
    expect(speakerOfWords(lecture, at, 'most valuable things')).toBe('Idris Kaleta');
  });

  it('keeps "one senior carer at the company\'s Dudley home" a carer described, not a person called Dudley', () => {
    const bulletin = madeUpDocument(['One senior carer at the company\'s Dudley home, who asked not to be named, said: "We all knew handover was work. Doing it together made all the difference."'], { kind: "members' bulletin", outlet: 'Health and Care Staff Union' });
    expect(speakerOfWords(bulletin, 1, 'Doing it together')).not.toBe('Dudley');
  });

  it("reads an office in capitals over its holder's name as no name: \"NORWAY'S CLIMATE AND ENVIRONMENT MINISTER, TERJE HOLMSEN, TO REPORTERS:\"", () => {
    const factbox = madeUpDocument(["NORWAY'S CLIMATE AND ENVIRONMENT MINISTER, TERJE HOLMSEN, TO REPORTERS:", '"This is a disappointment, but not a defeat. The majority is clear."'], { kind: 'factbox', outlet: 'Reuters' });
    expect(speakerOfWords(factbox, 2, 'not a defeat')).not.toBe("NORWAY'S CLIMATE");
    // (Nor is a speaker line in capitals cut at its name's comma: round 32's factbox, cased.)
    const speakerLine = madeUpDocument(['RWANDAN ENVIRONMENT MINISTER CLAUDINE MUKAMANA, SPEAKING FOR A COALITION OF MORE THAN 90 COUNTRIES:', '"We came here to turn off the tap."'], { outlet: 'Reuters' });
    expect(speakerOfWords(speakerLine, 2, 'turn off the tap')).toBe('Claudine Mukamana');
  });

  it("gives a body's bulletin's answers to its readers' questions to the body", () => {
    const bulletin = markdownDocument(
      [
        "---\ntitle: \"Frontline, April 2024\"\noutlet: Health and Care Staff Union\nkind: members' bulletin\n---",
        '## Ask the legal team',
        '**Q: My employer has asked me to sign a new contract. Do I have to sign it?**',
        'A: No. You do not have to sign a new contract immediately.',
        '**Q: Can I be disciplined for something I posted on a private account?**',
        'A: Possibly. Many employers have social media policies that apply outside work.',
        '**Q: Is my rep paid for the time?**',
        'A: Yes. Reps are entitled to paid time off for their duties.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 3, 'You do not have to sign')).toBe('Health and Care Staff Union');
    expect(speakerOfWords(bulletin, 2, 'Do I have to sign it?')).toBeUndefined();
  });
});

describe('the review of round 41', () => {
  it('keeps a body its name, not a longer name of another body printed after it', () => {
    const law = madeUpDocument([
      'Legal aid rates for criminal defence work will rise by 10 per cent from October.',
      'The Law Society said the rise was "too little, too late" for firms that had already closed.',
      'North of the border, the Law Society of Scotland has asked for a similar uplift.',
    ]);
    expect(speakerOfWords(law, 2, 'too little, too late')).toBe('Law Society');
    const court = madeUpDocument([
      'The Supreme Court ruled on Wednesday that the government acted unlawfully.',
      'The Supreme Court said the decision "had the effect of frustrating the ability of Parliament".',
      'Lawyers noted that the Supreme Court of Canada reached a similar view in 2014.',
    ]);
    expect(speakerOfWords(court, 2, 'had the effect of frustrating')).toBe('Supreme Court');
  });

  it("keeps a director his name beside the firm named after him", () => {
    const story = madeUpDocument([
      'Ian Field Services Ltd, a drainage contractor from Malton, was fined £60,000 after a worker was crushed by a digger in a field near the A64.',
      "Ian Field, the firm's director, said: \"We are deeply sorry for what happened to our colleague.\"",
    ]);
    expect(speakerOfWords(story, 2, 'deeply sorry')).toBe('Ian Field');
  });

  it('gives no letter\'s addressee the writer\'s finding "you accepted"', () => {
    const letter = madeUpDocument(
      ['Mr Robert Castellan\nChief Executive\nHartwell Water Services Ltd', 'Dear Mr Castellan,', 'In our meeting on 4 March you accepted our finding that "the company failed to maintain its flow monitoring equipment".'],
      { kind: 'enforcement letter', outlet: 'Office for Water Regulation' },
    );
    expect(speakerOfWords(letter, 3, 'failed to maintain')).not.toBe('Robert Castellan');
  });

  it('gives a written answer whose "Answered by" line the loader kept once to no second minister', () => {
    const q = (n: number, minister: string, answer: string) => `UIN 3821${n}, tabled on 3 March 2025\n\n**Asked by Tom Brierley (Conservative, Harrowby North)**\n\nTo ask the Secretary of State for Transport, question ${n}.\n\n**Answered on 11 March 2025**\n\n**Answered by ${minister}**\n\n${answer}\n\n`;
    const a = 'Louise Penhallow, Minister of State (Department for Transport)';
    const b = 'Simon Okafor, Parliamentary Under-Secretary (Department for Transport)';
    const page = markdownDocument(
      `---\ntitle: "Rail services: written questions"\noutlet: UK Parliament\nkind: written question and answer\n---\n\n${q(1, a, 'Northline Rail has told the Department that 146 trainee drivers are in training.')}${q(2, b, 'The Department is considering the business case.')}${q(3, a, 'The Department does not hold this information.')}`,
    );
    const third = page.paragraphs.findIndex((p) => p.text.includes('does not hold')) + 1;
    expect(speakerOfWords(page, third, 'does not hold')).not.toBe('Simon Okafor');
  });

  it('gives a committee\'s bare "Chair:" to the member in the chair, not to the chair sending apologies', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Transport Committee: Oral evidence"\noutlet: House of Commons Transport Committee\nkind: transcript\n---',
        'Members present: Mr Ian Dennison (in the Chair); Ruth Ogunleye; Sam Whitcombe.\nApologies: Helen Tarrant (Chair).',
        'Q214 **Chair:** Good morning. Helen Tarrant sends her apologies, so I am chairing today.',
        '**Priya Mander:** Good morning. I am Priya Mander, Operations Director at Northline Rail.',
        'Q215 **Chair:** Ms Mander, why were a fifth of services cancelled in January?',
        '**Priya Mander:** The short answer is drivers.',
        'Q216 **Ruth Ogunleye:** Is that good enough for passengers?',
        '**Priya Mander:** No, and we have said so.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 2, 'so I am chairing today')).toBe('Ian Dennison');
  });

  it("leaves a news outlet's travel update journalism", () => {
    const update = madeUpDocument(['The M62 is closed eastbound between junctions 24 and 25 after a lorry caught fire.', 'West Yorkshire Police said the road was likely to stay shut until the evening.'], { kind: 'travel update', outlet: 'BBC News' });
    expect(speakerOfWords(update, 1, 'The M62 is closed')).toBeUndefined();
  });

  it("keeps a newsletter's items about a signer, or unsigned before her item's question heading, the practice's", () => {
    const source = { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' };
    const caption = madeUpDocument(['Patient Newsletter', 'A new face at the surgery', 'Mrs Jones joined the nursing team this month after ten years in Leeds.', 'Sarah Jones, Practice Nurse', 'Summer reminders', 'The practice will be closed on Thursday 11 July.'], source);
    expect(speakerOfWords(caption, 3, 'Mrs Jones joined')).not.toBe('Sarah Jones');
    const items = madeUpDocument(
      ['Patient Newsletter', 'Welcome', 'We have had a busy spring at the practice, and we want to thank you for your patience.', 'Can we help you with the NHS App?', 'If you are struggling with the NHS App, I run a drop-in session every Friday.', 'Tom Roe, Receptionist', 'Summer reminders', 'The practice will be closed on Thursday 11 July.'],
      source,
    );
    expect(speakerOfWords(items, 3, 'busy spring')).not.toBe('Tom Roe');
    expect(speakerOfWords(items, 5, 'I run a drop-in')).toBe('Tom Roe');
  });

  it('reads no headline in capitals, nor honours, into a name', () => {
    const story = madeUpDocument(['SHARES IN DR MARTENS SLUMP', 'Dr Martens said in a statement: "Trading in the US has been weaker than we expected."']);
    expect(speakerOfWords(story, 2, 'Trading in the US')).toBe('Dr Martens');
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Northgate Hospital Inquiry: Day 14"\noutlet: Northgate Hospital Inquiry\nkind: transcript\n---',
        'Before:\nSIR ROBERT HAIG (Chair)',
        'DR PRIYA DESAI OBE (affirmed)',
        'MS ANAND: Dr Desai, when did you first hear of the deaths on Ward 7?',
        'DR DESAI: In March 2019, from a nurse on the ward.',
        'MS ANAND: What did you do then?',
        'DR DESAI: I asked for the mortality figures that afternoon.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 4, 'In March 2019')).toBe('Priya Desai');
  });
});

describe("the review of round 42's batches", () => {
  it('reads no person described by a trade, "a retired bank manager", as the bank that speaks later', () => {
    const story = madeUpDocument([
      "A pensioner from Harrogate has lost £40,000 to fraudsters who posed as his bank's security team.",
      'Gerald Hurst, a retired bank manager, said he had transferred his savings after a caller warned his account had been compromised.',
      '"I trusted the caller completely," he said.',
      '"We are reviewing Mr Hurst\'s case and will be in touch with him directly," the bank said.',
    ]);
    expect(speakerOfWords(story, 4, 'We are reviewing')).not.toBe('Gerald Hurst');
  });

  it("keeps a speaker's quotation paragraph hers when a critic later quotes the words back", () => {
    const story = madeUpDocument([
      'Jana Novak, the council leader, defended the decision to close the library.',
      '"We did not take this lightly," she said.',
      '"The building needs two million pounds of repairs that we simply do not have."',
      'Campaigner Tom Reed said: "They say the building needs two million pounds of repairs that we simply do not have. Show us the survey."',
    ]);
    expect(speakerOfWords(story, 3, 'The building needs')).toBe('Jana Novak');
  });

  it('gives what "you admitted, in interview, that" or "you acknowledged, quote," quotes to the one addressed', () => {
    const call = madeUpDocument(
      [
        'Operator: Our next question comes from Mark Feldman of Barclays.',
        'Mark Feldman: Thanks. Julia, last quarter you acknowledged, quote, “Pricing will stay under pressure for most of the year.” Has that changed?',
        'Julia Brandt: It has improved a little. We are seeing firmer pricing in Europe.',
        'Mark Feldman: Thanks.',
        'Julia Brandt: Thank you, Mark.',
      ],
      { kind: 'transcript', title: 'Q3 2024 earnings call' },
    );
    expect(speakerOfWords(call, 2, 'Pricing will stay')).toBe('Julia Brandt');
    const remarks = madeUpDocument(['R v Callum Dray', 'Sentencing Remarks', 'Callum Dray, you may remain seated.', 'You admitted, in interview, that “I panicked and I just drove off”. That is no excuse.'], {
      kind: 'sentencing remarks',
      title: 'R v Callum Dray Sentencing Remarks',
    });
    expect(speakerOfWords(remarks, 4, 'I panicked')).toBe('Callum Dray');
  });

  it('names a singular "they" by the whole description, "one member of the public"', () => {
    const story = madeUpDocument(['Queues stretched around the block on Monday. One member of the public said the system was "chaotic". "I waited four hours and nobody could tell me anything," they said.']);
    expect(speakerOfWords(story, 1, 'I waited four hours')).toBe('one member of the public');
  });

  it('gives a newsletter item in which the signer introduces herself by title to her', () => {
    const newsletter = madeUpDocument(['Patient Newsletter', 'Meet the team', "Hello, I'm Nurse Jones and I joined the practice in March. I run the asthma clinic every Tuesday morning.", 'Sarah Jones, Practice Nurse', 'Summer reminders', 'The practice will be closed on Thursday 11 July.'], {
      kind: 'newsletter',
      outlet: 'Mill Lane Medical Practice',
    });
    expect(speakerOfWords(newsletter, 3, 'I run the asthma clinic')).toBe('Sarah Jones');
  });

  it('keeps a vox pop\'s name line the "she" of the line under it', () => {
    const story = madeUpDocument([
      'Council leader Mark Ellis said the bypass would "bring trade back to the high street". We asked the traders.',
      'Tomas Berg\nHe has run the bakery on Mill Street since 1998. "People come for the bread," he said.',
      'Ruth Ogunleye\nShe opened her florist in 2019. "Parking is the problem, not traffic," she said.',
    ]);
    expect(speakerOfWords(story, 3, 'Parking is the problem')).toBe('Ruth Ogunleye');
  });

  it("ends a noted guest column at the next heading, whatever its punctuation", () => {
    const bulletin = markdownDocument(
      [
        "---\ntitle: \"Frontline, April 2024\"\noutlet: Health and Care Staff Union\nkind: members' bulletin\n---",
        "## Rep's corner",
        "*This month's column is by Gwen Tallis, a healthcare assistant and workplace rep at Severn Vale General Hospital.*",
        "When I became a rep six years ago, I thought the job was about big disputes. It isn't.",
        '## Pay offer: what happens next?',
        "The union's consultation on the pay offer closes at midnight on Friday 26 April. We are recommending that members reject it.",
      ].join('\n\n'),
    );
    const at = bulletin.paragraphs.findIndex((p) => p.text.includes('We are recommending')) + 1;
    expect(speakerOfWords(bulletin, at, 'We are recommending')).not.toBe('Gwen Tallis');
  });

  it('reads counsel\'s full name from "Questions from MS HELEN ANAND"', () => {
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Northgate Hospital Inquiry: Day 14"\noutlet: Northgate Hospital Inquiry\nkind: transcript\n---',
        'Before:\nSIR ROBERT HAIG (Chair)',
        'DR PRIYA DESAI (affirmed)',
        'Questions from MS HELEN ANAND',
        'MS ANAND: Dr Desai, when did you first hear of the deaths on Ward 7?',
        'DR DESAI: In March 2019, from a nurse on the ward.',
        'MS ANAND: What did you do then?',
        'DR DESAI: I asked for the mortality figures that afternoon.',
      ].join('\n\n'),
    );
    const at = inquiry.paragraphs.findIndex((p) => p.text.includes('when did you first')) + 1;
    expect(speakerOfWords(inquiry, at, 'when did you first')).toBe('Helen Anand');
  });

  it("gives Bloomberg's Q&A with Michael Bloomberg to him, the outlet's name his surname", () => {
    const qa = markdownDocument(
      [
        '---\ntitle: "Q&A: Michael Bloomberg on climate finance and the coal phase-out"\noutlet: Bloomberg\nauthor: Akshat Rathi\nkind: interview\n---',
        'Michael Bloomberg, the UN special envoy on climate ambition, spoke with Akshat Rathi about the coal phase-out. Here are edited excerpts.',
        '**Q: Is the coal phase-out on track?**',
        "A: In the United States, yes. More than half of the country's coal plants have closed or announced they will.",
        '**Q: And elsewhere?**',
        'A: Elsewhere it is much harder, and finance is the reason.',
      ].join('\n\n'),
    );
    const at = qa.paragraphs.findIndex((p) => p.text.includes('In the United States')) + 1;
    expect(speakerOfWords(qa, at, 'In the United States')).toBe('Michael Bloomberg');
  });

  it('reads "One email from the council said" as the council\'s email, not a person', () => {
    const story = madeUpDocument(['Parents were told of the closure by email on Friday afternoon. One email from the council said: "The building is no longer safe for pupils and staff."']);
    expect(speakerOfWords(story, 1, 'The building is no longer')).toBe('the council');
  });
});
