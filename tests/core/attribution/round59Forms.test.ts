import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 59: nicknames, Irish names and titles, bodies' reports, meetings' results and Hansard's witness lines", () => {
  it('names one printed with a nickname in quotation marks by the given name and surname, however the story calls them after', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Last bannock"\noutlet: The Southern Reporter\nkind: news report\n---',
        'Baker Walter "Wattie" Anderson closed the doors of his bakery for the last time on Saturday.',
        '"I\'ve never seen anything like it," said Mr Anderson, 66.',
        'Wattie started as an apprentice at 16.',
        '"No chance," he said.',
        '*Wattie Anderson with the last tray of bannocks.*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'never seen anything')).toBe('Walter Anderson');
    expect(speakerOfWords(story, 4, 'No chance')).toBe('Walter Anderson');
    const match = markdownDocument(
      ['---\ntitle: "Final bound"\noutlet: The Oban Times\nkind: sports match report\n---', 'Loch Shiel manager Iain "Tosh" MacInnes was proud of his side.', '"We didn\'t fold," MacInnes said.'].join('\n\n'),
    );
    expect(speakerOfWords(match, 2, "didn't fold")).toBe('Iain MacInnes');
    // (An abbreviated given name before it is the name's, a senator's "Ma."; a sentence's opening word is a false title.)
    const release = markdownDocument(
      ['---\ntitle: "No more excuses"\noutlet: Senate of the Philippines\nkind: news report\n---', 'Senator Ma. Consuelo "Connie" Villarama-Sison on Tuesday gave the department a deadline.', '"It has been seven months," Villarama-Sison said.'].join('\n\n'),
    );
    expect(speakerOfWords(release, 2, 'seven months')).toBe('Ma. Consuelo Villarama-Sison');
  });

  it('keeps Irish\'s article in a body\'s name ("An Post") and reads "Fr", "Postmistress" and "PP" as a priest\'s and a keeper\'s titles', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Post office to close"\noutlet: Western People\nkind: news report\n---',
        'Postmistress Teresa Walsh, who has run the office for 37 years, is retiring.',
        'Mrs Walsh said she had never expected to be "the last one to turn the key".',
        'Parish priest Fr Liam Geraghty chaired the meeting.',
        '"A village is people," Fr Geraghty said.',
        'In a statement, An Post said it recognised "the important role" of the office.',
        '"An MP will raise it," an MP said.',
        '*Pictured: Fr Liam Geraghty PP and postmistress Teresa Walsh.*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'last one to turn')).toBe('Teresa Walsh');
    expect(speakerOfWords(story, 4, 'village is people')).toBe('Liam Geraghty');
    expect(speakerOfWords(story, 5, 'important role')).toBe('An Post');
    expect(speakerOfWords(story, 6, 'will raise it')).toBe('an MP');
  });

  it("gives an ombudsman's final report on a complaint to its author, a royal commission's interim report chapter and a committee's report to their bodies", () => {
    const ombudsman = markdownDocument(
      ['---\ntitle: "Delay in reinstating a licence"\noutlet: Office of the Transport Ombudsman\nauthor: Rosalind Achterberg\nkind: ombudsman\'s final report on an individual complaint\n---', 'Mr C held a licence for 31 years.', 'I have found that the delay was unreasonable.'].join('\n\n'),
    );
    expect(speakerOfWords(ombudsman, 2, 'I have found')).toBe('Rosalind Achterberg');
    const commission = markdownDocument(
      ['---\ntitle: "Chapter 4: Staffing at night"\noutlet: Royal Commission into Residential Care\nkind: royal commission interim report chapter\n---', '4.1.1 Of all the matters raised with us, staffing at night was the most frequent.', '4.4.1 We accept that funding is a real constraint.'].join('\n\n'),
    );
    expect(speakerOfWords(commission, 2, 'We accept')).toBe('Royal Commission into Residential Care');
    // (A report Parliament's series files, headed with the committee's name: the committee's.)
    const committee = markdownDocument(
      [
        '---\ntitle: "Report on an oversight visit"\noutlet: Parliament of the Republic, Announcements, Tablings and Committee Reports\nkind: parliamentary portfolio committee oversight report\n---',
        '**COMMITTEE REPORTS**',
        '**Report of the Portfolio Committee on Water and Sanitation on its oversight visit to Nkanyezi, dated 19 March 2025**',
        '6.1 The Committee is deeply concerned that residents have been without water for months.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(committee, 3, 'deeply concerned')).toBe('Portfolio Committee on Water and Sanitation');
    // (Not a newsroom's "news report on …".)
    const story = markdownDocument(['---\ntitle: "Water visit"\noutlet: The Witness\nkind: news report on a committee visit\n---', 'The Committee is deeply concerned, its chair said.'].join('\n\n'));
    expect(speakerOfWords(story, 1, 'deeply concerned')).toBeUndefined();
  });

  it('reads a meeting\'s "CARRIED UNANIMOUSLY" under each resolution as no speaker\'s heading: the minutes after it are nobody\'s', () => {
    const minutes = markdownDocument(
      [
        '---\ntitle: "Minutes"\noutlet: Warrambool Shire Council\nkind: local council ordinary meeting minutes\n---',
        'RESOLVED 25/071 (Cr Barnes / Cr Tully)\nThat the minutes of the meeting held on 25 March 2025 be confirmed.',
        'CARRIED UNANIMOUSLY',
        'Mr Hulme, a resident of Kurrajong Road, spoke against the recommendation.',
        'RESOLVED 25/073 (Cr Ogunleye / Cr Barnes)\nThat Council defer the fourth rates instalment.',
        'CARRIED',
        'Cr Ogunleye spoke to his motion.',
        'RESOLVED 25/074 (Cr Tully / Cr Fenech)\nThat Council adopt the budget review.',
        'CARRIED UNANIMOUSLY',
        'The General Manager advised that a hardship policy already existed.',
        'RESOLVED 25/075 (Cr Barnes / Cr Tully)\nThat Council approve DA 2024/118.',
        'CARRIED',
        'A division was called.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(minutes, 3, 'spoke against')).toBeUndefined();
    expect(speakerOfWords(minutes, 9, 'hardship policy')).toBeUndefined();
    expect(speakerOfWords(minutes, 12, 'division was called')).toBeUndefined();
  });

  it('names a committee Hansard\'s "Mr Halloran:" in full by its witness line "HALLORAN, Mr Neil, Chief Executive Officer, …"', () => {
    const hansard = markdownDocument(
      [
        '---\ntitle: "Reliability of regional telecommunications"\noutlet: Parliament of Australia, Committee Hansard\nkind: transcript of a Senate committee public hearing\n---',
        '**HALLORAN, Mr Neil, Chief Executive Officer, Regional Connectivity Authority**',
        '**McCRAE, Mrs Evelyn, Secretary, Central West Action Group**',
        '**CHAIR (Senator Ashworth):** I declare open this hearing. Mr Halloran, would you like to make a statement?',
        '**Mr Halloran:** Thank you, Chair. The outages were not acceptable.',
        '**Senator DELAHUNTY:** Why were they not fixed?',
        '**Mr Halloran:** That is a fair question, Senator.',
        '**CHAIR:** Welcome, Mrs McCrae.',
        '**Mrs McCrae:** Thank you. Our group surveyed 412 households.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hansard, 4, 'not acceptable')).toBe('Neil Halloran');
    expect(speakerOfWords(hansard, 8, 'surveyed 412')).toBe('Evelyn McCrae');
  });
});
