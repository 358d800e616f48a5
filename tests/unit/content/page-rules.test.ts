/** The page rules of content v3: words per page, varied shapes, key points kept for what matters, varied kinds. */
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  checkPageRules,
  pageShape,
  rulesBeingAdopted,
} from '../../../src/content/content-check.ts';
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

  it('are warnings while being adopted, not build errors', () => {
    const course = loadCourse(validCourseDir, repoRoot);
    for (const page of course.modules[0]!.pages) page.body += '\n:::key-point\nOne thing.\n:::\n';

    const { problems, warnings } = checkContent(course);

    expect(rulesBeingAdopted.has('key-points')).toBe(true);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/":::key-point" is on/);
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/":::key-point" is on/);
  });
});
