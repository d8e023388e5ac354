/**
 * Markdown emphasis (`**bold**`, `__bold__`, `*em*`, `_em_`) is formatting, not words: a Markdown file's
 * paragraphs are loaded without its markers, so that `**Q: Will the tender reopen?**` is indexed, split
 * into sentences and quoted as "Q: Will the tender reopen?". The raw file stays as it is.
 *
 * The rules are CommonMark's (a run of `*` or `_` opens or closes by what stands either side of it, and
 * pairs with the nearest run of the same character before it), made stricter where newsroom text uses
 * the same characters as words:
 * - a run between two letters or digits is text, for `*` as for `_`: snake_case_names, "s**t", "5*3";
 * - a run with white space on both sides is text: "5 * 3", a `* ` bullet, a `***` rule;
 * - a run nothing pairs with is text: a footnote mark ("revenue*"), a lone "*";
 * - code spans (`` `a*b*` ``) and written-out links (`https://example.com/_drafts_/x`) are left whole.
 * Only marker characters are ever removed: every word stays, in order.
 */

/** A run of `*` or `_`; openers give up markers from their end, closers from their start. */
interface DelimiterRun {
  char: '*' | '_';
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
}

const WHITE_SPACE = /\s/u;
/** Punctuation as CommonMark counts it: Unicode punctuation and symbols. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
/**
 * A link written out: it ends at white space or an angle bracket, and trailing punctuation (GitHub's
 * rule for bare links) is not part of it, so that `**see https://example.com**` still closes.
 */
const WRITTEN_OUT_LINK = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>?!.,:;*_~'")\]]/giu;

/**
 * The text with its emphasis markers removed (the same string when it has none).
 *
 * ```ts
 * removeEmphasisMarkers('**Q: Will the tender reopen?**') // 'Q: Will the tender reopen?'
 * removeEmphasisMarkers('It was *not* 5 * 3, said the_minister*.') // 'It was not 5 * 3, said the_minister*.'
 * ```
 */
export function removeEmphasisMarkers(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text; // most paragraphs: nothing to look at
  const removed: [number, number][] = [];
  const openers: Record<DelimiterRun['char'], DelimiterRun[]> = { '*': [], _: [] };
  for (const run of delimiterRuns(text)) {
    if (run.canClose) {
      const stack = openers[run.char];
      while (run.end > run.start && stack.length > 0) {
        const opener = stack[stack.length - 1] as DelimiterRun;
        // Openers of the other character between the pair can no longer close (CommonMark drops them).
        const other = openers[run.char === '*' ? '_' : '*'];
        while (other.length > 0 && (other[other.length - 1] as DelimiterRun).start > opener.start) other.pop();
        const use = Math.min(2, opener.end - opener.start, run.end - run.start);
        removed.push([opener.end - use, opener.end], [run.start, run.start + use]);
        opener.end -= use;
        run.start += use;
        if (opener.end === opener.start) stack.pop();
      }
    } else if (run.canOpen) {
      openers[run.char].push(run);
    }
  }
  if (removed.length === 0) return text;
  removed.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of removed) {
    out += text.slice(last, start);
    last = end;
  }
  return out + text.slice(last);
}

/**
 * Every `*` and `_` of a text set aside. The loader removes only these characters from a Markdown
 * paragraph, so a loaded paragraph stands in its file once both are read this way (the index cache
 * checks its paragraphs against the files so).
 */
export function withoutEmphasisCharacters(text: string): string {
  return text.replace(/[*_]/g, '');
}

/** The runs of `*` and `_` outside code spans and written-out links, with what each may do. */
function delimiterRuns(text: string): DelimiterRun[] {
  const runs: DelimiterRun[] = [];
  const skipped = opaqueRanges(text);
  let next = 0; // the next opaque range not yet passed
  const runPattern = /\*+|_+/g;
  for (let m = runPattern.exec(text); m; m = runPattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < skipped.length && (skipped[next] as [number, number])[1] <= start) next++;
    const range = skipped[next];
    if (range && range[0] < end) {
      // Inside a code span or link (or running into one): the markers there are its text.
      runPattern.lastIndex = Math.max(end, range[1]);
      continue;
    }
    const before = charBefore(text, start);
    const after = charAfter(text, end);
    const leftFlanking = !isWhiteSpace(after) && (!PUNCTUATION.test(after) || isWhiteSpace(before) || PUNCTUATION.test(before));
    const rightFlanking = !isWhiteSpace(before) && (!PUNCTUATION.test(before) || isWhiteSpace(after) || PUNCTUATION.test(after));
    // A run that is both (inside a word, or between two punctuation marks) is text.
    runs.push({ char: m[0][0] as DelimiterRun['char'], start, end, canOpen: leftFlanking && !rightFlanking, canClose: rightFlanking && !leftFlanking });
  }
  return runs;
}

/**
 * Code spans and written-out links, in order: [start, end) ranges whose `*` and `_` are their own text.
 * A code span opens with a run of backticks and closes with the next run of the same length (linear:
 * each run is paired by a look-up, never by a search).
 */
function opaqueRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (text.includes('`')) {
    const ticks = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const nextOfLength = new Array<number>(ticks.length).fill(-1);
    const lastOfLength = new Map<number, number>();
    for (let k = ticks.length - 1; k >= 0; k--) {
      const t = ticks[k] as { start: number; end: number };
      nextOfLength[k] = lastOfLength.get(t.end - t.start) ?? -1;
      lastOfLength.set(t.end - t.start, k);
    }
    for (let k = 0; k < ticks.length; k++) {
      const close = nextOfLength[k] as number;
      if (close < 0) continue; // no closing run: the backticks are text
      ranges.push([(ticks[k] as { start: number }).start, (ticks[close] as { end: number }).end]);
      k = close;
    }
  }
  for (const m of text.matchAll(WRITTEN_OUT_LINK)) ranges.push([m.index, m.index + m[0].length]);
  // Overlapping ranges (a link inside a code span, a backtick inside a link) are one range.
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function isWhiteSpace(char: string): boolean {
  return char === '' || WHITE_SPACE.test(char);
}

/** The character (a whole code point) before `i`; '' at the start. */
function charBefore(text: string, i: number): string {
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

/** The character (a whole code point) at `i`; '' at the end. */
function charAfter(text: string, i: number): string {
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i) as number);
}
