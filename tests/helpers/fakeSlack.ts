import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the app made to the stand-in Web API or to a response_url. */
export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response:<id>` for a response_url post. */
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The bearer token the call was made with (which workspace's token the app used). */
  token?: string;
}

type Handler = (body: Record<string, unknown>) => { status?: number; headers?: Record<string, string>; json: unknown; delayMs?: number };

/**
 * A local HTTP server standing in for Slack's Web API (`/api/<method>`, form-encoded or JSON, as the
 * Web API client sends it) and for `response_url`s (`/response/<id>`, JSON). It records every call.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private handlers = new Map<string, Handler>();
  /** Files served for download (`/files-pri/…`), as Slack's file server does with the bot token. */
  private files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  /** The Authorization header of every file download, in order. */
  readonly downloads: { path: string; authorization?: string }[] = [];
  private server: Server = createServer((req, res) => void this.handle(req, res));
  url = '';

  /** Starts listening (on `port`, or any free port). */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** Answers a Web API method with a handler of the test's choosing. */
  on(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  /**
   * Serves a file at `/files-pri/<id>/download/<name>` and returns its Slack file record (as an event or a
   * shortcut payload carries it). Downloads without the bot token get Slack's sign-in page, as on Slack.
   */
  serveFile(id: string, name: string, bytes: Uint8Array, options: { contentType?: string; token?: string } = {}): Record<string, unknown> {
    const path = `/files-pri/T1-${id}/download/${encodeURIComponent(name)}`;
    this.files.set(path, { bytes, contentType: options.contentType ?? 'application/octet-stream' });
    this.expectedToken = options.token ?? this.expectedToken;
    return { id, name, title: name, size: bytes.length, mimetype: options.contentType ?? 'application/octet-stream', url_private: `${this.url}${path}`, url_private_download: `${this.url}${path}`, user: 'U2' };
  }

  /** The token a download must carry (`Authorization: Bearer …`). */
  expectedToken?: string;

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `count` calls to `method` were recorded (or fails after `timeoutMs`). */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const start = Date.now();
    while (this.callsTo(method).length < count) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${count} × ${method}; got ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.callsTo(method);
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const file = this.files.get((req.url ?? '').split('?')[0] ?? '');
    if (file) {
      const authorization = req.headers.authorization;
      this.downloads.push({ path: req.url ?? '', authorization });
      if (this.expectedToken && authorization !== `Bearer ${this.expectedToken}`) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
        return;
      }
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
      res.end(Buffer.from(file.bytes));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const type = req.headers['content-type'] ?? '';
    let body: Record<string, unknown> = {};
    if (type.includes('application/json')) body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    else {
      for (const [k, v] of new URLSearchParams(raw)) body[k] = k === 'blocks' || k === 'view' ? JSON.parse(v) : v;
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? `response:${path.slice(10)}` : path;
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    this.calls.push({ method, body, at: Date.now(), token });
    const handler = this.handlers.get(method);
    const reply = handler
      ? handler(body)
      : { json: method === 'auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://t.slack.com/' } : { ok: true, ts: `${Date.now() / 1000}` } };
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
    res.end(JSON.stringify(reply.json));
  }
}
