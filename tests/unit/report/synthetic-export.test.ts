/** A generated export read back: every interaction counted, every learner's score recomputed as the LMS held it. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { writeSyntheticInteractionsExport } from '../../../scripts/report/synthetic-export.ts';
import { testCourse } from './test-course.ts';

test('a generated Moodle Interactions export streams through the report with nothing lost', async () => {
  const file = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'imh-report-synthetic-')),
    'big.interactions.csv',
  );
  const module = testCourse.module('02-mentalization')!;
  const generated = await writeSyntheticInteractionsExport(file, { module, interactions: 3_000 });
  expect(generated.interactions).toBeGreaterThanOrEqual(3_000);

  const report = await buildCohortReport([file], testCourse);
  expect(report.inputs[0]).toMatchObject({ rows: generated.learners, answers: generated.interactions });
  const [figures] = report.modules;
  const answered = figures!.items.reduce((n, item) => n + item.all.answers, 0);
  expect(answered).toBe(generated.interactions);
  expect(figures!.profile.learners).toBe(generated.learners);
  const [activity] = figures!.completion;
  expect(activity!.scoreCheck).toMatchObject({ compared: generated.learners, matching: generated.learners });
  expect(activity!.passed + activity!.failed).toBe(generated.learners);
  // Harder questions (by the generator's model) are not all flagged: the figures vary across items.
  const facilities = new Set(figures!.items.map((i) => i.first.facility?.toFixed(2)));
  expect(facilities.size).toBeGreaterThan(5);
});

test('a cohort larger than the page lists: 500 learner rows by name, every learner counted, histogram and reliability of all', async () => {
  const file = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'imh-report-synthetic-')),
    'large.interactions.csv',
  );
  const module = testCourse.module('02-mentalization')!;
  const generated = await writeSyntheticInteractionsExport(file, { module, interactions: 20_000 });
  expect(generated.learners).toBeGreaterThan(500);

  const report = await buildCohortReport([file], testCourse);
  const [figures] = report.modules;
  const { profile, statistics } = figures!;
  expect(profile.learners).toBe(generated.learners);
  expect(profile.rows).toHaveLength(500);
  expect(profile.rowsLeftOut).toBe(generated.learners - 500);
  // The generator names learners "Learner 000001", … in order: the rows are the first 500 by name.
  expect(profile.rows[0]!.name).toBe('Learner 000001');
  expect(profile.rows.at(-1)!.name).toBe('Learner 000500');
  for (const c of profile.competencies) {
    const { achieved, 'working-towards': working, 'not-assessed': none } = c.first;
    expect(achieved + working + none).toBe(generated.learners);
  }
  expect(statistics.histogram.reduce((n, b) => n + b.learners, 0)).toBe(generated.learners);
  expect(statistics.reliability).toMatchObject({ tries: generated.learners, items: 12, otherLength: 0 });
  expect(statistics.reliability!.alpha).toBeGreaterThan(0.3);
});
