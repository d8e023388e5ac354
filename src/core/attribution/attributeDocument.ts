import type { SourceDocument } from '../model.js';
import { splitSentences } from '../text/splitSentences.js';
import { ISSUER_VOICE, OWN_VOICE } from './ownVoice.js';
import { documentQuotations, type Quotation } from './quotations.js';
import { COMPANY_NAME, COMPANY_NOUNS, mentionsIn, REPORTING_VERB, subjectAfter, subjectAtStart, subjectBefore, THING_NOUNS, type MentionKind, type SpeakerPhrase } from './speakerPhrases.js';

/**
 * Who speaks where in one document, by rules on sentence structure:
 *
 * 1. A direct quotation is attributed by a reporting verb next to it: after it (`“…,” Novak said`,
 *    `“…,” said Jana Novak`), before it (`Novak told the BBC: “…”`, `The document said “…”`), or
 *    elsewhere in its sentence outside quotation marks; or by `according to X`.
 * 2. A quotation with no verb of its own shares the speaker of a quotation beside it in the paragraph
 *    when nothing but that one's attribution stands between them (`“A,” she said. “B.”`), of the
 *    quotation it continues over a paragraph break, or of a paragraph ending `X said:` just before it.
 * 3. Pronouns (`he said`, `it said`) are the nearest earlier mention that fits (a person for he/she,
 *    an organisation or document for it); a description (`the ministry`, `the document`) is the nearest
 *    earlier name or description of the same kind; a surname or a titled name (`Ms Novak`) is the full
 *    name the document gives (`Jana Novak`).
 * 4. An opinion piece, column, editorial or statement speaks in its author's voice (the outlet's for an
 *    unsigned editorial or statement), except in notes about the author. A news report's own narration
 *    has no speaker.
 */

/** A stretch of a paragraph and who speaks it. */
export interface SpeakerSpan {
  /** The paragraph's 1-based `index`. */
  paragraph: number;
  start: number;
  end: number;
  speaker: string;
  /**
   * `quoted`: a direct quotation (the words in quotation marks); `reported`: a sentence of reported speech
   * ("Novak said the ministry would publish…": the reporter's words, the speaker's claim); `author`: the
   * document's own voice (an opinion piece's author).
   */
  kind: 'quoted' | 'reported' | 'author';
}

/** A direct quotation of the document and its speaker, when the document attributes it. */
export interface AttributedQuotation extends Quotation {
  speaker?: string;
}

export interface DocumentAttribution {
  /** The direct quotations, per paragraph position (0-based, as in `doc.paragraphs`). */
  quotations: AttributedQuotation[][];
  /** Sentences of reported speech (no quotation marks) and their speaker. */
  reported: SpeakerSpan[];
  /** Who speaks the document's own text: an opinion piece's author; undefined for a news report. */
  ownVoice?: string;
  /** Paragraph positions that speak about the author (notes such as "The author is…"): nobody's voice. */
  notes: Set<number>;
}

/** What a document's rules may ask of the rest of its collection. */
export interface AttributionContext {
  /**
   * The one proper name the document's collection gives a thing the document only describes: "the
   * proposals" → "Prague Proposals". Undefined when the collection has none, or more than one.
   */
  properName?(head: string): string | undefined;
}

/** A note about the author ("The author is…", "The writer contributed…"): not the author's argument. */
const AUTHOR_NOTE = /\bthe (?:author|writer|columnist)s?\b/i;
/** How far back (paragraphs) a pronoun or description may look for what it refers to. */
const REFERENCE_PARAGRAPHS = 4;
/** Words a quotation needs to be read as speech going on in the voice just heard (not a quoted term). */
const MIN_SPEECH_WORDS = 4;
/** Words at most between a reporting verb and the quotation it introduces ("said the cap would “…”"). */
const MAX_WORDS_VERB_TO_QUOTE = 12;
/** Words at most before a reporting verb right after a quotation ("“…,” Finance Minister Tomas Lind told"). */
const MAX_WORDS_QUOTE_TO_VERB = 6;

/** Someone or something mentioned, as it will be named if a pronoun or description refers to it. */
interface Referent {
  name: string;
  kind: MentionKind;
  gender?: 'm' | 'f';
  /** The words naming it as printed (with titles: "Transport Minister Jana Novak"). */
  text: string;
  /** Head noun of a description, or the name. */
  core: string;
  form: SpeakerPhrase['form'];
  at: number;
  /** Named as the speaker of a quotation or of reported speech (not merely mentioned). */
  spoke?: boolean;
}

