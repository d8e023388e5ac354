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

describe('sport, schools and the business pages, from forms written for this round (round 37)', () => {
  it("gives a press conference's unlabelled answers under a speaker's heading to that speaker, not to the reporter who asked", () => {
    const conference = madeUpDocument(
      [
        'Harbury Town 2-1 Kelso Rovers',
        'MARK ELLISON (head coach)',
        'Q: Mark, how would you sum up the afternoon?',
        'I thought we were brave. We went a goal down and we did not panic.',
        'Q (Sam Price, Harbury Echo): Was the penalty decision right?',
        'I have not seen it again. It looked soft from where I stood.',
        'LUKE OKAFOR (captain)',
        'Q: Luke, how is the ankle?',
        'Sore. I will be fine for Tuesday.',
      ],
      { kind: 'press conference transcript', outlet: 'Harbury Town FC' },
    );
    expect(speakerOfWords(conference, 4, 'I thought we were brave')).toBe('Mark Ellison');
    expect(speakerOfWords(conference, 6, 'I have not seen it again')).toBe('Mark Ellison');
    expect(speakerOfWords(conference, 5, 'Was the penalty decision right')).toBe('Sam Price');
    expect(speakerOfWords(conference, 9, 'I will be fine for Tuesday')).toBe('Luke Okafor');
  });

  it("gives a manager's programme notes, and the writer's own quoted words, to the writer", () => {
    const notes = madeUpDocument(['Good afternoon and welcome back to the Arena.', 'I said to the lads on Monday: "We do not get to feel sorry for ourselves."', '"Gaffer," Eddie Brannigan said, "I will run through a wall."'], {
      kind: 'programme notes',
      outlet: 'Dunmore Athletic',
      author: 'Gary Walsh',
    });
    expect(speakerOfWords(notes, 1, 'welcome back')).toBe('Gary Walsh');
    expect(speakerOfWords(notes, 2, 'We do not get to feel sorry')).toBe('Gary Walsh');
    expect(speakerOfWords(notes, 3, 'I will run through a wall')).toBe('Eddie Brannigan');
  });

  it("keeps the words of another, said when the writer spoke, that other's: \"what my mother said when I told her: …\"", () => {
    const diary = madeUpDocument(['I thought about what my mother said when I told her I was going: "Four months in the dark will change you."', 'As I wrote last year, "the council is out of money."'], {
      kind: 'opinion',
      outlet: 'The Herald',
      author: 'Eleanor White',
    });
    expect(speakerOfWords(diary, 1, 'Four months in the dark')).not.toBe('Eleanor White');
    expect(speakerOfWords(diary, 2, 'the council is out of money')).toBe('Eleanor White');
  });

  it("gives a football association's unsigned disciplinary decision to the association, its roster lines to no one", () => {
    const decision = madeUpDocument(
      ['REGULATORY COMMISSION', 'Chair: Ms Helen Carr\nMembers: Mr Ian Dodd, Mr Peter Lyle\nSecretary: Ms Ruth Moss', '3.1 The charge is proven. Mr Fraser is suspended for three matches.'],
      { kind: 'disciplinary decision', outlet: 'Northland Football Association' },
    );
    expect(speakerOfWords(decision, 3, 'The charge is proven')).toBe('Northland Football Association');
    expect(speakerOfWords(decision, 2, 'Members: Mr Ian Dodd')).toBeUndefined();
  });

  it("gives a head teacher's letter signed \"Mrs K. Lowe\" to the full name it was filed under", () => {
    const letter = madeUpDocument(['14 May 2025', 'Dear Parents and Carers,', 'I am writing about two changes to the school day.', 'Yours sincerely,', 'Mrs K. Lowe\nHeadteacher'], {
      kind: 'letter to parents',
      outlet: 'Ashby Park Primary School',
      author: 'Katherine Lowe',
    });
    expect(speakerOfWords(letter, 3, 'I am writing about')).toBe('Katherine Lowe');
  });

  it('gives "the person said", the financial press\'s anonymous source, to no one the story names', () => {
    const story = madeUpDocument(
      ['Harwell Foods rejected the approach.', 'Daniel Ross, a managing partner at Calloway, said the approach was "full and fair". "We have done our work," he told the Financial Times.', 'One top-20 investor said the board should engage. "They cannot just say no," the person said.'],
      { kind: 'news report', outlet: 'Financial Times' },
    );
    expect(speakerOfWords(story, 3, 'They cannot just say no')).not.toBe('Daniel Ross');
  });
});

