import type { KnownBlock } from '@slack/types';

/** Slack's Block Kit limits that the renderers respect by construction. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  /** Slack refuses a message with more block text than about 12k (`msg_blocks_too_long`): stay under. */
  messageText: 11000,
  /** The fallback `text` of a message (notifications, screen readers). */
  fallbackText: 3000,
} as const;

/**
 * Cuts text to at most `max` characters, visibly (an ellipsis), never silently, and never in the middle
 * of an escape sequence such as `&amp;`.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const amp = text.lastIndexOf('&', end);
  if (amp >= 0 && amp > end - 6 && !text.slice(amp, end).includes(';')) end = amp;
  return `${text.slice(0, end).trimEnd()}\u2026`;
}

/** Characters of text a block carries (what Slack counts towards `msg_blocks_too_long`). */
export function blockTextLength(block: KnownBlock): number {
  return JSON.stringify(block).length;
}

/**
 * Collects blocks for one message and refuses any that would take it past the block count or the
 * text budget, keeping room for the blocks reserved at the end (a "more results" note, the buttons).
 */
export class MessageBudget {
  readonly blocks: KnownBlock[] = [];
  private used = 0;

  constructor(private readonly reserveBlocks = 2, private readonly reserveText = 600) {}

  /** Adds the blocks if they all fit; returns whether they did. */
  tryAdd(...blocks: KnownBlock[]): boolean {
    const size = blocks.reduce((n, b) => n + blockTextLength(b), 0);
    if (this.blocks.length + blocks.length > LIMITS.blocks - this.reserveBlocks) return false;
    if (this.used + size > LIMITS.messageText - this.reserveText) return false;
    this.blocks.push(...blocks);
    this.used += size;
    return true;
  }

  /** Adds the closing blocks, which the reserve keeps room for. */
  close(...blocks: KnownBlock[]): KnownBlock[] {
    this.blocks.push(...blocks.slice(0, LIMITS.blocks - this.blocks.length));
    return this.blocks;
  }
}
