/**
 * A report issued by an organisation (`kind: report`, "annual report", "report summary"): its own sentences
 * are its issuer's. A report of the news (`news report`, `wire report`, `court report`…) is journalism: its
 * narration is nobody's.
 */
const ISSUED_REPORT = String.raw`(?<!\b(?:news|wire|court|press|media|agency|field|special|live|match|trial)[\s-]+)report`;

/** Genres whose own text is their author's (or, unsigned, their outlet's) voice: `kind: opinion` and the like. */
export const OWN_VOICE = new RegExp(String.raw`\b(?:opinion|op-?ed|column|commentary|comment|editorial|blog|letter|essay|statement|press release|speech|remarks|testimony|${ISSUED_REPORT})\b`, 'i');

/** Genres that, unsigned, speak for the outlet or organisation that issued them. */
export const ISSUER_VOICE = new RegExp(String.raw`\b(?:editorial|statement|press release|${ISSUED_REPORT})\b`, 'i');
