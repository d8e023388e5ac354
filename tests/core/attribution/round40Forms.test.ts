import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/core/model.js';
import { inBold, madeUpDocument, markdownDocument, speakerOfWords } from './madeUpDocument.js';

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

  it('names a body its acronym stands for by the name the story spells it out with', () => {
    const story = madeUpDocument([
      'The 25-nation Latin American Economic System (SELA) has presented a document calling for a new strategy on debt.',
      'SELA called for new efforts to break "the vicious circle of debt, stagnation and productive retrogression."',
    ]);
    expect(speakerOfWords(story, 2, 'the vicious circle')).toBe('Latin American Economic System');
    const two = madeUpDocument(['The Latin American Economic System (SELA) met in Caracas.', 'The Economic System for Latin America (SELA) said so too.', 'SELA called for "new efforts on debt."']);
    expect(speakerOfWords(two, 3, 'new efforts on debt')).toBe('SELA');
  });

  // The review of round 40's rules (mid-round): each of these failed before its mend.

  it('names a company by its full name, not the run joining it to another company', () => {
    // right: Texaco Inc / KKR Holdings / Coniston Partners
    expect(speakerOfWords(saidAfter('Shares of Pennzoil and Texaco Inc fell on Monday.', 'Texaco'), 2, 'Our position')).toBe('Texaco Inc');
    expect(speakerOfWords(saidAfter('Apollo Global Management and KKR Holdings both bid for the business.', 'KKR'), 2, 'Our position')).toBe('KKR Holdings');
    expect(speakerOfWords(saidAfter('The bid by Carl Icahn and Coniston Partners was rejected on Monday.', 'Coniston'), 2, 'Our position')).toBe('Coniston Partners');
  });
  it('names a founder by his name, not the Industries or Associates firm named after him', () => {
    const koch = madeUpDocument(['Charles Koch, chief executive of Koch Industries, told shareholders the firm would keep its refineries.', '"We are not selling," Koch said in an interview.']);
    expect(speakerOfWords(koch, 2, 'We are not selling')).toBe('Charles Koch');
    const levin = madeUpDocument(['Mark Levin, managing partner of Levin Associates, said the offer undervalued the company.', '"I would vote against it," Levin said.']);
    expect(speakerOfWords(levin, 2, 'I would vote against')).toBe('Mark Levin');
  });
  it('reads DS Smith and DC Comics as companies, not police ranks', () => {
    const ds = madeUpDocument(['Packaging group DS Smith said on Tuesday its first-half profit rose 12 percent.', '"Demand for corrugated boxes remains strong," DS Smith said in a statement.']);
    expect(speakerOfWords(ds, 2, 'Demand for corrugated')).toBe('DS Smith');
    const dc = madeUpDocument(['DC Comics said in a statement that the film would be "a fresh start".']);
    expect(speakerOfWords(dc, 1, 'a fresh start')).toBe('DC Comics');
  });
  it('ends a block quotation\'s speaker at a quotation crediting its own', () => {
    const d = markdownDocument('Ministers faced a backlash over the plan on Tuesday.\n\nHealth Secretary Wes Streeting posted on X:\n\n> Today we are ending the 8am scramble for GP appointments.\n\n> This is a con. Patients will still wait weeks. — Victoria Atkins (@VictoriaAtkins) June 3, 2025\n\nThe plan starts in October.\n');
    expect(speakerOfWords(d, 4, 'This is a con')).not.toBe('Wes Streeting');
  });
  it('reads "Her" after a noun describing the named woman herself as hers', () => {
    const dispatch = madeUpDocument([
      'The bus in Valea Nucilor has 11 seats. The driver, a retired mechanic called Petru, told me it used to be full. Now he drives it out of habit.',
      'Vera Ciobanu is a grandmother of 68 raising three grandchildren. Her daughter and son-in-law work in a factory near Verona.',
      '"I am their grandmother on paper and their mother in the kitchen," she told me.',
      'I watched the eldest, 12-year-old Mihai, tell his father about a maths test. When I asked him whether he wanted to go too, he shrugged.',
      '"Everybody goes," he said.',
      'On my last evening the tablet rang. Her daughter, Elena, appeared on the screen. When her mother explained, she leaned towards the camera.',
      '"Tell him we will come back," she said.',
      'Vera turned to me and raised an eyebrow. "Every year she says that," she said.',
    ], { kind: 'dispatch', outlet: 'BBC News', author: 'Tom Kessler' });
    expect(speakerOfWords(dispatch, 8, 'Every year she says')).toBe('Vera Ciobanu');
  });
  it('keeps a section its writer signs when she introduces herself or her name is a word', () => {
    const nurse = madeUpDocument(['Patient Newsletter', 'Meet our new practice nurse', "Hello! I'm Sarah and I joined the practice in March from Halden Hospital, where I worked in diabetes care. I look forward to meeting you.", 'Sarah Jones, Practice Nurse', 'Summer reminders', 'The practice will be closed for staff training on Thursday 11 July.'], { kind: 'newsletter', outlet: 'Mill Lane Medical Practice' });
    expect(speakerOfWords(nurse, 3, 'I look forward to meeting you')).toBe('Sarah Jones');
    const will = madeUpDocument(['Club Newsletter — Spring 2025', "Treasurer's report", 'Will you help us balance the books this year? Our subs have not risen since 2019, and I am asking every member to pay by standing order.', 'Will Carter, Treasurer', 'Fixtures', 'The first match of the season is on Saturday 12 April.'], { kind: 'newsletter', outlet: 'Halden Cricket Club' });
    expect(speakerOfWords(will, 3, 'I am asking every member')).toBe('Will Carter');
    const speech = madeUpDocument(['The 2025 Wexley Prize for Poetry was awarded to Ines Calder at a ceremony on Thursday.', "The winner's speech", "Ines Calder's acceptance speech, as delivered.", 'Good evening. My name is Ines Calder, and until this morning nobody in this room had heard of me.', 'My mother wrote poems she never showed anyone. This is for her.', 'The Wexley Prize for Poetry is awarded annually.'], { kind: 'citation and acceptance speech', outlet: 'The Wexley Prize for Poetry' });
    expect(speakerOfWords(speech, 5, 'This is for her')).toBe('Ines Calder');
    const citation = madeUpDocument(['The 2025 Wexley Prize for Poetry was awarded to Ines Calder at a ceremony on Thursday.', "The judges' citation", 'Read by Professor Alan Brook, Chair of Judges, on behalf of the panel.', 'The Salt Year is a collection of startling clarity. Its poems move from the kitchen to the shipyard without raising their voice.', 'It is a debut that reads like a late work.', "The winner's speech"], { kind: 'citation and acceptance speech', outlet: 'The Wexley Prize for Poetry' });
    expect(speakerOfWords(citation, 4, 'startling clarity')).toBe('Alan Brook');
  });
  it("keeps a speech's last words naming its publisher the speaker's", () => {
    const speech = markdownDocument('---\ntitle: "Minister\'s speech to the Schools Conference"\noutlet: Department for Education\nauthor: Bridget Phillipson\nkind: speech\n---\n\n## Schools Conference 2025\n\nGood morning. I want to talk today about teachers.\n\nWe will recruit 6,500 new teachers in this parliament.\n\nThe Department for Education will publish the full framework in the spring, and every school will have it by September.\n');
    expect(speakerOfWords(speech, 4, 'will publish the full framework')).toBe('Bridget Phillipson');
  });
  it('gives a survey table\'s "We" statements with their figures to no one', () => {
    const report = madeUpDocument(['Consultation report: the future of Halden Library', 'Halden Council asked residents what they wanted from their library. We received 1,204 responses.', '| Statement | Agree |\n|---|---|\n| We need longer opening hours | 62% |\n| We would use a café in the library | 41% |\n| We should keep the mobile library | 77% |', 'We will publish our response in the spring.'], { kind: 'consultation report', outlet: 'Halden Council' });
    expect(speakerOfWords(report, 3, 'We need longer opening hours')).toBeUndefined();
  });
  it('keeps a given name that is also a word (Grant Wilson Shaw, Hunter S. Thompson)', () => {
    const g = madeUpDocument(['Farmers in the valley can now apply for a hedgerow grant of up to £5,000.', 'Grant Wilson Shaw, 52, who farms 300 acres near Hawes, said he would apply.', '"It is the first help we have had in years," Shaw said.']);
    expect(speakerOfWords(g, 3, 'It is the first help')).toBe('Grant Wilson Shaw');
    const h = madeUpDocument(['The hunter was never found. Hunter S. Thompson wrote about the case in 1970.', '"It was the strangest story I ever covered," Thompson said later.']);
    expect(speakerOfWords(h, 2, 'It was the strangest')).toBe('Hunter S. Thompson');
  });
  it('keeps a bold first-person sentence with no stop its issuer\'s', () => {
    const release = markdownDocument('---\ntitle: "Libraries to open on Sundays"\noutlet: Wessex Libraries Trust\nkind: press release\n---\n\n**Libraries to open on Sundays**\n\nWessex Libraries Trust will open all twelve of its branches on Sundays from May.\n\n**We know families want to use their library at the weekend and we have listened**\n\nThe change costs £120,000 a year.\n');
    expect(speakerOfWords(release, 2, 'We know families want')).toBe('Wessex Libraries Trust');
  });
  it('reads no "Last updated" stamp as a commenter', () => {
    const blog = madeUpDocument(['By Owen Pritchard · 8 January 2024 at 6:00pm', 'Corridor care is not care. I am tired of saying it to colleagues, so I am saying it here.', 'Last updated · 10 January 2024 at 9:00am', 'The trust has now replied to me. I will post its answer in full tomorrow.', '2 comments', 'Sue Kettering · 9 January 2024 at 7:42am', 'My mum spent two nights on a corridor in December. Thank you for writing this.', 'Raj Patel · 9 January 2024 at 9:15am', 'Paramedic here. Nobody in charge ever comes down to see it.'], { kind: 'blog post', outlet: 'Notes from the Front Door', author: 'Owen Pritchard' });
    expect(speakerOfWords(blog, 4, 'I will post its answer')).toBe('Owen Pritchard');
  });
  it('reads a trade\'s person with "(78)", "aged 78" or "told the inquiry he"', () => {
    for (const first of ['Retired miner Glyn Pritchard (78) said he went to the library three times a week.', 'Retired miner Glyn Pritchard, aged 78, said he went to the library three times a week.', 'Retired miner Glyn Pritchard told the inquiry he went to the library three times a week.']) {
      const d = madeUpDocument([first, '"Everything\'s online now," he said.']);
      expect(speakerOfWords(d, 2, "Everything's online now")).toBe('Glyn Pritchard');
    }
    const ok = madeUpDocument(['Retired miner Glyn Pritchard, 78, said he went to the library three times a week.', '"Everything\'s online now," he said.']);
    expect(speakerOfWords(ok, 2, "Everything's online now")).toBe('Glyn Pritchard');
  });
});

/** A Markdown file as the corpus loads it. */
/** A wire story naming a company, then its statement under its short name. */
function saidAfter(first: string, short: string): SourceDocument {
  return madeUpDocument([first, `${short} said in a statement: "Our position is unchanged."`]);
}
