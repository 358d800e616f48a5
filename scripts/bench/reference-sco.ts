/**
 * The reference SCO (reference-sco/index.html) measured in the same run as the packages: its median time to
 * Initialize on Fast 3G is the yardstick the Initialize budget scales.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { firstLoad } from './first-load.ts';
import type { PackageServer } from './package-server.ts';
import { medianOfMeasured } from './stats.ts';

const REFERENCE_DIR = 'bench-reference-sco';

/** Copies the reference SCO beside the unzipped packages; returns its launch path for the server. */
export async function serveReferenceSco(servedRoot: string): Promise<string> {
  await mkdir(path.join(servedRoot, REFERENCE_DIR), { recursive: true });
  await copyFile(
    path.join(import.meta.dirname, 'reference-sco', 'index.html'),
    path.join(servedRoot, REFERENCE_DIR, 'index.html'),
  );
  return `${REFERENCE_DIR}/index.html`;
}

export async function referenceFast3gInitMs(
  browser: Browser,
  server: PackageServer,
  launchPath: string,
  options: { runs: number; quietMs: number },
): Promise<number | null> {
  const times: (number | null)[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await firstLoad(browser, server, launchPath, {
      throttled: true,
      quietMs: options.quietMs,
      pressStart: false,
    });
    times.push(run.initializeMs);
  }
  return medianOfMeasured(times);
}
