import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("a body's report by any name, and who prepared it (round 36)", () => {
  it('gives an evaluation or a focus-group report filed by a body to the body, and a commissioned one to its maker', () => {
    const evaluation = madeUpDocument(
      ['Executive summary', 'The programme met two of its three targets. Mentees attended school more often than their peers.'],
      { kind: 'programme evaluation report', outlet: 'Kestrel Evaluation Partners', title: 'Bridges Mentoring Programme: final evaluation' },
    );
    expect(speakerOfWords(evaluation, 2, 'met two of its three targets')).toBe('Kestrel Evaluation Partners');
    expect(speakerOfWords(evaluation, 1, 'Executive summary')).toBeUndefined();
    const focusGroups = madeUpDocument(['Most participants opposed the merged route. Older residents worried about the walk to Carr Road.'], {
      kind: 'focus group report',
      outlet: 'Northpoint Research for Halden Borough Council',
      title: 'Route 40 and 41 changes: focus group findings',
    });
    expect(speakerOfWords(focusGroups, 1, 'Most participants opposed')).toBe('Northpoint Research');
  });

  it("keeps a body's record of what others said nobody's, and a maker's name with \"for\" in it whole", () => {
    const verbatim = madeUpDocument(['The sitting opened at 9:00.', 'Water resilience in the EU (debate)'], { kind: 'verbatim report', outlet: 'European Parliament', title: 'Verbatim report of proceedings' });
    expect(speakerOfWords(verbatim, 1, 'The sitting opened')).toBeUndefined();
    const meeting = madeUpDocument(['The committee heard from the minister. She said the bill was ready.'], { kind: 'meeting report', outlet: 'Parliamentary Monitoring Group', title: 'Health committee meeting' });
    expect(speakerOfWords(meeting, 1, 'The committee heard')).toBeUndefined();
    const centre = madeUpDocument(['Night shifts are getting longer. Our survey found that handover is rushed.'], {
      kind: 'workforce survey report',
      outlet: 'Centre for Health Workforce Studies',
      title: 'Night shifts',
    });
    expect(speakerOfWords(centre, 1, 'Night shifts are getting longer')).toBe('Centre for Health Workforce Studies');
  });

  it("gives a body's report one person writes to that person", () => {
    const study = madeUpDocument(['Summary', 'This paper reports an interview study with 22 nurses. I set out to understand how staff experience handover.'], {
      kind: 'qualitative research report',
      outlet: 'Centre for Health Workforce Studies, University of Limerick',
      author: 'Aoife Brennan',
      title: 'Nobody passes the baton',
    });
    expect(speakerOfWords(study, 2, 'This paper reports')).toBe('Aoife Brennan');
  });

  it('gives a board paper or an annex to the unit its Prepared by field names, and the field to no one', () => {
    const paper = madeUpDocument(
      ['| | |\n|---|---|\n| Prepared by | Patient Experience Team |\n| Purpose | For assurance |', '1.1 We received 186 formal complaints this quarter. Communication remains the largest theme.'],
      { kind: 'board paper', outlet: 'Ashworth Valley NHS Foundation Trust', title: 'Patient Experience Report, Quarter 2' },
    );
    expect(speakerOfWords(paper, 2, 'We received 186')).toBe('Patient Experience Team');
    const annex = madeUpDocument(['Prepared by: People and Culture Directorate\nResponse rate: 61%', 'This annex reproduces a selection of the comments received.'], {
      kind: 'survey report annex',
      outlet: 'University of Eastbridge',
      title: 'Staff Experience Survey 2024: Annex C',
    });
    expect(speakerOfWords(annex, 2, 'This annex reproduces')).toBe('People and Culture Directorate');
    expect(speakerOfWords(annex, 1, 'Prepared by')).toBeUndefined();
  });

  it("leaves a report's numbered findings, themes and questions to no one, but not its recommendations", () => {
    const report = madeUpDocument(
      [
        'Chapter 3: Who pays?',
        'We heard from four speakers on the costs of switching.',
        'Finding 1: The mentoring relationship was the active ingredient.',
        'Theme A: Workload (412 comments)',
        'Recommendation 1: The council should publish the costs of each scheme.',
      ],
      { kind: "citizens' assembly report", outlet: "Westmere Citizens' Assembly", title: 'Report on home heating' },
    );
    expect(speakerOfWords(report, 2, 'We heard from four speakers')).toBe("Westmere Citizens' Assembly");
    expect(speakerOfWords(report, 1, 'Who pays?')).toBeUndefined();
    expect(speakerOfWords(report, 3, 'active ingredient')).toBeUndefined();
    expect(speakerOfWords(report, 4, 'Workload')).toBeUndefined();
    expect(speakerOfWords(report, 5, 'The council should publish')).toBe("Westmere Citizens' Assembly");
  });
});

