/**
 * The verbs that say someone speaks or writes in news English ("said", "told", "added"), the verbs that
 * attribute a quotation standing as their object ("called the vote ‘a triumph…’") or only name a thing with
 * it ("a scheme called “Smart Port”"), and the participles that go on with a speaker's sentence ("…, saying").
 */

/** Verbs that report speech or writing ("said", "told", "added"…), as printed. */
const REPORTING_VERBS = `said says told tells added adds stated wrote writes asked asks declared declares announced
  announces warned warns noted argued argues insisted insists explained explains continued recalled recalls
  acknowledged acknowledges admitted admits claimed replied responded responds commented concluded cautioned
  cautions predicted predicts urged stressed emphasised emphasized emphasises emphasizes remarked complained
  complains conceded concedes countered suggested suggests observed observes maintained maintains agreed agrees
  boasted promised vowed pledged quipped joked mused confirmed confirms denied denies reiterated reiterates
  tweeted bragged exclaimed shouted testified retorted protested lamented assured reminded wondered asserted
  asserts contended contends affirmed reaffirmed disagreed disagrees objected replies whispers whispered mutters
  muttered exclaims grumbled grumbles fumed`.split(/\s+/);
// (A tabloid's and a magazine's temper, "“…,” grumbles Derek Manningtree", "Carrasquillo fumed.", round 45; "snarled" only
// after a quotation, "he snarled", not "Traffic snarled the junction": see speechClauses' `VERBS_AFTER_QUOTATION`.)
// Not the words that are as often nouns in news copy ("states", "notes", "comments", "claims", "estimates",
// "forecast", "promises", "pledges", "stresses", "repeated attempts"), nor beliefs ("believes", "thinks").
// (Those after "he", "she" or "it" are verbs, "In his representation he states: “…”", a council officer's report, round
// 44: see `REPORTING_VERB`. Not before a colon and a quotation alone: "Member states: “…”", a final review of round 44. "notes"
// and "comments" only before a colon or "that", "claims" not before a sum: not "he notes the “improvements” I have made",
// "Each year he claims £40,000", "Post-it notes", the review of round 44's rules; "He claims the landlord is “…”" still,
// round 45's review.)
// Not "posted": "the company posted a profit" is news, not speech.

/** Whether a word is a reporting verb (capitalised, it opens an inverted attribution: "Said one trader:"). */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERB_SET.has(word.toLowerCase());
}
const REPORTING_VERB_SET = new Set(REPORTING_VERBS);

/** A speaker going on to a verb of speech ("went on to", "goes on to"), as a regex source. */
export const GOING_ON = String.raw`(?:went|goes|go|going|gone)\s+on\s+to`;

/**
 * "posted" where it is speech (round 19): "Qari Saifullah posted that …", "posted on X: …", "posted on its
 * official WeChat account that …". Alone it is not ("the company posted a profit", "The club posted on X a
 * video of the goal"; after a quotation, see `VERBS_AFTER_QUOTATION`).
 */
const POSTED_TO_SOCIAL_MEDIA = String.raw`posted(?=\s+that\b|\s*:|\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|WeChat|Weibo|LinkedIn|Threads|Bluesky|TikTok|YouTube|social\s+media|(?:his|her|their|its)\s+(?:official\s+)?(?:[\p{L}-]+\s+){0,2}(?:account|page|channel|feed|blog))\s*(?::|,|that\b))`;

/**
 * "shot back", "fired back", "hit back" before "that" or a colon (round 19): "the Georgia Democrat shot back: “…”"; or
 * ending its clause, "“Complete documents for an incomplete dike,” the senator shot back." (round 55); not "Arsenal hit back
 * through Saka", "Iran fired back at Israel", "the gunman shot back at deputies".
 */
// (The clause-ending form only right after a quotation and its subject, a few words at most: not "… called the senator a
// “hypocrite”, and Trillanes shot back.", "Ginebra hit back.", "PO2 Mark Reyes fired back.", the review of round 55.)
const HIT_BACK = String.raw`(?:shot|fired|hits?)\s+back(?=\s+that\b|\s*:)|(?<=(?:[,!?]["”’]|\u00A4)\s*(?:[\p{L}.'’-]+\s+){1,4})(?:shot|fired|hits?)\s+back(?=\s*[.,;]|\s*$)`;

/**
 * "summarised" or "summed up" before a colon in its clause (round 43): "Maureen Tiernan, summarised its main finding in
 * her covering letter: “…”"; not "The report summarised the evidence.", no speech.
 */
