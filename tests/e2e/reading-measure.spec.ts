/**
 * The reading measure (issue 19): on a wide screen a line of page text holds at most about 70 characters (it was
 * 77–83 at 46rem). Counted line by line in the browser, on the first page of every module.
 */
import { expect, test } from '@playwright/test';
import { moduleSlugs } from './support/modules.ts';

test('a line of page text holds at most 70 characters at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const slug of moduleSlugs) {
    await page.goto(`/packages/imh-${slug}-scorm12/${slug}/index.html`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.prose > p').first().waitFor();
    const longest = await page.evaluate(() => {
      const range = document.createRange();
      let longestLine = 0;
      for (const p of document.querySelectorAll('.prose > p')) {
        // text a screen reader hears but the eye does not (a citation's source) is not on the line
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, (node) =>
          node.parentElement?.closest('.visually-hidden')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
        );
        let top = NaN;
        let count = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const lineTop = Math.round(range.getBoundingClientRect().top);
            if (lineTop !== top) {
              longestLine = Math.max(longestLine, count);
              top = lineTop;
              count = 0;
            }
            count++;
          }
        }
        longestLine = Math.max(longestLine, count);
      }
      return longestLine;
    });
    expect(longest, slug).toBeGreaterThan(40);
    expect(longest, slug).toBeLessThanOrEqual(70);
  }
});
