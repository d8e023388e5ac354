import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { readConfig, type Config } from '../../src/config.js';
import { openDesk, type Desk } from '../../src/core/desk.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/slack/createSlackApp.js';
import { openFileState } from '../../src/state/file/fileState.js';
import type { State } from '../../src/state/types.js';
import { FakeSlack } from './fakeSlack.js';
import type { LiveCorpus } from '../../src/live/liveCorpus.js';
import { SIGNING_SECRET } from './slackRequests.js';

export const BOT_TOKEN = 'xoxb-1111-2222-testtokensecretvalue';

/** The real Bolt app over HTTP on a free port, with a local stand-in for Slack's Web API. */
export interface TestApp {
  slack: SlackApp;
  fake: FakeSlack;
  port: number;
  logs: string[];
  stop(): Promise<void>;
}

export async function startTestApp(
  options: { env?: Record<string, string>; desk?: Desk; now?: () => Date; live?: LiveCorpus; pacing?: SlackAppOptions['pacing']; state?: State } = {},
): Promise<TestApp> {
  const fake = await new FakeSlack().start();
  const config: Config = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'prague-data-')),
    LOG_LEVEL: 'debug',
    ...(options.env ?? {}),
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const desk = options.desk ?? (options.live ? undefined : await openDesk(config.corpusDir));
  // The app's state: the test's (e.g. PostgreSQL), else files in a fresh DATA_DIR.
  const state = options.state ?? openFileState(config.dataDir);
  // With a live corpus, the app answers from its current desk and takes shared files into it.
  const deskOf = options.live ? () => (options.live as LiveCorpus).current : () => desk as Desk;
  const slack = createSlackApp({ config, desk: deskOf, logger, state, now: options.now, intake: options.live, pacing: options.pacing });
  const port = (await slack.start(0)) as number;
  return {
    slack,
    fake,
    port,
    logs,
    async stop() {
      await slack.stop(1000);
      await fake.stop();
    },
  };
}
