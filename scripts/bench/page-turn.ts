/**
 * How long a page turn takes on a slow phone: Chromium's CPU slowed 4× (DevTools' "4× slowdown"), the time from
 * a Next click to the new page painted (the first animation frame after the new page count shows, and the task
 * after it, which runs once that frame is painted). The median of several turns of one module.
 */
import type { Browser } from 'playwright-core';
import { freshPage } from './browser.ts';
import { scoFrame } from './first-load.ts';
import type { PackageServer } from './package-server.ts';
import { servedLaunchPath, type BenchPackage } from './packages.ts';
import { medianOfMeasured } from './stats.ts';

export const CPU_SLOWDOWN = 4;
export const PAGE_TURNS = 7;

export interface PageTurnFigures {
  cpuSlowdown: number;
  turnsMs: (number | null)[];
  /** Median of the turns measured; null when none was. */
  medianMs: number | null;
  /** The slowest turn, the first ones included (a cold first turn is what a learner meets); null when none was. */
  slowestMs: number | null;
}

// In the SCO's frame: clicks Next and resolves with the ms until the new page is painted, or null when there is
// no Next button or the page count never changes. Plain JavaScript in a string, so nothing the TypeScript runner
// adds (its __name helper) leaks into the page.
const clickNextAndTime = `new Promise(function (resolve) {
  var next = Array.prototype.find.call(document.querySelectorAll('button'), function (b) {
    return (b.textContent || '').trim() === 'Next';
  });
  function count() {
    var el = document.querySelector('.page-count');
    return el ? el.textContent : '';
  }
  if (!next) return resolve(null);
  var before = count();
  var started = performance.now();
  function watch() {
    var now = count();
    // This frame's callbacks run before it is painted; a task queued now runs after the paint.
    if (now !== before && now !== '') return setTimeout(function () { resolve(performance.now() - started); }, 0);
    if (performance.now() - started > 10000) return resolve(null);
    requestAnimationFrame(watch);
  }
  next.click();
  requestAnimationFrame(watch);
})`;

export async function measurePageTurns(
  browser: Browser,
  server: PackageServer,
  pkg: BenchPackage,
  turns = PAGE_TURNS,
): Promise<PageTurnFigures> {
  const { context, page } = await freshPage(browser, false);
  page.setDefaultTimeout(30_000);
  try {
    await page.goto(server.lmsUrl(servedLaunchPath(pkg)), { waitUntil: 'load' });
    const sco = scoFrame(page);
    await sco.getByRole('button', { name: 'Start', exact: true }).click();
    await sco.locator('.page-count').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const turnsMs: (number | null)[] = [];
    for (let i = 0; i < turns; i++) {
      const note = sco.getByRole('button', { name: 'Continue to this page', exact: true });
      if (await note.isVisible()) await note.click();
      const ms = (await sco.evaluate(clickNextAndTime)) as number | null;
      if (ms === null) break;
      turnsMs.push(Math.round(ms * 10) / 10);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const measured = turnsMs.filter((ms): ms is number => ms !== null);
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      turnsMs,
      medianMs: medianOfMeasured(turnsMs),
      slowestMs: measured.length > 0 ? Math.max(...measured) : null,
    };
  } finally {
    await context.close();
  }
}
