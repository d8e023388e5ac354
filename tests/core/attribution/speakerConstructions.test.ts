import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { madeUpDocument, speakerOfWords } from './madeUpDocument.js';

/**
 * The speaker rules on 195 short cases of attribution as English-language news copy writes it, written by
 * a helper who never read the rules (tests/fixtures/attribution/constructions/constructions.json): every
 * order of quotation and verb, appositives and titles, references back (pronouns, "the minister", "the
 * 45-year-old"), quotations continued over paragraphs, organisations and their documents, carriers ("quoted
 * X as saying"), other styles (UK single quotes, guillemets, courts, parliament, Q&A) and negatives (scare
 * quotes, titles, unnamed sources). First measured with round 11's rules: 98 of 123 quoted cases named right,
 * 11 given another name, 19 of 19 negatives left to nobody. Round 12 was worked on it (it is a guide, not
 * held out); the floors pin where it stands.
 *
 * Cases whose words stand outside quotation marks are reported speech, the reporter's words: by the
 * labelling rules of every other set that is narration, so they count only when the case expects nobody.
 */
interface Case {
  id: string;
  paragraphs: string[];
  paragraph: number;
  words: string;
  /** The names that are right; null: nobody; unnamed: a source the article does not name. */
  speaker: null | string[] | { unnamed: string };
}

/** Each file of cases, and the figures it must reach: named right at least, given another name at most. */
const FILES = [
  // Round 12: 111/123 named right, 7 given another name (some of them the description the case names
  // its speaker by: "the embassy", "the airline"). Round 13: 113/123, 7 wrong.
  { file: 'constructions.json', named: 113, wrong: 7 },
  // A second set of 165 harder cases (speakers named paragraphs before, people of one gender taking turns,
  // sports and court copy, nested quotations), written after round 12 began by another helper who read
  // neither the rules nor the first set. First measured: round 11's rules 93/128 named, 27 wrong; round 12
  // as it then stood 99/128, 25 wrong. It then guided the rest of round 12: 106/128, 18 wrong. Round 13 (sports
  // copy's "the Frenchman", "posted on X:", a first name beside a relation): 111/128, 14 wrong.
  { file: 'constructions-2.json', named: 111, wrong: 14 },
] as const;

/** Whether the case's words stand inside quotation marks in their paragraph (double marks, guillemets, or single marks opening a word). */
function isQuoted(c: Case): boolean {
  const text = c.paragraphs[c.paragraph - 1] ?? '';
  const before = text.slice(0, text.indexOf(c.words));
  return (before.match(/[“”"«»]/g) ?? []).length % 2 === 1 || /(?:^|[\s(])[‘']\S[^’']*$/.test(before) || /^[‘']/.test(c.words);
}

function scoreCases(cases: Case[]) {
  return cases
  .filter((c) => isQuoted(c) || c.speaker === null)
  .map((c) => {
    const found = speakerOfWords(madeUpDocument(c.paragraphs), c.paragraph, c.words);
    const names = Array.isArray(c.speaker) ? c.speaker.map((n) => n.toLowerCase()) : [];
    const right =
      c.speaker === null ? found === undefined : Array.isArray(c.speaker) ? found !== undefined && names.includes(found.toLowerCase().replace(/^the /, '')) : true;
    return { c, found, right };
  });
}

describe.each(FILES)('speakers on the construction cases of $file', ({ file, named: namedAtLeast, wrong: wrongAtMost }) => {
  const { cases } = JSON.parse(readFileSync(new URL(`../../fixtures/attribution/constructions/${file}`, import.meta.url), 'utf8')) as { cases: Case[] };
  const scored = scoreCases(cases);
  const named = scored.filter((s) => Array.isArray(s.c.speaker));
  const nobody = scored.filter((s) => s.c.speaker === null);
  const unnamed = scored.filter((s) => s.c.speaker !== null && !Array.isArray(s.c.speaker));
  const misses = (list: typeof scored) => list.filter((s) => !s.right).map((s) => `${s.c.id}: ${s.found} ≠ ${JSON.stringify(s.c.speaker)}`).join('\n');
  if (process.env.SPEAKER_FIGURES) console.info(`${file}: named ${named.filter((s) => s.right).length}/${named.length}, ${named.filter((s) => !s.right && s.found !== undefined).length} wrong; nobody ${nobody.filter((s) => s.right).length}/${nobody.length}\n${misses(scored)}`);

  it('names the speaker of quoted words as often as last measured, and a wrong one no more often', () => {
    expect(named.filter((s) => s.right).length, misses(named)).toBeGreaterThanOrEqual(namedAtLeast);
    expect(named.filter((s) => !s.right && s.found !== undefined).length, misses(named)).toBeLessThanOrEqual(wrongAtMost);
  });

  it('gives nobody the scare quotes, titles and terms, nor a named person the words of an unnamed source', () => {
    expect(misses(nobody)).toBe('');
    // (Not the body an unnamed spokesperson speaks for, "Home Office" for "a Home Office spokesperson": the labelling guide's
    // rule, round 64.)
    const speaksFor = (s: (typeof unnamed)[number]) => s.found !== undefined && /\bspokes(?:person|man|woman)\b/iu.test((s.c.speaker as { unnamed: string }).unnamed) && (s.c.speaker as { unnamed: string }).unnamed.includes(s.found);
    const namedInstead = unnamed.filter((s) => s.found !== undefined && s.c.paragraphs.join(' ').includes(s.found) && /^\p{Lu}\p{L}+ \p{Lu}/u.test(s.found) && !speaksFor(s));
    expect(namedInstead.map((s) => `${s.c.id}: ${s.found}`)).toEqual([]);
  });
});
