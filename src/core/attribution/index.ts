/**
 * Who said it: the speaker of any stretch of a document (see `attributeDocument.ts` for the rules).
 *
 * ```ts
 * speakerOf(doc, 3, 0, 52)   // 'Jana Novak' ("“We made a mistake…,” Ms Novak said." — full name from the text)
 * speakersOf(doc)            // [{ speaker: 'Jana Novak', spans: [{ paragraph: 2, start: …, kind: 'quoted' }, …] }, …]
 * ```
 */
import type { SourceDocument } from '../model.js';
import { splitSentences } from '../text/splitSentences.js';
import { attributeDocument } from './attributeDocument.js';
import type { AttributedQuotation, AttributionContext, DocumentAttribution, SpeakerSpan } from './documentAttribution.js';
import { isSpeech } from './quotedTerms.js';
import { SENTENCE_DIRECTION } from './stageDirections.js';
import type { Translation } from './translatedQuotations.js';
import { mayHaveVoices, type VoiceSketch, voiceSketch } from './voiceSketch.js';

export type { AttributionContext, DocumentAttribution, SpeakerSpan, SpeakerTurn } from './documentAttribution.js';
export { attributeDocument } from './attributeDocument.js';

/**
 * A document's attribution with the context it was read in, and every question it asked that context
 * with the answer it got: the attribution depends on its context only through those answers.
 */
interface CachedAttribution {
  context: AttributionContext;
  asked: Map<string, string | undefined>;
  attribution: DocumentAttribution;
}
const cache = new WeakMap<SourceDocument, CachedAttribution>();

/**
 * The remembered attribution of a document, when it holds in `context`: read in that context, or in one
 * that answers every question it asked the same way. A live reload makes a new context for a changed
 * collection, and on a wire archive no story's answers change (no proper names are looked up across
 * thousands of stories), so a reload reads again only the stories it changed, not all 17,000.
 */
function rememberedAttribution(doc: SourceDocument, context: AttributionContext): DocumentAttribution | undefined {
  const cached = cache.get(doc);
  if (!cached) return undefined;
  if (cached.context !== context) {
    for (const [head, name] of cached.asked) if (context.properName?.(head) !== name) return undefined;
    cached.context = context;
  }
  return cached.attribution;
}

/** A document's attribution, read once per document (and context) and remembered. */
export function attributionOf(doc: SourceDocument, context: AttributionContext = NO_CONTEXT): DocumentAttribution {
  return rememberedAttribution(doc, context) ?? readAttribution(doc, context);
}

/** Reads a document's attribution and remembers it with the context's answers it used. */
function readAttribution(doc: SourceDocument, context: AttributionContext): DocumentAttribution {
  const asked = new Map<string, string | undefined>();
  const recorded: AttributionContext = {
    properName(head) {
      if (!asked.has(head)) asked.set(head, context.properName?.(head));
      return asked.get(head);
    },
  };
  const attribution = attributeDocument(doc, recorded);
  cache.set(doc, { context, asked, attribution });
  return attribution;
}
const NO_CONTEXT: AttributionContext = {};

/**
 * Who speaks the words at `start`–`end` of the paragraph with 1-based index `paragraph`, when the source
 * attributes them; undefined for a news report's narration, for words in quotation marks the source
 * does not attribute, and for a stretch where more than one voice speaks (never guessed).
 *
 * Sentence by sentence: a sentence holding an attributed quotation is its speaker's; one with no
 * quotation is the document's own voice (an opinion piece's author; nobody in a news report).
 */
export function speakerOf(doc: SourceDocument, paragraph: number, start: number, end: number, context?: AttributionContext): string | undefined {
  const at = doc.paragraphs.findIndex((p) => p.index === paragraph);
  if (!doc.paragraphs[at]) return undefined;
  // Shortcuts that never change the answer (tests/core/attribution/speakerShortcut.test.ts): a document
  // with no voice at all, and narration touching no quotation of a news report, are nobody's words.
  if (process.env.PRAGUE_EXHAUSTIVE !== '1') {
    const sketch = sketchOf(doc);
    if (!sketch.voiced) return undefined;
    const quotes = sketch.quotations[at] ?? [];
    const text = doc.paragraphs[at]?.text ?? '';
    if (!sketch.ownVoice && !sketch.layoutTurns && !touchesQuotation(quotes, start, end) && !quotes.some((q) => overlapsTail(text, q, start, end)) && !overlapsTranslation(sketch.translations[at], start, end)) return undefined;
  }
  return speakerIn(doc, at, start, end, attributionOf(doc, context));
}

