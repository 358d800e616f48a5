/**
 * The report on the real Moodle 4.5 and preview exports, checked against counts made by hand from the fixture
 * files (tests/fixtures/lms-exports/, unchanged copies of shared/lms-exports/).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CohortReport, ItemFigures, ModuleFigures } from '../../../scripts/report/figures.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, previewFixture, testCourse } from './test-course.ts';

const moodle02 = ['basic', 'interactions', 'objectives'].map((r) =>
  moodleFixture(`02-mentalization-scorm12.${r}.csv`),
);
const moodle02v2004 = ['basic', 'interactions', 'objectives'].map((r) =>
  moodleFixture(`02-mentalization-scorm2004.${r}.csv`),
);
const moodle03 = ['basic', 'interactions', 'objectives'].map((r) =>
  moodleFixture(`03-aces-and-stress-scorm12.${r}.csv`),
);
const preview = ['scorm12.learnerA', 'scorm12.learnerB', 'scorm2004.learnerA', 'scorm2004.learnerB'].map(
  (f) => previewFixture(`02-mentalization-${f}.cmi.json`),
);

const moduleOf = (report: CohortReport, slug: string): ModuleFigures =>
  report.modules.find((m) => m.slug === slug)!;
const itemOf = (module: ModuleFigures, id: string): ItemFigures => module.items.find((i) => i.id === id)!;
/** The answers given to an earlier version of a question (its key changed since the export). */
const earlierVersionOf = (module: ModuleFigures, id: string): ItemFigures =>
  module.changedItems.find((i) => i.id === id)!;
const option = (item: ItemFigures, id: string) => item.options.find((o) => o.id === id)!;

describe('Moodle 1.2 exports of module 02 alone', () => {
  let module: ModuleFigures;
  beforeAll(async () => {
    module = moduleOf(await buildCohortReport(moodle02, testCourse), '02-mentalization');
  });

  test("George's first try: 5 of his 12 first-try answers are marked correct, 41.67%", () => {
    const george = module.profile.rows.find((r) => r.name === 'George Cohort07')!;
    expect(george.firstPercent).toBe(41.67);
    expect(george.bestPercent).toBe(41.67);
    expect(george.finishedTries).toBe(2);
    expect(george.firstPassed).toBe(false);
  });

  test('ment-certainty-tf: 4 first-try answers (George t, Ben f, Erin t, Farah t), 1 right; t chosen 3 times', () => {
    const item = itemOf(module, 'ment-certainty-tf');
    expect(item.first).toMatchObject({ answers: 4, correct: 1, facility: 0.25, answersWithResponse: 4 });
    expect(option(item, 't')).toMatchObject({ first: 3, recordedCorrect: false });
    expect(option(item, 'f')).toMatchObject({ first: 1, recordedCorrect: true });
    // All tries add George t, Chloe f, Dev t, Erin f and Farah f.
    expect(item.all).toMatchObject({ answers: 9, correct: 4 });
    // 25% would be "too hard", but 4 answers are too few to judge.
    expect(item.flags).toEqual([]);
    expect(item.tooFew.facility).toBe(true);
  });

  test('ment-stances-select (multiple response): 7 first tries, 5 right; b and c chosen by all, d and e by none', () => {
    const item = itemOf(module, 'ment-stances-select');
    expect(item.first).toMatchObject({ answers: 7, correct: 5 });
    expect(item.options.map((o) => [o.id, o.first])).toEqual([
      ['a', 5],
      ['b', 7],
      ['c', 7],
      ['d', 0],
      ['e', 0],
    ]);
    expect(item.patterns.find((p) => p.response.join() === 'b,c')).toMatchObject({
      first: 2,
      correct: false,
    });
  });

  test('ment-quiet-dad is answered right by all 9 on their first try: too easy, discrimination cannot be computed', () => {
    const item = itemOf(module, 'ment-quiet-dad');
    expect(item.first).toMatchObject({ answers: 9, correct: 9, facility: 1 });
    expect(item.first.discrimination).toBeUndefined();
    expect(item.flags).toContain('too-easy');
  });

  test('D4.1 (clinic observation, descriptive records): achieved by 7 of 9 first time (Chloe, Farah 1 of 2), all 9 at best', () => {
    expect(module.profile.learners).toBe(9);
    const d41 = module.profile.competencies.find((c) => c.id === 'D4.1')!;
    expect(d41.first).toEqual({ achieved: 7, 'working-towards': 2, 'not-assessed': 0 });
    expect(d41.best).toEqual({ achieved: 9, 'working-towards': 0, 'not-assessed': 0 });
    const chloe = module.profile.rows.find((r) => r.name === 'Chloe Cohort03')!;
    expect(chloe.competencies.find((c) => c.id === 'D4.1')).toEqual({
      id: 'D4.1',
      first: 'working-towards',
      firstPercent: 50,
      // Two D4.1 questions in her first try (clinic observation and descriptive records): a verdict on fewer than 3.
      firstQuestions: 2,
      best: 'achieved',
      bestPercent: 100,
    });
  });

  test('completion: the three reports of one activity are counted once', () => {
    expect(module.completion).toHaveLength(1);
    const [activity] = module.completion;
    expect(activity).toMatchObject({
      scormVersion: '1.2',
      learners: 11,
      notAttempted: 1,
      attempted: 10,
      passed: 8,
      failed: 1,
      unfinished: 1,
      passRate: 0.8,
      lmsAttempts: 10,
    });
    expect(activity!.files).toHaveLength(3);
    // Tries as in the README's table: Amara, Ben, Hana, Jade 1; Chloe, Dev, Farah, George 2; Erin 3.
    expect(activity!.tries?.histogram).toEqual([
      { tries: 1, learners: 4 },
      { tries: 2, learners: 4 },
      { tries: 3, learners: 1 },
    ]);
    expect(activity!.dropOff).toEqual([
      { place: 'Before the knowledge check (no answers)', learners: ['Isaac Cohort09'] },
    ]);
    expect(activity!.scoreCheck).toEqual({ compared: 9, matching: 9, mismatches: [] });
  });

  test('every question and competency of the module appears', () => {
    expect(module.items.map((i) => i.id)).toEqual(
      testCourse.module('02-mentalization')!.questions.map((q) => q.id),
    );
    expect(module.profile.competencies.map((c) => c.id)).toEqual([
      'D1.2',
      'D1.3',
      'D2.1',
      'D3.2',
      'D4.1',
      'D5.2',
      'D6.1',
    ]);
  });
});

