import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';
import { splitSentences } from '../../../src/core/text/splitSentences.js';

/**
 * Journalists' edits made mechanically from text the rules were not written on (four SQuAD articles):
 * cuts and brackets that must read `edited`, and changed words, added words, pieces from two documents or
 * from paragraphs far apart that must not.
 */
const desk = await openDesk(new URL('../../fixtures/quotes/squad-sample', import.meta.url).pathname);

function checksOf(): { text: string; edited: boolean }[] {
  const checks: { text: string; edited: boolean }[] = [];
  const docs = desk.corpus.documents;
  docs.forEach((doc, d) => {
    doc.paragraphs.forEach((p, i) => {
      if (i % 3 !== 1) return;
      const sentence = splitSentences(p.text).map((r) => p.text.slice(r.start, r.end)).find((s) => s.split(/\s+/).length >= 14 && !/[[\]\u2026]|\.\.\./.test(s));
      if (!sentence) return;
      const w = sentence.split(/\s+/);
      checks.push({ text: `${w.slice(0, 5).join(' ')} \u2026 ${w.slice(8, 13).join(' ')}`, edited: true });
      checks.push({ text: `${w.slice(2, 9).join(' ')} [...]`, edited: true });
      checks.push({ text: `[The subject] ${w.slice(3, 11).join(' ')}`, edited: true });
      const changed = w.slice(0, 13);
      changed[10] = 'zebras';
      checks.push({ text: `${changed.slice(0, 5).join(' ')} \u2026 ${changed.slice(8, 13).join(' ')}`, edited: false });
      checks.push({ text: `${w.slice(0, 5).join(' ')} [never] ${w.slice(5, 11).join(' ')}`, edited: false });
      const other = (docs[(d + 1) % docs.length]?.paragraphs[1]?.text ?? '').split(/\s+/);
      checks.push({ text: `${w.slice(0, 7).join(' ')} \u2026 ${other.slice(3, 10).join(' ')}`, edited: false });
      const far = doc.paragraphs[(i + 4) % doc.paragraphs.length]?.text.split(/\s+/) ?? [];
      checks.push({ text: `${w.slice(0, 7).join(' ')} \u2026 ${far.slice(3, 10).join(' ')}`, edited: false });
    });
  });
  return checks;
}

describe('journalists\' edits on unseen text (generated from a SQuAD sample)', () => {
  it('reads at least 97% of the cuts and brackets as edited, and of the distortions as not edited', () => {
    const checks = checksOf();
    expect(checks.length).toBeGreaterThanOrEqual(100);
    const wrong = checks.filter((c) => (desk.checkQuote(c.text).verdict === 'edited') !== c.edited);
    expect(1 - wrong.length / checks.length, wrong.map((c) => c.text).join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
