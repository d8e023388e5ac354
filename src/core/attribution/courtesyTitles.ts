/**
 * Titles of courtesy, learning and rank a byline or a signature puts before a name ("Dr", "Professor Emeritus", "Dame",
 * "Councillor", "Air Chief Marshal"), which the text's own mentions of the person leave off: "Professor Dame Caroline
 * Achebe-Morrow" wrote as Caroline Achebe-Morrow, as the text's own "Ms Novak" is Jana Novak (round 41; signatures, round
 * 44; one list for both, the review of round 44's rules).
 */

// (Ranks, round 41: a service chief's speech filed under "Air Chief Marshal Sir Duncan Harrow". "Emeritus" after its
// professor, "Professor Emeritus John Smith", the review of round 44's rules.)
export const COURTESY_TITLES_BEFORE = /^(?:(?:Professor(?:\s+Emeritus)?|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|Councillor|Cllr\.?|(?:Air\s+(?:Chief\s+|Vice[\s-])?)?Marshal|Air\s+Commodore|Group\s+Captain|Wing\s+Commander|Squadron\s+Leader|Flight\s+Lieutenant|(?:Vice|Rear)\s+Admiral|Admiral|Commodore|(?:Lieutenant|Major|Brigadier)\s+General|General|Brigadier|(?:Lieutenant\s+)?Colonel|Major)\s+)+(?=\p{Lu}[\p{Ll}'’-]+\s)/u;

/**
 * A name without the courtesy titles before its given name (see the module's note); as it is when no given name follows
 * them, "Mrs C. Hartley", or none are there.
 */
export function withoutCourtesyTitles(name: string): string {
  return name.replace(COURTESY_TITLES_BEFORE, '');
}
