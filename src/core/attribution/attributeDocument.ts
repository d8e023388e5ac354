import type { SourceDocument } from '../model.js';
import { type SentenceRange, splitSentences } from '../text/splitSentences.js';
import { wordsIn } from '../text/wordsIn.js';
import { giveSpeakersBackOverContinuedQuotations, quotationsBetweenOneVoice } from './continuedQuotations.js';
import type { AttributedQuotation, AttributionContext, DocumentAttribution, SpeakerSpan } from './documentAttribution.js';
import { DocumentNames } from './documentNames.js';
import { DocumentText } from './documentText.js';
import {
  DOCUMENT_BY,
  DOCUMENT_BY_ORGANISATION,
  documentsSpokenIn,
  GROUP_BY,
  ISSUED_AT_MEETING,
  ISSUED_NOUNS,
  issuerName,
  MEETING_THEN_ISSUED,
  NAMED_DOCUMENT_OF,
} from './issuedDocuments.js';
import { readLowerCaseStory } from './lowerCaseStories.js';
import { notesAboutAuthor, ownVoiceOf } from './ownVoice.js';
import { MASK, maskQuotations } from './quotations.js';
import { isQuotedTitle, isStoryTerm, MIN_SPEECH_WORDS } from './quotedTerms.js';
import { ReferentResolver } from './referentResolver.js';
import { leadsSentence } from './sentenceSubject.js';
import { isRoleNoun, labelPhrase, lastName, mentionsIn, opensSentence, PREPOSITIONS, type SpeakerPhrase, subjectAfter, subjectBefore, THING_NOUNS } from './speakerPhrases.js';
import { type Clause, clauseAfter, clauseBefore, clauseInSentence, subjectPastOpening, verbsIn } from './speechClauses.js';
import { interviewee, transcriptTurns } from './transcriptTurns.js';

/**
 * Who speaks where in one document, by rules on sentence structure:
 *
 * 1. A direct quotation is attributed by a reporting verb next to it: after it (`“…,” Novak said`,
 *    `“…,” said Jana Novak`, `“…,” Andris Kalnins, chief executive of…, told reporters`), before it
 *    (`Novak told the BBC: “…”`, `The document said “…”`, `…, saying “…”`, `quoted X as saying “…”`,
 *    `Platt called the vote ‘…’`), elsewhere in its sentence outside quotation marks, by `according to X`,
 *    by a colon after a sentence opening with a person (`Her verdict: “…”`), or by a name standing alone
 *    after it (`“…,” Anthony O'Reilly, Heinz's chairman.`). A colon before a quotation outranks the words
 *    after it, and words after a quotation that ends its sentence belong to the next sentence.
 * 2. A quotation with no verb of its own shares the speaker of a quotation beside it in the paragraph
 *    when nothing but that one's attribution stands between them (`“A,” she said. “B.”`), of the
 *    quotation it continues over a paragraph break, or of a paragraph ending `X said:` just before it.
 *    A title or term in quotation marks (`"Star Wars"`, `so-called "offset"`) is nobody's.
 * 3. Pronouns (`he said`) are the nearest earlier person heard speaking or named as a sentence's subject
 *    (`it said`: the organisation heard last); a description (`the defence minister`, `the company`) is
 *    the nearest earlier name of the same role, its words matching; a surname or a titled name (`Ms
 *    Novak`) is the full name the document gives (`Jana Novak`). An unnamed source keeps its description.
 * 4. An interview's or transcript's labelled paragraphs (`Novak: …`, `Q:`/`A:`) are their speakers'.
 * 5. An opinion piece, column, editorial or statement speaks in its author's voice (the outlet's for an
 *    unsigned editorial or statement), except in notes about the author. A news report's own narration
 *    has no speaker. Where the rules cannot read who speaks, nobody is named.
 */

/** Characters either side of a person's name read as what the text says about them ("Syrian", "Sunshine Mining"). */
const AROUND_CHARS = 60;

/** A connective opening a sentence before its quotation ("Furthermore, “…”"): the voice just heard goes on. */
const CONNECTIVE_OPENING = /^\s*(?:Furthermore|Moreover|Besides|Still|Indeed|Nevertheless|Nonetheless|Also|Otherwise|However|In addition|But|And)\s*,?\s*$/;





