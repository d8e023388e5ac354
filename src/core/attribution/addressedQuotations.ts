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
import { casedCapitals } from './subjectPhrases.js';
import { TRANSCRIPT_KIND } from './transcriptTurns.js';

/**
 * "you said", "you once said", "you told" … before the quotation in its sentence, in the past (not "Why don't you just
 * say, “…”?"), not "Many of you told me", and with no one else's verb of speech between ("You said you had read the
 * report, which says, quote, “…”" quotes the report).
 */
// (Or after another verb of "you" and "and", "you" the clause's subject: "When you bought the club, you stood on the pitch
// and told supporters: “…”", round 38; not "A neighbour saw you in the street and told police", "We wrote to you and told
// the board", whose "you" is another's object, the review of round 38; nor a passive, "When you were arrested and told:
// “You do not have to say anything”", whose telling is another's, the review of round 38's rules in round 39.)
// (What "you accepted", "admitted" or "confirmed", "you admitted, in interview, that “…”": not "you accepted our finding
// that “…”", the finding's words, the review of round 41; its object another's finding, conclusion or view, the review of
// round 42; before the clause's "that", "you accepted at the time that the decision … was yours alone" being yours and
// "you admitted, when pressed, the probation officer's assessment that you were “…”" not, nor past a clause of its own,
// "when the officers put the evidence to you", the review of round 43; and not where another's verb of speech comes
// between, "You admitted that your brother told police, “…”", the review of round 42.)
// (And "described", round 61: a judge's "You described it to her as “a bit quick for the conditions”"; "answered" and
// "replied" only right before the words, `YOU_ANSWERED`.)
// (And "asked", "clarified", "explained", "added", "complained" as its verbs, round 54, an FOI response's "you clarified your
// request as follows:"; another's "explained", "replied", "answered", "asked" or a characterising "called" between ends it,
// "you asked …, and I explained:", "You said nothing when the arresting officer asked:", "the hostel staff had called you
// “…”", the review of round 54.)
const YOU_SAID = /(?:(?<!\bof\s)\byou\s+|(?:^\s*|[,;]\s*|\b(?:when|then|and|if|as|after|before|because|once)\s+)you\s+(?!(?:were|was|are|got|get|(?:had|have)\s+been)\b)[^.!?"“”,;:]{1,80}?\s+and\s+)(?:(?:once|also|previously|yourself|then|just)\s+)?(?:(?:said|told|wrote|promised|tweeted|posted|stated|assured|insisted|claimed|argued|asked|clarified|explained|added|complained|described)\b(?![^.!?"“”]*\b(?:says|said|wrote|writes|told|tells|reads|read|states|stated|explained|replied|answered|responded|asked|called|described|branded|labelled|labeled|dubbed)\b)[^.!?"“”]*|(?:accepted|acknowledged|admitted|conceded|confirmed)\b(?!(?:(?!\bthat\b|\b(?:when|as|after|before|while|if|because|once)\s+(?:the|you|he|she|they|we|I|it|police|officers)\b)[^.!?"“”])*?\b(?:our|the|its|their|his|her|my|\p{Lu}\p{L}*['’]s)\s+(?:(?!that\b)[\p{L}'’-]+\s+){0,3}?(?:findings?|conclusions?|views?|assessments?|recommendations?|reports?|account|description|statements?|claims?|points?|arguments?|position|evidence|criticisms?|analysis|verdict|ruling|decision)\b)(?![^.!?"“”]*\b(?:says|said|wrote|writes|told|tells|reads|read|states|stated|explained|replied|answered|responded|asked|called|described|branded|labelled|labeled|dubbed)\b)[^.!?"“”]*)$/iu;

/**
 * What "you conceded" or "accepted" with another's finding named by its owner after the clause's "that": "You conceded
 * that the report's conclusion that you were “at high risk of reoffending” was fair" quotes the report (the review of
 * round 43's rules); not where the one addressed then speaks, "you admitted that the victim's account was right, telling
 * officers: “I lost it.”" (the review of round 44).
 */
