import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe('round 55: a Q&A under a place\'s chief, a Senate hearing story, a sports round-up and a sentencing', () => {
  it("answers a Q&A whose title calls the interviewee \"Abu Dhabi's urban cooling chief\" with the one the introduction names", () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "\'We don\'t get to choose the weather\': Abu Dhabi\'s urban cooling chief on shade and trees"\noutlet: The National\nauthor: Ola Farouk\nkind: interview (Q&A with an introduction)\n---',
        'Ola Farouk, Abu Dhabi',
        'On a mid-August afternoon, Dr Hessa Al Ketbi is standing on a pavement in Al Khalidiyah holding a thermometer.',
        'Dr Al Ketbi, 44, a climate scientist, was appointed last year to lead the office.',
        '**What has changed?**',
        'The intensity and the length. Now we have months.',
        '**So your focus is on the outdoors?**',
        'On the spaces between buildings, yes.',
        '**How do you measure success?**',
        'Not by the number of trees planted.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 5, 'The intensity')).toBe('Hessa Al Ketbi');
    expect(speakerOfWords(interview, 4, 'What has changed')).toBe('Ola Farouk');
  });

  it('reads a hearing story past its dateline, its caption\'s lead word, "the father of" and "shot back"', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Engineer admits signing off on unfinished dike"\noutlet: Philippine Daily Inquirer\nkind: news report\n---',
        '*GRILLED Engineer Arnel Dizon of the DPWH district office answers questions from senators on Wednesday.*',
        'MANILA, Philippines — The district engineer admitted on Wednesday that he certified the dike as "100 percent complete."',
        '"I did not personally inspect, Your Honor," Dizon said.',
        '"Who released the money, Engineer?" asked Sen. Ramon Villareal, the committee chair.',
        '"The accounting division, Your Honor," Dizon replied.',
        '"Complete documents for an incomplete dike," the senator shot back.',
        'One of those who drowned was the father of Lorna Pascual, 38, a vendor who traveled to Manila for the hearing.',
        '"We believed them. My father believed them," Pascual said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 3, 'personally inspect')).toBe('Arnel Dizon');
    expect(speakerOfWords(story, 2, '100 percent complete')).not.toBe('Philippines');
    expect(speakerOfWords(story, 6, 'Complete documents')).toBe('Ramon Villareal');
    expect(speakerOfWords(story, 8, 'My father believed')).toBe('Lorna Pascual');
  });

  it('gives "said the 21-year-old" to the player a "Meanwhile," sentence just had speaking, past her "who" clause', () => {
    const roundUp = markdownDocument(
      [
        '---\ntitle: "Pair end Hong Kong Open run"\noutlet: The Star\nkind: news report\n---',
        'National coach Kenneth Yeo said the team had played well.',
        "Meanwhile, women's singles player Nurul Aisyah Kamarudin, who lost in the quarter-finals on Friday, said she had learned a lot from her defeat.",
        '"I didn\'t expect to push her that far. It gives me confidence," said the 21-year-old, who is ranked 24th in the world.',
        'One operator, who asked not to be named because she is not authorized to speak, said the stress was rarely about the driving.',
        '"Some nights I just sit in the car," she said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(roundUp, 3, 'push her that far')).toBe('Nurul Aisyah Kamarudin');
    expect(speakerOfWords(roundUp, 5, 'sit in the car')).not.toBe('Nurul Aisyah Kamarudin');
  });

  it("keeps a mother's words hers over \"She turned toward the defense table.\", and the one asked, not the judge who asked, the \"he\" who then speaks", () => {
    const sentencing = markdownDocument(
      [
        '---\ntitle: "Drunk driver gets 9 years"\noutlet: Chicago Tribune\nkind: court report\n---',
        'Cook County Judge Alberto Kessling imposed the sentence on Derek Halloran, 31, on Thursday.',
        "Esposito's mother, Carmela Esposito, spoke first among the family.",
        '"He called me that afternoon," she said. "I set the plate out anyway."',
        'She turned toward the defense table.',
        '"You took the whole future, Mr. Halloran. Not just his. Mine."',
        'Halloran, dressed in a gray suit, kept his eyes on the floor for much of the hearing.',
        'When Kessling asked whether he wished to speak, he stood and read from a single sheet of paper.',
        '"I think about Julian every day," he said, his voice breaking.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(sentencing, 5, 'whole future')).toBe('Carmela Esposito');
    expect(speakerOfWords(sentencing, 8, 'Julian every day')).toBe('Derek Halloran');
  });
});
