/**
 * The slash command round trip over real HTTP (see `slashCommandLoad.ts`): p50 / p99 to the
 * acknowledgement and to the answer at the `response_url`, at 1 and 20 requests in flight.
 */
import { basename } from 'node:path';
import { BUNDLED_CORPUS_DIR, openDesk } from '../core/desk.js';
import { runSlashCommandLoad } from './slashCommandLoad.js';

/** Questions asked in turn when none are given: the bundled corpus's own subjects. */
const BUNDLED_QUESTIONS = ['who attended', 'rule of law', 'what did the US do before the meeting', 'Barcelona'];

/**
 * Runs the load against an app over the corpus in `corpusDir` (the bundled one by default), asking
 * `questions` in turn; resolves to the figures.
 */
export async function benchSlack({ questions = BUNDLED_QUESTIONS, corpusDir }: { questions?: string[]; corpusDir?: string } = {}) {
  const desk = await openDesk(corpusDir ?? BUNDLED_CORPUS_DIR);
  // As the app does once the corpus is loaded (src/app.ts).
  await desk.readSpeakersAhead();
  const { figures, eventLoopDelay } = await runSlashCommandLoad({
    desk,
    questions,
    loads: [
      { concurrency: 1, requests: 300 },
      { concurrency: 20, requests: 2000 },
    ],
  });
  return {
    corpus: corpusDir ? basename(corpusDir) : 'bundled',
    passages: desk.index.size,
    slash_command_round_trip: figures,
    app_event_loop_delay: eventLoopDelay,
  };
}
