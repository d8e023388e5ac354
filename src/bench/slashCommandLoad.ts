/**
 * The slash command round trip over real HTTP, shared by the benches: signed `/prague` requests sent to
 * a Bolt app started here, each timed to its acknowledgement and to its answer arriving at the
 * `response_url` (a local server that also stands in for the Web API).
 *
 * The load (client and response_url server) runs in a worker thread (this same file), so that the app's
 * event loop is the app's alone, as it is in production.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { readConfig } from '../config.js';
import type { Desk } from '../core/desk.js';
import { createLogger } from '../logger.js';
import { createSlackApp } from '../slack/createSlackApp.js';
import type { State } from '../state/types.js';

const SECRET = 'bench-signing-secret';
/** An answer not at the response_url after this long is counted as lost, never waited for forever. */
const ANSWER_TIMEOUT_MS = 30_000;

/** One measured load: requests in flight and how many in all. */
export interface Load {
  concurrency: number;
  requests: number;
}

/** The figures of one load. */
export interface LoadFigures extends Load {
  ack_p50_ms: number;
  ack_p99_ms: number;
  answer_p50_ms: number;
  answer_p99_ms: number;
  /** Answers that never reached the response_url (within 30 s). */
  lost_answers: number;
}

interface LoadRequest {
  port: number;
  questions: string[];
  loads: Load[];
  /** Requests are spread over this many channels (1: all in one). */
  channels: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Starts an app over `desk` (and `state`, when given), runs each load against it asking `questions` in
 * turn, and resolves to the figures of each load and the app's event-loop delay while they ran.
 */
export async function runSlashCommandLoad(options: { desk: Desk; state?: State; questions: string[]; loads: Load[]; channels?: number }) {
  const worker = new Worker(new URL(import.meta.url));
  worker.unref();
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { base } = await next<{ base: string }>();
  const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${base}/api/`, LOG_LEVEL: 'error' });
  const slack = createSlackApp({ config, desk: () => options.desk, logger: createLogger('error'), ...(options.state ? { state: options.state } : {}) });
  const port = (await slack.start(0)) as number;
  // How long the app's event loop was held up at a time (an acknowledgement waits that long at most,
  // plus the time the machine takes to schedule the process at all).
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  worker.postMessage({ port, questions: options.questions, loads: options.loads, channels: options.channels ?? 1 } satisfies LoadRequest);
  const figures = await next<LoadFigures[]>();
  loopDelay.disable();
  await slack.stop(1000);
  await worker.terminate();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return { figures, eventLoopDelay: { p50_ms: ms(loopDelay.percentile(50)), p99_ms: ms(loopDelay.percentile(99)), max_ms: ms(loopDelay.max) } };
}

/** The worker thread: a response_url / Web API stand-in, and the client sending signed commands. */
async function runLoad(): Promise<void> {
  const parent = parentPort as NonNullable<typeof parentPort>;
  // A light HTTP client (keep-alive, no fetch machinery), so the load costs the machine little.
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
  const { port, questions, loads, channels } = await new Promise<LoadRequest>((r) => parent.once('message', r));
  const post = (body: string, headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  let n = 0;
  let lost = 0;
  const once = async () => {
    const id = `r${++n}`;
    const answered = new Promise<void>((r) => arrived.set(id, r));
    const body = new URLSearchParams({
      command: '/prague', text: questions[n % questions.length] ?? 'who attended', user_id: 'U1', channel_id: `C${n % channels}`,
      team_id: 'T1', response_url: `${base}/response/${id}`, trigger_id: 't', api_app_id: 'A1',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const start = performance.now();
    await post(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature });
    const ack = performance.now() - start;
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      answered.then(() => true),
      new Promise<boolean>((r) => {
        timer = setTimeout(() => r(false), ANSWER_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    arrived.delete(id);
    if (!inTime) lost++;
    return { ack, answer: performance.now() - start };
  };

  const measure = async ({ concurrency, requests }: Load): Promise<LoadFigures> => {
    // Warm up at the measured concurrency: the connections a burst needs are opened and the code paths
    // compiled before timing, so the figures are the steady state rather than the first second.
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: concurrency }, () => once()));
    lost = 0;
    const acks: number[] = [];
    const answers: number[] = [];
    let started = 0;
    const client = async () => {
      while (started < requests) {
        started++;
        const r = await once();
        acks.push(r.ack);
        answers.push(r.answer);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    acks.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    const r = (x: number) => Math.round(x * 100) / 100;
    return {
      concurrency,
      requests,
      ack_p50_ms: r(percentile(acks, 50)),
      ack_p99_ms: r(percentile(acks, 99)),
      answer_p50_ms: r(percentile(answers, 50)),
      answer_p99_ms: r(percentile(answers, 99)),
      lost_answers: lost,
    };
  };

  const figures: LoadFigures[] = [];
  for (const load of loads) figures.push(await measure(load));
  parent.postMessage(figures);
}

if (!isMainThread) await runLoad();
