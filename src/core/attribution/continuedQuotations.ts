/**
 * Speakers carried across paragraphs after the paragraph-by-paragraph reading: over a stretch of
 * quotations in one voice, and back over a quotation continued from the paragraph before.
 */
import { wordsIn } from '../text/wordsIn.js';
import type { AttributedQuotation } from './documentAttribution.js';
import { MASK, maskQuotations } from './quotations.js';
import { MIN_SPEECH_WORDS } from './quotedTerms.js';

/**
 * A paragraph that is only a quotation, with no attribution of its own, between a paragraph closing on X
 * speaking in the reporter's words ("Jacques Schoufour accused the FNV of intransigence …") and a
 * quotation X is named speaking next ("“If we find …,” Schoufour said."): X goes on speaking. Both sides
 * must name X, so that a quotation between two speakers taking turns is never given to either.
 */
export function quotationsBetweenOneVoice(paragraphs: { text: string }[], quotations: AttributedQuotation[][], paraphrased: (string | undefined)[]): void {
  for (let at = 1; at + 1 < paragraphs.length; at++) {
    const voice = paraphrased[at - 1];
    const quotes = quotations[at] ?? [];
    if (!voice || quotes.length === 0 || quotes.some((q) => q.speaker)) continue;
    const text = (paragraphs[at] as { text: string }).text;
    if (wordsIn(maskQuotations(text, quotes).replace(new RegExp(MASK, 'g'), ' ')) > 0) continue;
    if (wordsIn(quotes.map((q) => text.slice(q.start, q.end)).join(' ')) < MIN_SPEECH_WORDS) continue;
    const next = (quotations[at + 1] ?? []).find((q) => q.speaker);
    if (next?.speaker === voice) for (const q of quotes) q.speaker = voice;
  }
}

/** A quotation that runs on keeps its speaker in the paragraphs that continue it, and gives it back to the one it continues. */
export function giveSpeakersBackOverContinuedQuotations(quotations: AttributedQuotation[][]): void {
  for (let at = quotations.length - 1; at > 0; at--) {
    const first = quotations[at]?.[0];
    const before = quotations[at - 1]?.slice(-1)[0];
    if (first?.continues && before && !before.speaker && first.speaker) before.speaker = first.speaker;
  }
}
