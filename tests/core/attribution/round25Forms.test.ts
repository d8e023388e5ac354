import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('an American letters page: the name and the town on one line (round 25)', () => {
  const page = madeUpDocument(
    [
      'Readers respond to recent news stories. Letters have been edited for length.',
      'The bridge needs a new name',
      'I have lived in Essex for 40 years, and I have never written to a newspaper before.',
      'The senator said the plan was “a done deal.” It is not.',
      'Walter Pinkney, Essex',
      'Let the buses run later',
      'My daughter leaves the house at 6:10 every morning.',
      'Nobody I know thinks that is good for her.',
      'Carla Ruiz-Benton, West Hartford',
    ],
    { kind: 'letters', outlet: 'The Valley Courant' },
  );

  it('gives each letter to the name signed under it, and the name to its signer, not the town', () => {
    expect(speakerOfWords(page, 3, 'I have lived in Essex')).toBe('Walter Pinkney');
    expect(speakerOfWords(page, 4, 'It is not.')).toBe('Walter Pinkney');
    expect(speakerOfWords(page, 7, 'My daughter leaves')).toBe('Carla Ruiz-Benton');
    expect(speakerOfWords(page, 9, 'Carla Ruiz-Benton')).toBe('Carla Ruiz-Benton');
    expect(speakerOfWords(page, 9, 'West Hartford')).toBeUndefined();
  });

  it('leaves the headlines between letters and the page’s standfirst nobody’s', () => {
    expect(speakerOfWords(page, 6, 'Let the buses run later')).toBeUndefined();
    expect(speakerOfWords(page, 1, 'Readers respond')).toBeUndefined();
  });

  it('reads no signature from a name and a place in a news report', () => {
    const story = madeUpDocument(['The council met on Monday. I was there.', 'Walter Pinkney, Essex', 'The vote was close. We lost.', 'Carla Ruiz-Benton, West Hartford'], { kind: 'news report' });
    expect(speakerOfWords(story, 3, 'The vote was close.')).toBeUndefined();
  });
});

describe('a podcast transcript with a time stamp before each label (round 25)', () => {
  const episode = madeUpDocument(
    [
      'This transcript was produced with the help of automated software.',
      '[00:00:03] Dana Whitcombe: From the Harbour Herald, this is The Tally. I’m Dana Whitcombe.',
      '[00:00:41] Omar Lindgren: Hi, Dana. Thanks for having me.',
      '[00:03:22] [ARCHIVAL CLIP] Ruth Okafor: We will not let the economy be held hostage.',
      '[01:12] Dana Whitcombe: Omar, where does this go next?',
      '[01:15] Omar Lindgren: Nobody I’ve spoken to thinks it ends soon.',
    ],
    { kind: 'transcript', outlet: 'Harbour Herald' },
  );

  it('gives each turn to the name after the time stamp, and a clip to its speaker', () => {
    expect(speakerOfWords(episode, 2, 'this is The Tally')).toBe('Dana Whitcombe');
    expect(speakerOfWords(episode, 3, 'Thanks for having me')).toBe('Omar Lindgren');
    expect(speakerOfWords(episode, 4, 'held hostage')).toBe('Ruth Okafor');
    expect(speakerOfWords(episode, 6, 'Nobody I’ve spoken to')).toBe('Omar Lindgren');
  });

  it('leaves the transcriber’s note nobody’s', () => {
    expect(speakerOfWords(episode, 1, 'automated software')).toBeUndefined();
  });
});

describe('a recording’s mark in parentheses before a label, and a name after a question’s opening verb (round 25)', () => {
  const programme = madeUpDocument(
    [
      'HELEN MARCHBANK: Good morning. Prisons are full again.',
      '(VT) DEREK HOLLIS, FORMER GOVERNOR, HMP CLAYMOOR: We had men going out on the Friday with a travel warrant.',
      'HELEN MARCHBANK: Lord Farrant, you were a justice minister. Was Derek Hollis right?',
      'LORD FARRANT: He was right, and I said so at the time.',
      'HELEN MARCHBANK: So what would you do?',
      'LORD FARRANT: Build fewer prisons and fund probation.',
    ],
    { kind: 'transcript', outlet: 'BBC One' },
  );

  it('gives the recording to the name after its mark, as the text prints the name, not "Was Derek Hollis"', () => {
    expect(speakerOfWords(programme, 2, 'travel warrant')).toBe('Derek Hollis');
  });
});

