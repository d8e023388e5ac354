import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('diaries, memoirs and letters a paper prints in full (round 34)', () => {
  const entries = [
    'Jana Holub, a geologist, spent the winter at Examplia Station. These entries are taken from her forthcoming book.',
    'Monday 29 April',
    'Last plane out at 11.40. I may as well start.',
    'Base commander Petra Berg gathered us in the galley. "Be kind to each other," she said.',
    'The Long Night by Jana Holub is published by Example Books on 6 July at £18.99. To order a copy go to the shop.',
  ];

  it("gives a diary's entries to its writer, not the magazine's standfirst about her nor its note on her book, nor the quotations in it", () => {
    const diary = madeUpDocument(entries, { kind: 'diary excerpt', outlet: 'Example Magazine', author: 'Jana Holub' });
    expect(speakerOfWords(diary, 3, 'Last plane out')).toBe('Jana Holub');
    expect(speakerOfWords(diary, 4, 'Base commander')).toBe('Jana Holub');
    expect(speakerOfWords(diary, 4, 'Be kind')).toBe('Petra Berg');
    expect(speakerOfWords(diary, 1, 'Jana Holub, a geologist')).toBeUndefined();
    expect(speakerOfWords(diary, 5, 'The Long Night by')).toBeUndefined();
    const memoir = madeUpDocument(entries.slice(1, 4), { kind: 'memoir extract', outlet: 'Example Books', author: 'Jana Holub' });
    expect(speakerOfWords(memoir, 2, 'Last plane out')).toBe('Jana Holub');
  });

  it('gives a diary with no byline to the diarist its title names, and leaves an annotated one, whose editor speaks between the entries, to no one', () => {
    const titled = madeUpDocument(entries.slice(1, 4), { kind: 'diary extracts', outlet: 'Example Archive', title: 'The 1944 diary of Anna Vesela' });
    expect(speakerOfWords(titled, 2, 'Last plane out')).toBe('Anna Vesela');
    // (A made-up diary, a satirist's "secret diary" of a politician, is no one's the rules can tell, the reviews of rounds
    // 34 and 35.)
    const satire = madeUpDocument(entries.slice(1, 4), { kind: 'diary', outlet: 'Example Magazine', author: 'Sam Satirist', title: 'The secret diary of Boris Johnson' });
    expect(speakerOfWords(satire, 2, 'Last plane out')).toBeUndefined();
    const annotated = madeUpDocument(entries.slice(1, 4), { kind: 'annotated diary extracts', outlet: 'Example Archive', author: 'Anna Vesela' });
    expect(speakerOfWords(annotated, 2, 'Last plane out')).toBeUndefined();
  });

  it("gives a letter a paper prints in full after its address blocks to its signer, not the paper's note nor the letter's section headings", () => {
    const story = madeUpDocument(
      [
        'Dr Mira Kaur stepped down as director on Thursday. She asked that her letter be published in full.',
        '---',
        'Dr Mira Kaur\nDirector\nExample Maritime Museum',
        '2 May 2024',
        'Mr Tom Hale\nChair, Board of Trustees',
        'Dear Tom,',
        'I am writing to resign as director of the museum.',
        'The collection',
        'The models are not decorative objects.',
        'A request',
        'I ask the board to meet the staff first.',
        'Yours sincerely,',
        'Mira Kaur',
        'A spokesperson for the museum said the board would meet on Monday.',
      ],
      { kind: 'resignation letter', outlet: 'Example Echo' },
    );
    expect(speakerOfWords(story, 7, 'I am writing')).toBe('Mira Kaur');
    expect(speakerOfWords(story, 9, 'The models')).toBe('Mira Kaur');
    expect(speakerOfWords(story, 8, 'The collection')).toBeUndefined();
    expect(speakerOfWords(story, 1, 'She asked')).toBeUndefined();
    expect(speakerOfWords(story, 10, 'A request')).toBeUndefined();
    expect(speakerOfWords(story, 14, 'A spokesperson')).toBeUndefined();
  });
});

