import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("a document's layout gives whole paragraphs to speakers (round 13)", () => {
  it("gives the paragraphs under a speaker's heading line to that speaker, and the heading to nobody", () => {
    const call = madeUpDocument(
      [
        'Operator',
        'Good morning, and welcome to the results call.',
        'Henrik Dahl — Chief Executive Officer',
        'Thank you, and good morning. It was a quarter of two halves.',
        'Anna Lindgren — Chief Financial Officer',
        'Thanks, Henrik. Revenue was 612 million euros.',
        'Operator',
        'Our first question comes from Sofia Berg of Carnegie.',
        'Sofia Berg — Analyst, Carnegie',
        'How much of the margin cut is yield?',
        'Anna Lindgren — Chief Financial Officer',
        'It is mostly yield.',
        'Henrik Dahl — Chief Executive Officer',
        'If I could add to that.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(call, 4, 'It was a quarter of two halves.')).toBe('Henrik Dahl');
    expect(speakerOfWords(call, 10, 'How much of the margin cut is yield?')).toBe('Sofia Berg');
    expect(speakerOfWords(call, 12, 'It is mostly yield.')).toBe('Anna Lindgren');
    expect(speakerOfWords(call, 14, 'If I could add to that.')).toBe('Henrik Dahl');
    expect(speakerOfWords(call, 3, 'Henrik Dahl')).toBeUndefined();
    // A report's subheadings, each printed once, head nobody's words.
    const report = madeUpDocument(['Background', 'The plant opened in 2019.', 'What Happens Next', 'The board meets in May.', 'Reactions', 'Investors were calm.', 'Analysis', 'The margin fell.']);
    expect(speakerOfWords(report, 4, 'The board meets in May.')).toBeUndefined();
  });

  it("reads an interview with unlabelled questions: the answers are the interviewee's, a closing note nobody's", () => {
    const d = madeUpDocument(
      [
        'Miriam Tovey’s fourth novel follows a family who refuse to leave a fishing town. We spoke in her kitchen.',
        'The book begins with a house falling into the sea. Did that really happen?',
        'Yes, more or less. When I was eleven, a bungalow went over the cliff.',
        'Why did it take you so long to write about it?',
        'I think I had to leave first.',
        'My first three books were set in London.',
        'What are you working on next?',
        'Something set in a fish-processing plant.',
        'The Salt Year is published by Harrow & Finch.',
      ],
      { kind: 'interview', title: 'Miriam Tovey: on the people who stay behind', author: 'Jonah Fairweather' },
    );
    expect(speakerOfWords(d, 3, 'When I was eleven')).toBe('Miriam Tovey');
    expect(speakerOfWords(d, 6, 'My first three books were set in London.')).toBe('Miriam Tovey');
    expect(speakerOfWords(d, 8, 'Something set in a fish-processing plant.')).toBe('Miriam Tovey');
    expect(speakerOfWords(d, 4, 'Why did it take you so long')).toBe('Jonah Fairweather');
    expect(speakerOfWords(d, 9, 'The Salt Year is published')).toBeUndefined();
    expect(speakerOfWords(d, 1, 'We spoke in her kitchen.')).toBeUndefined();
    // A news report asking questions of its own is no interview.
    const report = madeUpDocument(['Will the port reopen?', 'Nobody knows yet.', 'Will the tender be fair?', 'The minister says so.', 'Will it be on time?', 'Probably not.']);
    expect(speakerOfWords(report, 2, 'Nobody knows yet.')).toBeUndefined();
  });

  it('gives a paragraph credited on the line after it ("— @handle, Name") to that person, quotation marks or not', () => {
    const d = madeUpDocument([
      'The payments app was down for nine hours.',
      'Tried to pay my landlord with Payly. Payly said no.',
      '— @tomasz_codes, Tomasz Wrona',
      '“To everyone asking: yes, your money is safe.”',
      '— Jan Vermeer, Payly co-founder and CTO',
      'Small businesses were less amused.',
    ]);
    expect(speakerOfWords(d, 2, 'Payly said no.')).toBe('Tomasz Wrona');
    expect(speakerOfWords(d, 4, 'yes, your money is safe.')).toBe('Jan Vermeer');
    expect(speakerOfWords(d, 1, 'The payments app was down')).toBeUndefined();
    expect(speakerOfWords(d, 6, 'Small businesses were less amused.')).toBeUndefined();
  });
});

describe('a magazine interview sets its questions in bold (round 14)', () => {
  it("gives a bold prompt that asks nothing, or quotes someone, to the interviewer, not to the interviewee", () => {
    const d = madeUpDocument(
      [
        'Two years ago Ashby Town were bottom of League Two. We met Gareth Linton at the training ground.',
        'You took over with the club in the relegation zone. What was the first thing you changed?',
        'The mood. Honestly, the football came second.',
        'That sounds small.',
        'It is small. That is the point.',
        'Your chairman said he would "not stand in the way" if a bigger club came calling. How did that feel?',
        'Neil and I speak every day.',
        'Last one. Who is the best player you have managed?',
        'Easy. Kyle Ansah, our left-back.',
      ],
      { kind: 'interview', title: "Ashby Town's Gareth Linton on doing it his way", author: 'Rhys Mallory' },
    );
    inBold(d, [1, 3, 5, 7]);
    expect(speakerOfWords(d, 4, 'That sounds small.')).toBe('Rhys Mallory');
    expect(speakerOfWords(d, 6, 'How did that feel?')).toBe('Rhys Mallory');
    expect(speakerOfWords(d, 5, 'It is small.')).toBe('Gareth Linton');
    expect(speakerOfWords(d, 7, 'Neil and I speak every day.')).toBe('Gareth Linton');
  });

  it("reads a byline's outlet in parentheses as no part of the interviewer's name (round 20)", () => {
    // A central bank prints a paper's interview with its own board member; the byline names the paper after the
    // interviewer, and the title names both.
    const d = madeUpDocument(
      [
        'Interview with Henrike Vogelsang, conducted by Lorenzo Baldi on 11 June 2025',
        'Mrs Vogelsang, is the easing cycle over?',
        'We are in a good place. We decide meeting by meeting.',
        'Are markets wrong?',
        'I never tell markets that they are wrong.',
        'Is the digital euro in trouble?',
        'No. The legislation is with the co-legislators.',
      ],
      { kind: 'interview', title: 'Interview with Henrike Vogelsang, Member of the Executive Board, conducted by Lorenzo Baldi', author: 'Lorenzo Baldi (Corriere della Sera)' },
    );
    inBold(d, [1, 3, 5]);
    expect(speakerOfWords(d, 3, 'We decide meeting by meeting.')).toBe('Henrike Vogelsang');
    expect(speakerOfWords(d, 7, 'The legislation is with the co-legislators.')).toBe('Henrike Vogelsang');
    expect(speakerOfWords(d, 4, 'Are markets wrong?')).toBe('Lorenzo Baldi');
  });

  it('answers for the one person an introduction naming several goes on to call by surname (round 17)', () => {
    const d = madeUpDocument(
      [
        'OSAKA -- Tanaka Coatings, a maker of marine paint from Hyogo Prefecture, sells to half the shipyards in Asia. Its chief executive, Haruto Mori, 58, took over in 2021.',
        'In an interview, Mori talked about tariffs, hiring and the yen.',
        'Will you build a plant abroad?',
        'Not this decade. Our chemists are here.',
        'Is the weak yen helping?',
        'It helps exports. It hurts everything we buy.',
        'What keeps you awake?',
        'Hiring. Nobody wants to study chemistry.',
      ],
      { kind: 'interview', title: 'Tanaka Coatings chief: "Our chemists are here"', author: 'Aiko Ueda', outlet: 'Kansai Business' },
    );
    inBold(d, [2, 4, 6]);
    expect(speakerOfWords(d, 4, 'Not this decade.')).toBe('Haruto Mori');
    expect(speakerOfWords(d, 8, 'Nobody wants to study chemistry.')).toBe('Haruto Mori');
    // Two people each called by surname: nobody can tell whose the answers are.
    const two = madeUpDocument(
      [
        'Haruto Mori and Yui Sato run Tanaka Coatings together. Mori makes the paint; Sato sells it.',
        'Will you build a plant abroad?',
        'Not this decade. Our chemists are here.',
        'Is the weak yen helping?',
        'It helps exports.',
        'What keeps you awake?',
        'Hiring.',
      ],
      { kind: 'interview', title: 'The paint makers', author: 'Aiko Ueda' },
    );
    inBold(two, [1, 3, 5]);
    expect(speakerOfWords(two, 3, 'Not this decade.')).toBeUndefined();
    // A name after a preposition of place is where the interview was, not who answers.
    const hall = madeUpDocument(
      [
        "Two years after the city cut the speed limit, the traffic alderperson, Femke Visser, says the policy has worked. We spoke to her at City Hall.",
        'Is that down to the lower speed limit?',
        'Not only. We also redesigned a lot of junctions.',
        'Taxi drivers say their journeys take longer.',
        'Some journeys take a minute longer, yes.',
        'Do you drive?',
        'Hardly ever.',
      ],
      { kind: 'interview', title: 'Traffic alderperson: "30 is here to stay"', author: 'Bart van Leeuwen', outlet: 'NL Times' },
    );
    inBold(hall, [1, 3, 5]);
    expect(speakerOfWords(hall, 3, 'Not only.')).toBe('Femke Visser');
  });
});

describe('an interview introduced with the outlet’s name (round 15)', () => {
  it('never takes the outlet the interviewee spoke to for the interviewee', () => {
    const d = madeUpDocument(
      [
        'Dr Zuzana Říhová has run the regional ambulance service since 2021. She spoke to Deník Morava at the dispatch centre in Ostrava.',
        'Your crews missed the limit in eight months last year. Why?',
        'Because we spend more and more time with each patient.',
        'Where do they go?',
        'Some to Germany and Austria, where the pay is double.',
        'Patients say the emergency line sometimes takes minutes to answer.',
        'That happened on a few days in January.',
      ],
      { kind: 'interview', title: 'The head of the ambulance service on the winter ahead', author: 'Lucie Bartošová', outlet: 'Deník Morava' },
    );
    inBold(d, [1, 3, 5]);
    expect(speakerOfWords(d, 3, 'Because we spend more and more time')).toBe('Zuzana Říhová');
    expect(speakerOfWords(d, 7, 'That happened on a few days in January.')).toBe('Zuzana Říhová');
    expect(speakerOfWords(d, 6, 'Patients say the emergency line')).toBe('Lucie Bartošová');
  });
});

describe('an interview whose introduction names a law (round 18)', () => {
  it('reads no person in a law\'s name ("the African Growth and Opportunity Act"): the answers are the one person named', () => {
    const d = madeUpDocument(
      [
        "When the African Growth and Opportunity Act lapsed in September, thousands of jobs were in question. Wanjiru Mbugua, the Cabinet Secretary for Trade, has spent the year in search of alternatives.",
        'Agoa has expired. What happens now to the factories?',
        'In the short term, nothing dramatic. The real test is the orders for next spring.',
        'How confident are you of getting a bridge?',
        'I am confident of the conversation.',
        'Is a trade agreement still on the table?',
        'It is on the table.',
      ],
      { kind: 'interview', title: 'Kenya\'s trade chief on Agoa, tariffs and Europe', author: 'Brian Otieno', outlet: 'The EastAfrican' },
    );
    inBold(d, [1, 3, 5]);
    expect(speakerOfWords(d, 3, 'In the short term, nothing dramatic.')).toBe('Wanjiru Mbugua');
    expect(speakerOfWords(d, 5, 'I am confident of the conversation.')).toBe('Wanjiru Mbugua');
  });
});

describe('an interview introducing a person by the body named after them (round 18 review)', () => {
  it('keeps Tony Blair as the interviewee though "the Tony Blair Institute" holds his name', () => {
    const d = madeUpDocument(
      [
        'Tony Blair has spent a decade building the Tony Blair Institute for Global Change. We spoke to him about its work with President Paul Kagame of Rwanda.',
        'What does the institute do?',
        'We advise governments on delivery.',
        'Is that lobbying?',
        'No, it is not lobbying at all.',
        'Who pays for it?',
        'Donors, and some governments.',
      ],
      { kind: 'interview', title: 'Ten years of the institute', author: 'Jane Smith' },
    );
    inBold(d, [1, 3, 5]);
    expect(speakerOfWords(d, 3, 'We advise governments on delivery.')).not.toBe('Paul Kagame');
  });
});

describe('a round-up\'s speakers in bold and its credit lines (round 15)', () => {
  it('gives the quotation under a bold name line ("**Pamela Ritchie, chief executive, NHS Highland**") to that name', () => {
    const d = madeUpDocument(
      [
        'The health board confirmed the unit will remain midwife-led. Here is how people reacted.',
        'Pamela Ritchie, chief executive, NHS Highland',
        '“We have listened carefully to the people of Caithness. We will not run a service that is unsafe.”',
        'Nicola Sinclair, chair of the Caithness Health Action Team',
        '“We are angry, but we are not surprised.',
        '“We will be asking the Health Secretary to call the decision in.”',
      ],
      { kind: 'reaction round-up' },
    );
    inBold(d, [1, 3]);
    expect(speakerOfWords(d, 3, 'We have listened carefully')).toBe('Pamela Ritchie');
    expect(speakerOfWords(d, 5, 'We are angry')).toBe('Nicola Sinclair');
    expect(speakerOfWords(d, 6, 'We will be asking')).toBe('Nicola Sinclair');
  });

  it('gives a block quotation credited "— Kirsty, a mother from Thurso" to Kirsty, not to the voice before it', () => {
    const d = madeUpDocument([
      'Its director for Scotland, Morag Shearer, said midwives did “an extraordinary job in difficult circumstances”.',
      '“I drove to Inverness in labour with my second. I wouldn’t wish that on anyone.”',
      '— Kirsty, a mother from Thurso, on the CHAT Facebook page',
    ]);
    expect(speakerOfWords(d, 2, 'I drove to Inverness')).toBe('Kirsty');
  });

  it('gives a block quotation with no quotation marks to the credit line that closes it, and the credit line to nobody (round 17)', () => {
    const d = madeUpDocument([
      'The main opposition party\'s spokesman, Paweł Sadowski, told a press conference that the decision had been taken "in Brussels".',
      'This government has just signed a death sentence for an entire region. They want jobs.\n— Paweł Sadowski, opposition spokesman',
      'Greenpeace Poland said the date was "better late than never".',
      'Every year that Bełchatów burns costs Poles their health.\n— Anna Zielińska, Greenpeace Poland climate campaigner',
    ]);
    expect(speakerOfWords(d, 2, 'They want jobs.')).toBe('Paweł Sadowski');
    expect(speakerOfWords(d, 4, 'Every year that Bełchatów burns')).toBe('Anna Zielińska');
    expect(speakerOfWords(d, 4, '— Anna Zielińska, Greenpeace Poland climate campaigner')).toBeUndefined();
  });

  it('gives a pull quote credited "— Port of Rotterdam Authority, in a statement" to the authority; a bare organisation credits no words (round 16)', () => {
    const d = madeUpDocument([
      'What they said',
      '“Port of Rotterdam will cooperate with every investigation. Safety in the port is not up for debate.”',
      '— Port of Rotterdam Authority, in a statement',
      '“A day the city will not forget.”',
      '— Reuters',
    ]);
    expect(speakerOfWords(d, 2, 'Safety in the port')).toBe('Port of Rotterdam Authority');
    expect(speakerOfWords(d, 4, 'A day the city')).toBeUndefined();
  });
});

describe('layouts that are not turns (round 13 review)', () => {
  it('reads no list item as a credit line, and no repeated "Yes." as a speaker\'s heading', () => {
    const list = madeUpDocument(['Three candidates remain.', '- Jana Novak, independent candidate', '- Petr Svoboda, Greens']);
    expect(speakerOfWords(list, 1, 'Three candidates remain.')).toBeUndefined();
    const answers = madeUpDocument(['Did you sign it?', 'Yes.', 'Did you read it?', 'No.', 'Will you resign?', 'Yes.', 'Today?', 'No.'], { kind: 'transcript' });
    expect(speakerOfWords(answers, 3, 'Did you read it?')).toBeUndefined();
  });
});

describe("a letters page and a podcast's timed headings (round 20)", () => {
  const page = () =>
    madeUpDocument(
      [
        'Water company debts',
        'Sir, Your report rightly focuses on executive pay. Bonuses can be clawed back; debt cannot.',
        'The regulator has spent two decades assuring us that these companies were sound.',
        'PROFESSOR GARETH LLEWELLYN\nEmeritus professor of environmental economics, Cardiff University',
        'Sir, – My water bill rose by 38 per cent this April. I am 84. – Yours, etc,',
        'MÁIRE HOLOHAN,\nChairwoman,\nFamily Carers’ Network,\nPortlaoise,\nCo Laois.',
      ],
      { kind: 'letter', author: 'Letters to the Editor', title: 'Letters: water debts' },
    );

  it("gives each letter, from the page's start or the last signature to its own, to the one who signs it", () => {
    const d = page();
    expect(speakerOfWords(d, 2, 'Bonuses can be clawed back')).toBe('Gareth Llewellyn');
    expect(speakerOfWords(d, 3, 'The regulator has spent two decades')).toBe('Gareth Llewellyn');
    expect(speakerOfWords(d, 5, 'I am 84.')).toBe('Máire Holohan');
    expect(speakerOfWords(d, 1, 'Water company debts')).toBeUndefined();
  });

  it('reads one signed letter, or a name in capitals under an op-ed, as no letters page', () => {
    const one = madeUpDocument(['Sir, My water bill rose by 38 per cent.', 'ANNE HOLLIS\nMarlow, Bucks'], { kind: 'letter', author: 'Letters to the Editor' });
    expect(speakerOfWords(one, 1, 'My water bill rose')).toBe('Letters to the Editor');
    const oped = madeUpDocument(['The bill is a mistake.', 'ANNE HOLLIS\nMarlow, Bucks', 'It will cost more.', 'JOHN PRITCHARD\nLlandovery'], { kind: 'opinion', author: 'Ruth Kane' });
    expect(speakerOfWords(oped, 1, 'The bill is a mistake.')).toBe('Ruth Kane');
  });

  it("gives a podcast's paragraphs under a heading with a time code to that speaker, and a clip's to the one heard", () => {
    const d = madeUpDocument(
      [
        'Naomi Achterberg  00:00:04',
        "Hello and welcome. I'm Naomi Achterberg. Here's the Environment Secretary, Harriet Lowe.",
        'Clip: Harriet Lowe MP  00:00:31',
        'This is not nationalisation by the back door.',
        'Naomi Achterberg  00:00:48',
        'Rhiannon, what happens on day one?',
        'Rhiannon Pryce  00:01:05',
        'On day one, very little that a customer would notice.',
        'Naomi Achterberg  00:02:10',
        'Thank you both.',
        'Rhiannon Pryce  00:02:15',
        'Thanks, Naomi.',
      ],
      { kind: 'transcript', title: 'Ground Truth, episode 112' },
    );
    expect(speakerOfWords(d, 2, 'Hello and welcome.')).toBe('Naomi Achterberg');
    expect(speakerOfWords(d, 4, 'not nationalisation')).toBe('Harriet Lowe');
    expect(speakerOfWords(d, 8, 'very little that a customer')).toBe('Rhiannon Pryce');
    expect(speakerOfWords(d, 1, 'Naomi Achterberg')).toBeUndefined();
    // A clip heading naming someone the text does not: the letters after the name are no part of it (not "Reid Mp").
    const clip = madeUpDocument(['Naomi Achterberg  00:00:04', 'Welcome.', 'Clip: Tom Reid MP  00:00:31', 'It is not nationalisation.', 'Naomi Achterberg  00:00:48', 'Thanks.', 'Clip: Tom Reid MP  00:01:02', 'Nor is it a bailout.'], { kind: 'transcript' });
    expect(speakerOfWords(clip, 4, 'It is not nationalisation.')).toBe('Tom Reid');
  });
});

describe("a reaction round-up's name-and-role headings (round 20)", () => {
  it('gives the quotations under "Name, role, organisation" to that person, the heading to nobody, and a subheading naming no one to no one', () => {
    const d = madeUpDocument([
      'The state pension age will rise to 68. Here is how unions and employers reacted.',
      'Mel Thornbury, general secretary, Trades Union Congress',
      '“This is a betrayal of a generation of workers.',
      '“Ministers promised to look at life expectancy.”',
      'Rupert Abara, chief economist, Federation of British Employers',
      '“Employers understand why the government has done this.”',
      'Reactions, comments and questions',
      '“Is this fair?” one reader asked.',
    ]);
    expect(speakerOfWords(d, 3, 'This is a betrayal')).toBe('Mel Thornbury');
    expect(speakerOfWords(d, 4, 'Ministers promised')).toBe('Mel Thornbury');
    expect(speakerOfWords(d, 6, 'Employers understand')).toBe('Rupert Abara');
    expect(speakerOfWords(d, 2, 'general secretary')).toBeUndefined();
    expect(speakerOfWords(d, 8, 'Is this fair?')).not.toBe('Rupert Abara');
  });
});

describe("an earnings call's sections and participants list (round 20)", () => {
  it('gives "Prepared Remarks:", "Questions & Answers:" and the participants list to nobody, and names each speaker without the role before', () => {
    const d = madeUpDocument(
      [
        'Prepared Remarks:',
        'Operator',
        'Good morning, and welcome to the call.',
        'Priya Venkatesan -- Vice President, Investor Relations',
        'Thank you, operator. With me today are Marcus Lindqvist and Helen Achebe.',
        'Marcus Lindqvist -- Chief Executive Officer',
        'Thanks, Priya. It was a difficult quarter for freight.',
        'Helen Achebe -- Chief Financial Officer',
        'Thank you, Marcus. Revenue was $1.42 billion.',
        'Questions & Answers:',
        'Operator',
        'Our first question comes from Dana Whitford.',
        'Marcus Lindqvist -- Chief Executive Officer',
        'Good morning, Dana.',
        'Helen Achebe -- Chief Financial Officer',
        "That's right.",
        'Call participants:',
        'Priya Venkatesan -- Vice President, Investor Relations\nMarcus Lindqvist -- Chief Executive Officer\nHelen Achebe -- Chief Financial Officer',
      ],
      { kind: 'transcript', title: 'Norvane Logistics Q2 2025 Earnings Call Transcript' },
    );
    expect(speakerOfWords(d, 2, 'Operator')).toBeUndefined();
    expect(speakerOfWords(d, 7, 'It was a difficult quarter')).toBe('Marcus Lindqvist');
    expect(speakerOfWords(d, 10, 'Questions & Answers:')).toBeUndefined();
    expect(speakerOfWords(d, 18, 'Helen Achebe -- Chief Financial Officer')).toBeUndefined();
  });
});

describe("a podcast's speaker headings in lower case (round 21)", () => {
  it('gives the paragraphs under "rachel amsel" to Rachel Amsel, an unnamed archived recording to nobody, and reads no such heading outside a transcript', () => {
    const paragraphs = [
      'rachel amsel',
      'From The New York Times, I’m Rachel Amsel. This is “The Daily.”',
      'tomás ferreira',
      'So Harlan Springs is a town of about 6,000 people.',
      'archived recording',
      'Tonight the hospital closes its doors for good.',
      'rachel amsel',
      'Fifty minutes.',
      'archived recording (gerald mims)',
      'We have been told this for years.',
      'tomás ferreira',
      'Right.',
    ];
    const d = madeUpDocument(paragraphs, { kind: 'podcast transcript', title: 'The Town That Lost Its Hospital' });
    expect(speakerOfWords(d, 2, 'This is “The Daily.”')).toBe('Rachel Amsel');
    expect(speakerOfWords(d, 4, 'So Harlan Springs')).toBe('Tomás Ferreira');
    expect(speakerOfWords(d, 6, 'Tonight the hospital')).toBeUndefined();
    expect(speakerOfWords(d, 10, 'We have been told')).toBe('Gerald Mims');
    expect(speakerOfWords(d, 1, 'rachel amsel')).toBeUndefined();
    const report = madeUpDocument(paragraphs, { kind: 'news report', title: 'The Town That Lost Its Hospital' });
    expect(speakerOfWords(report, 4, 'So Harlan Springs')).toBeUndefined();
  });
});

describe("a live blog's entry bylines (round 21)", () => {
  it('reads "From CNN\'s Jenna Salcido" as a byline, the entry under it nobody\'s words', () => {
    const d = madeUpDocument(
      [
        '5:12 p.m. ET',
        'Court adjourns for the day',
        "From CNN's Jenna Salcido",
        'Judge Patricia Okonedo ended the proceedings shortly after 5 p.m.',
        '4:38 p.m. ET',
        "From CNN's Marcus Oyelaran",
        'The exchange drew audible murmurs from the public gallery.',
        '3:05 p.m. ET',
        "From CNN's Jenna Salcido",
        'Maddox left the courtroom without speaking to reporters.',
        "From CNN's Marcus Oyelaran",
        'Defendants rarely testify in federal fraud trials.',
      ],
      { kind: 'live blog', outlet: 'CNN' },
    );
    expect(speakerOfWords(d, 4, 'ended the proceedings')).toBeUndefined();
    expect(speakerOfWords(d, 7, 'audible murmurs')).toBeUndefined();
  });
});

describe("round 21's review: lower-case podcast headings", () => {
  it('cases hyphened and Irish names as names, reads a role in a recording as no one, and an answer with its full stop as words', () => {
    const d = madeUpDocument(
      ['rachel amsel', 'Welcome back.', 'archived recording (karine jean-pierre)', 'We will not comment.', 'rachel amsel', 'And you?', 'conan o’brien', 'no comment.', 'archived recording (news anchor)', 'Tonight, breaking news.', 'rachel amsel', 'Thanks.', 'conan o’brien', 'Bye.'],
      { kind: 'podcast transcript' },
    );
    expect(speakerOfWords(d, 4, 'We will not comment.')).toBe('Karine Jean-Pierre');
    expect(speakerOfWords(d, 8, 'no comment.')).toBe('Conan O’Brien');
    expect(speakerOfWords(d, 10, 'breaking news')).toBeUndefined();
  });
});
