import { describe, expect, test } from 'vitest';
import {
  achievedThreshold,
  correctResponse,
  isCorrect,
  scoreAttempt,
  type ScorableQuestion,
} from '../../../src/assessment/scoring.ts';
import { question } from './fixture-bank.ts';

const single = question('single', { type: 'single', options: 'abc', correct: 'b' });
const multiple = question('multiple', { type: 'multiple', options: 'abcd', correct: 'ac' });
const ordering = question('ordering', { type: 'ordering', options: 'abcd' });
const trueFalse = question('true-false', { type: 'true-false', options: 'ab', correct: 'b' });

/** A single-choice question that 'a' answers right and 'b' wrong. */
const rightIsA = (id: string, spec: { weight?: number; competencies?: string[] } = {}) =>
  question(id, { type: 'single', options: 'ab', correct: 'a', ...spec });

/** `count` questions of one weight and competency; the first `right` of them answered right, the rest wrong. */
function answered(
  count: number,
  right: number,
  spec: { weight?: number; competencies?: string[]; prefix?: string } = {},
) {
  const questions = Array.from({ length: count }, (_, i) => rightIsA(`${spec.prefix ?? 'q'}${i}`, spec));
  const responses = Object.fromEntries(questions.map((q, i) => [q.id, [i < right ? 'a' : 'b']]));
  return { questions, responses };
}

describe('isCorrect', () => {
  test.each([
    ['single: the correct option', single, ['b'], true],
    ['single: another option', single, ['a'], false],
    ['single: the correct option and another', single, ['b', 'a'], false],
    ['true-false: the correct option', trueFalse, ['b'], true],
    ['true-false: the other option', trueFalse, ['a'], false],
    ['multiple: every correct option', multiple, ['a', 'c'], true],
    ['multiple: every correct option, in any order', multiple, ['c', 'a'], true],
    ['multiple: one correct option of two (partial is wrong)', multiple, ['a'], false],
    ['multiple: every correct option and one more (extra is wrong)', multiple, ['a', 'c', 'd'], false],
    ['multiple: every option', multiple, ['a', 'b', 'c', 'd'], false],
    ['multiple: as many options as correct, but the wrong ones', multiple, ['b', 'd'], false],
    ['ordering: the whole sequence in order', ordering, ['a', 'b', 'c', 'd'], true],
    ['ordering: two items swapped', ordering, ['a', 'b', 'd', 'c'], false],
    ['ordering: reversed', ordering, ['d', 'c', 'b', 'a'], false],
    ['ordering: the right start of the sequence only', ordering, ['a', 'b', 'c'], false],
    ['ordering: the sequence with an item repeated', ordering, ['a', 'b', 'c', 'd', 'd'], false],
  ] as const)('%s', (_, q, response, expected) => {
    expect(isCorrect(q, response)).toBe(expected);
  });

  test.each([single, multiple, ordering, trueFalse])('an empty response to $type is wrong', (q) => {
    expect(isCorrect(q, [])).toBe(false);
  });
});

describe('correctResponse', () => {
  test('lists the correct options of a choice question', () => {
    expect(correctResponse(single)).toEqual(['b']);
    expect(correctResponse(multiple)).toEqual(['a', 'c']);
    expect(correctResponse(trueFalse)).toEqual(['b']);
  });

  test('lists every item of an ordering question, in order, whatever their correct flags', () => {
    expect(correctResponse(ordering)).toEqual(['a', 'b', 'c', 'd']);
  });

  test.each([single, multiple, ordering, trueFalse])('scores $type right', (q) => {
    expect(isCorrect(q, correctResponse(q))).toBe(true);
  });
});

