import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("the review of round 43's rules", () => {
  it("gives a colleague's complaint to nobody, not to the councillor a passive sentence suspends, and a noun's labelling to nobody", () => {
    const story = madeUpDocument([
      'Councillor Ray Holt was suspended by his party on Monday after a complaint from a colleague, accusing him of “bullying and intimidation”.',
      'Under the new rules, labelling of “natural” products will be tightly restricted from January.',
      'The opposition leader, Anne Price, hit back, accusing the council of “wilful amnesia” over the closures.',
    ]);
    expect(speakerOfWords(story, 1, 'bullying and intimidation')).toBeUndefined();
    expect(speakerOfWords(story, 2, 'natural')).toBeUndefined();
    expect(speakerOfWords(story, 3, 'wilful amnesia')).toBe('Anne Price');
  });

  it('gives "the parish council said" to no city council whose name lacks "parish"', () => {
    const story = madeUpDocument([
      'Residents of Thorner say their parish council has written to the contractor.',
      'Leeds City Council said on Friday that the works would go ahead.',
      '“We have asked for an urgent meeting with the contractor,” the parish council said.',
    ]);
    expect(speakerOfWords(story, 3, 'We have asked for an urgent meeting')).not.toBe('Leeds City Council');
  });

  it('gives "the skipper said" to no coastguard commander, and "the defender said" to no sheriff', () => {
    const rescue = madeUpDocument([
      'Five fishermen were rescued from a liferaft off Shetland on Tuesday after their trawler sank in heavy seas.',
      'Coastguard commander Ian Munro said the men had been winched aboard a helicopter.',
      '“The boat went over in less than two minutes,” the skipper said from his hospital bed.',
    ]);
    expect(speakerOfWords(rescue, 3, 'The boat went over')).not.toBe('Ian Munro');
    const trial = madeUpDocument([
      'A footballer has been cleared of assault at Inverness Sheriff Court.',
      'Sheriff Morag Lennox told jurors to weigh the evidence with care.',
      '“I always said I was defending myself,” the defender said outside court.',
    ]);
    expect(speakerOfWords(trial, 3, 'I always said')).not.toBe('Morag Lennox');
  });

  it('keeps "she said" the inspector\'s after a woman others describe, and the headteacher\'s after a paragraph describing a mother', () => {
    const crash = madeUpDocument([
      'Chief Inspector Laura Hay said the crash happened just after 7am near Tyndrum.',
      'A woman whom paramedics described as seriously injured was flown to hospital in Glasgow.',
      '“We are appealing for anyone with dashcam footage to come forward,” she said.',
    ]);
    expect(speakerOfWords(crash, 3, 'We are appealing')).toBe('Laura Hay');
    const school = madeUpDocument([
      'Headteacher Carol Burns said pupils would be taught in the village hall until at least Easter.',
      'A mother waiting at the gates described the scene as chaotic.',
      '“All pupils are safe and accounted for, and every parent has been contacted,” she said.',
    ]);
    expect(speakerOfWords(school, 3, 'All pupils are safe')).toBe('Carol Burns');
  });

  it("gives a union's initials to no employer the story names once, as another's object", () => {
    const story = madeUpDocument([
      'Track workers employed by Rail Maintenance Technologies Ltd will strike for 48 hours from Friday.',
      '“Our members are being put in danger every night to save money,” RMT said.',
    ]);
    expect(speakerOfWords(story, 2, 'Our members')).not.toBe('Rail Maintenance Technologies Ltd');
  });

  it('reads "the firm said" as the firm named, whatever a predicate says it is', () => {
    const story = madeUpDocument([
      'Tunnock Baking, the biscuit firm, said on Monday it would close its Ayr bakery.',
      'The business remains a family firm, founded in 1890, and employs 600 people.',
      '“This is the hardest decision we have taken in our history,” the firm said.',
    ]);
    expect(speakerOfWords(story, 3, 'This is the hardest decision')).toBe('Tunnock Baking');
  });

  it("reads a company's trade appositive though a pronoun follows about its chief executive", () => {
    const story = madeUpDocument([
      'Crunchwell Foods, a crisp maker, said on Monday that its chief executive, Sarah Lund, would step down in June. Her successor has not been named.',
      'Shares fell 4 percent in early trading.',
      '“We thank Sarah for eight years of leadership,” the company said.',
    ]);
    expect(speakerOfWords(story, 3, 'We thank Sarah')).toBe('Crunchwell Foods');
  });

  it("leaves a report's words the report's where the defendant conceded its conclusion", () => {
    const remarks = markdownDocument(
      [
        '---\ntitle: "R v Callum James Dray: sentencing remarks"\noutlet: Crown Court at Truro\nkind: sentencing remarks\n---',
        'R v Callum James Dray',
        'You conceded that the report\'s conclusion that you were "at high risk of reoffending" was fair.',
        'In interview you said, "I panicked."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(remarks, 2, 'at high risk of reoffending')).not.toBe('Callum James Dray');
    expect(speakerOfWords(remarks, 3, 'I panicked')).toBe('Callum James Dray');
  });

  it("keeps a guest column going past its own line ending with a colon", () => {
    const bulletin = markdownDocument(
      [
        '---\ntitle: "Branch bulletin, March"\noutlet: Unison Cornwall Health Branch\nkind: members\' bulletin\n---',
        "This month's column is by Gwen Tallis, our branch secretary.",
        'The pay offer is not good enough, and members have told us so in their hundreds.',
        'Three things to do:',
        'Come to the branch meeting on 20 March. Talk to your ward rep about the pay offer.',
        'I will see you on the picket line if it comes to that.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(bulletin, 2, 'The pay offer is not good enough')).toBe('Gwen Tallis');
    expect(speakerOfWords(bulletin, 5, 'I will see you on the picket line')).toBe('Gwen Tallis');
  });

  it("gives nothing to the reporter whose byline fills the line over a paragraph about someone else", () => {
    const story = markdownDocument(
      [
        '---\ntitle: "Judge retires"\noutlet: Cornish Times\nauthor: Rachel Moss\nkind: news report\n---',
        'Rachel Moss',
        'She has spent 30 years on the bench at Truro Crown Court and says she will “miss the people more than the law”.',
        'Judge Linda Carr retires on Friday.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'miss the people')).not.toBe('Rachel Moss');
  });
});
