import { describe, expect, it } from 'vitest';
import { madeUpDocument as article, speakerOfWords as who } from './madeUpDocument.js';


describe('a word in quotation marks that the story uses as its own', () => {
  it('leaves narration with a flagged term nobody’s, when the story prints the term unquoted too', () => {
    const d = article([
      'Senator Mara Quist predicted the Senate would block aid to the “contra” rebels.',
      'Quist said the vote would tell the White House its contra program is in trouble.',
    ]);
    expect(who(d, 1, 'Senator Mara Quist predicted the Senate would block aid to the “contra” rebels.')).toBeUndefined();
  });

  it('still hears a one-word quotation the story prints nowhere else', () => {
    const d = article(['Analyst Tom Reyes said 40 dlrs a share is a “decent” price for the company.']);
    expect(who(d, 1, "decent")).toBe('Tom Reyes');
  });
});

describe('a document speaks for the issuer the story ties it to', () => {
  it('gives a nationality’s statement to the country the story names (“the Cypriot statement” → Cyprus)', () => {
    const d = article([
      'Cyprus said today it had the right to decide where to drill in the area.',
      'The Cypriot statement today said, “Cyprus will not give up its rights to the seabed.”',
      '“We have told the Libyan side so more than once,” it said.',
    ]);
    expect(who(d, 2, 'Cyprus will not give up its rights to the seabed.')).toBe('Cyprus');
    expect(who(d, 3, 'We have told the Libyan side so more than once')).toBe('Cyprus');
  });

  it('leaves a nationality’s statement nobody’s when the story names no such country', () => {
    const d = article(['The Council of Baltic Ports said in a letter that fees were too high.', 'The Danish statement said, “Copenhagen will not cut its dues this year.”']);
    expect(who(d, 2, 'Copenhagen will not cut its dues this year.')).toBeUndefined();
  });

  it('gives a statement issued after a body’s meeting to that body, and “it added” after it', () => {
    const d = article([
      'After an emergency meeting of SEATO envoys, a statement was issued saying “the present situation damages the interests of the whole region.”',
      'The talks were called after reports of fighting near the border.',
      'The statement said tensions had reached a serious level. “Any escalation would make things worse,” it added.',
    ]);
    expect(who(d, 1, 'the present situation damages the interests of the whole region.')).toBe('SEATO');
    expect(who(d, 3, 'Any escalation would make things worse')).toBe('SEATO');
  });

  it('reads a numbered group whole, and its communique speaks for it', () => {
    const d = article([
      'The Group of 15 island states said in a communique that debt relief is needed and called for “a new attitude” from the banks.',
      '“The debt overhang cuts the capacity to grow,” the communique said.',
    ]);
    expect(who(d, 1, 'a new attitude')).toBe('Group of 15');
    expect(who(d, 2, 'The debt overhang cuts the capacity to grow')).toBe('Group of 15');
  });

  it('hears an organisation that speaks “in its review”, and its report far down the story', () => {
    const d = article([
      'The IMF, in its annual review of the world economy, said a failure to agree on measures to cut deficits “could seriously affect confidence.”',
      'Growth is expected to edge up next year.',
      'Unemployment should fall slowly.',
      'Inflation appears to be heading higher.',
      'Exports should help growth.',
      'Prices are forecast to rise four pct.',
      '“Monetary policy appears to be the key factor,” the report said.',
    ]);
    expect(who(d, 1, 'could seriously affect confidence.')).toBe('IMF');
    expect(who(d, 7, 'Monetary policy appears to be the key factor')).toBe('IMF');
  });

  it('reads “the report by the Institute of Transport Studies” as that institute’s report', () => {
    const d = article([
      'The report by the Institute of Transport Studies (ITS) said fares within Europe are the highest in the world.',
      '“The airlines protect their position through secrecy,” the report said.',
    ]);
    expect(who(d, 2, 'The airlines protect their position through secrecy')).toBe('Institute of Transport Studies');
  });

  it('leaves a statement with no issuer in sight nobody’s', () => {
    const d = article(['Shares in the port operator fell on Monday.', '“We are reviewing all options,” the statement said.']);
    expect(who(d, 2, 'We are reviewing all options')).toBeUndefined();
  });
});

