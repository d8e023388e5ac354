import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 39', () => {
  it('gives each letter a page prints under a rule, with no announcement, to the one who signs it', () => {
    const page = madeUpDocument(
      [
        'Each quarter we publish one complaint that was brought to us, together with the reply.',
        '---',
        '3 Mill Row\nHalden\nWessex',
        '4 March 2025',
        'Dear Mr Pike,',
        'I am writing to complain about the closure of the Mill Lane surgery. Nobody asked us.',
        'Yours sincerely,',
        'Ann Whitlow',
        '---',
        'Daniel Pike\nChief Executive',
        '2 April 2025',
        'Dear Mrs Whitlow,',
        'Thank you for your letter. I am sorry that we did not consult you.',
        'Yours sincerely,',
        'Daniel Pike\nChief Executive',
        '---',
        'If you need help making a complaint, call us on 01632 960 000.',
      ],
      { kind: 'letters', outlet: 'Healthwatch Wessex' },
    );
    expect(speakerOfWords(page, 6, 'Nobody asked us')).toBe('Ann Whitlow');
    expect(speakerOfWords(page, 13, 'I am sorry that we')).toBe('Daniel Pike');
    expect(speakerOfWords(page, 8, 'Ann Whitlow')).toBeUndefined();
  });

  it("gives a section a credit line under its heading names to that reader or speaker, up to the next heading", () => {
    const page = madeUpDocument(
      [
        'The 2025 Wexley Prize for Poetry was awarded to Ines Calder at a ceremony on Thursday.',
        "The judges' citation",
        'Read by Professor Alan Brook, Chair of Judges, on behalf of the panel: Alan Brook, Mei Tan and Ruth Cole.',
        'We read 212 collections this year. One of them stayed with all of us.',
        "The winner's speech",
        "Ines Calder's acceptance speech, as delivered.",
        'Thank you. I did not expect this.',
        '[Laughter]',
        'My mother wrote poems she never showed anyone. This is for her.',
        'The Wexley Prize for Poetry is awarded annually. The winner receives £10,000.',
      ],
      { kind: 'citation and acceptance speech', outlet: 'The Wexley Prize for Poetry' },
    );
    expect(speakerOfWords(page, 4, 'We read 212 collections')).toBe('Alan Brook');
    expect(speakerOfWords(page, 7, 'I did not expect this')).toBe('Ines Calder');
    expect(speakerOfWords(page, 9, 'This is for her')).toBe('Ines Calder');
    expect(speakerOfWords(page, 6, 'acceptance speech')).toBeUndefined();
    expect(speakerOfWords(page, 10, 'The winner receives')).not.toBe('Ines Calder');
  });

  it("gives a report's foreword filed with its two writers to them both, and leaves the rest of a report its issuer's", () => {
    const paragraphs = ['This has been a year of reopening. We want to thank our staff and our volunteers.', 'Our budget fell again this year, and we have protected opening hours at every branch.', 'Margaret Oduya\nChair, Library Board', 'Callum Reith\nCity Librarian'];
    const foreword = madeUpDocument(paragraphs, { kind: 'annual report', outlet: 'Fenwick City Libraries', author: 'Margaret Oduya and Callum Reith', title: 'Fenwick City Libraries Annual Report 2023–24: Foreword' });
    expect(speakerOfWords(foreword, 2, 'we have protected opening hours')).toBe('Margaret Oduya and Callum Reith');
    const report = madeUpDocument(paragraphs, { kind: 'annual report', outlet: 'Fenwick City Libraries', author: 'Margaret Oduya and Callum Reith', title: 'Fenwick City Libraries Annual Report 2023–24' });
    expect(speakerOfWords(report, 2, 'we have protected opening hours')).not.toBe('Margaret Oduya and Callum Reith');
  });

  it("reads a practice's newsletter: its unsigned items the practice's, each section signed with name and role its signer's, its tables and masthead lines nobody's", () => {
    const newsletter = madeUpDocument(
      [
        'Patient Newsletter — Summer 2025 (Issue 12)',
        'Mill Lane Medical Practice, Mill Lane, Halden · Dr S. Bhatt, Dr K. Molloy and partners',
        'A word from our Practice Manager',
        'Welcome to the summer edition. I want to thank you for your patience while we changed our phones.',
        'Anna Reyes, Practice Manager',
        'Missed appointments',
        'Every month, patients who do not attend take up appointments that others could have used.',
        '| Month | Appointments missed |\n|---|---|\n| March | 212 |\n| April | 187 |',
        'Patient group corner',
        'Our patient group met in May to look at the survey. We meet four times a year.',
        'Derek Hollis, Chair, Mill Lane Patient Group',
        'Mill Lane Medical Practice · Telephone 01632 960 771 · www.millane.example',
      ],
      { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' },
    );
    expect(speakerOfWords(newsletter, 4, 'I want to thank you')).toBe('Anna Reyes');
    expect(speakerOfWords(newsletter, 7, 'Every month')).toBe('Mill Lane Medical Practice');
    expect(speakerOfWords(newsletter, 10, 'We meet four times')).toBe('Derek Hollis');
    expect(speakerOfWords(newsletter, 8, 'March')).toBeUndefined();
    expect(speakerOfWords(newsletter, 1, 'Patient Newsletter')).toBeUndefined();
    expect(speakerOfWords(newsletter, 12, 'Telephone')).toBeUndefined();
  });

  it("finds an interview's interviewee in its introduction past places the title and introduction print after an article", () => {
    const interview = madeUpDocument(
      [
        'Ayesha Karimi has run the Barton Hill food pantry for four years. Tomasz Wierzbicki asked her what has changed.',
        'How many people come through the door each week?',
        'About 240 households now. When we started it was forty.',
        'Who are they?',
        'Everyone. Nurses, bus drivers, students.',
        'What would help most?',
        'Honestly, a fridge.',
      ],
      { kind: 'interview', outlet: 'The Bristol Cable', author: 'Tomasz Wierzbicki', title: "'Nobody should be ashamed to eat': inside a Lawrence Hill food pantry" },
    );
    inBold(interview, [1, 3, 5]);
    expect(speakerOfWords(interview, 3, 'About 240 households')).toBe('Ayesha Karimi');
    expect(speakerOfWords(interview, 7, 'Honestly')).toBe('Ayesha Karimi');
  });

  it("gives a blog's comments under dated one-line headers to their commenters, an anonymous one to no one, and the post to its author", () => {
    const blog = madeUpDocument(
      [
        'Corridor care is not care. I am tired of saying it to colleagues, so I am saying it here.',
        '14 comments',
        'Sue Kettering · 9 January 2024 at 7:42am',
        'My mum spent two nights on a corridor in December. Thank you for writing this.',
        'Anonymous · 9 January 2024 at 9:15am',
        'Paramedic here. Nobody in charge ever comes down to see it.',
      ],
      { kind: 'blog post', outlet: 'Notes from the Front Door', author: 'Owen Pritchard' },
    );
    expect(speakerOfWords(blog, 1, 'I am tired of saying it')).toBe('Owen Pritchard');
    expect(speakerOfWords(blog, 4, 'Thank you for writing this')).toBe('Sue Kettering');
    expect(speakerOfWords(blog, 6, 'Nobody in charge')).toBeUndefined();
    expect(speakerOfWords(blog, 3, 'Sue Kettering')).toBeUndefined();
  });

  it("reads a body's leaflet's questions as its headings, nobody's, and its answers as the body's", () => {
    const leaflet = madeUpDocument(
      ['Why have I been contacted?', 'You are on our waiting list for a planned operation. We are checking that you still need it.', 'What do I need to do?', 'Please reply to our text message within two weeks.'],
      { kind: 'patient information leaflet', outlet: 'Castlebridge Hospitals NHS Foundation Trust' },
    );
    expect(speakerOfWords(leaflet, 1, 'Why have I been contacted')).toBeUndefined();
    expect(speakerOfWords(leaflet, 2, 'We are checking')).toBe('Castlebridge Hospitals NHS Foundation Trust');
  });

  it('reads a person\'s gender from the narration going on with "Her" or "His", so that "she said" is no one else quoted since', () => {
    const dispatch = madeUpDocument(
      [
        'The bus in Valea Nucilor has 11 seats. The driver, a retired mechanic called Petru, told me it used to be full. Now he drives it out of habit.',
        'Vera Ciobanu is 68 and raising three grandchildren. Her daughter and son-in-law work in a factory near Verona.',
        '"I am their grandmother on paper and their mother in the kitchen," she told me.',
        'I watched the eldest, 12-year-old Mihai, tell his father about a maths test. When I asked him whether he wanted to go too, he shrugged.',
        '"Everybody goes," he said.',
        'On my last evening the tablet rang. Her daughter, Elena, appeared on the screen. When her mother explained, she leaned towards the camera.',
        '"Tell him we will come back," she said.',
        'Vera turned to me and raised an eyebrow. "Every year she says that," she said.',
      ],
      { kind: 'dispatch', outlet: 'BBC News', author: 'Tom Kessler' },
    );
    expect(speakerOfWords(dispatch, 8, 'Every year she says')).toBe('Vera Ciobanu');
  });
});
