/**
 * npm run screenshots — pictures of the course for the README, written to docs/images/: a module at 1280 px and
 * at 320 px (its cover and one content page) and one picture of each page block type. Builds nothing: it serves
 * what `npm run build` left in dist/packages through the preview LMS, on a free port, and stops it afterwards.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromiumLaunchOptions } from './chromium.ts';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { bundleLmsPage } from './preview/build-steps.ts';
import { publishPackages } from './preview/publish-packages.ts';
import { createPreviewServer, listen, previewPaths } from './preview/server.ts';
import { LiveReload } from './preview/live-reload.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.join(projectRoot, 'docs/images');
const SCO_FRAME = 'iframe.sco-frame';

/** The module whose pages the course pictures show, and the modules searched (in order) for each block type. */
const SHOWCASE_PACKAGE = 'imh-00-introduction-scorm2004';
const BLOCK_SEARCH = [
  'imh-01-ghosts-in-the-nursery-scorm2004',
  'imh-00-introduction-scorm2004',
  'imh-02-mentalization-scorm2004',
  'imh-03-aces-and-stress-scorm2004',
  'imh-04-income-effects-scorm2004',
];

/** Each block type, the selector of its rendered element in a page, and the picture's name. */
const BLOCKS = [
  { file: 'block-key-point.png', selector: '.block.key-point' },
  { file: 'block-in-practice.png', selector: '.block.in-practice' },
  { file: 'block-details-open.png', selector: 'details.block.details' },
  { file: 'block-compare.png', selector: '.block.compare' },
  { file: 'block-voice.png', selector: '.block.voice' },
  { file: 'block-vignette-note.png', selector: '.block.vignette.has-note' },
  { file: 'block-tabs.png', selector: 'imh-tabs.block' },
  { file: 'block-reveal.png', selector: 'imh-reveal.block' },
  { file: 'block-steps.png', selector: 'imh-steps.block' },
  { file: 'activity-sort.png', selector: 'imh-sort' },
  { file: 'activity-scenario.png', selector: 'imh-scenario' },
] as const;

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ headless: true, ...chromiumLaunchOptions });
}

async function openModule(page: Page, baseUrl: string, packageName: string): Promise<FrameLocator> {
  await page.goto(`${baseUrl}/?package=${packageName}`);
  await page.locator(SCO_FRAME).waitFor({ state: 'attached' });
  const sco = page.frameLocator(SCO_FRAME);
  await sco.getByRole('button', { name: 'Start', exact: true }).waitFor();
  return sco;
}

/** Goes to the next page; false on the last page (where the knowledge check starts instead). */
async function nextPage(sco: FrameLocator): Promise<boolean> {
  const proceed = sco.getByRole('button', { name: 'Continue to this page' });
  if (await proceed.isVisible()) await proceed.click();
  const next = sco.getByRole('button', { name: 'Next', exact: true });
  if (!(await next.isVisible())) return false;
  const counter = await sco.locator('.page-count').textContent();
  await next.click();
  await sco
    .locator('.page-count')
    .filter({ hasNotText: counter ?? '' })
    .waitFor();
  return true;
}

/** At 1280 px the whole LMS page with the course in its frame; at 320 px the course frame alone, as a phone shows it. */
async function shoot(page: Page, width: number, file: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const target = width < 600 ? page.locator(SCO_FRAME) : page;
  await target.screenshot({ path: path.join(outDir, file) });
}

async function coursePictures(browser: Browser, baseUrl: string): Promise<string[]> {
  const written: string[] = [];
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: width === 320 ? 700 : 800 } });
    const page = await context.newPage();
    const sco = await openModule(page, baseUrl, SHOWCASE_PACKAGE);
    const cover = `course-cover-${width}.png`;
    await shoot(page, width, cover);
    await sco.getByRole('button', { name: 'Start', exact: true }).click();
    await sco.locator('.page-count').waitFor();
    // The first content page with a block on it shows what a page looks like better than plain prose.
    for (let turns = 0; turns < 12 && (await sco.locator('.block').count()) === 0; turns++) {
      if (!(await nextPage(sco))) break;
    }
    await sco.locator('body').evaluate(() => window.scrollTo(0, 0));
    const content = `course-page-${width}.png`;
    await shoot(page, width, content);
    written.push(cover, content);
    await context.close();
  }
  return written;
}

async function blockPictures(browser: Browser, baseUrl: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const missing = new Map(BLOCKS.map((block) => [block.selector, block.file]));
  const written: string[] = [];
  for (const packageName of BLOCK_SEARCH) {
    if (missing.size === 0) break;
    const sco = await openModule(page, baseUrl, packageName);
    await sco.getByRole('button', { name: 'Start', exact: true }).click();
    await sco.locator('.page-count').waitFor();
    do {
      for (const [selector, file] of [...missing]) {
        const block = sco.locator(selector).first();
        if ((await block.count()) === 0) continue;
        if (selector.startsWith('details'))
          await block.evaluate((el) => ((el as HTMLDetailsElement).open = true));
        await block.scrollIntoViewIfNeeded();
        await block.screenshot({ path: path.join(outDir, file) });
        missing.delete(selector);
        written.push(file);
      }
    } while (missing.size > 0 && (await nextPage(sco)));
    console.log(`screenshots: ${packageName} read to ${await sco.locator('.page-count').textContent()}`);
  }
  await context.close();
  if (missing.size) console.warn(`screenshots: no page uses ${[...missing.values()].join(', ')}`);
  return written;
}

async function main(): Promise<void> {
  const paths = previewPaths(projectRoot);
  await bundleLmsPage(paths.pageSource, paths.pageDir);
  const index = await publishPackages(paths.zipDir, paths.packagesDir);
  if (!index.packages.some((pkg) => pkg.name === SHOWCASE_PACKAGE))
    throw new Error(`dist/packages has no ${SHOWCASE_PACKAGE}; run npm run build first`);
  const liveReload = new LiveReload();
  const server = createPreviewServer({
    pageDir: paths.pageDir,
    packagesDir: paths.packagesDir,
    index: () => index,
    liveReload,
  });
  const baseUrl = (await listen(server, '127.0.0.1', 0)).replace(/\/$/, '');
  await mkdir(outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    const written = [...(await coursePictures(browser, baseUrl)), ...(await blockPictures(browser, baseUrl))];
    console.log(`screenshots: wrote ${written.map((file) => `docs/images/${file}`).join(', ')}`);
  } finally {
    await browser.close();
    liveReload.close();
    server.closeAllConnections();
    server.close();
  }
}

await main();