describe("an interview's answerer, the one who told the outlet (round 37)", () => {
  it('gives "A:" to the one the introduction says told the interviewing outlet, of a company and a person named there', () => {
    const interview = madeUpDocument(
      ['TOKYO -- Kasumi Robotics plans to double output at its Thai plant, President Mariko Seto told Nikkei Asia in an interview.', 'Edited excerpts follow.', 'Q: Why Thailand?', 'A: The suppliers are there.', 'Q: What about tariffs?', 'A: We watch them closely.'],
      { kind: 'interview', outlet: 'Nikkei Asia', author: 'Hiroshi Tanabe', title: 'Kasumi Robotics CEO on Thailand' },
    );
    expect(speakerOfWords(interview, 4, 'The suppliers are there')).toBe('Mariko Seto');
  });
});

describe('the business pages: a live blog\'s sign-offs (round 37)', () => {
  it("reads a live blog entry's \"— Jesse Pound\" as its reporter's sign-off, not the credit of the narration and quotation above it", () => {
    const blog = madeUpDocument(
      ['Treasury yields hit a three-month high', 'The 10-year yield rose to 4.1%. "The bond market is sending a signal," said Tom Reyes, chief strategist at Keel Capital.', '— Jesse Pound', 'Nvidia leads tech lower', 'Shares fell 3% after the results.', '— Sarah Min'],
      { kind: 'live blog', outlet: 'CNBC' },
    );
    expect(speakerOfWords(blog, 2, 'The 10-year yield rose')).toBeUndefined();
    expect(speakerOfWords(blog, 2, 'The bond market is sending')).toBe('Tom Reyes');
    expect(speakerOfWords(blog, 5, 'Shares fell 3%')).toBeUndefined();
    const roundUp = madeUpDocument(['Scientists', 'The cod stock is at its lowest level since records began.', '— Dr Karin Vestergaard, senior researcher, Danish Marine Research Institute'], { kind: 'news report', outlet: 'The Local' });
    expect(speakerOfWords(roundUp, 2, 'The cod stock')).toBe('Karin Vestergaard');
  });
});

