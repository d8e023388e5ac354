import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../../src/core/attribution/outletInFull.js';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 62: reports named in their genre's brackets, slip opinions, speaker keys, the chair's line, reference fields", () => {
  it('gives a report whose bracket names an issued report to its issuer; not one whose bracket names a newsroom', () => {
    const committee = markdownDocument(
      [
        '---\ntitle: "Temporary accommodation: the cost of standing still"\noutlet: House of Commons Housing Committee\nkind: report (select committee report, quoting oral and written evidence)\n---',
        '1. We launched this inquiry in October 2024 to examine the rise in temporary accommodation.',
        'We recommend that the Government place a duty on housing authorities to notify schools.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(committee, 1, 'We launched this inquiry')).toBe('House of Commons Housing Committee');
    expect(speakerOfWords(committee, 2, 'We recommend')).toBe('House of Commons Housing Committee');
    const inspection = markdownDocument(['---\ntitle: "Inspection of St Mary\'s School"\noutlet: Ofsted\nkind: report (school inspection report)\n---', 'Pupils are happy and safe at this school.'].join('\n\n'));
    expect(speakerOfWords(inspection, 1, 'happy and safe')).toBe('Ofsted');
    const audit = markdownDocument(
      ['---\ntitle: "Overpayments"\noutlet: Office of the State Auditor\nkind: report (state performance audit, with the audited department\'s response)\n---', 'We reviewed a random sample of 120 overpayments.'].join('\n\n'),
    );
    expect(speakerOfWords(audit, 1, 'random sample')).toBe('Office of the State Auditor');
    const ombudsman = markdownDocument(
      [
        '---\ntitle: "Driven to Distraction"\noutlet: Ombudsman Ontario\nauthor: Hélène Marchand-Duffy\nkind: report (provincial ombudsman\'s systemic investigation report, numbered paragraphs)\n---',
        '1 My Office received 287 complaints about this process.',
        '2 I have concluded that the Ministry\'s administration was unreasonable.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(ombudsman, 2, 'I have concluded')).toBe('Hélène Marchand-Duffy');
    // (A newsroom's report on a committee's report stays journalism, its narration nobody's.)
    const story = markdownDocument(
      ['---\ntitle: "MPs condemn hotel rooms for families"\noutlet: The Guardian\nkind: report (news report on a select committee report)\n---', 'More than 120,000 households are living in temporary accommodation.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, '120,000 households')).toBeUndefined();
  });

  it('gives a slip opinion to the judge its run-in opening names, the dissent to its judge; headings and signatures nobody\'s', () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "Vostrikov v. City of Eastmoor"\noutlet: Court of Appeals of the State of Washington, Division II\nkind: judgment (state intermediate appellate court, published opinion with a dissenting opinion)\n---',
        'LINDQVIST, J. — Harlan Vostrikov appeals the superior court\'s order. We hold that the City\'s search was reasonable, and we affirm.',
        'ANALYSIS',
        'The adequacy of a search is judged by a standard of reasonableness.',
        'We affirm.',
        'LINDQVIST, J.',
        'We concur:',
        'MAXWELL-OYAMA, A.C.J.',
        'ABERNATHY, J. (dissenting) — I respectfully dissent.',
        'The PRA does not demand perfection.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(opinion, 1, 'appeals the superior')).toBe('Lindqvist');
    expect(speakerOfWords(opinion, 3, 'standard of reasonableness')).toBe('Lindqvist');
    expect(speakerOfWords(opinion, 2, 'ANALYSIS')).toBeUndefined();
    expect(speakerOfWords(opinion, 6, 'We concur')).toBeUndefined();
    expect(speakerOfWords(opinion, 8, 'respectfully dissent')).toBe('Abernathy');
    expect(speakerOfWords(opinion, 9, 'demand perfection')).toBe('Abernathy');
    // (A newspaper's story quoting such an opening is no court's opinion.)
    const story = markdownDocument(['---\ntitle: "Court backs city"\noutlet: The Eastmoor Herald\nkind: news report\n---', 'LINDQVIST, J. — the judge who wrote the opinion — said little at the hearing.'].join('\n\n'));
    expect(speakerOfWords(story, 1, 'said little')).toBeUndefined();
  });

  it("gives an annual report's letter under \"A Letter from Our Board Chair\" to the chair who signs it", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "2024 Annual Report"\noutlet: Riverbend Food Partners\nkind: report (nonprofit annual report with a letter from the board chair)\n---',
        'A Letter from Our Board Chair',
        'Dear Friends,',
        'When I joined the board nine years ago, we were a warehouse with a loading dock.',
        'This year tested us.',
        'With gratitude,',
        'Harold T. Bergstrom-Oyelade\nChair, Board of Directors',
        'Mobile Markets. Our three mobile markets made 1,040 stops in 2024.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 3, 'When I joined')).toBe('Harold T. Bergstrom-Oyelade');
    expect(speakerOfWords(report, 4, 'tested us')).toBe('Harold T. Bergstrom-Oyelade');
    expect(speakerOfWords(report, 7, '1,040 stops')).toBe('Riverbend Food Partners');
  });

  it("reads a speaker key whose heading stands on its own line, the key's lines no one's turn", () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "WHO media briefing"\noutlet: World Health Organization\nkind: transcript (media briefing, with speaker key)\n---',
        '**Speaker key:**',
        'LK Liesl Kaltenbrunner\nTN Dr Tomas Nyberg\nRS Dr Rukhsana Siddiqui',
        '**LK** Hello, everyone, and welcome to this media briefing.',
        'Dr Tomas, over to you.',
        '**TN** Thank you, Liesl. Heat is a silent killer.',
        'Countries with heat-health action plans lose far fewer people.',
        '**RS** Thank you, Director-General. Heat-health plans save lives.',
        '**LK** Thank you, Dr Rukhsana. We will now take questions.',
        '**TN** Let me add one point on cholera.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 3, 'welcome to this')).toBe('Liesl Kaltenbrunner');
    expect(speakerOfWords(briefing, 4, 'over to you')).toBe('Liesl Kaltenbrunner');
    expect(speakerOfWords(briefing, 5, 'silent killer')).toBe('Tomas Nyberg');
    expect(speakerOfWords(briefing, 6, 'action plans')).toBe('Tomas Nyberg');
    expect(speakerOfWords(briefing, 2, 'Liesl Kaltenbrunner')).toBeUndefined();
  });

  it('gives "Chairman:" the one a record\'s line puts in the chair, and "President. –" the one "IN THE CHAIR:" names', () => {
    const committee = markdownDocument(
      [
        '---\ntitle: "Joint Committee on Housing debate"\noutlet: Houses of the Oireachtas\nkind: transcript (debate of a joint committee, official report)\n---',
        'Members present: Deputy Róisín Kehoe, Senator Paudie Rynne.',
        'Deputy Niall Breathnach in the Chair.',
        '**Chairman:** I welcome everyone to this afternoon\'s meeting.',
        '**Mr. Colm Devane:** I thank the Chairman and members for the invitation.',
        '**Chairman:** I thank Mr. Devane. Deputy Kehoe is first.',
        '**Deputy Róisín Kehoe:** I thank the witnesses.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(committee, 3, 'I welcome everyone')).toBe('Niall Breathnach');
    expect(speakerOfWords(committee, 5, 'Deputy Kehoe is first')).toBe('Niall Breathnach');
    const plenary = markdownDocument(
      [
        '---\ntitle: "Verbatim report of proceedings"\noutlet: European Parliament\nkind: transcript (verbatim report of proceedings of a plenary sitting)\n---',
        'IN THE CHAIR: KATARINA NOVAK\nVice-President',
        'President. – The next item is the Commission statement on coastal fisheries.',
        'Lena Hautala, Member of the Commission. – Madam President, small-scale fishing is the lifeblood of our coasts.',
        'Séamus Ó Ceallaigh, on behalf of the Renew Group. – Madam President, the Commission has listened.',
        'President. – Mr Ó Ceallaigh, will you take a blue-card question?',
        'Séamus Ó Ceallaigh. – No, thank you.',
        'President. – The debate is closed.',
        'Katarina Novak thanked the Commissioner.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(plenary, 2, 'The next item')).toBe('Katarina Novak');
    expect(speakerOfWords(plenary, 7, 'debate is closed')).toBe('Katarina Novak');
    expect(speakerOfWords(plenary, 8, 'thanked the Commissioner')).toBeUndefined();
    // (A company's president, named by no line saying who chairs, stays as labelled.)
    const call = markdownDocument(
      [
        '---\ntitle: "Q3 earnings call"\noutlet: Example Corp\nkind: transcript (earnings call)\n---',
        'President: Thanks, everyone. Revenue rose.',
        'Operator: Our next question comes from Dana Reyes.',
        'President: We expect margins to hold.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(call, 3, 'margins to hold')).not.toBe('Katarina Novak');
  });

  it("reads an appeal's reference field as no speaker's label, and its decision as the inspector's", () => {
    const decision = markdownDocument(
      [
        '---\ntitle: "Appeal Decision: Land east of Moor Lane"\noutlet: The Planning Inspectorate\nauthor: Helen Pargeter\nkind: decision (planning appeal decision by an inspector, written representations and hearing)\n---',
        'by Helen Pargeter BA(Hons) MA MRTPI',
        '**Appeal Ref: APP/K2715/W/24/3349821**\n**Land east of Moor Lane, Little Ashby**',
        '- The appeal is made under section 78 of the Town and Country Planning Act 1990.',
        'Decision',
        '1. The appeal is dismissed.',
        '2. I have treated the illustrative layout as indicative only.',
        'APPEARANCES',
        'FOR THE APPELLANT:',
        'Oliver Stanway, Director, Stanway Planning Ltd',
        'Rachel Dunmore CMLI, Landscape Architect',
        'FOR THE LOCAL PLANNING AUTHORITY:',
        'Ben Okafor, Principal Planning Officer, North Yorkshire Council',
        'INTERESTED PERSONS:',
        'Cllr Jean Marwood, Little Ashby Parish Council',
      ].join('\n\n'),
    );
    expect(speakerOfWords(decision, 5, 'appeal is dismissed')).toBe('Helen Pargeter');
    expect(speakerOfWords(decision, 6, 'I have treated')).toBe('Helen Pargeter');
    expect(speakerOfWords(decision, 2, 'APP/K2715')).not.toBe('Appeal Ref');
  });

  it("gives a body's decision with a note in brackets to the body; not a newsroom's story filed so", () => {
    const reasons = markdownDocument(
      [
        '---\ntitle: "The FA v Kieran Ashdown: Written Reasons"\noutlet: Regulatory Commission of The Football Association\nkind: decision (written reasons of an independent regulatory commission, disciplinary tribunal)\n---',
        '1. These are the written reasons of the Regulatory Commission for the decision it reached.',
        '2. We found Mr Swales to be a careful and credible witness.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(reasons, 2, 'careful and credible')).toBe('Regulatory Commission of The Football Association');
    const story = markdownDocument(
      ['---\ntitle: "Ashdown banned for six matches"\noutlet: Harbury Gazette\nkind: decision (news story on a disciplinary commission)\n---', 'The commission found Mr Swales a careful witness.'].join('\n\n'),
    );
    expect(speakerOfWords(story, 1, 'careful witness')).toBeUndefined();
  });

  it('leaves a newsroom\'s story on a report or a decision to nobody, whatever its bracket or its name (the review of round 62)', () => {
    const kinds: [string, string][] = [
      ['BBC News', 'report (on the select committee report)'],
      ['Northmoor Gazette', 'report (school inspection report)'],
      ['ITV', 'report (analysing the inspection report)'],
      ['Reuters', 'report (summary of performance audit)'],
      ['Bloomberg', 'report (leaked audit report)'],
      ['Third Sector', "report (charity's annual report, with analysis)"],
      ['Civil Society', 'decision (Charity Commission inquiry outcome, analysis)'],
      ['Football League World', 'decision (EFL disciplinary commission verdict explained)'],
    ];
    for (const [outlet, kind] of kinds) {
      const story = markdownDocument([`---\ntitle: "MPs condemn rail handover"\noutlet: ${outlet}\nkind: ${kind}\n---`, 'MPs have condemned the handover of the rail franchise as chaotic and costly.'].join('\n\n'));
      expect(speakerOfWords(story, 1, 'chaotic and costly'), `${outlet}: ${kind}`).toBeUndefined();
    }
  });

  it('keeps a referee\'s "Ref:" a speaker\'s label, and a club\'s "President:" its own president, not the one in the chair (the review of round 62)', () => {
    const audio = markdownDocument(
      [
        '---\ntitle: Referee audio from the Six Nations decider\noutlet: RugbyPass\nauthor: Liam Heagney\nkind: transcript (referee microphone audio)\n---',
        "Referee Mathieu Raynal's microphone picked up the following exchanges in the 74th minute.",
        '**Ref:** Stop, stop. I want to check the tackle on number 12.',
        '**Owen Farrell:** Sir, it was a legal tackle, he went low.',
        '**Ref:** Captain, please step back. TMO, can you check the shoulder?',
        '**TMO:** Looking at it now. I have clear contact with the head, no mitigation.',
        '**Ref:** OK. That is a yellow card for number 6.',
        '**Owen Farrell:** Can I ask why it is not a penalty to us?',
        '**Ref:** No. Go back to your team, please.',
        '**Jamie George:** Sir, one question about the ruck.',
        '**Ref:** Later. Play on.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(audio, 4, 'step back')).not.toBe('Owen Farrell');
    expect(speakerOfWords(audio, 6, 'yellow card')).not.toBe('Tmo');
    expect(speakerOfWords(audio, 8, 'Go back to your team')).not.toBe('Owen Farrell');
    const agm = markdownDocument(
      [
        '---\ntitle: Annual general meeting of the Riverside Rowing Association\noutlet: Riverside Rowing Association\nkind: transcript (annual general meeting)\n---',
        'In the Chair: Margaret Olsen',
        'Present: Tom Baker, President; Aisha Khan, Treasurer; members.',
        '**Chair:** Good evening and welcome to the annual general meeting. I call on the President to give his report.',
        '**President:** Thank you, Margaret. This has been our best season in twenty years. We won six regattas.',
        '**Jim Hale:** Will the boathouse roof be fixed this year?',
        '**President:** Yes. Work starts in May.',
        '**Chair:** Thank you, Tom. Now the treasurer\'s report.',
        '**Aisha Khan:** Our income rose by 8 per cent.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(agm, 4, 'best season')).not.toBe('Margaret Olsen');
    expect(speakerOfWords(agm, 6, 'Work starts in May')).not.toBe('Margaret Olsen');
  });

  it('gives "Chairman:" to no one in particular when the record says another took the chair during the sitting (the review of round 62)', () => {
    const sitting = markdownDocument(
      [
        '---\ntitle: "Joint Committee debate"\noutlet: Houses of the Oireachtas\nkind: transcript (debate of a joint committee, official report)\n---',
        'Deputy Niall Breathnach in the Chair.',
        '**Chairman:** I welcome the witnesses from the Housing Agency.',
        '**Ms Siobhán Byrne:** Thank you, Chairman. The agency delivered 4,000 homes last year.',
        '**Chairman:** I must leave for a vote. Senator Mulcahy will take the chair.',
        'Senator Tadhg Mulcahy took the Chair.',
        '**Chairman:** We will resume. I call Deputy Kenny.',
        '**Deputy Aoife Kenny:** Thank you. My question is on cost rental.',
        '**Chairman:** Thank you. We will adjourn.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(sitting, 6, 'We will resume')).not.toBe('Niall Breathnach');
  });

  it("ends a slip opinion's judge at any judge's signature or the next opinion however printed, and at the next case's caption (the review of round 62)", () => {
    const opinion = (dissent: string, signature = 'LINDQVIST, J.', concur = 'We concur:') =>
      markdownDocument(
        [
          '---\ntitle: "State v. Vostrikov"\noutlet: Court of Appeals of the State of Washington, Division II\nkind: judgment (state intermediate appellate court, published opinion with a dissent)\n---',
          'LINDQVIST, J. — Harlan Vostrikov appeals his conviction. We affirm.',
          'The trial court found Pruitt credible.',
          signature,
          concur,
          'MAXA, P.J.',
          dissent,
          'The majority\'s reasoning would allow any stop to become a search.',
        ].join('\n\n'),
      );
    expect(speakerOfWords(opinion('GORDON McCLOUD, J. (dissenting) — I respectfully dissent.'), 6, 'respectfully dissent')).toBe('Gordon McCloud');
    expect(speakerOfWords(opinion('Abernathy, J. (dissenting) — I respectfully dissent.'), 7, 'any stop')).toBe('Abernathy');
    expect(speakerOfWords(opinion('ABERNATHY, J. (dissenting): I respectfully dissent.'), 7, 'any stop')).toBe('Abernathy');
    const alone = opinion('ABERNATHY, J. (dissenting)', 'Lindqvist, J.', 'I concur:');
    expect(speakerOfWords(alone, 7, 'any stop')).toBe('Abernathy');
    expect(speakerOfWords(alone, 6, 'ABERNATHY')).toBeUndefined();
    const list = markdownDocument(
      [
        '---\ntitle: "Published opinions filed this week"\noutlet: Washington State Court of Appeals, Division II\nkind: court opinions (weekly summaries)\n---',
        'STATE v. VOSTRIKOV, No. 58123-4-II',
        'LINDQVIST, J. — Affirmed. The officer had probable cause to search the truck.',
        'IN RE MARRIAGE OF HALE, No. 58200-1-II',
        'Per curiam. Reversed and remanded. The trial court failed to make findings.',
        'CITY OF TACOMA v. RUIZ, No. 58311-3-II',
        'The court held that the ordinance was not unconstitutionally vague.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(list, 2, 'probable cause')).toBe('Lindqvist');
    expect(speakerOfWords(list, 4, 'failed to make findings')).not.toBe('Lindqvist');
    expect(speakerOfWords(list, 6, 'not unconstitutionally vague')).not.toBe('Lindqvist');
  });

  it("cites a body's own report to the full name its text spells out for the outlet's short name", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Inspection of Brockhall Primary School"\noutlet: Ofsted\nkind: report (school inspection report)\n---',
        'Pupils are happy and safe at this school.',
        'The Office for Standards in Education, Children\'s Services and Skills (Ofsted) regulates and inspects to achieve excellence.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'happy and safe')).toBe("Office for Standards in Education, Children's Services and Skills");
    // (No name spelt out, or one whose words do not make the short name: the outlet as filed.)
    const bare = markdownDocument(['---\ntitle: "Inspection"\noutlet: Ofsted\nkind: report (school inspection report)\n---', 'Pupils are happy and safe at this school.'].join('\n\n'));
    expect(speakerOfWords(bare, 1, 'happy and safe')).toBe('Ofsted');
    const other = markdownDocument(
      ['---\ntitle: "Inspection"\noutlet: Ofsted\nkind: report (school inspection report)\n---', 'Pupils are happy. The Office for National Statistics (Ofsted) is wrong here.'].join('\n\n'),
    );
    expect(speakerOfWords(other, 1, 'Pupils are happy')).toBe('Ofsted');
    expect(abbreviates('Ofsted', ['Office', 'for', 'Standards', 'in', 'Education'])).toBe(true);
    expect(abbreviates('Ofcom', ['Office', 'of', 'Communications'])).toBe(true);
    expect(abbreviates('DfE', ['Department', 'for', 'Education'])).toBe(true);
    expect(abbreviates('FRA', ['Federal', 'Railroad', 'Administration'])).toBe(true);
    expect(abbreviates('Ofsted', ['Office', 'for', 'National', 'Statistics'])).toBe(false);
    expect(abbreviates('FRA', ['Railroad', 'Federal', 'Administration'])).toBe(false);
  });

  it("gives a letter reproduced in one block quotation to its signer, its letterhead, salutation and signature to nobody", () => {
    const audit = markdownDocument(
      [
        '---\ntitle: "Unemployment Insurance Overpayments"\noutlet: Office of the State Auditor\nkind: report (state performance audit, with the audited department\'s response)\n---',
        'We continue to recommend that the Department document how it applies the criteria.',
        "The Department of Labor's response is reproduced below.",
        '> **STATE OF VERMONT — DEPARTMENT OF LABOR**\n> Office of the Commissioner\n>\n> April 29, 2025\n>\n> Dear Auditor Lindgren-Ames:\n>\n> Thank you for the opportunity to respond to the draft report. The Department does not agree with the report\'s characterization of its decisions.\n>\n> Sincerely,\n>\n> Walter Osei-Bramwell\n> Commissioner',
        "AUDITOR'S COMMENTS ON THE DEPARTMENT'S RESPONSE",
        'We acknowledge the extraordinary volume of claims the Department faced.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(audit, 3, 'Thank you for the opportunity')).toBe('Walter Osei-Bramwell');
    expect(speakerOfWords(audit, 3, 'does not agree')).toBe('Walter Osei-Bramwell');
    expect(speakerOfWords(audit, 3, 'Office of the Commissioner')).toBeUndefined();
    expect(speakerOfWords(audit, 3, 'Sincerely')).toBeUndefined();
    expect(speakerOfWords(audit, 5, 'extraordinary volume')).toBe('Office of the State Auditor');
    // (A quoted block with no announcement before it is no letter printed in full.)
    const story = markdownDocument(
      [
        '---\ntitle: "Audit row"\noutlet: VTDigger\nkind: news report\n---',
        'The commissioner disputed the findings.',
        '> Dear Auditor Lindgren-Ames:\n>\n> The Department does not agree.\n>\n> Sincerely,\n>\n> Walter Osei-Bramwell',
      ].join('\n\n'),
    );
    expect(speakerOfWords(story, 2, 'does not agree')).not.toBe('Walter Osei-Bramwell');
  });

  it('reads a reporter who gives a name and a channel with its number at the start of a question', () => {
    const briefing = markdownDocument(
      [
        '---\ntitle: "Press conference on the Calder Street shooting"\noutlet: Harbor Point Police Department\nkind: transcript (police press conference)\n---',
        '**CHIEF ACHEBE-GRANT:** Good afternoon. I will take questions.',
        '**Q:** Chief, can you identify the officer?',
        '**CHIEF ACHEBE-GRANT:** Not today.',
        '**Q:** Jasmine Kowalczyk-Reed, WHPT News 8. How long has the officer been with the department?',
        '**CHIEF ACHEBE-GRANT:** He has been with us six years.',
        '**Q:** Martin Esquivel, Harbor Point Ledger. Were commands given?',
        '**CHIEF ACHEBE-GRANT:** You will hear it on the video.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(briefing, 4, 'How long has the officer')).toBe('Jasmine Kowalczyk-Reed');
    expect(speakerOfWords(briefing, 6, 'Were commands given')).toBe('Martin Esquivel');
  });

  it("keeps the second review's documents as they were: a name before the body's, a body's report and decision, a citation, a copy's line, a legislature's record, a speech's chair, a game's number (the second review of round 62)", () => {
    const sigblock = markdownDocument(`---
title: Ofcom fines broadcaster over impartiality breach
outlet: Ofcom
kind: press release
---

Ofcom has today fined Riverside TV £50,000 for breaching due impartiality rules.

The broadcaster must also broadcast a statement of our findings.

Media enquiries: Olivia Fenwick, Office of Communications (Ofcom), 020 7981 3000.`);
    expect(speakerOfWords(sigblock, 1, 'fined Riverside TV')).toBe('Office of Communications');
    const ombudsman = markdownDocument(`---
title: Annual report 2023-24
outlet: Parliamentary and Health Service Ombudsman
kind: report (the Ombudsman's annual report to Parliament, 2023-24)
---

This year we received 30,000 enquiries from the public.

We upheld 62 per cent of the complaints we investigated.`);
    expect(speakerOfWords(ombudsman, 1, '30,000 enquiries')).toBe('Parliamentary and Health Service Ombudsman');
    const ipso = markdownDocument(`---
title: IPSO Annual Report 2024
outlet: Independent Press Standards Organisation
kind: report (annual report)
---

In 2024 we handled 8,400 complaints about newspapers and magazines.

We upheld complaints against 21 publications.`);
    expect(speakerOfWords(ipso, 1, '8,400 complaints')).toBe('Independent Press Standards Organisation');
    const fa = markdownDocument(`---
title: Regulatory Commission decision: Eastmoor Rovers FC
outlet: The Football Association
kind: decision (outcome of a regulatory commission hearing)
---

Eastmoor Rovers FC has been fined £20,000 for failing to ensure its players conducted themselves in an orderly fashion.

The club admitted the charge.`);
    expect(speakerOfWords(fa, 1, 'fined £20,000')).toBe('The Football Association');
    const citation = markdownDocument(`---
title: In re Marriage of Vostrikov
outlet: Washington Court of Appeals, Division II
kind: court opinion
---

LINDQVIST, J. — Harlan Vostrikov appeals the trial court's order dividing the marital estate. We affirm.

The trial court found that the business was community property. Harlan argues that this was error.

In re Marriage of Hale, No. 58200-1-II, slip op. at 6 (Wash. Ct. App. Mar. 4, 2025), controls here. There we held that a business started during the marriage is presumed to be community property.

Harlan offers no evidence to rebut the presumption. The trial court did not abuse its discretion.

We affirm.

LINDQVIST, J.

We concur:

MAXA, P.J.`);
    expect(speakerOfWords(citation, 3, 'controls here')).toBe('Lindqvist');
    expect(speakerOfWords(citation, 4, 'offers no evidence')).toBe('Lindqvist');
    const copied = markdownDocument(`---
title: Council refuses to reopen library
outlet: Northmoor Gazette
author: Amy Clarke
kind: news
---

Northmoor District Council has refused to reopen Eastfield Library, despite a petition signed by 3,000 residents.

The council's letter to campaigners is reproduced below.

> Northmoor District Council
> Town Hall, Northmoor
>
> 3 March 2025
>
> Dear Ms Hughes,
>
> Thank you for your petition. The council has considered it carefully. We cannot reopen the library this year because of budget pressures.
>
> We will review the decision in 2026.
>
> Yours sincerely,
>
> Director of Communities
> cc: Cllr Priya Shah, Leader of the Council

Campaigners said they would appeal. "We are bitterly disappointed," said Jane Hughes.`);
    expect(speakerOfWords(copied, 3, 'Thank you for your petition')).not.toBe('Priya Shah');
    const tynwald = markdownDocument(`---
title: Tynwald Court, 18 February 2025
outlet: Tynwald
kind: Hansard (official report of proceedings)
---

IN THE CHAIR: Laurence Skelly

President: Hon. Members, we turn to Item 4. I call the Minister for Infrastructure.

Mr Tim Crookall: Thank you, Mr President. The bus fleet will be replaced by 2027.

President: Thank you. I call Mrs Caine.

Mrs Claire Caine: Will the Minister publish the business case?

Mr Tim Crookall: Yes, in the spring.

President: We move to Item 5.`);
    expect(speakerOfWords(tynwald, 2, 'we turn to Item 4')).toBe('Laurence Skelly');
    const speech = markdownDocument(`---
title: Joint Committee on Agriculture debate, 12 March 2025
outlet: Houses of the Oireachtas
kind: committee debate transcript
---

Senator Tadhg Mulcahy in the Chair.

Chairman: I welcome the witnesses. I call Deputy Byrne.

Deputy Niamh Byrne: Thank you, Chairman. I remind members that Colm Hayes took the chair of this committee in 2020 and promised a report on forestry. We are still waiting.

Chairman: The report is due in June. I call Senator Walsh.

Senator Eoin Walsh: I agree with the Deputy.

Chairman: We will adjourn until next week.`);
    expect(speakerOfWords(speech, 2, 'I welcome the witnesses')).toBe('Tadhg Mulcahy');
    expect(speakerOfWords(speech, 3, 'still waiting')).toBe('Niamh Byrne');
    const game = markdownDocument(`---
title: Riverside Hawks post-game press conference
outlet: Riverside Hawks
kind: press conference transcript
---

COACH DARNELL REID: We competed hard tonight. I'm proud of the group.

Q: Jasmine Kowalczyk-Reed, WHPT News 8. How do you bounce back from this?

COACH DARNELL REID: We watch the film and we move on.

Q: Kevin Durant, Game 3. He scored 40 on you. How do you stop him in Game 4?

COACH DARNELL REID: You don't stop a player like that. You make it hard for him.

Q: Marcus Tillman, Route 9 Radio. Is Okafor healthy?

COACH DARNELL REID: He's day to day.`);
    expect(speakerOfWords(game, 4, 'How do you stop him')).not.toBe('Kevin Durant');
  });

  it('completes a transcript\'s "MR. SURNAME:" to the one full name the text prints in small letters with that surname, wherever it stands', () => {
    // (Guide 351's transit board transcript as filed: its rule line after the roll left the label to the resolver's window.)
    const board = markdownDocument(readFileSync(new URL('../../fixtures/attribution/blind-set-351/documents/07-tri-river-transit-board-transcript.md', import.meta.url), 'utf8'));
    // (The paragraph holding the words, wherever the loader's rule line leaves it.)
    const at = (words: string) => board.paragraphs.findIndex((p) => p.text.includes(words)) + 1;
    expect(speakerOfWords(board, at('MR. WHITLEY-AMANKWAH:'), 'Riders United for Fair Transit')).toBe('Darius Whitley-Amankwah');
    expect(speakerOfWords(board, at('like I do every morning'), 'like I do every morning')).toBe('Darius Whitley-Amankwah');
    // (Two people of that surname in the text: the label as printed.)
    const two = markdownDocument(
      [
        '---\ntitle: "Hearing"\noutlet: Tri-River Regional Transit Authority\nkind: transcript (board meeting)\n---',
        'CHAIR OKONKWO-BELL: First, Darius Whitley-Amankwah, then Maya Whitley-Amankwah.',
        'MR. WHITLEY-AMANKWAH: Good afternoon, board.',
        'MS. ODUYA: Thank you.',
        'DIRECTOR FAROUQUI: Thank you both.',
        'CHAIR OKONKWO-BELL: Next item.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(two, 2, 'Good afternoon, board')).not.toBe('Darius Whitley-Amankwah');
  });

  it('reads a name after a small "the" made of English words as no one, not a cleric\'s style', () => {
    const letter = markdownDocument(
      [
        '---\ntitle: "Winter appeal"\noutlet: The Larder Network\nauthor: Alison Pryce\nkind: letter (charity\'s fundraising appeal letter)\n---',
        'Kerry came back to see us in the spring.',
        'Her family is now receiving the Universal Credit they had been missing. She asked us to pass on a message: "Tell them thank you."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letter, 2, 'Tell them thank you')).not.toBe('Universal Credit');
  });

  it("keeps the third review's documents as they were: a spokeswoman's and a lawyer's \"she\", a spouse's, a namesake's or a sentence's words before a label's surname, a cleric's style after \"the\" (the third review of round 62)", () => {
    const spokeswoman = markdownDocument(`---
title: Minister under pressure over contracts
outlet: Capital Desk
author: Ben Ward
kind: news
---
Health minister Karen Ashdown has refused to answer questions about the contracts since they were disclosed last week.

Her spokeswoman said the minister had followed every rule. "There is nothing to hide here, and the documents will show that," she said.

Opposition MPs have called for an inquiry.`);
    const lawyer_her = markdownDocument(`---
title: Teacher wins appeal
outlet: Law Desk
kind: news
---
Sofia Marchetti lost her job at the academy in 2023 after a parent complained.

Her lawyer said the tribunal's ruling was a vindication. She said the school had never given her client a chance to respond.

"This should send a message to every academy trust," she added.`);
    const tr_couple = markdownDocument(`---
title: 'Transcript: Zoning board hearing, appeal 24-118'
outlet: County Record
kind: transcript
---
The following is a transcript of the zoning board hearing on appeal 24-118, brought by Mr. and Mrs. Lowe of 14 Elm Lane.

CHAIR DIAZ: Mr. and Mrs. Lowe, which of you will speak?

MRS. LOWE: I will start. We built the fence in 2019 with a permit. My husband, Tom Lowe, pulled the permit himself.

MR. LOWE: That's right. I have the receipt here.

MRS. LOWE: The neighbour objected only last spring.

CHAIR DIAZ: Thank you both.`);
    const tr_mlk = markdownDocument(`---
title: 'Transcript: City council hearing on renaming Fourth Street'
outlet: City Record
kind: transcript
---
The following is a transcript of public comment at the city council hearing on the proposal to rename Fourth Street, June 3.

CHAIR DIAZ: Ms. King, please go ahead.

MS. KING: Good evening. I am a pastor at Bethel AME. This street runs past the church where Martin Luther King spoke in 1963.

CHAIR DIAZ: Mr. Ford.

MR. FORD: I run the hardware store on Fourth. Renaming costs businesses money. My grandfather opened it when Gerald Ford was president.

MS. KING: It costs a few letterheads, Mr. Ford.`);
    const s_leeds = markdownDocument(`---
title: 'Transcript: Council hearing on the school budget'
outlet: County Record
kind: transcript
---
The following is a transcript of public comment at the council hearing on the school budget, April 2.

CHAIR DIAZ: Mr. Lowe, go ahead.

MR. LOWE: Thank you. My family came from Leeds. Lowe is an old name there. I have three children in the district.

CHAIR DIAZ: Thank you. Mr. Price.

MR. PRICE: I own the garage on Mill Road. I agree with what was said.

MR. LOWE: One more point, if I may.`);
    const o_2 = markdownDocument(`---
title: 'Transcript: Council hearing on the school budget'
outlet: County Record
kind: transcript
---
The following is a transcript of public comment at the council hearing on the school budget, April 2.

CHAIR DIAZ: Mr. Lowe, go ahead.

MR. LOWE: Thank you. Tell Lowe Council I said so. I have three children in the district.

CHAIR DIAZ: Thank you. Mr. Price.

MR. PRICE: I own the garage on Mill Road. I agree with what was said.

MR. LOWE: One more point, if I may.`);
    const v2 = markdownDocument(`---
title: Tributes paid to councillor
outlet: Shire Desk
kind: news
---
Tributes were paid on Sunday at a service in the parish church.

Among those who spoke was the Archdeacon of Dorset, the Venerable Mark Hill, who knew him for forty years. "He never turned anyone away," he said.

The council will hold a minute's silence on Tuesday.`);
    const said = (d: ReturnType<typeof markdownDocument>, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);
    expect(said(spokeswoman, 'nothing to hide')).not.toBe('Karen Ashdown');
    expect(said(lawyer_her, 'every academy trust')).not.toBe('Sofia Marchetti');
    expect(said(tr_couple, 'pulled the permit himself')).not.toBe('Tom Lowe');
    expect(said(tr_mlk, 'spoke in 1963')).not.toBe('Luther King');
    expect(said(s_leeds, 'Lowe is an old name there')).not.toBe('Leeds. Lowe');
    expect(said(o_2, 'I said so')).not.toBe('Tell Lowe');
    expect(said(v2, 'never turned anyone away')).toBe('Venerable Mark Hill');
  });
});
