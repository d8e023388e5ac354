import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument } from '../../src/core/corpus/parseDocument.js';

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

  it('drops site furniture but keeps the note on the author', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('The author is an associate research fellow at the Institute of American Studies of the China Institutes of Contemporary International Relations.');
    expect(texts).toContain('The author contributed this article to China Watch exclusively.');
    expect(texts.join('\n')).not.toMatch(/All rights reserved|Copying or sharing|do not necessarily reflect/);
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
    const doc = parseDocument('---\ntitle: Statement on 5G\noutlet: Ministry\ndate: 2019-05-03\nkind: statement\n---\nIgnored headline\n\nWe support the proposals.\n');
    expect(doc.source).toMatchObject({ title: 'Statement on 5G', outlet: 'Ministry', published: '2019-05-03', kind: 'statement' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['We support the proposals.']);
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
