import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadProblem } from '../model.js';
import { termsOf } from '../text/terms.js';
import { decodeUtf8 } from '../corpus/decodeText.js';
import { readYaml } from '../files/readYaml.js';

/** The editor's synonym list inside a corpus folder. */
export const SYNONYMS_FILE = 'synonyms.yml';

/**
 * Groups of words or phrases a desk treats as the same when searching, each member already reduced to
 * its search terms (a phrase is a sequence of terms that must all be in the passage).
 */
export type SynonymGroups = string[][][];

/**
 * Reads `synonyms.yml`: a list of groups, each a list of words or phrases.
 *
 * ```yaml
 * - [attended, participated, present, delegations]
 * - [spectrum, radio frequencies]
 * ```
 *
 * A missing file is no synonyms; a malformed one is reported by line and ignored as a whole.
 */
export function readSynonymsFile(dir: string): { groups: SynonymGroups; problems: LoadProblem[] } {
  const path = join(dir, SYNONYMS_FILE);
  if (!existsSync(path)) return { groups: [], problems: [] };
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path));
  } catch (error) {
    return { groups: [], problems: [{ file: SYNONYMS_FILE, message: (error as Error).message }] };
  }
  return parseSynonyms(text);
}

/** Parses the text of a synonyms file (see {@link readSynonymsFile}). */
export function parseSynonyms(text: string): { groups: SynonymGroups; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const parsed = readYaml(text);
  if (!parsed.ok) {
    problems.push({ file: SYNONYMS_FILE, line: parsed.line, message: parsed.message });
    return { groups: [], problems };
  }
  const { value, lineOf } = parsed;
  if (value === null || value === undefined) return { groups: [], problems };
  if (!Array.isArray(value)) {
    problems.push({ file: SYNONYMS_FILE, line: 1, message: 'expected a list of groups, e.g. - [attended, participated, present]' });
    return { groups: [], problems };
  }
  const groups: SynonymGroups = [];
  value.forEach((group: unknown, g) => {
    if (!Array.isArray(group) || group.length < 2 || !group.every((m) => typeof m === 'string')) {
      problems.push({ file: SYNONYMS_FILE, line: lineOf([g]), message: 'a group must be a list of two or more words or phrases' });
      return;
    }
    const members: string[][] = [];
    group.forEach((member: string, m) => {
      const terms = termsOf(member, 'joined');
      if (terms.length === 0) {
        problems.push({ file: SYNONYMS_FILE, line: lineOf([g, m]), message: `"${member}" has no searchable word (only words like "the", "who")` });
      } else if (!members.some((t) => t.join(' ') === terms.join(' '))) {
        members.push(terms);
      }
    });
    if (members.length >= 2) groups.push(members);
  });
  return { groups, problems };
}
