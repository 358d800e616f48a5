/** Lines in YAML: schema problems name the line of the bad value, and links are found on their own line. */
import { expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml, type YamlSource } from '../../../src/content/yaml-source.ts';

const lines = (...text: string[]) => text.join('\n');

it('tells a value of the wrong type from a missing one', () => {
  const schema = z.strictObject({ teaches: z.array(z.string()), title: z.string() });

  const parsed = parseYaml('page.md', lines('teaches: D1.1', 'note: extra'), schema, 2);

  expect(parsed.ok ? [] : parsed.problems).toEqual([
    { file: 'page.md', line: 2, message: '"teaches" Invalid input: expected array, received string' },
    { file: 'page.md', line: 2, message: '"title" is required' },
    { file: 'page.md', line: 2, message: 'has unknown key(s): note' },
  ]);
});

function sourceOf(text: string, firstLine = 1): YamlSource {
  const parsed = parseYaml('f.yaml', text, z.record(z.string(), z.string()), firstLine);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.source;
}

it('finds text in a folded scalar on the line it is written, though parsing joins the lines', () => {
  const source = sourceOf(
    lines(
      'plain: see [@a]', // 1
      'folded: >-', // 2
      '  first line', // 3
      '  second [@b] and [@b]', // 4
      '  third [@b]', // 5
      'literal: |', // 6
      '  one', // 7
      '  two [[x]]', // 8
    ),
  );

  expect(source.lineOfText(['plain'], '[@a]', 0)).toBe(1);
  expect(source.lineOfText(['folded'], '[@b]', 0)).toBe(4);
  expect(source.lineOfText(['folded'], '[@b]', 2)).toBe(5);
  expect(source.lineOfText(['literal'], '[[x]]', 0)).toBe(8);
  expect(source.lineOfText(['folded'], 'not there', 0)).toBe(2);
});

it('counts lines from where front matter starts in its file', () => {
  const source = sourceOf(lines('id: a', 'vignette: |', '  one', '  two (#page:b)'), 2);

  expect(source.lineOf(['vignette'])).toBe(3);
  expect(source.lineOfText(['vignette'], '(#page:b)', 0)).toBe(5);
});
