import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../src/core/corpus/furniture.js';
import { removeBlockMarkers } from '../../src/core/corpus/markdownBlocks.js';
import { removeEmphasisMarkers, withoutEmphasisCharacters } from '../../src/core/corpus/markdownEmphasis.js';
import { DocumentError, parseDocument, readHeaderLine } from '../../src/core/corpus/parseDocument.js';
import { splitSentences } from '../../src/core/text/splitSentences.js';

const opEd = readFileSync(new URL('../../corpus/china-watch-us-weak-link-in-5g-security.txt', import.meta.url), 'utf8');
const wire = readFileSync(new URL('../../corpus/prague-proposals-wire-report.txt', import.meta.url), 'utf8');

describe('parseDocument on the seed op-ed', () => {
  const doc = parseDocument(opEd);

  it('reads the headline, byline, outlet and date lines as metadata', () => {
    expect(doc.source).toEqual({
      title: 'US the weak link in 5G security',
      author: 'Li Zheng',
      outlet: 'chinawatch.cn',
      published: '2019-05-30T15:45',
    });
    expect(doc.paragraphs.some((p) => /By Li Zheng|Updated:/.test(p.text))).toBe(false);
  });

  it('indexes the body repeated inside the file once', () => {
    const first = doc.paragraphs.filter((p) => p.text.startsWith('The Prague 5G Security Conference was held'));
    expect(first).toHaveLength(1);
    expect(doc.paragraphs).toHaveLength(11);
  });

  it('keeps a short line each time it is said (a transcript\'s speaker lines, "[Applause]")', () => {
    const call = parseDocument('Results call\n\nOperator\n\nWelcome to the call.\n\nHenrik Dahl — Chief Executive Officer\n\nThank you.\n\nOperator\n\nOur first question comes from Sofia Berg.\n\nHenrik Dahl — Chief Executive Officer\n\nFair question.\n');
    expect(call.paragraphs.map((p) => p.text)).toEqual(['Operator', 'Welcome to the call.', 'Henrik Dahl — Chief Executive Officer', 'Thank you.', 'Operator', 'Our first question comes from Sofia Berg.', 'Henrik Dahl — Chief Executive Officer', 'Fair question.']);
  });

  it("keeps a speaker line with its holder's full title each time, and an applause line with a long party list (round 60)", () => {
    // (Nine words and eight: a repeated body's length, which dropped the chief financial officer's second and third turns'
    // labels and a debate's second applause; a line that ends no sentence is said again on purpose.)
    const call = parseDocument(
      'Results call\n\nTobias Renner — Executive Vice President and Chief Financial Officer\n\nRevenue rose 4%.\n\nAnna Berg — Analyst, Nordbank\n\nWhat about margins?\n\nTobias Renner — Executive Vice President and Chief Financial Officer\n\nMargins held.\n\n(Applause from the CDU/CSU and the SPD)\n\nTobias Renner — Executive Vice President and Chief Financial Officer\n\nCosts fell.\n\n(Applause from the CDU/CSU and the SPD)\n',
    );
    expect(call.paragraphs.filter((p) => p.text.startsWith('Tobias Renner'))).toHaveLength(3);
    expect(call.paragraphs.filter((p) => p.text.startsWith('(Applause'))).toHaveLength(2);
    // (A sentence of eight words or more said again is still a body printed twice, and so is a line of more than sixteen.)
    const page = parseDocument(
      'Storm update\n\nThe council said the bridge would stay closed until Monday.\n\nRoads closed across the district after the river burst its banks on Sunday night near the old mill\n\nThe council said the bridge would stay closed until Monday.\n\nRoads closed across the district after the river burst its banks on Sunday night near the old mill\n',
    );
    expect(page.paragraphs).toHaveLength(2);
    // (Nor a Markdown heading of eight words or more said again: a web page's article printed twice with its subheadings,
    // the review of round 60.)
    const body = 'Shoppers tell us again and again that they would come into town if they could park for an hour.';
    const twice = parseDocument(`# Fix the high street\n\n## Why free parking for the first hour would bring shoppers back\n\n${body}\n\n## Why free parking for the first hour would bring shoppers back\n\n${body}\n`, { markdown: true });
    expect(twice.paragraphs.filter((p) => p.text.startsWith('Why free parking'))).toHaveLength(1);
    // (A speaker's heading over each of her answers stays each time, the second review of round 60.)
    const panel = parseDocument('# Ask the experts\n\n### Dr Sarah Finch, consultant cardiologist at Brackenford General Hospital\n\nThe first design was too small for the number of patients we now see.\n\n### Dr Sarah Finch, consultant cardiologist at Brackenford General Hospital\n\nWe expect the new unit to open in the spring, if the funding holds.\n', { markdown: true });
    expect(panel.paragraphs.filter((p) => p.text.startsWith('Dr Sarah Finch'))).toHaveLength(2);
  });

  it('drops site furniture but keeps the note on the author', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('The author is an associate research fellow at the Institute of American Studies of the China Institutes of Contemporary International Relations.');
    expect(texts).toContain('The author contributed this article to China Watch exclusively.');
    expect(texts.join('\n')).not.toMatch(/All rights reserved|Copying or sharing|do not necessarily reflect/);
  });

  it('drops a list of links headed "Related", and keeps a sentence or a section heading opening with the word (round 34)', () => {
    const page = parseDocument('Port tender reopened\n\nRelated to this, the minister said the tender would reopen.\n\nRelated stories:\n\nRelated material\n\nThe archive holds the cable.\n');
    expect(page.paragraphs.map((p) => p.text)).toEqual(['Related to this, the minister said the tender would reopen.', 'Related material', 'The archive holds the cable.']);
  });

  it('keeps every character of what it keeps: each paragraph is a slice of the raw file', () => {
    for (const p of doc.paragraphs) expect(opEd.includes(p.text)).toBe(true);
    expect(doc.paragraphs.some((p) => p.text.includes('building an inclusive club'))).toBe(true);
  });
});

