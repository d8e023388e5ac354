import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/core/model.js';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

/** A made-up Markdown document: its front matter, then its paragraphs. */
const doc = (front: string, paragraphs: string[]) => markdownDocument([front, ...paragraphs].join('\n\n'));
/** The speaker of words in the paragraph that holds them (the loader may drop a rule line or a heading). */
const said = (d: SourceDocument, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);

describe("round 64: international institutions' records, releases and judgments", () => {
  it('gives "President. –" to whoever is in the chair at that point of a verbatim report whose chair changes', () => {
    const report = doc('---\ntitle: "Port state control (debate)"\noutlet: European Parliament\nkind: transcript (verbatim report of proceedings, plenary sitting)\n---', ['IN THE CHAIR: Annika Sørby-Lund\nVice-President',
        '**President.** – The next item is the debate on port state control. I give the floor to the Commissioner.',
        '**Kalle Virtanen, President-in-Office of the Council.** – Madam President, the Council is ready to negotiate.',
        '**Tomás Quiroga, Member of the Commission.** – Madam President, inspections fell by a fifth last year.',
        '**President.** – Thank you, Commissioner. We now move to the vote.',
        'IN THE CHAIR: Radu Marinescu-Vlad\nVice-President',
        '**President.** – The debate is resumed. Honourable Members, please take your seats.',
        '**Elske Dijkgraaf (Renew).** – Mr President, the ports of the north cannot carry this alone.',
        '**Jonas Aleksandravičius (PPE).** – Mr President, the Commissioner is right about the inspections.',
        '**President.** – The debate is closed.']);
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
    const doorstep = doc('---\ntitle: "Doorstep remarks by OSCE Secretary General Marta Lindqvist-Okafor before the Ministerial Council"\noutlet: OSCE\nkind: transcript (doorstep remarks and questions)\n---', ['OSCE Secretary General: Good morning. Ministers meet today with a full agenda.',
        'We will discuss the field missions first, and then the budget.',
        'OSCE Spokesperson Karel Dvořák: We will take two questions. Euronews.',
        'Question [Ilona Varga-Moss, Euronews]: Secretary General, is the budget agreed?',
        'OSCE Secretary General: Not yet. But I am hopeful that it will be by tonight.',
        'OSCE Spokesperson Karel Dvořák: Last question. Reuters.',
        'Question [Reuters]: Will the mission in the south be extended?',
        'OSCE Secretary General: That is for the participating States to decide.']);
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
    const release = doc('---\ntitle: "Council agrees position on ferry safety"\noutlet: Council of the European Union\nkind: press release\n---', ['The Council today agreed its position on new safety rules for passenger ferries.',
        '> "Every passenger deserves to know that the ferry is safe. Today we have made sure of it."\n>\n> Daina Ozoliņa, Minister for Transport of Latvia',
        'The rules will apply from 2028.']);
    expect(said(release, 'Every passenger deserves')).toBe('Daina Ozoliņa');
    expect(said(release, 'Today we have made sure')).toBe('Daina Ozoliņa');
    expect(said(release, 'Minister for Transport of Latvia')).toBeUndefined();
    expect(said(release, 'apply from 2028')).toBe('Council of the European Union');
  });

  it('gives an unnamed spokesperson of a named body, and "the spokesperson" after one, to the body', () => {
    const story = doc('---\ntitle: "School fee row"\noutlet: Gulf News\nkind: news report\n---', ['Parents at Palm Crescent Academy say a new "voluntary" charge was invoiced as due.',
        'A spokesperson for Palm Crescent Academy told Gulf News the contribution was optional.',
        '"No child will be excluded from any lesson," the spokesperson said.',
        'Police were called to a related protest. "We made no arrests," a Dubai Police spokeswoman said.',
        '"It was peaceful throughout," she said.',
        'Her husband, Karim Saleh, has been charged with fraud. "He denies it," a spokesman for her husband said.']);
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

  it('reads "a spokesman for the family said" whole: a noun ending in "-ly" is no adverb between subject and verb', () => {
    const story = doc('---\ntitle: "Crash victim named"\noutlet: Daily Courier\nkind: news report\n---', ['Daniel Price, 24, died in a crash on the A56 on Saturday.',
        '"Danny was a loving son and brother," a spokesman for the family said.',
        '"He will be missed by everyone," the family later said.']);
    expect(said(story, 'loving son')).toBe('a spokesman for the family');
    expect(said(story, 'missed by everyone')).not.toBe('the');
  });

  it('gives "the email said" to the one the paragraphs before say sent it, and nobody else', () => {
    const story = doc('---\ntitle: "Carer unfairly dismissed"\noutlet: Eastern Daily Press\nkind: news report\n---', ['An employment tribunal found that Joanne Pegg, 52, was unfairly dismissed by Oakfield Lodge.',
        "She told the hearing she had emailed the home's manager, Stuart Colley, on July 14 after a night shift.",
        'The email, which was shown to the tribunal, said: "Someone is going to fall and lie there for hours."',
        'In a letter, seen by the paper, principal Fiona Marlowe wrote that the fee was voluntary.',
        '"We know that every pound matters to our families," the letter continued.',
        'The home was inspected twice in 2023.',
        'A note was later found pinned in the staff room. The note said: "Nobody checks the night log."']);
    expect(said(story, 'lie there for hours')).toBe('Joanne Pegg');
    expect(said(story, 'every pound matters')).toBe('Fiona Marlowe');
    // (A message no paragraph before says anyone sent is nobody's the rule can name.)
    expect(said(story, 'Nobody checks the night log')).not.toBe('Fiona Marlowe');
    expect(said(story, 'Nobody checks the night log')).not.toBe('Joanne Pegg');
    // (Nor past a reply since: which letter is meant, the words do not tell.)
    const reply = doc('---\ntitle: "Bridge"\noutlet: Daily Courier\nkind: news report\n---', ['Tom Reyes wrote to the minister last week.', 'The minister, Ann Lee, replied on Friday. The letter said: "We cannot fund the bridge."']);
    expect(said(reply, 'cannot fund the bridge')).not.toBe('Tom Reyes');
  });

  describe('the review of round 64', () => {

    it("keeps a short doorstep's office label read where each bracketed asker differs, and an outlet in brackets nobody", () => {
      const doorstep = doc('---\ntitle: "Doorstep statement by OSCE Secretary General Marta Lindqvist-Okafor"\noutlet: OSCE\nkind: transcript\n---', [
        'OSCE Secretary General: Good morning. Ministers will take decisions on the missions today.',
        'Question [Ilona Varga-Moss, Euronews]: Will the budget pass?',
        'OSCE Secretary General: I expect it to pass tonight.',
        'Question [Agence France-Presse]: What about the southern mission?',
        'OSCE Secretary General: Its mandate runs to June.',
      ]);
      expect(said(doorstep, 'decisions on the missions')).toBe('Marta Lindqvist-Okafor');
      expect(said(doorstep, 'Will the budget pass')).toBe('Ilona Varga-Moss');
      expect(said(doorstep, 'What about the southern mission')).toBeUndefined();
    });

    it('never gives an office\'s label to a former holder the text names, nor to a longer office\'s holder', () => {
      const briefing = doc('---\ntitle: "Mayor\'s weekly press briefing"\noutlet: City of Kelso\nkind: transcript\n---', [
        'Mayor: Good morning. The new bus lanes open on Monday.',
        'Question: Your predecessor, former Mayor John Whitfield, opposed the bus lanes. What changed?',
        'Mayor: The evidence changed.',
        'Question: Will fares rise?',
        'Mayor: No.',
      ]);
      expect(said(briefing, 'The evidence changed')).not.toBe('John Whitfield');
      const stakeout = doc('---\ntitle: "Stakeout with the Secretary of State"\noutlet: U.S. Department of State\nkind: transcript\n---', [
        'Secretary: Good morning. We had a productive meeting.',
        'Question: Treasury Secretary Scott Bessent said tariffs would rise. Do you agree?',
        'Secretary: I will leave tariffs to Treasury.',
        'Question: And the talks?',
        'Secretary: They continue tomorrow.',
      ]);
      expect(said(stakeout, 'leave tariffs to Treasury')).not.toBe('Scott Bessent');
    });

    it("gives a press conference's answer labelled with someone off the header to that person, and an office before a header's surname to the header's", () => {
      const conference = doc('---\ntitle: "Press conference on the Harbor Street shooting"\noutlet: Riverton Police Department\nkind: transcript (police press conference)\n---', [
        'Police Chief Renata Vargas, Deputy Chief Tom Lee',
        'Good afternoon. Officers responded to shots fired on Harbor Street at 2pm.',
        '**How many victims are there?**',
        'Three people were taken to hospital.',
        '**Mayor, what is the city doing about gun violence?**',
        'Mayor Dana Ortiz: We are funding two new violence interruption programmes.',
        '**Chief Lee, were there arrests?**',
        'Deputy Chief Lee: Two men are in custody.',
        '**Will schools open tomorrow?**',
        'Yes.',
      ]);
      expect(said(conference, 'violence interruption')).toBe('Dana Ortiz');
      expect(said(conference, 'Two men are in custody')).toBe('Tom Lee');
      expect(said(conference, 'Three people were taken')).toBe('Renata Vargas');
    });

    it('gives "the spokeswoman" the body of the spokeswoman before it, not of a spokesman since; none after a spokesman named since', () => {
      const story = doc('---\ntitle: "Merger"\noutlet: Daily Courier\nkind: news report\n---', [
        'Harbor Freight Logistics agreed to buy Coastal Shipping Group for $2 billion on Monday.',
        '"This deal creates a regional champion," a spokeswoman for Harbor Freight Logistics said.',
        '"We will keep our Portland headquarters," a spokesman for Coastal Shipping Group said.',
        '"Nothing has been decided about jobs," the spokeswoman said.',
        'A spokesman for the port, Dean Elsdunne, later said the terminal would stay open.',
        '"The road will reopen on Sunday," the spokesman said.',
      ]);
      expect(said(story, 'Nothing has been decided')).toBe('Harbor Freight Logistics');
      expect(said(story, 'reopen on Sunday')).not.toBe('Coastal Shipping Group');
    });

    it('completes a surname to a name ending in it before one ending in its Arabic article form', () => {
      const story = doc('---\ntitle: "Yemen talks"\noutlet: Daily Courier\nkind: news report\n---', [
        "Yemen's foreign minister, Khalid al-Saleh, met Saudi officials in Riyadh on Monday.",
        'The talks come a decade after the death of former President Ali Abdullah Saleh, who ruled Yemen for 33 years.',
        '"Our country needs peace," Saleh said in a speech in 2011.',
      ]);
      expect(said(story, 'needs peace')).toBe('Ali Abdullah Saleh');
    });

    it("never reads a block quotation's place line, or one passing on another's words, as its credit", () => {
      const story = doc('---\ntitle: "Voices from the flood"\noutlet: Daily Courier\nkind: news report\n---', [
        'Residents described the night the river rose.',
        '> “The water came up to the second floor.”\n>\n> San Jose, California',
        '> “We will rebuild every home.”\n>\n> Jane Doe, quoting Prime Minister Tom Hale',
      ]);
      expect(said(story, 'second floor')).not.toBe('San Jose');
      expect(said(story, 'rebuild every home')).not.toBe('Jane Doe');
    });

    it('completes "… by Mr Schmidt" from the name printed after that title, in capitals too; never a sentence\'s first word; a news feature\'s note still journalism', () => {
      const opinion = doc('---\ntitle: "Democratic oversight of intelligence services"\noutlet: Parliamentary Assembly of the Council of Europe\nkind: committee opinion\n---', [
        'Rapporteur: Mr Frank SCHMIDT, Germany, Socialists, Democrats and Greens Group',
        'B. Explanatory memorandum by Mr Schmidt, rapporteur',
        '1. I was appointed rapporteur in March 2024.',
        '2. As former Chancellor Helmut Schmidt once said, democracy needs watchmen.',
      ]);
      expect(said(opinion, 'I was appointed rapporteur')).toBe('Frank Schmidt');
      const results = doc('---\ntitle: "Kestrel Water results"\noutlet: Kestrel Water plc\nkind: press release\n---', [
        'Kestrel Water plc today published its results for the year to 31 March.',
        'Statement by Mr Hughes, Chair',
        'This year has been one of the most challenging in our history. When Hughes joined the board in 2019, we served 900,000 homes.',
      ]);
      expect(said(results, 'most challenging')).not.toBe('When Hughes');
      const feature = doc('---\ntitle: "Inside the care home where residents went hungry"\noutlet: Daily Courier\nkind: investigation (news feature)\n---', [
        'Our investigation found that 12 residents of Elmwood House lost weight in 2024.',
        'Statement by Dr Priya Nair, Chief Executive of Elmwood Care',
        '"We accept that standards fell short."',
        'Former staff told the Courier a different story.',
      ]);
      expect(said(feature, 'a different story')).toBeUndefined();
    });

    it("ends an international court's separate opinion at its judgment's appendix", () => {
      const judgment = doc('---\ntitle: "Case of Novak and Others v. Slovenia"\noutlet: European Court of Human Rights\nkind: judgment\n---', [
        'The Court, sitting as a Chamber composed of Gintarė Kairienė, President, Ingeborg Wachtel, Tomas Lind, judges, delivers the following judgment.',
        'Holds that there has been a violation of Article 8 of the Convention.',
        'JOINT DISSENTING OPINION OF JUDGES KAIRIENĖ AND WACHTEL',
        'We respectfully disagree with the majority.',
        'APPENDIX',
        'Marko Novak, born in 1970, lives in Ljubljana.',
      ]);
      expect(said(judgment, 'respectfully disagree')).toBe('Gintarė Kairienė and Ingeborg Wachtel');
      expect(said(judgment, 'born in 1970')).not.toBe('Gintarė Kairienė and Ingeborg Wachtel');
    });
  });
});
