/**
 * What the report needs to know about the course, read at report time from modules/ with the project's own
 * loader and compiler: each module's title, pass mark, pages and competencies, and each question's stem, options
 * and competencies. Correct answers are NOT taken from here for scoring (the banks change; the export's recorded
 * result is what counted for the learner); the current key is kept only to point out where it has changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { questionVersion, stableOptionIds } from '../../../src/assessment/option-ids.ts';
import { moduleId } from '../../../src/content/compile.ts';
import { loadCourse, type LoadedModule } from '../../../src/content/load.ts';
import { ContentError, formatProblem } from '../../../src/content/problems.ts';
import { createRenderer, plainText, type Renderer } from '../../../src/content/render.ts';
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
  /** in bank order, with the ids the course reports today; for ordering questions, the bank's correct order */
  options: { id: string; text: string; keyedCorrect: boolean }[];
  /**
   * The version the course writes into interaction ids today (`<id>_v<version>-attempt-K`, four base-36 characters
   * of stem, options and keys); undefined for a course index built without it (tests of old exports).
   */
  version?: string;
}

/** The question's key as the course reports it today: the keyed options, or for ordering questions the order. */
export function todaysKey(question: CourseQuestion): string[] {
  return question.type === 'ordering'
    ? question.options.map((o) => o.id)
    : question.options.filter((o) => o.keyedCorrect).map((o) => o.id);
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
  const render = createRenderer({
    glossary: new Map(loaded.glossary.value.terms.map((t) => [t.id, t])),
    references: new Map(loaded.references.value.references.map((r) => [r.id, r])),
  });
  const competencyMap = loaded.competencies.value.competencies;
  return createCourseIndex(
    { id: course.id, title: course.title, version: course.version },
    loaded.modules.map((m) => toCourseModule(m, course.id, competencyMap, render)),
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

/**
 * The module as the report needs it. Only question text is rendered (as the player's compiler renders it, to
 * plain text), not the pages, which the report never shows.
 */
function toCourseModule(
  module: LoadedModule,
  courseId: string,
  competencyMap: readonly { id: string; statement: string }[],
  render: Renderer,
): CourseModule {
  const meta = module.meta.value;
  const bank = module.questions.value;
  const assessed = new Set(bank.flatMap((q) => q.competencies));
  return {
    slug: module.slug,
    number: module.number,
    title: meta.title,
    passMark: meta.quiz.passMark,
    packageStem: moduleId(courseId, module.slug),
    competencies: competencyMap
      .filter((c) => assessed.has(c.id))
      .map((c) => ({ id: c.id, statement: c.statement })),
    pages: module.pages.map((p) => ({ id: p.frontMatter.id, title: p.frontMatter.title })),
    questions: bank.map((q) => {
      const stemHtml = render.inline(q.stem);
      // The ids and the version as the build gives them (src/content/compile.ts): what the course reports today.
      const ids =
        q.type === 'true-false'
          ? q.options.map((o) => o.id)
          : stableOptionIds(
              q.id,
              q.options.map((o) => o.text),
            );
      const options = q.options.map((o, i) => ({
        id: ids[i]!,
        html: render.inline(o.text),
        correct: 'correct' in o ? o.correct === true : false,
      }));
      return {
        id: q.id,
        module: module.slug,
        type: q.type,
        competencies: q.competencies,
        weight: q.weight,
        stem: plainText(stemHtml),
        vignette: q.type === 'scenario' ? plainText(render.block(q.vignette)) : undefined,
        options: options.map((o) => ({
          id: o.id,
          text: plainText(o.html),
          keyedCorrect: q.type === 'ordering' ? false : o.correct,
        })),
        version: questionVersion({ stemText: plainText(stemHtml), options }),
      };
    }),
  };
}
