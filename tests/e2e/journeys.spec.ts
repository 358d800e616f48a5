/**
 * The learner's journey across sessions and attempts: fail, follow remediation, retry and pass; close
 * mid-module or mid-quiz and come back to the same place, answers and question order.
 */
import { expect, test } from '@playwright/test';
import {
  acceptContentNote,
  answerQuestion,
  closeSco,
  moduleContent,
  readAllPages,
  setChoice,
  start,
  takeQuiz,
} from './support/learner.ts';
import { openPreview, readCmi, relaunch } from './support/lms.ts';

type Json = Record<string, unknown>;

for (const version of ['12', '2004'] as const) {
  test(`SCORM ${version}: fail, follow remediation, retry and pass`, async ({ page }) => {
    const sco = await openPreview(page, `imh-02-mentalization-scorm${version}`);
    await start(sco);
    const content = await moduleContent(page);
    await readAllPages(sco);
    await takeQuiz(sco, content, 'wrong');
    await expect(sco.getByText(/Not passed yet/)).toBeVisible();
    await expect(sco.getByText('Working towards').first()).toBeVisible();

    const cmi = (await readCmi(page)) as Json;
    if (version === '12') expect((cmi.core as Json).lesson_status).toBe('failed');
    else expect([cmi.completion_status, cmi.success_status]).toEqual(['incomplete', 'failed']);

    const review = sco.getByRole('button', { name: /^Review: / }).first();
    const title = (await review.textContent())!.replace('Review:', '').trim();
    await review.click();
    await acceptContentNote(sco);
    await expect(sco.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(sco.locator('#screen-heading')).toBeFocused();

    await sco.getByRole('button', { name: 'Back to results' }).first().click();
    await sco.getByRole('button', { name: 'Retry' }).click();
    await expect(sco.getByRole('heading', { name: /Knowledge check, attempt 2/ })).toBeVisible();
    await takeQuiz(sco, content, 'correct');
    await expect(sco.getByText(/Passed\./)).toBeVisible();
    await expect(sco.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await sco.getByRole('button', { name: 'Finish module' }).click();
    await closeSco(page);

    const after = (await readCmi(page)) as Json;
    if (version === '12') expect((after.core as Json).lesson_status).toBe('passed');
    else expect([after.completion_status, after.success_status]).toEqual(['completed', 'passed']);
  });

  test(`SCORM ${version}: closing mid-module and relaunching lands on the same page`, async ({ page }) => {
    let sco = await openPreview(page, `imh-01-ghosts-in-the-nursery-scorm${version}`);
    await start(sco);
    for (let i = 0; i < 3; i++) {
      await acceptContentNote(sco);
      await sco.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await acceptContentNote(sco);
    const title = await sco.locator('#screen-heading').textContent();
    await expect(sco.getByText('Page 4 of')).toBeVisible();
    sco = await relaunch(page);
    await expect(sco.locator('#screen-heading')).toHaveText(title!);
    await expect(sco.locator('.lesson-menu-toggle')).toContainText(/\(4 of \d+ visited\)/);
    const cmi = (await readCmi(page)) as Json;
    expect(version === '12' ? (cmi.core as Json).entry : cmi.entry).toBe('resume');
  });

  test(`SCORM ${version}: closing mid-quiz restores the same answers, attempt and question order`, async ({
    page,
  }) => {
    let sco = await openPreview(page, `imh-04-income-effects-scorm${version}`);
    await start(sco);
    const content = await moduleContent(page);
    await readAllPages(sco);
    const answered = [
      await answerQuestion(sco, content, 'correct'),
      await answerQuestion(sco, content, 'wrong'),
      await answerQuestion(sco, content, 'correct'),
    ];
    const fourth = await sco.locator('.question legend .stem').textContent();
    // choose an answer on the fourth question without submitting it
    const firstOption = sco.locator('.question input').first();
    const hasInputs = (await firstOption.count()) > 0;
    if (hasInputs) await setChoice(firstOption, true);
    const optionOrder = await sco.locator('.question label, .ordering-text').allTextContents();

    sco = await relaunch(page);
    await expect(sco.getByRole('heading', { name: /^Knowledge check/ })).toBeVisible();
    await expect(sco.locator('.question legend .stem')).toHaveText(fourth!);
    await expect(sco.getByText(/^Question 4 of \d+$/)).toBeVisible();
    expect(await sco.locator('.question label, .ordering-text').allTextContents()).toEqual(optionOrder);
    if (hasInputs) await expect(sco.locator('.question input').first()).toBeChecked();

    // the rest of the attempt continues, and the results count the answers given before closing
    const rest = await takeQuiz(sco, content, 'correct');
    expect(answered.length + rest.length).toBe(
      content.questions.length >= 12 ? 12 : content.questions.length,
    );
    await expect(sco.getByText(/You scored/)).toBeVisible();
    await expect(sco.getByText(/\(11 of 12\)/)).toBeVisible();
  });
}
