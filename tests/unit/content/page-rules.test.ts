/** The page rules of content v3: words per page, varied shapes, key points kept for what matters, varied kinds. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkPageRules, pageShape } from '../../../src/content/content-check.ts';
import { loadCourse, type LoadedModule } from '../../../src/content/load.ts';
import { repoRoot, validCourseDir } from './content-fixtures.ts';

function validModule(): LoadedModule {
  return loadCourse(validCourseDir, repoRoot).modules[0]!;
}

const rules = (module: LoadedModule) => checkPageRules(module).map((p) => p.rule);

describe('page rules', () => {
  it('count a page’s words with its blocks and activities, and name the page and the fix', () => {
    const module = validModule();
    const page = module.pages[0]!;
    page.body += `\n\n:::details More\n${'word '.repeat(600)}\n:::\n`;

    const problem = checkPageRules(module).find((p) => p.rule === 'page-words');

    expect(problem?.file).toBe(page.file);
    expect(problem?.message).toMatch(
      /^page has \d+ words with its blocks and activities; at most 600: split/,
    );
  });

  it('report two pages in a row of the same shape, at the second', () => {
    const module = validModule();
    module.pages[1]!.body = module.pages[0]!.body;
    module.pages[1]!.frontMatter = {
      ...module.pages[1]!.frontMatter,
      activities: module.pages[0]!.frontMatter.activities,
    };

    const problem = checkPageRules(module).find((p) => p.rule === 'page-shapes');

    expect(problem?.file).toBe(module.pages[1]!.file);
    expect(problem?.message).toContain(`(${pageShape(module.pages[0]!)})`);
  });

  it('allow key points on at most half the pages', () => {
    const module = validModule();
    for (const page of module.pages) page.body = page.body.replace(/:::key-point[\s\S]*?\n:::\n/g, '');
    expect(rules(module)).not.toContain('key-points');

    for (const page of module.pages) page.body += '\n:::key-point\nOne thing.\n:::\n';

    expect(rules(module)).toContain('key-points');
  });

  it('ask every module for practice, reflection, a scenario and three varied kinds', () => {
    const problem = checkPageRules(validModule()).find((p) => p.rule === 'interactive-kinds');
    expect(problem?.message).toContain('missing: scenario');
  });

  it('fail the build in a course that enforces them, and are warnings in one still adopting them', () => {
    const course = loadCourse(validCourseDir, repoRoot);
    for (const page of course.modules[0]!.pages) page.body += '\n:::key-point\nOne thing.\n:::\n';
    const keyPoints = (list: { message: string }[]) =>
      list.filter((p) => p.message.includes('":::key-point" is on'));

    expect(course.course.value.pageRules).toBe('warn');
    expect(keyPoints(checkContent(course).warnings)).toHaveLength(1);
    expect(keyPoints(checkContent(course).problems)).toHaveLength(0);

    course.course.value.pageRules = 'enforce';
    expect(keyPoints(checkContent(course).problems)).toHaveLength(1);
    expect(keyPoints(checkContent(course).warnings)).toHaveLength(0);
  });

  it('are enforced for this course: every module meets them', () => {
    const course = loadCourse(path.join(repoRoot, 'modules'), repoRoot);
    expect(course.course.value.pageRules).toBe('enforce');
    expect(checkContent(course).warnings).toEqual([]);
  });
});
