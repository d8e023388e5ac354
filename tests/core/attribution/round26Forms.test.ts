import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('a magazine Q&A whose interviewee the title or the introduction names among other names (round 26)', () => {
  it('reads a name printed after "the" in the title as a book’s, not a second person', () => {
    const interview = madeUpDocument(
      [
        'Her debut follows three generations of women running a guest house on the coast.',
        'Where did The Salt Year begin?',
        'With my gran, really. She ran a B&B for 30 years.',
        'You wrote it while working full time. How?',
        'Badly, at first! I had two children under five.',
        'What comes next?',
        'I’m about 30,000 words into the second novel.',
      ],
      { kind: 'interview', outlet: 'The Bookseller', author: 'Tom Fairweather', title: '‘I wrote it in the car park’: Nadia Osei-Hale on her debut novel The Salt Year' },
    );
    inBold(interview, [1, 3, 5]);
    expect(speakerOfWords(interview, 3, 'With my gran, really.')).toBe('Nadia Osei-Hale');
    expect(speakerOfWords(interview, 7, 'the second novel')).toBe('Nadia Osei-Hale');
    expect(speakerOfWords(interview, 2, 'Where did')).toBe('Tom Fairweather');
  });

  it('takes the one person a sentence of the introduction opens with by surname, of several full names there', () => {
    const interview = madeUpDocument(
      [
        'Fire scientist Kirsten Aalto on Canada’s worst wildfire season in a decade',
        'Kirsten Aalto has spent 22 years studying wildfires, first as an analyst with Parks Canada. This summer, for the third time in five years, a northern town, this time Fort Chipewyan, was evacuated by air.',
        'Aalto has been a member of the federal expert panel since 2023.',
        'Do you like the phrase “the new normal”?',
        'I hate it, honestly. We haven’t arrived anywhere.',
        'Why not?',
        'You’d have to ask the people who made the decision.',
        'Are you hopeful?',
        'Some days. My students give me hope.',
      ],
      { kind: 'interview', outlet: 'Maclean’s', author: 'Adrienne Kowal', title: '“We are still fighting 21st-century fires with 20th-century maps”' },
    );
    inBold(interview, [3, 5, 7]);
    expect(speakerOfWords(interview, 5, 'I hate it, honestly.')).toBe('Kirsten Aalto');
    expect(speakerOfWords(interview, 9, 'My students give me hope.')).toBe('Kirsten Aalto');
  });

  it('takes nobody when the one a sentence opens with is not the one the introduction names first', () => {
    const interview = madeUpDocument(
      [
        'Kirsten Aalto has spent 22 years studying wildfires. Her former supervisor, Mark Tremblay, calls her relentless. Aalto’s new book is out this month.',
        'Tremblay retired from the panel in 2023; Aalto replaced him.',
        'Do you like the phrase “the new normal”?',
        'I hate it, honestly.',
        'Why not?',
        'It isn’t stable.',
        'Are you hopeful?',
        'Some days.',
      ],
      { kind: 'interview', outlet: 'Maclean’s', author: 'Adrienne Kowal', title: '“We are still fighting 21st-century fires”' },
    );
    inBold(interview, [2, 4, 6]);
    expect(speakerOfWords(interview, 4, 'I hate it, honestly.')).not.toBe('Mark Tremblay');
  });
});

describe('a list of speakers, one to a line, in one paragraph (round 26)', () => {
  it('reads no name across a line break, so the turns are the speaker’s name alone', () => {
    const event = madeUpDocument(
      [
        'This is a transcript of an event held at the Larchfield Institute.',
        'Speakers:\nDr Hannah Ferris, Director of Health Policy, the Larchfield Institute (chair)\nProfessor Kwame Adjei-Bonsu, Professor of Health Economics, University of Leicester\nMairead Connolly, Director of Nursing, Northern Shires NHS Foundation Trust',
        'Hannah Ferris: Good evening, everyone. Mairead, is that your experience?',
        'Mairead Connolly: It is, and I’d add something. It’s time.',
        'Kwame Adjei-Bonsu: Thank you, Hannah.',
        'Mairead Connolly: We’ve tried things.',
        'Hannah Ferris: Kwame, the last word to you.',
        'Kwame Adjei-Bonsu: Pay the people who stay.',
      ],
      { kind: 'transcript', outlet: 'The Larchfield Institute' },
    );
    expect(speakerOfWords(event, 4, 'It’s time.')).toBe('Mairead Connolly');
    expect(speakerOfWords(event, 6, 'We’ve tried things.')).toBe('Mairead Connolly');
  });

  it('still reads a name across the line break of prose hard-wrapped at a width', () => {
    const story = madeUpDocument(['“We will not back down,” said Jeffrey\nLeeds, an analyst at Chemical Bank in New York.']);
    expect(speakerOfWords(story, 1, 'We will not back down')).toBe('Jeffrey Leeds');
  });
});

