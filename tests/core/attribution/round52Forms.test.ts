import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 52: a subject before a second predicate, roles and possessives before a name, exchange filings and proclamations, a podcast's page", () => {
  it('reads the subject of "declined … but said" as its opening description and body, not every word before the verb', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Banks race to meet capital deadline"\noutlet: BusinessDay\nkind: news report\n---',
        'Nigerian lenders are racing to raise capital before the deadline, analysts said on Tuesday.',
        'A spokesman for the Committee of Bank Chief Executives declined to comment on individual lenders but said the industry was "largely on track".',
        'A spokesman for the ministry declined to comment but said the plan was "on course".',
      ].join('\n\n'),
    );
    // (The body an unnamed spokesperson speaks for, round 64: the labelling guide's rule.)
    expect(speakerOfWords(story, 2, 'largely on track')).toBe('Committee of Bank Chief Executives');
    expect(speakerOfWords(story, 3, 'on course')).toBe('a spokesman for the ministry');
  });

  it("drops a player's role before a name, and reads a name set beside a possessive's noun", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Late header sends Stars into final"\noutlet: AFP\nkind: match report\n---',
        'Substitute Ousmane Diallo headed an 88th-minute winner as Sahel Stars beat Nile Olympic 2-1 in Cairo on Sunday.',
        '"I just closed my eyes and jumped," Diallo told reporters in the mixed zone.',
        'Okonjo\'s agent, Marcel Duvalier, had been publicly critical of the club\'s stance, accusing it of "moving the goalposts" during negotiations.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'I just closed my eyes')).toBe('Ousmane Diallo');
    expect(speakerOfWords(report, 3, 'moving the goalposts')).toBe('Marcel Duvalier');
  });

  it("gives an exchange announcement's, an SEC filing's and a proclamation's own text to their issuer or signer", () => {
    const asx = markdownDocument(
      [
        '---\ntitle: "Board approves Final Investment Decision"\noutlet: Wandoo Ridge Minerals Limited\nkind: ASX announcement\n---',
        'Wandoo Ridge Minerals Limited is pleased to announce that its Board has approved a Final Investment Decision.',
        'Wandoo Ridge Chairman, Mr Graham Tulloch AM, said the decision was the most important in the Company\'s history.',
        '"Today the Board has committed to building a mine," Mr Tulloch said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(asx, 1, 'is pleased to announce')).toBe('Wandoo Ridge Minerals Limited');
    expect(speakerOfWords(asx, 3, 'Today the Board has committed')).toBe('Graham Tulloch');
    const filing = markdownDocument(
      [
        '---\ntitle: "Marrowfield Therapeutics — Form 8-K"\noutlet: Marrowfield Therapeutics, Inc.\nkind: SEC current report (Form 8-K)\n---',
        'On May 5, 2025, Gregory Tamsin notified the Company of his intention to resign as Chief Financial Officer.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(filing, 1, 'notified the Company')).toBe('Marrowfield Therapeutics, Inc.');
    const proclamation = markdownDocument(
      [
        '---\ntitle: "Proclamation: Volunteer Firefighter Appreciation Week"\noutlet: Office of the Governor, State of Montana\nauthor: Harlan J. Whitaker\nkind: proclamation\n---',
        '**WHEREAS,** more than 7,400 Montanans serve as volunteer firefighters across our state; and',
        '**NOW, THEREFORE, I, HARLAN J. WHITAKER,** Governor of the State of Montana, do hereby proclaim April 13–19, 2025 as Volunteer Firefighter Appreciation Week.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(proclamation, 1, 'more than 7,400 Montanans')).toBe('Harlan J. Whitaker');
    // (A news report on a proclamation stays journalism.)
    const story = markdownDocument(
      [
        '---\ntitle: "Governor proclaims firefighters week"\noutlet: Helena Courier\nkind: news report\n---',
        'The governor proclaimed a week of thanks for volunteer firefighters on Wednesday.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'proclaimed a week')).toBeUndefined();
  });

  it("reads a podcast page's release line as no label, a clip's label as its speaker's, and a timed clip heading as nobody's", () => {
    const podcast = markdownDocument(
      [
        '---\ntitle: "Common Ground, Episode 88"\noutlet: Prairie Cities Institute\nkind: podcast transcript\n---',
        '**Released:** February 6, 2025 · **Running time:** 41:12',
        '**In this episode:** Kessington spent its snow budget by January.',
        '**LENA MARCHUK:** Hi, and welcome to Common Ground. I\'m Lena Marchuk.',
        '**LENA MARCHUK:** Here\'s how that went over at council the following week.',
        '**[00:00:41] [CLIP — Kessington City Council meeting, January 20, 2025]**',
        '**COUNCILLOR RAY FONTAINE (clip):** We do this every single year. I\'m not shocked. I\'m embarrassed.',
        '**LENA MARCHUK:** That\'s Councillor Ray Fontaine. Denise, welcome.',
        '**DENISE PELLETIER:** Thanks, Lena. Glad to be here.',
        '**LENA MARCHUK:** Denise, start us off.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(podcast, 1, 'February 6, 2025')).toBeUndefined();
    expect(speakerOfWords(podcast, 2, 'spent its snow budget')).toBeUndefined();
    expect(speakerOfWords(podcast, 5, 'CLIP')).toBeUndefined();
    expect(speakerOfWords(podcast, 6, "I'm embarrassed.")).toBe('Ray Fontaine');
    expect(speakerOfWords(podcast, 7, 'Denise, welcome.')).toBe('Lena Marchuk');
  });

  it('reads a library as no woman a "she" stands for', () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Faculty Board – Minutes"\noutlet: University of Westmoor\nkind: board minutes\n---',
        '**Present:** Professor Imogen Thwaite (Dean, Chair); Dr Lewis Garside (Head, School of Languages).',
        '32.1 Minute FB/24/22.3 (Library opening hours): the Faculty Manager reported that the Library had agreed to extend opening hours. **NOTED.**',
        '33.2 The Dean stated that no compulsory redundancies were proposed. She asked that her words be minuted exactly: "I will not bring a proposal for compulsory redundancies to this Board."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 3, 'I will not bring a proposal')).toBe('Imogen Thwaite');
  });

  it("gives a board's agenda to its issuer and the public's written comments printed in it to their commenters", () => {
    const agenda = markdownDocument(
      [
        '---\ntitle: "Regular Meeting of the Board of Education – Agenda"\noutlet: Pinecrest Valley Unified School District\nkind: board agenda\n---',
        '**8.1 Consolidation of Westfield Elementary**',
        '*Background:* Enrollment at Westfield has declined from 412 students to 238.',
        '**9. WRITTEN PUBLIC COMMENTS RECEIVED – ITEM 8.1**',
        '*Comment 1 — Maria Delgado, parent, Westfield Elementary*',
        'I have two children at Westfield and I walk them to school every day.',
        'I came to every meeting. I do not feel heard. Please vote no.',
        '*Comment 2 — Name withheld at the commenter\'s request*',
        'I work for the District and I cannot give my name.',
        '*Comment 3 — Westfield Elementary Parent Teacher Club*',
        'We ask the Board to delay any decision by one year.',
        '**10. ADJOURNMENT**',
        'The next regular meeting of the Board is scheduled for Tuesday, April 22, 2025.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agenda, 2, 'Enrollment at Westfield has declined')).toBe('Pinecrest Valley Unified School District');
    expect(speakerOfWords(agenda, 4, 'Maria Delgado')).toBeUndefined();
    expect(speakerOfWords(agenda, 5, 'I walk them to school')).toBe('Maria Delgado');
    expect(speakerOfWords(agenda, 6, 'Please vote no.')).toBe('Maria Delgado');
    expect(speakerOfWords(agenda, 8, 'I cannot give my name')).toBeUndefined();
    expect(speakerOfWords(agenda, 10, 'We ask the Board')).toBe('Westfield Elementary Parent Teacher Club');
    expect(speakerOfWords(agenda, 12, 'The next regular meeting')).toBe('Pinecrest Valley Unified School District');
  });

  it("gives an interview's answers to the full name its introduction gives the title's surname, and a source to the name she gives", () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'Qatar can be the region\'s cold-chain hub\': Al Kuwari"\noutlet: The Peninsula\nauthor: Mohammed Iqbal\nkind: interview\n---',
        'Doha: Qatar\'s food-logistics sector is entering a new phase, according to Fatima Al Kuwari, Chief Executive Officer of Lusail Cold Logistics.',
        'In an interview with The Peninsula, Al Kuwari spoke about the company\'s expansion plans. Excerpts:',
        '**Lusail Cold Logistics has grown quickly. What is behind that?**',
        'The simple answer is demand. That is our business.',
        '**How big is the market?**',
        'There is no official figure that I trust completely.',
        '**What comes next?**',
        'We plan to double our fleet.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 4, 'The simple answer is demand.')).toBe('Fatima Al Kuwari');
    const story = markdownDocument(
      [
        '---\ntitle: "Drought pushes up market prices"\noutlet: The Gleaner\nkind: news report\n---',
        'Vendors at the Santa Cruz market say prices have doubled.',
        '"Last month a pound of tomato was $250. Now it a go $400," said one vendor, who gave her name only as Pearlie.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'Now it a go $400')).toBe('Pearlie');
  });

  it('keeps what the review of round 52 found: surnames, companies, headlines, summaries, cues and a paper\'s agenda', () => {
    const names = markdownDocument(
      [
        '---\ntitle: "Winger returns to Broadway"\noutlet: The New York Times\nkind: news report\n---',
        'Debra Winger is returning to Broadway this spring after two decades away.',
        '"I\'ve missed the live audience," Winger said in an interview.',
        'APM Terminals, which operates Port Botany, said the strike had ended. APM said talks were "continuing".',
        'A report by the Oireachtas finance committee found lenders had been slow to act and said borrowers deserved "better treatment".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(names, 2, 'missed the live audience')).toBe('Debra Winger');
    expect(speakerOfWords(names, 3, 'continuing')).toBe('APM Terminals');
    expect(speakerOfWords(names, 4, 'better treatment')).toBe('Oireachtas finance committee');
    const blog = markdownDocument(
      [
        '---\ntitle: "Election night live"\noutlet: The Herald\nkind: live blog\n---',
        'Comment 1 — Anas Sarwar concedes in Glasgow East',
        'The Scottish Labour leader was seen leaving the count. His party lost the seat by 412 votes.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(blog, 2, 'His party lost the seat')).toBeUndefined();
    const agenda = markdownDocument(
      [
        '---\ntitle: "Board of Education – Agenda"\noutlet: Westfield Unified School District\nkind: board agenda\n---',
        '*Comment 1 — Maria Delgado, parent*',
        'I am writing to oppose the boundary change.',
        'Please reconsider.',
        'Ms Delgado also attended the March meeting. The board thanked her.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agenda, 3, 'Please reconsider.')).toBe('Maria Delgado');
    expect(speakerOfWords(agenda, 4, 'The board thanked her.')).toBe('Westfield Unified School District');
    const week = markdownDocument(['---\ntitle: "The week ahead"\noutlet: Financial Times\nkind: agenda\n---', 'Tuesday: UK unemployment figures. Economists expect a rise.'].join('\n\n'));
    expect(speakerOfWords(week, 1, 'Economists expect a rise.')).toBeUndefined();
    const script = markdownDocument(
      [
        '---\ntitle: "The bridge that never was"\noutlet: Kessington Public Radio\nkind: podcast transcript\n---',
        '**HOST:** Welcome back. Here is how it sounded in 2019.',
        '**NEWSREADER (archive):** Good evening. The council has shelved the bridge.',
        '**SOT (archive footage):** We were promised a bridge and we got a car park.',
        '**HOST:** That was then.',
        '**HOST:** And this is now.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(script, 3, 'we got a car park')).toBeUndefined();
  });

  it('keeps what the second review of round 52 found: a comment\'s first paragraph, a paper\'s agenda, a relative\'s words, a full name', () => {
    const responses = markdownDocument(
      [
        '---\ntitle: "Church Road closure: consultation responses"\noutlet: Harlow District Council\nkind: consultation responses\n---',
        'Comment 2 — Peter Gowan, resident',
        'The closure will simply push traffic onto Church Road, which has no pavement.',
        'Comment 3 — Susan Ward, business owner',
        'Strongly oppose the closure. Deliveries to Harlow Market would become impossible.',
        'Officers have considered all the responses. A revised plan will go to Cabinet on 12 June.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(responses, 2, 'push traffic onto Church Road')).toBe('Peter Gowan');
    expect(speakerOfWords(responses, 4, 'Strongly oppose the closure.')).toBe('Susan Ward');
    expect(speakerOfWords(responses, 5, 'Officers have considered')).toBe('Harlow District Council');
    const week = markdownDocument(['---\ntitle: "The week ahead"\noutlet: Kansas City Star\nkind: agenda\n---', 'Monday: The City Council takes up the stadium financing plan.'].join('\n\n'));
    expect(speakerOfWords(week, 1, 'stadium financing plan')).toBeUndefined();
    const story = markdownDocument(
      [
        '---\ntitle: "Traders evicted"\noutlet: Daily Nation\nkind: news report\n---',
        'Market traders were evicted overnight.',
        '"We have nowhere else to go," said the husband of one vendor, who gave her name only as Pearlie.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'nowhere else to go')).toBe('the husband of one vendor');
  });
});