describe("a planning inspector's decision, a charity's briefing and a union's bulletin to its members (round 34)", () => {
  it("gives a planning appeal decision to the inspector its byline names, and its hearing and appearances lines to no one", () => {
    const decision = madeUpDocument(
      [
        'Hearing held on 8 April 2025\nSite visit made on 8 April 2025',
        'Decision',
        '1. The appeal is allowed.',
        '2. I find that these measures would limit the harm to a low level.',
        'For the appellant:\nOliver Pennick, Pennick Planning Ltd',
        'Interested persons:\nEdwin Marsh, Example Society',
      ],
      { kind: 'planning appeal decision', outlet: 'The Planning Inspectorate', author: 'K. Delacourt' },
    );
    expect(speakerOfWords(decision, 4, 'I find that')).toBe('K. Delacourt');
    expect(speakerOfWords(decision, 1, 'Hearing held on')).toBeUndefined();
    expect(speakerOfWords(decision, 5, 'For the appellant')).toBeUndefined();
    expect(speakerOfWords(decision, 6, 'Edwin Marsh')).toBeUndefined();
  });

  it("gives a charity's policy briefing to its author without her role, and its repeated title, details line and publisher's footer to no one", () => {
    const briefing = madeUpDocument(
      [
        'Why the grant cut will cost more than it saves',
        'Examplia Climate Trust · January 2025 · Dr Selma Roe, Head of Policy',
        'We think this is a false economy. Our modelling suggests installations will fall.',
        'For further information contact Dr Selma Roe at policy@example.org.',
        'Examplia Climate Trust is a registered charity. This briefing may be reproduced with acknowledgement.',
      ],
      { kind: 'policy briefing', outlet: 'Examplia Climate Trust', author: 'Dr Selma Roe, Head of Policy', title: 'Briefing: Why the grant cut will cost more than it saves' },
    );
    expect(speakerOfWords(briefing, 3, 'We think')).toBe('Selma Roe');
    expect(speakerOfWords(briefing, 1, 'Why the grant')).toBeUndefined();
    expect(speakerOfWords(briefing, 2, 'Examplia Climate Trust')).toBeUndefined();
    expect(speakerOfWords(briefing, 4, 'For further')).toBeUndefined();
    expect(speakerOfWords(briefing, 5, 'This briefing may')).toBeUndefined();
  });

  it("keeps a release's note saying what its issuer is the issuer's, with its contact after it", () => {
    const release = madeUpDocument(
      ['RIGA, 14 May 2025 – The Examplia Rail Authority today signed a contract for new signalling.', 'Notes to editors', 'The Examplia Rail Authority is the joint venture of three states responsible for the line. For more information, contact press@rail.example.'],
      { kind: 'press release', outlet: 'Examplia Rail Authority' },
    );
    expect(speakerOfWords(release, 3, 'The Examplia Rail Authority is')).toBe('Examplia Rail Authority');
  });

  it("gives a union's members' bulletin to the union, its president's letter to members to him, and the signature to no one", () => {
    const bulletin = madeUpDocument(
      [
        "From the President's desk",
        'Dear members,',
        'It has been a dry spring. I spent the last fortnight on farms across the county.',
        'Yours in the field,',
        "Gareth Pellow\nPresident, Examplia Farmers' Union",
        'Drought: what members are telling us',
        'We asked members in our May survey how the dry weather was affecting them.',
        'Our environment committee chair, Sue Marwood, has been through the guidance. "It is a decent scheme," she said.',
      ],
      { kind: "members' bulletin", outlet: "Examplia Farmers' Union" },
    );
    expect(speakerOfWords(bulletin, 3, 'I spent the last')).toBe('Gareth Pellow');
    expect(speakerOfWords(bulletin, 5, 'Gareth Pellow')).toBeUndefined();
    expect(speakerOfWords(bulletin, 7, 'We asked members')).toBe("Examplia Farmers' Union");
    expect(speakerOfWords(bulletin, 8, 'It is a decent')).toBe('Sue Marwood');
  });
});

