import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import { readMarks } from '../../../src/core/quotes/editMarks.js';
import { findEdited, markedQuote, type EditedPools } from '../../../src/core/quotes/findEdited.js';
import type { Passage } from '../../../src/core/search/passageIndex.js';

const seed = await openDesk();
const news = await openDesk(new URL('../../fixtures/news', import.meta.url).pathname);

describe('reading a journalist\'s marks', () => {
  it('reads every omission style, replacements, in-word brackets and [sic]', () => {
    for (const mark of ['\u2026', '...', '. . .', '[\u2026]', '[...]', '(\u2026)', '....']) {
      expect(readMarks(`one two ${mark} three four`)).toEqual([
        { kind: 'words', text: 'one two' },
        { kind: 'omission', mark },
        { kind: 'words', text: 'three four' },
      ]);
    }
    expect(readMarks('[The ministry] rejected it [sic] in [t]otal')).toEqual([
      { kind: 'bracket', mark: '[The ministry]', text: 'The ministry', inWord: false },
      { kind: 'words', text: 'rejected it' },
      { kind: 'sic', mark: '[sic]' },
      { kind: 'words', text: 'in' },
      { kind: 'bracket', mark: '[t]otal', text: 'total', inWord: true },
    ]);
    expect(readMarks('no marks at all')).toBeUndefined();
  });
});

describe('edited quotations', () => {
  it('gives each fragment with its place and each omission with the words it leaves out', () => {
    const check = seed.checkQuote('The non-binding proposals were published \u2026 to discuss the security of new 5G networks.');
    expect(check.verdict).toBe('edited');
    const m = check.matches[0]!;
    expect(m.source.id).toBe('prague-proposals-wire-report');
    expect(m.fragments?.map((f) => f.text)).toEqual(['The non-binding proposals were published', 'to discuss the security of new 5G networks']);
    expect(m.fragments?.[0]?.place).toEqual({ paragraph: 2, start: 0, end: 40 });
    expect(m.marks).toEqual([{ kind: 'omission', mark: '\u2026', source: 'at the end of a two-day meeting in Prague', places: [{ paragraph: 2, start: 41, end: 82 }] }]);
    // The quote is the whole sentence, verbatim: a reader sees what was cut.
    expect(m.quote).toBe('The non-binding proposals were published at the end of a two-day meeting in Prague to discuss the security of new 5G networks.');
  });

  it('shows each bracket beside the source words it stands for, and [sic] beside the word the source has', () => {
    const bracket = news.checkQuote('[Nordhaven] won a fair competition and [it] will win again');
    expect(bracket.verdict).toBe('edited');
    expect(bracket.matches[0]?.marks?.map((k) => [k.mark, k.source])).toEqual([['[Nordhaven]', 'We'], ['[it]', 'we']]);
    const sic = news.checkQuote('Every month we loose [sic] is cargo that goes to Gdansk');
    expect(sic.verdict).toBe('edited');
    expect(sic.matches[0]?.marks).toEqual([{ kind: 'sic', mark: '[sic]', source: 'loose', place: expect.objectContaining({ paragraph: 10 }) }]);
    expect(news.checkQuote('[T]he first tender, launched in 2023, drew three bids.').matches[0]?.marks?.[0]).toMatchObject({ mark: '[T]he', source: 'The' });
  });

  it('follows a quotation over a paragraph break, and no further', () => {
    const check = news.checkQuote('We will not cut corners again. [\u2026] I intend to defend every line.');
    expect(check.verdict).toBe('edited');
    expect(check.matches[0]?.fragments?.map((f) => f.place.paragraph)).toEqual([12, 13]);
    expect(check.matches[0]?.continued?.quote).toBe('"I intend to defend every line."');
    expect(check.matches[0]?.speaker).toBe('Jana Novak');
    // Paragraphs 1 and 14: far apart, not one quotation.
    expect(news.checkQuote('The government on Sunday reopened the tender \u2026 would double the port\'s container capacity by 2029.').verdict).not.toBe('edited');
  });

  it('is near, saying what differs, for an added word in brackets, a changed word or a wrong [sic]', () => {
    const inserted = seed.checkQuote('The non-binding proposals were [not] published at the end of a two-day meeting in Prague');
    expect(inserted.verdict).toBe('near');
    expect(inserted.matches[0]?.changes).toEqual([{ asked: '[not]', note: 'the source has no words here' }]);
    const changed = seed.checkQuote('The US \u2026 will suffer the least.');
    expect(changed.verdict).toBe('near');
    expect(changed.matches[0]?.changes).toEqual([{ asked: 'least', source: 'most' }]);
    expect(changed.matches[0]?.quote).toBe('The US, as a pacesetter for global communications industry, will suffer the most.');
    expect(news.checkQuote('Every month we lose [sic] is cargo that goes to Gdansk').verdict).toBe('near');
    const edge = seed.checkQuote('China and Russia were not present [at the talks].');
    expect(edge.verdict).toBe('near');
    expect(edge.matches[0]?.changes).toEqual([{ asked: '[at the talks]', note: 'the source has no words here' }]);
  });

  it('does not join fragments from two documents', () => {
    const check = news.checkQuote('Families cannot wait another winter \u2026 The ships will not wait for us.');
    expect(check.verdict).not.toBe('edited');
    if (check.verdict === 'near') expect(check.matches[0]?.changes).toContainEqual({ asked: 'Families cannot wait another winter', note: 'not in this passage' });
  });

  it('finds the same places from the rarest term\'s passages as from every passage (the shortcut changes no answer)', () => {
    const quotes = ['The US \u2026 will suffer the most.', '[T]he suggestions of the Proposals are far from feasible', 'China and Russia were not present. [\u2026] Europe has become a key battleground', 'NATO and European Union officials also participated \u2026 China and Russia were not present.'];
    const index = seed.index;
    const all = [...index.passages.values()];
    const pools = (everything: boolean): EditedPools => ({
      passagesWith: (term) => (everything ? all : all.filter((p: Passage) => p.paragraph.text.length > 0 && index.miniSearch.search({ queries: [term] }, { tokenize: (t: string) => [t], processTerm: (t: string) => t }).some((h) => h.id === p.id))),
      frequency: (term) => (everything ? 1 : (index.documentFrequency.get(term) ?? 0)),
      nearCandidates: () => all,
      byDocument: index.passagesOfDocument,
    });
    for (const q of quotes) {
      const marked = markedQuote(readMarks(q)!);
      const fast = findEdited(marked, pools(false), 50).map((m) => JSON.stringify(m.fragments)).sort();
      const slow = findEdited(marked, pools(true), 50).map((m) => JSON.stringify(m.fragments)).sort();
      expect(fast.length).toBeGreaterThan(0);
      expect(fast).toEqual(slow);
    }
  });
});
