import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 53: a name of three words after an office, a verbatim record's roster, written answers", () => {
  it("reads a name of three words after an office's words whole, and past an office's common words and places as before", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Heat rules tightened"\noutlet: The Straits Times\nkind: news report\n---',
        'Senior Minister of State for Manpower Koh Wei Ming said the advisory had "done its job".',
        '"We cannot leave that decision to the worker alone," Mr Koh said.',
        'Minister of State for Sustainability and the Environment Lim Boon Keat said it was "a start".',
        'UN High Commissioner for Human Rights Volker Türk called the rules "overdue".',
        'Minister for Fisheries and Oceans Canada Diane Lebouthillier said they were "worth studying".',
        'Minister for Wales David Jones said the scheme was "a good start".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'done its job')).toBe('Koh Wei Ming');
    expect(speakerOfWords(story, 2, 'We cannot leave')).toBe('Koh Wei Ming');
    expect(speakerOfWords(story, 3, 'a start')).toBe('Lim Boon Keat');
    expect(speakerOfWords(story, 4, 'overdue')).toBe('Volker Türk');
    expect(speakerOfWords(story, 5, 'worth studying')).toBe('Diane Lebouthillier');
    expect(speakerOfWords(story, 6, 'a good start')).toBe('David Jones');
  });

  it("gives a verbatim record's \"The President:\" to the member its roster names, and reads a delegate's two-word name", () => {
    const record = markdownDocument(
      [
        '---\ntitle: "S/PV.9912"\noutlet: United Nations Security Council\nkind: meeting record\n---',
        'United Nations — S/PV.9912',
        'President: Ms. Halvorsen ........................ (Denmark)',
        'Protection of civilians in armed conflict',
        'The President: I welcome Ambassador Kirsten Halvorsen’s colleagues. I give the floor to Mrs. Persaud.',
        'Mrs. Persaud (Guyana): I have the honour to speak on behalf of the A3 Plus.',
        'Mr. Liu Wenjie (China) (spoke in Chinese): China thanks Denmark for convening the debate.',
        'Mr. Volkov (Russian Federation) (spoke in Russian): We have listened carefully to the briefers.',
        'The President: I now resume my functions as President of the Council.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 2, 'President: Ms. Halvorsen')).toBeUndefined();
    expect(speakerOfWords(record, 3, 'Protection of civilians')).toBeUndefined();
    expect(speakerOfWords(record, 6, 'China thanks Denmark')).toBe('Liu Wenjie');
    expect(speakerOfWords(record, 8, 'I now resume my functions')).toBe('Kirsten Halvorsen');
  });

  it('gives a written question to who asked it and the answer to who answered, and ends the answer at the next heading', () => {
    const answers = markdownDocument(
      [
        '---\ntitle: "Written questions and answers"\noutlet: UK Parliament\nkind: written answers\n---',
        '**Department of Health and Social Care**',
        '## NHS dentistry: Rural Areas',
        '**UIN 38114, tabled on 3 March 2025**',
        '**Asked by Helena Marchbank** (Liberal Democrat, North Devon Moors)',
        'Question',
        'To ask the Secretary of State for Health and Social Care, how many dental practices have handed back their contracts.',
        '**Answered by Tobias Wrenfield**, Minister of State (Health and Secondary Care)',
        'Answer',
        'Information on the number of contracts handed back in each county is not held centrally.',
        '## NHS dentistry: Children',
        '**UIN 38302, tabled on 4 March 2025**',
        '**Asked by Owain Pryderi** (Plaid Cymru, Ceredigion)',
        'Question',
        'To ask the Secretary of State for Health and Social Care, what recent assessment he has made of children’s access.',
        '**Answered by Karen Oduya**, Parliamentary Under-Secretary of State',
        'Answer',
        'NHS England publishes data on the number of patients seen by an NHS dentist.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(answers, 6, 'how many dental practices')).toBe('Helena Marchbank');
    expect(speakerOfWords(answers, 9, 'not held centrally')).toBe('Tobias Wrenfield');
    expect(speakerOfWords(answers, 10, 'NHS dentistry: Children')).toBeUndefined();
    expect(speakerOfWords(answers, 11, 'UIN 38302')).toBeUndefined();
    expect(speakerOfWords(answers, 14, 'what recent assessment')).toBe('Owain Pryderi');
    expect(speakerOfWords(answers, 17, 'NHS England publishes')).toBe('Karen Oduya');
  });

  it('hands a colon\'s introduction across a heading to the quotation under it, never to narration', () => {
    const statement = markdownDocument(
      [
        '---\ntitle: "Annual General Meeting Statement"\noutlet: Hollins & Carr plc\nkind: regulatory announcement\n---',
        'Hollins & Carr plc is holding its Annual General Meeting today. At the meeting, the Chairman, Sir Geoffrey Albury, will make the following statement:',
        "## Chairman's statement",
        '"Good morning, ladies and gentlemen. This is my last meeting as your Chairman.',
        '"Let me say a few words about the year. Thank you."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(statement, 3, 'This is my last meeting')).toBe('Geoffrey Albury');
    expect(speakerOfWords(statement, 4, 'a few words about the year')).toBe('Geoffrey Albury');
    const story = markdownDocument(
      [
        '---\ntitle: "Council to review parking"\noutlet: Example News\nkind: news report\n---',
        'The council leader, Jana Novak, said:',
        '## Parking charges',
        'The council will review charges next month, according to a report.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'will review charges')).toBeUndefined();
    const announcement = markdownDocument(
      [
        '---\ntitle: "AGM statement"\noutlet: Harbour Bancorp\nkind: press release\n---',
        'Harbour Bancorp announces that, at the Annual General Meeting held today, the Chair of the Board, Dr Priya Raman, made the following remarks:',
        "## Chair's remarks",
        '"Thank you all for attending. The bank has never been in a stronger position."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(announcement, 3, 'never been in a stronger position')).toBe('Priya Raman');
    const news = markdownDocument(
      [
        '---\ntitle: "Waiting lists plan"\noutlet: Example News\nkind: news report\n---',
        'Health Secretary Wes Streeting said:',
        '## Key points',
        '"Waiting lists" will be cut, according to the plan, which sets out three priorities.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(news, 3, 'Waiting lists')).toBeUndefined();
  });

  it("reads a signer's name without the nickname in it", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Board Notes – Spring 2025"\noutlet: Maple Hollow Public Library Board of Trustees\nkind: newsletter\n---',
        '## From the Board President',
        'Dear friends of the library,',
        'Spring is always a season of beginnings at Maple Hollow. I know some of you have asked why the work will take all summer.',
        'With gratitude,',
        '**Margaret "Peg" Dunleavy**\nPresident, Board of Trustees',
        '---',
        "## Director's Corner",
        '*by Owen Castellano, Library Director*',
        'Circulation of e-books rose 22 percent last year. The cake pans, I am told, have a waiting list.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'Spring is always')).toBe('Margaret Dunleavy');
  });

  it("keeps a peer's whole title, a written answer's lists and links, and an interview's prose opening \"Asked by\" as they were", () => {
    const answers = markdownDocument(
      [
        '---\ntitle: "Written answers"\noutlet: House of Lords\nkind: written answers\n---',
        'Broadband: Rural Areas',
        'Asked by Baroness Jones of Moulsecoomb',
        'Question',
        "To ask His Majesty's Government how many rural premises still lack gigabit broadband.",
        'Answered by Baroness Jones of Whitchurch',
        'Answer',
        'Around 2.1 million premises do not yet have it. The department’s figures show:',
        '- Cumbria: 90,000\n- Devon: 120,000',
        'NHS England publishes the data each month at www.england.nhs.uk/statistics',
        'Mobile Coverage: Scotland',
        'Asked by Lord Foulkes of Cumnock',
        'Question',
        "To ask His Majesty's Government what assessment they have made of mobile coverage in Scotland.",
        'Answered by Baroness Jones of Whitchurch',
        'Answer',
        'The Shared Rural Network has increased 4G coverage in Scotland.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(answers, 4, 'how many rural premises')).toBe('Baroness Jones of Moulsecoomb');
    expect(speakerOfWords(answers, 7, 'Around 2.1 million')).toBe('Baroness Jones of Whitchurch');
    expect(speakerOfWords(answers, 8, 'Cumbria: 90,000')).toBe('Baroness Jones of Whitchurch');
    expect(speakerOfWords(answers, 9, 'publishes the data')).toBe('Baroness Jones of Whitchurch');
    expect(speakerOfWords(answers, 10, 'Mobile Coverage')).toBeUndefined();
    expect(speakerOfWords(answers, 13, 'mobile coverage in Scotland')).toBe('Lord Foulkes of Cumnock');
    const more = markdownDocument(
      [
        '---\ntitle: "Written answers"\noutlet: UK Parliament\nkind: written answers\n---',
        'Asked by Baroness Barran',
        'Question',
        "To ask His Majesty's Government what guidance they have issued on mobile phones in schools.",
        'Answered by Baroness Smith of Malvern',
        'Answer',
        'The department issued guidance in February 2024.',
        'Hospitals: Waiting Lists',
        'Asked by Lord Rennard on 28 January 2025',
        'Question',
        "To ask His Majesty's Government how many patients have waited more than 52 weeks for treatment.",
        'Answered by Stephen Kinnock Minister of State (Department of Health and Social Care)',
        'Answer',
        'As of November 2024, 213,000 patients had waited more than 52 weeks.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(more, 10, 'how many patients')).not.toBe('Baroness Barran');
    expect(speakerOfWords(more, 13, '213,000 patients')).toBe('Stephen Kinnock');
    expect(speakerOfWords(more, 7, 'Hospitals: Waiting Lists')).toBeUndefined();
    const interview = markdownDocument(
      [
        '---\ntitle: "Grace Okafor on running for mayor"\noutlet: Example News\nauthor: Hannah Lowe\nkind: interview\n---',
        'Asked by Reuters in 2019 whether she would ever run for office, Grace Okafor laughed.',
        'Question',
        'What changed your mind?',
        'Answer',
        'The buses, honestly.',
        'Question',
        'What are your priorities?',
        'Answer',
        'Housing, buses and the high street.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 3, 'What changed your mind')).not.toBe('Reuters');
  });

  it("completes a roster's delegate only to a name the record gives with the same title or as ambassador", () => {
    const record = markdownDocument(
      [
        '---\ntitle: "S/PV.9920"\noutlet: United Nations Security Council\nkind: meeting record\n---',
        'President: Mr. Fernandes ........................ (Portugal)',
        'The President: I give the floor to Dr. Ana Fernandes, who will brief the Council.',
        'Dr. Ana Fernandes: Thank you, Mr. President.',
        'Mrs. Persaud (Guyana): I thank the briefer.',
        'Mr. Volkov (Russian Federation) (spoke in Russian): We have listened carefully.',
        'The President: There are no more names inscribed on the list of speakers.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(record, 6, 'no more names inscribed')).toBe('Mr. Fernandes');
  });

  it('reads "Rabbi" after a given name as a surname, a description opening a sentence as no name, and "MOM" as the ministry', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Tigers seal series"\noutlet: Dhaka Tribune\nkind: match report\n---',
        'Left-arm spinner Shahriar Alam Nayeem claimed 5-31 and Tawhid Rabbi held his nerve with an unbeaten 67 as Bangladesh beat Ireland.',
        '"Honestly, the dressing room was very quiet," Tawhid said at the post-match press conference.',
        'Employers will have to enforce rest breaks under rules announced by the Ministry of Manpower (MOM) on March 27.',
        'In response to queries, MOM said it would "study the situation of platform workers".',
        'Environmental group Walhi Central Sulawesi said the case showed the government\'s "downstream at any cost" approach.',
        'Rabbi Jonathan Sacks once called it "the dignity of difference".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'the dressing room was very quiet')).toBe('Tawhid Rabbi');
    expect(speakerOfWords(story, 4, 'study the situation')).toBe('Ministry of Manpower');
    expect(speakerOfWords(story, 5, 'downstream at any cost')).toBe('Walhi Central Sulawesi');
    expect(speakerOfWords(story, 6, 'the dignity of difference')).toBe('Jonathan Sacks');
  });

  it("reads every production cue before a bracketed speaker as that speaker's clip, \"SOUNDBITE (…):\" as \"SOT (…):\"", () => {
    const script = markdownDocument(
      [
        '---\ntitle: "Six o\'clock news"\noutlet: 2GB\nkind: transcript\n---',
        'TOM HALE: Good evening. The Premier has announced a new rail line for the west.',
        'SOUNDBITE (Premier Chris Minns): This is the biggest investment in western Sydney in a generation.',
        'TOM HALE: The opposition says the costings don\'t add up.',
        'SOT (Mark Speakman): We have seen these announcements before.',
        'TOM HALE: Commuters were divided.',
        "SOT (Jane Roe): I'll believe it when I see it.",
        "TOM HALE: That's the news.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(script, 2, 'the biggest investment')).toBe('Chris Minns');
    expect(speakerOfWords(script, 4, 'these announcements before')).toBe('Mark Speakman');
  });
});
