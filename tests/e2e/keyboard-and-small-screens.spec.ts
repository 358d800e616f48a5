/**
 * The module can be completed with the keyboard alone, and on a 320 px wide screen (the width WCAG's reflow
 * criterion uses, equal to 1280 px at 400% zoom) without horizontal scrolling.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { answerQuestion, moduleContent, readAllPages, start } from './support/learner.ts';
import { openPreview, scoDocument } from './support/lms.ts';
import { moduleSlugs } from './support/modules.ts';
import type { ModuleContent } from '../../src/content/compiled.ts';

/** What has focus inside the SCO: its accessible-ish name, tag and value. */
async function focused(page: Page) {
  return (await scoDocument(page)).evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      name: input?.name ?? '',
      value: input?.value ?? '',
      type: input?.type ?? '',
      move: el?.dataset.move ?? '',
      by: el?.dataset.by ?? '',
    };
  });
}

/** Presses Tab until the focused element matches; fails after a bound, like a user who cannot get there. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach the element by Tab; focus is on ${JSON.stringify(await focused(page))}`);
}

const button = (label: string | RegExp) => (f: Awaited<ReturnType<typeof focused>>) =>
  f.tag === 'button' && (typeof label === 'string' ? f.text === label : label.test(f.text));

async function answerByKeyboard(page: Page, sco: FrameLocator, content: ModuleContent): Promise<void> {
  await tabTo(page, (f) => f.tag === 'input' || f.move !== '');
  const at = await focused(page);
  const id =
    at.name || (await sco.locator('.ordering-text').first().getAttribute('id'))!.replace(/-[0-9a-z]$/, '');
  const question = content.questions.find((q) => q.id === id)!;
  if (question.type === 'ordering') {
    const wanted = question.options.map((o) => o.id);
    for (let target = 0; target < wanted.length; target++) {
      for (;;) {
        const ids = await sco.locator('.ordering-text').evaluateAll((els) => els.map((e) => e.id.slice(-1)));
        if (ids.indexOf(wanted[target]!) <= target) break;
        await tabTo(page, (f) => f.move === wanted[target] && f.by === '-1');
        await page.keyboard.press('Enter');
      }
    }
  } else if (question.type === 'multiple') {
    for (let i = 0; i < question.options.length; i++) {
      const f = await focused(page);
      const option = question.options.find((o) => o.id === f.value)!;
      if (option.correct) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    // radio group: arrows move the selection until the correct option is chosen
    const correct = question.options.find((o) => o.correct)!.id;
    for (let i = 0; i < question.options.length + 1 && (await focused(page)).value !== correct; i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  }
  await tabTo(page, button('Submit answer'));
  await page.keyboard.press('Enter');
  await expect(sco.locator('.verdict')).toHaveText(/Correct\./);
  await tabTo(page, button(/^(Next question|See results)$/));
  await page.keyboard.press('Enter');
}

for (const slug of moduleSlugs) {
  test(`${slug} can be completed with the keyboard alone`, async ({ page }) => {
    test.setTimeout(180_000);
    const sco = await openPreview(page, `imh-${slug}-scorm12`);
    await expect(sco.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await tabTo(page, button('Start'));
    await page.keyboard.press('Enter');
    await expect(sco.locator('#screen-heading')).toBeFocused();
    const content = await moduleContent(page);
    for (;;) {
      await expect(sco.locator('#screen-heading')).toBeFocused();
      const f = await (async () => {
        for (let i = 0; i < 200; i++) {
          const now = await focused(page);
          if (
            now.tag === 'button' &&
            ['Next', 'Start knowledge check', 'Continue to this page'].includes(now.text)
          )
            return now;
          await page.keyboard.press('Tab');
        }
        throw new Error('no way forward by keyboard');
      })();
      await page.keyboard.press('Enter');
      if (f.text === 'Start knowledge check') break;
    }
    await expect(sco.getByRole('heading', { name: 'Before the knowledge check' })).toBeVisible();
    await tabTo(page, button('Continue to the questions'));
    await page.keyboard.press('Enter');
    await expect(sco.getByRole('heading', { name: /^Knowledge check/ })).toBeVisible();
    while (!(await sco.getByRole('heading', { name: 'Your results' }).isVisible()))
      await answerByKeyboard(page, sco, content);
    await tabTo(page, button('Finish module'));
    await page.keyboard.press('Enter');
    await expect(sco.getByRole('heading', { name: 'Module complete' })).toBeFocused();
  });
}

test('a glossary definition opens and closes by keyboard, returning focus to the term', async ({ page }) => {
  const sco = await openPreview(page, 'imh-02-mentalization-scorm12');
  await start(sco);
  await tabTo(page, (f) => f.tag === 'a' && f.text.length > 0 && f.name === '' && f.type === '');
  const term = await focused(page);
  await page.keyboard.press('Enter');
  await expect(sco.locator('dialog.panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sco.locator('dialog.panel')).toBeHidden();
  expect((await focused(page)).text).toBe(term.text);
});

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await (
    await scoDocument(page)
  ).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  for (const slug of moduleSlugs) {
    test(`${slug} can be completed without horizontal scrolling`, async ({ page }) => {
      test.setTimeout(180_000);
      const sco = await openPreview(page, `imh-${slug}-scorm12`);
      await expect(sco.getByRole('heading', { name: 'Welcome' })).toBeVisible();
      const width = await (await scoDocument(page)).evaluate(() => document.documentElement.clientWidth);
      expect(width).toBeLessThanOrEqual(320);
      await expectNoHorizontalScroll(page, 'welcome');
      await start(sco);
      const content = await moduleContent(page);
      let n = 0;
      await readAllPages(sco, async () => expectNoHorizontalScroll(page, `page ${++n}`));
      while (!(await sco.getByRole('heading', { name: 'Your results' }).isVisible())) {
        await expectNoHorizontalScroll(page, 'a question');
        await answerQuestion(sco, content, 'correct');
      }
      await expectNoHorizontalScroll(page, 'results');
      await sco.getByRole('button', { name: 'Finish module' }).click();
      await expect(sco.getByRole('heading', { name: 'Module complete' })).toBeVisible();
      await expectNoHorizontalScroll(page, 'summary');
    });
  }
});