const MASK = '\u00A4';

/** A verb joined to the sentence's first one ("He thanked them, but added"): its subject is the sentence's. */
const COORDINATED = /\b(?:and|but|then|while|yet)\s*,?\s*$/i;

/** A full stop that is not an initial's or a title's ("P.S. Tam", "Mr. Smith", "U.S."). */
const STOP = String.raw`(?<!\b\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|No|Inc|Corp|Co|Ltd))[.!?]`;
/** Where a sentence ends in the words after a quotation (or another quotation starts). */
const SENTENCE_END = new RegExp(String.raw`${STOP}(?:\s|$)|\u00A4`, 'u');
/** Sentence breaks in the words before a quotation. */
const SENTENCE_BREAK = new RegExp(String.raw`${STOP}\s+(?=\S)`, 'gu');

/** The paragraph with its quotations' marks and words masked, so that rules see only the narration. */
function maskQuotations(text: string, quotes: Quotation[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.open) + MASK.repeat(q.close - q.open) + out.slice(q.close);
  return out;
}

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The last reporting verb in a text, with where it is. */
function lastVerb(text: string): { index: number; end: number } | undefined {
  let found: { index: number; end: number } | undefined;
  for (const m of text.matchAll(REPORTING_VERB)) found = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  return found;
}

function firstVerb(text: string): { index: number; end: number } | undefined {
  REPORTING_VERB.lastIndex = 0;
  const m = REPORTING_VERB.exec(text);
  REPORTING_VERB.lastIndex = 0;
  return m ? { index: m.index, end: m.index + m[0].length } : undefined;
}

/** A clause attributing speech: who, and the stretch of the paragraph it takes. */
interface Clause {
  phrase: SpeakerPhrase;
  from: number;
  to: number;
}

/** The attribution right after a quotation: `, Novak said`, `, said Jana Novak`, `, it said in a statement`. */
function clauseAfter(masked: string, from: number, to: number): Clause | undefined {
  const rest = masked.slice(from, to);
  const lead = /^[\s,;\u2014\u2013-]*/.exec(rest)?.[0].length ?? 0;
  const sentenceEnd = rest.slice(lead).search(SENTENCE_END);
  const clause = rest.slice(lead, sentenceEnd < 0 ? undefined : lead + sentenceEnd);
  const verb = firstVerb(clause);
  if (!verb || wordsIn(clause.slice(0, verb.index)) > MAX_WORDS_QUOTE_TO_VERB) return undefined;
  const before = clause.slice(0, verb.index);
  const phrase = wordsIn(before) === 0 ? subjectAfter(clause.slice(verb.end)) : subjectBefore(before);
  return phrase ? { phrase, from: from + lead, to: from + lead + clause.length } : undefined;
}

/** The attribution right before a quotation: `Novak told the BBC:`, `The document said`, `according to X,`. */
function clauseBefore(masked: string, from: number, to: number): Clause | undefined {
  const text = masked.slice(from, to);
  const sentenceStart = Math.max(0, ...[...text.matchAll(SENTENCE_BREAK)].map((m) => (m.index ?? 0) + m[0].length));
  const clause = text.slice(sentenceStart);
  const according = /\baccording to\s+([^,\u00A4]+?)\s*,?\s*$/i.exec(clause) ?? /\baccording to\s+([^,\u00A4]+)/i.exec(clause);
  const verb = lastVerb(clause);
  if (verb && wordsIn(clause.slice(verb.end)) <= MAX_WORDS_VERB_TO_QUOTE) {
    const subjectText = clause.slice(0, verb.index);
    const start = Math.max(0, subjectText.search(/[^;:]*$/));
    const phrase = subjectBefore(subjectText.slice(start)) ?? (wordsIn(subjectText) === 0 ? subjectAfter(clause.slice(verb.end)) : COORDINATED.test(subjectText) ? subjectAtStart(subjectText) : undefined);
    if (phrase) return { phrase, from: from + sentenceStart, to };
  }
  if (according) {
    const phrase = subjectAfter(according[1] as string);
    if (phrase) return { phrase, from: from + sentenceStart, to };
  }
  return undefined;
}

