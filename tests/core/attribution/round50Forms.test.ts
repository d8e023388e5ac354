import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 50's first batch: an AGM's members and scrutineer, a central bank's opening remarks, an engineer's title", () => {
  it("gives an AGM transcript's member and scrutineer labels to the names in their parentheses, and an unidentified member to nobody", () => {
    const agm = markdownDocument(
      [
        '---\ntitle: "Annual General Meeting 2025 – verbatim transcript"\noutlet: Fernlea Building Society\nkind: AGM transcript\n---',
        '**THE CHAIR (Ruth Ambler):** Good morning, everybody. I declare the meeting open.',
        '**MEMBER (Gordon Pyle, Keighley branch):** Thank you, Chair. How much did the directors take home?',
        '**THE CHAIR:** I will take that one. It is on page 40.',
        '**MEMBER (unidentified, from the floor):** What about the savings rates?',
        '**THE CHAIR:** Could I ask you to come to the microphone, sir?',
        '**SCRUTINEER (Alice Mensah, Elector Services Ltd):** Resolution 1: for, 1,204; against, 18. The resolution is carried.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agm, 2, 'How much did the directors take home?')).toBe('Gordon Pyle');
    expect(speakerOfWords(agm, 4, 'What about the savings rates?')).toBeUndefined();
    expect(speakerOfWords(agm, 6, 'The resolution is carried.')).toBe('Alice Mensah');
    expect(speakerOfWords(agm, 5, 'Could I ask you')).toBe('Ruth Ambler');
  });

  it("gives a central bank's opening remarks, headed with the governor's name before the labelled questions, to the governor", () => {
    const conference = markdownDocument(
      [
        '---\ntitle: "Monetary Policy Summary and press conference, May 2025"\noutlet: Bank of Carrowmore\nkind: policy summary and transcript\n---',
        'The Monetary Policy Committee voted by a majority of 6–3 to hold the policy rate at 3.75%.',
        '# Governor\'s press conference',
        '**Opening remarks by Governor Ilse Marchetti**',
        'Good afternoon, and thank you for coming.',
        'Let me explain why we held. Inflation has come down a long way, but we are not there yet.',
        '**Transcript of questions and answers**',
        '**Chair (Tomas Berg, Head of Media Relations):** Thank you, Governor. We will start with Hannah.',
        '**Hannah Corr, Carrowmore Broadcasting:** Governor, is today\'s decision a mistake?',
        '**Governor Ilse Marchetti:** No, I do not think it is.',
        '**Hannah Corr:** And the three members who voted for a cut?',
        '**Governor Ilse Marchetti:** You will have to wait for the minutes.',
        '**Chair:** One more question. Owen, at the back.',
        '**Owen Leary, Financial Daily:** Governor, on trade. What does a tariff mean for rates?',
        '**Governor Ilse Marchetti:** It could go either way.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(conference, 1, 'voted by a majority')).toBeUndefined();
    expect(speakerOfWords(conference, 3, 'Opening remarks')).toBeUndefined();
    expect(speakerOfWords(conference, 5, 'Let me explain why we held.')).toBe('Ilse Marchetti');
    expect(speakerOfWords(conference, 9, 'No, I do not think it is.')).toBe('Ilse Marchetti');
  });

  it("reads the Philippine press's \"Engineer\" as a title and the Nigerian press's opening \"Reacting,\" as no name", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Traders count losses after market demolition"\noutlet: Lagos Ledger\nkind: news report\n---',
        'Engineer Rodolfo Tabuzo, the town\'s disaster officer, said: "We started early. People trust a face more than a phone."',
        'Traders said they were given two days\' notice before the bulldozers arrived.',
        'Reacting, the chairman of the Kuto Dealers Association, Alhaji Musa Lawal, described the demolition as "wicked and avoidable".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'People trust a face')).toBe('Rodolfo Tabuzo');
    expect(speakerOfWords(story, 3, 'wicked and avoidable')).toBe('Musa Lawal');
  });
});

describe("round 50's second batch: an organisation's last word, a peer's place, a web page's buttons", () => {
  it("gives \"the Observatory\" to the one organisation named ending in it, not a paper's short name, and a peer his peerage's place", () => {
    const blog = markdownDocument(
      [
        '---\ntitle: "Typhoon: live updates"\noutlet: Harbour Free Press\nkind: live blog\n---',
        "The Hong Kong Observatory raised the city's highest storm warning at 3:40 a.m.",
        '"Members of the public should stay away from the shoreline," the Observatory said in a statement.',
        'The Daily Telegraph carried the story on its front page.',
        'In its editorial, the Telegraph argues that the warning "came too late for the islands".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(blog, 2, 'stay away from the shoreline')).toBe('Hong Kong Observatory');
    expect(speakerOfWords(blog, 4, 'came too late')).not.toBe('Daily Telegraph');
    const writeUp = markdownDocument(
      [
        '---\ntitle: "Can the high street survive?"\noutlet: Foundry Institute\nkind: news report\n---',
        '**Panel:** Lord Ashworth of Kelby, former chair of the Retail Consortium; Nadia Haroun, chief economist, Cardew Partners',
        'Lord Ashworth, who chaired the Retail Consortium for six years, was blunt. "It is a phenomenon of people who work at laptops," he said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(writeUp, 2, 'work at laptops')).toBe('Lord Ashworth of Kelby');
  });

  it("reads a web page's buttons as no one's name", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Yusuf\'s story"\noutlet: Harbour Welcome\nkind: news report\n---',
        'Yusuf waited nineteen months for a decision on his claim.',
        '“In Sudan I was responsible for a team of twelve people,” he says. “Here, I was responsible for nothing.”',
        "[Donate now] [Volunteer with us] [Share Yusuf's story]",
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'Donate now')).toBeUndefined();
    expect(speakerOfWords(story, 2, 'responsible for nothing')).not.toBe('Share Yusuf');
  });
});

describe("round 50's third batch: a body's field report and event write-up", () => {
  it("gives a charity's field report to the adviser who wrote it, its programme's field lines to nobody, and a newsroom's to nobody", () => {
    const text = [
      '**Programme:** Lower Valley Flood Recovery',
      '**Reporting period:** October 2024 – January 2025',
      'This report draws on my visit to six villages in January. Our work on raised grain stores has been too slow.',
    ];
    const charity = markdownDocument(['---\ntitle: "Field report: after the floods"\noutlet: Harvest Gate International\nauthor: Miriam Achterberg\nkind: field report\n---', ...text].join('\n\n'));
    expect(speakerOfWords(charity, 3, 'Our work on raised grain stores')).toBe('Miriam Achterberg');
    expect(speakerOfWords(charity, 1, 'Lower Valley Flood Recovery')).toBeUndefined();
    expect(speakerOfWords(charity, 2, 'October 2024')).toBeUndefined();
    const newsroom = markdownDocument(['---\ntitle: "Field report: after the floods"\noutlet: The Valley Herald\nauthor: Miriam Achterberg\nkind: field report\n---', ...text].join('\n\n'));
    expect(speakerOfWords(newsroom, 3, 'Our work on raised grain stores')).toBeUndefined();
  });

  it("gives a think tank's event write-up to its researcher, its panel's roster to nobody", () => {
    const writeUp = markdownDocument(
      [
        '---\ntitle: "Event write-up: can the high street survive?"\noutlet: The Foundry Institute\nauthor: Kieran Maddox\nkind: event write-up\n---',
        '**Panel:** Nadia Haroun, chief economist, Cardew Partners; Phil Corrigan, founder, Corrigan\'s Hardware',
        'Last Tuesday around 140 people squeezed into our offices. Three points stood out for me.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(writeUp, 2, 'Three points stood out for me')).toBe('Kieran Maddox');
    expect(speakerOfWords(writeUp, 1, 'Nadia Haroun')).toBeUndefined();
  });
});

describe("round 50's review: members' seats, newsrooms' dispatches, surnames, short names, a statement's narration", () => {
  it("keeps a member's seat and party in a label's parentheses as no name, and names a shareholder past her title", () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Hearing on wildfire funding"\noutlet: Senate Committee on Energy\nkind: hearing transcript\n---',
        'SENATOR GRAHAM (South Carolina, R): Thank you for coming. I have a simple question.',
        'WITNESS (Dr Laura Chen, Forest Service): We need more money for crews.',
        'MS JONES (West Bromwich, Labour): I agree with the senator.',
        'SHAREHOLDER (Dr. Anne Lee, online): Why has the dividend been cut?',
        'MEMBER (Halifax): Why are savings rates so low?',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 1, 'I have a simple question')).toBe('Graham');
    expect(speakerOfWords(hearing, 3, 'I agree with the senator')).toBe('Ms Jones');
    expect(speakerOfWords(hearing, 4, 'Why has the dividend been cut?')).toBe('Anne Lee');
    expect(speakerOfWords(hearing, 5, 'Why are savings rates so low?')).not.toBe('Halifax');
  });

  it("keeps a newsroom's field report journalism, and a surname \"Engineer\" a surname", () => {
    const dispatch = markdownDocument(
      [
        '---\ntitle: "Inside the last hospital"\noutlet: CNN International\nauthor: Nima Elbagir\nkind: field report\n---',
        'The corridors of the hospital are lined with patients lying on the floor. Doctors here have not been paid for eight months.',
        'Senior advocate Farhad Engineer, who argued for the trustees, welcomed the ruling. "The court has protected the community\'s rights," he said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(dispatch, 1, 'Doctors here have not been paid')).toBeUndefined();
    expect(speakerOfWords(dispatch, 2, "protected the community's rights")).toBe('Farhad Engineer');
  });

  it("keeps \"the Fed\" and \"the House\" their own, a peer's place without its possessive, and a statement's heading off the record's narration", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Rates held"\noutlet: Valley Wire\nkind: news report\n---',
        'Factory activity in Texas slowed for a third month, the Dallas Fed said on Monday.',
        'The Fed held interest rates steady. "Uncertainty remains elevated," the Fed said in its statement.',
        "Peers voted by 212 to 180 for Lord Ashworth of Kelby's amendment on Tuesday night.",
        '"This is a victory for rural communities," Lord Ashworth said after the vote.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Uncertainty remains elevated')).not.toBe('Dallas Fed');
    expect(speakerOfWords(story, 4, 'a victory for rural communities')).toBe('Lord Ashworth of Kelby');
    const briefing = markdownDocument(
      [
        '---\ntitle: "Flood briefing"\noutlet: Office of the Premier\nkind: press conference transcript\n---',
        'Remarks by Premier David Eby',
        'Good morning. The river has crested at Abbotsford. Crews worked through the night.',
        'Premier Eby was joined by Emergency Management Minister Kelly Greene. Reporters then asked questions.',
        'REPORTER: Premier, when will the highway reopen?',
        'PREMIER EBY: Not before the weekend.',
        'REPORTER: And the dikes?',
        'PREMIER EBY: They held.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 2, 'The river has crested')).toBe('David Eby');
    expect(speakerOfWords(briefing, 3, 'Reporters then asked questions')).toBeUndefined();
  });

  it("gives a release's \"Project:\" sentence to its issuer, and an obituary's \"she\" to no man the story calls her husband", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Town centre fund approved"\noutlet: Kelby Borough Council\nkind: press release\n---',
        'Kelby has been awarded £12 million from the Town Centres Fund.',
        'Project: The money will pay for a new market hall and bus station. Work will start in spring 2026.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 2, 'Work will start in spring 2026')).toBe('Kelby Borough Council');
    const obituary = markdownDocument(
      [
        '---\ntitle: "Broadcaster dies at 84"\noutlet: Manila Courier\nkind: obituary\n---',
        'Her husband, Jose Villaraza, a civil engineer, died in 2008.',
        'Villaraza received the Gawad Plaridel for broadcasting in 2011. She was typically modest about the honor.',
        '"I only read what they wrote," she told the Courier in 2015.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(obituary, 3, 'I only read what they wrote')).not.toBe('Jose Villaraza');
  });
});

describe("round 50's second review: outlets in a reporter's parentheses, a given name's label, NGOs' initials, a style anywhere", () => {
  it("keeps a four-word outlet in a reporter's parentheses no speaker, and names a given name's label by its parentheses", () => {
    const conference = markdownDocument(
      [
        '---\ntitle: "Press conference on the aid corridor"\noutlet: Ministry of Defence\nkind: press conference transcript\n---',
        'MR SECRETARY (Peter Hart, Home Office): We will consider it.',
        'Q (Wall Street Journal Europe): Is the EU contributing?',
        'MR SECRETARY: It is.',
        'QUESTION (Mark de la Cruz): And the volunteers?',
        'MR SECRETARY: They are welcome.',
        'PETER (Peter Dunne, Ohariu): I oppose the corridor.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(conference, 2, 'Is the EU contributing?')).not.toBe('Wall Street Journal Europe');
    expect(speakerOfWords(conference, 4, 'And the volunteers?')).toBe('Mark de la Cruz');
    expect(speakerOfWords(conference, 6, 'I oppose the corridor.')).toBe('Peter Dunne');
  });

  it("gives an NGO's field report to its writer whatever initials open its name, and drops a profession's style wherever the name stands", () => {
    const report = markdownDocument(
      ['---\ntitle: "Field report: Dadaab"\noutlet: CARE International\nauthor: Sarah Mwangi\nkind: field report\n---', 'Our team spent three days in the camps last week. We met families who had walked for weeks.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'We met families')).toBe('Sarah Mwangi');
    const story = markdownDocument(
      [
        '---\ntitle: "Bridge declared safe"\noutlet: Bicol Courier\nkind: news report\n---',
        'The council\'s chief engineer, Engineer Rodolfo Tabuzo, inspected the site on Monday. "The structure is safe," Tabuzo said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'The structure is safe')).toBe('Rodolfo Tabuzo');
  });
});
