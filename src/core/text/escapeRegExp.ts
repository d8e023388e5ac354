/** A string as a regular expression matching it literally ("U.S." → "U\\.S\\."). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