describe('the review of round 34: no new rule speaks for a newsroom, a joint byline or a writer\'s own closing words', () => {
  it("leaves a newsroom's diary, a memoir's review and a story about a memoir to no one", () => {
    const story = ['The Prime Minister will visit Leeds on Monday, officials said.', 'The former minister claims she was overruled.'];
    for (const [kind, title] of [
      ['news diary', 'The week ahead'],
      ['memoir review', "Boris Johnson's memoir Unleashed"],
      ['news article on memoir', "Jane Doe's memoir accuses cabinet"],
    ] as const) {
      const doc = madeUpDocument(story, { kind, outlet: 'The Example Times', author: 'Sam Reporter', title });
      expect(speakerOfWords(doc, 2, 'The former minister'), kind).toBeUndefined();
    }
  });

  it("keeps a joint byline whole, and leaves a newspaper's policy briefing to no one", () => {
    const joint = madeUpDocument(['We believe the plan will fail.', 'We urge ministers to think again.'], { kind: 'opinion', outlet: 'The Example Times', author: 'Jane Doe, MP, and Tom Roe, MP' });
    expect(speakerOfWords(joint, 1, 'We believe')).toBe('Jane Doe, MP, and Tom Roe, MP');
    const briefing = madeUpDocument(['Ministers are expected to announce the cut on Monday, according to officials.'], { kind: 'policy briefing', outlet: 'The Example Times', author: 'Jane Reporter' });
    expect(speakerOfWords(briefing, 1, 'Ministers are expected')).toBeUndefined();
  });

  it("keeps a writer's and a body's own closing words theirs, a one-line paragraph of a letter its signer's, and an own slogan its issuer's", () => {
    const opEd = madeUpDocument(['The report is damning.', 'Ministers should read the report. I urge every MP to buy a copy before the vote.'], { kind: 'opinion', outlet: 'The Example Times', author: 'Jane Doe' });
    expect(speakerOfWords(opEd, 2, 'I urge every MP')).toBe('Jane Doe');
    const statement = madeUpDocument(['We oppose the closure of the library.', 'We will march from 2 Market Square on Saturday. For more information, contact us at info@example.org.'], { kind: 'statement', outlet: 'Examplia Residents Association' });
    expect(speakerOfWords(statement, 2, 'We will march')).toBe('Examplia Residents Association');
    const slogan = madeUpDocument(['Jobs · Homes · Hope — that is our promise to you', 'We will build 10,000 homes.'], { kind: 'leaflet', outlet: 'Examplia Party' });
    expect(speakerOfWords(slogan, 1, 'Jobs')).toBe('Examplia Party');
    const letter = madeUpDocument(
      ['Mr Tom Hale wrote to the council last week. His letter is published in full below.', 'Dear Councillor Roe,', 'I write about the library.', 'Thank you', 'Yours sincerely,', 'Tom Hale'],
      { kind: 'news report', outlet: 'Example Echo' },
    );
    expect(speakerOfWords(letter, 4, 'Thank you')).toBe('Tom Hale');
  });

  it("keeps a speech's first words in its heading's paragraph the speaker's, and reads a byline's author without the role in a bio", () => {
    const speech = madeUpDocument(['Speech by Jane Doe, Minister for Health\nGood morning, everyone, and thank you for coming', 'We will build new hospitals.'], { kind: 'speech', outlet: 'Examplia Government' });
    expect(speakerOfWords(speech, 1, 'Good morning')).toBe('Jane Doe');
    const briefing = madeUpDocument(['We think this is a false economy.', 'Our modelling suggests installations will fall.', 'Dr Selma Roe is head of policy at the trust.'], { kind: 'policy briefing', outlet: 'Examplia Climate Trust', author: 'Dr Selma Roe, Head of Policy' });
    expect(speakerOfWords(briefing, 3, 'Dr Selma Roe is')).toBeUndefined();
  });
});

