/** The form-cue measures on a bank, and the plain text they measure options by. */
import { expect, it } from 'vitest';
import { checkFormCues } from '../../../src/content/form-cues.ts';
import { loadCourse } from '../../../src/content/load.ts';
import { plainText, plainTextContext } from '../../../src/content/plain-text.ts';
import { validCourseDir } from './content-fixtures.ts';

it('measures an option by the text a learner reads, not its Markdown', () => {
  const context = {
    terms: new Map([['root-rot', 'Root rot']]),
    cites: new Map([['green2018', 'Green & Leaf, 2018']]),
  };

  expect(plainText('Check for [[root-rot]] and see [the light page](#page:light) *first*', context)).toBe(
    'Check for Root rot and see the light page first',
  );
  expect(plainText('Dry [[root-rot|roots]]  [@green2018; @moss2015]', context)).toBe(
    'Dry roots (Green & Leaf, 2018; moss2015)',
  );
});

it('reports the valid bank: balanced keys, a 1–1 true/false split, no absolute words', () => {
  const course = loadCourse(validCourseDir, validCourseDir);

  const { report, problems } = checkFormCues(course.modules[0]!, plainTextContext(course));

  expect(problems).toEqual([]);
  expect(report).toMatchObject({
    singleAnswer: 8,
    chance: 0.5,
    correctLongest: 4,
    correctShortest: 4,
    keyedTrue: 1,
    keyedFalse: 1,
    multipleCorrectCounts: [2],
    absoluteWordDistractors: 0,
  });
  expect(report.lengthRatio).toBeCloseTo(0.96, 2);
});