describe('initials standing for a name the transcript prints only in capitals (round 25)', () => {
  const programme = madeUpDocument(
    [
      'PRESENTER: KIRSTEN MALLOWAY',
      'KIRSTEN MALLOWAY: Good morning. The prisons minister joins me now.',
      'ALAN MERRICK: Good morning, Kirsten.',
      'KM: You heard the governor. Is he wrong?',
      'AM: He is describing a real problem.',
      'KM: So for three more years we keep doing this.',
      'AM: No, I didn’t say that.',
      'KM: Alan Merrick, thank you.',
    ],
    { kind: 'transcript', outlet: 'BBC One' },
  );

  it('gives the initials’ turns to the name, cased as a name, not in capitals', () => {
    expect(speakerOfWords(programme, 4, 'Is he wrong?')).toBe('Kirsten Malloway');
    expect(speakerOfWords(programme, 6, 'three more years')).toBe('Kirsten Malloway');
    expect(speakerOfWords(programme, 5, 'a real problem')).toBe('Alan Merrick');
  });
});

describe('a newsletter signed off by its author (round 25)', () => {
  const briefing = [
    'Hello, and welcome to this week’s Briefing.',
    'Real wages have been growing for two years. Yet every time I present our numbers, someone objects.',
    'A Treasury spokesperson said that “growth is the priority”. I agree with that.',
    'As ever, do write back and tell me where you think we’re wrong.',
    'Best wishes,\nRuth',
    'Ruth Okonedo-Clarke is chief executive of the Tenancy Foundation.',
  ];
  const signed = madeUpDocument(briefing, { kind: 'newsletter', author: 'Ruth Okonedo-Clarke', outlet: 'Tenancy Foundation' });

  it('gives its own text to its author, and a quotation in it to whoever is quoted', () => {
    expect(speakerOfWords(signed, 2, 'I present our numbers')).toBe('Ruth Okonedo-Clarke');
    expect(speakerOfWords(signed, 3, 'I agree with that.')).toBe('Ruth Okonedo-Clarke');
    expect(speakerOfWords(signed, 3, 'growth is the priority')).not.toBe('Ruth Okonedo-Clarke');
    expect(speakerOfWords(signed, 4, 'do write back')).toBe('Ruth Okonedo-Clarke');
  });

  it('leaves the line about the author nobody’s', () => {
    expect(speakerOfWords(signed, 6, 'is chief executive')).toBeUndefined();
  });

  it('leaves a news digest’s narration nobody’s when no author signs it off', () => {
    const digest = madeUpDocument([...briefing.slice(0, 4), 'See you tomorrow.', 'Thanks for reading.'], { kind: 'newsletter', author: 'Ruth Okonedo-Clarke', outlet: 'Tenancy Foundation' });
    expect(speakerOfWords(digest, 2, 'I present our numbers')).toBeUndefined();
    const unsignedKind = madeUpDocument(briefing, { kind: 'news report', author: 'Ruth Okonedo-Clarke', outlet: 'Tenancy Foundation' });
    expect(speakerOfWords(unsignedKind, 2, 'I present our numbers')).toBeUndefined();
  });
});

describe('a judgment’s header fields and disposition line, as the Supreme Court of Canada prints them (round 25)', () => {
  const judgment = madeUpDocument(
    [
      'SUPREME COURT OF CANADA',
      'Appeal Heard: March 18, 2025. Judgment Rendered: October 10, 2025. Docket: 41052',
      'Coram: Lachance C.J. and Okoye, Brant and Thibault JJ.',
      'Reasons for Judgment (paras. 1 to 20): Thibault J. (Lachance C.J. and Okoye J. concurring). Dissenting Reasons: Brant J.',
      'The judgment of Lachance C.J. and Okoye and Thibault JJ. was delivered by',
      '[1] The respondent was convicted of robbery. I would dismiss the appeal.',
      'Appeal dismissed, Brant J. dissenting.',
      'Solicitor for the appellant: Attorney General of Ontario, Toronto.',
    ],
    { kind: 'court judgment', author: 'Mireille Thibault', outlet: 'Supreme Court of Canada' },
  );

  it('leaves the fields, the line before the reasons and the disposition nobody’s, and the reasons the judge’s', () => {
    expect(speakerOfWords(judgment, 2, 'Appeal Heard')).toBeUndefined();
    expect(speakerOfWords(judgment, 3, 'Coram')).toBeUndefined();
    expect(speakerOfWords(judgment, 4, 'Dissenting Reasons')).toBeUndefined();
    expect(speakerOfWords(judgment, 5, 'was delivered by')).toBeUndefined();
    expect(speakerOfWords(judgment, 7, 'Appeal dismissed')).toBeUndefined();
    expect(speakerOfWords(judgment, 8, 'Solicitor for the appellant')).toBeUndefined();
    expect(speakerOfWords(judgment, 6, 'I would dismiss the appeal.')).toBe('Mireille Thibault');
  });
});