/** Whether `start`–`end` lies in or overlaps a quotation (its marks included) of the paragraph. */
function touchesQuotation(quotes: VoiceSketch['quotations'][number], start: number, end: number): boolean {
  const hi = Math.max(end, start + 1);
  return quotes.some((q) => (q.start <= start && q.end >= end) || (q.open < hi && q.close > start));
}

/**
 * The attribution left after a quotation ending in a question or exclamation ('“… what should OPEC do?” he
 * asked.'): a short run of words opening in lower case right after its closing mark, which the sentence
 * splitter cuts off as a sentence of its own. Whether it overlaps `start`–`end`.
 */
const ATTRIBUTION_TAIL = /^\s*\p{Ll}[^.!?"\u201C\u201D]{0,60}[.!?]/u;
function overlapsTail(text: string, q: { close: number }, start: number, end: number): boolean {
  const tail = ATTRIBUTION_TAIL.exec(text.slice(q.close + 1));
  return !!tail && q.close + 1 < Math.max(end, start + 1) && q.close + 1 + tail[0].length > start;
}

/** Whether `start`–`end` overlaps a paragraph's closing translation of its quotation (see `translationIn`). */
function overlapsTranslation(translation: Translation | undefined, start: number, end: number): boolean {
  return !!translation && translation.start < Math.max(end, start + 1) && translation.end > start;
}

/** {@link speakerOf} read from the document's full attribution (`at`: the paragraph's position). */
export function speakerIn(doc: SourceDocument, at: number, start: number, end: number, att: DocumentAttribution): string | undefined {
  const p = doc.paragraphs[at];
  if (!p) return undefined;
  // Rule "a stretch with no word is nobody's" (round 22): a list's number cut off as a sentence ("1.", "(2)") quotes
  // no one, even in a judge's remarks or a letter.
  if (start < end && !/\p{L}/u.test(p.text.slice(start, end))) return undefined;
  const quotes = att.quotations[at] ?? [];
  const hi = Math.max(end, start + 1);
  // Words inside one quotation: that quotation's speaker, or nobody.
  const inside = quotes.find((q) => q.start <= start && q.end >= end);
  const turn = att.turns[at];
  // (Round 22: a turn that is all one quotation, a clip played on air, "[CLIP – Minister Ciarán Tobin]: “…”", is its
  // speaker's words when nothing else names whose they are.)
  // (Round 32: the label right before it is its attribution, whatever the quotation's own reading took from the label's
  // line: "KEY GRAB for 0700 news (CORRIGAN, 0:04:12): “…”" is Corrigan's, not "KEY GRAB"'s.)
  // (Only when its own reading found no one or only the label's words: a quotation of another opening a senator's turn,
  // "Senator CARRUTHERS: “We will never fly there,” the airline said …", stays that other's.)
  const opensTurn = !!turn?.speaker && p.text.slice(turn.start, inside?.open ?? 0).trim() === '';
  const fromLabel = (speaker: string | undefined) => speaker === undefined || p.text.slice(0, turn?.start ?? 0).toLowerCase().includes(speaker.toLowerCase());
  // An interview's answer is its speaker's; elsewhere the document's own voice (an opinion piece's author).
  const own = att.notes.has(at) ? undefined : turn ? (end > turn.start ? turn.speaker : undefined) : att.ownVoice;
  // (A quotation of the text's own "I", "I said to the lads: “…”", is the voice around it, round 37.)
  const ownQuotation = (q: AttributedQuotation) => q.ownFirstPerson && !q.speaker && (!turn || q.open >= turn.start);
  if (inside) return ownQuotation(inside) ? own : opensTurn && fromLabel(inside.speaker) ? turn?.speaker : inside.speaker;
  const translation = att.translations[at];
  const voices = new Set<string | undefined>();
  for (const s of splitSentences(p.text)) {
    if (s.end <= start || s.start >= hi) continue;
    // A sentence touching only a quotation's marks ("…Robert Maxwell.\"" before "\"It's…") holds none of its words.
    const touched = quotes.filter((q) => q.start < Math.min(s.end, hi) && q.end > Math.max(s.start, start));
    const attributed = touched.filter((q) => q.speaker || ownQuotation(q));
    // ('“…?” he asked.': the words saying who asked are the quotation's sentence, cut off by its question mark.)
    const tailOf = touched.length === 0 ? quotes.find((q) => q.speaker && q.close < Math.max(s.start, start) && overlapsTail(p.text, q, Math.max(s.start, start), Math.min(s.end, hi))) : undefined;
    if (tailOf) voices.add(tailOf.speaker);
    else if (attributed.length > 0) for (const q of attributed) voices.add(ownQuotation(q) ? own : q.speaker);
    // (A quotation's translation in parentheses after it is its speaker's words, round 24.)
    else if (translation && touched.length === 0 && translation.start < Math.min(s.end, hi) && translation.end > Math.max(s.start, start)) voices.add(quotes[translation.of]?.speaker);
    // (An opinion piece quoting someone it does not name, or whom the rules cannot tell: not the author's words.)
    // (Round 23: a letter's too. Not a headline cited in parentheses, "Your report (“Water firms face curbs …”, May
    // 20) rightly …": a title, the writer's words around it.)
    else if (own && (!turn || turn.written) && touched.some((q) => isSpeech(p.text.slice(q.start, q.end)) && !isCitedHeadline(p.text, q))) voices.add(undefined);
    // (Round 23: in a turn, a quotation whose attribution only describes what the record never names, "The report
    // stated that “…”", is not the speaker's words; the Seanad's minister quoting a review.)
    else if (turn && touched.length > 0 && touched.every((q) => q.described)) voices.add(undefined);
    // ("(Laughter.)", "[Applause]", "(Cheers and applause.)" as a sentence of a turn, a speech or any own voice: a
    // stage direction of a word or three, nobody's words; not "(I have checked, twice.)", the author's aside.)
    else if (isDirection(p.text, s)) voices.add(undefined);
    // (A block quotation's own credit line, past its turn's end, is nobody's words.)
    else voices.add(turn?.end !== undefined && Math.max(s.start, start) >= turn.end ? undefined : own);
  }
  return voices.size === 1 ? [...voices][0] : undefined;
}

/**
 * Whether a quotation is a headline cited in parentheses with where or when it ran: "(“Water firms face curbs on
 * bosses' bonuses”, May 20)", "(“Minister promises …”, Opinion, October 17th)". Not words quoted in parentheses
 * alone, "(“We have no plans to change course”)", which are someone's (the review of round 23).
 */
function isCitedHeadline(text: string, q: { open: number; close: number }): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, q.open - 2), q.open)) && /^\s*,[^()\n]{1,40}\)/.test(text.slice(q.close, q.close + 50));
}

