/**
 * Every module played through in scorm-again inside a Moodle-sized frame (1240 × 500, Moodle's default player
 * height), as issue 19 asks: Start in view on arrival; after every answer checked or submitted, the focus is on
 * a control (not the page body) and the verdict is in view; at least five interactive kinds met on the way; and
 * the module passes end to end.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { acceptContentNote, acceptQuizNote, answerQuestion, moduleContent } from './support/learner.ts';
import { openPreview, readCmi, SCO_FRAME } from './support/lms.ts';
import { moduleSlugs } from './support/modules.ts';

const FRAME = { width: 1240, height: 500 } as const;

/** Kinds of interaction a page can offer, by the element or class that shows it. */
const kinds = {
  practice: 'imh-practice',
  reflection: 'imh-reflection',
  tabs: 'imh-tabs',
  reveal: 'imh-reveal',
  steps: 'imh-steps',
  sort: 'imh-sort',
  hotspots: 'imh-hotspots',
  scenario: 'imh-scenario',
} as const;

/** Inside the frame: is the element's box within the frame's viewport, and is focus on something other than body? */
async function inViewWithFocus(page: Page, selector: string) {
  const frame = page.frame({ url: /\/index\.html/ })!;
  return frame.evaluate((sel) => {
    const all = [...document.querySelectorAll(sel)];
    const el = all[all.length - 1];
    const box = el?.getBoundingClientRect();
    const active = document.activeElement;
    // in the viewport and not under anything (a sticky pager or header): what is drawn at its middle is it
    const atMiddle = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      where: `${sel}: box ${box ? `${Math.round(box.top)}–${Math.round(box.bottom)}` : 'none'} of ${innerHeight}, drawn at its middle: ${atMiddle?.outerHTML.slice(0, 60) ?? 'nothing'}`,
      found: Boolean(el),
      inView: Boolean(box && box.top >= 0 && box.bottom <= innerHeight && atMiddle && el?.contains(atMiddle)),
      focus: active && active !== document.body ? active.tagName.toLowerCase() : 'body',
    };
  }, selector);
}

for (const slug of moduleSlugs) {
  test(`${slug} in a ${FRAME.width} × ${FRAME.height} frame: Start in view, every verdict in view with focus kept, five kinds, passed`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1400, height: 900 });
    const sco: FrameLocator = await openPreview(page, `imh-${slug}-scorm12`, {
      frame: `${FRAME.width}x${FRAME.height}`,
    });
    await expect(page.locator(SCO_FRAME)).toBeVisible();
    const startButton = sco.getByRole('button', { name: 'Start', exact: true });
    // Once Start shows, the frame has navigated to the launch page (until then page.frame() may not find it).
    await expect(startButton).toBeVisible();
    const viewport = await page
      .frame({ url: /\/index\.html/ })!
      .evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(viewport).toEqual(FRAME);
    const start = await inViewWithFocus(page, 'imh-welcome button.primary');
    expect(start.inView, 'Start in view on arrival').toBe(true);
    await startButton.click();
    const content = await moduleContent(page);

    const met = new Set<string>();
    for (;;) {
      await acceptContentNote(sco);
      await expect(sco.locator('#screen-heading')).toBeVisible();
      for (const [kind, selector] of Object.entries(kinds))
        if ((await sco.locator(selector).count()) > 0) met.add(kind);
      const practices = sco.locator('imh-practice');
      for (let i = 0; i < (await practices.count()); i++) {
        const practice = practices.nth(i);
        await practice.locator('label').first().click();
        await practice.getByRole('button', { name: 'Check my answer' }).click();
        await expect(practice.locator('.verdict')).toBeVisible();
        const after = await inViewWithFocus(page, `imh-practice:nth-of-type(${i + 1}) .verdict`);
        expect(after.focus, 'focus after checking a practice answer').not.toBe('body');
        expect(after.inView, `practice verdict in view (${after.where})`).toBe(true);
      }
      const startQuiz = sco.getByRole('button', { name: 'Start knowledge check' });
      if (await startQuiz.isVisible()) {
        await startQuiz.click();
        break;
      }
      const heading = await sco.locator('#screen-heading').textContent();
      await sco.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(sco.locator('#screen-heading')).not.toHaveText(heading ?? '');
    }
    expect([...met].sort(), 'at least five interactive kinds met').toEqual(
      expect.arrayContaining(['practice', 'reflection', 'scenario']),
    );
    expect(met.size, `interactive kinds met: ${[...met].join(', ')}`).toBeGreaterThanOrEqual(5);

    await acceptQuizNote(sco);
    while (!(await sco.getByRole('heading', { name: 'Your results' }).isVisible())) {
      await answerQuestion(sco, content, 'correct', { moveOn: false });
      const after = await inViewWithFocus(page, '.question .verdict, imh-question .verdict');
      expect(after.focus, 'focus after Submit answer').not.toBe('body');
      expect(after.inView, `verdict in view after Submit answer (${after.where})`).toBe(true);
      await sco.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    await expect(sco.getByText(/Passed\./)).toBeVisible();
    await sco.getByRole('button', { name: 'Finish module' }).click();
    await expect(sco.getByRole('heading', { name: 'Module complete' })).toBeVisible();
    await expect
      .poll(
        async () =>
          ((await readCmi(page)) as { core?: { lesson_status?: string } } | null)?.core?.lesson_status,
      )
      .toBe('passed');
  });
}
