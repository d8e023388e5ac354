import { termsOf } from '../text/terms.js';
import type { SynonymGroups } from './synonyms.js';

/**
 * Equivalences of everyday English and of news writing that hold in any corpus, so that a desk with no
 * `synonyms.yml` (or a new corpus) still finds "took part" under "participated" and "Washington" under
 * "the US". A corpus's own `synonyms.yml` adds to these; a group there sharing a word with one here is
 * joined to it. Like the editor's, they weigh half of the word asked: they widen, never outrank.
 */
const COMMON_SYNONYMS: string[][] = [
  ['attend', 'attended', 'participate', 'participated', 'participants', 'take part', 'took part', 'taking part', 'present'],
  ['held', 'take place', 'took place', 'takes place', 'taking place', 'hosted'],
  ['aim', 'purpose', 'goal', 'objective', 'intention'],
  ['victory', 'triumph', 'win', 'success'],
  ['defeat', 'failure', 'setback'],
  ['author', 'writer', 'columnist', 'wrote', 'written by'],
  ['op-ed', 'opinion', 'opinion piece', 'commentary', 'column', 'editorial', 'article'],
  ['news report', 'wire report', 'wire story', 'news story', 'news article', 'dispatch'],
  ['ban', 'prohibit', 'exclude', 'shut out'],
  ['deny', 'denied', 'reject', 'dismiss'],
  ['allegation', 'accusation', 'charge'],
  ['respond', 'response', 'reply', 'react', 'reaction'],
  ['threat', 'risk', 'danger'],
  ['threaten', 'warn'],
  ['espionage', 'spying', 'cyberespionage', 'surveillance'],
  ['cost', 'price', 'expense'],
  ['agreement', 'deal', 'accord', 'consensus'],
  ['meeting', 'conference', 'summit', 'talks', 'gathering'],
  ['law', 'legislation', 'regulation'],
  ['company', 'firm', 'corporation'],
  ['government', 'administration', 'authorities'],
  ['country', 'nation'],
  ['increase', 'rise', 'growth'],
  ['decrease', 'decline', 'fall', 'drop'],
  ['US', 'U.S.', 'United States', 'America', 'American', 'Washington'],
  ['UK', 'United Kingdom', 'Britain', 'British', 'London'],
  ['EU', 'European Union', 'Brussels'],
  ['Europe', 'European'],
  ['China', 'Chinese', 'Beijing'],
  ['Russia', 'Russian', 'Moscow', 'Kremlin'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['India', 'Indian', 'New Delhi'],
  ['Asia', 'Asian', 'Asia-Pacific'],
  ['Africa', 'African'],
  ['Czech Republic', 'Czech', 'Czechia'],
];

/**
 * Joins synonym groups that share a member (the common groups and a corpus's own), so that each word
 * belongs to one group.
 *
 * ```ts
 * joinSynonymGroups([[['ban'], ['exclud']]], [[['ban'], ['forc', 'out']]]) // [[['ban'], ['exclud'], ['forc', 'out']]]
 * ```
 */
export function joinSynonymGroups(...lists: SynonymGroups[]): SynonymGroups {
  const groups: string[][][] = [];
  for (const group of lists.flat()) {
    const keys = new Set(group.map((m) => m.join(' ')));
    const overlapping = groups.filter((g) => g.some((m) => keys.has(m.join(' '))));
    const joined = [...overlapping.flat(), ...group];
    const seen = new Set<string>();
    const members = joined.filter((m) => !seen.has(m.join(' ')) && seen.add(m.join(' ')));
    for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
    groups.push(members);
  }
  return groups;
}

let common: SynonymGroups | undefined;

/** The common groups, reduced to search terms (see {@link COMMON_SYNONYMS}). */
export function commonSynonyms(): SynonymGroups {
  common ??= joinSynonymGroups(COMMON_SYNONYMS.map((group) => group.map((member) => termsOf(member, 'joined')).filter((terms) => terms.length > 0)));
  return common;
}
