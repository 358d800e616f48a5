import { describe, expect, it } from 'vitest';
import {
  formatResponse,
  interactionWrites,
  objectiveWrites,
  scoreWrites,
  sessionEndWrites,
} from '../../../src/scorm/cmi-codec.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { InteractionReport } from '../../../src/scorm/lms-adapter.ts';

const scorm12 = dataModels['1.2'];
const scorm2004 = dataModels['2004'];

const answer: InteractionReport = {
  id: 'q3 attempt 2',
  type: 'choice',
  description: 'Which response\nfits best?',
  learnerResponse: ['a', 'c', 'a'],
  correctResponse: ['a', 'c'],
  correct: true,
  weighting: 2,
  latencyMs: 4_500,
  timestamp: new Date(2026, 4, 1, 14, 5, 6),
  objectiveIds: ['D1.2', 'D2.1', 'D1.2'],
};

describe('response formats', () => {
  it.each([
    ['1.2', 'choice', ['a', 'b'], 'a,b'],
    ['1.2', 'true-false', ['t'], 't'],
    ['1.2', 'true-false', ['f'], 'f'],
    ['1.2', 'sequencing', ['c', 'a', 'b'], 'c,a,b'],
    ['2004', 'choice', ['a', 'b'], 'a[,]b'],
    ['2004', 'true-false', ['t'], 'true'],
    ['2004', 'true-false', ['false'], 'false'],
    ['2004', 'sequencing', ['c', 'a', 'b'], 'c[,]a[,]b'],
    ['2004', 'sequencing', ['a', 'a'], 'a[,]a'],
    ['2004', 'choice', ['b', 'b'], 'b'],
    ['2004', 'choice', [], ''],
  ] as const)('%s %s %j → %s', (version, type, responses, expected) => {
    expect(formatResponse(dataModels[version], type, responses)).toBe(expected);
  });
});

describe('status vocabularies', () => {
  it('1.2 folds completion and success into lesson_status', () => {
    const write = scorm12.status.write;
    expect(write({ completed: false, passed: undefined })).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
    ]);
    expect(write({ completed: true, passed: undefined })).toEqual([['cmi.core.lesson_status', 'completed']]);
    expect(write({ completed: true, passed: true })).toEqual([['cmi.core.lesson_status', 'passed']]);
    expect(write({ completed: false, passed: false })).toEqual([['cmi.core.lesson_status', 'failed']]);
  });

  it('2004 keeps completion and success apart', () => {
    expect(scorm2004.status.write({ completed: true, passed: false })).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'failed'],
    ]);
    expect(scorm2004.status.write({ completed: false, passed: undefined })).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
    ]);
  });

  it.each([
    [
      '1.2',
      { 'cmi.core.lesson_status': 'not attempted' },
      { completed: false, passed: undefined, started: false },
    ],
    ['1.2', { 'cmi.core.lesson_status': 'passed' }, { completed: true, passed: true, started: true }],
    ['1.2', { 'cmi.core.lesson_status': 'failed' }, { completed: false, passed: false, started: true }],
    ['2004', { 'cmi.completion_status': 'unknown' }, { completed: false, passed: undefined, started: false }],
    [
      '2004',
      { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' },
      { completed: true, passed: true, started: true },
    ],
  ] as const)('%s reads %j', (version, stored, expected) => {
    const values: Record<string, string> = stored;
    expect(dataModels[version].status.read((element) => values[element] ?? '')).toEqual(expected);
  });
});

