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
