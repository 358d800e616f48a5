/**
 * A learner working through a module in the SCO frame, by accessible names only (what a screen-reader or
 * keyboard user meets). Correct answers come from the module's own content.js, read in the frame.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { ModuleContent } from '../../../src/content/compiled.ts';
import { scoDocument } from './lms.ts';

export type Answering = 'correct' | 'wrong';

export async function moduleContent(page: Page): Promise<ModuleContent> {
  const frame = await scoDocument(page);
  await frame.waitForFunction(() => '__imhModuleContent' in self);
  return frame.evaluate(() => (self as unknown as { __imhModuleContent: ModuleContent }).__imhModuleContent);
}

export function screenHeading(sco: FrameLocator) {
  return sco.locator('#screen-heading');
}

export async function start(sco: FrameLocator): Promise<void> {
  await sco.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(sco.getByText(/^Page 1 of \d+$/)).toBeVisible();
}

/** Accepts a page's content note when it has one. */
export async function acceptContentNote(sco: FrameLocator): Promise<void> {
  const proceed = sco.getByRole('button', { name: 'Continue to this page' });
  if (await proceed.isVisible()) await proceed.click();
}

/** Reads the knowledge check's content note, when the module has one, and goes on to the questions. */
export async function acceptQuizNote(sco: FrameLocator): Promise<void> {
  await expect(
    sco.getByRole('heading', { name: /^(Before the knowledge check|Knowledge check)/ }).first(),
  ).toBeVisible();
  const proceed = sco.getByRole('button', { name: 'Continue to the questions' });
  if (await proceed.isVisible()) await proceed.click();
}

/** From the current page, reads every page to the end and opens the knowledge check. */
export async function readAllPages(sco: FrameLocator, onPage?: () => Promise<void>): Promise<number> {
  let pages = 0;
  for (;;) {
    await acceptContentNote(sco);
    pages++;
    await onPage?.();
    const startQuiz = sco.getByRole('button', { name: 'Start knowledge check' });
    if (await startQuiz.isVisible()) {
      await startQuiz.click();
      await acceptQuizNote(sco);
      await expect(sco.getByRole('heading', { name: /^Knowledge check/ })).toBeVisible();
      return pages;
    }
    const counter = await sco.locator('.page-count').textContent();
    await sco.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sco.locator('.page-count')).not.toHaveText(counter ?? '');
  }
}

/** Ticks or unticks an option as a learner does, by its label (the styled card a pointer lands on). */
export async function setChoice(input: Locator, checked: boolean): Promise<void> {
  if ((await input.isChecked()) === checked) return;
  const id = await input.getAttribute('id');
  const label = id
    ? input.page().locator('iframe.sco-frame').contentFrame().locator(`label[for="${id}"]`)
    : input;
  await label.click();
  await expect(input).toBeChecked({ checked });
}

/** The id of the question on screen, from its options (input names, or the ordering items' ids). */
async function currentQuestionId(sco: FrameLocator): Promise<string> {
  const input = sco.locator('.question input').first();
  if ((await input.count()) > 0) return (await input.getAttribute('name'))!;
  const item = await sco.locator('.ordering-text').first().getAttribute('id');
  return item!.replace(/-[0-9a-z]$/, '');
}

/** Answers the question on screen, submits it and moves on; returns the question id. */
export async function answerQuestion(
  sco: FrameLocator,
  content: ModuleContent,
  answering: Answering,
  { moveOn = true } = {},
): Promise<string> {
  const id = await currentQuestionId(sco);
  const question = content.questions.find((q) => q.id === id)!;
  if (question.type === 'ordering') {
    const wanted = question.options.map((o) => o.id);
    if (answering === 'wrong') wanted.reverse();
    for (let target = 0; target < wanted.length; target++) {
      const ids = await sco.locator('.ordering-text').evaluateAll((els) => els.map((e) => e.id.slice(-1)));
      let at = ids.indexOf(wanted[target]!);
      while (at > target) {
        await sco.locator(`[data-move="${wanted[target]}"][data-by="-1"]`).click();
        at--;
      }
    }
  } else {
    const correct = question.options.filter((o) => o.correct).map((o) => o.id);
    const chosen = answering === 'correct' ? correct : [question.options.find((o) => !o.correct)!.id];
    for (const option of question.options) {
      const input = sco.locator(`input[name="${id}"][value="${option.id}"]`);
      const wanted = chosen.includes(option.id);
      if (wanted || question.type === 'multiple') await setChoice(input, wanted);
    }
  }
  await sco.getByRole('button', { name: 'Submit answer' }).click();
  await expect(sco.locator('.verdict')).toHaveText(answering === 'correct' ? /Correct\./ : /Not quite\./);
  if (moveOn) await sco.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  return id;
}

/** Answers every question of the attempt; returns the ids in the order asked. */
export async function takeQuiz(
  sco: FrameLocator,
  content: ModuleContent,
  answering: Answering,
): Promise<string[]> {
  const asked: string[] = [];
  for (;;) {
    if (await sco.getByRole('heading', { name: 'Your results' }).isVisible()) return asked;
    asked.push(await answerQuestion(sco, content, answering));
    await expect(sco.locator('.question legend, #screen-heading').first()).toBeVisible();
  }
}

/** Start to finish with every answer right: ends on the completion summary. */
export async function completeModule(
  sco: FrameLocator,
  page: Page,
): Promise<{ pages: number; asked: string[] }> {
  await start(sco);
  const content = await moduleContent(page);
  const pages = await readAllPages(sco);
  const asked = await takeQuiz(sco, content, 'correct');
  await expect(sco.getByText(/Passed\./)).toBeVisible();
  await sco.getByRole('button', { name: 'Finish module' }).click();
  await expect(sco.getByRole('heading', { name: 'Module complete' })).toBeVisible();
  return { pages, asked };
}

/** Closes the SCO as a learner closing its window does (pagehide runs: the session terminates). */
export async function closeSco(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('iframe.sco-frame')).toHaveCount(0);
}
