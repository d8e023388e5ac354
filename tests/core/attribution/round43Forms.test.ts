import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 43', () => {
  it("gives a wire story's quotation by a company's initials to the company the story names in full", () => {
    const story = madeUpDocument([
      "American Motors Corp management has ordered a hiring freeze in view of Chrysler Corp's takeover proposal.",
      'American Motors directors met for five hours Wednesday to review the takeover proposal.',
      '"The board expects to be meeting periodically over the next several weeks on the Chrysler proposal," AMC said in its first statement.',
    ]);
    expect(speakerOfWords(story, 3, 'meeting periodically')).toBe('American Motors Corp');
  });

  it('leaves initials that stand for a country alone, whatever company shares them', () => {
    const story = madeUpDocument(['United Steel Corp said it would close two mills.', '"We will not accept dumped steel," US said in a note to members.']);
    expect(speakerOfWords(story, 2, 'dumped steel')).not.toBe('United Steel Corp');
  });

  it('gives "the central bank said" to the bank heard two paragraphs before, whose name holds the noun', () => {
    const story = madeUpDocument([
      'Healthy growth in corporate profits and in consumer spending is what Japan rests its hopes on.',
      'The Bank of Japan said in its latest outlook that improved terms of trade would help.',
      'However, this would happen only if household spending increased.',
      '"No clear sign of such developments has so far been evidenced," the central bank said.',
    ]);
    expect(speakerOfWords(story, 4, 'No clear sign')).toBe('Bank of Japan');
  });

  it('gives "she said" to the mother the sentence before brings in, not to the doctor quoted the paragraph before', () => {
    const release = madeUpDocument([
      '"Yesterday we had to turn a mother away with a bag of salts," said Dr. Salome Varga, the agency\'s medical director.',
      'A mother of four living in the Kostel camp, who asked that her name not be used, described the conditions. "The water comes from a tank that is filled every two days," she said.',
    ]);
    expect(speakerOfWords(release, 2, 'The water comes from a tank')).toBe('a mother of four');
  });

  it('keeps "she said" the doctor\'s when the woman the sentence before brings in only comes to harm', () => {
    const story = madeUpDocument([
      '"We are running out of salts," said Dr. Salome Varga, the agency\'s medical director.',
      'A woman was injured when the tank collapsed. "We need more tanks this week," she said.',
    ]);
    expect(speakerOfWords(story, 2, 'We need more tanks')).toBe('Salome Varga');
  });

  it('gives "she said" to the first name set beside the worker the sentence before brings in', () => {
    const report = madeUpDocument([
      '"Workers are charged for their own visas," said Amara Osei, the charity\'s director.',
      'Another worker, Grace, a 41-year-old woman from Harare who asked that only her first name be used, had been charged £4,900 by her sponsor for "training and onboarding costs". "They called it a training bond," she said.',
    ]);
    expect(speakerOfWords(report, 2, 'They called it a training bond')).toBe('Grace');
  });

  it('gives a quotation to the nurse working with a team, not to the team', () => {
    const report = madeUpDocument(['A nurse working with a mobile team in Drenova, who asked not to be named, said: "We are seeing diarrhoea in children in every site we visit."']);
    expect(speakerOfWords(report, 1, 'We are seeing diarrhoea')).toMatch(/^a nurse/i);
  });

  it('gives "The 22-year-old, a primary school teacher, said" to the player heard before, not to a new teacher', () => {
    const story = madeUpDocument([
      'Kilbrack won the final on Sunday after a goal from Eoin Moran.',
      '"I didn\'t even see it go in," Moran said afterwards.',
      'The 22-year-old, a primary school teacher in the village, said the day was "for the whole place".',
    ]);
    expect(speakerOfWords(story, 3, 'for the whole place')).toBe('Eoin Moran');
  });

  it('reads an arts story\'s "Actor Simone Labrecque" as her name, without the false title', () => {
    const story = madeUpDocument([
      'Actor Simone Labrecque, who was cast in the Playhouse\'s planned fall opener, said she found out the show was cancelled through a group email.',
      '"I\'d already turned down a contract in Regina for it," said Labrecque.',
    ]);
    expect(speakerOfWords(story, 2, 'turned down a contract')).toBe('Simone Labrecque');
  });

  it('keeps a block quotation a colon line brings in its own speaker\'s, whoever quotes its words back inside a sentence', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Housing row"\noutlet: Example News\nkind: news report\n---',
        'Ann Bell says: “He stood there and said we will build three hundred thousand homes every single year, and not one street in this town has seen a new house.”',
        'Prime Minister Mark Tan told delegates:',
        '> “We will build three hundred thousand homes every single year.”',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'three hundred thousand homes')).toBe('Mark Tan');
  });

  it("leaves a bylaw's text, set as a block quotation, to no one a later speaker quotes it inside a sentence", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Dog row"\noutlet: Example News\nkind: news report\n---',
        'The council points to the rules.',
        '> “No tenant shall keep more than two dogs in any council dwelling.”',
        'Jo Hart, a tenant, disagrees. “The bylaw is clear that no tenant shall keep more than two dogs in any council dwelling, but nobody enforces it,” she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'No tenant shall keep')).toBeUndefined();
  });

  it('gives "the firm said" to the unnamed firm the story brings in, not to the carmaker it supplies', () => {
    const story = madeUpDocument(['A components firm that supplies carmaker Nissan announced 400 job losses on Monday.', '“We have had to take difficult decisions to protect the business,” the firm said.']);
    expect(speakerOfWords(story, 2, 'difficult decisions')).not.toBe('Nissan');
  });

  it('reads "One answer from the Ministry of Transport said" as the ministry\'s, not a person\'s called "One answer"', () => {
    const story = madeUpDocument(['One answer from the Ministry of Transport said: “The scheme will be reviewed in the spring.”']);
    expect(speakerOfWords(story, 1, 'reviewed in the spring')).toMatch(/^(?:the )?Ministry of Transport$/);
  });

  it("gives a vox pop's quotation to the name set on its own line over the paragraph going on about her", () => {
    const story = markdownDocument(
      ['---\ntitle: "High street voices"\noutlet: Example News\nkind: news report\n---', 'Traders on the high street are worried.', '**Ruth Ogunleye**', 'She opened her florist in 2019. “Business rates are killing the high street,” she said.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'Business rates are killing')).toBe('Ruth Ogunleye');
  });

  it('reads a company as the company where the story calls it "the owner of" something', () => {
    const story = madeUpDocument(['Hartwell Water Services Ltd will impose a hosepipe ban from Friday.', 'Hartwell Water, the owner of the Brede reservoir, said water levels were low.', '“We have no choice but to act now,” Hartwell Water said.']);
    expect(speakerOfWords(story, 3, 'no choice but to act')).toBe('Hartwell Water Services Ltd');
  });

  it("leaves a bulletin's interview answers to no union when it says whom it caught up with", () => {
    const bulletin = markdownDocument(
      [
        "---\ntitle: \"Frontline, May 2024\"\noutlet: Northern Health Workers Union\nkind: members' bulletin\n---",
        '## Meet a member',
        'We caught up with Gwen, a healthcare assistant at the Royal, about her first year as a rep.',
        '**Q: Why did you become a rep?**',
        'A: I saw colleagues being bullied and nobody stood up for them.',
        '**Q: What would you tell a new member?**',
        'A: Come to the branch meeting. It changes everything.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 6, 'Come to the branch meeting')).not.toBe('Northern Health Workers Union');
  });

  it('gives sentencing remarks\' "You admitted in interview, when the officers put the evidence to you, “…”" to the defendant, and not a brother\'s words he admitted', () => {
    const remarks = madeUpDocument(
      ['Callum Dray, you may remain seated.', 'You admitted that your brother told police, "I saw Callum kick him twice."', 'You admitted in interview, when the officers put the evidence to you, "I hit him, but I never meant to kill him."', 'You accepted at the time that the decision to go to his flat was yours alone: "It was my idea and nobody else\'s."'],
      { kind: 'sentencing remarks', outlet: 'Crown Court at Exeter', author: 'His Honour Judge Peter Lane', title: 'R v Callum Dray: sentencing remarks' },
    );
    expect(speakerOfWords(remarks, 2, 'I saw Callum kick him')).not.toBe('Callum Dray');
    expect(speakerOfWords(remarks, 3, 'I hit him')).toBe('Callum Dray');
    expect(speakerOfWords(remarks, 4, 'It was my idea')).toBe('Callum Dray');
  });

  it("ends a bulletin's column at the next heading, whatever it later says of the columnist", () => {
    const bulletin = markdownDocument(
      [
        "---\ntitle: \"Frontline, April 2024\"\noutlet: Health and Care Staff Union\nkind: members' bulletin\n---",
        "## Rep's corner",
        'This month\'s column is by Gwen Tallis, a healthcare assistant and workplace rep at Severn Vale General Hospital.',
        "When I became a rep six years ago, I thought the job was about big disputes. It isn't.",
        '## Pay offer',
        'We urge every member to vote in the consultation.',
        '## Awards',
        'Gwen Tallis was named rep of the year at the regional conference.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 3, 'I became a rep')).toBe('Gwen Tallis');
    expect(speakerOfWords(bulletin, 5, 'We urge every member')).not.toBe('Gwen Tallis');
  });

  it("reads an inquiry's roll of names in capitals after a word in small letters or a list's number", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Inquiry day 4"\noutlet: Example Inquiry\nkind: inquiry transcript\n---',
        'Counsel for the appellant MR JONATHAN HOLLOWAY KC, instructed by Smith Law.',
        '1. DR PRIYA DESAI (affirmed)',
        'MR HOLLOWAY: Please give your full name.',
        'DR DESAI: Priya Desai. I am a consultant.',
        'MR HOLLOWAY: When did you first see the patient?',
        'DR DESAI: On the Monday morning.',
        'MR HOLLOWAY: Thank you.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 3, 'Please give your full name')).toBe('Jonathan Holloway');
  });

  it('gives an interview\'s answers to "Michael Bloomberg" where the wire that interviews him is "Bloomberg"', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "Michael Bloomberg on cities"\noutlet: Bloomberg\nauthor: Bloomberg\nkind: interview\n---',
        'Michael Bloomberg, the former mayor of New York, spoke to us about cities and climate.',
        'Q: What should mayors do first?',
        'A: Measure everything. You cannot manage what you do not measure.',
        'Q: And the second thing?',
        'A: Build coalitions with business.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 3, 'Measure everything')).toBe('Michael Bloomberg');
  });

  it('reads "Part of the crowd" as no one\'s name', () => {
    const decision = madeUpDocument(['The video showed several hundred people outside a government building. Part of the crowd chanted a slogan that called for the governor to "go home or be carried home".']);
    expect(speakerOfWords(decision, 1, 'go home or be carried home')).not.toBe('Part');
  });

  it('gives a quotation a board paper brings in with "summarised … in her covering letter:" to the one who summarised it', () => {
    const paper = madeUpDocument(['5.2 The Panel\'s chair, Maureen Tiernan, summarised its main finding in her covering letter: "Too many repairs treat the symptom. A wipe-down and a coat of anti-mould paint is not a repair."']);
    expect(speakerOfWords(paper, 1, 'Too many repairs treat the symptom')).toBe('Maureen Tiernan');
  });

  it('gives "the lock said" and "the Strikers captain said" to the player the sentence before is about', () => {
    const rugby = madeUpDocument(['Highveld Hawks coach Bongani Dlamini did not hide behind excuses on Saturday night.', 'Captain Ruan Steenkamp was even more blunt.', '"It\'s embarrassing, to be honest," the lock said.']);
    expect(speakerOfWords(rugby, 3, "It's embarrassing")).toBe('Ruan Steenkamp');
    const cricket = madeUpDocument([
      'The Strikers were wobbling at 41 for three when Pillai was joined by skipper Rahul Venkatesh.',
      'Venkatesh described Pillai\'s innings as "the most mature" he had seen from a young batter in the league.',
      '"He played the situation, not the scoreboard," the Strikers captain said.',
    ]);
    expect(speakerOfWords(cricket, 3, 'He played the situation')).toBe('Rahul Venkatesh');
  });

  it('gives "…, accusing X of “…”" to the one accusing', () => {
    const live = madeUpDocument(['Housing Minister Claire Whitford was asked about the target.', 'Whitford hit back, accusing the Coalition of "wilful amnesia" about its own record.']);
    expect(speakerOfWords(live, 2, 'wilful amnesia')).toBe('Claire Whitford');
  });

  it("gives a summit's declaration and a country team's flash appeal to their issuers", () => {
    const declaration = madeUpDocument(['We, the Heads of State and Government of the countries participating in the Summit, have agreed as follows:', 'Services likely to be accessed by children should be safe by design.'], {
      kind: 'summit declaration',
      outlet: "Solenne Summit on Children's Safety Online",
    });
    expect(speakerOfWords(declaration, 2, 'safe by design')).toBe("Solenne Summit on Children's Safety Online");
    const appeal = madeUpDocument(['The 2024 long rains were the poorest on record in 40 years.', 'Partners will provide assistance in cash wherever markets are functioning.'], { kind: 'humanitarian appeal', outlet: 'Kessaria Humanitarian Country Team' });
    expect(speakerOfWords(appeal, 2, 'assistance in cash')).toBe('Kessaria Humanitarian Country Team');
  });

  describe('the review of this round', () => {
    it('leaves "the cyclist said" to the cyclist the story brings in unnamed, and "the Strikers captain" to no other team\'s manager', () => {
      const crash = madeUpDocument(['A cyclist was seriously injured when he was hit by a lorry at the junction on Monday.', 'Councillor Jane Roberts said the junction had been a known danger for years.', '"I was lucky to survive," the cyclist said.']);
      expect(speakerOfWords(crash, 3, 'lucky to survive')).not.toBe('Jane Roberts');
      const derby = madeUpDocument(['Strikers captain Tom Hale led the celebrations after the final whistle.', 'Rovers manager Gary Pike was furious with the referee.', '"We deserved that," the Strikers captain said.']);
      expect(speakerOfWords(derby, 3, 'We deserved that')).toBe('Tom Hale');
    });

    it('gives a video "accusing" someone to no one, the participle going on from no speaker', () => {
      const story = madeUpDocument(['Police arrested a 52-year-old man after a video circulated online accusing Mayor Tom Reed of "systematic corruption at city hall".']);
      expect(speakerOfWords(story, 1, 'systematic corruption')).toBeUndefined();
    });

    it('leaves a byline\'s name line out of a "she said" the next paragraph opens with a quotation for', () => {
      const story = markdownDocument(['---\ntitle: "Powers"\noutlet: Example News\nauthor: Jane Roe\nkind: news report\n---', 'Jane Roe', '"We will not back down on this," she said on Monday, as Home Secretary Yvette Cooper unveiled new powers.'].join('\n\n'));
      expect(speakerOfWords(story, 2, 'We will not back down')).not.toBe('Jane Roe');
    });

    it("keeps a columnist's own question in her column", () => {
      const bulletin = markdownDocument(
        [
          "---\ntitle: \"Frontline\"\noutlet: Health and Care Staff Union\nkind: members' bulletin\n---",
          "## Rep's corner",
          "This month's column is by Gwen Tallis, a healthcare assistant and workplace rep at Severn Vale General Hospital.",
          'For years the ward ran on goodwill.',
          'So what changed?',
          'We stopped pretending that goodwill was a staffing plan.',
        ].join('\n\n'),
      );
      expect(speakerOfWords(bulletin, 5, 'We stopped pretending')).toBe('Gwen Tallis');
    });

    it("gives no defendant the words of an assessment or a verdict they accepted", () => {
      const remarks = madeUpDocument(['Callum Dray, you may remain seated.', 'In interview you admitted, when pressed, the probation officer\'s assessment that you were "a high risk of serious harm".'], { kind: 'sentencing remarks', outlet: 'Crown Court at Exeter', author: 'His Honour Judge Peter Lane', title: 'R v Callum Dray: sentencing remarks' });
      expect(speakerOfWords(remarks, 2, 'a high risk of serious harm')).not.toBe('Callum Dray');
    });

    it('reads "Ian Field, the owner of the company, said he …" as the man, beside Ian Field Services Ltd', () => {
      const story = madeUpDocument(['Ian Field Services Ltd was fined after waste was dumped in a field near Ashford.', 'Ian Field, the owner of the company, said he deeply regretted the incident.', '"It will not happen again," Ian Field said.']);
      expect(speakerOfWords(story, 3, 'It will not happen again')).toBe('Ian Field');
    });

    it('keeps "the company said" the retailer\'s where only a company spokesman is brought in unnamed', () => {
      const story = madeUpDocument(['Shares in homeware retailer Halloway Home plunged 20% on Tuesday. A company spokesman declined to comment.', '"We remain confident in our plan," the company said.']);
      expect(speakerOfWords(story, 2, 'We remain confident')).toBe('Halloway Home');
    });

    it('keeps "Poet Laureate Simon Armitage" whole, and initials a person of the story has his', () => {
      const poem = madeUpDocument(['Poet Laureate Simon Armitage has written a poem for the coronation.', '"It was an honour," Armitage said.']);
      expect(speakerOfWords(poem, 2, 'It was an honour')).not.toBe('Laureate Simon Armitage');
      const fight = madeUpDocument(['Anthony Joshua will fight again in December. Arena Jordan Ltd, which runs the venue, confirmed the date.', '"I am ready for anyone," AJ said.']);
      expect(speakerOfWords(fight, 2, 'I am ready for anyone')).not.toBe('Arena Jordan Ltd');
    });

    it("leaves a union release's Q&A the union's where its general secretary spoke to a broadcaster", () => {
      const release = markdownDocument(
        [
          '---\ntitle: "Pay offer: your questions answered"\noutlet: Unison\nkind: press release\n---',
          'General secretary Christina McAnea spoke to BBC Breakfast on Monday about the offer.',
          'Q: When will members vote?',
          'A: The ballot opens on 3 June and closes on 24 June.',
          'Q: Is the offer final?',
          'A: The employers say so. We do not accept that.',
        ].join('\n\n'),
      );
      expect(speakerOfWords(release, 3, 'The ballot opens')).toBe('Unison');
    });
  });
});
