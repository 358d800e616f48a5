import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writePackages } from '../../../scripts/package/index.ts';
import { fixtureCourse } from './fixture-course.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const VALIDATOR = path.resolve(repoRoot, '../shared/scorm-schemas/validate');
const hasXmllint = (process.env.PATH ?? '')
  .split(path.delimiter)
  .some((folder) => folder !== '' && existsSync(path.join(folder, 'xmllint')));
const missing = !existsSync(VALIDATOR)
  ? `no SCORM validator at ${VALIDATOR}`
  : !hasXmllint
    ? 'xmllint is not installed (apt-get install libxml2-utils)'
    : '';

let workDir: string | undefined;
afterAll(() => (workDir ? rm(workDir, { recursive: true, force: true }) : undefined));

it.skipIf(missing !== '')(
  `every zip validates against the SCORM schemas with no error or unlisted file${missing && ` (SKIPPED: ${missing})`}`,
  async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'imh-package-validate-'));
    for (const zip of await writePackages(fixtureCourse(workDir))) {
      const { exitCode, output } = await validate(zip);
      expect(exitCode, output).toBe(0);
      expect(output, zip).toMatch(/^RESULT: VALID SCORM/m);
      expect(output, zip).not.toMatch(/ERROR|WARNING/);
    }
  },
);

function validate(zip: string): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    execFile(VALIDATOR, [zip], (error, stdout, stderr) => {
      resolve({ exitCode: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}