/** The attribution anywhere else in the quotation's sentence, outside quotation marks. */
function clauseInSentence(masked: string, sentence: { start: number; end: number }): Clause | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(REPORTING_VERB)) {
    const before = text.slice(0, m.index);
    const start = Math.max(0, before.lastIndexOf(MASK) + 1, before.search(/[^;:]*$/));
    const phrase = wordsIn(before.slice(start)) > 0 ? (subjectBefore(before.slice(start)) ?? (COORDINATED.test(before) ? subjectAtStart(before.slice(start)) : undefined)) : subjectAfter(text.slice((m.index ?? 0) + m[0].length));
    if (phrase && wordsIn(before.slice(start)) <= 8) return { phrase, from: sentence.start + start, to: sentence.start + (m.index ?? 0) + m[0].length };
  }
  const according = /\baccording to\s+([^,\u00A4]+)/i.exec(text);
  if (according) {
    const phrase = subjectAfter(according[1] as string);
    if (phrase) return { phrase, from: sentence.start + (according.index ?? 0), to: sentence.start + (according.index ?? 0) + according[0].length };
  }
  return undefined;
}

/** Reads who speaks where in a document (see the rules above). Pure; cache it per document (`speakerOf`). */
export function attributeDocument(doc: SourceDocument, context: AttributionContext = {}): DocumentAttribution {
  const paragraphs = doc.paragraphs;
  const quotations: AttributedQuotation[][] = documentQuotations(paragraphs);
  const reported: SpeakerSpan[] = [];
  const notes = new Set<number>();
  const history: Referent[] = [];
  const allPersons: { core: string; text: string }[] = [];

  // Every titled or full name in the document first: "Ms Novak" reads as the "Jana Novak" named anywhere.
  paragraphs.forEach((p, at) => {
    const masked = maskQuotations(p.text, quotations[at] ?? []);
    for (const { phrase } of mentionsIn(masked)) if (phrase.form === 'name' && phrase.kind === 'person') allPersons.push({ core: phrase.core, text: phrase.text });
  });
  const surnames = new Set(allPersons.filter((p) => p.core.includes(' ')).flatMap((p) => p.core.split(' ')));
  /** Genders learnt along the way ("Helena Strand … she said"), by name. */
  const genderOf = new Map<string, 'm' | 'f'>();
  const fullNames = new Map<string, string | undefined>();
  const fullName = (core: string): string | undefined => {
    if (!fullNames.has(core)) fullNames.set(core, findFullName(core));
    return fullNames.get(core);
  };
  const findFullName = (core: string): string | undefined => {
    // "Novak" → "Jana Novak"; "Tian" → "Tian Jiyun" (family name first): any word of a fuller name.
    if (core.includes(' ')) return allPersons.find((p) => p.core !== core && p.core.endsWith(` ${core}`))?.core;
    return allPersons.find((p) => p.core.includes(' ') && p.core.split(' ').includes(core))?.core;
  };

  const resolve = (phrase: SpeakerPhrase, at: number): Referent | undefined => {
    // What a pronoun or description may refer to: the last few paragraphs' mentions (history is in order).
    let from = history.length;
    while (from > 0 && (history[from - 1] as Referent).at >= at - REFERENCE_PARAGRAPHS * 1e6) from--;
    const recent = history.slice(from);
    const base = { kind: phrase.kind, gender: phrase.gender, text: phrase.text, core: phrase.core, form: phrase.form, at };
    if (phrase.form === 'name') {
      // A person by their full name; a titled surname the document never completes stays as printed ("Ms Novak").
      const name = phrase.kind === 'person' ? (fullName(phrase.core) ?? (phrase.core.includes(' ') || phrase.text === phrase.core ? phrase.core : phrase.text)) : phrase.text.replace(/^the\s+/i, '');
      const gender = phrase.gender ?? (phrase.kind === 'person' ? genderOf.get(name) : undefined);
      if (gender && phrase.kind === 'person') genderOf.set(name, gender);
      return { ...base, name, gender };
    }
    if (phrase.form === 'pronoun') {
      const genderOfReferent = (r: Referent) => r.gender ?? genderOf.get(r.name);
      const fits = (r: Referent) =>
        phrase.core === 'it' ? r.kind === 'thing' : phrase.core === 'they' || phrase.core === 'we' ? r.kind !== 'person' : r.kind === 'person' && (!phrase.gender || !genderOfReferent(r) || genderOfReferent(r) === phrase.gender);
      if (phrase.core === 'i') return undefined;
      // A person who has just spoken is who "he" or "she" most often is; then anyone fitting named before.
      const reversed = [...recent].reverse();
      const found = (phrase.kind === 'person' ? reversed.find((r) => r.spoke && fits(r)) : undefined) ?? reversed.find(fits);
      if (!found) return undefined;
      const gender = genderOfReferent(found) ?? phrase.gender;
      if (gender && found.kind === 'person') genderOf.set(found.name, gender);
      return { ...found, at, gender };
    }
    // A description: the nearest earlier name or description of the same thing or role.
    const head = phrase.core;
    const sameHead = [...recent].reverse().find((r) => r.kind === phrase.kind && r.text.toLowerCase().split(/[\s']+/).includes(head) && r.form === 'name');
    if (sameHead) return { ...sameHead, at };
    if (phrase.kind === 'thing') {
      // "The document" after "the proposals": the same thing; named if the text or its collection names it.
      const isDocument = (h: string) => DOCUMENT_NOUNS.has(h);
      const earlier = [...recent].reverse().filter((r) => r.kind === 'thing' && (r.core === head || (isDocument(head) && isDocument(r.core))));
      const named = earlier.find((r) => r.form === 'name');
      if (named) return { ...named, at };
      // "the company said": the company named last.
      const company = COMPANY_NOUNS.has(head) ? [...recent].reverse().find((r) => r.kind === 'thing' && r.form === 'name' && COMPANY_NAME.test(r.name)) : undefined;
      if (company) return { ...company, at };
      for (const h of new Set([head, ...earlier.map((r) => r.core)])) {
        const name = context.properName?.(h);
        if (name) return { ...base, name, form: 'name' };
      }
    }
    return { ...base, name: phrase.text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) };
  };

  let pending: string | undefined;
  /** Who spoke in the last sentence of the previous paragraph (a quotation or reported speech), if anyone. */
  let lastVoice: string | undefined;
  paragraphs.forEach((p, at) => {
    const text = p.text;
    const quotes = quotations[at] ?? [];
    const masked = maskQuotations(text, quotes);
    if (AUTHOR_NOTE.test(masked)) notes.add(at);
    const reportedFrom = reported.length;
    const sentences = splitSentences(text);
    const clauses = new Map<AttributedQuotation, Clause>();
    const events: { index: number; run: () => void }[] = [];
    const pos = (i: number) => at * 1e6 + i;

    for (const { phrase, index } of mentionsIn(masked, surnames)) {
      events.push({ index, run: () => { const r = resolve(phrase, pos(index)); if (r) history.push(r); } });
    }
    quotes.forEach((q, i) => {
      const next = quotes[i + 1];
      const prev = quotes[i - 1];
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open) ?? { start: 0, end: text.length };
      const clause = clauseAfter(masked, q.close, next ? next.open : text.length) ?? clauseBefore(masked, prev ? prev.close : 0, q.open) ?? clauseInSentence(masked, sentence);
      if (!clause) return;
      clauses.set(q, clause);
      events.push({
        index: clause.from,
        run: () => {
          const r = resolve(clause.phrase, pos(clause.from));
          if (!r) return;
          q.speaker = r.name;
          history.push({ ...r, at: pos(clause.from), spoke: true });
        },
      });
    });
    // Reported speech: a sentence with no quotation whose subject says something ("Novak said the…").
    for (const s of sentences) {
      if (quotes.some((q) => q.open < s.end && q.close > s.start)) continue;
      const clause = clauseInSentence(masked, s);
      if (!clause || clause.phrase.form === 'description' && clause.phrase.kind === 'thing' && !THING_NOUNS.has(clause.phrase.core)) continue;
      events.push({
        index: clause.from,
        run: () => {
          const r = resolve(clause.phrase, pos(clause.from));
          if (!r) return;
          reported.push({ paragraph: p.index, start: s.start, end: s.end, speaker: r.name, kind: 'reported' });
          history.push({ ...r, at: pos(clause.from), spoke: true });
        },
      });
    }
    for (const e of events.sort((a, b) => a.index - b.index)) e.run();

    // A quotation continuing over a paragraph break, or introduced by "X said:" at the end of the last one.
    const first = quotes[0];
    if (first && (first.continues || (pending && first.open === text.search(/\S/)))) {
      const before = at > 0 ? (quotations[at - 1] ?? []).slice(-1)[0] : undefined;
      if (!first.speaker) first.speaker = first.continues ? before?.speaker ?? pending : pending;
      else if (first.continues && before && !before.speaker) before.speaker = first.speaker;
    }
    // A sentence that opens with a quotation and names nobody goes on in the voice just heard: the
    // speaker of the last attributed quotation or reported speech before it in the paragraph, or, at the
    // top of a paragraph, the one the previous paragraph ended with (news style: "Shultz said …" then "“B.”").
    const voiceBefore = (position: number): string | undefined => {
      let best: { at: number; speaker: string } | undefined;
      for (const q of quotes) if (q.speaker && q.close <= position && (!best || q.close > best.at)) best = { at: q.close, speaker: q.speaker };
      for (const r of reported.slice(reportedFrom)) if (r.end <= position && (!best || r.end > best.at)) best = { at: r.end, speaker: r.speaker };
      return best?.speaker;
    };
    for (const q of quotes) {
      if (q.speaker) continue;
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open);
      if (!sentence || sentence.start !== q.open) continue;
      // Speech, not a term in quotation marks ("“Quantitative easing” began in 2008").
      if (wordsIn(text.slice(q.start, q.end)) < MIN_SPEECH_WORDS) continue;
      q.speaker = voiceBefore(q.open) ?? (sentence === sentences[0] ? lastVoice : undefined);
    }
    // Quotations side by side share a speaker when only one's attribution stands between them.
    const between = (a: AttributedQuotation, b: AttributedQuotation) => {
      let gap = masked.slice(a.close, b.open);
      for (const c of [clauses.get(a), clauses.get(b)]) {
        if (c && c.from < b.open && c.to > a.close) gap = masked.slice(a.close, Math.max(a.close, c.from)) + masked.slice(Math.min(b.open, c.to), b.open);
      }
      return wordsIn(gap.replace(new RegExp(MASK, 'g'), ' '));
    };
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < quotes.length; i++) {
        const q = quotes[i] as AttributedQuotation;
        if (q.speaker) continue;
        const prev = quotes[i - 1];
        const next = quotes[i + 1];
        if (prev?.speaker && between(prev, q) === 0) q.speaker = prev.speaker;
        else if (next?.speaker && between(q, next) === 0) q.speaker = next.speaker;
      }
    }
    const lastSentence = sentences[sentences.length - 1];
    lastVoice = undefined;
    if (lastSentence) {
      const inLast = quotes.filter((q) => q.speaker && q.close > lastSentence.start).pop();
      const reportedLast = reported.slice(reportedFrom).find((r) => r.start === lastSentence.start);
      lastVoice = inLast?.speaker ?? reportedLast?.speaker;
    }
    // "… Novak said:" closing a paragraph introduces the quotation opening the next one.
    const tail = masked.trimEnd();
    pending = undefined;
    if (tail.endsWith(':')) {
      const clause = lastSentence ? clauseInSentence(masked, lastSentence) : undefined;
      if (clause) pending = resolve(clause.phrase, pos(clause.from))?.name;
    }
  });

  // A quotation that runs on keeps its speaker in the paragraphs that continue it (and gives it back).
  for (let at = quotations.length - 1; at > 0; at--) {
    const first = quotations[at]?.[0];
    const before = quotations[at - 1]?.slice(-1)[0];
    if (first?.continues && before && !before.speaker && first.speaker) before.speaker = first.speaker;
  }

  const kind = doc.source.kind ?? '';
  const ownVoice = OWN_VOICE.test(kind) ? (doc.source.author ?? (ISSUER_VOICE.test(kind) ? doc.source.outlet : undefined)) : undefined;
  return { quotations, reported, ownVoice, notes };
}

/** Nouns naming a document: "the document" may stand for "the proposals" named before it. */
const DOCUMENT_NOUNS = new Set('document proposals proposal report statement declaration plan paper agreement communique letter principles guidelines rules bulletin study survey ruling text memo release treaty resolution strategy review'.split(' '));