describe("the review of round 37's rules", () => {
  it("reads no quick Q&A in an explainer, an op-ed or after a credit line's name", () => {
    const explainer = madeUpDocument(
      ['Chancellor Rachel Reeves set out pension changes in the Budget.', 'Here is what the changes mean for you.', 'Will you pay more tax on your pension?\nOnly if your pot is large.', 'Can you still take a lump sum?\nYes, up to a quarter.', 'Do you need to do anything now?\nNo.'],
      { kind: 'news report', outlet: 'The Times' },
    );
    expect(speakerOfWords(explainer, 3, 'Only if your pot')).toBeUndefined();
    const credited = madeUpDocument(
      ['Adebayo Mensah joined the council in April. We asked him three quick questions.', 'Photo: Tom Hale', 'What surprised you most?\nHow busy the branches are.', 'What would you change?\nThe opening hours.', 'What are you reading?\nA novel.'],
      { kind: 'staff newsletter', outlet: 'Brennmoor City Council' },
    );
    expect(speakerOfWords(credited, 3, 'How busy the branches')).toBe('Adebayo Mensah');
  });

  it("reads no email thread in a story or a newsletter around emails, and a reply's \"On …, X wrote:\" as X's", () => {
    const story = madeUpDocument(['From: Sarah Jones\nTo: Tom Reed', 'We cannot ship in May.', 'From: Tom Reed\nTo: Sarah Jones', 'Agreed.', 'Reuters could not independently verify the emails.'], { kind: 'leaked emails', outlet: 'Reuters' });
    expect(speakerOfWords(story, 5, 'Reuters could not')).not.toBe('Tom Reed');
    const thread = madeUpDocument(
      ['From: "Tomas Weber" <t.weber@museum.example>\nTo: Hana Kralova\nSubject: RE: Opening date', 'Fine, I will send it by five.', 'On Mon, 16 Sep 2024 at 11:05, Hana Kralova <h.kralova@museum.example> wrote:\nCould you let me have a note by the end of today?'],
      { kind: 'email thread', outlet: 'Kelm Museum' },
    );
    expect(speakerOfWords(thread, 2, 'I will send it by five')).toBe('Tomas Weber');
    expect(speakerOfWords(thread, 3, 'Could you let me have a note')).toBe('Hana Kralova');
  });

  it('names no holder from a stand-in\'s "our regular host, Tom Lee", a chair\'s "Federal Reserve Chair Jerome Powell", a Vice-Chair line, or a second witness sworn', () => {
    const podcast = madeUpDocument(['HOST: Welcome. Our regular host, Tom Lee, is on holiday, so you are stuck with me.', 'GUEST: Happy to be here.', 'HOST: What did you make of the budget?', 'GUEST: Cautious.', 'HOST: Thanks for joining us.'], { kind: 'podcast transcript', outlet: 'Daily Brief' });
    expect(speakerOfWords(podcast, 3, 'What did you make')).not.toBe('Tom Lee');
    const hearing = madeUpDocument(['THE CHAIR: The committee will come to order. Our witness today is Federal Reserve Chair Jerome Powell.', 'MR POWELL: Thank you.', 'THE CHAIR: Please begin.', 'MR POWELL: Inflation has eased.', 'THE CHAIR: Thank you. We stand adjourned.'], { kind: 'hearing transcript', outlet: 'Senate Banking Committee' });
    expect(speakerOfWords(hearing, 5, 'We stand adjourned')).not.toBe('Jerome Powell');
    const meeting = madeUpDocument(['Chair: Cllr Helen Ashworth\nVice-Chair: Tom Lee', 'CHAIR: Welcome, everyone.', 'CLLR PATEL: Thank you.', 'CHAIR: Item one.', 'CLLR PATEL: I move it.'], { kind: 'meeting transcript', outlet: 'Halden Council' });
    expect(speakerOfWords(meeting, 4, 'Item one')).not.toBe('Tom Lee');
    const inquiry = madeUpDocument(['Witness: Mr Karel Novotný, crane operator', 'THE CHAIR: Good morning.', 'THE WITNESS: Good morning.', 'THE CHAIR: Thank you. We now hear from Dr Sarah Hill.', 'DR SARAH HILL (sworn)', 'MS ABEBE: What is your role?', 'THE WITNESS: I am the site engineer.', 'THE CHAIR: Thank you.'], { kind: 'hearing transcript', outlet: 'Dockside Inquiry' });
    expect(speakerOfWords(inquiry, 7, 'I am the site engineer')).not.toBe('Karel Novotný');
  });

  it("reads a memo's sender past its markings, a long title, a forwarded complaint below and an office before the name; no subject line as a unit", () => {
    const marked = madeUpDocument(['Confidential. Not for circulation.', 'From: Jana Novak, Director of Environment\nTo: Ward councillors', 'I have asked the waste team to respond by Friday.', 'From: Peter Wood\nSubject: Bins', 'The bins have not been emptied.'], { kind: 'internal memo', outlet: 'Halden Council' });
    expect(speakerOfWords(marked, 3, 'I have asked the waste team')).toBe('Jana Novak');
    const titled = madeUpDocument(['Changes to the waste collection rota over the summer months and bank holidays', 'From: Jana Novak\nTo: All staff', 'The rota changes on Monday.'], { kind: 'internal memo', outlet: 'Halden Council' });
    expect(speakerOfWords(titled, 3, 'The rota changes')).toBe('Jana Novak');
    const office = madeUpDocument(['From: Finance Director Mark Hill\nTo: All staff\nSubject: Budget', 'We must save £2m this year.'], { kind: 'email', outlet: 'Halden Council' });
    expect(speakerOfWords(office, 2, 'We must save')).toBe('Mark Hill');
    const subject = madeUpDocument(['Memo — Finance System Upgrade', 'The new finance system goes live on Monday.'], { kind: 'internal memo', outlet: 'Halden Council' });
    expect(speakerOfWords(subject, 2, 'goes live')).not.toBe('Finance System Upgrade');
  });

  it('gives a commissioned report to a one-word maker naming its client, "Arup for Leeds City Council"', () => {
    const report = madeUpDocument(['The scheme would cut journey times. We recommend option B.'], { kind: 'feasibility report', outlet: 'Arup for Leeds City Council' });
    expect(speakerOfWords(report, 1, 'We recommend option B')).toBe('Arup');
  });

  it("keeps a chat export's last message to its end", () => {
    const chat = madeUpDocument(['Eva Marsh  10:01\nCheckout is down.', 'Tom Hale  10:02\nLooking now.', 'Eva Marsh  10:05\nFound it.', 'Tom Hale  10:06\nGreat.', 'Eva Marsh  10:09', 'Checkout should recover within ten minutes.', 'I will post again at 11:30.'], { kind: 'chat export', outlet: 'Ops channel' });
    expect(speakerOfWords(chat, 7, 'I will post again')).toBe('Eva Marsh');
  });
});