describe('a release’s “Quotes attributable to” headings (round 26)', () => {
  const statement = madeUpDocument(
    [
      'Eastern Beach pier to remain closed following storm damage assessment',
      'The pier will stay closed until repairs are complete, the City said.',
      'Quotes attributable to Cr Bianca Trevorrow, Mayor of Greater Geelong:',
      '“Our coastline is one of Geelong’s greatest assets. But we will do it properly.”',
      'Quotes attributable to Leanne Okonkwo, Director City Services:',
      '“If you see someone on the pier, please call triple zero. Don’t try to get them off yourself.”',
      'Media contact: 5272 0000',
    ],
    { kind: 'statement', outlet: 'City of Greater Geelong' },
  );

  it('gives the quotations under each heading to the one it names', () => {
    // (Her name without the title since round 29 read "Cr", an Australian councillor's, as one.)
    expect(speakerOfWords(statement, 4, 'we will do it properly')).toBe('Bianca Trevorrow');
    expect(speakerOfWords(statement, 6, 'call triple zero')).toBe('Leanne Okonkwo');
  });

  it('reads no heading from a sentence about quotes, nor outside a release', () => {
    const paragraphs = ['Quotes attributed to John Smith, the former minister, were invented, the court heard.', '“These words were never spoken by him.”'];
    expect(speakerOfWords(madeUpDocument(paragraphs), 2, 'never spoken by him')).toBeUndefined();
    expect(speakerOfWords(madeUpDocument(paragraphs, { kind: 'statement', outlet: 'City of Greater Geelong' }), 2, 'never spoken by him')).not.toBe('John Smith');
    const story = madeUpDocument(['Quotes attributable to Cr Bianca Trevorrow, Mayor of Greater Geelong:', '“Our coastline is one of Geelong’s greatest assets.”']);
    expect(speakerOfWords(story, 2, 'Our coastline')).toBeUndefined();
  });
});

describe('a sports body’s disciplinary decision (round 26)', () => {
  it('is its panel chair’s words, as a tribunal’s decision is its judge’s; a news report on it stays narration', () => {
    const paragraphs = ['The Panel viewed footage of the incident from three angles.', 'The Player gave evidence.', 'The Player is suspended for 5 weeks.'];
    const decision = madeUpDocument(paragraphs, { kind: 'disciplinary decision', author: 'Simon Feltham', outlet: 'RFU' });
    expect(speakerOfWords(decision, 1, 'The Panel viewed footage')).toBe('Simon Feltham');
    const panel = madeUpDocument(paragraphs, { kind: 'disciplinary panel decision', author: 'Simon Feltham', outlet: 'RFU' });
    expect(speakerOfWords(panel, 1, 'The Panel viewed footage')).toBe('Simon Feltham');
    expect(speakerOfWords(decision, 3, 'suspended for 5 weeks')).toBe('Simon Feltham');
    const report = madeUpDocument(paragraphs, { kind: 'news report', author: 'Simon Feltham', outlet: 'RFU' });
    expect(speakerOfWords(report, 3, 'suspended for 5 weeks')).toBeUndefined();
  });
});

describe('a person named with where they work opening a sentence (round 26)', () => {
  it('is the sentence’s subject, whom the next “he said” goes on about, not the last one heard', () => {
    const story = madeUpDocument([
      '"It is not inconceivable that the Fed held back," said Ward McCarthy of Merrill Lynch Economics Inc.',
      'McCarthy estimated that the Fed is targeting borrowings of about 400 mln dlrs a day.',
      'Jeffrey Leeds of Chemical Bank had not been convinced that the Fed was tightening. But after reviewing the figures, he said, "It is fair to say the Fed may be moving."',
    ]);
    expect(speakerOfWords(story, 3, 'It is fair to say')).toBe('Jeffrey Leeds');
    expect(speakerOfWords(story, 1, 'It is not inconceivable')).toBe('Ward McCarthy');
  });
});

describe('a person minutes name by a courtesy title and initials (round 26)', () => {
  const minutes = madeUpDocument(
    [
      'The Committee heard from the Department and the boards.',
      'Mr T Botha (DA) said the figures were "a national scandal".',
      'Cllr V. Rudd, speaking as Chair of the Parish Council, stated: "Our village has one shop."',
      'Ms Okafor asked that it be minuted that "members received 640 pages late".',
    ],
    { kind: 'minutes', outlet: 'Parliamentary Monitoring Group' },
  );

  it('keeps the title, as a reader would cite them, not the initials alone', () => {
    expect(speakerOfWords(minutes, 2, 'a national scandal')).toBe('Mr T Botha');
    expect(speakerOfWords(minutes, 3, 'Our village has one shop.')).toBe('Cllr V. Rudd');
  });

  it('names the one person the same way when the minutes later drop the initials ("Mr Botha later said")', () => {
    const later = madeUpDocument(['Mr T Botha (DA) said the figures were "a national scandal".', 'The Deputy Minister replied at length.', 'Mr Botha later said "we will return to this".'], { kind: 'minutes' });
    expect(speakerOfWords(later, 1, 'a national scandal')).toBe('Mr T Botha');
    expect(speakerOfWords(later, 3, 'we will return to this')).toBe('Mr T Botha');
  });
});

