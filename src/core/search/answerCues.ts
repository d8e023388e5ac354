/**
 * What kind of answer a question's wording asks for ("when …" wants a date, "how many …" a number), and
 * whether a sentence holds one. The question words themselves are stop words, so without this "when
 * was the conference" ranks every sentence naming the conference alike; with it, the one that dates it
 * comes first. The index keeps every sentence's cues as bits (`cueBitsOf`); the `cue` evidence ranks a
 * sentence holding the cue asked for higher, and a cue never counts as an answer on its own.
 */

/** A kind of answer: a date, a duration, a number. */
export type AnswerCue = '#date' | '#duration' | '#number';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const SMALL_NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)';

/** Month names are matched with their capital only ("may" is a verb); days, years and "last week" too. */
const DATE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
    `\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his)[\\s-]+${MONTH}\\b`,
    '\\b(?:1[89]|20)\\d{2}\\b',
    '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    '\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\\b',
    '\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)\\s+(?:week|month|year|spring|summer|autumn|winter)\\b',
    '\\b\\d+\\s+(?:days|weeks|months|years)\\s+(?:ago|later|earlier)\\b',
    // Future: "in two to three weeks", "within months", "soon".
    `\\b(?:[Ii]n|[Ww]ithin)\\s+(?:${SMALL_NUMBER}\\s+(?:to\\s+${SMALL_NUMBER}\\s+)?)?(?:days|weeks|months|years)\\b`,
    '\\b(?:soon|shortly)\\b',
  ].join('|'),
);
const DURATION = new RegExp(`\\b${SMALL_NUMBER}[\\s-]+(?:minute|hour|day|week|month|year|decade)s?\\b`, 'i');
const NUMBER = /\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i;

const ASKS: [RegExp, AnswerCue][] = [
  [/\bwhen\s+(?:did|was|were|is|are|will|does|do|has|had|have|could|would|should|can)\b|\b(?:what|which)\s+(?:date|day|year|month)\b/i, '#date'],
  [/\bhow\s+long\b/i, '#duration'],
  [/\bhow\s+(?:many|much)\b|\bwhat\s+(?:number|percentage|share|amount)\b/i, '#number'],
];

/**
 * The cue a question's wording gives, if any.
 *
 * ```ts
 * answerCueOf('when did the conference take place') // '#date'
 * answerCueOf('how many countries attended')         // '#number'
 * answerCueOf('who attended')                        // undefined
 * ```
 */
export function answerCueOf(question: string): AnswerCue | undefined {
  return ASKS.find(([pattern]) => pattern.test(question))?.[1];
}

/** The cues as bits (see {@link cueBitsOf}): what the index keeps for every sentence. */
export const CUE_BITS: Record<AnswerCue, number> = { '#date': 1, '#duration': 2, '#number': 4 };

/** The cues a text holds, as bits of {@link CUE_BITS}. */
export function cueBitsOf(text: string): number {
  return cueTermsOf(text).reduce((bits, cue) => bits | CUE_BITS[cue], 0);
}

/**
 * The cues a text holds.
 *
 * ```ts
 * cueTermsOf('The conference was held on May 2 to 3.') // ['#date', '#number']
 * cueTermsOf('a two-day meeting')                       // ['#duration', '#number']
 * ```
 */
export function cueTermsOf(text: string): AnswerCue[] {
  const cues: AnswerCue[] = [];
  if (DATE.test(text)) cues.push('#date');
  if (DURATION.test(text)) cues.push('#duration');
  if (NUMBER.test(text)) cues.push('#number');
  return cues;
}
