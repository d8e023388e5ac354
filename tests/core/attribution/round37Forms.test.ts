import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("a part's label and the holder a record names (round 37)", () => {
  it('gives MODERATOR to the person its first label names in parentheses, and every bare MODERATOR after it', () => {
    const briefing = madeUpDocument(
      ['MODERATOR (Petra Lindqvist, ministry spokesperson): Good morning. The ministers will speak first.', 'MINISTER HOLM: We signed the accord today.', 'MODERATOR: First question, please.', 'QUESTION (Ivo Marek, Radio North): When will it take effect?', 'MINISTER HOLM: Next spring.', 'MODERATOR: Thank you all.'],
      { kind: 'press conference transcript', outlet: 'Ministry of Foreign Affairs' },
    );
    expect(speakerOfWords(briefing, 1, 'The ministers will speak')).toBe('Petra Lindqvist');
    expect(speakerOfWords(briefing, 6, 'Thank you all')).toBe('Petra Lindqvist');
  });

  it("gives THE WITNESS and THE INTERPRETER to the people a hearing's header names, and the header lines to no one", () => {
    const hearing = madeUpDocument(
      [
        'DOCKSIDE COLLAPSE INQUIRY',
        'Before: Sir Alan Prentice (Chair)',
        'Witness: Mr Karel Novotný, crane operator (evidence given in Czech through an interpreter)\nInterpreter: Ms Jana Holubová (sworn)\nCounsel to the Inquiry: Ms Ruth Abebe',
        'THE CHAIR: Good morning, Mr Novotný.',
        'THE WITNESS (through the interpreter): Good morning. I am ready.',
        'MS ABEBE: Where were you at noon?',
        'THE WITNESS (through the interpreter): In the cab of crane two.',
        'THE INTERPRETER: Chair, may I correct one word? It was a crack, not a gap.',
        'THE CHAIR: Thank you, Ms Holubová.',
      ],
      { kind: 'hearing transcript', outlet: 'Dockside Collapse Inquiry' },
    );
    expect(speakerOfWords(hearing, 2, 'Sir Alan Prentice')).toBeUndefined();
    expect(speakerOfWords(hearing, 3, 'crane operator')).toBeUndefined();
    expect(speakerOfWords(hearing, 3, 'Ms Ruth Abebe')).toBeUndefined();
    expect(speakerOfWords(hearing, 5, 'I am ready')).toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 7, 'In the cab')).toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 8, 'may I correct one word')).toBe('Jana Holubová');
  });

  it("gives INTERPRETER to the interpreter a note names (\"the consecutive interpreter, Ms Yuko Brandt\")", () => {
    const conference = madeUpDocument(
      ['Minister Ikeda spoke in Japanese; his remarks are given in the rendering of the consecutive interpreter, Ms Yuko Brandt.', 'MINISTER IKEDA: We are grateful for the welcome.', 'INTERPRETER: The minister used a proverb about a single meeting.', 'MINISTER ŠIMŮNEK: Thank you. We agree.', 'MINISTER IKEDA: We will meet again in May.', 'MINISTER ŠIMŮNEK: In Kyoto.', 'INTERPRETER: A correction from the interpreter.'],
      { kind: 'press conference transcript', outlet: 'Ministry of Foreign Affairs' },
    );
    expect(speakerOfWords(conference, 3, 'The minister used a proverb')).toBe('Yuko Brandt');
  });

  it('keeps a role label as printed where two people could hold it', () => {
    const hearing = madeUpDocument(
      ['Witness: Mr Karel Novotný, crane operator\nWitness: Ms Eva Malá, site manager', 'THE CHAIR: Good morning.', 'THE WITNESS: Good morning.', 'THE CHAIR: Please begin.', 'THE WITNESS: I was on site.'],
      { kind: 'hearing transcript', outlet: 'Dockside Collapse Inquiry' },
    );
    expect(speakerOfWords(hearing, 5, 'I was on site')).not.toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 5, 'I was on site')).not.toBe('Eva Malá');
  });
});

