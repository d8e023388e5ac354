import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 60: lectures as delivered, a release's contacts, repeated turn labels", () => {
  it('gives an annual lecture filed as delivered to its lecturer, its heading block and the publisher\'s note nobody\'s', () => {
    const lecture = markdownDocument(
      [
        '---\ntitle: "The 2025 Aldous Lecture"\noutlet: Halvorsen Museum of Maritime History\nauthor: Professor Ifeoma Carrington-Vale\nkind: annual lecture (text as delivered)\n---',
        '**HALVORSEN MUSEUM OF MARITIME HISTORY**',
        '**The Aldous Lecture 2025**',
        '**The Keepers\' Books**',
        '**Professor Ifeoma Carrington-Vale**\n*Delivered in the Great Hall, Halifax, 9 October 2025*',
        '*The text below is as delivered. Notes have been added for publication.*',
        '---',
        'Thank you all for coming out tonight. I should begin by confessing that I did not set out to study lighthouse keepers.',
        'There are 412 of those logbooks in this building.',
        'Thank you.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(lecture, 7, 'I did not set out')).toBe('Ifeoma Carrington-Vale');
    expect(speakerOfWords(lecture, 8, '412 of those logbooks')).toBe('Ifeoma Carrington-Vale');
    expect(speakerOfWords(lecture, 4, 'Delivered in the Great Hall')).toBeUndefined();
    expect(speakerOfWords(lecture, 5, 'Notes have been added')).toBeUndefined();
    // (Journalism about a lecture stays journalism: its narration nobody's.)
    const report = markdownDocument(
      ['---\ntitle: "Keepers remembered"\noutlet: The Chronicle Herald\nauthor: Sam Reid\nkind: report on lecture\n---', 'Professor Ifeoma Carrington-Vale spoke about lighthouse logs on Thursday.', 'There are 412 logbooks in the museum.'].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, '412 logbooks')).toBeUndefined();
  });

  it('reads "Contact:" alone over a ministry\'s communications office as a release\'s back matter, and "Quick Facts:" as no one', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Rural ambulance stations to add crews"\noutlet: Ministry of Health\nkind: press release\n---',
        'The province is adding 48 full-time paramedic positions in four rural communities.',
        '"Going full-time means I can plan my life," said Kieran Moss, a paramedic.',
        'Quick Facts:',
        '- BCEHS responds to more than 650,000 calls a year across the province.',
        'A backgrounder follows.',
        'Contact:',
        'Ministry of Health\nCommunications\n250 952-1887 (media line)',
        'Connect with the Province at: news.example/connect',
        '---',
        '**BACKGROUNDER**',
        '**Salmo**',
        'A new two-bay station will replace the current leased space.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 1, '48 full-time')).toBe('Ministry of Health');
    expect(speakerOfWords(release, 4, '650,000 calls')).toBe('Ministry of Health');
    expect(speakerOfWords(release, 7, 'Ministry of Health')).toBeUndefined();
    expect(speakerOfWords(release, 7, 'media line')).toBeUndefined();
    expect(speakerOfWords(release, 12, 'two-bay station')).toBe('Ministry of Health');
  });

  it("gives an earnings call's third turn to the officer its repeated label names", () => {
    const call = markdownDocument(
      [
        '---\ntitle: "Q3 2025 earnings call"\noutlet: Example Corp\nkind: earnings call transcript\n---',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Thank you. Revenue rose 4% in the quarter.',
        '**Anna Berg — Analyst, Nordbank**',
        'What about margins?',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Margins held at 12%, as we guided.',
        '**Anna Berg — Analyst, Nordbank**',
        'And costs?',
        '**Tobias Renner — Executive Vice President and Chief Financial Officer**',
        'Costs fell slightly.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(call, 6, 'Margins held')).toBe('Tobias Renner');
    expect(speakerOfWords(call, 10, 'Costs fell')).toBe('Tobias Renner');
  });

  it("completes a briefing's label in capitals by the full name its title gives after that same title", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press Briefing by Administrator Carla Mendez-Whitaker on the Lock and Dam 19 Barge Allision"\noutlet: Federal Inland Waterways Safety Administration\nkind: press briefing transcript\n---',
        'MS. HOLLOWAY: Good afternoon. I\'m Janelle Holloway, director of public affairs. The Administrator will take questions after her statement.',
        'Administrator.',
        'ADMINISTRATOR MENDEZ-WHITAKER: Thanks, Janelle. Good afternoon.',
        'The lock remains closed to all traffic.',
        'MS. HOLLOWAY: First question.',
        'Q: Will the lock open this week?',
        'ADMINISTRATOR MENDEZ-WHITAKER: No. The delay is physics.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 3, 'Thanks, Janelle')).toBe('Carla Mendez-Whitaker');
    expect(speakerOfWords(briefing, 4, 'lock remains closed')).toBe('Carla Mendez-Whitaker');
    expect(speakerOfWords(briefing, 7, 'delay is physics')).toBe('Carla Mendez-Whitaker');
  });

  it("gives an open letter five sign to its signers by name, each without the titles its byline prints", () => {
    const letter = markdownDocument(
      [
        '---\ntitle: "An Open Letter to the Leaders of the Meridian Group"\noutlet: Coalition for Child Nutrition Now\nauthor: Amara Ndiaye-Brooks, Henrik Solvang, Beatriz Quiroga-Lamm, Rev. Samuel Adeyemi-Hart, Dr. Leila Farouk-Jansen\nkind: open letter signed by NGO leaders\n---',
        'Excellencies,',
        'We write to you as the leaders of five organisations that treat more than two million children a year.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letter, 2, 'We write to you')).toBe('Amara Ndiaye-Brooks, Henrik Solvang, Beatriz Quiroga-Lamm, Samuel Adeyemi-Hart, Leila Farouk-Jansen');
  });
});
