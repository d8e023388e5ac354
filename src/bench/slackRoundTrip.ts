/**
 * The slash command round trip over real HTTP: a signed `/prague` request to the Bolt app, timed to its
 * acknowledgement and to the answer arriving at the `response_url` (a local server that also stands in
 * for the Web API). p50 / p99 at 1 and 20 requests in flight.
 *
 * The load (client and response_url server) runs in a worker thread, so that the app's event loop is
 * the app's alone, as it is in production.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { readConfig } from '../config.js';
import { openDesk } from '../core/desk.js';
import { createLogger } from '../logger.js';
import { createSlackApp } from '../slack/createSlackApp.js';

const SECRET = 'bench-signing-secret';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Runs the load in a worker thread against the app started here, over the corpus in `corpusDir` (the
 * bundled one by default), asking `questions` in turn; resolves to the figures.
 */
export async function benchSlack({ questions, corpusDir }: { questions?: string[]; corpusDir?: string } = {}) {
  const worker = new Worker(new URL(import.meta.url));
  worker.unref();
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { base } = await next<{ base: string }>();
  const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${base}/api/`, LOG_LEVEL: 'error' });
  const desk = await openDesk(corpusDir ?? config.corpusDir);
  const slack = createSlackApp({ config, desk: () => desk, logger: createLogger('error') });
  const port = (await slack.start(0)) as number;
  // How long the app's event loop was held up at a time (an acknowledgement waits that long at most,
  // plus the time the machine takes to schedule the process at all).
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  worker.postMessage({ port, questions });
  const results = await next<unknown>();
  loopDelay.disable();
  await slack.stop(1000);
  await worker.terminate();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    corpus: corpusDir ? basename(corpusDir) : 'bundled',
    passages: desk.index.size,
    slash_command_round_trip: results,
    app_event_loop_delay: { p50_ms: ms(loopDelay.percentile(50)), p99_ms: ms(loopDelay.percentile(99)), max_ms: ms(loopDelay.max) },
  };
}

/** A light HTTP client (keep-alive, no fetch machinery), so the load costs the machine little. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function post(port: number, body: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The worker thread: a response_url / Web API stand-in and the client sending signed commands. */
async function runLoad(defaultQuestions: string[] = ['who attended', 'rule of law', 'what did the US do before the meeting', 'Barcelona']) {
  const parent = parentPort!;
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
  const { port, questions = defaultQuestions } = await new Promise<{ port: number; questions?: string[] }>((r) => parent.once('message', r));
  let n = 0;
  const once = async () => {
    const id = `r${++n}`;
    const answered = new Promise<void>((r) => arrived.set(id, r));
    const body = new URLSearchParams({
      command: '/prague', text: questions[n % questions.length] ?? 'who attended', user_id: 'U1', channel_id: 'C1',
      team_id: 'T1', response_url: `${base}/response/${id}`, trigger_id: 't', api_app_id: 'A1',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const start = performance.now();
    await post(port, body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature });
    const ack = performance.now() - start;
    await answered;
    arrived.delete(id);
    return { ack, answer: performance.now() - start };
  };

  const measure = async (concurrency: number, total: number) => {
    // Warm up at the measured concurrency: the connections a burst needs are opened and the code paths
    // compiled before timing, so the figures are the steady state rather than the first second.
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: concurrency }, () => once()));
    const acks: number[] = [];
    const answers: number[] = [];
    let started = 0;
    const worker = async () => {
      while (started < total) {
        started++;
        const r = await once();
        acks.push(r.ack);
        answers.push(r.answer);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    acks.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    const r = (x: number) => Math.round(x * 100) / 100;
    return {
      concurrency,
      requests: total,
      ack_p50_ms: r(percentile(acks, 50)),
      ack_p99_ms: r(percentile(acks, 99)),
      answer_p50_ms: r(percentile(answers, 50)),
      answer_p99_ms: r(percentile(answers, 99)),
    };
  };

  parent.postMessage([await measure(1, 300), await measure(20, 2000)]);
}

if (!isMainThread) await runLoad();