describe('parseDocument on the seed wire report', () => {
  const doc = parseDocument(wire);

  it('takes the first line as the headline and invents nothing else', () => {
    expect(doc.source).toEqual({ title: '30 Nations Pitch Internet Security Rules Amid Huawei Concern' });
  });

  it('splits on blank lines and drops "leave a reply:"', () => {
    expect(doc.paragraphs).toHaveLength(9);
    expect(doc.paragraphs.at(-1)?.text).toMatch(/^Europe has become a key battleground/);
    expect(doc.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/leave a reply/i);
  });
});

describe('parseDocument on other exports', () => {
  it('reads YAML front matter, which overrides the header lines', () => {
    const doc = parseDocument('---\ntitle: Statement on 5G\noutlet: Ministry\ndate: 2019-05-03\nkind: statement\n---\n# Statement on 5G\n\nWe support the proposals.\n');
    expect(doc.source).toMatchObject({ title: 'Statement on 5G', outlet: 'Ministry', published: '2019-05-03', kind: 'statement' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['We support the proposals.']);
  });

  it('keeps a short first line under a front matter title as the body\'s first paragraph, never drops it (round 15)', () => {
    // ("**Key points**", "FOR IMMEDIATE RELEASE", a match's score line: words of the document, not a headline.)
    const doc = parseDocument('---\ntitle: Hurling: Tipperary edge Galway\nkind: news report\n---\n**Tipperary 2-22 Galway 1-23**\n\nTipperary are through to the semi-final.\n', { markdown: true });
    expect(doc.source.title).toBe('Hurling: Tipperary edge Galway');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Tipperary 2-22 Galway 1-23', 'Tipperary are through to the semi-final.']);
    // The title again, as the first line, is still the headline, not a paragraph.
    const repeated = parseDocument('---\ntitle: Tender reopens\n---\nTender reopens\n\nThe port will reopen the tender.\n');
    expect(repeated.paragraphs.map((p) => p.text)).toEqual(['The port will reopen the tender.']);
  });

  it("keeps a section's heading opening the body under a front matter title; drops a top-level heading (round 16)", () => {
    const record = parseDocument('---\ntitle: House of Commons Debates, Oral Questions: Wildfires\n---\n## Oral Questions\n\n**The Speaker:** Order.\n', { markdown: true });
    expect(record.paragraphs.map((p) => p.text)).toEqual(['Oral Questions', 'The Speaker: Order.']);
    const blog = parseDocument('---\ntitle: Budget day live\n---\n### 3.58pm GMT\n\nThe chancellor is on her feet.\n', { markdown: true });
    expect(blog.paragraphs.map((p) => p.text)).toEqual(['3.58pm GMT', 'The chancellor is on her feet.']);
    const headline = parseDocument('---\ntitle: Budget day live\n---\n# Budget day: every announcement\n\nThe chancellor is on her feet.\n', { markdown: true });
    expect(headline.paragraphs.map((p) => p.text)).toEqual(['The chancellor is on her feet.']);
  });

  it('names the line of broken front matter', () => {
    try {
      parseDocument('---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).problem.line).toBeGreaterThanOrEqual(3);
      expect((error as DocumentError).message).toMatch(/front matter/);
    }
  });

  it('names an unknown front matter field', () => {
    expect(() => parseDocument('---\nauthr: X\n---\nBody.\n')).toThrow(/unknown field "authr"/);
  });

  it('handles a markdown headline, CRLF line ends and a body with no headline', () => {
    expect(parseDocument('# Minister speaks\r\n\r\nFirst para.\r\n\r\nSecond para.\r\n').paragraphs.map((p) => p.text)).toEqual(['First para.', 'Second para.']);
    const noTitle = parseDocument('The minister spoke on Friday. She said little.\n');
    expect(noTitle.source.title).toBeUndefined();
    expect(noTitle.paragraphs).toHaveLength(1);
  });
});

describe('parseDocument on Markdown emphasis', () => {
  const qa = '---\ntitle: Port tender Q&A\n---\nThe harbour master spoke to us on Friday.\n\n**Q: Will the tender reopen?**\n\nA: Yes. It reopens in March, for *all* bidders, at 5 * 3 berths.\n';

  it('loads a bold line as its words, one sentence, with the rest of the text as it was', () => {
    const doc = parseDocument(qa, { markdown: true });
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'The harbour master spoke to us on Friday.',
      'Q: Will the tender reopen?',
      'A: Yes. It reopens in March, for all bidders, at 5 * 3 berths.',
    ]);
    const bold = doc.paragraphs[1]?.text as string;
    expect(splitSentences(bold).map((s) => bold.slice(s.start, s.end))).toEqual(['Q: Will the tender reopen?']);
  });

  it('marks a paragraph set in bold from end to end, and no paragraph merely holding bold words', () => {
    const doc = parseDocument(qa, { markdown: true });
    expect(doc.paragraphs.map((p) => p.strong === true)).toEqual([false, true, false]);
    const mixed = parseDocument('**Q:** Will the tender reopen? **Yes.**\n\n__That sounds small.__\n', { markdown: true });
    expect(mixed.paragraphs.map((p) => p.strong === true)).toEqual([false, true]);
    // Plain text keeps its asterisks and marks nothing.
    expect(parseDocument('**That sounds small.**\n').paragraphs[0]?.strong).toBeUndefined();
  });

  it("marks a Markdown heading's paragraph with its level, and no other paragraph", () => {
    const doc = parseDocument('Intro line.\n\n## Bells ring out again at St Nicholas\'s\n\nAfter eleven weeks of silence, the bells rang.\n\n### **What they said**\n\n# # #\n', { markdown: true });
    expect(doc.paragraphs.map((p) => [p.text, p.heading])).toEqual([
      ['Intro line.', undefined],
      ["Bells ring out again at St Nicholas's", 2],
      ['After eleven weeks of silence, the bells rang.', undefined],
      ['What they said', 3],
      ['# # #', undefined],
    ]);
    // Plain text marks nothing: its "#" is a word.
    expect(parseDocument('## Not a heading in plain text\n').paragraphs[0]?.heading).toBeUndefined();
  });

  it('marks a Markdown block quotation\'s paragraph as quoted, and no other paragraph', () => {
    const doc = parseDocument('She said:\n\n> These hubs bring people together.\n> They start in October.\n\n> We chose them carefully.\n\nTurnout rose > 5%.\n', { markdown: true });
    expect(doc.paragraphs.map((p) => [p.text, p.quoted])).toEqual([
      ['She said:', undefined],
      ['These hubs bring people together.\nThey start in October.', true],
      ['We chose them carefully.', true],
      ['Turnout rose > 5%.', undefined],
    ]);
  });

  it('reads a bold headline and byline as metadata without their markers', () => {
    const doc = parseDocument('# **Tender reopens**\n\n**By Jana Novak**\n\nThe port will reopen the tender.\n', { markdown: true });
    expect(doc.source).toEqual({ title: 'Tender reopens', author: 'Jana Novak' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The port will reopen the tender.']);
  });

  it('keeps a press release\'s end mark, "# # #", as printed: a line of hashes is no heading of nothing', () => {
    const raw = '---\ntitle: Aid reaches Kadugli\nkind: press release\n---\nWFP convoys reached the town.\n\n# # #\n\nNote to editors: photos are available.\n';
    expect(parseDocument(raw, { markdown: true }).paragraphs.map((p) => p.text)).toEqual(['WFP convoys reached the town.', '# # #', 'Note to editors: photos are available.']);
  });

  it('loads a block quotation and a heading as their words, without the markers that open their lines', () => {
    const raw = '---\ntitle: Bus lanes approved\n---\nThe council voted on Tuesday.\n\n> “We have waited ten years for this.”\n> — Rita Alvarez\n\n## What they said\n\nTurnout was > 40% in #Ward5.\n';
    expect(parseDocument(raw, { markdown: true }).paragraphs.map((p) => p.text)).toEqual([
      'The council voted on Tuesday.',
      '“We have waited ten years for this.”\n— Rita Alvarez',
      'What they said',
      'Turnout was > 40% in #Ward5.',
    ]);
    expect(parseDocument(raw).paragraphs[1]?.text).toBe('> “We have waited ten years for this.”\n> — Rita Alvarez');
  });

  it('reads a row of asterisks, a release\u2019s end mark, as no bold paragraph', () => {
    const release = parseDocument('---\ntitle: T\n---\nThe minister spoke.\n\n*****\n\nRelease ID: 2171234\n', { markdown: true });
    expect(release.paragraphs[1]).toEqual({ index: 2, text: '*****' });
  });

  it('keeps a plain text file\u2019s asterisks: only Markdown has emphasis markers', () => {
    expect(parseDocument(qa).paragraphs[1]?.text).toBe('**Q: Will the tender reopen?**');
  });

  it('never loses a word, and leaves the paragraphs of Markdown without markers exactly as before', () => {
    const files = markdownFixtures();
    expect(files.length).toBeGreaterThan(100);
    const markersOf = (text: string) => text !== removeEmphasisMarkers(removeBlockMarkers(text));
    let withMarkers = 0;
    for (const [name, raw] of files) {
      const asMarkdown = parseDocument(raw, { markdown: true });
      const asText = parseDocument(raw); // how every Markdown file was read before its markers were formatting
      if (!markersOf(raw)) {
        expect(asMarkdown, name).toEqual(asText);
        continue;
      }
      // (Characters that are text where they stand, "5 * 3", leave the paragraphs as they were.)
      if (JSON.stringify(asMarkdown.paragraphs) !== JSON.stringify(asText.paragraphs)) withMarkers++;
      const words = (text: string) => withoutEmphasisCharacters(removeBlockMarkers(text));
      // (A byline in emphasis under the headline, "**By Áine Ní Ghallchobhair**", names the author to Markdown, where plain
      // text keeps it as its first paragraph and the front matter names none: round 58's fresh set 337. Every other field
      // the same.)
      const bylineRead = asText.source.author === undefined && asMarkdown.source.author !== undefined && readHeaderLine(words(asText.paragraphs[0]?.text ?? ''))?.author === asMarkdown.source.author;
      expect({ ...asMarkdown.source, author: bylineRead ? undefined : asMarkdown.source.author }, name).toEqual(asText.source);
      // (A first line in emphasis, "*As prepared for delivery.*", is a headline to plain text, a paragraph to Markdown.)
      // (And a first paragraph whose first line is in emphasis, "**SMALL CHANGE — Episode 87 …**" over "**Host:** …": plain
      // text takes the line for a headline, Markdown keeps it in the paragraph, the lines after it the same.)
      // (A line of site furniture in emphasis, "*Related: …*", "*Photo: …*", is dropped once Markdown reads its markers as
      // formatting, as the same line without them always was: furniture, not a lost word, round 35.)
      // (A header line in emphasis under the headline, "**By Maya Ellis, News Editor**", is a byline to Markdown, read into the
      // header as plain text reads "By Maya Ellis" there, and a paragraph to plain text, which keeps its asterisks: no lost
      // word, round 37's fresh set 235.)
      const plain = asText.paragraphs.map((p) => words(p.text)).filter((w, at) => !isFurniture(w) && !(at === 0 && readHeaderLine(w) !== undefined));
      // (And a first paragraph of field lines whose first, "**Published:** 14 March 2024", Markdown reads into the header as
      // the document's date, the lines after it kept: round 41's fresh set 256.)
      const kept = asMarkdown.paragraphs.map((p, at) => {
        const w = words(p.text);
        const afterFirstLine = w.split('\n').slice(1).join('\n');
        const datedFirstLine = at === 0 && plain[0]?.endsWith(`\n${w}`) && /^published:\s/i.test(plain[0]) ? plain[0] : undefined;
        return plain.includes(w) ? w : at === 0 && plain[0] === afterFirstLine ? afterFirstLine : datedFirstLine;
      });
      // (A block repeated inside one file is read once, and Markdown may see a repeat that plain text's markers hide, a record's
      // "Letter dated 12 May 2025 …" printed plain and again in bold, round 52's fresh set 311: each paragraph once.)
      const once = (list: (string | undefined)[]) => list.filter((w, at) => w !== undefined && list.indexOf(w) === at);
      expect(once(kept), name).toEqual(once(plain));
    }
    expect(withMarkers).toBeGreaterThanOrEqual(3); // the Q&A interview, the markets story, the op-ed's italic bio
  });
});

describe('parseDocument on front matter that is not valid YAML', () => {
  it('reads plain "key: value" lines when a value holds a colon, with a warning naming the line', () => {
    const doc = parseDocument('---\noutlet: "Daily Post"\ntitle: Inquest: the stadium crush\nauthor: \'Jana Novak\'\npublished: 2024-03-01\n---\nThe inquest opened on Monday.\n');
    expect(doc.source).toEqual({ outlet: 'Daily Post', title: 'Inquest: the stadium crush', author: 'Jana Novak', published: '2024-03-01' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The inquest opened on Monday.']);
    expect(doc.warnings).toEqual([{ line: 3, loaded: true, message: expect.stringMatching(/^front matter is not valid YAML \(.+\): read as plain "key: value" lines/) }]);
  });

  it('has no warnings for valid front matter', () => {
    expect(parseDocument('---\ntitle: "Inquest: the stadium crush"\n---\nBody.\n')).not.toHaveProperty('warnings');
  });

  it('still refuses, naming the line, what plain lines cannot read or what is wrong in them', () => {
    const refused = (raw: string) => {
      try {
        parseDocument(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(DocumentError);
        return (error as DocumentError).problem;
      }
      throw new Error('loaded');
    };
    // A field of the wrong kind, read as plain lines: its own line and field.
    expect(refused('---\ntitle: Inquest: the stadium crush\npublished: soon: maybe\n---\nBody.\n')).toMatchObject({ line: 3, field: 'published', message: expect.stringMatching(/^front matter: field "published" is not a date/) });
    expect(refused('---\ntitle: Inquest: the stadium crush\nheadlne: x\n---\nBody.\n')).toMatchObject({ line: 3, message: expect.stringMatching(/unknown field "headlne"/) });
    // Lines that are not `key: value` (a list, an indented mapping) or a value that is a YAML list: YAML's
    // own error, as before (its first: here the colon's line).
    expect(refused('---\ntitle: Inquest: the stadium crush\n- tag\n---\nBody.\n')).toMatchObject({ line: 2, message: expect.stringMatching(/^front matter is not valid YAML: /) });
    expect(refused('---\ntitle: Inquest: the crush\n  subtitle: x\n---\nBody.\n')).toMatchObject({ line: 2, message: expect.stringMatching(/^front matter is not valid YAML: /) });
    expect(refused('---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n')).toMatchObject({ line: 3, message: expect.stringMatching(/^front matter is not valid YAML: /) });
  });
});

/** Every Markdown file of the test fixtures and the bundled corpus, with its text. */
function markdownFixtures(): [string, string][] {
  const root = new URL('../../', import.meta.url).pathname;
  const files: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|markdown)$/.test(entry.name)) files.push([path, readFileSync(join(root, path), 'utf8')]);
    }
  };
  walk('tests/fixtures');
  walk('corpus');
  return files;
}

describe('parseDocument on a Markdown headline (round 13 review)', () => {
  it('reads a "#" headline ending in a question mark as the title, not a paragraph', () => {
    const doc = parseDocument('# Will the bridge be rebuilt?\n\nThe council met on Monday.\n', { markdown: true });
    expect(doc.source.title).toBe('Will the bridge be rebuilt?');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The council met on Monday.']);
  });
});
