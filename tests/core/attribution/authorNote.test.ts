import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

const opinion = (...paragraphs: string[]) => madeUpDocument(paragraphs, { kind: 'opinion', author: 'Eva Marek' });


describe("notes about an opinion piece's author", () => {
  it("gives the author's closing bio (her own name, then \"is a…\") nobody, and keeps her argument hers", () => {
    const d = opinion(
      'Software now decides who gets a loan. When it gets things wrong, nobody answers for it.',
      'The government should bring the proposal back.',
      'Eva Marek is a lawyer specialising in consumer law. She teaches at Masaryk University.',
    );
    expect(speakerOfWords(d, 1, 'When it gets things wrong, nobody answers for it.')).toBe('Eva Marek');
    expect(speakerOfWords(d, 3, 'Eva Marek is a lawyer specialising in consumer law.')).toBeUndefined();
    expect(speakerOfWords(d, 3, 'She teaches at Masaryk University.')).toBeUndefined();
  });

  it("keeps the author's voice where a closing line is about someone else, or \"the author\" is part of her argument", () => {
    const d = opinion(
      'Our courts were built for a world in which a decision had an author. When the author is a model, the victim cannot prove fault.',
      'Karin Lindholm is a Swedish MEP who has followed the file. She is right.',
    );
    expect(speakerOfWords(d, 1, 'When the author is a model, the victim cannot prove fault.')).toBe('Eva Marek');
    expect(speakerOfWords(d, 2, 'Karin Lindholm is a Swedish MEP who has followed the file.')).toBe('Eva Marek');
    expect(speakerOfWords(d, 2, 'She is right.')).toBe('Eva Marek');
  });

  it('still gives a note that opens with "The author is…" nobody', () => {
    const d = opinion('Rail is cheaper than roads.', 'The author is a transport economist in Prague.');
    expect(speakerOfWords(d, 1, 'Rail is cheaper than roads.')).toBe('Eva Marek');
    expect(speakerOfWords(d, 2, 'The author is a transport economist in Prague.')).toBeUndefined();
  });
});

describe("an author's bio line without an article (round 13)", () => {
  it('gives "Siobhán Moran is general secretary of …" closing her op-ed to nobody', () => {
    const d = madeUpDocument(['Nurses are leaving the wards.', 'The minister must act now.', 'Siobhán Moran is general secretary of the Nurses and Midwives Union of Ireland.'], { kind: 'opinion', author: 'Siobhán Moran' });
    expect(speakerOfWords(d, 2, 'The minister must act now.')).toBe('Siobhán Moran');
    expect(speakerOfWords(d, 3, 'general secretary')).toBeUndefined();
  });
});

describe("words an opinion piece quotes from someone else (round 14)", () => {
  it("gives nobody, not the author, a sentence holding someone's quoted speech the rules cannot attribute", () => {
    const sentence = 'Nobody at the hospital would say it on the record, but ‘you stop being a nurse and you become a traffic controller’ is what I heard all week.';
    expect(speakerOfWords(opinion(sentence), 1, sentence)).toBeUndefined();
    // The author's own sentence around a quoted title stays hers.
    const titled = 'The gallery will show “View of the Moldau at Prague” again next spring, and it should.';
    expect(speakerOfWords(opinion(titled), 1, titled)).toBe('Eva Marek');
  });
});

describe('a speech\'s or press release\'s headings and headnote (round 18)', () => {
  it('gives a heading line and a publisher\'s headnote nobody, and keeps the speaker\'s words theirs', () => {
    const d = madeUpDocument(
      [
        'Philippine Secretary of National Defense Ramon Villaflor delivered the following address at the Shangri-La Dialogue. The text below is as delivered.',
        'Thank you, Chairman. It is an honour to speak here.',
        'The view from Masinloc',
        'Our fishermen have sailed these waters for generations.',
      ],
      { kind: 'speech', title: 'Speech at the Shangri-La Dialogue', author: 'Ramon Villaflor' },
    );
    expect(speakerOfWords(d, 1, 'delivered the following address')).toBeUndefined();
    expect(speakerOfWords(d, 3, 'The view from Masinloc')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'It is an honour to speak here.')).toBe('Ramon Villaflor');
    expect(speakerOfWords(d, 4, 'Our fishermen have sailed these waters')).toBe('Ramon Villaflor');
  });

  it('keeps a short answer without a stop in an interview its speaker\'s: headings are read only in an author\'s own voice', () => {
    const d = madeUpDocument(['JANA NOVAK: Do you drive?', 'TOM HALE: Hardly ever', 'JANA NOVAK: Why not?', 'TOM HALE: The trams are better'], { kind: 'transcript' });
    expect(speakerOfWords(d, 2, 'Hardly ever')).toBe('Tom Hale');
  });
});

