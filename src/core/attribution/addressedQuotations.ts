/**
 * Rule "a quotation put to “you” is the words of the one addressed" (round 24): an interviewer or an analyst quoting
 * the other side back to them, "FD: You said in March, quote, “Bills will come down.”", "Mark, last quarter you said,
 * quote, “We think the bottom is in,” end quote.": the quoted words are the addressee's, not the turn's speaker's.
 */
import type { SourceDocument } from '../model.js';
import type { AttributedQuotation, SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import type { Referent } from './referent.js';
import type { SpeakerPhrase } from './speakerPhrases.js';
import { TRANSCRIPT_KIND } from './transcriptTurns.js';

/**
 * "you said", "you once said", "you told" … before the quotation in its sentence, in the past (not "Why don't you just
 * say, “…”?"), not "Many of you told me", and with no one else's verb of speech between ("You said you had read the
 * report, which says, quote, “…”" quotes the report).
 */
const YOU_SAID = /(?<!\bof\s)\byou\s+(?:(?:once|also|previously|yourself|then|just)\s+)?(?:said|told|wrote|promised|tweeted|posted)\b(?![^.!?"“”]*\b(?:says|said|wrote|writes|told|tells|reads|read|states|stated)\b)[^.!?"“”]*$/i;
/** A name addressed at the sentence's start: "Mark, last quarter you said …" (group 1). */
const VOCATIVE = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s/u;

/**
 * Gives each quotation of a transcript's turn that no rule gave anyone, a whole sentence put to "you" in its sentence,
 * to the one addressed: the name the sentence opens with (nobody when the text does not complete it), else the last
 * other speaker whose turn came before.
 */
export function giveQuotationsToAddressee(doc: SourceDocument, quotations: AttributedQuotation[][], turns: readonly (SpeakerTurn | undefined)[], resolve: (phrase: SpeakerPhrase) => Referent | undefined): void {
  // (Only a transcript's or an interview's turns: "In your editorial last week you wrote, “…”" in a letter is the paper's.)
  if (!TRANSCRIPT_KIND.test(doc.source.kind ?? '')) return;
  const texts = doc.paragraphs.map((p) => p.text);
  quotations.forEach((quotes, at) => {
    const turn = turns[at];
    if (!turn?.speaker) return;
    const text = texts[at] ?? '';
    for (const q of quotes) {
      // (A whole sentence quoted back, opening with a capital; a fragment woven into the asker's own sentence, "you
      // said the yield problems are “largely behind us”", stays the asker's, as the labellers of sets 28 and 70 read it.)
      if (q.speaker || q.continues || q.open < turn.start || !/^\W*\p{Lu}/u.test(text.slice(q.start, q.end))) continue;
      const before = text.slice(turn.start, q.open);
      const sentence = before.slice(Math.max(0, before.search(/[^.!?]*$/)));
      if (!YOU_SAID.test(sentence)) continue;
      const vocative = VOCATIVE.exec(sentence)?.[1];
      // (A first name alone, "Mark,", is the person the text names in full with it, when it does.)
      const phrase: SpeakerPhrase | undefined = vocative ? (nameOnly(vocative) ?? { text: vocative, form: 'name', kind: 'person', core: vocative }) : undefined;
      const resolved = phrase?.kind === 'person' ? resolve(phrase) : undefined;
      const named = resolved && !resolved.unnamed && resolved.name.includes(' ') ? resolved.name : undefined;
      // (A name addressed that the text does not complete, "Minister, you said …": nobody, not the last other voice.)
      q.speaker = vocative ? named : lastOtherSpeaker(turns, at, turn.speaker);
    }
  });
}

/** The speaker of the nearest turn before `at` whose speaker is someone else. */
function lastOtherSpeaker(turns: readonly (SpeakerTurn | undefined)[], at: number, speaker: string): string | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const other = turns[i]?.speaker;
    if (other && other !== speaker) return other;
  }
  return undefined;
}
