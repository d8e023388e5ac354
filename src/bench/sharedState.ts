/**
 * The slash-command acknowledgement with the app's state behind it: every request is checked against
 * the shared de-duplication store before its ack, and the channel's collection is read before it is
 * answered. The same load (signed `/prague` requests over real HTTP, 20 in flight) runs against the
 * app with file state and with PostgreSQL state, in the same run, so the two can be compared.
 *
 * PostgreSQL: `DATABASE_URL` when set (the bench adds rows to its tables, which expire), else a
 * throwaway server when the PostgreSQL binaries are on the machine (tests/helpers/throwawayPostgres.mjs),
 * else this part is skipped, saying why.
 *
 * The load (client and response_url server) runs in a worker thread, so that the app's event loop is
 * the app's alone, as it is in production.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import pg from 'pg';
import { readConfig } from '../config.js';
import { openDesk, type Desk } from '../core/desk.js';
import { createLogger } from '../logger.js';
import { createSlackApp } from '../slack/createSlackApp.js';
import { openFileState } from '../state/file/fileState.js';
import { openPostgresState } from '../state/postgres/postgresState.js';
import type { State } from '../state/types.js';

const SECRET = 'bench-signing-secret';
const CONCURRENCY = 20;
const REQUESTS = 2000;
/** An answer not at the response_url after this long is counted as lost. */
const ANSWER_TIMEOUT_MS = 30_000;

interface Figures {
  concurrency: number;
  requests: number;
  ack_p50_ms: number;
  ack_p99_ms: number;
  answer_p50_ms: number;
  answer_p99_ms: number;
  /** Answers that never reached the response_url (within 30 s). */
  lost_answers: number;
}

/** A PostgreSQL to bench against: DATABASE_URL, or a throwaway one, or the reason there is none. */
async function benchDatabase(): Promise<{ url: string; where: string; stop: () => Promise<void> } | { skipped: string }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, where: 'DATABASE_URL', stop: async () => {} };
  const helper = new URL('../../tests/helpers/throwawayPostgres.mjs', import.meta.url).href;
  let tools: { canStartPostgres(): boolean; startPostgres(): Promise<{ url: string; dir: string }>; stopPostgres(dir: string): void };
  try {
    tools = await import(helper);
  } catch {
    return { skipped: 'no DATABASE_URL, and tests/helpers/throwawayPostgres.mjs is not in this checkout' };
  }
  if (!tools.canStartPostgres()) return { skipped: 'no DATABASE_URL, and no PostgreSQL server binaries on this machine' };
  const server = await tools.startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE prague_bench');
  await admin.end();
  return { url: server.url.replace(/\/postgres$/, '/prague_bench'), where: 'a throwaway PostgreSQL', stop: async () => tools.stopPostgres(server.dir) };
}

/** The commands sent: questions (the engine answers between acks) and help (the transport and the state alone). */
const LOADS = {
  questions: ['who attended', 'rule of law', 'what did the US do before the meeting', 'Barcelona'],
  help: ['help'],
};

/** Runs each load against an app over `state`; resolves to the figures of each. */
async function benchWithState(desk: Desk, state: State): Promise<Record<keyof typeof LOADS, Figures>> {
  const figures = {} as Record<keyof typeof LOADS, Figures>;
  for (const [name, texts] of Object.entries(LOADS) as [keyof typeof LOADS, string[]][]) figures[name] = await benchLoad(desk, state, texts);
  return figures;
}

async function benchLoad(desk: Desk, state: State, texts: string[]): Promise<Figures> {
  const worker = new Worker(new URL(import.meta.url));
  worker.unref();
  const next = () => new Promise<unknown>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  const { base } = (await next()) as { base: string };
  const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${base}/api/`, LOG_LEVEL: 'error' });
  const slack = createSlackApp({ config, desk: () => desk, logger: createLogger('error'), state });
  const port = (await slack.start(0)) as number;
  worker.postMessage({ port, texts });
  const figures = (await next()) as Figures;
  await slack.stop(1000);
  await worker.terminate();
  return figures;
}

/** `npm run bench`'s shared-state section: file state and PostgreSQL state, side by side. */
export async function benchSharedState(): Promise<Record<string, unknown>> {
  const desk = await openDesk();
  const dataDir = mkdtempSync(join(tmpdir(), 'prague-bench-state-'));
  try {
    const files = await benchWithState(desk, openFileState(dataDir));
    const database = await benchDatabase();
    if ('skipped' in database) return { slash_command_ack_with_state: { files, postgres: { skipped: database.skipped } } };
    try {
      const state = await openPostgresState(database.url, createLogger('error'));
      try {
        const postgres = await benchWithState(desk, state);
        return { slash_command_ack_with_state: { files, postgres: { database: database.where, ...postgres } } };
      } finally {
        await state.close();
      }
    } finally {
      await database.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The worker thread: a response_url / Web API stand-in, and the client sending signed commands. */
async function runLoad(): Promise<void> {
  const parent = parentPort!;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const arrived = new Map<string, () => void>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const id = req.url?.startsWith('/response/') ? req.url.slice(10) : undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
      if (id) arrived.get(id)?.();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  parent.postMessage({ base });
  const { port, texts: questions } = await new Promise<{ port: number; texts: string[] }>((r) => parent.once('message', r));
  let n = 0;
  const once = async () => {
    const id = `s${++n}`;
    const answered = new Promise<void>((r) => arrived.set(id, r));
    const body = new URLSearchParams({
      command: '/prague', text: questions[n % questions.length] ?? 'who attended', user_id: 'U1', channel_id: `C${n % 50}`,
      team_id: 'T1', response_url: `${base}/response/${id}`, trigger_id: 't', api_app_id: 'A1',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: {
        'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature, 'content-length': Buffer.byteLength(body),
      } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
    const ack = performance.now() - start;
    // An answer that never arrives (a reply the app could not post) is counted, not waited for forever.
    let timer: NodeJS.Timeout | undefined;
    const arrivedInTime = await Promise.race([answered.then(() => true), new Promise<boolean>((r) => { timer = setTimeout(() => r(false), ANSWER_TIMEOUT_MS); })]);
    clearTimeout(timer);
    arrived.delete(id);
    if (!arrivedInTime) lost++;
    return { ack, answer: performance.now() - start };
  };
  let lost = 0;
  // Warm up at the measured concurrency (connections opened, code compiled), then time.
  for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: CONCURRENCY }, () => once()));
  const acks: number[] = [];
  const answers: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (started < REQUESTS) {
        started++;
        const r = await once();
        acks.push(r.ack);
        answers.push(r.answer);
      }
    }),
  );
  acks.sort((a, b) => a - b);
  answers.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  parent.postMessage({
    concurrency: CONCURRENCY,
    requests: REQUESTS,
    ack_p50_ms: round(percentile(acks, 50)),
    ack_p99_ms: round(percentile(acks, 99)),
    answer_p50_ms: round(percentile(answers, 50)),
    answer_p99_ms: round(percentile(answers, 99)),
    lost_answers: lost,
  } satisfies Figures);
}

if (!isMainThread) await runLoad();