describe('a quotation after a verb other than said', () => {
  it('gives a naming verb’s quotation to its subject however long the object before it', () => {
    const d = article([
      'Trade Secretary Ann Varga spoke to farmers on Monday.',
      'Varga called plans to widen the rules of the ministry’s export subsidy program to include all foreign buyers “questionable.”',
    ]);
    expect(who(d, 2, 'questionable.')).toBe('Ann Varga');
  });

  it('reads a belief with an adverb between subject and verb (“He still thinks”)', () => {
    const d = article(['Fund manager Rita Okafor said she had kept her shares.', 'She still thinks “values are 140 dlrs per share or more” and holds on.']);
    expect(who(d, 2, 'values are 140 dlrs per share or more')).toBe('Rita Okafor');
  });

  it('gives a relative clause’s quotation to the relative clause’s own subject (“which Varga said is designed”)', () => {
    const d = article([
      'Trade Secretary Ann Varga spoke to farmers on Monday.',
      'A wider plan would mark a change in the program, which Varga said is designed “to tell other countries we will not give up our markets.”',
    ]);
    expect(who(d, 2, 'to tell other countries we will not give up our markets.')).toBe('Ann Varga');
  });

  it('gives “X stated that he found …” to X, not to the sentence’s first he', () => {
    const d = article([
      'Investor Paul Brandt said he would keep his shares.',
      'He said he was pleased that chairman Oskar Lind stated at the meeting that he found the idea of greenmail “repugnant.”',
    ]);
    expect(who(d, 2, 'repugnant.')).toBe('Oskar Lind');
  });
});

describe('a rank standing for the one person the story gave it', () => {
  it('gives “the prince, who …, replied” to the prince named before', () => {
    const d = article([
      'Jordanian Crown Prince Hamza bin Talal was thanked by the government for his country’s help, an official said.',
      'The prince met the foreign minister on Monday.',
      'Asked how he felt about the talks, the prince, who is here on an official visit, replied, “I believe both sides have done their duty.”',
    ]);
    expect(who(d, 3, 'I believe both sides have done their duty.')).toBe('Hamza bin Talal');
  });

  it('leaves “the prince” unnamed after two princes', () => {
    const d = article([
      'Crown Prince Hamza bin Talal and Prince Ali bin Nayef met the foreign minister on Monday.',
      'Asked how he felt about the talks, the prince, who is here on an official visit, replied, “I believe both sides have done their duty.”',
    ]);
    const speaker = who(d, 2, 'I believe both sides have done their duty.');
    expect(speaker).not.toBe('Hamza bin Talal');
    expect(speaker).not.toBe('Ali bin Nayef');
  });
});

describe('a quotation cut over a paragraph break with no opening mark', () => {
  it('goes on into the next paragraph up to its closing mark, in the same voice', () => {
    const d = article([
      'In a statement, the Foreign Ministry said, "The minister believes grain should be sold at world prices.',
      'The farm ministry is best placed to decide on a subsidy at this time."',
      'The ministry official said obstacles remain.',
    ]);
    expect(who(d, 2, 'The farm ministry is best placed to decide on a subsidy at this time.')).toBe('Foreign Ministry');
    expect(who(d, 3, 'The ministry official said obstacles remain.')).not.toBe('Foreign Ministry');
  });
});

