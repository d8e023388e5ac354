/**
 * A foreword signed inside a body's document (round 30: a trade association's position paper opens with "Foreword from
 * the Chair", its chair's first-person note signed "Annelie Botha" / "Chair, …"; a regulator's consultation paper, a
 * charity's annual review): from the heading to the signature the paragraphs are the signer's words, not the issuing
 * body's; the signature lines are nobody's. The body's own voice resumes after.
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';

/**
 * A signed note's heading: "Foreword", "Foreword from the Chair", "Welcome from our Chair", "From our Chief Executive",
 * "Chair's statement", "A message from the Chief Executive". Not a report's bare "Introduction", a section of the
 * body's own.
 */
const FOREWORD_HEADING = /^(?:(?:a\s+)?(?:(?:foreword|preface|welcome|message|note|introduction)\s+)?(?:from|by)\s+(?:the\s+|our\s+)(?:chair(?:man|woman|person)?|chief\s+executive|ceo|president|director|commissioner|minister|secretary|mayor|vice-chancellor|founder|principal)|(?:a\s+)?(?:foreword|preface|welcome|message|note|introduction)\s+(?:from|by)\s+(?:the\s+|our\s+)?[\p{L}'’ -]{2,50}|(?:ministerial\s+)?foreword|preface|(?:the\s+|our\s+)?(?:chair(?:man|woman|person)?|chief\s+executive|ceo|president|director|commissioner|minister|secretary|mayor|vice-chancellor)['’]s\s+(?:foreword|introduction|message|welcome|statement|note|letter|review))$/iu;
/** The most paragraphs a signed note runs to before its signature. */
const MAX_NOTE_PARAGRAPHS = 20;
/** A signature's name line: two to four capitalised words (a title's included), alone on the line. */
// (With a minister's style and letters, "Rt Hon Nadia Haworth MP", round 30.)
const SIGNATURE_NAME = /^(?:(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Rev|Revd|Bishop|Mayor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+(?:MP|MSP|MS|MLA|TD|KC|QC|SC|OBE|CBE|MBE|DBE|KBE|AO|AM|ONZM))*$/u;
/** A line under a signed name: a role, with no sentence's stop ("Chair, Cape Independent Winegrowers' Association", "Commissioner"). */
const ROLE_LINE = /^[^.!?\n]{2,100}$/u;

/** The signer a paragraph names as a signature's first line, when it is one (see `SIGNATURE_NAME`). */
function signatureName(text: string): string | undefined {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  if (!SIGNATURE_NAME.test(first)) return undefined;
  const name = nameOnly(first.replace(/^(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+/, '').replace(/(?:\s+(?:MP|MSP|MS|MLA|TD|KC|QC|SC|OBE|CBE|MBE|DBE|KBE|AO|AM|ONZM))+$/, ''));
  return name?.kind === 'person' && name.core.includes(' ') ? first : undefined;
}

/** The turns of the signed notes a document prints under a foreword's heading (see the module's note). */
export function signedForewordTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  const { paragraphs } = doc;
  for (let at = 0; at < paragraphs.length; at++) {
    if (!FOREWORD_HEADING.test(paragraphs[at]?.text.trim() ?? '')) continue;
    let end = -1;
    let signer: string | undefined;
    for (let i = at + 2; i < paragraphs.length && i <= at + MAX_NOTE_PARAGRAPHS && end < 0; i++) {
      // (Not past the next note's heading: a second minister's foreword is signed by the second minister.)
      if (FOREWORD_HEADING.test(paragraphs[i]?.text.trim() ?? '')) break;
      signer = signatureName(paragraphs[i]?.text ?? '');
      if (signer) end = i;
    }
    if (end < 0 || !signer) continue;
    turns[at] = { start: 0, speaker: undefined };
    for (let i = at + 1; i < end; i++) turns[i] = { start: 0, speaker: signer, written: true };
    turns[end] = { start: 0, speaker: undefined };
    // (The role on the paragraph after the name: "Commissioner".)
    if (ROLE_LINE.test(paragraphs[end + 1]?.text.trim() ?? '') && !(paragraphs[end]?.text ?? '').includes('\n')) turns[end + 1] = { start: 0, speaker: undefined };
    at = end;
  }
  return turns;
}

/** Whether a document may print a signed foreword (cheap: its heading). */
export function mayHaveSignedForeword(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => FOREWORD_HEADING.test(p.text.trim()));
}
