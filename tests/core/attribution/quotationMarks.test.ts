import { describe, expect, it } from 'vitest';
import { documentQuotations } from '../../../src/core/attribution/quotations.js';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

const article = (kind: string, ...paragraphs: string[]) => madeUpDocument(paragraphs, { kind, author: 'Eva Marek' });

/** The quoted words of each paragraph. */
function quoted(...paragraphs: string[]): string[][] {
  return documentQuotations(paragraphs.map((text) => ({ text }))).map((quotes, at) => quotes.map((q) => (paragraphs[at] as string).slice(q.start, q.end)));
}

describe('straight single quotation marks (British copy with no double marks)', () => {
  it("reads 'a quotation' after a reporting verb, before one, and over sentences, with its speaker", () => {
    const d = article(
      'news report',
      "Sentencing her, Judge Ann Kerr said it was 'a grotesque breach of trust'. 'You knew these people,' the judge told Whitlock. 'Instead you treated their savings as your own.'",
      "'She chose her victims carefully,' said Prosecutor Tom Bale. 'Where a family visited, she left the account alone. Where nobody came, she helped herself.'",
      'The hearing was adjourned until Monday.',
    );
    expect(speakerOfWords(d, 1, 'a grotesque breach of trust')).toBe('Ann Kerr');
    expect(speakerOfWords(d, 1, 'Instead you treated their savings as your own.')).toBe('Ann Kerr');
    expect(speakerOfWords(d, 2, 'She chose her victims carefully')).toBe('Tom Bale');
    expect(speakerOfWords(d, 2, 'Where nobody came, she helped herself.')).toBe('Tom Bale');
    expect(speakerOfWords(d, 3, 'The hearing was adjourned until Monday.')).toBeUndefined();
  });

  it('never takes an apostrophe for a quotation mark', () => {
    expect(
      quoted(
        "The company's managers don't know what the residents' savings came to in the 1990s.",
        "It was a hit in the '90s and rock 'n' roll fans still love 'em, Hallmark's owner said.",
        "He called it 'a relic of the 1990s', and said the residents' savings were 'gone for good'.",
        "The judge said it was 'a breach of the company's and the residents' trust'.",
        "The U.K.'s state-owned maker sold S.A.'s stake to Pay 'N Pak Stores and Steak 'n Egg.",
        "The purchase of the new 'planes is financed by the airline's sale of two old DC 10-30s.",
      ),
    ).toEqual([[], [], ['a relic of the 1990s', 'gone for good'], ["a breach of the company's and the residents' trust"], [], []]);
  });

  it('leaves straight single marks alone in a document that quotes with double marks (Reuters style)', () => {
    expect(quoted('The so-called \'Big Bang\' changed the City, traders said.', '"The \'old guard\' has gone," Smith said.')).toEqual([[], ["The 'old guard' has gone,"]]);
  });
});

describe('a straight double mark with its space dropped', () => {
  it('opens a quotation after a comma when none is open (`said,"The report…"`), and still closes one (`…rates,"Smith said`)', () => {
    expect(quoted('Agronomist Glen Grimes said,"The report shows that producers have responded."', '"Rates will go up,"Smith said.', 'Rates will go up,"Smith said. "We expect more."')).toEqual([
      ['The report shows that producers have responded.'],
      ['Rates will go up,'],
      ['Rates will go up,', 'We expect more.'],
    ]);
    const d = article('news report', 'The report came out on Monday.', 'Glen Grimes, an agronomist at the university, said,"The report shows that producers have responded."');
    expect(speakerOfWords(d, 2, 'The report shows that producers have responded.')).toBe('Glen Grimes');
  });
});

describe('guillemets either way round', () => {
  it('reads German »…« as French «…», and a paragraph with both kinds of quotation mark as each pairs', () => {
    expect(quoted('»That is a populist measure«, said opposition leader Markus Brandt.', 'The minister said: «We will not give in.»', 'Voss called it „legally sound“ and Brandt »a gift to lawyers«.')).toEqual([
      ['That is a populist measure'],
      ['We will not give in.'],
      ['legally sound', 'a gift to lawyers'],
    ]);
    const d = article('news report', 'The Senate debated the rent cap.', '»That is a populist measure«, said opposition leader Markus Brandt. »It will not survive the court.«');
    expect(speakerOfWords(d, 2, 'It will not survive the court.')).toBe('Markus Brandt');
  });
});

describe('British copy nesting double marks inside single ones (round 13)', () => {
  it('reads single marks as the quotations of a document that mostly quotes with them, double marks inside them as part of them', () => {
    const d = article(
      'news report',
      "Prosecutor Helen Marsh told the court: 'The defendant had been drinking. He went out with a knife.'",
      'Witness Gary Holt said he heard a shout. \'I heard him say "you\'ll regret this",\' Mr Holt said.',
      "'It was over in seconds,' he added. 'I tried to help.'",
      "The company's lawyers, who sold the '90s stock, declined to comment.",
    );
    expect(speakerOfWords(d, 1, 'He went out with a knife.')).toBe('Helen Marsh');
    expect(speakerOfWords(d, 2, 'I heard him say "you\'ll regret this",')).toBe('Gary Holt');
    expect(speakerOfWords(d, 3, 'I tried to help.')).toBe('Gary Holt');
    expect(quoted('The plan was called "a disgrace" by \'some\' critics.', "It's the '90s.")).toEqual([['a disgrace'], []]);
  });
});
