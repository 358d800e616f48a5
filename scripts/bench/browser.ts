/**
 * Headless Chromium for the bench, launched as every tool here launches it (scripts/chromium.ts); a fresh context per run; Fast 3G
 * through the DevTools protocol.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.ts';

/** Chrome DevTools' "Fast 3G" preset, as the budgets assume it. */
export const FAST_3G = {
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
} as const;

export const VIEWPORT = { width: 1280, height: 800 } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ headless: true, ...chromiumLaunchOptions });
}

/** A fresh context (cold cache, empty storage) with one page; Fast 3G when `throttled`. */
export async function freshPage(
  browser: Browser,
  throttled: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttled) {
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: FAST_3G.latencyMs,
      downloadThroughput: FAST_3G.downloadBitsPerSecond / 8,
      uploadThroughput: FAST_3G.uploadBitsPerSecond / 8,
    });
  }
  return { context, page };
}

/**
 * Watches the page's requests (its frames' too) from now on. `idle()` resolves once none has been in flight for
 * `quietMs`; it throws after `timeoutMs`, since a page that never settles has no first-load size.
 */
export function watchNetwork(page: Page) {
  let inFlight = 0;
  let lastActivity = performance.now();
  const started = () => {
    inFlight++;
    lastActivity = performance.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async idle(quietMs: number, timeoutMs: number): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastActivity < quietMs) {
        if (performance.now() > deadline)
          throw new Error(`the network did not go quiet within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
