import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 51: minutes' motions, bylined newsletter sections, a body's Q&A memo and donor report, judges' letters, defined parties, a clerk's roster", () => {
  it("reads minutes' motion lines as the record, not as a transcript's labels, and a summary's list as nobody's", () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Minutes of the Trust Board, 3 June 2025"\noutlet: Harlow Vale Community Trust\nkind: board minutes\n---',
        '**Present:** Joan Whitlock (Chair), Peter Ansah, Ruth Calder, Imran Shah.',
        '**Public:** Two members of the public were present.',
        '**1. MINUTES OF THE LAST MEETING**',
        '**Resolution:** That the minutes of the meeting held on 6 May 2025 be confirmed.',
        'Moved: Peter Ansah\nSeconded: Ruth Calder\n*Carried*',
        '**2. DIRECTOR’S REPORT**',
        'The report was taken as read. Helen Morrow highlighted the following:',
        '- Visitor numbers were 14% above plan.\n- Two posts remained vacant.',
        'Ruth Calder asked when the posts would be filled. Helen Morrow said: “By September, I hope.”',
        '**Resolution:** That the Board receives the report.',
        'Moved: Imran Shah\nSeconded: Joan Whitlock\n*Carried*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 5, 'Moved: Peter Ansah')).toBeUndefined();
    expect(speakerOfWords(minutes, 5, 'Seconded: Ruth Calder')).toBeUndefined();
    expect(speakerOfWords(minutes, 4, 'be confirmed')).toBeUndefined();
    expect(speakerOfWords(minutes, 2, 'Two members of the public')).toBeUndefined();
    expect(speakerOfWords(minutes, 8, 'Visitor numbers were 14% above plan.')).toBeUndefined();
    expect(speakerOfWords(minutes, 9, 'By September, I hope.')).toBe('Helen Morrow');
  });

  it("gives a body's unsigned newsletter's sections to the writers their bylines name, and the rest to the body", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Brookside News — Summer 2025"\noutlet: Brookside Allotment Society\nkind: newsletter\n---',
        '# Brookside News',
        '## From the Chair',
        '*By Agnes Pilbeam, Chair*',
        'Welcome to the summer issue. I want to thank everyone who turned out for the spring clear-up.',
        'Our show is on 16 August, and I hope to see your marrows there.',
        '## Water troughs',
        '*By Victor Okonjo, Site Secretary*',
        'The troughs on the east side were refilled last week. I have asked the council to fix the leaking valve.',
        '## Plot rents',
        'Rents for the coming year stay at £42 a plot. Payment is due by 1 October.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'I want to thank everyone')).toBe('Agnes Pilbeam');
    expect(speakerOfWords(newsletter, 7, 'I have asked the council')).toBe('Victor Okonjo');
    expect(speakerOfWords(newsletter, 6, 'By Victor Okonjo')).toBeUndefined();
    expect(speakerOfWords(newsletter, 9, 'Rents for the coming year')).toBe('Brookside Allotment Society');
  });

  it("keeps a newsroom's reporters' bylined sections nobody's", () => {
    const roundup = markdownDocument(
      [
        '---\ntitle: "Three towns, one flood"\noutlet: Valley Courier\nkind: news feature\n---',
        '## Ashby',
        '*By Laura Penrose*',
        'The water reached the high street by noon. Shopkeepers moved stock upstairs.',
        '## Deane',
        '*By Tomasz Wilk*',
        'In Deane the river broke its banks at the old mill.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(roundup, 3, 'The water reached the high street')).toBeUndefined();
    expect(speakerOfWords(roundup, 6, 'In Deane the river')).toBeUndefined();
  });

  it("gives a body's Q&A memo's answers to the body and its numbered questions to nobody", () => {
    const memo = markdownDocument(
      [
        '---\ntitle: "Questions and answers: the national pollen alert"\noutlet: Nordic Agency for Air Quality\nkind: Q&A memo\n---',
        '**Nordic Agency for Air Quality**',
        'Today the Agency launches a national pollen alert. This memo answers the questions most often asked.',
        '**1. What is the pollen alert?**',
        'It is a daily forecast of pollen levels for each region, published at 6 a.m.',
        '**2. Who will receive the alert, and how do they sign up?**',
        'Anyone can sign up on the Agency’s website. Schools and care homes will be signed up automatically.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(memo, 4, 'It is a daily forecast')).toBe('Nordic Agency for Air Quality');
    expect(speakerOfWords(memo, 6, 'Anyone can sign up')).toBe('Nordic Agency for Air Quality');
    expect(speakerOfWords(memo, 5, 'Who will receive the alert')).toBeUndefined();
  });

  it("gives a charity's donor report its own voice, whatever the charity's name, and keeps a newspaper's Q&A an interview", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Report to our donors 2024"\noutlet: Stillwater Aid\nkind: donor report\n---',
        '## 2024 at a glance',
        'In 2024 we drilled 19 boreholes in Turkana. Each one serves about 600 people.',
        'We fell short on school latrines: we built 31 of the 50 we planned.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'we drilled 19 boreholes')).toBe('Stillwater Aid');
    const interview = markdownDocument(
      [
        '---\ntitle: "Q&A: the striker who came home"\noutlet: Coastline Sport\nauthor: Dana Reyes\nkind: Q&A\n---',
        'Milo Ferrante returned to his first club this summer. We spoke to him at the training ground.',
        '**Why come back now?**',
        'Because I owed them something. They gave me my first contract.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 3, 'Because I owed them something.')).not.toBe('Coastline Sport');
  });

  it("reads a judge's letters after the surname to find the full name, and keeps them where the text gives none", () => {
    const summary = markdownDocument(
      [
        '---\ntitle: "Media summary: Ndlovu and Others v Riverbend Municipality"\noutlet: Supreme Court of Appeal of Lethabo\nkind: media summary\n---',
        'In a judgment written by Justice Themba Mahlangu, the Court upheld the appeal.',
        'Mahlangu JA wrote: "A municipality may not switch off a household’s water before it has heard the household."',
        'In a dissent, Pretorius AJA said the remedy "went further than the case required".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 2, 'A municipality may not switch off')).toBe('Themba Mahlangu');
    expect(speakerOfWords(summary, 3, 'went further than the case required')).toBe('Pretorius AJA');
  });

  it("reads a party the decision defines after \"against\" as that person", () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Written reasons: Ridgeway Rovers v Okafor"\noutlet: Western Counties FA\nkind: disciplinary decision\n---',
        '1. These are the written reasons of the Regulatory Commission ("the Commission") for its decision on a charge against Daniel Okafor ("the Player"), a player of Ridgeway Rovers FC.',
        '2. In his written response, the Player stated: "I never touched the referee. I walked away."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 2, 'I never touched the referee.')).toBe('Daniel Okafor');
  });

  it("gives a transcript's \"THE CLERK:\" to the clerk its roster names before the office", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Verbatim transcript: City Council, Item 4"\noutlet: City of Marlow Springs\nkind: verbatim transcript\n---',
        'PRESENT: Council President Ana Whitford; Councilmember Joel Baptiste; Councilmember Lina Ortiz.',
        'ALSO PRESENT: City Manager Rafael Costa; Deputy City Clerk Owen Hale; City Clerk Priya Natarajan.',
        'PRESIDENT WHITFORD: Madam Clerk, please read the item.',
        'THE CLERK: An ordinance amending Chapter 5 of the Municipal Code relating to street vending.',
        'PRESIDENT WHITFORD: Thank you. Councilmember Baptiste?',
        'COUNCILMEMBER BAPTISTE: I move the item.',
        'THE CLERK: The motion carries, three to nothing.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'An ordinance amending Chapter 5')).toBe('Priya Natarajan');
    expect(speakerOfWords(transcript, 7, 'The motion carries')).toBe('Priya Natarajan');
  });
});

describe("round 51's review: the batch's rules where they must not fire", () => {
  it('keeps a hearing\'s "PUBLIC:" a speaker\'s label, and ends a turn at a motion line', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Public hearing on the library closure"\noutlet: Calder Borough Council\nkind: transcript\n---',
        'CHAIR (Cllr Ruth Ames): We now take questions from the floor.',
        'PUBLIC: Why is the library closing when you built a new car park?',
        'CHAIR: Because the budget for libraries was cut by the government.',
        'MR HOLT: I agree with the lady.',
        'RESOLVED: That the council notes the petition.',
        'CHAIR: Next item.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 1, 'We now take questions')).toBe('Ruth Ames');
    expect(speakerOfWords(hearing, 2, 'Why is the library closing')).not.toBe('Ruth Ames');
    expect(speakerOfWords(hearing, 3, 'Because the budget')).toBe('Ruth Ames');
    expect(speakerOfWords(hearing, 5, 'That the council notes the petition.')).toBeUndefined();
  });

  it("keeps a newspaper's or a magazine's bylined newsletter sections nobody's, and reads \"By Appointment Only\" as no byline", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "The Morning Briefing"\noutlet: The Northern Chronicle\nkind: newsletter\n---',
        '## Flood defences delayed',
        'By Sarah Whitlock, Environment Correspondent',
        'The Environment Agency has pushed back work on the Calder flood wall by two years.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 3, 'has pushed back work')).toBeUndefined();
    const magazine = markdownDocument(
      [
        '---\ntitle: "Dales Life, spring"\noutlet: Dales Life Magazine\nkind: magazine\n---',
        '## The last hill farmer',
        'By Helen Marsh',
        'John Dent has farmed at Cray for sixty years. He rises at five.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(magazine, 3, 'has farmed at Cray')).not.toBe('Helen Marsh');
    const notice = markdownDocument(
      [
        '---\ntitle: "Calder Tenants News"\noutlet: Calder Tenants Association\nkind: newsletter\n---',
        '## Office hours',
        'By Appointment Only',
        'The office is open on Tuesdays. Call to book a slot.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notice, 3, 'The office is open on Tuesdays.')).not.toBe('Appointment Only');
  });

  it("gives a summary's introduced paragraph in the first person to the one introduced", () => {
    const statement = markdownDocument(
      [
        '---\ntitle: "Rent rise: our response"\noutlet: Leeds Tenants Association\nkind: statement\n---',
        'Our chair, Mary Blake, highlighted the following:',
        'I want every tenant to write to the council. We must be heard.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(statement, 2, 'I want every tenant')).toBe('Mary Blake');
  });

  it('reads no judge\'s letters into another person of that surname, nor an absent clerk into "THE CLERK:"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Accused walks free"\noutlet: Highveld Courier\nkind: news report\n---',
        'The accused, Sipho Khumalo, was acquitted on Monday.',
        'Khumalo J wrote: "The State has not proved its case."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'The State has not proved its case.')).not.toBe('Sipho Khumalo');
    const transcript = markdownDocument(
      [
        '---\ntitle: "Verbatim transcript: City Council"\noutlet: City of Marlow Springs\nkind: verbatim transcript\n---',
        'ABSENT: City Clerk Dolores Fenn.',
        'ALSO PRESENT: Acting City Clerk Mark Ray; City Attorney Jo Hart.',
        'THE MAYOR: The meeting will come to order. Will the clerk call the roll?',
        'THE CLERK: Councillor Ames.',
        'COUNCILLOR AMES: Here.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'Councillor Ames.')).not.toBe('Dolores Fenn');
  });

  it("reads a body's Q&A memo with a long run of spaces at once", () => {
    const memo = markdownDocument(`---\ntitle: "Questions and answers"\noutlet: Nordic Agency for Air Quality\nkind: Q&A memo\n---\n\nx${'\u2003'.repeat(300000)}1. ${'\u2003'.repeat(300000)}x\n\nIt is a daily forecast of pollen levels.`);
    expect(speakerOfWords(memo, 2, 'It is a daily forecast')).toBe('Nordic Agency for Air Quality');
  });
});

describe("round 51's second review: the mends where they went too far", () => {
  it('keeps a byline of dictionary words with a role after it, and no trade paper of an organisation\'s word', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Riverside News, Spring"\noutlet: Riverside Tenants\' Association\nkind: newsletter\n---',
        "## Treasurer's report",
        'By Rose Green, Treasurer',
        'Our accounts are in good order. I have filed them with the council.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'I have filed them')).toBe('Rose Green');
    const tradePaper = markdownDocument(
      [
        '---\ntitle: "The Daily Briefing"\noutlet: Local Government Chronicle\nkind: newsletter\n---',
        '## Councils warn over social care',
        'By Sarah Whitlock, Senior Reporter',
        'Councils in the north say they face a £1bn gap in social care funding.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(tradePaper, 3, 'Councils in the north say')).not.toBe('Sarah Whitlock');
  });

  it("reads a roster's lines one by one for who is away, and lets a mover's speech go on after the motion's line", () => {
    const roll = (away: string) =>
      markdownDocument(
        [
          '---\ntitle: "City council regular meeting"\noutlet: City of Marlow Council\nkind: transcript\n---',
          'PRESENT: Mayor Linda Carver; Councillors Ames, Boyd and Chen.',
          away,
          'THE MAYOR: Will the clerk call the roll?',
          'THE CLERK: Councillor Ames.',
          'COUNCILLOR AMES: Here.',
          'THE CLERK: Councillor Boyd.',
          'COUNCILLOR BOYD: Here.',
        ].join('\n\n'),
      );
    expect(speakerOfWords(roll('ABSENT: Councillor Diaz.\nALSO PRESENT: City Manager Howard Bexley; City Clerk Dolores Fenn.'), 4, 'Councillor Ames.')).toBe('Dolores Fenn');
    expect(speakerOfWords(roll('MEMBERS EXCUSED: City Clerk Dolores Fenn.'), 4, 'Councillor Ames.')).not.toBe('Dolores Fenn');
    const motion = markdownDocument(
      [
        '---\ntitle: "City council regular meeting"\noutlet: City of Marlow Council\nkind: transcript\n---',
        'THE MAYOR: We turn to item 4.',
        'COUNCILLOR AMES: I will read the motion.',
        'Motion: That the council closes the pool on Sundays.',
        'I commend it to colleagues. It saves money.',
        'THE MAYOR: Thank you.',
        'COUNCILLOR BOYD: I second it.',
        'THE MAYOR: All in favour?',
        'COUNCILLOR AMES: Aye.',
        'COUNCILLOR BOYD: Aye.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(motion, 3, 'That the council closes the pool')).toBeUndefined();
    expect(speakerOfWords(motion, 4, 'I commend it to colleagues.')).toBe('Ames');
  });

  it('completes a Judge President\'s letters to the name the text gives', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Court frees accused in land case"\noutlet: Durban Daily\nkind: news report\n---',
        'Judge President Nomvula Khumalo heard the case in the High Court.',
        'Khumalo JP wrote: "The charges are dismissed."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'The charges are dismissed.')).toBe('Nomvula Khumalo');
  });
});

describe("round 51's last rule: \"citing\" with its quotation right after it", () => {
  it("gives a rating agency's cited words to the agency", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Agency cuts outlook on Kestrel Power"\noutlet: Example Wire\nkind: news report\n---',
        'Northgate Ratings on Monday revised its outlook on Kestrel Power to negative, citing "elevated capital spending and slower cash flow".',
        'Moody’s downgraded Kestrel’s bonds on Tuesday, citing "persistent weakness in demand".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'elevated capital spending')).toBe('Northgate Ratings');
    expect(speakerOfWords(story, 2, 'persistent weakness in demand')).toBe('Moody’s');
  });
});