describe('labels and names of a hearing, a council meeting, a magazine interview and a tribunal (round 25)', () => {
  it('names the chair a label’s parentheses give by title and surname, and keeps "CHAIR:" theirs, not the "ACTING CHAIR" who takes over later', () => {
    const hearing = madeUpDocument(
      [
        'CHAIR (Senator Brannigan): I welcome officers from the agency. Ms Garvan, an opening statement?',
        'Ms Garvan: Thank you, Chair. The towers are staffed.',
        'CHAIR: Thank you. Senator Colquhoun.',
        'Senator COLQUHOUN: Ms Garvan, how many closures this year?',
        'Ms Garvan: Eleven.',
        'CHAIR: Senator Hoang, you have the call.',
        'ACTING CHAIR (Senator Fenner): We will now break.',
        'ACTING CHAIR: We are back.',
      ],
      { kind: 'transcript', outlet: 'Senate Rural and Regional Affairs Committee' },
    );
    expect(speakerOfWords(hearing, 3, 'Thank you.')).toBe('Senator Brannigan');
    expect(speakerOfWords(hearing, 6, 'you have the call')).toBe('Senator Brannigan');
    expect(speakerOfWords(hearing, 8, 'We are back.')).toBe('Senator Fenner');
  });

  it('leaves a record’s note that the sitting was suspended nobody’s, not the chair’s', () => {
    const hearing = madeUpDocument(
      ['CHAIR (Senator Brannigan): We will break now.', 'Ms Garvan: Thank you, Chair.', 'Proceedings suspended from 10:30 to 10:45', 'CHAIR: We are back. Senator Hoang.', 'Ms Garvan: Thank you.'],
      { kind: 'transcript', outlet: 'Senate Rural and Regional Affairs Committee' },
    );
    expect(speakerOfWords(hearing, 3, 'Proceedings suspended')).toBeUndefined();
    expect(speakerOfWords(hearing, 4, 'We are back.')).toBe('Senator Brannigan');
  });

  it('reads no "Members" in a name listed after "Council Members"', () => {
    const minutes = madeUpDocument(
      [
        'PRESENT: Mayor Dana Whitfield; Council Members Janet Frobrook, Kwame Asare and Helen Park.',
        'MAYOR WHITFIELD: The council will come to order.',
        'COUNCIL MEMBER FROBROOK: Mayor, I want to explain my vote.',
        'MAYOR WHITFIELD: Go ahead.',
        'COUNCIL MEMBER FROBROOK: I will be voting no.',
      ],
      { kind: 'transcript', outlet: 'City of Marlow' },
    );
    expect(speakerOfWords(minutes, 3, 'explain my vote')).toBe('Janet Frobrook');
  });

  it('reads a photo credit as no label, so the introduction under it is nobody’s', () => {
    const interview = madeUpDocument(
      [
        'Foto: Valentin Faure / DER SPIEGEL',
        'Friederike Lanzer, 58, heads the glacier monitoring group in Zurich.',
        'DER SPIEGEL: Ms. Lanzer, the glaciers lost more ice this year.',
        'Lanzer: We said “catastrophic” in 2022, and people stopped hearing it.',
        'DER SPIEGEL: What now?',
        'Lanzer: We keep measuring.',
      ],
      { kind: 'interview', outlet: 'DER SPIEGEL' },
    );
    expect(speakerOfWords(interview, 2, 'heads the glacier monitoring group')).toBeUndefined();
    expect(speakerOfWords(interview, 6, 'We keep measuring.')).toBe('Friederike Lanzer');
  });

  it('leaves a tribunal’s "Representation — Claimant:" line nobody’s', () => {
    const decision = madeUpDocument(
      ['Employment Judge Halliwell', 'Representation — Claimant: Mr T Oduro (counsel). Respondent: Ms K Layton (solicitor).', '1. The claimant was dismissed. We find the dismissal unfair.'],
      { kind: 'tribunal decision', author: 'Employment Judge Halliwell', outlet: 'Employment Tribunals' },
    );
    expect(speakerOfWords(decision, 2, 'Mr T Oduro')).toBeUndefined();
    expect(speakerOfWords(decision, 3, 'We find the dismissal unfair.')).toBe('Employment Judge Halliwell');
  });
});

