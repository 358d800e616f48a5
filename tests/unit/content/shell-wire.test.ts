/** The launch page's packed outline: every real module survives the round trip, and it is smaller than plain JSON. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileModule, loadCheckedCourse, splitModule } from '../../../src/content/index.ts';
import { packShell, unpackShell } from '../../../src/content/shell-wire.ts';
import { sessionShell } from '../player/session-fixture.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const { course } = loadCheckedCourse(path.join(root, 'modules'), root);

describe('the packed module outline', () => {
  test.each(course.modules.map((m) => [m.slug, m] as const))(
    '%s: unpacked from its JSON, the shell is the one the build split off',
    (_, module) => {
      const { shell } = splitModule(compileModule(course, module));
      const wire = JSON.stringify(packShell(shell));
      expect(unpackShell(JSON.parse(wire))).toEqual(shell);
      expect(wire.length).toBeLessThan(JSON.stringify(shell).length * 0.8);
    },
  );

  test('a key of several options, an ordering and a weight other than 1 come back as they were', () => {
    const shell = sessionShell();
    shell.bank = [
      {
        id: 'several',
        type: 'multiple',
        competencies: ['D1.1', 'D1.2'],
        weight: 2,
        options: [
          { id: 'q', correct: true },
          { id: '3', correct: false },
          { id: 'z', correct: true },
        ],
      },
      {
        id: 'in-order',
        type: 'ordering',
        competencies: ['D1.2'],
        weight: 1,
        options: [
          { id: 'b', correct: true },
          { id: 'a', correct: true },
        ],
      },
    ];
    const packed = packShell(shell);
    expect(packed.bank).toEqual([
      ['several', 'multiple', ['D1.1', 'D1.2'], 'q3z', 'qz', 2],
      ['in-order', 'ordering', ['D1.2'], 'ba', 'ba'],
    ]);
    expect(unpackShell(JSON.parse(JSON.stringify(packed)))).toEqual(shell);
  });

  test('an option id longer than one character fails the build, naming the question', () => {
    const shell = sessionShell();
    shell.bank = [
      { id: 'odd-ids', type: 'single', competencies: [], weight: 1, options: [{ id: 'ab', correct: true }] },
    ];
    expect(() => packShell(shell)).toThrow(/question "odd-ids": option id "ab" is not one character/);
  });
});