const SUMMED_UP = String.raw`(?:summari[sz]ed|summari[sz]es|summed\s+up|sums\s+up)(?=[^.!?:;"“”\u00A4]{0,80}:)`;

/**
 * Counsel's "submitted that" and "submits that", a tribunal's and a court's word for what an advocate argued (round 29):
 * only before "that" opening a clause, its subject next ("submitted that the chronology …", "submits that this was …",
 * "submitted that Mr Haigh …", "submitted that photographs …", a plural no "that" can point at), not "submitted that
 * report" or "submitted that quarter" (the review of round 29).
 */
// (Past whom counsel speaks for, "Ms Bickerstaff submitted for the Institute that the email was …", round 48.)
const SUBMITTED_THAT = String.raw`(?:submitted|submits)(?=(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})?\s+that\s+(?:the|a|an|it|he|she|they|there|his|her|its|their|this\s+(?:was|is)|\p{Lu}|\p{Ll}+s\b))`;

/**
 * Verbs that report speech only before "that" (round 19): "The Rheinische Post notes that the agreement “…”",
 * "Justice Anne Mwaura ruled that … “…”"; alone they are a noun ("the notes") or no speech ("ruled out"). (Not
 * "specified that": "The contract specified that …" is a document's terms, round 20's review; nor
 * "rules that": "EU-wide rules that would place …" is a noun.)
 */
const VERBS_BEFORE_THAT = String.raw`(?:notes|ruled)(?=\s+that\b)|${SUBMITTED_THAT}`;

/**
 * Verbs of a sharp retort that report speech only before a colon (round 46): "Strachan snapped: “No. Don't even go there.”";
 * alone they are no speech ("the rope snapped", "the dog snarled"; after a quotation, see `VERBS_AFTER_QUOTATION`).
 */
const VERBS_BEFORE_COLON = String.raw`(?:snapped|snaps|snarled|snarls)(?=\s*:)`;

/**
 * "described … in these terms:" or "as follows:", a decision's or a report's lead-in to the words it quotes (round 55): "In
 * his report, the referee described the incident in these terms: “…”"; alone "described" quotes its object only (see
 * `QUOTING_VERB`).
 */
// (Or with its object and a manner only, the colon ending the sentence, "Its chair, Councillor Moira Fenwick, described the
// position bluntly:" over a report's block quotation, round 58; its object printed, not "the picture the minister
// described:" over a reporter's own check of it, the third review of round 58.)
// (Not a gerund its object, "He described waking in hospital:" over a victim's statement: "She described feeling sick for
// weeks:" goes on in the reporter's words as often, the third review of round 59.)
const DESCRIBED_AS_FOLLOWS = String.raw`(?:described|describes)(?=[^.!?:;"“”\u00A4]{0,60}\b(?:in\s+(?:these|the\s+following)\s+terms|as\s+follows)\s*:|\s+(?:the|it|this|that|her|his|their|its)\b[^.!?:;"“”\u00A4,]{0,40}\s*:\s*$)`;

/**
 * A reporting verb as a whole word, with "put it" ("as X put it"), "pointed out", "shot back", "fired back" or "hit back" (`HIT_BACK`), an emphatic "did say" ("But
 * Baker did say Volcker has “…”"; not "declined to say") and a speaker going on ("He went on to say that “…”",
 * "He goes on to predict that …").
 */
// ("He/she notes" and "comments" before a colon, "that" or a comma and a quotation, "She notes, “Nobody from the council has
// been here”", or a comma ending the words before a quotation, as a quotation's clause is read: the review of round 45's
// rules.)
export const REPORTING_VERB = new RegExp(`\\b(?:${[...new Set(REPORTING_VERBS)].join('|')}|${POSTED_TO_SOCIAL_MEDIA}|${VERBS_BEFORE_THAT}|${VERBS_BEFORE_COLON}|${DESCRIBED_AS_FOLLOWS}|${HIT_BACK}|${SUMMED_UP}|put it|points? out|pointed out|(?<=\\b(?:did|does)\\s+)say|(?<=(?<![\\p{L}-])(?:[Hh]e|[Ss]he|[Ii]t)\\s+)(?:states|stresses|claims(?!\\s+[£$€\\d])|(?:notes|comments)(?=\\s*:|\\s+that\\b|\\s*,\\s*(?:["“‘]|$)))|(?<=\\b${GOING_ON}\\s+)(?:say|predict|argue|warn|add|insist|claim|suggest|note|tell))\\b`, 'gu');

