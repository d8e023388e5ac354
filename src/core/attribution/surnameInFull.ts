/**
 * The one person a document names in full by a surname it prints alone elsewhere: a European court's "JOINT DISSENTING
 * OPINION OF JUDGES KAIRIENĖ AND WACHTEL" over a chamber listed as "Gintarė Kairienė (Lithuania), …", a report's
 * "Explanatory memorandum by Mr Berglund-Aho" under "Rapporteur: Mr Jonas Berglund-Aho" (round 64).
 */
import type { SourceDocument } from '../model.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { isTitle } from './nameWords.js';

/** Words before a surname that are no given name: a title ("Mr", "Judge"), a function word. */
const NOT_GIVEN = /^(?:and|of|the|by|for|to|judges?|justices?)$/iu;

/**
 * The full name the document prints for a surname, one or two given names before it ("Gintarė Kairienė", "Jonas
 * Berglund-Aho" of "Mr Jonas Berglund-Aho"), titles left off; undefined when it prints none or two different ones.
 */
export function personBySurname(doc: SourceDocument, surname: string): string | undefined {
  if (!surname) return undefined;
  const named = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{Ll}'’-]+\.?\s+){1,3})${escapeRegExp(surname)}(?![\p{L}])`, 'gu');
  const names = new Set<string>();
  for (const p of doc.paragraphs) {
    if (!p.text.includes(surname)) continue;
    for (const m of p.text.matchAll(named)) {
      const words = (m[1] as string).trim().split(/\s+/u);
      // (Titles before the given names left off; a function word among them, "Judges Kairienė", is no given name.)
      const given = words.slice(words.findIndex((word) => !isTitle(word.replace(/\.$/u, '').toLowerCase())));
      if (given.length === 0 || given.length > 2 || words.findIndex((word) => !isTitle(word.replace(/\.$/u, '').toLowerCase())) < 0 || given.some((word) => NOT_GIVEN.test(word) || isTitle(word.replace(/\.$/u, '').toLowerCase()) || word.endsWith('.'))) continue;
      names.add(`${given.join(' ')} ${surname}`);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}
