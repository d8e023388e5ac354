import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe("speeches headed with their speaker's name and bodies speaking as \"we\" whatever their names (round 33)", () => {
  it('gives a results speech a company files with no author to the speaker its heading names, and leaves a news story so headed alone', () => {
    const speech = madeUpDocument(
      [
        'Examplenet ASA – Annual results 2024',
        'Speech by Kari Nordvik Lund, President and CEO\nOslo, 6 February 2025',
        'Good morning, and welcome to everyone following the webcast.',
        'Revenue for the year was NOK 31.8 billion. I would make the same decision again.',
      ],
      { kind: 'speech', outlet: 'Examplenet ASA' },
    );
    expect(speakerOfWords(speech, 3, 'Good morning')).toBe('Kari Nordvik Lund');
    expect(speakerOfWords(speech, 4, 'I would make')).toBe('Kari Nordvik Lund');
    const story = madeUpDocument(
      [
        'Speech by Kari Nordvik Lund, President and CEO',
        'Revenue for the year was NOK 31.8 billion, the company said.',
      ],
      { kind: 'speech analysis', outlet: 'Example News' },
    );
    expect(speakerOfWords(story, 2, 'Revenue for the year')).toBeUndefined();
  });

  it('gives a water corporation\'s plan in its own "we" to the corporation, and a payments company\'s notice one officer writes to her', () => {
    const plan = madeUpDocument(
      [
        'Drought Preparedness Plan 2025',
        'We monitor storage levels in each of our supply systems every week.',
        'When storages fall below set trigger levels, we move to the next stage of response.',
        'Restrictions are not our first response.',
      ],
      { kind: 'drought plan summary', outlet: 'Examplevale Highlands Water' },
    );
    expect(speakerOfWords(plan, 2, 'We monitor storage')).toBe('Examplevale Highlands Water');
    expect(speakerOfWords(plan, 4, 'Restrictions are not')).toBe('Examplevale Highlands Water');
    const notice = madeUpDocument(
      [
        'On 31 March our security team detected unusual activity in a support tool.',
        'We shut off access to the tool within 40 minutes.',
        'An attacker used the stolen login of one support contractor.',
        'We will update this notice if we learn more.',
      ],
      { kind: 'security incident disclosure', outlet: 'Examplepay', author: 'Mei Lin Tan' },
    );
    expect(speakerOfWords(notice, 3, 'An attacker used')).toBe('Mei Lin Tan');
  });

  it('leaves a body\'s document not written as "we", a news report, and a publication\'s piece in its "we" to no one', () => {
    const thirdPerson = madeUpDocument(
      ['The corporation monitors storage levels every week.', 'Restrictions follow when storages fall below set levels.', 'The plan is reviewed every year.'],
      { kind: 'drought plan summary', outlet: 'Examplevale Highlands Water' },
    );
    expect(speakerOfWords(thirdPerson, 1, 'The corporation monitors')).toBeUndefined();
    const news = madeUpDocument(['We monitor storage levels every week, the utility said.', 'We move to the next stage when storages fall.'], { kind: 'news report', outlet: 'Examplevale Highlands Water' });
    expect(speakerOfWords(news, 2, 'We move to')).toBeUndefined();
    const paper = madeUpDocument(['We asked readers what they think of the plan.', 'Our inbox filled up within hours.'], { kind: 'reader guidance', outlet: 'Examplevale Daily News' });
    expect(speakerOfWords(paper, 2, 'Our inbox')).toBeUndefined();
  });

  it("gives a band's post in its own \"we\" to the band by its name, without the outlet's gloss of three words or more", () => {
    const post = madeUpDocument(
      ["We've been putting off writing this for a few weeks.", 'After eleven years, we are going to take a break.', "We still love each other. We're just tired."],
      { kind: 'social media announcement', outlet: "Mlhavka (band's official Instagram and Facebook pages)" },
    );
    expect(speakerOfWords(post, 2, 'After eleven years')).toBe('Mlhavka');
  });
});

