import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

/** The speaker of the words `words` in paragraph `n` of a news report with these paragraphs. */
const who = (paragraphs: string[], n: number, words: string) => speakerOfWords(madeUpDocument(paragraphs), n, words);


describe('an office, then its holder', () => {
  it('gives the words to the person after an office named with "for" or "of", not to the office’s last words', () => {
    expect(who(['Deputy Minister for Rural Affairs and Fisheries, Petra Hollund, said: "We will not wait for the next flood."'], 1, 'We will not wait')).toBe('Petra Hollund');
    expect(who(['Green Party MEP for the Midlands and North West, Tomas Brandt, called the plan ‘a gift to developers’.', '‘Nobody here was asked,’ he said.'], 2, 'Nobody here')).toBe('Tomas Brandt');
    expect(who(['Minister for Transport, Housing and the Regions Colm Brennock told the chamber that the line would open in May.', '‘We are not going to rush it,’ Mr Brennock said.'], 2, 'We are not going')).toBe('Colm Brennock');
    expect(who(['Senior Coroner for Northmoor Ellen Varga told the hearing that the barriers had failed.', "'The warnings were there for years,' she said."], 2, 'The warnings')).toBe('Ellen Varga');
  });

  it('keeps a name that is itself the subject, and an organisation named with "of"', () => {
    // The subject is the person; the appositive after him is his office.
    expect(who(['Petra Hollund, Commissioner for Ports, said: "We will not wait for the next flood."'], 1, 'We will not wait')).toBe('Petra Hollund');
    // "Bank of Japan" is an organisation's name, not an office before a person.
    expect(who(['The Bank of Japan said in a statement that "rates will stay where they are for now".'], 1, 'rates will stay')).toBe('Bank of Japan');
    // An organisation after "of the" is not read as an office's end and a person.
    expect(who(['Chairman of the New York Stock Exchange John Phelan said: "Volume will recover by the autumn."'], 1, 'Volume will recover')).toBe('John Phelan');
    // A person's full name, then the firm she is with after "of": the person, not the firm's last words.
    expect(who(['"I would imagine there will be a lot of politicking among producers," Bronwyn Curtis of Landell Mills Commodities Studies said.'], 1, 'I would imagine')).toBe('Bronwyn Curtis');
    // An office with no holder named: nobody's name is made from the office's words.
    expect(who(['Minister for Ports and Harbours, speaking in Ostrava, said: "We will not wait for the next flood."'], 1, 'We will not wait')).not.toBe('Harbours');
  });
});

describe('a role a story calls the holder of a title by', () => {
  it('reads "the judge" as the one judge titled "Mrs Justice", and "the doctor" as the one "Dr"', () => {
    const d = madeUpDocument([
      'Mrs Justice Adeyemi-Clarke dismissed the claim against the health ministry on Monday.',
      '‘Shortages of essential medicines do not wait for perfect information,’ the judge said.',
      'Dr Anna Kowalski, who runs the clinic, welcomed the ruling.',
      '"We can finally plan for the winter," the doctor said.',
    ]);
    expect(speakerOfWords(d, 2, 'Shortages of essential medicines')).toBe('Adeyemi-Clarke');
    expect(speakerOfWords(d, 4, 'We can finally plan')).toBe('Anna Kowalski');
  });
});

describe('a title set off by commas before its holder', () => {
  it('reads "the minister" as the one named "Spain\'s Agriculture Minister, Luis Carrasco,"', () => {
    const d = madeUpDocument([
      "Spain's Agriculture Minister, Luis Carrasco, met olive growers in Jaén on Friday as drought halved this year's harvest.",
      "Rosa Jiménez, president of the regional growers' association, told him that hundreds of family farms would not survive another dry year.",
      'The minister said the government was “studying every option” but gave no figures for emergency aid.',
    ]);
    expect(speakerOfWords(d, 3, 'studying every option')).toBe('Luis Carrasco');
  });
});

describe('an office listing its portfolios with commas, then its holder (round 20)', () => {
  it('names the holder after "…, Community and Youth" and "… and the Environment", an Irish surname\'s "Ó" kept', () => {
    const d = madeUpDocument([
      '"Sport is run by volunteers," said Minister of State for Culture, Community and Youth Daniel Tan Kok Leong.',
      '"That is fair," he said.',
      'Minister for Climate, Energy and the Environment Seán Ó Faoláin said the figures were "sobering".',
      '"It is not easy," the minister said.',
    ]);
    expect(speakerOfWords(d, 1, 'Sport is run by volunteers')).toBe('Daniel Tan Kok Leong');
    expect(speakerOfWords(d, 2, 'That is fair')).toBe('Daniel Tan Kok Leong');
    expect(speakerOfWords(d, 3, 'sobering')).toBe('Seán Ó Faoláin');
    expect(speakerOfWords(d, 4, 'It is not easy')).toBe('Seán Ó Faoláin');
  });
});

describe('a role set off before a name with what it is of or for, and a South African MEC (round 20)', () => {
  it('gives "the Minister" and "the director" later to the one named after "The Minister for Health," and "The council\'s director of services for roads,"', () => {
    const dail = madeUpDocument([
      'The Minister for Health, Aoife Brennan, said she would meet hospital management on Thursday.',
      'Speaking in the Dáil, the Minister told the opposition spokesman, Conor Fahy, that funding had been approved. “I am not going to say the situation is acceptable. It is not,” she said.',
    ]);
    expect(speakerOfWords(dail, 2, 'the situation is acceptable')).toBe('Aoife Brennan');
    const council = madeUpDocument([
      "The council's director of services for roads, Eileen Cronin, told members the money could not be moved.",
      'Cllr Bríd Lenihan said the decision was wrong.',
      "The director, who has overseen the project since 2019, said she understood the frustration. 'Nobody here is saying housing isn't the priority. It is.'",
    ]);
    expect(speakerOfWords(council, 3, "Nobody here is saying housing isn't the priority.")).toBe('Eileen Cronin');
    const province = madeUpDocument(['Gauteng Health MEC Palesa Mthembu told the committee the department had “made progress”.']);
    expect(speakerOfWords(province, 1, 'made progress')).toBe('Palesa Mthembu');
  });
});
