import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 49's first batch: hearings, inquiries, ombudsmen and an MP's newsletter", () => {
  it("keeps a hearing's staff and witness lists nobody's, and gives a two-word office's label to the one its header names in it", () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Hearing on SB25-100"\noutlet: Colorado General Assembly\nkind: hearing transcript\n---',
        'SENATE COMMITTEE ON TRANSPORT',
        'COMMITTEE MEMBERS PRESENT:\nSenator Marisol Reyes, Chair\nSenator Paul Quintana',
        'COMMITTEE STAFF:\nAaron Feld, Committee Assistant\nNora Pacheco, Legislative Council Staff',
        'WITNESSES:\nThomas Garrity, Rocky Mountain Insurance Alliance\nLori Sandoval, homeowner, Pine Junction',
        'CHAIR REYES: Good afternoon. Mr. Feld, would you call the roll, please?',
        'COMMITTEE ASSISTANT: Senator Quintana.',
        'SENATOR QUINTANA: Here.',
        'MS. SANDOVAL: I lost my policy twice.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 3, 'Aaron Feld, Committee Assistant')).toBeUndefined();
    expect(speakerOfWords(hearing, 4, 'Lori Sandoval, homeowner')).toBeUndefined();
    expect(speakerOfWords(hearing, 6, 'Senator Quintana.')).toBe('Aaron Feld');
    expect(speakerOfWords(hearing, 8, 'I lost my policy twice')).toBe('Lori Sandoval');
  });

  it("reads a royal commission's examination headed in capitals, its chair named with her letters, and an answer's label as no initial", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Transcript of hearing, Day 23"\noutlet: Royal Commission of Inquiry into the Collapse of the Kōwhai Stream Bridge\nkind: transcript\n---',
        'TRANSCRIPT OF PROCEEDINGS',
        'BEFORE:\nThe Hon. Dame Alison Pemberton-Reid DNZM (Chair)\nDr Rawiri Te Kani (Member)',
        'APPEARANCES:\nMs Hana Matiu-Reeves, Counsel Assisting the Royal Commission\nMr Graham Sowter KC for the Roading Agency',
        'THE CHAIR: Good morning. Ms Matiu-Reeves.',
        'MS MATIU-REEVES: Tēnā koe, Madam Chair. The next witness is Mr Callum Driscoll.',
        'MR CALLUM DRISCOLL (affirmed)',
        'EXAMINATION BY MS MATIU-REEVES',
        'Q. Mr Driscoll, you sent an email to Mr Trevor Lockwood, your team leader. What happened after you sent it?',
        'A. Trevor rang me, maybe twenty minutes later. And he said, and I remember this clearly, "We are not closing a state highway on a Friday."',
        'Q. Did you follow it up?',
        'A. Not in writing.',
        'THE CHAIR: Thank you. Go on, Ms Matiu-Reeves.',
        'MR SOWTER: Madam Chair, before Ms Matiu-Reeves goes on, I should record an objection.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'Good morning')).toBe('Alison Pemberton-Reid');
    expect(speakerOfWords(transcript, 7, 'EXAMINATION BY')).toBeUndefined();
    expect(speakerOfWords(transcript, 8, 'What happened after you sent it?')).toBe('Hana Matiu-Reeves');
    expect(speakerOfWords(transcript, 9, 'Trevor rang me')).toBe('Callum Driscoll');
    expect(speakerOfWords(transcript, 9, 'We are not closing a state highway')).toBe('Trevor Lockwood');
    expect(speakerOfWords(transcript, 11, 'Not in writing')).toBe('Callum Driscoll');
    expect(speakerOfWords(transcript, 12, 'Go on')).toBe('Alison Pemberton-Reid');
  });

  it("gives an ombudsman's investigation report to the ombudsman who signs it, not a newsroom's, and a relative clause's speaker its own subject", () => {
    const paragraphs = [
      '1.1 This investigation examined 112 applications for grants received by Kilbrennan County Council.',
      '1.2 I found that the delay was caused mainly by the Council holding applications until the end of the year.',
      '3.3 During the investigation my Office obtained an internal email in which a senior executive officer wrote: "No point sending these out until we know the allocation." In my view that email captures the problem.',
      '3.4 I recommend that the Council apologise to each applicant.',
    ];
    const report = markdownDocument(['---\ntitle: "Waiting at the Door"\noutlet: Office of the Ombudsman\nauthor: Niamh Corcoran-Daly\nkind: investigation report\n---', ...paragraphs].join('\n\n'));
    expect(speakerOfWords(report, 1, 'This investigation examined')).toBe('Niamh Corcoran-Daly');
    expect(speakerOfWords(report, 2, 'I found that the delay')).toBe('Niamh Corcoran-Daly');
    expect(speakerOfWords(report, 3, 'No point sending these out')).toBe('a senior executive officer');
    expect(speakerOfWords(report, 3, 'In my view that email')).toBe('Niamh Corcoran-Daly');
    const newsroom = markdownDocument(['---\ntitle: "Waiting at the Door"\noutlet: The Kilbrennan Herald\nauthor: Niamh Corcoran-Daly\nkind: investigation report\n---', ...paragraphs].join('\n\n'));
    expect(speakerOfWords(newsroom, 1, 'This investigation examined')).toBeUndefined();
  });

  it("gives an MP's newsletter from her own office to her throughout, its survey table nobody's, and a road's name to no one", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Kurrajong Connect: Spring 2025"\noutlet: Office of Megan Tolhurst MP\nauthor: Megan Tolhurst\nkind: newsletter\n---',
        "## G'day neighbours,",
        'It has been a big few months in Canberra. Parliament sat for six weeks over winter, and I raised the issues you raised with me.',
        'As always, my door is open. If you need help with Centrelink, call my office.',
        'Megan',
        '## Bells Line of Road: the fight goes on',
        'In June I asked the Minister for Infrastructure in Question Time when the promised overtaking lanes would be built. He told the House the project was "in the planning phase". It has been in the planning phase since 2019.',
        "I'm not going to stop asking. I've written to the Minister again with your survey results.",
        '## Your road safety survey: what you told me',
        '| Question | Yes | No |\n|---|---|---|\n| Do you feel safe driving the Bells Line of Road at night? | 18% | 71% |\n| Should overtaking lanes be the top priority? | 83% | 9% |',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'a big few months in Canberra')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 6, 'It has been in the planning phase since 2019')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 6, 'in the planning phase')).not.toBe('Bells Line');
    expect(speakerOfWords(newsletter, 7, 'not going to stop asking')).toBe('Megan Tolhurst');
    expect(speakerOfWords(newsletter, 9, 'Do you feel safe driving')).toBeUndefined();
  });
});
