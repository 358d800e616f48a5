/**
 * The preview LMS itself, run with fake SCOs (support/fake-packages.ts) so that it is tested apart from the course:
 * launch data and resume, fault injection, and SCORM 2004 sequencing with rollup.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  apiCalls,
  FAKE_PREVIEW_URL,
  openPreview,
  readCmi,
  relaunch,
  scoFrame,
  waitForCall,
} from './support/lms.ts';

test.use({ baseURL: FAKE_PREVIEW_URL });

const click = (sco: FrameLocator, name: string) => sco.getByRole('button', { name, exact: true }).click();
const scoCalls = async (page: Page) =>
  (await apiCalls(page))
    .filter((call) => !/GetLastError|GetErrorString|GetDiagnostic/.test(call.method))
    .map((call) => `${call.method} ${call.result} ${call.errorCode}`);

test('SCORM 1.2: a suspended SCO resumes where it was; a finished one relaunches with entry ""', async ({
  page,
}) => {
  let sco = await openPreview(page, 'fake-sco-scorm12');
  await expect(sco.locator('#entry')).toHaveText('ab-initio');
  await click(sco, 'Complete');
  await click(sco, 'Suspend');
  sco = await relaunch(page);
  await expect(sco.locator('#entry')).toHaveText('resume');
  await expect(sco.locator('#location')).toHaveText('page-3');
  expect(await readCmi(page)).toMatchObject({
    suspend_data: 'state:3',
    core: { lesson_status: 'passed', entry: 'resume', student_name: 'Learner, Preview' },
    student_data: { mastery_score: '80' },
  });
  await click(sco, 'Finish');
  sco = await relaunch(page);
  await expect(sco.locator('#entry')).toHaveText('');
  await expect(page.getByRole('navigation', { name: 'Contents' })).toContainText('passed');
});

test('fault=setvalue-false fails SetValue with 101 for faultCount calls, then recovers', async ({ page }) => {
  const sco = await openPreview(page, 'fake-sco-scorm12', { fault: 'setvalue-false', faultCount: 2 });
  await click(sco, 'Complete');
  await click(sco, 'Suspend');
  await expect
    .poll(async () => (await scoCalls(page)).filter((call) => call.startsWith('LMSSetValue')))
    .toEqual([
      'LMSSetValue false 101',
      'LMSSetValue false 101',
      'LMSSetValue true 0',
      'LMSSetValue true 0',
      'LMSSetValue true 0',
    ]);
  expect(await readCmi(page)).toMatchObject({
    core: { lesson_status: 'not attempted', lesson_location: 'page-3' },
  });
});

test('fault=commit-false fails Commit with 101 (1.2) once; nothing is stored until a Commit succeeds', async ({
  page,
}) => {
  const sco = await openPreview(page, 'fake-sco-scorm12', { fault: 'commit-false' });
  await click(sco, 'Commit');
  await click(sco, 'Commit');
  await expect
    .poll(() => scoCalls(page))
    .toEqual(expect.arrayContaining(['LMSCommit false 101', 'LMSCommit true 0']));
});

test('fault=vanish removes the API after the first Commit and restores it after restoreAfter ms', async ({
  page,
}) => {
  const sco = await openPreview(page, 'fake-sco-scorm12', { fault: 'vanish', restoreAfter: 300 });
  await click(sco, 'Commit');
  expect(await page.evaluate(() => 'API' in window)).toBe(false);
  await expect(sco.locator('#log')).toContainText('LMSCommit() = true');
  await expect.poll(() => page.evaluate(() => 'API' in window)).toBe(true);
  await click(sco, 'Commit');
  await expect(sco.locator('#log li')).toHaveCount(5);
});

test('fault=no-api gives the SCO no API, so it runs standalone', async ({ page }) => {
  const sco = await openPreview(page, 'fake-sco-scorm12', { fault: 'no-api' });
  await expect(sco.locator('#version')).toHaveText('standalone');
  expect(await apiCalls(page)).toEqual([]);
});

test('SCORM 2004 course: flow from SCO to SCO, LMS navigation, rollup, and resume after suspend', async ({
  page,
}) => {
  let sco = await openPreview(page, 'fake-course-scorm2004');
  await waitForCall(page, 'Initialize');
  expect(await page.evaluate(() => window.previewLms?.scoId)).toBe('item-a');
  expect(await readCmi(page)).toMatchObject({ scaled_passing_score: '0.8', entry: 'ab-initio' });
  await click(sco, 'Complete');
  await click(sco, 'Continue');
  await expect.poll(() => page.evaluate(() => window.previewLms?.scoId)).toBe('item-b');
  sco = await scoFrame(page);
  await expect(sco.locator('#version')).toHaveText('2004');

  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.previewLms?.scoId)).toBe('item-a');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.previewLms?.scoId)).toBe('item-b');

  sco = await scoFrame(page);
  await click(sco, 'Complete');
  await click(sco, 'Suspend');
  sco = await relaunch(page);
  await expect(sco.locator('#entry')).toHaveText('resume');
  expect(await page.evaluate(() => window.previewLms?.scoId)).toBe('item-b');

  // Lesson A's second attempt (after Previous) was left incomplete: complete it through the table of contents.
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('button', { name: 'Fake lesson A' })
    .click();
  await expect.poll(() => page.evaluate(() => window.previewLms?.scoId)).toBe('item-a');
  sco = await scoFrame(page);
  await click(sco, 'Complete');
  await click(sco, 'Finish');
  const panel = page.getByRole('complementary', { name: 'LMS data' });
  await expect(panel.locator('dd[data-field="course completion_status"]')).toHaveText('completed');
  await expect(panel.locator('dd[data-field="course success_status"]')).toHaveText('passed');
});

test('Export CMI JSON downloads what the LMS holds; Reset learner starts the package afresh', async ({
  page,
}) => {
  const sco = await openPreview(page, 'fake-sco-scorm12');
  await click(sco, 'Suspend');
  await click(sco, 'Commit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CMI JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { package: string; stored: { scos: object } };
  expect(exported).toMatchObject({
    package: 'fake-sco-scorm12',
    stored: { scos: { 'item-a': { attempt: 1 } } },
  });

  await page.getByRole('button', { name: 'Reset learner' }).click();
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect((await scoFrame(page)).locator('#entry')).toHaveText('ab-initio');
});
