import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('round 55: a Q&A under a place\'s chief, a Senate hearing story, a sports round-up and a sentencing', () => {
  it("answers a Q&A whose title calls the interviewee \"Abu Dhabi's urban cooling chief\" with the one the introduction names", () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'We don\'t get to choose the weather\': Abu Dhabi\'s urban cooling chief on shade and trees"\noutlet: The National\nauthor: Ola Farouk\nkind: interview (Q&A with an introduction)\n---',
        'Ola Farouk, Abu Dhabi',
        'On a mid-August afternoon, Dr Hessa Al Ketbi is standing on a pavement in Al Khalidiyah holding a thermometer.',
        'Dr Al Ketbi, 44, a climate scientist, was appointed last year to lead the office.',
        '**What has changed?**',
        'The intensity and the length. Now we have months.',
        '**So your focus is on the outdoors?**',
        'On the spaces between buildings, yes.',
        '**How do you measure success?**',
        'Not by the number of trees planted.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 5, 'The intensity')).toBe('Hessa Al Ketbi');
    expect(speakerOfWords(interview, 4, 'What has changed')).toBe('Ola Farouk');
  });

  it('reads a hearing story past its dateline, its caption\'s lead word, "the father of" and "shot back"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Engineer admits signing off on unfinished dike"\noutlet: Philippine Daily Inquirer\nkind: news report\n---',
        '*GRILLED Engineer Arnel Dizon of the DPWH district office answers questions from senators on Wednesday.*',
        'MANILA, Philippines — The district engineer admitted on Wednesday that he certified the dike as "100 percent complete."',
        '"I did not personally inspect, Your Honor," Dizon said.',
        '"Who released the money, Engineer?" asked Sen. Ramon Villareal, the committee chair.',
        '"The accounting division, Your Honor," Dizon replied.',
        '"Complete documents for an incomplete dike," the senator shot back.',
        'One of those who drowned was the father of Lorna Pascual, 38, a vendor who traveled to Manila for the hearing.',
        '"We believed them. My father believed them," Pascual said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'personally inspect')).toBe('Arnel Dizon');
    expect(speakerOfWords(story, 2, '100 percent complete')).not.toBe('Philippines');
    expect(speakerOfWords(story, 6, 'Complete documents')).toBe('Ramon Villareal');
    expect(speakerOfWords(story, 8, 'My father believed')).toBe('Lorna Pascual');
  });

  it('gives "said the 21-year-old" to the player a "Meanwhile," sentence just had speaking, past her "who" clause', () => {
    const roundUp = markdownDocument(
      [
        '---\ntitle: "Pair end Hong Kong Open run"\noutlet: The Star\nkind: news report\n---',
        'National coach Kenneth Yeo said the team had played well.',
        "Meanwhile, women's singles player Nurul Aisyah Kamarudin, who lost in the quarter-finals on Friday, said she had learned a lot from her defeat.",
        '"I didn\'t expect to push her that far. It gives me confidence," said the 21-year-old, who is ranked 24th in the world.',
        'One operator, who asked not to be named because she is not authorized to speak, said the stress was rarely about the driving.',
        '"Some nights I just sit in the car," she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(roundUp, 3, 'push her that far')).toBe('Nurul Aisyah Kamarudin');
    expect(speakerOfWords(roundUp, 5, 'sit in the car')).not.toBe('Nurul Aisyah Kamarudin');
    // (A name that ends like a participle is no opening word: the wire's "Ahmed, who …, said".)
    const wire = markdownDocument(
      [
        '---\ntitle: "PAKISTAN COMPLAINS ABOUT AFGHAN AIR RAIDS"\noutlet: Reuters\nkind: news report\n---',
        '"These attacks are unprecedented," Pakistan\'s acting U.N. representative Aneesuddin Ahmed said in a letter.',
        'Ahmed, who did not request any specific U.N. action, said the attacks came as talks began and indicated that "the Kabul regime is deliberately aggravating tensions."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(wire, 2, 'deliberately aggravating')).toBe('Aneesuddin Ahmed');
  });

  it("keeps a mother's words hers over \"She turned toward the defense table.\", and the one asked, not the judge who asked, the \"he\" who then speaks", () => {
    const sentencing = markdownDocument(
      [
        '---\ntitle: "Drunk driver gets 9 years"\noutlet: Chicago Tribune\nkind: court report\n---',
        'Cook County Judge Alberto Kessling imposed the sentence on Derek Halloran, 31, on Thursday.',
        "Esposito's mother, Carmela Esposito, spoke first among the family.",
        '"He called me that afternoon," she said. "I set the plate out anyway."',
        'She turned toward the defense table.',
        '"You took the whole future, Mr. Halloran. Not just his. Mine."',
        'Halloran, dressed in a gray suit, kept his eyes on the floor for much of the hearing.',
        'When Kessling asked whether he wished to speak, he stood and read from a single sheet of paper.',
        '"I think about Julian every day," he said, his voice breaking.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(sentencing, 5, 'whole future')).toBe('Carmela Esposito');
    expect(speakerOfWords(sentencing, 8, 'Julian every day')).toBe('Derek Halloran');
  });
});

describe("round 55: a disciplinary decision's referee, a charity's annual report, a briefing's and a premier's transcripts", () => {
  it('gives the report a decision quotes after "the referee described the incident in these terms:" to the referee it named', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Decision: Kieran Mostyn"\noutlet: Northern Counties Rugby Union\nkind: disciplinary decision\n---',
        '1. Kieran Mostyn was shown a red card by the referee, Alun Price, in the 53rd minute.',
        '2. In his report, the referee described the incident in these terms:',
        '"Redgate 7 was upright and attempted a tackle with his shoulder. Red card."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 3, 'Redgate 7 was upright')).toBe('Alun Price');
  });

  it("gives a charity's annual report, its parts listed in brackets after its genre, to the charity", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Harbourlight Trust Annual Report 2024–25"\noutlet: Harbourlight Trust\nkind: charity annual report (chair\'s foreword, year in numbers, case stories)\n---',
        'We have changed the names of some of the young people in this section, at their request.',
        'Our housing worker, Dev Ramsaran, helped Amira set up her utilities.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'We have changed')).toBe('Harbourlight Trust');
    expect(speakerOfWords(report, 2, 'Our housing worker')).toBe('Harbourlight Trust');
  });

  it('names "MS. VANCE:" by the full name the title alone prints, "PREMIER:" by the one the header prints above the office, "JOURNALIST:" nobody', () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by Press Secretary Marisol Vance"\noutlet: The White House\nkind: transcript (White House press briefing)\n---',
        'MS. VANCE: Good afternoon, everybody. Happy Wednesday.',
        'And with that, Paul.',
        'MR. OKONKWO-HAYES: Thanks, Marisol. Heating oil prices are up about 18 percent from a year ago.',
        'MS. VANCE: Go ahead.',
        'Q Thanks. Is the President prepared to sign a short-term extension?',
        'MS. VANCE: The President has been very clear.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 1, 'Happy Wednesday')).toBe('Marisol Vance');
    const conference = markdownDocument(
      [
        '---\ntitle: "Transcript — Premier\'s press conference, Brisbane"\noutlet: Office of the Premier of Queensland\nkind: transcript (state premier\'s press conference)\n---',
        '**THE HON. DANIELLE MARCHETTI MP**\n**PREMIER OF QUEENSLAND**',
        '**TRANSCRIPT**\n**PRESS CONFERENCE, BRISBANE**',
        '**SUBJECTS:** Far North flooding recovery package.',
        "PREMIER: Good morning, everyone. Today I can announce a $186 million recovery package.",
        "I'll hand over to Kieran to go through the detail.",
        'MINISTER BRODERICK: Thanks, Premier. The first payments went out yesterday.',
        "JOURNALIST: Premier, is $250 enough?",
        "PREMIER: It's a first payment; it's not the only payment.",
        'JOURNALIST: Is it new money?',
        'PREMIER: All of it is new money.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(conference, 4, 'Today I can announce')).toBe('Danielle Marchetti');
    expect(speakerOfWords(conference, 8, 'first payment')).toBe('Danielle Marchetti');
    // (And the reporter called on, whoever it is, no one called "Journalist".)
    expect(speakerOfWords(conference, 9, 'Is it new money')).toBeUndefined();
  });

  it('gives a briefing\'s "Q" to the reporter "Okay, go ahead, Darlene." calls on, until a question opens on the briefer\'s name', () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by Press Secretary Marisol Vance"\noutlet: The White House\nkind: transcript (White House press briefing)\n---',
        'MS. VANCE: Good afternoon, everybody. And with that, Paul.',
        'MR. OKONKWO-HAYES: Thanks, Marisol. Heating oil prices are up about 18 percent from a year ago.',
        'MS. VANCE: Thanks, Paul.',
        'MR. OKONKWO-HAYES: Thanks, everybody.',
        'MS. VANCE: Okay, go ahead, Darlene.',
        'Q Thanks, Marisol. Is the President prepared to sign a short-term extension?',
        'MS. VANCE: The President has been very clear.',
        'Q Constructive enough to avoid a shutdown?',
        "MS. VANCE: That's the hope.",
        'Q Marisol, the former Commerce Secretary has a book out this week. Is that true?',
        "MS. VANCE: I'd encourage you not to take the word of someone who's trying to sell books. Go ahead.",
        'Q Thank you. On the Duluth trip tomorrow —',
        'MS. VANCE: Yes.',
        'Q — will the President meet with the families affected by the mine closure?',
        "MS. VANCE: We're still finalizing the schedule.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 6, 'short-term extension')).toBe('Darlene');
    expect(speakerOfWords(briefing, 8, 'Constructive enough')).toBe('Darlene');
    expect(speakerOfWords(briefing, 10, 'Is that true?')).toBeUndefined();
    expect(speakerOfWords(briefing, 14, 'will the President meet')).toBeUndefined();
  });

  it('reads an estimates hearing\'s "CHAIR (Senator O’Driscoll):" as that senator, a surname after "O’"', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Rural and Regional Affairs and Transport Legislation Committee — Estimates"\noutlet: Parliament of Australia, Senate\nkind: Senate estimates hearing transcript\n---',
        'CHAIR (Senator O’Driscoll): I declare open this hearing. Minister, do you wish to make an opening statement?',
        'Senator Pirelli: No, thank you, Chair.',
        'CHAIR: Mr Harkness?',
        'Mr Harkness: Briefly, Chair. The Tallong section is behind schedule.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 1, 'I declare open')).toBe('Senator O’Driscoll');
    expect(speakerOfWords(hearing, 3, 'Mr Harkness?')).toBe('Senator O’Driscoll');
  });
});

describe("round 55: a Dáil record's two offices, a police watchdog's report summary and a hospice's newsletter", () => {
  it('reads "The Tánaiste:" as the one "The Tánaiste and Minister for Foreign Affairs and Trade (Deputy Declan Furlong):" named', () => {
    const debate = markdownDocument(
      [
        '---\ntitle: "Dáil Éireann debate — Leaders\' Questions"\noutlet: Houses of the Oireachtas\nkind: parliamentary debate (official report extract)\n---',
        'Deputy Róisín Kearns: Will the Government freeze rents?',
        'The Tánaiste and Minister for Foreign Affairs and Trade (Deputy Declan Furlong): I thank the Deputy for raising this issue.',
        'Deputy Róisín Kearns: Tell that to the woman in Clondalkin.',
        'The Tánaiste: We have also extended the tenant-in-situ scheme.',
        'An Ceann Comhairle: Thank you, Deputy.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(debate, 4, 'tenant-in-situ')).toBe('Declan Furlong');
  });

  it("gives a police watchdog's \"investigation report summary\" to the watchdog, and a hospice's unsigned newsletter to the hospice", () => {
    const summary = markdownDocument(
      [
        '---\ntitle: "Investigation into the police response to a call about Callum Reid"\noutlet: Independent Police Standards Commission\nkind: investigation report summary (police watchdog)\n---',
        'Following a mandatory referral from Westmarch Constabulary, we began an independent investigation on 5 February 2024.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 1, 'we began')).toBe('Independent Police Standards Commission');
    const newsletter = markdownDocument(
      [
        "---\ntitle: \"Winter 2025 newsletter\"\noutlet: Little Wren Children's Hospice\nkind: newsletter (charity appeal to supporters)\n---",
        'Our nurses are trained to manage his medication and his feeds.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 1, 'Our nurses')).toBe("Little Wren Children's Hospice");
    // (A newsroom's investigation stays journalism.)
    const story = markdownDocument(['---\ntitle: "Inside the care homes"\noutlet: The Example Post\nkind: investigation report summary\n---', 'Our reporters visited 40 homes.'].join('\n\n'));
    expect(speakerOfWords(story, 1, 'Our reporters')).toBeUndefined();
  });
});

describe("round 55's reviews: where the new readings stop", () => {
  it('reads "shot back." only right after a quotation, a "When" clause skipped only where it has the "he" for another, and a bare quotation after narration showing something written as nobody\'s', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Feud"\noutlet: Manila Sentinel\nkind: news report\n---',
        'Duterte called the senator a "hypocrite" on Monday, and Trillanes shot back.',
        'Fire chief Tom Reyes said the blaze started at 2am.',
        'When resident Mark Cruz woke up, he smelled smoke.',
        '"I grabbed my kids and ran," he said.',
        '"I just want to know what happened to my son," said Rosario Villanueva, 54.',
        'She showed reporters the last text message her son sent that night.',
        '"Ma, I\'m scared. Please come and get me."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'hypocrite')).not.toBe('Trillanes');
    expect(speakerOfWords(story, 4, 'grabbed my kids')).toBe('Mark Cruz');
    expect(speakerOfWords(story, 7, 'come and get me')).toBeUndefined();
  });

  it('keeps a Q&A\'s answers with the one its title names "as a lawyer", a relative\'s label from a title\'s name, and a story\'s first word in capitals in the name', () => {
    const qa = markdownDocument(
      [
        '---\ntitle: "Leni Robredo\'s life as a lawyer for the poor"\noutlet: Manila Sentinel\nauthor: Jose Santos\nkind: interview\n---',
        'Before politics, Leni Robredo worked for the legal aid group Saligan, founded by Marlon Manuel. Manuel remembers her as tireless. Robredo calls those years her happiest.',
        'Q: Why legal aid?',
        'A: Because nobody else would take those cases.',
        'Q: Do you miss it?',
        'A: Every day.',
        'Q: Would you go back?',
        'A: Maybe one day.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(qa, 3, 'nobody else')).toBe('Leni Robredo');
    const inquest = markdownDocument(
      [
        '---\ntitle: "Inquest into the death of Kevin Clarke: Day 3 transcript"\noutlet: Inner South London Coroner\'s Court\nkind: inquest transcript\n---',
        "THE CORONER: Good morning. I understand the deceased's father will give evidence first.",
        "MR CLARKE: Thank you, ma'am. My son was a gentle man.",
        'MR HARLOW: Did you call the police that evening?',
        'MR CLARKE: I did. I told them he was unwell.',
        'THE CORONER: Thank you. We will take a short break.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquest, 2, 'gentle man')).not.toBe('Kevin Clarke');
    const story = markdownDocument(
      ['---\ntitle: "Mother mourns"\noutlet: Lagos Courier\nkind: news report\n---', 'BLESSING Okafor, the mother of the slain student, wept as she spoke to reporters.', '"They took my only son," Okafor said.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'my only son')).not.toBe('Okafor');
  });

  it("leaves a newsroom's \"report (local newspaper)\" nobody's, a briefer's follow-up the one called, and \"let's go to Syria\" no call", () => {
    const exclusive = markdownDocument(['---\ntitle: "Police complaints rise"\noutlet: Northmoor Gazette\nauthor: Jane Smith\nkind: report (local newspaper)\n---', 'Our analysis of forty cases shows that officers were rarely disciplined.'].join('\n\n'));
    expect(speakerOfWords(exclusive, 1, 'Our analysis')).toBeUndefined();
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by Press Secretary Marisol Vance"\noutlet: The White House\nkind: transcript (White House press briefing)\n---',
        'MS. VANCE: Good afternoon, everyone. Now I\'ll hand it over to Tom.',
        'MR. REYES: Thanks, Marisol. Let me say a word about Ukraine.',
        'MS. VANCE: Thank you, Tom. Okay, go ahead, Peter.',
        'Q Thanks, Marisol. Is the President going to sign the spending bill?',
        'MS. VANCE: He will, once it reaches his desk.',
        'Q Marisol, just to follow up on that — does he support the rider on border funding?',
        'MS. VANCE: He has said he does. Okay, let\'s go to Syria.',
        'Q Does the administration recognise the new government?',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 6, 'rider on border funding')).toBe('Peter');
    expect(speakerOfWords(briefing, 8, 'recognise the new government')).not.toBe('Syria');
  });
});

describe("round 55: a parliamentary petition's page", () => {
  it("gives a petition's text to the one it says created it, and the government's response to the department signing it", () => {
    const page = markdownDocument(
      [
        '---\ntitle: "Petition: Fund free bus travel for under-22s living in rural areas"\noutlet: Petitions — UK Government and Parliament\nkind: parliamentary petition and government response (web page)\n---',
        'We want the Government to fund free bus travel in England for everyone aged under 22 who lives in a rural area.',
        '## More details',
        'I am a sixth-form tutor in North Yorkshire and every year I watch students drop courses.',
        '**18,442 signatures**',
        'Created by Eleri Whitlock',
        '## Government responded',
        'This response was given on 3 July 2025',
        'We have no plans to introduce a national free fare for under-22s.',
        'Department for Rural Transport and Connectivity',
        'Parliament considers all petitions that get more than 100,000 signatures for a debate.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(page, 1, 'We want the Government')).toBe('Eleri Whitlock');
    expect(speakerOfWords(page, 3, 'sixth-form tutor')).toBe('Eleri Whitlock');
    expect(speakerOfWords(page, 8, 'no plans')).toBe('Department for Rural Transport and Connectivity');
    expect(speakerOfWords(page, 7, 'This response was given')).toBeUndefined();
    expect(speakerOfWords(page, 10, 'Parliament considers')).toBeUndefined();
  });

  it("keeps a petition's page's subheadings and footers, a list of petitions and a story about one out of it", () => {
    const page = markdownDocument(
      [
        '---\ntitle: "Extend the Household Support Fund"\noutlet: UK Parliament Petitions\nkind: e-petition\n---',
        'This petition is calling on the Government to extend the Household Support Fund beyond March 2026.',
        'Created by Ana Souza',
        '16,781 signatures',
        '## Government responded',
        'This response was given on 20 February 2025',
        'The Government has extended support for households through 2025-26.',
        'Household Support Fund',
        'The Household Support Fund has been extended with £742 million of funding.',
        'Department for Work and Pensions',
      ].join('\n\n'),
    );
    expect(speakerOfWords(page, 1, 'This petition is calling')).toBe('Ana Souza');
    expect(speakerOfWords(page, 6, 'has extended support')).toBe('Department for Work and Pensions');
    expect(speakerOfWords(page, 8, '£742 million')).toBe('Department for Work and Pensions');
    const unsigned = markdownDocument(
      [
        '---\ntitle: "CCTV in slaughterhouses"\noutlet: UK Parliament Petitions\nkind: e-petition\n---',
        'Make CCTV mandatory in every slaughterhouse.',
        'Created by Rhys Evans',
        '## Government responded',
        'Animal welfare in Wales is a devolved matter.',
        '## Other parliamentary business',
        'Contact the Petitions Committee',
        // (A department named under a later heading signs nothing above it.)
        'Department for Environment, Food and Rural Affairs',
      ].join('\n\n'),
    );
    expect(speakerOfWords(unsigned, 4, 'devolved matter')).toBeUndefined();
    const list = markdownDocument(
      [
        '---\ntitle: "Popular petitions"\noutlet: UK Parliament Petitions\nkind: e-petitions list\n---',
        '## Cut VAT on home energy',
        'Remove VAT from household gas and electricity bills.',
        '## Free bus travel for under-22s',
        'Created by Liam Porter',
      ].join('\n\n'),
    );
    expect(speakerOfWords(list, 2, 'Remove VAT')).not.toBe('Liam Porter');
  });
});