describe("a judge's opinion filed as a court report (round 20)", () => {
  const judgment = (title: string) =>
    madeUpDocument(
      [
        'OUTER HOUSE, COURT OF SESSION\n[2025] CSOH 91\nCA47/24',
        'OPINION OF LORD ARDMILLAN\nIn the cause\nLOCH FENNART OYSTERS LIMITED\nPursuers',
        '[1] The pursuers farm Pacific oysters on the foreshore of Loch Fennart. The harvesting area was closed for eleven weeks.',
        '[2] I accept the evidence of the pursuers\' manager. The defenders\' operator said the alarm was logged as a "low-priority fault".',
      ],
      { kind: 'court report', title, author: 'Lord Ardmillan', outlet: 'Court of Session, Outer House' },
    );

  it('gives the opinion\'s own text to the judge its title names as the author, and its header of short lines to nobody', () => {
    const d = judgment('Opinion of Lord Ardmillan in the cause Loch Fennart Oysters Ltd against Caledon Wastewater Operations Ltd');
    expect(speakerOfWords(d, 3, 'The harvesting area was closed for eleven weeks.')).toBe('Lord Ardmillan');
    expect(speakerOfWords(d, 4, 'I accept the evidence')).toBe('Lord Ardmillan');
    expect(speakerOfWords(d, 1, 'OUTER HOUSE, COURT OF SESSION')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'LOCH FENNART OYSTERS LIMITED')).toBeUndefined();
  });

  it("leaves a court report whose title is no one's own words as a report, its narration nobody's", () => {
    const d = judgment('Oyster farm wins £1.4m over sewage spill');
    expect(speakerOfWords(d, 3, 'The harvesting area was closed for eleven weeks.')).toBeUndefined();
  });
});

describe("a newspaper's piece filed as a report (round 20)", () => {
  it("leaves its narration nobody's, as a think tank's report is still its issuer's", () => {
    const paper = madeUpDocument(['The state pension age will rise to 68. Here is how unions reacted.'], { kind: 'report', outlet: 'The Guardian', author: 'Jasper Hollis' });
    expect(speakerOfWords(paper, 1, 'The state pension age will rise to 68.')).toBeUndefined();
    const thinkTank = madeUpDocument(['The state pension age should rise to 68.'], { kind: 'report', outlet: 'Institute for Fiscal Studies', author: 'Hannah Colville' });
    expect(speakerOfWords(thinkTank, 1, 'The state pension age should rise to 68.')).toBe('Institute for Fiscal Studies');
  });
});

describe("judicial documents and unsigned opinion (round 21)", () => {
  it("gives a tribunal's decision and a coroner's report to their author, and an unsigned opinion piece to its paper", () => {
    const decision = madeUpDocument(['The claimant’s complaint of unfair dismissal is well-founded and succeeds.'], { kind: 'tribunal decision', outlet: 'Employment Tribunal decisions (GOV.UK)', author: 'Employment Judge R Marsh' });
    expect(speakerOfWords(decision, 1, 'unfair dismissal is well-founded')).toBe('Employment Judge R Marsh');
    const coroner = madeUpDocument(['I am Sarah Whitcombe, Assistant Coroner for London North West.', 'The investigation concluded on 9 July 2025.'], { kind: 'report', outlet: 'Courts and Tribunals Judiciary', author: 'Sarah Whitcombe' });
    expect(speakerOfWords(coroner, 2, 'The investigation concluded')).toBe('Sarah Whitcombe');
    const view = madeUpDocument(['The decision to end rent pressure zones is a gamble.'], { kind: 'opinion', outlet: 'The Irish Times', title: 'The Irish Times view on the end of rent pressure zones' });
    expect(speakerOfWords(view, 1, 'is a gamble')).toBe('The Irish Times');
    // (A newspaper's court report stays journalism.)
    const court = madeUpDocument(['The builder was jailed for three years.'], { kind: 'court report', outlet: 'Manchester Evening News', author: 'Rachel Kenyon' });
    expect(speakerOfWords(court, 1, 'was jailed')).toBeUndefined();
  });
});