/**
 * Verbs that attribute the words of a quotation standing as their object ("Platt called the vote ‘a
 * triumph…’", "The report found “serious shortcomings”"), read only for quotations: alone, most of them
 * are news, not speech.
 */
export const QUOTING_VERB = /\b(?:called|calls|described|describes|characterized|characterised|characterizes|characterises|branded|brands|dubbed|termed|labelled|labeled|hailed|hails|welcomed|welcomes|found|finds|accused|accuses|blamed|blames|cited|cites|charged|charges|repeated|believes|believed|thinks|proposed|proposes|speaks of|spoke of|talks of|talked of|likens|likened)\b/g;
// Beliefs and proposals ("she thinks “people are overlooking…”", "ATT proposed … rules that “would…”") attribute
// only a quotation they introduce: alone they are not speech.
// Not "rejected", "dismissed", "criticised": their quotation is as often the other side's words.
// ("She likens the network to “a very long, very old house”", a magazine's, round 45.)

/**
 * Verbs whose object a quotation after "as" characterises in the subject's words ("defended the change as a
 * “fair return”", "dismissed the report as “fiction”"): the quotation is the subject's only with that "as". The
 * object may hold a name set off by commas right after a noun ("denounced reports that his wife, Nancy, is
 * running the government as “despicable fiction”"), no other comma, and never across "and" or "but" ("The union
 * rejected the offer and its general secretary, Ana Ruiz, dismissed it as …" is Ruiz's: see `characterisedAs`).
 * (Group 1: the verb.)
 */
// (And the tabloids' "slammed", "blasted", "ripped", "lambasted": "Councilwoman Yesenia Carrasquillo ripped the landlord as
// “the poster child for …”", round 45.)
export const CHARACTERISED_AS = /\b(slammed|slams|blasted|blasts|ripped|rips|lambasted|lambasts|defended|defends|dismissed|dismisses|rejected|rejects|condemned|condemns|denounced|denounces|praised|praises|criticised|criticized|criticises|criticizes|attacked|attacks|portrayed|portrays|regarded|regards|viewed|views|saw|sees)\s+(?:(?:[^,;:\u00A4]|(?<=\p{Ll}),\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},){1,80}?\s)?(?<!\b(?:such|well|known|so)\s)as\s+(?:(?:a|an|the)\s+)?$/u;

/**
 * The characterising verb of a clause ending before its quotation (see `CHARACTERISED_AS`): the first whose
 * object, if it holds a name set off by commas, holds no "and" or "but" opening another clause.
 */
export function characterisedAs(clause: string): RegExpExecArray | null {
  for (let from = 0; from < clause.length; ) {
    const m = CHARACTERISED_AS.exec(clause.slice(from));
    if (!m) return null;
    const object = m[0].slice((m[1] as string).length);
    if (!(object.includes(',') && /\b(?:and|but|while|whereas|yet)\s/.test(object))) {
      m.index += from;
      return m;
    }
    from += m.index + (m[1] as string).length;
  }
  return null;
}

/** Verbs that name a thing with the quotation right after them ("a scheme called “Smart Port”"), not speech. */
export const NAMING_VERB = /^(?:called|dubbed|termed|labelled|labeled|branded)$/;

/**
 * A participle continuing a sentence whose subject spoke ("…, saying “…”", "…, adding that prices seem
 * “fairly high.”"): the speaker is that subject, not the words right before the participle.
 */
// ("Whitford hit back, accusing the Coalition of “wilful amnesia”": a characterising verb's participle, as "calling" is,
// round 43.)
// (Only after a comma, going on from the sentence's subject: not "a video circulated online accusing Mayor Tom Reed of
// “…”", a thing's words, the review of round 43.)
// (With an object after it: not the noun of "Under the new rules, labelling of “natural” products will be restricted", the
// review of round 43's rules.)
// (And "citing" with its quotation right after it, a rating agency's "revised its outlook to negative, citing “elevated
// capex”", round 51: not "citing a report that warned “…”", whose words are the report's.)
export const PARTICIPLE = /\b(?:saying|adding|noting|warning|arguing|insisting|explaining|stressing|telling|writing|declaring|calling|describing|citing(?=\s+["“‘\u00A4]))\b|(?<=,\s{0,3})(?:accusing|branding|dubbing|labelling|labeling)\b(?!\s+of\b)/g;
/** The characterising verbs' participles (see `PARTICIPLE`), whose subject must have acted: "accusing", "branding". */
export const CHARACTERISING_PARTICIPLE = /^(?:accusing|branding|dubbing|labelling|labeling)$/;