/** Reads who speaks where in a document (see the rules above). Pure; cache it per document (`speakerOf`). */
export function attributeDocument(doc: SourceDocument, context: AttributionContext = {}): DocumentAttribution {
  const text = new DocumentText(doc);
  const { paragraphs, quotations } = text;
  const names = new DocumentNames(text);
  const resolver = new ReferentResolver(text, names, context);
  const reported: SpeakerSpan[] = [];
  const notes = notesAboutAuthor(doc, text.masked);
  const narration = text.narration;
  const surnames = names.surnames;
  const resolve = (phrase: SpeakerPhrase, at: number) => resolver.resolve(phrase, at);
  /** Per paragraph position, the person its last sentence has speaking in the reporter's words through a quoting verb ("X accused …"). */
  const paraphrased: (string | undefined)[] = [];
  /** Everyone heard speaking so far (a quotation's or reported speech's speaker). */
  const speakersSoFar = new Set<string>();
  let pending: string | undefined;
  /** Who spoke in the last sentence of the previous paragraph (a quotation or reported speech), if anyone. */
  let lastVoice: string | undefined;
  paragraphs.forEach((p, at) => {
    const text = p.text;
    const quotes = quotations[at] ?? [];
    const masked = maskQuotations(text, quotes);
    const reportedFrom = reported.length;
    const sentences = splitSentences(text);
    const clauses = new Map<AttributedQuotation, Clause>();
    const events: { index: number; run: () => void }[] = [];
    const pos = (i: number) => at * 1e6 + i;

    const withSubject = new Set<SentenceRange>();
    for (const { phrase, index, end } of mentionsIn(masked, surnames)) {
      // The first person a sentence names is its subject, unless a pronoun comes first or the name follows
      // a preposition or "that" ("met with Shultz", "adding that Shultz…").
      const sentence = sentences.find((s) => s.start <= index && s.end > index);
      const before = masked.slice(sentence?.start ?? 0, index);
      const wordBefore = /(\p{L}+)\W*$/u.exec(before)?.[1]?.toLowerCase();
      // ("buying from the Middle East": a preposition, then an article.)
      const wordBeforeArticle = /(\p{L}+)\s+the\s*$/iu.exec(before)?.[1]?.toLowerCase();
      const first = !!sentence && !withSubject.has(sentence) && !/\b(?:he|she)\b/i.test(before) && !(wordBefore && (PREPOSITIONS.has(wordBefore) || wordBefore === 'that')) && !(wordBeforeArticle && PREPOSITIONS.has(wordBeforeArticle));
      if (sentence && phrase.kind === 'person') withSubject.add(sentence);
      events.push({
        index,
        run: () => {
          const r = resolve(phrase, pos(index));
          if (!r) return;
          // Only someone known to be a person (titled, with an age, heard speaking, or referred to as he or
          // she): "Atlantic Richfield rose 1-3/4" has a company for its subject.
          const aged = /^\s*,\s*\d{1,3}\s*,/.test(masked.slice(end, end + 8));
          // "William Bywater, president of the union,": a role in apposition.
          const roleAfter = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/u.exec(masked.slice(end, end + 40))?.[1];
          // "Drexel analyst Lucille Palermo": a role in lower case right before the name.
          const roleBefore = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(masked.slice(Math.max(0, index - 30), index))?.[1];
          const person = phrase.kind === 'person' && phrase.form === 'name' && (phrase.text !== phrase.core || aged || (roleAfter !== undefined && isRoleNoun(roleAfter)) || (roleBefore !== undefined && isRoleNoun(roleBefore)) || speakersSoFar.has(r.name) || names.genders.has(r.name));
          if (r.kind === 'person' && r.form === 'name') resolver.rememberWordsAround(r.name, masked.slice(Math.max(0, index - AROUND_CHARS), end + AROUND_CHARS).toLowerCase());
          // Roles written beside the name: "spokesman Marlin Fitzwater", "Mary Lee, the bank's chief economist,".
          // (An appositive ends at a comma or a preposition: ", a Treasury spokesman said" is someone else.)
          const roleAfterName = /^\s*,\s+(?:a|an|the)?\s*(?:[\p{L}'’.-]+\s+){0,3}?([\p{L}-]+)\s*(?:,|\s(?:of|at|for|with|in)\s)/u.exec(masked.slice(end, end + 60))?.[1]?.toLowerCase();
          // "Its spokesperson, Luka Babić, said": a role after a determiner, then the name set off by commas.
          const roleAppositive = /(?:^|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+),\s+$/u.exec(masked.slice(Math.max(0, index - 50), index))?.[1];
          const appositiveCloses = /^\s*,/.test(masked.slice(end, end + 3));
          const roles = phrase.kind === 'person' && phrase.form === 'name' ? [roleBefore?.toLowerCase(), roleAfterName, appositiveCloses ? roleAppositive : undefined].filter((w): w is string => !!w && isRoleNoun(w)) : [];
          const leads = !!sentence && phrase.form === 'name' && leadsSentence(masked, sentence, index, end);
          resolver.remember({ ...r, subject: first && person, person, opening: first && !/^(?:a|an|one|another)$/.test(wordBefore ?? ''), roles, leads });
        },
      });
    }
    // "The article in Progressive magazine", "a document issued by the PMDB", "the Kiel institute's report":
    // a document and who issued it.
    const documentsBy = [...masked.matchAll(DOCUMENT_BY)].map((m) => ({ index: m.index ?? 0, noun: (m[1] ?? m[4]) as string, by: m[2] !== undefined ? subjectAfter(m[2]) : subjectBefore(m[3] as string) }));
    // ("in Hawkeye's annual report": an organisation's name, no article.)
    for (const m of masked.matchAll(NAMED_DOCUMENT_OF)) {
      const noun = (m[2] as string).split(/\s+/).find((w) => ISSUED_NOUNS.has(w));
      if (noun && !opensSentence(m[1] as string)) documentsBy.push({ index: m.index ?? 0, noun, by: lastName(m[1] as string, false) });
    }
    for (const m of documentsBy) {
      const noun = m.noun.toLowerCase();
      const by = issuerName(m.by);
      if (!ISSUED_NOUNS.has(noun) || !by) continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') resolver.rememberIssuer(noun, r);
        },
      });
    }
    // "a statement issued after a two day meeting of the Inter Governmental Group on Indonesia (IGGI)": the
    // body that met issued it (by the short name in brackets, when the text gives one).
    // ("After an emergency meeting of NATO ambassadors, a statement was issued": the same, told the other way round.)
    const issuedAtMeetings = [
      ...[...masked.matchAll(ISSUED_AT_MEETING)].map((m) => ({ index: m.index ?? 0, noun: m[1] as string, body: m[2] as string, after: masked.slice((m.index ?? 0) + m[0].length) })),
      ...[...masked.matchAll(MEETING_THEN_ISSUED)].map((m) => ({ index: m.index ?? 0, noun: m[2] as string, body: m[1] as string, after: '' })),
    ];
    for (const m of issuedAtMeetings) {
      const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]+)\)/u.exec(m.after)?.[1];
      const by = acronym ? { text: acronym, form: 'name' as const, kind: 'thing' as const, core: acronym } : issuerName(subjectAfter(m.body));
      if (!by) continue;
      const noun = m.noun.toLowerCase();
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') resolver.rememberIssuer(noun, r);
        },
      });
    }
    // "a letter sent by the airport's management": the organisation, however it is described.
    for (const m of masked.matchAll(DOCUMENT_BY_ORGANISATION)) {
      const noun = (m[1] as string).toLowerCase();
      const by = subjectAfter(m[2] as string);
      if (!ISSUED_NOUNS.has(noun) || !by || by.form === 'pronoun' || by.kind !== 'thing') continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && !r.unnamed) resolver.rememberIssuer(noun, r);
        },
      });
    }
    for (const m of masked.matchAll(GROUP_BY)) {
      const by = subjectAfter(m[2] as string);
      if (by?.form !== 'name') continue;
      events.push({
        index: m.index ?? 0,
        run: () => {
          const r = resolve(by, pos(m.index ?? 0));
          if (r && r.form === 'name') resolver.rememberIssuer((m[1] as string).toLowerCase(), r);
        },
      });
    }
    /** Where the words before a quotation start: past the last quotation spoken, not a quoted title. */
    let lastSpokenClose = 0;
    quotes.forEach((q, i) => {
      const next = quotes[i + 1];
      // A title or name ("Star Wars"), or a term after "so-called", is nobody's speech.
      if (isQuotedTitle(text.slice(q.start, q.end)) || /\bso-called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open))) return;
      if (isStoryTerm(text.slice(q.start, q.end), narration)) return;
      const from = lastSpokenClose;
      lastSpokenClose = q.close;
      const sentence = sentences.find((s) => s.start <= q.open && s.end > q.open) ?? { start: 0, end: text.length };
      // A colon introducing the quotation (`Novak told reporters: “…”`) outranks the words after it. The
      // words before reach back past a quoted title ("Abshire, on the CBS show “Face the Nation,” …, said:").
      const before = clauseBefore(masked, from, q.open);
      const clause = (before?.colon ? before : undefined) ?? clauseAfter(text, masked, q, next ? next.open : text.length, (core) => names.fullName(core) !== undefined) ?? before ?? clauseInSentence(masked, sentence, ['report', 'participle']);
      if (!clause) return;
      clauses.set(q, clause);
      events.push({
        index: clause.from,
        run: () => {
          const r = resolve(clause.phrase, pos(clause.from));
          if (!r) return;
          // A document no one is said to have issued is heard, but names nobody.
          if (r.unnamed) {
            resolver.remember({ ...r, at: pos(clause.from), spoke: true });
            return;
          }
          q.speaker = r.name;
          resolver.rememberIssuerOfDocumentsSpokenIn(masked.slice(sentence.start, sentence.end), r);
          speakersSoFar.add(r.name);
          resolver.remember({ ...r, at: pos(clause.from), spoke: true });
        },
      });
    });
    // "In its annual report, the Bank made it clear…": the sentence's subject issued the document, whatever its verb.
    for (const s of sentences) {
      const words = masked.slice(s.start, s.end);
      if (!/^\s*In\s+(?:its|their)\s/.test(words)) continue;
      const nouns = documentsSpokenIn(words);
      const subject = nouns.length > 0 ? subjectPastOpening(words) : undefined;
      if (!subject || subject.form === 'pronoun') continue;
      events.push({
        index: s.start,
        run: () => {
          const r = resolve(subject, pos(s.start));
          if (r && !r.unnamed && r.kind === 'thing' && r.form === 'name') for (const noun of nouns) resolver.rememberIssuer(noun, r);
        },
      });
    }
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
          if (r.unnamed) {
            resolver.remember({ ...r, at: pos(clause.from), spoke: true });
            return;
          }
          reported.push({ paragraph: p.index, start: s.start, end: s.end, speaker: r.name, kind: 'reported' });
          resolver.rememberIssuerOfDocumentsSpokenIn(masked.slice(s.start, s.end), r);
          speakersSoFar.add(r.name);
          resolver.remember({ ...r, at: pos(clause.from), spoke: true });
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
      // (After a connective at most: 'Furthermore, "we still have the April highs to contend with," which …'.)
      if (!sentence || (sentence.start !== q.open && !CONNECTIVE_OPENING.test(masked.slice(sentence.start, q.open)))) continue;
      // Speech, not a term in quotation marks ("“Quantitative easing” began in 2008").
      if (wordsIn(text.slice(q.start, q.end)) < MIN_SPEECH_WORDS) continue;
      // A sentence with a reporting verb of its own that named nobody we could read is not inherited.
      if (verbsIn(masked.slice(sentence.start, sentence.end)).length > 0) continue;
      const voice = voiceBefore(q.open) ?? (sentence === sentences[0] ? lastVoice : undefined);
      // A sentence naming someone else beside the quotation is not the voice just heard going on.
      const others = mentionsIn(masked.slice(sentence.start, sentence.end), surnames).filter((m) => m.phrase.kind === 'person' && m.phrase.form === 'name');
      if (others.some((m) => !voice?.split(' ').includes(m.phrase.core.split(' ').pop() as string))) continue;
      q.speaker = voice;
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
        if (q.speaker || isQuotedTitle(text.slice(q.start, q.end)) || isStoryTerm(text.slice(q.start, q.end), narration)) continue;
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
    // "Jacques Schoufour accused the FNV of intransigence …" closing a paragraph: someone speaking in the
    // reporter's words through a verb that only quotations attribute (see quotationsBetweenOneVoice).
    if (lastSentence && !lastVoice && !quotes.some((q) => q.close > lastSentence.start)) {
      const clause = clauseInSentence(masked, lastSentence, ['quoting']);
      const r = clause?.phrase.form === 'name' && clause.phrase.kind === 'person' ? resolve(clause.phrase, pos(clause.from)) : undefined;
      if (r && !r.unnamed && r.kind === 'person') paraphrased[at] = r.name;
    }
    // "… Novak said:" closing a paragraph introduces the quotation opening the next one.
    const tail = masked.trimEnd();
    pending = undefined;
    if (tail.endsWith(':')) {
      const clause = lastSentence ? clauseInSentence(masked, lastSentence) : undefined;
      const r = clause ? resolve(clause.phrase, pos(clause.from)) : undefined;
      if (r && !r.unnamed) pending = r.name;
    }
  });

  quotationsBetweenOneVoice(paragraphs, quotations, paraphrased);
  giveSpeakersBackOverContinuedQuotations(quotations);
  readLowerCaseStory(paragraphs, quotations, reported, narration);
  const ownVoice = ownVoiceOf(doc.source);
  const turns = transcriptTurns(doc, (label) => {
    if (label === 'Q') return doc.source.author;
    if (label === 'A') return interviewee(doc);
    const phrase = labelPhrase(label);
    const r = phrase ? resolve(phrase, Number.MAX_SAFE_INTEGER) : undefined;
    if (r?.unnamed) return undefined;
    // "THE LEDGER:" (the interviewing paper): read as a name, it loses its article ("Ledger"); a label
    // with an article that the text names no further is given as printed.
    if (r && /^the\s/i.test(label.trim()) && label.toLowerCase().includes(r.name.toLowerCase())) return label.trim();
    return r?.name;
  });
  return { quotations, reported, ownVoice, notes, turns };
}
