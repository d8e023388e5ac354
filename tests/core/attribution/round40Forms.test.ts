import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/corpus/parseDocument.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { inBold, madeUpDocument, speakerOfWords } from './madeUpDocument.js';

describe('forms of round 40', () => {
  it("names a company a wire story calls by its short name with the full name the story gives it", () => {
    const story = madeUpDocument([
      'Texaco Inc said it filed a petition in the Texas Court of Appeals for relief of the bond provisions of the judgement.',
      '"The petition asks the court to determine a reasonable security arrangement," Texaco said in a statement.',
      'Coniston Partners, which holds about 13 pct of Allegis, asked the department to review the deal.',
      '"The relationship should be scrutinized closely," Coniston said in its petition.',
      'Minister of Energy and Mines Arturo Hernandez Grisanti said oil income fell.',
      'Fiscal revenue totalled 43.5 billion, a drop which Hernandez said "had a very serious impact on Venezuela."',
    ]);
    expect(speakerOfWords(story, 2, 'reasonable security arrangement')).toBe('Texaco Inc');
    expect(speakerOfWords(story, 4, 'scrutinized closely')).toBe('Coniston Partners');
    expect(speakerOfWords(story, 6, 'very serious impact')).toBe('Arturo Hernandez Grisanti');
  });

  it('keeps a founder apart from the firm named after him, and "the partnership" the one last heard', () => {
    const founder = madeUpDocument(['Mario Gabelli, head of investment firm Mario Gabelli and Co, said he sold some shares. "I think the price is fair," Gabelli said.']);
    expect(speakerOfWords(founder, 1, 'the price is fair')).toBe('Mario Gabelli');
    const partnership = madeUpDocument([
      'General Acquisition Co said it was disappointed by Gencorp\'s response to its tender offer.',
      'The General Acquisition partnership called the response inflammatory and unproductive.',
      'The partnership said Gencorp failed to say how it would provide a "superior value to shareholders."',
    ]);
    expect(speakerOfWords(partnership, 3, 'superior value')).toBe('General Acquisition Co');
  });

  it("takes no place a headline names for an interview's interviewee when the introduction names her", () => {
    const interview = madeUpDocument(
      [
        "Ayesha Karimi has run the Stapleton Road Community Pantry out of a former bookmaker's for three years. As demand hits record levels, we asked her what she is seeing.",
        'When the pantry opened in January 2021, it fed about 40 households a week. This winter, it has been feeding more than 300.',
        'Its coordinator, Ayesha Karimi, 46, is one of only two paid staff. Karimi grew up in Easton and worked for 15 years as a teaching assistant.',
        'This interview has been edited for length and clarity.',
        "Who is coming to the pantry now who wasn't before?",
        "Working people, mostly. Now I've got nurses. I've got a bus driver.",
        'What do you need most?',
        'Volunteers, honestly. And tinned fish.',
        'What would you say to someone who is embarrassed to come?',
        "Don't be. Everyone here has needed help at some point.",
      ],
      { kind: 'interview', outlet: 'The Bristol Cable', author: 'Tomasz Wierzbicki', title: "'People are embarrassed to be here': Meet the woman running Lawrence Hill's busiest food pantry" },
    );
    inBold(interview, [4, 6, 8]);
    expect(speakerOfWords(interview, 6, "I've got a bus driver")).toBe('Ayesha Karimi');
  });
  it('reads a councillor after his ward\'s places, a retired miner with his age, and a surfer by his name', () => {
    const story = madeUpDocument([
      'Under the proposals, Bedwas Library on Church Street would open on Tuesdays and Fridays only.',
      'Bedwas, Trethomas and Machen councillor Gethin Prosser, who sits as an independent, said the cut would "rip the heart out" of the village.',
      'Retired miner Glyn Pritchard, 78, said he went to the library three times a week.',
      '"Everything\'s online now," he said.',
      'The surfer who found him raised the alarm. Surfer Jacob Tran, who brought Kyle to shore, gave evidence in May.',
      'He told the court: "I just kept telling him to hold on."',
    ]);
    expect(speakerOfWords(story, 2, 'rip the heart out')).toBe('Gethin Prosser');
    expect(speakerOfWords(story, 4, "Everything's online now")).toBe('Glyn Pritchard');
    expect(speakerOfWords(story, 6, 'I just kept telling him')).toBe('Jacob Tran');
  });

  it("tells a couple apart from a given name said again to one of them, and ends an office's places at its holder", () => {
    const hearing = madeUpDocument([
      'Owners Caleb and Ruth Dutcher are seeking a special permit to build a deck.',
      'Ruth Dutcher said the deck would be small.',
      'Mr. Dutcher told the board the business was struggling. "We are not trying to build a restaurant," he said.',
      '"I have eaten more of your lobster rolls than I would like to admit, Caleb," Mr. Amaral said.',
    ]);
    expect(speakerOfWords(hearing, 3, 'We are not trying')).not.toBe('Ruth Dutcher');
    const inquest = madeUpDocument(['Recording a conclusion of accidental death, assistant coroner for County Durham and Darlington Jeremy Lowther said Mr Raine had been "a deeply respected member of the farming community".']);
    expect(speakerOfWords(inquest, 1, 'a deeply respected member')).toBe('Jeremy Lowther');
  });

  it("gives a safeguarding review written in the first person to its reviewer, and a benefice's newsletter to the benefice", () => {
    const review = madeUpDocument(
      ['Reviewer: Dr Helen Marchetti, Independent Safeguarding Consultant', '1.1 In February 2023 the Diocese of Northmere asked me to carry out an independent review of how the church responded to concerns.', '1.2 I spoke to four survivors and to eleven members of the church. I am grateful to all of them.'],
      { kind: 'safeguarding review', outlet: 'Diocese of Northmere', author: 'Helen Marchetti' },
    );
    expect(speakerOfWords(review, 2, 'asked me to carry out')).toBe('Helen Marchetti');
    const newsletter = madeUpDocument(
      ['From the Vicarage', 'Dear friends,', 'October always feels to me like the month when the parish catches its breath.', 'With love and prayers,', 'Revd Jo Pemberton\nVicar', 'Diary dates', 'Harvest supper. Saturday 5 October, 7pm, Upper Fenby Village Hall. Tickets £12 from the Vicarage.'],
      { kind: 'parish newsletter', outlet: 'Benefice of Upper Fenby with Thorley' },
    );
    expect(speakerOfWords(newsletter, 3, 'October always feels to me')).toBe('Jo Pemberton');
    expect(speakerOfWords(newsletter, 7, 'Tickets £12')).toBe('Benefice of Upper Fenby with Thorley');
  });

  it("gives a heading the file marks as one to no one in a body's own document, however long", () => {
    const paragraphs = ['Wessex Libraries Trust will open all twelve of its branches on Sundays from May.', 'The bells ring out again at St Nicholas and the libraries stay open late', 'We expect 40,000 more visits a year.'];
    const plain = madeUpDocument(paragraphs, { kind: 'press release', outlet: 'Wessex Libraries Trust' });
    expect(speakerOfWords(plain, 2, 'The bells ring out')).toBe('Wessex Libraries Trust');
    const release = madeUpDocument(paragraphs, { kind: 'press release', outlet: 'Wessex Libraries Trust' });
    release.paragraphs[1] = { ...(release.paragraphs[1] as (typeof release.paragraphs)[number]), heading: 2 };
    expect(speakerOfWords(release, 2, 'The bells ring out')).toBeUndefined();
    expect(speakerOfWords(release, 3, 'We expect 40,000')).toBe('Wessex Libraries Trust');
  });

  it('keeps a block quotation going on over paragraphs with the speaker introduced before its first', () => {
    const page = markdownDocument('Four new research hubs will share £48 million, the board announced.\n\nProfessor Alison Reddaway, Executive Chair of NERB, said:\n\n> These hubs bring together the people who study our coasts and the people who live on them.\n\n> We chose them because each one starts from a community\'s own questions.\n\nThe hubs start in October.\n');
    expect(speakerOfWords(page, 4, 'We chose them')).toBe('Alison Reddaway');
    expect(speakerOfWords(page, 5, 'The hubs start')).toBeUndefined();
    const plain = markdownDocument('Four new research hubs will share £48 million, the board announced.\n\nProfessor Alison Reddaway, Executive Chair of NERB, said:\n\n> These hubs bring together the people who study our coasts and the people who live on them.\n\nWe chose them because each one starts from a community\'s own questions.\n');
    expect(speakerOfWords(plain, 4, 'We chose them')).toBeUndefined();
  });

  it('reads "AUDIENCE MEMBER (online):" as an unnamed participant\'s turn', () => {
    const seminar = markdownDocument(
      '---\ntitle: "Seminar transcript: Can we still date the Holocene by its pollen?"\noutlet: Merrow Institute for Quaternary Research\nkind: seminar transcript\n---\n\n**Speaker:** Dr Rosalind Achebe-Hart, University of Castlebridge\n**Chair:** Professor Ian Lockyer\n\n**PROFESSOR LOCKYER:** Good afternoon, everyone. It is a real pleasure to introduce Rosalind.\n\n**DR ACHEBE-HART:** Thank you, Ian. For forty years we have leaned on pollen zones.\n\n**AUDIENCE MEMBER:** Are you saying the radiocarbon dates are wrong as well?\n\n**DR ACHEBE-HART:** No, not wrong. Imprecise in places.\n\n**AUDIENCE MEMBER (online):** A question from the chat: how much does this matter for archaeologists?\n\n**DR ACHEBE-HART:** A lot, I am afraid.\n',
    );
    expect(speakerOfWords(seminar, 5, 'Imprecise in places')).toBe('Rosalind Achebe-Hart');
    expect(speakerOfWords(seminar, 6, 'how much does this matter')).toBeUndefined();
    expect(speakerOfWords(seminar, 7, 'A lot, I am afraid')).toBe('Rosalind Achebe-Hart');
  });

  it("gives no one a lecture's publisher's notes past its headings, nor a subheading set in bold", () => {
    const lecture = markdownDocument('---\ntitle: "The Merrow Lecture 2025: Counting the rain"\noutlet: The Merrow Society\nauthor: Eleanor Vance\nkind: lecture\n---\n\n**The Merrow Lecture 2025**\n\n**Counting the rain: two hundred years of amateur weather records**\n\n**Professor Eleanor Vance FRS**\n\n*Delivered at the Merrow Society, London, on 14 May 2025. Check against delivery.*\n\nWhen I was a doctoral student, my supervisor told me something I have never forgotten.\n\nI think that is the best answer any of us can give.\n\n*The Merrow Society thanks the Royal Meteorological Archive for its support.*\n');
    expect(speakerOfWords(lecture, 2, 'Counting the rain')).toBeUndefined();
    expect(speakerOfWords(lecture, 4, 'Check against delivery')).toBeUndefined();
    expect(speakerOfWords(lecture, 5, 'When I was a doctoral student')).toBe('Eleanor Vance');
    expect(speakerOfWords(lecture, 7, 'thanks the Royal Meteorological Archive')).toBeUndefined();
  });

  it("reads a planning inquiry's examination under \"Examination-in-chief by\" and \"Cross-examined by\" lines, and its inspector by the header", () => {
    const inquiry = markdownDocument(
      '---\ntitle: "Hollin Vale Reservoir Public Inquiry: Day 4"\noutlet: Planning Inspectorate\nkind: public inquiry transcript\n---\n\n**PUBLIC INQUIRY — DAY 4**\n\n**Before: Ms Catherine Brandt BSc MRTPI, Inspector**\n\nAPPEARANCES:\nFor Calder Valley Water plc: Mr Richard Holloway KC\nFor the Hollin Vale Objectors Group: Ms Funmi Oyelaran, counsel\n\nTHE INSPECTOR: Good morning. Mr Holloway, your next witness.\n\nMR HOLLOWAY: Thank you, madam. I call Dr Peter Sandford.\n\nDR PETER SANDFORD (sworn)\n\nExamination-in-chief by MR HOLLOWAY\n\nQ. Why does the company need a new reservoir?\n\nA. Because our supply goes into deficit in 2031.\n\nMR HOLLOWAY: Thank you. Please wait there.\n\nCross-examined by MS OYELARAN\n\nQ. That forecast assumes growth of 0.9 per cent a year, doesn\'t it?\n\nA. It does.\n\nMS OYELARAN: Thank you, madam. Nothing further.\n\nTHE INSPECTOR: I think we will take a short break there.\n',
    );
    expect(speakerOfWords(inquiry, 4, 'your next witness')).toBe('Catherine Brandt');
    expect(speakerOfWords(inquiry, 8, 'Why does the company')).toBe('Richard Holloway');
    expect(speakerOfWords(inquiry, 9, 'supply goes into deficit')).toBe('Peter Sandford');
    expect(speakerOfWords(inquiry, 12, 'That forecast assumes')).toBe('Funmi Oyelaran');
    expect(speakerOfWords(inquiry, 13, 'It does.')).toBe('Peter Sandford');
  });

  it("finds an interviewee beside a body's name that lists its offices across \"and\"", () => {
    const interview = madeUpDocument(
      [
        "Three months into the job, the water regulator's chief executive tells Sanjay Mehta why record penalties are only the start.",
        'Dame Ruth Kellaway took over at the Office of Water and Environment Licensing in January.',
        "You've said companies will not pass fines on to customers. How will you stop them?",
        'By making it a licence condition.',
        'Some investors say the regime is now uninvestable. Are they wrong?',
        'I think they are. Well-run companies have nothing to fear.',
        'What would success look like in five years?',
        'Fewer spills, and people swimming in rivers again.',
      ],
      { kind: 'interview', outlet: 'Utility Week Review', author: 'Sanjay Mehta', title: "'We will not be a soft touch': the regulator's new chief on fines and sewage" },
    );
    inBold(interview, [2, 4, 6]);
    expect(speakerOfWords(interview, 4, 'licence condition')).toBe('Ruth Kellaway');
  });
});

/** A Markdown file as the corpus loads it. */
function markdownDocument(text: string): SourceDocument {
  const parsed = parseDocument(text, { markdown: true });
  return { source: { id: 'a', title: 'T', kind: 'news report', ...parsed.source }, file: 'a.md', collection: '', paragraphs: parsed.paragraphs };
}
