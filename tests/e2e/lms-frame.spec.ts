/**
 * At home in a Moodle-sized frame: Moodle's default player is 500 px high, so the cover's Start must be in view
 * on arrival, not under the outcomes and the outline (issue 19: it was at y ≈ 789). The launch page is opened at
 * that size on its own, with no LMS, so the "kept only in this browser" notice takes room too: a stricter test.
 */
import { expect, test } from '@playwright/test';
import { moduleSlugs } from './support/modules.ts';

for (const [width, height] of [
  [1240, 500],
  [640, 460],
] as const) {
  test(`in a ${width} × ${height} frame every module's Start is in view on arrival`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const slug of moduleSlugs) {
      await page.goto(`/packages/imh-${slug}-scorm12/${slug}/index.html`);
      const start = page.getByRole('button', { name: 'Start', exact: true });
      await expect(start).toBeVisible();
      const box = (await start.boundingBox())!;
      expect(box.y + box.height, slug).toBeLessThanOrEqual(height);
    }
  });
}
