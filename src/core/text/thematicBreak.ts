/**
 * Whether a paragraph is a thematic break, a rule standing alone between parts of a document: `---`, `***`, `___`,
 * `* * *`. The Markdown loader keeps it as a paragraph of its own, so that layout rules can see where parts end.
 *
 * ```ts
 * isThematicBreak('---') // true
 * isThematicBreak('--- and then') // false
 * ```
 */
export function isThematicBreak(text: string): boolean {
  return THEMATIC_BREAK.test(text);
}

const THEMATIC_BREAK = /^\s*(?:-{3,}|_{3,}|\*(?:[ \t]*\*){2,})\s*$/u;
