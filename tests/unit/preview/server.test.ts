import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PreviewIndex } from '../../../preview/package-index.ts';
import { LiveReload } from '../../../scripts/preview/live-reload.ts';
import { createPreviewServer, listen } from '../../../scripts/preview/server.ts';
import { acceptsGzip, contentType, resolveUnder } from '../../../scripts/preview/static-files.ts';

let dir: string;
let server: Server;
let base: string;
const liveReload = new LiveReload();
const index: PreviewIndex = { builtAt: '2026-01-01T00:00:00Z', packages: [] };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'preview-server-'));
  await mkdir(path.join(dir, 'lms', 'assets'), { recursive: true });
  await mkdir(path.join(dir, 'packages', 'p1', 'sco'), { recursive: true });
  await writeFile(path.join(dir, 'lms', 'index.html'), '<!doctype html><title>LMS</title>');
  await writeFile(path.join(dir, 'packages', 'p1', 'sco', 'index.html'), `<p>${'text '.repeat(500)}</p>`);
  await writeFile(
    path.join(dir, 'packages', 'p1', 'sco', 'figure.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  );
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  server = createPreviewServer({
    pageDir: path.join(dir, 'lms'),
    packagesDir: path.join(dir, 'packages'),
    index: () => index,
    liveReload,
  });
  base = await listen(server, '127.0.0.1', 0);
});

afterAll(async () => {
  liveReload.close();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  test('serves the index JSON uncached', async () => {
    const response = await fetch(`${base}api/packages`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(index);
  });

  test('serves the LMS page at / and package files with their type, gzip for text, never cached', async () => {
    expect(await (await fetch(base)).text()).toContain('<title>LMS</title>');
    const response = await fetch(`${base}packages/p1/sco/index.html`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('text text');

    const image = await fetch(`${base}packages/p1/sco/figure.png`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-encoding')).toBeNull();
  });

  test.each([
    'packages/..%2f..%2fsecret.txt',
    'packages/p1/%2e%2e/%2e%2e/%2e%2e/secret.txt',
    'packages/%00',
    'nope.html',
  ])('404s %s', async (route) => {
    expect((await fetch(`${base}${route}`)).status).toBe(404);
  });

  test('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}api/packages`, { method: 'POST' })).status).toBe(405);
  });

  test('pushes reload events to open pages', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    await reader.read(); // retry: line
    liveReload.send('reload');
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('event: reload');
    controller.abort();
  });
});

describe('static file rules', () => {
  test('resolveUnder keeps paths inside the root', () => {
    expect(resolveUnder('/srv', 'a/b.html')).toBe(path.resolve('/srv/a/b.html'));
    expect(resolveUnder('/srv', '../etc/passwd')).toBe(path.resolve('/srv/etc/passwd'));
    expect(resolveUnder('/srv', '%E0%A4%A')).toBeUndefined();
    expect(resolveUnder('/srv', 'a%5C..%5Cb')).toBeUndefined();
  });

  test('content types and gzip negotiation', () => {
    expect(contentType('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('x.woff2')).toBe('font/woff2');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
    const request = (value: string) => ({ headers: { 'accept-encoding': value } }) as never;
    expect(acceptsGzip(request('gzip, deflate, br'))).toBe(true);
    expect(acceptsGzip(request('br;q=1, gzip;q=0'))).toBe(false);
    expect(acceptsGzip(request('identity'))).toBe(false);
  });
});
