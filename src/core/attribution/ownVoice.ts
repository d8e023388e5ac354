/**
 * A document's own voice: whose words its own text is (an opinion piece's author, an unsigned statement's
 * issuer), and which of its paragraphs are notes about the author, nobody's voice.
 */
import { isWitnesssOwnTestimony } from './examinationExchanges.js';
import { isCourtsDocument, isCourtsOpinion, isOpinionLayout } from './separateOpinions.js';
import { outletInFull } from './outletInFull.js';
import type { SourceDocument } from '../model.js';
import { endsSentence } from '../text/endsSentence.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { splitSentences } from '../text/splitSentences.js';
import { wordsIn } from '../text/wordsIn.js';
import { isPublicationTitle, isTitle, ORG_WORDS, PUBLICATION_TITLE_END, TITLES } from './nameWords.js';
import { JOINT_BYLINE, QUOTES_HEADING, RELEASE_KIND } from './creditLines.js';
import { mayBeEmailThread } from './emailThreads.js';
import { mayPrintLetter, opensAsLetter, printedLetters } from './printedLetters.js';
import { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, inFirstPerson } from './firstPerson.js';
import { CONTACT, EMAIL_ADDRESS, speechMaker, TELEPHONE_NUMBER } from './signedForewords.js';
import { BODYS_QUESTIONS_AND_ANSWERS, isJournalismOrRecord, JOURNALISM_OR_RECORD_KIND } from './journalismGenres.js';
import { JOURNALISM_ABOUT_WRITINGS, MADE_UP_WRITINGS, transcribedWriter } from './transcribedTexts.js';
import { casedCapitals, labelPhrase } from './subjectPhrases.js';
import { nameOnly } from './nameRuns.js';
import { COURTESY_TITLES_BEFORE, withoutCourtesyTitles, withoutLettersAfter, withoutOfficesOrCourtesyTitles } from './courtesyTitles.js';

/**
 * A report issued by an organisation (`kind: report`, "annual report", "research report", "report summary"):
 * its own sentences are its issuer's. Any other kind of report (`news report`, `court report`, `parliament
 * report`, `match report`…) is journalism reporting on others: its narration is nobody's. So a report is an
 * issued one only when nothing but an issuer's word qualifies it: desks name their news reports by their
 * beat, and a list of beats is never complete.
 */
// (An "ombudsman report" too, round 29: Ombudsman Ontario's investigation, written as "my Office", is its one signer's, see
// `reportInSignersVoice`. Not "investigation report": a newsroom's investigation is journalism, the review of round 29.)
// (An "inspectorate report (key findings)", a report's part in brackets after it, round 32; its parts, "charity annual report
// (chair's foreword, year in numbers, case stories)", and a charity's, an NGO's or a company's "annual report", round 55; not
// what a newsroom says of its story, "report (local newspaper)", "report (exclusive)", the review of round 55.)
// (An NGO's or a charity's "field report", and one "with testimonies", round 56: its own account of a mission, the people
// it quotes credited under their words; not a bare "field report", see below, nor a "humanitarian field report", The New
// Humanitarian's reporter's, the review of round 56.)
// (A council's "officer report", its planning officer's to a committee, round 44: the council's own account, as a
// committee report is.)
// (A charity's "trustees' report", a company's "directors' report" or "strategic report", round 42: the board's own
// account of the year, filed with the accounts.)
// (A humanitarian agency's "situation report", an "auditor-general's report", a hospital's "incident
// report summary", a coroner's "prevention of future deaths report", a company's "sustainability report", round 30: a
// body's own account, as an audit report is. Not a "field report", a correspondent's as often, the review of round 30.)
// (Or a review a body commissions, "safeguarding review", "independent review", "learning lessons review", its reviewer's
// when written in the first person, round 40; a critic's "book review" is a review of another kind.)
/** The words before "report" that make it a body's own (see `ISSUED_REPORT`): "annual", "situation", "accident investigation". */
const REPORT_QUALIFIER = String.raw`(?:(?:charity|ngo|company)\s+)?annual|(?:charity|ngo)\s+field|research|policy|audit|inspection|interim|final|technical|progress|quarterly|(?:(?:select|joint|standing|scrutiny|portfolio)\s+)?committee|oversight|consultation|situation|(?:serious\s+)?incident(?:\s+review)?|(?:patient\s+safety|serious)\s+incident\s+investigation|(?:incident|accident|safety)\s+investigation|sustainability|transparency|evaluation|monitoring|impact|prevention\s+of\s+future\s+deaths|auditor[\s-]general['’]?s?|ombudsman['’]?s?|coroner['’]?s?|examiner['’]?s?|inspector['’]?s?|inspectorate['’]?s?|(?:charity\s+)?trustees['’]?(?:\s+annual)?|directors['’]?|strategic|(?:planning\s+|case\s+)?officers?['’]?s?`;
/**
 * A charity regulator's report of its statutory inquiry, by the regulator's word before it (round 60): "charity
 * regulator's statutory inquiry report", "Charity Commission statutory inquiry report"; not a trade weekly's "statutory
 * inquiry report" (the review of round 60).
 */
const CHARITY_REGULATORS_INQUIRY = String.raw`(?:(?:charity\s+)?regulator['’]?s?|charity\s+commission['’]?s?)\s+(?:statutory\s+)?inquiry\s+report`;
/**
 * What may stand before a qualified report's words, saying whose it is: a "humanitarian situation report", a
 * "parliamentary select committee report" (round 58). Never before a bare "report": a "parliamentary report" is a
 * newsroom's sketch as often.
 */
// (A "hospital serious incident review report", round 60: the trust's.)
const REPORT_ISSUERS_WORD = "(?:humanitarian|parliamentary|government|statutory|agency|hospital|trust|(?:charity\\s+)?regulator['’]?s?|royal\\s+commission['’]?s?)";
/**
 * A qualified report's gloss (round 58): a bracket saying what it holds, "(final report quoting witnesses and cockpit
 * recorders)", "(with oral and written evidence quoted)", or who issued it, "issued by a UN agency"; never one naming a
 * newsroom's work, "(correspondent's story)", "(as reported by the Echo's transport desk)" (the review of round 58).
 */
const REPORT_GLOSS = String.raw`(?:\s*\((?![^()]*\b(?:correspondents?['’]?s?|reporters?['’]?s?|report(?:ed|ing)|news|newspaper|newsroom|paper['’]?s?|press|media|desk|editors?['’]?s?|story|coverage|article|journalists?['’]?s?|exclusive)\b)[^()]{1,120}\)|\s+(?:issued|published|produced)\s+by\s+[^()]{1,60})?`;
/**
 * What may follow a qualified report's words (round 59): the part printed, "interim report chapter", and, after an
 * office-holder's report only (`OFFICE_HOLDERS_QUALIFIER`), what it is on, "ombudsman's final report on an individual
 * complaint"; with two qualifiers, "ombudsman's final report", "portfolio committee oversight report", "royal commission
 * interim report".
 */
const REPORT_PART = String.raw`(?:\s+(?:chapter|extract|excerpt))?`;
/**
 * A commission's report of its own inquiry, by the commission's words before it (round 61): "human rights commission
 * inquiry report with testimonies", "royal commission inquiry report", "public inquiry report"; not a bare "inquiry
 * report" nor a "statutory inquiry report", a trade weekly's as often (see `CHARITY_REGULATORS_INQUIRY`).
 */
const COMMISSIONS_INQUIRY = String.raw`(?:(?:(?:human\s+rights|equality|equal\s+opportunit(?:y|ies)|law\s+reform|royal|anti-corruption|integrity|productivity)\s+commission['’]?s?|public)\s+inquiry\s+report(?:\s+with\s+(?:testimonies|case\s+stud(?:y|ies)|recommendations))?)`;
/**
 * A field report the note in brackets after it gives to an aid body (round 61): "field report (NGO programme monitoring
 * report with quoted beneficiaries)"; a bare "field report" is a correspondent's as often (see `REPORT_QUALIFIER`).
 */
// (Not a note naming a journalist, "field report (reporter embedded with an aid agency convoy)", "(humanitarian news)", the
// review of round 61.)
const BODYS_FIELD_REPORT = String.raw`field\s+report(?=\s*\((?![^()]*\b(?:correspondents?|reporters?|journalists?|news|embedded|freelance|photographers?|dispatch|travell?ing)\b)[^()]*\b(?:ngo|charity|humanitarian|aid\s+(?:agency|organi[sz]ation)|programme|program|monitoring)\b[^()]*\)\s*$)`;
/** An ombudsman's summary of a case decided (round 61): "ombudsman's case summary (decision on a complaint against a council)". */
const OMBUDSMANS_CASE_SUMMARY = String.raw`(?:ombudsman|ombudsperson)['’]?s?\s+case\s+summar(?:y|ies)(?=${REPORT_GLOSS}\s*$)`;
/**
 * An office-holder's own report, the only kind read with what it is on after it (`REPORT_SUBJECT`): "ombudsman's final
 * report on an individual complaint", or a named kind of committee's, "select committee report into rail fares" (the second
 * review of round 59); not a newsroom's "progress report on the bypass", "research report on turnout", a monitoring group's
 * "committee report on a portfolio committee meeting" (the review of round 59).
 */
const OFFICE_HOLDERS_QUALIFIER = String.raw`(?:ombudsman|coroner|auditor[\s-]general|inspector|inspectorate|commissioner|examiner)['’]s|(?:select|joint|standing|scrutiny|portfolio)\s+committee`;
const REPORT_SUBJECT = String.raw`(?:\s+(?:on|into)\s+[^()]{1,60}?)?`;
/**
 * A bare "report" whose bracket says which report it is (round 62): "report (select committee report, quoting oral and
 * written evidence)", "report (school inspection report)", "report (provincial ombudsman's systemic investigation report,
 * numbered paragraphs)", "report (state performance audit, with the audited department's response)": the report its
 * bracket names, an issued one, two words at most before it; never a bracket naming a newsroom's work (as `REPORT_GLOSS`).
 */
// (Never one saying a newsroom's work on it, "(on the select committee report)", "(analysing the inspection report)",
// "(summary of performance audit)", "(leaked audit report)", "(charity's annual report, with analysis)": no preposition or
// newsroom's word before the report it names, none anywhere in the bracket, the review of round 62; an article or a
// possessive may stand first, "(the Ombudsman's annual report to Parliament)", and "analysis of" is a body's own, "(…, with
// analysis of 120 case files)", the second review.)
const NEWSROOMS_WORK_IN_GLOSS = String.raw`(?![^()]*\b(?:correspondents?['’]?s?|reporters?['’]?s?|report(?:ed|ing)|news|newspaper|newsroom|paper['’]?s?|press|media|desk|editors?['’]?s?|story|coverage|article|journalists?['’]?s?|exclusive|analys[ie]s(?!\s+of\b)|analys(?:ing|ed)|analyz(?:ing|ed)|reaction|leak(?:ed|s)?|explain(?:ed|er|ers)?|verdict|summary\s+of)\b)`;
const REPORT_NAMED_IN_ITS_GLOSS = String.raw`report(?=\s*\(${NEWSROOMS_WORK_IN_GLOSS}(?:(?:the|its|this|our|their)\s+)?(?:(?!(?:on|about|of|into|over|following|regarding|re|after|from|with|by|for|to|the|a|an|his|her|its|their|this|that|summary|leaked)\s)[a-z'’-]+\s+){0,2}(?:(?:${REPORT_QUALIFIER})(?:\s+(?:${REPORT_QUALIFIER}))?\s+report|(?:${OFFICE_HOLDERS_QUALIFIER})\s+(?:[a-z0-9-]+\s+){0,2}report|(?:performance|financial|compliance|statutory|value[\s-]for[\s-]money)\s+audit)\b[^()]{0,200}\)\s*$)`;
/**
 * A city's or a board's "staff report" (round 63), its note naming the council's business: "staff report (city council agenda
 * item)", the city's; not a newspaper's "staff report" byline (the review of round 63).
 */
// (Not a newsroom's note, "(news coverage of city council agenda)", "(planning commission story)", the second review of round 63.)
const STAFF_REPORT = String.raw`staff\s+report(?=\s*\((?![^()]*\b(?:news|coverage|reports|report(?:ed|ing)|story|stories|preview|recap|wire|article|reporters?|correspondents?)\b)[^()]{0,60}\b(?:council|board|commission|agenda|committee|planning|hearing)\b[^()]{0,60}\)\s*$)`;
const STAFF_REPORT_KIND = new RegExp(String.raw`^\s*${STAFF_REPORT}`, 'i');
/** A local government's or a public body's name: "City of Larkspur Falls", "Marin County Board of Supervisors", "Metro Transit Authority". */
const PUBLIC_BODYS_NAME = /\b(?:City|County|Town|Village|Borough|Township|Parish|District|Council|Board|Commission|Authority|Department|Agency|Office)\b/u;
/** The reports a body issues by their own names (the rest of `ISSUED_REPORT`). */
const UNGLOSSED_ISSUED_REPORT = String.raw`^\s*(?:${STAFF_REPORT}|${CHARITY_REGULATORS_INQUIRY}(?=${REPORT_GLOSS}\s*$)|${COMMISSIONS_INQUIRY}(?=${REPORT_PART}${REPORT_GLOSS}\s*$)|${BODYS_FIELD_REPORT}|${OMBUDSMANS_CASE_SUMMARY}|(?:${REPORT_ISSUERS_WORD}\s+)?(?:${REPORT_QUALIFIER})(?:\s+(?:${REPORT_QUALIFIER}))?\s+report(?:\s+summary)?(?:\s+with\s+(?:testimonies|case\s+stud(?:y|ies)|recommendations))?(?=${REPORT_PART}${REPORT_GLOSS}\s*$)|(?:${OFFICE_HOLDERS_QUALIFIER})(?:\s+(?:${REPORT_QUALIFIER}))?\s+report(?=${REPORT_PART}${REPORT_SUBJECT}${REPORT_GLOSS}\s*$)|report(?:\s+summary)?(?:\s+with\s+(?:testimonies|case\s+stud(?:y|ies)|recommendations))?(?=(?:\s*\((?:key\s+findings|summary|extract|excerpt|[^()]{0,120}\b(?:foreword|highlights|case\s+stor(?:y|ies)|year\s+in\s+numbers|accounts|chair['’]?s\s+(?:statement|introduction|report))\b[^()]{0,120})\))?\s*$))|^\s*(?:independent\s+)?(?:(?:learning\s+)?lessons(?:\s+learned)?|safeguarding|serious\s+case|case|practice|governance|independent|external)\s+review(?:\s+summary)?(?=\s*$)`;
/** A report its bracket names, from the genre's start (`REPORT_NAMED_IN_ITS_GLOSS`). */
const GLOSSED_REPORT = String.raw`^\s*${REPORT_NAMED_IN_ITS_GLOSS}`;
const ISSUED_REPORT = `${GLOSSED_REPORT}|${UNGLOSSED_ISSUED_REPORT}`;

/**
 * A report a body issues under a name `ISSUED_REPORT` does not list (round 36): "programme evaluation report", "focus
 * group report", "citizens' assembly report", "qualitative research report", "survey report annex" (group 1: the words
 * before "report", three at most). Only its own findings' words qualify it (`OWN_FINDINGS`); and see `issuedByBody`.
 */
