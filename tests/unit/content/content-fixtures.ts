/**
 * The fixture courses in tests/fixtures/content/: one valid course, and under bad/<kind>/ the files that,
 * laid over a copy of it, each break exactly one rule.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/content/problems.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const fixturesDir = path.join(repoRoot, 'tests/fixtures/content');
export const validCourseDir = path.join(fixturesDir, 'valid');
const faultsDir = path.join(fixturesDir, 'bad');

/** The name of every folder in bad/, one a fault. */
export const faultKinds = readdirSync(faultsDir).sort();

/**
 * Copies the valid course to a temporary folder (removed when the test finishes) and lays bad/<kind>/ over it.
 * Every file of a fault must replace a file of the valid course, so a misspelt path cannot go unnoticed; a
 * module folder the valid course lacks (e.g. 02-more-houseplants/) starts as a copy of the valid module, and
 * its files must replace files of that copy.
 */
export function courseWithFault(kind: string): string {
  const overlay = path.join(faultsDir, kind);
  const replaced = readdirSync(overlay, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(path.join(overlay, file)).isFile(),
  );
  const added = addedModules(overlay);
  const inValidCourse = (file: string) => {
    const [top, ...rest] = file.split(path.sep);
    return added.includes(top!) ? path.join(validModule, ...rest) : file;
  };
  const strays = replaced.filter((file) => !existsSync(path.join(validCourseDir, inValidCourse(file))));
  if (replaced.length === 0 || strays.length > 0)
    throw new Error(`bad/${kind} must only replace files of the valid course (not: ${strays.join(', ')})`);
  const dir = mkdtempSync(path.join(tmpdir(), `imh-content-${kind}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(validCourseDir, dir, { recursive: true });
  for (const module of added)
    cpSync(path.join(validCourseDir, validModule), path.join(dir, module), { recursive: true });
  cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** The valid course's one module: a module folder a fault adds starts as a copy of it. */
const validModule = '01-houseplant-basics';

/** Module folders (NN-slug) in a fault that the valid course does not have. */
function addedModules(overlay: string): string[] {
  return readdirSync(overlay, { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && /^\d{2}-/.test(e.name) && !existsSync(path.join(validCourseDir, e.name)),
    )
    .map((e) => e.name);
}

/** The problems of the ContentError that `load` throws; fails the test when it throws nothing. */
export function problemsOf(load: () => unknown): readonly ContentProblem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError, but the content loaded');
}