/**
 * Whether a sentence is a stage direction (`SENTENCE_DIRECTION`), or the rest of one whose opening mark the splitter
 * left on the sentence before: "Please sit down. ...(Interruptions)..." cuts into "...(" and "Interruptions)...", the
 * Rajya Sabha's record, round 23.
 */
function isDirection(text: string, s: { start: number; end: number }): boolean {
  const sentence = text.slice(s.start, s.end);
  if (SENTENCE_DIRECTION.test(sentence)) return true;
  const opening = /[([]\s*$/.exec(text.slice(Math.max(0, s.start - 4), s.start))?.[0];
  return !!opening && SENTENCE_DIRECTION.test(opening + sentence.replace(/\s*(?:\.{3}|…)\s*$/, ''));
}

const sketches = new WeakMap<SourceDocument, VoiceSketch & { voiced: boolean }>();
/** A document's {@link voiceSketch} and {@link mayHaveVoices}, remembered per document. */
function sketchOf(doc: SourceDocument): VoiceSketch & { voiced: boolean } {
  let sketch = sketches.get(doc);
  if (!sketch) {
    const read = voiceSketch(doc);
    sketch = { ...read, voiced: mayHaveVoices(doc, read) };
    sketches.set(doc, sketch);
  }
  return sketch;
}

/**
 * Reads who speaks in a document ahead of any question, when anything in it can be anyone's words (the
 * same reading `speakerOf` makes and remembers on first use). Returns whether it read the document now:
 * false for a document with no voice, or one already read in a context that gives the same answers.
 */
export function readSpeakersAhead(doc: SourceDocument, context: AttributionContext = NO_CONTEXT): boolean {
  if (!sketchOf(doc).voiced || rememberedAttribution(doc, context)) return false;
  readAttribution(doc, context);
  return true;
}

/** Everyone a document quotes or reports, with where; the author's own voice first for an opinion piece. */
export function speakersOf(doc: SourceDocument, context?: AttributionContext): { speaker: string; spans: SpeakerSpan[] }[] {
  const att = attributionOf(doc, context);
  const bySpeaker = new Map<string, SpeakerSpan[]>();
  const add = (span: SpeakerSpan) => {
    const list = bySpeaker.get(span.speaker) ?? [];
    list.push(span);
    bySpeaker.set(span.speaker, list);
  };
  if (att.ownVoice) {
    doc.paragraphs.forEach((p, at) => {
      if (!att.notes.has(at)) add({ paragraph: p.index, start: 0, end: p.text.length, speaker: att.ownVoice as string, kind: 'author' });
    });
  }
  att.quotations.forEach((quotes, at) => {
    const p = doc.paragraphs[at];
    for (const q of quotes) if (q.speaker && p) add({ paragraph: p.index, start: q.start, end: q.end, speaker: q.speaker, kind: 'quoted' });
  });
  att.turns.forEach((turn, at) => {
    const p = doc.paragraphs[at];
    if (turn?.speaker && p) add({ paragraph: p.index, start: turn.start, end: turn.end ?? p.text.length, speaker: turn.speaker, kind: 'quoted' });
  });
  for (const span of att.reported) add(span);
  return [...bySpeaker].map(([speaker, spans]) => ({ speaker, spans }));
}

/**
 * Collections larger than this are not searched for the one proper name of a described thing: in a desk's
 * dossier (the bundled corpus has two documents) a description and a name of the same thing are one
 * thing; across thousands of wire stories a unique name would be chance, and reading them all costs
 * hundreds of milliseconds.
 */
export const MAX_DOCUMENTS_FOR_NAMES = 500;

/**
 * The context a collection gives its documents: the one proper name it has for a thing a document
 * only describes ("the proposals" → "Prague Proposals", when another document of the collection names
 * them so and nothing else by that noun). Names are read lazily, once per noun.
 */
export function collectionContext(documents: () => Iterable<SourceDocument>): AttributionContext {
  const names = new Map<string, string | undefined>();
  // The collection's documents, read once and only up to one past the limit: a wire archive's 17,000
  // stories are never listed just to find that there are too many.
  let listed: SourceDocument[] | undefined;
  const documentsUpToLimit = (): SourceDocument[] => {
    if (!listed) {
      listed = [];
      for (const doc of documents()) {
        listed.push(doc);
        if (listed.length > MAX_DOCUMENTS_FOR_NAMES) break;
      }
    }
    return listed;
  };
  return {
    properName(head: string): string | undefined {
      if (names.has(head)) return names.get(head);
      // A name one document of a dossier gives is worth looking for; across a wire archive it is chance.
      const docs = documentsUpToLimit();
      if (docs.length > MAX_DOCUMENTS_FOR_NAMES) {
        names.set(head, undefined);
        return undefined;
      }
      const found = new Set<string>();
      const pattern = new RegExp(`(?:[\\p{Lu}][\\p{L}'\\u2019-]+\\s+){1,3}${head.charAt(0).toUpperCase()}${head.slice(1)}\\b`, 'gu');
      for (const doc of docs) {
        for (const p of doc.paragraphs) {
          for (const m of p.text.matchAll(pattern)) {
            const name = m[0].replace(/^(?:The|A|An|In|On|At|But|And|Of|By)\s+/, '');
            if (name.split(/\s+/).length >= 2) found.add(name);
          }
          if (found.size > 1) break;
        }
        if (found.size > 1) break;
      }
      const name = found.size === 1 ? [...found][0] : undefined;
      names.set(head, name);
      return name;
    },
  };
}

/** Words that never name a speaker on their own ("what did the … say"). */
const NOT_A_NAME = new Set('the a an of and for to in on at by what who did does do say says said think thinks about'.split(' '));

/**
 * Whether a question names a speaker: one of the speaker's own words (a surname, an organisation's
 * distinctive word) stands in it, so "what did Novak say" names "Jana Novak", and "what did the
 * ministry say" names "Ministry of Transport". For ranking a named speaker's words first.
 *
 * ```ts
 * namesSpeaker('what did Novak say about the port', 'Jana Novak') // true
 * namesSpeaker('what did the minister say', 'Jana Novak')         // false
 * ```
 */
export function namesSpeaker(question: string, speaker: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const words = (speaker.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !NOT_A_NAME.has(w) && w.length > 1);
  return words.some((w) => asked.has(w));
}