const BODYS_REPORT = /^\s*((?:[\p{L}'’-]+\s+){0,3})report(?:\s+(?:annex|appendix|summary|extract|excerpt))?(?:\s*\([^()]{1,60}\))?\s*$/iu;
/**
 * Words saying a report holds its issuer's own findings: an evaluation, a survey, a study, a citizens' assembly's or a
 * consultation's. An allow-list, not a deny-list of newsrooms' and records' words: "eyewitness report", "market report",
 * "symposium report" or "roundtable report" filed by "Anadolu Agency" or a council are accounts of what others said or
 * did, as a "meeting report" is (the review of round 36).
 */
// (And a charity's report to those who fund it, "donor report", "supporter report", round 51: its own account of the year.)
const OWN_FINDINGS = /\b(?:donors?['’]?|supporters?['’]?|funders?['’]?|evaluation|survey|research|study|studies|assessment|findings|assembly|consultation|focus\s+group|qualitative|quantitative|programme|program|project|pilot|impact|progress|performance|audit|inspection|baseline|feasibility|appraisal|monitoring|engagement|insights?|policy|strategy|statistical|scoping|needs)\b/i;
/** Words that make any report an account of what others said or did, or a newsroom's, whatever else qualifies it: "news", "meeting", "verbatim", "eyewitness". */
const NOT_OWN_FINDINGS = /\b(?:news|press|media|meeting|event|conference|summit|seminar|workshop|webinar|session|sitting|plenary|hearing|court|trial|match|visit|trip|field|investigation|investigative|special|wire|(?:eye)?witness|correspondent['’]?s?|live|photo|video|market|roundtable|symposium|forum|panel|town\s+hall|colloquium|listening|verbatim|official|stenographic|transcripts?|minutes|proceedings|hansard|debates?|record|interview|evidence|feature|story|analysis)\b/i;

/** Whether a genre is a report of a body's own findings under a name `ISSUED_REPORT` does not list (`BODYS_REPORT`; see `issuedByBody`). */
function isBodysReport(kind: string): boolean {
  const words = BODYS_REPORT.exec(kind)?.[1];
  return words !== undefined && OWN_FINDINGS.test(words) && !NOT_OWN_FINDINGS.test(words);
}

/** A briefing a body writes, the genre's words (see `ISSUED_NOTICE`, `BRIEFING_KIND`): "policy briefing", "briefing note". */
const BRIEFING_GENRE = String.raw`(?:policy|research|parliamentary|members['’]?)\s+briefing|briefing\s+note`;

/** A body's agenda for a meeting, "board agenda", "meeting agenda" (round 52; see `ISSUED_NOTICE`). */
const AGENDA_GENRE = String.raw`(?:(?:board|council|committee|meeting)\s+)?agenda`;
/**
 * Whether an outlet names a body that meets in public and prints agendas: a body's name (`namesABody`), or one ending in a
 * district's, a county's or a school's word, "Pinecrest Valley Unified School District", "Harlow County", or "City of …"
 * (round 52); not a paper with such a word inside, "Kansas City Star", "Schools Week", "Village Voice" (the second review of
 * round 52).
 */
export function namesAMeetingBody(outlet: string): boolean {
  if (namesABody(outlet)) return true;
  return !isPublicationsName(outlet) && (/\b(?:District|County|Township|Borough|Parish|Shire|Schools?)\s*$/u.test(outlet.trim()) || /^(?:The\s+)?(?:City|Town|Village|Borough|County|Township)\s+of\s+\p{Lu}/u.test(outlet.trim()));
}
/** A body's agenda by its genre alone: its issuer's only where the outlet names a body, not a paper's week-ahead "agenda" (the review of round 52). */
const AGENDA_KIND = new RegExp(String.raw`^\s*${AGENDA_GENRE}\s*$`, 'i');

/**
 * What an organisation issues in its own name under another name than a release (round 30): India's "press note" (the
 * Election Commission's, the Press Information Bureau's), a listed company's "results announcement" ("interim results",
 * "trading update"), a paper's "corrections" column, a union's or a ministry's "circular"; a body's "submission" or
 * "written evidence" to an inquiry, a government's "consultation response" or a council's "freedom of information
 * response", a "position paper", "white paper" or "consultation paper", a party's "manifesto" (its leader's, signed); a
 * charity's "annual review"; a police force's
 * "police appeal" for witnesses; round 31's party "leaflet", a rating agency's "rating action", a listed company's
 * "regulatory announcement" and "notice of meeting", a health body's "guideline", "safety communication" and "advisory",
 * an emergency service's "situation update" and "incident log", a ministry's "readout", a board's "decision summary", a
 * society's "position statement"; a charity's "policy briefing" or "briefing note" (round 34; not a press briefing, a record); the
 * UN's country team's "humanitarian appeal" or "flash appeal" and a summit's, its leaders' or ministers' declaration ("summit
 * declaration", "leaders' declaration", "ministerial declaration": "We, the Heads of State … Have agreed as follows:"), round
 * 43; a medicines agency's "safety bulletin" or "safety update" (round 46); an exchange's announcement by another name ("ASX
 * announcement", "market announcement"), an SEC filing ("SEC current report (Form 8-K)"), and a governor's or mayor's
 * "proclamation" or "executive order", "NOW, THEREFORE, I, …, do hereby proclaim", its signer's, and a board's "agenda",
 * its recommendations and background its issuer's (round 52). The whole genre only: a news report on
 * "election results" is journalism.
 * (With a gloss in brackets after it, "annual review (voices page)", round 36.)
 */
const ISSUED_NOTICE = String.raw`^\s*(?:press\s+note|(?:(?:interim|half-year|full-year|preliminary|annual|quarterly)\s+)?results\s+announcement|(?:interim|half-year|full-year|preliminary|annual|quarterly)\s+results|trading\s+(?:update|statement)|corrections?(?:\s+column)?|circular|(?:annual|impact)\s+review|(?:police|public|witness)\s+appeal|(?:inquiry\s+|written\s+)?submission|written\s+evidence|(?:consultation|government|freedom\s+of\s+information|foi|ministerial)\s+response|(?:position|white|green|policy|discussion|briefing|consultation)\s+paper|${BRIEFING_GENRE}|(?:party\s+|election\s+)?manifesto|(?:party\s+|election\s+|campaign\s+)?(?:leaflet|flyer|pamphlet)s?|(?:credit\s+)?rating\s+action(?:\s+commentary)?|regulatory\s+(?:announcement|news)|(?:stock\s+exchange|asx|nzx|sgx|jse|tsx|hkex|nse|bse|market|continuous\s+disclosure)\s+announcement|sec\s+(?:current\s+report|filing)|(?:form\s+)?(?:8-k|10-k|10-q|6-k|20-f)(?:\s+filing)?|(?:(?:governor['’]?s|mayor['’]?s|mayoral|gubernatorial|presidential|royal)\s+)?proclamation|executive\s+order|${AGENDA_GENRE}|(?:agm\s+)?notice\s+of\s+(?:the\s+)?(?:annual\s+general\s+|general\s+|extraordinary\s+general\s+)?meeting|(?:agm|egm)\s+notice|(?:clinical\s+|practice\s+)?guidelines?|(?:drug\s+|medicines?\s+)?safety\s+(?:communication|alert|notice|bulletin|update)|(?:health\s+)?advisory|situation\s+update|incident\s+(?:log|update)|(?:service|network|status)\s+(?:update|alert)|readout|decision\s+summary|summary\s+of\s+(?:the\s+)?decision|position\s+statement|(?:humanitarian|flash)\s+appeal|(?:summit|leaders['’]?|ministerial)\s+declaration)(?:\s*\([^()]{1,60}\))?\s*$`;

/**
 * What a company or a charity publishes to sell or to raise money (round 36): a "case study", a "testimonials page", a
 * "product launch page", a "crowdfunding campaign page", a "fundraising appeal letter", a "campaign prospectus" or "case
 * for support", a "customer email", an "awards shortlist" with its judges' citations. Its own text is its publisher's
 * (or its signer's); the customers it quotes are quoted, as in a release. The whole genre, perhaps with a gloss in
 * brackets, "fundraising campaign prospectus (case for support)"; no newsroom files its stories under these names.
 */
const MARKETING_GENRE = String.raw`^\s*(?:(?:customer\s+)?(?:case\s+stud(?:y|ies)|success\s+stor(?:y|ies))|(?:customer\s+)?testimonials?(?:\s+page)?|(?:product(?:\s+launch)?|landing|sales)\s+page|(?:crowdfunding|fundraising|donation)\s+(?:campaign\s+)?page|(?:fundraising|donor|donation|charity|emergency|christmas|winter)\s+appeal(?:\s+(?:letter|e-?mail))?|(?:fundraising\s+)?(?:campaign\s+)?prospectus|case\s+for\s+support|customer\s+(?:e-?mail|letter|update)|awards?\s+shortlist(?:\s+and\s+(?:judges['’]?\s+)?citations)?)(?:\s*\([^()]{1,60}\))?\s*$`;

/** A marketing genre one person signs: an appeal letter or email, a customer email, letter or update. */
const SIGNED_MARKETING = /\b(?:letter|e-?mail|update)\s*(?:\([^()]*\))?\s*$/iu;
/** A marketing or fundraising genre (`MARKETING_GENRE`). */
const MARKETING_KIND = new RegExp(MARKETING_GENRE, 'i');

/**
 * Posts an account publishes on a social network (round 30): a councillor's numbered thread ("1/ The Auditor General's
 * report …"), a utility's Telegram channel. The account's own words: its author's, or unsigned its publisher's. The
 * whole genre only: a news report about a thread is journalism.
 */
const SOCIAL_POSTS = String.raw`^\s*(?:(?:social[-\s]+media|twitter|x|telegram|facebook|instagram|linkedin|bluesky|mastodon|threads)\s+)?(?:thread|posts?|channel\s+posts?|tweets?)\s*$`;
/**
 * A channel's posts by a named network, the channel's own (`SOCIAL_POSTS`): unsigned, its publisher's ("Telegram posts"
 * by a utility). Not a bare "thread" or "posts", which may be a forum's, many users' (the review of round 30).
 */
const CHANNEL_POSTS = String.raw`^\s*(?:twitter|x|telegram|facebook|instagram|linkedin|bluesky|mastodon|whatsapp)\s+(?:channel\s+)?posts?\s*$`;

/** The papers an executive writes to a board or signs for it: "board papers", "chief executive's report", "chair's statement" (see `SIGNERS_TEXT`). */
const EXECUTIVES_PAPER = String.raw`(?:board|cabinet)\s+(?:papers?|report)|chief\s+executive['’]?s\s+(?:report|statement|review)|chair(?:man|woman|person)?['’]?s\s+(?:statement|letter|report)`;
/**
 * A report whose note names one of those papers (round 63): "report (NHS trust board paper, chief executive's report to the
 * board meeting in public)", its chief executive's words ("I want to thank every member of staff …").
 */
// (As an item of the note, after a comma, a colon or a dash and a word or two, and no newsroom's work: not "(coverage of the
// chief executive's report …)" nor "(internal auditor's review of board papers)", the review of round 63; "(board meeting in
// public, item 7: chief executive's report)", "(Trust Board 12 March 2025 - Chief Executive's Report)", the second review.)
const REPORT_AS_EXECUTIVES_PAPER = String.raw`report\s*\((?![^()]*\b(?:coverage|news|story|article|reporters?|correspondents?|journalists?|analys[ie]s|reaction|leak(?:ed|s)?)\b)(?:[^()]{0,80}(?:,|:|\s[-–—])\s*)?(?:(?!(?:of|on|about|into|for|by|to|from|the|review|reviews)\s)[a-z'’-]+\s+){0,2}(?:${EXECUTIVES_PAPER})\b[^()]{0,120}\)`;
/**
 * What one person signs for a body, in the first person (round 30): a report an executive writes to the board ("board
 * papers", "chief executive's report": an NHS trust's chief executive, "I am enormously proud of our maternity team"), a
 * chair's statement or letter in an annual report, a minister's foreword to a white paper or a chief executive's to a
 * report, an email to staff; round 31's "memo" and "message to staff" and an analyst's "research note"; round 36's "HR
 * announcement", "handover note" and "leaving email"; round 44's "catalogue foreword", a museum director's to an
 * exhibition's catalogue; round 49's "cabinet report", a council director's to its cabinet ("Report of: Helen Sharrock,
 * Strategic Director"). Its author's words. The whole genre only.
 */
const SIGNERS_TEXT = String.raw`^\s*(?:${EXECUTIVES_PAPER}|${REPORT_AS_EXECUTIVES_PAPER}|(?:ministerial\s+|minister['’]?s\s+|report\s+|catalogue\s+|book\s+|exhibition\s+)?foreword|preface|e-?mail|all-staff\s+e-?mail|(?:internal\s+|staff\s+|ceo['’]?s?\s+)?(?:memo|memorandum)|(?:analyst|research|equity\s+research)\s+note|message\s+to\s+(?:staff|colleagues|employees|students|members)|(?:hr|policy|leadership|staff|internal|company|people\s+team)\s+announcement|(?:staff|team|all-staff)\s+(?:briefing|update)|announcement\s+to\s+(?:staff|colleagues|employees)|handover\s+notes?|leaving\s+(?:note|message|email))\s*$`;

/** A genre one person signs for a body (`SIGNERS_TEXT`). */
const SIGNERS_TEXT_KIND = new RegExp(SIGNERS_TEXT, 'i');

/**
 * A judgment as a court or tribunal files it: "judgment", "tribunal decision", "court ruling" (not a "court report");
 * and a coroner's findings, signed by the coroner in the first person ("I find that …"): "findings of inquest",
 * "coroner's finding", "inquest findings" (round 23); never "findings" alone, a pollster's. A sports body's
 * "disciplinary decision", "panel decision" or "disciplinary panel decision" is its panel chair's, as a tribunal's is
 * its judge's (round 26); an ombudsman's decision ("I uphold this complaint in part") its ombudsman's (round 27); an
 * "arbitration award" its arbitrator's, and a press council's "adjudication" (round 31).
 */
// (A planning inspector's "planning appeal decision", "I find that these measures would limit the harm …", by the inspector
// its byline names, round 34.)
// (And one "with written reasons", an employment tribunal's judgment, and a record of inquest with a long gloss in brackets,
// "(coroner's determination, narrative conclusion and written findings)", round 56; not a gloss saying it is a newsroom's,
// "court ruling (legal affairs correspondent's report on the judgment …)", the review of round 56.)
// (A tribunal's "oral ruling" or "bench decision", with what it holds in brackets after it, "tribunal oral ruling (bench
// decision and certification)": its judge's, round 32.)
/** What a decision decides, after it: "ombudsman's final decision on a complaint" (round 60), "decision on an appeal". */
const DECISION_SUBJECT = String.raw`(?:\s+(?:on|about|into)\s+(?:an?\s+|the\s+)?(?:individual\s+)?(?:complaint|appeal|application|referral)(?:\s+(?:about|against)\s+(?:an?\s+|the\s+)?[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,4})?)?`;
// (And a coroner's "findings of fact and record of an inquest", round 60.)
const JUDGMENT = String.raw`^\s*(?:(?:(?:court|tribunal|employment\s+tribunal|appeal|reserved|disciplinary|panel|ombudsman['’]?s?|final|provisional|oral|bench|planning|inspector['’]?s?)\s+){0,2}(?:judgment|judgement|decision|ruling|adjudication)|arbitration\s+award|coroner['’]?s\s+findings?(?:\s+of\s+fact)?(?:\s+and\s+record\s+of\s+(?:an\s+|the\s+)?inquest)?|findings?\s+(?:of|into|in)\s+(?:an\s+)?(?:inquest|death)|inquest\s+findings?|record\s+of\s+inquest)(?=${DECISION_SUBJECT}(?:\s+with\s+(?:written\s+)?reasons)?(?:\s*\((?![^()]*\b(?:correspondent|reporter|report|news|story|reaction|coverage|article|journalist)\b)[^()]{1,120}\))?\s*$)`;

/**
 * A regulator's notice of its decision, "final notice", "decision notice", "enforcement notice", "warning notice"
 * (round 27): the regulator's own finding ("The Authority considers that Mr Delaney acted dishonestly"), as a
 * release is its issuer's. So is a "regulator's decision" or "regulatory ruling" (round 29: a broadcasting regulator's
 * bulletin finding, "We considered …", "Our Decision is that …").
 */
// (And a police force's "misconduct hearing outcome notice", round 60: the force's own account of its panel's finding.)
const REGULATORY_NOTICE = String.raw`^\s*(?:(?:(?:regulator['’]?s?|regulatory|statutory)\s+)?(?:final|decision|enforcement|warning|penalty)\s+notice|(?:police\s+)?(?:(?:gross|accelerated)\s+)?(?:misconduct|disciplinary|conduct)\s+(?:hearing\s+)?outcome(?:\s+notice)?|regulator['’]?s\s+(?:decision|finding|ruling)|regulatory\s+(?:decision|finding|ruling))\s*$`;

/**
 * A blog is its author's voice; a live blog (`live blog`, `liveblog`, `live-blog`) is a newsroom's running
 * report of events, whose narration is nobody's.
 */
const BLOG = String.raw`(?<!\blive[\s-]*)blog`;

/**
 * A body's comment letter in a rulemaking docket or a consultation, its genre opening the kind (round 63): "public comment
 * letter (rulemaking docket submission, …)", a trade association's "we", its issuer's; not "news report on a comment letter".
 */
// (Or what it comments on, "public comment letter on the proposed rule", the second review of round 63.)
const COMMENT_LETTER = String.raw`^\s*(?:public\s+)?comments?\s+letter(?:\s*\(|\s*$|\s+(?:on|regarding|re|about|to)\s)`;
const COMMENT_LETTER_KIND = new RegExp(COMMENT_LETTER, 'i');
/** A members' or a campaign's body by its name's word, whatever newsroom's word it holds: "Reporters Committee for Freedom of the Press". */
const MEMBERS_BODY = /\b(?:Committee|Association|Alliance|Coalition|Council|Union|Federation|Society|Foundation|Institute|Guild|League|Network|Commission)\b/u;

/** Genres whose own text is their author's (or, unsigned, their outlet's) voice: `kind: opinion` and the like. */
// (A court's or tribunal's own "judgment", "decision" or "ruling" is its judge's words, round 21: set 118's employment
// tribunal decision; a "court report" is journalism about a case.)
// (A speech by any other name, "commencement address", "lecture", "sermon", "eulogy", "keynote"; and a critic's review,
// "book review", "film review", not a "press review" of other papers' words: round 29.)
// (The whole genre only, so that "address coverage", "news review", "year in review" or "press-review" stay journalism,
// the review of round 29.)
const SPOKEN_ADDRESS = String.raw`^\s*(?:(?:commencement|keynote|inaugural|graduation|farewell|presidential)\s+)?(?:address|lecture|sermon|homily|eulogy|keynote|oration)(?:\s+text)?\s*$`;
// (Or a "review" alone, a critic's by its byline, round 30: The Globe and Mail's documentary review.)
const CRITICS_REVIEW = String.raw`^\s*(?:(?:book|film|movie|theatre|theater|music|album|concert|restaurant|art|exhibition|television|tv|opera|dance|game)\s+)?review\s*$`;
// (And a programme's notes in its writer's voice, a football manager's "manager's notes", a head teacher's notes to
// parents, round 37: a column by another name.)
const WRITERS_NOTES = String.raw`^\s*(?:(?:(?:matchday|match|concert|theatre)\s+)?programme\s+notes|(?:manager|captain|chair(?:man|woman)?|president|head\s*teacher|headteacher|principal|director)['’]?s?\s+notes)\s*$`;
export const OWN_VOICE = new RegExp(String.raw`\b(?:opinion|op-?ed|column|commentary|comment|editorial|${BLOG}|letter|essay|statement|(?:press|news|media) release|press summary|judgment summary|speech|remarks|testimony|${REGULATORY_NOTICE}|${ISSUED_REPORT}|${JUDGMENT})\b|${SPOKEN_ADDRESS}|${CRITICS_REVIEW}|${ISSUED_NOTICE}|${MARKETING_GENRE}|${SIGNERS_TEXT}|${SOCIAL_POSTS}|${WRITERS_NOTES}`, 'i');

/** Genres that, unsigned, speak for the outlet or organisation that issued them (a court's "press summary" is the court's). */
// (A "news release" or a "media release" is a press release by another name, round 41.)
export const ISSUER_VOICE = new RegExp(String.raw`\b(?:editorial|statement|(?:press|news|media) release|press summary|judgment summary|${REGULATORY_NOTICE}|${ISSUED_REPORT})\b|${ISSUED_NOTICE}|${MARKETING_GENRE}|${CHANNEL_POSTS}|${COMMENT_LETTER}`, 'i');

/**
 * A paper's own view by its title, in an unsigned opinion piece: "The Irish Times view on …", "The Guardian view on
 * …", "Our view: …", "Editorial: …" (round 21). Not any unsigned opinion piece: its byline may be in its text.
 */
const PAPERS_VIEW_TITLE = /\b(?:view\s+on|our\s+view|editorial)\b/i;

/** A briefing a body writes (see `ISSUED_NOTICE`): "policy briefing", "briefing note". */
const BRIEFING_KIND = new RegExp(String.raw`^\s*(?:${BRIEFING_GENRE})\s*$`, 'i');

/** A planning inspector's decision by its genre (see `JUDGMENT`): "planning appeal decision", "inspector's decision". */
const PLANNING_DECISION = /\b(?:planning|inspector['’]?s?)\b/i;
/** A body that issues planning decisions, besides `ORG_WORDS`': an inspectorate. */
const INSPECTORATE_WORDS = new Set(['inspectorate']);
/** A judgment's genre (see `JUDGMENT`). */
const JUDGMENT_KIND = new RegExp(JUDGMENT, 'i');

/** A report an organisation issues (see `ISSUED_REPORT`): cited to the organisation, whoever wrote it. */
const ISSUED_REPORT_KIND = new RegExp(ISSUED_REPORT, 'i');
/**
 * Whether a genre is an issued report only by the report its bracket names (`REPORT_NAMED_IN_ITS_GLOSS`) and its outlet a
 * newsroom's, "Northmoor Gazette", "report (school inspection report)": its story on that report, the review of round 62.
 */
function newsroomsGlossedReport(kind: string, outlet: string | undefined): boolean {
  // (A publication's title, "Northmoor Gazette", "BBC News", "The Yorkshire Post": not a body with "Press" or "Media" in its
  // name, "Independent Press Standards Organisation", "Culture, Media and Sport Committee", the second review of round 62.)
  return !!outlet && GLOSSED_REPORT_KIND.test(kind) && !ISSUED_REPORT_WITHOUT_GLOSS.test(kind) && (PUBLICATION_TITLE_END.test(outlet.trim()) || isTitledPublication(outlet));
}
const GLOSSED_REPORT_KIND = new RegExp(GLOSSED_REPORT, 'i');
const ISSUED_REPORT_WITHOUT_GLOSS = new RegExp(UNGLOSSED_ISSUED_REPORT, 'i');
/**
 * A bare "investigation report" (round 49): an ombudsman's or a regulator's, "Office of the Ombudsman", is the office's own
 * account of what it found, an issued report; a newsroom's investigation is journalism (the review of round 29), so only
 * when its outlet names an oversight body (`OVERSIGHT_BODY`), not a publication.
 */
// (Or its summary, and what it is in brackets after it, "investigation report summary (police watchdog)", round 55.)
// (Or an oversight body's by its own word before it, "ombudsman's investigation report (public interest report)", round 56.)
const INVESTIGATION_REPORT = /^\s*(?:(ombudsman|ombudsperson|regulator|commissioner|inspectorate|watchdog)['’]?s?\s+)?investigation\s+report(?:\s+summary)?(?:\s*\(([^()]{1,60})\))?\s*$/i;
/** An oversight body's word in an outlet's name: "Office of the Ombudsman", "Information Commissioner's Office" (not a newsroom's "Center for Public Integrity", the review of round 49). */
// (Or a police watchdog's, "Independent Police Standards Commission", "Independent Office for Police Conduct", round 55.)
const OVERSIGHT_BODY = /\b(?:ombudsman|ombudsperson|commissioner['’]?s?|regulator|inspectorate|auditor|watchdog|police\s+(?:standards|conduct|complaints))\b/i;

/** Whether a genre is a report a body issues (`ISSUED_REPORT`), or an investigation report a body files (`INVESTIGATION_REPORT`). */
function isIssuedReport(kind: string, outlet: string | undefined): boolean {
  if (newsroomsGlossedReport(kind, outlet)) return false;
  // (A staff report only from a local government or a public body by its name, "City of Larkspur Falls": not a local
  // site's "Harwick Patch", the second review of round 63.)
  if (STAFF_REPORT_KIND.test(kind) && !PUBLIC_BODYS_NAME.test(outlet ?? '')) return false;
  const investigation = INVESTIGATION_REPORT.exec(kind);
  return ISSUED_REPORT_KIND.test(kind) || (!!investigation && !!outlet && namesABody(outlet) && (!!investigation[1] || OVERSIGHT_BODY.test(outlet) || OVERSIGHT_BODY.test(investigation[2] ?? '')));
}

/**
 * The author a byline names, without what it adds in parentheses after the name: the outlet or the role
 * ("Lorenzo Baldi (Corriere della Sera)" is Lorenzo Baldi; set 103's interview).
 */
export function authorOf(source: SourceDocument['source']): string | undefined {
  const author = source.author?.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  // (Or the role after a comma: "Dr Selma Hargreave, Head of Policy" is Dr Selma Hargreave, round 34; not a second name,
  // "Ann Lee, Tom Roe", nor a joint byline, "Jane Doe, MP, and Tom Roe, MP", the review of round 34.)
  const [name, role] = author?.split(/,\s*(.*)/su) ?? [];
  if (name && role && !/[,;&]|\band\b/iu.test(role) && isOnePersonsName(name) && !isOnePersonsName(role) && role.split(/\s+/u).some((word) => TITLES.has(word.toLowerCase()))) return bylineWithoutCourtesyTitles(name, isJudicialDocument(source));
  // (A joint byline, each a person's name: each without its titles, "Amara Ndiaye-Brooks, …, Rev. Samuel Adeyemi-Hart, Dr.
  // Leila Farouk-Jansen" over an open letter five sign, round 60; the separators as printed.)
  const parts = author?.split(JOINT_BYLINE_SEPARATOR) ?? [];
  // (Each with its style and letters too, "The Hon. Catherine Marloe MP and Tom Reilly MP", the review of round 61.)
  if (parts.length >= 3 && parts.every((part, i) => i % 2 === 1 || isOnePersonsName(bylineWithoutCourtesyTitles(part, isJudicialDocument(source))))) return parts.map((part, i) => (i % 2 === 1 ? part : bylineWithoutCourtesyTitles(part, isJudicialDocument(source)))).join('');
  return author ? bylineWithoutCourtesyTitles(author, isJudicialDocument(source)) : source.author;
}

/** Between the names of a joint byline, kept by `split`: ", ", ", and ", " and ", " & ". */
const JOINT_BYLINE_SEPARATOR = /(\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/u;

/**
 * A byline's name without its titles of courtesy and learning (`withoutCourtesyTitles`): not a judge's office, "Mrs
 * Justice Hartley", nor a name that would be left a single word ("Dr Hartono").
 */
function bylineWithoutCourtesyTitles(name: string, judicial: boolean): string {
  const rest = withoutOfficesOrCourtesyTitles(withoutLettersAfter(name), judicial);
  return rest !== name && /\s/u.test(rest) && !/^(?:Justice|Lord|Lady)\s/u.test(rest) && isOnePersonsName(rest) ? rest : name;
}

/** Whether a document is a court's or a tribunal's own, a judgment's genre or `isCourtsDocument`'s words: where "Justice" before a byline's name is a judge's office (see `withoutOfficesOrCourtesyTitles`). */
function isJudicialDocument(source: SourceDocument['source']): boolean {
  return JUDGMENT_KIND.test(source.kind ?? '') || isCourtsDocument(source);
}

/** An issuer that is a judiciary, a tribunal or a coroner ("Courts and Tribunals Judiciary", "Coroner's Court"); not any name with "Court" in it ("European Court of Auditors", "Court News UK"). */
const JUDICIAL_ISSUER = /\b(?:tribunals?|judiciary|coroner(?:['’]s)?)\b/i;

/**
 * One person's name, as a report's author line gives it: "Dr Tomasz Wierzbicki", "Helen Marchbank"; not two
 * ("Hannah Oyelaran, Martin Lisický", "Ann Lee and Tom Roe") nor a body ("Research Unit", "Kinship Labour Rights").
 */
function isOnePersonsName(author: string): boolean {
  const words = author.replace(PERSONS_TITLE, '').split(/\s+/u);
  // (Each word a name's, cased as a name is: not "Age UK" or "IFS Researchers"; not a body's or a desk's word, "Economics
  // Team", "Staff Reporter", "Human Rights Watch"; two to three words, "Ann Lee Tom Roe" is two people; the review of
  // round 27.)
  // (A middle initial too, "Miriam K. Saltonstall", round 58.)
  return !/[,;&/]|\band\b/iu.test(author) && words.length >= 2 && words.length <= 3 && words.every((w, i) => (/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w) || (i > 0 && i < words.length - 1 && /^\p{Lu}\.$/u.test(w))) && !ORG_WORDS.has(w.toLowerCase()) && !NOT_A_PERSONS_WORD.has(w.toLowerCase()));
}

/** A title before an author's name ("Dr Tomasz Wierzbicki", "Professor Ann Lee", "Rev. Samuel Adeyemi-Hart", round 60). */
const PERSONS_TITLE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Revd)\.?\s+/u;
/** Words of an author line that name a desk, a body or a role, not a person ("Economics Team", "Citizens Advice", "Full Fact"). */
const NOT_A_PERSONS_WORD = new Set('team staff reporter reporters correspondent desk editor editors researchers rights watch advice fact citizens unit centre center policy economics news'.split(' '));

/** A title saying the text is one person's own words: "Opinion of Lord Ardmillan in the cause …", "Speech by …". */
// (Or a minister's answer to parliamentary questions, "Oral Answer by Minister of State for Manpower Vincent Lim Jun Hao to
// Parliamentary Questions on …", round 32.)
const OWN_WORDS_TITLE = /^\s*(?:the\s+)?(?:opinion|judgment|judgement|speech|statement|remarks|address|testimony|evidence|letter|lecture|(?:(?:oral|written|parliamentary)\s+)?(?:answer|reply))\s+(?:of|by|from)\s+/i;
/** The office a title may give before the author's name: "Minister of State for Manpower " (capitalised words and "of", "for", "and", "the"). */
const OFFICE_BEFORE_NAME = /^(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on)\s+){0,10}$/u;

/**
 * Rule "a title naming the author as the one speaking" (round 20): a judge's opinion filed as a court report
 * ("Opinion of Lord Ardmillan …", author Lord Ardmillan) is the judge's words, whatever the genre says, as an
 * opinion piece is its author's. Only when the name after "of" or "by" is the author's.
 */
function titledAsAuthorsOwn(source: SourceDocument['source']): boolean {
  const title = source.title ?? '';
  const author = authorOf(source);
  const m = OWN_WORDS_TITLE.exec(title);
  if (!m || !author) return false;
  // (The whole name: "Lord Reed" is not "Lord Reedham"; after the office at most, "Minister of State for Manpower Vincent
  // Lim Jun Hao", round 32.)
  const after = title.slice(m[0].length);
  const at = after.toLowerCase().indexOf(author.toLowerCase());
  return at >= 0 && OFFICE_BEFORE_NAME.test(after.slice(0, at)) && !/^[\p{L}\p{N}]/u.test(after.slice(at + author.length));
}

/**
 * A diary's or a memoir's genre, the whole of it: "diary excerpt", "diary extracts", "memoir", "journal entries"; not a
 * newsroom's "news diary", a "memoir review" or a "news article on memoir" (the review of round 34).
 */
const DIARY_KIND = /^\s*(?:(?:personal|private|war|wartime|travel|winter|field|expedition)\s+)?(?:diary|diaries|memoirs?|journal)(?:\s+(?:excerpts?|extracts?|entr(?:y|ies)|pages))?\s*$/i;
/** The most characters of a title read for a diarist's name: a hostile title costs no more (the review of round 34). */
const MAX_DIARIST_TITLE_CHARS = 300;
/** A genre or title saying that an editor annotates the pages: "annotated diary extracts", "edited by …", "with notes by …". */
const EDITED = /\b(?:annotated|edited|with\s+(?:an\s+)?(?:notes|commentary|introduction)\s+by|editor['’]s\s+notes?)\b/i;
/** A title naming whose diary or memoir it is: "The 1944 diary of Anna Vesela", "Anna Vesela's wartime diary" (group 1 or 2: the name). */
// (The genre's word in any case, "The 1944 Diary of Anna Vesela"; the name the whole of what follows "of", not a possessive,
// "A diary of Keir Starmer's first 100 days": the review of round 34.)
const DIARIST_TITLE = /\b(?:[Dd]iary|[Dd]iaries|[Mm]emoirs?|[Jj]ournals?)\s+of\s+(\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]{1,30}){1,3})(?![\p{L}'’-])(?!\s*['’]s\b)|(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]{1,30}){1,3})['’]s\s+(?:[\p{L}\d-]+\s+){0,2}(?:[Dd]iary|[Dd]iaries|[Mm]emoirs?|[Jj]ournals?)\b/u;

/**
 * Rule "a diary's or a memoir's pages are their writer's" (round 34: The Observer Magazine's winter diary from an
 * Antarctic station, by the glaciologist who kept it): the byline's, as an essay's are; or, with no byline, the one the
 * title names as its writer ("The 1944 diary of Anna Vesela"). No one's when the byline and the title name two people
 * or the title says the diary is made up ("The secret diary of Boris Johnson").
 */
function diarist(source: SourceDocument['source']): string | undefined {
  // (Not an edited or annotated one, whose editor's notes between the entries are a second voice the rules cannot tell
  // from the diarist's: "annotated diary extracts", round 34's held-out set 221, 15 of its editor's sentences given to
  // the diarist.)
  if (!DIARY_KIND.test(source.kind ?? '') || EDITED.test(source.kind ?? '') || EDITED.test(source.title ?? '')) return undefined;
  const title = (source.title ?? '').slice(0, MAX_DIARIST_TITLE_CHARS);
  const titled = DIARIST_TITLE.exec(title);
  const named = titled?.[1] ?? titled?.[2];
  // (Not a possessive read as a name's last word, "A diary of Keir Starmer's first 100 days".)
  const phrase = named && !/['’]s$/u.test(named) ? labelPhrase(named) : undefined;
  const diaristInTitle = phrase?.kind === 'person' ? phrase.core : undefined;
  const author = authorOf(source);
  // (A byline and a title naming two people, an archivist's blog printing "the 1916 diary of Private Tom Hale", or a made-up
  // diary, "The secret diary of …": whose the pages are is not told, so no one's, the review of round 34.)
  if (MADE_UP_WRITINGS.test(title) || (author && diaristInTitle && author.toLowerCase() !== diaristInTitle.toLowerCase())) return undefined;
  return author ?? diaristInTitle;
}

/** A person's writings by their genre's word: "diary extracts", "letters", "notebooks", "correspondence". */
const WRITINGS = /\b(?:diary|diaries|journals?|letters?|memoirs?|notebooks?|papers|correspondence)\b/i;

/**
 * Rule "an edition's own text is its editor's" (round 35: a local history society's annotated edition of a girl's flood
 * diary, "diary extracts (annotated edition)", by its honorary archivist, "I have transcribed the entries … My notes
 * follow the extracts."): the introduction and the notes around the writings are the byline's, the editor's own voice;
 * the writings themselves are their writer's (`transcribedTextTurns`). Only where the rules see where the writings are
 * and whose they are (`transcribedWriter`): else the editor's notes between entries cannot be told from the diarist's
 * words, and both are left to no one.
 */
function editorOfEdition(doc: SourceDocument): string | undefined {
  return mayBeEdition(doc.source) && transcribedWriter(doc) !== undefined ? authorOf(doc.source) : undefined;
}

/** Whether a genre is an edition of someone's writings (cheap: see `editorOfEdition`). */
function mayBeEdition(source: SourceDocument['source']): boolean {
  const kind = source.kind ?? '';
  return EDITED.test(kind) && WRITINGS.test(kind) && !JOURNALISM_ABOUT_WRITINGS.test(kind) && authorOf(source) !== undefined;
}

/** A newsletter's genre: "newsletter", "email newsletter", "briefing newsletter". */
// (And a body's bulletin to its members, "members' bulletin", "branch bulletin", round 34: a farmers' union's; not a "news
// bulletin", a broadcaster's.)
const NEWSLETTER_KIND = /\bnewsletter\b|\b(?:members?['’]?|staff|branch|parish|club|union|society)\s+bulletin\b/i;
/** The closing paragraphs a newsletter's sign-off is looked for in (the sign-off, the name, a line about the author). */
const SIGN_OFF_PARAGRAPHS = 4;
/** A valediction: "Best wishes", "Thanks for reading", "Until next week", "Cheers" (see `SIGN_OFF`). */
const VALEDICTION = String.raw`(?:with\s+)?(?:best|kind|warm|warmest)\s+(?:wishes|regards)|all\s+the\s+best|best|regards|cheers|thanks(?:\s+for\s+reading)?|thank\s+you|until\s+next\s+(?:week|time)|see\s+you\s+next\s+(?:week|time)|yours|warmly`;
/** A sign-off on one line: a valediction and a name ("Best wishes, Ruth"), or a dash and a name ("— Ruth"); group 1: the name. */
const SIGN_OFF = new RegExp(String.raw`^(?:(?:${VALEDICTION})\s*[,.!]?\s+|[\u2013\u2014]\s*)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\.?$`, 'iu');
/** A heading's byline: "Guest column by Cllr Rob Fenn", "Caseworker corner, by Jo Platt". */
const BY_NAME = /\bby\s+(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;
/** The most words of a heading read for a byline (`BY_NAME`). */
const MAX_BYLINED_HEADING_WORDS = 14;
/**
 * The share of a newsletter's paragraphs that must speak in the first person singular ("I", "my", "me") for it to be a
 * letter to readers: a news digest signs off by name too ("Thanks for reading, Archie"), but its items are news, not
 * its author speaking (the review of round 25). The Resolution Foundation's Briefing has 0.31 (9 of 29 paragraphs), a
 * narrow margin; a digest's items next to none.
 */
const MIN_FIRST_PERSON_SHARE = 0.25;

/**
 * Rule "a newsletter signed off by its author is the author's letter to readers" (round 25, the Resolution
 * Foundation's Briefing, "Best wishes," / "Ruth"): the author's first or full name alone on a line, or after a
 * valediction or a dash, among its closing paragraphs, in a newsletter written in the first person
 * (`MIN_FIRST_PERSON_SHARE`). A news digest stays nobody's narration. (Round 28: the name alone, whatever precedes it, a
 * valediction in the newsletter's own language, "Hwyl am y tro," / "Gethin", or none, "… I read everything." / "Sofia".)
 * (Round 49: or one from its author's own office, its outlet naming the author in full.)
 */
export function signedOffByAuthor(doc: SourceDocument): boolean {
  const author = authorOf(doc.source);
  // (One author: "Ruth Smith and Tom Bell" sign no letter as one.)
  if (!author || !isNewsletter(doc.source) || /\s(?:and|&)\s/.test(author)) return false;
  const given = author.split(/\s+/).find((w) => !isTitle(w)) ?? author;
  // (And the name without its titles: "Mayor Luis Ortega" signs "Luis Ortega", round 30.)
  const untitled = author.split(/\s+/).filter((w) => !isTitle(w)).join(' ');
  const names = new Set([author, given, untitled].map((n) => n.toLowerCase()));
  const lines = doc.paragraphs.slice(-SIGN_OFF_PARAGRAPHS).flatMap((p) => p.text.split('\n').map((line) => line.trim()).filter(Boolean));
  // (Or the name alone on its line, after a valediction or not: "… hit reply and tell me about it — I read everything." /
  // "Sofia", round 28.)
  const signed = lines.some((line) => names.has(SIGN_OFF.exec(line)?.[1]?.toLowerCase() ?? '') || names.has(line.replace(/[.,]$/, '').toLowerCase()));
  // (A branch secretary's bulletin speaks for the branch, "we" and "our", and signs off "In unity," / "Kerry Dunmore":
  // with a valediction before the name, the first person plural will do, round 30.)
  // (Not a newsroom's newsletter, whose "we" is the paper: the review of round 30.)
  const valediction = lines.some((line, i) => /,$/.test(line) && names.has((lines[i + 1] ?? '').replace(/[.,]$/, '').toLowerCase()));
  const forABody = valediction && !isTitledPublication(doc.source.outlet ?? '');
  // (Or one its author's own office sends, outlet "Office of Megan Tolhurst MP", an MP's newsletter to constituents whose
  // letter signs "Megan" before its other items: hers throughout, round 49.)
  // (Not one with another's bylined section, "Guest column by Cllr Rob Fenn", "Caseworker corner, by Jo Platt": its signed
  // or unsigned items may be others', the review of round 49.)
  const bylinedSection = doc.paragraphs.some((p) => {
    const line = p.text.trim();
    return !line.includes('\n') && !/[.!?:]$/u.test(line) && line.split(/\s+/u).length <= MAX_BYLINED_HEADING_WORDS && BY_NAME.test(line) && !line.includes(untitled);
  });
  const fromAuthorsOffice = untitled.includes(' ') && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(untitled)}(?![\p{L}])`, 'iu').test(doc.source.outlet ?? '') && !bylinedSection;
  return (signed || fromAuthorsOffice) && (writtenInFirstPerson(doc, (text) => text) || (forABody && writtenInFirstPerson(doc, (text) => text, FIRST_PERSON_PLURAL)));
}

/**
 * Whether at least `MIN_FIRST_PERSON_SHARE` of a document's paragraphs say "I", "my" or "me" (or the words of `person`)
 * in the words `own` keeps of each (all of them, or those outside quotation marks).
 */
function writtenInFirstPerson(doc: SourceDocument, own: (text: string) => string, person = FIRST_PERSON_SINGULAR): boolean {
  const firstPerson = doc.paragraphs.filter((p) => person.test(own(p.text))).length;
  return firstPerson >= MIN_FIRST_PERSON_SHARE * doc.paragraphs.length;
}

/** A paragraph's words outside its double quotation marks (an unclosed one runs to the end). */
export function outsideQuotations(text: string): string {
  return text.replace(/[“"][^”"]*[”"]?/gu, ' ');
}

/** Whether a document is a newsletter with an author (cheap), the genre `signedOffByAuthor` reads. */
function isNewsletter(source: SourceDocument['source']): boolean {
  return NEWSLETTER_KIND.test(source.kind ?? '') && !!authorOf(source);
}

/**
 * Rule "a report one person signs and writes in the first person is that person's" (round 27): a planning inspector's
 * report to the Secretary of State ("I held a round-table session …", "I recommend that the appeal be dismissed") is
 * the inspector's words, not the Planning Inspectorate's; its labeller read it so. A report signed by one researcher
 * but written as the institution's finding stays its issuer's (the earlier rounds' think-tank and European Court of
 * Auditors pins), as does one signed by two or by a desk. First person: at least `MIN_FIRST_PERSON_SHARE` of its
 * paragraphs say "I", "my" or "me" outside quotation marks.
 */
function reportInSignersVoice(doc: SourceDocument): string | undefined {
  const { source } = doc;
  const author = authorOf(source);
  if (!isIssuedReport(source.kind ?? '', source.outlet) || !source.outlet || !author || author === source.outlet || !isOnePersonsName(author)) return undefined;
  if (isTitledPublication(source.outlet)) return undefined;
  return writtenInFirstPerson(doc, outsideQuotations) || signedByBodysOfficeHolder(doc, author, source.outlet) ? author : undefined;
}

/**
 * Rule "a report its body's office-holder signs is the holder's" (round 47): a prison inspection's summary signed
 * "Nicholas Tremayne / HM Chief Inspector of Prisons" for HM Inspectorate of Prisons, a report signed "Dame Yvonne
 * Castellane / Victims' Commissioner for England and Wales" for the Office of the Victims' Commissioner: the office is
 * the body, its "we" the holder's team, and its labeller gave the whole text to the filed author. The author's name on a
 * line of its own, the next line an office (`BODYS_OFFICE`) whose own word the body's name holds, as printed or as its
 * stem ("Inspector" of "Inspectorate"). A researcher's signature, "Senior Fellow", leaves a report its issuer's.
 */
function signedByBodysOfficeHolder(doc: SourceDocument, author: string, outlet: string): boolean {
  const bodyWords = [...outlet.matchAll(/\p{Lu}[\p{L}-]+/gu)].map((m) => m[0].toLowerCase());
  // (Not a word both share, nor a body named by the office's stem: a European Commissioner signing for the European
  // Commission is one of its members, the review of round 47's rules.)
  const ofTheBody = (office: string) => bodyWords.some((w) => w === office || (w.startsWith(office) && office.length >= MIN_OFFICE_STEM));
  return doc.paragraphs.some((p) => {
    const lines = p.text.split('\n').map((line) => line.replace(/[*_]/gu, '').trim());
    return lines.some((line, i) => {
      const office = withoutCourtesyTitles(line) === author ? BODYS_OFFICE.exec(lines[i + 1] ?? '')?.[1] : undefined;
      return office !== undefined && ofTheBody(office.toLowerCase());
    });
  });
}
/**
 * An office that is its body's, whoever holds it, on a line of its own: "HM Chief Inspector of Prisons", "Victims'
 * Commissioner for England and Wales" (group 1: the office's word). Not a rank in a body, "Chief
 * Inspector, Greater Eastmarch Police", "Assistant Commissioner, Metropolitan Police Service": no comma (the review of
 * round 47's rules).
 */
const BODYS_OFFICE = /^(?:HM\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+(?:and\s+)?){0,3}(Inspector|Commissioner|Ombudsman|Comptroller|Auditor)\b[^,]*$/u;
/** The shortest office word read as the stem of a body's word: "Inspector" of "Inspectorate". */
const MIN_OFFICE_STEM = 5;

/**
 * Rule "a report's foreword filed with its writers is theirs" (round 39: "Fenwick City Libraries Annual Report 2023–24:
 * Foreword" by "Margaret Oduya and Callum Reith", the board's chair and the city librarian, who sign it): a report filed
 * as its foreword or preface alone, by title, speaks in the words of the people filed as writing it, one or two, as a
 * signed foreword inside a report is its signer's (`signedForewords.ts`); the rest of a report stays its issuer's.
 */
function writersOfFiledForeword(source: SourceDocument['source']): string | undefined {
  const author = authorOf(source);
  if (!isIssuedReport(source.kind ?? '', source.outlet) || !author || author === source.outlet || !FOREWORD_TITLE.test(source.title ?? '')) return undefined;
  const writers = author.split(JOINT_BYLINE);
  return writers.length <= MAX_FOREWORD_WRITERS && writers.every(isOnePersonsName) ? author : undefined;
}
/** A title naming a report's foreword or preface as the document: "Annual Report 2023–24: Foreword", "Preface". */
// (Or the writer's, "…: Foreword by the Chair", "…: Chief Executive's foreword", the review of round 39's rules.)
const FOREWORD_TITLE = /(?:^|:\s*|[—–-]\s*)(?:(?:ministerial|joint|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\s+)?(?:foreword|preface)(?:\s+(?:by|from)\s+[^:;\n]{2,60})?\s*$/iu;
/** The most writers a filed foreword's byline names: a chair and a chief officer sign one together. */
const MAX_FOREWORD_WRITERS = 2;

/** A heading saying a body's document is its office-holder's statement: "PRESS STATEMENT BY THE CHAIRPERSON ON …" (round 32). */
const STATEMENT_BY_OFFICE = /^(?:press\s+|media\s+)?statement\s+by\s+the\s+(?:chair(?:man|woman|person)?|president|chief\s+executive|director(?:-general)?|commissioner|governor|minister|secretary|mayor|ombudsman)\b/i;
/** How many opening paragraphs may hold that heading. */
const HEADING_PARAGRAPHS = 3;
/** A press office's role under a name: "Communications Officer", "Press Officer", "Media Relations". */
const PRESS_OFFICE_ROLE = /\b(?:communications?|press|media|public\s+relations|publicity)\s+(?:officer|manager|adviser|advisor|relations|office|team|lead|contact|director)\b/i;
/** A signed name on its own line, in capitals or not: "HALIMA W. ABDI", "Eimear Doyle" (two to four words, initials allowed). */
// (With the signer's part in brackets after it, a panel's "Ruth Okonjo (Chair)" over its members' names, round 38.)
const SIGNED_NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}(?:\s+\(\p{Lu}[\p{L} '’-]{1,30}\))?$/u;

/**
 * The one person who signs a body's unsigned document at its close, and where the signature is: a name alone on its
 * line among the closing paragraphs, perhaps cased in capitals ("EIMEAR DOYLE" / "DEPUTY FINANCIAL SERVICES AND
 * PENSIONS OMBUDSMAN"), with a role or a date after it at most.
 */
function closingSignature(doc: SourceDocument): { signer: string; at: number[] } | undefined {
  const last = doc.paragraphs.length;
  for (let at = last - 1; at >= Math.max(0, last - SIGN_OFF_PARAGRAPHS); at--) {
    const cased = signedNameOn(doc.paragraphs[at]?.text ?? '');
    if (!cased) continue;
    // (Only a role or a date after it: not a closing sentence; and not a press officer's contact block, a name over a role,
    // an email address or a telephone number, the review of round 32.)
    // (Or the issuer's footer after it, "Harbour Office, West Quay, Kellsmouth KL1 2HA. Port Control: VHF Channel 12. Tel:
    // 01946 550 700." under a harbour master's notice, round 58: an address, fields and numbers, no one's sentence.)
    const after = doc.paragraphs.slice(at + 1).filter((p) => !isIssuersFooter(p.text));
    if (after.some((p) => endsSentence(p.text.trim()) && !/^\d/.test(p.text.trim()))) return undefined;
    if ([doc.paragraphs[at], ...after].some((p) => CONTACT.test(p?.text ?? '')) || PRESS_OFFICE_ROLE.test(doc.paragraphs[at]?.text ?? '')) return undefined;
    return { signer: cased, at: Array.from({ length: last - at }, (_, i) => at + i) };
  }
  return undefined;
}

/** A footer's field: "Port Control: VHF Channel 12.", "Tel: 01946 550 700." (a short label, a short value, no verb's sentence). */
const FOOTER_FIELD = /^\p{Lu}[\p{L} ]{0,30}:\s+[^.!?:\n]{1,60}\.?$/u;

/** Whether a closing paragraph is an issuer's footer, each sentence an address with its postcode, a contact or a field (see `closingSignature`). */
function isIssuersFooter(text: string): boolean {
  const parts = text.split('\n').flatMap((line) => splitSentences(line).map((r) => line.slice(r.start, r.end).trim()));
  return parts.some((part) => POSTCODE_AT_END.test(part) && ADDRESS_LINE.test(part)) && parts.every((part) => isFooterLine(part) || FOOTER_FIELD.test(part));
}

/**
 * The person a paragraph's first line signs as, a full name alone on its line (`SIGNED_NAME_LINE`), cased when printed in
 * capitals and without a part in brackets after it ("Ruth Okonjo (Chair)"); undefined for any other line.
 */
function signedNameOn(paragraph: string): string | undefined {
  const printed = paragraph.trim().split('\n')[0]?.trim() ?? '';
  if (!SIGNED_NAME_LINE.test(printed)) return undefined;
  const line = printed.replace(/\s+\([^()]*\)$/u, '');
  const cased = /\p{Ll}/u.test(line) ? line : casedCapitals(line);
  const phrase = labelPhrase(cased);
  return phrase?.kind === 'person' && phrase.core.includes(' ') ? cased : undefined;
}

/** How many opening paragraphs may hold an office-holder's naming of themselves ("I, Winnie Lam Suk-yee, …"). */
const SELF_NAMING_PARAGRAPHS = 6;
/** An office-holder naming themselves as a notice's maker: "I, Winnie Lam Suk-yee, Privacy Commissioner …" (group 1: the name). */
// (Opening its paragraph, after its number at most: not a declaration a decision quotes, "… which reads: I, John Patrick
// Doyle, of 12 High Street, …", the review of round 32.)
const I_NAME = /^\s*(?:\d{1,3}\.?\s+)?I,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}),/u;

/**
 * Rule "a notice whose maker names themselves is theirs" (round 32): a regulator's enforcement notice filed by the office,
 * "I, Winnie Lam Suk-yee, Privacy Commissioner for Personal Data (the Commissioner), … hereby serve this notice", is the
 * commissioner's words, as a coroner's "I am …" report is.
 */
function selfNamedIssuer(doc: SourceDocument): string | undefined {
  for (const p of doc.paragraphs.slice(0, SELF_NAMING_PARAGRAPHS)) {
    const named = I_NAME.exec(p.text)?.[1];
    const phrase = named ? labelPhrase(named) : undefined;
    if (phrase?.kind === 'person' && phrase.core.includes(' ')) return named;
  }
  return undefined;
}

/**
 * Rule "a body's document one person signs as its own is that person's" (round 32): an ombudsman's decision ("I am not
 * satisfied that the Provider has discharged …") or a commission's "Press statement by the Chairperson", filed by the
 * body with no author and signed at its close by one person, is the signer's words, as a signed letter is; not one
 * written as the body's own finding, which stays its issuer's: only when it is written in the first person (see
 * `writtenInFirstPerson`) or its heading calls it the office-holder's statement (`STATEMENT_BY_OFFICE`). Returns the
 * signer and the signature's paragraphs (nobody's words, `notesAboutAuthor`).
 */
function signerOfBodysDocument(doc: SourceDocument): { signer: string; at: number[] } | undefined {
  const { source } = doc;
  if (source.author || !source.outlet || ownVoiceOf(source) !== source.outlet) return undefined;
  const signature = closingSignature(doc);
  const named = selfNamedIssuer(doc);
  // (A self-named maker's notice has no signature lines to leave to nobody.)
  const selfNamed = named ? { signer: named, at: [] } : undefined;
  if (!signature) return selfNamed;
  // (As a heading, a line of its own with no sentence's stop: not "The Commission welcomes the statement by the President
  // on …", the review of round 32.)
  const byOffice = doc.paragraphs.slice(0, HEADING_PARAGRAPHS).some((p) => STATEMENT_BY_OFFICE.test(p.text.trim()) && !endsSentence(p.text.trim()));
  return byOffice || writtenInFirstPerson(doc, outsideQuotations) ? signature : selfNamed;
}

/** A joint document's genre: "joint statement", "joint letter", "joint declaration". */
const JOINT_KIND = /\bjoint\s+(?:statement|letter|declaration|communiqu[eé]|press\s+statement|response)\b/iu;

/**
 * Rule "a joint statement two sign is theirs" (round 47): a council's "JOINT STATEMENT" signed "Councillor Judith
 * Harcastle / Leader, Eastmarch County Council" and "Martin Oyelaran / Police and Crime Commissioner for Eastmarch", an
 * EU statement signed by the High Representative and a minister: its "we" is both signers', whichever body files it, as
 * its labellers read it (271, 281). Two signatures in adjacent paragraphs, a name alone on its first line and its office
 * after it, the last such pair; the names as printed without their titles, joined as a joint byline is. Returns the
 * signers and the signatures' paragraphs (nobody's words, `notesAboutAuthor`).
 */
function jointSigners(doc: SourceDocument): { signers: string; at: number[] } | undefined {
  const { source } = doc;
  if (source.author || !JOINT_KIND.test(source.kind ?? '')) return undefined;
  for (let at = doc.paragraphs.length - 2; at >= 0; at--) {
    const [first, second] = [doc.paragraphs[at]?.text ?? '', doc.paragraphs[at + 1]?.text ?? ''].map(signerOverOffice);
    if (!first || !second || first === second) continue;
    // (Two only, not the last two of three or four; nor a list a colon announces, "Media contacts:", the review of round
    // 47's rules.)
    const before = doc.paragraphs[at - 1]?.text.trim() ?? '';
    return signerOverOffice(before) || before.endsWith(':') ? undefined : { signers: `${first} and ${second}`, at: [at, at + 1] };
  }
  return undefined;
}
/**
 * The name a signature paragraph signs, without its titles: "Councillor Judith Harcastle\nLeader, …" → "Judith Harcastle".
 * A name over its office: not a press officer's contact, "Jane Holloway\nPress Officer, …" (the review of round 47's rules).
 */
function signerOverOffice(paragraph: string): string | undefined {
  const lines = paragraph.trim().split('\n');
  if (lines.length < 2 || lines.length > MAX_SIGNATURE_LINES || PRESS_OFFICE_ROLE.test(paragraph) || CONTACT.test(paragraph)) return undefined;
  const signed = signedNameOn(paragraph);
  return signed ? labelPhrase(signed)?.core : undefined;
}
/** The most lines of one signature: the name, an office, its body. */
const MAX_SIGNATURE_LINES = 3;

/**
 * Rule "a letter no one is filed as writing is its signer's" (round 38: an arts council's letter to an applicant, "Dear Ms
 * Marsh, … Yours sincerely, / Daniel Okoye / Relationship Manager", filed with its outlet only): a "letter" (not an open
 * letter, which has its own rules) whose closing signature names one person speaks in that person's words.
 */
function signerOfUnfiledLetter(doc: SourceDocument): string | undefined {
  const { source } = doc;
  if (source.author || !/^\s*letter\s*$/iu.test(source.kind ?? '') || isOpenLetter(source)) return undefined;
  const signature = closingSignature(doc);
  // (One signer only: a letter two sign, "Daniel Okoye / Relationship Manager" over "Grace Lin / Head of Grants", is
  // neither's alone, the review of round 38's rules.)
  const first = signature?.at[0] ?? 0;
  const signedAbove = doc.paragraphs.slice(Math.max(0, first - SIGN_OFF_PARAGRAPHS), first).some((p) => signedNameOn(p.text) !== undefined);
  return signedAbove ? undefined : signature?.signer;
}

/**
 * Rule "an open letter a publication prints is its organiser's" (round 29): The Spinoff's "The following open letter was
 * organised by the Aotearoa School Food Network and has been signed by 312 principals …" opens a letter whose "we" is
 * the network's, not the publication's; the note itself is the publication's, nobody's words (`HEADNOTE`). Only an
 * open letter with no author filed by a publication (one filed by the body itself is its issuer's,
 * `issuerOfOpenLetter`), and only when its opening paragraph names the organiser so.
 */
function organiserOfPrintedOpenLetter(doc: SourceDocument): string | undefined {
  const { source } = doc;
  if (source.author || !source.outlet || !isOpenLetter(source)) return undefined;
  const printed = LETTER_ORGANISED_BY.exec(doc.paragraphs[0]?.text ?? '')?.[1];
  // (A person who wrote it is named as a name is, "Dr Jane Roe" → "Jane Roe".)
  const phrase = printed ? labelPhrase(printed) : undefined;
  const organiser = phrase?.kind === 'person' ? phrase.core : printed;
  return organiser && organiser !== source.outlet ? organiser : undefined;
}

/** Whether a document is an open letter: a letter's genre, and "open letter" in its genre or its title. */
function isOpenLetter(source: SourceDocument['source']): boolean {
  const kind = source.kind ?? '';
  return LETTER_GENRE.test(kind) && (OPEN_LETTER_GENRE.test(kind) || OPEN_LETTER_TITLE.test(source.title ?? ''));
}

/** How a publication's note says an open letter it prints came to be: "The following open letter was organised by …". */
const LETTER_ORGANISED = String.raw`[Tt]he\s+following\s+(?:open\s+)?letter\s+(?:was|has\s+been)\s+(?:organi[sz]ed|written|drafted|co-?ordinated)\s+by`;

/** A publication's note naming who organised or wrote the open letter it prints (group 1: the organiser, capitalised words). */
// (The name must end the phrase, before a comma, a stop or "and has": "organised by the Smith family" names no body, the
// review of round 29.)
const LETTER_ORGANISED_BY = new RegExp(String.raw`^\s*${LETTER_ORGANISED}\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|the|&)){0,8}?)(?=\s*[,.;:]|\s+and\s+(?:has|is|was|have|are|were)\b)`, 'u');

/**
 * The document's own voice: a report in its one signer's voice (`reportInSignersVoice`), its genre's or title's
 * (`ownVoiceOf`), or a newsletter's signed off by its author (`signedOffByAuthor`).
 */
export function documentOwnVoice(doc: SourceDocument): string | undefined {
  // (A "letter" whose byline's reporter announces a letter printed in full below is a story about that letter, its
  // narration nobody's: News24's, round 30; the letter is its signer's, see `printedLetters`.)
  // (Not a letter opening with its own salutation, its writer's, whatever reply it prints under a rule, the review of
  // round 39.)
  if (LETTER_GENRE.test(doc.source.kind ?? '') && mayPrintLetter(doc) && !opensAsLetter(doc) && printedLetters(doc).some(({ signer }) => signer !== authorOf(doc.source))) return undefined;
  const voice = reportInSignersVoice(doc) ?? writersOfFiledForeword(doc.source) ?? organiserOfPrintedOpenLetter(doc) ?? jointSigners(doc)?.signers ?? signerOfBodysDocument(doc)?.signer ?? preparerOfBodysDocument(doc) ?? senderOfMessage(doc) ?? ownVoiceOf(doc.source) ?? editorOfEdition(doc) ?? speakerOfHeadedSpeech(doc)?.speaker ?? signerOfUnfiledLetter(doc) ?? voiceOfBodySpeakingAsWe(doc) ?? (signedOffByAuthor(doc) ? authorOf(doc.source) : undefined) ?? bodysDecisionInItsWe(doc);
  // (Or the name its document spells out for the outlet's short one, "Office for Standards in Education, Children's
  // Services and Skills" for "Ofsted", round 62.)
  return voice !== undefined && voice === doc.source.outlet ? (bodyReporting(doc) ?? outletInFull(doc, voice) ?? bodysName(voice)) : voice;
}

/**
 * Rule "a body's decision in its own "we" is the body's" (round 63): a broadcasting regulator's "decision (broadcast standards
 * investigation, …)" filed by "Ofcom" ("We obtained a recording", "Our Decision is that …"), an outlet with no body's word
 * (`namesABody`) for `ownVoiceOf` to know it by, speaks as the regulator does in the first person plural (as `speaksAsABody`
 * reads a body's other genres), its text naming it. No author, no court (in its name or its genre), tribunal or coroner, no
 * publication's name.
 */
function bodysDecisionInItsWe(doc: SourceDocument): string | undefined {
  const { source } = doc;
  const { outlet } = source;
  const kind = source.kind ?? '';
  if (source.author || !outlet || !BODYS_DECISION.test(kind) || /\bcourts?\b/i.test(`${outlet} ${kind}`) || JUDICIAL_ISSUER.test(outlet) || isPublicationsName(outlet)) return undefined;
  // (And one whose own text names its outlet, "Ofcom received a complaint": not a newsroom's story of a decision, "As we
  // reported last year", nor a campaign's repost of a press regulator's, the review of round 63.)
  const named = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(bodysName(outlet))}(?![\p{L}])`, 'u');
  return doc.paragraphs.some((p) => named.test(outsideQuotations(p.text))) && writtenInFirstPerson(doc, outsideQuotations, FIRST_PERSON_PLURAL) ? outlet : undefined;
}

/**
 * A body's name in the heading of a report filed by its parliament's or its series' outlet: "Report of the Portfolio
 * Committee on Water Resources and Sanitation on its oversight visit to …" (group 1), with the body's own word among its
 * words (`REPORTING_BODY_WORD`); the longest name before "on", "into" or "following" and "its", "the" or "a".
 */
const REPORT_OF_BODY = /^(?:The\s+)?Report\s+of\s+the\s+(\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+)(?:\p{Lu}[\p{L}'’-]*|on|of|for|and|the|&))*)\s+(?:on|into|following)\s+(?:its|the|an?)\s/u;
/** A word naming a body that reports ("Committee", "Commission"), not an office-holder's ("Secretary-General"). */
const REPORTING_BODY_WORD = /\b(?:Committee|Commission|Board|Panel|Inquiry|Council|Tribunal|Authority|Assembly|Group)\b/u;
/** How many opening paragraphs a report's heading is looked for in (a series' header lines come first). */
const REPORT_HEADING_PARAGRAPHS = 6;

/**
 * Rule "a report headed with its body's name is that body's" (round 59): South Africa's Announcements, Tablings and
 * Committee Reports file a portfolio committee's oversight report under Parliament's series; its findings are the
 * committee's ("The Committee is deeply concerned …"), as the heading names it. Only a heading line (no stop after it
 * but its date), in a document whose voice is its outlet's.
 */
function bodyReporting(doc: SourceDocument): string | undefined {
  // (Only a report's genre, not an editorial quoting a report's title, a press release, an agenda, the review of round 59;
  // a sentence of the series' before the heading, "The following report was adopted …", the second review.)
  if (!ISSUED_REPORT_KIND.test(doc.source.kind ?? '')) return undefined;
  for (const p of doc.paragraphs.slice(0, REPORT_HEADING_PARAGRAPHS)) {
    const line = p.text.replace(/\*\*/g, '').trim();
    const body = REPORT_OF_BODY.exec(line)?.[1];
    if (body && REPORTING_BODY_WORD.test(body) && !line.includes('\n')) return body;
  }
  return undefined;
}

/**
 * A line of a contact list, an email address and a telephone number in a few words: "- In Geneva, Olivia Mbeki,
 * mbeki@unhcr.example, +41 79 000 00 00" (round 45).
 */
// (A list's line, no sentence or a short one, "Media enquiries only: press@…, 0117 000 3900.": not "Passengers with
// questions can call us on 0800 123 4567 or email help@…, and our staff will ring back within a day.", the body's own, the
// review of round 45's rules.)
function isContactLine(text: string): boolean {
  const words = wordsIn(text);
  return EMAIL_ADDRESS.test(text) && TELEPHONE_NUMBER.test(text) && words <= MAX_CONTACT_LINE_WORDS && (LIST_ITEM.test(text) || !endsSentence(text.trim()) || words <= MAX_CONTACT_SENTENCE_WORDS);
}
/** The most words of a contact list's line (see `isContactLine`). */
const MAX_CONTACT_LINE_WORDS = 25;
/** The most words of a contact line printed as a sentence, with its full stop (see `isContactLine`). */
const MAX_CONTACT_SENTENCE_WORDS = 12;
/** A list's item: "- In Geneva, Olivia Mbeki, …", "• …", "* …". */
const LIST_ITEM = /^\s*[-–•*]\s/u;
/** UNHCR's note over its briefing notes: "This is a summary of what was said by UNHCR spokesperson …" (round 45). */
const BRIEFING_SUMMARY_NOTE = /^[\s*_]*this\s+is\s+a\s+summary\s+of\s+what\s+was\s+said\s+by\b/iu;

/** A body's document's field naming who prepared it, on a line or in a table's row: "Prepared by: People and Culture Directorate", "| Prepared by | Patient Experience Team |" (group 1: the preparer). */
// (Read line by line, each trimmed: under a multiline flag, whitespace runs around the bar backtracked cubically on lines
// of spaces, the review of round 36.)
const PREPARED_BY = /^\|?[ \t]*prepared\s+by[ \t]*[:|][ \t]*(\p{Lu}[^|\n:]{2,80}?)[ \t]*\|?$/iu;
/** How many opening paragraphs may hold that field. */
const PREPARED_BY_PARAGRAPHS = 6;
/** The last word of a body's unit that prepares its papers: "Patient Experience Team", "People and Culture Directorate". */
// (Not a "group", any consultancy's name, "Arup Group", the review of round 36.)
const UNIT_WORD = /\b(?:team|directorate|unit|division|department|office|secretariat|service|services|committee)$/iu;

/**
 * Rule "a body's paper is the unit or the person its Prepared by field names" (round 36): an NHS trust's board paper
 * ("| Prepared by | Patient Experience Team |"), a university's survey annex ("Prepared by: People and Culture
 * Directorate") speak as their preparer, when nobody signs them and no author is filed: the body's own voice, or a paper
 * for the board, which only its signer would otherwise speak (`SIGNERS_TEXT`).
 */
function preparerOfBodysDocument(doc: SourceDocument): string | undefined {
  const { source } = doc;
  if (source.author || !source.outlet) return undefined;
  // (Only a report's or a paper's, not a release's or a statement's, whose issuer speaks whoever drafted it: "Prepared by:
  // Media Relations Office" over a council's release, the review of round 36.)
  const kind = source.kind ?? '';
  // (Nor an issued report's, an annual report's "We helped 12,000 families", the body's "we" whoever compiled it, the
  // review of round 36.)
  const report = (isBodysReport(kind) || SIGNERS_TEXT_KIND.test(kind)) && !isIssuedReport(kind, source.outlet);
  if (!report || !namesABody(source.outlet) || ISSUER_VOICE.test(kind)) return undefined;
  for (const line of headerLines(doc)) {
    const preparer = PREPARED_BY.exec(line)?.[1]?.trim();
    if (preparer && preparer !== source.outlet && (isOnePersonsName(preparer) || UNIT_WORD.test(preparer))) return preparer;
  }
  return undefined;
}

/** The lines of a document's opening paragraphs, each trimmed, where its header fields stand (`PREPARED_BY_PARAGRAPHS`). */
function headerLines(doc: SourceDocument): string[] {
  return doc.paragraphs.slice(0, PREPARED_BY_PARAGRAPHS).flatMap((p) => p.text.split('\n').map((line) => line.trim()));
}

/**
 * A message's header field naming its sender, one trimmed line: "From: Dana Procházková, Chief Executive", "From: Tom Hale
 * <tom@…>" (group 1: the sender and what follows). signedEntries reads a memorandum's entry by it too.
 */
export const FROM_FIELD = /^From:\s*(\S.*)$/iu;

/** The name a "From:" field gives, before an address, a comma or a bracket, its quotation marks and courtesy title aside: 'From: "Dr Hana Kralova" <…>' → Hana Kralova. */
export function nameInFromField(from: string): string {
  return (from.split(/[,<(|[]/u)[0] ?? '').replace(/["“”]/gu, '').trim().replace(PERSONS_TITLE, '');
}

/** The person a "From:" field's name is, after any office before it: "Hana Kralova" itself, "Finance Director Mark Hill" → Mark Hill. */
export function personAfterOffice(name: string): string | undefined {
  const person = nameOnly(name);
  return person?.kind === 'person' && person.core.includes(' ') && name.endsWith(person.core) ? person.core : undefined;
}

/**
 * Rule "an email or a memo is the sender its From: field names" (round 36: an all-staff email from the chief executive,
 * filed with no author): in a genre one person signs (`SIGNERS_TEXT`: an email, a memo, a message to staff), the one
 * person the header's "From:" field names, before a comma or an address, speaks the text.
 */
// (From the message's own header only, its opening paragraphs of field lines: a forwarder's "FYI, see below." above
// "---------- Forwarded message ---------\nFrom: Jana Novak" is not Jana's; and not a thread's, whose earlier messages
// quoted below a reply ("-----Original Message-----\nFrom: …") are their own senders', the review of round 36.)
function senderOfMessage(doc: SourceDocument): string | undefined {
  const { source } = doc;
  if (source.author || !SIGNERS_TEXT_KIND.test(source.kind ?? '')) return undefined;
  const header = doc.paragraphs.slice(0, PREPARED_BY_PARAGRAPHS);
  const bodyFrom = header.findIndex((p) => !MARKINGS.test(p.text.trim()) && !p.text.split('\n').every((line) => isHeaderLine(line.trim())));
  const fields = header.slice(0, bodyFrom < 0 ? header.length : bodyFrom).flatMap((p) => p.text.split('\n').map((line) => line.trim()));
  // (An email's only: a memo quoting a complaint's "From: Peter Wood" below its own header is still its sender's, the review
  // of round 37.)
  const senders = doc.paragraphs.filter((p) => p.text.split('\n').some((line) => FROM_FIELD.test(line.trim()))).length;
  // (Only when the thread rule reads its messages: an "all-staff email" quoting the message it answers below
  // "-----Original Message-----" is still its sender's, the review of round 37.)
  if (senders > 1 && mayBeEmailThread(doc)) return undefined;
  // (Not a forward's header: the forwarder is not the one it names.)
  if (fields.some((line) => FORWARDED.test(line))) return undefined;
  for (const line of fields) {
    const from = FROM_FIELD.exec(line)?.[1];
    const name = from === undefined ? undefined : nameInFromField(from);
    if (!name) continue;
    if (isOnePersonsName(name) || isIssuingUnit(name)) return name;
    return personAfterOffice(name);
  }
  // ("Staff Announcement — Human Resources": the unit the header's title line names after a dash, when no From: field
  // names a sender, round 37.)
  for (const line of fields) {
    const unit = ANNOUNCED_BY.exec(line)?.[1]?.trim();
    if (unit && isIssuingUnit(unit)) return unit;
  }
  return undefined;
}
/** Where the message an email quotes starts: the first paragraph after its header and body with a marker (`FORWARDED`) or a "From:" line; past the end when none. */
function quotedMessageStart(doc: SourceDocument): number {
  let headed = false;
  let body = false;
  for (const [at, p] of doc.paragraphs.entries()) {
    const lines = p.text.split('\n').map((line) => line.trim());
    // (A sender's field, not a date range's "From: Monday 2 June" / "To: Friday 6 June", the review of round 38's rules.)
    const header = lines.some((line) => (FROM_FIELD.test(line) && !FROM_A_DATE.test(line)) || FORWARDED.test(line));
    if (header && body) return at;
    if (header) headed = true;
    else if (headed && !lines.every((line) => isHeaderLine(line) || line === '')) body = true;
  }
  return doc.paragraphs.length;
}

/** A "From:" field giving a date or a time, not a sender: "From: Monday 2 June", "From: 9am". */
const FROM_A_DATE = /^From:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)/iu;
/** A forwarded or quoted message's marker in a header: "---------- Forwarded message ---------", "-----Original Message-----". */
const FORWARDED = /\b(?:forwarded|original)\s+message\b/iu;
/** A paragraph of a document's markings above its header: "Confidential. Not for circulation.", "INTERNAL — DRAFT". */
const MARKINGS = /^(?:(?:strictly\s+)?(?:confidential|private|internal|restricted|official|sensitive|draft|embargoed)|not\s+for\s+(?:circulation|publication|distribution))\b[^\n]{0,60}$/iu;

/** A header's title line naming who announces after a dash: "Staff Announcement — Human Resources", "Notice – Estates Team" (group 1: the unit). */
const ANNOUNCED_BY = /^[*_]{0,2}(?:[\p{L}-]+\s+){0,3}(?:announcement|memo|memorandum|notice|update|bulletin|message)\s+[—–-]\s+([^—–\n]{2,60}?)[*_]{0,2}$/iu;
/** The words of a body's own unit that issues its notices to staff, as its header names it. */
const ISSUING_UNIT = /^(?:the\s+)?(?:human\s+resources|hr|people(?:\s+and\s+culture)?|estates|finance|payroll|communications|facilities|operations|it\s+services)$/iu;

/**
 * Whether a sender is a body's own unit, not a person: "Human Resources", "People and Culture", "Estates Team" (round 37: an
 * HR announcement to a university's staff, unsigned): capitalised words, a unit's word among them (`UNIT_WORD`,
 * `ISSUING_UNIT`).
 */
// (The unit's own name, ending with a unit's word or one of the units' names whole: not a subject line in title case,
// "Finance System Upgrade", "Payroll System Changes", nor an office before a name, "Finance Director Mark Hill", the review
// of round 37.)
function isIssuingUnit(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length <= 5 && words.every((word) => /^(?:\p{Lu}|and$|of$|&$)/u.test(word)) && (UNIT_WORD.test(name) || ISSUING_UNIT.test(name));
}
/** A line of a message's header: a field and its value ("To: All staff", "**Subject:** …"), or a short line with no stop, a title or a rule ("MEMORANDUM", "Internal"). */
function isHeaderLine(line: string): boolean {
  return HEADER_FIELD_LINE.test(line) || (!/[.!?]["”’]?$/u.test(line) && wordsIn(line) <= MAX_HEADER_TITLE_WORDS);
}
/** A header's field line: a short label, perhaps in bold, and its colon ("To: All staff", "**Subject:** …"). */
const HEADER_FIELD_LINE = /^[*_]{0,2}\p{L}[\p{L} .'’-]{0,30}:[*_]{0,2}(?:\s.*)?$/u;
/** The most words of a header's title line. */
const MAX_HEADER_TITLE_WORDS = 16;

/** A spoken genre's last word: a speech, remarks, an address, a lecture, a sermon. */
const SPOKEN_WORD = String.raw`(?:speech|remarks|address|lecture|keynote|sermon|homily|eulogy|oration)`;
/**
 * A spoken genre, the whole of it, ending in its spoken word after two others at most: "speech", "guest lecture", "annual
 * memorial lecture"; not "speech analysis", "speech transcript" or "address coverage" (the review of round 33), which
 * other rules read.
 */
// (With a note on the text in brackets after it, "commemoration speech (text as delivered)", "speech (check against
// delivery)", round 35.)
// (And its text, "lecture text", "speech text", round 41: a learned society's page of its annual lecture.)
const SPOKEN_KIND = new RegExp(String.raw`^\s*((?:[\p{L}'’-]+\s+){0,2})${SPOKEN_WORD}(?:\s+text)?(?:\s*\([^()]{1,60}\))?\s*$`, 'iu');

/**
 * Whether a genre speaks in its author's voice: `OWN_VOICE`'s genres, or a spoken genre with a word or two before it and
 * a note on its text ("annual lecture (text as delivered)", round 60: a museum's lecture filed under its lecturer), not a
 * journalism's ("report on lecture").
 */
function isOwnVoiceGenre(kind: string): boolean {
  const spoken = SPOKEN_KIND.exec(kind);
  // (Nor one whose note says a newsroom's or an organiser's page, "annual lecture (news report)", "eulogy (as reported)",
  // "public lecture (event listing)", the review of round 60.)
  const note = /\(([^()]*)\)\s*$/u.exec(kind)?.[1] ?? '';
  return OWN_VOICE.test(kind) || (spoken !== null && !isJournalismOrRecord(spoken[1] ?? '') && !NOT_THE_TEXT_NOTE.test(note));
}
/** A spoken genre's note saying the page is not its text but a report of it or a listing; not "(transcript)", "(video)", "(delivered at the annual conference)" (the second review of round 60). */
const NOT_THE_TEXT_NOTE = /\b(?:report(?:ed|ing)?|news|listing|coverage|story|preview|write-?up)\b/iu;
/** How many opening paragraphs may hold a speech's heading naming its speaker. */
const SPEECH_HEADING_PARAGRAPHS = 4;
/** The most characters of a title read for a speech's maker: a hostile title costs no more. */
const MAX_SPEECH_TITLE_CHARS = 300;
/** The most words of a line beside a speech's heading in its paragraph (a place and a date: "Oslo, 6 February 2025"). */
const MAX_HEADING_EXTRA_WORDS = 6;

/**
 * Rule "a speech filed with no author is the speaker its heading names" (round 33): a company's results speech filed by
 * the company, headed "Speech by Kristine Aasheim Bakke, President and CEO" on a line of its own among its opening
 * paragraphs, is hers from "Good morning" to "Thank you", as a speech with its speaker for author is. Returns the speaker
 * and the heading's paragraph, when it is a heading block (no line ends a sentence): the layout's, nobody's words
 * (`notesAboutAuthor`). `voiceSketch` asks it too.
 */
export function speakerOfHeadedSpeech(doc: SourceDocument): { speaker: string; heading: number | undefined } | undefined {
  const { source } = doc;
  const spoken = SPOKEN_KIND.exec(source.kind ?? '');
  // (Not a "news report on the speech" or a "speech fact-check": the words before the spoken word are no journalism's.)
  if (source.author || !spoken || isJournalismOrRecord(spoken[1] ?? '')) return undefined;
  // (Or its title, "Speech by the Mayor of Kolín, Dana Procházková, at the commemoration of …", round 35.)
  const titled = speechMaker((source.title ?? '').slice(0, MAX_SPEECH_TITLE_CHARS));
  if (titled) return { speaker: titled, heading: undefined };
  for (const [at, p] of doc.paragraphs.slice(0, SPEECH_HEADING_PARAGRAPHS).entries()) {
    const lines = p.text.split('\n');
    for (const line of lines) {
      const speaker = speechMaker(line);
      // (The heading's paragraph is layout when its other lines are a place and a date at most, "Oslo, 6 February 2025";
      // not the speaker's first words, "Good morning, everyone, and thank you for coming", the review of round 34.)
      if (speaker) return { speaker, heading: lines.every((l) => l === line || (!endsSentence(l.trim()) && l.trim().split(/\s+/u).length <= MAX_HEADING_EXTRA_WORDS)) ? at : undefined };
    }
  }
  return undefined;
}

/**
 * Rule "a body's document in its own "we" is the body's, whatever its name" (round 33): `issuedByBody` knows a body by an
 * organisation's word in its name, and a water corporation ("Gippsland Highlands Water"), a payments company ("Tembusu
 * Pay") or a company by its legal form ("Fjordnett ASA") has none; a document such an outlet files in a genre neither
 * journalism's nor a record's nor one whose voice its genre already tells (`OWN_VOICE`), written in the first person
 * plural outside quotation marks, speaks for it: the outlet's words, or its one author's when one person writes it, as
 * `signedForBody` reads. The share of "we" paragraphs is `MIN_FIRST_PERSON_SHARE`, as for a newsletter's "I": a drought
 * plan's "we" runs to most of its paragraphs, a third-person plan's to none. Any such genre, not a list of a body's
 * genres: round 34's held-out crisis forms (220), written after the rule, gained 34 named sentences by it, and lost them
 * all to a list of a body's genres tried in the review of round 33.
 */
function voiceOfBodySpeakingAsWe(doc: SourceDocument): string | undefined {
  return speaksAsABody(doc) ? (authorOf(doc.source) ?? doc.source.outlet) : undefined;
}

/**
 * A newsroom's or a platform's genre that `JOURNALISM_OR_RECORD_KIND` does not name: "live coverage", "documentary
 * script", "longform", "deep dive", "special", "leaked emails", "forum thread"; its "we" is the newsroom's, or the words
 * of the people it prints, not a body's own (the review of round 33).
 */
const NEWSROOM_GENRE = /\b(?:coverage|documentary|script|long-?form|deep\s+dive|special\s+report|expos[eé]|scoop|exclusive|reportage|leak(?:s|ed)?|threads?|forum|comments?|chat|messages|e-?mails)\b|^\s*special\s*$/i;

/**
 * Whether a document is a body's speaking in its own "we" (see `voiceOfBodySpeakingAsWe`); `voiceSketch` asks it too. Not
 * journalism nor a record by its genre, a questions-and-answers page included, whose "we" may be an interviewee's (the
 * review of round 33).
 */
export function speaksAsABody(doc: SourceDocument): boolean {
  const { source } = doc;
  const { outlet, kind } = source;
  if (!outlet || !kind || isOwnVoiceGenre(kind) || JOURNALISM_OR_RECORD_KIND.test(kind) || NEWSROOM_GENRE.test(kind)) return false;
  const author = authorOf(source);
  if (author && !isOnePersonsName(author)) return false;
  if (isPublicationsName(outlet)) return false;
  return writtenInFirstPerson(doc, outsideQuotations, FIRST_PERSON_PLURAL);
}

/**
 * A body's name as its outlet line gives it, without the country or the gloss a catalogue adds after it (round 32):
 * "Office of the Auditor-General (New Zealand)" is the Office of the Auditor-General, "National Treasury, Republic of South
 * Africa" the National Treasury, as the text calls them; "Kvarnholm Energy AB (publ)" keeps its legal form.
 */
function bodysName(outlet: string): string {
  // (A gloss in capitals, "(New Zealand)", "(Inspectorate of Justice and Security, Netherlands)", or of three words or
  // more, "Mlha (band's official Instagram and Facebook pages)", round 33; not a legal form, "AB (publ)".)
  // (Only from the last opening bracket: a hostile outlet of many spaces costs no more than its length, the review of round 33.)
  const trimmed = outlet.trim();
  const open = trimmed.lastIndexOf('(');
  // (Or of two words, "SK Bohemka Libeň (official website)", round 34: a legal form is one, "AB (publ)".)
  const glossed = open > 0 && /^\((?:\p{Lu}[^()]*|[^()\s]+(?:\s+[^()\s]+){1,})\)$/u.test(trimmed.slice(open)) ? trimmed.slice(0, open) : trimmed;
  // (And an acronym's gloss after a comma, "UNHCR, the UN Refugee Agency", round 45.)
  const name = glossed
    .replace(/,\s+(?:the\s+)?(?:Republic|Kingdom|State|Commonwealth|Government|Federal\s+Republic|People['’]s\s+Republic)\s+of\s+[^,]+$/u, '')
    .replace(/^(\p{Lu}{2,}[\p{Lu}\d&-]*),\s+the\s+[^,]{3,80}$/u, '$1')
    .trim();
  return commissionedMaker(name) ?? (name || outlet);
}

/**
 * The maker of work a client commissions, as an outlet names both (round 36): "Northpoint Research for Halden Borough
 * Council", "Ipsos for the Department for Education" (group 1: the maker; group 2: the client).
 */
const MAKER_FOR_CLIENT = /^(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})\s+for\s+((?:the\s+)?\p{Lu}[^,()]{2,80})$/u;
/** The words of a client that commissions work: a council, a department, a ministry… ("Centre for Social Research" names no client). */
const CLIENT_WORDS = new Set('council department ministry agency authority government commission executive office board trust service services'.split(' '));
/** A cause an advocacy group stands for, no client: a quality, then a client's word ("Limited Government", "Public Service", "Good Government", "Public Trust"). */
const CAUSE = /^(?:the\s+)?(?:limited|good|better|open|public|responsible|effective|accountable|honest|small|smart|smaller|fair|free|ethical|transparent|sound|clean|efficient|representative|constitutional)\s+(?:government|service|services|trust|office|authority|council|executive)s?$/iu;
/** Words saying a body's reach, not its own name: "National Centre for …", "Royal Society for …". */
const SCOPE_WORDS = new Set('national federal royal european international british'.split(' '));

/**
 * The maker in "maker for client" (`MAKER_FOR_CLIENT`): only when the client names a body by a client's word and the
 * maker holds a word of its own besides a body's, so that "Centre for Health Workforce Studies", "Institute for
 * Government" or "Federal Ministry for Economic Affairs" stay whole.
 */
function commissionedMaker(outlet: string): string | undefined {
  const [, maker, client] = MAKER_FOR_CLIENT.exec(outlet) ?? [];
  if (!maker || !client) return undefined;
  const ownWord = maker.split(/\s+/u).some((word) => !ORG_WORDS.has(word.toLowerCase()) && !SCOPE_WORDS.has(word.toLowerCase()));
  // (Not an office, "Minister for Local Government", "Commissioner for Public Service": a title opens it, the review of
  // round 36.)
  const office = isTitle(maker.split(/\s+/u)[0]?.toLowerCase() ?? '') || isTitle(maker.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
  // (Not a cause after "for", "Americans for Limited Government", "Partnership for Public Service", "Lawyers for Good
  // Government": an advocacy group's whole name, the review of round 36; "Ipsos for Scottish Government" and "Arup for
  // Leeds City Council" name their clients, the review of round 37.)
  return ownWord && !office && !CAUSE.test(client) && client.split(/\s+/u).some((word) => CLIENT_WORDS.has(word.toLowerCase())) ? maker : undefined;
}

/** Whether a document's own text may be someone's words: its genre speaks in its author's voice, or its title says so (cheap). */
export function mayHaveOwnVoice(source: SourceDocument['source']): boolean {
  return isOwnVoiceGenre(source.kind ?? '') || isIssuedReport(source.kind ?? '', source.outlet) || isFamilyNotice(source) || titledAsAuthorsOwn(source) || diarist(source) !== undefined || mayBeEdition(source) || issuerOfOpenLetter(source) !== undefined || issuerOfNewsletter(source) !== undefined || issuedByBody(source) || signedForBody(source);
}

/**
 * A letter's genre, one letter or a page of them ("letter", "letters", "open letter"): only a letter's genre may be an
 * open letter, so that a news story titled "Open letter from 300 economists urges …" stays journalism.
 */
const LETTER_GENRE = /^\s*(?:open\s+)?letters?\s*$/i;
/** An open letter by its genre alone ("open letter"), whatever its title says. */
const OPEN_LETTER_GENRE = /^\s*open\s+letters?\s*$/i;
/** An open letter by its title ("Open letter to the Prime Minister: …"), not "Letter to the editor". */
const OPEN_LETTER_TITLE = /^\s*(?:an\s+)?open\s+letter\b/i;

/**
 * Rule "an open letter with no author is its issuer's" (round 22): a letter filed by the body that
 * organised it ("Open letter to the Prime Minister", outlet "Coalition for UK Research", its signatories
 * listed below) speaks for that body, as an unsigned statement does. Not a newspaper's letters page, whose
 * outlet is a publication with or without "The" ("Yorkshire Post") and whose letters are their signers' (see
 * `signedLetters.ts`); not a news story about an open letter (round 22's review).
 */
function issuerOfOpenLetter(source: SourceDocument['source']): string | undefined {
  const { outlet } = source;
  if (source.author || !outlet || !isOpenLetter(source)) return undefined;
  return isPublicationTitle(outlet, () => true) ? undefined : outlet;
}

/**
 * Who speaks a document's own text: an opinion piece's author (an unsigned statement's issuer); an issued
 * report's issuer, not its authors (a think tank's report by two researchers is the think tank's finding; but see
 * `reportInSignersVoice`);
 * undefined for a news report.
 */
export function ownVoiceOf(source: SourceDocument['source']): string | undefined {
  const kind = source.kind ?? '';
  // (A family's notice in a paper's death notices, filed as an "obituary" by "The Kowalchuk family", in the family's
  // "we": the family's words, round 30. A newsroom's obituary, by its writer, stays journalism.)
  if (isFamilyNotice(source)) return source.author;
  if (newsroomsGlossedReport(kind, source.outlet)) return undefined;
  // (A marketing genre is a company's or a charity's, not a newspaper's: The Guardian's "Christmas appeal", the BBC's "case
  // study" box and The Bookseller's "awards shortlist" are journalism, the review of round 36.)
  if (MARKETING_KIND.test(kind) && source.outlet && isPublicationsName(source.outlet)) return undefined;
  // (Nor one a reporter bylines, a page's or a story's genre rather than a letter one signs: CNN's "case study" by Sam Reed,
  // Politico's "Christmas appeal", whatever newsroom the outlet's name does not tell, the review of round 36. A donor
  // appeal letter or a customer email is its signer's.)
  if (MARKETING_KIND.test(kind) && !SIGNED_MARKETING.test(kind) && source.author && isOnePersonsName(source.author)) return undefined;
  const openLetter = issuerOfOpenLetter(source);
  if (openLetter) return openLetter;
  const newsletter = issuerOfNewsletter(source);
  if (newsletter) return newsletter;
  if (!isOwnVoiceGenre(kind) && !isIssuedReport(kind, source.outlet)) return titledAsAuthorsOwn(source) ? authorOf(source) : diarist(source) ?? (issuedByBody(source) ? source.outlet : signedForBody(source) ? authorOf(source) : undefined);
  // (Not a newspaper's "policy briefing" or "briefing note", its reporter's account of what officials say: journalism, the
  // review of round 34.)
  // (Only a body's, its outlet naming one, "Greenline Climate Trust": Bloomberg's, Axios's or Sky's "briefing" by a reporter
  // is journalism, though their names hold no publication's word, the review of round 34.)
  if (BRIEFING_KIND.test(kind) && source.outlet && !namesABody(source.outlet)) return undefined;
  // (Nor a paper's "agenda", the Financial Times's week ahead, "Tuesday: UK unemployment figures. Economists polled by Reuters
  // expect …": only a body's, its outlet naming one, the review of round 52.)
  if (AGENDA_KIND.test(kind) && (!source.outlet || !namesAMeetingBody(source.outlet))) return undefined;
  // (Nor a "planning decision" filed by anyone but a body, "The Planning Inspectorate": a local paper's, "Example Echo", is
  // its reporter's story of a council's vote, the review of round 34.)
  if (JUDGMENT_KIND.test(kind) && PLANNING_DECISION.test(kind) && !namesABody(source.outlet ?? '', INSPECTORATE_WORDS)) return undefined;
  // (Not a newspaper's "report": The Guardian's reaction piece filed as a report is journalism, its narration
  // nobody's, round 20.)
  if (isIssuedReport(kind, source.outlet) && source.outlet) {
    if (isTitledPublication(source.outlet)) return undefined;
    // (A committee's report filed by someone other than a committee or a legislature, the Parliamentary Monitoring
    // Group's "Meeting report" of what a committee heard, is a write-up of the meeting in reported speech, as minutes
    // are: its narration nobody's, round 31.)
    if (COMMITTEE_REPORT_KIND.test(kind) && !LEGISLATIVE_BODY.test(source.outlet)) return undefined;
    // (A report a court or coroner files, a coroner's report to prevent future deaths ("I am Sarah Whitcombe,
    // Assistant Coroner …"), is its judicial officer's own words, as a judgment is, round 21; a think tank's
    // report is the think tank's finding, whoever wrote it; but see `reportInSignersVoice`.)
    const author = authorOf(source);
    // (A legislature's report by one of its committees, author "Departmental Committee on Health", outlet "National
    // Assembly of Kenya", is the committee's, which reports to the House, round 32.)
    if (author && COMMITTEE_REPORT_KIND.test(kind) && /\bcommittee\b/i.test(author) && LEGISLATIVE_BODY.test(source.outlet)) return author;
    return author && author !== source.outlet && JUDICIAL_ISSUER.test(source.outlet) ? author : source.outlet;
  }
  // (An ombudsman's decision or a regulator's ruling with no author, in the office's "we", "We found fault in the
  // Council's delay", is the office's, round 31; not a court's, whose judgment is its judge's.)
  // (A "decision" alone only from a body the outlet names, no inspectorate's, whose inspector decides: not a paper's story
  // filed so, "Northmoor Gazette Online", the review of round 48.)
  const bareDecision = /^\s*decision(?:\s*\([^()]*\))?\s*$/i.test(kind);
  // (Nor one from a newsroom whose name holds a body's word, "Civil Society", "Football League World", the review of round 62.)
  if (!source.author && BODYS_DECISION.test(kind) && source.outlet && !/\bcourts?\b/i.test(source.outlet) && !JUDICIAL_ISSUER.test(source.outlet) && (!bareDecision || (namesABody(source.outlet) && !/\binspectorate\b/i.test(source.outlet) && !isPublicationsName(source.outlet)))) return source.outlet;
  // (A body's comment letter is its issuer's (`ISSUER_VOICE`); not a paper's, "comment letter (reader's letter to the
  // editor)", the review of round 63.)
  // (Not a body with a newsroom's word in its name, the Reporters Committee for Freedom of the Press, the Radio Television
  // Digital News Association, the second review of round 63.)
  if (COMMENT_LETTER_KIND.test(kind) && source.outlet && isPublicationsName(source.outlet) && !MEMBERS_BODY.test(source.outlet)) return authorOf(source);
  return judgeWithoutOffice(source) ?? authorOf(source) ?? judgeNamedInTitle(source) ?? (ISSUER_VOICE.test(kind) || (/^\s*opinion\s*$/i.test(kind) && PAPERS_VIEW_TITLE.test(source.title ?? '')) ? source.outlet : undefined);
}

/** An office of several words before a judge's name in a judgment's author line: "Administrative Law Judge " (round 32). */
const JUDGES_OFFICE_BEFORE = /^(?:(?:Administrative|Law|Employment|District|Circuit|Deputy|Senior|Immigration|Tribunal|Chief|Associate)\s+){1,3}Judge\s+(?=\p{Lu})/u;

/** A judgment's author without the office before the name, as the ruling calls the judge ("Administrative Law Judge Miriam Hartwell" → "Miriam Hartwell"). */
function judgeWithoutOffice(source: SourceDocument['source']): string | undefined {
  const author = authorOf(source);
  if (!author || !JUDGMENT_KIND.test(source.kind ?? '')) return undefined;
  const name = author.replace(JUDGES_OFFICE_BEFORE, '');
  return name !== author && isOnePersonsName(name) ? name : undefined;
}

/** A decision a body issues by its genre: "ombudsman decision", "ombudsman's final decision", a regulator's "ruling", a press council's "adjudication". */
// (And a disciplinary body's, a football association's regulatory commission's "disciplinary decision", a university's
// "misconduct decision", round 37: the body's finding, as an ombudsman's is.)
// (Or "decision" alone, a county football association's regulatory commission's written reasons, filed with no author
// under the association's name, round 48; a court's or a tribunal's is its judge's, as above.)
// (Or with a note in brackets on what it is, "decision (written reasons of an independent regulatory commission, disciplinary
// tribunal)", round 62, a football association's commission; never a note naming a newsroom's work.)
const BODYS_DECISION = new RegExp(String.raw`^\s*(?:ombudsman['’]?s?\s+(?:final\s+)?decision|(?:(?:disciplinary|misconduct|conduct|regulatory|commission|panel)\s+)?decision|ruling|adjudication)${DECISION_SUBJECT}(?:\s*\((?![^()]*\b(?:correspondents?|reporters?|report(?:ed|ing)?|news|story|reaction|coverage|article|journalists?|analys[ie]s(?!\s+of\b)|explain(?:ed|er)?|verdict)\b)[^()]{1,160}\))?\s*$`, 'i');
/** A committee's report by its genre, "committee report". */
const COMMITTEE_REPORT_KIND = /^\s*committee\s+report\s*$/i;
/** A body that reports as a committee: a committee or a legislature ("… References Committee", "Senate", "House of Commons"; not "Parliamentary Monitoring Group"). */
const LEGISLATIVE_BODY = /\b(?:committee|parliament|senate|house|assembly|congress|council|oireachtas|seanad|legislature|bundestag|sabha)\b/i;

/**
 * Rule "a body's newsletter with no author is the body's" (round 31): a school's or a society's newsletter, "Hillbrook
 * Primary School", speaks in its issuer's voice in its unsigned sections, as an unsigned statement does; not a
 * publication's, "The Link (parish magazine …)", whose pages are journalism.
 */
function issuerOfNewsletter(source: SourceDocument['source']): string | undefined {
  const { outlet } = source;
  // (A body by its name, "… School", "… Community Council": not "Financial Times", "Politico", "Axios", the review of round 31.)
  if (!NEWSLETTER_KIND.test(source.kind ?? '') || source.author || !outlet || /^the\s/i.test(outlet) || !(namesABody(outlet, NEWSLETTER_BODY_WORDS) || HOUSING_ASSOCIATION.test(outlet))) return undefined;
  return outlet;
}

/** Bodies that send their members a newsletter, besides `ORG_WORDS`': a school, a parish, a club. */
// (A medical practice's or a surgery's, "Riverside Medical Practice", and a church's, round 39; a benefice's, a
// cathedral's, a congregation's, a mosque's, a synagogue's, a temple's, a gurdwara's, round 40.)
// (A hospice's or a hospital's supporters' newsletter, "Little Wren Children's Hospice", round 55.)
const NEWSLETTER_BODY_WORDS = new Set('school schools parish club society practice surgery church benefice cathedral chapel congregation mosque synagogue temple gurdwara hospice hospital'.split(' '));
/** A housing association's name, "Riverlea Homes", whose newsletter goes to its tenants (round 48): "Homes" its last word, not a magazine's, "Homes & Gardens". */
// (Not "housing" anywhere in the name: a trade weekly's, "Inside Housing", "Housing Today", the review of round 48.)
const HOUSING_ASSOCIATION = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+Homes$/u;

/**
 * Whether an outlet's name is a body's: it holds an organisation's word (`ORG_WORDS`, or one of `more`) and no
 * publication's or newsroom's word ("Yonhap News Agency", "Press Trust of India", "Australian Broadcasting Corporation",
 * "Center for Investigative Reporting" are newsrooms). A court is a body (its "media summary" is its own words); the
 * filings it publishes, a "complaint" or an "indictment", are its parties', records by their genre.
 */
export function namesABody(outlet: string, more: Set<string> = new Set()): boolean {
  if (isPublicationsName(outlet)) return false;
  return outlet.split(/[\s,()&]+/u).some((word) => ORG_WORDS.has(word.toLowerCase()) || more.has(word.toLowerCase()));
}

/** Whether an outlet's name is a publication's or a newsroom's: a publication's word in it, or a title ("The Yorkshire Post"). */
function isPublicationsName(outlet: string): boolean {
  return outlet.split(/[\s,()&]+/u).some((word) => PUBLICATION_WORDS.has(word.toLowerCase())) || isTitledPublication(outlet);
}

/** Whether an outlet is a publication by its title, printed after "The" or known as one ("The Yorkshire Post", "Politico"): see `isPublicationTitle`. */
function isTitledPublication(outlet: string): boolean {
  return isPublicationTitle(outlet, () => /^the\s/i.test(outlet));
}

/**
 * Rule "a body's unsigned document is the body's" (round 31's sixth batch): a text filed with no author by a body, an
 * outlet whose name holds an organisation's word ("Kentucky Emergency Management" has none; "Eastmoor Hospitals NHS
 * Foundation Trust", "Department of the Taoiseach", "Northmoor County Council" do) and no publication's, in a genre
 * neither journalism nor a record (`JOURNALISM_OR_RECORD_KIND`), speaks in the body's voice, as an unsigned statement
 * does, whatever the genre's name: the long tail of forms ("guidance", "notice", "advisory", "update") that no list of
 * genres reaches.
 */
function issuedByBody(source: SourceDocument['source']): boolean {
  const { outlet, kind } = source;
  if (source.author || !outlet || !kind || (isJournalismOrRecord(kind) && !isBodysReport(kind))) return false;
  // (Or a report to those who fund the one filing it, a charity's "donor report", whatever its name, "Tideline Relief",
  // round 51: no newsroom files one.)
  return namesABody(outlet) || FUNDERS_REPORT.test(kind);
}

/** A report to those who fund its issuer, by its genre: "donor report", "supporters' report", "report to donors". */
const FUNDERS_REPORT = /^\s*(?:(?:annual\s+)?(?:donors?|supporters?|funders?)['’]?\s+report|report\s+to\s+(?:our\s+)?(?:donors|supporters|funders))\s*$/iu;

/**
 * Rule "a body's document one person writes is that person's" (round 31's sixth batch): the same document with one
 * person's name as its author ("freedom of information disclosure" by a council's information officer, a "diplomatic
 * cable" by an ambassador) is the author's words, as a signed letter is; a publication's, a record's or journalism's
 * author is its reporter, not a speaker.
 */
function signedForBody(source: SourceDocument['source']): boolean {
  const author = authorOf(source);
  if (!author || !isOnePersonsName(author)) return false;
  // (Or a body's account of a visit or an event one of its people writes, a charity's "field report" by its programme
  // adviser, a think tank's "event write-up" by its researcher, round 50: no newsroom's dispatch, its outlet a body's.)
  // (Not a newsroom's, "CNN International", "BBC World Service", "Anadolu Agency": a broadcaster's or an agency's word, or an
  // acronym opening its name, the review of round 50.)
  if (BODYS_ACCOUNT_KIND.test(source.kind ?? '') && source.outlet && namesABody(source.outlet, ACCOUNT_BODY_WORDS) && !NEWSROOM_OUTLET.test(source.outlet)) return true;
  return issuedByBody({ ...source, author: undefined });
}

/** A body's account of a visit or an event by its genre (see `signedForBody`): "field report", "trip report", "event write-up", "write-up". */
const BODYS_ACCOUNT_KIND = /^\s*(?:(?:field|field\s+visit|trip|visit|event)\s+(?:report|write-?up)|write-?up)\s*$/iu;
/** A newsroom's outlet by its words: a broadcaster's or a wire's initials opening it ("CNN International", "BBC World Service"; not "WWF International" or "CARE International", the review of round 50's mends) or a broadcaster's or an agency's word ("Anadolu Agency"). */
const NEWSROOM_OUTLET = /^(?:CNN|BBC|ABC|CBS|NBC|NPR|PBS|AFP|AP|CBC|SBS|RTÉ|RTE|RNZ|NHK|KBS|DW|ITV|RFI|VOA|CGTN)\b|\b(?:[Aa]gency|[Ss]ervice|[Bb]roadcasting|[Bb]roadcaster|[Rr]adio|[Tt]elevision|TV|[Nn]ews|[Pp]ress|[Mm]edia|[Ww]ire|[Nn]etwork)\b/u;
/** A body's word in an outlet's name besides `ORG_WORDS`, for `BODYS_ACCOUNT_KIND`: "Harvest Bridge International". */
const ACCOUNT_BODY_WORDS = new Set(['international']);

/**
 * A line that is only a date, as a statement or a decision closes, "October 14, 2025", "11 March 2025", "Dated this 22nd
 * day of May 2025.": about the document, nobody's words (round 32).
 */
const DATE_LINE = /^\s*(?:(?:dated\s+(?:this\s+|the\s+)?)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?\p{Lu}\p{Ll}+,?\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?\s*$/iu;
/** A parliamentary question's paper line over a minister's answer: "Notice Paper No. 412 of 2025, For Oral Answer, Question No. 1187" (round 32). */
const QUESTION_PAPER_LINE = /^\s*(?:notice\s+paper\s+no\.|(?:parliamentary\s+)?question\s+no\.\s*\d|for\s+(?:oral|written)\s+answer\b)/iu;
/**
 * A speech's release note: "Embargoed until 11:00.", "Check against delivery." (round 58), wherever the page prints it; not
 * a sentence about embargoed things, "Embargoed items are stored …" (the second review of round 58); "EMBARGOED: 00:01
 * GMT", "Strictly embargoed - not for publication …" (the third).
 */
const EMBARGO_NOTE = /^[\s*_]*(?:(?:strictly\s+)?embargoed\s*(?::|[-–—]|\s+(?:until|till|to|for|not)\b)|check\s+against\s+delivery\b)/iu;
/** A filer's genre, whose caption "In the Matter of …" heads it: a testimony, an application, a petition, a brief (round 58). */
const FILING_KIND = /\b(?:testimony|application|petition|brief|filing|pleading|affidavit|motion)\b/iu;
/** A figure's caption, "Fig. 4. Comfort Asamoah, Wend Mud I, 1979. …", "Figure 2:", a catalogue's or a report's (round 58); not a writer's own paragraph opening so, "Figure 1: real weekly pay … I think …" (see `notesAboutAuthor`). */
const FIGURE_CAPTION = /^[\s*_]*(?:Fig\.|Figure|Plate)\s+\d{1,3}[a-z]?[.:]/u;
/** A filing's signature as typed, "/s/ Marguerite A. Holbrook" (round 58). */
const SLASH_SIGNATURE = /^\s*\/s\/\s*\S/u;
/** A writer's own words in a paragraph opening as a caption does: "I" before a word in small letters, "my" (not a title's numeral, "Wend Mud I, 1979"). */
// (Not a king's numeral, "Charles I at the Hunt", nor a body's "our" in its own report's caption, "Where our income came
// from", the third review of round 58.)
const WRITERS_OWN_WORDS = /(?<!\p{Lu}[\p{Ll}'’-]*\s)\bI\s+\p{Ll}|\b(?:my|me)\b/u;
/** A signature's rule with the signer's name and office under it, "_______________________________" / "Theresa Galloway-Nunez, Mayor" (round 58). */
// (The name under it, a line of no sentence: not a postscript printed under a rule, "P.S. I will be at the gate …", the
// third review of round 58.)
const SIGNATURE_RULE = /^\s*_{5,}[ \t]*\n[ \t]*\p{Lu}[^\n.!?]{1,100}(?:\n[^\n.!?]{1,100}){0,2}\s*$/u;
/** An instrument's closing formula, "IN WITNESS WHEREOF, we have hereunto set our hands …" (round 58): the form's words, nobody's. */
const WITNESS_WHEREOF = /^[\s*_]*IN\s+WITNESS\s+WHEREOF\b/iu;
/** A filing's caption, "In the Matter of the Application of …" (round 58), among the opening paragraphs (`CAPTION_HEAD_PARAGRAPHS`). */
const MATTER_CAPTION = /^[\s*_]*(?:IN\s+THE\s+MATTER\s+OF|In\s+the\s+Matter\s+of)\b/u;
/** How many opening paragraphs may hold a filing's caption (`MATTER_CAPTION`): a court's or a commission's name and docket above it. */
const CAPTION_HEAD_PARAGRAPHS = 5;
/** A prefiled testimony's question, "Q. What is the purpose of your testimony?": its heading, nobody's (round 58; see `isWitnesssOwnTestimony`). */
const TESTIMONY_QUESTION = /^\s*Q[.:]\s/u;

/** Whether a paragraph is only its author's name in quotation marks, a Canadian court's signature, "“Claire Lévesque-Hart”" (round 58). */
function isQuotedSignature(text: string, author: string | undefined): boolean {
  const named = /^\s*["“]([^"”\n]{3,60})["”]\s*$/u.exec(text)?.[1]?.trim();
  return !!named && named === author;
}

/**
 * Markdown's footnotes, "[^2]: Q14 [Cllr Moira Fenwick]", a report's or an essay's sources under its text: nobody's words
 * (round 58); not a speaker's own note in the first person, "[^1]: I am grateful to …".
 */
const FOOTNOTE_DEFINITION = /^\s*\[\^[^\]\s]{1,12}\]:/u;
/** An image as Markdown writes it, alone in its paragraph: "![Wessex County FA crest](wcfa-crest.png)", a logo, nobody's words (round 48). */
const MARKDOWN_IMAGE = /^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$/u;
/** A question alone in its paragraph, one line ending with its question mark: "What will change for consumers?". */
// (Its number before it too, "2. Who has to report?", an EU agency's Q&A memo, round 51.)
const QUESTION_HEADING = /^\s*(?:(?:Q\s*)?\d{1,3}[.)]\s+)?[^\n.!?]{3,200}\?\s*$/u;
/** A question its asker's label names, "Q — Priti Sandhu, Customer Service: Will the office be next?": the asker's, no heading (round 48). */
const NAMED_ASKERS_QUESTION = /^\s*Q\s*[–—-]\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
/** An answer its answerer's label names: "A — Dan Okafor: Because the building is the problem." */
const NAMED_ANSWER = /^\s*A\s*[–—-]\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*:/u;
/** How many named answers make a record of who answered (see `NAMED_ANSWER`). */
const MIN_NAMED_ANSWERS = 2;
/** A body's leaflet for the public, whose questions are headings: "patient information leaflet", "factsheet", "booklet". */
const QUESTIONS_LEAFLET_KIND = /\b(?:leaflet|fact\s*sheet|booklet|information\s+sheet)\b/iu;

/** Words of a publication's or a newsroom's name ("Times", "News", "Post", "Press", "Media", "Broadcasting"): such an outlet is no body (`namesABody`). */
// (And "chronicle", "weekly", "courier", "insider": "Local Government Chronicle" is a trade paper, not a government body, the
// second review of round 51.)
const PUBLICATION_WORDS = new Set('news newswire times post press media radio television tv newspaper newspapers magazine journal daily tribune herald gazette publishing broadcasting broadcaster reuters reporting journalism chronicle weekly courier insider'.split(' '));

/** An obituary or a death notice by its genre. */
const OBITUARY_KIND = /^\s*(?:obituary|death\s+notice|family\s+notice|memorial\s+notice)\s*$/i;
/** An author that is a family: "The Kowalchuk family", "The family of Helen Kowalchuk". */
const FAMILY_AUTHOR = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+)?family\b/iu;

/** Whether a document is a family's own notice: an obituary or death notice whose author is a family (`FAMILY_AUTHOR`). */
function isFamilyNotice(source: SourceDocument['source']): boolean {
  return OBITUARY_KIND.test(source.kind ?? '') && FAMILY_AUTHOR.test(source.author ?? '');
}

/**
 * A judge's words by the title, in a judgment or sentencing remarks filed with no author: "R v Callum Dray —
 * Sentencing remarks of His Honour Judge Peter Harcourt KC" (group 1: what follows "of" or "by").
 */
const JUDGES_WORDS_TITLE = /\b(?:sentencing\s+remarks|remarks|judgment|judgement|opinion|ruling|decision)\s+(?:of|by)\s+(.+)$/iu;
/** A judge's honorifics and offices before the name ("His Honour Judge", "Mr Justice", "District Judge", "Sheriff"). */
const JUDICIAL_STYLE = /^(?:(?:his|her)\s+honou?r\s+|the\s+(?:hon(?:ou?rable|\.)?\s+)?)?(?:(?:mr|mrs|ms|lord|lady)\s+justice|(?:senior\s+|deputy\s+)?(?:district|circuit|employment|high\s+court|tribunal)?\s*judge|justice|sheriff(?:\s+principal)?|recorder|coroner|magistrate)\s+/iu;
/**
 * A person's name of two to four capitalised words, then post-nominals ("KC", "CBE") or a comma and the office after
 * it ("…, THE RECORDER OF LEEDS").
 */
const JUDGES_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}?)(?:\s+(?:KC|QC|SC|PC|CBE|OBE|MBE|DBE|KBE))*(?:\s*,(.*))?$/u;
/** What ends a one-judge reading: a second judge after the name ("…, Lady Justice King and Lord Justice Baker"). */
const ANOTHER_JUDGE = /\b(?:justice|judge|lord|lady|sheriff)\b|\band\b/i;
/** The genre of a judge's remarks from the bench ("sentencing remarks", "remarks"). */
const REMARKS_KIND = /^\s*(?:sentencing\s+)?remarks\s*$/i;

/**
 * Rule "a judgment's title names its judge" (round 22): a court's judgment or sentencing remarks filed with no
 * author ("Sentencing remarks of His Honour Judge Peter Harcourt KC", a judiciary's site) is that judge's words,
 * named without the honorifics ("Peter Harcourt"). Only a judgment's genre, and only a judge's style before a
 * person's name: "Judgment of the Court" names no one.
 */
function judgeNamedInTitle(source: SourceDocument['source']): string | undefined {
  if (!JUDGMENT_KIND.test(source.kind ?? '') && !REMARKS_KIND.test(source.kind ?? '')) return undefined;
  const after = JUDGES_WORDS_TITLE.exec(source.title ?? '')?.[1]?.trim();
  const style = after ? JUDICIAL_STYLE.exec(after) : null;
  if (!after || !style) return undefined;
  const name = JUDGES_NAME.exec(after.slice(style[0].length));
  const words = name?.[1]?.split(/\s+/) ?? [];
  // (Not a minister: "Remarks by Justice Secretary Shabana Mahmood"; not one of a bench: "Judgment of Lord Justice
  // Peter Jackson, Lady Justice King and Lord Justice Baker"; round 22's review.)
  if (!name || words.some((w) => isTitle(w)) || ANOTHER_JUDGE.test(name[2] ?? '')) return undefined;
  // ("HIS HONOUR JUDGE PETER HARCOURT KC" in a title in capitals: the name cased, "Peter Harcourt".)
  return /\p{Ll}/u.test(name[1] as string) ? name[1] : casedCapitals(name[1] as string);
}

/**
 * A note about the author ("The author is…", "The writer contributed…"): not the author's argument. Only a
 * sentence that opens with it ("When the author is a model…" in an argument is no note).
 */
// (Not another text's author, "The author of the pre-sentence report found …", a judge's remarks going on, round 44; still
// this one's, "The author of this article is a former minister", the review of round 44.)
// (Nor "The author of this memoir", a review's book, a final review of round 44.)
// (Still the author's bio, "The author of two books on Central European transport, Clara Hughes teaches …": only another
// text by its article or possessive, or "this" but this article, is none, the review of round 44's rules.)
const AUTHOR_NOTE = /(?:^|[.!?]\s+|[(*_[]\s*)the (?:author|writer|columnist)s?\b(?!\s+of\s+(?:(?:the|a|an|his|her|their|its)\s|this\s+(?!(?:article|piece|column|post|blog|essay|letter|op-ed|commentary)\b)))/i;
/** How many closing paragraphs may hold an author's bio ("Tereza Vlckova is a lawyer…"; set 13: the last one, a note may follow). */
const AUTHOR_BIO_PARAGRAPHS = 2;

/** How many opening paragraphs may hold a standfirst about the author ("Eleanor Whitcombe, a glaciologist, spent …"). */
// (Two: an advice column's standfirst under its heading, "ASK BERNADETTE" / "Bernadette Cronin answers your questions …",
// round 34.)
const AUTHOR_STANDFIRST_PARAGRAPHS = 2;

/**
 * Whether a paragraph is the author's bio: it opens with the author's own name, then "is" or "was" and a word in lower
 * case, or an apposition, "Eleanor Whitcombe, a glaciologist, spent the 2019 polar winter …" (round 34: a diary's
 * standfirst, the magazine's words about its writer), or what the author does for the paper, "Bernadette Cronin answers
 * your questions on family, money …", "… writes about …".
 */
function isAuthorBio(text: string, author: string | undefined, closing = false): boolean {
  const name = author?.trim();
  if (!name) return false;
  const pattern = escapeRegExp(name).replace(/\s+/g, '\\s+');
  // ("… is a lawyer", "… is general secretary of the nurses' union", "… was governor from 2010 to 2016".)
  // (With the byline's titles before the name or not, "Dr Selma Roe is …" of "Selma Roe", round 41.)
  // (With a country or a seat in brackets after it, a UN expert's "Ms. Ingrid Solvang (Norway) was appointed …", round 45;
  // not a listed company's ticker, "Halden Group (LSE: HALD) is pleased to announce …", nor an opening's "Kim Ashby (Lab)
  // was a councillor … when I resigned", round 45's final review: in the closing paragraphs only.)
  return new RegExp(`^[\\s*_]*(?:${COURTESY_TITLES_BEFORE.source.slice(1)})?${pattern}${closing ? String.raw`(?:\s+\((?![^()\n]*:)[^()\n]{1,40}\))?` : ''}(?:\\s+(?:is|was)\\s+(?:also\\s+)?|\\s+(?:answers|writes)\\s+|,\\s+(?:a|an|the)\\s+)\\p{Ll}+\\b`, 'u').test(text);
}

/**
 * A publisher's note on the author's book closing an extract: "The Long Night by Eleanor Whitcombe is published by Granta
 * on 6 July at £18.99. To order a copy go to …" (round 34): the publisher's words, nobody's.
 */
// (Its price the sign, not "to buy a copy": an op-ed's "I urge every MP to buy a copy" is its author's, the review of round 34.)
const BOOK_NOTE = /\bis\s+published\s+by\s+\p{Lu}[^.!?]{0,80}?[£$€]\s?\d/u;

/**
 * The paragraphs (by position) that speak about the author or lay the document out, not in the author's voice: a note
 * ("The author is…") anywhere; the author's bio among the closing or the opening paragraphs (a standfirst); a publisher's
 * note on the author's book; and, in a document with an own voice, its signature, a speech's heading and the publisher's
 * notes ruled off around a speech, headings, fields, dates, a repeated title, a details line and a publisher's footer.
 */
export function notesAboutAuthor(doc: SourceDocument, narration: string[], ownVoice = documentOwnVoice(doc) !== undefined): Set<number> {
  const judgment = JUDGMENT_KIND.test(doc.source.kind ?? '');
  // (A statutory form, a record of inquest's, its numbered fields run in: the review of round 60 found an opinion's, a
  // release's or a judgment's numbered points, "Parking: free for the first hour", read as fields anywhere else.)
  const statutoryForm = STATUTORY_FORM_KIND.test(`${doc.source.kind ?? ''} ${doc.source.outlet ?? ''}`);
  const author = authorOf(doc.source);
  // (The byline as printed marks its bio line too, "Judge Ann Lee is a judge of …", where its office came off, round 58.)
  const byline = doc.source.author?.trim();
  const testimony = isWitnesssOwnTestimony(doc);
  // (A court's or a filer's document, whose caption and quoted signature the notes below know; elsewhere a caption only
  // outside the first person: not an essay's or a speech's "In the Matter of Quinlan, decided when I was a student, …", the
  // second review of round 58, but an agency's order's or a coalition's comments', the third.)
  const filing = testimony || isJudicialDocument(doc.source) || FILING_KIND.test(doc.source.kind ?? '');
  // (A body's questions and answers: each question, a paragraph of its own, is a heading, nobody's, round 32.)
  // (And a body's leaflet or factsheet, laid out as its readers' questions, "Why have I been contacted?", round 39.)
  const questionsAsHeadings = BODYS_QUESTIONS_AND_ANSWERS.test(doc.source.kind ?? '') || QUESTIONS_LEAFLET_KIND.test(doc.source.kind ?? '');
  // (A town hall's record, its answers labelled with who gave them, "A — Dan Okafor:": its askers' questions theirs; a
  // council's FAQ naming a resident who asked, "Q — Mrs Ellen Shaw, Brixworth: Can I keep my old bin?", a heading still,
  // the review of round 48.)
  const answersNamed = questionsAsHeadings && doc.paragraphs.filter((p) => NAMED_ANSWER.test(p.text)).length >= MIN_NAMED_ANSWERS;
  const notes = new Set<number>(ownVoice ? backMatter(doc) : []);
  // (A signer's signature, the name and the role or date under it, is nobody's words, round 32.)
  // (Or signed by someone who is not its voice: "Imogen Stace" / "Director of Networks" under a regulator's decision in its
  // own "we", round 34.)
  if (ownVoice) for (const at of (jointSigners(doc) ?? signerOfBodysDocument(doc) ?? closingSignature(doc))?.at ?? []) notes.add(at);
  // (A filed foreword's writers' signatures, each a name over a role, "Margaret Oduya" / "Chair, Library Board", the review
  // of round 39's rules.)
  const writers = writersOfFiledForeword(doc.source)?.split(JOINT_BYLINE) ?? [];
  doc.paragraphs.forEach((p, at) => {
    if (at >= doc.paragraphs.length - SIGN_OFF_PARAGRAPHS && writers.includes(p.text.trim().split('\n')[0]?.trim() ?? '')) notes.add(at);
  });
  // (An email's sender speaks to the message it answers or forwards, quoted below "-----Original Message-----" or its own
  // "From:" header: from there it is no longer theirs, the review of round 38.)
  if (ownVoice && senderOfMessage(doc) !== undefined) for (let at = quotedMessageStart(doc); at < doc.paragraphs.length; at++) notes.add(at);
  // (And a speech's heading naming its speaker, "Speech by Jane Doe, Professor of History" / "Oslo, 6 February 2025", the
  // review of round 33.)
  const speechHeading = ownVoice ? speakerOfHeadedSpeech(doc)?.heading : undefined;
  if (speechHeading !== undefined) notes.add(speechHeading);
  if (ownVoice) for (const at of publishersNotesAroundSpeech(doc)) notes.add(at);
  if (ownVoice) for (const at of publishersNotesOfSpeech(doc)) notes.add(at);
  // (A paragraph the file marks as a heading, Markdown's "## Bells ring out again at St Nicholas's", a page's <h2>, is
  // nobody's however long, round 40; `isHeading` reads the rest by their look.)
  narration.forEach((masked, at) => {
    if (AUTHOR_NOTE.test(masked) || ((at >= doc.paragraphs.length - AUTHOR_BIO_PARAGRAPHS || at < AUTHOR_STANDFIRST_PARAGRAPHS) && (isAuthorBio(masked, author, at >= doc.paragraphs.length - AUTHOR_BIO_PARAGRAPHS) || (!!byline && byline !== author && isAuthorBio(masked, byline, at >= doc.paragraphs.length - AUTHOR_BIO_PARAGRAPHS)))) || (at >= doc.paragraphs.length - AUTHOR_BIO_PARAGRAPHS && BOOK_NOTE.test(masked)) || (ownVoice && (doc.paragraphs[at]?.heading !== undefined || isStrongHeading(doc.paragraphs[at]) || isHeading(masked) || (questionsAsHeadings && QUESTION_HEADING.test(masked) && !(NAMED_ASKERS_QUESTION.test(masked) && answersNamed)) || QUESTION_PAPER_LINE.test(masked) || DATE_LINE.test(masked) || isMetadataField(masked) || (statutoryForm && isNumberedFormField(masked)) || IMPRINT.test(masked) || (at < LAYOUT_HEAD_PARAGRAPHS && (repeatsTitle(masked, doc.source.title) || isDetailsLine(masked, doc.source) || isLetterhead(masked, doc.source.outlet))) || (at >= doc.paragraphs.length - LAYOUT_FOOT_PARAGRAPHS && isPublishersFooter(masked)) || COUNSEL_APPEARING.test(masked) || ((judgment || isCourtsOpinion(doc.source)) && (JUDGMENT_LAYOUT_LINE.test(masked) || CASE_TITLE_PARTY.test(masked) || isOpinionLayout(masked))))) || (at < HEADNOTE_PARAGRAPHS && HEADNOTE.test(masked)) || isTranslationNote(masked.trim()) || (ownVoice && (isContactLine(masked) || isPostalAddress(masked))) || MARKDOWN_IMAGE.test(masked) || (FOOTNOTE_DEFINITION.test(masked) && !inFirstPerson(masked)) || (ownVoice && (EMBARGO_NOTE.test(masked) || (FIGURE_CAPTION.test(masked) && !WRITERS_OWN_WORDS.test(masked)) || SLASH_SIGNATURE.test(masked) || SIGNATURE_RULE.test(masked) || (WITNESS_WHEREOF.test(masked) && !FIRST_PERSON_SINGULAR.test(masked)) || (at < CAPTION_HEAD_PARAGRAPHS && MATTER_CAPTION.test(masked) && (filing || !FIRST_PERSON_SINGULAR.test(masked))) || (filing && isQuotedSignature(doc.paragraphs[at]?.text ?? '', author)) || (testimony && TESTIMONY_QUESTION.test(masked)) || LABEL_HEADING.test(masked))) || BRIEFING_SUMMARY_NOTE.test(masked)) notes.add(at);
  });
  return notes;
}

/** A publisher's words on how a speech's text was delivered or published: "as delivered", "as preached", "Delivered in the Great Hall", "Oration delivered by …", "Check against delivery", "notes have been added". */
const DELIVERY_NOTE_WORDS = /\b(?:as\s+(?:delivered|preached|spoken|prepared)|(?:delivered|given|preached)\s+(?:at|in|on|by)|prepared\s+for\s+delivery|check\s+against\s+delivery|added\s+for\s+publication|(?:text|transcript)\s+(?:below|of\s+the\s+(?:lecture|speech|address|sermon|homily|oration)))\b/iu;
/** How many paragraphs a publisher's note ruled off before or after a speech's text may run to (see `publishersNotesAroundSpeech`). */
const RULED_OFF_NOTE_PARAGRAPHS = 3;

/**
 * Rule "a speech's publisher rules its notes off from the text" (round 35: a city's press office prints its mayor's
 * speech as delivered between rules, "*The Mayor spoke after the laying of wreaths …*" / `---` / "Families, survivors,
 * friends …" … "Thank you." / `---` / "The commemoration was organised by …"): in a speech's genre, the paragraphs
 * before its first thematic break and after its last, when they run to `RULED_OFF_NOTE_PARAGRAPHS` at most, are the
 * publisher's notes, nobody's words.
 */
function publishersNotesAroundSpeech(doc: SourceDocument): number[] {
  if (!SPOKEN_KIND.test(doc.source.kind ?? '')) return [];
  const breaks = doc.paragraphs.flatMap((p, at) => (isThematicBreak(p.text) ? [at] : []));
  const first = breaks[0];
  const last = breaks.at(-1);
  if (first === undefined || last === undefined) return [];
  // (Only a stretch in no one's first person: a speech's own opening or closing section ruled off, "… I am honoured to be
  // here.", is the speaker's, the review of round 35.)
  const aboutTheSpeech = (from: number, to: number) =>
    doc.paragraphs.slice(from, to).every((p) => {
      const own = outsideQuotations(p.text);
      return !FIRST_PERSON_SINGULAR.test(own) && !FIRST_PERSON_PLURAL.test(own);
    });
  // (Its title block's lines aside, when the stretch says how the text was delivered or published: a museum's lecture
  // headed by the museum's name, the series, the title and the lecturer over "*The text below is as delivered.*", round 60;
  // not a speech's own "## Prologue" and "## Coda" ruled off, the review of round 60.)
  const short = (from: number, to: number) => {
    const stretch = doc.paragraphs.slice(from, to);
    const prose = stretch.filter((p) => p.heading !== undefined || (!isStrongHeading(p) && !isHeading(p.text)));
    return stretch.length <= RULED_OFF_NOTE_PARAGRAPHS || (prose.length <= RULED_OFF_NOTE_PARAGRAPHS && stretch.some((p) => DELIVERY_NOTE_WORDS.test(p.text)));
  };
  const notes: number[] = [];
  if (first > 0 && short(0, first) && aboutTheSpeech(0, first)) for (let at = 0; at < first; at++) notes.push(at);
  if (last > first && short(last + 1, doc.paragraphs.length) && aboutTheSpeech(last + 1, doc.paragraphs.length)) for (let at = last + 1; at < doc.paragraphs.length; at++) notes.push(at);
  return notes;
}

/**
 * Rule "a speech's publisher's notes are nobody's" (round 40: a learned society prints its annual lecture under the
 * lecture's title and the lecturer's name, "*Delivered at the Merrow Society, London, on 14 May 2025. Check against
 * delivery.*", and ends it "*The Merrow Society thanks the Royal Meteorological Archive for its support.*"): in a speech's
 * genre, a headnote (`HEADNOTE`) among the first paragraphs past the headings above it, and a closing paragraph naming
 * the publisher in no one's first person.
 */
function publishersNotesOfSpeech(doc: SourceDocument): number[] {
  if (!SPOKEN_KIND.test(doc.source.kind ?? '')) return [];
  const { paragraphs } = doc;
  const notes: number[] = [];
  let prose = 0;
  for (let at = 0; at < paragraphs.length && prose < HEADNOTE_PARAGRAPHS; at++) {
    const text = paragraphs[at]?.text ?? '';
    if (paragraphs[at]?.heading !== undefined || isHeading(text)) continue;
    // (Or the publisher's standfirst naming the speaker as its subject, "Air Chief Marshal Sir Duncan Harrow set out how the
    // RAF will grow …", round 41.)
    if (HEADNOTE.test(text) || standfirstOfSpeaker(text, doc.source)) notes.push(at);
    prose++;
  }
  const outlet = doc.source.outlet ?? '';
  const last = paragraphs.length - 1;
  const closing = outsideQuotations(paragraphs[last]?.text ?? '');
  // (A note's words, "thanks", "is grateful to", "hosted by": not the speech's own last words naming the publisher, "The
  // Department for Education will publish the full framework in the spring", the review of round 40.)
  // (Nor the speaker's own thanks to the audience, "Thank you to The Merrow Society, and thank you all for coming", the review
  // of round 40 again.)
  if (last > 0 && outlet.length > 0 && namesPublisher(closing, outlet) && PUBLISHERS_NOTE_WORDS.test(closing) && !inFirstPerson(closing) && !/\bthank\s+you\b/iu.test(closing)) notes.push(last);
  return notes;
}

/**
 * Whether a note names its publisher: in full, or by the last word of its name after "the", as a body calls itself ("the
 * Society's website" of The Merrow Society, round 41).
 */
// (By "the Society" only in a note's own words of where the speech is kept, "A recording … is available on the Society's
// website": not a speech's last words, "the Society must keep asking it", the review of round 41.)
function namesPublisher(text: string, outlet: string): boolean {
  const last = /(\p{Lu}\p{Ll}{2,})$/u.exec(outlet.trim())?.[1];
  return text.includes(outlet) || (!!last && new RegExp(String.raw`\b[Tt]he\s+${last}(?![\p{L}])(?!\s+\p{Lu})`, 'u').test(text) && KEPT_BY_PUBLISHER.test(text));
}
/** A note's words of where a speech is kept or given: "is available", "website", "a recording", "given annually". */
const KEPT_BY_PUBLISHER = /\b(?:(?:is|are)\s+available|website|recording|given\s+(?:annually|each\s+year|every\s+year))\b/iu;

/** Whether a paragraph opens with the speech's author as its subject, in the third person: a publisher's standfirst. */
function standfirstOfSpeaker(text: string, source: SourceDocument['source']): boolean {
  const author = authorOf(source);
  const printed = source.author?.trim();
  if (!author || !printed || inFirstPerson(text)) return false;
  return [printed, author].some((name) => text.trimStart().startsWith(`${name} `) && /^\s*\p{Ll}/u.test(text.trimStart().slice(name.length)));
}

/** Words of a publisher's closing note under a speech: thanks, support, hosting, a charity's registration. */
// (Or its office's, "Riga City Council, Communications Department. The Latvian original is available on the council's
// website.")
const PUBLISHERS_NOTE_WORDS = /\b(?:thanks?|grateful|acknowledg\w*|support(?:ed)?\s+(?:by|of|from)|sponsor\w*|hosted\s+by|organi[sz]ed\s+by|delivered\s+(?:at|on)|registered\s+charity|communications\s+(?:department|office|team|unit)|press\s+office|media\s+(?:office|team|relations)|(?:is|are)\s+available|original|translat\w+|published\s+by)\b/iu;

/**
 * A publisher's note opening a speech's text ("X delivered the following address at …", "Text of the address
 * delivered by …", "The following is ANSA's English translation of the speech given by …", "as delivered"):
 * about the speech, in the publisher's voice (round 18; round 17's set 76 labelled one so too).
 */
// (And a publication's note before an open letter it prints, "The following open letter was organised by …", round 29.)
// (And the Press Information Bureau's "Text of Union Minister of Jal Shakti Shri …'s address at …", round 32.)
// (Only opening its paragraph: not a columnist's "I have read the text of the Prime Minister's speech twice", the review of
// round 32.)
// (And a line under the speaker's name saying where it was given, "Delivered at the Society's rooms, Carlton Row, London, 6
// November 2024", round 41: its place and date, ending with the year, not "Delivered on a promise: …".)
const HEADNOTE = new RegExp(String.raw`\b(?:delivered the following|the following is|${LETTER_ORGANISED}|text of the (?:address|speech|remarks|statement)|as delivered|check against delivery)\b|^\s*text of [^\n.]{1,160}?['’]s (?:address|speech|remarks|statement)\b|(?:^|\n)\s*delivered\s+(?:at|on|to|before)\s[^.!?\n]{0,120}\b(?:19|20)\d\d\s*$`, 'im');
/**
 * Rule "a document's fields and contact block are the layout's" (round 21): in a document in its author's or
 * issuer's voice, a paragraph opening with a field's name and a colon ("From: Department for Education and …",
 * "Delivered on: 20 November 2025", "Heard at: Leeds", "Media Contact:", "Enquiries:", "Notes to editors:") is about the
 * document, nobody's words.
 */
// ("Before:" only with a judge: "Before: patients waited six hours" is an author's. A judgment's and a coroner's
// "Neutral Citation Number:", "Case No:", "Between:", "CITATION:", round 23.)
// (Round 29: a tribunal's "Representatives:", "Investigation Meeting:", "Submissions received:", a regulator's notice's
// "Public Authority:" and "Address:", and a judgment's "Before:" alone on its line, the judge's name on the next.)
// (Round 31: a coroner's report's "Category:" and "This report is being sent to:". Round 32: a minister's answer's
// "Name and Constituency of Member of Parliament:" and the question it answers, "Question: To ask the Minister for …",
// a member's words, not the minister's; a coroner's "Cause of death:" and "Place of death:", a letter's "cc:", a
// decision's "Signature:" and "Conduct(s) complained of:".)
// (Round 34: a regulator's decision's "Reference:", "Licensee:", "Subject:" and "Decision date:"; an open letter's "To:"
// and "Copied to:".)
// (Round 35: an emergency notice's "Issued:", "Issuing authority:", "Incident:", "Effective:", a health advisory's
// "Distribution:" and "Advisory number:". Round 36: a report's "Prepared by:", a survey's "Response rate:", a
// consultation's "Consultation period:". Round 37: a decision's or a meeting's roster, "Chair: Ms Helen Carr", "Members: …",
// "Secretary: …", "Present: …": who sat, not the body's words, read by `ROSTER_FIELD` below.)
// (Round 45: a briefing note's "Spokesperson: Olga Sarrado" or "Spokesperson for UNHCR:", a name or a contact and no
// sentence after it: not a ministry's Q&A's answer, "Spokesperson: The talks are continuing.", the review of round 45's rules.)
// (Round 50: a charity's field report's "Programme:", "Project:" and "Reporting period:", their value no sentence, not a
// release's "Project: The money will pay for …", the review of round 50; and a roster's "Panel:" over its panellists'
// names, an event write-up's.)
const METADATA_FIELD = /^\s*(?:from|delivered\s+on|posted\s+on|published|first\s+published|last\s+updated|location|venue|heard\s+at|before(?=\s*:\s*(?:$|(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?(?:judge|justice|lord|lady|sheriff|master|registrar|tribunal|coroner|employment\s+judge|district\s+judge)\b))|representation(?:\s*[\u2013\u2014-]\s*\p{L}+)?|representatives|investigation\s+meeting|submissions\s+received|public\s+authority|address|sent\s+to\s+the\s+parties\s+on|citation|neutral\s+citation(?:\s+number)?|case\s+(?:no|number)\.?|file\s+(?:no|number)\.?|between|hearing\s+dates?|dates?\s+of\s+(?:hearing|findings|judgment|inquest)|notes?\s+to\s+editors|category|this\s+report\s+is\s+being\s+sent\s+to|name\s+and\s+constituency\s+of\s+member\s+of\s+parliament|(?:cause|place|date|time)\s+of\s+death|signature|signed|style\s+of\s+cause|place\s+of\s+hearing|solicitors\s+of\s+record|sources?|b?cc|conduct(?:\(s\)|s)?\s+complained\s+of|question(?=\s*:\s*to\s+ask\b)|(?:(?:media|press|investor|investor\s+relations)\s+)?(?:contacts?|enquiries|inquiries)|spokes(?:person|man|woman)(?:\s+for\s+[^:\n]{1,80})?(?=\s*:[^\S\n]*(?:(?:\S+[^\S\n]+){0,9}\S*[^\s.!?])?[^\S\n]*(?:\n|$))|for\s+(?:further|more)\s+information(?:\s+on\s+this\s+(?:topic|subject|issue))?(?:\s+and\s+media\s+(?:requests|enquiries|inquiries))?(?:,\s+please\s+contact)?|reference|ref\.?|document\s+ref(?:erence)?\.?|licensee|subject|decision\s+date|to|copied\s+to|issued(?:\s+(?:on|at|by))?|issuing\s+(?:authority|body|agency)|incident|distribution|(?:advisory|alert|notice|bulletin)\s+(?:no|number)\.?|effective(?:\s+date)?|prepared\s+by|response\s+rate|consultation\s+period|(?:programme|program|project|reporting\s+period)(?=\s*:[^\S\n]*[^\n.!?]{1,100}$))\s*:/iu;
/** A roster's field in a decision's or a meeting's header: "Chair:", "Panel members:", "Secretary:", "Present:", "Apologies:", "Hearing:". */
const ROSTER_FIELD = /^\s*(?:chair(?:man|woman|person)?|panel(?:lists)?|panelists|(?:panel\s+|commission\s+|committee\s+|tribunal\s+)?members?|secretary|clerk|present|apologies|in\s+attendance|hearing)\s*:\s*/iu;
/**
 * What a roster's field lists: names or titles ("Dr Farida Nasser (Chair)", "Cllr A. Smith"), one name, a date or none;
 * no sentence ("Members: the ballot closes on Friday", "CHAIRMAN: Our speaker needs no introduction", the review of round
 * 37). Case-sensitive, unlike the field's name.
 */
// (Or a date opening with its day or month, "Hearing: Tuesday 3 March, by video link", the review of round 38.)
const ROSTER_ENTRIES = /^(?:(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,3}\p{Lu}|\p{Lu}[\p{L}.'’-]*\s*(?:$|[,;(\n])|\p{Lu}\p{Ll}+,?\s+\d|\d|(?:[Nn]one|[Nn]il|N\/A)\b)/u;

/** A line of a details block: a short field's name, capitalised, its colon and its value ("Programme: BSc (Hons) Psychology", "Date of hearing: 26 June 2024"). */
// (Of five words, "Inquest touching the death of: Daniel Peter Ashworth", and of eight after a letter in brackets, "(a) Date
// and place of birth: 2 March 2001, Swindon", a record of inquest's statutory boxes, round 56.)
const FIELD_LINE = /^(?:\([a-z]\)\s+\p{Lu}[\p{L}'’()-]*(?:\s+[\p{L}'’()-]+){0,7}|\p{Lu}[\p{L}'’()-]*(?:\s+[\p{L}'’()-]+){0,4})\s*:\s+\S/u;
/** A field's name that heads prose, not a detail: "Q:", "A:", a day ("Saturday: The high street closes …"), a question ("Why it matters:", "What happens next:"). */
const PROSE_FIELD = /^(?:q|a|monday|tuesday|wednesday|thursday|friday|saturday|sunday|why|what|who|how|when|where)\b/iu;
/** Whether a line is a detail's field: `FIELD_LINE`, its name no prose's (`PROSE_FIELD`), its value no sentence (no closing stop). */
function isFieldLine(line: string): boolean {
  return FIELD_LINE.test(line) && !PROSE_FIELD.test(line) && !/[.!?]["”’)]*$/u.test(line);
}
/**
 * Words of a form of address opening a line, never a section's label: "Friends:", "Ladies and Gentlemen:", "Mr President:",
 * "Minister:", "Fellow Shareholders:", "Chairman and Members:", a letter's "Dear …:" (the third review of round 59); followed
 * by a space, a comma or the colon, so a possessive's label is still one, "President's Response:" (the fourth). (A bold
 * "**To donors:**" heads a report's recommendations to them; plain "To Whom It May Concern:" is a letter's, `LABEL_HEADING`.)
 */
const ADDRESS_WORDS = '(?:Dear|My|Friends|Ladies|Gentlemen|Colleagues|Delegates|Distinguished|Fellow|Members|Brothers|Sisters|Mr|Madam|Madame|Sir|Minister|Chair|Chairman|Chairwoman|President|Everyone|Comrades|Citizens)';
/** A paragraph opening with a form of address (`ADDRESS_WORDS`). */
const FORM_OF_ADDRESS = new RegExp(String.raw`^\s*${ADDRESS_WORDS}(?=[\s:,])`, 'u');
/**
 * A section's label alone on its line, words in capitals joined by small ones, ending in a colon (round 59, a Workplace
 * Relations Commission decision): "Parties:", "Summary of Complainant's Case:", "Findings and Conclusions:", "Key Words:",
 * a release's "Quick Facts:". Not a sentence announcing words, "The department's response stated:", "He said:"; nor a form
 * of address (`ADDRESS_WORDS`).
 */
const LABEL_HEADING = new RegExp(String.raw`^\s*(?!(?:${ADDRESS_WORDS}|To)(?=[\s:,]))\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|the|for|to|in|on|by|&)){0,5}\s*:\s*$`, 'u');
/** The fewest lines of a details block: two field lines may be a dialogue's. */
const MIN_FIELD_LINES = 3;

/**
 * Whether a paragraph is a header's field (`METADATA_FIELD`), a roster's field listing names (`ROSTER_FIELD`), or a block of
 * `MIN_FIELD_LINES` field lines or more (a decision's "Student: …\nProgramme: …\nModule: …\nDate of hearing: …", round 38).
 */
function isMetadataField(text: string): boolean {
  if (METADATA_FIELD.test(text) || isTable(text) || isDottedFields(text)) return true;
  const lines = text.trim().split('\n');
  if (lines.length >= MIN_FIELD_LINES && lines.every((line) => isFieldLine(line.trim()))) return true;
  const roster = ROSTER_FIELD.exec(text);
  return roster !== null && ROSTER_ENTRIES.test(text.slice(roster[0].length));
}

/**
 * A statutory form's numbered or lettered field on one line with its entry, "1. Name of the deceased (if known): Ronald
 * Peter Ashworth", "(a) Date and place of birth: 14 February 1951, Brackenford", "4. Conclusion of the coroner as to the
 * death: Accident." (round 60: a record of inquest's form, its bold labels run in): the entry a few words, no sentence
 * (group 1), a one-, two- or three-word finding with its stop at most; not "2. Decision: The appeal is dismissed."
 */
const NUMBERED_FORM_FIELD = /^\s*(?:\(?[a-z\d]{1,2}\)|\d{1,2}\.|Box\s+\d{1,2}\.?)\s+\p{Lu}[^:.!?\n]{2,80}:?\s+(\S[^\n]*)$/u;
/** A clause's words before a colon, never a form's label: a pronoun or a possessive, "as follows". */
const CLAUSE_BEFORE_COLON = /(?<![\p{L}])(?:I|we|you|he|she|they|it|my|our|your|his|her|their|its|follows)(?![\p{L}])/iu;
/** A statutory form by its genre or its issuer, a coroner's record first: where a form's numbered fields stand (`NUMBERED_FORM_FIELD`). */
// (And a body's other statutory forms, a planning decision notice, a freedom of information response, a fatal accident
// inquiry's determination, the second review of round 60.)
const STATUTORY_FORM_KIND = /\b(?:inquest|coroner['’]?s?|fatal\s+accident\s+inquiry|notice|freedom\s+of\s+information|foi|determination)\b/iu;
/** The most words of a numbered form field's entry (`NUMBERED_FORM_FIELD`): an address, a date and place. */
const MAX_FORM_ENTRY_WORDS = 12;
/** The most words of a form field's entry ending with a stop: a finding, "Accident.", "Open conclusion." */
const MAX_FORM_FINDING_WORDS = 3;
function isNumberedFormField(text: string): boolean {
  const field = NUMBERED_FORM_FIELD.exec(text.trim());
  const entry = field?.[1];
  if (!field || entry === undefined) return false;
  // (Its label ends in a colon, a form's box number aside; and it is no one's clause: not a judge's "2. I shall refer to the
  // parties as follows: …", round 29's test.)
  const label = field[0].slice(0, field[0].length - entry.length);
  if ((!label.includes(':') && !/^\s*Box\s/u.test(label)) || CLAUSE_BEFORE_COLON.test(label)) return false;
  const words = entry.trim().split(/\s+/u).length;
  return words <= (/[.!?]["”’)]*$/u.test(entry.trim()) ? MAX_FORM_FINDING_WORDS : MAX_FORM_ENTRY_WORDS);
}

/** Whether a paragraph is a table, every line a row between bars: "| Month | Appointments missed |" (round 39). */
function isTable(text: string): boolean {
  const lines = text.trim().split('\n');
  // (A table of data, no cell a sentence: "| Halden | We will open from 10am to 4pm on Sundays. |" is a body's words, the
  // review of round 39's rules.)
  // (Nor a cell opening with the body's "We" with no stop, "| Halden | We will open from 10am to 4pm on Sundays |", the review
  // of round 39; a survey's statements, "| I support the proposals overall | 47% |", are its data.)
  // (Nor a survey's question beside its answers' figures, "| Do you feel safe driving at night? | 18% | 71% |", round 49.)
  const besideFigures = (row: string[]) => row.some((other) => FIGURE_CELL.test(other.trim()));
  const sentence = (cell: string, row: string[]) => cell.trim().split(/\s+/u).length >= MIN_SENTENCE_CELL_WORDS && ((/\p{Ll}[.!?]["”’]?$/u.test(cell.trim()) && !(/\?$/u.test(cell.trim()) && besideFigures(row))) || (BODYS_WE_OPENING.test(cell.trim()) && !besideFigures(row)));
  return lines.length >= MIN_TABLE_LINES && lines.every((line) => /^\s*\|.*\|\s*$/u.test(line) && !line.split('|').some((cell, _, row) => sentence(cell, row)));
}
/** A table's cell opening in a body's voice: "We will open …". */
const BODYS_WE_OPENING = /^We\s+\p{Ll}/u;
/** A table's cell of a figure, a survey's answer beside its statement: "62%", "1,204", "£3.5m" (the review of round 40). */
const FIGURE_CELL = /^[£$€]?\d[\d,.]*\s*(?:%|per\s+cent|m|bn|k)?$/u;
/** The fewest words of a table's cell read as a sentence (not "No.", "Reference No."). */
const MIN_SENTENCE_CELL_WORDS = 4;
/** The fewest lines of a table read as one: a heading row, its rule and a row. */
const MIN_TABLE_LINES = 3;

/**
 * Whether a paragraph is a masthead's or a footer's fields on one line between dots: "Riverside Medical Practice, Mill
 * Lane, Thornbury · Dr S. Bhatt, Dr K. Molloy …", "… · Telephone 01632 960 771 · www.riversidemedical.example" (round 39):
 * three fields or more, none a sentence.
 */
function isDottedFields(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n') || line.length > MAX_LAYOUT_LINE_CHARS) return false;
  const fields = line.split(/\s[·•]\s/u);
  // (A contact's or an address's among them, a telephone, an email, a web address: not a leaflet's pledges, "5,000 new council
  // homes · 200 more nurses · Free buses for under-18s", nor a slogan, "Jobs · Homes · Hope", round 34.)
  return fields.length >= MIN_DOTTED_FIELDS && fields.some((field) => CONTACT.test(field) || WEB_ADDRESS.test(field)) && fields.every((field) => field.split(/\s+/u).length <= MAX_DOTTED_FIELD_WORDS && !/[!?]$/u.test(field.trim()));
}
/** A web address, a contact's field beside a telephone number or an email (`CONTACT`). */
const WEB_ADDRESS = /\bwww\.|https?:\/\//u;
/** The fewest fields of a dotted line (two may be a sentence's aside). */
const MIN_DOTTED_FIELDS = 3;
/** The most words of one field of a dotted line. */
const MAX_DOTTED_FIELD_WORDS = 12;

/** The longest line read as a details or an address line (`META_LINE`, `ADDRESS_LINE`): a longer one is prose, and costs no more. */
const MAX_LAYOUT_LINE_CHARS = 200;
/** A British postcode (see `ADDRESS_LINE`): "CF10 9AX", "EH6 6QQ", "SW1P 9ZZ". */
const POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}`;
/** The fewest words of a line read as the title repeated (`repeatsTitle`): a one-word heading is `isHeading`'s. */
const MIN_REPEATED_TITLE_WORDS = 3;
/** How many opening paragraphs may repeat the title or give the document's details on one line (see `repeatsTitle`, `META_LINE`). */
const LAYOUT_HEAD_PARAGRAPHS = 3;
/** How many closing paragraphs may give the publisher's contact details or its notes on the document (`PUBLISHERS_LINE`). */
const LAYOUT_FOOT_PARAGRAPHS = 3;

/**
 * Whether a paragraph repeats the document's title, with no sentence's stop (round 34: a charity's briefing printed under
 * its headline, "Why the Heat Pump Grant cut will cost more than it saves", its title "Briefing: Why the …"): the
 * layout's, nobody's words. `MIN_REPEATED_TITLE_WORDS` at least.
 */
function repeatsTitle(text: string, title: string | undefined): boolean {
  const line = normalisedLine(text);
  return !!title && !endsSentence(text.trim()) && line.split(' ').length >= MIN_REPEATED_TITLE_WORDS && normalisedLine(title).includes(line);
}

/**
 * Whether a paragraph at a document's head is its issuer's letterhead: its first line the issuer's name alone, in any case,
 * with what the letterhead prints under it, "WESSEX COUNTY FOOTBALL ASSOCIATION" / "Disciplinary Department, Ashdown House,
 * …" (round 48): nobody's words.
 */
function isLetterhead(text: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const lines = text.split('\n');
  // (Or over two lines, "House of Commons" / "Rural Affairs and Transport Committee", or with its initials after it, "United
  // Nations Displacement and Relief Agency (UNDRA)", round 58.)
  const head = [1, 2].find((n) => n <= lines.length && normalisedLine(lines.slice(0, n).join(' ').replace(/\s*\(\p{Lu}{2,8}\)\s*$/u, '')) === normalisedLine(outlet));
  // (Not the body's name over its own first sentences, "Northmoor County Council" / "The council has today confirmed …":
  // no line under it ends a sentence, the review of round 48.)
  return head !== undefined && lines.slice(head).every((line) => !endsSentence(line.trim()));
}

/** A line in lower case, its quotation marks and spaces made one: for comparing a heading with a title. */
function normalisedLine(text: string): string {
  return text.toLowerCase().replace(/[‘’“”"'*_#]/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A line of the document's details, set apart by middle dots, bullets or bars, with no sentence's stop: "Wessex Vale
 * Farmers' Union · June 2025 · For members only", "Greenline Climate Trust · January 2025 · Dr Selma Hargreave, Head of
 * Policy" (round 34). Not a table's row, which opens with its bar.
 */
// (One separator will do, "The newsletter for Riverside Meadows residents · Spring 2025", "Lowland Wyre Wildlife Trust ·
// Registered charity no. 1099384", a number's "no." its only stop.)
// (A date or a number in it: not an own slogan, "Jobs · Homes · Hope — that is our promise to you", the review of round 34.)
const META_LINE = new RegExp(String.raw`^(?![\s|])(?=[^\n]{1,${MAX_LAYOUT_LINE_CHARS}}$)(?=[^\n]*\d)(?:[^\n.!?·•|]|\bno\.)+(?:\s[·•|]\s(?:[^\n.!?·•|]|\bno\.)+)+$`, 'u');

/** A date's words in a details line: a month's name or a year ("June 2025", "Spring 2025" holds its year), or an issue's number ("No. 5"). */
// (Capitalised, as a month is printed: not "may" or "mar", the review of round 35.)
const DETAILS_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(?:19|20)\d\d)\b|\b[Nn]o\.\s*\d/u;

/**
 * Whether a line is the document's details (`META_LINE`) naming its date, its number or its publisher or author: not a
 * party leaflet's pledges, "5,000 new council homes · 200 more nurses · Free buses for under-18s", whose digits are what
 * pledges are made of (the review of round 34).
 */
function isDetailsLine(text: string, source: SourceDocument['source']): boolean {
  if (!META_LINE.test(text)) return false;
  const names = [source.outlet, source.author].filter((name): name is string => !!name && name.length > 2);
  return DETAILS_DATE.test(text) || names.some((name) => text.toLowerCase().includes(name.toLowerCase()));
}

/**
 * A publisher's line about the document closing it: "Greenline Climate Trust is a registered charity.", "This briefing may
 * be reproduced with acknowledgement.", "Field Notes is published monthly for members …", "Views of contributors are
 * their own.", "Office hours Monday to Friday …" (round 34): nobody's words. Not any closing line with a telephone number or an
 * email address (`CONTACT`): a police appeal's "Anyone with information should call 101" is its issuer's (the round's
 * held-out crisis forms, 220, lost four such sentences to it).
 */
// (And a company's or a club's registration, "Registered in England and Wales No. 02217764.", "Registered office: Brook
// Lane, …", "company number SC412876", "Affiliated to The Football Association.", round 48; not the body's own sentence
// about them, "We have moved our registered office to Leeds", "Ashworth Town is affiliated to the Football Association and
// will cooperate fully", the review of round 48.)
const PUBLISHERS_LINE = /\b(?:is\s+a\s+registered\s+charity|registered\s+charity\s+(?:no|number)|registered\s+in\s+(?:england|scotland|wales|northern\s+ireland|ireland)(?:\s+and\s+wales)?(?=\s*[,.(]|\s+(?:no|number|under|with\s+(?:company|registration)))|registered\s+office(?=\s*:)|(?:company|registration|charity)\s+(?:no\.?|number)\s*:?\s*[A-Z]{0,2}\d+|^\s*affiliated\s+to\s+(?:the\s+)?\p{Lu}\p{L}*|may\s+be\s+(?:reproduced|freely\s+reproduced|shared)|is\s+published\s+(?:monthly|weekly|quarterly|fortnightly|annually|every)|views\s+(?:of\s+contributors\s+)?(?:expressed\s+)?are\s+(?:their|the\s+authors['’]?)\s+own|office\s+hours\b|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact|is\s+produced\s+by|(?:is|are)\s+available\s+(?:in\s+[^.!?]{1,60}\s+)?on\s+request|available\s+in\s+other\s+formats)\b/iu;

/**
 * Whether a closing paragraph is the publisher's footer: every sentence a line about the document (`PUBLISHERS_LINE`), a
 * contact (`CONTACT`) or an address (`ADDRESS_LINE`); not a press release's "Notes to editors" paragraph saying what the body is,
 * "The Baltic Rail Authority is the joint venture of …", which is the issuer's, with its contact after it (set 1).
 */
function isPublishersFooter(text: string): boolean {
  return PUBLISHERS_LINE.test(text) && splitSentences(text).every((r) => {
    const sentence = text.slice(r.start, r.end);
    return isFooterLine(sentence);
  });
}

/** Whether a sentence or line is one a footer prints: a publisher's line, a contact, an address or a company's legal name. */
function isFooterLine(text: string): boolean {
  return PUBLISHERS_LINE.test(text) || CONTACT.test(text) || ADDRESS_LINE.test(text.trim()) || LEGAL_NAME_LINE.test(text.trim());
}

/** A company's legal name alone over its registration: "Vireo Software Group plc.", "Ashworth Town Association Football Club Limited." */
const LEGAL_NAME_LINE = /^\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&()-]*|of|and|the|&)){0,8}\s+(?:Limited|Ltd|plc|PLC|LLP|CIC|Inc)\.?$/u;

/**
 * An address on one line, its parts between commas capitalised, a house number at most before them: "Lowland Wyre Wildlife
 * Trust, The Old Granary, Garstang Road, Lancashire.", "Wessex Vale Farmers' Union, 14 Cheap Street, Sherborne."; not a
 * sentence naming a street, "We will march from 2 Market Square on Saturday." (the review of round 34).
 */
// (Its last part may end in a postcode, and a part may be a post box: "Office of the Independent Sports Ombudsman, PO Box
// 4410, Cardiff CF10 9AX.", round 48.)
const ADDRESS_LINE = new RegExp(String.raw`^(?=[^\n]{1,${MAX_LAYOUT_LINE_CHARS}}$)\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|the|upon|on))*(?:,\s+(?:PO\s+Box\s+\d{1,6}|(?:\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|the|upon|on))*)){2,6}(?:\s+${POSTCODE})?\.?$`, 'u');
/** A line ending in a British postcode: "… Cardiff CF10 9AX.", "… Edinburgh EH6 6QQ." */
const POSTCODE_AT_END = new RegExp(String.raw`\s${POSTCODE}\.?$`, 'u');
/** A field's label before an address: "Write to us: ", "Registered office: ". */
const ADDRESS_LABEL = /^\p{Lu}[^:\n]{0,30}:\s+/u;

/**
 * Whether a paragraph is a postal address, each sentence or line an address (`ADDRESS_LINE`), a contact, a publisher's or
 * a registration line, one at least ending in a postcode: "Union House, Mill Lane, Eastmoor EM2 6RB.", "Write to us:
 * Riverlea Homes, Riverlea House, 2 Ferry Lane, Riverlea RL4 1AP" (round 48) — nobody's words wherever it stands.
 */
function isPostalAddress(text: string): boolean {
  const parts = text.split('\n').flatMap((line) => splitSentences(line).map((r) => line.slice(r.start, r.end).trim().replace(ADDRESS_LABEL, '')));
  return parts.some((part) => POSTCODE_AT_END.test(part)) && parts.every(isFooterLine);
}

/**
 * A leaflet's or a poster's imprint, the printer and the promoter an election's law requires: "Printed by Mailprint Ltd,
 * …", "Promoted by Anne Lowther on behalf of …", "Published and promoted by …" (round 31): about the document, nobody's.
 */
const IMPRINT = /^\s*(?:[Pp]rinted|[Pp]romoted|[Pp]ublished\s+and\s+promoted|[Pp]rinted\s+and\s+published)\s+by\s+\p{Lu}/u;

/**
 * A judgment's lines about itself, not the judge's words, in a judgment's genre only (round 25, the Supreme Court of
 * Canada; the review of round 25 found an op-ed's "Appeal dismissed." and a speech's "Docket: we have cleared …"): its
 * header fields, "Appeal Heard:", "Judgment Rendered:", "Docket:", "Coram:", "Reasons for Judgment (paras. 1 to 20):",
 * "Dissenting Reasons:", "Solicitors for the intervener the Attorney General of Quebec:"; "The judgment of Lachance
 * C.J. and Okoye, … JJ. was delivered by" before the reasons; "Appeal dismissed with costs, Desjardins J. dissenting."
 * after them.
 */
// (Round 29: England's "- and -" between the parties of a case title, and its rubric, "This judgment was handed down
// remotely at 10.30am …"; the title's lines themselves, see `CASE_TITLE_PARTY`.)
// (Round 34: a planning appeal decision's "Hearing held on 8 April 2025" / "Site visit made on …" and its appearances,
// "For the appellant:", "For the Council:", "Interested persons:", each over its names.)
// (Or its parties' and their representatives' lines, "Claimant: Ms Priscilla Mensah", "Representation", an employment
// tribunal's header, round 56.)
const JUDGMENT_LAYOUT_LINE = /^\s*(?:-\s*and\s*-\s*$|(?:claimants?|respondents?|appellants?|applicants?)\s*:\s*[^\n.!?]{1,120}(?:\n|$)|representation\s*(?:\n|$)|this\s+judgment\s+was\s+handed\s+down\b|(?:hearing|inquiry)\s+(?:held|opened)\s+on\b|site\s+visit\s+made\s+on\b|(?:for\s+the\s+(?:appellants?|respondents?|council|claimants?|defendants?|applicants?|local\s+planning\s+authority|crown|prosecution|interested\s+part(?:y|ies))|interested\s+persons?|appearances)\s*:|(?:appeal\s+heard|judgment\s+(?:rendered|delivered|date)|docket|coram|(?:reasons\s+for\s+judgment|(?:dissenting|concurring|joint)\s+reasons)(?:\s*\([^()]{1,40}\))?|(?:solicitors?|counsel)\s+for\s+the\s+[^:\n]{1,80}|on\s+appeal\s+from)\s*:|the\s+(?:judgment|reasons)\s+of\s+[^\n]{1,200}\s+(?:was|were)\s+delivered\s+by\s*[.:]?\s*$|(?:appeal|application|motion|petition)s?\s+(?:dismissed|allowed|granted|refused)(?:\s+(?:in\s+part|with(?:out)?\s+costs))*(?:,\s+[^\n]{1,80}?\s+dissenting)?\.?\s*$)/iu;

/**
 * A case title's party line, the party's role capitalised in brackets at its end: "THE KING on the application of MARGARET
 * OKAFOR (Claimant)", "LONDON BOROUGH OF HALDANE (Defendant)" (round 29); in the role's own capital, so that a judge's
 * sentence naming "Mr Reid (defendant)" stays the judge's (the review of round 29).
 */
const CASE_TITLE_PARTY = /^[^\n]{1,160}\((?:Claimants?|Defendants?|Appellants?|Respondents?|Applicants?|Interested\s+Part(?:y|ies))\)\s*$/u;

/** A release's heading over its back matter: "For More Information", "Press contacts", "Related links"; a letter's "Signed:". */
// (Not "Notes to editors": the labellers of four releases gave its "About us" to the issuer, as its own words.)
// (And an open letter's "Signed:" or "Signatories:" over the names and roles of its signers, round 29.)
// (And "For further information, please contact:" over an agency's contacts, "Enquiries" over a listed company's, round 30.)
// (And "Contact:" alone over a provincial ministry's communications office and media line, round 60.)
const BACK_MATTER_HEADING = /^\s*(?:for\s+(?:more|further)\s+information(?:,?\s+please\s+contact)?|enquiries|inquiries|(?:(?:press|media)\s+)?contacts?|related\s+links?|useful\s+links?|signed(?:\s+by)?|signatories)\s*:?\s*$/iu;

/**
 * Rule "a release's back matter is its layout's" (round 25, the European Commission's press releases): under a heading
 * such as "For More Information" or "Press contacts", the links' titles and the contacts' names and numbers, lines
 * with no sentence's stop, are nobody's words; the first paragraph ending as a sentence does is the release's again
 * (the review of round 25). The "Quote(s)" heading too (its quotation is credited, creditLines.ts).
 */
function backMatter(doc: SourceDocument): number[] {
  const at: number[] = [];
  // (Any genre its issuer speaks, round 30: a situation report's or a results announcement's contacts are layout too.)
  // (And a body's unsigned document of any genre, its questions and answers, round 32.)
  if (!RELEASE_KIND.test(doc.source.kind ?? '') && !LETTER_GENRE.test(doc.source.kind ?? '') && !ISSUER_VOICE.test(doc.source.kind ?? '') && !issuedByBody(doc.source)) return at;
  let inside = false;
  doc.paragraphs.forEach((p, i) => {
    if (BACK_MATTER_HEADING.test(p.text) || QUOTES_HEADING.test(p.text)) inside = !QUOTES_HEADING.test(p.text);
    else if (endsSentence(p.text)) inside = false;
    if (inside || QUOTES_HEADING.test(p.text)) at.push(i);
  });
  return at;
}

/** A judgment's line of counsel appearing: "Mr Andrew Okoro (instructed by DWF Law LLP) for the Defendant." (round 23). */
const COUNSEL_APPEARING = /^[^.]{3,200}\(instructed\s+by\s+[^()]{2,120}\)\s+for\s+the\s+(?:claimants?|defendants?|appellants?|respondents?|applicants?|petitioners?|crown|prosecution|interested\s+part(?:y|ies))\b/iu;

/** A note naming the text that binds: "The Czech text is authoritative.", "The German version is the binding one." */
const AUTHORITATIVE_TEXT = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:text|version|original)\s+is\s+(?:the\s+)?(?:authoritative|binding)(?:\s+(?:text|version|one))?\.?`;

/**
 * A note on a translation, the whole paragraph, in any genre: "Translated from Romanian by Ion Rusu.", "Unofficial
 * translation. The Czech text is authoritative.", "The German version is authoritative.", "Translation: Réka Fodor"
 * (round 36): the publisher's or the translator's, not the author's words.
 */
const TRANSLATION_NOTE = new RegExp(String.raw`^[([*_]?\s*(?:(?:(?:unofficial|official|machine|english|our|an?)\s+)?translation(?:\s+(?:by|from)\s+[^.\n]{2,80}|:\s*\p{Lu}[^.\n]{1,60})?|translated\s+(?=from|by|for)(?:from\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?(?:\s*(?:by|for)\s+[^.\n]{2,80})?)\.?(?:\s+${AUTHORITATIVE_TEXT})?\s*[)\]*_]?$|^${AUTHORITATIVE_TEXT}$`, 'iu');

/**
 * Whether a paragraph is a note on a translation (`TRANSLATION_NOTE`). Its credit after "Translation:" is a name, and what
 * it was translated "for" a publisher's, by their capitals: a columnist's "Translation: They are already dead." and a
 * speech's "Translated for working families, that means £300 back" are their own words (the review of round 36; the
 * pattern is case-blind, so the capitals are read here).
 */
function isTranslationNote(text: string): boolean {
  if (!TRANSLATION_NOTE.test(text)) return false;
  const credit = /\btranslation:\s*(.*)$/iu.exec(text)?.[1];
  if (credit !== undefined && !TRANSLATORS_NAME.test(credit)) return false;
  return !/\b[Tt]ranslated\s+for\s+(?:the\s+)?\p{Ll}/u.test(text);
}
/** A translator's credit: capitalised words, particles among them, perhaps a comma and what they are ("Réka Fodor", "Ana Marić, for Balkan Insight"). */
const TRANSLATORS_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|du|la|le|y|and|&))*(?:,\s*[^.\n]{1,60})?\.?\s*[)\]*_]?$/u;

/** How many opening paragraphs may hold a publisher's note before a speech (set 82: the first). */
const HEADNOTE_PARAGRAPHS = 2;

/** The most words of a heading line ("About Kattegat Cable Systems", "The view from Masinloc", "MEDIA RELEASE"). */
const MAX_HEADING_WORDS = 6;

/**
 * Rule "a heading is the layout's, not the author's voice" (round 18): in a document speaking in its author's or
 * issuer's voice (a speech, a press release, a statement), a paragraph of one line of a few words
 * with no sentence's closing stop or quotation ("What the law says", "Conference call", "Press release |
 * 22.08.2025"), or a block of such lines (`isHeadingBlock`), heads what follows; nobody says it.
 */
function isHeading(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return isHeadingBlock(line);
  // (A line in capitals is a form's heading: "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", "THIS REPORT IS BEING
  // SENT TO:", round 21; not an author's words in capitals, which a comma or semicolon shows: "WE WILL NOT BACK DOWN,
  // NOT NOW, NOT EVER".)
  if (CAPITALS_HEADING.test(line) && line.split(/\s+/).length <= MAX_CAPITALS_HEADING_WORDS) return true;
  if (SECTION_HEADING.test(line)) return true;
  // ("2. Where is the £40m?": a newsletter's numbered item headed by a short question, round 28.)
  if (NUMBERED_QUESTION_HEADING.test(line) && line.split(/\s+/).length <= MAX_HEADING_WORDS + 1) return true;
  // (With an issue's or an edition's note in brackets after it: "Patient Newsletter — Summer 2024 (Issue 31)", round 39.)
  const bare = line.replace(TRAILING_NOTE, '');
  return bare.length > 0 && !/[.!?:;,"'”’)\]…\u00A4]$/u.test(bare) && bare.split(/\s+/).length <= MAX_HEADING_WORDS;
}
/**
 * A paragraph set in bold from end to end on one line with no sentence's closing stop: a subheading by its layout,
 * "**Counting the rain: two hundred years of amateur weather records**" (round 40); not a bold question or sentence.
 */
// (Not a sentence in the first person, "**We know families want to use their library at the weekend and we have
// listened**", the review of round 40.)
// (Or a bold label ending in a colon, not a form of address (`ADDRESS_WORDS`), a form's
// field over its entry, "**2. Medical cause of death:**", "**The following matters were found:**" in a coroner's record,
// round 59; not a speech's "**Ladies and Gentlemen:**"; not a lead-in to someone's words, "**Helen Margesson, Chair,
// said:**", nor a judgment's or a body's operative words, "**THIS COURT'S JUDGMENT is that:**", "**The Court further
// directs:**", "**The Council recommends:**", the fourth review of round 59.)
function isStrongHeading(paragraph: SourceDocument['paragraphs'][number] | undefined): boolean {
  const text = paragraph?.text.trim() ?? '';
  if (paragraph?.strong !== true || text.includes('\n') || inFirstPerson(text)) return false;
  return !/[.!?…:;,"'”’)\]]$/u.test(text) || (text.endsWith(':') && !LEAD_IN_VERB.test(text) && !FORM_OF_ADDRESS.test(text));
}
/** A lead-in's verb before its colon: "said:", "commented:", "added:". */
const LEAD_IN_VERB = /\b(?:said|says|commented|comments|added|adds|stated|states|wrote|writes|explained|told\s+[^:]{1,40}|continued|concluded|replied|responded|asked|remarked|noted|declared|recommends|directs|orders|resolves|decides|finds|that)\s*:$/iu;
/** A short note in brackets closing a heading: " (Issue 31)", " (continued)", " (2024)". */
// (Any short note: "(1,318 reviews)", "(in alphabetical order)", "(FOIA)", "(all times UTC)" close headings the guides'
// labellers gave no one; narrowed to an issue's or a year's in the review of round 39's rules, it lost 15 of them for a
// headline's "(from May)".)
// (From the start of its run of spaces only: tried at each space of a long run, it was quadratic, the review of round 51.)
const TRAILING_NOTE = /(?<!\s)\s+\([^().!?\n]{1,30}\)$/u;

/**
 * A report's section heading or caption by its number (round 22): "Chapter 3: What young people told us", "3.1 Travel
 * is the first cost of work, and the least visible" (a numbered heading ends with no stop), "Figure 3.1: Share of
 * participants …", "Table 2. Arrears by region".
 */
// (The whole line, with a capital: "Section 21 evictions must end." and "Part 2 of the bill is where it falls apart"
// are an author's sentences, "2.5 million households will benefit" a number, "12.1 The claimant argues …:" a
// numbered paragraph; round 22's review.)
// (Or one question, "Chapter 3: Who pays?"; and a report's numbered finding or theme, "Finding 1: The mentoring
// relationship was the active ingredient.", "Theme A: Workload (412 comments)", round 36; not a recommendation, "Recommendation
// 1: The Ministry … should …", the body's own sentence.)
const SECTION_HEADING = /^(?:(?:Chapter|CHAPTER|Part|PART|Section|SECTION|Annex|ANNEX|Appendix|APPENDIX)\s+(?:\d+|[IVXLC]+)(?:[.:]\s+[^.!?]*\??)?|(?:Finding|Theme|Key\s+finding|Question)\s+(?:\d{1,2}|[A-Z])(?:\.\d{1,2})?:\s+\p{Lu}[^.!?]*[.?]?|(?:Figure|FIGURE|Fig\.|Table|TABLE|Chart|CHART|Box|BOX|Graph|Map)\s+\d+(?:\.\d+)*[a-z]?[.:]\s+[^.!?]*\.?|\d+(?:\.\d+)+\s+\p{Lu}[^.!?:;]*)$/u;

/** A number, then one question: "2. Where is the £40m?" (see `isHeading`). */
const NUMBERED_QUESTION_HEADING = /^\d{1,2}\.\s+\p{Lu}[^.!?:;]*\?$/u;

/** A line with letters in capitals only, no sentence's closing stop, list or quotation: "CORONER'S CONCERNS:". */
const CAPITALS_HEADING = /^(?=.*\p{Lu}{2})[^\p{Ll}.!?,;"“”‘’]+$/u;
/** The most words of a heading in capitals ("REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", seven). */
const MAX_CAPITALS_HEADING_WORDS = 12;

/** The most words of a line of a heading block (see `isHeadingBlock`): "Defenders: Munro KC; Shepherd and Wedderburn LLP". */
const MAX_BLOCK_LINE_WORDS = 8;

/**
 * Rule "a block of short lines is a heading" (round 20): a court's opinion opens with its header, several short
 * lines with no sentence in them and some capitals ("OUTER HOUSE, COURT OF SESSION" / "[2025] CSOH 91" / "CA47/24"; "In the cause" /
 * "LOCH FENNART OYSTERS LIMITED" / "Pursuers"). Nobody says it. Not a paragraph of which a line ends a sentence
 * or holds a quotation.
 */
function isHeadingBlock(text: string): boolean {
  // (Not a list of an author's points, "- Scrap the two-child benefit cap": a header holds capitals, no list marks.)
  if (!/\p{Lu}{2}/u.test(text) || /^\s*(?:[-*•–—]|\d{1,2}[.)])\s/mu.test(text)) return false;
  return text.split('\n').every((line) => {
    const trimmed = line.trim();
    return trimmed.length > 0 && !/[.!?"“”…\u00A4]$/u.test(trimmed) && !/["“”]/u.test(trimmed) && trimmed.split(/\s+/).length <= MAX_BLOCK_LINE_WORDS;
  });
}
