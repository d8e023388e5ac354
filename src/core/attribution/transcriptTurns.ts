/**
 * An interview's or a transcript's turns: paragraphs opening with a speaker's label (`Novak: …`, `Q:`/`A:`)
 * and the paragraphs that go on with them are the labelled speaker's.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import type { Referent } from './referent.js';
import { labelPhrase, mentionsIn, nameOnly, type SpeakerPhrase } from './speakerPhrases.js';

/** A paragraph opening with a speaker's label: `Novak: …`, `JANA NOVAK: …`, `Q: …`, `Example News: …`. */
// Rule "a label names its speaker before any comma": "FILIP VANĚK, BRNĚNSKÝ DENÍK:" is Filip Vaněk, a
// journalist of that paper; the outlet after the comma (capitalised words) is not part of the label.
// Rule "a question number is not part of the label" (names10): a UK committee transcript numbers the
// questions ("Q4 Ben Whitlock: …" is Ben Whitlock asking).
const TURN_LABEL = /^(?:Q\d+\s+)?((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|der|al|bin)){0,3})(?:,\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|of|for|and|de)){0,5})?:[ \t]+(?=\S)/u;
/** Labelled paragraphs a document needs to be read as a transcript (with at least two labels recurring). */
const MIN_TURNS = 4;

/**
 * An interview's or transcript's turns: a document where at least `MIN_TURNS` paragraphs open with a
 * speaker's label and at least two labels recur (so that "Note:" or "Contact:" once is not a speaker). A
 * paragraph without a label between two labelled ones goes on with the turn before it.
 */
export function transcriptTurns(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): (SpeakerTurn | undefined)[] {
  const labels = doc.paragraphs.map((p) => TURN_LABEL.exec(p.text));
  const lists = participantLists(doc.paragraphs, labels);
  for (const at of lists) labels[at] = null;
  const counts = new Map<string, number>();
  for (const m of labels) if (m) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const labelled = labels.filter(Boolean).length;
  if (labelled < MIN_TURNS || [...counts.values()].filter((n) => n >= 2).length < 2) return [];
  const lastLabelled = labels.findLastIndex((m) => m !== null);
  const speakers = new Map([...counts.keys()].map((label) => [label, speakerOfLabel(doc, label, resolve)]));
  // Rule "a surname label is the full label it shortens": "MOLL:" after "JAN MOLL, NORTHERN RADIO:" is Jan
  // Moll, when exactly one longer label ends with that surname.
  for (const label of counts.keys()) {
    const longer = [...counts.keys()].filter((other) => other.endsWith(` ${label}`));
    if (!label.includes(' ') && longer.length === 1 && speakers.get(longer[0] as string)) speakers.set(label, speakers.get(longer[0] as string));
  }
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: SpeakerTurn | undefined;
  labels.forEach((m, at) => {
    if (m) current = { start: m[0].length, speaker: speakers.get(m[1] as string) };
    else if (lists.has(at)) current = undefined;
    else if (current && at < lastLabelled) current = { start: 0, speaker: current.speaker };
    else current = undefined;
    turns[at] = current;
  });
  return turns;
}

/**
 * Who a label names: the interview's author asks its `Q:` turns and the one person its title or
 * introduction names answers its `A:` turns (see `interviewee`); any other label is read as a name and
 * resolved against the document's text.
 */
function speakerOfLabel(doc: SourceDocument, label: string, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string | undefined {
  if (label === 'Q') return doc.source.author;
  if (label === 'A') return interviewee(doc);
  const role = ROLE_LABELS[label.trim().toLowerCase()];
  if (role) return holderOfRole(doc, label.trim().toLowerCase(), role) ?? label.trim();
  const phrase = labelPhrase(label);
  const r = phrase ? resolve(phrase) : undefined;
  if (r?.unnamed) return undefined;
  // "THE LEDGER:" (the interviewing paper): read as a name, it loses its article ("Ledger"); a label
  // with an article that the text names no further is given as printed.
  if (r && /^the\s/i.test(label.trim()) && label.toLowerCase().includes(r.name.toLowerCase())) return label.trim();
  return r?.name;
}

/** Labels that name a part in the programme, not a person, with the verb an introduction names its holder by ("moderated by Dana Prescott"). */
const ROLE_LABELS: Record<string, string> = { moderator: 'moderated', host: 'hosted', chair: 'chaired', presenter: 'presented', anchor: 'anchored', interviewer: 'interviewed' };

/**
 * "MODERATOR:" in a transcript "moderated by Dana Prescott of WMKE" (or naming "moderator Dana Prescott"):
 * the one person the text names in that part, by full name; none when it names nobody or two.
 */
function holderOfRole(doc: SourceDocument, role: string, participle: string): string | undefined {
  const text = doc.paragraphs.map((p) => p.text).join('\n');
  const names = new Set<string>();
  // (No case-blind flag: under it \p{Lu} would match any letter; the words' own capitals are spelt out.)
  const either = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:${either(participle)}\s+by|${either(role)})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?\p{Lu}[\p{L}.'’-]*)(?![\p{L}])`, 'gu'))) {
    const name = nameOnly(m[1] as string);
    if (name?.core.includes(' ')) names.add(name.core);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Rule "a label before a list of the speakers is a heading, not a turn" (names10): "Witnesses: Diane
 * Holloway, Managing Director, …; Colin Fairley, …" prints in full the labels of two or more speakers who
 * take turns later; nobody speaks it, and the turn after it is the next label's.
 */
function participantLists(paragraphs: { text: string }[], labels: (RegExpExecArray | null)[]): Set<number> {
  const fullLabels = new Set(labels.filter((m): m is RegExpExecArray => m !== null && (m[1] as string).includes(' ')).map((m) => m[1] as string));
  const lists = new Set<number>();
  labels.forEach((m, at) => {
    if (!m) return;
    const body = (paragraphs[at] as { text: string }).text.slice(m[0].length);
    const named = [...fullLabels].filter((label) => label !== m[1] && body.includes(label) && labels.some((other, later) => later > at && other?.[1] === label));
    if (named.length >= 2) lists.add(at);
  });
  return lists;
}

/**
 * Who answers an interview's `A:` turns: the one person its title names with a full name ("… an interview
 * with Jana Novak"); else the one person its introduction (the paragraphs before the first `Q:` or `A:`)
 * names so ("Health Minister Helena Šťastná spoke to us about …"). Two people named there, or none: nobody,
 * since the answers could be either's.
 */
function interviewee(doc: SourceDocument): string | undefined {
  const fullNamesIn = (text: string) => new Set(mentionsIn(text).filter((m) => m.phrase.kind === 'person' && m.phrase.core.includes(' ')).map((m) => m.phrase.core));
  const inTitle = fullNamesIn(doc.source.title ?? '');
  if (inTitle.size > 0) return inTitle.size === 1 ? [...inTitle][0] : undefined;
  const firstTurn = doc.paragraphs.findIndex((p) => INTERVIEW_LABEL.test(p.text));
  const inIntroduction = fullNamesIn(doc.paragraphs.slice(0, Math.max(0, firstTurn)).map((p) => p.text).join('\n'));
  return inIntroduction.size === 1 ? [...inIntroduction][0] : undefined;
}

/** An interview's question or answer label opening a paragraph. */
const INTERVIEW_LABEL = /^[QA]:\s/;

/** Whether enough paragraphs open with a speaker's label that a document may be a transcript (cheap: labels only). */
export function mayBeTranscript(doc: SourceDocument): boolean {
  return doc.paragraphs.filter((p) => TURN_LABEL.test(p.text)).length >= MIN_TURNS;
}
