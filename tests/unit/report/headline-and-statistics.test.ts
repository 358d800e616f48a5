/**
 * The headline a trainer reads first, and the knowledge check's test statistics, on the real Moodle 4.5 exports;
 * KR-20 is checked against a plain computation from the fixture's own cells.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CohortReport, ModuleFigures } from '../../../scripts/report/figures.ts';
import { renderReportPage } from '../../../scripts/report/render/report-page.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, testCourse } from './test-course.ts';

const now = new Date('2026-12-01T00:00:00Z');
const moodle = (module: string, version = '12') =>
  ['basic', 'interactions', 'objectives'].map((r) => moodleFixture(`${module}-scorm${version}.${r}.csv`));

/** KR-20 straight from the file: each row's first-try results (1/0) in the order asked, 12-answer tries only. */
function kr20FromFile(file: string): { tries: number; kr20: number } {
  const [header, ...rows] = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const cells = header!.map((h) => h.replace(/"/g, ''));
  const questionCols = cells.flatMap((h, i) => (/^Question \d+$/.test(h) ? [i] : []));
  const matrix: number[][] = [];
  for (const row of rows) {
    const firstTry = questionCols
      .filter((q) => /-attempt-1$/.test(row[q] ?? ''))
      .map((q) => (row[cells.indexOf(`Result ${cells[q]!.slice(9)}`)] === 'correct' ? 1 : 0));
    if (firstTry.length === 12) matrix.push(firstTry);
  }
  const n = matrix.length;
  const k = 12;
  let pq = 0;
  for (let i = 0; i < k; i++) {
    const p = matrix.reduce((s, r) => s + r[i]!, 0) / n;
    pq += p * (1 - p);
  }
  const totals = matrix.map((r) => r.reduce((a, b) => a + b, 0));
  const mean = totals.reduce((a, b) => a + b, 0) / n;
  const variance = totals.reduce((s, t) => s + (t - mean) ** 2, 0) / n;
  return { tries: n, kr20: (k / (k - 1)) * (1 - pq / variance) };
}

describe('module 02, SCORM 1.2 in Moodle', () => {
  let report: CohortReport;
  let module: ModuleFigures;
  let page: string;
  beforeAll(async () => {
    report = await buildCohortReport(moodle('02-mentalization'), testCourse, now);
    module = report.modules[0]!;
    page = renderReportPage(report).replace(/\s+/g, ' ');
  });

  test('KR-20 is 0.80 from the 9 finished first tries of 12 questions, as computed straight from the file', () => {
    const fromFile = kr20FromFile(moodleFixture('02-mentalization-scorm12.interactions.csv'));
    expect(fromFile.tries).toBe(9);
    const r = module.statistics.reliability!;
    expect(r).toMatchObject({ tries: 9, items: 12, otherLength: 0 });
    expect(r.alpha).toBeCloseTo(fromFile.kr20, 10);
    expect(r.alpha).toBeCloseTo(0.8037, 4);
    // SEM = SD of the first-try percents × √(1 − alpha).
    expect(r.semPercent).toBeCloseTo(r.sdPercent * Math.sqrt(1 - r.alpha!), 10);
  });

  test('histogram of first-try scores: George 41.67 in 40–49, four at 90–100, nine in all', () => {
    const bands = Object.fromEntries(module.statistics.histogram.map((b) => [b.from, b.learners]));
    expect(bands[40]).toBe(1);
    expect(bands[90]).toBe(4);
    expect(module.statistics.histogram.reduce((n, b) => n + b.learners, 0)).toBe(9);
    expect(page).toMatch(/<caption> Learners by first-try score \(9\) <\/caption>/);
  });

  test('the page opens with the headline; the input files come after the modules', () => {
    const headline = page.indexOf('<h2 id="headline-heading">At a glance</h2>');
    const firstModule = page.indexOf('<section class="module"');
    const inputs = page.indexOf('<h2 id="inputs-heading">');
    expect(headline).toBeGreaterThan(0);
    expect(headline).toBeLessThan(firstModule);
    expect(inputs).toBeGreaterThan(firstModule);
    const glance = page.slice(headline, firstModule);
    // Learners, pass rate and completion: 10 of 11 started, 8 passed (80%), 1 failed, 1 not finished.
    expect(glance).toMatch(
      /10 of 11 learners started; 8 passed \(<strong>pass rate 80%<\/strong>\), 1 failed, 1 not finished, 1 not opened\./,
    );
    expect(glance).toMatch(/Reliability<\/strong> \(Cronbach's alpha, KR-20\) 0\.80 from 9 first tries/);
    expect(glance).toContain('Weakest competencies (first finished try)');
    expect(glance).toMatch(/What to do: check how the module's pages and practice teach it/);
    // ment-quiet-dad (9 of 9) is the question flagged, with why and what to do.
    expect(glance).toMatch(
      /ment-quiet-dad<\/code><\/a ?>: Too easy \(9 of 9 right first time\)\. What to do: Almost everyone/,
    );
  });

  test('"too few answers to judge" is said once for the module, not on every item', () => {
    expect(page.match(/Too few first-try answers to judge/g)).toHaveLength(1);
    expect(page).not.toMatch(/too few answers to judge discrimination/);
    // 7 questions have 5–9 first-try answers (facility judged, discrimination not); 2 have fewer than 5.
    const tooFew = module.items.filter((i) => i.tooFew.facility).length;
    const discriminationOnly = module.items.filter(
      (i) => !i.tooFew.facility && i.tooFew.discrimination,
    ).length;
    expect(page).toContain(`${tooFew} questions with fewer than 5 (not judged at all)`);
    expect(page).toContain(`${discriminationOnly} questions with fewer than 10`);
  });

  test('verdicts on fewer than three questions are flagged per competency', () => {
    const d41 = module.profile.competencies.find((c) => c.id === 'D4.1')!;
    expect(d41.firstOnFewQuestions).toBe(9);
    expect(page).toMatch(
      /⚑ Verdicts on fewer than three questions\.<\/strong> In the first finished try, .*D4\.1 for 9 of 9 learners/,
    );
  });

  test('discriminative efficiency per item: ment-certainty-tf 100% (its one right answer went to the strongest on the rest)', () => {
    const tf = module.items.find((i) => i.id === 'ment-certainty-tf')!;
    expect(tf.first.discriminativeEfficiency).toBeCloseTo(1, 8);
    expect(
      module.items.find((i) => i.id === 'ment-quiet-dad')!.first.discriminativeEfficiency,
    ).toBeUndefined();
  });
});

describe('a SCORM 2004 export without answers', () => {
  test('says so in one line, with no empty question cards', async () => {
    const report = await buildCohortReport(moodle('02-mentalization', '2004'), testCourse, now);
    const page = renderReportPage(report);
    expect(page.match(/class="item[ "]/g)).toBeNull();
    expect(page).not.toContain('(0 of 0)');
    expect(page.replace(/\s+/g, ' ')).toContain(
      'No answers in these exports, so no item analysis for its 16 questions.',
    );
  });
});
