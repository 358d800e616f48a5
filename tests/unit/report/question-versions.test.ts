/**
 * Which version of a question each answer was given to (issue 23): from the version hash the course writes into
 * interaction ids (`<id>_v<hash>-attempt-K`), or for older exports from the recorded key against today's. Answers
 * to an earlier version are shown apart with their recorded key, never under today's text, and kept out of
 * today's item figures; every changed item says so.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCourseIndex, loadCourseIndex } from '../../../scripts/report/course/course-index.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { renderReportPage } from '../../../scripts/report/render/report-page.ts';
import { compileModule } from '../../../src/content/compile.ts';
import { loadCourse } from '../../../src/content/load.ts';
import { escapeHtml } from '../../../src/content/render.ts';
import { questionVersion } from '../../../src/assessment/option-ids.ts';
import { moodleFixture, testCourse } from './test-course.ts';

const derived = (name: string) =>
  path.resolve(import.meta.dirname, '../../fixtures/lms-exports/derived', name);
const now = new Date('2026-12-01T00:00:00Z');
const modulesDir = path.resolve(import.meta.dirname, '../../../modules');

/** The test course with every question at version 1a2b, as a course that writes versions would report. */
const versionedCourse = createCourseIndex(
  { id: testCourse.id, title: testCourse.title, version: testCourse.version },
  testCourse.modules.map((m) => ({ ...m, questions: m.questions.map((q) => ({ ...q, version: '1a2b' })) })),
);

describe('versioned interaction ids', () => {
  test("answers at today's version count as today's question; an earlier version (9z9z) of ment-quiet-dad is apart although its key is the same", async () => {
    const report = await buildCohortReport(
      [derived('02-mentalization-scorm12.interactions.versioned.csv')],
      versionedCourse,
      now,
    );
    const clean = await buildCohortReport(
      [moodleFixture('02-mentalization-scorm12.interactions.csv')],
      testCourse,
      now,
    );
    const module = report.modules[0]!;
    const cleanModule = clean.modules[0]!;
    // Learners' scores and profiles are the same: every answer counts as the LMS marked it.
    expect(module.profile).toEqual(cleanModule.profile);
    // ment-certainty-tf: the hand-checked figures, recognised by hash.
    const tf = module.items.find((i) => i.id === 'ment-certainty-tf')!;
    expect(tf.first).toMatchObject({ answers: 4, correct: 1 });
    expect(tf.version).toEqual({ current: true, recognisedBy: { hash: 9, key: 0, unverified: 0 } });
    // ment-quiet-dad: all 9 first tries right, but at version 9z9z: apart, not judged, no text.
    const today = module.items.find((i) => i.id === 'ment-quiet-dad')!;
    expect(today.all.answers).toBe(0);
    expect(today.flags).toEqual([]);
    expect(module.changedItems).toHaveLength(1);
    const earlier = module.changedItems[0]!;
    expect(earlier).toMatchObject({
      id: 'ment-quiet-dad',
      stem: undefined,
      flags: [],
      bankKeyChanged: undefined,
    });
    expect(earlier.first).toMatchObject({ answers: 9, correct: 9 });
    expect(earlier.version).toMatchObject({ current: false, hash: '9z9z', todaysHash: '1a2b' });
    const page = renderReportPage(report).replace(/\s+/g, ' ');
    expect(page).toMatch(
      /Changed since these answers were given<\/strong> \(version <code>9z9z<\/code>, today <code>1a2b<\/code>\): recorded key <code>a<\/code>; today's key is the same, the wording or options changed\./,
    );
    expect(page).toContain(
      "Today's version, for reference only (not what was asked): Stem of ment-quiet-dad",
    );
  });

  test('the version the report computes is the one the build writes into interaction ids', () => {
    const course = loadCourseIndex(modulesDir);
    const loaded = loadCourse(modulesDir);
    for (const module of loaded.modules) {
      const compiled = compileModule(loaded, module);
      const index = course.module(module.slug)!;
      for (const q of compiled.questions ?? []) {
        const indexed = index.questions.find((x) => x.id === q.id)!;
        expect(indexed.options.map((o) => o.id)).toEqual(q.options.map((o) => o.id));
        expect(indexed.version).toBe(questionVersion(q));
      }
    }
  });
});

describe('older exports against the rewritten banks (modules/ today)', () => {
  test("module 02: every question whose recorded key is not today's is apart with a note, and never under today's text", async () => {
    const course = loadCourseIndex(modulesDir);
    const report = await buildCohortReport(
      [moodleFixture('02-mentalization-scorm12.interactions.csv')],
      course,
      now,
    );
    const module = report.modules[0]!;
    const bank = course.module('02-mentalization')!;
    // Old exports name options by letter; today's ids are derived from the option text, so a recorded key that
    // is not today's means a changed item.
    expect(module.changedItems.length).toBeGreaterThanOrEqual(12);
    const page = renderReportPage(report);
    const notes = page.match(/class="warning changed-note"/g) ?? [];
    expect(notes).toHaveLength(module.changedItems.length);
    for (const item of module.changedItems) {
      expect(item.stem).toBeUndefined();
      expect(item.options.every((o) => o.text === undefined)).toBe(true);
      expect(item.recordedKey).toBeDefined();
    }
    // ment-minding-the-baby: today's text is not shown with the old letters, nor "✓ correct" under it.
    const minding = module.changedItems.find((i) => i.id === 'ment-minding-the-baby');
    expect(minding).toBeDefined();
    const todays = bank.questions.find((q) => q.id === 'ment-minding-the-baby')!;
    for (const option of todays.options) expect(page).not.toContain(escapeHtml(option.text));
    // The one question matched by its recorded key (true/false, the same key) is said once, for the module.
    expect(
      page
        .replace(/\s+/g, ' ')
        .match(/matched to today's version by the correct answer the export recorded/g),
    ).toHaveLength(1);
    // Every answer is either to today's version or to an earlier one.
    const answers = (items: typeof module.items) => items.reduce((n, i) => n + i.all.answers, 0);
    expect(answers(module.items) + answers(module.changedItems)).toBe(180);
  });
});
