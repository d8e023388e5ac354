/** Genres whose own text is their author's (or, unsigned, their outlet's) voice: `kind: opinion` and the like. */
export const OWN_VOICE = /\b(?:opinion|op-?ed|column|commentary|comment|editorial|blog|letter|essay|statement|press release|speech|remarks|testimony)\b/i;

/** Genres that, unsigned, speak for the outlet or organisation that issued them. */
export const ISSUER_VOICE = /\b(?:editorial|statement|press release)\b/i;
