/** Guards the course itself: the content in modules/ passes every check and compiles with every link expanded. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { compileModule, loadCheckedCourse, type LoadedCourse } from '../../../src/content/index.ts';
import { repoRoot } from './content-fixtures.ts';

const modulesDir = path.join(repoRoot, 'modules');
const moduleSlugs = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

let course: LoadedCourse;
beforeAll(() => {
  course = loadCheckedCourse(modulesDir, repoRoot).course;
});

it('every module in modules/ passes loadCheckedCourse', () => {
  expect(course.modules.map((m) => m.slug)).toEqual(moduleSlugs);
});

it.each(moduleSlugs)('%s compiles with no link syntax left for a learner to see', (slug) => {
  const compiled = compileModule(
    course,
    course.modules.find((m) => m.slug === slug)!,
  );

  expect(JSON.stringify(compiled)).not.toMatch(/\[\[|\[@|\]\(#page:/);
});

it.each(moduleSlugs)('%s shows every figure as a drawing, never as code', (slug) => {
  const compiled = compileModule(
    course,
    course.modules.find((m) => m.slug === slug)!,
  );
  for (const page of compiled.pages) {
    expect(page.html, page.id).not.toMatch(/<pre|<code/);
    // Drawings only: a voice block is a <figure class="block voice"> around a quotation, not a drawing.
    const figures = (page.html.match(/<figure[\s>][\s\S]*?<\/figure>/g) ?? []).filter(
      (f) => !f.startsWith('<figure class="block'),
    );
    for (const figure of figures) {
      expect(figure, page.id).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
      expect(figure, page.id).toMatch(/<title id=/);
      expect(figure, page.id).toMatch(/<desc id=/);
    }
  }
});

it('practice options are shown in an order of their own, so the answer is not always first', () => {
  const practices = course.modules
    .flatMap((m) => compileModule(course, m).pages)
    .flatMap((p) => p.activities)
    .flatMap((a) => (a.type === 'practice' ? [a] : []));
  expect(practices.length).toBeGreaterThan(10);
  const keyFirst = practices.filter((a) => a.options[0]!.correct).length;
  // Chance is about a quarter to a third; authors' own order had the answer first in two thirds.
  expect(keyFirst / practices.length).toBeLessThan(0.5);
  // The same order on every build, so a learner coming back sees what they saw.
  const again = compileModule(course, course.modules[0]!).pages.flatMap((p) => p.activities);
  const first = compileModule(course, course.modules[0]!).pages.flatMap((p) => p.activities);
  expect(again).toEqual(first);
});