describe('scores', () => {
  it('sends raw, min and max in 1.2 and adds scaled in 2004', () => {
    const score = { raw: 72.5, min: 0, max: 100 };
    expect(scoreWrites(scorm12, 'cmi.core.score', score)).toEqual([
      ['cmi.core.score.raw', '72.5'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
    expect(scoreWrites(scorm2004, 'cmi.score', score)).toContainEqual(['cmi.score.scaled', '0.725']);
  });
});

describe('objectives', () => {
  it('1.2: id first, score, then the single status', () => {
    expect(
      objectiveWrites(scorm12, 3, { id: 'D1.2', scorePercent: 80, status: 'passed', description: 'x' }),
    ).toEqual([
      ['cmi.objectives.3.id', 'D1.2'],
      ['cmi.objectives.3.score.raw', '80'],
      ['cmi.objectives.3.score.min', '0'],
      ['cmi.objectives.3.score.max', '100'],
      ['cmi.objectives.3.status', 'passed'],
    ]);
  });

  it('2004: success, completion, progress and a one-line description of at most 250 characters', () => {
    const writes = objectiveWrites(scorm2004, 0, {
      id: 'D1.2',
      scorePercent: 40,
      status: 'failed',
      description: `Works with\nparents ${'x'.repeat(300)}`,
    });
    expect(writes[0]).toEqual(['cmi.objectives.0.id', 'D1.2']);
    expect(writes).toContainEqual(['cmi.objectives.0.score.scaled', '0.4']);
    expect(writes).toContainEqual(['cmi.objectives.0.success_status', 'failed']);
    expect(writes).toContainEqual(['cmi.objectives.0.completion_status', 'completed']);
    expect(writes).toContainEqual(['cmi.objectives.0.progress_measure', '1']);
    const description = writes.find(([element]) => element.endsWith('.description'))?.[1];
    expect(description).toMatch(/^Works with parents x+$/);
    expect(description).toHaveLength(250);
  });

  it.each([
    ['not attempted', 'unknown', 'not attempted', '0'],
    ['incomplete', 'unknown', 'incomplete', undefined],
    ['passed', 'passed', 'completed', '1'],
  ] as const)('2004 %s → success %s, completion %s, progress %s', (status, success, completion, progress) => {
    const writes = new Map(objectiveWrites(scorm2004, 0, { id: 'D1', scorePercent: 0, status }));
    expect(writes.get('cmi.objectives.0.success_status')).toBe(success);
    expect(writes.get('cmi.objectives.0.completion_status')).toBe(completion);
    expect(writes.get('cmi.objectives.0.progress_measure')).toBe(progress);
  });
});

describe('interactions', () => {
  it('1.2: student_response, clock time, wrong/correct, timespan latency, no description', () => {
    expect(interactionWrites(scorm12, 5, answer)).toEqual([
      ['cmi.interactions.5.id', 'q3_attempt_2'],
      ['cmi.interactions.5.type', 'choice'],
      ['cmi.interactions.5.objectives.0.id', 'D1.2'],
      ['cmi.interactions.5.objectives.1.id', 'D2.1'],
      ['cmi.interactions.5.time', '14:05:06'],
      ['cmi.interactions.5.correct_responses.0.pattern', 'a,c'],
      ['cmi.interactions.5.weighting', '2'],
      ['cmi.interactions.5.student_response', 'a,c'],
      ['cmi.interactions.5.result', 'correct'],
      ['cmi.interactions.5.latency', '00:00:04.50'],
    ]);
  });

  it('2004: learner_response, timestamp, incorrect, duration latency, description', () => {
    expect(interactionWrites(scorm2004, 0, { ...answer, correct: false })).toEqual([
      ['cmi.interactions.0.id', 'q3_attempt_2'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.description', 'Which response fits best?'],
      ['cmi.interactions.0.objectives.0.id', 'D1.2'],
      ['cmi.interactions.0.objectives.1.id', 'D2.1'],
      ['cmi.interactions.0.timestamp', '2026-05-01T14:05:06'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]c'],
      ['cmi.interactions.0.weighting', '2'],
      ['cmi.interactions.0.learner_response', 'a[,]c'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.interactions.0.latency', 'PT4.5S'],
    ]);
  });

  it('leaves out an empty learner response (2004 rejects an empty choice)', () => {
    const elements = interactionWrites(scorm2004, 0, { ...answer, learnerResponse: [] }).map(
      ([element]) => element,
    );
    expect(elements).not.toContain('cmi.interactions.0.learner_response');
  });
});

describe('session end', () => {
  it('suspends an unfinished module and exits normally once completed', () => {
    expect(sessionEndWrites(scorm12, false, 0)).toEqual([
      ['cmi.core.exit', 'suspend'],
      ['cmi.core.session_time', '00:00:00'],
    ]);
    expect(sessionEndWrites(scorm12, true, 61_000)[0]).toEqual(['cmi.core.exit', '']);
    expect(sessionEndWrites(scorm2004, true, 61_000)).toEqual([
      ['cmi.exit', 'normal'],
      ['cmi.session_time', 'PT1M1S'],
    ]);
  });
});
