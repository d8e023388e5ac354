import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("a part's label and the holder a record names (round 37)", () => {
  it('gives MODERATOR to the person its first label names in parentheses, and every bare MODERATOR after it', () => {
    const briefing = madeUpDocument(
      ['MODERATOR (Petra Lindqvist, ministry spokesperson): Good morning. The ministers will speak first.', 'MINISTER HOLM: We signed the accord today.', 'MODERATOR: First question, please.', 'QUESTION (Ivo Marek, Radio North): When will it take effect?', 'MINISTER HOLM: Next spring.', 'MODERATOR: Thank you all.'],
      { kind: 'press conference transcript', outlet: 'Ministry of Foreign Affairs' },
    );
    expect(speakerOfWords(briefing, 1, 'The ministers will speak')).toBe('Petra Lindqvist');
    expect(speakerOfWords(briefing, 6, 'Thank you all')).toBe('Petra Lindqvist');
  });

  it("gives THE WITNESS and THE INTERPRETER to the people a hearing's header names, and the header lines to no one", () => {
    const hearing = madeUpDocument(
      [
        'DOCKSIDE COLLAPSE INQUIRY',
        'Before: Sir Alan Prentice (Chair)',
        'Witness: Mr Karel Novotný, crane operator (evidence given in Czech through an interpreter)\nInterpreter: Ms Jana Holubová (sworn)\nCounsel to the Inquiry: Ms Ruth Abebe',
        'THE CHAIR: Good morning, Mr Novotný.',
        'THE WITNESS (through the interpreter): Good morning. I am ready.',
        'MS ABEBE: Where were you at noon?',
        'THE WITNESS (through the interpreter): In the cab of crane two.',
        'THE INTERPRETER: Chair, may I correct one word? It was a crack, not a gap.',
        'THE CHAIR: Thank you, Ms Holubová.',
      ],
      { kind: 'hearing transcript', outlet: 'Dockside Collapse Inquiry' },
    );
    expect(speakerOfWords(hearing, 2, 'Sir Alan Prentice')).toBeUndefined();
    expect(speakerOfWords(hearing, 3, 'crane operator')).toBeUndefined();
    expect(speakerOfWords(hearing, 3, 'Ms Ruth Abebe')).toBeUndefined();
    expect(speakerOfWords(hearing, 5, 'I am ready')).toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 7, 'In the cab')).toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 8, 'may I correct one word')).toBe('Jana Holubová');
  });

  it("gives INTERPRETER to the interpreter a note names (\"the consecutive interpreter, Ms Yuko Brandt\")", () => {
    const conference = madeUpDocument(
      ['Minister Ikeda spoke in Japanese; his remarks are given in the rendering of the consecutive interpreter, Ms Yuko Brandt.', 'MINISTER IKEDA: We are grateful for the welcome.', 'INTERPRETER: The minister used a proverb about a single meeting.', 'MINISTER ŠIMŮNEK: Thank you. We agree.', 'MINISTER IKEDA: We will meet again in May.', 'MINISTER ŠIMŮNEK: In Kyoto.', 'INTERPRETER: A correction from the interpreter.'],
      { kind: 'press conference transcript', outlet: 'Ministry of Foreign Affairs' },
    );
    expect(speakerOfWords(conference, 3, 'The minister used a proverb')).toBe('Yuko Brandt');
  });

  it('keeps a role label as printed where two people could hold it', () => {
    const hearing = madeUpDocument(
      ['Witness: Mr Karel Novotný, crane operator\nWitness: Ms Eva Malá, site manager', 'THE CHAIR: Good morning.', 'THE WITNESS: Good morning.', 'THE CHAIR: Please begin.', 'THE WITNESS: I was on site.'],
      { kind: 'hearing transcript', outlet: 'Dockside Collapse Inquiry' },
    );
    expect(speakerOfWords(hearing, 5, 'I was on site')).not.toBe('Karel Novotný');
    expect(speakerOfWords(hearing, 5, 'I was on site')).not.toBe('Eva Malá');
  });
});