const ACCEPTED_ANOTHERS_FINDING = /\byou\s+(?:[\p{L}]+\s+){0,2}?(?:accepted|acknowledged|admitted|conceded|confirmed)\b[^.!?"“”]*?(?<![\p{L}])[\p{L}-]+['’]s?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:findings?|conclusions?|views?|assessments?|recommendations?|reports?|account|description|statements?|claims?|evidence|analysis|verdict|ruling)\b(?![^.!?"“”]*\b(?:telling|told|tell|said|saying|say|adding|added|wrote|writing)\b)[^.!?"“”]*$/iu;

/**
 * "you said" before the finding accepted: "In interview you said that you accepted the victim's account was mostly right,
 * “but she hit me first”" is the one addressed speaking (the review of round 44's rules).
 */
const SAID_BEFORE_ACCEPTING = /\byou\s+(?:said|told|wrote|stated|insisted|claimed)\b[^.!?"“”]*?\byou\s+(?:[\p{L}]+\s+){0,2}?(?:accepted|acknowledged|admitted|conceded|confirmed)\b/iu;

/**
 * The present of a document the one addressed wrote, cited: "You wrote a letter to the court. In it you say: “…”", "In your
 * email you write, “…”" (round 54, a County Court's reasons for sentence); not a question's "Why don't you just say, “…”?".
 */
// (Not where another speaks in the clause, "In your email you say that a call handler described the force as “…”", "… that
// the sign read “…”", the review of round 54.)
const YOU_SAY_IN_IT = /\bin\s+(?:it|this|that|your\s+[\p{L}-]+|(?:the|this|that)\s+(?:letter|email|e-mail|message|statement|note))\s*,?\s+you\s+(?:also\s+)?(?:say|write|state)\b(?![^.!?"“”]*\b(?:says|said|wrote|writes|told|tells|reads|read|states|stated|described|called|explained|replied|answered|asked|branded|labelled|labeled|dubbed)\b)[^.!?"“”]*$/iu;

/**
 * A message the one addressed sent, quoted as it read: "At 6.52pm you sent a message to a friend which read: “…”" (round 61,
 * a judge's sentencing remarks); not one sent to "you", "a message was sent to you which read".
 */
// (A message itself, its noun right after the verb and nothing from anyone else after it: not "a screenshot of a message from
// your co-accused which read", "a link to a newspaper article that said", the review of round 61.)
const YOU_SENT = /\byou\s+(?:then\s+)?(?:sent|posted|texted|wrote|left)\s+(?:(?:him|her|them|me|us)\s+)?(?:(?:a|an|the|this|that|one|another|two|several)\s+)?(?:[\p{L}-]+\s+)?(?:message|text|text\s+message|email|e-mail|note|letter|post|tweet|comment|reply|voicemail)(?![^.!?"“”]*\b(?:from|of|by|linking|link|article|report|screenshot|warning|advert|notice)\b)(?:(?!\b(?:says|said|wrote|told|reads?|replied|answered)\b)[^.!?"“”]){0,60}?\b(?:which|that)\s+(?:read|reads|said|says)\s*[:,]?\s*$/iu;
/**
 * The one addressed answering with the quoted words themselves: "In interview you answered “no comment” to every
 * question", "you replied: “…”" (round 61); not what they answered or replied to, "You replied to the Council's offer of
 * “…”", "You answered an advert promising “…”" (the review of round 61).
 */
const YOU_ANSWERED = /\byou\s+(?:(?:simply|only|just|then|again)\s+)?(?:answered|replied|responded)\s*(?:with\s*|by\s+saying\s*)?[:,]?\s*$/iu;

/** Whether a sentence, up to a quotation, says the one addressed said it (`YOU_SAID`, not `ACCEPTED_ANOTHERS_FINDING` unless after "you said"). */
function saysYouSaid(sentence: string): boolean {
  if (YOU_SAY_IN_IT.test(sentence) || YOU_SENT.test(sentence) || YOU_ANSWERED.test(sentence)) return true;
  // (The quotation after the accepted clause, set off by a comma: not inside the finding, "You said you accepted the expert's
  // finding that the blow was “hard enough to kill”", round 45's review.)
  return YOU_SAID.test(sentence) && (!ACCEPTED_ANOTHERS_FINDING.test(sentence) || (SAID_BEFORE_ACCEPTING.test(sentence) && /,\s*$/u.test(sentence)));
}
/** A name addressed at the sentence's start: "Mark, last quarter you said …" (group 1). */
const VOCATIVE = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s/u;

/**
 * Gives each quotation of a transcript's turn that no rule gave anyone, a whole sentence put to "you" in its sentence,
 * to the one addressed: the name the sentence opens with (nobody when the text does not complete it), else the last
 * other speaker whose turn came before.
 */
export function giveQuotationsToAddressee(doc: SourceDocument, quotations: AttributedQuotation[][], turns: readonly (SpeakerTurn | undefined)[], resolve: (phrase: SpeakerPhrase) => Referent | undefined): void {
  // (A transcript's or an interview's turns here; a document addressed to one person, sentencing remarks or an open
  // letter, below. "In your editorial last week you wrote, “…”" on a letters page stays the paper's.)
  if (!TRANSCRIPT_KIND.test(doc.source.kind ?? '')) {
    giveQuotationsToTheOneAddressed(doc, quotations, resolve);
    return;
  }
  const texts = doc.paragraphs.map((p) => p.text);
  quotations.forEach((quotes, at) => {
    const turn = turns[at];
    if (!turn?.speaker) return;
    const text = texts[at] ?? '';
    for (const q of quotes) {
      // (A whole sentence quoted back, opening with a capital; a fragment woven into the asker's own sentence, "you
      // said the yield problems are “largely behind us”", stays the asker's, as the labellers of sets 28 and 70 read it.)
      if (q.speaker || q.continues || q.open < turn.start || !/^\W*\p{Lu}/u.test(text.slice(q.start, q.end))) continue;
      const sentence = lastSentenceOf(text.slice(turn.start, q.open));
      if (!saysYouSaid(sentence)) continue;
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

/** Sentencing remarks, by genre or title: the judge speaks to the defendant throughout. */
const SENTENCING_REMARKS = /\bsentencing\s+remarks\b/i;
/**
 * The defendant of a criminal case's title, on one line: "R v Callum Dray", "R -v- CALLUM JAMES DRAY" (group 1); not the
 * title's words after the name, "R v Jordan Hayes Sentencing Remarks".
 */
const DEFENDANT_WORD = String.raw`(?!(?:Sentencing|SENTENCING|Remarks|REMARKS|Judgment|JUDGMENT|and|AND)\b)\p{Lu}[\p{L}'’-]*`;
// (Or Australia's prosecutor, "DPP v Cavanagh", round 54.)
const DEFENDANT = new RegExp(String.raw`\b(?:R\.?|DPP)[ \t]+-?v\.?-?[ \t]+(${DEFENDANT_WORD}(?:[ \t]+${DEFENDANT_WORD}){0,3})`, 'u');
/** A defendant's name alone on a caption's line, two to four words: "DECLAN JAMES CAVANAGH" (the line under `VERSUS_LINE`). */
const CAPTIONED_DEFENDANT = new RegExp(String.raw`^${DEFENDANT_WORD}(?:[ \t]+${DEFENDANT_WORD}){1,3}$`, 'u');
/** A caption's "v" on a line of its own between the parties' names, "DIRECTOR OF PUBLIC PROSECUTIONS" / "v" / "DECLAN JAMES CAVANAGH" (round 54). */
const VERSUS_LINE = /^\s*-?v\.?-?\s*$/iu;
/** An open letter, by genre or title ("Open letter to the Minister of Health: …"). */
const OPEN_LETTER = /\bopen\s+letter\b/i;
/** The opening paragraphs that may name the one a document is addressed to: a case's title lines, or an open letter's "Open letter", date, address block and salutation. */
const OPENING_PARAGRAPHS = 5;
/** The paragraphs a court's caption may take, its court's lines, status lines, case number and parties each their own. */
const CAPTION_PARAGRAPHS = 12;

/**
 * Rule "a quotation put to the one a document is addressed to is theirs" (round 28): sentencing remarks speak to the
 * defendant of the case's title ("In interview you said, “I panicked.”" is Callum Dray's), an open letter to the one
 * its address block names first ("On 2 October you told the Health Select Committee that Health New Zealand was “fully
 * staffed”" is the minister's). Each quotation no rule gave anyone, in a sentence that says "you said", "you told" or
 * "you wrote" before it with no one else's verb of speech between (`YOU_SAID`), a fragment too (the letter's and the
 * remarks' labellers gave those to the one addressed).
 */
function giveQuotationsToTheOneAddressed(doc: SourceDocument, quotations: AttributedQuotation[][], resolve: (phrase: SpeakerPhrase) => Referent | undefined): void {
  const addressee = addresseeOf(doc, resolve);
  if (!addressee) return;
  quotations.forEach((quotes, at) => {
    const text = doc.paragraphs[at]?.text ?? '';
    // (Or a quotation opening its paragraph after one ending "you asked:", an FOI response's "Thank you for your request, in
    // which you asked:" over the request quoted whole, round 54.)
    const before = doc.paragraphs[at - 1]?.text.trim() ?? '';
    for (const q of quotes) {
      // (Nor a quotation given to "You", the pronoun opening the sentence before read as a name, "You wrote a letter to the
      // court. In it you say: “…”", round 54.)
      if ((q.speaker && !/^you$/iu.test(q.speaker)) || q.continues) continue;
      const opensParagraph = !/\p{L}/u.test(text.slice(0, q.open));
      if (saysYouSaid(lastSentenceOf(text.slice(0, q.open))) || (opensParagraph && before.endsWith(':') && saysYouSaid(lastSentenceOf(before)))) q.speaker = addressee;
    }
  });
}

/** The one a document speaks to as "you": a sentencing's defendant, an open letter's addressee (see `giveQuotationsToTheOneAddressed`). */
function addresseeOf(doc: SourceDocument, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string | undefined {
  const { kind = '', title = '' } = doc.source;
  if (SENTENCING_REMARKS.test(kind) || SENTENCING_REMARKS.test(title)) {
    // (The fullest the title and the opening lines print: "R v Callum Dray" above, "R -v- CALLUM JAMES DRAY" below.)
    const opening = doc.paragraphs.slice(0, CAPTION_PARAGRAPHS).map((p) => p.text);
    const captioned = opening.flatMap((text, at) => (at > 0 && VERSUS_LINE.test(text) ? [(opening[at + 1] ?? '').replace(/\*\*/g, '').trim()] : [])).filter((name) => CAPTIONED_DEFENDANT.test(name));
    // (Where the title names the defendant, "DPP v Lee", only a fuller form of that name: not a precedent the remarks cite in
    // their opening, "the principles in R v Verdins", the review of round 54.)
    const titled = DEFENDANT.exec(title)?.[1];
    const surname = (name: string) => name.split(/\s+/u).at(-1)?.toLowerCase();
    const printed = [...[title, ...doc.paragraphs.slice(0, OPENING_PARAGRAPHS).map((p) => p.text)].map((t) => DEFENDANT.exec(t)?.[1] ?? ''), ...captioned]
      .filter((name) => !titled || surname(name) === surname(titled))
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    return printed ? fullNameOf(printed, resolve) : undefined;
  }
  if (OPEN_LETTER.test(kind) || OPEN_LETTER.test(title)) {
    // (Or the one its title writes to, "An open letter to Victor Lindqvist", round 38.)
    const to = LETTER_TO.exec(title)?.[1];
    const named = to ? nameOnly(to) : undefined;
    if (named?.kind === 'person' && named.form === 'name' && named.core.includes(' ')) return fullNameOf(named.core, resolve);
    // (The block's first line: "Hon. Grant Holloway" / "Minister of Health" / "Parliament Buildings".)
    for (const p of doc.paragraphs.slice(0, OPENING_PARAGRAPHS)) {
      const lines = p.text.split('\n');
      if (lines.length < 2) continue;
      const first = (lines[0] as string).trim().replace(/^(?:Hon\.|The\s+Hon(?:ou?rable)?\.?)\s+/, '');
      const phrase = nameOnly(first);
      if (phrase?.kind === 'person' && phrase.core.includes(' ')) return fullNameOf(phrase.core, resolve);
    }
  }
  // (Any letter's: the name opening the address block over its greeting, "Mr Robert Castellan" / "Chief Executive" / …
  // over "Dear Mr Castellan,", an enforcement letter's, round 41; the greeting's surname must be the block's.)
  if (LETTER_KIND.test(kind)) {
    const opening = doc.paragraphs.slice(0, OPENING_PARAGRAPHS + 2);
    const greeting = opening.findIndex((p) => GREETING.test(p.text.trim()));
    const surname = greeting > 0 ? GREETING.exec((opening[greeting] as { text: string }).text.trim())?.[1]?.split(/\s+/).at(-1) : undefined;
    for (const p of opening.slice(0, Math.max(0, greeting)).reverse()) {
      const lines = p.text.split('\n');
      if (!surname || lines.length < 2) continue;
      const phrase = nameOnly((lines[0] as string).trim());
      if (phrase?.kind === 'person' && phrase.core.includes(' ') && phrase.core.endsWith(` ${surname}`)) return fullNameOf(phrase.core, resolve);
    }
  }
  return undefined;
}

/** A letter by its genre: "letter", "enforcement letter", "letter to the chief executive"; not a newsletter, nor a letters page. */
const LETTER_KIND = /(?<![\p{L}])letter(?![\p{L}])/iu;
/** A letter's greeting naming whom it writes to: "Dear Mr Castellan," (group 1: the name). */
const GREETING = /^Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Councillor|Cllr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[,:]?$/u;

/** A title's "open letter to" and whom, up to a comma: "An open letter to Victor Lindqvist" (group 1). */
// (In title case too, "An Open Letter To Victor Lindqvist", and the name only, not who sends it, "… to Victor Lindqvist
// from the Supporters' Trust", the review of round 38's rules.)
const LETTER_TO = /\bopen\s+letter\s+to\s+((?:(?!\s(?:from|by)\s)[^,;:]){3,60})/iu;

/** A name as the text gives it in full, in its own case when printed in capitals ("CALLUM JAMES DRAY" → "Callum James Dray"). */
function fullNameOf(printed: string, resolve: (phrase: SpeakerPhrase) => Referent | undefined): string {
  const cased = casedCapitals(printed);
  const resolved = resolve({ text: cased, form: 'name', kind: 'person', core: cased });
  return resolved && !resolved.unnamed && resolved.name.split(' ').length >= cased.split(' ').length ? resolved.name : cased;
}

/** The last sentence of a text, from after its last stop (linear: a pattern anchored at the end would retry from every place). */
function lastSentenceOf(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?')) + 1);
}
