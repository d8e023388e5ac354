import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text/splitSentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('does not break U.S., Mr., p.m., initials or decimals', () => {
    expect(sentences('Mr. Smith met the U.S. envoy at 3 p.m. on Friday. Growth was 2.5 pct. John F. Kennedy agreed.')).toEqual([
      'Mr. Smith met the U.S. envoy at 3 p.m. on Friday.',
      'Growth was 2.5 pct.',
      'John F. Kennedy agreed.',
    ]);
  });

  it('keeps initials together with the name', () => {
    expect(sentences("Pizza Inn's largest shareholder, F.J. Spillman, agreed. Then it ended.")).toEqual([
      "Pizza Inn's largest shareholder, F.J. Spillman, agreed.",
      'Then it ended.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const text = 'It said \u201Cmodel of governance.\u201D Then it ended.';
    expect(sentences(text)).toEqual(['It said \u201Cmodel of governance.\u201D', 'Then it ended.']);
  });

  it('keeps a French closing guillemet, set after a space, with the sentence it closes', () => {
    expect(sentences('« Nous avons arraché vingt hectares. Il le fallait. » Sylvie Mauriac soupire. « Voilà. »')).toEqual([
      '« Nous avons arraché vingt hectares.',
      'Il le fallait. »',
      'Sylvie Mauriac soupire.',
      '« Voilà. »',
    ]);
    expect(sentences('« We asked for ten thousand. The government gave four. » He shrugs.')).toEqual(['« We asked for ten thousand.', 'The government gave four. »', 'He shrugs.']);
  });

  it('returns ranges that slice the paragraph verbatim', () => {
    const text = 'One.  Two?   Three!';
    expect(sentences(text)).toEqual(['One.', 'Two?', 'Three!']);
  });

  it('goes on over a wrapped line, but not after a heading or a full stop', () => {
    expect(sentences('Two atoms form the gas O\n2, which is stable. Ozone is O\n3.')).toEqual(['Two atoms form the gas O\n2, which is stable.', 'Ozone is O\n3.']);
    expect(sentences('a line wrapped\nin the middle. Next.')).toEqual(['a line wrapped\nin the middle.', 'Next.']);
    expect(sentences('Background\nThe talks began. It ended.\nlower case after a stop.')).toEqual(['Background', 'The talks began.', 'It ended.', 'lower case after a stop.']);
  });

  it('keeps a clock time with its time zone, and still ends a sentence at "p.m." before a new one (round 16)', () => {
    expect(sentences('8:52 p.m. PT')).toEqual(['8:52 p.m. PT']);
    expect(sentences('The evacuation order came at 8:52 p.m. PT, residents said.')).toEqual(['The evacuation order came at 8:52 p.m. PT, residents said.']);
    expect(sentences('The vote closed at 9 p.m. The count began at once.')).toEqual(['The vote closed at 9 p.m.', 'The count began at once.']);
  });

  it('goes on past a local office or rank abbreviated before a name (round 16)', () => {
    expect(sentences('Ald. Renee Albright, 3rd Ward, tried to restore the hours. Her amendment failed.')).toEqual(['Ald. Renee Albright, 3rd Ward, tried to restore the hours.', 'Her amendment failed.']);
    expect(sentences('Det. Insp. Hale led the inquiry.')).toEqual(['Det. Insp. Hale led the inquiry.']);
  });

  it('goes on past a Canadian councillor\'s and constable\'s abbreviation (round 34)', () => {
    expect(sentences('Coun. Amira Haddad voted against. Cst. Jean Roy testified.')).toEqual(['Coun. Amira Haddad voted against.', 'Cst. Jean Roy testified.']);
  });

  it('keeps a quoted question with the attribution after it in lower case (round 16)', () => {
    expect(sentences('“You see?” she says, holding it up. Nobody answers.')).toEqual(['“You see?” she says, holding it up.', 'Nobody answers.']);
    expect(sentences('"Where is the water?" asked Mr Omondi.')).toEqual(['"Where is the water?" asked Mr Omondi.']);
    expect(sentences('He asked: "Why?" The answer came later.')).toEqual(['He asked: "Why?"', 'The answer came later.']);
  });

  it('ends a sentence at "a.m." before a capitalised word that is no time zone, and at a Danish "det." (round 16 review)', () => {
    expect(sentences('The market opened at 9 a.m. PT Bank Mandiri said its shares would resume.')).toEqual(['The market opened at 9 a.m.', 'PT Bank Mandiri said its shares would resume.']);
    expect(sentences('Trading halted at 9 p.m. AT&T said it would.')).toEqual(['Trading halted at 9 p.m.', 'AT&T said it would.']);
    expect(sentences('Vi gjorde det. Nu går vi.')).toEqual(['Vi gjorde det.', 'Nu går vi.']);
  });

  it('keeps a quoted question with a named attribution after it ("Mr Hale asks."), and a new sentence after it its own', () => {
    expect(sentences("'Which one was shouting?' Mr Hale asks. Ms Foster pauses.")).toEqual(["'Which one was shouting?' Mr Hale asks.", 'Ms Foster pauses.']);
    expect(sentences('"Is it over?" Nobody knew.')).toEqual(['"Is it over?"', 'Nobody knew.']);
  });
});
