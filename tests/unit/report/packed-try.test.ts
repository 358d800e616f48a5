/** A first try held until every file is read, packed small: it unpacks to the same answers, to the last bit. */
import { expect, test } from 'vitest';
import { packTry, StringTable, unpackTry } from '../../../scripts/report/analysis/packed-try.ts';
import { scoreTry } from '../../../scripts/report/analysis/try-scoring.ts';
import type { RecordedAnswer } from '../../../scripts/report/read/recorded-answer.ts';
import { testCourse } from './test-course.ts';

const answer = (
  id: string,
  result: 'correct' | 'wrong',
  extra: Partial<RecordedAnswer> = {},
): RecordedAnswer => ({
  questionId: id,
  tryNumber: 1,
  response: ['a'],
  correctResponse: ['a'],
  result,
  latencyMs: undefined,
  objectiveIds: undefined,
  weighting: undefined,
  ...extra,
});

test('packs and unpacks a try: ids, versions, responses, keys, results, weights, latency and rest', () => {
  const answers = [
    answer('ment-quiet-dad', 'correct', { questionVersion: '1a2b', latencyMs: 1234.5 }),
    answer('ment-stances-select', 'wrong', {
      response: ['b', 'c'],
      correctResponse: ['a', 'b', 'c'],
      weighting: 1.1,
    }),
    answer('ment-certainty-tf', 'wrong', { response: [], correctResponse: undefined }),
    answer('not-in-any-bank', 'correct', { response: undefined, weighting: 0.3 }),
  ];
  const scored = scoreTry(answers, testCourse, 80).answers;
  const table = new StringTable();
  const packed = packTry(scored, table);
  expect(packed.text.length).toBe(4 * 6 * 2);
  const unpacked = unpackTry(packed, table);
  expect(unpacked.map((a) => [a.correct, a.weight, a.rest])).toEqual(
    scored.map((a) => [a.correct, a.weight, a.rest]),
  );
  expect(unpacked.map((a) => a.answer)).toEqual(
    scored.map((a) => ({ ...a.answer, tryNumber: 1, objectiveIds: undefined, weighting: undefined })),
  );
});