describe('a European Commission press release: its Quote(s) section and its back matter (round 25)', () => {
  const release = madeUpDocument(
    [
      'Brussels, 14 October 2025',
      'Today, the Commission proposed a regulation so that passengers can book a rail journey across borders in one go.',
      'For More Information',
      'Proposal for a Regulation on single European rail ticketing',
      'Questions and Answers on the Single European Rail Ticketing Regulation',
      'Quote(s)',
      'Passengers want to take the train, but today we make it harder than it needs to be. With this proposal, booking a trip will be simple.',
      'Paolo Bendetti, Commissioner for Sustainable Transport and Tourism',
      'Press contacts',
      'Anna-Lena Pfeiff\nPhone\n+32 2 298 14 62',
    ],
    { kind: 'press release', outlet: 'European Commission' },
  );

  it('gives the paragraph under "Quote(s)" to the name on the line after it, and the release’s own text to its issuer', () => {
    expect(speakerOfWords(release, 7, 'booking a trip will be simple')).toBe('Paolo Bendetti');
    expect(speakerOfWords(release, 2, 'the Commission proposed')).toBe('European Commission');
  });

  it('leaves the credit line, the links under "For More Information" and the press contacts nobody’s', () => {
    expect(speakerOfWords(release, 8, 'Paolo Bendetti')).toBeUndefined();
    expect(speakerOfWords(release, 6, 'Quote(s)')).toBeUndefined();
    expect(speakerOfWords(release, 4, 'Proposal for a Regulation')).toBeUndefined();
    expect(speakerOfWords(release, 10, 'Anna-Lena Pfeiff')).toBeUndefined();
  });

  it('reads no quotation section without its heading', () => {
    const plain = madeUpDocument(release.paragraphs.filter((p) => p.text !== 'Quote(s)').map((p) => p.text), { kind: 'press release', outlet: 'European Commission' });
    expect(speakerOfWords(plain, 6, 'booking a trip will be simple')).not.toBe('Paolo Bendetti');
  });
});

describe('a medal or a prize is no one a pronoun stands for (round 25)', () => {
  it('gives "she said" after "awarded her its Agassiz Medal" to no medal', () => {
    const obituary = madeUpDocument(
      [
        'Dr. Elena Marsh, an oceanographer, died on Monday. She was 91.',
        '“She kept pointing at the screen,” her husband, Gabriel Marsh, said.',
        'In 2011 the National Academy of Sciences awarded her its Agassiz Medal.',
        'In her acceptance speech she thanked “the worms, who did the hard part.”',
        'Asked in a 2004 oral history what she hoped people would remember, she was characteristically brief.',
        '“That it was dark down there,” she said, “and we went anyway.”',
      ],
      { kind: 'obituary', outlet: 'The New York Times' },
    );
    expect(speakerOfWords(obituary, 6, 'That it was dark down there')).not.toBe('Agassiz Medal');
  });
});

describe('a question read out "from" a named person "who says:" (round 25)', () => {
  it('gives the words to the person after "from", not to whoever reads them out', () => {
    const meeting = madeUpDocument(
      [
        'CHAIR: Welcome. Company Secretary, the first online question.',
        'Company Secretary: A follow-up from Mrs Anne Kowalski, who says: ‘The CEO said last year it would open. What changed?’',
        'CHAIR: Costs changed.',
        'Company Secretary: Thank you, Chair.',
      ],
      { kind: 'transcript', outlet: 'Kestrel Minerals' },
    );
    expect(speakerOfWords(meeting, 2, 'What changed?')).toBe('Anne Kowalski');
    const story = madeUpDocument(['We heard from Anne Kowalski, who said: “The CEO promised us.”'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'The CEO promised us.')).toBe('Anne Kowalski');
  });

  it('reads no place after "from" as the one who speaks', () => {
    const story = madeUpDocument(['The first question is from a shareholder from Melbourne, who said: “When will the plant open?”'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'When will the plant open?')).not.toBe('Melbourne');
  });
});

