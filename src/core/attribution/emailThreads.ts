/**
 * Rule "a thread's message is its sender's" (round 37: a museum's forwarded email thread, each reply under its own
 * "From:" header): in an email's genre with at least `MIN_MESSAGES` header paragraphs naming a sender, the paragraphs
 * under each header, to the next, are that sender's written words; the headers and the rules between messages are no
 * one's. A thread printed inside someone else's story (a byline that is none of its senders) is left to the story's rules.
 */
import type { SourceDocument } from '../model.js';
import { isThematicBreak } from '../text/thematicBreak.js';
import type { SpeakerTurn } from './documentAttribution.js';
import { authorOf, FROM_FIELD, nameInFromField, personAfterOffice } from './ownVoice.js';

/** How many messages make a thread: one alone is a single email, its sender's by the own-voice rules (`senderOfMessage`). */
const MIN_MESSAGES = 2;

/**
 * An email thread's genre, the whole genre: "email", "email thread", "e-mail chain", "emails"; not "leaked emails" or "FOI
 * disclosure: emails", a story or a release around them, nor an "email newsletter" (the review of round 37).
 */
// (With how it came to light after it, "email thread released under FOI", the review of round 37.)
const EMAIL_KIND = /^\s*(?:e-?mails?(?:\s+(?:thread|chain|exchange|correspondence|trail))?|(?:thread|chain|exchange)\s+of\s+e-?mails)(?:\s+(?:released|disclosed|obtained|published|seen|leaked)\b[^\n]{0,60})?\s*$/iu;
/** A reply's line over the message it quotes, as mail programs print it: "On Mon, 16 Sep 2024 at 11:05, Hana Kralova <h.k@…> wrote:" (group 1: the sender). */
// (Or Gmail's US layout, the name after the time: "On Mon, Sep 16, 2024 at 11:05 AM Hana Kralova <…> wrote:".)
// (A date with a digit in it: "On Monday, Tomas Weber wrote: “…”" is a sentence of the message, the review of round 37.)
const WROTE_LINE = /^On\s(?=[^\n]{0,80}\d)[^\n]{4,80}?(?:,\s*|\b(?:AM|PM|am|pm)\s+)((?:["“]?\p{Lu}[\p{L}'’.-]*["”]?\s*){2,4})(?:[<‹][^>›\n]*[>›]\s*)?wrote:\s*$/u;

/** Whether a document may be an email thread (cheap: its genre and `MIN_MESSAGES` paragraphs with a "From:" line). */
export function mayBeEmailThread(doc: SourceDocument): boolean {
  return EMAIL_KIND.test(doc.source.kind ?? '') && doc.paragraphs.filter((p) => senderLine(p.text) !== undefined).length >= MIN_MESSAGES;
}

/** Per paragraph, the header naming its sender (`sender` undefined for a "From:" naming no one person), or undefined for no header. */
function headersOf(doc: SourceDocument): ({ sender: string | undefined } | undefined)[] {
  return doc.paragraphs.map((p) => {
    const from = senderLine(p.text);
    return from === undefined ? undefined : { sender: senderOf(from) };
  });
}

/** The "From:" field of a header paragraph, one of its lines (group 1 of `FROM_FIELD`), or undefined. */
function senderLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const from = FROM_FIELD.exec(line.trim())?.[1] ?? WROTE_LINE.exec(line.trim())?.[1];
    if (from) return from;
  }
  return undefined;
}

/** The one person a "From:" field names, before an address or a comma: "Philippa Greaves-Hart <p.gh@…>" → Philippa Greaves-Hart; "Finance Director Mark Hill" → Mark Hill, as a single email's (the review of round 37). */
function senderOf(from: string): string | undefined {
  return personAfterOffice(nameInFromField(from));
}

/** The turns of an email thread's messages (see the module's note), or none. */
export function emailThreadTurns(doc: SourceDocument): (SpeakerTurn | undefined)[] {
  if (!EMAIL_KIND.test(doc.source.kind ?? '')) return [];
  const senders = headersOf(doc);
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
      // (A reply's "On …, Hana Kralova wrote:" line with the quoted message under it in the same paragraph: the lines after it are hers.)
      const lines = p.text.split('\n');
      const wrote = lines.findIndex((line) => WROTE_LINE.test(line.trim()));
      const after = wrote < 0 ? -1 : lines.slice(0, wrote + 1).join('\n').length + 1;
      turns[at] = after > 0 && after < p.text.length && /\p{L}/u.test(p.text.slice(after)) ? { start: after, speaker: current, written: true } : { start: 0, speaker: undefined };
    } else if (isThematicBreak(p.text)) turns[at] = { start: 0, speaker: undefined };
    else if (reading && p.text.trim() !== '') turns[at] = { start: 0, speaker: current, written: true };
  });
  return turns;
}