describe("internal communications: threads, briefings and a newsletter's quick Q&A (round 37)", () => {
  it("gives each message of an email thread to its own sender, the headers and rules between them to no one", () => {
    const thread = madeUpDocument(
      [
        'From: Hana Kralova <h.kralova@museum.example>\nSent: Wednesday 18 September 2024 16:12\nTo: Curatorial\nSubject: FW: RE: Opening date',
        'Dear all, I am forwarding the thread below so that everyone has the same information.',
        'Hana',
        '---',
        'From: Tomas Weber <t.weber@museum.example>\nSent: Monday 16 September 2024 17:30\nTo: Hana Kralova\nSubject: RE: Opening date',
        'I am sorry to be the bearer of bad news. We found a crack in the casting.',
        '---',
        'From: Hana Kralova <h.kralova@museum.example>\nSent: Monday 16 September 2024 11:05\nTo: Tomas Weber\nSubject: Opening date',
        'Could you let me have a note by the end of today?',
      ],
      { kind: 'email thread', outlet: 'Kelm Museum' },
    );
    expect(speakerOfWords(thread, 2, 'I am forwarding the thread')).toBe('Hana Kralova');
    expect(speakerOfWords(thread, 6, 'We found a crack')).toBe('Tomas Weber');
    expect(speakerOfWords(thread, 9, 'Could you let me have')).toBe('Hana Kralova');
    expect(speakerOfWords(thread, 5, 'Subject: RE: Opening date')).toBeUndefined();
  });

  it("leaves a thread printed inside a reporter's story to the story's rules", () => {
    const story = madeUpDocument(
      ['From: Hana Kralova\nTo: Tomas Weber', 'We cannot open in October.', 'From: Tomas Weber\nTo: Hana Kralova', 'Agreed.', 'The emails were seen by the Courier.'],
      { kind: 'leaked emails', outlet: 'The Courier', author: 'Jan Novy' },
    );
    expect(speakerOfWords(story, 5, 'The emails were seen')).toBeUndefined();
  });

  it("gives a staff briefing's own text to the director who signs it", () => {
    const briefing = madeUpDocument(['From: Nadia Okoro, Director of Workforce\nTo: All staff', 'Thank you to the 5,912 of you who completed the survey. I have read every comment.'], {
      kind: 'staff briefing',
      outlet: 'West Pennine Hospitals NHS Foundation Trust',
      author: 'Nadia Okoro',
    });
    expect(speakerOfWords(briefing, 2, 'I have read every comment')).toBe('Nadia Okoro');
  });

  it("gives an unsigned staff announcement to the unit its header names, not a person's name alone", () => {
    const announcement = madeUpDocument(['Staff Announcement — Human Resources', 'Ref: HR/2024/17\nEffective: 1 September 2024', 'Human Resources is pleased to announce a new Family Leave Policy. We expect 240 colleagues a year to use it.'], {
      kind: 'HR announcement',
      outlet: 'University of Carrow',
    });
    expect(speakerOfWords(announcement, 3, 'We expect 240 colleagues')).toBe('Human Resources');
    const fromUnit = madeUpDocument(['From: Estates Team\nTo: All staff', 'The car park closes on Friday.'], { kind: 'internal memo', outlet: 'Halden Council' });
    expect(speakerOfWords(fromUnit, 2, 'The car park closes')).toBe('Estates Team');
    const notAUnit = madeUpDocument(['Staff Announcement — New Policy', 'We are changing the leave rules.'], { kind: 'HR announcement', outlet: 'University of Carrow' });
    expect(speakerOfWords(notAUnit, 2, 'We are changing')).not.toBe('New Policy');
  });

  it("gives a newsletter's quick Q&A answers to the one person asked, and its questions to no one", () => {
    const newsletter = madeUpDocument(
      [
        'Five minutes with… the new Head of Libraries',
        'Adebayo Mensah joined the council in April from Calderside, where he ran the mobile library. We asked him three quick questions.',
        'What surprised you most in your first month?\nHow busy the branches are at half past three. I love it.',
        'What is the one thing you want to change?\nThe opening hours. Too many branches close at five.',
        'What are you reading?\nA novel everyone else read years ago.',
      ],
      { kind: 'staff newsletter', outlet: 'Brennmoor City Council' },
    );
    expect(speakerOfWords(newsletter, 3, 'How busy the branches')).toBe('Adebayo Mensah');
    expect(speakerOfWords(newsletter, 4, 'Too many branches')).toBe('Adebayo Mensah');
    expect(speakerOfWords(newsletter, 3, 'What surprised you most')).toBeUndefined();
  });

  it("keeps a body's FAQ its own voice: readers' questions, not questions put to someone", () => {
    const notice = madeUpDocument(
      [
        'Be careful with any message that mentions a support ticket. Tembusu Pay will never ask you for a passcode.',
        'Was my money at risk?\nNo. The support tool is separate from our payments systems.',
        'How do I know whether I am affected?\nIf you are affected, you will have received an email.',
        'Has anyone been arrested?\nWe have reported the matter to the police.',
      ],
      { kind: 'security incident disclosure', outlet: 'Tembusu Pay', author: 'Shalini Tan' },
    );
    expect(speakerOfWords(notice, 2, 'The support tool is separate')).toBe('Shalini Tan');
  });
});
