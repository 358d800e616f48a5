import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { PreviewIndex } from '../../preview/package-index.ts';
import type { LiveReload } from './live-reload.ts';
import { PACKAGES_URL } from './publish-packages.ts';
import { resolveUnder, sendText, serveFile } from './static-files.ts';

export interface PreviewServerOptions {
  /** The bundled LMS page: index.html and its assets. */
  pageDir: string;
  /** The unzipped packages, one folder each. */
  packagesDir: string;
  /** The current index; changes after each rebuild. */
  index: () => PreviewIndex;
  liveReload: LiveReload;
}

/**
 * Routes: `/` and its assets (the LMS page), `/packages/<name>/…` (unzipped packages), `/api/packages` (the index
 * JSON), `/events` (live reload). Nothing is cached: a preview must always show the latest build.
 */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const noStore = { cacheControl: 'no-store' };
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    const route = url.pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Method not allowed');
      return;
    }
    if (route === '/events') {
      options.liveReload.connect(request, response);
      return;
    }
    if (route === '/api/packages') {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(request.method === 'HEAD' ? undefined : JSON.stringify(options.index()));
      return;
    }
    const file = route.startsWith(PACKAGES_URL)
      ? resolveUnder(options.packagesDir, route.slice(PACKAGES_URL.length))
      : resolveUnder(options.pageDir, route);
    serveFile(request, response, file, noStore).catch((error: unknown) => {
      // A client that goes away mid-download is normal; anything else is worth a line in the terminal.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.error(`preview: ${route}: ${(error as Error).message}`);
      }
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
}

/** Listens on host:port and resolves with the URL to print. */
export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host}:${actualPort}/`);
    });
  });
}

/**
 * Where the preview reads and writes. The zips of dist/packages unpack into dist/preview/; another folder's zips
 * (--packages) into dist/preview-<folder name>/, so that a second preview server never swaps out the first's files.
 */
export function previewPaths(projectRoot: string, zipDir?: string) {
  const previewDir = zipDir
    ? path.join(
        projectRoot,
        'dist',
        `preview-${path.basename(path.resolve(zipDir)).replace(/[^\w.-]/g, '_')}`,
      )
    : path.join(projectRoot, 'dist', 'preview');
  return {
    zipDir: zipDir ? path.resolve(zipDir) : path.join(projectRoot, 'dist', 'packages'),
    previewDir,
    pageDir: path.join(previewDir, 'lms'),
    packagesDir: path.join(previewDir, 'packages'),
    pageSource: path.join(projectRoot, 'preview'),
    modulesDir: path.join(projectRoot, 'modules'),
  };
}
