/** How many words (runs of letters or digits) a stretch of text holds. */
export const wordsIn = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
