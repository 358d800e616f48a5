/**
 * Several cold first loads of one package, normal and on Fast 3G, reduced to the figures the bench reports:
 * request and byte counts (the median run's; they barely vary), JS and CSS raw and gzipped, what Start loads,
 * and median paint and Initialize times.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { firstLoad, type FirstLoadRun } from './first-load.ts';
import { gzipBytes, servedLaunchPath, type BenchPackage } from './packages.ts';
import type { PackageServer, ServedRequest } from './package-server.ts';
import { median, medianOfMeasured } from './stats.ts';

export interface FileGroup {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface Timing {
  runs: number;
  /** Medians, ms since the content frame's navigation start; null when no run recorded one. */
  fcpMs: number | null;
  initializeMs: number | null;
  perRun: { fcpMs: number | null; initializeMs: number | null }[];
}

export interface LoadFigures {
  firstLoad: {
    requests: number;
    transferredBytes: number;
    js: FileGroup;
    css: FileGroup;
    files: { path: string; rawBytes: number; transferredBytes: number }[];
  };
  /** What pressing Start loads: the module's content.js. */
  onStart: { requests: number; transferredBytes: number; contentJsGzipBytes: number };
  normal: Timing;
  fast3g: Timing;
  problems: string[];
}

export interface LoadOptions {
  runs: number;
  quietMs: number;
}

export async function measureLoads(
  browser: Browser,
  server: PackageServer,
  servedRoot: string,
  pkg: BenchPackage,
  options: LoadOptions,
): Promise<LoadFigures> {
  const launch = servedLaunchPath(pkg);
  const normal: FirstLoadRun[] = [];
  const throttled: FirstLoadRun[] = [];
  // Start's cost is the same every time: pressing it once, in the first run, is enough.
  for (let i = 0; i < options.runs; i++)
    normal.push(
      await firstLoad(browser, server, launch, {
        throttled: false,
        quietMs: options.quietMs,
        pressStart: i === 0,
      }),
    );
  for (let i = 0; i < options.runs; i++)
    throttled.push(
      await firstLoad(browser, server, launch, {
        throttled: true,
        quietMs: options.quietMs,
        pressStart: false,
      }),
    );

  const typical = medianRun(normal);
  const file = (r: ServedRequest) => path.join(servedRoot, r.path);
  const group = async (extension: string): Promise<FileGroup> => {
    const matching = typical.requests.filter((r) => r.path.endsWith(extension));
    const gzipped = await Promise.all(matching.map((r) => gzipBytes(file(r))));
    return {
      requests: matching.length,
      rawBytes: sum(matching.map((r) => r.rawBytes)),
      gzipBytes: sum(gzipped),
    };
  };
  // The player and the cover's stylesheet are inline in each launch page: count <script> elements without src as
  // JavaScript and <style> elements as CSS too.
  const inline = async (element: 'script' | 'style'): Promise<FileGroup> => {
    const pages = typical.requests.filter((r) => r.path.endsWith('.html'));
    const pattern = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g');
    const texts = await Promise.all(
      pages.map(async (r) =>
        [...(await readFile(file(r), 'utf8')).matchAll(pattern)].map((m) => m[1]!).join(''),
      ),
    );
    return {
      requests: 0,
      rawBytes: sum(texts.map((text) => Buffer.byteLength(text))),
      gzipBytes: sum(texts.map((text) => gzipSync(text).length)),
    };
  };
  const addGroups = (a: FileGroup, b: FileGroup): FileGroup => ({
    requests: a.requests + b.requests,
    rawBytes: a.rawBytes + b.rawBytes,
    gzipBytes: a.gzipBytes + b.gzipBytes,
  });
  const onStart = normal[0]!.onStart ?? [];
  const contentJs = onStart.filter((r) => r.path.endsWith('/content.js'));
  return {
    firstLoad: {
      requests: typical.requests.length,
      transferredBytes: wire(typical.requests),
      js: addGroups(await group('.js'), await inline('script')),
      css: addGroups(await group('.css'), await inline('style')),
      files: typical.requests.map((r) => ({
        path: r.path,
        rawBytes: r.rawBytes,
        transferredBytes: r.wireBytes,
      })),
    },
    onStart: {
      requests: onStart.length,
      transferredBytes: wire(onStart),
      contentJsGzipBytes: sum(await Promise.all(contentJs.map((r) => gzipBytes(file(r))))),
    },
    normal: timing(normal),
    fast3g: timing(throttled),
    problems: [...new Set([...normal, ...throttled].flatMap((run) => run.problems))],
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const wire = (requests: ServedRequest[]) => sum(requests.map((r) => r.wireBytes));

/** The run whose transferred bytes are the median: its requests are reported as one consistent set. */
function medianRun(runs: FirstLoadRun[]): FirstLoadRun {
  const target = median(runs.map((run) => wire(run.requests)));
  return runs.reduce((best, run) =>
    Math.abs(wire(run.requests) - target) < Math.abs(wire(best.requests) - target) ? run : best,
  );
}

function timing(runs: FirstLoadRun[]): Timing {
  return {
    runs: runs.length,
    fcpMs: medianOfMeasured(runs.map((run) => run.fcpMs)),
    initializeMs: medianOfMeasured(runs.map((run) => run.initializeMs)),
    perRun: runs.map((run) => ({ fcpMs: run.fcpMs, initializeMs: run.initializeMs })),
  };
}
