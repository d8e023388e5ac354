import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("the review of round 46's rules", () => {
  it('keeps a titled surname before "and" and a body\'s name: "Mayor Adams and City Council leaders"', () => {
    const story = madeUpDocument([
      'Mayor Adams and City Council leaders announced a deal on Friday to keep the libraries open.',
      '"This is a good day for New York," the mayor said.',
      'Dr Patel and Barset Hospital staff met health board managers on Monday to argue against the closure.',
      '"We cannot safely care for these patients anywhere else," she said.',
    ]);
    expect(speakerOfWords(story, 2, 'This is a good day')).toBe('Adams');
    expect(speakerOfWords(story, 4, 'We cannot safely care')).toBe('Dr Patel');
  });

  it('reads "the bank chief" and "the union chief" past the name\'s "of" and the office\'s rank', () => {
    const bank = madeUpDocument([
      'Bank of England governor Andrew Bailey met Chancellor Jeremy Hunt on Wednesday, and Hunt said the economy was turning a corner.',
      'The bank chief said: "We need to be sure that inflation will stay low before we cut."',
    ]);
    expect(speakerOfWords(bank, 2, 'We need to be sure')).toBe('Andrew Bailey');
    const union = madeUpDocument([
      'Unite union general secretary Sharon Graham met company managers on Friday, and operator spokesman Ian Reed said the offer was fair.',
      'The union chief said: "Our members will not accept a real-terms pay cut."',
    ]);
    expect(speakerOfWords(union, 2, 'Our members will not accept')).toBe('Sharon Graham');
  });

  it('gives a participle after "was cleared after an investigation" to the one cleared, and none after "was suspended"', () => {
    const story = madeUpDocument([
      'Councillor Tom Hale was cleared on Friday after an investigation, branding the process "a politically motivated witch-hunt".',
      'Sam Okoro was elected union branch secretary after a vote of members, labelling the result "a mandate for change".',
      'Councillor Jane Orr was suspended on Friday after an investigation, branding her conduct "wholly unacceptable".',
    ]);
    expect(speakerOfWords(story, 1, 'a politically motivated witch-hunt')).toBe('Tom Hale');
    expect(speakerOfWords(story, 2, 'a mandate for change')).toBe('Sam Okoro');
    expect(speakerOfWords(story, 3, 'wholly unacceptable')).toBeUndefined();
  });

  it('gives "They" after "The complainant asked the police" to no complainant', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Decision notice"\noutlet: Information Commissioner\'s Office\nkind: decision\n---',
        'The complainant asked the police to release the footage. They refused, saying "disclosure would prejudice an ongoing investigation".',
        'The complainant raised her concerns with the care home manager in June. They told her that "staff had followed the care plan at all times".',
        'The complainant contacted the Commissioner on 3 May 2023. They argued that "the public interest clearly favours disclosure".',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'disclosure would prejudice')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 2, 'staff had followed')).not.toBe('the complainant');
    expect(speakerOfWords(decision, 3, 'the public interest clearly')).toBe('the complainant');
  });

  it('keeps "the National Trust" whole after "the National Park Authority and National Trust"', () => {
    const story = madeUpDocument([
      'Rangers from the Lake District National Park Authority and National Trust will patrol the lakeshore this summer.',
      '"We want people to enjoy these places, but we need them to take their rubbish home," the National Trust said.',
    ]);
    expect(speakerOfWords(story, 2, 'We want people to enjoy')).toBe('National Trust');
  });

  it('reads "INTERVIEW DATE:" as a field, not a second person beside the one interviewed', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "Q&A: The mayor on housing"\noutlet: Riverside Weekly\nauthor: Dana Morin\npublished: 2024-04-25\nkind: interview\n---',
        'INTERVIEW DATE: April 22, 2024',
        'Mayor Lena Ortiz sat down with Riverside Weekly at City Hall to talk about her first year in office.',
        'Q: What is your biggest priority for the coming year?',
        'A: Housing, without question. We need 2,000 more affordable homes by 2027.',
        'Q: Will bus fares rise?',
        'A: Not this year. I have been clear about that.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'INTERVIEW DATE')).toBeUndefined();
    expect(speakerOfWords(interview, 4, 'We need 2,000 more')).toBe('Lena Ortiz');
    expect(speakerOfWords(interview, 6, 'I have been clear')).toBe('Lena Ortiz');
  });

  it('keeps a newsletter\'s lead-in in capitals before "he shrugged", where it may name him', () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Playbook"\noutlet: Capitol Dispatch\nauthor: Dana Mills\nkind: newsletter\n---',
        'SCHUMER ON THE RECORD — The majority leader told Playbook: "We will get this done before August."',
        'THUNE IN THE HALLWAY — Asked about the timeline, he shrugged: "Ask me in July."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'Ask me in July.')).not.toBe('the majority leader');
  });
});
