import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

const interview = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'interview', author: 'Karel Tamm', outlet: 'The Baltic Ledger' });


describe("a transcript's speaker labels", () => {
  it('gives a label with an article ("THE LEDGER:") as printed, and a surname label the full name the text gives', () => {
    const d = interview(
      'Margit Saar has run the regulator since 2021. We met her in Tallinn.',
      'THE LEDGER: Your office has opened three cases this year. Is that a lot?',
      'SAAR: For a small country, it is a lot.',
      'THE LEDGER: What do people complain about?',
      'SAAR: Mostly about content being removed without explanation.',
    );
    expect(speakerOfWords(d, 2, 'Is that a lot?')).toBe('THE LEDGER');
    expect(speakerOfWords(d, 4, 'What do people complain about?')).toBe('THE LEDGER');
    expect(speakerOfWords(d, 3, 'For a small country, it is a lot.')).toBe('Margit Saar');
    expect(speakerOfWords(d, 1, 'We met her in Tallinn.')).toBeUndefined();
  });
});

describe("a transcript's labels as printed (names9)", () => {
  const d = interview(
    'The following is a transcript of a press conference given by Eva Lind, candidate for mayor. She was joined by her running mate, Tomas Berg. Questions have been lightly edited.',
    'LIND: Good morning. Today we publish our housing plan.',
    'BERG: Thank you, Eva. The reserves will pay for it.',
    'LIND: Questions, please.',
    'JAN MOLL, NORTHERN RADIO: The mayor says you will bankrupt the city. What do you say to that?',
    'LIND: I say the mayor has built nothing.',
    'MOLL: So you have not seen his figures?',
    'BERG: He has published none.',
  );
  it('maps a surname label to the full name printed before a sentence ends ("Tomas Berg. Questions …")', () => {
    expect(speakerOfWords(d, 3, 'The reserves will pay for it.')).toBe('Tomas Berg');
  });
  it('reads a label with the speaker\'s outlet after a comma as that speaker, not the turn before', () => {
    expect(speakerOfWords(d, 5, 'What do you say to that?')).toBe('Jan Moll');
    expect(speakerOfWords(d, 7, 'So you have not seen his figures?')).toBe('Jan Moll');
  });
  it('still gives no speaker to a narration paragraph opening with a comma and a colon that is no label', () => {
    const n = interview('In Tallinn, Saar Said: nothing.', 'Margit Saar runs the regulator.');
    expect(speakerOfWords(n, 1, 'nothing.')).toBeUndefined();
  });
});

describe("an interview's answers when its title names nobody", () => {
  const qa = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'interview', title: '“Failing is the wrong word”', author: 'Karel Tamm' });
  it("gives the A: turns to the one person the introduction names in full, and the Q: turns to the interviewer", () => {
    const d = qa(
      'Health Minister Helena Šťastná spoke to us about the vaccine rollout, which has been slower than planned.',
      'Q: Is the rollout failing?',
      "A: It started slowly, I don't deny that. But failing is the wrong word.",
      'Q: What changes next week?',
      'A: Pharmacies will vaccinate without an appointment.',
    );
    expect(speakerOfWords(d, 3, 'But failing is the wrong word.')).toBe('Helena Šťastná');
    expect(speakerOfWords(d, 5, 'Pharmacies will vaccinate')).toBe('Helena Šťastná');
    expect(speakerOfWords(d, 4, 'What changes next week?')).toBe('Karel Tamm');
  });
  it('gives the answers to nobody when the introduction names two people', () => {
    const d = qa(
      'Health Minister Helena Šťastná and her deputy Petr Novotný spoke to us about the rollout.',
      'Q: Is the rollout failing?',
      "A: It started slowly, I don't deny that.",
      'Q: What changes next week?',
      'A: Pharmacies will vaccinate without an appointment.',
    );
    expect(speakerOfWords(d, 3, 'It started slowly')).toBeUndefined();
  });
});

describe("a transcript's role labels", () => {
  const debate = (intro: string) =>
    madeUpDocument(
      [
        intro,
        'MODERATOR: Good evening and welcome. Alderwoman Halvorsen, the first question goes to you.',
        'HALVORSEN: Thank you, Dana. I have spent eight years on the Common Council.',
        'MODERATOR: Mr. Okafor.',
        'OKAFOR: Thank you. I have run a business for twenty years.',
        'HALVORSEN: He has never run a city.',
        'MODERATOR: Thank you both.',
      ],
      { kind: 'transcript' },
    );
  it('gives "MODERATOR:" to the one person the introduction names in that part', () => {
    const d = debate('The following is a transcript of the mayoral debate between Alderwoman Grace Halvorsen and businessman Marcus Okafor, moderated by Dana Prescott of WMKE Public Radio.');
    expect(speakerOfWords(d, 2, 'Good evening and welcome.')).toBe('Dana Prescott');
    expect(speakerOfWords(d, 3, 'I have spent eight years')).toBe('Grace Halvorsen');
  });
  it('gives the label as printed when nobody is named in that part', () => {
    const d = debate('The following is a transcript of the mayoral debate between Alderwoman Grace Halvorsen and businessman Marcus Okafor.');
    expect(speakerOfWords(d, 2, 'Good evening and welcome.')).toBe('MODERATOR');
  });
});

describe('parliamentary records, initials and surname labels (round 13)', () => {
  const record = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'transcript', outlet: 'Hansard' });

  it("reads a member's seat and party, and an office holder's name, in a label's parentheses", () => {
    const d = record(
      'Mr Tom Hargreaves (Skipton and Ripon Dales) (Con): I beg to move the motion. Rural buses are in decline.',
      'Helen Moorcroft (Penrith and Solway) (Lab): Will the hon. Gentleman give way?',
      'Mr Hargreaves: I will give way, briefly.',
      'Helen Moorcroft: Were the cuts not made by his party?',
      'The Parliamentary Under-Secretary of State for Transport (Claire Ashdown): I congratulate the hon. Member.',
      'The Government have confirmed new funding for local buses.',
      'Madam Deputy Speaker (Judith Cummins): Order.',
    );
    expect(speakerOfWords(d, 1, 'Rural buses are in decline.')).toBe('Tom Hargreaves');
    expect(speakerOfWords(d, 3, 'I will give way, briefly.')).toBe('Tom Hargreaves');
    expect(speakerOfWords(d, 4, 'Were the cuts not made by his party?')).toBe('Helen Moorcroft');
    expect(speakerOfWords(d, 5, 'I congratulate the hon. Member.')).toBe('Claire Ashdown');
    expect(speakerOfWords(d, 6, 'The Government have confirmed new funding for local buses.')).toBe('Claire Ashdown');
    expect(speakerOfWords(d, 7, 'Order.')).toBe('Judith Cummins');
  });

  it('makes no label of a name with other words in parentheses, and in a report leaves the paragraphs between its labelled remarks to nobody', () => {
    const d = madeUpDocument([
      'Residents gave their verdicts on the plan.',
      'Petr Holub (Brno): We waited ten years.',
      'Jana Dvorak (laughing): It is about time.',
      'Eva Mala (Ostrava): Too late for us.',
      'The council will vote again in May.',
      'The mayor declined to comment.',
      'Petr Holub (Brno): Still waiting.',
      'The vote is set for 12 May.',
      'Eva Mala (Ostrava): Same here.',
    ]);
    expect(speakerOfWords(d, 3, 'It is about time.')).toBeUndefined();
    expect(speakerOfWords(d, 5, 'The council will vote again in May.')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'We waited ten years.')).toBe('Petr Holub');
  });

  it('reads initials as the name they abbreviate, and a full label printed once then by surname as one speaker', () => {
    const d = madeUpDocument(
      [
        'Jitka Kubelkova has led the energy regulator since 2022. Martin Sedlak spoke to her.',
        'FC: Why are bills still so high?',
        'JK: Because the wholesale price is only a third of a bill.',
        'FC: Will they come down?',
        'JK: A little, next year.',
      ],
      { kind: 'interview', author: 'Martin Sedlak', outlet: 'The Financial Chronicle' },
    );
    expect(speakerOfWords(d, 3, 'Because the wholesale price is only a third of a bill.')).toBe('Jitka Kubelkova');
    // (The paper's initials in an interview its reporter bylines are the reporter's questions, as round 54's blind labeller of
    // Premium Times' "PT:" read them; round 13 gave them to the paper.)
    expect(speakerOfWords(d, 2, 'Why are bills still so high?')).toBe('Martin Sedlak');
    const show = madeUpDocument(['MAYA ORTIZ: Welcome back. I\'m Maya Ortiz.', 'BEN HALLORAN: And I\'m Ben Halloran.', 'ORTIZ: Four sixty!', 'HALLORAN: At the station.'], { kind: 'transcript' });
    expect(speakerOfWords(show, 1, 'Welcome back.')).toBe('Maya Ortiz');
    expect(speakerOfWords(show, 4, 'At the station.')).toBe('Ben Halloran');
  });
});

