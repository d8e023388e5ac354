import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 58: bodies' reports and notices, prefiled testimony, bylines' offices, hearings' chairs, judgments' opinions and closing layout", () => {
  it('gives an accident investigation report with a gloss, a humanitarian situation report and a regulator\'s enforcement notice their issuers\' voice', () => {
    const kinds = ['accident investigation report (final report quoting witnesses and recorders)', 'humanitarian situation report issued by a UN agency', 'parliamentary select committee report (with oral and written evidence quoted)', "regulator's enforcement notice"];
    for (const kind of kinds) {
      const report = markdownDocument([`---\ntitle: "Findings"\noutlet: Coastal Safety Board\nkind: ${kind}\n---`, 'The vessel left harbour at 0612 with four crew aboard.', 'The board considers that the watch was not properly kept.'].join('\n\n'));
      expect(speakerOfWords(report, 2, 'watch was not properly kept'), kind).toBe('Coastal Safety Board');
    }
    // (Not a newsroom's story with a gloss, nor a bare "parliamentary report".)
    for (const kind of ['situation report (correspondent\'s story)', 'parliamentary report']) {
      const story = markdownDocument([`---\ntitle: "Findings"\noutlet: Coastal Safety Board\nkind: ${kind}\n---`, 'The vessel left harbour at 0612 with four crew aboard.', 'The board considers that the watch was not properly kept.'].join('\n\n'));
      expect(speakerOfWords(story, 2, 'watch was not properly kept'), kind).toBeUndefined();
    }
  });

  it("gives a witness's prefiled testimony, questions and answers, to its author, not to a colleague an answer names", () => {
    const testimony = markdownDocument(
      [
        '---\ntitle: "Direct Testimony of Harold P. Vance"\noutlet: Lakeshore Water Company\nauthor: Harold P. Vance\nkind: prefiled direct testimony (question-and-answer)\n---',
        '**Q. What is the purpose of your testimony?**',
        'A. My testimony explains the Company\'s request. Witness Ruth Ellery addresses the cost of capital, and witness Sam Oduya addresses depreciation.',
        '**II. THE REQUEST**',
        '**Q. What is the Company requesting?**',
        'A. The Company requests an increase of 6.2 percent in annual revenues.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(testimony, 5, 'increase of 6.2 percent')).toBe('Harold P. Vance');
  });

  it("takes an office off a byline's full name (\"Justice Miriam K. Saltonstall\", \"Mayor Rosalind Okereke-Dunn\") but keeps a judge's office over a surname alone", () => {
    const opinion = (author: string) => markdownDocument([`---\ntitle: "State v. Quill"\noutlet: Supreme Court of the State of Arden\nauthor: ${author}\nkind: state supreme court opinion\n---`, 'We granted review to decide whether the search was lawful.', 'We hold that it was.'].join('\n\n'));
    expect(speakerOfWords(opinion('Justice Teresa M. Quarrington'), 2, 'We hold')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion('Mayor Delia Fontaine-Ruiz'), 2, 'We hold')).toBe('Delia Fontaine-Ruiz');
    expect(speakerOfWords(opinion('Mrs Justice Hartley'), 2, 'We hold')).toBe('Mrs Justice Hartley');
  });

  it('names a House hearing\'s "Mr. THACKERAY." in full by the record\'s "Hon. … (chairman of the subcommittee) presiding"', () => {
    const hearing = markdownDocument(
      [
        '---\ntitle: "Oversight of the Harbor Dredging Program"\noutlet: U.S. House of Representatives\nkind: congressional committee hearing transcript\n---',
        'The subcommittee met, pursuant to notice, at 10:00 a.m., in room 2167, Rayburn House Office Building, Hon. Walter J. Brisco (chairman of the subcommittee) presiding.',
        'Present: Representatives Brisco, Alvarez, Pratt and Lindqvist.',
        'Mr. BRISCO. The subcommittee will come to order. Today we look at the dredging program.',
        'Ms. ALVAREZ. Thank you, Mr. Chairman. I yield back.',
        'Mr. BRISCO. I thank the gentlewoman. Ms. Pratt, you are recognized for five minutes.',
        'Ms. PRATT. Thank you. The program has dredged eleven harbors.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(hearing, 3, 'come to order')).toBe('Walter J. Brisco');
  });

  it('reads "Hon" as a title: a minister\'s release headed "Hon Aroha Pene" gives her quotations, and "Ms Pene", to Aroha Pene', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "New funding for river restoration"\noutlet: New Zealand Government\nauthor: Aroha Pene\nkind: ministerial press statement\n---',
        '**Hon Aroha Pene**\n**Minister of Conservation**',
        'The Government is investing $12 million in the Ōtaki river, Conservation Minister Aroha Pene announced today.',
        '“Rivers are the veins of our land,” Aroha Pene said.',
        'The Minister spoke at the river mouth alongside local iwi.',
        '“This is work the community started itself,” Ms Pene said.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(release, 3, 'veins of our land')).toBe('Aroha Pene');
    expect(speakerOfWords(release, 5, 'community started')).toBe('Aroha Pene');
  });

  it("leaves a notice's closing signature and the issuer's footer after it to nobody", () => {
    const notice = markdownDocument(
      [
        '---\ntitle: "Notice No. 3: Buoy works"\noutlet: Port of Tarrow Harbour Authority\nauthor: Eilidh M. Rowan\nkind: notice to mariners\n---',
        '1. Mariners are advised that buoy maintenance will take place in the outer channel from 4 May.',
        '2. Vessels should keep clear of the work boat.',
        'Dated this 1st day of May 2025',
        'Captain Eilidh M. Rowan\nHarbour Master\nPort of Tarrow Harbour Authority',
        'Harbour Office, Quay Street, Tarrow TR4 1AB. Port Control: VHF Channel 14. Tel: 01632 960 123.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(notice, 2, 'keep clear')).toBe('Eilidh M. Rowan');
    expect(speakerOfWords(notice, 4, 'Harbour Master')).toBeUndefined();
    expect(speakerOfWords(notice, 5, 'Quay Street')).toBeUndefined();
  });

  it("leaves a report's footnotes, its name over two lines and its signature field to nobody; a speaker's first-person note stays theirs", () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Ferries to the islands"\noutlet: House of Commons Islands and Shipping Committee\nkind: parliamentary select committee report\n---',
        'House of Commons\nIslands and Shipping Committee',
        'Ferry services to the islands have become less reliable.[^1] We heard that vessels are old.',
        'Signed: ..............................',
        '[^1]: Written evidence from the Island Councils Forum (IFS0012)',
      ].join('\n\n'),
    );
    expect(speakerOfWords(report, 1, 'Islands and Shipping')).toBeUndefined();
    expect(speakerOfWords(report, 2, 'vessels are old')).toBe('House of Commons Islands and Shipping Committee');
    expect(speakerOfWords(report, 3, 'Signed')).toBeUndefined();
    expect(speakerOfWords(report, 4, 'Written evidence')).toBeUndefined();
    const speech = markdownDocument(['---\ntitle: "The last mile"\noutlet: Bank of Arden\nauthor: Petra Nowell\nkind: speech\n---', 'Inflation is falling, and we must finish the job.', '[^1]: I am grateful to my colleagues for their help.', '[^2]: Arden Statistics Office, March release.'].join('\n\n'));
    expect(speakerOfWords(speech, 2, 'grateful')).toBe('Petra Nowell');
    expect(speakerOfWords(speech, 3, 'Statistics Office')).toBeUndefined();
  });

  it("gives a dissent under \"JUSTICE HOLLOWAY, dissenting.\" to that judge and leaves an opinion's caption, counsel and syllabus to nobody", () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "State v. Marlow"\noutlet: Supreme Court of the State of Arden\nauthor: Justice Teresa M. Quarrington\nkind: state supreme court opinion (majority and dissent)\n---',
        'STATE OF ARDEN, Respondent,\nv.\nPAUL MARLOW, Petitioner.',
        'On review from the Court of Appeals. Affirmed.',
        'Jo Ennis, Deputy Public Defender, for petitioner.\nLee Park, Assistant Attorney General, for respondent.',
        'QUARRINGTON, J., delivered the opinion of the Court. FENWICK, J., filed a dissenting opinion.',
        'JUSTICE QUARRINGTON, opinion of the Court.',
        'We hold that the consent was voluntary.',
        'JUSTICE FENWICK, dissenting.',
        'I would hold that the petitioner was seized again. I respectfully dissent.',
      ].join('\n\n'),
    );
    for (const [n, words] of [[1, 'STATE OF ARDEN'], [2, 'On review'], [3, 'for petitioner'], [4, 'delivered the opinion'], [5, 'opinion of the Court'], [7, 'dissenting']] as const) expect(speakerOfWords(opinion, n, words), words).toBeUndefined();
    expect(speakerOfWords(opinion, 6, 'consent was voluntary')).toBe('Teresa M. Quarrington');
    expect(speakerOfWords(opinion, 8, 'seized again')).toBe('Fenwick');
  });
});