describe('the Senedd’s tabled questions, printed with a number and a reference and no label (round 25)', () => {
  const record = (supplementaryFirst: boolean) =>
    madeUpDocument(
      [
        'The Llywydd (Catrin Rhys-Morgan): Good afternoon. The first question is from Sioned Prys.',
        'Rural Bus Services',
        '1. Will the First Minister make a statement on bus services in Ceredigion? OQ62811',
        ...(supplementaryFirst
          ? ['Sioned Prys: First Minister, the T5 was cancelled on 11 days out of 30.', 'The First Minister (Huw Pennar): We have provided £39 million this year.']
          : ['The First Minister (Huw Pennar): We have provided £39 million this year.', 'Sioned Prys: First Minister, the T5 was cancelled on 11 days out of 30.']),
        'The Llywydd (Catrin Rhys-Morgan): Question 2, Gethin Lloyd.',
        'Gethin Lloyd: Diolch, Llywydd.',
        'The First Minister (Huw Pennar): Diolch, Gethin.',
      ],
      { kind: 'transcript', outlet: 'Senedd Cymru' },
    );

  it('gives the question to the member who speaks on it, whether before or after the answer, and its heading and reference to nobody', () => {
    for (const doc of [record(false), record(true)]) {
      expect(speakerOfWords(doc, 3, 'Will the First Minister make a statement')).toBe('Sioned Prys');
      expect(speakerOfWords(doc, 3, 'OQ62811')).toBeUndefined();
      expect(speakerOfWords(doc, 2, 'Rural Bus Services')).toBeUndefined();
    }
  });
});