describe('Moodle 1.2 exports of module 03', () => {
  let module: ModuleFigures;
  beforeAll(async () => {
    module = moduleOf(await buildCohortReport(moodle03, testCourse), '03-aces-and-stress');
  });

  test('first-try facility spans 2/8 (aces-patterns-to-notice) to 8/8, as the fixtures README says', () => {
    expect(earlierVersionOf(module, 'aces-patterns-to-notice').first).toMatchObject({
      answers: 8,
      correct: 2,
    });
    expect(itemOf(module, 'aces-parent-fears-score').first).toMatchObject({ answers: 8, correct: 8 });
  });

  test("a key that changed in the bank since the export: the answers are shown apart as an earlier version, with the recorded key, and kept out of today's item", () => {
    const item = earlierVersionOf(module, 'aces-patterns-to-notice');
    expect(item.recordedKey).toEqual(['a', 'b', 'c']);
    expect(item.bankKeyChanged).toEqual(['a', 'b']);
    expect(item.version).toMatchObject({
      current: false,
      hash: undefined,
      todaysStem: 'Stem of aces-patterns-to-notice',
    });
    // Today's text is not shown as what was asked, nor judged.
    expect(item.stem).toBeUndefined();
    expect(item.options.every((o) => o.text === undefined)).toBe(true);
    expect(item.flags).toEqual([]);
    // The recorded results still count for the learners' scores, but today's item has no answers.
    expect(itemOf(module, 'aces-patterns-to-notice').all.answers).toBe(0);
    expect(module.changedItems.map((i) => i.id)).toEqual(['aces-patterns-to-notice']);
  });

  test('Erin and George failed; Isaac left before the check and Jade during it, after 7 answers', () => {
    const [activity] = module.completion;
    expect(activity).toMatchObject({ attempted: 10, passed: 6, failed: 2, unfinished: 2, passRate: 0.6 });
    expect(activity!.dropOff).toEqual([
      { place: 'Before the knowledge check (no answers)', learners: ['Isaac Cohort09'] },
      { place: 'During the knowledge check (after 7 answers)', learners: ['Jade Cohort10'] },
    ]);
    // Jade's unfinished try is not a profile; her answers still count in the item analysis.
    expect(module.profile.learners).toBe(8);
    expect(module.profile.unfinishedOnly).toBe(1);
  });
});

