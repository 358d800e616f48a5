/**
 * The fixture exports against the course's own modules/ as they are now: every question id the exports hold is
 * still in a bank (ids are kept when banks are rewritten), and every question and competency of the exported
 * modules appears in the report. Texts and keys are read, not asserted: they change.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadCourseIndex } from '../../../scripts/report/course/course-index.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, previewFixture } from './test-course.ts';

test('the fixture exports report cleanly against modules/', async () => {
  const course = loadCourseIndex(path.resolve(import.meta.dirname, '../../../modules'));
  const report = await buildCohortReport(
    [
      moodleFixture('02-mentalization-scorm12.interactions.csv'),
      moodleFixture('03-aces-and-stress-scorm12.interactions.csv'),
      previewFixture('02-mentalization-scorm2004.learnerA.cmi.json'),
    ],
    course,
  );
  expect(report.warnings).toEqual([]);
  expect(report.modules.map((m) => m.slug)).toEqual(['02-mentalization', '03-aces-and-stress']);
  for (const module of report.modules) {
    const bank = course.module(module.slug)!;
    expect(module.items.map((i) => i.id)).toEqual(bank.questions.map((q) => q.id));
    expect(
      module.items.every((i) => i.inBank && i.stem === bank.questions.find((q) => q.id === i.id)!.stem),
    ).toBe(true);
    expect(module.profile.competencies.map((c) => c.id)).toEqual(bank.competencies.map((c) => c.id));
  }
});