describe("an investor call's turns, a chief executive's word in a newsletter and a regulator's decision's fields (round 34)", () => {
  it('gives a turn that names the other speakers once to its labelled speaker, not to a list of participants', () => {
    const call = madeUpDocument(
      [
        'Operator: Good morning, and welcome to the call. I will now hand over to Fiona Beckett, Head of Investor Relations.',
        'Fiona Beckett: Thank you, and good morning, everyone. With me are Andrea Quayle, our CEO, and Robert Nanjiani, our CFO. Andrea, over to you.',
        'Andrea Quayle: Thank you, Fiona. Good morning.',
        'Robert Nanjiani: Thanks, Andrea. Revenue rose.',
        'Operator: Our first question comes from Matthew Oduya.',
        'Matthew Oduya: Thanks. On leakage, what changed?',
        'Andrea Quayle: A lot changed.',
      ],
      { kind: 'earnings call transcript', outlet: 'Examplia Water plc' },
    );
    expect(speakerOfWords(call, 2, 'With me are')).toBe('Fiona Beckett');
  });

  it("gives a newsletter's \"A word from our Chief Executive\" to its signer, and its footer lines and a regulator's fields and signature to no one", () => {
    const newsletter = madeUpDocument(
      ['A word from our Chief Executive', 'Hello, and welcome to the spring edition.', 'I also want to talk honestly about damp and mould. I am sorry.', 'Marcus Adeyemi\nChief Executive', 'Meet the team', 'Our caretakers kept the estate running all winter.', 'Examplia Homes, The Old Granary, Mill Road, Exampleshire. Copies are available in large print and other languages on request.'],
      { kind: 'tenant newsletter', outlet: 'Examplia Homes Housing Association' },
    );
    expect(speakerOfWords(newsletter, 3, 'I am sorry')).toBe('Marcus Adeyemi');
    expect(speakerOfWords(newsletter, 6, 'Our caretakers')).toBe('Examplia Homes Housing Association');
    expect(speakerOfWords(newsletter, 7, 'Examplia Homes, The Old')).toBeUndefined();
    expect(speakerOfWords(newsletter, 7, 'Copies are available')).toBeUndefined();
    const decision = madeUpDocument(
      ['Reference: EX/DN/2025/014\nLicensee: Examplia Gas plc\nSubject: Request for a re-opener', 'We have decided to allow the request in part.', 'Imogen Stace\nDirector of Networks\nExamplia Energy Regulation Authority'],
      { kind: 'regulatory decision', outlet: 'Examplia Energy Regulation Authority' },
    );
    expect(speakerOfWords(decision, 2, 'We have decided')).toBe('Examplia Energy Regulation Authority');
    expect(speakerOfWords(decision, 1, 'Licensee')).toBeUndefined();
    expect(speakerOfWords(decision, 3, 'Director of Networks')).toBeUndefined();
  });
});

describe("a body's name without the outlet line's two-word gloss (round 34)", () => {
  it('gives a club\'s statement filed as "… (official website)" to the club by its name', () => {
    const statement = madeUpDocument(['The club confirms that its manager has left by mutual consent.', 'We thank him for his work.'], { kind: 'statement', outlet: 'SK Examplia (official website)' });
    expect(speakerOfWords(statement, 2, 'We thank him')).toBe('SK Examplia');
    const listed = madeUpDocument(['The board announces its results.', 'We expect growth.'], { kind: 'press release', outlet: 'Kvarnholm Energy AB (publ)' });
    expect(speakerOfWords(listed, 2, 'We expect')).toBe('Kvarnholm Energy AB (publ)');
  });
});

describe('sections several people write under their own names (round 34)', () => {
  const post = (sections: string[]) => madeUpDocument(["We've been putting off writing this.", 'Each of us wanted to say something, so here goes.', ...sections], { kind: 'social media announcement', outlet: 'Mlhavka' });

  it("gives a band's post's members' sections, \"Kája (vocals):\" over the member's own words, to each member", () => {
    const doc = post(['Kája (vocals):\nWhen we started, I was nineteen.', 'Honza (guitar):\nI have got a daughter who turns two.', 'Ester (bass):\nI am going back to university.', 'Lukáš (drums): Honestly, I would keep going.']);
    expect(speakerOfWords(doc, 3, 'When we started')).toBe('Kája');
    expect(speakerOfWords(doc, 5, 'I am going back')).toBe('Ester');
    expect(speakerOfWords(doc, 6, 'Honestly')).toBe('Lukáš');
    expect(speakerOfWords(doc, 1, "We've been")).toBe('Mlhavka');
  });

  it('leaves a label that is a word, a heading\'s words or sections not in the first person alone', () => {
    const headings = post(['Update: I will post the new dates soon.', 'Our Response: I think we were clear.', 'Background: I joined in 2014.', 'Tickets: Refunds go out on Monday.']);
    expect(speakerOfWords(headings, 3, 'I will post')).toBe('Mlhavka');
    expect(speakerOfWords(headings, 4, 'I think we')).toBe('Mlhavka');
    const glossary = madeUpDocument(['Terms used in this guide.', 'Jana Novak: the chair of the board since 2019.', 'Petr Dvorak: the treasurer.', 'Eva Mala: the secretary.'], { kind: 'news report', outlet: 'Example News' });
    expect(speakerOfWords(glossary, 2, 'the chair of the board')).toBeUndefined();
  });
});