describe('a story printing its speaker’s name in lower case', () => {
  it('gives the quotations attributed to the surname to the one titled person, and leaves “he” alone', () => {
    const d = article([
      'peru is seeking a flexible attitude from its creditor banks, finance minister luis paredo told a press conference.',
      'He declined to comment on talks in new york with central bank director ana velez except to say, "they are progressing."',
      'asked about chile\'s accord with its creditors, paredo said only, "that is good news."',
    ]);
    expect(who(d, 3, 'that is good news.')).toBe('luis paredo');
    expect(who(d, 2, 'they are progressing.')).toBeUndefined();
  });

  it('names nobody when two lower-case titled people speak', () => {
    const d = article([
      'finance minister luis paredo told reporters the talks went well, and central bank director ana velez said they would go on.',
      '"that is good news," paredo said.',
    ]);
    expect(who(d, 2, 'that is good news,')).toBeUndefined();
  });
});

describe('a document its issuer is the subject of issuing', () => {
  it('gives "the circular said" and "the report said" to the organisation that issued or published it', () => {
    const circular = article(['The Bahrain Monetary Agency has issued a circular to all commercial banks outlining a new policy.', 'The circular said current arrangements will end except "in quite exceptional circumstances."']);
    expect(who(circular, 2, 'in quite exceptional')).toBe('Bahrain Monetary Agency');
    const report = article(['The Kiel Institute for World Economy published its new annual report on Monday.', '"Growth will slow to one percent next year," the report said.']);
    expect(who(report, 2, 'Growth will slow')).toBe('Kiel Institute for World Economy');
  });
  it('gives "a statement from X said" and "according to a statement from X" to X', () => {
    const intro = 'Jan Novak, the Czech interior minister, spoke in Prague on Monday.';
    expect(who(article([intro, '“We will not back down on this point at all,” a statement from Novak said.']), 2, 'We will not')).toBe('Jan Novak');
    expect(who(article([intro, '“We will not back down on this point at all,” according to a statement from Novak.']), 2, 'We will not')).toBe('Jan Novak');
    expect(who(article(['A letter by the Czech Football Association said the ban was “final and binding”.']), 1, 'final and binding')).toMatch(/^(?:the )?Czech Football Association$/);
  });
});

describe('an organisation told by what it is before its name', () => {
  it('reads "software maker Lumiq Systems" and "shipping group Kattegat Line" as companies that "the company" and "it" stand for', () => {
    const lumiq = article(['Brno-based software maker Lumiq Systems laid off 120 employees on Wednesday.', 'The company said the cuts were “necessary to return to profitability in 2025”.']);
    expect(who(lumiq, 2, 'necessary to return')).toBe('Lumiq Systems');
    const kattegat = article(['Danish shipping group Kattegat Line cut its full-year profit forecast on Thursday.', 'It said it expected rates to remain “under pressure well into next year”.']);
    expect(who(kattegat, 2, 'under pressure')).toBe('Kattegat Line');
  });
  it('still reads "lawmaker Diana Sava" as a person', () => {
    const d = article(['Opposition lawmaker Diana Sava, who sits on the defence committee, said the process had been “opaque from start to finish”.']);
    expect(who(d, 1, 'opaque from start')).toBe('Diana Sava');
  });
});

describe('a place after a preposition of place', () => {
  it('never makes "near Scarborough Shoal" the organisation "the embassy" stands for', () => {
    const d = article([
      "China's foreign ministry lodged a formal protest with the Philippine embassy in Beijing on Monday over an illegal incursion near Scarborough Shoal.",
      'The embassy said it had received the note, but insisted the vessel had been “operating lawfully within our exclusive economic zone.”',
    ]);
    expect(who(d, 2, 'operating lawfully')).not.toBe('Scarborough Shoal');
  });
});

describe('a long name after an opening phrase (round 16)', () => {
  it('hears "In its latest annual report, the States of Malaya Chamber of Mines said …", so that its "it said" is the chamber, not a statement before', () => {
    const d = article([
      '"The United States has continued to abide by the memorandum," a State Department spokesman said in a statement.',
      '"The views of the ASEAN governments have been taken into account," the statement said.',
      'In its latest annual report, the States of Malaya Chamber of Mines said the GSA sold 5,490 tonnes of tin in 1986, well above an agreed limit. "The United States appears to have lost sight of the memorandum," it said.',
    ]);
    expect(who(d, 3, 'The United States appears')).toBe('States of Malaya Chamber of Mines');
  });
});

