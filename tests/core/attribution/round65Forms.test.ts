import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/core/model.js';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

/** A made-up Markdown document: its front matter, then its paragraphs. */
const doc = (front: string, paragraphs: string[]) => markdownDocument([front, ...paragraphs].join('\n\n'));
/** The speaker of words in the paragraph that holds them (the loader may drop a rule line or a heading). */
const said = (d: SourceDocument, words: string) => speakerOfWords(d, d.paragraphs.findIndex((p) => p.text.includes(words)) + 1, words);

describe("round 65: Commonwealth records, ombudsmen's reports, judgments and news", () => {
  it('gives "Hon. Speaker:" to the Speaker a Hansard\'s bracketed note names in the chair, and a temporary Speaker\'s turns hers after the chair changes', () => {
    const hansard = doc('---\ntitle: "Hansard, Thursday, 3rd April 2025"\noutlet: Parliament of Tanzania, The National Assembly\nkind: transcript (Hansard, morning sitting)\n---', ['The House met at 9.00 a.m.',
        '[The Speaker (Hon. Grace Wanjiru Mbeki) in the Chair]',
        '**Hon. Speaker:** Order, Hon. Members. Clerk, call the first Order.',
        '**Hon. (Dr.) Peter Kimaro Lyimo (Moshi Rural, CCM):** Thank you, Hon. Speaker. The coffee farmers of Moshi have not been paid since January.',
        '**Hon. Speaker:** Minister, you may respond.',
        '**The Minister for Agriculture (Hon. Asha Juma Mrisho):** Hon. Speaker, the payments will be made by Friday.',
        '*[The Speaker (Hon. Grace Wanjiru Mbeki) left the Chair]*',
        '*[The Temporary Speaker (Hon. Daniel Otieno Wafula) took the Chair]*',
        '**Hon. Temporary Speaker:** Next Order. Hon. Members, we proceed to the Motion.',
        'The House rose at 1.00 p.m.',
        '*Disclaimer: The electronic version of the Official Report is for information purposes only.*']);
    expect(said(hansard, 'call the first Order')).toBe('Grace Wanjiru Mbeki');
    expect(said(hansard, 'you may respond')).toBe('Grace Wanjiru Mbeki');
    expect(said(hansard, 'have not been paid since January')).toBe('Peter Kimaro Lyimo');
    expect(said(hansard, 'we proceed to the Motion')).toBe('Daniel Otieno Wafula');
    expect(said(hansard, 'The House rose')).toBeUndefined();
    expect(said(hansard, 'for information purposes only')).toBeUndefined();
  });

  it('leaves the Speaker unnamed while the note names only the office, and gives "HON. CHAIRPERSON:" to the member the next note names', () => {
    const debates = doc('---\ntitle: "Rajya Sabha Debates: Oral Answers to Questions"\noutlet: Rajya Sabha Secretariat\nkind: transcript (debates, uncorrected, question hour)\n---', ['(Hon. Speaker in the Chair)',
        'HON. SPEAKER: Question No. 201, Shri Ravi Kumar Menon.',
        'SHRI RAVI KUMAR MENON: Sir, how many villages still lack a bus service?',
        'HON. SPEAKER: The hon. Minister.',
        '(Shrimati Lakshmi Devi Rao *in the Chair*)',
        'HON. CHAIRPERSON: Question No. 202, Dr. Arjun Singh Bedi.',
        'DR. ARJUN SINGH BEDI: Madam, the depots in my constituency have closed.',
        'HON. CHAIRPERSON: Question Hour is over.']);
    expect(said(debates, 'Question No. 201')).toBe('Hon. Speaker');
    expect(said(debates, 'Question No. 202')).toBe('Lakshmi Devi Rao');
    expect(said(debates, 'Question Hour is over')).toBe('Lakshmi Devi Rao');
    expect(said(debates, 'the depots in my constituency')).toBe('Arjun Singh Bedi');
  });

  it("reads an ombudsman's own-motion investigation report as the office's, its foreword its signer's", () => {
    const report = doc('---\ntitle: "Waiting for a reply: complaint handling at the Rural Water Agency"\noutlet: Office of the Provincial Ombudsman\nkind: report (own-motion investigation report under section 12 of the Ombudsman Act)\n---', ['Report by the Provincial Ombudsman under section 12 of the Ombudsman Act',
        'May 2025',
        'Foreword',
        'When my office began receiving complaints about unanswered letters, I expected a short delay. I found a service that had stopped reading its post.',
        'I am pleased that the agency has accepted all three of my recommendations.',
        'Marguerite Delacroix-Hale\nProvincial Ombudsman',
        'Summary',
        '1.1 The agency received 2,300 complaints in 2024 and answered fewer than half of them within the statutory period.',
        '1.2 We found that letters were scanned but never assigned to an officer.',
        '1.3 The agency has since hired four officers.']);
    expect(said(report, 'I expected a short delay')).toBe('Marguerite Delacroix-Hale');
    expect(said(report, 'fewer than half of them')).toBe('Office of the Provincial Ombudsman');
    expect(said(report, 'never assigned to an officer')).toBe('Office of the Provincial Ombudsman');
  });

  it('gives "Her report stated: …" and "His letter said: …" to the one a "she" or a "he" stands for there, named in full', () => {
    const decision = doc('---\ntitle: "Ms D v Harbourside Borough Council"\noutlet: Local Government Ombudsman\nkind: decision (ombudsman case decision)\n---', ['The physiotherapist who assessed Ms D, Ms Helena Marchetti-Cole, recommended a stairlift.',
        'Her report stated: "Mrs D cannot climb the stairs safely without support."',
        'The Council\'s housing manager, Mr Tobias Wren, refused the request in March.',
        'His letter said: "The Council does not consider a stairlift necessary at this time."']);
    expect(said(decision, 'cannot climb the stairs safely')).toBe('Helena Marchetti-Cole');
    expect(said(decision, 'does not consider a stairlift necessary')).toBe('Tobias Wren');
  });

  it("gives a Q&A's bold questions to the byline printed above them when the front matter names no author", () => {
    const interview = doc('---\ntitle: "Interview: \'Freight rates will not fall this year,\' says Marlow Lines chief"\noutlet: Freight Weekly\nkind: interview (Q&A, trade publication)\n---', ['Henrietta Osei-Brandt of Marlow Lines on rates, ports and her fleet',
        'Tomasz Wielgosz-Hart',
        'Shipping correspondent',
        'Henrietta Osei-Brandt has run Marlow Lines since 2019.',
        '**Rates doubled last year. Will they fall?**',
        'Not this year. The capacity simply is not there.',
        '**What about the new ports?**',
        'They help, but slowly.',
        '**And the fleet?**',
        'We are not ordering ships before 2027.',
        '**Why not?**',
        'Nobody knows which fuel will win.']);
    expect(said(interview, 'Will they fall?')).toBe('Tomasz Wielgosz-Hart');
    expect(said(interview, 'What about the new ports?')).toBe('Tomasz Wielgosz-Hart');
    expect(said(interview, 'The capacity simply is not there')).toBe('Henrietta Osei-Brandt');
  });

  it('completes a witness to the full name he gives sworn in a transcript, not in an obituary', () => {
    const hearing = doc('---\ntitle: "The Fenwick Bridge Inquiry – Day 4"\noutlet: The Fenwick Bridge Inquiry\nkind: transcript (public inquiry hearing)\n---', ['MS HARTLEY: This morning\'s witness is Mr Owen Pritchard.',
        'MR OWEN PRITCHARD (affirmed)',
        'Questions by MS HARTLEY',
        'Q. Could you give your full name, please?',
        'A. Owen Gareth Pritchard.',
        'Q. You were the bridge engineer in 2021?',
        'A. I was, yes.']);
    expect(said(hearing, 'I was, yes')).toBe('Owen Gareth Pritchard');
    const obituary = doc('---\ntitle: "Owen Pritchard obituary"\noutlet: The Guardian\nkind: obituary\n---', ['Owen Pritchard, who has died aged 81, built bridges across Wales.',
        '"A bridge is a promise," he told an interviewer in 1998.',
        'Owen Gareth Pritchard, engineer, born 2 May 1943; died 1 June 2024']);
    expect(said(obituary, 'A bridge is a promise')).toBe('Owen Pritchard');
  });

  it('reads "the commissioner said" as the commissioner named before, and a name ending in "s" with the apostrophe alone', () => {
    const story = doc('---\ntitle: "Grain plan meets resistance"\noutlet: Politico Europe\nkind: news report\n---', ['BRUSSELS — Seven capitals on Wednesday opposed one of Agriculture Commissioner Henrik Dahls\' flagship files.',
        '"It will not pass," one diplomat said.',
        'Speaking in Strasbourg, the commissioner said he was "open to changes".',
        '"We have listened to every capital," he said.']);
    expect(said(story, 'open to changes')).toBe('Henrik Dahls');
    expect(said(story, 'We have listened to every capital')).toBe('Henrik Dahls');
  });

  it('reads the subject past a nationality, an occupation after an opening phrase, and a starter\'s role', () => {
    const wire = doc('---\ntitle: "Bund yields fall"\noutlet: Bloomberg\nkind: news report\n---', ['Estonian central bank Governor Mart Kivisild struck a similar tone, telling reporters that policy was "in a good place."']);
    expect(said(wire, 'in a good place')).toBe('Mart Kivisild');
    const farm = doc('---\ntitle: "Drought hits orchards"\noutlet: Cyprus Mail\nkind: news report\n---', ['MP Eleni Markou said in a post on Facebook that the crisis needed "a national plan."',
        'In the village of Kalo Chorio, lemon grower Andreas Petrou showed reporters his dry trees.',
        '"Two more weeks and the fruit falls," he said.']);
    expect(said(farm, 'Two more weeks')).toBe('Andreas Petrou');
    const game = doc('---\ntitle: "Squirrels walk it off"\noutlet: Richmond Times-Dispatch\nkind: news report (minor league baseball)\n---', ['Starter Colby Ruiz allowed two runs in six innings.',
        '"The first inning was on me," he said.']);
    expect(said(game, 'The first inning was on me')).toBe('Colby Ruiz');
  });
});
