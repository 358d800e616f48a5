import type { IncomingMessage, ServerResponse } from 'node:http';

/** Server-Sent Events to every open LMS page: 'reload' after a rebuild, 'build-failed' when one fails. */
export class LiveReload {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 15_000) {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  connect(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
    this.clients.add(response);
    request.on('close', () => this.clients.delete(response));
  }

  send(event: 'reload' | 'build-failed', data: string = ''): void {
    const lines = data.split('\n').map((line) => `data: ${line}`);
    this.write(`event: ${event}\n${lines.join('\n')}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