describe('"welcomed" takes the quotation that says how (round 16)', () => {
  it('gives "X welcomed the ban as “…”" and "In a statement, X welcomed “…”" to X', () => {
    const d = article([
      'Ocean Nordic welcomed the ban as "a historic first step" but said it should cover the whole strait.',
      'The ministry will pay half. In a statement, Culture Minister Hélène Carpentier welcomed “an ambitious project for one of the jewels of French heritage.”',
    ]);
    expect(who(d, 1, 'a historic first step')).toBe('Ocean Nordic');
    expect(who(d, 2, 'an ambitious project')).toBe('Hélène Carpentier');
  });
});

describe('a clause joined by "and" with no comma (round 16)', () => {
  it('gives "X met bankers on Wednesday and Citicorp said talks should begin in “the near future”" to Citicorp, and keeps a name across "and"', () => {
    const d = article(['Brazil\'s new central bank governor Francisco Gros met senior commercial bankers here on Wednesday and Citicorp said formal talks on Brazil\'s recent actions and future financing needs should begin in "the near future".']);
    expect(who(d, 1, 'the near future')).toBe('Citicorp');
    const oecd = article(['The Organisation for Economic Cooperation and Development said exports were "increasingly ill-adapted to demand".']);
    expect(who(oecd, 1, 'increasingly ill-adapted')).toBe('Organisation for Economic Cooperation and Development');
  });
});

describe('a document made public in an opening participle (round 16)', () => {
  it('gives "The letter pointed out … “…”" to whoever "Releasing a letter …, X said" names', () => {
    const d = article([
      '<Dart Group Inc> said it is prepared to negotiate all terms of its proposed acquisition of Supermarkets General Corp.',
      'Releasing a letter sent friday to Supermarkets General, Dart said "we believe that an agreement can be reached."',
      'Dart said it urges a meeting with Supermarkets General officials be held promptly.',
      'The letter pointed out the company has not heard from Supermarkets General since making the offer "other than on this past Monday."',
    ]);
    expect(who(d, 4, 'other than on this past Monday')).toBe('Dart Group Inc');
  });
});

describe('an editorial a newspaper published (round 17)', () => {
  it('gives "the editorial said" to the newspaper that "today published … in an editorial", named before what it is', () => {
    const d = article([
      "The official International Business newspaper today published China's demands in an editorial to coincide with the visit.",
      '"It is extremely important that the U.S. market reduce its restrictions on Chinese imports," the editorial said.',
      '"Despite easing of curbs, control is still extremely strict," it added.',
    ]);
    expect(who(d, 2, 'It is extremely important')).toBe('International Business');
    expect(who(d, 3, 'Despite easing of curbs')).toBe('International Business');
    const times = article(['The Financial Times today published an editorial on the visit.', '"The visit changes nothing," the editorial said.']);
    expect(who(times, 2, 'The visit changes nothing')).toBe('Financial Times');
  });
});

describe('an organisation, then a relative clause about it (round 17)', () => {
  it('gives the quotation to "The Bass Group, which holds 24.9 pct of Taft, said …", however far the quotation is', () => {
    const d = article([
      'The Bass Group, which holds 24.9 pct of Taft, said it had talked with other Taft stockholders and some company managers and directors "concerning participation in a group to acquire control" of the company.',
    ]);
    expect(who(d, 1, 'concerning participation')).toBe('Bass Group');
  });
});

