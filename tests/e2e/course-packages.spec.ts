/**
 * The whole-course packages with the real player: SCORM 2004 sequencing flows from one module to the next
 * and rolls completion up only when every module is complete; SCORM 1.2 offers every module as its own SCO.
 */
import { expect, test } from '@playwright/test';
import { closeSco, completeModule } from './support/learner.ts';
import { openPreview, readCmi, scoFrame } from './support/lms.ts';

const scoId = (page: import('@playwright/test').Page) => page.evaluate(() => window.previewLms?.scoId);

test('SCORM 2004 course: finishing the introduction flows on to Ghosts in the nursery; the course is not yet complete', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sco = await openPreview(page, 'imh-course-scorm2004');
  expect(await scoId(page)).toBe('item-00-introduction');
  await completeModule(sco, page);
  expect(await readCmi(page)).toMatchObject({ completion_status: 'completed', success_status: 'passed' });

  // The module's own summary offers the next module, through the LMS's sequencing.
  await sco.getByRole('button', { name: 'Continue to the next module' }).click();
  await expect.poll(() => scoId(page)).toBe('item-01-ghosts-in-the-nursery');
  const next = await scoFrame(page);
  await expect(next.getByRole('heading', { level: 1 })).toHaveText('Ghosts (and angels) in the nursery');

  const panel = page.getByRole('complementary', { name: 'LMS data' });
  await expect(panel.locator('dd[data-field="course completion_status"]')).not.toHaveText('completed');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const title of ['Introduction', 'Ghosts', 'Mentalization', 'ACEs', 'Income'])
    await expect(contents).toContainText(new RegExp(title, 'i'));
});

test('SCORM 1.2 course: any module can be opened from the contents, each with its own data', async ({
  page,
}) => {
  await openPreview(page, 'imh-course-scorm12');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('button', { name: /ACEs/ }).click();
  await expect.poll(() => scoId(page)).toBe('item-03-aces-and-stress');
  const sco = await scoFrame(page);
  await expect(sco.getByRole('heading', { level: 1 })).toHaveText(/ACEs/);
  await sco.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(sco.getByText(/^Page 1 of/)).toBeVisible();
  await closeSco(page);
  const cmi = (await readCmi(page)) as { core: { lesson_status: string; exit: string } };
  expect(cmi.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
});
