/**
 * The names of the world's countries and territories in English, as the platform's own Unicode data (ICU) gives them for
 * each two-letter region code ("CA" → "Canada", "AE" → "United Arab Emirates"): no list of our own to keep up to date.
 */
let names: Set<string> | undefined;

/** Whether words are a country's or a territory's name in English: "Canada", "United Arab Emirates". */
export function isCountryName(words: string): boolean {
  names ??= regionNames();
  return names.has(words);
}

function regionNames(): Set<string> {
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const found = new Set<string>();
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  for (const first of letters)
    for (const second of letters) {
      const code = first + second;
      const name = display.of(code);
      if (name && name !== code) found.add(name);
    }
  return found;
}
