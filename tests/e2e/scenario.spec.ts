/**
 * A branching scenario walked along two different paths to two different endings, and along a third by keyboard
 * only, to its ending and back to the start; the choices taken survive closing the module and coming back (they
 * are in the resume state).
 */
import { expect, test, type FrameLocator, type Locator } from '@playwright/test';
import { start } from './support/learner.ts';
import { openPreview, relaunch } from './support/lms.ts';

const PACKAGE = 'imh-00-introduction-scorm12';

async function toScenarioPage(sco: FrameLocator) {
  await start(sco);
  for (;;) {
    const note = sco.getByRole('button', { name: 'Continue to this page' });
    if (await note.isVisible()) await note.click();
    if ((await sco.locator('imh-scenario').count()) > 0) return sco.locator('imh-scenario');
    await sco.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

test('a scenario played by choosing the first option each time, and the last: two endings', async ({
  page,
}) => {
  const sco = await openPreview(page, PACKAGE);
  const scenario = await toScenarioPage(sco);
  const endings: string[] = [];
  for (const pick of ['first', 'last'] as const) {
    await scenario.getByRole('button', { name: /^(Start the scenario|Try a different path)$/ }).click();
    for (let decisions = 0; ; decisions++) {
      const heading = scenario.locator('.scenario-step-heading');
      const title = (await heading.textContent())!.trim();
      if (title.startsWith('Where this path led')) {
        expect(decisions, 'decisions on the path').toBeGreaterThanOrEqual(3);
        endings.push(title);
        break;
      }
      expect(title).toBe(`Decision ${decisions + 1}`);
      await expect(heading).toBeFocused();
      const choices = scenario.locator('.scenario-choice');
      await (pick === 'first' ? choices.first() : choices.last()).click();
      await expect(scenario.getByRole('heading', { name: 'What happens next' })).toBeFocused();
      await scenario.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(scenario.locator('.scenario-competencies li').first()).toBeVisible();
  }
  expect(endings[0]).not.toBe(endings[1]);
});

test('a scenario by keyboard only, resumed where the learner left it after closing the module', async ({
  page,
}) => {
  let sco = await openPreview(page, PACKAGE);
  let scenario = await toScenarioPage(sco);
  await scenario.getByRole('button', { name: 'Start the scenario' }).focus();
  await page.keyboard.press('Enter');
  await expect(scenario.getByRole('heading', { name: 'Decision 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(scenario.locator('.scenario-choice').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(scenario.getByRole('heading', { name: 'What happens next' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(scenario.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(scenario.getByRole('heading', { name: 'Decision 2' })).toBeFocused();
  const second = (await scenario.locator('.scenario-step').textContent())!;

  sco = await relaunch(page);
  const note = sco.getByRole('button', { name: 'Continue to this page' });
  if (await note.isVisible()) await note.click();
  scenario = sco.locator('imh-scenario');
  await expect(scenario.getByRole('heading', { name: 'Decision 2' })).toBeVisible();
  expect((await scenario.locator('.scenario-step').textContent())!).toBe(second);
  await expect(scenario.locator('.scenario-path summary')).toHaveText('Your choices so far (1)');

  // On to an ending by keyboard: from each new heading, Tab to the first choice (or to Continue) and press Enter.
  const tabTo = async (target: Locator) => {
    for (let presses = 0; presses < 12; presses++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  };
  await scenario.locator('.scenario-choice').first().focus();
  for (let decision = 2; ; decision++) {
    await page.keyboard.press('Enter');
    await expect(scenario.getByRole('heading', { name: 'What happens next' })).toBeFocused();
    await tabTo(scenario.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    const heading = scenario.locator('.scenario-step-heading');
    await expect(heading).toBeFocused();
    if ((await heading.textContent())!.startsWith('Where this path led')) break;
    await expect(heading).toHaveText(`Decision ${decision + 1}`);
    await tabTo(scenario.locator('.scenario-choice').first());
  }
  await expect(scenario.locator('.scenario-competencies li').first()).toBeVisible();
  await tabTo(scenario.getByRole('button', { name: 'Try a different path' }));
  await page.keyboard.press('Enter');
  await expect(scenario.getByRole('heading', { name: 'Decision 1' })).toBeFocused();
});