describe('what a company or a charity publishes to sell or to raise money (round 36)', () => {
  it("gives a case study's, an annual review's or a crowdfunding page's own text to its publisher or author", () => {
    const caseStudy = madeUpDocument(['Moravan Freight closed its books in three days instead of nine. The finance team now works one ledger.'], {
      kind: 'case study',
      outlet: 'Ledgerline',
      title: 'Moravan Freight cuts month-end close with Ledgerline',
    });
    expect(speakerOfWords(caseStudy, 1, 'closed its books')).toBe('Ledgerline');
    const review = madeUpDocument(['This year we built 212 new homes. Our tenants told us what matters.'], {
      kind: 'annual review (voices page)',
      outlet: 'Northway Housing Association',
      title: 'Annual Review 2023/24',
    });
    expect(speakerOfWords(review, 1, 'we built 212')).toBe('Northway Housing Association');
    const page = madeUpDocument(['We want to reopen the pool for summer 2025. The filtration system needs replacing.'], {
      kind: 'crowdfunding campaign page',
      outlet: 'Startovač',
      author: 'Friends of Lhota Lido',
      title: 'Bring back the Lido!',
    });
    expect(speakerOfWords(page, 1, 'We want to reopen')).toBe('Friends of Lhota Lido');
  });

  it("gives a testimonial to the customer its credit line names below it, and the credit to no one", () => {
    const testimonials = madeUpDocument(
      [
        'Family homes',
        '"We were sceptical. This winter the house never dropped below 20 degrees."',
        'Marta Benešová, Příbram — installed October 2023',
        '"The fitters arrived when they said they would."',
        'Radek Šimůnek, Beroun — installed June 2023',
        '"I live on the sixth floor with no balcony. Now I compost."\n— Simona R., Prague 3',
      ],
      { kind: 'testimonials page', outlet: 'Vltava Heat Pumps', title: 'What our customers say' },
    );
    expect(speakerOfWords(testimonials, 2, 'We were sceptical')).toBe('Marta Benešová');
    expect(speakerOfWords(testimonials, 4, 'The fitters arrived')).toBe('Radek Šimůnek');
    expect(speakerOfWords(testimonials, 6, 'sixth floor')).toBe('Simona R.');
    expect(speakerOfWords(testimonials, 3, 'installed October')).toBeUndefined();
  });

  it('keeps a round-up whose name lines head the quotations below them as it was', () => {
    const roundUp = madeUpDocument(
      [
        'The government will raise the state pension age to 68 earlier than planned.',
        'Mel Thornbury, general secretary, Trades Union Congress',
        '"Ministers promised to look at life expectancy. They have decided it does not matter."',
        'Rupert Abara, chief economist, Federation of British Employers',
        '"Employers understand why the government has done this."',
      ],
      { kind: 'news', outlet: 'The Guardian', title: 'State pension age to rise to 68: reaction' },
    );
    expect(speakerOfWords(roundUp, 3, 'Ministers promised')).toBe('Mel Thornbury');
    expect(speakerOfWords(roundUp, 5, 'Employers understand')).toBe('Rupert Abara');
  });
});

describe('a bold name line over narration (round 36)', () => {
  it("gives the quotation under a bold name line to the one it names, but a paragraph of narration to no one", () => {
    const profile = { ...madeUpDocument(['Corinne Batiste', 'She opened the clinic in 2019 in a disused garage. It now fixes 40 bikes a week.'], { kind: 'news report', outlet: 'NPR' }) };
    profile.paragraphs[0] = { ...(profile.paragraphs[0] as (typeof profile.paragraphs)[number]), strong: true };
    // (Read without the narration shortcut, which answered right while the full reading did not.)
    process.env.PRAGUE_EXHAUSTIVE = '1';
    try {
      expect(speakerOfWords(profile, 2, 'She opened the clinic')).toBeUndefined();
    } finally {
      delete process.env.PRAGUE_EXHAUSTIVE;
    }
    const roundUp = { ...madeUpDocument(['Pamela Ritchie, chief executive, NHS Highland', '"We will not close the ward."'], { kind: 'news report', outlet: 'Example News' }) };
    roundUp.paragraphs[0] = { ...(roundUp.paragraphs[0] as (typeof roundUp.paragraphs)[number]), strong: true };
    expect(speakerOfWords(roundUp, 2, 'We will not close')).toBe('Pamela Ritchie');
  });
});

