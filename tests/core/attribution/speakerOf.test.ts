import { describe, expect, it } from 'vitest';
import { attributeDocument, namesSpeaker, speakerOf, speakersOf } from '../../../src/core/attribution/index.js';
import { quoteCitationLine } from '../../../src/core/citation.js';
import { openDesk } from '../../../src/core/desk.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

const article = (kind: string, ...paragraphs: string[]) => madeUpDocument(paragraphs, { kind, author: 'Eva Marek' });

const seed = await openDesk();
const news = await openDesk(new URL('../../fixtures/news', import.meta.url).pathname);
const doc = (desk: typeof seed, id: string) => desk.corpus.documents.find((d) => d.source.id === id) as SourceDocument;


describe('who said it', () => {
  it('reads the seed wire report\'s "The document said “…”" and "“…,” it said." as the Prague Proposals', () => {
    expect(seed.checkQuote('security and risk assessment of vendors and network technologies').matches[0]?.speaker).toBe('Prague Proposals');
    expect(seed.checkQuote('should take into account rule of law').matches[0]?.speaker).toBe('Prague Proposals');
    // The report's own narration has no speaker.
    const narration = seed.checkQuote('NATO and European Union officials also participated');
    expect(narration.matches[0]).toBeDefined();
    expect(narration.matches[0]).not.toHaveProperty('speaker');
  });

  it("gives an opinion piece's own text to its author, but not a note about the author nor someone else's quoted words", () => {
    const op = doc(seed, 'china-watch-us-weak-link-in-5g-security');
    expect(speakerOfWords(op, 3, 'so this meeting will have no positive influence on 5G security')).toBe('Li Zheng');
    expect(speakerOfWords(op, 10, 'The author is an associate research fellow')).toBeUndefined();
    expect(speakerOfWords(op, 4, 'influenced by governments')).toBeUndefined();
    const ports = doc(news, 'opinion-ports');
    expect(speakerOfWords(ports, 5, 'Transparency is cheaper than any audit.')).toBe('Erik Dahl');
    expect(speakerOfWords(ports, 5, 'Parliament should take him at his word.')).toBe('Lena Moravec');
  });

  it('names the full name the document gives, resolves pronouns, and keeps the speaker of a quotation over paragraphs', () => {
    const port = doc(news, 'port-tender-reopened');
    expect(speakerOfWords(port, 3, 'We made a mistake and we are correcting it')).toBe('Jana Novak'); // "Ms Novak said"
    expect(speakerOfWords(port, 6, 'We won a fair competition')).toBe('Nordhaven Holdings'); // "it said"
    expect(speakerOfWords(port, 8, 'It is the way this government does business.')).toBe('Viktor Ozols'); // "told the BBC:"
    expect(speakerOfWords(port, 13, 'I intend to defend every line.')).toBe('Jana Novak'); // continues ¶12
    expect(speakerOfWords(port, 5, 'The conditions were written for one company')).toBe('Andris Kalnins'); // "said Andris Kalnins, chief executive of …"
    const energy = doc(news, 'energy-cap-vote');
    expect(speakerOfWords(energy, 4, 'blunt the signal')).toBe('Helena Strand'); // "she said"
    expect(speakerOfWords(energy, 7, 'The central bank has its mandate')).toBe('Tomas Lind'); // "he said", after Strand
  });

  it('never gives the narration around a quotation to the person quoted', () => {
    const port = doc(news, 'port-tender-reopened');
    expect(speakerOfWords(port, 4, 'The first tender, launched in 2023, drew three bids.')).toBeUndefined();
    expect(speakerOfWords(port, 12, 'Novak said the ministry would publish the new terms by the end of March.')).toBeUndefined();
    // A stretch holding narration and a quotation is not one voice.
    const text = port.paragraphs[11]!.text;
    expect(speakerOf(port, 12, 0, text.length)).toBeUndefined();
  });

  it('reads "X said", "said X", "according to X", colons and appositives, speaker before or after', () => {
    const d = article(
      'news report',
      'The ministry of Transport announced the plan on Monday.',
      '"We will build it," said Deputy Minister Karel Holub, 52, on Tuesday.',
      'According to Marie Dvorakova, a lawyer, the plan is "simply illegal."',
      'Dr. Petr Maly told the BBC: "Nobody asked the residents."',
      '"It will not happen," Mr. Holub added.',
    );
    expect(speakerOfWords(d, 2, 'We will build it')).toBe('Karel Holub');
    expect(speakerOfWords(d, 3, 'simply illegal.')).toBe('Marie Dvorakova');
    expect(speakerOfWords(d, 4, 'Nobody asked the residents.')).toBe('Petr Maly');
    expect(speakerOfWords(d, 5, 'It will not happen')).toBe('Karel Holub');
    expect(speakerOfWords(d, 1, 'The ministry of Transport announced the plan on Monday.')).toBeUndefined();
    const company = article('news report', 'Texaco Inc reported higher profits on Monday.', '"We are pleased with the quarter," the company said in a statement.', '"It will not happen," said the minister, Jana Novak.');
    expect(speakerOfWords(company, 2, 'We are pleased with the quarter')).toBe('Texaco Inc');
    expect(speakerOfWords(company, 3, 'It will not happen')).toBe('Jana Novak');
  });

  it('lists the speakers a document quotes with their spans (for ranking "what did Novak say")', () => {
    const list = speakersOf(doc(news, 'port-tender-reopened'));
    const novak = list.find((s) => s.speaker === 'Jana Novak');
    expect(novak?.spans.filter((s) => s.kind === 'quoted').map((s) => s.paragraph)).toEqual([2, 3, 3, 12, 13]);
    expect(novak?.spans.some((s) => s.kind === 'reported' && s.paragraph === 12)).toBe(true);
    expect(speakersOf(doc(seed, 'china-watch-us-weak-link-in-5g-security'))[0]).toMatchObject({ speaker: 'Li Zheng' });
    expect(attributeDocument(article('opinion')).ownVoice).toBe('Eva Marek');
    expect(namesSpeaker('what did Novak say about the port', 'Jana Novak')).toBe(true);
    expect(namesSpeaker('what did the ministry say about the plan', 'Ministry of Transport')).toBe(true);
    expect(namesSpeaker('what did the minister say', 'Jana Novak')).toBe(false);
    expect(attributeDocument(article('news report')).ownVoice).toBeUndefined();
    // A live blog is a newsroom's running report, not its authors' blog: its narration is nobody's.
    expect(attributeDocument(article('live blog')).ownVoice).toBeUndefined();
    expect(attributeDocument(article('Live-Blog')).ownVoice).toBeUndefined();
    expect(attributeDocument(article('blog')).ownVoice).toBe('Eva Marek');
  });

  it('puts speakers on ask results and cites them', () => {
    const answer = news.ask('what did Novak say about the mistake');
    const quoted = answer.results.find((r) => r.speaker === 'Jana Novak');
    expect(quoted).toBeDefined();
    expect(quoteCitationLine(quoted!.source, quoted!.place.paragraph, quoted!.speaker)).toMatch(/^Jana Novak, quoted in \*Port tender reopened\* \(Example News, 2025-03-02\), paragraph \d+$/);
    for (const r of seed.ask('who attended', { limit: 10 }).results) {
      if (r.source.id === 'prague-proposals-wire-report') expect(r).not.toHaveProperty('speaker');
      else expect(r.speaker).toBe('Li Zheng');
    }
  });
});
