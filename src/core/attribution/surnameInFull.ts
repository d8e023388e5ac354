/**
 * The one person a document names in full by a surname it prints alone elsewhere: a European court's "JOINT DISSENTING
 * OPINION OF JUDGES KAIRIENĖ AND WACHTEL" over a chamber listed as "Gintarė Kairienė (Lithuania), …", a report's
 * "Explanatory memorandum by Mr Berglund-Aho" under "Rapporteur: Mr Jonas Berglund-Aho" (round 64).
 */
import type { SourceDocument } from '../model.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { isTitle } from './nameWords.js';

/** Whether a word is a title ("Mr", "Dr.", "Judge"), its stop aside. */
const titleWord = (word: string): boolean => isTitle(word.replace(/\.$/u, '').toLowerCase());

/** Words before a surname that are no given name: a function word opening a sentence, "When Hughes joined …" (the review of round 64), or "Judges" of a list. */
const NOT_GIVEN = /^(?:and|or|but|of|the|a|an|by|for|to|in|on|at|as|if|so|when|while|after|before|since|until|once|though|although|because|where|whether|with|without|from|then|this|that|these|those|our|his|her|their|its|my|your|judges?|justices?)$/iu;

/**
 * The full name the document prints for a surname, one or two given names before it ("Gintarė Kairienė", "Jonas
 * Berglund-Aho" of "Mr Jonas Berglund-Aho", "Frank Schmidt" of "Mr Frank SCHMIDT"), titles left off; with `title`, first
 * the one printed after that title ("Mr" of "Explanatory memorandum by Mr Schmidt": not "former Chancellor Helmut Schmidt",
 * the review of round 64). Undefined when it prints none or two different ones.
 */
export function personBySurname(doc: SourceDocument, surname: string, title?: string): string | undefined {
  if (!surname) return undefined;
  const capitals = surname.toUpperCase();
  const printed = capitals === surname ? escapeRegExp(surname) : `(?:${escapeRegExp(surname)}|${escapeRegExp(capitals)})`;
  const named = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{Ll}'’-]+\.?\s+){1,3})${printed}(?![\p{L}])`, 'gu');
  const all = new Set<string>();
  const titled = new Set<string>();
  for (const p of doc.paragraphs) {
    if (!p.text.includes(surname) && !p.text.includes(capitals)) continue;
    for (const m of p.text.matchAll(named)) {
      const words = (m[1] as string).trim().split(/\s+/u);
      const first = words.findIndex((word) => !titleWord(word));
      if (first < 0) continue;
      const given = words.slice(first);
      if (given.length > 2 || given.some((word) => NOT_GIVEN.test(word) || titleWord(word) || word.endsWith('.'))) continue;
      const name = `${given.join(' ')} ${surname}`;
      all.add(name);
      if (title && words.slice(0, first).some((word) => word.replace(/\.$/u, '').toLowerCase() === title.replace(/\.$/u, '').toLowerCase())) titled.add(name);
    }
  }
  if (titled.size === 1) return [...titled][0];
  return all.size === 1 ? [...all][0] : undefined;
}
