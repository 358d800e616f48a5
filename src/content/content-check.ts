/**
 * The editorial check: does each module have enough of what makes it teach (screens, words, vignettes,
 * reflections, figures, questions) and does every statistic carry a citation?
 */
import { checkAuthorNotes, checkGlossaryOrder } from './author-notes.ts';
import { checkFormCues, type FormCueReport } from './form-cues.ts';
import { mainText, scanBlocks } from './blocks.ts';
import type { LoadedCourse, LoadedModule } from './load.ts';
import { checkRepeatedPeople } from './people-names.ts';
import { plainTextContext } from './plain-text.ts';
import type { ContentProblem } from './problems.ts';
import { pageWords } from './words.ts';

export const contentRules = {
  outcomes: { min: 3, max: 5 },
  pages: { min: 6, max: 14 },
  wordsPerPage: { min: 150, max: 350 },
  practiceVignettes: 2,
  reflections: 1,
  figures: 1,
  questions: 12,
} as const;

/** A module's shape as a course, not a document (content v3, issue 19). */
export const pageRules = {
  /** every word on a page: Markdown with all its blocks, and its activities' text */
  maxWords: 600,
  /** `:::key-point` on at most this share of a module's pages */
  keyPointShare: 0.5,
  /** kinds of activity a module must use: these, and at least three of `varied` */
  required: ['practice', 'reflection', 'scenario'],
  varied: ['tabs', 'reveal', 'steps', 'sort', 'hotspots', 'scenario'],
  minVaried: 3,
} as const;

export type PageRule = 'page-words' | 'page-shapes' | 'key-points' | 'interactive-kinds';

/** Every page rule: a course with `pageRules: warn` in course.yaml (the default) is still adopting them. */
export const allPageRules: ReadonlySet<PageRule> = new Set<PageRule>([
  'page-words',
  'page-shapes',
  'key-points',
  'interactive-kinds',
]);

/** What a page is made of: its block kinds and its activity kinds, e.g. "key-point+practice". */
export function pageShape(page: LoadedModule['pages'][number]): string {
  const kinds = new Set([
    ...scanBlocks(page.body, page.bodyLine).blocks.map((b) => b.name as string),
    ...page.frontMatter.activities.map((a) => a.type as string),
  ]);
  return [...kinds].sort().join('+') || 'text';
}