describe("a study's coded participants (round 36)", () => {
  const transcript = madeUpDocument(
    [
      'Farming Futures: succession and the next generation on family dairy farms\nInterview transcript — edited extract',
      '| | |\n|---|---|\n| Participant | P07 (dairy farmer, 60s) |\n| Interviewer | Eilidh MacRae (EM) |',
      'EM: You said the conversation about who takes over had not happened yet. Can you tell me more?',
      'P07: Aye. It has happened in bits, at the kitchen table. Never properly.',
      'EM: And is that how you expect it to go this time?',
      'P07: No. I do not want my son finding out from the solicitor.',
    ],
    { kind: 'interview transcript', outlet: 'Rural Policy Centre', title: 'Interview transcript P07 — Farming Futures project (edited extract)' },
  );

  it("leaves an anonymised participant's turns, \"P07:\", to no one, and the interviewer's initials to her", () => {
    expect(speakerOfWords(transcript, 4, 'It has happened in bits')).toBeUndefined();
    expect(speakerOfWords(transcript, 6, 'I do not want my son')).toBeUndefined();
    expect(speakerOfWords(transcript, 5, 'is that how you expect')).toBe('Eilidh MacRae');
  });

  it("reads a title with its subtitle after a colon as the document's heading, not a turn", () => {
    expect(speakerOfWords(transcript, 1, 'succession and the next generation')).toBeUndefined();
    expect(speakerOfWords(transcript, 2, 'Participant')).toBeUndefined();
    const named = madeUpDocument(
      [
        'Farming Futures: succession on family dairy farms\nInterview transcript — edited extract',
        'Recorded at the farm in March 2024',
        'Eilidh MacRae: You said the conversation had not happened yet.',
        'John Brown: Aye. It has happened in bits.',
        'Eilidh MacRae: And this time?',
        'John Brown: No. I do not want that.',
      ],
      { kind: 'interview transcript', outlet: 'Rural Policy Centre' },
    );
    expect(speakerOfWords(named, 2, 'Recorded at the farm')).toBeUndefined();
  });

  it('keeps a host\'s label alone on its line, "DANIEL RUIZ, HOST:", over the host\'s first turn', () => {
    const radio = madeUpDocument(
      ['DANIEL RUIZ, HOST:', "This is Morning Edition. I'm Daniel Ruiz. Good morning, Governor.", 'GOV. ELLEN MARSH: Good morning, Daniel.', 'RUIZ: Why did you agree to it?', 'MARSH: Because the alternative was worse.'],
      { kind: 'transcript', outlet: 'Desert Public Radio', author: 'Daniel Ruiz' },
    );
    expect(speakerOfWords(radio, 2, 'This is Morning Edition')).toBe('Daniel Ruiz');
  });
});