describe("an advice column's readers' letters (round 34)", () => {
  it("leaves a reader's letter under \"Q.\" to no one the column names, not to the columnist, and gives the answer under \"A.\" to her", () => {
    const column = madeUpDocument(
      [
        'ASK BERNADETTE',
        'Bernadette Roe answers your questions on family and money. Write to ask@example.ie.',
        'Q. My mother died last autumn and left her house to my brother and me.',
        'I do not want to lose my brother over a house. Is my husband right?',
        '– Torn Between Two Countries, Manchester',
        "A. I'm so sorry about your mother. Here is what I would do.",
        'Write to him and thank him.',
      ],
      { kind: 'advice column', outlet: 'Example Independent', author: 'Bernadette Roe' },
    );
    expect(speakerOfWords(column, 3, 'My mother died')).toBeUndefined();
    expect(speakerOfWords(column, 4, 'I do not want')).toBeUndefined();
    expect(speakerOfWords(column, 5, 'Torn Between')).toBeUndefined();
    expect(speakerOfWords(column, 6, "I'm so sorry")).toBe('Bernadette Roe');
    expect(speakerOfWords(column, 7, 'Write to him')).toBe('Bernadette Roe');
    expect(speakerOfWords(column, 2, 'Bernadette Roe answers')).toBeUndefined();
  });
});

