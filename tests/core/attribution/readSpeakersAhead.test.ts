import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collectionContext, readSpeakersAhead, speakerOf } from '../../../src/core/attribution/index.js';
import { openDesk } from '../../../src/core/desk.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { LiveCorpus } from '../../../src/live/liveCorpus.js';
import { createLogger } from '../../../src/logger.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

/** Who speaks, read ahead in the background by the app: the same answers, only sooner. */
const news = new URL('../../fixtures/news', import.meta.url).pathname;
const questions = ['what did Novak say about the tender', 'who reopened the port tender', 'what did the ministry say', 'energy cap vote'];
const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));

function article(id: string, paragraphs: string[]): SourceDocument {
  return { source: { id, title: 'T', kind: 'news report' }, file: `${id}.md`, collection: '', paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })) };
}

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

  it('after a live reload reads only the stories it changed, and answers as a fresh start would', async () => {
    const files = Object.fromEntries(readdirSync(news).map((name) => [name, readFileSync(join(news, name), 'utf8')]));
    const dir = tempCorpus(files);
    const live = new LiveCorpus(await openDesk(dir), { logger: quiet });
    expect(await live.current.readSpeakersAhead()).toBe(3);
    writeFileSync(join(dir, 'harbour-fees.md'), '---\ntitle: Harbour fees rise\noutlet: Example News\npublished: 2025-03-04\nkind: news report\n---\nThe port raised its fees on Tuesday.\n\n“Shippers will pay more from April,” said Petr Dvorak, the harbour master.\n');
    await live.apply(['harbour-fees.md']);
    expect(await live.current.readSpeakersAhead()).toBe(1);
    const fresh = await openDesk(dir);
    for (const q of [...questions, 'harbour fees April']) expect(live.current.ask(q), q).toEqual(fresh.ask(q));
    expect(live.current.ask('harbour fees April').results[0]?.speaker).toBe('Petr Dvorak');
  });

  it('reads a story again when its collection now names what it only described', () => {
    const wire = article('wire', ['Officials met in Prague to agree the proposals.', 'The proposals were published. The document said "vendors should be assessed."']);
    const named = article('named', ['A document titled the Prague Proposals was signed.']);
    const unrelated = article('unrelated', ['Oil prices fell on Tuesday.']);
    const words = 'vendors should be assessed.';
    const at = (wire.paragraphs[1]?.text ?? '').indexOf(words);
    const alone = collectionContext(() => [wire]);
    expect(readSpeakersAhead(wire, alone)).toBe(true);
    expect(speakerOf(wire, 2, at, at + words.length, alone)).toBeUndefined();
    // A new story names the proposals: the answer changes, so the story is read again.
    const withName = collectionContext(() => [wire, named]);
    expect(readSpeakersAhead(wire, withName)).toBe(true);
    expect(speakerOf(wire, 2, at, at + words.length, withName)).toBe('Prague Proposals');
    // A story that changes nothing the story asked: nothing to read again, and the same answer.
    const withMore = collectionContext(() => [wire, named, unrelated]);
    expect(readSpeakersAhead(wire, withMore)).toBe(false);
    expect(speakerOf(wire, 2, at, at + words.length, withMore)).toBe('Prague Proposals');
  });
});