describe("the review of round 37's later rules", () => {
  it("keeps a question going on over paragraphs the asker's, not the last answerer's", () => {
    const briefing = madeUpDocument(
      ['MS. JEAN-PIERRE: Good afternoon, everyone.', 'Q: Thank you, Karine. Two questions on the border.', 'The first is about the numbers released this morning.', 'Does the President accept them?', 'MS. JEAN-PIERRE: He does.', 'Q: And the second?', 'MS. JEAN-PIERRE: Next week.'],
      { kind: 'press briefing transcript', outlet: 'The White House' },
    );
    expect(speakerOfWords(briefing, 3, 'The first is about the numbers')).not.toBe('Jean-Pierre');
    expect(speakerOfWords(briefing, 3, 'The first is about the numbers')).not.toBe('Ms. Jean-Pierre');
  });

  it('gives "THE MODERATOR" the holder its introduction names', () => {
    const panel = madeUpDocument(['Panel discussion, moderated by Jane Roe of WMKE.', 'THE MODERATOR: Welcome.', 'DR LEE: Thank you.', 'THE MODERATOR: For how long?', 'DR LEE: Ten years.'], { kind: 'transcript', outlet: 'City Forum' });
    expect(speakerOfWords(panel, 4, 'For how long')).toBe('Jane Roe');
  });

  it("keeps the answer to a columnist's \"I asked one nurse why she stays: “…”\" the nurse's, not the columnist's", () => {
    const column = madeUpDocument(['I asked one nurse, Grace Mensah, why she stays: "Because nobody else will."'], { kind: 'opinion', outlet: 'The Guardian', author: 'Polly Toynbee' });
    expect(speakerOfWords(column, 1, 'Because nobody else will')).not.toBe('Polly Toynbee');
  });

  it("credits a news round-up's reactions, scare quotes and bare names too, and an annual report's testimonials", () => {
    const roundUp = madeUpDocument(['This is a "dark day" for press freedom and for every reporter in the country.', '— Tom Kay, general secretary, National Union of Journalists', 'The court has done its job and the law is clear.', '— Sir Keir Starmer'], { kind: 'news report', outlet: 'The Local' });
    expect(speakerOfWords(roundUp, 1, 'for press freedom')).toBe('Tom Kay');
    expect(speakerOfWords(roundUp, 3, 'The court has done its job')).toBe('Keir Starmer');
    const annual = madeUpDocument(['Coming to the food bank meant my kids could eat.', '— Sarah Clarke'], { kind: 'annual report', outlet: 'Halden Food Bank' });
    expect(speakerOfWords(annual, 1, 'my kids could eat')).not.toBe('Halden Food Bank');
  });

  it('keeps Can Dündar and Emre Can whole', () => {
    const wire = madeUpDocument(['"This is a message to every reporter in Turkey," Can Dündar said.', 'Emre Can said: "We were not good enough today."'], { kind: 'news report', outlet: 'Reuters' });
    expect(speakerOfWords(wire, 1, 'every reporter in Turkey')).toBe('Can Dündar');
    expect(speakerOfWords(wire, 2, 'not good enough')).toBe('Emre Can');
  });

  it("ends leaked messages printed in an unbylined story before the story's closing paragraph", () => {
    const story = madeUpDocument(
      ['Messages seen by Reuters show the managers knew of the fault.', 'Eva Marsh  10:01\nIs it fixed?', 'Tom Hale  10:02\nNo.', 'Eva Marsh  10:03\nThen tell no one.', 'Tom Hale  10:04\nUnderstood.', 'The company declined to comment on the messages.'],
      { kind: 'WhatsApp messages', outlet: 'Reuters' },
    );
    expect(speakerOfWords(story, 6, 'declined to comment')).toBeUndefined();
  });

  it("gives a letter signed by an initial only the filed author's full name, not another of that surname", () => {
    const letter = madeUpDocument(['14 May 2025', 'Dear Parents and Carers,', 'Mr Kevin Lowe, our site manager, will open the gates at 8.15 from Monday.', 'I am writing about two changes to the school day.', 'Yours sincerely,', 'Mrs K. Lowe\nHeadteacher'], {
      kind: 'letter to parents',
      outlet: 'Ashby Park Primary School',
    });
    expect(speakerOfWords(letter, 4, 'I am writing about')).not.toBe('Kevin Lowe');
  });

  it("reads a staff newsletter's quick Q&A with no \"we asked\", and an email thread \"released under FOI\"", () => {
    const newsletter = madeUpDocument(
      ['Adebayo Mensah joined the council in April as head of libraries.', 'What surprised you most?\nHow busy the branches are.', 'What would you change?\nThe opening hours.', 'What are you reading?\nA novel.'],
      { kind: 'staff newsletter', outlet: 'Brennmoor City Council' },
    );
    expect(speakerOfWords(newsletter, 2, 'How busy the branches')).toBe('Adebayo Mensah');
    const thread = madeUpDocument(['From: Tomas Weber\nTo: Hana Kralova', 'I will send it by five.', 'From: Hana Kralova\nTo: Tomas Weber', 'Could you send me a note?'], { kind: 'email thread released under FOI', outlet: 'Department for Transport' });
    expect(speakerOfWords(thread, 2, 'I will send it')).toBe('Tomas Weber');
    expect(speakerOfWords(thread, 4, 'Could you send me')).toBe('Hana Kralova');
  });
});

