import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './fakeSlack.js';

/**
 * A local stand-in for Slack's Socket Mode endpoint: `apps.connections.open` on the fake Web API hands
 * out this server's `ws://` URL, the server greets each connection with `hello` as Slack does, sends
 * envelopes, and records what the app sends back (acknowledgements carry the envelope id).
 */
export class FakeSocketMode {
  /** Every message the app sent over the socket, parsed. */
  readonly received: Array<{ envelope_id?: string; payload?: unknown }> = [];
  private server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  private socket: WebSocket | undefined;

  constructor(fake: FakeSlack) {
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => this.received.push(JSON.parse(String(data)) as { envelope_id?: string }));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake', approximate_connection_time: 3600 } }));
    });
    fake.on('apps.connections.open', () => ({ json: { ok: true, url: this.url } }));
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  /** Sends an envelope (`slash_commands`, `events_api`, `interactive`) to the connected app. */
  send(envelope: { envelope_id: string; type: string; payload: unknown; accepts_response_payload?: boolean; retry_attempt?: number; retry_reason?: string }): void {
    if (!this.socket) throw new Error('no app is connected');
    this.socket.send(JSON.stringify({ accepts_response_payload: false, ...envelope }));
  }

  /** Waits for the app to acknowledge an envelope (or fails after `timeoutMs`). */
  async waitForAck(envelopeId: string, timeoutMs = 5000): Promise<void> {
    const start = Date.now();
    while (!this.received.some((m) => m.envelope_id === envelopeId)) {
      if (Date.now() - start > timeoutMs) throw new Error(`envelope ${envelopeId} was never acknowledged`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