/** Problems with the page rules, each tagged with its rule. */
export function checkPageRules(module: LoadedModule): (ContentProblem & { rule: PageRule })[] {
  const problems: (ContentProblem & { rule: PageRule })[] = [];
  const shapes = module.pages.map(pageShape);
  module.pages.forEach((page, i) => {
    const words = pageWords(page);
    if (words > pageRules.maxWords)
      problems.push({
        rule: 'page-words',
        file: page.file,
        line: 1,
        message: `page has ${words} words with its blocks and activities; at most ${pageRules.maxWords}: split it into two pages or tighten it`,
      });
    if (i > 0 && shapes[i] === shapes[i - 1])
      problems.push({
        rule: 'page-shapes',
        file: page.file,
        line: 1,
        message: `page has the same shape (${shapes[i]}) as the page before it; give one of them another kind of block or activity (tabs, reveal cards, steps, a sort…)`,
      });
  });
  const keyPoints = module.pages.filter((p) => /^:::[ \t]*key-point\b/m.test(p.body)).length;
  const allowed = Math.floor(module.pages.length * pageRules.keyPointShare);
  if (keyPoints > allowed)
    problems.push({
      rule: 'key-points',
      file: module.meta.source.file,
      line: 1,
      message: `":::key-point" is on ${keyPoints} of ${module.pages.length} pages; at most ${allowed}: keep it where one point matters most and fold the rest into the text`,
    });
  const kinds = new Set(module.pages.flatMap((p) => pageShape(p).split('+')));
  const missing = pageRules.required.filter((k) => !kinds.has(k));
  const varied = pageRules.varied.filter((k) => kinds.has(k));
  if (missing.length > 0 || varied.length < pageRules.minVaried)
    problems.push({
      rule: 'interactive-kinds',
      file: module.meta.source.file,
      line: 1,
      message: `the module's pages use ${[...kinds].filter((k) => k !== 'text').join(', ') || 'no activities'}; every module needs ${pageRules.required.join(', ')} and at least ${pageRules.minVaried} of ${pageRules.varied.join(', ')}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
    });
  return problems;
}

export interface ModuleReport {
  slug: string;
  pages: number;
  words: number[];
  practiceVignettes: number;
  reflections: number;
  figures: number;
  questions: number;
  questionsPerCompetency: Record<string, number>;
  missingCitations: ContentProblem[];
  formCues: FormCueReport;
  formCueProblems: ContentProblem[];
}

/** Words of prose a learner reads on the screen: figures, HTML, link syntax and :::details blocks do not count. */
export function countWords(markdown: string): number {
  const prose = mainText(markdown)
    .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[@[^\]]+\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const statistic = /\d+(?:\.\d+)?\s?%|\b\d+\s(?:in|out of)\s\d+\b|\b\d{1,3}(?:,\d{3})+\b/;

export function reportModule(module: LoadedModule, course?: LoadedCourse): ModuleReport {
  const questionsPerCompetency: Record<string, number> = {};
  for (const q of module.questions.value)
    for (const c of q.competencies) questionsPerCompetency[c] = (questionsPerCompetency[c] ?? 0) + 1;
  const activities = module.pages.flatMap((p) => p.frontMatter.activities);
  const missingCitations: ContentProblem[] = [];
  for (const page of module.pages) {
    let line = page.bodyLine;
    // Odd pieces are the blank lines between paragraphs; there may be more than one, so count what they hold.
    page.body.split(/(\n\s*\n)/).forEach((piece, i) => {
      const at = piece.search(statistic);
      if (i % 2 === 0 && at >= 0 && !piece.trimStart().startsWith('<') && !piece.includes('[@'))
        missingCitations.push({
          file: page.file,
          line: line + piece.slice(0, at).split('\n').length - 1,
          message: 'a figure or statistic with no citation in its paragraph',
        });
      line += piece.split('\n').length - 1;
    });
  }
  const formCues = checkFormCues(module, course && plainTextContext(course));
  return {
    slug: module.slug,
    pages: module.pages.length,
    words: module.pages.map((p) => countWords(p.body)),
    practiceVignettes: activities.filter((a) => a.type === 'practice').length,
    reflections: activities.filter((a) => a.type === 'reflection').length,
    figures: module.pages.reduce((n, p) => n + (p.body.match(/<figure[\s>]/g)?.length ?? 0), 0),
    questions: module.questions.value.length,
    questionsPerCompetency,
    missingCitations,
    formCues: formCues.report,
    formCueProblems: formCues.problems,
  };
}

export function checkContent(
  course: LoadedCourse,
  /** the page rules reported as warnings, not problems: by default all of them unless course.yaml enforces them */
  adopting: ReadonlySet<PageRule> = course.course.value.pageRules === 'enforce' ? new Set() : allPageRules,
): {
  reports: ModuleReport[];
  problems: ContentProblem[];
  /** page-rule problems of a course still adopting them (`pageRules: warn`): shown, not failing the build */
  warnings: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const reports = course.modules.map((module) => {
    const report = reportModule(module, course);
    const metaFile = module.meta.source.file;
    const below = (what: string, actual: number, min: number) => {
      if (actual < min)
        problems.push({ file: metaFile, line: 1, message: `${what}: ${actual}, at least ${min} needed` });
    };
    const outcomes = module.meta.value.outcomes.length;
    if (outcomes < contentRules.outcomes.min || outcomes > contentRules.outcomes.max)
      problems.push({
        file: metaFile,
        line: module.meta.source.lineOf(['outcomes']),
        message: `learning outcomes: ${outcomes}, 3–5 expected`,
      });
    below('pages', report.pages, contentRules.pages.min);
    if (report.pages > contentRules.pages.max)
      problems.push({
        file: metaFile,
        line: 1,
        message: `pages: ${report.pages}, at most ${contentRules.pages.max}`,
      });
    module.pages.forEach((page, i) => {
      const words = report.words[i]!;
      if (words < contentRules.wordsPerPage.min || words > contentRules.wordsPerPage.max)
        problems.push({
          file: page.file,
          line: page.bodyLine,
          message: `page has ${words} words; 150–350 expected`,
        });
    });
    below('practice vignettes', report.practiceVignettes, contentRules.practiceVignettes);
    below('reflection prompts', report.reflections, contentRules.reflections);
    below('figures', report.figures, contentRules.figures);
    below('questions in the bank', report.questions, contentRules.questions);
    problems.push(...report.missingCitations);
    problems.push(...report.formCueProblems);
    for (const { rule, ...problem } of checkPageRules(module))
      (adopting.has(rule) ? warnings : problems).push(problem);
    return report;
  });
  problems.push(...checkRepeatedPeople(course));
  problems.push(...checkAuthorNotes(course), ...checkGlossaryOrder(course));
  return { reports, problems, warnings };
}
