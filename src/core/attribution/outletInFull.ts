/**
 * A body's name in full where its own document spells out the short name its outlet gives (round 62): Ofsted's inspection
 * report files under "Ofsted" and ends "The Office for Standards in Education, Children's Services and Skills (Ofsted)
 * regulates and inspects …"; its own words are cited to the name as the document gives it in full, as a person's are
 * ("Ms Novak" → "Jana Novak").
 */
import type { SourceDocument } from '../model.js';
import { escapeRegExp } from '../text/escapeRegExp.js';

/** A short name an outlet may give: one word of at most twelve letters, "Ofsted", "Ofcom", "FRA". */
const SHORT_NAME = /^\p{Lu}\p{L}{1,11}$/u;
/** The most words of a name spelt out before its short name in brackets. */
const MAX_NAME_WORDS = 12;
/** Words a body's name may hold in small letters between its capitalised words. */
const CONNECTORS = 'of|for|and|in|on|the|to|&';

/**
 * Whether a short name is made of the starts of a name's words, in order, beginning with the first: "Ofsted" of
 * "Office for Standards in Education, …" (Of·St·Ed), "Ofcom" of "Office of Communications", "DfE" of "Department for
 * Education", "FRA" of "Federal Railroad Administration". Words may be passed over, not reordered.
 */
export function abbreviates(short: string, words: string[]): boolean {
  const letters = short.toLowerCase();
  const lowered = words.map((word) => word.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const from = (at: number, word: number): boolean => {
    if (at === letters.length) return true;
    for (let w = word; w < lowered.length; w++) {
      const text = lowered[w] as string;
      for (let k = 1; k <= text.length && at + k <= letters.length && text[k - 1] === letters[at + k - 1]; k++) if (from(at + k, w + 1)) return true;
      // (The first word must give the first letter.)
      if (at === 0) return false;
    }
    return false;
  };
  return from(0, 0);
}

/**
 * The shortest end of a run of capitalised words before the brackets that spells the short name out, from a capitalised
 * word: "Office of Communications" of "Olivia Fenwick, Office of Communications (Ofcom)", "Department for Education" of
 * "Director of Capital, Department for Education (DfE)" (the second review of round 62: a person's name or an office before
 * it is no part of the body's); "Office for Standards in Education, Children's Services and Skills" whole.
 */
function shortestSpelling(short: string, run: string): string | undefined {
  const words = run.split(/\s+/u);
  for (let from = words.length - 1; from >= 0; from--) {
    if (!/^\p{Lu}/u.test(words[from] as string) || /^The$/u.test(words[from] as string)) continue;
    const name = words.slice(from).join(' ');
    if (abbreviates(short, name.split(/[\s,]+/u))) return name;
  }
  return undefined;
}

/** The one name a document spells out in full before its outlet's short name in brackets (see the module's note); undefined when none or two. */
export function outletInFull(doc: SourceDocument, outlet: string): string | undefined {
  if (!SHORT_NAME.test(outlet)) return undefined;
  const spelled = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:${CONNECTORS})\s+)*){2,${MAX_NAME_WORDS}})\(${escapeRegExp(outlet)}\)`, 'gu');
  const names = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(spelled)) {
      const name = shortestSpelling(outlet, (m[1] as string).replace(/[,\s]+$/u, ''));
      if (name) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}
