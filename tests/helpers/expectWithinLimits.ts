import type { KnownBlock } from '@slack/types';
import { expect } from 'vitest';
import { LIMITS } from '../../src/slack/render/limits.js';

/** Asserts every Block Kit limit the app promises, on one message. */
export function expectWithinLimits(message: { text: string; blocks: KnownBlock[] }): void {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(LIMITS.messageText);
  for (const block of message.blocks as Record<string, any>[]) {
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (block.fields) {
        expect(block.fields.length).toBeLessThanOrEqual(LIMITS.fields);
        for (const f of block.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
      }
    }
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
    if (block.type === 'actions') {
      for (const e of block.elements) {
        expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        if (e.value) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
      }
    }
  }
}

