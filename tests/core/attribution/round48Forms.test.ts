import { describe, expect, it } from 'vitest';
import { madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 48's first batch: headers, town halls, AGMs and defined parties", () => {
  it('gives a bare office\'s label to the one a press conference\'s header names in it, and keeps the fixture line nobody\'s', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Pre-match press conference"\noutlet: Harbourside Athletic FC\nkind: transcript\n---',
        '**Fixture:** Harbourside Athletic v Northgate County, Championship, Saturday 8 March 2025, KO 15:00\n**Speaker:** Dalton Reyes, First-Team Manager\n**Moderator:** Kerry Anstey, Head of Media',
        '*Transcript begins 13:31. Lightly edited for length.*',
        'KERRY ANSTEY: Afternoon everyone, thanks for coming. Hands up please.',
        'Q: Dalton, team news first. Where are we with Lewis?',
        'MANAGER: Lewis trained fully yesterday and today. He is available.',
        'Q: Is the pressure getting to you?',
        'MANAGER: The pressure I feel is the pressure I put on myself.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 1, 'Harbourside Athletic v Northgate')).toBeUndefined();
    expect(speakerOfWords(transcript, 2, 'Lightly edited for length')).toBeUndefined();
    expect(speakerOfWords(transcript, 5, 'Lewis trained fully')).toBe('Dalton Reyes');
    expect(speakerOfWords(transcript, 7, 'The pressure I feel')).toBe('Dalton Reyes');
  });

  it('reads a town hall\'s "Q — Name, role:" and "A — Name:" labels, an anonymous question as no one\'s, and ends the turns at a heading', () => {
    const faq = markdownDocument(
      [
        '---\ntitle: "Town hall FAQ"\noutlet: Hartmoor Logistics\nkind: FAQ\n---',
        'Thank you to everyone who came to the town hall. This FAQ records the questions asked and the answers given.',
        '## Questions asked on the day',
        '**Q — Kerry Blandford, Transport Planning, Daventry:** You said no one at Daventry loses their job. Does that still apply?',
        '**A — Steph Marchetti:** It does. Nobody is being made redundant because of the consolidation.',
        '**Q — asked anonymously on Slido:** Why are we closing Rugby when it is the best site?',
        '**A — Dan Okafor:** Because the building is the problem, not the people.',
        '**Q — Priti Sandhu, Customer Service, Northampton:** Will the Northampton office be next?',
        '**A — Dan Okafor:** No. There are no plans to move Northampton.',
        '**Q — asked anonymously on Teams:** What happens to the charity partnership?',
        '**A — Steph Marchetti:** It continues. The Rugby team chose the hospice and they will keep it.',
        '## Questions we didn\'t get to',
        'We did not have time for every question on the day, so we have grouped the rest below.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(faq, 3, 'Does that still apply')).toBe('Kerry Blandford');
    expect(speakerOfWords(faq, 4, 'Nobody is being made redundant')).toBe('Steph Marchetti');
    expect(speakerOfWords(faq, 5, 'Why are we closing Rugby')).toBeUndefined();
    expect(speakerOfWords(faq, 6, 'the building is the problem')).toBe('Dan Okafor');
    expect(speakerOfWords(faq, 7, 'Will the Northampton office be next?')).toBe('Priti Sandhu');
    expect(speakerOfWords(faq, 10, 'The Rugby team chose')).toBe('Steph Marchetti');
    expect(speakerOfWords(faq, 12, 'We did not have time')).toBe('Hartmoor Logistics');
  });

  it('gives a chair labelled by courtesy title and surname in capitals the name the record gives, and reads "Re-elect" as no part of a name', () => {
    const agm = markdownDocument(
      [
        '---\ntitle: "AGM transcript"\noutlet: Calderbank Foods plc\nkind: transcript\n---',
        'Directors present: Geoffrey Ainslie, Chair; Oliver Fenwright, Chair, Remuneration Committee.',
        'THE CHAIR (MR AINSLIE): Good morning and welcome to the meeting. We have a quorum.',
        'MR ROOKWOOD (SHAREHOLDER): The bonus paid out in a bad year. Why?',
        'MR FENWRIGHT (CHAIR, REMUNERATION COMMITTEE): Thank you, Mr Rookwood, it is a fair question.',
        'THE CHAIR: I have the results of the poll.',
        '| Resolution | For (%) |\n|---|---|\n| 9. Re-elect Oliver Fenwright | 88.4 |',
        'THE CHAIR: That concludes the business of the meeting.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agm, 2, 'We have a quorum')).toBe('Geoffrey Ainslie');
    expect(speakerOfWords(agm, 4, 'it is a fair question')).toBe('Oliver Fenwright');
    expect(speakerOfWords(agm, 6, 'Re-elect Oliver Fenwright')).toBeUndefined();
    expect(speakerOfWords(agm, 7, 'That concludes the business')).toBe('Geoffrey Ainslie');
  });

  it('reads a party a decision defines without quotation marks, "Pavel Horák (the Athlete)", and gives a body\'s unsigned decision to the body', () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Written reasons"\noutlet: Wessex County Football Association\nkind: decision\n---',
        '**Between:** Wessex County Football Association (the Association) and Daniel Okafor (the Player) and Portmere Town FC (the Club)',
        '1. These are the written reasons of the Regulatory Commission for the decisions it reached at the hearing.',
        '2. The assistant referee, Mr Tobias Lyle, was positioned on the far touchline.',
        '3. The Player told the Commission: "I was angry about the tackle decision, that\'s all it was."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 2, 'These are the written reasons')).toBe('Wessex County Football Association');
    expect(speakerOfWords(decision, 4, 'I was angry about the tackle')).toBe('Daniel Okafor');
    const tribunal = markdownDocument(
      [
        '---\ntitle: "Decision summary"\noutlet: National Anti-Doping Tribunal\nkind: decision summary\n---',
        '**Parties:** UK Sport Integrity Agency (the Agency) v Pavel Horák (the Athlete)',
        '3.3 In cross-examination, counsel for the Agency, Ms Fiona Ballantyne, put it to the Athlete that he could have checked.',
        'The Athlete replied: "Yes. I know that now."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(tribunal, 3, 'I know that now')).toBe('Pavel Horák');
  });

  it("gives a housing association's unsigned newsletter to the association", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Riverlea Voice, Spring 2025"\noutlet: Riverlea Homes\nkind: newsletter\n---',
        '## New repairs contractor starts on 1 April',
        'From 1 April, day-to-day repairs to your home will be carried out by a new contractor. Your repairs phone number will stay the same.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 2, 'Your repairs phone number')).toBe('Riverlea Homes');
  });

  it('strips "Olympian" and "Chef de Mission" before a name', () => {
    const story = madeUpDocument([
      'Olympian Ilse Brandauer, 34, will compete at her fourth Games.',
      '"People keep asking me if this is the last one," Brandauer said.',
      'Chef de Mission Katrin Lechner said: "We have picked athletes who can contend."',
    ]);
    expect(speakerOfWords(story, 2, 'People keep asking me')).toBe('Ilse Brandauer');
    expect(speakerOfWords(story, 3, 'We have picked athletes')).toBe('Katrin Lechner');
  });

  it("keeps a body's letterhead, logo and registration footer out of its own voice", () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Written reasons"\noutlet: Wessex County Football Association\nkind: decision\n---',
        '![Wessex County FA crest](wcfa-crest.png)',
        '**WESSEX COUNTY FOOTBALL ASSOCIATION**\n**Disciplinary Department, Ashdown House, Salisbury Road, Andover SP10 2QN**',
        '1. These are the written reasons of the Regulatory Commission for the decisions it reached at the hearing.',
        '2. The Commission found the charge proved.',
        '*Wessex County Football Association Limited. Registered in England No. 00491872. Affiliated to The Football Association.*',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 1, 'Wessex County FA crest')).toBeUndefined();
    expect(speakerOfWords(decision, 2, 'Disciplinary Department')).toBeUndefined();
    expect(speakerOfWords(decision, 3, 'These are the written reasons')).toBe('Wessex County Football Association');
    expect(speakerOfWords(decision, 5, 'Registered in England No. 00491872.')).toBeUndefined();
    expect(speakerOfWords(decision, 5, 'Affiliated to The Football Association.')).toBeUndefined();
  });
});

