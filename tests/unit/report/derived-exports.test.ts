/**
 * Trainers' files as they really arrive, derived from the real Moodle 4.5 exports (tests/fixtures/lms-exports/
 * derived/, see the README there): the same file twice, a European spreadsheet re-save (semicolons, decimal commas,
 * CRLF) and a cut-off download. Each gives the same figures as the clean files, or stops with a clear message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../scripts/report/errors.ts';
import type { CohortReport } from '../../../scripts/report/figures.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, testCourse } from './test-course.ts';

const derived = (name: string) =>
  path.resolve(import.meta.dirname, '../../fixtures/lms-exports/derived', name);
const clean = ['basic', 'interactions', 'objectives'].map((r) =>
  moodleFixture(`02-mentalization-scorm12.${r}.csv`),
);
const now = new Date('2026-12-01T00:00:00Z');

/** Every figure, without the names of the files read (which differ by design). */
const figures = (report: CohortReport) => ({
  modules: report.modules.map((m) => ({
    ...m,
    completion: m.completion.map((c) => ({ ...c, label: '', files: [] })),
    gradebook: m.gradebook.map((g) => ({ ...g, file: '' })),
  })),
  warnings: report.warnings,
});

async function inputError(files: string[]): Promise<string> {
  try {
    await buildCohortReport(files, testCourse, now);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${files.join(', ')} was accepted`);
}

describe('the same download given twice', () => {
  test('the Interactions file twice gives the figures of once, and says its rows were counted once', async () => {
    const once = await buildCohortReport(clean, testCourse, now);
    const twice = await buildCohortReport([...clean, clean[1]!], testCourse, now);
    expect(figures(twice)).toEqual(figures(once));
    const item = twice.modules[0]!.items.find((i) => i.id === 'ment-certainty-tf')!;
    expect(item.all.answers).toBe(9);
    expect(twice.inputs.at(-1)!.notices.find((n) => /counted once/.test(n))).toMatch(
      /^9 rows with answers already read from .*interactions\.csv .*counted once\.$/,
    );
  });

  test('every file twice (a re-downloaded copy of each) gives the figures of once', async () => {
    const once = await buildCohortReport(clean, testCourse, now);
    const twice = await buildCohortReport([...clean, ...clean], testCourse, now);
    expect(figures(twice)).toEqual(figures(once));
  });
});

describe('a European spreadsheet re-save (semicolons, decimal commas, CRLF)', () => {
  test('gives the same figures as the clean files: 8 passed, 1 failed, 1 not finished; 9 learners profiled', async () => {
    const european = ['basic', 'interactions', 'objectives'].map((r) =>
      derived(`02-mentalization-scorm12.${r}.european.csv`),
    );
    const once = await buildCohortReport(clean, testCourse, now);
    const resaved = await buildCohortReport(european, testCourse, now);
    expect(figures(resaved)).toEqual(figures(once));
    const completion = resaved.modules[0]!.completion[0]!;
    expect(completion).toMatchObject({ passed: 8, failed: 1, unfinished: 1 });
    expect(resaved.modules[0]!.profile.learners).toBe(9);
  });

  test('the gradebook re-saved gives the same grades', async () => {
    const clean = await buildCohortReport([moodleFixture('gradebook.csv')], testCourse, now);
    const resaved = await buildCohortReport([derived('gradebook.european.csv')], testCourse, now);
    expect(figures(resaved)).toEqual(figures(clean));
    expect(resaved.modules[0]!.gradebook[0]!.graded).toBeGreaterThan(0);
  });
});

describe('a cut-off download', () => {
  test('a row shorter than its header (a damaged file) stops naming the file and row', async () => {
    const text = readFileSync(moodleFixture('02-mentalization-scorm12.interactions.csv'), 'utf8').split('\n');
    text[3] = text[3]!.split('\t').slice(0, 40).join('\t');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'imh-report-derived-')), 'short-row.csv');
    writeFileSync(file, text.join('\n'));
    expect(await inputError([file])).toMatch(/short-row\.csv: row 4 has 40 cells where the header has 151/);
  });

  test('cut inside a Score cell: stops naming the file and row, exit code 1', async () => {
    const message = await inputError([derived('02-mentalization-scorm12.interactions.cut-in-score.csv')]);
    expect(message).toMatch(
      /cut-in-score\.csv: ends in the middle of row 5, with no line break after it: the download was cut off/,
    );
  });

  test('cut in the middle of an answer: stops naming the file and row', async () => {
    const message = await inputError([derived('02-mentalization-scorm12.interactions.cut-mid-answer.csv')]);
    expect(message).toMatch(/cut-mid-answer\.csv: ends in the middle of row 7, .*cut off/);
  });
});

describe('conflicting keys', () => {
  test('answers that record different correct responses for one question are reported, not silently overwritten', async () => {
    const report = await buildCohortReport(
      [derived('02-mentalization-scorm12.interactions.key-conflict.csv')],
      testCourse,
      now,
    );
    const warning = report.warnings.find((w) => w.includes('"ment-certainty-tf"'));
    expect(warning).toMatch(/record different correct answers: "f" \(8 answers\), "t" \(1 answer\)/);
    // The key most answers recorded is the one shown.
    const item = report.modules[0]!.items.find((i) => i.id === 'ment-certainty-tf')!;
    expect(item.recordedKey).toEqual(['f']);
  });

  test('the same attempt with a different key in a second file stops with both files named', async () => {
    const message = await inputError([
      clean[1]!,
      derived('02-mentalization-scorm12.interactions.key-conflict.csv'),
    ]);
    expect(message).toMatch(
      /key-conflict\.csv: holds attempt 1 of George Cohort07 in 02-mentalization with different answers or score from .*moodle-4\.5.*interactions\.csv/,
    );
  });
});
