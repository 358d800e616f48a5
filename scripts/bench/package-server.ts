/**
 * A static server over the unzipped packages, serving as an LMS would (gzip for text, from 127.0.0.1), that
 * counts what the package costs the browser: each request below /pkg/ with the bytes it put on the wire
 * (status line, headers and body as sent, gzipped where the browser accepts it). The bench's LMS page is
 * served from /lms/ and never counted.
 */
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveUnder, sendText, serveFile } from '../preview/static-files.ts';
import { lmsPageHtml } from './lms-page.ts';

export const PACKAGE_ROUTE = '/pkg/';
const LMS_ROUTE = '/lms/';

export interface ServedRequest {
  /** Below the packages folder, e.g. 'imh-00-introduction-scorm12/player/player.js'. */
  path: string;
  status: number;
  /** The file's size on disk. */
  rawBytes: number;
  /** Bytes written to the socket for this response: headers and body as sent. */
  wireBytes: number;
}

export interface PackageServer {
  origin: string;
  /** The LMS page that launches `launchPath` (a path below /pkg/). */
  lmsUrl(launchPath: string): string;
  /** Forgets what was counted and counts from now. */
  startCounting(): void;
  /** What was counted since startCounting. */
  counted(): ServedRequest[];
  close(): Promise<void>;
}

export async function startPackageServer(packagesDir: string): Promise<PackageServer> {
  let log: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench.invalid');
    if (url.pathname === `${LMS_ROUTE}index.html`) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(lmsPageHtml(url.searchParams.get('launch') ?? ''));
      return;
    }
    if (!url.pathname.startsWith(PACKAGE_ROUTE)) {
      sendText(response, 404, 'Not found');
      return;
    }
    const relative = url.pathname.slice(PACKAGE_ROUTE.length);
    const file = resolveUnder(packagesDir, relative);
    const socket = request.socket;
    // HTTP/1.1 without pipelining: the socket carries this response alone until it finishes.
    const before = socket.bytesWritten;
    const entry: ServedRequest = { path: decodeURIComponent(relative), status: 0, rawBytes: 0, wireBytes: 0 };
    const sink = log;
    response.once('close', () => {
      entry.status = response.statusCode;
      entry.wireBytes = socket.bytesWritten - before;
      sink.push(entry);
    });
    void (async () => {
      entry.rawBytes = file
        ? await stat(file).then(
            (s) => (s.isFile() ? s.size : 0),
            () => 0,
          )
        : 0;
      // Like an LMS serving course files: cacheable, but each run has a fresh browser profile.
      await serveFile(request, response, file, { cacheControl: 'public, max-age=600' });
    })().catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    lmsUrl: (launchPath) =>
      `${origin}${LMS_ROUTE}index.html?${new URLSearchParams({ launch: `${PACKAGE_ROUTE}${launchPath}` })}`,
    startCounting: () => {
      log = [];
    },
    counted: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
