/** Build-time entry to the content: load, validate and check a course in one step. Node only. */
import { checkContent, type ModuleReport } from './content-check.ts';
import { loadCourse, type LoadedCourse } from './load.ts';
import { ContentError } from './problems.ts';
import { validateCourse } from './validate.ts';

export interface CheckedCourse {
  course: LoadedCourse;
  reports: ModuleReport[];
}

/** Throws a ContentError listing every problem (file:line: message) when the course cannot be built. */
export function loadCheckedCourse(modulesDir: string, cwd = process.cwd()): CheckedCourse {
  const course = loadCourse(modulesDir, cwd);
  const { reports, problems: editorial } = checkContent(course);
  const problems = [...validateCourse(course), ...editorial];
  if (problems.length > 0) throw new ContentError(problems);
  return { course, reports };
}

export { ContentError, formatProblem } from './problems.ts';
export { compileModule, moduleId, splitModule } from './compile.ts';
export type { LoadedCourse } from './load.ts';