describe('scoreAttempt: overall score', () => {
  test('is earned weight over available weight', () => {
    const questions = [rightIsA('light', { weight: 1 }), rightIsA('heavy', { weight: 3 })];
    const score = scoreAttempt(questions, { light: ['b'], heavy: ['a'] }, 80);
    expect(score).toMatchObject({ earned: 3, available: 4, percent: 75, passed: false });
  });

  test('counts only the questions in the attempt, not responses to others', () => {
    const score = scoreAttempt([single], { single: ['b'], elsewhere: ['a'] }, 80);
    expect(score).toMatchObject({ earned: 1, available: 1, percent: 100, passed: true });
  });

  test('scores a question with no response, or an empty one, as wrong', () => {
    const score = scoreAttempt([single, multiple], { multiple: [] }, 80);
    expect(score).toMatchObject({ earned: 0, available: 2, percent: 0, passed: false });
  });

  test('with no responses at all, a competency judged on three questions is working towards at 0%', () => {
    const third = rightIsA('third', { competencies: ['D1.1'] });
    const score = scoreAttempt([single, multiple, third], {}, 80);
    expect(score.competencies).toEqual([
      { id: 'D1.1', earned: 0, available: 3, percent: 0, answered: 3, status: 'working-towards' },
    ]);
  });

  test('an attempt with no questions scores 0 and does not pass (no NaN)', () => {
    expect(scoreAttempt([], {}, 80)).toEqual({
      earned: 0,
      available: 0,
      percent: 0,
      passed: false,
      competencies: [],
    });
  });

  test.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 7, 14.29],
    [5, 6, 83.33],
    [1, 1, 100],
  ])('%i of %i is %f%% (rounded to 2 decimals)', (right, count, percent) => {
    const { questions, responses } = answered(count, right);
    expect(scoreAttempt(questions, responses, 80).percent).toBe(percent);
  });
});

describe('scoreAttempt: the pass mark', () => {
  test.each([
    ['4 of 5 (exactly 80%) passes', 5, 4, 80, true],
    ['3 of 4 (75%) fails', 4, 3, 80, false],
    ['8 of 10 passes', 10, 8, 80, true],
    ['7 of 10 fails', 10, 7, 80, false],
    ['57 of 100 meets 57%, though 0.57 × 100 is 56.99999999999999', 100, 57, 57, true],
    ['all right meets 100%', 3, 3, 100, true],
    ['all but one misses 100%', 3, 2, 100, false],
  ])('%s', (_, count, right, passMark, passed) => {
    const { questions, responses } = answered(count, right);
    expect(scoreAttempt(questions, responses, passMark).passed).toBe(passed);
  });

  test('79.99% fails an 80% mark', () => {
    const questions = [rightIsA('right', { weight: 7999 }), rightIsA('wrong', { weight: 2001 })];
    const score = scoreAttempt(questions, { right: ['a'], wrong: ['b'] }, 80);
    expect(score).toMatchObject({ percent: 79.99, passed: false });
  });

  test('fractional weights that sum with float noise still reach the mark they equal', () => {
    // 0.1 added eight times is 0.7999999999999999, and ten times 0.9999999999999999.
    const { questions, responses } = answered(10, 8, { weight: 0.1 });
    expect(scoreAttempt(questions, responses, 80)).toMatchObject({ percent: 80, passed: true });
  });
});

