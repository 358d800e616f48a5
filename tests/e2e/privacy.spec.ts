/**
 * Reflections are private: what a learner writes stays in their browser and never reaches the LMS, where
 * managers can read reports. Learner text is shown as text, never as HTML.
 */
import { expect, test } from '@playwright/test';
import { acceptContentNote, closeSco, start } from './support/learner.ts';
import { apiCalls, openPreview, readCmi, scoFrame } from './support/lms.ts';

test('a reflection is kept on the device, never sent to the LMS, and can be deleted', async ({ page }) => {
  const secret = 'PRIVATE-NOTE <img src=x onerror=alert(1)> about a family';
  let sco = await openPreview(page, 'imh-00-introduction-scorm12');
  await start(sco);
  const reflection = sco.locator('imh-reflection textarea').first();
  while (!(await reflection.isVisible())) {
    await acceptContentNote(sco);
    await sco.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await reflection.fill(secret);
  await expect(sco.locator('imh-reflection img')).toHaveCount(0);
  await sco.getByRole('button', { name: 'Next', exact: true }).click();
  await closeSco(page);

  expect(JSON.stringify(await readCmi(page))).not.toContain('PRIVATE-NOTE');
  expect(JSON.stringify(await apiCalls(page))).not.toContain('PRIVATE-NOTE');

  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  sco = await scoFrame(page);
  await sco.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(sco.locator('imh-reflection textarea').first()).toHaveValue(secret);
  await sco.getByRole('button', { name: 'Delete what I wrote' }).first().click();
  await expect(sco.locator('imh-reflection textarea').first()).toHaveValue('');
});