describe('the review of round 34', () => {
  it("reads no signed sections in a wire factbox, a travel feature or a signed piece's topics and thanks, and a Roman numeral is no writer's I", () => {
    const factbox = madeUpDocument(
      ['Drugmakers are racing to test vaccines.', 'MODERNA: The U.S. company began its Phase I trial in March.', 'NOVAVAX: The company expects Phase I results in July.', 'CANSINO: The Chinese firm began a Phase I trial in Wuhan.'],
      { kind: 'news', outlet: 'Reuters' },
    );
    expect(speakerOfWords(factbox, 2, 'The U.S. company')).toBeUndefined();
    const opinion = madeUpDocument(['Three places test us.', 'Ukraine: I have visited Kyiv twice this year.', 'Gaza: I have called for a ceasefire.', 'Taiwan: I do not think war is near.'], { kind: 'opinion', outlet: 'Example Herald', author: 'Jane Doe' });
    expect(speakerOfWords(opinion, 2, 'I have visited Kyiv')).toBe('Jane Doe');
    const thanks = madeUpDocument(['Today I retire from football.', 'Coach Horak: you believed in me when nobody did.', 'Petra: you carried me through it all, I love you.', 'Martin Dvorak: my first captain, I owe you.'], { kind: 'statement', outlet: 'Tomas Novak', author: 'Tomas Novak' });
    expect(speakerOfWords(thanks, 2, 'you believed in me')).toBe('Tomas Novak');
  });

  it('reads "My" opening a sentence as the first person', () => {
    const post = madeUpDocument(
      ["We've been putting off writing this.", 'Kája (vocals):\nWhen we started, I was nineteen.', 'Honza (guitar):\nI have got a daughter who turns two.', 'Ester (bass):\nMy last show with you will be in May.'],
      { kind: 'social media announcement', outlet: 'Mlhavka' },
    );
    expect(speakerOfWords(post, 4, 'My last show')).toBe('Ester');
  });

  it("leaves a diary to no one when its byline and its title name two people, the title names whose days it tells, or the diary is made up", () => {
    const pages = ['3 March 1916', 'I wrote to Mother. The guns were quiet all night.'];
    const archive = madeUpDocument(pages, { kind: 'diary extracts', outlet: 'Example Museum', author: 'Mary Archer', title: 'From the archives: the 1916 diary of Private Tom Hale' });
    expect(speakerOfWords(archive, 2, 'I wrote to Mother')).toBeUndefined();
    const days = madeUpDocument(['The chancellor announces a review of spending. Critics call it a stunt.'], { kind: 'diary', outlet: 'Example Magazine', title: "A diary of Keir Starmer's first 100 days" });
    expect(speakerOfWords(days, 1, 'The chancellor announces')).toBeUndefined();
    const spoof = madeUpDocument(pages, { kind: 'diary', outlet: 'Private Eye', title: 'The secret diary of Keir Starmer, aged 61¾' });
    expect(speakerOfWords(spoof, 2, 'I wrote to Mother')).toBeUndefined();
    const capitalised = madeUpDocument(pages, { kind: 'diary', outlet: 'Example Archive', title: 'The 1916 Diary of Tom Hale' });
    expect(speakerOfWords(capitalised, 2, 'I wrote to Mother')).toBe('Tom Hale');
  });

  it("leaves a newspaper's planning decision and a newsroom's policy briefing to no one, whatever the newsroom's name", () => {
    const planning = madeUpDocument(['Plans for 40 homes on the edge of the village have been approved.', 'The developer said work would start in spring.'], { kind: 'planning decision', outlet: 'Example Echo', author: 'Sam Reporter' });
    expect(speakerOfWords(planning, 1, 'Plans for 40 homes')).toBeUndefined();
    for (const outlet of ['Bloomberg', 'Axios', 'Sky']) {
      const briefing = madeUpDocument(['Ministers are expected to announce the cut on Monday, officials said.'], { kind: 'policy briefing', outlet, author: 'Jane Reporter' });
      expect(speakerOfWords(briefing, 1, 'Ministers are expected')).toBeUndefined();
    }
  });

  it("gives an advice column's answer opened by the columnist's name, or following a reader's sign-off, to the columnist", () => {
    const column = madeUpDocument(
      ['Q: Is it ever too late to make a will?', 'Bernadette says: Never. I made mine at 70.', 'Q. My sister borrowed money and will not pay it back.', '– Out of Pocket, Cork', 'I would write to her first.'],
      { kind: 'advice column', outlet: 'Example Independent', author: 'Bernadette Roe' },
    );
    expect(speakerOfWords(column, 1, 'Is it ever too late')).toBeUndefined();
    expect(speakerOfWords(column, 2, 'I made mine at 70')).toBe('Bernadette Roe');
    expect(speakerOfWords(column, 3, 'My sister borrowed')).toBeUndefined();
    expect(speakerOfWords(column, 5, 'I would write')).toBe('Bernadette Roe');
  });

  it("gives a printed letter's list of demands to its signer, not to no one as section headings", () => {
    const story = madeUpDocument(
      [
        'Families have written to the health board. The letter is published in full below.',
        'Dear Chair,',
        'We write about the closure of Ward 7. We ask you to:',
        'Keep the ward open',
        'Restore the night-shift funding',
        'Meet the families before any decision',
        'We look forward to your reply.',
        'Yours sincerely,',
        'Anna Kowalska',
      ],
      { kind: 'news report', outlet: 'Example Echo' },
    );
    expect(speakerOfWords(story, 4, 'Keep the ward open')).toBe('Anna Kowalska');
    expect(speakerOfWords(story, 6, 'Meet the families')).toBe('Anna Kowalska');
  });

  it("gives a party leaflet's line of pledges to the party, not to no one as a details line", () => {
    const leaflet = madeUpDocument(['5,000 new council homes · 200 more nurses · Free buses for under-18s', 'We will deliver all three.'], { kind: 'leaflet', outlet: 'Examplia Labour Party' });
    expect(speakerOfWords(leaflet, 1, '5,000 new council homes')).toBe('Examplia Labour Party');
    const details = madeUpDocument(['Examplia Labour Party · June 2025 · For members', 'We will deliver all three.'], { kind: 'leaflet', outlet: 'Examplia Labour Party' });
    expect(speakerOfWords(details, 1, 'June 2025')).toBeUndefined();
  });
});
