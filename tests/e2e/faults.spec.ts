/**
 * A malfunctioning LMS never loses a learner's progress silently: the learner is told, the state is kept in
 * the browser, and it reaches the LMS once the LMS works again.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { ScormVersion } from '../../src/scorm/lms-adapter.ts';
import { acceptContentNote, start } from './support/learner.ts';
import { openPreview, readCmi, relaunch, scoDocument, type OpenPreviewOptions } from './support/lms.ts';

type Json = Record<string, unknown>;
const notice = (sco: FrameLocator) => sco.locator('.save-notice');

/** Every text the save notice shows from now on, so short-lived messages are not missed. */
async function recordNotices(page: Page): Promise<() => Promise<string[]>> {
  const frame = await scoDocument(page);
  await expect.poll(() => frame.evaluate(() => Boolean(document.querySelector('.save-notice')))).toBe(true);
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenNotices: string[] }).seenNotices = seen;
    const read = () => {
      const text = document.querySelector('.save-notice')?.textContent?.trim() ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    read();
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => frame.evaluate(() => (window as unknown as { seenNotices: string[] }).seenNotices);
}

/** Reads three pages; returns the id-bearing title of the page the learner is on. */
async function readThreePages(sco: FrameLocator): Promise<string> {
  await start(sco);
  for (let i = 0; i < 2; i++) {
    await acceptContentNote(sco);
    await sco.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await acceptContentNote(sco);
  await expect(sco.getByText('Page 3 of')).toBeVisible();
  return (await sco.locator('#screen-heading').textContent())!;
}

async function expectLmsHoldsPage3(page: Page, version: ScormVersion): Promise<void> {
  await expect
    .poll(
      async () => {
        const cmi = (await readCmi(page)) as Json;
        // The resume state says page 3 (index 2), and the location names a page, in each version's element.
        const location = version === '1.2' ? (cmi.core as Json | undefined)?.lesson_location : cmi.location;
        const suspend = cmi.suspend_data;
        return (
          typeof suspend === 'string' &&
          suspend.split('~')[2] === '2' &&
          typeof location === 'string' &&
          location !== ''
        );
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

const cases: { name: string; options: OpenPreviewOptions }[] = [
  // Enough refusals to outlast registering the objectives at launch (4 × 9 values in module 00), so saves fail too.
  { name: 'SetValue returns false', options: { fault: 'setvalue-false', faultCount: 100 } },
  { name: 'Commit returns false', options: { fault: 'commit-false', faultCount: 2 } },
  { name: 'the API throws', options: { fault: 'throw', faultCount: 3 } },
  // Long enough that the next page turn meets the missing API even on a busy machine.
  { name: 'the API vanishes mid-session and comes back', options: { fault: 'vanish', restoreAfter: 8000 } },
];

for (const version of ['1.2', '2004'] as const) {
  const suffix = version === '1.2' ? 'scorm12' : 'scorm2004';
  for (const { name, options } of cases) {
    test(`SCORM ${version}: ${name}: the learner is told and nothing is lost`, async ({ page }) => {
      let sco = await openPreview(page, `imh-00-introduction-${suffix}`, options);
      const notices = await recordNotices(page);
      const title = await readThreePages(sco);
      // told when it went wrong (or that progress was only local while the LMS was unreachable), then that it recovered
      await expect
        .poll(async () => (await notices()).join('\n'), { timeout: 20_000 })
        .toMatch(/saved to the learning system again/);
      expect((await notices()).join('\n')).toMatch(
        /taking longer than usual|could not be saved|kept only in this browser/,
      );
      await expectLmsHoldsPage3(page, version);
      sco = await relaunch(page);
      await expect(sco.locator('#screen-heading')).toHaveText(title);
    });
  }

  test(`SCORM ${version}: the API vanishes for good: the learner is told, progress stays in the browser`, async ({
    page,
  }) => {
    const sco = await openPreview(page, `imh-00-introduction-${suffix}`, { fault: 'vanish' });
    await readThreePages(sco);
    await expect(notice(sco)).toContainText(/could not be saved to the learning system/, { timeout: 20_000 });
    const mirrored = await (
      await scoDocument(page)
    ).evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('imh-scorm:mirror:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(mirrored.join('')).toContain('1~p~2~');
  });
}

test('no LMS at all: the course runs standalone, says so calmly, and resumes from this browser', async ({
  page,
}) => {
  let sco = await openPreview(page, 'imh-00-introduction-scorm12', { fault: 'no-api' });
  await expect(notice(sco)).toContainText('kept only in this browser on this device');
  const title = await readThreePages(sco);
  sco = await relaunch(page);
  await expect(sco.locator('#screen-heading')).toHaveText(title);
});