describe('the review of round 25', () => {
  const letters = (signatureAfter: string[]) =>
    madeUpDocument(
      ['I have lived in Essex for 40 years. The plan is wrong.', 'Walter Pinkney, Essex', ...signatureAfter, 'My daughter leaves at 6:10 every morning. That is too early.', 'Carla Ruiz-Benton, West Hartford', 'Let the buses run', 'We need later buses. I said so at the meeting.', 'Dana Reyes, Austin, Texas'],
      { kind: 'letters', outlet: 'The Valley Courant' },
    );

  it('reads a title-case headline with a comma after a signature as a headline, not a signature that ends the page', () => {
    const page = letters(['Wake Up, America']);
    expect(speakerOfWords(page, 1, 'The plan is wrong.')).toBe('Walter Pinkney');
    expect(speakerOfWords(page, 4, 'That is too early.')).toBe('Carla Ruiz-Benton');
  });

  it('signs no letter "Name Withheld"', () => {
    const page = madeUpDocument(['I have lived in Essex for 40 years. The plan is wrong.', 'Name Withheld, Essex', 'Let the buses run', 'My daughter leaves at 6:10. That is too early.', 'Carla Ruiz-Benton, West Hartford'], { kind: 'letters', outlet: 'The Valley Courant' });
    expect(speakerOfWords(page, 1, 'The plan is wrong.')).not.toBe('Name Withheld');
  });

  it('gives no words to a place after "from"', () => {
    const story = madeUpDocument(['The first caller was a teacher from New York, who said: “We are exhausted.”'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'We are exhausted.')).not.toBe('New York');
  });

  it('keeps a body whose name ends in a plural title, and a surname that is a question’s verb', () => {
    const story = madeUpDocument(['“The bill will pass,” the House of Representatives said in a statement.', '“We were fine,” said Anna Were, a local trader.'], { kind: 'news report' });
    expect(speakerOfWords(story, 1, 'The bill will pass')).toBe('House of Representatives');
    expect(speakerOfWords(story, 2, 'We were fine')).toBe('Anna Were');
  });

  it('credits no quotation its own words attribute, no paragraph after the credit line, and nothing in a news report', () => {
    const release = madeUpDocument(
      ['Today the Commission proposed a regulation.', 'Quote(s)', 'As President Ursula Lindqvist put it, “Europe must deliver.” This proposal delivers.', 'Paolo Bendetti, Commissioner for Transport', 'The proposal now goes to Parliament and Council.', 'It follows a 2024 consultation.', 'Anna-Lena Pfeiff, spokesperson for transport'],
      { kind: 'press release', outlet: 'European Commission' },
    );
    expect(speakerOfWords(release, 3, 'Europe must deliver.')).toBe('Ursula Lindqvist');
    expect(speakerOfWords(release, 5, 'now goes to Parliament')).toBe('European Commission');
    const story = madeUpDocument(['Shares fell on Monday.', 'Quote', 'The company lost a third of its value this year.', 'Jane Doe, analyst at Shore Capital'], { kind: 'news report' });
    expect(speakerOfWords(story, 3, 'lost a third')).toBeUndefined();
  });

  it('leaves a release’s "Notes to editors" its issuer’s after the contacts, and a heading at the top takes nothing', () => {
    const release = madeUpDocument(
      ['For more information', 'Acme today announced a recall of 4,000 kettles.', 'Media contacts', 'Jo Bloggs\n+44 20 7946 0000', 'Notes to editors', 'Acme is the UK’s leading maker of kettles.'],
      { kind: 'press release', outlet: 'Acme Corp' },
    );
    expect(speakerOfWords(release, 2, 'announced a recall')).toBe('Acme Corp');
    expect(speakerOfWords(release, 6, 'leading maker of kettles')).toBe('Acme Corp');
    expect(speakerOfWords(release, 4, 'Jo Bloggs')).toBeUndefined();
  });

  it('leaves a signed news digest’s items nobody’s', () => {
    const digest = madeUpDocument(
      ['Good morning.', 'Israel struck targets in Gaza overnight, health officials said.', 'Police have arrested two men after a stabbing in Leeds.', 'The Bank of England holds rates today.', 'Thanks for reading,\nArchie'],
      { kind: 'newsletter', author: 'Archie Blandford', outlet: 'The Guardian' },
    );
    expect(speakerOfWords(digest, 3, 'Police have arrested two men')).toBeUndefined();
  });

  it('reads a disposition line only in a judgment, with costs and in part too', () => {
    const oped = madeUpDocument(['The court heard my appeal last week.', 'Appeal dismissed.', 'I will fight on.'], { kind: 'opinion', author: 'Jo Field' });
    expect(speakerOfWords(oped, 2, 'Appeal dismissed.')).toBe('Jo Field');
    const judgment = madeUpDocument(['[1] I would dismiss the appeal.', 'Appeal dismissed with costs, Brant J. dissenting.', 'Solicitors for the intervener the Attorney General of Quebec: Ministère de la Justice, Québec.'], { kind: 'court judgment', author: 'Mireille Thibault' });
    expect(speakerOfWords(judgment, 2, 'Appeal dismissed')).toBeUndefined();
    expect(speakerOfWords(judgment, 3, 'Solicitors for the intervener')).toBeUndefined();
  });

  it('ends an interview’s answer at a photo caption between answers', () => {
    const interview = madeUpDocument(
      ['DER SPIEGEL: Ms. Lanzer, the glaciers lost more ice this year.', 'Lanzer: We said “catastrophic” in 2022.', 'Photo: Glaciers in the Alps have lost a third of their ice.', 'DER SPIEGEL: What now?', 'Lanzer: We keep measuring.', 'DER SPIEGEL: Thank you.'],
      { kind: 'interview', outlet: 'DER SPIEGEL' },
    );
    expect(speakerOfWords(interview, 3, 'Glaciers in the Alps')).toBeUndefined();
  });

  it('reads no label after a time stamp outside a transcript', () => {
    const blog = madeUpDocument(['[09:02] Downing Street: the prime minister will speak at noon.', '[09:15] Labour: the party has called for a vote.', '[09:40] Police: a third man has been arrested.', '[10:05] Downing Street: the speech is delayed.', '[10:20] Labour: the vote is at four.', '[10:35] Police: the men are in custody.', '[10:50] Downing Street: the speech has begun.'], { kind: 'live blog', outlet: 'The Guardian' });
    expect(speakerOfWords(blog, 1, 'the prime minister will speak')).toBeUndefined();
  });

  it('keeps a surname label the full label with an office before it, and names no city in a correspondent’s parentheses', () => {
    const hearing = madeUpDocument(
      ['CHAIR: Welcome.', 'DEPUTY COMMISSIONER JANE ROWLEY: Thank you.', 'CHAIR: Your figures?', 'ROWLEY: Eleven closures.', 'CHAIR: Thank you.', 'ROWLEY: Thank you.'],
      { kind: 'transcript', outlet: 'Senate Committee' },
    );
    expect(speakerOfWords(hearing, 4, 'Eleven closures.')).toBe('Jane Rowley');
    const broadcast = madeUpDocument(
      ['ANCHOR: The storm hit overnight.', 'CORRESPONDENT (General Santos): Roofs are gone across the city.', 'ANCHOR: Any deaths?', 'CORRESPONDENT (General Santos): Three so far.', 'ANCHOR: Thank you.'],
      { kind: 'transcript', outlet: 'ABS-CBN' },
    );
    expect(speakerOfWords(broadcast, 2, 'Roofs are gone')).not.toBe('General Santos');
  });
});