describe('a quotation characterising an object after "as" (round 17)', () => {
  it('gives "defended the change as a “fair return”" to the one who defended it, not the sentence\'s first subject', () => {
    const d = article([
      "Western Australia's lithium miners have warned that a proposed increase in royalties could force more mine closures, as Treasurer Helen Marchetti defended the change as a \"fair return\" for West Australians.",
    ]);
    expect(who(d, 1, 'fair return')).toBe('Helen Marchetti');
    const union = article(['The union on Tuesday dismissed the report as "fiction".']);
    expect(who(union, 1, 'fiction')).toBe('the union');
    // (Passive: who rejected it is not said.)
    const passive = article(['The council said the plan was rejected as "unworkable" last year.']);
    expect(who(passive, 1, 'unworkable')).not.toBe('the plan');
  });
});

describe('a board speaking (round 17)', () => {
  it('gives "…," the directors said in the annual report to the directors, not the law the sentence is about', () => {
    const d = article([
      'Anglo American Corp of South Africa Ltd has attacked a key apartheid law as "racially discriminatory."',
      'The Group Areas Act, was also a "misuse of resources the South African economy can no longer sustain," the directors said in the annual report released today.',
    ]);
    expect(who(d, 2, 'misuse of resources')).toBe('the directors');
  });
});

describe("a participle's aside after a document (round 17)", () => {
  it('reads "The circular, released officially to Reuters, said …" as the circular speaking, so its issuer', () => {
    const d = article([
      'The Bahrain Monetary Agency has issued a circular to all commercial banks outlining a new policy.',
      'The circular, released officially to Reuters, said current arrangements will no longer be valid except "in quite exceptional circumstances."',
    ]);
    expect(who(d, 2, 'in quite exceptional circumstances')).toBe('Bahrain Monetary Agency');
  });
});

describe("a press review's sections under each paper's name and country (round 20)", () => {
  it("gives a section's quotations no rule gives anyone to its paper, and a columnist's to the columnist", () => {
    const d = article(
      [
        'EU member states approved the trade agreement. Europe\'s press is divided.',
        'Frankfurter Allgemeine Zeitung (DE)',
        'Reason prevails, at last',
        'The conservative daily sees a belated victory for common sense:',
        '“Twenty-five years of negotiations, and the EU has finally signed.”',
        'El País (ES) / 10 December 2025',
        'Columnist Ana Beltrán writes in the Madrid daily:',
        '“Spain has always understood what Paris refuses to see.”',
      ],
      { kind: 'press review', title: 'Mercosur: a good deal?' },
    );
    expect(who(d, 5, 'Twenty-five years of negotiations')).toBe('Frankfurter Allgemeine Zeitung');
    expect(who(d, 8, 'Spain has always understood')).toBe('Ana Beltrán');
    const news = article(['Frankfurter Allgemeine Zeitung (DE)', 'The paper sees a belated victory.', '“It took twenty-five years.”'], { kind: 'news report' });
    expect(who(news, 3, 'It took twenty-five years.')).toBeUndefined();
  });
});

describe('a document whose issuer a comma sets off (round 21)', () => {
  it('gives "the report said" to the body named after "The report, by", and never to two people who wrote a letter', () => {
    const d = article([
      'The report, by the Government Accountability Office, found that the first vessel would not be ready until 2029.',
      '“The Navy began building ships before it knew what it needed those ships to do,” the report said.',
    ]);
    expect(who(d, 2, 'The Navy began building ships')).toBe('Government Accountability Office');
    const letter = article([
      'The letter, written by Coastal Chairman Oscar Wyatt and President James Paul, urged shareholders to act.',
      '"His creditors may suffer," said the letter.',
    ]);
    expect(who(letter, 2, 'His creditors may suffer') ?? '').not.toMatch(/ and /);
  });
});

describe("round 21's review: a document's publisher set off by a comma", () => {
  it('never gives "the letter said" to the paper that published it', () => {
    const d = article(['The letter, published by the Guardian and signed by 300 scientists, was blunt. "We are running out of time," the letter said.']);
    expect(who(d, 1, 'We are running out of time')).not.toBe('Guardian');
  });
});
