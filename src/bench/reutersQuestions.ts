import type { ReutersStory } from '../eval/reuters.js';

/**
 * Questions a desk would put to a wire archive of the late 1980s, in the words reporters use (question
 * words, "how much", "when", synonyms such as "company" / "firm"): the natural half of the benchmark's
 * queries. Written once by hand, never tuned on.
 */
export const NATURAL_QUESTIONS = [
  'what did the Bundesbank say about interest rates', "how much did Japan's trade surplus rise", 'why did oil prices fall',
  'who is the chairman of the Federal Reserve', 'what did OPEC decide about production quotas', 'when will the coffee agreement talks resume',
  'how many tonnes of sugar did India import', 'what happened to the dollar against the yen', 'which company bought the shares',
  'what did the company say about the merger', 'how long will the strike last', 'when did the bank cut its prime rate',
  'what did analysts say about earnings', 'did the government approve the takeover', 'how much wheat did the Soviet Union buy',
  'what is the outlook for cocoa prices', 'who will succeed the chief executive', 'why did the stock market crash',
  'how much debt does Brazil owe', 'what did the Treasury say about the budget deficit', 'when will the new refinery open',
  'how many jobs will the plant cut', 'what did Volcker say about inflation', 'did the EC agree on farm prices',
  'what are the terms of the tender offer', 'how much did unemployment rise in January', 'who bought the airline',
  'what did the court rule on the bankruptcy', 'how much gold did South Africa sell', 'what did Reagan say about trade sanctions',
];

/** Headlines of stories spread over the archive, as typed into a search box: the other half. */
export function headlines(stories: ReutersStory[], count: number): string[] {
  const step = Math.max(1, Math.floor(stories.length / count));
  return stories.filter((_, i) => i % step === 0).slice(0, count).map((s) => s.title);
}

/** The `i`-th kind of question made of a headline's words ("what did opec say about quotas"). */
function questionOfHeadline(title: string, i: number): string {
  const [a = 'market', b = 'prices', c = 'said'] = title.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return [`what did ${a} say about ${b}`, `how much did ${a} ${b} rise`, `when did ${a} ${b} ${c}`, `why did ${a} ${b}`][i % 4] as string;
}

/**
 * Which story of every `step` each kind of question is made from: headlines the first (0), the warm-up the
 * fourth (3), natural questions the eighth (7), so that no timed question is warmed up and the two timed
 * kinds ask about different stories. With fewer than 8 stories a step (an archive under 1,600 stories),
 * natural questions take the last story of each step and the warm-up the one before it (at most the
 * fourth): natural questions used to take none, and a 1,000-story bench timed only the 30 hand-written ones.
 */
function naturalStory(step: number): number {
  return step > 7 ? 7 : step - 1;
}
function warmUpStory(step: number): number {
  return Math.max(0, Math.min(3, naturalStory(step) - 1));
}

/** Natural questions: the hand-written ones, and questions made of story headlines' words. */
export function naturalQuestions(stories: ReutersStory[], count: number): string[] {
  const step = Math.max(1, Math.floor(stories.length / count));
  const made = stories.filter((_, i) => i % step === naturalStory(step)).map((s, i) => questionOfHeadline(s.title, i));
  return [...NATURAL_QUESTIONS, ...made].slice(0, count);
}

/**
 * Questions of the same kinds (headlines, and questions made of headlines' words) about other stories
 * than the timed ones, to warm the engine up before timing: never a question that is then timed.
 */
export function warmUpQuestions(stories: ReutersStory[], count: number): string[] {
  const step = Math.max(1, Math.floor(stories.length / count));
  return stories
    .filter((_, i) => i % step === warmUpStory(step))
    .slice(0, count)
    .map((s, i) => (i % 2 === 0 ? s.title : questionOfHeadline(s.title, (i - 1) / 2)));
}