describe('workplace messages and interpreted exchanges (round 36)', () => {
  it("gives a chat export's messages to their senders and the headers to no one", () => {
    const chat = madeUpDocument(
      [
        '#incident-payments — exported 14 March 2025',
        'Jana Novak  10:42\nPayments are failing for about 8% of card transactions. Looking now.',
        'Tom Hale  10:44\nI see timeouts from the gateway. Rolling back the deploy.',
        'Jana Novak  10:51\nRollback done.',
        'Eva Marsh  11:02\nThanks both. Can we write this up by Friday?',
      ],
      { kind: 'chat export', outlet: 'Northwind Payments', title: '#incident-payments' },
    );
    expect(speakerOfWords(chat, 3, 'I see timeouts')).toBe('Tom Hale');
    expect(speakerOfWords(chat, 5, 'Can we write this up')).toBe('Eva Marsh');
    expect(speakerOfWords(chat, 2, 'Jana Novak  10:42')).toBeUndefined();
    const stamped = madeUpDocument(['[10:42] Jana Novak: Payments are failing.', '[10:44] Tom Hale: I see timeouts.', '[10:51] Jana Novak: Rollback done.', '[11:02] Eva Marsh: Thanks both.'], {
      kind: 'WhatsApp chat export',
      outlet: 'Northwind Payments',
    });
    expect(speakerOfWords(stamped, 2, 'I see timeouts')).toBe('Tom Hale');
  });

  it('leaves a live blog\'s time-stamped entries, "[09:02] Downing Street: …", its narration', () => {
    const blog = madeUpDocument(['[09:02] Downing Street: no change to the plan.', '[09:15] Rail services: delays expected.', '[09:30] Met Office: winds easing.', '[09:45] Police: roads closed.'], {
      kind: 'live blog',
      outlet: 'Example News',
    });
    expect(speakerOfWords(blog, 1, 'no change to the plan')).toBeUndefined();
  });

  it('gives an all-staff email filed with no author to the sender its From: field names', () => {
    const email = madeUpDocument(
      ['From: Dana Procházková, Chief Executive\nTo: All staff\nSubject: Changes to hybrid working', 'From 1 April we will ask everyone to be in the office on Tuesdays. I know this will not suit everyone.'],
      { kind: 'all-staff email', outlet: 'Northwind Payments', title: 'Changes to hybrid working' },
    );
    expect(speakerOfWords(email, 2, 'I know this will not suit')).toBe('Dana Procházková');
  });

  it("gives an HR announcement's or a handover note's own text to its author, and a colleague's quotation to her", () => {
    const announcement = madeUpDocument(['From 1 May, all employees will receive 26 weeks of paid parental leave.', 'Jana Novak, who chaired the working group, said: "This puts us ahead of the industry."'], {
      kind: 'HR announcement',
      outlet: 'Northwind Payments',
      author: 'Tom Hale',
    });
    expect(speakerOfWords(announcement, 1, 'all employees will receive')).toBe('Tom Hale');
    expect(speakerOfWords(announcement, 2, 'This puts us ahead')).toBe('Jana Novak');
    const handover = madeUpDocument(['I am leaving on 31 March. This note is for whoever picks up the platform.'], { kind: 'handover note', outlet: 'Northwind Payments', author: 'Tom Hale' });
    expect(speakerOfWords(handover, 1, 'I am leaving')).toBe('Tom Hale');
  });

  it("reads a town hall's turns with one person recurring, and an anonymous question as no one's, not the moderator's", () => {
    const townHall = madeUpDocument(
      [
        'DANA NOVAK (CEO): Good morning everyone. It has been a hard quarter.',
        'MODERATOR: We have a question from the chat.',
        'AUDIENCE MEMBER (anonymous): Will there be redundancies?',
        'DANA NOVAK: No. Not this year.',
        'TOM HALE (Head of People): And the hybrid policy will be reviewed in June.',
      ],
      { kind: 'town hall transcript', outlet: 'Northwind Payments' },
    );
    expect(speakerOfWords(townHall, 1, 'It has been a hard quarter')).toBe('Dana Novak');
    expect(speakerOfWords(townHall, 3, 'Will there be redundancies?')).toBeUndefined();
    expect(speakerOfWords(townHall, 5, 'hybrid policy will be reviewed')).toBe('Tom Hale');
  });

  it('reads a label with "(through interpreter)" as its speaker\'s, and "INTERPRETER:" as the interpreter the header names', () => {
    const conference = madeUpDocument(
      [
        'Participants: Jan Novák, Minister of Foreign Affairs of the Czech Republic; Anna Holm, Minister for Foreign Affairs of Sweden; interpreter Réka Fodor',
        'MINISTER NOVÁK (through interpreter): We discussed energy security. Our talks were frank.',
        'MINISTER HOLM: Thank you, Jan. Sweden will support the pipeline study.',
        'INTERPRETER: Apologies, the minister means the feasibility study.',
        'MINISTER NOVÁK (through interpreter): Yes, in June.',
        'MINISTER HOLM: And so will we.',
      ],
      { kind: 'press conference transcript', outlet: 'Ministry of Foreign Affairs' },
    );
    expect(speakerOfWords(conference, 2, 'Our talks were frank')).toBe('Jan Novák');
    expect(speakerOfWords(conference, 3, 'Sweden will support')).toBe('Anna Holm');
    expect(speakerOfWords(conference, 4, 'Apologies')).toBe('Réka Fodor');
  });
});

