import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/core/model.js';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

/** The speaker of words in the paragraph that holds them (the loader may drop a rule line or a heading). */
const said = (d: SourceDocument, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);

describe("round 64: international institutions' records, releases and judgments", () => {
  it('gives "President. –" to whoever is in the chair at that point of a verbatim report whose chair changes', () => {
    const report = markdownDocument(
      [
        '---\ntitle: "Port state control (debate)"\noutlet: European Parliament\nkind: transcript (verbatim report of proceedings, plenary sitting)\n---',
        'IN THE CHAIR: Annika Sørby-Lund\nVice-President',
        '**President.** – The next item is the debate on port state control. I give the floor to the Commissioner.',
        '**Kalle Virtanen, President-in-Office of the Council.** – Madam President, the Council is ready to negotiate.',
        '**Tomás Quiroga, Member of the Commission.** – Madam President, inspections fell by a fifth last year.',
        '**President.** – Thank you, Commissioner. We now move to the vote.',
        'IN THE CHAIR: Radu Marinescu-Vlad\nVice-President',
        '**President.** – The debate is resumed. Honourable Members, please take your seats.',
        '**Elske Dijkgraaf (Renew).** – Mr President, the ports of the north cannot carry this alone.',
        '**Jonas Aleksandravičius (PPE).** – Mr President, the Commissioner is right about the inspections.',
        '**President.** – The debate is closed.',
      ].join('\n\n'),
    );
    expect(said(report, 'I give the floor to the Commissioner')).toBe('Annika Sørby-Lund');
    expect(said(report, 'We now move to the vote')).toBe('Annika Sørby-Lund');
    expect(said(report, 'The debate is resumed')).toBe('Radu Marinescu-Vlad');
    expect(said(report, 'The debate is closed')).toBe('Radu Marinescu-Vlad');
    expect(said(report, 'inspections fell by a fifth')).toBe('Tomás Quiroga');
  });

  it("reads a central bank's press conference transcript with bold questions: the president answers, a panellist's label answers once", () => {
    const conference = markdownDocument(
      [
        '---\ntitle: "Monetary policy statement and press conference"\noutlet: Northern Reserve Bank\nkind: transcript (press conference after the Board\'s monetary policy meeting)\n---',
        'Helga Rasmussen-Tor, Governor,\nPieter van Oosterhout, Deputy Governor',
        'Good afternoon. The Board today decided to keep the policy rate at 3.25 per cent.',
        'Inflation has eased over the summer, but services prices are still rising quickly.',
        '**Is this the peak? Markets expect two cuts next year. Are they right?**',
        'I will not guess what markets expect. We will take each meeting as it comes.',
        '**A question for the Deputy Governor. Are the banks ready for the new liquidity rules?**',
        'Van Oosterhout: Thank you. The banks have had two years to prepare, and most of them are ready.',
        'We will publish the first results in March.',
        '**Was the decision unanimous?**',
        'It was. Nobody argued for a change this time.',
      ].join('\n\n'),
    );
    expect(said(conference, 'keep the policy rate')).toBe('Helga Rasmussen-Tor');
    expect(said(conference, 'Markets expect two cuts')).toBeUndefined();
    expect(said(conference, 'We will take each meeting')).toBe('Helga Rasmussen-Tor');
    expect(said(conference, 'had two years to prepare')).toBe('Pieter van Oosterhout');
    expect(said(conference, 'first results in March')).toBe('Pieter van Oosterhout');
    expect(said(conference, 'Nobody argued for a change')).toBe('Helga Rasmussen-Tor');
  });

  it('gives an office\'s label, "OSCE Secretary General:", to the one person the title names after the office; a bracketed asker named', () => {
    const doorstep = markdownDocument(
      [
        '---\ntitle: "Doorstep remarks by OSCE Secretary General Marta Lindqvist-Okafor before the Ministerial Council"\noutlet: OSCE\nkind: transcript (doorstep remarks and questions)\n---',
        'OSCE Secretary General: Good morning. Ministers meet today with a full agenda.',
        'We will discuss the field missions first, and then the budget.',
        'OSCE Spokesperson Karel Dvořák: We will take two questions. Euronews.',
        'Question [Ilona Varga-Moss, Euronews]: Secretary General, is the budget agreed?',
        'OSCE Secretary General: Not yet. But I am hopeful that it will be by tonight.',
        'OSCE Spokesperson Karel Dvořák: Last question. Reuters.',
        'Question [Reuters]: Will the mission in the south be extended?',
        'OSCE Secretary General: That is for the participating States to decide.',
      ].join('\n\n'),
    );
    expect(said(doorstep, 'full agenda')).toBe('Marta Lindqvist-Okafor');
    expect(said(doorstep, 'I am hopeful')).toBe('Marta Lindqvist-Okafor');
    expect(said(doorstep, 'is the budget agreed')).toBe('Ilona Varga-Moss');
    expect(said(doorstep, 'mission in the south')).toBeUndefined();
  });

  it('gives a release\'s "JOINT DISSENTING OPINION OF JUDGES …" to both judges, in full as the chamber lists them, up to the break', () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Eviction of tenant without a hearing breached the Convention"\noutlet: European Court of Human Rights\nkind: judgment summary (Registrar\'s press release with the annexed dissenting opinion)\n---',
        'The judgment was given by a Chamber of seven judges, composed as follows:',
        'Henrike Aasgaard (Norway), President,\nTeodor Kalinowski (Poland),\nMarisol Fuentes Arranz (Spain),',
        'The Court found that the applicant had not been heard before the eviction. There had accordingly been a violation of Article 6.',
        '---',
        '## JOINT DISSENTING OPINION OF JUDGES KALINOWSKI AND FUENTES ARRANZ',
        '1. We cannot agree that the domestic proceedings were unfair.',
        '2. The applicant was invited to the hearing twice and chose not to attend.',
        '---',
        'This press release is a document produced by the Registry. It does not bind the Court.',
      ].join('\n\n'),
    );
    expect(said(release, 'We cannot agree')).toBe('Teodor Kalinowski and Marisol Fuentes Arranz');
    expect(said(release, 'invited to the hearing twice')).toBe('Teodor Kalinowski and Marisol Fuentes Arranz');
    expect(said(release, 'had not been heard')).toBe('European Court of Human Rights');
    expect(said(release, 'does not bind the Court')).toBe('European Court of Human Rights');
  });

  it("gives a release's block quotation to the name and office on its own last line, with no dash; that line nobody's", () => {
    const release = markdownDocument(
      [
        '---\ntitle: "Council agrees position on ferry safety"\noutlet: Council of the European Union\nkind: press release\n---',
        'The Council today agreed its position on new safety rules for passenger ferries.',
        '> "Every passenger deserves to know that the ferry is safe. Today we have made sure of it."\n>\n> Daina Ozoliņa, Minister for Transport of Latvia',
        'The rules will apply from 2028.',
      ].join('\n\n'),
    );
    expect(said(release, 'Every passenger deserves')).toBe('Daina Ozoliņa');
    expect(said(release, 'Today we have made sure')).toBe('Daina Ozoliņa');
    expect(said(release, 'Minister for Transport of Latvia')).toBeUndefined();
    expect(said(release, 'apply from 2028')).toBe('Council of the European Union');
  });

  it('gives an unnamed spokesperson of a named body, and "the spokesperson" after one, to the body', () => {
    const story = markdownDocument(
      [
        '---\ntitle: "School fee row"\noutlet: Gulf News\nkind: news report\n---',
        'Parents at Palm Crescent Academy say a new "voluntary" charge was invoiced as due.',
        'A spokesperson for Palm Crescent Academy told Gulf News the contribution was optional.',
        '"No child will be excluded from any lesson," the spokesperson said.',
        'Police were called to a related protest. "We made no arrests," a Dubai Police spokeswoman said.',
        '"It was peaceful throughout," she said.',
        'Her husband, Karim Saleh, has been charged with fraud. "He denies it," a spokesman for her husband said.',
      ].join('\n\n'),
    );
    expect(said(story, 'No child will be excluded')).toBe('Palm Crescent Academy');
    expect(said(story, 'We made no arrests')).toBe('Dubai Police');
    expect(said(story, 'peaceful throughout')).toBe('Dubai Police');
    // (A spokesman for a person is no body's: as described.)
    expect(said(story, 'He denies it')).toBe('a spokesman for her husband');
  });

  it('gives a committee opinion\'s "Explanatory memorandum by Mr …, rapporteur" to the rapporteur in full, not its genre\'s note', () => {
    const opinion = markdownDocument(
      [
        '---\ntitle: "Protecting election observers – Opinion"\noutlet: Parliamentary Assembly of the Council of Europe\nkind: committee opinion (opinion on another committee\'s report, with the rapporteur\'s explanatory memorandum)\n---',
        'Committee on Legal Affairs and Human Rights',
        'Rapporteur: Mr Tomas Vaitiekūnas-Holm, Lithuania, EPP/CD',
        '## A. Conclusions of the committee',
        '1. The committee welcomes the report and supports the draft resolution.',
        '## B. Explanatory memorandum by Mr Vaitiekūnas-Holm, rapporteur for opinion',
        '1. I share the analysis of the reporting committee. Observers need protection before, during and after the vote.',
        '2. In my view, the draft resolution should say so plainly.',
      ].join('\n\n'),
    );
    expect(said(opinion, 'I share the analysis')).toBe('Tomas Vaitiekūnas-Holm');
    expect(said(opinion, 'should say so plainly')).toBe('Tomas Vaitiekūnas-Holm');
    expect(said(opinion, 'Explanatory memorandum by')).toBeUndefined();
  });

  it('completes a label\'s surname without its Arabic article, "Saadi:", to the full name the introduction gives, "… al-Saadi"', () => {
    const interview = markdownDocument(
      [
        '---\ntitle: "Iraq\'s date growers fight the salt"\noutlet: Al-Monitor\nkind: interview (Q&A, with an introduction)\n---',
        'Abbas Jabbar al-Saadi has farmed dates south of Basra for forty years. He spoke to Al-Monitor by phone.',
        'Al-Monitor: How bad has this season been?',
        'Saadi: The worst I have seen. The salt reading at our pump doubled in May.',
        'Al-Monitor: What do you want from Baghdad?',
        'Saadi: A barrier on the river. We are still waiting for the first stone.',
      ].join('\n\n'),
    );
    expect(said(interview, 'The worst I have seen')).toBe('Abbas Jabbar al-Saadi');
    expect(said(interview, 'first stone')).toBe('Abbas Jabbar al-Saadi');
  });
});