describe('SCORM 2004 in Moodle: what the export holds', () => {
  let report: CohortReport;
  beforeAll(async () => {
    report = await buildCohortReport(moodle02v2004, testCourse);
  });

  test('is recognised as 2004, read for scores and times, and the report says why answers are missing', () => {
    const interactions = report.inputs.find((i) => i.format === 'moodle-interactions')!;
    expect(interactions.scormVersion).toBe('2004');
    expect(interactions.answers).toBe(0);
    expect(interactions.notices.join(' ')).toMatch(
      /SCORM 2004.*cmi\.interactions_N.*Use the SCORM 1\.2 packages/s,
    );
    const objectives = report.inputs.find((i) => i.format === 'moodle-objectives')!;
    expect(objectives.notices.join(' ')).toMatch(/objective cell of an attempted row is empty/);
    const module = moduleOf(report, '02-mentalization');
    expect(module.completion[0]).toMatchObject({
      attempted: 10,
      passed: 7,
      failed: 2,
      unfinished: 1,
      tries: undefined,
    });
    expect(module.profile.learners).toBe(0);
  });
});

describe('preview LMS CMI JSON', () => {
  let module: ModuleFigures;
  beforeAll(async () => {
    module = moduleOf(await buildCohortReport(preview, testCourse), '02-mentalization');
  });

  test('learner B failed once and passed the retry; the recomputed final scores match the LMS (83.33, 91.67)', () => {
    const b12 = module.profile.rows.find((r) => r.learner === 'preview:02-mentalization-scorm12.learnerB')!;
    const b2004 = module.profile.rows.find(
      (r) => r.learner === 'preview:02-mentalization-scorm2004.learnerB',
    )!;
    expect(b12).toMatchObject({ finishedTries: 2, firstPassed: false, bestPercent: 83.33, bestPassed: true });
    expect(b2004).toMatchObject({
      finishedTries: 2,
      firstPassed: false,
      bestPercent: 91.67,
      bestPassed: true,
    });
    for (const activity of module.completion) expect(activity.scoreCheck?.mismatches).toEqual([]);
  });

  test('latency is read from both versions (1.2 timespans and 2004 durations)', () => {
    const item = itemOf(module, 'ment-repair-sequence');
    expect(item.all.answers).toBeGreaterThan(0);
    expect(item.all.medianLatencyMs).toBeGreaterThan(500);
    expect(item.all.medianLatencyMs).toBeLessThan(2000);
  });

  test('2004 responses ("a[,]b", "true") become option ids like 1.2 ones', () => {
    const tf = itemOf(module, 'ment-certainty-tf');
    expect(tf.options.map((o) => o.id).sort()).toEqual(['f', 't']);
    const sequence = itemOf(module, 'ment-repair-sequence');
    expect(sequence.patterns.every((p) => p.response.every((id) => /^[a-e]$/.test(id)))).toBe(true);
  });
});

describe('all the exports together', () => {
  test('files of different modules, versions and LMSs mix; the gradebook is matched to modules by name', async () => {
    const report = await buildCohortReport(
      [...moodle02, ...moodle02v2004, ...moodle03, ...preview, moodleFixture('gradebook.csv')],
      testCourse,
    );
    expect(report.modules.map((m) => m.slug)).toEqual(['02-mentalization', '03-aces-and-stress']);
    expect(report.warnings).toEqual([]);
    const m02 = moduleOf(report, '02-mentalization');
    expect(m02.completion.map((c) => c.label)).toEqual([
      'Moodle, SCORM 1.2 (Basic report, Interactions report, Objectives report)',
      'Moodle, SCORM 2004 (Basic report, Interactions report, Objectives report)',
      'Preview LMS, SCORM 1.2 (2 CMI JSON files)',
      'Preview LMS, SCORM 2004 (2 CMI JSON files)',
    ]);
    expect(m02.gradebook.map((g) => [g.activity, g.graded, g.atOrAbovePassMark])).toEqual([
      ['Cohort 02 Mentalization (SCORM 1.2)', 9, 8],
      ['Cohort 02 Mentalization (SCORM 2004)', 9, 7],
    ]);
    expect(
      moduleOf(report, '03-aces-and-stress').gradebook.map((g) => [g.graded, g.atOrAbovePassMark]),
    ).toEqual([[8, 6]]);
    // 9 Moodle learners and 4 preview files have a finished try of module 02.
    expect(m02.profile.learners).toBe(13);
  });
});
