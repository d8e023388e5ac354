import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/core/desk.js';

/** Who speaks, read ahead in the background by the app: the same answers, only sooner. */
const news = new URL('../../fixtures/news', import.meta.url).pathname;
const questions = ['what did Novak say about the tender', 'who reopened the port tender', 'what did the ministry say', 'energy cap vote'];

describe('desk.readSpeakersAhead', () => {
  it('reads every document that can have a voice and gives the same answers, speakers included', async () => {
    const cold = await openDesk(news);
    const warm = await openDesk(news);
    expect(await warm.readSpeakersAhead()).toBe(warm.corpus.documents.length);
    for (const q of questions) expect(warm.ask(q), q).toEqual(cold.ask(q));
    expect(warm.ask('what did Novak say about the tender').results[0]?.speaker).toBe('Jana Novak');
  });

  it('stops when told to', async () => {
    const desk = await openDesk(news);
    expect(await desk.readSpeakersAhead({ signal: AbortSignal.abort() })).toBe(0);
  });
});
