/** The HTML page: self-contained, accessible structure, every figure escaped, every question and competency there. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CohortReport } from '../../../scripts/report/figures.ts';
import { renderReportPage } from '../../../scripts/report/render/report-page.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, previewFixture, testCourse } from './test-course.ts';

let report: CohortReport;
let page: string;

beforeAll(async () => {
  report = await buildCohortReport(
    [
      moodleFixture('02-mentalization-scorm12.interactions.csv'),
      moodleFixture('03-aces-and-stress-scorm12.interactions.csv'),
      moodleFixture('02-mentalization-scorm2004.interactions.csv'),
      previewFixture('02-mentalization-scorm2004.learnerB.cmi.json'),
    ],
    testCourse,
    new Date('2026-11-30T12:00:00Z'),
  );
  page = renderReportPage(report);
});

describe('the report page', () => {
  test('loads nothing: no scripts, no external URLs, a CSP that forbids fetching', () => {
    expect(page).not.toMatch(/<script|<link|<img|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(page).toContain(`default-src 'none'`);
  });

  test('has a language, one h1, headed sections, captioned tables with header cells', () => {
    expect(page).toMatch(/<html lang="en-GB">/);
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page.match(/<h2[ >]/g)!.length).toBeGreaterThanOrEqual(3);
    const tables = page.match(/<table[ >]/g)!.length;
    expect(page.match(/<caption>/g)).toHaveLength(tables);
    expect(page).toMatch(/<th scope="col"/);
    expect(page).toMatch(/<th scope="row"/);
  });

  test('charts have a title and description and are backed by text figures', () => {
    const charts = page.match(/<svg class="chart"[^>]*>/g)!;
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart).toMatch(/role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(page).toMatch(/\d+ achieved · \d+ working towards · \d+ not assessed/);
  });

  test('every question and competency of the exported modules appears', () => {
    for (const module of testCourse.modules) {
      for (const q of module.questions) expect(page).toContain(`id="item-${module.slug}-${q.id}"`);
      for (const c of module.competencies)
        expect(page).toContain(`<span class="competency-id">${c.id}</span>`);
    }
  });

  test('says plainly why the SCORM 2004 Moodle export gives no answers', () => {
    expect(page).toMatch(/this is what Moodle 4\.5 gives for a SCORM 2004 package/);
  });

  test('escapes names from the exports', () => {
    const hostile: CohortReport = structuredClone(report);
    hostile.modules[0]!.profile.rows[0]!.name = '<img src=x onerror=alert(1)>';
    hostile.inputs[0]!.file = '"><script>alert(1)</script>.csv';
    const html = renderReportPage(hostile);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
