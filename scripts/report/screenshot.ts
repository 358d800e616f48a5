/**
 * npm run report:screenshot — the README's pictures of the cohort report: builds the report from the exports in
 * tests/fixtures/lms-exports/ with the current modules/, opens it in headless Chromium (no network: the page
 * must be self-contained, and any request it tries fails this script), saves docs/images/report-*.png and checks
 * the page with axe (any problem fails the script). It also checks the layout: at 1280 and at 375 px wide the page
 * never scrolls sideways, and chart labels are drawn at 12 px or more.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchChromium } from '../bench/browser.ts';
import { loadCourseIndex } from './course/course-index.ts';
import { buildCohortReport, writeCohortReport } from './run-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const exportsDir = path.join(root, 'tests/fixtures/lms-exports');
const outDir = path.join(root, 'dist/cohort-report-fixtures');
const imagesDir = path.join(root, 'docs/images');

async function main(): Promise<void> {
  const files = ['moodle-4.5', 'preview'].flatMap((dir) =>
    readdirSync(path.join(exportsDir, dir))
      .sort()
      .map((name) => path.join(exportsDir, dir, name)),
  );
  const course = loadCourseIndex(path.join(root, 'modules'));
  const report = await buildCohortReport(files, course);
  const { htmlFile } = await writeCohortReport(report, outDir);
  // The end-to-end tests' Chromium and flags (system /usr/bin/chromium where there is one).
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(htmlFile).href);
    const firstModule = report.modules[0]?.slug;
    if (!firstModule) throw new Error('the fixture exports produced no module');
    // The module's profile, its item table, and the first question the report flags (with its options).
    // Each shot's selectors are tried in order: the first that finds something is shown.
    const shots: { file: string; selectors: string[] }[] = [
      { file: 'report-headline.png', selectors: ['#headline-heading'] },
      { file: 'report-profile.png', selectors: [`[id="module-${firstModule}-heading"]`] },
      { file: 'report-items.png', selectors: [`[id="module-${firstModule}-items"]`] },
      // A flagged question of today's version, else the first answered one.
      { file: 'report-item-detail.png', selectors: ['.item:not(.changed):has(.flag-advice)', '.item'] },
      // Answers to an earlier version of a question, apart, with the recorded key.
      { file: 'report-changed-item.png', selectors: ['.item.changed'] },
    ];
    await checkLayout(page, 1280);
    for (const shot of shots) {
      const found = await page.evaluate((selectors) => {
        const target = selectors.map((s) => document.querySelector(s)).find((t) => t !== null);
        const closed = target?.closest('details');
        if (closed) closed.open = true;
        target?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -16);
        return target !== undefined;
      }, shot.selectors);
      if (!found) throw new Error(`the report has nothing at ${shot.selectors.join(' or ')}`);
      await page.screenshot({ path: path.join(imagesDir, shot.file) });
      console.log(`Wrote ${path.relative(root, path.join(imagesDir, shot.file))}`);
    }
    // A phone: the whole page reflows to 375 px; wide tables and charts scroll in their own boxes.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    await page.setViewportSize({ width: 375, height: 812 });
    await checkLayout(page, 375);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(imagesDir, 'report-phone.png') });
    console.log(`Wrote ${path.relative(root, path.join(imagesDir, 'report-phone.png'))}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    if (requests.length > 0) throw new Error(`the report made network requests: ${requests.join(', ')}`);
    // The same page checked with axe, as the end-to-end tests check the course's screens.
    const { violations } = await new AxeBuilder({ page }).analyze();
    if (violations.length > 0)
      throw new Error(
        `axe found accessibility problems in the report:\n${violations
          .map((v) => `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s)`)
          .join('\n')}`,
      );
    console.log('axe: no accessibility problems found');
  } finally {
    await browser.close();
  }
}

/** No sideways page scroll at this width, and every chart label at least 12 px high as drawn. */
async function checkLayout(page: Page, width: number): Promise<void> {
  const layout = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('svg.chart text')].map(
      (t) => (t as SVGGraphicsElement).getBoundingClientRect().height,
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      height: document.documentElement.scrollHeight,
      smallestLabel: Math.min(...labels),
    };
  });
  console.log(
    `At ${width} px: page ${layout.scrollWidth} px wide, ${layout.height} px tall; smallest chart label ${layout.smallestLabel.toFixed(1)} px`,
  );
  if (layout.scrollWidth > layout.clientWidth)
    throw new Error(`at ${width} px the page scrolls sideways: ${layout.scrollWidth} px wide`);
  if (layout.smallestLabel < 12)
    throw new Error(
      `at ${width} px a chart label is ${layout.smallestLabel.toFixed(1)} px high (at least 12)`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