describe("round 48's second batch: minutes' offices, appositions, membership letters and counsel", () => {
  it('gives a participle to the full name set beside its sentence\'s opening description', () => {
    const release = madeUpDocument([
      'Tobiah Keller, 19, is the youngest ski jumper selected.',
      'Keller\'s coach at the Kirchbrück Ski Club, Anton Rieder, described his pupil as "fearless in the air", adding: "He will be fine. He has jumped on worse hills than this."',
    ]);
    expect(speakerOfWords(release, 2, 'He has jumped on worse hills')).toBe('Anton Rieder');
  });

  it('reads "The Vice-Chancellor said" and "The Provost said" in minutes whose "Present:" line gives the offices in brackets', () => {
    const minutes = madeUpDocument(
      [
        'Present: Professor Sir Alan Mercer (Vice-Chancellor, in the Chair); Professor Deborah Quill (Provost); Dr Siobhan Kerrigan.',
        '61.1 The Vice-Chancellor introduced his report.',
        '61.2 The Vice-Chancellor said: "I want Senate to hear this from me directly."',
        '61.3 The Provost said: "The review will report in June."',
      ],
      { kind: 'minutes' },
    );
    expect(speakerOfWords(minutes, 3, 'I want Senate to hear this')).toBe('Alan Mercer');
    expect(speakerOfWords(minutes, 4, 'The review will report')).toBe('Deborah Quill');
  });

  it("leaves a professional body's membership letters out of a name, and reads counsel's \"submitted for the Institute that\"", () => {
    const decision = madeUpDocument(
      [
        'The Panel heard the case of Mr Adrian Pelham MCIBV on 3 March.',
        'Ms Sarah Bickerstaff appeared for the Institute.',
        'Mr Pelham told the Panel that it was "a clumsy message sent late at night".',
        'Ms Bickerstaff submitted for the Institute that the email was "as clear an agreement as one could find".',
      ],
      { kind: 'news report' },
    );
    expect(speakerOfWords(decision, 3, 'a clumsy message')).toBe('Adrian Pelham');
    expect(speakerOfWords(decision, 4, 'as clear an agreement')).toBe('Sarah Bickerstaff');
  });

  it('ends a quotation whose closing mark was dropped at the comma before the attribution ending its paragraph', () => {
    const story = madeUpDocument([
      'The U.S. has taken a hardline stance on the quotas, which Tokyo says must remain in place to protect Japanese farmers.',
      '"We will not negotiate new quotas. If they impose them we would consider that an illegal action in the GATT, Lyng said.',
    ]);
    expect(speakerOfWords(story, 2, 'We will not negotiate')).toBe('Lyng');
  });
});

