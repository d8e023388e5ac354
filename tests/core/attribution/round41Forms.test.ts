import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../src/core/corpus/htmlBlocks.js';
import { paragraphsOf } from '../../../src/core/corpus/parseDocument.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 41', () => {
  it("reads a planning inquiry transcript's header in capitals: the inspector on lines of his own, counsel in the appearances", () => {
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Dunmere Quarry extension inquiry: transcript of Day 2"\noutlet: Planning Inspectorate\nkind: transcript\n---',
        'PLANNING INSPECTORATE',
        'APPEAL BY NORTHCOTE AGGREGATES LIMITED',
        'Before:\nMS HELEN TREGARTHEN BSc (Hons) MRTPI\n(The Inspector)',
        'APPEARANCES\nFor the Appellant: MR SIMON ACKROYD KC, instructed by Holt Brennan LLP\nFor the Council: MS PRIYA ANAND, of counsel',
        'THE INSPECTOR: Good morning. Mr Ackroyd, your witness.',
        'MR ACKROYD: Thank you, madam. I call Mr Gareth Lowry.',
        'MR GARETH LOWRY (affirmed)',
        'Examination-in-chief by MR ACKROYD',
        'Q. Mr Lowry, please give the inquiry your full name.',
        'A. Gareth Lowry. I am the company\'s planning director.',
        'Q. Why is the extension needed?',
        'A. Because the existing reserves run out in 2029.',
        'MR ACKROYD: Thank you. Those are my questions.',
        'THE INSPECTOR: Ms Anand?',
        'MS ANAND: Nothing from me, madam.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 3, 'MS HELEN TREGARTHEN')).toBeUndefined();
    expect(speakerOfWords(inquiry, 4, 'For the Appellant')).toBeUndefined();
    expect(speakerOfWords(inquiry, 5, 'your witness')).toBe('Helen Tregarthen');
    expect(speakerOfWords(inquiry, 6, 'I call Mr Gareth Lowry')).toBe('Simon Ackroyd');
    expect(speakerOfWords(inquiry, 9, 'please give the inquiry')).toBe('Simon Ackroyd');
    expect(speakerOfWords(inquiry, 10, "company's planning director")).toBe('Gareth Lowry');
    expect(speakerOfWords(inquiry, 12, 'existing reserves run out')).toBe('Gareth Lowry');
    expect(speakerOfWords(inquiry, 15, 'Nothing from me')).toBe('Priya Anand');
  });

  it("gives a lecture's, an open letter's and a blog post's own text to the author by name, without the byline's titles", () => {
    const lecture = madeUpDocument(['I want to talk tonight about patience, and about the instruments that taught it to me.'], { kind: 'lecture', author: 'Professor Dame Ruth Okonjo-Lane' });
    expect(speakerOfWords(lecture, 1, 'I want to talk tonight')).toBe('Ruth Okonjo-Lane');
    const blog = madeUpDocument(['Every museum has drawers that nobody has opened in a long time. Ours has rather a lot of them.'], { kind: 'blog post', author: 'Dr Imke Vasquez-Hall' });
    expect(speakerOfWords(blog, 1, 'Ours has rather a lot')).toBe('Imke Vasquez-Hall');
    // (A judge's office stays: "Mrs Justice Hartley" is no Ms Justice Hartley.)
    const judgment = madeUpDocument(['I have reached the conclusion that the claim must fail.'], { kind: 'judgment', author: 'Mrs Justice Hartley' });
    expect(speakerOfWords(judgment, 1, 'the claim must fail')).toBe('Mrs Justice Hartley');
  });

  it("gives an incident investigation report's findings to the body that issues it", () => {
    const report = madeUpDocument(
      ['1.1 At about 14:40 on 22 August, tritiated water vapour was released from a glovebox in Laboratory 4.', '1.2 No activity was detected beyond the site boundary.'],
      { kind: 'incident investigation report', outlet: 'Farrowmere National Laboratory' },
    );
    expect(speakerOfWords(report, 2, 'No activity was detected')).toBe('Farrowmere National Laboratory');
  });

  it("reads a seminar transcript's header of fields, the date's among them, as nobody's words", () => {
    const seminar = markdownDocument(
      [
        '---\ntitle: "Seminar transcript: Reading the rocks"\noutlet: Institute for Earth Sciences\nkind: seminar transcript\n---',
        '# Thursday Seminar Series',
        '**Speaker:** Dr Maren Holtby, Centre for Coastal Geology\n**Chair:** Professor Amos Quigley, Director, Institute for Earth Sciences\n**Date:** 12 March 2024, Lecture Theatre 1, and online',
        '*This transcript has been lightly edited for readability.*',
        '**AMOS QUIGLEY:** Good afternoon, everyone. It is a pleasure to introduce Maren Holtby.',
        '**MAREN HOLTBY:** Thank you, Amos. I want to start with a cliff.',
        '**MAREN HOLTBY:** This cliff has retreated forty metres since 1900, and we can read why in its layers.',
        '**AMOS QUIGLEY:** Thank you, Maren. We have time for questions.',
        '**MAREN HOLTBY:** I will take them gladly.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(seminar, 1, 'Dr Maren Holtby')).toBeUndefined();
    expect(speakerOfWords(seminar, 2, 'lightly edited')).toBeUndefined();
    expect(speakerOfWords(seminar, 4, 'start with a cliff')).toBe('Maren Holtby');
  });

  it("reads a lecture text's publisher's lines, over it and under it, as nobody's words", () => {
    const lecture = markdownDocument(
      [
        '---\ntitle: "The Harcourt Lecture 2024: Slow science"\noutlet: The Harcourt Institute\nauthor: Professor Lena Marwick\nkind: lecture text\n---',
        '# The Harcourt Lecture 2024',
        '**Professor Lena Marwick FRS**\nDelivered at the Institute\'s hall, London, 4 June 2024',
        '*Text as prepared for delivery. Check against delivery.*',
        'I want to talk tonight about slowness, and about the people who measured the same thing every day for fifty years.',
        'Thank you.',
        "*The Harcourt Lecture is given annually. A recording of the lecture is available on the Institute's website.*",
      ].join('\n\n'),
    );
    expect(speakerOfWords(lecture, 1, 'Delivered at')).toBeUndefined();
    expect(speakerOfWords(lecture, 2, 'Check against delivery')).toBeUndefined();
    expect(speakerOfWords(lecture, 3, 'I want to talk tonight')).toBe('Lena Marwick');
    expect(speakerOfWords(lecture, 5, 'A recording of the lecture')).toBeUndefined();
  });

  it('spells out an acronym by the name before it, its "on" and its company ending with it', () => {
    const group = madeUpDocument([
      'Donors pledged 3.15 billion dlrs, a statement issued after a meeting of the Inter Governmental Group on Indonesia (IGGI) said.',
      '"The Group commended Indonesia for the steps it has taken," IGGI said.',
    ]);
    expect(speakerOfWords(group, 2, 'The Group commended')).toBe('Inter Governmental Group on Indonesia');
    const forecaster = madeUpDocument([
      'Wheat plantings are forecast to fall, Australian Wheat Forecasters Pty Ltd (AWF) said in its first forecast.',
      '"The lack of statutory marketing is a cause for concern," AWF said.',
    ]);
    expect(speakerOfWords(forecaster, 2, 'cause for concern')).toBe('Australian Wheat Forecasters Pty Ltd');
  });

  it("gives a parliament's written question to its asker and the answer to the minister answering, each time", () => {
    const page = markdownDocument(
      "---\ntitle: \"Rail services: Drivers\"\noutlet: UK Parliament\npublished: 2025-03-12\nkind: written question and answer\n---\n\n# Rail services: Drivers\n\nQuestion for Department for Transport\n\nUIN 38211, tabled on 3 March 2025\n\n**Asked by Tom Brierley (Conservative, Harrowby North)**\n\nTo ask the Secretary of State for Transport, what assessment her Department has made of the number of train drivers in training on the Northline franchise.\n\n**Answered on 11 March 2025**\n\n**Answered by Louise Penhallow, Minister of State (Department for Transport)**\n\nNorthline Rail has told the Department that 146 trainee drivers are currently in training. The operator expects the first 40 to qualify by the end of June. The Department will continue to monitor driver numbers through its regular performance meetings with the operator.\n\nQuestion for Department for Transport\n\nUIN 38212, tabled on 3 March 2025\n\n**Asked by Tom Brierley (Conservative, Harrowby North)**\n\nTo ask the Secretary of State for Transport, how many services on the Northline franchise were cancelled because of driver shortages in February 2025.\n\n**Answered on 11 March 2025**\n\n**Answered by Louise Penhallow, Minister of State (Department for Transport)**\n\nThe Department does not hold this information in the form requested. Cancellation data by cause is published by the Office of Rail and Road.\n",
    );
    expect(speakerOfWords(page, 3, 'Asked by')).toBeUndefined();
    expect(speakerOfWords(page, 4, 'what assessment her Department')).toBe('Tom Brierley');
    expect(speakerOfWords(page, 7, 'first 40 to qualify')).toBe('Louise Penhallow');
    expect(speakerOfWords(page, 11, 'how many services')).toBe('Tom Brierley');
    // (The second answer's "Answered by …" line, the first's said again word for word, is kept each time by the loader since
    // round 60, a line said again on purpose.)
    expect(speakerOfWords(page, 13, 'Answered by')).toBeUndefined();
    expect(speakerOfWords(page, 14, 'does not hold this information')).toBe('Louise Penhallow');
  });

  it("reads a select committee's evidence: its panel line nobody's, \"Chair:\" the chair its members' line names", () => {
    const evidence = markdownDocument(
      "---\ntitle: \"Transport Committee: Oral evidence: Rail performance in the North, HC 412\"\noutlet: House of Commons Transport Committee\npublished: 2025-02-05\nkind: transcript\n---\n\n# Transport Committee\n\n## Oral evidence: Rail performance in the North, HC 412\n\nWednesday 5 February 2025\n\nWatch the meeting\n\nMembers present: Helen Tarrant (Chair); Mr Ian Dennison; Ruth Ogunleye; Sam Whitcombe.\n\nQuestions 214-231\n\n**Witnesses**\n\nI: Priya Mander, Operations Director, Northline Rail; and Dr Colin Sewell, Chief Executive, Rail Users Forum.\n\n**Examination of witnesses**\n\nWitnesses: Priya Mander and Dr Colin Sewell.\n\nQ214 **Chair:** Good morning and welcome. Could you introduce yourselves for the record?\n\n**Priya Mander:** Good morning. I am Priya Mander, Operations Director at Northline Rail.\n\n**Dr Sewell:** I am Colin Sewell, and I run the Rail Users Forum.\n\nQ215 **Chair:** Ms Mander, why were a fifth of services cancelled in January?\n\n**Priya Mander:** The short answer is drivers. We do not have enough of them, and rest-day working has dried up.\n\nQ216 **Mr Dennison:** When will that change?\n\n**Priya Mander:** We expect the first 40 new drivers to qualify by the end of June.\n\nQ217 **Ruth Ogunleye:** Dr Sewell, is that good enough for passengers?\n\n**Dr Sewell:** No. Passengers have heard \"by the summer\" every year since 2022.\n",
    );
    expect(speakerOfWords(evidence, 7, 'Operations Director, Northline Rail')).toBeUndefined();
    expect(speakerOfWords(evidence, 8, 'Examination of witnesses')).toBeUndefined();
    expect(speakerOfWords(evidence, 10, 'Could you introduce yourselves')).toBe('Helen Tarrant');
    expect(speakerOfWords(evidence, 13, 'why were a fifth')).toBe('Helen Tarrant');
    expect(speakerOfWords(evidence, 14, 'The short answer is drivers')).toBe('Priya Mander');
  });

  it("gives a news release's own text to the body that issues it, as a press release's", () => {
    const release = madeUpDocument(['British bases will be protected by a new generation of air defence radars under a £120 million contract announced today.', 'The first radar will enter service in 2027.'], { kind: 'news release', outlet: 'Ministry of Defence' });
    expect(speakerOfWords(release, 2, 'first radar will enter service')).toBe('Ministry of Defence');
  });

  it("gives a letter's quotation of what \"you accepted\" to the one its address block names", () => {
    const letter = madeUpDocument(
      [
        'Office for Water Regulation\nCentre City Tower, Birmingham',
        '27 June 2025',
        'Mr Robert Castellan\nChief Executive\nAldermoor Water plc\nLeicester',
        'Dear Mr Castellan,',
        '1. I am writing to inform you that we propose to impose a financial penalty on Aldermoor Water plc.',
        '2. In your letter to us of 3 June 2024, you accepted that "the flow monitoring on which our compliance figures relied was not fit for purpose." We agree.',
        'Yours sincerely,',
        'Nadia Farrow\nDirector of Enforcement',
      ],
      { kind: 'enforcement letter', outlet: 'Office for Water Regulation', author: 'Nadia Farrow' },
    );
    expect(speakerOfWords(letter, 6, 'the flow monitoring')).toBe('Robert Castellan');
    expect(speakerOfWords(letter, 6, 'We agree.')).toBe('Nadia Farrow');
  });

  it('names a body the story calls short by the one longer name it prints beginning so', () => {
    const bank = madeUpDocument([
      '<Royal Bank of Canada> said it estimates 1987 loan losses at one billion dlrs.',
      'Royal Bank said it set its provisions "given the continued debt-servicing problems" of borrowers.',
    ]);
    expect(speakerOfWords(bank, 2, 'continued debt-servicing')).toBe('Royal Bank of Canada');
    const water = madeUpDocument([
      'Hartwell Water Services Ltd was fined £2.4 million at Exeter Crown Court on Tuesday after sewage entered a drinking water reservoir.',
      'In a statement issued after the hearing, Hartwell Water said: "We are deeply sorry for this incident."',
    ]);
    expect(speakerOfWords(water, 2, 'deeply sorry')).toBe('Hartwell Water Services Ltd');
    // (Not the New York Fed for the Federal Reserve: a longer name that goes on with another body's words.)
    const fed = madeUpDocument([
      'The Federal Reserve Bank of New York said it bought bills for customers.',
      'The Federal Reserve said in a statement: "The committee will act as appropriate."',
    ]);
    expect(speakerOfWords(fed, 2, 'act as appropriate')).toBe('Federal Reserve');
  });

  it("gives a service chief's speech to him by name, without his rank, and its publisher's standfirst to no one", () => {
    const speech = markdownDocument(
      "---\ntitle: \"Chief of the Air Staff's speech at the Air and Space Power Conference 2025\"\noutlet: Royal Air Force\npublished: 2025-07-16\nauthor: Air Chief Marshal Sir Duncan Harrow\nkind: speech\n---\n\n# Chief of the Air Staff's speech at the Air and Space Power Conference 2025\n\nAir Chief Marshal Sir Duncan Harrow set out how the RAF will grow its combat air and space capabilities over the next decade.\n\nFrom: Royal Air Force and Air Chief Marshal Sir Duncan Harrow\nDelivered on: 15 July 2025 (Transcript of the speech, exactly as it was delivered)\n\nGood morning, everyone, and thank you for coming.\n\n## Where we are\n\nLast month I visited a squadron in Lincolnshire. A young corporal, Amira Khaleel, told me something I have not forgotten. \"Sir, we can fix anything,\" she said, \"but we cannot fix not having the parts.\"\n\n## Where we are going\n\nMy predecessor wrote that the RAF must be \"ready tonight, and ready in ten years' time\". I agree with every word.\n\nWe will double our investment in space over the next five years.\n\nThank you.\n",
    );
    expect(speakerOfWords(speech, 1, 'set out how the RAF')).toBeUndefined();
    expect(speakerOfWords(speech, 3, 'thank you for coming')).toBe('Duncan Harrow');
    expect(speakerOfWords(speech, 5, 'we cannot fix')).toBe('Amira Khaleel');
  });

  it("gives a rail operator's service update to the operator, its director's words to her", () => {
    const update = markdownDocument(
      "---\ntitle: \"Disruption between Harrowby and Kellsmouth\"\noutlet: Northline Rail\npublished: 2025-01-14\nkind: service update\n---\n\n# Disruption between Harrowby and Kellsmouth\n\n**Last updated:** 14 January 2025, 16:05\n**Status:** Major disruption\n\n## What is happening?\n\nA landslip near Dunmere has blocked both lines between Harrowby and Kellsmouth. Trains are unable to run between these stations until at least 10:00 tomorrow.\n\n## How will my journey be affected?\n\n- Harrowby to Kellsmouth: replacement buses every 30 minutes.\n- Kellsmouth to Harrowby: replacement buses every 30 minutes.\n\nPriya Mander, Operations Director at Northline Rail, said: \"Our engineers are on site and are working as quickly as they safely can.\n\n\"I am sorry to everyone whose journey has been disrupted today.\"\n\n## Previous updates\n\n**14 January, 11:20:** We are investigating reports of a landslip near Dunmere.\n\n**14 January, 09:45:** Trains between Harrowby and Kellsmouth are delayed.\n",
    );
    expect(speakerOfWords(update, 3, 'A landslip near Dunmere has blocked')).toBe('Northline Rail');
    expect(speakerOfWords(update, 6, 'working as quickly')).toBe('Priya Mander');
    expect(speakerOfWords(update, 7, 'I am sorry')).toBe('Priya Mander');
  });
});

describe('the review of round 40', () => {
  it('1 embedded tweet after a block quotation is not the earlier speaker', () => {
    const h = htmlDocument('<p>Four new research hubs will share £48 million, the board announced.</p><p>Professor Alison Reddaway, Executive Chair of NERB, said:</p><blockquote><p>These hubs bring together the people who study our coasts.</p></blockquote><blockquote class="twitter-tweet"><p>This is a con dressed up as investment.</p>— Victoria Atkins (@VictoriaAtkins) <a href="#">June 3, 2025</a></blockquote><p>The hubs start in October.</p>');
    expect(speakerOfWords(h, 4, 'This is a con')).not.toBe('Alison Reddaway');
    const m = markdownDocument('Four new research hubs will share £48 million, the board announced.\n\nProfessor Alison Reddaway, Executive Chair of NERB, said:\n\n> These hubs bring together the people who study our coasts.\n\n> This is a con dressed up as investment.\n\n> — Victoria Atkins (@VictoriaAtkins) June 3, 2025\n\nThe hubs start in October.\n');
    expect(speakerOfWords(m, 4, 'This is a con')).not.toBe('Alison Reddaway');
  });
  it('2 Mr Partridge is not Partridge Holdings', () => {
    const d = madeUpDocument(['Mr Partridge, chairman of Partridge Holdings, said the family firm would appeal against the ruling.', '"We will fight this all the way," Partridge said.']);
    expect(speakerOfWords(d, 2, 'We will fight')).toBe('Partridge');
  });
  it('3 "the partnership" is the partnership, not the last company', () => {
    const p = madeUpDocument(['Tesco Plc said it would close the store in March.', 'The Mersey Forest partnership, a group of councils and charities, planted 3,000 trees on the site last year.', 'The partnership said it was "dismayed" by the decision.']);
    expect(speakerOfWords(p, 3, 'dismayed')).not.toBe('Tesco Plc');
  });
  it('4 "said Thompson" is no couple', () => {
    const d = madeUpDocument(['Police said Thompson and Sarah Mills were both charged with fraud.', '"It was a mistake," said Thompson.']);
    expect(speakerOfWords(d, 2, 'It was a mistake')).toBe('Thompson');
  });
  it('5 a place word sharing the signer\'s name does not unsign a section or a speech', () => {
    const nl = madeUpDocument(['Patient Newsletter', 'From the practice manager', 'Our new phone lines opened at the Castle Hill branch in March, and I want to thank you for your patience.', 'Anna Hill, Practice Manager', 'Summer reminders', 'The practice will be closed for staff training on Thursday 11 July.'], { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' });
    expect(speakerOfWords(nl, 3, 'I want to thank you')).toBe('Anna Hill');
    const sp = madeUpDocument(['The 2025 Wexley Prize for Poetry was awarded to Sarah White at a ceremony on Thursday.', "The winner's speech", "Sarah White's acceptance speech, as delivered.", 'Thank you. I wrote most of these poems on night shifts at the White Hart in Deptford.', 'My mother wrote poems she never showed anyone. This is for her.', 'The Wexley Prize for Poetry is awarded annually.'], { kind: 'citation and acceptance speech', outlet: 'The Wexley Prize for Poetry' });
    expect(speakerOfWords(sp, 5, 'This is for her')).toBe('Sarah White');
  });
  it('6 a short question inside a signed section does not cut it', () => {
    const d = madeUpDocument(['Club Newsletter — Spring 2025', "Treasurer's report", 'Our subs have not risen since 2019, and I have held them down for as long as I could.', 'So why are we asking now?', 'Because the pavilion roof needs replacing, and I am asking every member to pay by standing order.', 'Will Carter, Treasurer', 'Fixtures', 'The first match of the season is on Saturday 12 April.'], { kind: 'newsletter', outlet: 'Halden Cricket Club' });
    expect(speakerOfWords(d, 3, 'I have held them down')).toBe('Will Carter');
  });
  it("7 a lecturer's own closing thanks are hers", () => {
    const lec = markdownDocument('---\ntitle: "The Merrow Lecture 2025: Counting the rain"\noutlet: The Merrow Society\nauthor: Eleanor Vance\nkind: lecture\n---\n\n**The Merrow Lecture 2025**\n\n**Professor Eleanor Vance FRS**\n\nWhen I was a doctoral student, my supervisor told me something I have never forgotten.\n\nThe rain gauge is the humblest instrument in science.\n\nThank you to The Merrow Society, and thank you all for coming out on such a wet evening.\n');
    expect(speakerOfWords(lec, 5, 'thank you all for coming')).toBe('Eleanor Vance');
  });
  it('8 Grant and Hunter are given names', () => {
    const g = madeUpDocument(['The charity received a grant of £5,000 from the council last year.', 'Its director, Grant Wilson Shaw, said: "We could not have done it without them."']);
    expect(speakerOfWords(g, 2, 'We could not have done')).toBe('Grant Wilson Shaw');
    const g2 = madeUpDocument(['The council awarded the club a grant last year.', 'The money was welcomed by club secretary Grant Alan Hughes, who said: "It kept the doors open."']);
    expect(speakerOfWords(g2, 2, 'kept the doors open')).toBe('Grant Alan Hughes');
    const h = madeUpDocument(['The hunter who shot the deer was not named.', 'Wildlife officer Hunter James Cole said: "This was entirely legal."']);
    expect(speakerOfWords(h, 2, 'entirely legal')).toBe('Hunter James Cole');
  });
  it('9 an acronym is spelled out without the office before it', () => {
    const a = madeUpDocument(['Dan Huggins, Chief Executive of the Bank of New Zealand (BNZ), announced the cut on Monday.', '"We are passing on the savings to customers," BNZ said in a statement.']);
    expect(speakerOfWords(a, 2, 'passing on the savings')).toBe('Bank of New Zealand');
    const c = madeUpDocument(['Michele Bullock, Governor of the Reserve Bank of Australia (RBA), kept rates on hold.', '"Inflation remains too high," RBA said in a statement.']);
    expect(speakerOfWords(c, 2, 'Inflation remains')).toBe('Reserve Bank of Australia');
  });
  it('10 DS Smith Packaging is a company', () => {
    const ds = madeUpDocument(['DS Smith Packaging said in a statement: "The plant is no longer viable."']);
    expect(speakerOfWords(ds, 1, 'no longer viable')).toBe('DS Smith Packaging');
  });
});

describe('the review of round 41', () => {
  it('1 bare "Chair:" is not a witness who chairs his own body', () => {
    const ev = markdownDocument("---\ntitle: \"Transport Committee: Oral evidence: Rail performance in the North, HC 412\"\noutlet: House of Commons Transport Committee\nkind: transcript\n---\n\n# Transport Committee\n\nWednesday 5 February 2025\n\nMembers present: Helen Tarrant; Mr Ian Dennison; Ruth Ogunleye; Sam Whitcombe.\n\n**Witnesses**\n\nI: Priya Mander, Operations Director, Northline Rail; and Dr Colin Sewell (Chair), Rail Users Forum.\n\nQ214 **Chair:** Good morning and welcome. Could you introduce yourselves for the record?\n\n**Priya Mander:** Good morning. I am Priya Mander, Operations Director at Northline Rail.\n\n**Dr Sewell:** I am Colin Sewell, and I run the Rail Users Forum.\n\nQ215 **Chair:** Ms Mander, why were a fifth of services cancelled in January?\n\n**Priya Mander:** The short answer is drivers.\n\nQ216 **Mr Dennison:** When will that change?\n\n**Priya Mander:** We expect the first 40 new drivers to qualify by the end of June.\n\nQ217 **Ruth Ogunleye:** Dr Sewell, is that good enough for passengers?\n\n**Dr Sewell:** No. Passengers have heard \"by the summer\" every year since 2022.\n");
    expect(wordsIn(ev, 'why were a fifth')).not.toBe('Colin Sewell');
  });

  it("2 a first-person question heading does not carry the section before it to the next section's signer", () => {
    const nl = madeUpDocument(['Patient Newsletter', 'From the practice manager', 'Our new phone lines opened in March, and I want to thank you for your patience.', 'Anna Hill, Practice Manager', 'Opening hours', 'From June the surgery will open at 7.30am on Tuesdays and Thursdays.', 'Can we help you?', 'If you need help with the NHS App, I run a drop-in every Friday morning at reception.', 'Tom Roe, Receptionist', 'Summer reminders', 'The practice will be closed for staff training on Thursday 11 July.'], { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' });
    expect(wordsIn(nl, 'From June the surgery')).not.toBe('Tom Roe');
  });

  it('3 a caption speaking of "Mrs Jones" is not signed by Sarah Jones', () => {
    const nl = madeUpDocument(['Patient Newsletter', 'From the practice manager', 'Our new phone lines opened in March, and I want to thank you for your patience.', 'Anna Hill, Practice Manager', 'A new face at the surgery', 'We are delighted to welcome Mrs Jones to the nursing team this month. She has worked in Leeds for ten years.', 'Sarah Jones, Practice Nurse', 'Summer reminders', 'The practice will be closed for staff training on Thursday 11 July.'], { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' });
    expect(wordsIn(nl, 'We are delighted to welcome')).not.toBe('Sarah Jones');
  });

  it("4 a titled byline's bio is still a note about the author", () => {
    const op = madeUpDocument(['The high street is dying, and I know why.', 'Dr Jane Smith is chief executive of Acme Trust.'], { kind: 'opinion', author: 'Dr Jane Smith' });
    expect(wordsIn(op, 'is chief executive')).toBeUndefined();
  });

  it('5 an acronym whose letters include the company ending is still spelled out', () => {
    for (const [acr, name] of [['ONGC', 'Oil and Natural Gas Corp'], ['CNPC', 'China National Petroleum Corp'], ['IOC', 'Indian Oil Corp'], ['HPCL', 'Hindustan Petroleum Corp Ltd'], ['SAIL', 'Steel Authority of India Ltd']]) {
      const d = madeUpDocument([`State-run ${name} (${acr}) raised its output target on Monday.`, `"We expect demand to stay strong," ${acr} said in a statement.`]);
      expect(wordsIn(d, 'We expect demand')).toBe(name);
    }
  });

  it("6 a speech's own closing words naming \"the <last word of the publisher>\" stay the speaker's", () => {
    const f1 = markdownDocument('---\ntitle: "Speech at the schools conference"\noutlet: Department for Education\nauthor: Jane Marsh\nkind: speech\n---\n\nGood morning, everyone. I am delighted to be here.\n\nI want to talk about teachers.\n\nEvery child deserves a great teacher, and every teacher deserves support from the Education Secretary and from the whole of government.\n');
    expect(wordsIn(f1, 'Every child deserves')).toBe('Jane Marsh');
    const f2 = markdownDocument('---\ntitle: "Speech to the society"\noutlet: The Royal Society\nauthor: Jane Marsh\nkind: speech\n---\n\nGood morning, everyone. I am delighted to be here.\n\nI want to talk about science.\n\nThe original question Darwin asked is still the right one, and the Society must keep asking it.\n');
    expect(wordsIn(f2, 'The original question')).toBe('Jane Marsh');
  });

  it('7 an opening paragraph starting "Delivered to/on" is no publisher\'s headnote', () => {
    const nl = madeUpDocument(['Delivered to every household in the borough this week, our new recycling calendar shows the collection days for 2025.', 'We have also added a second garden-waste round in the summer.'], { kind: 'newsletter', outlet: 'Harrow Vale Borough Council' });
    expect(wordsIn(nl, 'our new recycling calendar')).toBe('Harrow Vale Borough Council');
    const sp = madeUpDocument(['Delivered on a promise: that is what this government has done.', 'We said we would build the hospital, and we have built it.'], { kind: 'speech', author: 'Jane Marsh' });
    expect(wordsIn(sp, 'that is what this government')).toBe('Jane Marsh');
  });

  it("8 a dash-bulleted item in a block quotation does not cut the speaker off the paragraph before it", () => {
    const c = markdownDocument("The council approved the plan on Monday.\n\nThe council's leader, Amy Ross, said:\n\n> We have listened to residents and we are acting.\n\n> The measures we are taking this summer are these:\n\n> — A 20mph limit on Mill Road\n\n> — Two new crossings by the school\n\nThe plan will cost £2m.\n");
    expect(wordsIn(c, 'The measures we are taking')).toBe('Amy Ross');
  });

  it("9 an inspector's name in capitals with letters after it and no brackets is read without them", () => {
    const inq = markdownDocument(['---\ntitle: "Dunmere Quarry extension inquiry: transcript of Day 2"\noutlet: Planning Inspectorate\nkind: transcript\n---', 'PLANNING INSPECTORATE', 'APPEAL BY NORTHCOTE AGGREGATES LIMITED', 'Before:\nMS HELEN TREGARTHEN MRTPI\n(The Inspector)', 'APPEARANCES\nFor the Appellant: MR SIMON ACKROYD KC, instructed by Holt Brennan LLP\nFor the Council: MS PRIYA ANAND, of counsel', 'THE INSPECTOR: Good morning. Mr Ackroyd, your witness.', 'MR ACKROYD: Thank you, madam. I call Mr Gareth Lowry.', 'THE INSPECTOR: Ms Anand?', 'MS ANAND: Nothing from me, madam.'].join('\n\n'));
    expect(wordsIn(inq, 'your witness')).toBe('Helen Tregarthen');
  });

  it('10 a name in capitals is not read across a line break', () => {
    const inq = markdownDocument(['---\ntitle: "Dunmere Quarry extension inquiry: transcript of Day 2"\noutlet: Planning Inspectorate\nkind: transcript\n---', 'PLANNING INSPECTORATE', 'Before:\nMS HELEN TREGARTHEN BSc (Hons)\n(The Inspector)', 'APPEARANCES\nFOR THE APPELLANT:\nMR SIMON ACKROYD\nCOUNSEL', 'THE INSPECTOR: Good morning. Mr Ackroyd, your witness.', 'MR ACKROYD: Thank you, madam. I call Mr Gareth Lowry.', 'THE INSPECTOR: Thank you.', 'MR ACKROYD: Mr Lowry, please give the inquiry your full name.', 'MR LOWRY: Gareth Lowry. I am the planning director.', 'MR ACKROYD: Why is the extension needed?', 'MR LOWRY: Because the existing reserves run out in 2029.'].join('\n\n'));
    expect(wordsIn(inq, 'I call Mr Gareth')).toBe('Simon Ackroyd');
  });
});

/** The speaker of words wherever they stand in a document (the review's tests find their paragraph). */
const wordsIn = (d: SourceDocument, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);

function htmlDocument(h: string): SourceDocument {
  const paragraphs = paragraphsOf(htmlBlocks(parseHTML(`<html><body>${h}</body></html>`).document.body as never));
  return { source: { id: 'a', title: 'T', kind: 'news report' }, file: 'a.html', collection: '', paragraphs };
}