describe("the review of round 37's rules (round 38)", () => {
  it("keeps a question's second paragraph the reporter's when the answerer's own label follows it, and a closing \"Q: Thank you\" answered by no one", () => {
    const briefing = madeUpDocument(
      ['MS. JEAN-PIERRE: Good afternoon, everyone.', 'Q: Will the President veto the bill?', 'I ask because Speaker Johnson said this morning that he has the votes to override.', 'MS. JEAN-PIERRE: We have been very clear on that.', 'Q: And on Ukraine?', 'MS. JEAN-PIERRE: Nothing new today.', 'Q: Thank you, Karine.', 'The briefing ended at 2:14 p.m.'],
      { kind: 'press briefing transcript', outlet: 'The White House' },
    );
    expect(speakerOfWords(briefing, 3, 'I ask because')).not.toBe('Jean-Pierre');
    expect(speakerOfWords(briefing, 3, 'I ask because')).not.toBe('Ms. Jean-Pierre');
    expect(speakerOfWords(briefing, 8, 'The briefing ended')).toBeUndefined();
  });

  it("reads no quick Q&A in an explainer's readers' questions or a staff newsletter's FAQ in the first person", () => {
    const explainer = madeUpDocument(
      ['Readers have asked us what the pension changes announced by Chancellor Rachel Reeves mean for them.', 'Will you pay more tax on your pension?\nOnly if your pot is large.', 'Can you still take a lump sum?\nYes, up to a quarter.', 'Should you move your savings?\nNot because of this.'],
      { kind: 'explainer', outlet: 'The Herald' },
    );
    expect(speakerOfWords(explainer, 2, 'Only if your pot')).not.toBe('Rachel Reeves');
    const newsletter = madeUpDocument(
      ['Our chief executive, Tom Hale, has confirmed that we move to Riverside House in June.', 'Will you pay for my parking?\nYes, for the first twelve months.', 'Can I keep my desk?\nDesks will be shared.', 'Will you move my files?\nThe removal firm will.'],
      { kind: 'staff newsletter', outlet: 'Halden Council' },
    );
    expect(speakerOfWords(newsletter, 2, 'for the first twelve months')).not.toBe('Tom Hale');
  });

  it("gives an all-staff email that quotes the message it answers to its sender", () => {
    const email = madeUpDocument(
      ['From: Nadia Okoro, Chief Executive\nTo: All staff\nSubject: Pay award', 'I am pleased to confirm that the pay award will be paid in March.', 'Nadia', '-----Original Message-----\nFrom: Tom Hale\nSent: 3 March 2025 09:12\nTo: Nadia Okoro\nSubject: Pay award', 'Nadia, the union has accepted the offer.'],
      { kind: 'all-staff email', outlet: 'Halden Council' },
    );
    expect(speakerOfWords(email, 2, 'I am pleased to confirm')).toBe('Nadia Okoro');
  });

  it('gives the text\'s own "I told …" no quotation another speaker gives later in the clause', () => {
    const column = (text: string) => madeUpDocument([text], { kind: 'opinion', outlet: 'The Herald', author: 'Eleanor White' });
    expect(speakerOfWords(column('I told the minister my story, and her reply was blunt: "There is no more money."'), 1, 'There is no more money')).not.toBe('Eleanor White');
    expect(speakerOfWords(column('I told the inspector what the landlord had said: "Pay up or get out."'), 1, 'Pay up or get out')).not.toBe('Eleanor White');
    expect(speakerOfWords(column('I explained the problem to the call centre and got the same line: "Your call is important to us."'), 1, 'Your call is important')).not.toBe('Eleanor White');
    expect(speakerOfWords(column('I said to the council in March: "We cannot wait another year."'), 1, 'We cannot wait')).toBe('Eleanor White');
  });

  it("takes no one who spoke to another outlet, or to this one last year, for an interview's answerer", () => {
    const interview = madeUpDocument(
      ['Mariko Seto took over Kasumi Robotics in 2020 and has doubled its sales. Rival chief Jun Ito said in an interview with Bloomberg last year that the market was saturated.', 'Q: Why Thailand?', 'A: The suppliers are there.', 'Q: And the yen?', 'A: It helps us.'],
      { kind: 'interview', outlet: 'Nikkei Asia' },
    );
    expect(speakerOfWords(interview, 3, 'The suppliers are there')).not.toBe('Jun Ito');
  });

  it('reads "CHAIRMAN: Our speaker …" and "Members: the ballot closes …" as words, not a roster', () => {
    const speech = madeUpDocument(['CHAIRMAN: Our speaker needs no introduction. Minister, the floor is yours.', 'MINISTER OKAFOR: Thank you. Trade is up 4% this year.', 'CHAIRMAN: Thank you, Minister. We have time for two questions.', 'MINISTER OKAFOR: Happy to take them.'], {
      kind: 'speech',
      outlet: 'Ministry of Trade',
      author: 'Ade Okafor',
    });
    expect(speakerOfWords(speech, 3, 'We have time for two')).toBe('Chairman');
    const letter = madeUpDocument(['Dear members,', 'Members: the ballot closes on Friday, and every vote counts.', 'I ask you to vote.', 'Pat Cullen\nGeneral Secretary'], { kind: 'letter to members', outlet: 'Royal College of Nursing', author: 'Pat Cullen' });
    expect(speakerOfWords(letter, 2, 'the ballot closes')).toBe('Pat Cullen');
  });

  it("keeps a credit line under a paragraph with an apostrophe, and under a news release's quotation", () => {
    const roundup = madeUpDocument(['Our members’ families told us they cannot face another winter of cuts like this one.', '— Tom Kay, general secretary, Transport Union'], { kind: 'news report round-up', outlet: 'Union Voices' });
    expect(speakerOfWords(roundup, 1, 'cannot face another winter')).toBe('Tom Kay');
    const release = madeUpDocument(['The library has changed my life, and my daughter said, "It is the best place in town."', '— Sarah Clarke, library user'], { kind: 'news release', outlet: 'Halden Libraries' });
    expect(speakerOfWords(release, 1, 'The library has changed my life')).toBe('Sarah Clarke');
  });

  it("credits a testimonials page's quotations though it ends with its own tagline in quotation marks", () => {
    const page = madeUpDocument(['"The installers were tidy and quick."', 'Jane Smith, Leeds', '"Fair price and no mess."', 'Tom Reed, York', 'Join thousands of happy customers.', '"Warm homes, fair prices."'], { kind: 'testimonials page', outlet: 'Warmfit Insulation' });
    expect(speakerOfWords(page, 1, 'The installers were tidy')).toBe('Jane Smith');
    expect(speakerOfWords(page, 3, 'Fair price and no mess')).toBe('Tom Reed');
  });

  it("runs a chat export's last message to the end under an export note", () => {
    const chat = madeUpDocument(
      ['Exported from the #ops channel on 3 May 2024.', 'Tom Hale  10:01\nIs checkout down?', 'Eva Marsh  10:03\nYes, since ten.', 'Tom Hale  10:05\nWho is on it?', 'Eva Marsh  10:09\nCheckout should recover within ten minutes.', 'I will post again at 11:30.'],
      { kind: 'chat export', outlet: 'Halden Retail' },
    );
    expect(speakerOfWords(chat, 6, 'I will post again')).toBe('Eva Marsh');
  });

  it('gives HOST to the host the header names, not to a former host a note mentions', () => {
    const podcast = madeUpDocument(['Hosted by Emma Barnett. This week we remember our former host, Tom Lee, who died in March.', 'HOST: Welcome to the programme.', 'GUEST: Thank you.', 'HOST: Tell us about Tom.', 'GUEST: He was kind.'], { kind: 'podcast transcript', outlet: 'Radio North' });
    expect(speakerOfWords(podcast, 2, 'Welcome to the programme')).toBe('Emma Barnett');
  });

  it('reads "On Monday, Tomas Weber wrote:" inside a message as its words, and a sender after an office in a thread', () => {
    const thread = madeUpDocument(['From: Hana Kralova\nTo: Tomas Weber', 'On Monday, Tomas Weber wrote:\n"the crack is small."\nI disagree with that.', 'From: Finance Director Mark Hill\nTo: Hana Kralova', 'Noted, thank you.'], { kind: 'email thread', outlet: 'Halden Council' });
    expect(speakerOfWords(thread, 2, 'I disagree with that')).toBe('Hana Kralova');
    expect(speakerOfWords(thread, 4, 'Noted, thank you')).toBe('Mark Hill');
  });
});