describe('scoreAttempt: competencies', () => {
  test('each competency is its earned weight over its available weight', () => {
    const questions = [
      rightIsA('a1', { competencies: ['D1.1'], weight: 2 }),
      rightIsA('a2', { competencies: ['D1.1'], weight: 1 }),
      rightIsA('b1', { competencies: ['D2.1'], weight: 1 }),
    ];
    const score = scoreAttempt(questions, { a1: ['a'], a2: ['b'], b1: ['a'] }, 80);
    expect(score.competencies).toEqual([
      { id: 'D1.1', earned: 2, available: 3, percent: 66.67, answered: 2, status: 'not-assessed' },
      { id: 'D2.1', earned: 1, available: 1, percent: 100, answered: 1, status: 'not-assessed' },
    ]);
  });

  test('a question tagged with two competencies counts fully for both', () => {
    const questions = [
      rightIsA('shared', { competencies: ['D1.1', 'D2.1'], weight: 2 }),
      rightIsA('own', { competencies: ['D2.1'] }),
    ];
    const score = scoreAttempt(questions, { shared: ['a'], own: ['b'] }, 80);
    expect(score).toMatchObject({ earned: 2, available: 3 });
    expect(score.competencies).toEqual([
      { id: 'D1.1', earned: 2, available: 2, percent: 100, answered: 1, status: 'not-assessed' },
      { id: 'D2.1', earned: 2, available: 3, percent: 66.67, answered: 2, status: 'not-assessed' },
    ]);
  });

  test('a competency named twice on one question counts it once', () => {
    const twice = rightIsA('twice', { competencies: ['D1.1', 'D1.1'] });
    expect(scoreAttempt([twice], { twice: ['a'] }, 80).competencies).toEqual([
      { id: 'D1.1', earned: 1, available: 1, percent: 100, answered: 1, status: 'not-assessed' },
    ]);
  });

  test('a competency with no question in the attempt is absent, not NaN', () => {
    const bank: ScorableQuestion[] = [
      rightIsA('asked', { competencies: ['D1.1'] }),
      rightIsA('not-drawn', { competencies: ['D3.1'] }),
    ];
    const score = scoreAttempt(bank.slice(0, 1), { asked: ['a'], 'not-drawn': ['a'] }, 80);
    expect(score.competencies.map((c) => c.id)).toEqual(['D1.1']);
    expect(JSON.stringify(score)).not.toContain('null'); // NaN serialises as null
  });

  test(`is achieved at exactly ${achievedThreshold}% and working towards just below`, () => {
    const atMark = answered(5, 4, { competencies: ['D1.1'], prefix: 'at' });
    const below = answered(4, 3, { competencies: ['D2.1'], prefix: 'below' });
    const justBelow = [
      rightIsA('most', { competencies: ['D3.1'], weight: 7998 }),
      rightIsA('also', { competencies: ['D3.1'], weight: 1 }),
      rightIsA('rest', { competencies: ['D3.1'], weight: 2001 }),
    ];
    const score = scoreAttempt(
      [...atMark.questions, ...below.questions, ...justBelow],
      { ...atMark.responses, ...below.responses, most: ['a'], also: ['a'], rest: ['b'] },
      50,
    );
    expect(score.competencies.map((c) => [c.id, c.percent, c.status])).toEqual([
      ['D1.1', 80, 'achieved'],
      ['D2.1', 75, 'working-towards'],
      ['D3.1', 79.99, 'working-towards'],
    ]);
  });

  describe('the verdict rule (issue 20): fewer than 3 questions on a competency is no verdict', () => {
    const onD11 = (n: number) =>
      Array.from({ length: n }, (_, i) => rightIsA(`q${i}`, { competencies: ['D1.1'] }));
    const allRight = (qs: ScorableQuestion[]) => Object.fromEntries(qs.map((q) => [q.id, ['a']]));

    test.each([
      [1, 'not-assessed'],
      [2, 'not-assessed'],
      [3, 'achieved'],
    ] as const)('%i right answer(s) on it: %s', (n, status) => {
      const qs = onD11(n);
      expect(scoreAttempt(qs, allRight(qs), 80).competencies[0]).toMatchObject({ answered: n, status });
    });

    test('two wrong answers are not a failure either: not assessed, never working towards', () => {
      expect(scoreAttempt(onD11(2), {}, 80).competencies[0]!.status).toBe('not-assessed');
    });

    test('a question counting for two gives evidence on both', () => {
      const both = Array.from({ length: 3 }, (_, i) => rightIsA(`b${i}`, { competencies: ['D1.1', 'D2.1'] }));
      expect(scoreAttempt(both, allRight(both), 80).competencies.map((c) => c.status)).toEqual([
        'achieved',
        'achieved',
      ]);
    });

    test('an unanswered question is still asked: skipping cannot turn a verdict into "not assessed"', () => {
      const qs = onD11(3);
      expect(scoreAttempt(qs, { q0: ['a'] }, 80).competencies[0]!.status).toBe('working-towards');
    });
  });

  test('competency status does not follow the pass mark', () => {
    const { questions, responses } = answered(10, 7);
    const score = scoreAttempt(questions, responses, 70);
    expect(score.passed).toBe(true);
    expect(score.competencies[0]!.status).toBe('working-towards');
  });
});
