/**
 * Rule "a thread's message is its sender's" (round 37: a museum's forwarded email thread, each reply under its own
 * "From:" header): in an email's genre with at least `MIN_MESSAGES` header paragraphs naming a sender, the paragraphs
 * under each header, to the next, are that sender's written words; the headers and the rules between messages are no
 * one's. A thread printed inside someone else's story (a byline that is none of its senders) is left to the story's rules.
 */
import type { SourceDocument } from '../model.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { nameOnly } from './nameRuns.js';
import { authorOf, FROM_FIELD } from './ownVoice.js';

/** How many messages make a thread: one alone is a single email, its sender's by the own-voice rules (`senderOfMessage`). */
const MIN_MESSAGES = 2;

/** An email's genre: "email", "email thread", "e-mail chain", "emails". */
const EMAIL_KIND = /\be-?mails?\b/iu;

/** A courtesy title before a sender's name, which is no part of it ("From: Dr Jana Novak"). */
const COURTESY_TITLE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+/u;

/** Whether a document may be an email thread (cheap: its genre and `MIN_MESSAGES` paragraphs with a "From:" line). */
export function mayBeEmailThread(doc: SourceDocument): boolean {
  return EMAIL_KIND.test(doc.source.kind ?? '') && doc.paragraphs.filter((p) => senderLine(p.text) !== undefined).length >= MIN_MESSAGES;
}

/** The "From:" field of a header paragraph, one of its lines (group 1 of `FROM_FIELD`), or undefined. */
function senderLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const from = FROM_FIELD.exec(line.trim())?.[1];
    if (from) return from;
  }
  return undefined;
}

/** The one person a "From:" field names, before an address or a comma: "Philippa Greaves-Hart <p.gh@…>" → Philippa Greaves-Hart. */
function senderOf(from: string): string | undefined {
  const name = from.split(/[,<(|[]/u)[0]?.trim().replace(COURTESY_TITLE, '') ?? '';
  const phrase = nameOnly(name);
  return phrase?.kind === 'person' && phrase.core.includes(' ') && phrase.core === name ? phrase.core : undefined;
}

/** The turns of an email thread's messages (see the module's note), or none. */
export function emailThreadTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!mayBeEmailThread(doc)) return [];
  const senders = doc.paragraphs.map((p) => {
    const from = senderLine(p.text);
    return from === undefined ? undefined : { sender: senderOf(from) };
  });
  const named = senders.filter((s) => s?.sender !== undefined).map((s) => s?.sender);
  if (named.length < MIN_MESSAGES) return [];
  const author = authorOf(doc.source);
  if (author && !named.includes(author)) return [];
  const turns: (SpeakerTurn | undefined)[] = [];
  let current: string | undefined;
  let reading = false;
  doc.paragraphs.forEach((p, at) => {
    const header = senders[at];
    if (header) {
      current = header.sender;
      reading = true;
      turns[at] = { start: 0, speaker: undefined };
    } else if (isThematicBreak(p.text)) turns[at] = { start: 0, speaker: undefined };
    else if (reading && p.text.trim() !== '') turns[at] = { start: 0, speaker: current, written: true };
  });
  return turns;
}
