/**
 * The answer model shared by every renderer (CLI text, CLI JSON, Slack Block Kit).
 * Nothing in here knows about Slack or the terminal.
 */

/** What a newsroom knows about one source document. Unknown stays `undefined`: nothing is invented. */
export interface SourceInfo {
  /** Stable id: the file name without its extension, e.g. `china-watch-us-weak-link-in-5g-security`. */
  id: string;
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO date (`2019-05-30`) or date and time (`2019-05-30T15:45`) as printed by the source. */
  published?: string;
  /** Genre: `news report`, `opinion`, `statement`, … as the editor or the source says. */
  kind?: string;
  url?: string;
}

/**
 * One paragraph of cleaned text: a verbatim slice of the raw file, or, for Markdown, of the file with its
 * emphasis markers (`**`, `_`) removed (see `core/corpus/markdownEmphasis.ts`).
 */
export interface Paragraph {
  /** 1-based position among the document's kept paragraphs. */
  index: number;
  text: string;
  /** 1-based page of a paginated source (PDF) the paragraph starts on; absent for unpaginated text. */
  page?: number;
  /**
   * The whole paragraph was set in bold (a Markdown `**…**` block): by layout a subheading or, in a magazine
   * interview, the interviewer's question ("**That sounds small.**"). Absent for any other paragraph.
   */
  strong?: boolean;
  /**
   * The paragraph is a heading of this level: a Markdown `## What they said` line (2), a web page's or a Word file's
   * `<h2>`. Nobody says a heading (see the attribution's own voice). Absent for any other paragraph.
   */
  heading?: number;
  /**
   * The paragraph was set as a block quotation (a Markdown `> …` block, a page's `<blockquote>`): a quotation going on
   * over such paragraphs keeps the speaker introduced before its first. Absent for any other paragraph.
   */
  quoted?: boolean;
}

export interface SourceDocument {
  source: SourceInfo;
  /** Path of the raw file, relative to the corpus folder. */
  file: string;
  /**
   * The collection the document belongs to: its folder's path relative to the corpus folder (`prague`,
   * `desks/energy`), or `''` for a document at the top of the corpus folder. See `core/scope.ts`.
   */
  collection: string;
  /** When the document was added to the corpus (ISO time; the file's modification time). */
  addedAt?: string;
  paragraphs: Paragraph[];
  /** What kind of file it was read from (see `core/corpus/formats.ts`). */
  format?: 'text' | 'markdown' | 'pdf' | 'html' | 'docx';
  /** How a text file or web page was decoded, when it was not UTF-8: `windows-1252`, `utf-16le`, `utf-16be`. */
  encoding?: string;
  /** Page count of a paginated source (PDF). */
  pages?: number;
  /** SHA-256 (hex) of the file's bytes: the same content added twice is recognised, and a cache validated. */
  contentHash?: string;
}

/** A problem found while loading: the file (and line or field) it concerns, in words an editor can act on. */
export interface LoadProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /**
   * The file loaded all the same: the problem is a warning about how it was read (front matter that is
   * not valid YAML, read as plain `key: value` lines), not why it was left out.
   */
  loaded?: true;
}

/** Where a problem is, as an editor looks for it: `positions.yml:12`, or the file alone. */
export function problemPlace(problem: LoadProblem): string {
  return problem.line ? `${problem.file}:${problem.line}` : problem.file;
}

export interface Corpus {
  dir: string;
  documents: SourceDocument[];
  /** Files that could not be loaded (the rest of the folder still loads). */
  problems: LoadProblem[];
}

/** Where a quote stands: document and paragraph, and the character range inside that paragraph. */
export interface QuotePlace {
  paragraph: number;
  start: number;
  end: number;
  /** 1-based page, for paginated sources (PDF). */
  page?: number;
}

/** One quotation in an answer: verbatim text with its citation. */
export interface Quote {
  /** Exactly as printed in the source (a substring of the cleaned paragraph). */
  quote: string;
  source: SourceInfo;
  place: QuotePlace;
  /**
   * Who speaks these words, as the source names them (full name when the document gives one), when the
   * source attributes them: a person quoted in a report, or an opinion piece's author. Absent for a news
   * report's own narration: never guessed.
   */
  speaker?: string;
}

export interface AnswerResult extends Quote {
  score: number;
  /** The query words (as typed) that this quote contains, for highlighting. */
  matchedWords: string[];
}

export interface Answer {
  query: string;
  results: AnswerResult[];
}

/**
 * `verbatim`: the source's words exactly; `edited`: the source's words with a journalist's standard marks
 * (ellipses, [bracketed] replacements, [sic]); `near`: close to a real wording, which is shown with the
 * differences marked; `none`: nothing in the sources comes close.
 */
export type QuoteVerdict = 'verbatim' | 'edited' | 'near' | 'none';

/** A word of the checked text or of the real wording, marked where the two differ. */
export interface DiffWord {
  word: string;
  changed: boolean;
}

/** One piece of an edited quotation as the source prints it, with its place. */
export interface QuoteFragment {
  /** The source's own text for this piece (a substring of the paragraph at `place`). */
  text: string;
  place: QuotePlace;
  /**
   * Who says this piece, when the source attributes it. The match's `speaker` is given only when every
   * piece has the same one; pieces of two people's words show here who said which.
   */
  speaker?: string;
}

/**
 * A journalist's mark in an edited quotation, with the source words it stands for.
 *
 * - `omission` (`…`, `...`, `[…]`, `(…)`): `source` is what was left out (`''` when nothing was), in
 *   one place or, across a paragraph break, two.
 * - `bracket` (`[The ministry]`): `text` is what the brackets say, `source` the words they stand for.
 * - `sic` (`[sic]`): `source` is the source's own word before it, error and all.
 */
export type EditMark =
  | { kind: 'omission'; mark: string; source: string; places: QuotePlace[] }
  | { kind: 'bracket'; mark: string; text: string; source: string; place: QuotePlace }
  | { kind: 'sic'; mark: string; source: string; place: QuotePlace };

/** What differs between the quotation and the real wording: `asked` words where the source has `source`. */
export interface QuoteChange {
  /** Words of the quotation not in the source (absent when the quotation leaves source words out). */
  asked?: string;
  /** The source's words in their place (absent when the quotation adds words the source does not have). */
  source?: string;
  /** Why, when it is more than changed words: `not in this passage`, `the source has no words here`, `in another order in the source`. */
  note?: string;
}

export interface QuoteMatch extends Quote {
  /**
   * For `edited`: the source's text of the quotation's pieces, in order, each with its place; `marks`
   * says what each omission and bracket stands for. `quote` is then the whole sentence(s) the pieces
   * stand in; when they run over into the next paragraph, `continued` is the rest.
   */
  fragments?: QuoteFragment[];
  marks?: EditMark[];
  continued?: { quote: string; place: QuotePlace };
  /**
   * For `near`: `quote` is the whole sentence(s) holding the closest real wording; `diff` is `quote`
   * word by word, `changed` where it differs from what was asked (words outside the part that was asked
   * about are not changed); `askedDiff` the asked words, `changed` where they are not the source's;
   * `changes` the differences pair by pair.
   */
  diff?: DiffWord[];
  askedDiff?: DiffWord[];
  changes?: QuoteChange[];
}

export interface QuoteCheck {
  text: string;
  verdict: QuoteVerdict;
  matches: QuoteMatch[];
}
