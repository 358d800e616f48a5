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
