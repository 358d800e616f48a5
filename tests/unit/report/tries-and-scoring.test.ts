/** Tries told apart and scored by the course's own rule, from the results the LMS recorded. */
import { describe, expect, test } from 'vitest';
import { splitTries } from '../../../scripts/report/analysis/knowledge-check-tries.ts';
import { scoreTry } from '../../../scripts/report/analysis/try-scoring.ts';
import type { AttemptRecord, LmsStatus } from '../../../scripts/report/read/attempt-record.ts';
import type { RecordedAnswer } from '../../../scripts/report/read/recorded-answer.ts';
import { testCourse } from './test-course.ts';

const answer = (
  questionId: string,
  result: RecordedAnswer['result'],
  tryNumber = 1,
  weighting?: number,
): RecordedAnswer => ({
  questionId,
  tryNumber,
  response: undefined,
  correctResponse: undefined,
  result,
  latencyMs: undefined,
  objectiveIds: undefined,
  weighting,
});

const record = (status: LmsStatus, answers: RecordedAnswer[]): AttemptRecord => ({
  learner: { key: 'l', name: 'L' },
  module: '02-mentalization',
  lmsAttempt: 1,
  startedAt: undefined,
  lastAccessedAt: undefined,
  score: undefined,
  status,
  location: undefined,
  totalTimeMs: undefined,
  answers,
});

describe('scoring a try from recorded results', () => {
  test('the LMS verdict counts, whatever the bank now says; competencies by the 80% rule', () => {
    // D1.3: certainty-tf right, pickup-tears wrong, quiet-dad right → 2 of 3 = 66.67%, working towards.
    // D5.2: pickup-tears wrong, quiet-dad right → 50%. D6.1: certainty-tf right → 100%, achieved.
    const scored = scoreTry(
      [
        answer('ment-certainty-tf', 'correct'),
        answer('ment-pickup-tears', 'wrong'),
        answer('ment-quiet-dad', 'correct'),
      ],
      testCourse,
      80,
    );
    expect(scored.score.percent).toBe(66.67);
    expect(scored.score.passed).toBe(false);
    const byId = Object.fromEntries(scored.score.competencies.map((c) => [c.id, [c.percent, c.status]]));
    expect(byId).toEqual({
      'D1.3': [66.67, 'working-towards'],
      'D6.1': [100, 'achieved'],
      'D5.2': [50, 'working-towards'],
    });
  });

  test('the rest of the try leaves the item out: right, wrong, right → rest 1/2, 2/2, 1/2', () => {
    const scored = scoreTry(
      [
        answer('ment-certainty-tf', 'correct'),
        answer('ment-pickup-tears', 'wrong'),
        answer('ment-quiet-dad', 'correct'),
      ],
      testCourse,
      80,
    );
    expect(scored.answers.map((a) => a.rest)).toEqual([0.5, 1, 0.5]);
  });

  test('weights recorded by the LMS are used; an answer without a verdict is left out', () => {
    const scored = scoreTry(
      [
        answer('ment-certainty-tf', 'correct', 1, 3),
        answer('ment-pickup-tears', 'wrong'),
        answer('ment-quiet-dad', 'unknown'),
      ],
      testCourse,
      80,
    );
    expect(scored.score).toMatchObject({ earned: 3, available: 4, percent: 75 });
    expect(scored.answers).toHaveLength(2);
  });

  test('a question the bank does not know still counts towards the try score', () => {
    const scored = scoreTry(
      [answer('no-such-question', 'correct'), answer('ment-quiet-dad', 'wrong')],
      testCourse,
      80,
    );
    expect(scored.score.percent).toBe(50);
    expect(scored.score.competencies.map((c) => c.id).sort()).toEqual(['D1.3', 'D5.2']);
  });
});

describe('knowledge-check tries', () => {
  const two = [
    answer('a', 'wrong', 1),
    answer('b', 'correct', 1),
    answer('a', 'correct', 2),
    answer('b', 'correct', 2),
  ];

  test('are grouped by the -attempt-K number, in order', () => {
    const tries = splitTries(record('passed', [two[2]!, two[0]!, two[3]!, two[1]!]));
    expect(tries.map((t) => [t.tryNumber, t.answers.length, t.finished])).toEqual([
      [1, 2, true],
      [2, 2, true],
    ]);
  });

  test('the last try is unfinished while the LMS has no final status', () => {
    expect(splitTries(record('incomplete', two.slice(0, 2))).map((t) => t.finished)).toEqual([false]);
  });

  test('a retry left half-way is unfinished even though the LMS keeps the earlier fail', () => {
    const tries = splitTries(record('failed', [...two.slice(0, 2), answer('a', 'correct', 2)]));
    expect(tries.map((t) => t.finished)).toEqual([true, false]);
  });
});
