/** A failed build leaves no zips behind: none from the build before it can pass for its output. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writePackages } from '../../../scripts/package/index.ts';
import { courseWithFault, repoRoot } from '../content/content-fixtures.ts';
import { fixtureCourse } from './fixture-course.ts';

const execFileAsync = promisify(execFile);
let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'imh-stale-'));
});
afterEach(() => rm(workDir, { recursive: true, force: true }));

const zipsIn = async (dir: string) =>
  existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.zip')) : [];

it('writePackages that fails part-way after a good run leaves no zips, old or new', async () => {
  const outDir = path.join(workDir, 'packages');
  await writePackages(fixtureCourse(outDir));
  expect(await zipsIn(outDir)).toHaveLength(6);
  const failing = fixtureCourse(outDir);
  // the second module's files cannot be made: the run fails while the packages are being made
  failing.modules[1] = {
    ...failing.modules[1]!,
    files: () => {
      throw new Error('the SCO files could not be made');
    },
  };

  await expect(writePackages(failing)).rejects.toThrow('the SCO files could not be made');

  expect(await zipsIn(outDir)).toEqual([]);
  expect(await readdir(workDir)).toEqual([]); // nor a half-written staging folder
});

it('a build whose content fails leaves dist/packages without the zips of the build before', async () => {
  const distDir = path.join(workDir, 'dist');
  await mkdir(path.join(distDir, 'packages'), { recursive: true });
  await writeFile(
    path.join(distDir, 'packages', 'imh-00-introduction-scorm12.zip'),
    'from the last good build',
  );
  const badCourse = courseWithFault('no-correct-answer');

  const failed = await execFileAsync(
    'npx',
    ['tsx', 'scripts/build.ts', '--out-dir', distDir, '--modules', badCourse],
    { cwd: repoRoot },
  ).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );

  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('has no correct answer');
  expect(await zipsIn(path.join(distDir, 'packages'))).toEqual([]);
});