describe('translations and their notes (round 36)', () => {
  it("leaves a translator's note to no one and the translated text to its author", () => {
    const letter = madeUpDocument(['Translated from Romanian by Ion Rusu.', 'We, the undersigned teachers, ask the ministry to restore the rural bonus. We have waited two years.'], {
      kind: 'open letter (translation)',
      outlet: 'openDemocracy',
      author: 'Maria Ciobanu',
    });
    expect(speakerOfWords(letter, 1, 'Translated from Romanian')).toBeUndefined();
    expect(speakerOfWords(letter, 2, 'We have waited two years')).toBe('Maria Ciobanu');
    const statement = madeUpDocument(['The Council welcomes the decision. We will build the bridge by 2027.', 'The German version is authoritative.'], { kind: 'statement', outlet: 'Euroregion Neisse Council' });
    expect(speakerOfWords(statement, 2, 'The German version')).toBeUndefined();
    expect(speakerOfWords(statement, 1, 'We will build')).toBe('Euroregion Neisse Council');
  });

  it("gives a translated speech to the one its title names, past the occasion after the name", () => {
    const speech = madeUpDocument(['Unofficial translation. The Czech text is authoritative.', 'Dear fellow citizens,', 'Twenty years ago the river took our homes.'], {
      kind: 'speech (unofficial translation)',
      outlet: 'City of Kolín',
      title: 'Speech by Mayor Dana Procházková at the flood memorial',
    });
    expect(speakerOfWords(speech, 3, 'the river took our homes')).toBe('Dana Procházková');
    expect(speakerOfWords(speech, 1, 'Unofficial translation')).toBeUndefined();
  });

  it("reads a documentary's subtitled speakers, and its narrator as the reporter, not someone called Narrator", () => {
    const film = madeUpDocument(
      [
        'NARRATOR: In the village of Cotiujeni, half the houses are empty.',
        'VERA CIOBANU (in Romanian, subtitled): My children are in Italy. I see them on the phone.',
        'NARRATOR: Vera is 71.',
        'VERA CIOBANU (in Romanian, subtitled): I will not leave.',
        'PETRU (in Romanian, subtitled): Nobody comes back.',
      ],
      { kind: 'documentary transcript', outlet: 'BBC', author: 'Tom Kessler' },
    );
    expect(speakerOfWords(film, 2, 'My children are in Italy')).toBe('Vera Ciobanu');
    expect(speakerOfWords(film, 3, 'Vera is 71')).toBe('Tom Kessler');
    const unsigned = madeUpDocument(['NARRATOR: The village is empty.', 'VERA CIOBANU: I will stay.', 'NARRATOR: She is 71.', 'VERA CIOBANU: Nobody comes back.'], { kind: 'documentary transcript', outlet: 'BBC' });
    expect(speakerOfWords(unsigned, 1, 'The village is empty')).toBeUndefined();
  });
});

