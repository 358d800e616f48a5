import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openPreview, SCO_FRAME, waitForCall } from './support/lms.ts';

test('the preview LMS lists every package, runs a SCO with an API, and has no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  const packages = page.getByRole('table');
  for (const name of ['imh-00-introduction-scorm12', 'imh-course-scorm12', 'imh-course-scorm2004']) {
    await expect(packages.getByRole('link', { name, exact: true })).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await openPreview(page, 'imh-00-introduction-scorm12');
  const initialize = await waitForCall(page, 'LMSInitialize');
  expect(initialize).toMatchObject({ result: 'true', errorCode: 0 });
  const panel = page.getByRole('complementary', { name: 'LMS data' });
  await expect(panel.locator('dd[data-field="lesson_status"]')).not.toHaveText('');

  // The LMS page itself: the SCO inside the frame is the course's to check.
  const results = await new AxeBuilder({ page }).exclude(SCO_FRAME).analyze();
  expect(results.violations).toEqual([]);
});
