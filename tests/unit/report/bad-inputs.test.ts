/**
 * Bad input gets a clear message naming the file, never a stack trace: exit 1 for an input that cannot be used,
 * 2 for a wrong command line; a question id the banks do not know is a warning in the report, not a failure.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../scripts/report/errors.ts';
import { buildCohortReport } from '../../../scripts/report/run-report.ts';
import { moodleFixture, previewFixture, testCourse } from './test-course.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'imh-report-bad-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

async function inputError(file: string): Promise<string> {
  try {
    await buildCohortReport([file], testCourse);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted`);
}

describe('files that are not exports of this course', () => {
  test('a text file that is no export', async () => {
    expect(await inputError(write('notes.txt', 'Shopping list\nmilk\n'))).toMatch(
      /notes\.txt: is not an export the report can read.*"Shopping list"/,
    );
  });

  test('an empty file, a missing file, a folder', async () => {
    expect(await inputError(write('empty.csv', ''))).toMatch(/empty\.csv: is empty/);
    expect(await inputError(path.join(dir, 'missing.csv'))).toMatch(/missing\.csv: no such file/);
    expect(await inputError(dir)).toMatch(/is a folder/);
  });

  test('an Excel workbook: download the text format instead', async () => {
    expect(await inputError(write('report.xlsx', Buffer.from('PK\u0003\u0004rest', 'latin1')))).toMatch(
      /zip file.*"Download in text format"/,
    );
  });

  test("another course's Moodle report", async () => {
    const basic = readFileSync(moodleFixture('02-mentalization-scorm12.basic.csv'), 'utf8').replaceAll(
      "Mentalization: keeping the baby's mind in mind",
      'Fractions for beginners',
    );
    expect(await inputError(write('other.basic.csv', basic))).toMatch(
      /other\.basic\.csv: is not an export of this course: its activity \("Fractions for beginners"\)/,
    );
  });

  test("another course's gradebook and another package's CMI JSON", async () => {
    const book = '"First name","Last name","Email address","Quiz: Fractions (Real)"\nA,B,a@b.c,50.00\n';
    expect(await inputError(write('grades.csv', book))).toMatch(
      /not a gradebook export of this course.*"Fractions"/,
    );
    const cmi = JSON.parse(
      readFileSync(previewFixture('02-mentalization-scorm12.learnerA.cmi.json'), 'utf8'),
    );
    cmi.package = 'maths-101-scorm12';
    cmi.stored.scos = { 'item-fractions': cmi.stored.scos['item-02-mentalization'] };
    expect(await inputError(write('maths.cmi.json', JSON.stringify(cmi)))).toMatch(
      /package "maths-101-scorm12"/,
    );
  });

  test('JSON that is not a CMI export, and broken JSON', async () => {
    expect(await inputError(write('config.json', '{"name": "x"}'))).toMatch(/not a CMI export/);
    expect(await inputError(write('broken.json', '{"package": '))).toMatch(/not valid JSON/);
  });
});

test('a question id the banks do not know is listed as a warning and under its module, not a failure', async () => {
  const interactions = readFileSync(
    moodleFixture('02-mentalization-scorm12.interactions.csv'),
    'utf8',
  ).replaceAll('ment-quiet-dad-attempt-', 'ment-retired-item-attempt-');
  const report = await buildCohortReport([write('renamed.interactions.csv', interactions)], testCourse);
  expect(report.warnings).toHaveLength(1);
  expect(report.warnings[0]).toMatch(
    /Question "ment-retired-item" \(\d+ answers? in .*renamed\.interactions\.csv\)/,
  );
  const item = report.modules[0]!.items.find((i) => i.id === 'ment-retired-item')!;
  expect(item).toMatchObject({ inBank: false, stem: undefined });
  expect(item.all.answers).toBeGreaterThan(0);
});

test('an Interactions download without the Question columns says how to get them', async () => {
  const text = readFileSync(moodleFixture('02-mentalization-scorm12.interactions.csv'), 'utf8');
  const lines = text.split('\n');
  // Keep only the first 7 columns and the Response columns, as a bare GET of Moodle's download link gives.
  const keep = lines[0]!.split('\t').flatMap((h, i) => (i < 7 || h.startsWith('"Response') ? [i] : []));
  const responsesOnly = lines
    .filter((l) => l !== '')
    .map((l) => `${keep.map((i) => l.split('\t')[i] ?? '').join('\t')}\n`)
    .join('');
  const report = await buildCohortReport([write('responses-only.csv', responsesOnly)], testCourse);
  expect(report.inputs[0]!.notices.join(' ')).toMatch(/no "Question" columns.*Save preferences/);
});

describe('the command line', () => {
  const run = promisify(execFile);
  const cli = path.resolve(import.meta.dirname, '../../../scripts/report/imh-report.js');
  // A small valid course of its own, so this test does not depend on modules/ being mid-edit.
  const modules = path.resolve(import.meta.dirname, '../../fixtures/content/valid');
  const exitOf = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [cli, ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  test('no files is a usage error (2); a bad file is exit 1 with its name and no stack trace', async () => {
    const usage = await exitOf([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/name at least one export file[\s\S]*Usage:/);
    const bad = await exitOf([
      '--modules',
      modules,
      '--out',
      path.join(dir, 'out'),
      write('bad.txt', 'not an export\n'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^imh-report: .*bad\.txt: is not an export/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test("an export of this repository's course against another course's content is refused (exit 1)", async () => {
    const result = await exitOf([
      '--modules',
      modules,
      '--out',
      path.join(dir, 'out'),
      moodleFixture('02-mentalization-scorm12.interactions.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not an export of this course/);
  });
});
