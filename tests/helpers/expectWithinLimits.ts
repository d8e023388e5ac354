import type { KnownBlock } from '@slack/types';
import { expect } from 'vitest';
import { LIMITS } from '../../src/slack/render/limits.js';

/** Asserts every Block Kit limit the app promises, on one message. */
export function expectWithinLimits(message: { text: string; blocks: KnownBlock[] }): void {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(LIMITS.messageText);
  /** The parts of a block these limits are about (blocks of other types have none of them). */
  type Block = {
    type: string;
    text?: { text: string };
    fields?: { text: string }[];
    elements?: { text?: { text: string } | string; value?: string }[];
  };
  for (const block of message.blocks as Block[]) {
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (block.fields) {
        expect(block.fields.length).toBeLessThanOrEqual(LIMITS.fields);
        for (const f of block.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
      }
    }
    if (block.type === 'header') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.headerText);
    if (block.type === 'context') {
      expect(block.elements?.length ?? 0).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const e of block.elements ?? []) expect(typeof e.text === 'string' ? e.text.length : 0).toBeLessThanOrEqual(LIMITS.contextText);
    }
    if (block.type === 'actions') {
      for (const e of block.elements ?? []) {
        expect(typeof e.text === 'object' ? e.text.text.length : 0).toBeLessThanOrEqual(LIMITS.buttonText);
        if (e.value) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
      }
    }
  }
}

