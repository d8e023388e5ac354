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