describe("the review of round 36's rules", () => {
  it("reads no caption or description under a news story's quotation as a testimonial's credit", () => {
    const story = madeUpDocument(['The minister, Petr Fiala, spoke on Tuesday:', '“We will not raise taxes this year.”', 'Jana Nováková, 34, at the protest in Brno'], { kind: 'news report', outlet: 'Example News' });
    expect(speakerOfWords(story, 2, 'We will not raise taxes')).toBe('Petr Fiala');
    const column = madeUpDocument(['As Václav Havel put it:', '“Truth and love must prevail over lies and hatred.”', 'Jana Novak, director of the Prague Institute for Democracy'], { kind: 'opinion', outlet: 'Example News', author: 'Jana Novak' });
    expect(speakerOfWords(column, 2, 'Truth and love')).toBe('Václav Havel');
  });

  it('reads a "Prepared by" field on a page of blank-looking lines at once, and never over a release\'s issuer', () => {
    const annex = madeUpDocument([`Staff survey annex\n${'\u00a0\n'.repeat(2000)}Prepared by: People and Culture Directorate`, 'This annex reproduces a selection of the comments.'], {
      kind: 'survey report annex',
      outlet: 'University of Eastbridge',
    });
    expect(speakerOfWords(annex, 2, 'This annex reproduces')).toBe('People and Culture Directorate');
    const release = madeUpDocument(['Prepared by: Media Relations Office', 'The council will close the bridge on Monday. We apologise for the disruption.'], { kind: 'press release', outlet: 'Northmoor County Council' });
    expect(speakerOfWords(release, 2, 'We apologise')).toBe('Northmoor County Council');
  });

  it("leaves a reporter named only by a newsroom of two words, \"REPORTER (Czech Radio):\", to no one", () => {
    const briefing = madeUpDocument(['HUDEC: The budget is balanced.', 'REPORTER (Czech Radio): Minister, does that mean no cuts?', 'HUDEC: It means no new taxes.', 'REPORTER (Anadolu Agency): And next year?', 'HUDEC: The same.'], { kind: 'transcript', outlet: 'Ministry of Finance' });
    expect(speakerOfWords(briefing, 2, 'does that mean no cuts')).toBeUndefined();
    expect(speakerOfWords(briefing, 4, 'And next year?')).toBeUndefined();
  });

  it("keeps a news agency's eyewitness report and a body's symposium report their reporters' narration, no one's", () => {
    const eyewitness = madeUpDocument(['Smoke rose over the port on Monday. Polls closed at 8pm.'], { kind: 'eyewitness report', outlet: 'Anadolu Agency', author: 'Mehmet Demir' });
    expect(speakerOfWords(eyewitness, 1, 'Smoke rose over the port')).toBeUndefined();
    const symposium = madeUpDocument(['Dr Lee argued that rents would keep rising. Participants agreed on little.'], { kind: 'symposium report', outlet: 'Institute for Fiscal Studies' });
    expect(speakerOfWords(symposium, 1, 'Participants agreed')).toBeUndefined();
  });

  it("keeps a newspaper's Christmas appeal its reporter's journalism", () => {
    const appeal = madeUpDocument(['Food banks in the north-east have seen demand double this winter. The charity has three vans.'], { kind: 'Christmas appeal', outlet: 'The Guardian', author: 'Patrick Butler' });
    expect(speakerOfWords(appeal, 1, 'demand double')).toBeUndefined();
  });

  it("keeps an announcer's opening line the announcer's, not the speech-maker's", () => {
    const remarks = madeUpDocument(['ANNOUNCER: Ladies and gentlemen, the Minister of Finance, Ladislav Hudec', 'HUDEC: Thank you. The budget is balanced.', 'ANNOUNCER: Questions now.', 'HUDEC: Gladly.'], { kind: 'remarks', outlet: 'Ministry of Finance', author: 'Ladislav Hudec' });
    expect(speakerOfWords(remarks, 1, 'Ladies and gentlemen')).not.toBe('Ladislav Hudec');
  });

  it('keeps an office with "for" in it whole: "Minister for Local Government" is no commissioned maker', () => {
    const release = madeUpDocument(['The minister will fund 40 new libraries. We are proud of this plan.'], { kind: 'media release', outlet: 'Minister for Local Government' });
    expect(speakerOfWords(release, 1, 'We are proud')).not.toBe('Minister');
  });

  it('reads no participant code where no study has participants: a minister reading out "P1:" priorities keeps them', () => {
    const remarks = madeUpDocument(
      ['HUDEC: Our priorities are three.', 'P1: Safety. Nobody will cross that bridge until it is safe.', 'P2: Speed. We will finish by June.', 'CHAIR: Thank you, Minister.', 'HUDEC: Thank you.', 'CHAIR: Next item.'],
      { kind: 'transcript', outlet: 'City Council', title: 'Transport committee' },
    );
    expect(speakerOfWords(remarks, 2, 'Nobody will cross')).not.toBe(undefined);
  });

  it('reads no "— Plan B., the cheaper route" under a list of options as someone\'s credit', () => {
    const note = madeUpDocument(['Options on the table:', '"Build the bypass now and borrow to pay for it."\n— Plan B., the cheaper route'], { kind: 'briefing note', outlet: 'Northmoor County Council' });
    expect(speakerOfWords(note, 2, 'Build the bypass')).not.toBe('Plan B.');
    expect(speakerOfWords(note, 2, 'Build the bypass')).not.toBe('Plan B');
  });
});

