/**
 * A learner's whole module in the bench's LMS, unthrottled: Start, every page (accepting content notes,
 * leaving the optional practice), the knowledge check answered correctly from the module's own content,
 * results, Finish module, then closing the SCO (its pagehide Terminates). Counts what that asked of the LMS.
 */
import type { Browser, Frame } from 'playwright-core';
import { correctResponse } from '../../src/assessment/scoring.ts';
import type { CompiledQuestion, ModuleContent } from '../../src/content/compiled.ts';
import { dataModels } from '../../src/scorm/data-model.ts';
import { freshPage } from './browser.ts';
import { scoFrame } from './first-load.ts';
import type { LmsLog } from './lms-page.ts';
import { servedLaunchPath, type BenchPackage } from './packages.ts';
import type { PackageServer } from './package-server.ts';

export interface ModuleRun {
  /** Every call to the API object, GetLastError and the like included. */
  apiCalls: number;
  setValueCalls: number;
  commitCalls: number;
  /**
   * Learner actions that put a new screen in front of them: Start, Next and Start knowledge check on the pages,
   * Next question and See results in the quiz, Finish module.
   */
  pageTurns: number;
  callsByMethod: Record<string, number>;
  /** Characters of the longest cmi.suspend_data set. */
  largestSuspendData: number;
  durationMs: number;
}

export async function runModule(
  browser: Browser,
  server: PackageServer,
  pkg: BenchPackage,
  content: ModuleContent,
): Promise<ModuleRun> {
  const started = performance.now();
  const { context, page } = await freshPage(browser, false);
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(server.lmsUrl(servedLaunchPath(pkg)), { waitUntil: 'load' });
    const sco = scoFrame(page);
    let pageTurns = 0;
    const turn = async (name: string) => {
      await sco.getByRole('button', { name, exact: true }).click();
      pageTurns++;
    };

    await turn('Start');
    const pageCount = content.pages.length;
    for (const [index, contentPage] of content.pages.entries()) {
      await sco.locator('.page-count', { hasText: `Page ${index + 1} of ${pageCount}` }).waitFor();
      if (contentPage.contentNoteHtml)
        await sco.getByRole('button', { name: 'Continue to this page', exact: true }).click();
      await turn(index < pageCount - 1 ? 'Next' : 'Start knowledge check');
    }
    // The knowledge check's content note (module.yaml quiz.contentNote) comes before the first question.
    const quizNote = sco.getByRole('button', { name: 'Continue to the questions', exact: true });
    await quizNote.or(sco.locator('.question-count')).first().waitFor();
    if (await quizNote.isVisible()) await quizNote.click();

    for (let number = 1; ; number++) {
      await sco.locator('.question-count', { hasText: `Question ${number} of ` }).waitFor();
      const id = await sco
        .locator('imh-question')
        .evaluate((element) => (element as unknown as { question: { id: string } }).question.id);
      const question = content.questions.find((q) => q.id === id);
      if (!question) throw new Error(`${pkg.name}: question "${id}" is not in content.js`);
      await answer(sco, question);
      await sco.getByRole('button', { name: 'Submit answer', exact: true }).click();
      const onward = sco.getByRole('button', { name: /^(Next question|See results)$/ });
      const label = (await onward.innerText()).trim();
      await turn(label);
      if (label === 'See results') break;
    }

    await sco.getByRole('heading', { name: 'Your results' }).waitFor();
    await turn('Finish module').catch((error: unknown) => {
      throw new Error(`${pkg.name}: no "Finish module" after answering every question correctly`, {
        cause: error,
      });
    });
    await sco.getByRole('heading', { name: 'Module complete' }).waitFor();

    // Closing the SCO as an LMS does: its frame navigates away, so the player's pagehide Terminates.
    const { method } = dataModels[pkg.version];
    await page.evaluate(() => document.querySelector('iframe')!.setAttribute('src', 'about:blank'));
    await page.waitForFunction(
      (terminate) =>
        (window as unknown as { __benchLms: LmsLog }).__benchLms.calls.some((c) => c.method === terminate),
      method.terminate,
    );
    const calls = await page.evaluate(() => (window as unknown as { __benchLms: LmsLog }).__benchLms.calls);
    const callsByMethod: Record<string, number> = {};
    for (const call of calls) callsByMethod[call.method] = (callsByMethod[call.method] ?? 0) + 1;
    const suspendData = dataModels[pkg.version].element.suspendData;
    return {
      apiCalls: calls.length,
      setValueCalls: callsByMethod[method.setValue] ?? 0,
      commitCalls: callsByMethod[method.commit] ?? 0,
      pageTurns,
      callsByMethod,
      largestSuspendData: Math.max(
        0,
        ...calls.filter((c) => c.element === suspendData).map((c) => c.valueLength),
      ),
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await context.close();
  }
}

/** Chooses the correct options, or moves an ordering question's items up until they stand in order. */
async function answer(sco: Frame, question: CompiledQuestion): Promise<void> {
  const wanted = correctResponse(question);
  if (question.type !== 'ordering') {
    for (const option of wanted) await sco.locator(`input[name="${question.id}"][value="${option}"]`).check();
    return;
  }
  const upButtons = sco.locator('.ordering button[data-by="-1"]');
  for (const [place, option] of wanted.entries()) {
    let order = await upButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-move')));
    while (order.indexOf(option) > place) {
      const from = order.indexOf(option);
      await sco.locator(`.ordering button[data-move="${option}"][data-by="-1"]`).click();
      await sco.waitForFunction(
        ([id, at]) =>
          [...document.querySelectorAll('.ordering button[data-by="-1"]')].findIndex(
            (b) => b.getAttribute('data-move') === id,
          ) === at,
        [option, from - 1] as const,
      );
      order = await upButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-move')));
    }
  }
}
