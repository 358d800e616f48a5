/** `npm run lint:content` on a course: exit code 1 with file:line: message for bad content, 0 when it passes. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { courseWithFault, repoRoot, validCourseDir } from './content-fixtures.ts';

const execFileAsync = promisify(execFile);

async function lintContent(modulesDir: string) {
  const command = ['tsx', 'scripts/lint-content.ts', modulesDir];
  try {
    const { stdout, stderr } = await execFileAsync('npx', command, { cwd: repoRoot });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { exitCode: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

it('exits 1 and prints file:line: message for a bad course', async () => {
  const courseDir = courseWithFault('unresolved-citation');

  const { exitCode, stderr } = await lintContent(courseDir);

  const glossaryFile = path.relative(repoRoot, path.join(courseDir, 'glossary.yaml'));
  expect(exitCode).toBe(1);
  expect(stderr).toContain(
    `${glossaryFile}:9: citation [@nobody2000] does not match any entry in references.yaml`,
  );
});

it('exits 0 for a course that passes', async () => {
  const { exitCode, stdout } = await lintContent(validCourseDir);

  expect(exitCode).toBe(0);
  expect(stdout).toContain('Content check passed.');
  // the form-cue table: 8 single-answer items, key longest 50%, shortest 50%, most clauses 38%, most stem
  // words 13%, ratio 0.96, T/F 1–1, one multiple with 2
  expect(stdout).toMatch(
    /form cues[\s\S]*01-houseplant-basics\s+8\s+50%\s+50%\s+38%\s+13%\s+0\.96\s+1–1\s+2\s+0\n/,
  );
  // evidence per verdict: no quiz.assesses (*), the fewest on one competency in 200 draws, pool ratio, applied
  expect(stdout).toMatch(
    /evidence per verdict[\s\S]*01-houseplant-basics\s+D1\.1 D1\.2 D2\.1 \*\s+4\s+1\.00\s+42%\n/,
  );
});
