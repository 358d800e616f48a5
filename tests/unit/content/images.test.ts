/** Module drawings: safe self-contained SVG, named where used, shipped beside the SCO. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compileModule } from '../../../src/content/compile.ts';
import { imageFileProblems } from '../../../src/content/images.ts';
import { loadCourse } from '../../../src/content/load.ts';
import { validateCourse } from '../../../src/content/validate.ts';
import { validCourseDir } from './content-fixtures.ts';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>\n';
const image = (text: string) => ({ ref: 'images/x.svg', file: 'images/x.svg', data: Buffer.from(text) });

describe('an image file', () => {
  it('passes when it is a self-contained SVG with a viewBox', () => {
    expect(imageFileProblems(image(drawing))).toEqual([]);
  });

  it.each([
    ['<svg viewBox="0 0 1 1">\n<script>alert(1)</script></svg>', 2, 'a <script> element'],
    ['<svg viewBox="0 0 1 1" onload="x()"></svg>', 1, 'event handler'],
    [
      '<svg viewBox="0 0 1 1">\n\n<use href="https://example.org/a.svg#b"/></svg>',
      3,
      'a link to another file',
    ],
    ['<svg viewBox="0 0 1 1"><rect style="fill:url(https://x.org/p)"/></svg>', 1, 'a url()'],
    ['<svg viewBox="0 0 1 1"><image href="#p"/></svg>', 1, 'an embedded <image>'],
    ['<svg width="10" height="10"></svg>', 1, 'no viewBox'],
    ['PNG\u0000binary', 1, 'not an SVG drawing'],
  ])('is refused with its line and what to do: %s', (text, line, what) => {
    const [problem] = imageFileProblems(image(text));
    expect(problem).toMatchObject({ file: 'images/x.svg', line });
    expect(problem?.message).toContain(what);
  });

  it('allows links inside the drawing (#gradient)', () => {
    const text =
      '<svg viewBox="0 0 1 1"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>';
    expect(imageFileProblems(image(text))).toEqual([]);
  });

  it('is at most 16 KB', () => {
    const big = drawing.replace('</svg>', `<!--${'x'.repeat(17_000)}--></svg>`);
    expect(imageFileProblems(image(big))[0]?.message).toMatch(/^the drawing is 17 KB; at most 16 KB/);
  });
});

describe('a module with images', () => {
  function courseWith(change: (moduleDir: string) => void) {
    const dir = mkdtempSync(path.join(tmpdir(), 'imh-images-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(validCourseDir, dir, { recursive: true });
    const moduleDir = path.join(dir, '01-houseplant-basics');
    mkdirSync(path.join(moduleDir, 'images'));
    writeFileSync(path.join(moduleDir, 'images', 'cover.svg'), drawing);
    change(moduleDir);
    return loadCourse(dir, dir);
  }
  const addToModuleYaml = (moduleDir: string, lines: string) => {
    const file = path.join(moduleDir, 'module.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}${lines}`);
  };

  it('names its cover with alt text; the compiled module carries it and the build ships the file', () => {
    const course = courseWith((dir) =>
      addToModuleYaml(dir, 'cover: images/cover.svg\ncoverAlt: A fern on a sill\n'),
    );

    expect(validateCourse(course)).toEqual([]);
    expect(compileModule(course, course.modules[0]!).cover).toEqual({
      src: 'images/cover.svg',
      alt: 'A fern on a sill',
    });
    expect(course.modules[0]!.images.map((i) => i.ref)).toEqual(['images/cover.svg']);
  });

  it('fails at the line of a picture that is not in its images folder', () => {
    const course = courseWith((dir) => addToModuleYaml(dir, 'cover: images/covr.svg\ncoverAlt: ""\n'));

    const problems = validateCourse(course).filter((p) => p.message.includes('images folder'));

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/module\.yaml$/);
    expect(problems[0]!.message).toBe(
      '"images/covr.svg" is not in the module\'s images folder: add the file, or correct the name',
    );
    const lines = readFileSync(path.join(course.root, '01-houseplant-basics/module.yaml'), 'utf8').split(
      '\n',
    );
    expect(lines[problems[0]!.line - 1]).toBe('cover: images/covr.svg');
  });

  it('needs alt text (or "") with a cover', () => {
    const course = courseWith((dir) => addToModuleYaml(dir, 'cover: images/cover.svg\n'));
    expect(validateCourse(course).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^a cover needs "coverAlt"/),
    );
  });

  it('refuses files other than SVG in the images folder', () => {
    expect(() => courseWith((dir) => writeFileSync(path.join(dir, 'images', 'photo.png'), 'png'))).toThrow(
      /content/i,
    );
  });
});
