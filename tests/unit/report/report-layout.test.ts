/**
 * The page's layout rules, without a browser (npm run report:screenshot checks the same in Chromium at 1280 and
 * 375 px): wide tables and charts scroll in their own boxes and contain what is positioned in them (visually hidden
 * text no longer escapes a box and widens the page), charts are drawn at their own size so labels stay at 12 px,
 * and long ids and file names break instead of widening the page.
 */
import { Window } from 'happy-dom';
import { beforeAll, expect, test } from 'vitest';
import { renderReportPage } from '../../../scripts/report/render/report-page.ts';
import { reportStyles } from '../../../scripts/report/render/styles.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, previewFixture, testCourse } from './test-course.ts';

/** The declarations of the first rule with exactly this selector. */
function rule(selector: string): string {
  const at = reportStyles.indexOf(`\n${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return reportStyles.slice(reportStyles.indexOf('{', at) + 1, reportStyles.indexOf('}', at));
}

let document: Document;
beforeAll(async () => {
  const report = await buildCohortReport(
    [
      ...['basic', 'interactions', 'objectives'].map((r) =>
        moodleFixture(`02-mentalization-scorm12.${r}.csv`),
      ),
      previewFixture('02-mentalization-scorm2004.learnerB.cmi.json'),
    ],
    testCourse,
    new Date('2026-12-01T00:00:00Z'),
  );
  const window = new Window();
  window.document.write(renderReportPage(report));
  document = window.document as unknown as Document;
});

test('a scroll box scrolls sideways and contains its visually hidden text', () => {
  expect(rule('.wide')).toMatch(/overflow-x: auto/);
  expect(rule('.wide')).toMatch(/position: relative/);
  expect(rule('.visually-hidden')).toMatch(/position: absolute/);
  expect(rule('.visually-hidden')).toMatch(/clip-path: inset\(50%\)/);
  // Every visually hidden text inside a table is inside a scroll box (the learners' table) or a table that fits.
  for (const hidden of document.querySelectorAll('table .visually-hidden'))
    expect(hidden.closest('.wide') ?? hidden.closest('table.histogram')).not.toBeNull();
});

test('charts are drawn at their own size, labels at 12 px, each in a named, focusable scroll box', () => {
  expect(rule('.chart')).toMatch(/max-width: none/);
  expect(rule('.chart')).toMatch(/font-size: 12px/);
  const charts = [...document.querySelectorAll('svg.chart')];
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    const [, , width] = chart.getAttribute('viewBox')!.split(' ').map(Number);
    expect(Number(chart.getAttribute('width'))).toBe(width);
    const box = chart.closest('.wide')!;
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('aria-label')).toMatch(/^Chart: /);
  }
});

test('table cells and text break long words; narrow screens stack the figures and drop the two columns', () => {
  expect(rule('th, td')).toMatch(/overflow-wrap: anywhere/);
  expect(reportStyles).toMatch(/@media \(max-width: 40rem\) \{[^@]*nav ul \{ columns: 1; \}/);
  expect(reportStyles).toMatch(
    /@media \(max-width: 40rem\) \{[^@]*td\.status, td\.facility \{ white-space: normal; \}/,
  );
  // The only text kept on one line everywhere is the short flag.
  const noWrap = reportStyles.split('\n').filter((l) => /white-space: nowrap/.test(l));
  expect(noWrap.map((l) => l.slice(0, l.indexOf('{')).trim())).toEqual([
    'td.status, td.facility',
    '.visually-hidden',
    '.flag',
  ]);
});
