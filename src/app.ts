/**
 * `npm start`: the Slack app. Only wiring happens here: settings, logger, engine, Bolt app, shutdown.
 */
import dotenv from 'dotenv';
import { type Config, ConfigError, readConfig } from './config.js';
import { join } from 'node:path';
import { type Desk, openDeskCached } from './core/desk.js';
import { problemPlace } from './core/model.js';
import { LiveCorpus } from './live/liveCorpus.js';
import { saveIndexCache } from './core/search/indexCache.js';
import { createLogger } from './logger.js';
import { createSlackApp } from './slack/createSlackApp.js';
import { installProcessGuards } from './processGuards.js';
import { SlackSettingError, SlackUnreachableError } from './slack/checkSlackToken.js';
import { StateError } from './state/file/jsonFile.js';
import { openState } from './state/openState.js';

dotenv.config({ quiet: true });

let config: Config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Prague Desk cannot start: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
let desk: Desk;
let saveCache = () => {};
try {
  const opened = await openDeskCached(config.corpusDir, join(config.dataDir, 'cache'));
  desk = opened.desk;
  saveCache = opened.save;
  logger.info({ cache: opened.cache }, 'index');
} catch (error) {
  process.stderr.write(`Prague Desk cannot start: CORPUS_DIR: ${(error as Error).message}\n`);
  process.exit(1);
}
const comparisonProblem = desk.comparisonProblems[0];
if (comparisonProblem) {
  // A comparison quote that is not verbatim must never reach a reader: fix positions.yml first.
  const more = desk.comparisonProblems.length > 1 ? ` (and ${desk.comparisonProblems.length - 1} more: npx prague check)` : '';
  process.stderr.write(`Prague Desk cannot start: ${problemPlace(comparisonProblem)}: ${comparisonProblem.message}${more}\n`);
  process.exit(1);
}
for (const p of desk.problems) logger.warn({ file: p.file, line: p.line }, `corpus problem: ${p.message}`);
logger.info({ documents: desk.corpus.documents.length, passages: desk.index.size }, 'corpus loaded');

let state: Awaited<ReturnType<typeof openState>>;
try {
  state = await openState(config, logger.child({ component: 'state' }));
} catch (error) {
  // A corrupt state file names DATA_DIR; an unreachable or unmigratable database names DATABASE_URL.
  const setting = error instanceof StateError ? 'DATA_DIR' : 'DATABASE_URL';
  process.stderr.write(`Prague Desk cannot start: ${setting}: ${(error as Error).message}\n`);
  process.exit(1);
}

// Who speaks in each story is read in the background once the corpus is loaded and after each reload,
// so that no answer waits for it (the reading of a reload replaces the one before).
let readingAhead = new AbortController();
const readSpeakersAhead = (current: Desk) => {
  readingAhead.abort();
  readingAhead = new AbortController();
  const started = performance.now();
  current
    .readSpeakersAhead({ signal: readingAhead.signal })
    .then((documents) => logger.info({ documents, ms: Math.round(performance.now() - started) }, 'speakers read ahead'))
    .catch((error: unknown) => logger.warn({ err: error }, 'speakers not read ahead'));
};

const cacheDir = join(config.dataDir, 'cache');
let cacheTimer: NodeJS.Timeout | undefined;
const live = new LiveCorpus(desk, {
  logger: logger.child({ component: 'corpus' }),
  extractionCacheDir: join(cacheDir, 'extracted'),
  // After a clean reload, refresh the index cache (a little later, once a burst of edits is over).
  onReload: (summary, next) => {
    readSpeakersAhead(next);
    clearTimeout(cacheTimer);
    // Only an index that is exactly what the files say may be cached under their fingerprint.
    if (!live.servesCurrentFiles || next.comparisonProblems.length > 0) return;
    cacheTimer = setTimeout(() => {
      try {
        saveIndexCache(cacheDir, summary.fingerprint, next.corpus, next.index);
      } catch (error) {
        logger.warn({ err: error }, 'index cache not written');
      }
    }, 10_000);
    cacheTimer.unref();
  },
});
const slack = createSlackApp({ config, desk: () => live.current, logger, state, intake: live });
try {
  await slack.start();
} catch (error) {
  // A refused token, an unreachable Slack, a port in use: one line naming the setting, and exit 1.
  const inUse = (error as { code?: string }).code === 'EADDRINUSE';
  if (!(error instanceof SlackSettingError || error instanceof SlackUnreachableError || inUse)) throw error;
  process.stderr.write(`Prague Desk cannot start: ${inUse ? `PORT: ${config.port} is already in use by another process` : (error as Error).message}\n`);
  process.exit(1);
}
// From here on the app serves: whatever escapes every handler is logged, and the app keeps serving.
// (Not before: during start-up a failure must end the process with its message and exit code 1.)
installProcessGuards(logger);
live.start();
readSpeakersAhead(live.current);
// The index cache is written once the app answers, so that the next start is fast.
setImmediate(() => {
  try {
    saveCache();
  } catch (error) {
    logger.warn({ err: error }, 'index cache not written');
  }
});

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  readingAhead.abort();
  logger.info({ signal }, 'stopping: no new requests, finishing those under way');
  live.stop();
  await slack.stop();
  await state.close().catch(() => {});
  logger.info('stopped');
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
