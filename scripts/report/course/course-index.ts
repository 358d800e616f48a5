/**
 * What the report needs to know about the course, read at report time from modules/ with the project's own
 * loader and compiler: each module's title, pass mark, pages and competencies, and each question's stem, options
 * and competencies. Correct answers are NOT taken from here for scoring (the banks change; the export's recorded
 * result is what counted for the learner); the current key is kept only to point out where it has changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compileModule } from '../../../src/content/compile.ts';
import type { CompiledModule } from '../../../src/content/compiled.ts';
import { loadCourse } from '../../../src/content/load.ts';
import { ContentError, formatProblem } from '../../../src/content/problems.ts';
import { plainText } from '../../../src/content/render.ts';
import type { QuestionType } from '../../../src/content/schema.ts';
import { InputError } from '../errors.ts';

export interface CourseQuestion {
  id: string;
  module: string;
  type: QuestionType;
  competencies: string[];
  weight: number;
  stem: string;
  vignette: string | undefined;
  /** in bank order; for ordering questions, the bank's correct order */
  options: { id: string; text: string; keyedCorrect: boolean }[];
}

export interface CourseModule {
  slug: string;
  number: number;
  title: string;
  passMark: number;
  /** e.g. "imh-02-mentalization"; packages are named `${packageStem}-scorm12` / `-scorm2004` */
  packageStem: string;
  competencies: { id: string; statement: string }[];
  questions: CourseQuestion[];
  pages: { id: string; title: string }[];
}

export interface CourseIndex {
  id: string;
  title: string;
  version: string;
  modules: CourseModule[];
  module(slug: string): CourseModule | undefined;
  question(id: string): CourseQuestion | undefined;
  /** The module whose title a Moodle SCO column shows. */
  moduleByTitle(title: string): CourseModule | undefined;
}

const MAX_PROBLEMS_SHOWN = 10;

/** Loads modules/ (throws InputError naming each content problem when it cannot). */
export function loadCourseIndex(modulesDir: string): CourseIndex {
  const shown = path.relative(process.cwd(), modulesDir) || modulesDir;
  if (!existsSync(path.join(modulesDir, 'course.yaml')))
    throw new InputError(shown, 'is not the course content folder (it has no course.yaml); see --modules');
  let loaded;
  try {
    loaded = loadCourse(modulesDir);
  } catch (error) {
    if (error instanceof ContentError)
      throw new InputError(
        shown,
        'the course content cannot be loaded, so questions cannot be matched to competencies:\n' +
          error.problems
            .slice(0, MAX_PROBLEMS_SHOWN)
            .map((p) => `  ${formatProblem(p)}`)
            .join('\n') +
          (error.problems.length > MAX_PROBLEMS_SHOWN
            ? `\n  … and ${error.problems.length - MAX_PROBLEMS_SHOWN} more (npm run lint:content lists them all)`
            : ''),
      );
    throw error;
  }
  const course = loaded.course.value;
  return createCourseIndex(
    { id: course.id, title: course.title, version: course.version },
    loaded.modules.map((m) => toCourseModule(compileModule(loaded, m))),
  );
}

/** The index over modules already read (the loader's, or a test's own). */
export function createCourseIndex(
  course: { id: string; title: string; version: string },
  modules: CourseModule[],
): CourseIndex {
  const bySlug = new Map(modules.map((m) => [m.slug, m]));
  const byQuestion = new Map(modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));
  const byTitle = new Map(modules.map((m) => [normaliseTitle(m.title), m]));
  return {
    ...course,
    modules,
    module: (slug) => bySlug.get(slug),
    question: (id) => byQuestion.get(id),
    moduleByTitle: (title) => byTitle.get(normaliseTitle(title)),
  };
}

const normaliseTitle = (title: string) =>
  title.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function toCourseModule(compiled: CompiledModule): CourseModule {
  return {
    slug: compiled.slug,
    number: compiled.number,
    title: compiled.title,
    passMark: compiled.quiz.passMark,
    packageStem: compiled.id,
    competencies: compiled.competencies.map((c) => ({ id: c.id, statement: c.statement })),
    pages: compiled.pages.map((p) => ({ id: p.id, title: p.title })),
    questions: compiled.questions.map((q) => ({
      id: q.id,
      module: compiled.slug,
      type: q.type,
      competencies: q.competencies,
      weight: q.weight,
      stem: q.stemText,
      vignette: q.vignetteHtml === undefined ? undefined : plainText(q.vignetteHtml),
      options: q.options.map((o) => ({ id: o.id, text: plainText(o.html), keyedCorrect: o.correct })),
    })),
  };
}
