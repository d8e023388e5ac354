/**
 * A release a police force or other body puts in one officer's name (round 30, New Zealand Police: "Please attribute
 * to Detective Senior Sergeant Aroha Tane, Whanganui CIB:"): the paragraphs after that line, up to "ENDS" or the end,
 * are that officer's words, not the force's; the line itself is nobody's. Quotations in them keep their own speakers
 * (a family's statement, a club president's tribute).
 */
import type { SourceDocument } from '../model.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { RELEASE_KIND } from './creditLines.js';
import { nameOnly } from './nameRuns.js';
import { ISSUER_VOICE } from './ownVoice.js';

/** The line putting a release in someone's name: "Please attribute to …:", "Attribute to …:" (group 1: who, with their role). */
const ATTRIBUTE_TO = /^(?:please\s+)?attribute\s+to\s+([^:\n]{3,120}?)\s*:?$/iu;
/** A release's end mark: "ENDS", "-ENDS-", "END". */
const RELEASE_END = /^[-–—\s]*(?:ENDS?|End)[-–—\s]*$/u;

/** The turns of a release put in one person's name (see the module's note). */
export function attributedReleaseTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  const turns: (SpeakerTurn | undefined)[] = [];
  // (Only in a genre its issuer speaks, a release, a statement, an appeal: a news story reprinting the line keeps its
  // own narration, the review of round 30.)
  if (!RELEASE_KIND.test(doc.source.kind ?? '') && !ISSUER_VOICE.test(doc.source.kind ?? '')) return turns;
  const at = doc.paragraphs.findIndex((p) => ATTRIBUTE_TO.test(p.text.trim()));
  if (at < 0) return turns;
  const who = ATTRIBUTE_TO.exec(doc.paragraphs[at]?.text.trim() ?? '')?.[1] ?? '';
  const name = nameOnly(who.split(',')[0] as string);
  if (name?.kind !== 'person' || !name.core.includes(' ')) return turns;
  turns[at] = { start: 0, speaker: undefined };
  for (let i = at + 1; i < doc.paragraphs.length; i++) {
    if (RELEASE_END.test(doc.paragraphs[i]?.text.trim() ?? '')) break;
    turns[i] = { start: 0, speaker: name.core, written: true };
  }
  return turns;
}

/** Whether a document may be put in one person's name (cheap: see `attributedReleaseTurns`). */
export function mayBeAttributedRelease(doc: SourceDocument): boolean {
  return doc.paragraphs.some((p) => ATTRIBUTE_TO.test(p.text.trim()));
}
