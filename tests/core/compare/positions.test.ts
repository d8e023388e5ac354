import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonJson } from '../../../src/core/compare/comparisonJson.js';
import { parsePositions } from '../../../src/core/compare/positions.js';
import { openDesk } from '../../../src/core/desk.js';

const desk = await openDesk();
const bundled = readFileSync(new URL('../../../corpus/positions.yml', import.meta.url), 'utf8');

describe('the bundled comparison', () => {
  it('verifies every quote, with at least 6 topics and both sides', () => {
    expect(desk.comparisonProblems).toEqual([]);
    const comparison = desk.comparison!;
    expect(comparison.sides.map((s) => s.kind)).toEqual(['news report', 'opinion']);
    expect(comparison.topics.length).toBeGreaterThanOrEqual(6);
    for (const topic of comparison.topics) {
      for (const position of topic.positions) {
        for (const q of position.quotes) {
          const doc = desk.corpus.documents.find((d) => d.source.id === q.source.id)!;
          expect(doc.paragraphs.find((p) => p.index === q.place.paragraph)!.text.slice(q.place.start, q.place.end)).toBe(q.quote);
        }
      }
    }
  });

  it('shows a side that says nothing on a topic as not addressed, not padded', () => {
    const json = comparisonJson(desk.comparison!, desk.findTopic('governments or industry'));
    expect(json.topics[0]!.positions.find((p) => p.side === 'prague-proposals')).toEqual({ side: 'prague-proposals', addressed: false, summary: null, quotes: [] });
  });

  it.each([
    ['rule of law', 'vendor-risk-rule-of-law'],
    ['huawei', 'huawei-and-chinese-vendors'],
    ['who attended', 'who-attended'],
    ['the US role', 'us-role'],
    ['governments versus industry', 'governments-or-industry'],
    ['5G growth', 'consequences-for-5g'],
  ])('finds the topic for loose words "%s"', (words, id) => {
    expect(desk.findTopic(words)?.id).toBe(id);
  });

  it('finds no topic for words it does not hold', () => {
    expect(desk.findTopic('pizza')).toBeUndefined();
  });
});

describe('verification of positions.yml', () => {
  it('catches a quote that is not verbatim, naming the line, topic, side and the closest real wording', () => {
    const broken = bundled.replace('this conference is not a complete US triumph', 'this conference was not a complete US triumph');
    const { problems } = parsePositions(broken, desk.index);
    expect(problems).toHaveLength(1);
    const line = broken.split('\n').findIndex((l) => l.includes('was not a complete US triumph')) + 1;
    expect(problems[0]!.line).toBe(line - 1);
    expect(problems[0]!.message).toContain('topic "us-role", side "china-watch"');
    expect(problems[0]!.message).toContain('not verbatim in china-watch-us-weak-link-in-5g-security');
    expect(problems[0]!.message).toMatch(/the closest real wording is \u201CBut seen from some details, this conference is not a complete US triumph\.?\u201D/);
  });

  it('catches a quote put in the wrong source, an unknown side and broken YAML', () => {
    const wrongSource = bundled.replace(
      '          - source: china-watch-us-weak-link-in-5g-security\n            quote: And the US gave the only official statement on the Proposals.',
      '          - source: prague-proposals-wire-report\n            quote: And the US gave the only official statement on the Proposals.',
    );
    expect(parsePositions(wrongSource, desk.index).problems[0]!.message).toMatch(/not verbatim in prague-proposals-wire-report/);
    const unknownSide = bundled.replace('      china-watch:\n        summary: The US led', '      beijing:\n        summary: The US led');
    expect(parsePositions(unknownSide, desk.index).problems[0]!.message).toMatch(/side "beijing": no such side/);
    const yaml = parsePositions('sides: [\n', desk.index);
    expect(yaml.problems[0]).toMatchObject({ file: 'positions.yml', message: expect.stringMatching(/not valid YAML/) });
  });
});
