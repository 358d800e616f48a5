/**
 * Playwright helpers for running built SCORM packages in the preview LMS (scripts/preview.ts, preview/).
 *
 * The LMS page exposes `window.previewLms` (preview/test-hooks.ts, type PreviewLmsHooks):
 *   version: '1.2' | '2004' | null        the open package's SCORM version (null on the package list)
 *   packageName: string | null            e.g. 'imh-00-introduction-scorm12'
 *   scoId: string | null                  item identifier of the SCO launched last
 *   cmi(): object | null                  the CMI data the API holds now, plain JSON without the 'cmi.' root:
 *                                          1.2 → { core: { lesson_status, score: { raw } }, suspend_data, … }
 *                                          2004 → { completion_status, success_status, score: { scaled }, … }
 *   calls: { method, args, result, errorCode }[]
 *                                          every API call since the page opened, oldest first; result is the
 *                                          string the SCO got, or null when the call threw (fault=throw)
 *   lastError: number                     what GetLastError would return now
 *   reset(): void                         clears the package's stored learner data and the call log
 *
 * Fault injection, in the page URL (openPreview's options): fault=setvalue-false | commit-false | throw | vanish |
 * no-api, faultCount=N (default 1), restoreAfter=ms (vanish only). See preview/faults.ts for what each does.
 *
 * Learner data lives in the page's localStorage ('imh-preview:<package name>'); Playwright gives each test a new
 * browser context, so every test starts as a new learner, and relaunch() within a test resumes.
 */
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import type { ApiCall } from '../../../preview/api-session.ts';
import type { FaultKind } from '../../../preview/faults.ts';
import type { CmiJson } from '../../../preview/learner-store.ts';
// Brings in the `window.previewLms` declaration.
import type { PreviewLmsHooks } from '../../../preview/test-hooks.ts';

export type { ApiCall, CmiJson, FaultKind, PreviewLmsHooks };

/**
 * The ports of this run's preview servers: free ports the Playwright config picks once and hands to its workers
 * through the environment, so two checkouts on one machine never test against each other's server.
 */
export const PREVIEW_TEST_PORT = Number(process.env.IMH_E2E_PORT ?? 4174);

/** A second preview server, over the fake packages (fake-packages.ts), for tests of the LMS page itself. */
export const FAKE_PREVIEW_PORT = Number(process.env.IMH_E2E_FAKE_PORT ?? 4175);
export const FAKE_PREVIEW_URL = `http://127.0.0.1:${FAKE_PREVIEW_PORT}`;
const FAKE_ZIP_DIR = 'dist/e2e-fake-packages';

export const SCO_FRAME = 'iframe.sco-frame';

export interface OpenPreviewOptions {
  fault?: FaultKind;
  faultCount?: number;
  restoreAfter?: number;
  /** how the LMS launches the SCO: as Moodle reopens a finished attempt in review mode */
  mode?: 'review' | 'browse' | 'no-credit';
  /** the SCO frame's size, as an LMS sets it, e.g. '1240x500' (Moodle's default player height) */
  frame?: `${number}x${number}`;
}

export function previewUrl(packageName: string, options: OpenPreviewOptions = {}): string {
  const query = new URLSearchParams({ package: packageName });
  if (options.fault) query.set('fault', options.fault);
  if (options.faultCount !== undefined) query.set('faultCount', String(options.faultCount));
  if (options.restoreAfter !== undefined) query.set('restoreAfter', String(options.restoreAfter));
  if (options.mode) query.set('mode', options.mode);
  if (options.frame) query.set('frame', options.frame);
  return `/?${query}`;
}

/** Opens a package in the LMS page, which launches it; returns the SCO's frame once it is there. */
export async function openPreview(
  page: Page,
  packageName: string,
  options: OpenPreviewOptions = {},
): Promise<FrameLocator> {
  await page.goto(previewUrl(packageName, options));
  return scoFrame(page);
}

/** The running SCO's frame, after waiting for the LMS page to show one. */
export async function scoFrame(page: Page): Promise<FrameLocator> {
  await expect(page.locator(SCO_FRAME)).toBeAttached();
  return page.frameLocator(SCO_FRAME);
}

export function readCmi(page: Page): Promise<CmiJson | null> {
  return page.evaluate(() => window.previewLms?.cmi() ?? null);
}

export function apiCalls(page: Page): Promise<ApiCall[]> {
  return page.evaluate(() => window.previewLms?.calls ?? []);
}

export function lastError(page: Page): Promise<number> {
  return page.evaluate(() => window.previewLms?.lastError ?? 0);
}

/** Waits until the SCO has called `method` (e.g. 'LMSInitialize', 'Commit') and returns that call. */
export async function waitForCall(page: Page, method: string): Promise<ApiCall> {
  await expect.poll(async () => (await apiCalls(page)).some((call) => call.method === method)).toBe(true);
  return (await apiCalls(page)).find((call) => call.method === method)!;
}

/**
 * Closes the SCO as a learner closing its window does (the LMS's Close button: the frame navigates away, so the
 * SCO's pagehide handlers run, then it is removed), then launches the package again with the stored data.
 */
export async function relaunch(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator(SCO_FRAME)).toHaveCount(0);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  return scoFrame(page);
}

function webServer(command: string, port: number) {
  return {
    command,
    url: `http://127.0.0.1:${port}/api/packages`,
    env: { PORT: String(port) },
    // A server already on this port belongs to someone else: this run always starts its own.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  };
}

/** Playwright's webServer entry: the preview LMS over the already built zips, no rebuild, no watching. */
export function servePackages(port: number = PREVIEW_TEST_PORT) {
  return webServer('npx tsx scripts/preview.ts --no-build --no-watch', port);
}

/** Playwright's webServer entry for the fake packages: writes their zips, then serves them. */
export function serveFakePackages(port: number = FAKE_PREVIEW_PORT) {
  return webServer(
    `npx tsx tests/e2e/support/fake-packages.ts ${FAKE_ZIP_DIR} && npx tsx scripts/preview.ts --packages=${FAKE_ZIP_DIR}`,
    port,
  );
}

/** The SCO's frame as a Frame (for evaluate), once the launch page has loaded into it. */
export async function scoDocument(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/index.html'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/index.html'))!;
}
