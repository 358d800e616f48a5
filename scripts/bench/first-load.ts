/**
 * One cold first load of a SCO in the bench's LMS: the requests the package served until the network went
 * quiet after the load event, and the content frame's first contentful paint and SCORM Initialize, both in ms
 * since the content frame's navigation started. Optionally then presses Start and counts what that loads.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { freshPage, watchNetwork } from './browser.ts';
import { SCO_FRAME_NAME, type LmsLog } from './lms-page.ts';
import type { PackageServer, ServedRequest } from './package-server.ts';

export interface FirstLoadOptions {
  throttled: boolean;
  /** Quiet time that counts as network idle. */
  quietMs: number;
  /** Also press Start and count the requests that follows. */
  pressStart: boolean;
}

export interface FirstLoadRun {
  requests: ServedRequest[];
  fcpMs: number | null;
  initializeMs: number | null;
  /** Requests after pressing Start (pressStart only). */
  onStart: ServedRequest[] | null;
  /** Page errors and failed requests: a run with any is suspect. */
  problems: string[];
}

export async function firstLoad(
  browser: Browser,
  server: PackageServer,
  launchPath: string,
  options: FirstLoadOptions,
): Promise<FirstLoadRun> {
  const { context, page } = await freshPage(browser, options.throttled);
  const timeoutMs = options.throttled ? 90_000 : 30_000;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  try {
    const network = watchNetwork(page);
    server.startCounting();
    await page.goto(server.lmsUrl(launchPath), { waitUntil: 'load', timeout: timeoutMs });
    await network.idle(options.quietMs, timeoutMs);
    const requests = server.counted();
    const sco = scoFrame(page);
    const timing = await sco.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const initializeAt = await page.evaluate(
      () => (window as unknown as { __benchLms: LmsLog }).__benchLms.firstInitializeAt,
    );
    let onStart: ServedRequest[] | null = null;
    if (options.pressStart) {
      server.startCounting();
      await sco.getByRole('button', { name: 'Start', exact: true }).click({ timeout: timeoutMs });
      await sco.locator('.page-count').waitFor({ timeout: timeoutMs });
      await network.idle(options.quietMs, timeoutMs);
      onStart = server.counted();
    }
    for (const r of [...requests, ...(onStart ?? [])])
      if (r.status >= 400) problems.push(`HTTP ${r.status}: ${r.path}`);
    return {
      requests,
      fcpMs: tenths(timing.fcp),
      initializeMs: initializeAt === null ? null : tenths(initializeAt - timing.timeOrigin),
      onStart,
      problems,
    };
  } finally {
    await context.close();
  }
}

const tenths = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);

export function scoFrame(page: Page): Frame {
  const frame = page.frame({ name: SCO_FRAME_NAME });
  if (!frame) throw new Error('the LMS page has no SCO frame');
  return frame;
}