describe("the second review of round 36's rules (round 37)", () => {
  it('credits a release\'s "Name, Title" lines to the quotations below them, not above', () => {
    for (const [first, second] of [
      ['Rina Patel, Leader of Newham Council', 'Tom Hale, Chief Executive of London Youth'],
      ['Rina Patel, Leader of Newham Council, said:', 'Tom Hale, Chief Executive of London Youth, said:'],
    ]) {
      const release = madeUpDocument(
        ['The Mayor confirmed £20m for new youth centres.', 'Sadiq Khan said:', '“Every young Londoner deserves somewhere safe to go.”', first as string, '“This funding will keep our centres open.”', second as string, '“We welcome the commitment.”'],
        { kind: 'press release', outlet: 'Greater London Authority' },
      );
      expect(speakerOfWords(release, 3, 'Every young Londoner')).toBe('Sadiq Khan');
      expect(speakerOfWords(release, 5, 'This funding will keep')).toBe('Rina Patel');
    }
    const continued = madeUpDocument(
      ['Acme Health today announced a partnership with Leeds Teaching Hospitals.', '“This will transform care,” said John Doe, chief executive of Acme Health. “We have listened to patients.”', '“The centre will open in 2027.”', 'Jane Smith, Director of Partnerships at Leeds Teaching Hospitals, added:', '“We look forward to working with Acme.”'],
      { kind: 'press release', outlet: 'Acme Health' },
    );
    expect(speakerOfWords(continued, 3, 'The centre will open')).toBe('John Doe');
  });

  it('keeps an advocacy group\'s "X for Y" name whole', () => {
    for (const outlet of ['Americans for Limited Government', 'Partnership for Public Service', 'Lawyers for Good Government']) {
      const statement = madeUpDocument(["We condemn today's decision. It undermines accountability."], { kind: 'statement', outlet });
      expect(speakerOfWords(statement, 1, 'We condemn')).toBe(outlet);
    }
    const commissioned = madeUpDocument(['Most residents backed the plan. Our survey found support in every ward.'], { kind: 'survey report', outlet: 'Ipsos for the Cabinet Office' });
    expect(speakerOfWords(commissioned, 1, 'Most residents')).toBe('Ipsos');
  });

  it('keeps a columnist\'s "Translation:" punchline and a speech\'s "Translated for working families" their own', () => {
    const column = madeUpDocument(['The Chancellor said the rules were “under active review”.', 'Translation: They are already dead.'], { kind: 'opinion', outlet: 'The Guardian', author: 'Polly Toynbee' });
    expect(speakerOfWords(column, 2, 'They are already dead')).toBe('Polly Toynbee');
    const speech = madeUpDocument(['Today we are cutting the standing charge.', 'Translated for working families, that means £300 back in your pocket.'], { kind: 'speech', outlet: 'Labour Party', author: 'Rachel Reeves' });
    expect(speakerOfWords(speech, 2, 'that means £300')).toBe('Rachel Reeves');
    const credited = madeUpDocument(['Our wines are made by hand.', 'Translation: Réka Fodor'], { kind: 'open letter', outlet: 'Prut Growers', author: 'Ion Rusu' });
    expect(speakerOfWords(credited, 2, 'Réka Fodor')).toBeUndefined();
  });

  it('names no interpreter from "interpreted by" in a reporter\'s question', () => {
    const briefing = madeUpDocument(
      ['PRESIDENT BIDEN: Good afternoon.', 'PRESIDENT ZELENSKYY: Thank you, Mr. President.', 'Q: Was your speech interpreted by Vladimir Putin as a provocation?', 'INTERPRETER: The President says he does not care.', 'Q: What do you need most?', 'INTERPRETER: Air defence above all.'],
      { kind: 'press conference transcript', outlet: 'The White House' },
    );
    expect(speakerOfWords(briefing, 6, 'Air defence')).not.toBe('Vladimir Putin');
  });

  it('gives NARRATOR to the narrator the credits name, not the producer in the byline', () => {
    const film = madeUpDocument(
      ['FRONTLINE: The Power of the Purse\nWritten and produced by Michael Kirk\nNarrated by Will Lyman', 'NARRATOR: In the spring of 2011, the White House faced a crisis.', 'JOHN BOEHNER: We were not going to raise the limit.', 'NARRATOR: The talks collapsed in July.', 'JACK LEW: It was a very close call.'],
      { kind: 'documentary transcript', outlet: 'PBS', author: 'Michael Kirk' },
    );
    expect(speakerOfWords(film, 2, 'In the spring of 2011')).toBe('Will Lyman');
  });

  it("gives an email thread's quoted original and a forwarder's note to no one, not the first From:", () => {
    const reply = madeUpDocument(
      ['From: Tom Hale <tom.hale@northwind.org>\nTo: Jana Novak\nSubject: RE: Tuesday rota', 'Fine by me. I will cover the morning.', '-----Original Message-----\nFrom: Jana Novak <jana.novak@northwind.org>\nTo: Tom Hale', 'Can you swap Tuesday with me?'],
      { kind: 'email', outlet: 'Northwind Trust' },
    );
    expect(speakerOfWords(reply, 4, 'Can you swap')).not.toBe('Tom Hale');
    const forward = madeUpDocument(
      ['FYI, see below. I do not think we can sign this off.', '---------- Forwarded message ---------\nFrom: Jana Novak <jana.novak@northwind.org>\nSubject: Budget', 'The budget is overspent.'],
      { kind: 'email', outlet: 'Northwind Trust' },
    );
    expect(speakerOfWords(forward, 1, 'FYI, see below')).not.toBe('Jana Novak');
    const memo = madeUpDocument(['MEMORANDUM', 'From: Dana Procházková, Chief Executive\nTo: All staff', 'The depot reopens on Monday.'], { kind: 'memo', outlet: 'Halden Freight' });
    expect(speakerOfWords(memo, 3, 'The depot reopens')).toBe('Dana Procházková');
  });

  it("keeps a story's narration after leaked chat messages the story's", () => {
    const story = madeUpDocument(
      ['Matt Hancock  10:42\nWe need to frighten everyone.', 'Damon Poole  10:44\nYep.', 'Matt Hancock  10:45\nWhen do we deploy it?', 'Damon Poole  10:47\nIn the new year.', 'The exchange took place in December 2020.'],
      { kind: 'leaked WhatsApp messages', outlet: 'The Daily Telegraph', author: 'Isabel Oakeshott' },
    );
    expect(speakerOfWords(story, 5, 'The exchange took place')).toBeUndefined();
    expect(speakerOfWords(story, 4, 'In the new year')).toBe('Damon Poole');
    const lastAlone = madeUpDocument(['Eva Marsh  09:01\nMorning all.', 'Tom Hale  09:02\nMorning.', 'Eva Marsh  09:03\nAnyone seen the keys?', 'Tom Hale  09:04\nOn the hook.', 'Eva Marsh  09:05', 'The van is late again.'], { kind: 'WhatsApp chat export', outlet: 'Depot team' });
    expect(speakerOfWords(lastAlone, 6, 'The van is late')).toBe('Eva Marsh');
  });

  it("reads a person's first turn as a turn, not a title, when later labels shorten it", () => {
    const interview = madeUpDocument(['Sarah Jones: Thanks for having me, Tom', 'Tom Hale: Will the strike go ahead?', 'Jones: It will, on Monday.', 'Hale: And if they move?', 'Jones: Then we ballot.'], { kind: 'interview transcript', outlet: 'Union News Podcast' });
    expect(speakerOfWords(interview, 1, 'Thanks for having me')).toBe('Sarah Jones');
  });

  it("keeps an annual report's \"we\" its body's whoever prepared it", () => {
    const report = madeUpDocument(['Prepared by: Jane Roe\nApproved by: Board of Trustees', 'We helped 12,000 families this year.'], { kind: 'annual report', outlet: 'Northwind Trust' });
    expect(speakerOfWords(report, 2, 'We helped')).toBe('Northwind Trust');
  });

  it("keeps a newsroom's bylined case study its reporter's journalism, whatever the outlet's name", () => {
    for (const outlet of ['CNN', 'Politico', 'Evening Standard']) {
      const story = madeUpDocument(['Maria Lopez lost her job in March. The food bank feeds her children.'], { kind: 'case study', outlet, author: 'Sam Reed' });
      expect(speakerOfWords(story, 1, 'Maria Lopez lost')).toBeUndefined();
    }
    const appeal = madeUpDocument(['This winter, 300 families will need our help. Please give what you can.'], { kind: 'fundraising appeal letter', outlet: 'Harbour Lights Trust', author: 'Fiona Ashworth' });
    expect(speakerOfWords(appeal, 1, 'Please give')).toBe('Fiona Ashworth');
  });
});
