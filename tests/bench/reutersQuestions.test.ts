import { describe, expect, it } from 'vitest';
import { headlines, NATURAL_QUESTIONS, naturalQuestions, warmUpQuestions } from '../../src/bench/reutersQuestions.js';
import type { ReutersStory } from '../../src/eval/reuters.js';

/** A word of letters only that names story `i` ("baaa", "caaa", …): questions are made of such words. */
const wordOf = (i: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
/** Made-up stories with distinct headlines: only their titles matter here. */
const stories = (n: number): ReutersStory[] =>
  Array.from({ length: n }, (_, i) => ({ id: `reuters-${i}`, title: `${wordOf(i)}zinc ${wordOf(i)}copper ${wordOf(i)}lead`, paragraphs: ['Text.'] }));

describe('the bench questions on a Reuters subset', () => {
  it.each([800, 1000, 2000, 16934])('times %i natural questions and headlines, and warms up on none of them', (n) => {
    const subset = stories(n);
    const natural = naturalQuestions(subset, 200);
    const timedHeadlines = headlines(subset, 200);
    // A 1,000-story subset used to get the 30 hand-written questions only.
    expect(natural).toHaveLength(200);
    expect(natural.slice(0, NATURAL_QUESTIONS.length)).toEqual(NATURAL_QUESTIONS);
    expect(timedHeadlines).toHaveLength(200);
    const warmUp = new Set(warmUpQuestions(subset, 200));
    expect([...natural, ...timedHeadlines].filter((q) => warmUp.has(q))).toEqual([]);
    // The made questions and the headlines ask about different stories.
    const made = natural.slice(NATURAL_QUESTIONS.length);
    const storyOf = (q: string) => /(\w{4})zinc/i.exec(q)?.[1]?.toLowerCase();
    const headlineStories = new Set(timedHeadlines.map(storyOf));
    expect(made.filter((q) => headlineStories.has(storyOf(q)))).toEqual([]);
  });
});