describe("a phone-in's callers and the European Parliament's verbatim report (round 13)", () => {
  it('gives "CALLER (Anna, Leeds):" to Anna, each caller their own', () => {
    const d = madeUpDocument(
      [
        "GARETH PRYCE: Good morning. Let's go straight to Anna in Leeds.",
        'CALLER (Anna, Leeds): Morning, Gareth. My husband is on dialysis.',
        'GARETH PRYCE: And there is no concession?',
        'CALLER (Anna, Leeds): There is supposed to be.',
        'GARETH PRYCE: Jim is in Todmorden.',
        "CALLER (Jim, Todmorden): I'm a porter, been there nineteen years.",
        'GARETH PRYCE: From a poster.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'My husband is on dialysis.')).toBe('Anna');
    expect(speakerOfWords(d, 4, 'There is supposed to be.')).toBe('Anna');
    expect(speakerOfWords(d, 6, 'been there nineteen years.')).toBe('Jim');
    expect(speakerOfWords(d, 7, 'From a poster.')).toBe('Gareth Pryce');
  });

  it('reads a label ending with a full stop and a dash, with a Catalan surname joined by "i"', () => {
    const d = madeUpDocument(
      [
        'President. – The next item is the debate on rail tickets.',
        'Hanna Lehtonen (PPE). – Madam President, we welcome this announcement.',
        'Jordi Ferrer i Puig (S&D). – Madam President, the question is who pays.',
        'Tomasz Wierzbicki, Member of the Commission. – I thank the Members.',
        'Hanna Lehtonen (PPE). – Will the Member accept a blue-card question?',
        'Jordi Ferrer i Puig (S&D). – No, Madam President.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'we welcome this announcement.')).toBe('Hanna Lehtonen');
    expect(speakerOfWords(d, 3, 'the question is who pays.')).toBe('Jordi Ferrer i Puig');
    expect(speakerOfWords(d, 4, 'I thank the Members.')).toBe('Tomasz Wierzbicki');
    expect(speakerOfWords(d, 6, 'No, Madam President.')).toBe('Jordi Ferrer i Puig');
  });
});

describe("the European Parliament's label with the speaker's part in lower case (round 18)", () => {
  it('reads "Name, rapporteur. –", "Name, on behalf of the X Group. –" and "Name (Verts/ALE), blue-card answer. –"', () => {
    const d = madeUpDocument(
      [
        'President. – The next item is the debate on the safeguard clause.',
        'Pilar Ibáñez Robles, rapporteur. – (ES) Madam President, this regulation is our chance.',
        'Henrik Lindahl, Member of the Commission. – Madam President, the Commission shares the objective.',
        'Klaus-Dieter Wendland, on behalf of the PPE Group. – (DE) Madam President, my farmers speak of survival.',
        'Kateřina Nováková (The Left), blue-card question. – Mr Everaert, will your group vote against it?',
        'Jonas Everaert (Verts/ALE), blue-card answer. – Thank you for the question, colleague.',
        'Henrik Lindahl, Member of the Commission. – I will answer in my closing remarks.',
        'President. – The debate is closed.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'this regulation is our chance.')).toBe('Pilar Ibáñez Robles');
    expect(speakerOfWords(d, 4, 'my farmers speak of survival.')).toBe('Klaus-Dieter Wendland');
    expect(speakerOfWords(d, 5, 'will your group vote against it?')).toBe('Kateřina Nováková');
    expect(speakerOfWords(d, 6, 'Thank you for the question, colleague.')).toBe('Jonas Everaert');
  });

  it('reads no lower-case part after a comma before a colon as a label ("Mayor Tom Hale, speaking on Monday: …" in a report)', () => {
    const d = madeUpDocument(['Tom Hale, speaking on Monday: the plan is dead.', 'Ana Ruiz, speaking later: it is not.', 'Tom Hale, speaking again: it is.', 'Ana Ruiz, speaking last: no.'], { kind: 'news report' });
    expect(speakerOfWords(d, 1, 'the plan is dead.')).toBeUndefined();
  });
});

describe("a cable news transcript's senators (round 13)", () => {
  it('reads "SEN. RAY DELGADO (D-NM):" as the senator', () => {
    const d = madeUpDocument(['KATE BRANNIGAN, CNN ANCHOR: Senator, welcome.', 'SEN. RAY DELGADO (D-NM): Good to be with you, Kate.', 'BRANNIGAN: Will you vote for it?', 'DELGADO: Not as written.'], { kind: 'transcript' });
    expect(speakerOfWords(d, 2, 'Good to be with you, Kate.')).toBe('Ray Delgado');
    expect(speakerOfWords(d, 4, 'Not as written.')).toBe('Ray Delgado');
    expect(speakerOfWords(d, 3, 'Will you vote for it?')).toBe('Kate Brannigan');
  });
});

describe("a council meeting's record (round 13)", () => {
  it('reads a role in a label\'s parentheses, and gives a "Present:" list to nobody', () => {
    const d = madeUpDocument(
      [
        'Present: Mayor Linda Carver (Chair); Councillors Ahmed, Fraser and Oduya. Staff: Director of Planning Ruth Ellison.',
        'MAYOR CARVER: The first item is the rezoning on Mill Road.',
        'RUTH ELLISON (Director of Planning): Thank you, Your Worship. Staff are recommending approval.',
        'MAYOR CARVER: Questions?',
        'RUTH ELLISON (Director of Planning): The traffic study is in Appendix C.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Councillors Ahmed, Fraser and Oduya.')).toBeUndefined();
    expect(speakerOfWords(d, 3, 'Staff are recommending approval.')).toBe('Ruth Ellison');
    expect(speakerOfWords(d, 4, 'Questions?')).toBe('Linda Carver');
  });
});

describe('a label on a line of its own (round 13)', () => {
  it('gives the paragraphs after "DANIEL RUIZ, HOST:" to the host', () => {
    const d = madeUpDocument(['DANIEL RUIZ, HOST:', "This is Morning Edition. I'm Daniel Ruiz.", 'GOV. ELLEN MARSH: Good morning, Daniel.', 'RUIZ: Is the deal fair?', 'MARSH: It is fair.'], { kind: 'transcript' });
    expect(speakerOfWords(d, 2, 'This is Morning Edition.')).toBe('Daniel Ruiz');
    expect(speakerOfWords(d, 3, 'Good morning, Daniel.')).toBe('Ellen Marsh');
  });
});

describe('a podcast host and an outlet named in its introduction (round 13)', () => {
  it('reads "Host Maya Okafor" as Maya Okafor, and "BBW:" as the outlet the introduction spells out', () => {
    const show = madeUpDocument(['Host Maya Okafor opened the episode. "Welcome back," she said.'], { kind: 'news report' });
    expect(speakerOfWords(show, 1, 'Welcome back')).toBe('Maya Okafor');
    const d = madeUpDocument(
      ['Kadri Allik took over as governor in June. Baltic Business Weekly (BBW) met her in Tallinn.', 'BBW: Are you done with inflation?', 'KA: Not yet.', 'BBW: When will you be?', 'KA: Next year.'],
      { kind: 'interview', outlet: 'Baltic Business Weekly', author: 'Kristjan Mand' },
    );
    expect(speakerOfWords(d, 2, 'Are you done with inflation?')).toBe('Baltic Business Weekly');
    expect(speakerOfWords(d, 3, 'Not yet.')).toBe('Kadri Allik');
  });
});

describe('a reporter labelled by outlet (round 15)', () => {
  // (Round 35: an unnamed reporter, not the outlet speaking; until then the outlet as printed.)
  it('leaves "REPORTER (TASR):" and "REPORTER (Hospodárske noviny):" to no one, neither the outlet nor the minister before', () => {
    const d = madeUpDocument(
      [
        'HUDEC: Good afternoon. We will not support the safeguard as drafted.',
        'REPORTER (TASR): Minister, does that mean Slovakia will vote against it?',
        'HUDEC: It means we will vote for a better one.',
        'REPORTER (Hospodárske noviny): And if the Commission says no?',
        'HUDEC: Then we will talk again.',
        'REPORTER (TASR): When?',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'does that mean Slovakia')).toBeUndefined();
    expect(speakerOfWords(d, 4, 'And if the Commission says no?')).toBeUndefined();
    expect(speakerOfWords(d, 5, 'Then we will talk again')).toBe('Hudec');
  });
});

describe('a podcast host reading a listener’s message (round 15)', () => {
  it('gives "This is from Priya in Bristol. She says, “…”" to Priya, not to the host reading it', () => {
    const d = madeUpDocument(
      [
        'DEEPA: We have got a listener question on exactly that. This is from Priya in Bristol. She says, “I am 34, I have got £8,000 on a credit card. Is he right?”',
        'SAM: Sorry, Priya’s partner.',
        'DEEPA: Next one.',
        'SAM: Go on.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'I am 34')).toBe('Priya');
    expect(speakerOfWords(d, 1, 'We have got a listener question')).toBe('Deepa');
  });
});

describe('a verbatim report’s chair line (round 15)', () => {
  it('reads "IN THE CHAIR: Katarina Berglund, Vice-President" as a note, not a speaker called "In The Chair"', () => {
    const d = madeUpDocument(
      [
        'IN THE CHAIR: KATARINA BERGLUND, Vice-President',
        'PRESIDENT: The next item is the debate on rail freight.',
        'NOVAK: Thank you, Madam President.',
        'PRESIDENT: Thank you.',
        'NOVAK: One more point.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'KATARINA BERGLUND, Vice-President')).not.toBe('In The Chair');
  });
});

describe("Canada's record and labels in capitals (round 16)", () => {
  it("reads a member's seat and party given in one pair of parentheses, and the honorific Hon.", () => {
    const d = madeUpDocument(
      [
        'Mrs. Heather Lindqvist (Peace River—Westlock, CPC): Mr. Speaker, the town was evacuated twice. Where is the force?',
        'Hon. Raymond Chu (Minister of Emergency Preparedness, Lib.): Mr. Speaker, we have trained 1,100 firefighters.',
        'Mrs. Heather Lindqvist: Mr. Speaker, fire season does not wait.',
        'Hon. Raymond Chu: Mr. Speaker, that is simply not accurate.',
      ],
      { kind: 'parliamentary record', outlet: 'House of Commons of Canada' },
    );
    expect(speakerOfWords(d, 1, 'Where is the force?')).toBe('Heather Lindqvist');
    expect(speakerOfWords(d, 2, 'we have trained 1,100 firefighters.')).toBe('Raymond Chu');
    expect(speakerOfWords(d, 4, 'that is simply not accurate.')).toBe('Raymond Chu');
  });

  it('gives a label printed in capitals as the text prints the name elsewhere', () => {
    const d = madeUpDocument(
      [
        "FEMKE DE WIT: Welcome to Harbour Lines. I'm Femke de Wit.",
        'KEES HOOGENDOORN: Thanks for having me.',
        'FEMKE DE WIT: Kees, how do two ships find each other?',
        'KEES HOOGENDOORN: On the radar, usually.',
      ],
      { kind: 'podcast transcript' },
    );
    expect(speakerOfWords(d, 3, 'how do two ships find each other?')).toBe('Femke de Wit');
    expect(speakerOfWords(d, 4, 'On the radar, usually.')).toBe('Kees Hoogendoorn');
  });

  it("reads a caller's name before the place in parentheses as the speaker, not the place", () => {
    const d = madeUpDocument(
      [
        'ROSS: Good morning. The lines are open.',
        'HAMISH (South Uist): I am. Sorry, I am in the lorry. I am a haulier.',
        'ROSS: How long have you waited?',
        'HAMISH: Since Monday.',
        'CATRIONA (Barra): The school trip was cancelled.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'I am a haulier.')).toBe('Hamish');
    expect(speakerOfWords(d, 5, 'The school trip was cancelled.')).toBe('Catriona');
  });

  it('never takes a label in capitals from common words in lower case ("MARK PRICE:" is no "mark price")', () => {
    const d = madeUpDocument(['MARK PRICE: Good morning. The mark price is what we watch.', 'ANNA LEE: And the spread?', 'MARK PRICE: Tight, for now.', 'ANNA LEE: Thank you.'], { kind: 'transcript' });
    expect(speakerOfWords(d, 3, 'Tight, for now.')).toBe('Mark Price');
  });
});

describe("a committee's official report (round 18)", () => {
  it("gives the convener's opening turn to the convener though it names the witnesses, and reads a witness's organisation in parentheses", () => {
    const d = madeUpDocument(
      [
        'The Convener (Morag Lindsay): Good morning. I welcome to the meeting Fiona Crerar, chair of the Mull and Iona Ferry Committee; and Derek Anstruther, of Caledonian MacBrayne. Ms Crerar, how was the summer?',
        'Fiona Crerar (Mull and Iona Ferry Committee): Frankly, convener, it was the worst we have had.',
        'The Convener: Mr Anstruther, do you accept that?',
        'Derek Anstruther (Caledonian MacBrayne): I accept that it was a very difficult summer.',
        'The Convener: Ms Crerar?',
        'Fiona Crerar: It was worse than difficult.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Good morning.')).toBe('Morag Lindsay');
    expect(speakerOfWords(d, 2, 'it was the worst we have had.')).toBe('Fiona Crerar');
    expect(speakerOfWords(d, 6, 'It was worse than difficult.')).toBe('Fiona Crerar');
  });
});

describe("a list of witnesses opening with a title, and a dash label's parentheses (round 18 review)", () => {
  it('reads "Panel Members: Dr Diane Holloway, …; and Mr Colin Fairley, …" as a list, no one\'s turn', () => {
    const d = madeUpDocument(
      [
        'Panel Members: Dr Diane Holloway, Managing Director, Holloway Steel; and Mr Colin Fairley, Chief Executive, Fairley Ports',
        'Diane Holloway: Thank you for having us.',
        'Colin Fairley: Good morning.',
        'Diane Holloway: We export most of what we make.',
        'Colin Fairley: So do we.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Managing Director')).toBeUndefined();
  });
});

describe('committee and parliament labels as the second review read them (round 18)', () => {
  it('keeps the convener\'s turn welcoming two witnesses by name, and reads a capitalised office before the dash', () => {
    const d = madeUpDocument(
      [
        'The Convener (Morag Lindsay): Welcome, Fiona Crerar and Calum MacAulay. Thank you for coming.',
        'Fiona Crerar: Thank you, convener.',
        'Calum MacAulay: Good morning.',
        'The Convener: Ms Crerar, how was the summer?',
        'Fiona Crerar: The worst we have had.',
        'Calum MacAulay: Ours was no better.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Thank you for coming.')).toBe('Morag Lindsay');
    const ep = madeUpDocument(
      [
        'President. – The next item is the debate on fishing quotas.',
        'Pierre Karleskind, Chair of the Committee on Fisheries. – Madam President, the fleet needs certainty.',
        'Henrik Lindahl, Member of the Commission. – Madam President, the Commission agrees.',
        'Pierre Karleskind, Chair of the Committee on Fisheries. – Then let us vote on it.',
        'President. – The debate is closed.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(ep, 2, 'the fleet needs certainty.')).toBe('Pierre Karleskind');
  });
});


describe("a US hearing as the Government Publishing Office prints it (round 19)", () => {
  const hearing = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'transcript', author: 'House Committee on Energy and Commerce', outlet: 'U.S. Government Publishing Office' });
  const d = hearing(
    'The subcommittee met, pursuant to call, at 10:02 a.m., Hon. Carol Brandt presiding.',
    'OPENING STATEMENT OF HON. CAROL BRANDT, A REPRESENTATIVE IN CONGRESS FROM THE STATE OF OHIO',
    'The CHAIRWOMAN. The subcommittee will come to order. Chairwoman Brandt recognizes herself for 5 minutes.',
    'Mr. ESCOBEDO of Texas. Thank you, Madam Chair. I agree with almost every word of that.',
    '[Laughter.]',
    'But I would add one thing. I yield back.',
    'STATEMENT OF DANA OKAFOR, DEPUTY ADMINISTRATOR, FOOD AND DRUG ADMINISTRATION',
    'Ms. OKAFOR. Thank you, Madam Chair. (Laughter.) We have cut the shortage list by a third.',
    '[The prepared statement of Mr. Abernathy follows:]',
    'PREPARED STATEMENT OF LYLE ABERNATHY',
    'Meridian Sterile Products was founded in 1998 in Wilson, North Carolina.',
    'Mr. TANAKA of California. Ms. Okafor, when will the list be shorter?',
    'Ms. OKAFOR.--when the plants reopen, Congressman.',
    'The CHAIRWOMAN. The gentleman yields back.',
  );

  it('reads "The CHAIRWOMAN." and "Mr. ESCOBEDO of Texas." as turn labels: the turn is the speaker\'s, the label itself nobody\'s words', () => {
    expect(speakerOfWords(d, 3, 'The CHAIRWOMAN.')).toBeUndefined();
    expect(speakerOfWords(d, 3, 'will come to order')).toBe('Carol Brandt');
    expect(speakerOfWords(d, 4, 'I agree with almost every word')).toBe('Mr. Escobedo');
    expect(speakerOfWords(d, 12, 'when will the list be shorter')).toBe('Mr. Tanaka');
    expect(speakerOfWords(d, 13, 'when the plants reopen')).toBe('Dana Okafor');
  });

  it('gives a witness the full name the statement heading prints, and the prepared statement after its heading', () => {
    expect(speakerOfWords(d, 8, 'cut the shortage list')).toBe('Dana Okafor');
    expect(speakerOfWords(d, 11, 'Meridian Sterile Products was founded')).toBe('Lyle Abernathy');
    expect(speakerOfWords(d, 7, 'STATEMENT OF DANA OKAFOR')).toBeUndefined();
    expect(speakerOfWords(d, 10, 'PREPARED STATEMENT')).toBeUndefined();
  });

  it('reads "[Laughter.]" and "(Laughter.)" as nobody\'s, and the speaker before a bracketed direction goes on after it', () => {
    expect(speakerOfWords(d, 5, '[Laughter.]')).toBeUndefined();
    expect(speakerOfWords(d, 8, '(Laughter.)')).toBeUndefined();
    expect(speakerOfWords(d, 6, 'But I would add one thing.')).toBe('Mr. Escobedo');
    expect(speakerOfWords(d, 9, 'The prepared statement')).toBeUndefined();
  });

  it('never reads a name and a full stop opening a news paragraph as a label, without a title in front of the capitals', () => {
    const story = madeUpDocument([
      'WASHINGTON. The committee met on Tuesday.',
      'NATO. Allies agreed on the plan.',
      'Mr. Smith. That was the only name.',
      'Dr. Jones. Another.',
      'Ms. Ruiz said, "We are ready."',
    ]);
    expect(speakerOfWords(story, 2, 'Allies agreed')).toBeUndefined();
    expect(speakerOfWords(story, 4, 'Another.')).toBeUndefined();
  });
});

describe('labels that are headlines or headings, not turns (round 19)', () => {
  it('reads a headline quoting its speaker after a colon, and a heading in capitals after one, as no turn', () => {
    const d = interview(
      'Sweden\'s Preparedness Chief: "Resilience Is Not a Bunker, It Is a Habit"',
      'Sweden has sent every household a booklet. Marta Lindqvist explains why.',
      'THE LEDGER: Isn\'t that a little alarmist?',
      'Lindqvist: No. It is practical.',
      'THE LEDGER: Should Germany do the same?',
      'Lindqvist: Yes.',
    );
    expect(speakerOfWords(d, 2, 'Sweden has sent every household')).toBeUndefined();
    const pa = madeUpDocument(
      [
        'PUBLIC HEARING: SCHOOL TRANSPORTATION WORKFORCE SHORTAGES',
        'Room 515, Irvis Office Building, Harrisburg.',
        'CHAIRMEN: Senator Marchetti, Representative Oyelaran',
        'CHAIRMAN DUNMORE: Good morning. We will begin.',
        'MS. OKEKE: Thank you. We are short 400 drivers.',
        'CHAIRMAN DUNMORE: Thank you.',
        'MS. OKEKE: You are welcome.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(pa, 2, 'Room 515')).toBeUndefined();
    expect(speakerOfWords(pa, 3, 'Senator Marchetti')).toBeUndefined();
    expect(speakerOfWords(pa, 5, 'We are short 400 drivers')).toBe('Ms. Okeke');
  });

  it('reads a party in capitals in a label\'s parentheses as the Bundestag prints it: "Leonie Bach (BÜNDNIS 90/DIE GRÜNEN):"', () => {
    const d = madeUpDocument(
      [
        'Matthias Kerner (CDU/CSU): Madam President, the bill is overdue.',
        'Leonie Bach (BÜNDNIS 90/DIE GRÜNEN): Thank you, Madam President. The bill limits the right to sue.',
        'Matthias Kerner (CDU/CSU): It does not.',
        'Leonie Bach (BÜNDNIS 90/DIE GRÜNEN): It does.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'The bill limits the right to sue.')).toBe('Leonie Bach');
  });
});

describe('a Lords question as the web Hansard prints it, and more hearing labels (round 19)', () => {
  it('reads labels standing alone as paragraphs, a peer by the title printed, time stamps as nobody\'s, and the last label\'s words after it', () => {
    const d = madeUpDocument(
      [
        'Asked by Baroness Thornleigh',
        'The Parliamentary Under-Secretary of State, Department for Energy Security and Net Zero (Lord Ashcombe of Wyre) (Lab)',
        'My Lords, the Government recognise that long connection queues have held back community energy.',
        'Baroness Thornleigh (LD)',
        'My Lords, I thank the Minister for that Answer. Can he tell the House how many schemes are waiting?',
        'Lord Ashcombe of Wyre (Lab)',
        'The noble Baroness makes a fair point.',
        '3.11 pm',
        'The Lord Bishop of Hereford',
        'My Lords, the Secretary of State told the other place that reform would deliver “the biggest expansion of community power”. Will the Government help churches?',
        'Lord Ashcombe of Wyre (Lab)',
        'The right reverend Prelate raises an important point.',
      ],
      { kind: 'transcript', outlet: 'Hansard' },
    );
    expect(speakerOfWords(d, 3, 'long connection queues')).toBe('Lord Ashcombe of Wyre');
    expect(speakerOfWords(d, 5, 'how many schemes are waiting')).toBe('Baroness Thornleigh');
    expect(speakerOfWords(d, 7, 'makes a fair point')).toBe('Lord Ashcombe of Wyre');
    expect(speakerOfWords(d, 8, '3.11 pm')).toBeUndefined();
    expect(speakerOfWords(d, 10, 'Will the Government help churches?')).toBe('The Lord Bishop of Hereford');
    expect(speakerOfWords(d, 10, 'the biggest expansion')).not.toBe('Lords');
    expect(speakerOfWords(d, 12, 'raises an important point')).toBe('Lord Ashcombe of Wyre');
    expect(speakerOfWords(d, 6, 'Lord Ashcombe of Wyre (Lab)')).toBeUndefined();
  });

  it('gives "The CHAIRMAN." to the one the record says presides, a hyphenated surname in capitals its capitals, and "Barron’s:" as printed', () => {
    const markup = madeUpDocument(
      [
        'The committee met, pursuant to notice, at 10:04 a.m., Hon. Dale Whitacre [chairman of the committee] presiding.',
        'The CHAIRMAN. The committee will come to order.',
        'Ms. OKAFOR-LYNN. Mr. Chairman, I have an amendment at the desk.',
        'The CHAIRMAN. The clerk will report the amendment.',
        'Ms. OKAFOR-LYNN. Thank you, Mr. Chairman. My amendment is simple.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(markup, 2, 'will come to order')).toBe('Dale Whitacre');
    expect(speakerOfWords(markup, 5, 'My amendment is simple.')).toBe('Ms. Okafor-Lynn');
    const qa = interview(
      'Ingrid Lindqvist became chief executive of Nordvolt in May.',
      'Barron’s: You arrived just as your largest customer pulled back. Was that a surprise?',
      'Lindqvist: Not entirely.',
      'Barron’s: When will Nordvolt be profitable?',
      'Lindqvist: In 2027.',
    );
    expect(speakerOfWords(qa, 4, 'When will Nordvolt be profitable?')).toBe('Barron’s');
  });
});

describe("the Bundestag's record in translation (round 19)", () => {
  it('gives a heckle in parentheses to the heckler, a direction in parentheses to nobody, and the speaker goes on after both', () => {
    const d = madeUpDocument(
      [
        'Vice-President Petra Lindemann: I open the debate. The first speaker is the Federal Minister of Transport, Hendrik Voss.',
        'Hendrik Voss, Federal Minister of Transport: Madam President! A single railway bridge took eleven years to replace.',
        '(Jörg Randt [AfD]: And who was in government for those eleven years?)',
        'From now on, projects that replace existing structures will need no separate approval.',
        'Vice-President Petra Lindemann: The next speaker is Jörg Randt.',
        'Jörg Randt (AfD): Madam President! One long-distance train in three is late.',
        '(Applause from the AfD – Laughter from the BÜNDNIS 90/DIE GRÜNEN and the SPD)',
        'The citizens need trains that arrive.',
        'Hendrik Voss, Federal Minister of Transport: They will.',
        'Vice-President Petra Lindemann: Thank you.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 3, 'And who was in government')).toBe('Jörg Randt');
    expect(speakerOfWords(d, 4, 'will need no separate approval')).toBe('Hendrik Voss');
    expect(speakerOfWords(d, 7, 'Laughter from the')).toBeUndefined();
    expect(speakerOfWords(d, 8, 'trains that arrive')).toBe('Jörg Randt');
  });
});

describe("round 19's review: what the hearing and Hansard labels must not read", () => {
  const hearing = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'hearing transcript' });

  it('tells two Mr. Smiths apart by state, never makes a member a witness of the same surname, and gives "The CHAIRMAN" to the one presiding', () => {
    const d = hearing(
      'The committee met, pursuant to notice, at 10:00 a.m., Hon. Glenn Thompson, chairman of the committee, presiding. Federal Reserve Chairman Powell testified.',
      'The CHAIRMAN. The committee will come to order. I recognize Mr. Smith of Nebraska.',
      'Mr. SMITH of Nebraska. Thank you. Farmers in Nebraska need certainty.',
      'Mr. SMITH of New Jersey. Will the gentleman yield? New Jersey farmers feel the same.',
      'STATEMENT OF MARK JOHNSON, PRESIDENT, NATIONAL CORN GROWERS ASSOCIATION',
      'Mr. JOHNSON. Thank you, Mr. Chairman. Corn prices have collapsed.',
      'Mr. JOHNSON of South Dakota. Mr. Johnson, how many members do you represent?',
      'Mr. JOHNSON. About 40,000.',
      'Mr. SMITH of New Jersey. I yield back.',
    );
    expect(speakerOfWords(d, 2, 'will come to order')).toBe('Glenn Thompson');
    expect(speakerOfWords(d, 3, 'Farmers in Nebraska')).toBe('Mr. Smith of Nebraska');
    expect(speakerOfWords(d, 4, 'New Jersey farmers')).toBe('Mr. Smith of New Jersey');
    expect(speakerOfWords(d, 6, 'Corn prices have collapsed')).toBe('Mark Johnson');
    expect(speakerOfWords(d, 7, 'how many members')).not.toBe('Mark Johnson');
  });

  it('reads House labels with small letters in the surname and an office with its holder, keeps a statement going past its own headings, and cases "O\'BRIEN"', () => {
    const d = hearing(
      'The subcommittee met, pursuant to call, at 10:00 a.m., Hon. Brett Guthrie presiding.',
      'Mr. GUTHRIE. The subcommittee will come to order.',
      'Mrs. McMORRIS RODGERS. Thank you. I want to ask about generics.',
      'Ms. DeGETTE. I yield back.',
      'The PRESIDING OFFICER (Mr. Lankford). Without objection, it is so ordered.',
      'STATEMENT OF DANA O\'BRIEN, DEPUTY ADMINISTRATOR, FEDERAL ENERGY AGENCY',
      'Ms. O\'BRIEN. Thank you. I will summarize my statement.',
      'BACKGROUND',
      'Utilities face rising costs.',
      'Mr. GUTHRIE. Thank you.',
      'Ms. DeGETTE. One more point.',
    );
    expect(speakerOfWords(d, 3, 'ask about generics')).toBe('McMorris Rodgers');
    expect(speakerOfWords(d, 4, 'I yield back.')).toBe('Ms. DeGette');
    expect(speakerOfWords(d, 5, 'so ordered')).toBe('Mr. Lankford');
    expect(speakerOfWords(d, 7, 'summarize my statement')).toBe("Dana O'Brien");
    expect(speakerOfWords(d, 9, 'Utilities face rising costs.')).toBe("Dana O'Brien");
  });

  it('reads "The US." opening an answer, "CROWD: USA! USA!" and a debate\'s title line as no label, and a list of names with parties as no turns', () => {
    const qa = interview(
      'Ingrid Lindqvist runs Nordvolt.',
      'THE LEDGER: Which markets matter?',
      'LINDQVIST: Three of them, in order.',
      'The US. It is our biggest customer base.',
      'THE LEDGER: What worries you?',
      'LINDQVIST: Tariffs.',
    );
    expect(speakerOfWords(qa, 4, 'biggest customer base')).toBe('Ingrid Lindqvist');
    const tv = madeUpDocument(['TAPPER: Welcome back.', 'SMITH: Thank you, Jake.', 'CROWD: USA! USA! USA!', 'SMITH: You hear that?', 'TAPPER: Senator, what do you say?', 'SMITH: Come and see.'], { kind: 'transcript' });
    expect(speakerOfWords(tv, 3, 'USA! USA!')).not.toBe('Smith');
    const lords = madeUpDocument(
      ['Community Energy: Grid Connections', 'Question', 'Asked by Baroness Thornleigh', 'Lord Ashcombe of Wyre (Lab)', 'My Lords, we are reforming the queue.', 'Baroness Thornleigh (LD)', 'Will he meet community groups?', 'Lord Ashcombe of Wyre (Lab)', 'Yes, my Lords.', 'Lord Pelham (Con)', 'What about cost?', 'Lord Ashcombe of Wyre (Lab)', 'It is falling.'],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(lords, 2, 'Question')).toBeUndefined();
    const story = madeUpDocument(['The candidates are:', 'Jane Smith (Lab)', 'Tom Brown (Con)', 'Raj Patel (Reform)', 'Labour is defending a majority of 8,000.', 'Jane Smith (Lab)', '14,210 votes.', 'Raj Patel (Reform)', '9,108 votes.']);
    expect(speakerOfWords(story, 5, 'defending a majority')).toBeUndefined();
    const podcast = madeUpDocument(['Featuring:', 'Tamara Keith (NPR)', 'Deirdre Walsh (NPR)', 'Jeff Mason (Reuters)', 'This transcript was produced by a contractor.', 'TAMARA KEITH, HOST: Hey there.', 'JEFF MASON, BYLINE: Hi.', 'TAMARA KEITH, HOST: So.', 'JEFF MASON, BYLINE: Yes.'], { kind: 'podcast transcript' });
    expect(speakerOfWords(podcast, 5, 'produced by a contractor')).toBeUndefined();
  });

  it('gives "BARRON’S:" as the outlet prints it', () => {
    const qa = interview('Ingrid Lindqvist runs Nordvolt.', 'BARRON’S: Which market matters most?', 'LINDQVIST: The US.', 'BARRON’S: What worries you?', 'LINDQVIST: Tariffs.');
    expect(speakerOfWords(qa, 2, 'Which market matters most?')).toBe('Barron’s');
  });
});

describe("Australia's House Hansard and broadcast transcripts' unnamed voices (round 20)", () => {
  const house = () =>
    madeUpDocument(
      [
        'QUESTIONS WITHOUT NOTICE',
        'Electricity Prices',
        'Mr FAIRWEATHER (Flinders) (14:04): My question is to the minister. How many households have received it?',
        'Ms CAVANAGH (Bendigo—Minister for Climate Change and Energy) (14:04): I thank the member for his question.',
        'Opposition members interjecting—',
        'The SPEAKER: Order! The member for Flinders has asked his question.',
        'Ms CAVANAGH: The member opposite wants to talk about the default market offer.',
        'Mr Donovan interjecting—',
        'Cost of Living',
        'Mr CORRIGAN (Barton—Attorney-General) (14:09): The government respects the decision of the court.',
        'Ms CAVANAGH: Thank you, Mr Speaker.',
        'Mr FAIRWEATHER (Flinders) (14:14): My question is again to the minister.',
      ],
      { kind: 'transcript' },
    );

  it('reads a label with the seat, an office joined to it by a dash, and the time in parentheses', () => {
    const d = house();
    expect(speakerOfWords(d, 3, 'How many households have received it?')).toBe('Mr Fairweather');
    expect(speakerOfWords(d, 4, 'I thank the member for his question.')).toBe('Ms Cavanagh');
    expect(speakerOfWords(d, 10, 'The government respects the decision')).toBe('Mr Corrigan');
  });

  it('gives "members interjecting—" and a heading in title case between questions to nobody', () => {
    const d = house();
    expect(speakerOfWords(d, 5, 'Opposition members interjecting')).toBeUndefined();
    expect(speakerOfWords(d, 8, 'Mr Donovan interjecting')).toBeUndefined();
    expect(speakerOfWords(d, 9, 'Cost of Living')).toBeUndefined();
    expect(speakerOfWords(d, 7, 'The member opposite')).toBe('Ms Cavanagh');
  });

  it('gives an unidentified voice\'s turn to nobody named, numbered or not, and not to the speaker before it', () => {
    const d = madeUpDocument(
      [
        'OKAFOR: Hey there. It is the politics podcast.',
        'BRASHEAR: In the short term, not a ton. People call it the dairy cliff.',
        '(SOUNDBITE OF ARCHIVED RECORDING)',
        "UNIDENTIFIED PERSON #1: We're not asking for a handout.",
        'BRASHEAR: That was a dairy farmer at a rally.',
        'UNIDENTIFIED PERSON: Hi. This is a listener in a soybean field.',
        'OKAFOR: Thanks for that.',
      ],
      { kind: 'podcast transcript' },
    );
    expect(speakerOfWords(d, 4, 'not asking for a handout')).toBeUndefined();
    expect(speakerOfWords(d, 6, 'This is a listener')).toBeUndefined();
    expect(speakerOfWords(d, 5, 'That was a dairy farmer')).toBe('Brashear');
  });
});

describe("a live blog's time stamps with their zone (round 20)", () => {
  it('reads "14.02 GMT Brennand …" with no "GMT" in the name', () => {
    const d = madeUpDocument(
      [
        '15.10 GMT Fenwick cleared',
        'Ian Fenwick, the property developer, has been found not guilty. Speaking outside court, he said: "I have always maintained my innocence."',
        '14.02 GMT Carl Brennand found guilty',
        'Brennand told the jury he had "never once" discussed the contract.',
      ],
      { kind: 'live blog' },
    );
    expect(speakerOfWords(d, 2, 'I have always maintained my innocence.')).toBe('Ian Fenwick');
    expect(speakerOfWords(d, 4, 'never once')).toBe('Carl Brennand');
  });
});

describe("Canada's Hansard: a long office in a label's parentheses (round 20)", () => {
  it('reads "Mr. Arjun Sethi (Parliamentary Secretary to the Minister of Government Transformation, Public Services and Procurement, Lib.):"', () => {
    const d = madeUpDocument(
      [
        'Mrs. Claire Beaudoin (Rimouski-Neigette, BQ): Mr. Speaker, post offices are closing. Will the minister act?',
        'Mr. Arjun Sethi (Parliamentary Secretary to the Minister of Government Transformation, Public Services and Procurement, Lib.): Mr. Speaker, we respect the people of the Lower St. Lawrence.',
        'Mrs. Claire Beaudoin: Mr. Speaker, that is not an answer.',
        'Mr. Arjun Sethi: Mr. Speaker, no post office in a community without an alternative will close.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'we respect the people')).toBe('Arjun Sethi');
  });
});

describe("the European Parliament's note of who presides (round 20)", () => {
  it('gives "IN THE CHAIR: …" to nobody and ends the speech before it', () => {
    const d = madeUpDocument(
      [
        'IN THE CHAIR: MARTINA KAUFMANN\nVice-President',
        'President. – The next item is the debate on steel.',
        'Ville Korhonen, on behalf of the Verts/ALE Group. – Madam President, steel needs certainty.',
        'President. – Thank you.',
        'IN THE CHAIR: JAVIER OLMEDO\nVice-President',
        'Tomasz Wierzbicki, on behalf of the ECR Group. – Mr President, we warned this House.',
        'Ville Korhonen, on behalf of the Verts/ALE Group. – Mr President, a blue card.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 5, 'IN THE CHAIR: JAVIER OLMEDO')).toBeUndefined();
    expect(speakerOfWords(d, 5, 'Vice-President')).toBeUndefined();
  });
});

describe("PBS's labels with a role after the name, and a release's credit lines (round 20)", () => {
  it('reads "Thomas Okafor, Director, Arizona Department of Water Resources:" as his label', () => {
    const d = madeUpDocument(
      [
        'Lena Brightwater:',
        'On Jim Haverty\'s farm, a third of the fields are bare this year.',
        'Jim Haverty, Pinal County Farmer:',
        'My grandfather dug the first well on this place.',
        'Lena Brightwater:',
        'Farmers here lost most of their river water in 2023.',
        'Nadia Ferreira:',
        'And Thomas Okafor joins us now from Phoenix. Why have the states not agreed?',
        'Thomas Okafor, Director, Arizona Department of Water Resources:',
        'Thank you, Nadia. There is less water in the river than the paper promises.',
        'Nadia Ferreira:',
        'What happens next?',
        'Thomas Okafor:',
        'We keep talking.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 10, 'There is less water in the river')).toBe('Thomas Okafor');
  });

  it('gives a quotation credited "– The Honourable …" to the minister, and the credit line to nobody', () => {
    const d = madeUpDocument(
      [
        'The Government of Canada is investing $48 million in clean power for remote communities.',
        '"No family should have to wonder whether the fuel plane will land."',
        '– The Honourable Mélanie Tremblay-Roy, Minister of Energy and Natural Resources',
      ],
      { kind: 'press release', outlet: 'Natural Resources Canada' },
    );
    expect(speakerOfWords(d, 2, 'No family should have to wonder')).toBe('Mélanie Tremblay-Roy');
    expect(speakerOfWords(d, 3, 'Minister of Energy')).toBeUndefined();
    expect(speakerOfWords(d, 1, 'The Government of Canada is investing')).toBe('Natural Resources Canada');
  });
});

describe("a state hearing's roll of members in capitals (round 21)", () => {
  it('names "MAJORITY CHAIRWOMAN OSTROWSKI:" by the full name the roll prints, spelt as the text spells the surname', () => {
    const d = madeUpDocument(
      [
        'BEFORE: HONORABLE DENISE OSTROWSKI, MAJORITY CHAIRWOMAN; HONORABLE ANTHONY DELUCA; HONORABLE PRIYA RAMASWAMY',
        'MAJORITY CHAIRWOMAN OSTROWSKI: Good morning. Representative DeLuca, you have the floor.',
        'REPRESENTATIVE DELUCA: Thank you, Madam Chair. So which is it?',
        'MAJORITY CHAIRWOMAN OSTROWSKI: We will take a short recess.',
        'REPRESENTATIVE RAMASWAMY: That is helpful.',
        'REPRESENTATIVE DELUCA: Can it?',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'Good morning.')).toBe('Denise Ostrowski');
    expect(speakerOfWords(d, 3, 'So which is it?')).toBe('Anthony DeLuca');
    expect(speakerOfWords(d, 5, 'That is helpful.')).toBe('Priya Ramaswamy');
  });
});

describe("the Commons' labels with a two-word seat (round 21)", () => {
  it('names "Mrs Helen Marsh (Taunton West) (LD):" Helen Marsh, not her seat, and still reads an office\'s holder in parentheses', () => {
    const d = madeUpDocument(
      [
        'Mrs Helen Marsh (Taunton West) (LD): I beg to move the motion.',
        'Sir Roger Dunmore (Mid Wiltshire) (Con): Will the hon. Lady give way?',
        'Mrs Helen Marsh: I will give way.',
        'The Parliamentary Under-Secretary of State for Transport (Claire Ashdown): I congratulate the hon. Lady.',
        'Sir Roger Dunmore: I am grateful.',
        'The Parliamentary Under-Secretary of State for Transport (Claire Ashdown): Let me make progress.',
      ],
      { kind: 'hansard' },
    );
    expect(speakerOfWords(d, 1, 'I beg to move')).toBe('Helen Marsh');
    expect(speakerOfWords(d, 2, 'Will the hon. Lady give way?')).toBe('Roger Dunmore');
    expect(speakerOfWords(d, 4, 'I congratulate the hon. Lady.')).toBe('Claire Ashdown');
  });
});

describe("the Lok Sabha's labels (round 21)", () => {
  it('names "HON. CHAIRPERSON (SHRI JAGDISH PRASAD VERMA):" by the holder, and the bare "HON. CHAIRPERSON:" after it too; its interruptions and footnotes are nobody\'s', () => {
    const d = madeUpDocument(
      [
        'Title: Discussion on the motion for consideration of the Multi-State Co-operative Societies (Amendment) Bill, 2025.',
        'HON. CHAIRPERSON (SHRI JAGDISH PRASAD VERMA): Now, the House will take up Item No. 17.',
        'THE MINISTER OF COOPERATION (SHRI HARIPRASAD NAIK): Sir, I beg to move.',
        'HON. CHAIRPERSON: Motion moved.',
        'SHRIMATI SUNITA DEVI KUSHWAHA (BALLIA): I rise to support the Bill.',
        'HON. CHAIRPERSON: Please address the Chair.',
        'SHRIMATI SUNITA DEVI KUSHWAHA: I support the Bill.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Discussion on the motion')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'the House will take up')).toBe('Jagdish Prasad Verma');
    expect(speakerOfWords(d, 4, 'Motion moved.')).toBe('Jagdish Prasad Verma');
    expect(speakerOfWords(d, 6, 'Please address the Chair.')).toBe('Jagdish Prasad Verma');
    expect(speakerOfWords(d, 5, 'I rise to support')).toBe('Sunita Devi Kushwaha');
    // Its interruptions and footnotes are nobody's words.
    const notes = madeUpDocument(
      [
        'HON. CHAIRPERSON (SHRI JAGDISH PRASAD VERMA): Nothing will go on record.',
        '... (Interruptions)... *',
        'SHRIMATI SUNITA DEVI KUSHWAHA (BALLIA): *I support the Bill.',
        '* English translation of the speech originally delivered in Hindi.',
        '* Not recorded.',
        'HON. CHAIRPERSON: The discussion will continue.',
        'SHRIMATI SUNITA DEVI KUSHWAHA: Thank you.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(notes, 2, '(Interruptions)')).toBeUndefined();
    expect(speakerOfWords(notes, 4, 'English translation of the speech')).toBeUndefined();
    expect(speakerOfWords(notes, 5, 'Not recorded.')).toBeUndefined();
  });
});

describe("the Scottish Parliament's numbered questions (round 21)", () => {
  it('reads "1. Fiona Dalgleish (Argyll and Bute) (SNP):" as her label, not the heading above it', () => {
    const d = madeUpDocument(
      [
        'Ferry Services (Winter Timetable)',
        '1. Fiona Dalgleish (Argyll and Bute) (SNP): To ask the Scottish Government what discussions it has had with ferry operators.',
        'The Cabinet Secretary for Transport (Neil Grant): Officials meet the operator weekly.',
        'Fiona Dalgleish: That is not good enough for islanders.',
        'Rural Dentistry (Access)',
        '2. Karen McAlister (Galloway and West Dumfries) (Lab): To ask the Scottish Government how many practices have closed.',
        'The Cabinet Secretary for Transport (Neil Grant): I will write to the member.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'what discussions it has had')).toBe('Fiona Dalgleish');
    expect(speakerOfWords(d, 6, 'how many practices have closed')).toBe('Karen McAlister');
  });
});

describe("the Commons' 'Several hon. Members rose—' (round 21)", () => {
  it('reads it as a direction, nobody\'s words, not the turn before it', () => {
    const d = madeUpDocument(
      [
        'Mrs Helen Marsh (Taunton West) (LD): I commend the motion to the House.',
        'Mr Andrew Pellham (Stockport North) (Lab): Would she join me in welcoming the powers?',
        'Mrs Marsh: I welcome the powers, but powers without money are a press release, not a policy.',
        'Several hon. Members rose—',
        'Madam Deputy Speaker (Dame Judith Cawley): Order. There is a time limit.',
        'Mr Andrew Pellham: Thank you.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 4, 'Several hon. Members rose')).toBeUndefined();
  });
});

describe("round 21's review: transcripts", () => {
  it('reads a bullet as a turn\'s words, not a footnote, and a paragraph of spaces after a direction in linear time', () => {
    const d = madeUpDocument(['ROE: We propose three things:', '* Raise the minimum wage to £15 an hour.', 'HOST: Thank you.', 'ROE: And one more.', 'HOST: Go on.'], { kind: 'interview' });
    expect(speakerOfWords(d, 2, 'Raise the minimum wage')).toBe('Roe');
    const started = performance.now();
    const spaced = madeUpDocument(['HOST: Hello.', `(Laughter)${' '.repeat(4000)}x`, 'GUEST: Hi.', 'HOST: Bye.', 'GUEST: Bye.'], { kind: 'transcript' });
    speakerOfWords(spaced, 3, 'Hi.');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('gives a bare office label the holder named last before it, and none before any is named', () => {
    const d = madeUpDocument(
      [
        'HON. CHAIRPERSON: The House will now take up Item No. 16.',
        'HON. CHAIRPERSON (SHRI JAGDISH PRASAD VERMA): Now, Item No. 17.',
        'SHRI ABHIJIT SARKAR (JANGIPUR): Sir, I will be brief.',
        'HON. CHAIRPERSON: Please conclude.',
        'HON. CHAIRPERSON (SHRI KODIKUNNIL SURESH): The House stands adjourned.',
        'SHRI ABHIJIT SARKAR: Thank you.',
        'HON. CHAIRPERSON: Order.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 1, 'Item No. 16')).not.toBe('Jagdish Prasad Verma');
    expect(speakerOfWords(d, 4, 'Please conclude.')).toBe('Jagdish Prasad Verma');
    expect(speakerOfWords(d, 7, 'Order.')).toBe('Kodikunnil Suresh');
  });

  it("reads a roll's titles as no given names, and leaves a bare surname label a witness's", () => {
    const d = madeUpDocument(
      [
        'BEFORE: HONORABLE SENATOR MARK DELUCA, CHAIRMAN; HONORABLE MARY OSTROWSKI',
        'CHAIRMAN DELUCA: Good morning. Senator DeLuca here.',
        'OSTROWSKI: I am his constituent, not the member.',
        'CHAIRMAN DELUCA: Thank you.',
        'OSTROWSKI: Thank you, Chairman.',
      ],
      { kind: 'transcript' },
    );
    expect(speakerOfWords(d, 2, 'Good morning.')).toBe('Mark DeLuca');
    expect(speakerOfWords(d, 3, 'I am his constituent')).not.toBe('Mary Ostrowski');
  });

  it('reads a numbered list in an interview as the answer, not as labels', () => {
    const d = madeUpDocument(
      ['Q: Who are the best directors working now?', 'A: Here is my list.', '1. Greta Gerwig (Lady Bird): She is the real deal.', '2. Jordan Peele (Get Out): Fearless.', 'Q: Thank you.', 'A: My pleasure.'],
      { kind: 'interview', title: 'Interview with Maria Lopez', author: 'Tom Reid' },
    );
    expect(speakerOfWords(d, 3, 'She is the real deal.')).not.toBe('Greta Gerwig');
  });
});
