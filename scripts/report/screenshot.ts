/**
 * npm run report:screenshot — the README's pictures of the cohort report: builds the report from the exports in
 * tests/fixtures/lms-exports/ with the current modules/, opens it in headless Chromium (no network: the page
 * must be self-contained, and any request it tries fails this script), saves docs/images/report-*.png and checks
 * the page with axe (any problem fails the script).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
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
    const shots: { file: string; selector: string }[] = [
      { file: 'report-profile.png', selector: `[id="module-${firstModule}-heading"]` },
      { file: 'report-items.png', selector: `[id="module-${firstModule}-items"]` },
      {
        file: 'report-item-detail.png',
        selector: `[id="module-${firstModule}-items"] ~ section .item:has(.flag-advice)`,
      },
    ];
    for (const shot of shots) {
      const found = await page.evaluate((selector) => {
        const target = document.querySelector(selector);
        target?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -16);
        return target !== null;
      }, shot.selector);
      if (!found) throw new Error(`the report has nothing at ${shot.selector}`);
      await page.screenshot({ path: path.join(imagesDir, shot.file) });
      console.log(`Wrote ${path.relative(root, path.join(imagesDir, shot.file))}`);
    }
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