describe('the review of round 33: speeches and bodies speaking as "we" without a newsroom\'s or an interviewee\'s words', () => {
  const investigation = ['We reviewed 4,000 pages of inspection records obtained by our team.', 'Our analysis found the hospital ignored 14 warnings in 2023.', 'The hospital ignored warnings from its own nurses.', 'We asked the hospital for comment.'];

  it("leaves a newsroom's piece in its own \"we\" to no one, whatever its genre and whether its name says it is a newsroom", () => {
    for (const [kind, outlet, author] of [
      ['live coverage', 'Al Jazeera', undefined],
      ['documentary script', 'BBC', undefined],
      ['deep dive', 'ProPublica', 'Jane Marsh'],
      ['special', 'Bloomberg', 'Jane Marsh'],
    ] as const) {
      const doc = madeUpDocument(investigation, { kind, outlet, author });
      expect(speakerOfWords(doc, 3, 'The hospital ignored'), `${kind} / ${outlet}`).toBeUndefined();
    }
    const leaked = madeUpDocument(['From: Mark Hale', 'We need to bury the safety report until after the vote.', 'Our lawyers agree.'], { kind: 'leaked emails', outlet: 'WikiLeaks' });
    expect(speakerOfWords(leaked, 2, 'We need to bury')).toBeUndefined();
  });

  it("leaves an interviewee's answers in a journalist's questions and answers to no one rather than to the journalist", () => {
    const qa = madeUpDocument(
      ['Jane Marsh spoke to union leader Tom Blake about the strike.', 'Why are you striking?', 'We have been underpaid for years and our members have had enough.', 'Will you settle?', 'We will not settle until our pay is restored.'],
      { kind: 'Q&A', outlet: 'Politico', author: 'Jane Marsh' },
    );
    expect(speakerOfWords(qa, 1, 'Jane Marsh spoke')).toBeUndefined();
    expect(speakerOfWords(qa, 3, 'We have been underpaid')).toBeUndefined();
  });

  it('leaves journalism about a headed speech to no one, and a speech\'s heading block to the layout', () => {
    const headed = ['Address by Prime Minister Jane Doe, Government of Examplia', 'The prime minister promised lower taxes, though the budget office has said that is unaffordable.', 'Critics were unimpressed.'];
    for (const kind of ['news report on the speech', 'speech analysis']) {
      expect(speakerOfWords(madeUpDocument(headed, { kind, outlet: 'Example News' }), 3, 'Critics were'), kind).toBeUndefined();
    }
    const speech = madeUpDocument(['Speech by Jane Doe, Professor of History\nOslo, 6 February 2025', 'Thank you for having me.', 'History teaches patience above all.'], { kind: 'speech', outlet: 'Examplia Forum' });
    expect(speakerOfWords(speech, 1, 'Speech by Jane Doe')).toBeUndefined();
    expect(speakerOfWords(speech, 1, 'Oslo, 6 February')).toBeUndefined();
    expect(speakerOfWords(speech, 3, 'History teaches')).toBe('Jane Doe');
  });

  it("gives a guest lecture, a sermon and a eulogy headed with their speaker to the speaker, the shortcut as the full reading does", () => {
    for (const [kind, heading, speaker] of [
      ['guest lecture', 'Lecture by Professor Ann Lee, Examplia University', 'Ann Lee'],
      ['sermon', 'Sermon preached by the Revd John Smith', 'John Smith'],
      ['eulogy', 'Eulogy delivered by Mary Adeyemi', 'Mary Adeyemi'],
    ] as const) {
      const doc = madeUpDocument([heading, 'Thank you all for coming today.', 'History teaches patience above all.'], { kind, outlet: 'Examplia Forum' });
      expect(speakerOfWords(doc, 3, 'History teaches'), kind).toBe(speaker);
    }
  });
});
