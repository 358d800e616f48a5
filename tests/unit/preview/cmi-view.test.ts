import { describe, expect, test } from 'vitest';
import { cmiView } from '../../../preview/cmi-view.ts';

describe('cmiView', () => {
  test('SCORM 1.2: lesson status, score, objectives, interactions, suspend data against 4,096', () => {
    const view = cmiView('1.2', {
      suspend_data: 'x'.repeat(4100),
      core: {
        lesson_status: 'passed',
        score: { raw: '90', min: '0', max: '100' },
        lesson_location: 'p3',
        exit: 'suspend',
      },
      objectives: {
        1: { id: 'D1.2', status: 'failed', score: { raw: '40' } },
        0: { id: 'D1.1', status: 'passed', score: { raw: '100' } },
      },
      interactions: {
        0: {
          id: 'q1',
          type: 'choice',
          student_response: 'a',
          correct_responses: { 0: { pattern: 'b' } },
          result: 'wrong',
          latency: '00:00:05',
          objectives: { 0: { id: 'D1.1' } },
        },
      },
    });
    expect(view.status).toEqual([{ label: 'lesson_status', value: 'passed' }]);
    expect(view.score.find((field) => field.label === 'raw')?.value).toBe('90');
    expect(view.location).toBe('p3');
    expect(view.objectives).toEqual([
      { id: 'D1.1', score: '100', status: 'passed' },
      { id: 'D1.2', score: '40', status: 'failed' },
    ]);
    expect(view.interactions[0]).toEqual({
      id: 'q1',
      type: 'choice',
      learnerResponse: 'a',
      correctResponse: 'b',
      result: 'wrong',
      latency: '00:00:05',
      objectives: 'D1.1',
    });
    expect(view).toMatchObject({
      suspendDataLimit: 4096,
      suspendDataWarning: true,
      suspendDataOverLimit: true,
    });
  });

  test('SCORM 2004: completion and success, scaled scores, warning at 4,096 of 64,000', () => {
    const view = cmiView('2004', {
      completion_status: 'completed',
      success_status: 'passed',
      suspend_data: 'x'.repeat(5000),
      objectives: {
        0: {
          id: 'D1.1',
          success_status: 'passed',
          completion_status: 'completed',
          score: { scaled: '0.9', raw: '9' },
        },
      },
      interactions: {
        0: { id: 'q1', learner_response: 'a[,]b', correct_responses: { 0: { pattern: 'a[,]b' } } },
      },
    });
    expect(view.status.slice(0, 2)).toEqual([
      { label: 'completion_status', value: 'completed' },
      { label: 'success_status', value: 'passed' },
    ]);
    expect(view.objectives).toEqual([{ id: 'D1.1', score: '0.9 (raw 9)', status: 'passed / completed' }]);
    expect(view.interactions[0]?.learnerResponse).toBe('a[,]b');
    expect(view).toMatchObject({
      suspendDataLimit: 64_000,
      suspendDataWarning: true,
      suspendDataOverLimit: false,
    });
  });
});
