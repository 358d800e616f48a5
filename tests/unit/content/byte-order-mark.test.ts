/** Some Windows editors start a UTF-8 file with a byte-order mark: content loads as if it were not there. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { loadCheckedCourse } from '../../../src/content/index.ts';
import { validCourseDir } from './content-fixtures.ts';

const withByteOrderMark = [
  'glossary.yaml',
  'support.md',
  '01-houseplant-basics/module.yaml',
  '01-houseplant-basics/questions.yaml',
  '01-houseplant-basics/pages/02-light.md',
];

it('strips a byte-order mark from the start of YAML, Markdown pages and support.md', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'imh-content-bom-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(validCourseDir, dir, { recursive: true });
  for (const file of withByteOrderMark) {
    const full = path.join(dir, file);
    writeFileSync(full, `\uFEFF${readFileSync(full, 'utf8')}`);
    expect(readFileSync(full)[0]).toBe(0xef); // the mark really is there
  }

  const { course } = loadCheckedCourse(dir, dir);

  expect(course.support.text.startsWith('\uFEFF')).toBe(false);
  const light = course.modules[0]!.pages.find((p) => p.frontMatter.id === 'light')!;
  expect(light.frontMatter.title).toBe('Finding the right light');
  expect(light.bodyLine).toBe(22);
  expect(course.modules[0]!.meta.value.title).toBe('Houseplant basics');
});
