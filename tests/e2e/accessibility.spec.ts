/**
 * WCAG 2.2 AA, checked with axe on every screen of every module, at 1280 px and at 320 px, in light and dark mode:
 * welcome, every page (with its content note), every question before and after answering, results with
 * remediation, the summary, and the dialogs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { answerQuestion, moduleContent, setChoice, start } from './support/learner.ts';
import { openPreview, scoDocument } from './support/lms.ts';
import { moduleSlugs } from './support/modules.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Each screen is checked as a learner may see it: on a desktop and on a phone, in light and in dark mode. */
const looks = [
  { width: 1280, height: 900, colorScheme: 'light' },
  { width: 1280, height: 900, colorScheme: 'dark' },
  { width: 320, height: 640, colorScheme: 'light' },
  { width: 320, height: 640, colorScheme: 'dark' },
] as const;

/**
 * Runs axe inside the SCO frame itself (injected once per document): the same rules AxeBuilder runs, without
 * re-scanning the LMS page around it on every screen. Every look in turn, then back to the first.
 */
async function scan(page: Page, screen: string, found: string[]): Promise<void> {
  const frame = await scoDocument(page);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  for (const look of looks) {
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.colorScheme });
    const violations = await frame.evaluate(
      (tags) =>
        (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> };
          }
        ).axe
          .run(document, { runOnly: { type: 'tag', values: tags } })
          .then((r) => r.violations),
      wcagTags,
    );
    const where = `${screen} at ${look.width} px, ${look.colorScheme}`;
    for (const v of violations as AxeViolation[])
      found.push(`${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await page.setViewportSize({ width: looks[0].width, height: looks[0].height });
  await page.emulateMedia({ colorScheme: looks[0].colorScheme });
}

async function scanDialog(page: Page, sco: FrameLocator, name: string, found: string[]): Promise<void> {
  await sco.getByRole('button', { name, exact: true }).click();
  await expect(sco.locator('dialog.panel')).toBeVisible();
  await scan(page, `${name} dialog`, found);
  await sco.locator('dialog.panel').getByRole('button', { name: 'Close' }).click();
}

for (const slug of moduleSlugs) {
  test(`axe finds no violations on any screen of ${slug}`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const sco = await openPreview(page, `imh-${slug}-scorm12`);
    await expect(sco.getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await scan(page, 'welcome', found);
    await start(sco);
    const content = await moduleContent(page);
    for (const dialog of ['Support', 'Glossary', 'References']) await scanDialog(page, sco, dialog, found);

    for (let i = 0; ; i++) {
      const note = sco.getByRole('button', { name: 'Continue to this page' });
      if (await note.isVisible()) {
        await scan(page, `page ${i + 1} content note`, found);
        await note.click();
      }
      // open the practice feedback too, so it is checked
      for (const practice of await sco.locator('imh-practice').all()) {
        await setChoice(practice.locator('input[type="radio"]').first(), true);
        await practice.getByRole('button', { name: 'Check my answer' }).click();
      }
      await openInteractions(sco);
      await scan(page, `page ${i + 1}`, found);
      const startQuiz = sco.getByRole('button', { name: 'Start knowledge check' });
      if (await startQuiz.isVisible()) {
        await startQuiz.click();
        await expect(sco.getByRole('heading', { name: 'Before the knowledge check' })).toBeVisible();
        await scan(page, 'knowledge check content note', found);
        await sco.getByRole('button', { name: 'Continue to the questions' }).click();
        break;
      }
      await sco.getByRole('button', { name: 'Next', exact: true }).click();
    }

    // First attempt all wrong: every question before and after answering, then results with remediation.
    for (let q = 1; !(await sco.getByRole('heading', { name: 'Your results' }).isVisible()); q++) {
      await expect(sco.locator('.question')).toBeVisible();
      await scan(page, `question ${q}`, found);
      await answerWrong(sco, content);
      await scan(page, `question ${q} feedback`, found);
      await sco.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    await scan(page, 'results (not passed, remediation)', found);
    await sco.getByRole('button', { name: 'Retry' }).click();
    while (!(await sco.getByRole('heading', { name: 'Your results' }).isVisible()))
      await answerQuestion(sco, content, 'correct');
    await scan(page, 'results (passed)', found);
    await sco.getByRole('button', { name: 'Finish module' }).click();
    await expect(sco.getByRole('heading', { name: 'Module complete' })).toBeVisible();
    await scan(page, 'summary', found);
    expect(found).toEqual([]);
  });
}

/**
 * Opens what a page's interactive parts hide, so it is checked too: a reveal card's back, a hotspot's text, a
 * sort checked with its feedback, a scenario's first consequence.
 */
async function openInteractions(sco: FrameLocator) {
  for (const card of await sco.locator('imh-reveal .card-front button').all()) await card.click();
  for (const spot of await sco.locator('imh-hotspots .spot-button').all()) await spot.click();
  for (const sort of await sco.locator('imh-sort').all()) {
    for (const item of await sort.locator('fieldset').all()) await item.locator('label').first().click();
    await sort.getByRole('button', { name: 'Check my sorting' }).click();
    await expect(sort.locator('.sort-summary')).toBeVisible();
  }
  for (const scenario of await sco.locator('imh-scenario').all()) {
    await scenario.getByRole('button', { name: 'Start the scenario' }).click();
    await scenario.locator('.scenario-choice').first().click();
    await expect(scenario.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  }
}

/** Submits a wrong answer and stays on the feedback. */
async function answerWrong(sco: FrameLocator, content: Awaited<ReturnType<typeof moduleContent>>) {
  const input = sco.locator('.question input').first();
  if ((await input.count()) > 0) {
    const id = (await input.getAttribute('name'))!;
    const question = content.questions.find((q) => q.id === id)!;
    const wrong = question.options.find((o) => !o.correct)!;
    await setChoice(sco.locator(`input[name="${id}"][value="${wrong.id}"]`), true);
  }
  await sco.getByRole('button', { name: 'Submit answer' }).click();
  await expect(sco.locator('.verdict')).toBeVisible();
}

test('the preview LMS page itself is axe-clean', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