describe("round 48's third batch: postal addresses", () => {
  it("keeps a body's postal address out of its own voice wherever it stands, and its own sentences in it", () => {
    const newsletter = markdownDocument(
      [
        '---\ntitle: "Riverlea Voice"\noutlet: Riverlea Homes\nkind: newsletter\n---',
        'Every report of damp or mould is now inspected within ten working days.',
        'Write to us: Riverlea Homes, Riverlea House, 2 Ferry Lane, Riverlea RL4 1AP',
        'We will reply within five working days.',
        'Office of the Independent Sports Ombudsman, PO Box 4410, Cardiff CF10 9AX.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(newsletter, 1, 'Every report of damp')).toBe('Riverlea Homes');
    expect(speakerOfWords(newsletter, 2, '2 Ferry Lane')).toBeUndefined();
    expect(speakerOfWords(newsletter, 3, 'We will reply')).toBe('Riverlea Homes');
    expect(speakerOfWords(newsletter, 4, 'PO Box 4410')).toBeUndefined();
  });
});

describe("the review of round 48's rules", () => {
  it('keeps a surname printed in capitals, and a particle that is the name\'s own after a title', () => {
    const story = madeUpDocument([
      '"I waited two years for permission," said Mr Tom FLYNN, a local builder.',
      '"The reforms are overdue," said Ms Anna FOX of the Eastmoor Builders\' Federation.',
      '"The appeal has no merit," said Judge de la Torre Martínez.',
    ]);
    expect(speakerOfWords(story, 1, 'I waited two years')).toBe('Tom FLYNN');
    expect(speakerOfWords(story, 2, 'The reforms are overdue')).toBe('Anna FOX');
    expect(speakerOfWords(story, 3, 'The appeal has no merit')).toBe('de la Torre Martínez');
  });

  it("gives a bare office's label to no assistant the header names, and lets a speaker go on under an interview's topic heading", () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Press conference"\noutlet: Hartley Rovers FC\nkind: press conference transcript\n---',
        'Also present: Tom Lee, Assistant Coach',
        'COACH: Good morning. Tom will say a few words about set pieces after me.',
        'Q: How is the squad?',
        'COACH: Fine. Everyone trained.',
        'LEE: On set pieces, we have worked hard all week.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 2, 'Good morning')).not.toBe('Tom Lee');
    const interview = markdownDocument(
      [
        '---\ntitle: "Interview"\noutlet: Alpine Sports Weekly\nauthor: Jo Park\nkind: interview\n---',
        'ALPINE SPORTS WEEKLY: How does it feel to be back on skis?',
        'KELLER: Wonderful. I missed the speed more than anything.',
        '### On the injury',
        "I tore my cruciate ligament in Val d'Isère. The rehab took eleven months.",
        'ALPINE SPORTS WEEKLY: And the Olympics?',
        "KELLER: That's the dream.",
      ].join('\n\n'),
    );
    expect(speakerOfWords(interview, 4, 'I tore my cruciate ligament')).toBe('Keller');
  });

  it("reads no letterhead over the body's own first sentences, and no footer in its own sentence about its registration", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Statement"\noutlet: Northmoor County Council\nkind: press release\n---',
        'Northmoor County Council\nThe council has today confirmed that three libraries will close in June.',
        'We know this will be hard news for many residents.',
        'Northmoor County Council is affiliated to the Local Government Association and will cooperate fully with its review.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 1, 'three libraries will close')).toBe('Northmoor County Council');
    expect(speakerOfWords(release, 3, 'will cooperate fully')).toBe('Northmoor County Council');
  });

  it("gives no trade weekly's newsletter, no inspectorate's and no paper's bare \"decision\" to the outlet", () => {
    const weekly = markdownDocument('---\ntitle: "Daily"\noutlet: Inside Housing\nkind: newsletter\n---\n\nThe government has confirmed a new rent settlement for social landlords.');
    expect(speakerOfWords(weekly, 1, 'The government has confirmed')).toBeUndefined();
    const paper = markdownDocument('---\ntitle: "Council decides"\noutlet: Northmoor Gazette Online\nkind: decision\n---\n\nNorthmoor County Council\'s cabinet voted on Tuesday to close three libraries.');
    expect(speakerOfWords(paper, 1, 'cabinet voted on Tuesday')).toBeUndefined();
    const inspectorate = markdownDocument(
      '---\ntitle: "Appeal Decision"\noutlet: The Planning Inspectorate\nkind: decision\n---\n\n2. I do not agree. I find that the proposal would harm the character and appearance of the area.',
    );
    expect(speakerOfWords(inspectorate, 1, 'I find that the proposal')).not.toBe('The Planning Inspectorate');
  });

  it('reads no "A — Name, words:" answer as a named answerer, nor a council FAQ\'s named resident as asking in its own voice', () => {
    const transcript = markdownDocument(
      [
        '---\ntitle: "Press conference"\noutlet: Ashworth Town FC\nkind: press conference transcript\n---',
        'DALTON REYES: Good afternoon. Happy to take questions.',
        'Q — How is the squad?',
        'A — Tom Reed, our captain, is fit: he trained fully today.',
        'Q — And the new signing?',
        'A — Marco Silva, who joined on Monday, will start: he is ready.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(transcript, 3, 'he trained fully today')).not.toBe('Tom Reed');
    const faq = markdownDocument(
      [
        '---\ntitle: "Bins FAQ"\noutlet: Northmoor County Council\nkind: FAQ\n---',
        'Q — Mrs Ellen Shaw, Brixworth: Can I keep my old bin?',
        'Yes. You can keep it for garden waste.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(faq, 1, 'Can I keep my old bin?')).toBeUndefined();
  });

  it('reads no past role in brackets as the office its holder holds now', () => {
    const story = madeUpDocument(['Members at the AGM included Tom Reed (chairman, 1998-2004) and several life members.', 'The chairman said the accounts showed "a healthy surplus".']);
    expect(speakerOfWords(story, 2, 'a healthy surplus')).not.toBe('Tom Reed');
  });
});

describe("the last read of round 48", () => {
  it('keeps a short surname in capitals that opens like a chartered institute\'s letters', () => {
    const story = madeUpDocument(['"We were never consulted," said Mr Tom MCIVOR, a local builder.']);
    expect(speakerOfWords(story, 1, 'We were never consulted')).toBe('Tom MCIVOR');
  });
});