describe("a form's headings in capitals (round 21)", () => {
  it('leaves a coroner\'s report\'s capitals headings nobody\'s, and a heading ending in a colon introduces no speaker', () => {
    const d = madeUpDocument(
      ['REGULATION 28: REPORT TO PREVENT FUTURE DEATHS', 'THIS REPORT IS BEING SENT TO:', '1. The Registered Manager, Elmcroft Lodge Care Home', 'I am Sarah Whitcombe, Assistant Coroner.'],
      { kind: 'report', outlet: 'Courts and Tribunals Judiciary', author: 'Sarah Whitcombe' },
    );
    expect(speakerOfWords(d, 1, 'REPORT TO PREVENT FUTURE DEATHS')).toBeUndefined();
    expect(speakerOfWords(d, 2, 'THIS REPORT IS BEING SENT TO')).toBeUndefined();
    expect(speakerOfWords(d, 3, 'The Registered Manager') ?? '').not.toMatch(/SENT/);
    expect(speakerOfWords(d, 4, 'I am Sarah Whitcombe')).toBe('Sarah Whitcombe');
  });
});

describe("a document's fields and contact block (round 21)", () => {
  it("leaves a speech's 'From:' and 'Delivered on:' lines and a release's contacts and notes to editors nobody's", () => {
    const speech = madeUpDocument(['From: Department for Education and The Rt Hon Rebecca Haldane MP', 'Delivered on: 20 November 2025', 'Every day in school matters.'], { kind: 'speech', author: 'Rebecca Haldane' });
    expect(speakerOfWords(speech, 1, 'Department for Education')).toBeUndefined();
    expect(speakerOfWords(speech, 2, '20 November 2025')).toBeUndefined();
    expect(speakerOfWords(speech, 3, 'Every day in school matters.')).toBe('Rebecca Haldane');
    const release = madeUpDocument(['Norvale Therapeutics today announced positive results.', 'Media Contact:\nDaniel Fry\nmedia@norvaletx.com', 'Notes to editors: Norvale is based in Austin.', 'Enquiries:\nMarlow Vale Water, Investor Relations, +44 20 7946 0000'], { kind: 'press release', outlet: 'Norvale Therapeutics' });
    expect(speakerOfWords(release, 4, 'Investor Relations')).toBeUndefined();
    expect(speakerOfWords(release, 1, 'today announced positive results')).toBe('Norvale Therapeutics');
    expect(speakerOfWords(release, 2, 'Daniel Fry')).toBeUndefined();
    expect(speakerOfWords(release, 3, 'Norvale is based in Austin.')).toBeUndefined();
  });
});

describe("round 21's review: own voice", () => {
  it("gives an unsigned opinion piece to its paper only when its title says it is the paper's view, and a poll story's narration to nobody", () => {
    const view = madeUpDocument(['The decision is a gamble.'], { kind: 'opinion', outlet: 'The Irish Times', title: 'The Irish Times view on rent pressure zones: a gamble' });
    expect(speakerOfWords(view, 1, 'is a gamble')).toBe('The Irish Times');
    const bylined = madeUpDocument(['By Senator Maria Lopez', 'Our hospitals are closing.'], { kind: 'opinion', outlet: 'The Irish Times', title: 'Rural hospitals need a lifeline' });
    expect(speakerOfWords(bylined, 2, 'Our hospitals are closing.')).not.toBe('The Irish Times');
    const poll = madeUpDocument(['Support for the party fell to 21 per cent.'], { kind: 'opinion poll', outlet: 'The Herald', title: 'Poll shows slump' });
    expect(speakerOfWords(poll, 1, 'Support for the party fell')).toBeUndefined();
  });

  it('keeps a report by the European Court of Auditors the institution’s, and a news outlet named "Court News" journalism', () => {
    const audit = madeUpDocument(['The Commission did not check the payments.'], { kind: 'audit report', outlet: 'European Court of Auditors', author: 'Joëlle Elvinger' });
    expect(speakerOfWords(audit, 1, 'did not check the payments')).toBe('European Court of Auditors');
    const news = madeUpDocument(['The builder was jailed for three years.'], { kind: 'report', outlet: 'Court News UK', author: 'Jane Doe' });
    expect(speakerOfWords(news, 1, 'was jailed')).not.toBe('Jane Doe');
  });

  it("keeps an author's words in capitals and an op-ed's 'Before:' the author's", () => {
    const speech = madeUpDocument(['We have a plan.', 'WE WILL NOT BACK DOWN, NOT NOW, NOT EVER', 'Thank you.'], { kind: 'speech', author: 'Keir Starmer' });
    expect(speakerOfWords(speech, 2, 'WE WILL NOT BACK DOWN')).toBe('Keir Starmer');
    const oped = madeUpDocument(['The new triage works.', 'Before: patients waited six hours. After: they wait two.'], { kind: 'opinion', author: 'Ann Lee' });
    expect(speakerOfWords(oped, 2, 'patients waited six hours')).toBe('Ann Lee');
  });
});