describe('minutes’ members named by initials that look like words, and their headings (round 26)', () => {
  it('reads "Ms A Hendricks" as a person, whom the next "she said" goes on about', () => {
    const minutes = madeUpDocument(
      ['Ms N Mkhize (ANC) said: "Who is accountable for that?"', 'Ms A Hendricks (PA) asked whether the payment agreements had any consequences. She said: "An agreement is not a wish."'],
      { kind: 'minutes' },
    );
    expect(speakerOfWords(minutes, 2, 'An agreement is not a wish.')).toBe('Ms A Hendricks');
  });

  it('gives "he said" after "The Chairperson welcomed …" to no heading read as a name ("Meeting Summary")', () => {
    const minutes = madeUpDocument(
      [
        'Water and Sanitation',
        'Meeting Summary',
        'The Committee received a briefing from the Department on the water boards.',
        'Members expressed frustration. The Department was asked to return with a list.',
        'Opening remarks by the Chairperson',
        'The Chairperson welcomed the officials. He said the Committee had received the same presentation "for three years running".',
      ],
      { kind: 'minutes' },
    );
    expect(speakerOfWords(minutes, 6, 'for three years running')).toBeUndefined();
  });
});

describe('an earnings call printed with a heading per speaker (round 26)', () => {
  const call = madeUpDocument(
    [
      'Operator',
      'Our next question comes from the line of Derek Fuhrmann with Baird.',
      'Derek Fuhrmann -- Baird -- Analyst',
      'How much of the decline is pricing?',
      'Lorraine Aske -- Chief Executive Officer',
      'Most of it is volume, Derek.',
      'Operator',
      'Our next question comes from the line of Tom Bertrand with J.P. Morgan.',
      'Tom Bertrand -- J.P. Morgan -- Analyst',
      'Hi, good morning. Why worse?',
      'Lorraine Aske -- Chief Executive Officer',
      'Two things, Tom.',
      'Call participants:',
      'Lorraine Aske -- Chief Executive Officer',
      'Tom Bertrand -- J.P. Morgan -- Analyst',
      'This article is a transcript of this conference call produced for The Motley Fool.',
    ],
    { kind: 'transcript', outlet: 'The Motley Fool' },
  );

  it('reads a heading whose firm has initials ("J.P. Morgan")', () => {
    expect(speakerOfWords(call, 10, 'Why worse?')).toBe('Tom Bertrand');
    expect(speakerOfWords(call, 12, 'Two things, Tom.')).toBe('Lorraine Aske');
  });

  it('leaves the participants’ list and the publisher’s note after it nobody’s', () => {
    expect(speakerOfWords(call, 16, 'This article is a transcript')).toBeUndefined();
  });
});

describe('a quotation paragraph named by the next: "That’s what X said …" (round 26)', () => {
  it('gives the quotation to the one named, and nothing when no name is given', () => {
    const check = madeUpDocument(
      [
        'Incorrect. About one in 11 patients waited more than 12 hours.',
        '“One in four people who walk into A&E will be there for more than half a day. That is the state of our NHS.”',
        'That’s what Shadow Health Minister Karen Ollerton said during an appearance on Any Questions on 26 September.',
      ],
      { kind: 'fact-check', outlet: 'Full Fact' },
    );
    expect(speakerOfWords(check, 2, 'That is the state of our NHS.')).toBe('Karen Ollerton');
    const unnamed = madeUpDocument(['“It is a disgrace.”', 'That’s what critics said on Monday.'], { kind: 'fact-check', outlet: 'Full Fact' });
    expect(speakerOfWords(unnamed, 1, 'It is a disgrace.')).toBeUndefined();
  });
});

describe('a “he” after an unnamed spokeswoman (round 26)', () => {
  it('is not the spokeswoman: a description’s noun says its gender', () => {
    const column = madeUpDocument(
      [
        'A spokeswoman told me the consultation had received “more than 11,000 responses”.',
        'When I went back on Thursday, the old man was in his chair. I told him I was writing about the library.',
        '“Tell them this,” he said. “I’ve paid my taxes since I was fifteen.”',
      ],
      { kind: 'opinion', author: 'Morag Dunleavy' },
    );
    expect(speakerOfWords(column, 3, 'Tell them this')).not.toBe('a spokeswoman');
  });
});

describe('a participants’ list before the first turn (the review of round 26’s earnings-call rule)', () => {
  it('ends nothing: the turns under the headings after it are their speakers’', () => {
    const call = madeUpDocument(
      [
        'Call participants:',
        'Lorraine Aske -- Chief Executive Officer',
        'Derek Fuhrmann -- Baird -- Analyst',
        'Operator',
        'Good day, and welcome to the call.',
        'Lorraine Aske -- Chief Executive Officer',
        'Thanks, everyone. It was a hard quarter.',
        'Derek Fuhrmann -- Baird -- Analyst',
        'How much of the decline is pricing?',
        'Lorraine Aske -- Chief Executive Officer',
        'Most of it is volume, Derek.',
      ],
      { kind: 'transcript', outlet: 'The Motley Fool' },
    );
    expect(speakerOfWords(call, 7, 'It was a hard quarter.')).toBe('Lorraine Aske');
    expect(speakerOfWords(call, 11, 'Most of it is volume')).toBe('Lorraine Aske');
  });
});
