import { describe, expect, it } from 'vitest';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 38', () => {
  it("gives a press conference's unlabelled answers to the name heading their section, not to no one", () => {
    const conference = madeUpDocument(
      [
        'Head coach Petra Lindqvist and captain Jonas Berg spoke to the media after the match.',
        'PETRA LINDQVIST',
        'Q: Petra, how do you sum that one up?',
        'Painful. We gave them a way back into the game.',
        'Q: What changed after half-time?',
        'Nothing changed in the plan.',
        'JONAS BERG',
        'Q: Jonas, what was the dressing room like?',
        'Quiet. We know we threw that away.',
        'Q: And the fans at the end?',
        'They are entitled to tell us how they feel.',
        'Harwick Athletic travel to Sellick Town on Wednesday.',
      ],
      { kind: 'transcript', outlet: 'Harwick Athletic FC' },
    );
    inBold(conference, [1, 2, 4, 6, 7, 9]);
    expect(speakerOfWords(conference, 3, 'how do you sum')).toBeUndefined();
    expect(speakerOfWords(conference, 4, 'Painful.')).toBe('Petra Lindqvist');
    expect(speakerOfWords(conference, 6, 'Nothing changed')).toBe('Petra Lindqvist');
    expect(speakerOfWords(conference, 9, 'We know we threw')).toBe('Jonas Berg');
    expect(speakerOfWords(conference, 11, 'entitled to tell us')).toBe('Jonas Berg');
    expect(speakerOfWords(conference, 12, 'travel to Sellick Town')).toBeUndefined();
  });

  it('reads "BOARD MEMBERS PRESENT:" as a roster, no one\'s turn', () => {
    const transcript = madeUpDocument(
      [
        'BOARD MEMBERS PRESENT: Diane Okafor, President; Gerald Whitlock, Vice President.',
        'PRESIDENT OKAFOR: We move to item seven.',
        'MR. WHITLOCK: I support the motion.',
        'PRESIDENT OKAFOR: All in favour?',
        'MR. WHITLOCK: Aye.',
      ],
      { kind: 'transcript', outlet: 'Millbrook Unified School District' },
    );
    expect(speakerOfWords(transcript, 1, 'Diane Okafor, President')).toBeUndefined();
  });

  it('takes neither "Under Article" nor a lettered heading, "C. Analysis", for the person a "he said" is', () => {
    const decision = madeUpDocument(
      [
        '2. Analysis by the accredited laboratory returned an adverse finding.',
        '4. The case was that the substance entered his system through a contaminated supplement.',
        '5. In his witness statement, he said: "I checked the product before I first used it."',
        'C. Analysis',
        '6. Under Article 10.2.1 of the Rules, the period is four years.',
      ],
      { kind: 'tribunal ruling', outlet: 'Nordmark Anti-Doping Tribunal' },
    );
    expect(speakerOfWords(decision, 3, 'I checked the product')).toBeUndefined();
  });

  it("gives a bulletin's \"From the General Secretary\" section to its signer, and her signature to no one", () => {
    const bulletin = madeUpDocument(
      [
        "Members' Bulletin No. 17",
        'The pay offer explained',
        'The employers have offered 3% from September.',
        'From the General Secretary',
        'Colleagues,',
        'I have never known morale so low. Please vote.',
        'In solidarity,',
        'Bernadette Kilcullen\nGeneral Secretary',
        'Indicative ballot timetable',
        'The ballot opens on 27 January.',
      ],
      { kind: 'union bulletin', outlet: 'Northern Federation of Teachers' },
    );
    inBold(bulletin, [1, 3, 8]);
    expect(speakerOfWords(bulletin, 6, 'I have never known morale')).toBe('Bernadette Kilcullen');
    expect(speakerOfWords(bulletin, 8, 'General Secretary')).toBeUndefined();
  });

  it("reads a decision's block of field lines, and its panel's signatures with \"(Chair)\", as no one's words", () => {
    const decision = madeUpDocument(
      [
        'Decision of the Regulatory Commission',
        'Player: Daniel Achterberg\nClub: Harwick Athletic\nCharge: Improper conduct towards a match official\nHearing: 20 February 2024',
        '1. The Commission found the charge proved.',
        '2. The player is suspended for four matches.',
        'Ruth Okonjo (Chair)\nSimon Garvey\nAlan Pettigrew',
        '21 February 2024',
      ],
      { kind: 'disciplinary decision', outlet: 'Nordmark Football Association' },
    );
    expect(speakerOfWords(decision, 3, 'The Commission found')).toBe('Nordmark Football Association');
    expect(speakerOfWords(decision, 2, 'Club: Harwick Athletic')).toBeUndefined();
    expect(speakerOfWords(decision, 5, 'Simon Garvey')).toBeUndefined();
  });

  it('finds the speaker after a possessive and a verb chain: "My colleague Dr. Felix Abara, who is here today, walked over, tapped on the window and said"', () => {
    const speech = madeUpDocument(['My colleague Dr. Felix Abara, who is here today, walked over, tapped on the window and said, "Now we know where the water goes."'], { kind: 'speech', outlet: 'Wrenfield College', author: 'Lorraine Ashby-Cole' });
    expect(speakerOfWords(speech, 1, 'Now we know')).toBe('Felix Abara');
  });

  it('takes no opening adverb for a name: "Almost every time someone has said to me"', () => {
    const column = madeUpDocument(['Almost every time someone has said to me, "Nobody has ever asked us that before."'], { kind: 'news report', outlet: 'The Ridgeway Lantern' });
    expect(speakerOfWords(column, 1, 'Nobody has ever asked')).not.toBe('Almost');
  });

  it('gives an open letter\'s "you stood on the pitch … and told supporters: “…”" to the one its title writes to', () => {
    const letter = madeUpDocument(
      ['Dear Mr Lindqvist,', 'When you bought the club in 2021, you stood on the pitch and told supporters: "This club belongs to the town." Many of us were there.', 'We ask you to meet us.', 'The Board of the Supporters\' Trust'],
      { kind: 'open letter', outlet: "Harwick Athletic Supporters' Trust", title: 'An open letter to Victor Lindqvist' },
    );
    expect(speakerOfWords(letter, 2, 'This club belongs to the town')).toBe('Victor Lindqvist');
    expect(speakerOfWords(letter, 2, 'Many of us were there')).not.toBe('Victor Lindqvist');
  });

  it('never gives "the ethics committee" to a person an office names, the president it suspended', () => {
    const story = madeUpDocument([
      'KINGSPORT, Aug 29 (Nordwire) - The president of the Nordmark Handball Federation, Lars Gundersen, was provisionally suspended on Thursday by the federation\'s ethics committee.',
      'The ethics committee said: "We have credible information."',
    ]);
    expect(speakerOfWords(story, 2, 'We have credible information')).not.toBe('Lars Gundersen');
  });
});
