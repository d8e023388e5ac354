import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 54: a committee's and trustees' reports, signed notes, an inquiry's answers and its chair", () => {
  it("gives a select committee's report and a charity trustees' annual report to the body that issues them", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Village pharmacies"\noutlet: House of Lords Rural Affairs Committee\nkind: select committee report\n---',
        '## Summary',
        'One in five rural pharmacies has closed or cut its hours since 2019. We make eleven recommendations.',
        'The chief executive of the Rural Dispensing Network, Darren Whitby, was blunter. "We are managing decline," he told us.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 2, 'We make eleven')).toBe('House of Lords Rural Affairs Committee');
    expect(speakerOfWords(report, 3, 'We are managing decline')).toBe('Darren Whitby');
    const trustees = markdownDocument(
      [
        '---\ntitle: "Trustees\' annual report 2024/25"\noutlet: The Lantern Trust\nkind: charity trustees\' annual report\n---',
        '## Objectives and activities',
        "The Trust's charitable objects are to relieve the need of young people in the Calder Valley.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(trustees, 2, 'charitable objects')).toBe('The Lantern Trust');
  });

  it("gives a newsletter's signed note to its signer beside a student's bylined report, and a note two sign to both", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "College newsletter, Term 3"\noutlet: Kurrajong Ridge Secondary College\nkind: newsletter\n---',
        '## From the Principal',
        'Dear families,',
        'What a fortnight it has been. I was reminded once again why I love this job.',
        'A reminder that conferences are on Wednesday 3 September.',
        'Warm regards,',
        'Ms Anh Nguyen-Hartley\nPrincipal',
        '## Sport Report',
        '*By Ruby Castellanos, Year 10 student reporter*',
        "Our senior girls' futsal team are Eastern Region champions!",
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 3, 'What a fortnight')).toBe('Anh Nguyen-Hartley');
    expect(speakerOfWords(newsletter, 4, 'A reminder that')).toBe('Anh Nguyen-Hartley');
    expect(speakerOfWords(newsletter, 9, 'futsal team')).toBe('Ruby Castellanos');
    const manifesto = markdownDocument(
      [
        '---\ntitle: "A Fair Share of the Future: Foreword"\noutlet: Green Left Alliance\nkind: manifesto foreword\n---',
        '## Foreword',
        'Over the past year we have travelled the length of the country.',
        'This manifesto makes a different choice.',
        'Maren Solberg and Kwame Asante-Doyle\nCo-leaders, Green Left Alliance',
      ].join('\n\n'),
    );
    expect(speakerOfWords(manifesto, 2, 'Over the past year')).toBe('Maren Solberg and Kwame Asante-Doyle');
    expect(speakerOfWords(manifesto, 3, 'a different choice')).toBe('Maren Solberg and Kwame Asante-Doyle');
    expect(speakerOfWords(manifesto, 4, 'Maren Solberg')).toBeUndefined();
  });

  it("gives an inquiry's answers to the witness sworn in when they open on counsel's labelled question, and THE CHAIR to the chair its header names", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "The Elmsworth Tower Inquiry, Day 47"\noutlet: The Elmsworth Tower Inquiry\nkind: transcript\n---',
        'THE ELMSWORTH TOWER INQUIRY',
        'Chair: Sir Anthony Wrexham\nPanel member: Professor Leona Achterberg',
        'Counsel to the Inquiry: Ms Funmilayo Adeyemi KC',
        'THE CHAIR: Good morning, everyone. Yes, Ms Adeyemi.',
        'MS ADEYEMI: Good morning, Chair. The next witness is Mr Roland Fenwick.',
        'MR ROLAND PETER FENWICK (affirmed)',
        'Questions by COUNSEL TO THE INQUIRY',
        'MS ADEYEMI: Mr Fenwick, thank you for coming. Please could you give us your full name?',
        'A. Roland Peter Fenwick.',
        'Q. You have made a witness statement. Are its contents true?',
        'A. They are, yes.',
        'THE CHAIR: Take your time, Mr Fenwick.',
        'A. Thank you, sir.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 4, 'Good morning, everyone')).toBe('Anthony Wrexham');
    expect(speakerOfWords(transcript, 9, 'Roland Peter Fenwick.')).toBe('Roland Peter Fenwick');
    expect(speakerOfWords(transcript, 10, 'Are its contents true')).toBe('Funmilayo Adeyemi');
    expect(speakerOfWords(transcript, 11, 'They are, yes')).toBe('Roland Peter Fenwick');
    expect(speakerOfWords(transcript, 12, 'Take your time')).toBe('Anthony Wrexham');
    expect(speakerOfWords(transcript, 13, 'Thank you, sir')).toBe('Roland Peter Fenwick');
  });

  it("reads a police rank's initials before a surname in a label, leaves a call's participants' lists to nobody, and gives an interview's outlet initials to its bylined reporter", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press conference: fatal collision"\noutlet: Mercian Vale Police\nkind: press conference transcript\n---',
        'On the panel:\n- Assistant Chief Constable Fiona Blackwood (ACC)\n- Detective Superintendent Mark Royle, Senior Investigating Officer (DSU)',
        'Chaired by: Lucy Hammond, Head of Corporate Communications',
        '**LUCY HAMMOND:** Good morning, everyone. ACC Blackwood will open.',
        '**ACC BLACKWOOD:** Thank you, Lucy. Ellie died at the scene.',
        '**DSU ROYLE:** Thank you, ma\'am. We believe the vehicle is a dark hatchback.',
        '**LUCY HAMMOND:** Questions, please.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 4, 'Ellie died')).toBe('Fiona Blackwood');
    expect(speakerOfWords(briefing, 5, 'dark hatchback')).toBe('Mark Royle');
    const call = markdownDocument(
      [
        '---\ntitle: "Q2 2025 earnings call"\noutlet: Halvorsen Logistics, Inc.\nkind: earnings call transcript\n---',
        '**Company Participants**',
        'Megan Albright – Vice President, Investor Relations\nTobias Reinholt – President and Chief Executive Officer\nPriya Venkataraman – Chief Financial Officer',
        '**Conference Call Participants**',
        'Jordan Whitfield – Carrow Securities',
        '**Presentation**',
        '**Megan Albright**',
        'Thank you, operator, and good morning, everyone.',
        '**Tobias Reinholt**',
        'Thanks, Megan. Revenue was up 6%.',
        '**Megan Albright**',
        'Operator, we can take questions.',
        '**Tobias Reinholt**',
        'We renewed 94% of contracts.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(call, 2, 'Tobias Reinholt')).toBeUndefined();
    expect(speakerOfWords(call, 4, 'Carrow Securities')).toBeUndefined();
    expect(speakerOfWords(call, 9, 'Revenue was up')).toBe('Tobias Reinholt');
    const interview = markdownDocument(
      [
        '---\ntitle: "INTERVIEW: We cannot keep importing what our farmers can grow"\noutlet: Premium Times\nauthor: Hauwa Bello-Ikenna\nkind: interview\n---',
        'In this interview with PREMIUM TIMES, Senator Ibrahim Musa Dogonyaro speaks on food inflation. Excerpts:',
        'PT: Food inflation is still above 30 per cent. Has the waiver helped?',
        'Dogonyaro: It helped the importers.',
        'PT: Will the bill pass?',
        'Dogonyaro: It will pass.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 2, 'Has the waiver helped')).toBe('Hauwa Bello-Ikenna');
    expect(speakerOfWords(interview, 3, 'It helped the importers')).toBe('Ibrahim Musa Dogonyaro');
  });
});
