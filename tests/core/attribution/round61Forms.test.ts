import { describe, expect, it } from 'vitest';
import { markdownDocument, speakerOfWords } from './madeUpDocument.js';

describe("round 61: offices and letters around a byline's name, bodies' reports and pages, an examination across a break", () => {
  it("gives a coroner's finding to the coroner without her office, and a minister's letter to the minister without style or letters", () => {
    const finding = markdownDocument(
      [
        '---\ntitle: "Finding into death with inquest — Mark Ellison"\noutlet: Coroners Court of Victoria\nauthor: Coroner Priya Venkatesan\nkind: coroner\'s finding (findings after inquest)\n---',
        'Mark Ellison was 61 years old when he died.',
        'I find that an opportunity was lost when his departure was not escalated.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(finding, 1, '61 years old')).toBe('Priya Venkatesan');
    expect(speakerOfWords(finding, 2, 'opportunity was lost')).toBe('Priya Venkatesan');
    const senior = markdownDocument(['---\ntitle: "Prevention of future deaths"\noutlet: Coroners\' Courts\nauthor: Senior Coroner Hamish Ortega\nkind: coroner\'s report\n---', 'I am concerned that the ward had no escalation plan.'].join('\n\n'));
    expect(speakerOfWords(senior, 1, 'I am concerned')).toBe('Hamish Ortega');
    const letter = markdownDocument(
      [
        '---\ntitle: "Ministerial response to Petition EN7001"\noutlet: Standing Committee on Petitions\nauthor: The Hon. Rebecca Tallis MP\nkind: letter (minister\'s response to a petition)\n---',
        'Thank you for your letter regarding the petition.',
        'I have asked my Department to assess the route.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(letter, 2, 'asked my Department')).toBe('Rebecca Tallis');
    const rightHonourable = markdownDocument(['---\ntitle: "Foreword"\noutlet: Cabinet Office\nauthor: The Rt Hon Daniel Okafor MP\nkind: letter\n---', 'I am proud to present this plan.'].join('\n\n'));
    expect(speakerOfWords(rightHonourable, 1, 'proud to present')).toBe('Daniel Okafor');
    // (A surname left alone keeps its office: "Coroner Hale" is no given name and a surname.)
    const bare = markdownDocument(['---\ntitle: "Finding"\noutlet: Coroners Court\nauthor: Coroner Hale\nkind: coroner\'s finding\n---', 'I make the following findings.'].join('\n\n'));
    expect(speakerOfWords(bare, 1, 'following findings')).toBe('Coroner Hale');
  });

  it("gives a health board's published questions and answers to the board, its questions nobody's; not an interview's", () => {
    const page = markdownDocument(
      [
        '---\ntitle: "Questions and answers: overnight closure of the Minor Injuries Unit"\noutlet: Afon Teifi University Health Board\nkind: published questions and answers (local health board public information page)\n---',
        'From Monday the unit will close overnight for six months. We know this will be a worry.',
        '**Why is the unit closing overnight?**',
        'We currently have five of the eleven practitioners we need.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(page, 1, 'We know this will be a worry')).toBe('Afon Teifi University Health Board');
    expect(speakerOfWords(page, 3, 'five of the eleven')).toBe('Afon Teifi University Health Board');
    expect(speakerOfWords(page, 2, 'Why is the unit')).toBeUndefined();
    const interview = markdownDocument(
      ['---\ntitle: "Ten questions for the board\'s chief"\noutlet: Cambrian News\nkind: questions and answers (interview with the health board chief)\n---', 'The unit will close overnight for six months.'].join('\n\n'),
    );
    expect(speakerOfWords(interview, 1, 'close overnight')).toBeUndefined();
  });

  it("gives an NGO's field report, a human rights commission's inquiry report and an ombudsman's case summary to their issuers", () => {
    const field = markdownDocument(
      [
        '---\ntitle: "Field Report: Water Response, Marra District"\noutlet: Riverlight Relief\nkind: field report (NGO programme monitoring report with quoted beneficiaries)\n---',
        'Between January and March we rehabilitated 18 boreholes.',
        'This is a serious risk.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(field, 1, '18 boreholes')).toBe('Riverlight Relief');
    expect(speakerOfWords(field, 2, 'serious risk')).toBe('Riverlight Relief');
    // (A correspondent's field report stays journalism.)
    const dispatch = markdownDocument(['---\ntitle: "On the road to Marra"\noutlet: The Herald\nkind: field report (correspondent\'s dispatch)\n---', 'The boreholes have run dry.'].join('\n\n'));
    expect(speakerOfWords(dispatch, 1, 'run dry')).toBeUndefined();
    const inquiry = markdownDocument(
      [
        '---\ntitle: "Report of the Inquiry into Restrictive Practices"\noutlet: Westmarch Human Rights Commission\nkind: human rights commission inquiry report with testimonies (extract)\n---',
        'The Commission finds that restraint is used too often.',
        'The Commission does not agree.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(inquiry, 1, 'restraint is used')).toBe('Westmarch Human Rights Commission');
    const statutory = markdownDocument(['---\ntitle: "Charity inquiry closes"\noutlet: Third Sector Weekly\nkind: statutory inquiry report\n---', 'The inquiry found the trustees had failed.'].join('\n\n'));
    expect(speakerOfWords(statutory, 1, 'trustees had failed')).toBeUndefined();
    const summary = markdownDocument(
      [
        '---\ntitle: "Eastfield Borough Council (24 000 111): case summary"\noutlet: Housing Ombudsman Service\nkind: ombudsman\'s case summary (decision on a complaint against a council)\n---',
        'Mrs X complained that the Council failed to deal with damp. We found fault.',
        'That was fault.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 1, 'We found fault')).toBe('Housing Ombudsman Service');
    expect(speakerOfWords(summary, 2, 'That was fault')).toBe('Housing Ombudsman Service');
  });

  it("goes on with an inquiry's examination after a break and after a panel member's question", () => {
    const day = markdownDocument(
      [
        '---\ntitle: "Transcript of Hearing — Day 9"\noutlet: Harbour Tower Inquiry\nkind: transcript (public inquiry hearing)\n---',
        'Before: Sir Colin Reade (Chair) and Dr Amara Osei (Panel Member)',
        'Counsel to the Inquiry: Ms Joanna Pryce KC',
        'MR PETER ALDOUS (affirmed)',
        'Questions by COUNSEL TO THE INQUIRY',
        'Q. Mr Aldous, what was your role?',
        'A. I was head of building safety.',
        'SIR COLIN READE: We will rise now. Please do not discuss your evidence.',
        '(11.30 am)',
        '(A short break)',
        '(11.45 am)',
        'SIR COLIN READE: Ms Pryce.',
        'Q. Mr Aldous, before the break we were looking at the survey.',
        'A. I had read it by then.',
        'MS PRYCE: Those are my questions.',
        'SIR COLIN READE: Dr Osei?',
        'DR OSEI: Just one. Did you tell the board?',
        'A. I told them we were stretched.',
      ].join('\n\n'),
    );
    expect(speakerOfWords(day, 12, 'before the break')).toBe('Joanna Pryce');
    expect(speakerOfWords(day, 13, 'I had read it')).toBe('Peter Aldous');
    expect(speakerOfWords(day, 17, 'we were stretched')).toBe('Peter Aldous');
  });

  it('reads a letter with its stop before "The" as the end of a sentence, not an initial of a longer name', () => {
    const summary = markdownDocument(
      [
        '---\ntitle: "Case summary"\noutlet: Housing Ombudsman Service\nkind: ombudsman\'s case summary\n---',
        'There was fault which caused injustice to Mrs X. The Council has agreed to pay her £500.',
        'The Council\'s stage 1 response said: "We are sorry for the delay."',
      ].join('\n\n'),
    );
    expect(speakerOfWords(summary, 2, 'sorry for the delay')).not.toMatch(/Mrs X/);
    // (An initial before a name's next word is still one: "J. Smith".)
    const report = markdownDocument(['---\ntitle: "Mill closes"\noutlet: The Courier\nkind: news report\n---', '"We had no choice," said J. Robert Smith, the owner.'].join('\n\n'));
    expect(speakerOfWords(report, 1, 'no choice')).toBe('J. Robert Smith');
  });
});
